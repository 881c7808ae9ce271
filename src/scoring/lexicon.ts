/**
 * The cue phrases the text analysis reads, kept as data apart from the logic. Each is a regular
 * expression matched case-insensitively against the neutral reading of one sentence.
 */

/** A stated outcome: how things turned out. */
export const RESULT_CUES: readonly RegExp[] = [
  /\b(?:as a result|in the end|at the end|eventually|ended up|the outcome|the result(?: was)?|which (?:meant|led to)|that meant|by the end|afterwards)\b/i,
  /\b(?:was|were|felt|seemed|looked|left|went home) (?:very |really |much |a lot |so )?(?:happy|satisfied|pleased|grateful|relieved|delighted|thankful|calmer|calm|happier)\b/i,
  /\bthank(?:ed|s) (?:me|us)\b|\bthanked\b/i,
  /\b(?:left|gave|wrote|posted) (?:us |me )?(?:a )?(?:positive|good|great|glowing|five-star|5-star) (?:review|feedback|rating|comment)\b/i,
  /\b(?:came back|returned|stayed with us|kept (?:their|the) (?:account|subscription|contract)|renewed|did not cancel|didn't cancel|decided to stay|became a (?:regular|loyal))\b/i,
  /\b(?:problem|issue|fault|complaint|case|ticket) (?:was|got) (?:fixed|solved|resolved|sorted|closed)\b/i,
  /\b(?:it|everything|the (?:order|refund|parcel|device|account|booking|system)) (?:was|were) (?:working|fixed|sorted|delivered|approved|back)\b/i,
  /\b(?:increased|decreased|dropped|fell|rose|improved|reduced|cut|grew|went (?:up|down)) (?:by |from |to )?[^.]{0,20}\d/i,
  /\b\d+(?:\.\d+)?\s?(?:%|percent|per cent)\b/i,
  /\b(?:score|rating|csat|nps|satisfaction)\b[^.]{0,30}\b(?:went|rose|increased|improved|was)\b/i,
];

/** Reflection, follow-up or prevention: what separates an exceptional answer from a strong one. */
export const REFLECTION_CUES: readonly RegExp[] = [
  // Reflection: what the candidate learned or now does differently.
  /\b(?:i (?:learned|learnt|realised|realized|took away|understood)|taught me|my lesson|the lesson|looking back)\b/i,
  /\b(?:since then|from then on|ever since|these days|going forward|next time|now i (?:always|make sure|try|check|keep|ask|do|use|write)|i still (?:do|use|check|keep|ask))\b/i,
  /\b(?:it'?s|it is|they are|we are|is) still (?:running|in use|used|going|there|on the wall)\b|\bbecame (?:the )?(?:standard|normal|routine|policy)\b|\bwe (?:kept|still use|now use)\b/i,
  // Prevention: a fix beyond the one case.
  /\b(?:to (?:prevent|avoid|stop) (?:it|this|that|the same|a repeat)|so (?:it|this|that|nobody|no one|other customers) (?:would not|wouldn't|did not|didn't|does not|doesn't|won't)|(?:would|wouldn't) happen again)\b/i,
  /\b(?:suggested|proposed|wrote|created|set up|built|updated|changed|added|made|drafted|designed|started|introduced|put up|printed)\b[^.]{0,50}\b(?:process|procedure|template|checklist|guide|faq|policy|script|knowledge base|training|article|macro|form|sheet|sign|list|rota|routine|handover|log|board|spreadsheet|tracker|reminder|saved repl(?:y|ies)|note for)\b/i,
  /\b(?:shared|passed on|fed back|reported|flagged|raised|told|emailed|let)\b[^.]{0,40}\b(?:manager|supervisor|team lead|team leader|buyer|head office|product team|developers|the team|my team|colleagues|the other agents|day shift|night shift)\b[^.]{0,60}\b(?:so|to|because|confusing|wrong|problem|issue|change|fix)\b/i,
  /\bnoted (?:it|this|that|the \w+) (?:on|in) (?:their|the customer'?s|the) (?:profile|account|file|record|notes|booking)\b/i,
  // Follow-up: coming back to the customer after the fix.
  /\b(?:followed up|follow-up|follow up|checked (?:in|back) (?:with )?)\b/i,
  /\b(?:later|afterwards|after that|the next (?:day|week|morning|month)|a (?:few )?(?:days?|weeks?|months?) later)\b[^.]{0,20}\bi (?:called|rang|emailed|checked|asked|sent|messaged|texted|visited|phoned|wrote)\b/i,
  /\b(?:called|rang|emailed|messaged|texted|phoned) (?:them|the customer|the guest) (?:back|again) (?:later|the next|a few|a week|after)\b/i,
  /\bsent (?:them|the customer|the guest) a (?:card|note|message|follow-up|thank-you)\b/i,
];

/** The candidate's own task or goal in the story. */
export const TASK_CUES: readonly RegExp[] = [
  /^\s*(?:task|my task|the task|goal|my goal)\s*[:\-–]/i,
  /\b(?:so that|in order to|to make sure|to ensure|to try and|to try to)\b/i,
  /\bmy (?:priority|focus|main concern|aim|objective) (?:was|became)\b/i,
  /\b(?:i (?:needed|had|wanted|was asked|was supposed|was expected) to|my (?:job|task|role|goal|responsibility|aim) (?:was|there was)|it was (?:up to me|my job|my responsibility)|i was (?:responsible|in charge|the one)|the goal was|i had to)\b/i,
];

/** How a story sets its scene. */
export const SITUATION_CUES: readonly RegExp[] = [
  /^\s*(?:situation|context|background|the situation)\s*[:\-–]/i,
  /\bi (?:was|used to) (?:work|working|employed|a \w+|an \w+) ?(?:at|in|as|for|on)\b/i,
  /\b(?:in|at) my (?:last|previous|old|current|first|part-time|summer) (?:job|role|position|placement)\b/i,
  /\b(?:when i (?:was )?work(?:ed|ing)|while i (?:was )?work(?:ed|ing)|at my (?:last|previous|old|first)? ?(?:job|work|store|shop)|one (?:time|day|evening|morning|afternoon|shift)|once,? |last (?:year|month|week|summer|winter|christmas)|a few (?:weeks|months|years) ago|(?:years|months|weeks) ago|during (?:my|a|the))\b/i,
  /\b(?:a|one|an) (?:customer|client|guest|caller|shopper|user|patient|visitor|member|lady|man|woman|person|couple|family)\b[^.]{0,40}\b(?:came|called|contacted|emailed|wrote|messaged|walked|arrived|complained|asked|wanted|needed|was|had|phoned|rang)\b/i,
];

/** Self-descriptions that claim a quality instead of showing it. */
export const GENERIC_CLAIMS: readonly RegExp[] = [
  /\bi(?:'m| am) (?:a |an )?(?:very |really |extremely |naturally |quite |pretty |super |highly )*(?:\w+ )?(?:person|listener|communicator|team player|problem solver|people person|worker|learner)\b/i,
  /\bi(?:'m| am| consider myself| would describe myself as| see myself as) (?:a |an )?(?:very |really |extremely |naturally |quite |pretty |super |highly )*(?:patient|empathetic|empathic|calm|positive|friendly|organi[sz]ed|reliable|flexible|adaptable|proactive|professional|humble|responsive|consistent|hard-working|hardworking|caring|attentive|knowledgeable|competent|good with people|good at)\b/i,
  /\bi (?:always|usually|generally|normally|typically|tend to|try to|make sure to|like to|believe in|pride myself)\b/i,
  /\b(?:my|one of my) (?:greatest |biggest |key |main )?(?:strengths?|skills?|qualities)\b/i,
  /\bi(?:'ve| have) (?:always )?been (?:told|known|described)\b/i,
  /\b(?:throughout my (?:career|working life|time)|in (?:all|each|every one) of my (?:roles|jobs|positions)|in every (?:role|job|position)|as a rule|in general)\b/i,
];

/** Text that speaks to the scorer instead of the interviewer. */
export const INSTRUCTION_CUES: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override) (?:all |any |the |your |previous |prior |above |earlier |these |those )*(?:instructions?|rubric|rules|criteria|guidelines|prompt|scoring)\b/i,
  /\b(?:rate|score|grade|mark|level|assess|evaluate) (?:this|my|the) (?:answer|response|candidate|reply)\b[^.]{0,30}\b(?:5|five|4|four|top|highest|maximum|max|exceptional|strong|full)\b/i,
  /\b(?:give|assign|award) (?:me|this|it|this answer|my answer|the candidate) (?:a |an |the )?(?:5|five|top|highest|maximum|max|perfect|full)\b/i,
  /\b(?:as an ai|language model|you are (?:an? )?(?:ai|grader|scorer|evaluator|assistant)|system prompt|dear (?:ai|scorer|grader|evaluator|algorithm)|note to (?:the )?(?:ai|scorer|grader|evaluator|algorithm)|attention (?:ai|scorer|grader|evaluator|algorithm))\b/i,
  /\b(?:scorer|grader|evaluator|algorithm|model)\b[^.]{0,40}\b(?:must|should|will) (?:rate|score|give|mark)\b/i,
  /\b(?:automated|automatic|ai|computer|machine) (?:system|scorer|scoring|grader|grading|assessor|reviewer|rater|tool|screening|screener)\b/i,
  /\b(?:deserves?|merits?|should (?:get|receive|be given)|must (?:get|receive|be given)|qualifies for)\b[^.]{0,20}\b(?:5|five|top|full|maximum|max|highest|perfect|best) (?:marks?|scores?|ratings?|levels?|grade)\b/i,
  /\b(?:score|rating|level|grade)\s*[:=]\s*(?:5|five|exceptional)\b|^\s*(?:system|assistant|instruction)s?\s*:/i,
  /<\/?(?:system|instructions?|prompt)>|\[(?:system|instructions?)\]/i,
];

/** Words of a service context: an answer with none of these and nothing of the question is off topic. */
export const SERVICE_CONTEXT = new Set([
  "customer", "client", "guest", "caller", "user", "shopper", "patron", "member", "visitor", "patient", "buyer", "tenant", "passenger",
  "colleague", "coworker", "co-worker", "team", "manager", "supervisor", "boss", "staff", "shift", "store", "shop", "hotel", "restaurant",
  "order", "complaint", "call", "email", "ticket", "chat", "refund", "product", "service", "account", "bill", "billing", "delivery",
  "booking", "reservation", "queue", "counter", "desk", "request", "issue", "problem", "help", "support", "sale", "return", "job", "work",
  "project", "task", "deadline", "report", "meeting", "company", "business", "office", "lead", "agent", "rep", "representative",
]);

/** Verbs that describe a state or a thought, not an action the candidate took. */
export const STATIVE_VERBS = new Set([
  "be", "have", "feel", "think", "know", "seem", "want", "like", "love", "hate", "need", "remember", "believe", "guess", "mean",
  "wish", "hope", "appear", "happen", "become", "prefer",
]);

/**
 * Counter-evidence in the candidate's own words, whatever the competency: blaming or belittling the
 * customer, contempt, losing one's temper, refusing or giving up. Matched on the neutral reading of a
 * sentence; a hit counts unless the candidate negates it or speaks hypothetically ("I never blamed…").
 */
export const COUNTER_EVIDENCE: readonly { readonly id: string; readonly description: string; readonly patterns: readonly string[] }[] = [
  {
    id: "counter-blames-customer",
    description: "Blamed the customer for the problem",
    patterns: [
      "\\b(?:their|the customer'?s|its) own fault\\b",
      "\\b(?:not|wasn't|isn't|was not|is not) (?:really )?my (?:fault|problem|job|department|responsibility|issue)\\b",
      "\\b(?:that'?s|that is|it'?s|it is|was) not (?:our|my) (?:problem|fault|job)\\b",
      "\\bif (?:they|the customer) (?:had|would have|'d) (?:read|listened|checked|paid attention|followed)\\b",
      "\\b(?:they|the customer|customers|people) should (?:have|of|'ve) (?:read|checked|tested|known|thought|listened)\\b",
      "\\b(?:because|as) (?:the customers?|they) kept (?:interrupting|asking|bothering|calling)\\b",
    ],
  },
  {
    id: "counter-belittles-customer",
    description: "Belittled or mocked the customer",
    patterns: [
      "\\bsome (?:people|customers|guests|callers|users) (?:shouldn'?t|should not|just|expect|use|think|are|can'?t|never)\\b",
      "\\b(?:they|the customer|customers|people|the person) (?:was|were|are|is) (?:a bit |so |just |really |being )?(?:slow|stupid|thick|dumb|clueless|ridiculous|overreacting|dramatic|hysterical|useless|idiots?|an idiot|annoying|a pain)\\b",
      "\\b(?:couldn'?t|could not|can'?t|cannot) (?:even )?(?:follow|understand|manage|read) (?:a |the )?(?:simple|basic|obvious)\\b",
      "\\b(?:i|we) (?:laughed at|were laughing about|was laughing about|made fun of|rolled (?:my|our) eyes|mocked|made a joke about)\\b|\\b(?:colleagues|everyone|the team) (?:were|was) laughing about it\\b",
      "\\bnot a mind reader\\b|\\bfree therapy\\b|\\bworks on dogs\\b|\\bexpect (?:you to do )?magic\\b",
      "\\b(?:did|doing|do|put on|putting on) (?:their|them) (?:voice|accent)\\b|\\bread (?:it|them|the \\w+|the best bits) out in a \\w+ voice\\b|\\b(?:did|doing) an impression of (?:them|the customer|the guest|the caller)\\b",
      "\\b(?:got|had|gave) (?:us |everyone |the team )?a (?:big |good )?laugh\\b|\\bcrying laughing\\b|\\bin stitches\\b|\\brunning joke\\b|\\b(?:the )?(?:lads|girls|team|others) (?:were )?(?:buzzing|laughing|in hysterics)\\b",
      "\\bhad it coming\\b|\\basked for it\\b|\\bjust want(?:s|ed)? to (?:moan|complain|whinge|vent at someone)\\b|\\bto get you to bend the rules\\b",
      "\\bas per my (?:previous|last|earlier) (?:email|message|reply)\\b|\\bfor your convenience\\b",
      "\\b(?:don'?t|do not) have (?:the )?patience for (?:people|customers|them)\\b",
    ],
  },
  {
    id: "counter-lost-temper",
    description: "Lost their temper with the customer",
    patterns: [
      "\\bi (?:lost my (?:temper|cool|patience)|snapped|shouted|yelled|screamed|swore|slammed|blew up|exploded)\\b",
      "\\bi (?:raised|was raising) my voice\\b",
      "\\bi hung up on\\b",
      "\\b(?:rude|rude back|gave (?:it|as good) (?:back|as i got))\\b[^.]{0,20}\\b(?:to them|back|fair is fair)\\b",
      "\\bi (?:am|'m|was|got) rude back\\b",
      "\\bi (?:lost it|got (?:angry|annoyed|irritated|mad|cross|fed up|heated)|was fuming|argued with (?:them|the customer|the guest|the caller)|told (?:them|the customer) off)\\b",
      "\\b(?:could|can) (?:come and )?(?:do|cook|fix|make|sort) it (?:themself|themselves|yourself)\\b",
    ],
  },
  {
    id: "counter-judges-customer",
    description: "Spoke of the customer with contempt",
    patterns: [
      "\\b(?:they|the customer|customers|people|the guest|guests|the caller|callers|the person|some of them|most of them)\\b[^.]{0,25}\\b(?:lazy|entitled(?! to)|stupid|idiots?|clueless|pathetic|whiny|whinging|a joke|a waste of (?:time|space))\\b",
      "\\b(?:entitled|stupid|lazy|clueless) (?:customers?|people|guests?|callers?)\\b",
      "\\b(?:karens?|time-wasters?|timewasters?|moaners?|troublemakers?)\\b",
      "\\bnot worth (?:it|my time|the effort|the hassle)\\b|\\bcouldn'?t be bothered\\b",
    ],
  },
  {
    id: "counter-dismissed-customer",
    description: "Dismissed or brushed off the customer",
    patterns: [
      "\\bi (?:ignored|walked away from|turned my back on|brushed off|blanked|left) (?:them|the customer|the guest|the caller|the email|the message|the complaint|the ticket)\\b",
      "\\b(?:told|said to) (?:them|the customer|the guest|the caller) (?:off|(?:that )?(?:it was|that'?s|this was) (?:their|not my|not our) (?:problem|fault|issue|business))\\b",
      "\\b(?:made|let) (?:them|the customer|the guest|the caller) wait\\b[^.]{0,30}\\b(?:on purpose|deliberately|until|because)\\b",
      "\\b(?:sent|told) (?:them|the customer|the guest) (?:away|to go elsewhere|to try (?:somewhere|elsewhere)|to go somewhere else)\\b",
      "\\bnothing (?:else )?(?:i|we) could do\\b",
      "\\b(?:policy is policy|rules are rules|the rules are the rules|computer says no)\\b|\\bi (?:don'?t|do not|didn'?t) (?:make|write|set) the rules\\b",
      "\\bnot (?:losing|risking|going to lose|going to risk) my job (?:over|for)\\b",
      "\\bput (?:them|the customer|the caller) on (?:mute|hold) and\\b[^.]{0,40}\\b(?:laugh|joke|voice|moan|rant)",
    ],
  },
  {
    id: "counter-gave-up",
    description: "Refused to help or gave up on the customer",
    patterns: [
      "\\b(?:i )?(?:wasn'?t|was not) going to (?:redo|do|fix|help|deal|bother|chase|waste)\\b",
      "\\bi (?:gave up|just gave up|stopped trying)\\b",
      "\\b(?:told|asked) (?:them|the customer) to (?:stop asking|go away|stop calling|stop complaining|figure it out|sort it out themselves|deal with it)\\b",
      "\\b(?:i )?(?:didn'?t|did not) bother\\b",
      "\\b(?:not my (?:department|job)|someone else'?s (?:job|problem|paperwork|mess))\\b",
    ],
  },
];

/**
 * Words and stock phrases that name a quality instead of showing it ("I showed empathy", "I stayed patient",
 * "made her feel valued", "went above and beyond"). Matched on the neutral reading; their count is a feature
 * the model may only weigh against an answer, never for it.
 */
export const QUALITY_NAMING: readonly RegExp[] = [
  /\b(?:empathy|empathetic(?:ally)?|empathic|compassion(?:ate)?|patience|patient(?:ly)?|professionalism|positivity|humility|gratitude|attentive(?:ly|ness)?|proactive(?:ly)?|adaptab(?:le|ility)|flexib(?:le|ility)|courteous(?:ly)?|respectful(?:ly)?|genuine(?:ly)?|sincere(?:ly)?|diligent(?:ly)?|rapport|customer-centric|empower(?:ed|ing)?)\b/gi,
  /\b(?:calm(?:ly)? and (?:professional|composed|patient|polite)|remained (?:calm|composed|professional|positive|patient)|stayed (?:calm|composed|professional|positive|patient)|kept (?:calm|my composure|a positive attitude))\b/gi,
  /\b(?:active(?:ly)? listen(?:ed|ing)?|emotional intelligence|above and beyond|the extra mile|exceed(?:ed)? (?:their |the |her |his )?expectations|feel (?:heard|valued|seen|understood|appreciated|special|important)|validat(?:ed|ing|e) (?:their|them|the customer'?s) (?:feelings|emotions|concerns)|in (?:their|them) shoes)\b/gi,
  /\b(?:showed|show|showing|demonstrated|demonstrate|displayed|used|use|applied|exercised) (?:a lot of |great |real |genuine |my |excellent |strong )?(?:empathy|compassion|patience|professionalism|understanding|care|kindness|flexibility|initiative|humility|teamwork|communication skills|problem-solving skills|listening skills|emotional intelligence)\b/gi,
];

/** Nouns too abstract to make a story concrete. */
export const ABSTRACT_NOUNS = new Set([
  "feeling", "emotion", "situation", "problem", "issue", "experience", "service", "customer", "client", "way", "thing", "time",
  "empathy", "patience", "care", "attitude", "approach", "skill", "quality", "value", "concern", "matter", "need", "question",
  "answer", "solution", "help", "support", "level", "expectation", "satisfaction", "relationship", "trust", "rapport", "shoe",
  "mind", "heart", "lot", "bit", "part", "kind", "sort", "case", "point", "fact", "reason", "result", "outcome", "end", "people",
  "person", "everyone", "everything", "something", "anything", "nothing", "team", "job", "work", "day", "moment", "interaction",
  "communication", "understanding", "compassion", "professionalism", "temper", "voice", "tone", "word", "manner", "respect",
]);
