import type { QuestionBank } from "../schema.js";

/** Questions about Adaptability. */
export const adaptabilityBank: QuestionBank = {
  competency: "adaptability",
  probes: {
    situation: [
      "How much warning did you have of the change?",
      "What was your usual way of handling this kind of situation?",
      "What made your normal approach a poor fit this time?",
    ],
    task: [
      "What did you need to keep working for the customer while things changed?",
      "What did you have to let go of or do differently?",
      "What did the customer need that your usual approach did not give them?",
    ],
    action: [
      "What exactly did you change in the way you worked?",
      "How did you decide on the new approach?",
      "What did you do to get up to speed with the change?",
    ],
    result: [
      "How did the new approach work out for the customer?",
      "What did you keep doing differently after this experience?",
      "What did this situation teach you about handling change?",
    ],
  },
  templates: [
    {
      id: "adaptability-b01",
      type: "behavioural",
      facet: "adapting-to-personalities",
      text: "Tell me about a time when, {channel}, you changed your usual approach to suit {customer}.",
      guide: {
        1: "Describes handling every customer the same way and expecting the customer to adjust.",
        3: "Gives a real example of changing their tone, pace or level of detail for the customer.",
        5: "Describes reading what this customer needed, adjusting several aspects of their approach, the customer's response, a concrete outcome, and how they recognise similar customers now.",
      },
    },
    {
      id: "adaptability-b02",
      type: "behavioural",
      facet: "embracing-change",
      text: "Describe a situation in which a new system, policy or process was introduced while you were working {setting}, and you had to adjust quickly.",
      guide: {
        1: "Describes resisting the change, complaining about it, or carrying on the old way.",
        3: "Gives an example of learning the new way of working and applying it with customers.",
        5: "Describes getting to grips with the change early, solving teething problems, explaining it to customers, helping colleagues adjust, and a concrete result of the change landing well.",
      },
    },
    {
      id: "adaptability-b03",
      type: "behavioural",
      facet: "flexible-problem-solving",
      text: "Walk me through an occasion when your plan for the day changed suddenly because of an unexpected surge in customer contacts.",
      guide: {
        1: "Describes being thrown by the change and letting customers or tasks fall through the gaps.",
        3: "Gives an example of reprioritising and coping with the surge.",
        5: "Describes quickly reordering priorities, changing how they worked to handle the volume, keeping quality up, a concrete result such as wait times or backlog, and what they changed afterwards.",
      },
    },
    {
      id: "adaptability-b04",
      type: "behavioural",
      facet: "adapting-to-personalities",
      text: "Give me an example of a time you moved a conversation to a different channel, for example from a live chat to a phone call, because it suited the customer better.",
      guide: {
        1: "Describes keeping to the channel the customer started in even though it was not working.",
        3: "Gives an example of switching channel and the conversation going better as a result.",
        5: "Explains what showed the channel was not working, how they offered the switch, how they kept continuity, a concrete outcome, and when they now suggest a change of channel.",
      },
    },
    {
      id: "adaptability-b05",
      type: "behavioural",
      facet: "flexible-problem-solving",
      text: "Tell me about a time when {customer} got in touch about {problem} and the usual procedure did not fit their situation.",
      guide: {
        1: "Describes applying the procedure regardless and telling the customer there was nothing else to be done.",
        3: "Gives an example of finding a different way to meet the customer's need within the rules.",
        5: "Describes recognising why the procedure did not fit, working out an alternative, getting any approval needed, a concrete outcome, and feeding back so the procedure covered such cases.",
      },
    },
    {
      id: "adaptability-b06",
      type: "behavioural",
      facet: "embracing-change",
      text: "Describe a situation in which you took on a task outside your usual role while working {setting} to help a customer or your team.",
      guide: {
        1: "Describes refusing because it was not their job, or doing it reluctantly and poorly.",
        3: "Gives an example of stepping into an unfamiliar task and completing it.",
        5: "Describes volunteering, learning what was needed quickly, doing the task well, the concrete benefit to the customer or team, and what they took from the experience.",
      },
    },
    {
      id: "adaptability-b07",
      type: "behavioural",
      facet: "openness-to-feedback",
      text: "Walk me through an occasion when a customer's feedback made you change the way you handle a situation.",
      guide: {
        1: "Describes dismissing the feedback as the customer not understanding the job.",
        3: "Gives an example of taking the feedback on board and changing something.",
        5: "Describes listening openly, working out what was valid, making a specific change, evidence it worked with later customers, and sharing the lesson with colleagues.",
      },
    },
    {
      id: "adaptability-b08",
      type: "behavioural",
      facet: "adapting-to-personalities",
      text: "Give me an example of a time you had to serve {customer} and then, straight after, a customer with a completely different style.",
      guide: {
        1: "Describes treating both customers the same way and one of them leaving dissatisfied.",
        3: "Gives an example of changing their manner between the two customers.",
        5: "Describes reading each customer's style, switching deliberately (pace, detail, warmth), good outcomes for both, and how they make the switch without carrying over from one to the next.",
      },
    },
    {
      id: "adaptability-b09",
      type: "behavioural",
      facet: "flexible-problem-solving",
      text: "Tell me about a time when a solution you had promised a customer {channel} fell through and you had to find another way at short notice.",
      guide: {
        1: "Describes telling the customer it had fallen through and leaving it there.",
        3: "Gives an example of finding another solution and telling the customer honestly.",
        5: "Describes telling the customer promptly, generating alternatives quickly, choosing and delivering one, a concrete result, and what they now do to have a fallback ready.",
      },
    },
    {
      id: "adaptability-b10",
      type: "behavioural",
      facet: "embracing-change",
      text: "Describe a situation, while you were working {setting}, in which you had to learn something new on the spot to help a customer.",
      guide: {
        1: "Describes telling the customer it was not something they dealt with.",
        3: "Gives an example of finding out how to do the unfamiliar task and helping the customer.",
        5: "Describes learning quickly from the right sources while keeping the customer informed, helping them successfully, and building the new skill into their regular work.",
      },
    },
    {
      id: "adaptability-b11",
      type: "behavioural",
      facet: "flexible-problem-solving",
      text: "Tell me about a time when you had to keep serving customers without something you normally rely on, such as a working system or a colleague.",
      guide: {
        1: "Describes telling customers to come back later, or stopping work until things were back to normal.",
        3: "Gives an example of finding a workaround and continuing to serve customers.",
        5: "Describes improvising a sound workaround, keeping customers informed, protecting accuracy (for example by logging details to enter later), a concrete result, and suggestions made afterwards for next time.",
      },
    },
    {
      id: "adaptability-b12",
      type: "behavioural",
      facet: "adapting-to-personalities",
      text: "Walk me through an occasion when {customer} changed what they wanted partway through a conversation {channel}.",
      guide: {
        1: "Describes showing frustration or insisting on finishing what was originally asked.",
        3: "Gives an example of switching to the new request smoothly.",
        5: "Describes confirming the new request, adjusting their plan without fuss, explaining any knock-on effects, a concrete outcome, and how the customer responded.",
      },
    },
    {
      id: "adaptability-s01",
      type: "situational",
      facet: "flexible-problem-solving",
      text: "Halfway through your shift {setting}, the system you use to look up orders stops working, and customers keep coming to you for help. How would you handle it?",
      guide: {
        1: "Would tell customers nothing can be done until the system is back.",
        3: "Would explain the problem to customers and help where possible without the system.",
        5: "Would report the fault, agree a workaround (manual notes, other tools, call-backs), keep customers informed honestly, prioritise urgent cases, and catch up accurately once the system returns.",
      },
    },
    {
      id: "adaptability-s02",
      type: "situational",
      facet: "adapting-to-personalities",
      text: "Earlier today {customer} got in touch {channel} about {problem}, and you agreed a plan with them. They have now come back asking for something quite different. What would you do?",
      guide: {
        1: "Would insist on sticking to the original plan.",
        3: "Would listen to the new request and change the plan if possible.",
        5: "Would find out what has changed for the customer, explain what the new request involves, adjust the plan, confirm it in writing, and make sure nothing from the first plan is left half done.",
      },
    },
    {
      id: "adaptability-s03",
      type: "situational",
      facet: "embracing-change",
      text: "Your manager asks you to start handling social media messages tomorrow, a channel you have never worked on. What steps would you take?",
      guide: {
        1: "Would object that it is not their role, or start without any preparation.",
        3: "Would read the guidelines and ask a colleague for tips before starting.",
        5: "Would study the guidelines and past examples, shadow or ask an experienced colleague, clarify tone and escalation rules, start carefully, and ask for feedback after the first shifts.",
      },
    },
    {
      id: "adaptability-s04",
      type: "situational",
      facet: "adapting-to-personalities",
      text: "A customer who wants a quick answer is followed by one who wants to chat and hear every detail. How would you handle the two conversations?",
      guide: {
        1: "Would handle both the same way.",
        3: "Would keep the first conversation brief and give the second more time.",
        5: "Would give the first a direct, efficient answer, reset, then give the second warmth and detail while keeping the conversation purposeful, and check each customer got what they needed.",
      },
    },
    {
      id: "adaptability-s05",
      type: "situational",
      facet: "openness-to-feedback",
      text: "A customer rejects the standard solution and proposes an alternative that is unusual but within the rules. What would you do?",
      guide: {
        1: "Would insist on the standard solution because that is how it is done.",
        3: "Would consider the customer's alternative and agree to it if it works.",
        5: "Would explore the alternative with the customer, check it against the rules and any risks, agree it if sound, deliver it, and share it if it could help other customers.",
      },
    },
    {
      id: "adaptability-s06",
      type: "situational",
      facet: "embracing-change",
      text: "A new returns policy starts today, and a regular customer is upset that the old rules no longer apply. How would you handle it?",
      guide: {
        1: "Would say the rules have changed and there is nothing to discuss, or quietly apply the old rules.",
        3: "Would explain the new policy politely and acknowledge the customer's disappointment.",
        5: "Would acknowledge the frustration, explain the change and its reasons, show how the customer can get the best from the new rules, and pass on the feedback if customers are widely affected.",
      },
    },
  ],
};
