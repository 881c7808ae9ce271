import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Appreciation: thanking customers sincerely and specifically, so they feel their custom is valued. */
export const appreciation: Competency = {
  id: "appreciation",
  name: "Appreciation",
  definition:
    "Appreciation is letting customers know, sincerely and often, that their business, time and input are valued. In service work it ranges from a genuine thank-you at the end of every sale, call or chat, to thanking a customer specifically for waiting, for their patience or for reporting a fault, to small gestures such as a handwritten note for a loyal regular. Done well it is personal rather than scripted, it treats complaints and feedback as something worth thanking people for, and it reminds customers why they chose the business in the first place.",
  cluster: "relational",
  facets: [
    {
      id: "everyday-thanks",
      name: "Everyday thanks",
      description: "Closing every transaction or contact with a genuine thank-you, including on busy days.",
    },
    {
      id: "specific-thanks",
      name: "Specific thanks",
      description: "Naming what the customer is being thanked for — their patience, their loyalty, their feedback or their report of a problem.",
    },
    {
      id: "gestures-of-gratitude",
      name: "Gestures of gratitude",
      description: "Going beyond words with a note, card or small token that recognises a customer's loyalty or help.",
    },
  ],
  aliases: ["gratitude", "thankfulness", "gratefulness", "saying thank you", "thanking customers"],
  related: ["people-first", "personalization", "positive-attitude", "humility"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Treats customers' custom, time or feedback as owed to them, or brushes it aside.",
      anchors: [
        "Dropped the thank-you at the end of contacts to save time and sees nothing wrong with it.",
        "Dismissed or ignored a customer's suggestion, compliment or complaint.",
        "Describes regular customers as taken for granted or as a chore.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they are always grateful to customers but names no occasion on which they showed it.",
      anchors: [
        "Mentions “always saying thank you” as a habit with no particular customer in mind.",
        "Talks about gratitude in general terms without saying what any customer was thanked for.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a concrete example of thanking a customer sincerely for something specific.",
      anchors: [
        "Recalls thanking a customer for their patience during a delay they had to sit through.",
        "Describes thanking someone who reported a fault or pricing mistake rather than treating them as a nuisance.",
        "Makes a point of ending each sale or call with a genuine thank-you, and gives a moment where this mattered.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which a well-judged expression of thanks clearly strengthened the customer relationship.",
      anchors: [
        "Chose a personal way to thank a loyal or helpful customer, such as a handwritten card, and explains why.",
        "Thanked a complaining customer for the feedback and used it to fix the issue they raised.",
        "States how the customer responded, such as returning, recommending the business or leaving a warm review.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Builds gratitude into how they and others serve, with a visible effect on loyalty.",
      anchors: [
        "Combines routine thanks, specific thanks and personal gestures, tailored to different customers.",
        "Started a practice others adopted, such as thank-you notes for long-standing accounts or replies to every review.",
        "Cites a concrete result, such as repeat visits or review ratings rising, and reflects on keeping thanks sincere rather than scripted.",
      ],
    },
  ],
  indicators: [
    {
      id: "appreciation-thanks-every-contact",
      kind: "positive",
      description: "Made a habit of thanking every customer at the close of a contact.",
      facet: "everyday-thanks",
      patterns: [
        "\\b(?:end(?:ed)?|clos(?:e|ed)|finish(?:ed)?|wrap(?:ped)? up) (?:every|each|the) (?:call|chat|email|conversation|transaction|interaction|visit|sale|order)\\b[^.]{0,30}\\bthank",
        "\\b(?:make|made) (?:a point of|sure to|sure I) thank(?:ed|ing)?\\b",
        "\\bthank(?:ed)? (?:every|each) (?:single )?(?:customer|caller|guest|shopper|client|diner|visitor)\\b",
      ],
      examples: [
        "I ended every call by thanking the caller for choosing us.",
        "I made a point of thanking each guest at checkout, even on the busiest nights.",
        "I thanked every shopper by name when I handed back their receipt.",
      ],
      nonExamples: [
        "I didn't end every call by thanking the caller when the queue was long.",
        "I would make a point of thanking every customer.",
        "Gratitude matters a lot in retail.",
      ],
    },
    {
      id: "appreciation-thanked-for-patience",
      kind: "positive",
      description: "Thanked the customer specifically for their patience, loyalty or understanding.",
      facet: "specific-thanks",
      patterns: [
        "\\bthank(?:ed)? (?:him|her|them|the customer|the caller|the guest|the client)\\b[^.]{0,20}\\bfor (?:(?:his|her|their|the|all the|all (?:his|her|their)) )?(?:patience|waiting|wait|bearing with|holding|understanding|loyalty|business|custom|coming back|sticking with|staying with|years|trust)\\b",
      ],
      examples: [
        "I thanked her for her patience while I checked with the warehouse.",
        "I thanked the customer for sticking with us through the outage.",
        "I thanked him for his loyalty when I renewed his contract.",
      ],
      nonExamples: [
        "I didn't thank him for waiting, which I regret.",
        "I would thank the customer for their patience.",
        "The manager thanked the customer for waiting.",
      ],
    },
    {
      id: "appreciation-thanked-for-feedback",
      kind: "positive",
      description: "Thanked the customer for a complaint, suggestion or report of a problem.",
      facet: "specific-thanks",
      patterns: [
        "\\bthank(?:ed)? (?:him|her|them|the customer|the caller|the guest|the client)\\b[^.]{0,20}\\bfor (?:(?:his|her|their|the) )?(?:(?:honest|detailed|helpful|frank|useful|kind) )?(?:complaint|feedback|review|suggestion|honesty|comments?|raising|flagging|pointing|reporting|telling|letting (?:us|me) know|bringing)",
      ],
      examples: [
        "I thanked the customer for pointing out the pricing error on our website.",
        "I thanked her for the complaint because it showed us a gap in the returns process.",
        "I thanked him for his honest feedback about the new menu.",
      ],
      nonExamples: [
        "I never thanked the customer for the complaint at the time.",
        "I would thank them for the feedback and pass it on.",
        "My colleague thanked the guest for the review.",
      ],
    },
    {
      id: "appreciation-gesture",
      kind: "positive",
      description: "Sent a note, card or small token to thank a customer personally.",
      facet: "gestures-of-gratitude",
      patterns: [
        "\\b(?:wr(?:ite|ote)|sen(?:d|t)|le(?:ave|ft)|add(?:ed)?|includ(?:e|ed)|hand-?wr(?:ite|ote)|post(?:ed)?|tuck(?:ed)?)\\b[^.]{0,20}\\b(?:a |an )?(?:(?:personal|personalised|personalized|handwritten|hand-written|short|small|little) ){0,2}(?:thank-you|thank you|thanks) (?:note|card|message|letter|email)\\b",
        "\\b(?:sen(?:d|t)|g(?:ive|ave)|offer(?:ed)?) (?:him|her|them|the customer)\\b[^.]{0,20}\\b(?:a |an )?(?:small )?(?:token of (?:thanks|appreciation|gratitude)|thank-you (?:gift|voucher|discount|hamper))\\b",
      ],
      examples: [
        "I wrote a handwritten thank-you note to a regular who had recommended us to her office.",
        "I sent the customer a small thank-you voucher after he helped us test the new booking system.",
        "I left a thank-you card in the room of a couple who had stayed with us every summer.",
      ],
      nonExamples: [
        "I never sent a thank-you note because I didn't have time.",
        "I would write a thank-you card to our regulars.",
      ],
    },
    {
      id: "appreciation-dismissed-input",
      kind: "red-flag",
      description: "Skipped thanking customers or brushed aside their feedback.",
      patterns: [
        "\\bskip(?:ped|ping)? (?:the |my |all the )?(?:thank-you|thank you|thanks|thanking|pleasantries)\\b",
        "\\b(?:ignor(?:e|ed)|dismiss(?:ed)?|brush(?:ed)? off|delet(?:e|ed)|bin(?:ned)?)\\b[^.]{0,20}\\b(?:feedback|suggestions?|compliments?|reviews?|thank-you (?:notes?|cards?|emails?|messages?))\\b",
      ],
      examples: [
        "I skipped the thank-you at the end of calls to keep my handling time down.",
        "I ignored the customer's suggestion because it came in through the complaints form.",
      ],
      nonExamples: [
        "I never skipped the thanks at the end of a call.",
        "If I skipped the thank-you, my satisfaction scores dropped.",
        "I would not ignore a customer's feedback.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topEight,
      note: "appreciation: a sincere thank-you after every transaction, which customers remember",
    },
    {
      ...ARTICLES.topSkills,
      note: "making customers feel valued and appreciated through a friendly, welcoming manner",
    },
  ],
};
