import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Product knowledge: knowing the products and services well and passing that knowledge on accurately. */
export const productKnowledge: Competency = {
  id: "product-knowledge",
  name: "Product knowledge",
  definition:
    "Product knowledge is a working command of what the company sells — features, limits, known faults, policies and how the pieces fit together — and the ability to turn it into accurate, plain answers. An agent with it diagnoses faster, sets correct expectations and recommends what genuinely suits the customer instead of guessing. They keep that knowledge current through manuals, release notes, training and hands-on use, because products change faster than scripts.",
  cluster: "resolution",
  facets: [
    {
      id: "product-expertise",
      name: "Product expertise",
      description: "Knowing features, limits, compatibility, known issues and the policies that apply to them.",
    },
    {
      id: "keeping-current",
      name: "Keeping current",
      description: "Learning the range and its changes through documentation, training, peers and using the products oneself.",
    },
    {
      id: "explaining-products",
      name: "Explaining products",
      description: "Putting product information in plain terms, with comparisons or demonstrations the customer can follow.",
    },
    {
      id: "recommending",
      name: "Recommending",
      description: "Matching products, plans or upgrades to what the customer actually needs.",
    },
  ],
  aliases: ["knowledgeability", "knowledge", "knowledgeable", "product expertise", "expertise", "product understanding"],
  related: ["competence", "problem-solving", "communication", "personalization"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Gives customers guessed or wrong product information, or cannot answer basic questions about the range.",
      anchors: [
        "Made up a price, date or specification rather than admit they needed to check.",
        "Gave the customer incorrect product or policy details that caused a further problem.",
        "Shows no interest in learning how the products actually work.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they know the products well or “learn fast” without showing the knowledge in use.",
      anchors: [
        "Claims to be “the go-to person for product questions” without an example.",
        "Mentions attending product training but not what they did with it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case in which they answered a product question accurately or used product detail to help.",
      anchors: [
        "Explained how a particular feature, setting or plan worked in terms the customer understood.",
        "Knew which model, part or policy applied to the customer's case.",
        "Describes a concrete way they learned the product, such as the manual or trying it themselves.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their product knowledge clearly changed the outcome for the customer.",
      anchors: [
        "Recognised a known fault or incompatibility from the symptoms and fixed it quickly as a result.",
        "Compared options on specifics and steered the customer to the product or plan that fitted their needs.",
        "States what the accurate answer saved the customer (a wasted purchase, a return, a second call).",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Deep, current knowledge used in several ways, with a measurable effect and knowledge passed on to others.",
      anchors: [
        "Combines diagnosis from product detail, a clear explanation and a well-matched recommendation.",
        "Keeps ahead of changes (release notes, testing new models) and gives an example where that paid off.",
        "Wrote a guide, FAQ or briefing that helped colleagues answer the same questions, with a result to show for it.",
      ],
    },
  ],
  indicators: [
    {
      id: "product-knowledge-explained-product",
      kind: "positive",
      description: "Explained how a specific feature, plan or product worked, or how two options differed.",
      facet: "explaining-products",
      patterns: [
        "\\bexplain(?:ed)?\\b[^.]{0,40}\\b(?:how (?:the|this|that|their|its|each) [a-z-]+(?: [a-z-]+)? (?:works?|worked|functions?|functioned)|the differences? between|which (?:model|plan|setting|version|option|tariff|product|package))\\b",
        "\\bcompar(?:e|ed) (?:the )?(?:two|three|both|the|each) (?:models|plans|options|products|tariffs|versions|packages|devices)\\b",
      ],
      examples: [
        "I explained how the eco setting worked and why it had lengthened the wash cycle.",
        "I explained the difference between the two broadband plans in plain terms.",
        "I compared the two models side by side for her, including battery life and weight.",
      ],
      nonExamples: [
        "I didn't explain how the warranty worked, which caused confusion later.",
        "I would explain the difference between the models.",
        "Product knowledge is essential in retail.",
      ],
    },
    {
      id: "product-knowledge-precise-answer",
      kind: "positive",
      description: "Recognised a known fault or knew exactly which model, setting or policy applied.",
      facet: "product-expertise",
      patterns: [
        "\\b(?:recogni[sz](?:e|ed)|spott(?:ed)?|spot|identif(?:y|ied)) (?:it|the (?:symptoms?|error(?: code)?|fault|problem|noise|message)) as (?:a |the )?(?:known|common|documented|familiar)\\b",
        "\\bkn(?:ew|ow) (?:that |straight away |immediately )?(?:exactly )?(?:which|what|where)\\b[^.]{0,40}\\b(?:model|part|setting|firmware|version|plan|tariff|feature|menu|option|policy|warranty|component|update|cable|adapter)\\b",
        "\\b(?:quot(?:e|ed)|cit(?:e|ed)|point(?:ed)? (?:him|her|them|the customer) to) (?:the )?(?:exact |relevant |right |specific )?(?:clause|section|page|policy|specifications?|warranty terms|help article)\\b",
      ],
      examples: [
        "I recognised the error code as a known fault with that batch of routers.",
        "I knew exactly which firmware update had caused the pairing problem.",
        "I pointed her to the exact clause in the warranty that covered accidental damage.",
      ],
      nonExamples: [
        "I didn't recognise the error code as a known fault at first.",
        "I would recognise the symptoms as a known issue.",
      ],
    },
    {
      id: "product-knowledge-self-study",
      kind: "positive",
      description: "Built and refreshed their product knowledge through documentation, hands-on use or shadowing an expert.",
      facet: "keeping-current",
      patterns: [
        "\\b(?:read|stud(?:y|ied)|went through|worked through|review(?:ed)?)\\b[^.]{0,30}\\b(?:manuals?|user guides?|release notes|spec sheets?|technical documentation|product documentation|product guides?|training modules?)\\b",
        "\\b(?:tri(?:ed)|test(?:ed)?|set up) (?:every|each|the|all the)(?: new)? (?:products?|models?|features?|devices?|plans?|apps?)\\b[^.]{0,30}\\b(?:myself|at home|on my own|before (?:launch|customers|the launch|it launched|it went))\\b",
        "\\bshadow(?:ed)? (?:a |an |the |our )?(?:senior|experienced|specialist|technician|engineer|product)",
      ],
      examples: [
        "I read the release notes for every update so I knew what had changed before customers asked.",
        "I tested each new model myself before it went on the shop floor.",
        "I shadowed a senior technician for a week to learn the repair process.",
      ],
      nonExamples: [
        "I never read the manuals, I just learned on the job.",
        "I will read the release notes before the launch.",
      ],
    },
    {
      id: "product-knowledge-matched-product",
      kind: "positive",
      description: "Used product detail to recommend what fitted the customer, or warned them off what would not work.",
      facet: "recommending",
      patterns: [
        "\\brecommend(?:ed)? (?:a |the |an )?(?:cheaper|better-suited|more suitable|different|smaller|larger|lighter|lower|higher|simpler|basic|business) (?:model|plan|product|version|tariff|option|size|package|bundle|device)\\b",
        "\\bwarn(?:ed)? (?:him|her|them|the customer) (?:that|about)\\b[^.]{0,40}\\b(?:(?:wasn't|was not|isn't|is not|not|wouldn't be|would not be) compatible|(?:wouldn't|would not|didn't|did not|won't) (?:work with|fit|support))\\b",
      ],
      examples: [
        "I recommended a cheaper plan because she only used a little data each month.",
        "I warned him that the charger was not compatible with his older laptop.",
      ],
      nonExamples: [
        "I didn't recommend a different model even though it suited him better.",
        "I would recommend a cheaper plan if they used little data.",
      ],
    },
    {
      id: "product-knowledge-guessed-info",
      kind: "red-flag",
      description: "Made up or guessed a price, date or specification rather than admit they needed to check.",
      facet: "product-expertise",
      patterns: [
        "(?<!\\b(?:rather than|instead of|than|to avoid|avoid|without|not|no) )\\b(?:guessed|guess|guessing) (?:at )?(?:the |an |a |their |what the |when the |how (?:much|long) the |which )?(?:answer|price|cost|date|delivery date|dispatch date|spec|specs|specification|figure|figures|policy|details?|compatibility|warranty|lead time|stock level|battery life|size|dimensions|fee|charge|rate|eta|timescale|timeframe|model|part|measurements?|weight|capacity|range|terms|return window|refund policy)\\b",
        "(?<!\\b(?:rather than|instead of|than|to avoid|avoid|without|not|no) )\\b(?:made|make|making) up (?:a |an |the |some )?(?:answer|price|date|figure|figures|number|spec|specs|specification|delivery date|policy|details?|timescale|timeframe|lead time|eta|measurements?|warranty|feature|stock level)\\b",
        "\\b(?:gave|give|giving|quoted|quoting|told|tell|telling|answered|answering|promised|promise)\\b[^.]{0,40}\\b(?:off the top of my head|from memory|what (?:i thought|sounded|seemed) (?:it was|right|about right|likely)|whatever (?:came to mind|sounded right|i thought))\\b(?![^.]{0,40}\\b(?:and|but|then) (?:i )?(?:then )?(?:checked|confirmed|double-checked|looked it up)\\b)",
        "(?<=\\b(?:i|we)(?:'d| had| have|'ve| would| will|'ll)?(?: (?:just|then|also|basically|kind of|sort of|honestly|simply|completely|totally|actually|probably|sometimes|often|usually|always|quietly|sat and))? )(?:winged|wing|winging|bluffed|bluff|bluffing|blagged|blag|blagging|busked|busking) (?:it|my way|the (?:answer|question|spec|specs|details|rest))\\b",
        "\\b(?:said|told|gave|guessed|answered|quoted|made|invented|came up with)\\b[^.]{0,60}\\b(?:rather than|instead of) (?:admit(?:ting)?|say(?:ing)? (?:that )?i (?:didn'?t|did not|wasn'?t sure|had to|needed to|would have to)|look(?:ing)? (?:it )?up|check(?:ing)?)\\b",
        "\\b(?:said|told|gave|guessed|answered|quoted|made)\\b[^.]{0,60}\\b(?:because|as|since|so) i (?:didn'?t|did not) want to (?:look|seem|sound|appear|come across) (?:unsure|stupid|silly|clueless|incompetent|slow|uncertain|unprofessional|like i didn'?t know)",
        "\\b(?:said|say|saying|told (?:them|(?:mx )?alex)|tell (?:them|(?:mx )?alex)|assured (?:them|(?:mx )?alex)|assure (?:them|(?:mx )?alex)|promised (?:them|(?:mx )?alex)|promise (?:them|(?:mx )?alex)|confirmed|confirm)\\b[^.]{0,40}\\b(?:compatible|in stock|(?:would|will|'d|'ll) (?:definitely |certainly |easily |probably |be fine to )?(?:fit|work|arrive|be delivered|be covered|last|cover)|was covered|was included|came with|was waterproof)\\b[^.]{0,40}\\b(?:without (?:checking|looking|knowing|confirming|asking)|even though i (?:wasn'?t|was not|didn'?t|did not|had no idea|hadn'?t)|though i (?:wasn'?t|had no idea|didn'?t know|hadn'?t)|when i (?:wasn'?t|had no idea|didn'?t (?:know|check)|hadn'?t (?:checked|a clue))|(?:just )?to (?:close|get|make|secure|keep) the (?:sale|deal)|to keep them happy)",
        "\\b(?:said|say|saying) yes\\b[^.]{0,30}\\b(?:without (?:checking|looking|knowing|asking)|even though i (?:wasn'?t|didn'?t|had no idea))",
      ],
      examples: [
        "I guessed the answer because I did not want to look unsure.",
        "I made up a delivery date so she would stop asking.",
        "I quoted him a price off the top of my head and it turned out to be twenty pounds too low.",
        "I winged it when she asked about the battery life.",
        "I told him the lens would fit his camera without checking the mount.",
        "I gave her an answer rather than admit I didn't know the warranty terms.",
      ],
      nonExamples: [
        "I never guessed an answer; I checked the knowledge base first.",
        "I would never guess the answer to a technical question.",
        "I'd try not to give a price from memory.",
        "My colleague guessed the delivery date, so I rang the depot and gave the customer the real one.",
        "Rather than guess the price, I told her I would check and rang her back in ten minutes.",
        "I knew the dimensions from memory, but I checked the spec sheet before I told him.",
      ],
    },
    {
      id: "product-knowledge-wrong-info",
      kind: "red-flag",
      description: "Gave the customer incorrect product or policy details that led to a further problem.",
      facet: "product-expertise",
      patterns: [
        "\\b(?:gave|give|giving|gave out|told|tell|telling|quoted|quote|quoting|sent|send|promised|promise|read out|advised|advise) (?:them |(?:mx )?alex |the (?:customer|caller|guest|client|user) |a customer |customers )?(?:the |some |completely |totally )?(?:wrong|incorrect|inaccurate|out-of-date|outdated|false|misleading|bad) (?:information|info|price|pricing|advice|answer|details|specs?|specification|date|delivery date|policy|terms|figures?|model|part number|size|instructions|steps|returns? policy|return window|warranty (?:terms|information|details|period)|code|settings?|fee|rate|dimensions|measurements?|opening hours|amount|quote|plan)\\b",
        "\\bgot (?:the |their |a |my )?(?:two |both )?(?:prices|plans|models|sizes|price|pricing|date|delivery date|spec|specs|specification|model|size|policy|terms|details|figures?|dates|part number|return window|returns policy|warranty|compatibility|fee|dimensions|measurements|plan|tariff|charges?|numbers?|facts) (?:completely |totally |all |badly |slightly |a bit )?(?:wrong|mixed up|muddled)\\b",
        "(?<=\\b(?:i|we)(?:'d| had| have|'ve)?(?: (?:just|accidentally|completely|totally|somehow|then|also|actually|honestly))? )(?:mixed up|mix up|mixing up|muddled up|muddle up|confused|got (?:mixed|muddled) up (?:between|over|with)|got confused (?:between|over|about)) (?:the |two |their |our |both |a couple of )*(?:[a-z-]+ )?(?:models|plans|tariffs|policies|versions|prices|products|dates|specs|sizes|deals|offers|packages|bundles|ranges|contracts|warranties|chargers|cables|parts)\\b",
        "(?<=\\b(?:i|we)(?:'d| had| have|'ve)?(?: (?:just|accidentally|completely|totally|somehow|then|also|actually|honestly))? )(?:mixed|mix|mixing|muddled|muddle) (?:the |two |our |their |both )*(?:[a-z-]+ )?(?:models|plans|tariffs|policies|versions|prices|products|dates|specs|sizes|deals|offers|packages|bundles|contracts|warranties) up\\b",
        "\\b(?:sold|sell|selling|recommended|recommend|recommending|ordered|order|ordering|booked|book|fitted|fit|installed|install|set (?:them|(?:mx )?alex) up (?:on|with)|put (?:them|(?:mx )?alex) on|signed (?:them|(?:mx )?alex) up (?:to|for)|switched (?:them|(?:mx )?alex) to) (?:them |(?:mx )?alex |the (?:customer|caller|guest|client|user) )?(?:the |a |an )?(?:wrong|incorrect|unsuitable|incompatible) (?:model|plan|part|size|tariff|product|item|package|version|cable|adapter|charger|one|bundle|contract|tyres?|battery|filter|cartridge|software|subscription|membership|policy)\\b",
        "\\b(?:told|tell|telling|assured|assure|promised|promise|said to|advised|advise) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user))\\b[^.]{0,15}\\b(?:that )?(?:it|the [a-z]+(?: [a-z]+)?|they) (?:was|would be|were|would|could|did|came|had) (?:compatible|covered|included|in stock|waterproof|refundable|returnable|fit|work|arrive|free|under warranty|eligible|with)\\b[^.]{0,40}\\b(?:but it (?:wasn'?t|was not|didn'?t|did not|wouldn'?t|turned out)|but (?:they|it) (?:wasn'?t|weren'?t|didn'?t|couldn'?t)|which (?:it |they )?(?:wasn'?t|weren'?t|was not|didn'?t|turned out)|when (?:it|they) (?:wasn'?t|weren'?t|was not|didn'?t)|and it (?:wasn'?t|didn'?t|turned out)|only to find)",
      ],
      examples: [
        "I gave her the wrong price for the upgrade and she was charged more.",
        "I got the delivery date wrong and he took a day off work for nothing.",
        "I mixed up the two broadband plans and she signed up for the slower one.",
        "I sold him the wrong charger for his laptop, so he had to come back.",
        "I told her the case was waterproof, but it wasn't, and her phone was ruined.",
      ],
      nonExamples: [
        "I never gave a customer the wrong price.",
        "I'd try not to give out wrong information about the warranty.",
        "The previous agent had given her the wrong return window, so I corrected it and extended it for her.",
        "My colleague mixed up the two plans, so I called the customer and switched her to the right one.",
        "I gave her the correct price and explained exactly why it had changed.",
      ],
    },
    {
      id: "product-knowledge-no-interest",
      kind: "red-flag",
      description: "Showed no interest in learning how the products work, leaving the detail to others or reading out answers they did not understand.",
      facet: "keeping-current",
      patterns: [
        "\\b(?:skipped|skip|skipping|ignored|ignore|ignoring|binned|bin|deleted|delete|deleting|dodged|dodge|avoided|avoid|avoiding|bunked off) (?:the |our |most of the |all the |those |any |my )?(?:product |refresher |online |new |monthly |weekly |e-?learning |compulsory )?(?:training|release notes|product updates|update emails|product emails|briefings?|modules?|manuals?|product guides?|spec sheets?|e-?learning|webinars?|demos?|product sessions?|knowledge articles|newsletters?)\\b(?![^.]{0,40}\\bbut\\b)",
        "(?<=\\b(?:always|just|usually|simply|happily|normally|generally) )(?:left|leave|passed|pass|handed|hand|pushed|push|palmed|palm|punted|punt) (?:all |any )?(?:of )?(?:the |any )?(?:technical|tech|product|techy|techie|complicated|detailed|spec)(?: [a-z]+)? (?:stuff|questions|side|things|bits|queries|details|ones)\\b",
        "\\b(?:left|leave|passed|pass|handed|hand|pushed|push) (?:all |any )?(?:of )?(?:the |any )?(?:technical|tech|product|techy|techie|complicated|detailed|spec)(?: [a-z]+)? (?:stuff|questions|side|things|bits|queries|details|ones)\\b[^.]{0,30}\\b(?:because|as|since|so) i (?:didn'?t|did not|don'?t|do not|never) (?:have to |need to |want to |really |bother to )?(?:know|learn|understand|care|bother)\\b",
        "\\b(?:read|reading|read out|recited|recite|copied|copy|copying|pasted|paste|pasting) (?:it |them |the (?:answer|text|article|script|steps|spec|specs|wording|description) )?(?:straight |word for word |verbatim )?(?:off|from|out of) (?:the |my |our )?(?:screen|script|card|crib sheet|knowledge base|spec sheet|leaflet|website|system|faq|manual|box)\\b[^.]{0,40}\\b(?:without (?:really |actually |properly |even )?(?:understanding|knowing|reading|learning|getting)|(?:because|as|since) i (?:didn'?t|did not) (?:really |actually )?(?:know|understand|get)|(?:even though|although|though) i (?:didn'?t|did not|had no idea))",
        "\\bparrot(?:ed|ing)? (?:the |what the )?(?:script|spec|specs|sheet|knowledge base|manual|leaflet|website|words|brochure)\\b",
        "\\b(?:tuned|tune|tuning|zoned|zone|zoning|switched|switch|switching|nodded) (?:out|off) (?:in|during|of|through) (?:the |most of the |all the )?(?:product |new |refresher )?(?:training|briefing|session|demo|launch|webinar|workshop|huddle)s?\\b",
        "\\b(?:saw|see|seeing) (?:no|little) (?:point|need|reason|value) (?:in |to )?(?:learning|reading|knowing|studying|understanding|doing|going|learn|read|know|study|understand|keeping up)\\b",
        "\\b(?:relied|rely|relying|leaned|lean|leaning|depended|depend|depending) (?:entirely |completely |totally |always |just )?on (?:my colleagues|colleagues|others|other people|my team ?lead|the engineers|the senior staff|whoever|the techs|someone else)\\b[^.]{0,25}\\bfor (?:every|all|any|each) (?:single )?(?:product |technical |tech )?(?:question|thing|answer|query|detail|enquiry)",
        "\\b(?:figured|thought|reckoned|assumed|decided|felt) (?:that )?(?:it |the (?:product|technical|tech) (?:stuff|side|details) )?(?:was(?:n'?t| not)|is(?:n'?t| not)) (?:really )?my (?:job|problem|place|area|concern) to (?:know|learn|understand|keep up)\\b",
        "\\b(?:learned|learnt|learn|knew|know|picked up) (?:just |only )?(?:enough|the bare minimum|the minimum)\\b[^.]{0,20}\\b(?:to get by|to scrape by|to pass|to survive|to get through)\\b",
      ],
      examples: [
        "I skipped the product training because I thought I could pick it up on the floor.",
        "I always left the technical questions to the engineers.",
        "I read the answer straight off the screen without really understanding it.",
        "I tuned out in the product briefing and missed the new returns rules.",
        "I saw no point in learning the specs when they were printed on the box.",
        "I figured it wasn't my job to know how the boilers worked.",
      ],
      nonExamples: [
        "I never skipped the product training.",
        "I'd try not to leave the technical questions to the engineers.",
        "My colleague skipped the training, so I walked him through the new features myself.",
        "I read the release notes for every update and tried the new features before customers asked.",
        "I passed the technical details to the engineer I had briefed and stayed on the line.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.characteristics, note: "knowledgeable staff giving accurate information and solutions without passing customers on" },
    {
      ...ARTICLES.topSkills,
      note: "why product knowledge matters, how to gain it (training, manuals, peers, hands-on use) and how to explain it clearly",
    },
  ],
};
