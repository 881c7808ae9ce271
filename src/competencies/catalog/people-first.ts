import type { Competency } from "../schema.js";
import { NOT_AVOIDED } from "./avoided.js";
import { ARTICLES } from "../sources.js";

// Pieces of the red-flag patterns below, matched on the neutral reading (him/her → them, his/her → their, names → alex).
/** The customer, as the one sold to. */
const BUYER = "them|alex|the customer|customers|the caller|callers|people|an? (?:elderly|older|vulnerable|confused) (?:customer|caller|person)";
/** Selling or signing someone up. */
const SALE_VERBS =
  "sold|sell|sells|selling|upsold|upsell|upsells|upselling|signed|sign|signs|signing|got|get|gets|getting|put|puts|putting|pushed|push|pushes|pushing|persuaded|persuade|persuades|persuading|convinced|convince|convinces|convincing|talked|talk|talks|talking|added|add|adds|adding|locked|lock|tied|tie|switched|switch";
/** For the candidate's own numbers. */
const FOR_MY_NUMBERS =
  "(?:to (?:hit|meet|make|reach|get|keep|boost|protect|beat) (?:my|our) (?:(?:monthly|weekly|daily|quarterly|sales|team) ){0,2}(?:targets?|quotas?|numbers|bonus|commission|figures|stats|kpis?|handle time|call count|average)|for my (?:bonus|commission|targets?|quotas?|numbers|figures|stats|place in the league table)|because (?:it|they|that|the (?:plan|upgrade|warranty|package|contract|add-on)) (?:counted|paid|earned|got me|helped my|went towards|went toward|counted towards|counted toward)|so (?:that )?I (?:would|could|'d) (?:hit|make|get|reach|keep|earn|meet) (?:my|the|our) (?:targets?|quotas?|numbers|bonus|commission|figures|stats))";
/** Selling, signing up or talking round, for a sale made for the candidate's numbers. */
const SELL_VERBS =
  "sold|sell|sells|selling|upsold|upsell|upsells|upselling|signed|sign|signs|signing|pushed|push|pushes|pushing|persuaded|persuade|persuades|persuading|convinced|convince|convinces|convincing|talked|talk|talks|talking|locked|lock|tied|tie|switched|switch|upgraded|upgrade|got|get|gets|getting";
/** What is sold: a plan, contract or product. */
const PRODUCTS =
  "plans?|contracts?|packages?|bundles?|upgrades?|deals?|polic(?:y|ies)|warrant(?:y|ies)|insurance|add-ons?|subscriptions?|tariffs?|loans?|cards?|purchases?|phones?|models?|memberships?|products?|renewals?|finance|credit|extras?|premium|package";
/** The routine of a transaction: questions, forms, the script. */
const ROUTINE =
  "script|paperwork|security questions|security|questions|forms?|form-filling|account details|details|business|sale|pitch|terms|checks|process|claim|cancellation|account closure|refund|return|transaction|call|interview|disclaimer";
/** Done fast because the customer asked for it. */
const AT_THEIR_ASKING = "[^.]{0,50}\\b(?:because (?:they|alex|the customer) (?:asked|wanted|needed|said)|at their request|as (?:they|alex|the customer) (?:asked|wanted|had asked))";
/** A customer in distress. */
const DISTRESS_STATE =
  "(?:clearly |visibly |obviously |still |really |very |so |quite |in )?(?:crying|in tears|tears|sobbing|upset|distressed|shaking|panicking|panicked|in a state|in bits|grieving|beside (?:themself|themselves)|falling apart|breaking down|struggling to speak|frightened|scared|terrified|distraught|in shock|heartbroken)";
