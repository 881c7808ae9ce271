import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Proactiveness: acting on the customer's needs before they have to ask. */
export const proactiveness: Competency = {
  id: "proactiveness",
  name: "Proactiveness",
  definition:
    "Proactiveness is acting on a customer's needs before the customer has to ask. A proactive agent warns people about a delay or outage before they notice it, offers the next thing they will need while the first request is still open, checks back after a fix without waiting for a complaint, and raises a recurring fault so the next customer never meets it. It moves service from reacting to problems to heading them off, which saves the customer effort and spares the team repeat contacts.",
  cluster: "resolution",
  facets: [
    {
      id: "anticipating-needs",
      name: "Anticipating needs",
      description: "Foreseeing what the customer will need next and offering it before they ask.",
    },
    {
      id: "early-warning",
      name: "Early warning",
      description: "Telling customers about a delay, outage or expiring service before they discover it themselves.",
    },
    {
      id: "unprompted-follow-up",
      name: "Unprompted follow-up",
      description: "Checking back after a fix or delivery to confirm it worked, without waiting to hear of a problem.",
    },
    {
      id: "self-started-improvements",
      name: "Self-started improvements",
      description: "Flagging faults or creating resources on their own accord so the same problem stops reaching customers.",
    },
  ],
  aliases: ["proactivity", "initiative", "proactive service", "taking initiative", "anticipating needs"],
  related: ["responsiveness", "problem-solving", "personalization", "people-first"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Waits to be told: acts only once the customer chases or complains, and limits help to the literal request.",
      anchors: [
        "Knew about a delay or fault but left customers to discover it and call in.",
        "Describes answering only the exact question asked while an obvious next problem went unmentioned.",
        "Treats spotting or reporting recurring issues as someone else's job.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Describes themself as a self-starter but offers no moment of acting ahead of a request.",
      anchors: [
        "Says they “always think one step ahead” without naming a step they took.",
        "Mentions follow-up calls as something the team does, with no account of making one themself.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of acting before the customer asked, at a basic level.",
      anchors: [
        "Told a customer about a delay or change before the customer raised it.",
        "Offered a related item, setting or piece of advice the customer had not asked for but needed.",
        "Checked back once after a fix to confirm it had worked.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which they foresaw a need or problem, acted on their own accord and headed it off.",
      anchors: [
        "Explains the sign that told them a problem was coming and what they did about it before it landed.",
        "Contacted affected customers ahead of time and can say how many complaints or callbacks that avoided.",
        "Arranged the customer's next step, such as a booking or replacement, so no second contact was needed.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Anticipates in several ways, shows a measurable effect, and turns one case into prevention for many customers.",
      anchors: [
        "Combines early warning, an unrequested extra and a follow-up check within one account.",
        "Flagged a pattern or built a resource without being asked, and reports a fall in related contacts.",
        "Reflects on how they look for early signs of trouble and made that part of their routine or the team's.",
      ],
    },
  ],
  indicators: [
    {
      id: "proactiveness-warned-early",
      kind: "positive",
      description: "Told the customer about a delay, fault or change before the customer noticed or had to ask.",
      facet: "early-warning",
      patterns: [
        "\\b(?:contact(?:ed)?|call(?:ed)?|rang|ring|phon(?:e|ed)|email(?:ed)?|messag(?:e|ed)|text(?:ed)?|warn(?:ed)?|told|tell|let|alert(?:ed)?|notif(?:y|ied)|inform(?:ed)?)\\b[^.]{0,60}\\bbefore (?:he|she|they|the customer|the customers|customers|anyone|any of them) (?:even )?(?:had )?(?:notic(?:e|ed)|ask(?:ed)?|call(?:ed)?|chas(?:e|ed)|complain(?:ed)?|reali[sz](?:e|ed)|f(?:ou|i)nd out|got in touch|get in touch|contact(?:ed)?|had to|have to|spotted|spot)",
        "\\b(?:warn(?:ed)?|alert(?:ed)?|g[ai]ve) (?:him|her|them|the customer|customers|the customers|everyone affected)\\b[^.]{0,20}\\b(?:a )?(?:heads-up|heads up|advance notice|early warning)\\b",
      ],
      examples: [
        "I emailed every affected customer about the delay before any of them had noticed.",
        "I rang her to warn her that the engineer was running late before she had to chase us.",
        "I gave him a heads-up that his contract was about to renew at a higher price.",
      ],
      nonExamples: [
        "I didn't warn him before he noticed the double charge on his statement.",
        "I would call customers before they notice a delay.",
        "Being proactive means thinking ahead.",
      ],
    },
    {
      id: "proactiveness-offered-unasked",
      kind: "positive",
      description: "Foresaw what the customer would need next and offered or arranged it without being asked.",
      facet: "anticipating-needs",
      patterns: [
        "\\b(?:offer(?:ed)?|suggest(?:ed)?|mention(?:ed)?|point(?:ed)? out|show(?:ed)?|set up|sent|send|add(?:ed)?|includ(?:e|ed)|arrang(?:e|ed)|book(?:ed)?)\\b[^.]{0,60}\\b(?:without (?:him|her|them|the customer|being) (?:having to )?ask(?:ing|ed)?|before (?:he|she|they|the customer) (?:even )?asked)\\b",
        "\\b(?:anticipat(?:e|ed)|predict(?:ed)?|guess(?:ed)?|figur(?:e|ed)|knew) (?:that )?(?:he|she|they|the customer) (?:would|might|was going to|were going to) (?:need|want|ask|struggle|run out|have trouble)\\b",
      ],
      examples: [
        "I set up the automatic top-up for her without her having to ask, because I could see she ran out every month.",
        "I anticipated that he would need a loan phone while his was repaired and had one ready at the counter.",
      ],
      nonExamples: [
        "I never anticipated that they would need a replacement charger.",
        "I would offer extra help before the customer even asked.",
        "I have lots of initiative and I am known for initiative.",
      ],
    },
    {
      id: "proactiveness-checked-back-unprompted",
      kind: "positive",
      description: "Got back in touch after the fix or delivery of their own accord, before the customer had to chase, to confirm all was well.",
      facet: "unprompted-follow-up",
      patterns: [
        "\\b(?:follow(?:ed)? up|check(?:ed)? (?:back )?in|call(?:ed)? (?:him|her|them|the customer) back|rang (?:him|her|them|the customer) back|ring (?:him|her|them|the customer) back|got back in touch|messag(?:e|ed) (?:him|her|them|the customer)|email(?:ed)? (?:him|her|them|the customer))\\b[^.]{0,60}\\b(?:unprompted|of my own accord|without (?:being asked|waiting to hear|(?:him|her|them|the customer) (?:having to )?(?:ask|chas)(?:e|ed|ing)?)|before (?:he|she|they|the customer) (?:had (?:a |the )?chance to|could) (?:chase|call|ring|complain|ask|get in touch))",
      ],
      examples: [
        "I emailed her a week after the delivery, unprompted, to make sure the sofa had arrived undamaged.",
        "I rang him back the next morning without being asked, to check the boiler was still holding pressure.",
        "I checked in with her once the account migration was done, before she had a chance to chase us.",
      ],
      nonExamples: [
        "I never followed up with him afterwards without being asked to.",
        "I would follow up a few days later, unprompted, to make sure everything was working.",
        "I have great proactivity and I am known for follow-up.",
      ],
    },
    {
      id: "proactiveness-self-started-fix",
      kind: "positive",
      description: "Flagged a recurring fault or created a resource on their own accord so fewer customers hit the problem.",
      facet: "self-started-improvements",
      patterns: [
        "\\b(?:wr(?:ote|ite)|creat(?:e|ed)|draft(?:ed)?|put together|buil[td]|set up|start(?:ed)?|made|make|updat(?:e|ed)|add(?:ed)?)\\b[^.]{0,60}\\bwithout (?:being (?:asked|told)|anyone (?:asking|telling) me|waiting (?:to be asked|for (?:a|the) (?:ticket|complaint|request)))\\b",
        "\\b(?:flag(?:ged)?|report(?:ed)?|rais(?:e|ed)|escalat(?:e|ed))\\b[^.]{0,50}\\bbefore (?:any )?(?:more |other |further )?(?:customers?|anyone else|people) (?:were|was|got|could be) (?:affected|hit|caught out|charged)\\b",
      ],
      examples: [
        "I wrote a short setup guide for the new router without being asked, and calls about it dropped by a third.",
        "I flagged the faulty batch to the warehouse before more customers were affected.",
      ],
      nonExamples: [
        "I didn't flag the faulty batch before more customers were affected.",
        "I would write a guide without being asked.",
      ],
    },
    {
      id: "proactiveness-waited-to-be-chased",
      kind: "red-flag",
      description: "Held back until the customer chased or complained, or did only the literal request.",
      patterns: [
        "\\bwait(?:ed)? (?:for|until|till) (?:him|her|them|he|she|they|the customer|customers|the customers|someone|somebody) (?:to )?(?:call|chase|complain|ask|notice|come back|ring|get back)",
        "\\b(?:only|just) (?:did|answered|dealt with|handled|fixed) (?:exactly )?what (?:he|she|they|the customer|I was) (?:asked|told)\\b",
      ],
      examples: [
        "I waited for the customer to chase before I looked into the missing refund.",
        "I only answered what she asked and closed the chat, even though I could see her plan was about to expire.",
      ],
      nonExamples: [
        "I never waited for customers to chase me about a delay.",
        "I wouldn't wait for the customer to complain before checking the order.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "proactiveness as staying a step ahead of the customer: following up by email, solving problems early, offering extra services",
    },
    {
      ...ARTICLES.topSkills,
      note: "a proactive, solutions-oriented approach (offering alternatives and goodwill gestures unprompted); the cost of skipping a check-back once an issue is closed",
    },
  ],
};
