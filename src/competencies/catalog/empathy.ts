import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Empathy: understanding how the customer feels and letting them know it. */
export const empathy: Competency = {
  id: "empathy",
  name: "Empathy",
  definition:
    "Empathy is understanding how a customer feels about their situation and showing them that you do. An empathetic agent notices the emotion behind a request — worry about a late delivery, embarrassment at not understanding a bill — names it without judging it, and lets that understanding shape what they do next, so the customer feels treated as a person rather than a ticket.",
  cluster: "relational",
  facets: [
    {
      id: "acknowledging-feelings",
      name: "Acknowledging feelings",
      description: "Noticing the customer's emotion and saying so in words that fit it.",
    },
    {
      id: "perspective-taking",
      name: "Perspective taking",
      description: "Seeing the problem from the customer's side, including what it costs them.",
    },
    {
      id: "sincere-apology",
      name: "Sincere apology",
      description: "Apologising for the customer's experience in a way that is specific and owned, not scripted.",
    },
  ],
  aliases: ["empathetic", "empathic", "compassion"],
  related: ["emotional-intelligence", "active-listening", "patience", "people-first"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Treats the customer's feelings as irrelevant or as a nuisance.",
      anchors: [
        "Dismisses or mocks the customer's upset (“they were overreacting”).",
        "Describes the customer only as a problem to get rid of.",
        "Offers no sign of having noticed how the customer felt.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to care about customers but shows no moment of doing so.",
      anchors: [
        "Says they are “a people person” or “very empathetic” without an example.",
        "Mentions saying sorry as a routine phrase, not tied to the customer's situation.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a real example in which they noticed and acknowledged a customer's feeling.",
      anchors: [
        "Names the customer's emotion in the story (“she was worried the gift would not arrive”).",
        "Acknowledged that feeling to the customer before moving to the fix.",
        "Apologised for the specific inconvenience the customer went through.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which understanding the customer's feelings visibly shaped their actions and the outcome.",
      anchors: [
        "Explains what the situation meant for the customer and acted on it (e.g. prioritised the urgent deadline).",
        "Acknowledged the feeling, apologised sincerely and then fixed the problem.",
        "States how the customer felt or responded at the end.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Several distinct empathetic behaviours with a concrete result and lasting follow-through.",
      anchors: [
        "Combines acknowledging, perspective taking and a tailored gesture in one interaction.",
        "Followed up afterwards to check the customer was all right.",
        "Reflects on what they learned about reading customers, or changed a process so others would not feel the same.",
      ],
    },
  ],
  indicators: [
    {
      id: "empathy-acknowledge-feeling",
      kind: "positive",
      description: "Acknowledged the customer's feeling out loud.",
      facet: "acknowledging-feelings",
      patterns: [
        "\\b(?:acknowledg(?:e|ed|ing)|recogni[sz](?:e|ed|ing)|validat(?:e|ed|ing))\\b[^.]{0,40}\\b(?:feel(?:ing|ings)?|frustrat(?:ed|ion)|upset|worr(?:y|ied)|anger|angry|stress(?:ed)?|disappoint(?:ed|ment)|concern(?:s)?)\\b",
        "\\b(?:told|assured|reassured)\\b[^.]{0,30}\\b(?:understood|could see|could hear)\\b[^.]{0,40}\\b(?:frustrat|upset|worr|stress|disappoint|difficult|hard)",
      ],
      examples: [
        "I acknowledged how frustrated she was before I said anything about the refund.",
        "I told him I understood how stressful it was to be without internet during exams.",
      ],
      nonExamples: [
        "I didn't acknowledge his frustration at first, which made it worse.",
        "I would acknowledge the customer's feelings and then solve the problem.",
        "Acknowledging feelings is important in customer service.",
      ],
    },
    {
      id: "empathy-sincere-apology",
      kind: "positive",
      description: "Apologised for the customer's specific experience.",
      facet: "sincere-apology",
      patterns: ["\\bapologi[sz](?:e|ed|ing)\\b[^.]{0,60}\\b(?:for|that)\\b", "\\bsaid (?:I was|I'm|I am) sorry\\b"],
      examples: [
        "I apologised to her for the two weeks she had waited.",
        "I said I was sorry that the order had arrived damaged.",
      ],
      nonExamples: [
        "I never apologised for the delay because it was not my fault.",
        "I would apologise for the delay and offer a discount.",
        "My manager apologised to the customer for the delay.",
      ],
    },
    {
      id: "empathy-perspective-taking",
      kind: "positive",
      description: "Put themself in the customer's place and saw what the problem cost them.",
      facet: "perspective-taking",
      patterns: [
        "\\b(?:put|putting) myself in (?:his|her|their|the customer'?s) (?:shoes|place|position)\\b",
        "\\b(?:realised|realized|understood|saw|could see) (?:that |how |why )?[^.]{0,40}\\b(?:meant|mattered|important|depend(?:ed|ing)) (?:to|on)\\b",
      ],
      examples: [
        "I put myself in her shoes and thought about how I would feel with a broken fridge and a baby at home.",
        "I realised how much the delivery mattered to him because it was his daughter's birthday present.",
      ],
      nonExamples: [
        "I would put myself in the customer's shoes.",
        "I didn't realise how much the delivery mattered to him until later.",
      ],
    },
    {
      id: "empathy-dismissing",
      kind: "red-flag",
      description: "Dismissed, belittled or mocked the customer's feelings.",
      patterns: [
        "\\b(?:told|said to) (?:him|her|them|the customer) (?:to )?(?:calm down|stop (?:complaining|whining)|get over it)\\b",
        "\\b(?:laughed at|made fun of|rolled my eyes at)\\b",
        "\\b(?:he|she|they|the customer) (?:was|were) (?:just )?(?:overreacting|being dramatic|being ridiculous)\\b",
      ],
      examples: [
        "I told her to calm down because it was only a parcel.",
        "Honestly the customer was just overreacting, so I laughed at him.",
      ],
      nonExamples: [
        "I never told a customer to calm down.",
        "I would never laugh at a customer.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.characteristics, note: "empathy as the most crucial characteristic; genuine concern for a disappointed customer" },
    { ...ARTICLES.topSkills, note: "ways to show empathy: reflective responses, sincere apology, acknowledging frustration" },
    { ...ARTICLES.threeQualities },
  ],
};
