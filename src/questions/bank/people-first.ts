import type { QuestionBank } from "../schema.js";

/** Questions about a people-first attitude. */
export const peopleFirstBank: QuestionBank = {
  competency: "people-first",
  probes: {
    situation: [
      "What did the customer stand to lose in that situation?",
      "What did the usual process expect you to do?",
      "What did you know about the customer beyond their request?",
    ],
    task: [
      "What outcome mattered most to the customer?",
      "Where did the customer's interests and the company's targets pull in different directions?",
      "What did you see as your responsibility to the customer?",
    ],
    action: [
      "What did you do that went beyond processing the request?",
      "How did you speak up for the customer inside your company?",
      "How did you show the customer that you saw them as more than a transaction?",
    ],
    result: [
      "How did the relationship with the customer develop afterwards?",
      "What did your decision cost or gain the business?",
      "What did you take from this about putting people first?",
    ],
  },
  templates: [
    {
      id: "people-first-b01",
      type: "behavioural",
      facet: "customer-interest-over-sale",
      text: "Tell me about a time you advised a customer against buying something because it was not right for them.",
      guide: {
        1: "Cannot give an example, or describes making the sale regardless of whether it suited the customer.",
        3: "Describes honestly steering the customer away from an unsuitable purchase towards something that fitted.",
        5: "Describes understanding the customer's needs, advising against the purchase openly even at a cost to the sale, helping them find the right option, and the concrete effect on the customer's trust or return.",
      },
    },
    {
      id: "people-first-b02",
      type: "behavioural",
      facet: "customer-advocacy",
      text: "Describe a situation in which you spoke up inside your company for a customer who contacted you {channel} about {problem}.",
      guide: {
        1: "Told the customer there was nothing they could do and left it at that.",
        3: "Describes raising the customer's case with a manager or another team and getting a better outcome.",
        5: "Describes building a clear case for the customer, pressing it respectfully through the right people, keeping the customer informed, the concrete result and any wider change that followed.",
      },
    },
    {
      id: "people-first-b03",
      type: "behavioural",
      facet: "human-connection",
      text: "Walk me through an occasion when, during a routine transaction, you made a personal connection with {customer}.",
      guide: {
        1: "Describes processing the transaction efficiently with no personal engagement, and sees no need for any.",
        3: "Describes a genuine moment of connection, such as a friendly exchange about the customer's plans, within the transaction.",
        5: "Describes noticing a cue, engaging sincerely without slowing the service, the customer's visible response, and how they keep that human touch on busy days.",
      },
    },
    {
      id: "people-first-b04",
      type: "behavioural",
      facet: "wellbeing-first",
      text: "Give me an example of a time you spent longer with a customer than your targets allowed because they needed it while you were working {setting}.",
      guide: {
        1: "Cut the customer short to stay on target and sees no problem with that.",
        3: "Describes giving the customer the extra time they needed and managing the effect on their targets.",
        5: "Describes judging that the customer's need outweighed the target, giving them the time, explaining the choice to their manager, the concrete outcome for the customer and how they balance the two.",
      },
    },
    {
      id: "people-first-b05",
      type: "behavioural",
      facet: "wellbeing-first",
      text: "Tell me about a time you noticed that {customer} was struggling with more than the problem they had contacted you about.",
      guide: {
        1: "Kept strictly to the stated problem and ignored the signs that the customer was struggling.",
        3: "Describes noticing the signs, acknowledging them kindly and helping where they appropriately could.",
        5: "Describes noticing, responding with care and discretion, seeing to the customer's immediate needs first, pointing them to further help where appropriate and the concrete difference it made.",
      },
    },
    {
      id: "people-first-b06",
      type: "behavioural",
      facet: "customer-interest-over-sale",
      text: "Describe a time a customer contacted you {channel} about {problem} and you chose the fair outcome for them over the easy one for the company.",
      guide: {
        1: "Took the easy route for the company and dismissed the customer's interests.",
        3: "Describes choosing the outcome that was fair to the customer and explaining it to the company where needed.",
        5: "Describes weighing the customer's interests against the company's convenience, choosing and justifying the fair outcome, the concrete result for both and what it showed about the long-term relationship.",
      },
    },
    {
      id: "people-first-b07",
      type: "behavioural",
      facet: "human-connection",
      text: "Tell me about a time you set aside the usual script during a conversation {channel} because the customer needed a more human response.",
      guide: {
        1: "Kept to the script even when it was clearly not helping the customer.",
        3: "Describes responding in their own words to what the customer was going through, then returning to the task.",
        5: "Describes recognising that the script did not fit, responding personally and sincerely while still covering what was required, the customer's concrete response and how they judge when to step off the script.",
      },
    },
    {
      id: "people-first-b08",
      type: "behavioural",
      text: "Give me an example of a time you kept a case open because the customer's real problem was not yet solved, even though it had technically been dealt with.",
      guide: {
        1: "Closed the case once the task was done, regardless of whether the customer was actually helped.",
        3: "Describes keeping the case open and working on it until the customer's real need was met.",
        5: "Describes looking past the ticket status to the customer's actual situation, keeping ownership, resolving the underlying problem, confirming with the customer and raising why the process missed it.",
      },
    },
    {
      id: "people-first-b09",
      type: "behavioural",
      text: "Describe a situation in which colleagues had written off {customer}, but you treated them with respect.",
      guide: {
        1: "Joined in with colleagues' dismissive view of the customer.",
        3: "Describes giving the customer a fair hearing and respectful service despite their reputation.",
        5: "Describes setting aside the label, listening to the customer's real concern, resolving it respectfully, the concrete change in the customer's behaviour or outcome and how they influenced colleagues' view.",
      },
    },
    {
      id: "people-first-b10",
      type: "behavioural",
      facet: "customer-advocacy",
      text: "Tell me about a time you pushed for a change in how your company treated customers after dealing with {problem}.",
      guide: {
        1: "Saw the problem but accepted the company's approach as not their concern.",
        3: "Describes raising a specific suggestion with a manager for how customers should be treated in such cases.",
        5: "Describes gathering evidence from customers' experience, making a clear case for change, following it through to a concrete change in policy or practice and the effect on customers.",
      },
    },
    {
      id: "people-first-b11",
      type: "behavioural",
      facet: "human-connection",
      text: "Give me an example of how you made a first-time customer feel welcome while you were working {setting}.",
      guide: {
        1: "Describes nothing beyond the standard greeting, or treats new customers as just the next in line.",
        3: "Describes specific things they did to make the new customer feel welcome and at ease.",
        5: "Describes noticing the customer was new, adapting their welcome and guidance to them, the customer's concrete response and how it shaped the customer's return or the team's approach.",
      },
    },
    {
      id: "people-first-b12",
      type: "behavioural",
      facet: "customer-interest-over-sale",
      text: "Walk me through an occasion when {customer} got in touch {channel} and you realised the best help for them lay outside your company.",
      guide: {
        1: "Kept the customer with the company even though it could not meet their need.",
        3: "Describes honestly pointing the customer to another organisation or service that could help them better.",
        5: "Describes recognising the company could not meet the need, saying so honestly, helping the customer reach the right help, and how the customer's trust in them and the company was affected.",
      },
    },
    {
      id: "people-first-s01",
      type: "situational",
      facet: "customer-interest-over-sale",
      text: "A customer wants to buy your most expensive package, but from what they have told you a cheaper one would meet their needs. What would you do?",
      guide: {
        1: "Sells the expensive package without comment.",
        3: "Points out that the cheaper package would meet their needs and lets the customer choose.",
        5: "Checks the customer's needs, explains honestly how the two packages compare for them, recommends the cheaper one if it fits, respects their choice and notes their needs for the future.",
      },
    },
    {
      id: "people-first-s02",
      type: "situational",
      facet: "wellbeing-first",
      text: "You are working {setting} when a customer who seems upset about something unrelated to your business asks you for help with a simple task. How would you handle it?",
      guide: {
        1: "Processes the task quickly and ignores how the customer seems.",
        3: "Helps with the task and acknowledges kindly that the customer seems to be having a hard time.",
        5: "Helps with the task calmly, shows care without prying, offers a moment or a quieter space if appropriate, and makes sure the customer leaves with what they need.",
      },
    },
    {
      id: "people-first-s03",
      type: "situational",
      facet: "customer-advocacy",
      text: "A customer contacts you {channel} about {problem}, and the policy answer is technically correct but would leave them much worse off. What would you do?",
      guide: {
        1: "Gives the policy answer and closes the case.",
        3: "Explains the policy and raises the customer's situation with a manager to look for a fairer outcome.",
        5: "Acknowledges the impact on the customer, explores every option within policy, makes a clear case to a manager for an exception, keeps the customer informed and suggests a change to the policy if it keeps happening.",
      },
    },
    {
      id: "people-first-s04",
      type: "situational",
      text: "Your team is measured on how quickly cases are closed, and a customer needs a follow-up call next week to be sure their problem is fixed. How would you handle it?",
      guide: {
        1: "Closes the case now to protect the figures and skips the follow-up.",
        3: "Arranges the follow-up call despite the effect on the figures.",
        5: "Arranges and makes the follow-up, records the reason clearly, explains the choice to the team leader and suggests how the measure could allow for follow-ups.",
      },
    },
    {
      id: "people-first-s05",
      type: "situational",
      facet: "human-connection",
      text: "A long-standing customer contacts you {channel} to cancel after a bad experience with your company. What would you do?",
      guide: {
        1: "Processes the cancellation without comment, or pressures the customer to stay.",
        3: "Listens to what went wrong, apologises and offers to put it right while respecting their decision.",
        5: "Listens to the whole story, apologises sincerely, puts right what can be fixed, offers a genuine reason to stay without pressure, respects the final decision and passes on what went wrong.",
      },
    },
    {
      id: "people-first-s06",
      type: "situational",
      text: "A customer's problem is outside your area, and the quickest option for you is to pass them to another department with a long queue. What would you do?",
      guide: {
        1: "Passes the customer on and forgets about them.",
        3: "Makes a proper handover to the other department and tells the customer what to expect.",
        5: "Looks for a way to help directly or through a warm transfer, explains the route and timings honestly, makes sure the department has the full story and checks the customer was helped.",
      },
    },
  ],
};
