import type { Competency } from "../schema.js";
import { NOT_AVOIDED } from "./avoided.js";
import { ARTICLES } from "../sources.js";

// Pieces of the red-flag patterns below, matched on the neutral reading (him/her → them, his/her → their, names → alex).
/** Sending or giving a reply. */
const SEND_VERBS =
  "sent|send|sends|sending|pasted|paste|pastes|pasting|copied|copy|copies|copying|used|use|uses|using|fired off|fire off|gave|give|gives|giving|replied|reply|replies|responded|respond|answered|answer|stuck to|stick to|read out|read them|read off";
/** A reply or message. */
const REPLY_WORDS = "reply|replies|response|responses|answer|answers|emails?|messages?|letters?|templates?|apology|apologies|texts?|lines?|scripts?";
/** The template told as reworked for the customer: a starting point, then rewritten. */
const REWORKED =
  "[^.]{0,60}\\b(?:as a (?:starting point|base|basis|skeleton)|but (?:I )?(?:then )?(?:rewrote|re-wrote|edited|changed|adapted|tailored|personali[sz]ed|added|adjusted|customi[sz]ed)|(?:and|then) (?:I )?(?:rewrote|re-wrote|edited|adapted|tailored|personali[sz]ed|customi[sz]ed|adjusted))";
/** What the customer had already given or said. */
const ALREADY_GIVEN =
  "(?:already|just) (?:given|gave|told|explained|provided|sent|typed|entered|spelled|spelt|said|mentioned|written|wrote|put|listed|on (?:the|their|file|screen|record)|in (?:the|their) (?:notes|account|system|chat|email|ticket|form|history|message))|all over again|from scratch|again from the (?:start|beginning|top)|(?:even though|although|though|when|despite) (?:it|that|they|this|all of it|everything|the (?:details|number|address|reference|information|order number|account number)) (?:was|were) (?:all |right |already )*(?:in|on) (?:the|their) (?:notes|account|system|chat|chat history|email|ticket|form|history|file|screen|record)";
