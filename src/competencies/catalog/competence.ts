import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Competence: being able, and allowed, to get the customer's issue fixed properly the first time. */
export const competence: Competency = {
  id: "competence",
  name: "Competence",
  definition:
    "Competence is the ability to get a customer's issue properly resolved, ideally in the first contact, instead of sending them round the organisation. A competent agent knows the procedures, uses the authority they have to make decisions on the spot, and owns the case until it is closed. When a hand-off cannot be avoided, they pass the case on so completely that the customer never has to start again or wait through another queue.",
  cluster: "resolution",
  facets: [
    {
      id: "first-contact-resolution",
      name: "First-contact resolution",
      description: "Settling the issue within the customer's first call, chat or visit, so no callback or repeat contact is needed.",
    },
    {
      id: "ownership",
      name: "Ownership",
      description: "Treating the case as one's own and staying with it until it is fully closed, across departments if need be.",
    },
    {
      id: "using-authority",
      name: "Using authority",
      description: "Making the decisions one is empowered to make (a refund, a replacement, a goodwill credit) instead of escalating by reflex.",
    },
    {
      id: "warm-handover",
      name: "Warm handover",
      description: "When a specialist is truly needed, briefing them fully so the customer is not lost in the transfer or made to repeat themselves.",
    },
  ],
  aliases: ["competent", "ability to resolve", "first-contact resolution", "first-call resolution", "FCR", "issue resolution"],
  related: ["problem-solving", "product-knowledge", "responsiveness", "consistency"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Leaves the customer unresolved: passes them along, says nothing can be done or transfers them blind.",
      anchors: [
        "Told the customer the matter was not their department and gave them another number to ring.",
        "Said nothing could be done without looking for what was within their power.",
        "Transferred the customer cold, so the customer had to explain everything again.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to be capable and to “always resolve issues” without a case that shows how.",
      anchors: [
        "Quotes a high resolution rate or “I always get it sorted” with no example behind it.",
        "Describes an issue that was resolved mainly by a manager or another team.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case they resolved themselves, at least partly within the first contact.",
      anchors: [
        "Fixed a routine issue while the customer was still on the call or at the counter.",
        "Made a decision they were allowed to make, such as a small refund, without escalating.",
        "Stayed responsible for the case rather than handing it straight on.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which they owned a non-trivial case and resolved it cleanly, with a clear result.",
      anchors: [
        "Resolved a case that could easily have been bounced between departments, and explains how they kept hold of it.",
        "Used their own discretion or approval limit to settle the issue on the spot and says what that saved the customer.",
        "Where a specialist was needed, briefed them fully and confirms the customer did not have to repeat anything.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Consistently resolves issues first time, with measurable results and improvements that let others do the same.",
      anchors: [
        "Combines ownership, on-the-spot decisions and a clean handover across a complex case.",
        "Cites a measurable result such as a higher first-contact resolution rate or fewer repeat calls.",
        "Fixed the gap that caused transfers (a missing permission, a script, a guide) so colleagues could resolve first time too.",
      ],
    },
  ],
  indicators: [
    {
      id: "competence-first-contact",
      kind: "positive",
      description: "Resolved the issue within the customer's first contact, with no transfer or repeat call.",
      facet: "first-contact-resolution",
      patterns: [
        "\\b(?:fix(?:ed)?|resolv(?:e|ed)|sort(?:ed)?(?: out)?|solv(?:e|ed)|settl(?:e|ed)|clear(?:ed)? up)\\b[^.]{0,50}\\b(?:on the (?:same|first|one) (?:call|chat|visit|contact)|(?:during|in|within) (?:that|the same|the first|one|a single) (?:call|chat|visit|conversation|contact|email)|while (?:he|she|they|the customer) (?:was|were) (?:still )?(?:on the (?:line|phone|call)|at the (?:counter|desk|till)))\\b",
        "\\b(?:fix(?:ed)?|resolv(?:e|ed)|sort(?:ed)?(?: out)?|solv(?:e|ed))\\b[^.]{0,40}\\b(?:first time|without (?:a |any )?(?:transfer|escalation|callback|call-back|second call|repeat call)|without (?:transferring|escalating|passing on))\\b",
      ],
      examples: [
        "I resolved the billing error on the same call, so she never had to ring back.",
        "I fixed his login problem while he was still on the line.",
        "I sorted out the refund in a single conversation without any transfer.",
      ],
      nonExamples: [
        "I didn't resolve it on the first call, so he had to ring back twice.",
        "I would fix it on the first call whenever possible.",
        "First-contact resolution is a key metric.",
      ],
    },
    {
      id: "competence-ownership",
      kind: "positive",
      description: "Took the case as their own and stayed with it until it was closed.",
      facet: "ownership",
      patterns: [
        "\\b(?:took|take|kept|keep|taking) (?:full |personal )?ownership of\\b",
        "\\b(?:saw|see|stayed with|stay with|stuck with|stick with|kept hold of) (?:it|the (?:case|complaint|ticket|issue|problem|claim)) (?:through )?(?:to the end|until (?:it was|it had been) (?:fixed|resolved|closed|sorted|paid))\\b",
      ],
      examples: [
        "I took ownership of the complaint instead of sending her back to the store.",
        "I stayed with the case until it was resolved, even though it crossed three departments.",
      ],
      nonExamples: [
        "I didn't take ownership of the case because I assumed billing would handle it.",
        "I would take ownership of the problem.",
        "Ownership is a big part of the job.",
      ],
    },
    {
      id: "competence-used-authority",
      kind: "positive",
      description: "Made a decision within their own authority to settle the issue instead of escalating it.",
      facet: "using-authority",
      patterns: [
        "\\b(?:us(?:e|ed)|within) my (?:own )?(?:authority|discretion|approval limit|sign-off limit)\\b",
        "\\b(?:authori[sz](?:e|ed)|approv(?:e|ed)|issu(?:e|ed)|process(?:ed)?|arrang(?:e|ed))\\b[^.]{0,20}\\b(?:refund|replacement|credit|exchange|rain ?check|goodwill (?:credit|gesture|payment))\\b[^.]{0,30}\\b(?:myself|on the spot|there and then|without (?:needing|waiting for|asking) (?:a |the |my )?(?:manager|supervisor))\\b",
      ],
      examples: [
        "I used my discretion to refund the delivery charge straight away.",
        "I approved a replacement on the spot instead of sending it up to my manager.",
        "I issued the goodwill credit myself without waiting for a supervisor.",
      ],
      nonExamples: [
        "I didn't use my authority to refund her, so she waited a week for the manager.",
        "I would approve a refund on the spot if it was under twenty pounds.",
      ],
    },
    {
      id: "competence-warm-handover",
      kind: "positive",
      description: "When a transfer was needed, briefed the specialist so the customer did not have to start again.",
      facet: "warm-handover",
      patterns: [
        "\\b(?:brief(?:ed)?|fill(?:ed)? in|summari[sz](?:e|ed) the case for)\\b[^.]{0,30}\\b(?:specialist|colleague|engineer|second-line|technician|supervisor|billing team|next team)\\b",
        "\\bstay(?:ed)? on the (?:line|call) (?:while|until|during)\\b[^.]{0,30}\\b(?:transfer|handover|specialist|engineer|colleague|technician)\\b",
      ],
      examples: [
        "I briefed the specialist on everything she had already tried, so she did not have to repeat herself.",
        "I stayed on the line until the engineer picked up the transfer.",
      ],
      nonExamples: [
        "I didn't brief the engineer, I just put the call through.",
        "I would brief the specialist before transferring the customer.",
      ],
    },
    {
      id: "competence-passed-on",
      kind: "red-flag",
      description: "Told the customer nothing could be done, or that the issue was not their job, and left it there.",
      patterns: [
        "\\b(?:told|tell|said to|say to) (?:him|her|them|the customer|a customer|customers) (?:that )?there (?:was|is) nothing (?:I|we) (?:could|can) do\\b",
        "\\b(?:told|tell|said to|say to) (?:him|her|them|the customer|a customer|customers) (?:that )?(?:it|this|that) (?:was(?:n't| not)|is(?:n't| not)|'s not) (?:my|our) (?:job|problem|department|area|responsibility)\\b",
      ],
      examples: [
        "I told her there was nothing I could do and ended the call.",
        "I told the customer it wasn't my department and gave him the head-office number.",
      ],
      nonExamples: [
        "I never told a customer there was nothing I could do.",
        "I would tell them it's not my department if they asked about billing.",
      ],
    },
    {
      id: "competence-blind-transfer",
      kind: "red-flag",
      description: "Transferred the customer to someone else without checking or passing on what they knew.",
      patterns: [
        "\\btransfer(?:red)? (?:him|her|them|the customer|a customer|the call|it) (?:through |on |over )?to (?:someone else|another (?:department|team|agent|line)|a different (?:department|team)|the next (?:team|department|person))\\b[^.]{0,30}\\bwithout\\b",
      ],
      examples: [
        "I just transferred him to another department without checking whether they could help.",
        "I transferred the call to a different team without any notes.",
      ],
      nonExamples: [
        "I never transferred a customer to another team without a note.",
        "I would transfer the call to another department without a note if the queue was long.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.goodRepresentative,
      note: "competence as being able, and allowed, to resolve an issue on the first contact; what transfers and call-backs cost",
    },
    { ...ARTICLES.characteristics, note: "resolving issues swiftly without passing customers from one representative to another" },
    { ...ARTICLES.threeQualities, note: "empowering staff to settle small issues themselves instead of escalating" },
  ],
};
