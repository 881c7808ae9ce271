import type { QuestionBank } from "../schema.js";

/** Questions about Competence. */
export const competenceBank: QuestionBank = {
  competency: "competence",
  probes: {
    situation: [
      "How many times had the customer been in touch about this before they reached you?",
      "What made this case difficult to resolve?",
      "What tools, authority or information did you have available at the time?",
    ],
    task: [
      "What did resolving the case fully mean for this customer?",
      "Which parts of the case were within your authority to settle?",
      "What did you need to get right to avoid the customer having to come back?",
    ],
    action: [
      "What did you do yourself to get the case resolved, rather than passing it on?",
      "How did you make sure the fix was right before you told the customer it was done?",
      "How did you keep hold of the case when other people needed to be involved?",
    ],
    result: [
      "How did you know the case was fully resolved?",
      "What did the customer have to do after the contact, if anything?",
      "What did you learn from the case that made you quicker or more accurate afterwards?",
    ],
  },
  templates: [
    {
      id: "competence-b01",
      type: "behavioural",
      facet: "first-contact-resolution",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and you resolved it fully in that first contact.",
      guide: {
        1: "Describes promising a call back or transferring the customer when the issue was within their reach to fix.",
        3: "Gives a real example of settling the issue in one contact, with a basic account of how.",
        5: "Describes diagnosing quickly, using their knowledge and authority to fix the issue there and then, confirming with the customer it was done, and how they prepare so that more cases close first time.",
      },
    },
    {
      id: "competence-b02",
      type: "behavioural",
      facet: "ownership",
      text: "Describe a situation in which you took ownership of a customer's problem rather than passing it to another department.",
      guide: {
        1: "Describes redirecting the customer elsewhere and considering the matter closed.",
        3: "Gives an example of keeping the case and seeing it through to resolution.",
        5: "Describes taking responsibility from the start, coordinating whatever was needed behind the scenes, keeping the customer updated, a concrete resolution, and the customer's response to having one point of contact.",
      },
    },
    {
      id: "competence-b03",
      type: "behavioural",
      facet: "ownership",
      text: "Walk me through an occasion, while you were working {setting}, when {customer} reached you after being passed between several colleagues.",
      guide: {
        1: "Describes passing the customer on once more, or criticising colleagues to the customer.",
        3: "Gives an example of taking the case on and resolving it without another transfer.",
        5: "Describes acknowledging the customer's experience, reading the history so they did not have to repeat it, resolving the case, and raising the handling problem so it would not recur.",
      },
    },
    {
      id: "competence-b04",
      type: "behavioural",
      text: "Give me an example of a time you had to find out the answer to a question you did not know, keeping the customer informed {channel} while you looked into it.",
      guide: {
        1: "Describes guessing an answer, or leaving the customer waiting with no update.",
        3: "Gives an example of finding the answer from a reliable source and getting back to the customer.",
        5: "Describes being honest about not knowing, using the right sources quickly, keeping the customer updated with realistic timings, giving an accurate answer, and adding it to what they know for next time.",
      },
    },
    {
      id: "competence-b05",
      type: "behavioural",
      facet: "warm-handover",
      text: "Tell me about a time when you recognised that a problem was beyond your authority and arranged the right help without the customer getting lost along the way.",
      guide: {
        1: "Describes a cold transfer or telling the customer to call a different number.",
        3: "Gives an example of passing the case to the right person with the key details.",
        5: "Describes recognising the limit early, briefing the specialist fully, introducing them to the customer so nothing had to be repeated, confirming the outcome, and what they learned about when to escalate.",
      },
    },
    {
      id: "competence-b06",
      type: "behavioural",
      facet: "using-authority",
      text: "Describe a situation in which you used your judgement, within the limits of your authority, to make a decision for {customer}.",
      guide: {
        1: "Describes escalating by reflex or refusing to decide something they were allowed to decide.",
        3: "Gives an example of making a decision they were empowered to make, such as a refund or replacement.",
        5: "Explains how they weighed the facts, the customer's situation and the cost, made a proportionate decision, explained it to the customer, and the concrete outcome for both customer and company.",
      },
    },
    {
      id: "competence-b07",
      type: "behavioural",
      text: "Walk me through an occasion when you double-checked your work on a customer's case and caught an error before it reached them.",
      guide: {
        1: "Describes relying on memory or speed and rarely checking their work.",
        3: "Gives an example of checking their work and correcting an error before the customer was affected.",
        5: "Describes a specific habit of checking, the error it caught, what it would have cost the customer, how they corrected it, and any change made to stop it happening again.",
      },
    },
    {
      id: "competence-b08",
      type: "behavioural",
      text: "Give me an example of a time, while you were working {setting}, when you resolved a case that colleagues had not managed to settle.",
      guide: {
        1: "Describes simply repeating what colleagues had already tried.",
        3: "Gives an example of taking a fresh look at the case and resolving it.",
        5: "Describes reviewing what had been tried, identifying what had been missed, resolving the case, and sharing the approach with colleagues so similar cases were settled sooner.",
      },
    },
    {
      id: "competence-b09",
      type: "behavioural",
      text: "Tell me about a time when you had to become competent at a new system or process quickly because customers were waiting on it.",
      guide: {
        1: "Describes waiting for formal training before helping customers, or muddling through and making errors.",
        3: "Gives an example of learning the new system quickly and using it correctly with customers.",
        5: "Describes a deliberate way of learning (practice, guides, asking experts), serving customers accurately during the change, a measurable result such as handling time or errors, and helping colleagues get up to speed.",
      },
    },
    {
      id: "competence-b10",
      type: "behavioural",
      text: "Describe a situation in which {customer} told you {channel} that they doubted you were able to help.",
      guide: {
        1: "Describes becoming defensive or passing the customer to someone else straight away.",
        3: "Gives an example of calmly getting on with the problem and resolving it.",
        5: "Describes acknowledging the doubt, showing competence through clear explanation and visible progress, resolving the case, and how the customer's confidence changed by the end.",
      },
    },
    {
      id: "competence-b11",
      type: "behavioural",
      facet: "ownership",
      text: "Tell me about a time when a fix you gave {customer} did not hold and you had to resolve it properly.",
      guide: {
        1: "Describes blaming the customer or the system and leaving them to report it again.",
        3: "Gives an example of taking the case back and putting it right.",
        5: "Describes owning the failed fix, finding why it had not held, resolving it for good, confirming with the customer, and changing their approach so fixes hold first time.",
      },
    },
    {
      id: "competence-b12",
      type: "behavioural",
      text: "Walk me through the most difficult case you have resolved in which a customer got in touch about {problem}.",
      guide: {
        1: "Describes a case someone else resolved, or one that was never really settled.",
        3: "Describes a real case they personally saw through to resolution.",
        5: "Describes the complexity, the specific knowledge and actions they brought, how they handled setbacks, a concrete and lasting resolution, and what they took from it.",
      },
    },
    {
      id: "competence-s01",
      type: "situational",
      text: "A customer has been transferred to you after waiting forty minutes, and the issue is one you have never handled before. What would you do?",
      guide: {
        1: "Would transfer the customer again to someone more experienced.",
        3: "Would acknowledge the wait, find the information needed and try to resolve the issue.",
        5: "Would acknowledge the wait, gather the full story once, use guides and colleagues while keeping the customer informed, resolve as much as possible in the contact, and arrange a warm handover only for what is truly beyond them.",
      },
    },
    {
      id: "competence-s02",
      type: "situational",
      facet: "ownership",
      text: "Earlier today {customer} got in touch {channel} about {problem}, and you promised to have it sorted by the end of the day. An hour before you finish, you find that the fix needs approval from a manager who has gone home. What would you do?",
      guide: {
        1: "Would leave it for the morning without telling the customer.",
        3: "Would tell the customer about the delay and arrange the approval first thing.",
        5: "Would look for another approver or an interim fix, tell the customer honestly with a new firm time, hand the case over in detail if needed, and make sure it is completed as promised.",
      },
    },
    {
      id: "competence-s03",
      type: "situational",
      facet: "using-authority",
      text: "A customer asks for a refund slightly above the amount you are allowed to approve, and your supervisor is busy. How would you handle it?",
      guide: {
        1: "Would refuse the refund, or approve it anyway without authority.",
        3: "Would explain the situation to the customer and get the supervisor's approval as soon as possible.",
        5: "Would approve what is within their authority, brief the supervisor concisely for the rest, give the customer a clear timescale, and follow through until the full refund is confirmed.",
      },
    },
    {
      id: "competence-s04",
      type: "situational",
      text: "After a conversation with a customer has ended, you realise that the information you gave them about their warranty was wrong. What steps would you take?",
      guide: {
        1: "Would leave it and hope the customer does not act on it.",
        3: "Would contact the customer to correct the information.",
        5: "Would contact the customer promptly, apologise, give the correct information and put right any consequences, record the correction, and check their knowledge source so it does not happen again.",
      },
    },
    {
      id: "competence-s05",
      type: "situational",
      facet: "warm-handover",
      text: "While you are working {setting}, a customer's problem needs a fix that only another team can carry out, and that team usually takes three days to respond. How would you handle it?",
      guide: {
        1: "Would log the request and tell the customer to wait three days.",
        3: "Would pass the case to the team with the details and tell the customer what to expect.",
        5: "Would brief the other team fully with the urgency, agree a timescale, do everything within their own reach meanwhile, keep the customer updated, and confirm the fix with them at the end.",
      },
    },
    {
      id: "competence-s06",
      type: "situational",
      facet: "ownership",
      text: "A customer tells you that the last three people they spoke to all promised to fix their problem and nothing happened. What would you do?",
      guide: {
        1: "Would make the same promise and move on.",
        3: "Would take on the case and make sure it gets resolved this time.",
        5: "Would acknowledge the history, review what went wrong, personally own the case with specific commitments and dates, keep them, and confirm the resolution with the customer.",
      },
    },
  ],
};
