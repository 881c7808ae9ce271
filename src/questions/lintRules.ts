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
 * Patterns that put a protected topic to the candidate, by name or by proxy (the year they left
 * school for age, a maiden name for marital status, a place of worship for religion). Each looks for
 * the topic asked of the candidate ("your", "you"), so a scenario about a customer's health, family
 * or holiday is not flagged.
 */
export const PROTECTED_TOPICS: readonly { readonly topic: ProtectedTopic; readonly label: string; readonly patterns: readonly RegExp[] }[] = [
  {
    topic: "age",
    label: "age or date of birth, directly or by proxy (a birth, graduation or school-leaving year, retirement plans)",
    patterns: [
      /\bhow old (?:are|were|will) you\b/i,
      /\byour (?:age|date of birth|birth ?date|birthday|year of birth|graduation (?:year|date))\b/i,
      /\b(?:when|what year|which year|(?:in )?what year) were you born\b|\b(?:what|which) year were you born in\b/i,
      /\b(?:date|year) of birth\b/i,
      /\bwhen (?:did|do) you (?:graduate|plan to retire)\b/i,
      // The year they finished their schooling: an age proxy.
      /\b(?:what|which) year did you (?:graduate|finish|leave|complete|start)\b/i,
      /\bwhen did you (?:finish|leave|complete) (?:school|high school|secondary school|college|university|your (?:degree|studies|education|schooling))\b/i,
      /\byears? (?:do you have )?(?:left )?(?:before|until) you retire\b|\bwhen (?:will|would) you retire\b/i,
      /\b(?:too old|too young|close to retirement)\b/i,
    ],
  },
  {
    topic: "marital-or-family-status",
    label: "marital or family status, directly or by proxy (a maiden name, children's ages, who they live with)",
    patterns: [
      /\b(?:are|were) you (?:married|single|divorced|engaged|widowed|in a relationship)\b/i,
      /\byour (?:marital status|husband|wife|spouse|boyfriend|girlfriend|partner's job|family situation|family plans)\b/i,
      /\bdo you have (?:any )?(?:children|kids|a family|dependants|dependents)\b/i,
      /\bhow many (?:children|kids)\b/i,
      /\bhow old (?:are|is) your (?:children|kids|son|daughter|child|youngest|eldest|oldest)\b/i,
      /\byour maiden name\b|\bmaiden name\b[^?.]{0,20}\byou\b|\bwhat was your (?:surname|last name|family name) before\b/i,
      /\bwho do you live with\b|\bdo you live (?:alone|with (?:anyone|someone|your (?:partner|parents|family)))\b/i,
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
    label: "religion, directly or by proxy (a place of worship, holidays or fasts observed)",
    patterns: [
      /\byour (?:religion|religious|faith|church|mosque|synagogue|temple|place of worship)\b/i,
      /\bwhat religion\b/i,
      /\b(?:religious )?holidays? (?:do you|you|will you|would you) (?:observe|celebrate|keep|need)\b/i,
      /\bdo you (?:pray|attend (?:church|services|mass|mosque|synagogue|temple))\b/i,
      // Where they worship and what they observe: religion by proxy.
      /\b(?:which|what) (?:place of worship|church|mosque|synagogue|temple|gurdwara|congregation|parish)\b[^?.]{0,20}\byou\b/i,
      /\bplace of worship\b[^?.]{0,20}\byou\b|\byou\b[^?.]{0,20}\bplace of worship\b/i,
      /\bwhere do you (?:worship|pray)\b|\bdo you (?:go to|belong to) (?:a |the )?(?:church|mosque|synagogue|temple|gurdwara)\b/i,
      /\b(?:time off|days? off|leave) for (?:religious|your) (?:holidays?|festivals?|observances?)\b/i,
      /\b(?:do|will) you (?:observe|celebrate|keep|fast (?:for|during)) (?:the )?(?:ramadan|eid|passover|yom kippur|diwali|lent|easter|christmas|sabbath|shabbat|hanukkah|vaisakhi)\b/i,
    ],
  },
  {
    topic: "national-origin-or-citizenship",
    label: "national origin or citizenship, directly or by proxy (a native language, where they or their parents grew up)",
    patterns: [
      /\bwhere (?:are you|were you born|is your family) from\b/i,
      /\bwhere were you born\b/i,
      /\byour (?:nationality|citizenship|country of origin|native (?:language|tongue|country)|accent|heritage|ancestry)\b/i,
      /\bare you a (?:\w+ )?citizen\b/i,
      /\bwhat country\b[^?.]{0,30}\byou\b/i,
      /\bis english your first language\b/i,
      /\byour (?:mother tongue|first language|home language)\b/i,
      /\b(?:what|which) languages? do you speak at home\b|\blanguages? (?:do you|you) speak (?:at home|with your (?:family|parents))\b/i,
      /\bwhere did you grow up\b|\bwhere (?:were|are) your (?:parents|family|grandparents) (?:born|from)\b/i,
    ],
  },
  {
    topic: "race-or-ethnicity",
    label: "race or ethnicity",
    patterns: [/\byour (?:race|ethnicity|ethnic (?:background|origin|group)|skin colou?r)\b/i, /\bwhat (?:race|ethnicity)\b/i],
  },
  {
    topic: "disability-or-health",
    label: "disability or health (height and weight included, where the job does not require them)",
    patterns: [
      /\byour (?:health|medical (?:history|condition)|disabilit(?:y|ies)|illness(?:es)?|medication|mental health|weight|height)\b/i,
      // Height and weight (rarely job-related), compensation claims and hospital stays: health by proxy.
      /\bhow (?:tall|heavy) are you\b|\bhow much do you weigh\b/i,
      /\b(?:have|did) you (?:ever )?(?:filed|made|claimed|file|make|claim) (?:a |any )?(?:workers'? ?comp(?:ensation)?|disability|injury) (?:claim|benefits?)\b/i,
      /\b(?:have|were) you (?:ever )?(?:been )?(?:hospitali[sz]ed|in hospital|admitted to hospital)\b/i,
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
    label: "genetic information, family medical history included",
    patterns: [
      /\bgenetic\b/i,
      /\bfamily(?:'s)? (?:medical|health) history\b/i,
      /\byour dna\b/i,
      /\b(?:anyone|anybody|someone|members?) in your family (?:have|has|had|suffer)\b/i,
      /\brun(?:s)? in your family\b/i,
      /\byour (?:parents|mother|father|siblings|grandparents)(?:'s?)? (?:health|medical|illness|disease|condition)/i,
    ],
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

/** Sentences that ask for something without a question mark: "Tell me about…", "Describe…". */
export const PROMPT_OPENING = /^\s*(?:tell me|describe|explain|walk me through|give (?:me )?an example)\b/i;

/** The opening of a behavioural prompt: it asks for one past occasion. */
export const BEHAVIOURAL_PROMPT =
  /^\s*(?:(?:can|could) you )?(?:tell me about (?:a|an|the|one) (?:time|occasion|situation|moment|day|call|customer|complaint)|describe (?:a|an|the|one) (?:time|occasion|situation|moment|day|call|customer|complaint)|give (?:me )?an example|walk me through (?:a|an|the|one)|share an? (?:example|experience|occasion))\b/i;

/**
 * Whether a question asks more about the occasion the prompt before it asked for: in the past
 * tense, and pointing back at the story ("How did you handle it?", "What did you learn from it?")
 * or at one of its STAR parts ("What did you do?", "How did the customer react?").
 *
 * @param sentence - the sentence after the prompt
 * @returns whether it is that story's follow-up
 * @example
 * isStoryFollowUp("How did you handle it?")
 * //=> true
 * isStoryFollowUp("Why do you want to work here?")
 * //=> false
 */
export function isStoryFollowUp(sentence: string): boolean {
  const s = sentence.trim();
  if (!s.endsWith("?") || /,|\b(?:and|or|also)\b/i.test(s)) return false;
  if (!/^(?:how|what|why|who|which|when)\b[^?]*\b(?:did|was|were|had)\b/i.test(s)) return false;
  return /\b(?:it|that|this|they|them|he|she|the (?:customer|client|caller|guest|situation|outcome|result|problem|complaint|request|call|conversation))\b|\b(?:did you (?:do|handle|learn|decide|say|respond|resolve|fix|manage|deal|feel|change|try))\b|\bhappened\b|\bturn(?:ed)? out\b/i.test(s);
}
