import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Professionalism: conduct that represents the organisation well, especially under provocation. */
export const professionalism: Competency = {
  id: "professionalism",
  name: "Professionalism",
  definition:
    "Professionalism is conducting yourself in a way that represents the organisation well in every contact, including the ones where the customer is rude, unfair or shouting. A professional agent keeps a level, courteous tone, does not treat hostile remarks as a personal attack, and never argues back, insults the company or airs grievances in front of a customer. It extends to written work — well-structured, polite and checked before it is sent — and to treating a bad interaction afterwards as something to learn from rather than a grudge to carry.",
  cluster: "self-management",
  facets: [
    {
      id: "composure-under-pressure",
      name: "Composure under pressure",
      description: "Keeping voice, tone and words measured when a customer is hostile, so the situation cools instead of escalating.",
    },
    {
      id: "not-taking-it-personally",
      name: "Not taking it personally",
      description: "Separating the customer's anger from oneself and responding to the problem rather than the insult.",
    },
    {
      id: "professional-writing",
      name: "Professional writing",
      description: "Emails and chat replies with a proper greeting, a clear structure, a courteous tone and no careless errors.",
    },
    {
      id: "learning-from-incidents",
      name: "Learning from difficult interactions",
      description: "Reviewing a bad contact afterwards to find the valid grievance underneath and handle the next one better.",
    },
  ],
  aliases: ["professional conduct", "professional demeanour", "professional demeanor", "professional manner", "poise", "decorum"],
  related: ["patience", "emotional-intelligence", "humility", "communication"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Behaves in a way that would embarrass the organisation in front of a customer.",
      anchors: [
        "Argued with, shouted back at or hung up on an abusive customer.",
        "Criticised their employer, manager or colleagues to the customer.",
        "Describes mirroring the customer's hostile tone as justified.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Asserts they are always professional without describing how they conducted themself in a real contact.",
      anchors: [
        "Says they “never let it get to them” or “always stay professional” and stops there.",
        "Equates professionalism with appearance or punctuality only, with no customer interaction described.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Describes a specific hostile or awkward contact in which they kept their conduct courteous and measured.",
      anchors: [
        "Recounts keeping a polite, even voice while a customer was insulting them.",
        "Explains that they treated the outburst as aimed at the situation, not at them personally.",
        "Mentions a written reply they structured and checked before sending.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their measured conduct defused a tense contact and protected the relationship.",
      anchors: [
        "Describes the specific steps that kept the contact civil, such as lowering their own pace and volume and restating the facts.",
        "Represented the organisation fairly, owning its mistake without disparaging colleagues.",
        "States the concrete outcome: the customer calmed, accepted the resolution or stayed with the business.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Holds a consistently high standard of conduct under sustained pressure and learns from each difficult contact.",
      anchors: [
        "Handled a prolonged or public confrontation, for example on social media, with composure from start to finish.",
        "Reviewed the recording or transcript afterwards, found the legitimate complaint and changed their approach or a template.",
        "Cites a measurable result, such as fewer escalations or a quality score, and passes the lesson on to others.",
      ],
    },
  ],
  indicators: [
    {
      id: "professionalism-measured-tone",
      kind: "positive",
      description: "Kept a level, courteous tone while the customer was hostile.",
      facet: "composure-under-pressure",
      patterns: [
        "\\bke(?:pt|ep) (?:my|a) (?:voice|tone|language|replies|wording)\\b[^.]{0,20}\\b(?:level|even|steady|measured|polite|courteous|professional|neutral|civil|respectful)\\b",
        "\\b(?:stay(?:ed)?|remain(?:ed)?) (?:polite|courteous|civil|respectful|level-headed|measured|matter-of-fact)\\b",
        "\\blower(?:ed)? my (?:voice|volume|pace)\\b",
      ],
      examples: [
        "I kept my voice level even when he started shouting about the refund.",
        "I stayed courteous while she swore at me over the phone.",
        "I lowered my voice and slowed down as he got louder.",
      ],
      nonExamples: [
        "I didn't keep my tone polite and ended up arguing with him.",
        "I would stay polite no matter what the customer said.",
        "Professionalism is about how you present yourself.",
      ],
    },
    {
      id: "professionalism-not-personal",
      kind: "positive",
      description: "Treated the customer's anger as about the situation, not a personal attack.",
      facet: "not-taking-it-personally",
      patterns: [
        "\\b(?:remind(?:ed)? myself|t(?:old|ell) myself|ke(?:pt|ep) in mind|recogni[sz](?:e|ed)|understood)\\b[^.]{0,30}\\b(?:wasn't|was not|isn't|is not|weren't|were not) (?:personal|about me|aimed at me|directed at me|meant for me)\\b",
        "\\bseparat(?:e|ed) (?:his|her|their|the customer'?s) (?:tone|anger|words|frustration|rudeness|language) from\\b",
      ],
      examples: [
        "I reminded myself that the anger wasn't about me but about the lost booking.",
        "I told myself it was not personal and carried on with the call.",
        "I separated her tone from the actual problem and focused on the missing order.",
      ],
      nonExamples: [
        "I didn't remind myself it wasn't personal and got defensive.",
        "I would remind myself that the anger was not about me.",
        "My supervisor told me it was not personal.",
      ],
    },
    {
      id: "professionalism-written-etiquette",
      kind: "positive",
      description: "Wrote a well-structured, courteous reply and checked it before sending.",
      facet: "professional-writing",
      patterns: [
        "\\b(?:wr(?:ite|ote)|draft(?:ed)?|sen(?:d|t)|compos(?:e|ed)|repl(?:y|ied) with)\\b[^.]{0,25}\\b(?:courteous|formal|polite|well-structured|carefully worded|professionally worded) (?:email|reply|message|response|letter)\\b",
        "\\b(?:proof-?read|re-?read|double-check(?:ed)?|check(?:ed)?) (?:the|my) (?:email|reply|message|response|letter|draft)\\b[^.]{0,30}\\bbefore\\b",
        "\\b(?:us(?:e|ed)|includ(?:e|ed)|add(?:ed)?) (?:a )?(?:clear subject line|proper greeting|polite greeting|proper sign-off|polite sign-off)\\b",
      ],
      examples: [
        "I wrote a courteous email with a clear subject line and a summary of the next steps.",
        "I proofread my reply before sending it to the customer.",
        "I added a clear subject line so the customer could find the thread again.",
      ],
      nonExamples: [
        "I didn't proofread my reply before sending it, and it had the wrong name.",
        "I would write a formal reply with a proper sign-off.",
      ],
    },
    {
      id: "professionalism-reviewed-incident",
      kind: "positive",
      description: "Reviewed a difficult interaction afterwards to learn from it.",
      facet: "learning-from-incidents",
      patterns: [
        "\\b(?:review(?:ed)?|went back over|go back over|listen(?:ed)? back to|replay(?:ed)?|reflect(?:ed)? on|debrief(?:ed)?|re-?read)\\b[^.]{0,20}\\b(?:the|that) (?:call|recording|conversation|interaction|complaint|chat log|chat|transcript|exchange|email thread)\\b",
      ],
      examples: [
        "I listened back to the call recording to see where it had gone wrong.",
        "I reviewed the chat transcript with my team leader the next morning.",
        "I reflected on that conversation and found the customer had a fair point about the fees.",
      ],
      nonExamples: [
        "I never reviewed the call afterwards.",
        "I would review the recording with my team leader.",
        "My manager reviewed the call and gave me feedback.",
      ],
    },
    {
      id: "professionalism-argued-back",
      kind: "red-flag",
      description: "Argued with, shouted back at or hung up on the customer.",
      patterns: [
        "\\b(?:argu(?:e|ed)|got into an argument|had an argument|got into a row) with (?:him|her|them|the customer|the caller|the guest)\\b",
        "\\b(?:shout(?:ed)?|yell(?:ed)?|snap(?:ped)?|swor(?:e)|bit) back\\b",
        "\\b(?:hung up on|hang up on|put the phone down on) (?:him|her|them|the customer|the caller)\\b",
      ],
      examples: [
        "I argued with him because he was being unreasonable about the warranty.",
        "I snapped back when she called me useless.",
        "I hung up on the customer after he swore at me.",
      ],
      nonExamples: [
        "I never argued with the customer, even when she was wrong.",
        "I would hang up on the customer if he kept swearing.",
      ],
    },
    {
      id: "professionalism-disparaged-employer",
      kind: "red-flag",
      description: "Criticised the company, management or colleagues in front of the customer.",
      patterns: [
        "\\b(?:complain(?:ed)?|moan(?:ed)?|badmouth(?:ed)?|bad-mouth(?:ed)?|criticis(?:e|ed)|criticiz(?:e|ed))\\b[^.]{0,10}\\b(?:about )?(?:the company|my (?:manager|boss|employer|colleagues)|management|head office)\\b[^.]{0,25}\\b(?:to|in front of|with) (?:him|her|them|the customer|the caller|the guest)\\b",
      ],
      examples: [
        "I complained about my manager to the customer while I processed the return.",
        "I badmouthed head office in front of the customer to get her on my side.",
      ],
      nonExamples: [
        "I didn't complain about my manager to the customer.",
        "I would never badmouth the company in front of the customer.",
        "If I criticised management in front of the customer, it would make the whole store look bad.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.threeQualities,
      note: "professionalism as the first of three Ps: staying calm and collected, representing the brand, learning from bad experiences",
    },
    {
      ...ARTICLES.topEight,
      note: "staying professional to protect the company's image; not taking negative comments personally",
    },
    { ...ARTICLES.topSkills, note: "professional tone and etiquette in written customer communication" },
  ],
};
