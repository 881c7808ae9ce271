import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Patience: giving a confused or upset customer the time they need, without irritation. */
export const patience: Competency = {
  id: "patience",
  name: "Patience",
  definition:
    "Patience is staying calm and unhurried with a customer for as long as it takes to help them, even when they are confused, repeat themselves, or are the cause of their own problem. A patient agent lets the customer finish, explains again in a different way when the first explanation does not land, and moves at the customer's speed rather than the queue's. They keep their own irritation in check, so the customer never feels like a burden and the conversation stays focused on getting the problem solved.",
  cluster: "self-management",
  facets: [
    {
      id: "calm-under-pressure",
      name: "Calm under pressure",
      description: "Keeping irritation in check with an angry, rude or repetitive customer, for example by pausing or breathing before replying.",
    },
    {
      id: "unhurried-pace",
      name: "Unhurried pace",
      description: "Giving the customer the time they need to explain and to understand, instead of pushing to close the contact quickly.",
    },
    {
      id: "step-by-step-guidance",
      name: "Step-by-step guidance",
      description: "Guiding a customer through a task one step at a time and explaining again, differently if needed, until they can do it.",
    },
  ],
  aliases: ["patient", "forbearance", "tolerance"],
  related: ["emotional-intelligence", "active-listening", "professionalism", "empathy"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Shows impatience with customers: interrupting, hurrying them off or losing their temper.",
      anchors: [
        "Cut the customer off mid-explanation or hurried them off the line to hit a handling-time target.",
        "Lost their temper, snapped or sighed audibly when a customer asked the same thing again.",
        "Calls slow or confused customers a waste of time, or says they should have read the instructions.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Describes themself as patient but gives no moment where patience was tested.",
      anchors: [
        "Says “I have endless patience” or “nothing winds me up” without a situation to show it.",
        "Mentions a long or difficult call but not what they did to stay unhurried during it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of staying calm and taking the time a slow or frustrated customer needed.",
      anchors: [
        "Let a customer explain the whole story before starting on the fix.",
        "Went through the same instructions a second time without showing irritation.",
        "Names a moment of provocation (repeated questions, raised voice) and stayed composed through it.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their unhurried, calm handling of a trying customer led to a clear resolution.",
      anchors: [
        "Guided the customer through a task at the customer's pace until they could finish it themselves.",
        "Describes how they held back their own frustration (a pause, a breath) and what they said next.",
        "States the outcome: the task completed, the customer calmer, the complaint withdrawn.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Sustained patience across several behaviours, with a measurable result and a lasting change.",
      anchors: [
        "Stayed with a struggling customer over a long or repeated contact and changed the explanation until it worked.",
        "Reports a concrete result, such as a customer who had called many times not needing to call again.",
        "Turned the experience into something lasting: a simpler guide, a habit for tense calls, or coaching a colleague.",
      ],
    },
  ],
  indicators: [
    {
      id: "patience-walked-through",
      kind: "positive",
      description: "Guided the customer through a task step by step, or explained again until it made sense.",
      facet: "step-by-step-guidance",
      patterns: [
        "\\b(?:walk(?:ed)?|talk(?:ed)?|t(?:ook|ake)|guid(?:e|ed)|le(?:d|ad))\\b (?:him|her|them|the customer)\\b[^.]{0,20}\\bthrough\\b",
        "\\b(?:explain(?:ed)?|went (?:over|through)|go (?:over|through)|show(?:ed)? (?:him|her|them|the customer))\\b[^.]{0,40}\\b(?:again|a (?:second|third|fourth) time|(?:two|three|four|several) times|one more time|step by step)\\b",
      ],
      examples: [
        "I walked her through the router settings one screen at a time.",
        "I explained the billing cycle again a third time, this time using his own bill as the example.",
        "I went over the card reader reset steps again, more slowly this time.",
      ],
      nonExamples: [
        "I didn't walk him through the setup because the queue was too long.",
        "I would walk the customer through each step slowly.",
        "Patience means walking customers through things.",
      ],
    },
    {
      id: "patience-let-them-finish",
      kind: "positive",
      description: "Let the customer say everything, or gave them all the time they needed, before moving on.",
      facet: "unhurried-pace",
      patterns: [
        "\\blet (?:him|her|them|the customer) (?:finish|vent|talk|explain|get it all out|say (?:everything|it all|their piece|what they needed))\\b",
        "\\bg(?:a|i)ve (?:him|her|them|the customer) (?:all )?(?:the time|as (?:much|long) (?:time )?as) (?:he|she|they|the customer) needed\\b",
      ],
      examples: [
        "I let her vent for a few minutes before I asked a single question.",
        "I gave him all the time he needed to find the order number in his emails.",
      ],
      nonExamples: [
        "I didn't let him finish because I thought I already knew the problem.",
        "I would let the customer vent first.",
        "My supervisor let them finish and then took over the call.",
      ],
    },
    {
      id: "patience-paused-to-breathe",
      kind: "positive",
      description: "Held back their own irritation by pausing or breathing before replying.",
      facet: "calm-under-pressure",
      patterns: [
        "\\b(?:t(?:ook|ake)|taking) (?:a |one |some |a few |a couple of )?(?:slow |long |deep )?breaths?\\b",
        "\\bpaus(?:e|ed)\\b[^.]{0,25}\\bbefore (?:answering|replying|responding|I (?:answered|replied|responded|said))\\b",
        "\\bcount(?:ed)? to (?:three|five|ten|3|5|10)\\b",
      ],
      examples: [
        "I took a deep breath and answered his question for the third time in the same even voice.",
        "I paused for a second before replying so that my irritation would not come through.",
      ],
      nonExamples: [
        "I never took a breath before answering back, and it showed.",
        "I would take a deep breath and stay calm.",
        "The customer took a deep breath and started again.",
      ],
    },
    {
      id: "patience-stayed-with-them",
      kind: "positive",
      description: "Stayed with a struggling customer for a long contact until the task was done.",
      facet: "unhurried-pace",
      patterns: [
        "\\bst(?:ayed|ay) on the (?:line|phone|call|chat)\\b[^.]{0,40}\\b(?:for|until|while)\\b",
        "\\bst(?:ayed|ay) with (?:him|her|them|the customer)\\b[^.]{0,30}\\b(?:until|while|for (?:the|over|nearly|almost|about|another|\\d+|an?|half))\\b",
      ],
      examples: [
        "I stayed on the line with her for forty minutes until the update had finished installing.",
        "I stayed with him at the self-checkout until every item had scanned properly.",
      ],
      nonExamples: [
        "I couldn't stay on the line while the update installed, so I asked her to call back.",
        "I would stay with the customer until the problem was fixed.",
      ],
    },
    {
      id: "patience-rushed-customer",
      kind: "red-flag",
      description: "Interrupted or hurried the customer off to get through the queue.",
      facet: "unhurried-pace",
      patterns: [
        "\\b(?:rush(?:ed)?|hurr(?:y|ied)|push(?:ed)?|hustl(?:e|ed))\\b (?:him|her|them|the customer)\\b[^.]{0,15}\\b(?:off|along|through|out)\\b",
        "\\b(?:cut (?:him|her|them|the customer) (?:off|short)|(?:interrupt(?:ed)?|talk(?:ed)? over) (?:him|her|them|the customer))\\b",
      ],
      examples: [
        "I rushed her off the phone because my handling time was already over target.",
        "I cut him off halfway through his story and read out the returns policy.",
      ],
      nonExamples: [
        "I never rushed the customer off the phone, even at the busiest times.",
        "I would never interrupt the customer.",
        "My colleague interrupted her twice before she had finished.",
      ],
    },
    {
      id: "patience-lost-temper",
      kind: "red-flag",
      description: "Lost their temper or let irritation show when a customer was slow or repeated themselves.",
      facet: "calm-under-pressure",
      patterns: [
        "\\blo(?:st|se) my (?:temper|patience|cool|rag)\\b",
        "\\bsnap(?:ped)? at (?:him|her|them|the customer)\\b",
        "\\bg(?:ot|et) (?:short|snappy|impatient|irritable|exasperated) with (?:him|her|them|the customer)\\b",
      ],
      examples: [
        "I lost my patience and told him to read the instructions on the box.",
        "I got short with her after she asked the same question for the fourth time.",
      ],
      nonExamples: [
        "I never lost my temper, even when he swore at me.",
        "I might snap at the customer if I were exhausted.",
        "The other agent snapped at the customer.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "patience as vital for confused and frustrated customers; taking the time to listen instead of closing quickly" },
    { ...ARTICLES.characteristics, note: "calmness and understanding rather than irritation with frustrated or confused customers" },
    { ...ARTICLES.topSkills, note: "step-by-step guidance, deep breathing and stress management, handling difficult customers calmly" },
    { ...ARTICLES.goodRepresentative, note: "patience when customers lack information or caused the problem themselves" },
    { ...ARTICLES.threeQualities, note: "every customer learns at a different pace" },
  ],
};
