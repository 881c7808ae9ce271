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
      description: "Guessed or gave wrong product information instead of checking.",
      patterns: [
        "\\b(?:guess(?:ed)?|made up|make up) (?:the |an |a )?(?:answer|price|date|spec|specification|figure|delivery date|policy|details?)\\b",
        "\\b(?:gave|give|told|tell) (?:him|her|them|the customer|a customer) (?:the )?(?:wrong|incorrect|inaccurate|out-of-date|outdated) (?:information|price|advice|answer|details|specs?|date)\\b",
      ],
      examples: [
        "I guessed the answer because I did not want to look unsure.",
        "I gave her the wrong price for the upgrade and she was charged more.",
      ],
      nonExamples: [
        "I never guessed an answer; I checked the knowledge base first.",
        "I would never guess the answer to a technical question.",
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
