import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Personalization: shaping each interaction around the particular customer in front of you. */
export const personalization: Competency = {
  id: "personalization",
  name: "Personalization",
  definition:
    "Personalization is shaping each interaction around the particular customer rather than running every contact from the same script. A personalising agent uses the customer's name and history, refers to the exact issue they raised, recommends what suits their circumstances and budget, and remembers their preferences for next time. Small, fitting gestures — a note for an anniversary, a delivery slot that works around a night shift — tell the customer they are known as an individual and not processed as one more transaction.",
  cluster: "relational",
  facets: [
    {
      id: "customer-context",
      name: "Using the customer's context",
      description: "Addressing the customer by name and drawing on their account history and the specific issue they raised.",
    },
    {
      id: "tailored-recommendations",
      name: "Tailored recommendations",
      description: "Suggesting products, plans or fixes chosen for this customer's needs, habits and budget.",
    },
    {
      id: "remembered-preferences",
      name: "Remembered preferences",
      description: "Recording and acting on what a customer prefers so they never have to say it twice.",
    },
    {
      id: "personal-gestures",
      name: "Personal gestures",
      description: "Small, specific touches matched to the customer's occasion or circumstances.",
    },
  ],
  aliases: ["personalisation", "personalized service", "personalised service", "tailored service", "personal touch"],
  related: ["people-first", "empathy", "product-knowledge", "adaptability"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Treats customers interchangeably: pasted generic replies and ignored what the customer had already told them.",
      anchors: [
        "Describes sending a canned response that did not fit the customer's question, without seeing a problem.",
        "Made the customer repeat details that were already on their account or earlier in the conversation.",
        "Pushed the same product on everyone regardless of what each customer said they needed.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they treat every customer as an individual but describes no moment of adapting to one.",
      anchors: [
        "Mentions “going the extra mile” or “making people feel special” in the abstract.",
        "Cites using the customer's name as the whole of their approach, with no example of it mattering.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a real example of using what they knew about one customer to shape the service.",
      anchors: [
        "Read the customer's history or earlier messages and referred to them, so the customer did not start from scratch.",
        "Recommended an option because of something specific the customer said about their use or budget.",
        "Noted a stated preference, such as contact method or delivery time, on the account.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which details about the customer clearly changed what they offered, with a visible result.",
      anchors: [
        "Explains which detail about the customer they picked up and how it changed the solution they chose.",
        "Matched the recommendation to the customer's situation rather than the default, and the customer took it up.",
        "Reports how the customer responded to being recognised, such as thanking them or returning.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Tailors several parts of the service in depth, can show the effect, and makes personal knowledge last beyond one contact.",
      anchors: [
        "Combines a fitting recommendation, a remembered preference and a personal gesture in one customer's story.",
        "Gives evidence of the result, such as a repeat order, a renewed contract or a review naming them.",
        "Set up notes or a habit so that later contacts, including colleagues', built on what was learned about the customer.",
      ],
    },
  ],
  indicators: [
    {
      id: "personalization-name-and-context",
      kind: "positive",
      description: "Addressed the customer by name and referred to their own earlier order, message or situation.",
      facet: "customer-context",
      patterns: [
        "\\b(?:address(?:ed)?|greet(?:ed)?) (?:him|her|them|the customer) by (?:name|(?:his|her|their|them) (?:first |preferred )?name)\\b",
        "\\buse[ds]? (?:his|her|their|them|the customer'?s) (?:first |preferred )?name\\b",
        "\\b(?:referred|refer|referring) (?:back )?to (?:his|her|their|them|the customer'?s) (?:previous|last|earlier|original|own)\\b",
      ],
      examples: [
        "I greeted her by name and referred to her previous order so she didn't have to explain it again.",
        "I used his first name in the reply and mentioned the exact router model he had bought.",
      ],
      nonExamples: [
        "I didn't use her name because the system hadn't shown it to me.",
        "I would greet the customer by name and refer to their last visit.",
      ],
    },
    {
      id: "personalization-reviewed-history",
      kind: "positive",
      description: "Looked at the customer's history before responding, so the reply built on what had already happened.",
      facet: "customer-context",
      patterns: [
        "\\b(?:look(?:ed)? (?:up|at|through)|check(?:ed)?|read(?: through| back through)?|review(?:ed)?|pull(?:ed)? up|went through|go through)\\b[^.]{0,30}\\b(?:his|her|their|them|the customer'?s)\\b[^.]{0,25}\\b(?:history|(?:previous|past|earlier|last|old) (?:orders?|tickets?|calls?|visits?|purchases?|contacts?|messages?|complaints?)|account notes)\\b",
      ],
      examples: [
        "I pulled up her account history before I rang her, so I already knew she had returned the kettle once.",
        "I read through his previous tickets and saw the same fault had come up twice.",
      ],
      nonExamples: [
        "I didn't check her previous orders before replying, so I missed that it was her third complaint.",
        "I would look at the customer's history before calling.",
      ],
    },
    {
      id: "personalization-tailored-recommendation",
      kind: "positive",
      description: "Recommended an option because it fitted this customer's needs, habits or budget.",
      facet: "tailored-recommendations",
      patterns: [
        "\\b(?:recommend(?:ed)?|suggest(?:ed)?|picked out|pick out|chose|choose|offer(?:ed)?)\\b[^.]{0,60}\\b(?:suit(?:ed|s)?|fit(?:ted|s)?|match(?:ed|es)?) (?:his|her|their|them|the customer'?s)\\b",
        "\\b(?:tailor(?:ed)?|adapt(?:ed)?|customi[sz](?:e|ed)) (?:my |the )?(?:recommendations?|suggestions?|advice|offer|plan|solution|explanation)\\b[^.]{0,30}\\bto (?:his|her|their|them|the customer'?s)\\b",
      ],
      examples: [
        "I recommended the lighter vacuum because it suited her small flat and her bad back.",
        "I suggested a prepaid plan that fit his travel schedule better than the contract he had asked about.",
        "I tailored my advice to her budget and showed her two models under the price she had mentioned.",
      ],
      nonExamples: [
        "I didn't recommend anything that matched her needs because I was rushing.",
        "I would suggest a plan that suits the customer's usage.",
      ],
    },
    {
      id: "personalization-remembered-preference",
      kind: "positive",
      description: "Recorded or remembered a customer's preference and acted on it later.",
      facet: "remembered-preferences",
      patterns: [
        "\\b(?:note(?:d)?|record(?:ed)?|log(?:ged)?|save(?:d)?|add(?:ed)?|flag(?:ged)?)\\b[^.]{0,40}\\bpreferences?\\b",
        "\\bremember(?:ed)? (?:that )?(?:he|she|they|the customer) (?:preferred|liked|likes|prefers|wanted|needed|was allergic|were allergic|always)\\b",
        "\\bremember(?:ed)? (?:his|her|their|them|the customer'?s) (?:usual|favourite|favorite|preferred|allerg)",
      ],
      examples: [
        "I noted her preference for morning deliveries on her account so she would not have to repeat it.",
        "I remembered that he liked the quiet table by the window and had it ready when he came back.",
      ],
      nonExamples: [
        "I forgot to note his preference for email contact.",
        "I will record the customer's preferences in the CRM.",
      ],
    },
    {
      id: "personalization-personal-gesture",
      kind: "positive",
      description: "Added a small personal touch matched to the customer's occasion or circumstances.",
      facet: "personal-gestures",
      patterns: [
        "\\b(?:wr(?:ote|ite)|add(?:ed)?|includ(?:e|ed)|le(?:ft|ave)|sen[dt]|tuck(?:ed)?)\\b[^.]{0,20}\\b(?:handwritten|hand-written|personal|personali[sz]ed) (?:(?!thank)[a-z'-]+ )?(?:note|card|message|video|letter)\\b",
      ],
      examples: [
        "I wrote a handwritten card for the couple celebrating their anniversary and left it with the dessert.",
        "I added a personal note to her parcel wishing her luck with the exam she had mentioned.",
      ],
      nonExamples: [
        "I didn't add a personal note because we were too busy that week.",
        "I could add a personal note to each order.",
      ],
    },
    {
      id: "personalization-generic-replies",
      kind: "red-flag",
      description: "Sent canned or generic replies, or ignored the customer's own details.",
      patterns: [
        "\\b(?:sent|send|pasted|paste|copied|copy|used|use)\\b[^.]{0,25}\\b(?:generic|canned|stock|boilerplate|copy-paste(?:d)?|standard)\\b[^.]{0,15}\\b(?:reply|replies|response|responses|answer|answers|email|emails|message|messages|template)\\b",
        "\\bdid(?:n'?t| not) (?:bother|need|have time) (?:to )?(?:read|look at|check) (?:his|her|their|them|the customer'?s) (?:history|notes|account|previous|earlier)\\b",
      ],
      examples: [
        "I pasted the canned apology email into every reply that day without reading the details.",
        "I didn't bother to read her notes, so I asked her for the order number she had already given twice.",
      ],
      nonExamples: [
        "I never sent generic replies, even when the queue was long.",
        "I would not use a canned response for a complaint like that.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "personalization: tailoring interactions to each customer's needs and preferences, treating them as individuals",
    },
    {
      ...ARTICLES.topSkills,
      note: "using the customer's name and specific issue, personalised recommendations, CRM records of preferences, personal gestures",
    },
  ],
};
