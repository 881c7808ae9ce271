import type { QuestionBank } from "../schema.js";

/** Questions about professionalism. */
export const professionalismBank: QuestionBank = {
  competency: "professionalism",
  probes: {
    situation: [
      "What was the customer saying or doing at that point?",
      "Who else was present or able to read the exchange?",
      "What made it hard to stay professional in that moment?",
    ],
    task: [
      "What standard of conduct did your role expect of you there?",
      "What did the customer need from you at that point?",
      "Which company policies or rules applied?",
    ],
    action: [
      "What exactly did you say to the customer?",
      "How did you keep your own reaction in check?",
      "What did you record about the interaction afterwards?",
    ],
    result: [
      "How did the customer respond to your approach?",
      "What happened to the relationship with that customer afterwards?",
      "What did you learn from the experience about handling similar moments?",
    ],
  },
  templates: [
    {
      id: "professionalism-b01",
      type: "behavioural",
      facet: "not-taking-it-personally",
      text: "Tell me about a time {customer} turned their criticism on you personally while you were dealing with them {channel}.",
      guide: {
        1: "Took it personally and answered back, or describes the customer with contempt.",
        3: "Describes staying calm and polite while steering the conversation back to the customer's issue, with a basic outcome.",
        5: "Describes keeping their tone and words measured, separating the criticism from the underlying problem, solving that problem, the customer's change in manner and how they looked after their own composure afterwards.",
      },
    },
    {
      id: "professionalism-b02",
      type: "behavioural",
      facet: "professional-writing",
      text: "Describe a time you had to write a formal reply to a customer about {problem}.",
      guide: {
        1: "Describes a reply that was careless, defensive or copied from a template without reading the customer's message.",
        3: "Describes a reply with a courteous tone, a clear answer to the customer's point and a polite close.",
        5: "Explains how they structured the reply (greeting, acknowledgement, clear answer, next steps), checked tone and accuracy before sending, the customer's concrete response and how they use that approach since.",
      },
    },
    {
      id: "professionalism-b03",
      type: "behavioural",
      facet: "not-taking-it-personally",
      text: "Tell me about a time a customer blamed you personally for something another part of the business had done.",
      guide: {
        1: "Argued with the customer about whose fault it was or blamed the other department to the customer.",
        3: "Describes accepting the customer's frustration without arguing and taking steps to get the issue dealt with.",
        5: "Describes acknowledging the problem on the company's behalf without blaming colleagues, taking ownership of getting it fixed, a concrete outcome and how they passed the lesson back to the other team.",
      },
    },
    {
      id: "professionalism-b04",
      type: "behavioural",
      facet: "composure-under-pressure",
      text: "Walk me through an occasion when a customer's behaviour crossed a line while you were working {setting}.",
      guide: {
        1: "Responded in kind, lost their temper, or put up with abuse without any attempt to set a boundary.",
        3: "Describes calmly telling the customer what behaviour was not acceptable and continuing to help or involving a manager.",
        5: "Describes setting a clear, courteous boundary, offering a way to continue, following the company procedure if it continued, recording the incident and reflecting on how they handled the pressure.",
      },
    },
    {
      id: "professionalism-b05",
      type: "behavioural",
      text: "Give me an example of a time {customer} asked you {channel} for information you were not allowed to share.",
      guide: {
        1: "Shared the information to keep the customer happy, or refused curtly with no explanation.",
        3: "Describes politely declining to share the information and explaining the reason in simple terms.",
        5: "Describes protecting the information firmly, explaining why in a way that kept the customer's trust, offering a legitimate route to what they needed and the concrete outcome.",
      },
    },
    {
      id: "professionalism-b06",
      type: "behavioural",
      facet: "learning-from-incidents",
      text: "Tell me about a time you learned a lesson about your own approach from a difficult exchange with {customer}.",
      guide: {
        1: "Puts the whole difficulty down to the customer and sees nothing to learn from it.",
        3: "Describes a real difficult exchange and one thing they took from it about how to handle such moments.",
        5: "Analyses what drove the customer's reaction and their own part in it, describes the specific change they made afterwards and gives a concrete example of it working with a later customer.",
      },
    },
    {
      id: "professionalism-b07",
      type: "behavioural",
      facet: "composure-under-pressure",
      text: "Describe a situation in which a customer complained about {problem} in front of other customers or in a public post.",
      guide: {
        1: "Reacted defensively in public or ignored the complaint, hoping it would go away.",
        3: "Describes responding calmly and courteously and moving the detail of the conversation somewhere more private.",
        5: "Describes a composed public response that represented the company well, taking the conversation to a private setting, resolving it with a concrete outcome and how others watching or reading reacted.",
      },
    },
    {
      id: "professionalism-b08",
      type: "behavioural",
      text: "Tell me about a time {customer} pushed you to make an exception to company policy.",
      guide: {
        1: "Gave in to end the pressure, or refused rudely and left the customer with nothing.",
        3: "Describes holding to the policy politely while explaining it and offering what was allowed.",
        5: "Describes staying courteous and consistent under pressure, explaining the reason for the policy, finding the best option within it or escalating appropriately, and the concrete outcome for the customer.",
      },
    },
    {
      id: "professionalism-b09",
      type: "behavioural",
      facet: "composure-under-pressure",
      text: "Walk me through an occasion when you had to move straight from an upsetting conversation to serving the next customer {channel}.",
      guide: {
        1: "Carried their mood into the next conversation and was short or distracted with the next customer.",
        3: "Describes taking a brief moment to reset and greeting the next customer as normal.",
        5: "Describes the specific technique they used to reset, how they gave the next customer their full attention, the concrete outcome of that conversation and how they dealt with the earlier upset later on.",
      },
    },
    {
      id: "professionalism-b10",
      type: "behavioural",
      facet: "composure-under-pressure",
      text: "Give me an example of a time when {customer} got in touch {channel} about {problem} and demanded to speak to a manager.",
      guide: {
        1: "Became defensive, refused outright, or passed the customer up with no attempt to help first.",
        3: "Describes staying calm, acknowledging the request and either resolving the issue or arranging the escalation properly.",
        5: "Describes acknowledging the demand respectfully, explaining what they could do, resolving it within their authority or briefing the manager fully before the handover, and the concrete outcome.",
      },
    },
    {
      id: "professionalism-b11",
      type: "behavioural",
      text: "Describe a situation in which you had to keep the conversation professional with a customer who was becoming overly familiar with you.",
      guide: {
        1: "Went along with the familiarity or shut the customer down rudely.",
        3: "Describes politely steering the conversation back to the customer's business while staying friendly.",
        5: "Describes steering the conversation back tactfully, setting a courteous boundary if needed, involving a manager where appropriate and keeping the customer's goodwill, with a concrete outcome.",
      },
    },
    {
      id: "professionalism-b12",
      type: "behavioural",
      text: "Tell me about a time you had to keep up the standard customers expected while you were working {setting} under difficult conditions, such as a system failure or a staff shortage.",
      guide: {
        1: "Let standards slip and blames the conditions, or complained about the company to customers.",
        3: "Describes keeping their manner and service steady for customers despite the conditions.",
        5: "Describes specific steps to keep service reliable (honest updates, workarounds, courteous manner), never criticising the company to customers, a concrete outcome and what they suggested afterwards.",
      },
    },
    {
      id: "professionalism-s01",
      type: "situational",
      facet: "composure-under-pressure",
      text: "A customer contacts you {channel} about {problem} and starts swearing at you. How would you handle it?",
      guide: {
        1: "Swears back, ends the contact abruptly with no warning, or simply absorbs the abuse in silence.",
        3: "Stays calm, asks the customer politely to stop swearing and continues to work on the issue.",
        5: "Stays calm, acknowledges the customer's frustration, sets a clear and polite boundary, explains what will happen if it continues, focuses on the problem and follows company procedure if the abuse goes on.",
      },
    },
    {
      id: "professionalism-s02",
      type: "situational",
      facet: "not-taking-it-personally",
      text: "A customer posts a harsh online review naming you personally after you dealt with them about {problem}. What steps would you take?",
      guide: {
        1: "Replies publicly to defend themselves or argue with the customer.",
        3: "Tells their manager and helps prepare a calm, courteous public response.",
        5: "Does not react personally, informs their manager, helps draft a measured response that offers to put things right privately, reviews their own handling honestly and takes any lesson on board.",
      },
    },
    {
      id: "professionalism-s03",
      type: "situational",
      text: "While you are working {setting}, a customer asks what you think of a colleague who served them badly earlier. How would you handle it?",
      guide: {
        1: "Agrees with the customer and criticises the colleague, or dismisses the customer's complaint.",
        3: "Declines to comment on the colleague and focuses on putting the customer's issue right.",
        5: "Acknowledges the customer's experience without criticising the colleague, takes ownership of resolving it, passes the feedback on through the right channel and checks the customer leaves satisfied.",
      },
    },
    {
      id: "professionalism-s04",
      type: "situational",
      text: "A caller says they are ringing on behalf of a customer about {problem} and asks you to confirm the customer's account details. What would you do?",
      guide: {
        1: "Confirms the details to be helpful without checking who the caller is.",
        3: "Politely explains that they cannot share details without the account holder's permission.",
        5: "Follows the verification procedure, explains courteously why details cannot be shared, offers a legitimate route such as adding the caller as an authorised contact, and records the call.",
      },
    },
    {
      id: "professionalism-s05",
      type: "situational",
      facet: "composure-under-pressure",
      text: "You are having a stressful day, and the next customer is rude to you from their first sentence. How would you handle it?",
      guide: {
        1: "Lets the bad day show, responds sharply or treats the customer coldly.",
        3: "Keeps a polite, steady tone and focuses on what the customer needs.",
        5: "Sets their own stress aside for the conversation, stays courteous, looks past the rudeness to the underlying problem, resolves it and finds a proper way to deal with their own stress afterwards.",
      },
    },
    {
      id: "professionalism-s06",
      type: "situational",
      text: "A grateful customer offers you a personal gift of cash after you solve a difficult problem for them. What would you do?",
      guide: {
        1: "Accepts the cash without a second thought.",
        3: "Politely declines, thanking the customer for the gesture.",
        5: "Declines graciously so the customer does not feel rebuffed, explains the company's rule briefly, suggests another way to show appreciation such as feedback, and mentions the offer to their manager if policy requires.",
      },
    },
  ],
};
