import type { QuestionBank } from "../schema.js";

/** Questions about Active listening. */
export const activeListeningBank: QuestionBank = {
  competency: "active-listening",
  probes: {
    situation: [
      "What did the customer say at the start, in their own words?",
      "What was going on around you that made it hard to listen?",
      "Which parts of what the customer told you were unclear at first?",
    ],
    task: [
      "What did you need to understand before you were able to help?",
      "What did you have to find out that the customer had not said directly?",
      "What were you listening for in particular?",
    ],
    action: [
      "What questions did you ask to make sure you had understood?",
      "How did you show the customer that you had taken in what they said?",
      "What did you say back to the customer to check your understanding?",
    ],
    result: [
      "What did careful listening reveal that you might otherwise have missed?",
      "How did the customer react when they realised they had been understood?",
      "What has this experience changed about the way you listen to customers?",
    ],
  },
  templates: [
    {
      id: "active-listening-b01",
      type: "behavioural",
      facet: "paraphrasing",
      text: "Tell me about a time when you summarised a customer's problem back to them {channel} and discovered you had misunderstood part of it.",
      guide: {
        1: "Describes never checking their understanding, or blaming the customer for explaining badly.",
        3: "Gives a real example of restating the problem, being corrected, and acting on the corrected version.",
        5: "Describes how they paraphrased, what the correction revealed, how it changed the solution, a concrete outcome, and why they now summarise before acting.",
      },
    },
    {
      id: "active-listening-b02",
      type: "behavioural",
      facet: "clarifying",
      text: "Describe a situation in which {customer} got in touch {channel} about {problem} and you had to ask questions to find out what they actually needed.",
      guide: {
        1: "Describes assuming what the customer wanted and acting on the assumption.",
        3: "Gives an example of asking clarifying questions until the need was clear, with a basic outcome.",
        5: "Describes a sequence of open and then specific questions, what each revealed, how the real need differed from the first impression, a concrete outcome, and what they learned about asking.",
      },
    },
    {
      id: "active-listening-b03",
      type: "behavioural",
      facet: "reflective-listening",
      text: "Walk me through an occasion when you reflected a customer's feelings back to them and it changed the direction of the conversation.",
      guide: {
        1: "Describes focusing only on the facts and treating the customer's feelings as noise.",
        3: "Gives an example of naming the feeling they heard and the customer opening up as a result.",
        5: "Quotes or closely describes what they reflected back, explains what the customer then shared, how it changed the solution or the tone, and a concrete outcome.",
      },
    },
    {
      id: "active-listening-b04",
      type: "behavioural",
      facet: "undivided-attention",
      text: "Give me an example of a time you had to keep your full attention on a customer despite a lot going on around you while you were working {setting}.",
      guide: {
        1: "Describes multitasking through the conversation and missing parts of what the customer said.",
        3: "Gives an example of setting aside distractions to focus on the customer, with a basic outcome.",
        5: "Describes the specific distractions and how they shut them out, signs they gave the customer of full attention, details they caught as a result, and a concrete outcome.",
      },
    },
    {
      id: "active-listening-b05",
      type: "behavioural",
      facet: "clarifying",
      text: "Tell me about a time when you first assumed you knew what a customer wanted, and listening further showed you were wrong.",
      guide: {
        1: "Describes jumping in with an answer and never recognising the assumption.",
        3: "Gives an honest example of catching the wrong assumption and correcting course.",
        5: "Explains what led to the assumption, what they heard that exposed it, how they recovered with the customer, a concrete outcome, and what they now do to avoid prejudging.",
      },
    },
    {
      id: "active-listening-b06",
      type: "behavioural",
      facet: "undivided-attention",
      text: "Describe a situation in which you remembered a passing remark a customer made {channel} and it helped you resolve their issue.",
      guide: {
        1: "Describes only picking up the main request and having to ask the customer to repeat details.",
        3: "Gives an example of noting a passing detail and using it later in the conversation.",
        5: "Describes the detail, how they kept track of it, why it turned out to matter, how it led to a better solution, and the customer's response to being remembered.",
      },
    },
    {
      id: "active-listening-b07",
      type: "behavioural",
      facet: "clarifying",
      text: "Walk me through an occasion when you had to pick out the real problem from a long and rambling account that {customer} gave you {channel}.",
      guide: {
        1: "Describes switching off, interrupting to hurry the customer, or guessing at the problem.",
        3: "Gives an example of listening through the account and summarising the key point.",
        5: "Describes how they followed the account without losing patience, noted the key facts, checked them with the customer, resolved the real problem, and how the customer felt heard.",
      },
    },
    {
      id: "active-listening-b08",
      type: "behavioural",
      facet: "undivided-attention",
      text: "Give me an example of a time you read a customer's written message closely and noticed something important that others had missed.",
      guide: {
        1: "Describes skimming messages and replying to the first question only.",
        3: "Gives an example of reading the whole message carefully and responding to everything in it.",
        5: "Describes what they spotted and why others had missed it, how they confirmed it with the customer, the difference it made to the outcome, and how they read messages now.",
      },
    },
    {
      id: "active-listening-b09",
      type: "behavioural",
      text: "Tell me about a time when you let {customer} finish explaining {channel} even though you thought you already knew the answer.",
      guide: {
        1: "Describes cutting in once they thought they knew the answer.",
        3: "Gives an example of holding back until the customer had finished, then responding.",
        5: "Describes resisting the urge to interrupt, what the rest of the explanation added or confirmed, how waiting affected the customer's trust, and a concrete outcome.",
      },
    },
    {
      id: "active-listening-b10",
      type: "behavioural",
      text: "Describe a situation in which you noticed a pattern in what several customers were telling you and acted on it.",
      guide: {
        1: "Describes treating each contact in isolation and noticing no pattern.",
        3: "Gives an example of spotting a repeated comment and passing it on.",
        5: "Describes how they noticed the pattern, checked it, raised it with the right people with evidence, what changed as a result, and how customers benefited.",
      },
    },
    {
      id: "active-listening-b11",
      type: "behavioural",
      facet: "clarifying",
      text: "Walk me through an occasion when a customer asked for one thing {channel} but listening carefully showed they needed something different.",
      guide: {
        1: "Describes giving the customer exactly what they asked for without exploring further.",
        3: "Gives an example of noticing the underlying need and offering something better suited.",
        5: "Describes the cues that suggested a different need, how they checked it with the customer, the solution that met the real need, and the customer's reaction.",
      },
    },
    {
      id: "active-listening-b12",
      type: "behavioural",
      facet: "reflective-listening",
      text: "Give me an example of a time you listened to {customer} give you critical feedback without jumping in to defend yourself or the company.",
      guide: {
        1: "Describes arguing with the feedback or explaining why the customer was wrong.",
        3: "Gives an example of hearing the feedback out and acknowledging it before responding.",
        5: "Describes listening fully, reflecting the feedback back to show it had been heard, what they learned from it, what they did with it, and how the customer responded.",
      },
    },
    {
      id: "active-listening-s01",
      type: "situational",
      facet: "undivided-attention",
      text: "A customer starts explaining a problem {channel}, and after two sentences you are fairly sure you know the answer. What would you do?",
      guide: {
        1: "Would interrupt with the answer to save time.",
        3: "Would let the customer finish before offering the answer.",
        5: "Would let the customer finish, confirm the problem by summarising it back, ask a question to rule out other causes, and only then give the answer.",
      },
    },
    {
      id: "active-listening-s02",
      type: "situational",
      facet: "undivided-attention",
      text: "A customer's email describes three separate issues, but only one of them appears in the subject line. How would you handle it?",
      guide: {
        1: "Would answer the issue in the subject line and close the case.",
        3: "Would reply to all three issues.",
        5: "Would read the whole email closely, list back the three issues so the customer sees each was understood, deal with or route each one, and confirm nothing else is outstanding.",
      },
    },
    {
      id: "active-listening-s03",
      type: "situational",
      facet: "paraphrasing",
      text: "Earlier today {customer} got in touch {channel} about {problem}. Two colleagues have since given them different answers, and the customer now tells you that nobody is listening. What would you do?",
      guide: {
        1: "Would give a third answer straight away, or defend the colleagues.",
        3: "Would ask the customer to explain the situation from the start and listen.",
        5: "Would let the customer tell the whole story, read the notes, summarise what they have understood to confirm it, acknowledge the frustration, and give one clear, checked answer with a next step.",
      },
    },
    {
      id: "active-listening-s04",
      type: "situational",
      facet: "undivided-attention",
      text: "While you are working {setting}, a customer is explaining a complicated problem just as your manager and another customer both try to get your attention. What would you do?",
      guide: {
        1: "Would turn away from the customer mid-sentence to deal with the interruptions.",
        3: "Would signal to the others that they will be with them shortly and keep listening.",
        5: "Would keep their attention on the customer, briefly and politely acknowledge the others, note where the customer had got to, and confirm the key facts before moving on.",
      },
    },
    {
      id: "active-listening-s05",
      type: "situational",
      facet: "reflective-listening",
      text: "A customer spends several minutes telling you about their difficult week before mentioning the actual reason for their contact. What would you do?",
      guide: {
        1: "Would cut the customer short and ask what they want.",
        3: "Would listen politely and then deal with the request.",
        5: "Would listen for anything relevant in the story, acknowledge how the week has been for them, connect it to the request where it matters, and confirm the need before acting.",
      },
    },
    {
      id: "active-listening-s06",
      type: "situational",
      facet: "paraphrasing",
      text: "A customer insists that you misunderstood them in an earlier conversation, and your notes show what you believe they asked for. How would you handle it?",
      guide: {
        1: "Would insist the notes are right and the customer is mistaken.",
        3: "Would listen to the customer's version and put right what they now need.",
        5: "Would hear the customer out without defending, restate what they need now to confirm it, put it right, and reflect on how to confirm requests at the time in future.",
      },
    },
  ],
};
