import type { QuestionBank } from "../schema.js";

/** Questions about Patience. */
export const patienceBank: QuestionBank = {
  competency: "patience",
  probes: {
    situation: [
      "What made this particular conversation test your patience?",
      "What had the customer already tried, or been told, before they reached you?",
      "What else was competing for your attention while you dealt with this customer?",
    ],
    task: [
      "What did the customer need from you at that point?",
      "What were you trying to achieve in the conversation, beyond simply closing it?",
      "How did you weigh giving this customer more time against everything else you had to do?",
    ],
    action: [
      "What did you say or do at the moment your patience started to run low?",
      "How did you change your explanation or your pace when the first attempt did not land?",
      "What did you do to let the customer finish before you responded?",
    ],
    result: [
      "How did the conversation end for the customer?",
      "What did the customer say or do that showed how the conversation had gone for them?",
      "What do you now do differently when a conversation starts to test your patience in the same way?",
    ],
  },
  templates: [
    {
      id: "patience-b01",
      type: "behavioural",
      facet: "step-by-step-guidance",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and you had to explain the same thing more than once.",
      guide: {
        1: "Describes showing irritation at having to repeat themselves, or cutting the customer short to move on.",
        3: "Gives a real example of repeating the explanation calmly until it was understood, with a basic account of how the matter was settled.",
        5: "Explains how they rephrased, slowed down and checked understanding each time, reached a concrete outcome, and reflects on how they now explain it first time round.",
      },
    },
    {
      id: "patience-b02",
      type: "behavioural",
      facet: "unhurried-pace",
      text: "Describe a situation in which a customer who got in touch {channel} needed to let off steam at length before you were able to start on the problem.",
      guide: {
        1: "Describes interrupting the customer, telling them to get to the point, or treating the venting as a waste of time.",
        3: "Gives an example of letting the customer speak without interruption before moving on to the problem, with a basic outcome.",
        5: "Describes holding back, acknowledging what they heard, then steering calmly to the fix; states how the customer's mood and the result changed, and why letting them finish paid off.",
      },
    },
    {
      id: "patience-b03",
      type: "behavioural",
      facet: "step-by-step-guidance",
      text: "Walk me through an occasion when {customer} needed you to guide them {channel} through a task they had never done before, one step at a time.",
      guide: {
        1: "Describes doing the task for the customer to save time, or showing frustration at how slowly they followed.",
        3: "Walks through a real example of guiding the customer step by step at their pace until the task was done.",
        5: "Describes matching the pace to the customer, checking each step before the next, praising progress, a concrete result such as the customer managing alone next time, and what they learned about teaching customers.",
      },
    },
    {
      id: "patience-b04",
      type: "behavioural",
      text: "Tell me about a time when a customer's problem turned out to be the result of their own mistake.",
      guide: {
        1: "Describes blaming or lecturing the customer, or making them feel foolish for the mistake.",
        3: "Gives a real example of fixing the problem calmly without dwelling on whose fault it was, with a basic outcome.",
        5: "Describes putting the customer at ease, correcting the mistake with them so they understood how to avoid it, a concrete result, and reflection on keeping their tone free of blame.",
      },
    },
    {
      id: "patience-b05",
      type: "behavioural",
      facet: "unhurried-pace",
      text: "Give me an example of a time, while you were working {setting}, when one customer needed far more of your time than a busy shift seemed to allow.",
      guide: {
        1: "Describes rushing the customer along or passing them on because others were waiting.",
        3: "Gives an example of giving the customer the time they needed while the shift stayed busy, with a basic outcome.",
        5: "Explains how they gave the customer unhurried attention while managing the queue (asking for cover, setting expectations with others), a concrete result for both, and what they learned about balancing the two.",
      },
    },
    {
      id: "patience-b06",
      type: "behavioural",
      text: "Tell me about a time when a customer's case dragged on for days or weeks and you stayed in contact with them {channel} until it was settled.",
      guide: {
        1: "Describes losing interest in the case, avoiding the customer's contacts, or complaining about how long it took.",
        3: "Gives an example of keeping the customer updated calmly over a long case until it was resolved.",
        5: "Describes regular, steady updates even when there was little news, keeping their tone even as the customer grew impatient, a concrete final outcome, and how they now handle long-running cases.",
      },
    },
    {
      id: "patience-b07",
      type: "behavioural",
      facet: "unhurried-pace",
      text: "Walk me through an occasion when a customer struggled to describe their problem {channel} and you had to draw the details out of them bit by bit.",
      guide: {
        1: "Describes growing impatient with the vague description, guessing at the problem, or asking the customer to call back when they knew more.",
        3: "Describes asking a series of simple questions calmly until the problem was clear, with a basic outcome.",
        5: "Explains how they used open then narrowing questions at the customer's pace, reassured them along the way, identified and solved the real problem, and reflects on what helps customers describe issues.",
      },
    },
    {
      id: "patience-b08",
      type: "behavioural",
      facet: "calm-under-pressure",
      text: "Describe a situation in which a customer was rude to you {channel} about {problem} and you kept your tone even throughout.",
      guide: {
        1: "Describes answering rudeness with sharpness, sarcasm or a raised voice, or ending the contact abruptly.",
        3: "Gives an example of staying calm and polite despite the rudeness and dealing with the problem, with a basic outcome.",
        5: "Describes specific ways they kept their composure (pausing, not taking it personally, focusing on the issue), how the customer calmed down, a concrete resolution, and what they have learned about rude contacts.",
      },
    },
    {
      id: "patience-b09",
      type: "behavioural",
      facet: "calm-under-pressure",
      text: "Tell me about a time when you felt your own patience running out with a customer {channel}.",
      guide: {
        1: "Describes letting their impatience show to the customer and treating that as the customer's fault.",
        3: "Gives an honest example of noticing their impatience and keeping it from the customer, with a basic outcome.",
        5: "Names what triggered the impatience, a specific technique they used in the moment such as a pause or a deep breath, how the customer was still served well, and what they now do to prevent it building up.",
      },
    },
    {
      id: "patience-b10",
      type: "behavioural",
      facet: "unhurried-pace",
      text: "Give me an example of a time you helped a customer who took a long time to make up their mind while you were working {setting}.",
      guide: {
        1: "Describes pushing the customer into a quick decision or leaving them to it out of frustration.",
        3: "Gives an example of giving the customer time and information to decide, with a basic outcome.",
        5: "Describes giving space without pressure, narrowing the options with the customer's own priorities, a concrete result such as a confident decision, and reflection on pacing a hesitant customer.",
      },
    },
    {
      id: "patience-b11",
      type: "behavioural",
      text: "Tell me about a time when a conversation with a customer {channel} kept drifting away from the problem and you steered it back without hurrying them.",
      guide: {
        1: "Describes cutting the customer off bluntly or letting the conversation run on with nothing resolved.",
        3: "Gives an example of bringing the conversation back to the problem politely and resolving it.",
        5: "Describes acknowledging what the customer shared, redirecting gently more than once, a concrete resolution with the customer still feeling listened to, and what they now do early in such conversations.",
      },
    },
    {
      id: "patience-b12",
      type: "behavioural",
      facet: "calm-under-pressure",
      text: "Walk me through an occasion when {customer} refused to accept the answer you gave about {problem}.",
      guide: {
        1: "Describes arguing with the customer, repeating the same answer more loudly, or giving up and ending the contact.",
        3: "Describes explaining the answer again calmly and in a different way, with a basic outcome.",
        5: "Explains how they listened to the objection, found out what lay behind it, explained the reasoning in new terms and offered what they were able to, a concrete outcome, and reflection on handling disagreement.",
      },
    },
    {
      id: "patience-s01",
      type: "situational",
      facet: "step-by-step-guidance",
      text: "You have explained the same refund process to a customer {channel} three times, and they ask you to go through it again from the beginning. What would you do?",
      guide: {
        1: "Would point out that they have already explained it, or send the customer a link and end the contact.",
        3: "Would explain it again calmly, perhaps more slowly or in smaller steps.",
        5: "Would try a different approach (a written summary, an example, checking each step), find out which part is causing difficulty, and confirm the customer can follow it before closing.",
      },
    },
    {
      id: "patience-s02",
      type: "situational",
      text: "Earlier today {customer} got in touch {channel} about {problem}. They have now contacted you again, upset that nothing seems to have happened, although the fix is already under way. How would you handle it?",
      guide: {
        1: "Would tell the customer they are worrying about nothing, or show annoyance at being contacted again so soon.",
        3: "Would calmly explain that the fix is in progress and when to expect it.",
        5: "Would let the customer explain their worry, reassure them with specifics of what is happening and when, offer a proactive update at an agreed time, and note the case so the customer need not chase it.",
      },
    },
    {
      id: "patience-s03",
      type: "situational",
      facet: "unhurried-pace",
      text: "You are working {setting} at the busiest time of the day, and a customer asks you to go through every option slowly while others wait. How would you handle it?",
      guide: {
        1: "Would hurry the customer, give a short answer, or tell them to come back when it is quieter.",
        3: "Would help the customer properly while trying to keep the wait for others short.",
        5: "Would give the customer unhurried help, acknowledge waiting customers, seek support from a colleague or offer a follow-up, and make sure nobody leaves feeling rushed or ignored.",
      },
    },
    {
      id: "patience-s04",
      type: "situational",
      facet: "calm-under-pressure",
      text: "A customer interrupts every time you begin to explain a charge on their account, and the conversation has been going round in circles for ten minutes. What would you do?",
      guide: {
        1: "Would talk over the customer, match their tone, or end the conversation.",
        3: "Would let the customer finish and then try to explain the charge again calmly.",
        5: "Would let the customer say everything first, summarise their concern back, agree how to go through the charge together, explain it in short pieces, and check they are satisfied before moving on.",
      },
    },
    {
      id: "patience-s05",
      type: "situational",
      facet: "step-by-step-guidance",
      text: "A customer who is not used to computers needs to reset a password over the phone, and after twenty minutes they are still stuck on the first step. What steps would you take?",
      guide: {
        1: "Would give up, suggest they ask someone else to do it, or let frustration show in their voice.",
        3: "Would keep going calmly, repeating the instructions more slowly.",
        5: "Would find out exactly what the customer sees, change the instructions into plain, concrete terms, confirm each small step, stay encouraging throughout, and offer another route (such as a call back or written steps) if needed.",
      },
    },
    {
      id: "patience-s06",
      type: "situational",
      facet: "calm-under-pressure",
      text: "Near the end of a long shift {setting}, you notice that you are answering a slow, hesitant customer more sharply than usual. What would you do?",
      guide: {
        1: "Would carry on as before, or blame the customer for being slow.",
        3: "Would notice the sharpness and make an effort to soften their tone.",
        5: "Would pause to reset (a breath, a moment to refocus), return to a calm, warm tone, give the customer the time they need, and take steps afterwards, such as a short break, so it does not happen with the next customer.",
      },
    },
  ],
};