/** Told of a customer in distress. */
const DISTRESS = `(?:(?:they|alex|the customer|the caller|the guest|the patient|the family|the couple|the (?:elderly|older) (?:customer|person))(?: was| were|'d been| had been)? ${DISTRESS_STATE}|(?:their|the customer'?s) (?:spouse|partner|parent|child|baby|sibling|grandparent|dog|cat|relative|friend)(?: had)? (?:just )?(?:died|passed away|passed|been taken|been rushed)|(?:they|the family|the customer|the couple)(?: had|'d) (?:just )?(?:lost|been burgled|been robbed|been scammed|been made redundant)|(?:their|the) (?:house|home|flat|shop) had (?:just )?(?:flooded|burned down|burnt down|been flooded|been burgled|been broken into))`;

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
      description: "Pressed the customer into a purchase or contract they did not need, for the sake of a target or commission.",
      facet: "customer-interest-over-sale",
      patterns: [
        `${NOT_AVOIDED}\\b(?:push(?:ed|es|ing)?|pressur(?:e|ed|es|ing)|pressed|press|talk(?:ed|s|ing)?|nudg(?:e|ed|es|ing)|steer(?:ed|s|ing)?|rush(?:ed|es|ing)?|bounc(?:e|ed|es|ing)|hustl(?:e|ed|es|ing)|lock(?:ed|s|ing)?|t(?:ie|ied|ies|ying)) (?:${BUYER}) (?:(?:into|onto|on to) (?:(?:a|an|the|another|our|that|this|some|more|extra) )?(?:[a-z-]+ ){0,2}(?:${PRODUCTS})|(?:into|to) (?:buying|buy|signing|sign|upgrading|upgrade|taking out|take out|paying|pay|spending|spend|renewing|renew|switching|switch|adding|add|purchasing|purchase))\\b`,
        `${NOT_AVOIDED}\\b(?:${SELL_VERBS})\\b (?:${BUYER})\\b(?:(?<!\\b(?:got|get|gets|getting) (?:${BUYER}))|(?= (?:to (?:buy|sign|upgrade|take out|switch|add|renew|pay)|onto|on to|into|up for)\\b))[^.]{0,60}?\\b(?:${FOR_MY_NUMBERS})`,
        `${NOT_AVOIDED}\\b(?:${SALE_VERBS})\\b (?:${BUYER})(?: (?:up (?:for|to)|into|onto|on to|with))? (?:(?:an?|the|some|that|this|another|extra|more) )?(?:(?!(?:since|because|as|so|but|and|when|while|which|that)\\b)[a-z-]+ ){0,3}(?:that |which )?(?:they|the customer|alex) (?:didn'?t|did not|never|hadn'?t|had not|really didn'?t|clearly didn'?t)(?: really| fully| even| actually| properly)? (?:need|want|use|ask for|asked for|understand)\\b`,
        `${NOT_AVOIDED}\\b(?:push(?:ed|es|ing)?|upsold|upsell(?:s|ed|ing)?|flog(?:ged|s|ging)?|hard-sold|hard-sell|pitch(?:ed|es|ing)?)\\b (?:the|an?|our|my|that|this|extra|more)\\b[^.]{0,40}?\\b(?:${FOR_MY_NUMBERS})`,
        `${NOT_AVOIDED}\\b(?:sold|sell|sells|selling|upsold|upsell|pushed|push|pitched|pitch)\\b (?:(?!to\\b)[a-z-]+ ){1,4}(?:to|on|onto) (?:${BUYER}|an? (?:customer|caller|person))(?: who| that)? (?:(?:didn'?t|did not|hadn'?t|had not|really didn'?t|clearly didn'?t)(?: really| fully| even| actually| properly)? (?:need|want|use|ask for|asked for|understand)|never(?: really| fully| even| actually| properly)? (?:need(?:ed|s)?|want(?:ed|s)?|use[ds]?|ask(?:ed)? for|understood|understands?))\\b`,
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps|keeping) (?:pushing|pitching|pressing|selling|offering|upselling|going on about)\\b[^.]{0,40}?\\b(?:after|even though|although|though|when|once) (?:they|the customer|alex) (?:had )?(?:said no|declined|refused|turned it down|told me (?:no|they (?:didn'?t|did not|weren'?t|were not))|(?:wasn'?t|weren'?t|was not|were not) interested|said (?:they|it) (?:didn'?t|did not|weren'?t|wasn'?t))`,
      ],
      examples: [
        "I pushed her into the premium plan so I would hit my monthly target.",
        "I sold him an extended warranty he didn't need because it counted toward my bonus.",
        "I kept pitching the upgrade even after she had said no twice.",
        "I signed him up for the insurance add-on to make my numbers for the month.",
        "I got her onto the two-year contract she didn't really understand, because the commission was better.",
        "I pushed the extended warranty on every caller to hit my monthly target, whether they needed it or not.",
        "I sold a premium broadband package to an elderly customer who didn't really need it, because it counted towards my bonus.",
        "I pushed the insurance to hit our team target.",
        "I pushed an upgrade onto a customer who didn't need it.",
      ],
      nonExamples: [
        "I never pushed them into an upgrade just to hit my target.",
        "I wouldn't talk her into a contract she didn't want.",
        "I'd try not to keep pitching once a customer has said no.",
        "My team leader pushed customers onto the premium plan to hit the target, and I refused to do the same.",
        "I sold her the basic model, since she didn't need the extra features.",
        "I signed him up for the cheaper plan because it covered everything he used.",
        "I never pushed the extended warranty to hit my monthly sales target.",
        "My colleague sold the premium package to a customer who didn't need it, so I helped her cancel it.",
      ],
    },
    {
      id: "people-first-treated-as-number",
      kind: "red-flag",
      description: "Treated the customer as a number, ticket or sale rather than a person.",
      facet: "human-connection",
      patterns: [
        `${NOT_AVOIDED}\\b(?:treat(?:ed|s|ing)?|saw|see|sees|seeing|thought of|think of|thinks of|thinking of|viewed|view|views|regarded|regard|looked at|look at|counted|count|dealt with|deal with|handled|handle|processed|process) (?:them|alex|the customer|a customer|customers|the customers|people|callers|each (?:customer|caller|person|one)|every (?:customer|caller|person|one)|them all)\\b (?:as|like) (?:just |only |nothing more than |little more than |no more than )?(?:numbers|tickets|stats|statistics|transactions|sales|targets|cases|items|units|figures|a (?:number|ticket|stat|statistic|sale|target|transaction|case|box to tick|tick in a box|figure|commission)|(?:another|one more|just another) (?:number|ticket|sale|case|call|transaction|stat|target|box to tick))\\b(?![^.]{0,50}\\b(?:until|which I|so I|and I (?:pushed|tried|wanted|set|started|decided|changed|asked|worked|spoke)))`,
        `${NOT_AVOIDED}\\b(?:treat(?:ed|s|ing)?|dealt with|deal with|handled|handle|processed|process|ran through|run through)\\b (?:it|them|the|their|alex)\\b[^.]{0,30}\\b(?:like|as) (?:just )?(?:any other|every other|a normal|a routine|a standard|an ordinary|another) (?:call|ticket|case|transaction|cancellation|claim|return|refund|request|job|form|piece of paperwork|sale|account closure)\\b`,
        `${NOT_AVOIDED}\\b(?:processed|process|processes|processing|ran through|run through) (?:them|alex|the customer|the caller|customers|callers|people)\\b (?:like|as) (?:just )?(?:any other|every other|another|one more|a number|a ticket)\\b`,
        `${NOT_AVOIDED}\\b(?:churn(?:ed|s|ing)? through|burn(?:ed|t|s|ing)? through|knock(?:ed|s|ing)? (?:out|off)|blitz(?:ed|es|ing)?|bash(?:ed|es|ing)? through|plough(?:ed|s|ing)? through|rattl(?:e|ed|es|ing) through|clear(?:ed|s|ing)?|got through|get through|getting through|mov(?:e|ed|es|ing)) (?:them|the queue|the tickets|the calls|the customers|as many (?:tickets|calls|customers|chats) as (?:I could|possible)|customers|callers)\\b[^.]{0,40}?\\b(?:${FOR_MY_NUMBERS})`,
        `${NOT_AVOIDED}\\b(?:got|get|gets|getting|moved|move|moves|moving|hurried|hurry|rushed|rush|shuffled|shuffle|pushed|push) (?:them|alex|the customer|the caller|each (?:customer|caller)|customers|callers) (?:off the (?:phone|line)|out of the queue|out the door|out of the door|along|on)\\b[^.]{0,30}?\\b(?:${FOR_MY_NUMBERS}|so (?:that )?I could (?:get to|take|grab|hit|keep|clear|close))`,
      ],
      examples: [
        "I treated her like another ticket to close because my handle time was being watched.",
        "I saw customers as a number on the queue board back then.",
        "I processed the bereavement call like any other cancellation.",
        "I churned through the queue as fast as I could to keep my stats up.",
        "I got him off the phone as quickly as possible so I could take the next call.",
        "I processed the customer like one more ticket, I did not really listen what she was saying.",
      ],
      nonExamples: [
        "I never treated a customer as a number.",
        "I would never treat customers like a number.",
        "I'd try not to rush anyone off the phone just to keep my stats up.",
        "My old manager saw customers as numbers, so I made a point of learning their names.",
        "I treated every customer as a person with their own story, even on the busiest days.",
        "I cleared the queue by lunchtime and still took time with the customer whose husband was in hospital.",
      ],
    },
    {
      id: "people-first-ignored-distress",
      kind: "red-flag",
      description: "Processed a distressed customer's request without a thought for how they were.",
      facet: "wellbeing-first",
      patterns: [
        `${NOT_AVOIDED}\\b(?:processed|process|processes|processing|(?:carried on|carry on|carries on|kept going|keep going|pressed on|press on|ploughed on|plough on|cracked on|crack on|went straight|go straight|goes straight|ran through|run through) (?:with |into |to |on to |through )?(?:the |my |our )?(?:${ROUTINE})|read (?:out )?(?:the|my) (?:script|terms|disclaimer|questions)|stuck to (?:the|my) script|stick to (?:the|my) script|asked (?:the|my) (?:security|standard|usual) questions)\\b[^.]{0,60}?\\b(?:even though|although|though|despite) (?:${DISTRESS})(?!${AT_THEIR_ASKING})`,
        `${NOT_AVOIDED}\\b(?:carried on|carry on|carries on|kept going|keep going|pressed on|press on|ploughed on|plough on|cracked on|crack on)\\b (?:with )?(?:the |my |our )?(?:${ROUTINE})\\b[^.]{0,40}?\\b(?:while|as|when) (?:${DISTRESS})`,
        `${NOT_AVOIDED}\\b(?:went|go|goes|got|get|gets|moved|move|moves|jumped|jump) straight (?:into|to|on to|onto) (?:the |my )?(?:script|paperwork|security questions|security|questions|forms?|account details|details|business|sale|pitch|terms)\\b[^.]{0,40}?\\b(?:even though|although|though|despite|while) (?:${DISTRESS})`,
        `${NOT_AVOIDED}(?<=\\b(?:crying|in tears|tears|tearful|sobbing|upset|distressed|shaking|panicking|panicked|in a state|in bits|grieving|distraught|in shock|heartbroken)\\b[^.]{0,25}\\b(?:but|and|yet) I (?:just |simply |still )?)(?:carried on|kept going|pressed on|ploughed on|cracked on|went straight|got on with|continued with|stuck to|processed|read out)\\b(?! (?:talking|speaking|listening|reassuring|comforting|chatting|gently|softly|calmly|quietly|slowly))(?![^.]{0,60}\\b(?:so (?:that )?(?:they|alex) (?:could|would|didn'?t|wouldn'?t|did not|would not|had)|to (?:get|help|spare|save) (?:them|alex)|for (?:them|alex) (?:straight away|at once|there and then))\\b)`,
        `${NOT_AVOIDED}(?<=\\b(?:(?:didn'?t|did not|never) (?:even )?(?:ask|check|think to ask|stop to ask|stop to check)|never (?:even )?(?:asked|checked|thought to ask|stopped to ask|stopped to check)) (?:how|if|whether) (?:they|alex|the customer|the caller) (?:was|were)\\b[^.]{0,15}?\\b(?:I )?(?:just |simply )?)(?:processed|carried on|went straight|got on with|cracked on|pressed on|read out|went through)\\b`,
        `${NOT_AVOIDED}\\bignor(?:e|ed|es|ing) (?:the fact that |that )?(?:(?:they|the customer|alex|the caller)(?: was| were)? (?:${DISTRESS_STATE})|(?:their|the customer'?s) (?:tears|distress|grief|panic|upset|crying))\\b`,
        `${NOT_AVOIDED}\\b(?:processed|process|handled|handle|did|do|dealt with|deal with)\\b[^.]{0,40}\\b(?:as normal|as usual|by the book|like clockwork)\\b[^.]{0,30}?\\b(?:even though|although|though|despite|while|when) (?:${DISTRESS})`,
      ],
      examples: [
        "I processed the account closure even though she was in tears about her husband.",
        "I carried on with the security questions while he was clearly panicking about the fraud.",
        "I went straight into the paperwork even though the family had just lost their home.",
        "I ignored the fact that she was crying and read out the cancellation terms.",
        "She was in tears on the phone, but I just carried on reading the cancellation terms.",
        "I didn't even ask how he was, I just processed the refund and moved to the next call.",
        "I handled the cancellation as normal, even though the customer was clearly in tears on the phone.",
        "She was close to tears but I just carried on with the security questions.",
        "I never asked how she was doing, I just went straight to the account details.",
        "I processed the refund as usual, even though her husband had just died.",
      ],
      nonExamples: [
        "She was in tears, and I processed the refund straight away so she could get home.",
        "He was shaking, so I processed the claim there and then to spare him a second call.",
        "I never carried on with the script while a customer was in tears.",
        "I would never ignore a customer who was crying just to finish the paperwork.",
        "My colleague carried on with the security questions even though the caller was sobbing, so I took over the call.",
        "I stopped the security questions when I realised she was crying, and asked if she was safe.",
        "I processed the refund quickly so she could get home, then checked she had someone with her.",
        "She was close to tears, but I carried on talking to her gently until she felt ready.",
        "She was terrified of losing the house, and I processed the payment holiday there and then.",
        "The agent before me never asked how she was, he just processed the claim, so I rang her back.",
        "My colleague processed the claim as normal even though her husband had just died, so I rang her back to apologise.",
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
