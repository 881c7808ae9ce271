import type { QuestionBank } from "../schema.js";

/** Questions about proactiveness. */
export const proactivenessBank: QuestionBank = {
  competency: "proactiveness",
  probes: {
    situation: [
      "What signs did you notice before anyone raised the issue?",
      "What was likely to happen if nobody acted?",
      "Who else knew about the issue at that point?",
    ],
    task: [
      "Whose job was it, strictly speaking, to deal with this?",
      "What did you decide needed doing before the customer asked?",
      "Which of the customer's needs did you foresee?",
    ],
    action: [
      "What was the first step you took without being asked?",
      "How did you contact the customer before they came to you?",
      "Whom did you involve to put your idea into practice?",
    ],
    result: [
      "What problem did your action prevent?",
      "How did the customer respond to hearing from you first?",
      "What became standard practice as a result of what you did?",
    ],
  },
  templates: [
    {
      id: "proactiveness-b01",
      type: "behavioural",
      facet: "early-warning",
      text: "Tell me about a time you told a customer {channel} about a problem before they had noticed it themselves.",
      guide: {
        1: "Waited for the customer to discover the problem and get in touch.",
        3: "Describes contacting the customer about the problem first and explaining what was being done.",
        5: "Describes spotting the problem early, contacting the customer with a clear explanation and plan before they noticed, resolving it, and the customer's concrete response or complaint avoided.",
      },
    },
    {
      id: "proactiveness-b02",
      type: "behavioural",
      facet: "unprompted-follow-up",
      text: "Describe a time you followed up {channel} with {customer} after their case was closed.",
      guide: {
        1: "Considers the case finished once it was closed and sees no reason to check back.",
        3: "Describes contacting the customer afterwards to check the fix had worked.",
        5: "Describes choosing the right moment and channel to follow up, finding and fixing anything left over, the customer's concrete response and how follow-ups became part of their routine.",
      },
    },
    {
      id: "proactiveness-b03",
      type: "behavioural",
      facet: "anticipating-needs",
      text: "Walk me through an occasion when a customer contacted you {channel} about {problem} and you dealt with a related need they had not yet mentioned.",
      guide: {
        1: "Dealt only with the exact request and let the customer find the related need later.",
        3: "Describes spotting a related need and offering to deal with it in the same contact.",
        5: "Describes anticipating what the customer would need next, raising it tactfully, dealing with it in the same contact, the concrete result (such as a repeat contact avoided) and how they look for such needs now.",
      },
    },
    {
      id: "proactiveness-b04",
      type: "behavioural",
      facet: "self-started-improvements",
      text: "Give me an example of a time you took ownership of a problem outside your own role because it was affecting customers while you were working {setting}.",
      guide: {
        1: "Noticed the problem but left it because it belonged to someone else.",
        3: "Describes stepping in to deal with or raise the problem even though it was not strictly their job.",
        5: "Describes taking ownership, involving the right people without overstepping, seeing the problem through to a concrete fix and making sure it was clear who would own it in future.",
      },
    },
    {
      id: "proactiveness-b05",
      type: "behavioural",
      facet: "self-started-improvements",
      text: "Tell me about a time you created a guide, template or FAQ to help customers with a question that kept coming up.",
      guide: {
        1: "Kept answering the same question one customer at a time and never thought to change anything.",
        3: "Describes creating a resource on their own initiative and putting it to use.",
        5: "Describes spotting the repeated question, creating a clear resource, getting it checked and published, and a measurable drop in contacts or time spent on that question.",
      },
    },
    {
      id: "proactiveness-b06",
      type: "behavioural",
      facet: "anticipating-needs",
      text: "Describe a situation in which you suggested an extra service or option to {customer}.",
      guide: {
        1: "Pushed an extra sale regardless of the customer's needs, or never offers anything not asked for.",
        3: "Describes suggesting something relevant that the customer had not asked about, with a basic outcome.",
        5: "Describes linking the suggestion to a need they had spotted, explaining it without pressure, the customer's concrete response and how they judge when an extra suggestion helps the customer.",
      },
    },
    {
      id: "proactiveness-b07",
      type: "behavioural",
      facet: "self-started-improvements",
      text: "Tell me about a time you noticed a pattern in the customer contacts you were handling and raised it before it grew.",
      guide: {
        1: "Handled each contact separately and did not connect them.",
        3: "Describes noticing that several contacts shared a cause and reporting it.",
        5: "Describes gathering evidence of the pattern, raising it with the right people early, following it through to a fix, and the concrete effect on contact numbers or customers.",
      },
    },
    {
      id: "proactiveness-b08",
      type: "behavioural",
      text: "Walk me through how you prepared ahead of a busy period you knew was coming while you were working {setting}.",
      guide: {
        1: "Did nothing until the busy period arrived and then struggled.",
        3: "Describes specific preparations, such as getting information ready or clearing routine work in advance.",
        5: "Describes anticipating what customers would need, preparing resources and colleagues, acting on that plan during the peak, a concrete result such as shorter waits and what they refined for next time.",
      },
    },
    {
      id: "proactiveness-b09",
      type: "behavioural",
      facet: "anticipating-needs",
      text: "Tell me about a time when, {channel}, you spotted that {customer} was heading for a problem they had not seen coming.",
      guide: {
        1: "Noticed the risk but said nothing because the customer had not asked.",
        3: "Describes pointing out the coming problem to the customer and suggesting a way to avoid it.",
        5: "Describes recognising the risk, raising it clearly and tactfully, helping the customer take action to avoid it, the concrete trouble avoided and how they watch for similar risks.",
      },
    },
    {
      id: "proactiveness-b10",
      type: "behavioural",
      text: "Give me an example of a time you learned something new on your own initiative to help customers better.",
      guide: {
        1: "Waited to be trained and cannot name anything they learned unprompted.",
        3: "Describes choosing to learn something specific and using it with customers.",
        5: "Describes spotting a gap, setting about learning it without being asked, applying it to customers with a concrete result and sharing it with colleagues.",
      },
    },
    {
      id: "proactiveness-b11",
      type: "behavioural",
      text: "Tell me about a time a customer contacted you about {problem} and you found a way to leave them better off than they expected.",
      guide: {
        1: "Resolved only the bare minimum, or did not see anything more to do.",
        3: "Describes doing something extra, beyond the basic fix, that the customer had not expected.",
        5: "Describes spotting the opportunity, acting on it within policy without being asked, the customer's concrete response, and how they made similar touches part of their approach.",
      },
    },
    {
      id: "proactiveness-b12",
      type: "behavioural",
      facet: "self-started-improvements",
      text: "Walk me through an occasion when you acted on a customer's feedback without being asked to.",
      guide: {
        1: "Recorded the feedback, if at all, and left it for someone else to act on.",
        3: "Describes taking a specific action in response to the feedback on their own initiative.",
        5: "Describes judging the feedback worth acting on, making or proposing a change, telling the customer what had changed and the concrete improvement that followed.",
      },
    },
    {
      id: "proactiveness-s01",
      type: "situational",
      facet: "anticipating-needs",
      text: "While helping a customer with {problem}, you notice their account shows a renewal next week at a much higher price. What would you do?",
      guide: {
        1: "Deals only with the current issue and says nothing about the renewal.",
        3: "Mentions the renewal to the customer and explains their options.",
        5: "Finishes the current issue, then tells the customer about the renewal clearly, explains the options that suit them, helps them act on their choice and notes it on the account.",
      },
    },
    {
      id: "proactiveness-s02",
      type: "situational",
      facet: "self-started-improvements",
      text: "You notice that many customers are contacting your team about the same confusing instruction in a product manual. What steps would you take?",
      guide: {
        1: "Keeps answering the question one customer at a time.",
        3: "Reports the confusing instruction to the right team and shares a clear answer with colleagues.",
        5: "Gathers examples, reports them to the team that owns the manual with a suggested rewording, prepares an interim guide for colleagues and customers, and tracks whether contacts fall.",
      },
    },
    {
      id: "proactiveness-s03",
      type: "situational",
      facet: "early-warning",
      text: "A delivery partner warns you that tomorrow's deliveries will be late, but no customer has complained yet. What would you do?",
      guide: {
        1: "Waits for customers to complain before doing anything.",
        3: "Suggests contacting affected customers in advance to warn them of the delay.",
        5: "Identifies the affected customers, contacts them before the delay with clear information and options, prepares colleagues for follow-up questions, and tracks the deliveries until they arrive.",
      },
    },
    {
      id: "proactiveness-s04",
      type: "situational",
      text: "You are working {setting}, and things are quiet for the first time in days. How would you use the time?",
      guide: {
        1: "Waits for the next customer.",
        3: "Catches up on follow-ups or tidies up records.",
        5: "Follows up with recent customers, deals with recurring problems, updates shared resources and prepares for the next busy spell, choosing what will help customers most.",
      },
    },
    {
      id: "proactiveness-s05",
      type: "situational",
      facet: "early-warning",
      text: "A customer contacts you {channel} about {problem}, and you suspect other customers are affected by the same issue. What would you do?",
      guide: {
        1: "Deals with this customer only and assumes others will get in touch if affected.",
        3: "Resolves this customer's issue and reports the possible wider problem.",
        5: "Resolves this customer's issue, checks whether others are affected, raises it with the right team, suggests contacting affected customers first and prepares colleagues to answer them.",
      },
    },
    {
      id: "proactiveness-s06",
      type: "situational",
      facet: "self-started-improvements",
      text: "You have an idea that would cut the time customers wait, but it is not your job to change the process. What would you do?",
      guide: {
        1: "Keeps the idea to themselves because it is not their responsibility.",
        3: "Shares the idea with their manager.",
        5: "Works out the idea's benefits and risks, puts it to the right person with evidence, offers to help trial it and follows up on the outcome.",
      },
    },
  ],
};
