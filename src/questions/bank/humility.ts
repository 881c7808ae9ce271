import type { QuestionBank } from "../schema.js";

/** Questions about humility. */
export const humilityBank: QuestionBank = {
  competency: "humility",
  probes: {
    situation: [
      "What had gone wrong before you became involved?",
      "How did the customer see the situation at that point?",
      "Which part of the situation was outside your own knowledge at the start?",
    ],
    task: [
      "What did you need to own up to?",
      "What did the customer need to hear from you?",
      "Which part of putting things right fell to you?",
    ],
    action: [
      "What words did you use to admit the mistake?",
      "Whom did you go to for help or advice?",
      "How did you respond when the criticism was aimed at you?",
    ],
    result: [
      "How did the customer react to your honesty?",
      "What did you change in your own work afterwards?",
      "What did you learn from the person who corrected you?",
    ],
  },
  templates: [
    {
      id: "humility-b01",
      type: "behavioural",
      facet: "owning-mistakes",
      text: "Tell me about a time you made a mistake that affected {customer}.",
      guide: {
        1: "Cannot name a mistake of their own, or explains it away by blaming the system, a colleague or the customer.",
        3: "Describes admitting the mistake to the customer plainly and putting it right, with a basic outcome.",
        5: "Describes owning the error without excuses, apologising specifically, fixing it fully, telling the customer what would stop it happening again and the change they made in their own work.",
      },
    },
    {
      id: "humility-b02",
      type: "behavioural",
      facet: "owning-mistakes",
      text: "Describe a situation in which you apologised to a customer {channel} for an error that someone else in your company had made.",
      guide: {
        1: "Told the customer it was not their fault and pointed at the colleague or department responsible.",
        3: "Describes apologising on the company's behalf and taking steps to get the error corrected.",
        5: "Describes apologising sincerely for the company without shifting blame, taking personal ownership of the fix, a concrete outcome for the customer and how they fed the error back so it was not repeated.",
      },
    },
    {
      id: "humility-b03",
      type: "behavioural",
      facet: "respectful-refusal",
      text: "Walk me through an occasion when, {channel}, you had to tell {customer} that their request was not possible.",
      guide: {
        1: "Said no bluntly or with an air of superiority, or hid behind policy without explanation.",
        3: "Describes declining the request politely, giving a clear reason and offering what was possible.",
        5: "Describes acknowledging why the request mattered to the customer, explaining the refusal honestly and without talking down, offering real alternatives, and the customer's concrete response.",
      },
    },
    {
      id: "humility-b04",
      type: "behavioural",
      facet: "admitting-limits",
      text: "Give me an example of a time {customer} asked you {channel} something you did not know the answer to.",
      guide: {
        1: "Guessed or bluffed an answer to avoid looking unsure, or left the customer with nothing.",
        3: "Describes saying honestly that they did not know, finding out and getting back to the customer.",
        5: "Describes admitting the gap openly, telling the customer exactly how and when they would get the answer, checking with the right person, following up with an accurate answer and learning the topic for next time.",
      },
    },
    {
      id: "humility-b05",
      type: "behavioural",
      facet: "openness-to-feedback",
      text: "Tell me about a time {customer} told you that you had handled their case badly.",
      guide: {
        1: "Dismissed the customer's view, argued back, or still insists the customer was simply wrong.",
        3: "Describes listening to the criticism without getting defensive and making some change in response.",
        5: "Describes listening fully, acknowledging what was fair in the criticism, putting the case right, thanking the customer for telling them and the concrete change they made to how they work.",
      },
    },
    {
      id: "humility-b06",
      type: "behavioural",
      facet: "openness-to-feedback",
      text: "Describe a time a colleague or manager criticised how you had handled a customer while you were working {setting}.",
      guide: {
        1: "Rejected the feedback or explains why the person giving it was wrong.",
        3: "Describes accepting the feedback and trying a different approach with later customers.",
        5: "Describes asking questions to understand the feedback, acting on it deliberately, checking back with the colleague or manager, and a concrete sign that their handling had improved.",
      },
    },
    {
      id: "humility-b07",
      type: "behavioural",
      facet: "openness-to-feedback",
      text: "Give me an example of a time you learned a better way of serving customers from someone less experienced than you.",
      guide: {
        1: "Cannot think of anything they learned from a less experienced person, or brushed the suggestion aside.",
        3: "Describes recognising the newer person's better idea and adopting it.",
        5: "Describes noticing the better approach, saying so openly, adopting it and encouraging others to use it, with a concrete improvement for customers and credit given to the person.",
      },
    },
    {
      id: "humility-b08",
      type: "behavioural",
      facet: "owning-mistakes",
      text: "Tell me about a time you were sure you were right in a disagreement with a customer about {problem}, and it turned out you were not.",
      guide: {
        1: "Says the customer was proved wrong after all, or admitted nothing once they realised their mistake.",
        3: "Describes admitting to the customer that they had been wrong and correcting the situation.",
        5: "Describes acknowledging the error promptly and graciously, thanking the customer for persisting, putting things right, and what they changed so they check before standing firm in future.",
      },
    },
    {
      id: "humility-b09",
      type: "behavioural",
      text: "Tell me about a time a customer praised you for a result that a colleague had done much of the work on.",
      guide: {
        1: "Accepted the praise as their own without mentioning the colleague.",
        3: "Describes telling the customer that a colleague had played a big part and passing the thanks on.",
        5: "Describes sharing the credit naturally with the customer, making sure the colleague and their manager heard about the praise, and reflects on why recognising others' work matters to them.",
      },
    },
    {
      id: "humility-b10",
      type: "behavioural",
      facet: "admitting-limits",
      text: "Walk me through an occasion when a customer got in touch {channel} about {problem} and you realised a colleague was better placed to help.",
      guide: {
        1: "Struggled on alone to avoid admitting they needed help, or passed the customer on with no explanation.",
        3: "Describes recognising the limits of their knowledge and bringing in the colleague so the customer was helped.",
        5: "Describes recognising their limit early, explaining the step to the customer honestly, briefing the colleague fully, staying involved to learn from them and the concrete outcome.",
      },
    },
    {
      id: "humility-b11",
      type: "behavioural",
      text: "Describe a time you explained something to {customer}, taking care not to make them feel foolish.",
      guide: {
        1: "Talks about the customer as slow or ignorant, or describes explaining in a condescending way.",
        3: "Describes explaining patiently in plain language and treating the customer's questions as reasonable.",
        5: "Describes respecting what the customer did know, adapting the explanation to them, checking understanding without talking down, a concrete outcome and what they learned about their own assumptions.",
      },
    },
    {
      id: "humility-b12",
      type: "behavioural",
      facet: "admitting-limits",
      text: "Give me an example of a time you recognised a gap in your own skills and did something about it.",
      guide: {
        1: "Cannot name a gap in their skills, or names one and describes doing nothing about it.",
        3: "Describes a specific gap they noticed and a step they took to close it, such as training or asking for coaching.",
        5: "Describes how they spotted the gap honestly, sought help or training, practised deliberately, and gives a concrete sign of improvement in how they served customers.",
      },
    },
    {
      id: "humility-s01",
      type: "situational",
      facet: "owning-mistakes",
      text: "You realise that information you gave a customer {channel} yesterday about {problem} was wrong. What would you do?",
      guide: {
        1: "Keeps quiet and hopes the customer does not notice.",
        3: "Contacts the customer, admits the error and gives the correct information.",
        5: "Contacts the customer promptly, admits the mistake plainly, corrects it, deals with any consequences, records what happened and checks the source of the error so colleagues do not repeat it.",
      },
    },
    {
      id: "humility-s02",
      type: "situational",
      facet: "openness-to-feedback",
      text: "A customer who knows more about the product than you do corrects you in front of a colleague. How would you handle it?",
      guide: {
        1: "Argues the point to save face or becomes defensive.",
        3: "Accepts the correction politely and carries on helping the customer.",
        5: "Thanks the customer for the correction, checks the facts, uses the customer's knowledge to help them better, and afterwards makes sure their own and the team's information is updated.",
      },
    },
    {
      id: "humility-s03",
      type: "situational",
      facet: "openness-to-feedback",
      text: "Your team leader reviews one of your calls and says your tone sounded dismissive, which you do not agree with. How would you handle it?",
      guide: {
        1: "Rejects the feedback outright or complains about the team leader.",
        3: "Listens, asks for an example and agrees to pay attention to their tone.",
        5: "Listens openly, asks to hear the specific moments, considers how the customer may have heard it, agrees concrete changes and asks for a follow-up review.",
      },
    },
    {
      id: "humility-s04",
      type: "situational",
      facet: "respectful-refusal",
      text: "A customer contacts you {channel}, upset about a new company rule that you personally think is sensible. How would you handle it?",
      guide: {
        1: "Tells the customer the rule is right and they should accept it.",
        3: "Acknowledges the customer's frustration, explains the rule calmly and helps them within it.",
        5: "Listens to why the rule affects the customer, acknowledges their view without lecturing, explains the reason briefly, looks for what can be done within the rule and passes the feedback on.",
      },
    },
    {
      id: "humility-s05",
      type: "situational",
      text: "A customer thanks you warmly for solving their problem, but a colleague did most of the work. What would you do?",
      guide: {
        1: "Accepts the thanks without mentioning the colleague.",
        3: "Thanks the customer and mentions that a colleague did much of the work.",
        5: "Accepts the thanks graciously, tells the customer about the colleague's part, passes the praise on to the colleague and, where possible, to their manager.",
      },
    },
    {
      id: "humility-s06",
      type: "situational",
      facet: "openness-to-feedback",
      text: "A new colleague suggests a better way of doing a task you have done the same way for years. How would you handle it?",
      guide: {
        1: "Dismisses the idea because of the colleague's lack of experience.",
        3: "Listens to the idea and agrees to try it.",
        5: "Listens with genuine interest, asks how it works, tries it out fairly, adopts it if it is better and gives the colleague credit with the team.",
      },
    },
  ],
};
