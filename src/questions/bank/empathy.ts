import type { QuestionBank } from "../schema.js";

/** Questions about Empathy. */
export const empathyBank: QuestionBank = {
  competency: "empathy",
  probes: {
    situation: [
      "What was at stake for the customer in this situation?",
      "How could you tell what the customer was feeling when they first got in touch?",
      "What had the customer already been through before they reached you?",
    ],
    task: [
      "What did the customer need from you emotionally, as well as practically?",
      "What did you see as your responsibility towards this customer at that point?",
      "What did you want the customer to feel by the end of the conversation?",
    ],
    action: [
      "What exactly did you say to show the customer you understood how they felt?",
      "How did understanding the customer's feelings change what you did next?",
      "What did you do that went beyond the standard response?",
    ],
    result: [
      "How did the customer respond once they felt understood?",
      "What difference did your approach make to the outcome for the customer?",
      "What did this experience teach you about reading how customers feel?",
    ],
  },
  templates: [
    {
      id: "empathy-b01",
      type: "behavioural",
      facet: "acknowledging-feelings",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and you needed to acknowledge how they felt before you were able to help.",
      guide: {
        1: "Describes going straight to procedure, treating the customer's feelings as beside the point, or calling them an overreaction.",
        3: "Gives a real example of naming the customer's feeling before moving on to the fix, with a basic outcome.",
        5: "Describes reading the feeling accurately, putting it into words that fitted, letting it shape the order of what they did, a concrete outcome, and how the customer's mood changed as a result.",
      },
    },
    {
      id: "empathy-b02",
      type: "behavioural",
      facet: "perspective-taking",
      text: "Describe a situation in which you realised that a problem which seemed minor to you meant a great deal to the customer.",
      guide: {
        1: "Describes treating the problem as trivial and telling the customer, openly or by implication, that it was not worth the fuss.",
        3: "Gives an example of recognising why the problem mattered to the customer and treating it seriously.",
        5: "Explains what they learned about the customer's circumstances, how it changed their priorities and actions, a concrete result for the customer, and how it changed their view of 'small' problems.",
      },
    },
    {
      id: "empathy-b03",
      type: "behavioural",
      facet: "sincere-apology",
      text: "Walk me through an occasion when you apologised to a customer {channel} for something your organisation had got wrong.",
      guide: {
        1: "Describes refusing to apologise because it was not their personal fault, or offering a scripted sorry and moving on.",
        3: "Describes a specific apology for what the customer went through, followed by action to fix it.",
        5: "Describes an apology that named the customer's actual experience and owned it, followed by a fix and a gesture that fitted the situation, the customer's response, and any step taken so it would not recur.",
      },
    },
    {
      id: "empathy-b04",
      type: "behavioural",
      facet: "acknowledging-feelings",
      text: "Give me an example of a time you picked up {channel} that a customer was more upset than their words suggested.",
      guide: {
        1: "Describes noticing nothing beyond the literal request, or ignoring signs of distress to finish quickly.",
        3: "Gives an example of noticing the hidden upset and responding to it gently.",
        5: "Names the specific cues they noticed, describes checking their reading with the customer and adjusting their approach, a concrete result, and what they learned about spotting unspoken feelings.",
      },
    },
    {
      id: "empathy-b05",
      type: "behavioural",
      facet: "perspective-taking",
      text: "Tell me about a time, while you were working {setting}, when understanding a customer's circumstances changed how you prioritised their request.",
      guide: {
        1: "Describes handling the request strictly in turn regardless of what it meant to the customer.",
        3: "Gives an example of learning what the situation meant for the customer and acting on it with more urgency.",
        5: "Describes finding out the circumstances, weighing them fairly against other customers, taking specific steps to meet the real deadline or need, a concrete outcome, and how the customer responded.",
      },
    },
    {
      id: "empathy-b06",
      type: "behavioural",
      facet: "acknowledging-feelings",
      text: "Describe a situation in which you had to give an answer {channel} that {customer} did not want to hear.",
      guide: {
        1: "Describes delivering the answer bluntly and leaving the customer to deal with their disappointment.",
        3: "Gives an example of acknowledging the customer's disappointment while giving the answer, with a basic outcome.",
        5: "Describes preparing for the customer's reaction, acknowledging their disappointment in their own terms, explaining the reason, offering what was possible, and the customer leaving feeling respected despite the answer.",
      },
    },
    {
      id: "empathy-b07",
      type: "behavioural",
      facet: "acknowledging-feelings",
      text: "Give me an example of a time you showed a customer you understood their frustration using only written messages.",
      guide: {
        1: "Describes sending a template reply with no sign of having noticed how the customer felt.",
        3: "Gives an example of a written reply that acknowledged the customer's frustration before dealing with the issue.",
        5: "Describes choosing specific words that reflected the customer's situation back to them, avoiding stock phrases, a concrete outcome visible in the customer's reply, and how they now write to upset customers.",
      },
    },
    {
      id: "empathy-b08",
      type: "behavioural",
      text: "Tell me about a time when you followed up with a customer {channel} some time after helping them, to check how they were getting on.",
      guide: {
        1: "Describes closing the case and having no further interest in how the customer fared.",
        3: "Gives an example of a follow-up contact to check the customer was all right after the problem was dealt with.",
        5: "Explains why they chose to follow up, what they asked and noticed, what it led to for the customer, and how follow-ups of this kind became part of their practice.",
      },
    },
    {
      id: "empathy-b09",
      type: "behavioural",
      facet: "perspective-taking",
      text: "Walk me through an occasion, while you were working {setting}, when a customer was embarrassed about the problem they brought to you.",
      guide: {
        1: "Describes making light of the customer's embarrassment or drawing attention to it.",
        3: "Describes putting the customer at ease and dealing with the problem discreetly, with a basic outcome.",
        5: "Describes noticing the embarrassment, choosing words and (where relevant) privacy to ease it, treating the problem as ordinary, a concrete result, and how the customer left feeling.",
      },
    },
    {
      id: "empathy-b10",
      type: "behavioural",
      facet: "sincere-apology",
      text: "Describe a situation in which your organisation had let down {customer} and you were the one who responded {channel}.",
      guide: {
        1: "Describes defending the organisation, blaming another department, or minimising what the customer had been through.",
        3: "Gives an example of acknowledging the let-down, apologising for it and putting it right.",
        5: "Describes taking the customer's side of the experience seriously, a specific and owned apology, concrete action to repair the damage, the customer's response, and feedback passed on to prevent a repeat.",
      },
    },
    {
      id: "empathy-b11",
      type: "behavioural",
      facet: "perspective-taking",
      text: "Tell me about a time when you understood why a customer felt the way they did even though you believed their complaint was not justified.",
      guide: {
        1: "Describes dismissing the complaint as unreasonable and telling the customer they were wrong.",
        3: "Gives an example of acknowledging the customer's feelings while still explaining the facts.",
        5: "Explains how they saw the situation through the customer's eyes, separated feelings from facts, kept the relationship intact while holding a fair position, a concrete outcome, and reflection on empathy without agreement.",
      },
    },
    {
      id: "empathy-b12",
      type: "behavioural",
      text: "Give me an example of a time when something you learned about {customer} led you to do something small but personal for them.",
      guide: {
        1: "Describes doing only what the process required and seeing the customer's situation as none of their concern.",
        3: "Gives an example of a small, fitting gesture prompted by the customer's situation.",
        5: "Describes what they learned by listening, a gesture closely matched to the customer's circumstances, the customer's response, and how it affected the customer's view of the organisation.",
      },
    },
    {
      id: "empathy-s01",
      type: "situational",
      facet: "perspective-taking",
      text: "A customer tells you {channel} that the item they ordered is needed for an important event this weekend, and the delivery has just been pushed back by a week. What would you do?",
      guide: {
        1: "Would state the new delivery date and say there is nothing more to be done.",
        3: "Would acknowledge how disappointing the delay is and look for a faster option.",
        5: "Would acknowledge what the event means to the customer, apologise specifically, actively explore every route to get the item in time (another store, express courier, a substitute), and keep the customer informed until it is settled.",
      },
    },
    {
      id: "empathy-s02",
      type: "situational",
      text: "Earlier today {customer} got in touch {channel} about {problem}, and a colleague told them bluntly that nothing could be done. They are now back in touch with you, more upset than before. How would you handle it?",
      guide: {
        1: "Would repeat the colleague's answer or tell the customer there is no point raising it again.",
        3: "Would acknowledge the customer's upset and look at the problem afresh.",
        5: "Would acknowledge both the original problem and how the earlier reply made them feel, apologise for it, re-examine what can be done, and give the customer a clear, caring next step.",
      },
    },
    {
      id: "empathy-s03",
      type: "situational",
      facet: "acknowledging-feelings",
      text: "While you are working {setting}, a customer becomes tearful as they explain that a billing error has left them short of money this month. What would you do?",
      guide: {
        1: "Would ignore the emotion and process the correction as routine, or appear uncomfortable and hurry them.",
        3: "Would acknowledge the customer's distress kindly and correct the error as quickly as possible.",
        5: "Would give the customer a moment, acknowledge their distress without judgement, apologise for the error, fast-track the correction and any interim help available, and confirm when the money will be back.",
      },
    },
    {
      id: "empathy-s04",
      type: "situational",
      facet: "perspective-taking",
      text: "A customer writes a long, angry email about a delayed order, and the delay was caused by the courier rather than your company. How would you reply?",
      guide: {
        1: "Would reply that the delay is the courier's responsibility and direct the customer to them.",
        3: "Would acknowledge the customer's frustration and explain what is being done to trace the order.",
        5: "Would acknowledge the frustration in specific terms, apologise for the experience without shifting blame, take ownership of chasing the courier, and set out when the customer will next hear.",
      },
    },
    {
      id: "empathy-s05",
      type: "situational",
      facet: "sincere-apology",
      text: "You have to tell a customer that their refund request has been refused because it falls outside the returns period, and you know the product mattered a great deal to them. How would you handle it?",
      guide: {
        1: "Would quote the policy and close the conversation.",
        3: "Would deliver the decision kindly and acknowledge the customer's disappointment.",
        5: "Would acknowledge what the product meant to them, explain the reason honestly, apologise for their disappointment, and look for any alternative such as a repair, an exchange or a goodwill gesture.",
      },
    },
    {
      id: "empathy-s06",
      type: "situational",
      text: "A customer tells you {channel} that nobody at your company cares about them and that they are just a number. What would you do?",
      guide: {
        1: "Would argue that the company does care, or ignore the remark and carry on with the process.",
        3: "Would acknowledge the feeling and show personal interest in sorting out their problem.",
        5: "Would acknowledge why they feel that way, ask what has happened to them, take personal ownership of the case, and show through specific actions and follow-up that they are being treated as a person.",
      },
    },
  ],
};