/** Pitching or selling. */
const PITCH_VERBS = "push|pushed|pushes|pushing|pitch|pitched|pitches|pitching|sell|sells|sold|selling|upsold|upsell|upsells|upselling|recommend|recommended|recommends|recommending";
/** Pushing or selling, without recommending. */
const PUSH_VERBS = "push|pushed|pushes|pushing|pitch|pitched|pitches|pitching|sell|sells|sold|selling|upsold|upsell|upsells|upselling|flog|flogged";
/** Asked again for a reason: security or verification. */
const SECURITY = "[^.]{0,40}\\b(?:security|verif|identity|data protection|gdpr|to be (?:sure|safe)|the line was bad|a bad line|couldn'?t hear)";
/** Every customer alike. */
const EVERYONE = "everyone|everybody|every (?:single )?(?:customer|caller|person|one|guest|client|shopper|visitor)|all (?:of )?(?:them|my customers|the customers|customers|callers|the callers)|each (?:customer|caller|person|one)|anyone|whoever";

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
        "\\bremember(?:ed|s)? (?:his|her|their|them|the customer'?s|(?:mx )?alex'?s) (?:usual|favourite|favorite|preferred|allerg)",
      ],
      examples: [
        "I noted her preference for morning deliveries on her account so she would not have to repeat it.",
        "I remembered that he liked the quiet table by the window and had it ready when he came back.",
        "I remembered her usual order, a flat white with oat milk, and had it started as soon as she walked in.",
        "I remembered Mrs Patel's usual order and had it ready.",
      ],
      nonExamples: [
        "I forgot to note his preference for email contact.",
        "I will record the customer's preferences in the CRM.",
        "I'll remember Mrs Patel's usual order next time she comes in.",
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
      description: "Sent a canned or template reply that did not fit the customer's question, or replied without reading what they had written.",
      facet: "customer-context",
      patterns: [
        `${NOT_AVOIDED}\\b(?:${SEND_VERBS})\\b[^.]{0,25}\\b(?:generic|canned|stock|boilerplate|copy-paste(?:d)?|copy-and-paste|cookie-cutter|one-size-fits-all|form) (?:${REPLY_WORDS})\\b(?!${REWORKED})`,
        `${NOT_AVOIDED}\\b(?:${SEND_VERBS})\\b[^.]{0,25}\\b(?:standard|usual|same|template|templated|default|scripted|pre-written|prewritten|macro|automated) (?:[a-z-]+ )?(?:${REPLY_WORDS}|spiel|wording|macro)\\b(?!${REWORKED})[^.]{0,50}?\\b(?:without (?:reading|looking|checking|changing|editing|tailoring|personali[sz]ing|adapting|a second look)|even though|although|though|that (?:didn'?t|did not|had nothing|never)|which (?:didn'?t|did not|had nothing|never)|to (?:everyone|everybody|all of them|every (?:single )?(?:one|customer|complaint|email|query|ticket))(?! (?:affected|impacted|involved|who|on the|in the|that|whose|with an?|with the))|I (?:send|sent|give|gave|use|used) (?:to )?(?:everyone|every|all|each)|and (?:closed|close|moved on|move on|marked|left it|hoped|shut))`,
        `${NOT_AVOIDED}\\bjust (?:sent|send|pasted|paste|used|use|copied|copy|fired off|fire off|gave|give|replied with|reply with|read out|read them)\\b[^.]{0,20}\\b(?:the|a|our|my) (?:standard|usual|same|template|templated|default|scripted|pre-written|prewritten|macro) (?:[a-z-]+ )?(?:${REPLY_WORDS}|spiel|wording|macro)\\b(?!${REWORKED})`,
        `${NOT_AVOIDED}\\b(?:replied|reply|replies|responded|respond|responds|answered|answer|sent|send|fired off|fire off|closed|close)\\b[^.]{0,40}\\bwithout (?:properly )?(?:reading|looking at|checking|opening) (?:their|the|alex'?s?|what (?:they|alex))(?: (?:full|whole|original|actual|earlier|previous))? ?(?:emails?|messages?|notes|history|account|ticket|complaint|question|letter|thread|chat|had (?:written|said|sent|asked))\\b`,
        `${NOT_AVOIDED}\\bdid(?:n'?t| not) (?:bother|need|have time) (?:to )?(?:read|look at|check) (?:their|them|the customer'?s) (?:history|notes|account|previous|earlier)\\b`,
      ],
      examples: [
        "I pasted the canned apology email into every reply that day without reading the details.",
        "I didn't bother to read her notes, so I asked her for the order number she had already given twice.",
        "I just sent her the standard reply about delivery times, even though she was asking about a refund.",
        "I answered his email without reading the whole thread, so I told him to try the fix he had already tried.",
        "I sent the same template to every complaint that week and closed them.",
      ],
      nonExamples: [
        "I never sent generic replies, even when the queue was long.",
        "I would not use a canned response for a complaint like that.",
        "I'd try not to send the standard reply when someone has written a long email.",
        "My colleague had sent her the standard reply, so I rang her and went through her actual question.",
        "I used the standard template as a starting point but rewrote it around her order and her dates.",
        "I read through her whole thread before I replied, so I didn't suggest anything she had already tried.",
      ],
    },
    {
      id: "personalization-made-repeat",
      kind: "red-flag",
      description: "Made the customer repeat details that were already on their account or earlier in the conversation.",
      facet: "customer-context",
      patterns: [
        `${NOT_AVOIDED}\\b(?:asked|ask|asks|asking|made|make|makes|making|had|got|get)\\b (?:them|alex|the customer|the caller|the client|for)\\b[^.]{0,60}?\\b(?:${ALREADY_GIVEN})\\b(?!${SECURITY})`,
        `${NOT_AVOIDED}\\b(?:asked|made|had)\\b (?:them|alex|the customer|the caller|the client|for)(?: for|(?: to)? (?:give|repeat|confirm|spell out|spell|tell me|explain|send|provide|go through|read out))? (?:(?:their |the |that |this )(?:[a-z-]+ )?(?:details?|numbers?|address|postcode|reference|name|account|date of birth|email address|phone number|information|story|problem|issue|fault|booking)|it|that|everything|(?:them|it|everything) again)\\b[^.]{0,25}?\\b(?:a second time|a third time|three times|four times|twice)\\b(?!${SECURITY})`,
        `${NOT_AVOIDED}\\b(?:made|make|makes|making|had|have) (?:them|their|alex|the customer|the caller|the client) (?:repeat|re-explain|re-send|resend|retype|re-enter|start (?:again|over|from scratch|from the beginning))\\b(?!${SECURITY})(?! (?:back|after me)\\b)`,
        `${NOT_AVOIDED}\\b(?:made|make|makes|making) (?:them|their|alex|the customer|the caller|the client) (?:spell out|explain (?:it|everything|the (?:whole )?(?:problem|issue|story|thing|fault)|what had happened)(?: all)?(?: over)? again|go (?:through|over) (?:it|everything|the whole|their)\\b[^.]{0,20}\\bagain)\\b(?!${SECURITY})`,
      ],
      examples: [
        "I asked her for her account number even though she had already given it to the bot.",
        "I made him explain the whole problem again from the beginning.",
        "I asked the caller to spell out the address that was already on the account.",
        "I made her repeat her booking reference three times.",
        "I asked the caller to confirm the postcode a second time because I hadn't bothered to read the notes.",
        "I made her go through the whole story a second time.",
      ],
      nonExamples: [
        "I never made a customer repeat details that were already on the account.",
        "I would never ask a customer for details they had already given.",
        "The last agent had made her repeat everything, so I read the notes first and picked up where they left off.",
        "I asked him which steps he had already tried so I wouldn't suggest them again.",
        "I read the chat history so she didn't have to repeat her booking reference.",
        "I made him repeat his date of birth twice for security, as the policy requires.",
      ],
    },
    {
      id: "personalization-same-pitch",
      kind: "red-flag",
      description: "Pushed the same product or pitch on every customer, whatever each one said they needed.",
      facet: "tailored-recommendations",
      patterns: [
        `${NOT_AVOIDED}\\b(?:push(?:ed|es|ing)?|pitch(?:ed|es|ing)?|s(?:old|ell|ells|elling)|upsold|upsell(?:s|ed|ing)?|recommend(?:ed|s|ing)?|suggest(?:ed|s|ing)?)\\b[^.]{0,40}\\b(?:regardless of|no matter|irrespective of) (?:what |how |whether )?(?:they|the customer|each (?:customer|person|one|caller)|people|customers|callers|their)\\b`,
        `${NOT_AVOIDED}\\b(?:${PITCH_VERBS})\\b (?:the same|one|our|that|the|my) (?:[a-z-]+ )?(?:products?|plans?|packages?|bundles?|upgrades?|deals?|cards?|contracts?|models?|polic(?:y|ies)|add-ons?|insurance|warrant(?:y|ies)|tariffs?|subscriptions?|offers?|items?|range)\\b[^.]{0,20}\\b(?:to|on|at) (?:${EVERYONE})\\b(?! who (?:asked|wanted|needed|had|qualified|was|were))`,
        `${NOT_AVOIDED}\\b(?:sold|sell|sells|selling|pitched|pitch|pitches|pitching|pushed|push|pushes|pushing|upsold|upsell|upsells)\\b (?:${EVERYONE}) the same\\b`,
        `${NOT_AVOIDED}\\b(?:gave|give|gives|giving|used|use|uses|using|did|do|ran|run|read)\\b (?:the same|my usual|the usual|my standard|the standard) (?:sales )?(?:pitch|spiel|patter|script)\\b[^.]{0,20}\\b(?:to|on|for|with) (?:${EVERYONE})\\b`,
        `${NOT_AVOIDED}\\b(?:${PUSH_VERBS})\\b (?:the same|one) (?:[a-z-]+ ){1,2}(?:to|on) (?:${EVERYONE})\\b(?! who (?:asked|wanted|needed|had|qualified|was|were))`,
      ],
      examples: [
        "I pushed the premium bundle on every caller that month because it paid the best commission.",
        "I pushed the same router on everyone who came in, whatever they used the internet for.",
        "I gave the same sales pitch to every customer at the till.",
        "I pitched the extended warranty regardless of what each customer was buying.",
        "That month I sold everyone the same broadband package, doesn't matter if they streamed films all day or only checked emails.",
      ],
      nonExamples: [
        "I never pushed the same plan on every customer.",
        "I wouldn't recommend the same package to everyone, because people use it so differently.",
        "My manager wanted us to pitch the premium bundle to every caller, so I asked each one how they used it first.",
        "I recommended the basic plan to her because she only used her phone for calls.",
        "I gave every customer the same careful checks at the till.",
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
