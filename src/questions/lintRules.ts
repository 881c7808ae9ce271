/** A topic an interviewer must not ask a candidate about. */
export type ProtectedTopic =
  | "age"
  | "marital-or-family-status"
  | "pregnancy-or-childcare"
  | "religion"
  | "national-origin-or-citizenship"
  | "race-or-ethnicity"
  | "disability-or-health"
  | "sexual-orientation"
  | "gender-identity"
  | "arrests"
  | "union-membership"
  | "genetic-information";

/**
 * Patterns that put a protected topic to the candidate. Each looks for the topic asked of the
 * candidate ("your", "you"), so a scenario about a customer's health or family is not flagged.
 */
export const PROTECTED_TOPICS: readonly { readonly topic: ProtectedTopic; readonly label: string; readonly patterns: readonly RegExp[] }[] = [
  {
    topic: "age",
    label: "age or date of birth",
    patterns: [
      /\bhow old\b/i,
      /\byour (?:age|date of birth|birth ?date|birthday|year of birth)\b/i,
      /\b(?:when|what year) were you born\b/i,
      /\b(?:date|year) of birth\b/i,
      /\bwhen (?:did|do) you (?:graduate|plan to retire)\b/i,
      /\b(?:too old|too young|close to retirement)\b/i,
    ],
  },
  {
    topic: "marital-or-family-status",
    label: "marital or family status",
    patterns: [
      /\b(?:are|were) you (?:married|single|divorced|engaged|widowed|in a relationship)\b/i,
      /\byour (?:marital status|husband|wife|spouse|boyfriend|girlfriend|partner's job|family situation|family plans)\b/i,
      /\bdo you have (?:any )?(?:children|kids|a family|dependants|dependents)\b/i,
      /\bhow many (?:children|kids)\b/i,
      /\b(?:plan|planning|want) to (?:have|start) (?:a family|children|kids)\b/i,
    ],
  },
  {
    topic: "pregnancy-or-childcare",
    label: "pregnancy or childcare",
    patterns: [
      /\bpregnan(?:t|cy)\b/i,
      /\bexpecting a (?:baby|child)\b/i,
      /\bmaternity\b|\bpaternity\b/i,
      /\b(?:your )?child ?care (?:arrangements?|situation|plans?)\b/i,
      /\bwho (?:looks after|takes care of|minds) your (?:children|kids)\b/i,
    ],
  },
  {
    topic: "religion",
    label: "religion",
    patterns: [
      /\byour (?:religion|religious|faith|church|mosque|synagogue|temple)\b/i,
      /\bwhat religion\b/i,
      /\b(?:religious )?holidays? (?:do you|you) (?:observe|celebrate)\b/i,
      /\bdo you (?:pray|attend (?:church|services|mass|mosque|synagogue|temple))\b/i,
    ],
  },
  {
    topic: "national-origin-or-citizenship",
    label: "national origin or citizenship",
    patterns: [
      /\bwhere (?:are you|were you born|is your family) from\b/i,
      /\bwhere were you born\b/i,
      /\byour (?:nationality|citizenship|country of origin|native (?:language|tongue|country)|accent|heritage|ancestry)\b/i,
      /\bare you a (?:\w+ )?citizen\b/i,
      /\bwhat country\b[^?.]{0,30}\byou\b/i,
      /\bis english your first language\b/i,
    ],
  },
  {
    topic: "race-or-ethnicity",
    label: "race or ethnicity",
    patterns: [/\byour (?:race|ethnicity|ethnic (?:background|origin|group)|skin colou?r)\b/i, /\bwhat (?:race|ethnicity)\b/i],
  },
  {
    topic: "disability-or-health",
    label: "disability or health",
    patterns: [
      /\byour (?:health|medical (?:history|condition)|disabilit(?:y|ies)|illness(?:es)?|medication|mental health|weight|height)\b/i,
      /\b(?:do|have) you (?:have|had|ever had|suffer from|been treated for)\b[^?.]{0,30}\b(?:disabilit|illness|condition|medical|health|injur|depress|anxiety)/i,
      /\b(?:are you|were you) (?:disabled|sick|ill|handicapped)\b/i,
      /\bhow many (?:sick|days off sick)\b|\bsick (?:days|leave) (?:did|have|do) you\b/i,
    ],
  },
  {
    topic: "sexual-orientation",
    label: "sexual orientation",
    patterns: [/\b(?:your )?sexual(?:ity| orientation)\b/i, /\bare you (?:gay|lesbian|straight|bisexual|queer)\b/i],
  },
  {
    topic: "gender-identity",
    label: "gender identity",
    patterns: [/\byour (?:gender|sex)\b(?! of the customer)/i, /\bare you (?:transgender|trans|a man or a woman|male or female)\b/i, /\bgender identity\b/i],
  },
  {
    topic: "arrests",
    label: "arrests",
    patterns: [/\b(?:have|were) you (?:ever )?(?:been )?arrested\b/i, /\byour arrest(?: record)?s?\b/i, /\barrest record\b/i],
  },
  {
    topic: "union-membership",
    label: "union membership",
    patterns: [/\b(?:are|were) you (?:in|a member of) (?:a |the )?(?:trade |labou?r )?union\b/i, /\byour (?:trade |labou?r )?union\b/i, /\bunion (?:member|membership|activit)/i],
  },
  {
    topic: "genetic-information",
    label: "genetic information",
    patterns: [/\bgenetic\b/i, /\bfamily (?:medical|health) history\b/i, /\byour dna\b/i],
  },
];

/** Openings of a closed yes/no question. */
export const CLOSED_OPENING = /^\s*(?:do|does|did|have|has|had|are|is|was|were|can|could|will|would|should|shall|may|might)\s+(?:you|your|it|there|this|that|they)\b/i;

/** Phrases that lead the candidate towards the expected answer. */
export const LEADING = [
  /\b(?:wouldn't|don't|didn't|isn't|aren't|won't|can't|shouldn't) (?:you|it|they|that)\b[^?]*\?\s*$/i,
  /\b(?:surely|obviously|of course|clearly)\b/i,
  /\byou (?:agree|would agree)\b/i,
  /\bright\?\s*$/i,
  /\bhow (?:great|important|much do you love|happy)\b/i,
  /\bisn't it\b|\bdon't you think\b/i,
];

/** Words of the conditional mood, which make a question hypothetical. */
export const HYPOTHETICAL = /\b(?:would|could|might|if you were|suppose|imagine|what if)\b/i;

/** Words that ask about the past. */
export const PAST_CUE = /\b(?:tell me about a time|describe a (?:time|situation|occasion)|give (?:me )?an example|walk me through|recall|share an? (?:example|experience|occasion)|when you|a time (?:when )?you|did you|have you|you (?:\w+ed|had|were|made|took|gave|felt|found|went|chose|told|kept|got))\b/i;
