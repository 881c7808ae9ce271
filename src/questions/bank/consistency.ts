import type { QuestionBank } from "../schema.js";

/** Questions about consistency. */
export const consistencyBank: QuestionBank = {
  competency: "consistency",
  probes: {
    situation: [
      "How often did you deal with this kind of request?",
      "Which channels had the customer already used before reaching you?",
      "What standard had the customer come to expect from your team?",
    ],
    task: [
      "What did the customer need to be able to rely on?",
      "Which promise or standard were you responsible for keeping?",
      "What did you need to match from earlier conversations?",
    ],
    action: [
      "How did you check what the customer had already been told?",
      "What routine did you follow to keep the quality the same each time?",
      "How did you record the outcome for the next person?",
    ],
    result: [
      "How did the customer's trust change over time?",
      "How did your results compare from one week to the next?",
      "What did the team do differently afterwards to keep its answers consistent?",
    ],
  },
  templates: [
    {
      id: "consistency-b01",
      type: "behavioural",
      facet: "steady-standard",
      text: "Tell me about a time you kept the quality of your service steady through a long, demanding shift while you were working {setting}.",
      guide: {
        1: "Admits the service got worse as the shift went on and treats that as inevitable.",
        3: "Describes specific ways they kept serving the last customers as well as the first.",
        5: "Describes the habits or checks that kept their standard steady, how they noticed and corrected any slip, a concrete sign the quality held (feedback, error rate) and what they do on long shifts now.",
      },
    },
    {
      id: "consistency-b02",
      type: "behavioural",
      facet: "cross-channel-alignment",
      text: "Describe a situation in which {customer} had been given different answers by different people in your company.",
      guide: {
        1: "Added yet another answer without checking, or blamed the colleagues for the confusion.",
        3: "Describes finding out the correct answer, giving it to the customer clearly and apologising for the confusion.",
        5: "Describes checking the records and the rules to establish the right answer, explaining it to the customer with an apology, honouring what was reasonable and making sure colleagues were aligned afterwards.",
      },
    },
    {
      id: "consistency-b03",
      type: "behavioural",
      facet: "cross-channel-alignment",
      text: "Walk me through an occasion when a customer contacted you {channel} about {problem}, having already raised it through a different channel.",
      guide: {
        1: "Started from scratch and made the customer repeat everything, or gave an answer that contradicted the earlier one.",
        3: "Describes checking what had happened in the other channel and continuing from there.",
        5: "Describes reviewing the earlier contact, confirming what had been promised, continuing seamlessly without making the customer repeat themselves, resolving the issue and recording it so every channel saw the same history.",
      },
    },
    {
      id: "consistency-b04",
      type: "behavioural",
      facet: "steady-standard",
      text: "Give me an example of a routine or checklist you used to make sure every customer got the same standard of service.",
      guide: {
        1: "Says they just do their best each time and cannot name any routine.",
        3: "Describes a specific routine or checklist they used and how it kept their service even.",
        5: "Describes the routine in detail, why each step mattered, evidence that it kept quality steady over time, and how they refined it or shared it with colleagues.",
      },
    },
    {
      id: "consistency-b05",
      type: "behavioural",
      facet: "steady-standard",
      text: "Tell me about a time you made sure {customer} received the same standard of service as everyone else.",
      guide: {
        1: "Gave this customer a lesser service and justifies it by the customer's behaviour or manner.",
        3: "Describes giving this customer the same care and options as any other, despite the circumstances.",
        5: "Describes recognising the pull to treat the customer differently, deliberately keeping to their usual standard, a concrete outcome and how they check their own fairness since.",
      },
    },
    {
      id: "consistency-b06",
      type: "behavioural",
      facet: "keeping-commitments",
      text: "Describe a time you kept a promise you had made to a customer {channel} about {problem}, even though keeping it became inconvenient.",
      guide: {
        1: "Let the promise lapse once it became awkward, or claims they always keep promises without an example.",
        3: "Describes doing what they had promised despite the inconvenience, with a basic outcome.",
        5: "Describes keeping the promise in full and on time, managing the inconvenience sensibly, the customer's concrete response and how they now make promises they can keep.",
      },
    },
    {
      id: "consistency-b07",
      type: "behavioural",
      facet: "steady-standard",
      text: "Tell me about a time you noticed your own service slipping and brought it back up to standard.",
      guide: {
        1: "Cannot recall ever noticing a dip, or noticed it and did nothing.",
        3: "Describes recognising a specific slip in their work and the steps they took to correct it.",
        5: "Describes how they spotted the slip (feedback, figures, self-review), the cause they found, the specific changes made, the measurable recovery and how they keep watch now.",
      },
    },
    {
      id: "consistency-b08",
      type: "behavioural",
      facet: "shared-records",
      text: "Walk me through how you recorded a customer's case about {problem} so that the next colleague had everything they needed.",
      guide: {
        1: "Kept notes minimal or in their head, leaving the next person to start again.",
        3: "Describes recording the key facts, what had been agreed and the next step.",
        5: "Describes clear, complete notes (history, promises, customer preferences, next steps and deadlines), checking a colleague could pick the case up, and a concrete example of the notes keeping the answer consistent.",
      },
    },
    {
      id: "consistency-b09",
      type: "behavioural",
      facet: "keeping-commitments",
      text: "Give me an example of a responsibility your team relied on you for week after week while you were working {setting}.",
      guide: {
        1: "Cannot name a responsibility others relied on, or describes needing frequent reminders.",
        3: "Describes a regular responsibility they carried out reliably over a period of time.",
        5: "Describes the responsibility, how they made sure it never slipped (planning, cover when away, checks), concrete evidence of their reliability and how the team benefited.",
      },
    },
    {
      id: "consistency-b10",
      type: "behavioural",
      facet: "cross-channel-alignment",
      text: "Describe a time {customer} pressed you {channel} to give a different answer from the one your team had already given.",
      guide: {
        1: "Changed the answer just to end the pressure, or refused to look at the question again.",
        3: "Describes checking the earlier answer, then standing by it politely or correcting it openly if it was wrong.",
        5: "Describes reviewing the earlier answer on its merits, explaining the position consistently and courteously, correcting it openly if it was wrong, and making sure the whole team gave the same answer afterwards.",
      },
    },
    {
      id: "consistency-b11",
      type: "behavioural",
      facet: "steady-standard",
      text: "Tell me about a time when many customers contacted you {channel} about the same issue and you had to give each one the same careful answer.",
      guide: {
        1: "Describes giving later customers shorter, vaguer answers as the day went on.",
        3: "Describes giving every customer the same accurate information and care throughout.",
        5: "Describes preparing a checked core answer, tailoring only the personal details, keeping the standard up for the last customer as for the first, and a concrete result such as no repeat contacts.",
      },
    },
    {
      id: "consistency-b12",
      type: "behavioural",
      facet: "shared-records",
      text: "Give me an example of a time you helped your team agree on one answer to a question customers often asked.",
      guide: {
        1: "Says everyone answers in their own way and sees no problem with it.",
        3: "Describes raising the inconsistent answers with the team and helping settle on one.",
        5: "Describes noticing the inconsistency, gathering the facts, getting agreement on one answer, recording it where everyone could find it and a concrete drop in confusion or repeat contacts.",
      },
    },
    {
      id: "consistency-s01",
      type: "situational",
      facet: "cross-channel-alignment",
      text: "You discover that colleagues on the phones and colleagues on live chat are telling customers different things about the same refund rule. What would you do?",
      guide: {
        1: "Ignores it because their own answer is correct.",
        3: "Raises the difference with the team leader and checks which answer is right.",
        5: "Establishes the correct answer, raises it with the team leader, helps share one agreed answer across both channels and checks whether any customers need to be contacted to put things right.",
      },
    },
    {
      id: "consistency-s02",
      type: "situational",
      facet: "steady-standard",
      text: "You are working {setting}, it is the last hour of a long shift, and the next customer needs a complicated explanation. How would you handle it?",
      guide: {
        1: "Gives a quick, incomplete answer to get through the shift.",
        3: "Takes the time to give the full explanation as they would at the start of the day.",
        5: "Resets deliberately, gives the full explanation with the usual checks, confirms the customer has understood and notes anything the next shift needs to know.",
      },
    },
    {
      id: "consistency-s03",
      type: "situational",
      text: "A regular customer asks you for the discount a colleague gave them last time, which is not normally allowed. How would you handle it?",
      guide: {
        1: "Gives the discount again without question, or tells the customer the colleague was wrong.",
        3: "Explains the usual policy politely and checks with a manager about the earlier discount.",
        5: "Checks the record, explains the policy courteously without blaming the colleague, agrees a fair way forward with a manager, and makes sure the team applies the policy the same way in future.",
      },
    },
    {
      id: "consistency-s04",
      type: "situational",
      facet: "shared-records",
      text: "A customer contacts you {channel} about {problem}, and the notes from their last contact are incomplete. What steps would you take?",
      guide: {
        1: "Starts again from scratch and makes the customer repeat everything.",
        3: "Asks the customer to fill in the gaps and records the full details this time.",
        5: "Checks every available record and the colleague involved, asks the customer only for what is missing, honours what was agreed, records the case fully and raises the gap in note-taking.",
      },
    },
    {
      id: "consistency-s05",
      type: "situational",
      facet: "steady-standard",
      text: "You notice that your own customer satisfaction scores drop sharply on your busiest days. What steps would you take?",
      guide: {
        1: "Accepts the drop as the price of being busy.",
        3: "Looks at what changes in their service on busy days and tries to keep to their usual standard.",
        5: "Reviews the feedback to find what slips, sets specific habits for busy days, asks for coaching if needed and tracks the scores to check the gap closes.",
      },
    },
    {
      id: "consistency-s06",
      type: "situational",
      facet: "cross-channel-alignment",
      text: "A customer tells you that the service they received at one of your branches was much worse than at another. How would you handle it?",
      guide: {
        1: "Says each branch does things its own way.",
        3: "Apologises, deals with the customer's issue and passes the feedback on.",
        5: "Apologises, resolves the customer's issue to the standard they should have had everywhere, passes specific feedback to the right manager and follows up with the customer.",
      },
    },
  ],
};
