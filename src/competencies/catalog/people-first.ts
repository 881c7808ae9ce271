import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** People-first: putting the person and the relationship ahead of the transaction. */
export const peopleFirst: Competency = {
  id: "people-first",
  name: "People-first attitude",
  definition:
    "A people-first attitude means treating the relationship with the customer as more important than the sale, the ticket count or the handle-time target. A people-first agent makes a genuine human connection, looks after the customer's wellbeing before the paperwork, argues the customer's case inside the company, and will steer someone to a cheaper option or no purchase at all when that is what serves them. Customers treated this way trust the company and come back because of how they were treated, not only because of what they bought.",
  cluster: "relational",
  facets: [
    {
      id: "human-connection",
      name: "Human connection",
      description: "Engaging with the customer as a person, beyond the task at hand.",
    },
    {
      id: "customer-interest-over-sale",
      name: "Customer's interest over the sale",
      description: "Advising what genuinely serves the customer even when it earns the company less.",
    },
    {
      id: "customer-advocacy",
      name: "Customer advocacy",
      description: "Pressing the customer's case with other teams or managers and acting on their behalf.",
    },
    {
      id: "wellbeing-first",
      name: "Wellbeing first",
      description: "Seeing to the customer's comfort, safety or immediate needs before the transaction.",
    },
  ],
  aliases: [
    "people-first attitude",
    "customer orientation",
    "customer-oriented attitude",
    "customer service-oriented attitude",
    "customer focus",
    "customer-centricity",
    "customer-centric",
    "service orientation",
  ],
  related: ["empathy", "personalization", "professionalism", "patience"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Puts targets, sales or convenience above the customer and talks about customers as numbers.",
      anchors: [
        "Describes pressing a customer into a purchase or contract they did not need to hit a quota.",
        "Refers to customers as tickets, stats or “the queue” with no sense of the person behind them.",
        "Tells of a customer in distress whom they processed without a thought for how they were.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "States that customers come first but never shows choosing the customer over the transaction.",
      anchors: [
        "Repeats slogans such as “the customer is always right” as their whole answer.",
        "Talks about relationships with customers in general but cannot name one they built or one thing they did for it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of putting a customer's interest or wellbeing ahead of the sale or the process.",
      anchors: [
        "Pointed a customer to a cheaper or free option that met the need.",
        "Took a moment to connect with the customer about their circumstances before getting down to business.",
        "Made a call or request to another department on the customer's behalf.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which they chose the customer's good over a short-term gain and the relationship was clearly strengthened.",
      anchors: [
        "Explains what the customer stood to lose and why they advised against the more profitable option.",
        "Kept pressing the customer's case with a manager or another team until it was settled fairly.",
        "Reports the relationship outcome, such as the customer returning, recommending the business or asking for them again.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Shows care for the person in several ways, with a lasting, measurable effect on loyalty and on how the team works.",
      anchors: [
        "Combines looking after the customer's wellbeing, honest advice and advocacy within one relationship.",
        "Gives evidence of long-term loyalty, such as years of repeat business or referrals traced to the interaction.",
        "Challenged a target, script or rule that worked against customers and reflects on why the relationship matters more than the single sale.",
      ],
    },
  ],
  indicators: [
    {
      id: "people-first-advised-against-sale",
      kind: "positive",
      description: "Steered the customer away from a purchase they did not need, or towards a cheaper option that served them.",
      facet: "customer-interest-over-sale",
      patterns: [
        "\\b(?:talk(?:ed)?|steer(?:ed)?) (?:him|her|them|the customer) (?:out of|away from)\\b",
        "\\b(?:point(?:ed)?|steer(?:ed)?|direct(?:ed)?|sent|send) (?:him|her|them|the customer) (?:to|towards) (?:a |the )?(?:cheaper|less expensive|lower-priced|free|basic|simpler)\\b",
        "\\b(?:advis(?:e|ed)|told|tell) (?:him|her|them|the customer) (?:not to (?:buy|upgrade|pay|sign|spend|renew)|(?:that )?(?:he|she|they) (?:didn'?t|did not|don'?t|do not) need)\\b",
      ],
      examples: [
        "I talked her out of the premium package because the basic one covered everything she used.",
        "I pointed him to the free repair under warranty instead of selling him a new machine.",
        "I told her she didn't need the upgrade, since her current phone already supported the feature.",
      ],
      nonExamples: [
        "I didn't talk him out of the premium package, even though the basic one would have done.",
        "I would steer the customer towards a cheaper option if it suited them.",
      ],
    },
    {
      id: "people-first-personal-connection",
      kind: "positive",
      description: "Made time to connect with the customer as a person, about their life rather than the transaction.",
      facet: "human-connection",
      patterns: [
        "\\b(?:t(?:ook|ake) (?:the )?time|stop(?:ped)?|spen[dt] (?:a (?:few|couple of) )?minutes?)\\b[^.]{0,15}\\bto (?:chat|talk) (?:with |to )?(?:him|her|them|the customer|customers)\\b[^.]{0,30}\\babout (?:his|her|their|them)\\b",
        "\\bask(?:ed)? (?:him|her|them|the customer) (?:how|about) (?:his|her|their|them) (?:day|week|weekend|trip|holiday|move|family|kids|children|child|recovery|health|wedding|exams?|baby|dog|pet|hospital|operation|new job|birthday|garden)\\b",
      ],
      examples: [
        "I took the time to chat with her about her new flat while the transfer went through.",
        "I asked him how his hospital appointment had gone, since he had mentioned it on his last call.",
      ],
      nonExamples: [
        "I never took the time to chat with customers about their day.",
        "I would take time to talk to the customer about their plans.",
      ],
    },
    {
      id: "people-first-advocated",
      kind: "positive",
      description: "Argued the customer's case inside the company or acted on their behalf.",
      facet: "customer-advocacy",
      patterns: [
        "\\b(?:argu(?:e|ed)|push(?:ed)?|fought|fight|lobb(?:y|ied)|stood up|stand up|ma(?:de|ke) the case|went to bat)\\b[^.]{0,30}\\bfor (?:him|her|them|the customer)\\b",
        "\\bon (?:his|her|their|them|the customer'?s) behalf\\b",
      ],
      examples: [
        "I argued for him with the billing team until they agreed to waive the fee.",
        "I phoned the courier on her behalf so she would not have to spend another hour on hold.",
      ],
      nonExamples: [
        "I didn't push for her to get the refund because I assumed the policy was fixed.",
        "I would argue for the customer with my manager.",
        "My supervisor called the courier on her behalf.",
      ],
    },
    {
      id: "people-first-wellbeing-before-business",
      kind: "positive",
      description: "Saw to the customer's comfort or safety before dealing with the transaction.",
      facet: "wellbeing-first",
      patterns: [
        "\\b(?:ma(?:de|ke) sure|check(?:ed)?|ask(?:ed)? (?:whether|if))\\b[^.]{0,30}\\b(?:he|she|they|the customer|the family|the couple)\\b (?:was|were|had) (?:safe|warm|okay|ok|all right|alright|comfortable|somewhere to (?:sit|stay|sleep)|a (?:seat|chair|drink|glass of water|lift home))\\b",
      ],
      examples: [
        "I made sure she was warm and had a seat before I started on the insurance claim.",
        "I checked the family had somewhere to stay that night before we talked about the cancelled booking.",
      ],
      nonExamples: [
        "I didn't check whether he was okay, I just processed the refund.",
        "I would make sure the customer was comfortable first.",
      ],
    },
    {
      id: "people-first-pushed-sale",
      kind: "red-flag",
      description: "Pressed the customer into a purchase they did not need, for the sake of a target or commission.",
      patterns: [
        "\\b(?:push(?:ed)?|pressur(?:e|ed)|talk(?:ed)?) (?:him|her|them|the customer) (?:into|to buy|onto)\\b",
        "\\bsold (?:him|her|them|the customer)\\b[^.]{0,40}\\b(?:didn'?t|did not|doesn'?t|does not) (?:need|want|use)\\b",
      ],
      examples: [
        "I pushed her into the premium plan so I would hit my monthly target.",
        "I sold him an extended warranty he didn't need because it counted toward my bonus.",
      ],
      nonExamples: [
        "I never pushed them into an upgrade just to hit my target.",
        "I wouldn't talk her into a contract she didn't want.",
      ],
    },
    {
      id: "people-first-treated-as-number",
      kind: "red-flag",
      description: "Treated the customer as a number, ticket or sale rather than a person.",
      patterns: [
        "\\b(?:treat(?:ed)?|saw|see|thought of|think of) (?:him|her|them|the customer|a customer|customers|the customers) (?:as|like) (?:just )?(?:a|another|one more) (?:number|ticket|sale|transaction|target|stat|case)\\b",
      ],
      examples: [
        "I treated her like another ticket to close because my handle time was being watched.",
        "I saw customers as a number on the queue board back then.",
      ],
      nonExamples: [
        "I never treated a customer as a number.",
        "I would never treat customers like a number.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.threeQualities,
      note: "a people-first attitude as the third “P”: human connection and the relationship matter more than the money changing hands",
    },
    {
      ...ARTICLES.topEight,
      note: "a reader's comment that employers look past a service-minded attitude when judging staff",
    },
    {
      ...ARTICLES.topSkills,
      note: "rapport, respect and trust building lasting loyalty; staff encouraged to make real, lasting connections with the people they serve",
    },
  ],
};
