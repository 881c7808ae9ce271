import type { QuestionBank } from "../schema.js";

/** Questions about personalisation. */
export const personalizationBank: QuestionBank = {
  competency: "personalization",
  probes: {
    situation: [
      "What did you know about this customer before the conversation began?",
      "What told you that your standard approach did not fit this customer?",
      "What did the customer's history with the company show?",
    ],
    task: [
      "What did this particular customer care about most?",
      "What did you need to find out about the customer to help them well?",
      "Which of the customer's preferences did you have to take into account?",
    ],
    action: [
      "What did you change from your usual approach for this customer?",
      "How did you find out what the customer preferred?",
      "What did you record so that the next person knew the customer's preferences?",
    ],
    result: [
      "How did the customer react to the tailored approach?",
      "What difference did it make compared with your standard approach?",
      "How did you use what you learned about the customer in later contacts?",
    ],
  },
  templates: [
    {
      id: "personalization-b01",
      type: "behavioural",
      text: "Tell me about a time you changed your usual way of explaining things to suit {customer}.",
      guide: {
        1: "Explained everything the same way regardless and put any misunderstanding down to the customer.",
        3: "Describes a specific change to their explanation, such as more or less detail, that suited this customer.",
        5: "Describes reading the customer's style, adjusting the level of detail, pace and wording to match it, checking it worked, the concrete outcome and how they now read customers early on.",
      },
    },
    {
      id: "personalization-b02",
      type: "behavioural",
      facet: "tailored-recommendations",
      text: "Describe a situation in which two customers came to you with the same kind of problem but needed different solutions.",
      guide: {
        1: "Gave both customers the same standard fix and sees no reason to have done otherwise.",
        3: "Describes noticing what was different about each customer's circumstances and offering each a suitable solution.",
        5: "Describes how they found out what mattered to each customer, why each solution fitted, the concrete result for both and what it taught them about standard answers.",
      },
    },
    {
      id: "personalization-b03",
      type: "behavioural",
      facet: "remembered-preferences",
      text: "Give me an example of a time you remembered a regular customer's preferences while you were working {setting}.",
      guide: {
        1: "Cannot give an example, or treats remembering preferences as unnecessary.",
        3: "Describes remembering and acting on a specific preference of a regular customer.",
        5: "Describes recording and acting on the customer's preferences so they never had to repeat them, making sure colleagues could do the same, and the customer's concrete response.",
      },
    },
    {
      id: "personalization-b04",
      type: "behavioural",
      facet: "tailored-recommendations",
      text: "Walk me through an occasion when {customer} asked you {channel} for a recommendation.",
      guide: {
        1: "Recommended the most popular or most expensive option without asking about the customer's needs.",
        3: "Describes asking a few questions about the customer's needs and recommending something that fitted them.",
        5: "Describes finding out the customer's needs, habits and budget, explaining the recommendation in terms that mattered to them, the concrete outcome and any follow-up to check it suited them.",
      },
    },
    {
      id: "personalization-b05",
      type: "behavioural",
      facet: "personal-gestures",
      text: "Tell me about a time you picked up on something a customer mentioned in passing and used it to make their experience special.",
      guide: {
        1: "Cannot think of an example, or ignored what the customer mentioned as irrelevant to the task.",
        3: "Describes noticing the remark and making a small, relevant gesture in response.",
        5: "Describes noticing the detail, choosing a gesture that fitted the customer and stayed within policy, the customer's concrete reaction and how they encourage this kind of attention in others.",
      },
    },
    {
      id: "personalization-b06",
      type: "behavioural",
      facet: "customer-context",
      text: "Describe a time you rewrote a standard reply to a customer about {problem} so that it fitted their situation.",
      guide: {
        1: "Sent the template unchanged, or changed only the name.",
        3: "Describes adapting the standard reply to refer to the customer's specific circumstances.",
        5: "Describes reworking the reply around the customer's history and concerns, keeping it accurate and consistent with policy, the customer's concrete response and how they balance templates with personal replies.",
      },
    },
    {
      id: "personalization-b07",
      type: "behavioural",
      text: "Give me an example of a time you changed the channel or format of a conversation to suit {customer}.",
      guide: {
        1: "Insisted on the usual channel or format even though it was not working for the customer.",
        3: "Describes offering a channel or format that suited the customer better, such as a call instead of emails.",
        5: "Describes recognising what the customer found difficult, offering a better channel or format, recording the preference for future contacts and the concrete difference it made.",
      },
    },
    {
      id: "personalization-b08",
      type: "behavioural",
      facet: "customer-context",
      text: "Tell me about a time when, {channel}, you asked questions to find out what {customer} really needed rather than offering the standard fix.",
      guide: {
        1: "Offered the standard fix straight away without asking anything about the customer's situation.",
        3: "Describes asking a few targeted questions and using the answers to offer a better-fitting solution.",
        5: "Describes asking open and follow-up questions, uncovering a need the standard fix missed, tailoring the solution to it, the concrete outcome and how they use such questions now.",
      },
    },
    {
      id: "personalization-b09",
      type: "behavioural",
      text: "Describe a situation in which you tailored a solution, within company policy, for a customer who contacted you about {problem}.",
      guide: {
        1: "Either applied the standard answer rigidly or broke policy to please the customer.",
        3: "Describes finding an option within policy that fitted the customer's particular circumstances.",
        5: "Describes understanding the customer's circumstances, exploring the flexibility within policy, agreeing a tailored solution, the concrete outcome and how they record such solutions for colleagues.",
      },
    },
    {
      id: "personalization-b10",
      type: "behavioural",
      facet: "remembered-preferences",
      text: "Tell me about a time when {customer} got in touch {channel} and you made sure they did not have to repeat their story.",
      guide: {
        1: "Asked the customer to explain everything again from the start.",
        3: "Describes reading the previous notes and picking up where the last contact left off.",
        5: "Describes reviewing the history before engaging, referring to it naturally, confirming only what had changed, resolving the issue and updating the record so the next contact is just as smooth.",
      },
    },
    {
      id: "personalization-b11",
      type: "behavioural",
      facet: "customer-context",
      text: "Give me an example of a time you made a customer who contacted you {channel} feel like more than a case number.",
      guide: {
        1: "Describes a transactional exchange, or sees no need to make customers feel individually known.",
        3: "Describes using the customer's name and referring to their particular situation during the contact.",
        5: "Describes several specific touches (using their name, referring to their history, matching their tone, a personal close), the customer's concrete response and how they keep this up at volume.",
      },
    },
    {
      id: "personalization-b12",
      type: "behavioural",
      text: "Tell me about a time you realised a customer wanted brisk, no-frills service while you were working {setting}.",
      guide: {
        1: "Carried on with small talk or the full routine regardless of the customer's signals.",
        3: "Describes noticing the customer's signals and adjusting to a quicker, more direct style.",
        5: "Describes reading the signals early, cutting the interaction to what the customer needed while keeping it courteous and complete, the concrete outcome and how they judge how much personal touch to offer.",
      },
    },
    {
      id: "personalization-s01",
      type: "situational",
      facet: "remembered-preferences",
      text: "A regular customer who always asks for you by name contacts you {channel} about {problem} while you are very busy. How would you handle it?",
      guide: {
        1: "Treats the customer like anyone else in the queue and makes them start from scratch.",
        3: "Acknowledges the customer personally and either helps them or tells them when they will.",
        5: "Greets the customer personally, uses what they know about them to speed things up, sets a clear time if they cannot help at once, and makes sure colleagues have the customer's preferences recorded.",
      },
    },
    {
      id: "personalization-s02",
      type: "situational",
      text: "You are working {setting}, and your company has just introduced a script that every customer must hear word for word. How would you handle it?",
      guide: {
        1: "Either reads the script mechanically to everyone or ignores it entirely.",
        3: "Uses the script as required while adding personal touches where it allows.",
        5: "Follows the required wording, personalises the parts around it (name, context, tone), notices where the script does not suit customers and feeds that back constructively.",
      },
    },
    {
      id: "personalization-s03",
      type: "situational",
      facet: "tailored-recommendations",
      text: "Two customers ask you about the same product on the same day: one wants every technical detail, and the other just wants to know it will work for them. How would you handle it?",
      guide: {
        1: "Gives both the same standard pitch.",
        3: "Gives the first customer the detail they want and the second a short, practical answer.",
        5: "Asks each about their needs, gives the first a thorough explanation and the second a plain, practical one, checks each is satisfied and recommends what fits each customer's use.",
      },
    },
    {
      id: "personalization-s04",
      type: "situational",
      facet: "customer-context",
      text: "A customer contacts you about {problem}, and their record shows they had a poor experience with your company last month. What would you do?",
      guide: {
        1: "Ignores the history and handles the contact as routine.",
        3: "Acknowledges the earlier experience and takes extra care with the current issue.",
        5: "Refers to the earlier experience with an apology, handles the current issue with particular care, checks the earlier problem is fully closed and follows up afterwards.",
      },
    },
    {
      id: "personalization-s05",
      type: "situational",
      facet: "personal-gestures",
      text: "A guest mentions in passing that they are celebrating a special occasion during their stay, and you have a few minutes to spare. What would you do?",
      guide: {
        1: "Does nothing because it is not part of the job.",
        3: "Congratulates the guest and makes a small gesture, such as a note.",
        5: "Congratulates the guest, arranges a fitting gesture within policy, records the occasion so colleagues can acknowledge it, and checks the guest enjoyed it.",
      },
    },
    {
      id: "personalization-s06",
      type: "situational",
      text: "You are answering a high volume of similar customer emails, and using the standard template unchanged would be much faster. How would you handle it?",
      guide: {
        1: "Sends the template unchanged to everyone.",
        3: "Uses the template but adds the customer's name and a reference to their specific issue.",
        5: "Uses the template as a base, personalises the key parts of each reply to the customer's situation, spots customers whose case needs a fuller reply and suggests improvements to the template.",
      },
    },
  ],
};
