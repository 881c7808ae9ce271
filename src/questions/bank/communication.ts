import type { QuestionBank } from "../schema.js";

/** Questions about Communication. */
export const communicationBank: QuestionBank = {
  competency: "communication",
  probes: {
    situation: [
      "How much did the customer already know about the subject?",
      "What made this message difficult to get across?",
      "What had been said or written to the customer before you became involved?",
    ],
    task: [
      "What did the customer need to understand by the end of the exchange?",
      "What did you decide to leave out of the message?",
      "Why did you choose the channel or format you used for the message?",
    ],
    action: [
      "Why did you choose the particular words or phrases you used?",
      "How did you check that your message had been understood as you meant it?",
      "How did you adjust your tone, pace or level of detail for this customer?",
    ],
    result: [
      "What did the customer do or say that showed they had understood?",
      "Which part of your message, if any, was still misunderstood afterwards?",
      "What do you now do differently when you communicate something similar?",
    ],
  },
  templates: [
    {
      id: "communication-b01",
      type: "behavioural",
      facet: "verbal",
      text: "Tell me about a time when you had to explain a technical or complicated matter without jargon to {customer}.",
      guide: {
        1: "Describes repeating the technical explanation louder or faster, or blaming the customer for not following.",
        3: "Gives a real example of putting the explanation into plain words the customer understood.",
        5: "Describes choosing everyday terms or an analogy suited to this customer, breaking the matter into parts, checking understanding, a concrete outcome, and how they reuse the approach.",
      },
    },
    {
      id: "communication-b02",
      type: "behavioural",
      facet: "written",
      text: "Describe a situation in which {customer} got in touch about {problem} and your written reply needed to be right the first time.",
      guide: {
        1: "Describes sending a quick reply without checking it, or leaving out information the customer needed.",
        3: "Gives an example of a clear, polite email that covered what the customer needed to know.",
        5: "Describes planning the structure, addressing every point, checking facts and tone before sending, the customer's response showing it worked, and how they now write similar emails.",
      },
    },
    {
      id: "communication-b03",
      type: "behavioural",
      facet: "non-verbal",
      text: "Walk me through an occasion when your body language or facial expression helped calm a customer you were serving in person.",
      guide: {
        1: "Describes no awareness of their own body language, or body language that signalled impatience.",
        3: "Gives an example of using open posture, eye contact or a calm expression that helped settle the customer.",
        5: "Describes specific, deliberate non-verbal choices matched to the customer's state, how the customer visibly responded, a concrete outcome, and what they have learned about their own non-verbal habits.",
      },
    },
    {
      id: "communication-b04",
      type: "behavioural",
      facet: "verbal",
      text: "Give me an example of a time you deliberately changed your tone or pace when speaking with {customer}.",
      guide: {
        1: "Describes speaking to every customer the same way regardless of how it was landing.",
        3: "Gives an example of slowing down or softening their tone in response to the customer.",
        5: "Explains what prompted the change, exactly how they adjusted tone and pace, the customer's response, a concrete outcome, and how they judge the right pace now.",
      },
    },
    {
      id: "communication-b05",
      type: "behavioural",
      facet: "written",
      text: "Tell me about a time when a message you had written to a customer was misunderstood and you had to put it right.",
      guide: {
        1: "Describes blaming the customer for misreading the message.",
        3: "Gives an example of clarifying the message and resolving the confusion.",
        5: "Describes working out what caused the misunderstanding, correcting it with the customer, the outcome, and the specific change they made to their writing afterwards.",
      },
    },
    {
      id: "communication-b06",
      type: "behavioural",
      facet: "verbal",
      text: "Describe a situation in which you had to break bad news {channel} to {customer}.",
      guide: {
        1: "Describes delivering the news abruptly, hiding behind policy, or delaying it until the customer found out.",
        3: "Gives an example of delivering the news honestly and politely, with a basic outcome.",
        5: "Describes preparing the message, giving the news early and plainly, explaining the reason and the options, handling the reaction, and a concrete outcome that kept the customer's trust.",
      },
    },
    {
      id: "communication-b07",
      type: "behavioural",
      text: "Walk me through an occasion when you had to give a customer several steps or options {channel} and made sure they were easy to follow.",
      guide: {
        1: "Describes giving all the information at once and leaving the customer to sort it out.",
        3: "Gives an example of presenting the steps or options in a clear order.",
        5: "Describes structuring the information (numbering, grouping, summarising), adapting it to the channel, confirming the customer followed, and a concrete outcome such as no repeat contact.",
      },
    },
    {
      id: "communication-b08",
      type: "behavioural",
      facet: "non-verbal",
      text: "Give me an example of a time you noticed that a customer's body language told a different story from their words.",
      guide: {
        1: "Describes responding only to the words and missing the signals.",
        3: "Gives an example of noticing the mismatch and checking with the customer.",
        5: "Describes the specific signals, how they responded tactfully to what the signals suggested, what the customer then shared, and how it changed the outcome.",
      },
    },
    {
      id: "communication-b09",
      type: "behavioural",
      text: "Tell me about a time when you put forward an idea to improve service and had to persuade colleagues or a manager to adopt it.",
      guide: {
        1: "Describes keeping the idea to themselves or giving up after the first objection.",
        3: "Gives an example of presenting the idea in plain terms and getting it considered.",
        5: "Describes preparing the case with evidence, tailoring it to the audience, answering objections, the idea being adopted or adapted, and the measurable difference it made.",
      },
    },
    {
      id: "communication-b10",
      type: "behavioural",
      facet: "written",
      text: "Describe a situation in which {customer} posted a complaint about your organisation in public and you wrote the reply.",
      guide: {
        1: "Describes a defensive or argumentative public reply, or ignoring the complaint.",
        3: "Gives an example of a courteous public reply that moved the conversation to a private channel.",
        5: "Describes a reply that acknowledged the complaint, stayed accurate and professional in front of other readers, offered a clear next step, and a concrete outcome for the customer and the organisation's reputation.",
      },
    },
    {
      id: "communication-b11",
      type: "behavioural",
      text: "Tell me about a time when, {channel}, you adjusted how much detail you gave to suit {customer}.",
      guide: {
        1: "Describes giving every customer the same amount of detail whatever they needed.",
        3: "Gives an example of giving more or less detail because of what the customer wanted.",
        5: "Explains how they gauged the right level of detail, how they adjusted it during the exchange, how the customer responded, and a concrete outcome.",
      },
    },
    {
      id: "communication-b12",
      type: "behavioural",
      text: "Give me an example of a time you checked that {customer} had understood what you told them about {problem} before you ended the conversation.",
      guide: {
        1: "Describes ending the conversation once they had said their piece.",
        3: "Gives an example of asking the customer to confirm they understood before closing.",
        5: "Describes checking understanding in an open way (asking the customer to describe the next step), correcting a gap they found, and a concrete outcome such as no need to contact again.",
      },
    },
    {
      id: "communication-s01",
      type: "situational",
      facet: "verbal",
      text: "You need to explain a change to a customer's contract {channel}, and the new terms include several conditions that are easy to misread. How would you handle it?",
      guide: {
        1: "Would read out or send the terms and leave the customer to interpret them.",
        3: "Would explain the main conditions in plain language.",
        5: "Would pick out what matters most to this customer, explain each condition in plain words with an example, check understanding, and follow up in writing with a clear summary.",
      },
    },
    {
      id: "communication-s02",
      type: "situational",
      text: "Earlier today {customer} got in touch {channel} about {problem}. Their reply to your first message shows they took away something quite different from what you meant. What would you do?",
      guide: {
        1: "Would tell the customer they misread the message.",
        3: "Would correct the misunderstanding politely and explain again.",
        5: "Would take responsibility for the confusion, restate the point more simply, confirm the customer's understanding, and review how the first message was worded to avoid a repeat.",
      },
    },
    {
      id: "communication-s03",
      type: "situational",
      facet: "non-verbal",
      text: "You are serving a customer in person, and they keep glancing at the door and giving one-word answers. How would you handle it?",
      guide: {
        1: "Would carry on with the full explanation regardless.",
        3: "Would notice the signals and speed things up.",
        5: "Would read the signals as hurry or discomfort, check politely what suits the customer, shorten or restructure the conversation accordingly, and offer a written summary or a later follow-up.",
      },
    },
    {
      id: "communication-s04",
      type: "situational",
      facet: "written",
      text: "You have to reply by email to a complaint that contains several angry accusations, some fair and some not. What steps would you take?",
      guide: {
        1: "Would rebut each unfair accusation point by point.",
        3: "Would write a polite reply that apologises for the valid points and explains the rest.",
        5: "Would plan a structured reply that acknowledges the customer's experience, owns the fair points, corrects the others factually without blame, sets out the next steps, and check the tone before sending.",
      },
    },
    {
      id: "communication-s05",
      type: "situational",
      facet: "verbal",
      text: "A customer who is not familiar with technical terms asks you {channel} why their internet connection keeps dropping out. How would you explain it?",
      guide: {
        1: "Would give a technical explanation full of jargon.",
        3: "Would explain the likely cause in simple terms.",
        5: "Would find out what the customer already knows, explain the cause with an everyday comparison, link it to what they can do next, and check they are comfortable before finishing.",
      },
    },
    {
      id: "communication-s06",
      type: "situational",
      text: "Your manager asks you to brief your colleagues on a new returns procedure that customers are already finding confusing. How would you handle it?",
      guide: {
        1: "Would forward the procedure document without comment.",
        3: "Would explain the procedure to colleagues and answer their questions.",
        5: "Would identify where customers are getting confused, explain the procedure with examples and suggested wording for customers, check colleagues' understanding, and gather feedback afterwards.",
      },
    },
  ],
};
