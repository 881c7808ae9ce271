import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Emotional intelligence: reading the customer's emotional state and your own, and managing both. */
export const emotionalIntelligence: Competency = {
  id: "emotional-intelligence",
  name: "Emotional intelligence",
  definition:
    "Emotional intelligence is noticing the emotions in a service conversation — the customer's and your own — and using that awareness to steer it well. An emotionally intelligent agent reads cues such as tone, word choice, silence or body language to tell an anxious customer from an angry or embarrassed one, and adjusts how they respond to fit. They also notice when they themselves are getting defensive or stressed, do not take a customer's anger personally, and keep their own mood from spilling into the next interaction.",
  cluster: "relational",
  facets: [
    {
      id: "self-awareness",
      name: "Self-awareness",
      description: "Recognising one's own emotional reactions during an interaction, such as rising defensiveness or stress.",
    },
    {
      id: "self-regulation",
      name: "Self-regulation",
      description: "Keeping those reactions from driving behaviour: not taking anger personally and not carrying a bad mood into the next contact.",
    },
    {
      id: "reading-emotional-cues",
      name: "Reading emotional cues",
      description: "Picking up how the customer really feels from their tone, words, pauses or body language, beyond what they say outright.",
    },
    {
      id: "adjusting-approach",
      name: "Adjusting the approach",
      description: "Changing tone, pace or approach to suit the customer's emotional state once it has been read.",
    },
  ],
  aliases: ["emotional intelligence", "EI", "EQ", "emotional quotient", "emotionally intelligent", "emotional awareness"],
  related: ["empathy", "patience", "professionalism", "adaptability"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Reacts to the customer's emotions with their own, or misses them entirely.",
      anchors: [
        "Took a customer's anger as a personal attack and argued back or became defensive.",
        "Carried irritation from one difficult contact into the way they treated the next customer.",
        "Treated a distressed and a merely impatient customer exactly alike, unaware of the difference.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to read people well but never shows a cue they read or a reaction they managed.",
      anchors: [
        "Says “I can always tell how someone is feeling” with no example of a cue they picked up.",
        "Talks about “not letting things get to me” without describing a moment when something did.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of noticing an emotion — the customer's or their own — and responding to it sensibly.",
      anchors: [
        "Names the cue they noticed (a shaky voice, clipped replies) and what it told them.",
        "Recognised their own rising frustration in the moment and describes how they contained it.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A full story in which reading the emotional situation changed how they handled it, with a clear outcome.",
      anchors: [
        "Realised the customer's anger was really fear or embarrassment and changed their approach because of it.",
        "Kept the customer's hostility separate from themself and stayed on the problem rather than the insult.",
        "States how the customer's mood shifted as a result, for example from shouting to cooperating.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Reads and manages emotions on both sides in depth, with a lasting effect beyond the one conversation.",
      anchors: [
        "Manages their own state and the customer's together over a tense, drawn-out interaction.",
        "Reports a concrete result such as a de-escalated complaint that ended in renewed business.",
        "Reflects on their own emotional triggers and describes a routine they built to reset between difficult contacts.",
      ],
    },
  ],
  indicators: [
    {
      id: "emotional-intelligence-read-cues",
      kind: "positive",
      description: "Picked up the customer's real emotional state from their tone, words or body language.",
      facet: "reading-emotional-cues",
      patterns: [
        "\\b(?:notic(?:e|ed)|pick(?:ed)? up on|sens(?:e|ed)|could (?:hear|tell|see)|heard)\\b[^.]{0,25}\\b(?:from |in |by )?(?:his|her|their|them|the customer'?s) (?:tone|voice|pauses|silences?|short (?:answers|replies)|body language|face|expression|wording|choice of words|posture|hands)\\b",
      ],
      examples: [
        "I could hear from his voice that he was panicking rather than angry.",
        "I picked up on her tone and realised she was embarrassed more than annoyed.",
        "I sensed from her short answers that she was worried about the cost.",
      ],
      nonExamples: [
        "I didn't notice her tone until it was too late.",
        "I would pick up on the customer's body language.",
        "Reading body language is a key skill.",
      ],
    },
    {
      id: "emotional-intelligence-named-own-feeling",
      kind: "positive",
      description: "Recognised their own rising emotion in the moment.",
      facet: "self-awareness",
      patterns: [
        "\\b(?:notic(?:e|ed)|reali[sz](?:e|ed)|recogni[sz](?:e|ed)|caught|catch|became aware|become aware)\\b (?:that )?(?:I was|myself) (?:getting |becoming |feeling |starting to (?:get|feel) )?(?:defensive|irritated|annoyed|frustrated|angry|wound up|stressed|tense|rattled|impatient|upset|flustered)\\b",
      ],
      examples: [
        "I noticed I was getting defensive, so I slowed down and let her finish.",
        "I caught myself getting irritated and reminded myself what the customer was dealing with.",
      ],
      nonExamples: [
        "I didn't realise I was getting defensive until my team leader played me the recording.",
        "I would recognise that I was getting stressed and step back.",
        "My colleague noticed I was getting flustered.",
      ],
    },
    {
      id: "emotional-intelligence-not-personal",
      kind: "positive",
      description: "Kept the customer's anger separate from themself instead of taking it personally.",
      facet: "self-regulation",
      patterns: [
        "\\bremind(?:ed)? myself\\b[^.]{0,40}\\b(?:personal|about me|aimed at me|directed at me|at the situation|at the company|at the problem)\\b",
        "\\bseparat(?:e|ed)\\b[^.]{0,30}\\b(?:anger|frustration|tone|words|rudeness|insults?)\\b[^.]{0,20}\\bfrom\\b",
      ],
      examples: [
        "I reminded myself that the shouting was aimed at the situation, not at me.",
        "I separated her anger from the actual complaint and focused on the missing payment.",
      ],
      nonExamples: [
        "I didn't remind myself that it wasn't personal, and I snapped back.",
        "I would remind myself that it is not personal.",
      ],
    },
    {
      id: "emotional-intelligence-adjusted-to-mood",
      kind: "positive",
      description: "Changed tone or approach to fit the customer's emotional state.",
      facet: "adjusting-approach",
      patterns: [
        "\\b(?:soften(?:ed)?|lower(?:ed)?|warm(?:ed)? up|adjust(?:ed)?|chang(?:e|ed)|switch(?:ed)?|tone(?:d)? down)\\b (?:my )?(?:tone|voice|approach|manner|register|style)\\b[^.]{0,50}\\b(?:upset|anxious|nervous|angry|embarrassed|scared|frightened|panick(?:ed|ing)|distressed|overwhelmed|grieving|mood|emotions?|state)\\b",
      ],
      examples: [
        "I softened my tone once I realised she was more anxious than angry.",
        "I adjusted my approach to his mood and kept my answers short and factual.",
      ],
      nonExamples: [
        "I never changed my approach for a customer who was upset, which I regret.",
        "I would adjust my tone to the customer's mood.",
      ],
    },
    {
      id: "emotional-intelligence-took-it-personally",
      kind: "red-flag",
      description: "Took the customer's anger as a personal attack and argued back or became defensive.",
      facet: "self-regulation",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\bt(?:ook|ake) (?:it|that|this|the (?:comments?|insults?|complaints?|criticism|anger|abuse|remarks?|feedback)|their (?:anger|comments?|words|tone|complaint|criticism|remarks?)) (?:very |really |quite |a bit |too |far too )?personally\\b)",
        "(?<!\\bused to (?:just )?)(?:\\bt(?:ook|ake) (?:it|that|this|their (?:anger|comments?|words|tone|complaint|criticism|remarks?)) as (?:a )?(?:personal (?:attack|insult|criticism|dig)|an (?:attack|insult) on me|a dig at me)\\b)",
        "(?<!\\bused to (?:just )?)(?:(?<!\\b(?:noticed|realised|realized|felt|feel|caught|sensed|could feel)(?: that)? (?:i |myself ))\\b(?:g(?:ot|et)|became|become|went) (?:really |quite |a bit |very |a little |pretty |super |all )?defensive\\b)",
        "(?<!\\bused to (?:just )?)(?:\\bmatch(?:ed)? (?:their|alex'?s?|the customer'?s?) (?:anger|rudeness|aggression|hostility|volume|sarcasm|attitude)\\b|\\bmatch(?:ed)? (?:their|alex'?s?|the customer'?s?) tone\\b[^.]{0,40}\\b(?:until|and (?:we|i) (?:were|was|ended up|started)|shouting|raising|argu))",
        "(?<!\\bused to (?:just )?)(?:(?<!\\b(?:than|urge to|need to|temptation to|instinct was to|instinct to|wanted to|want to|tempted to|not to|never) )\\b(?:argued|argue) (?:back|the point with (?:them|alex)|with (?:them|alex|the (?:customer|caller|guest|client|person|patient|user))\\b(?!')|about whose fault))",
        "(?<!\\bused to (?:just )?)(?:\\b(?:g(?:ot|et)|getting) into (?:an? )?(?:argument|row|shouting match|slanging match|back-and-forth|debate|spat) with (?:them|alex|the (?:customer|caller|guest|client|person|patient|user))\\b|\\b(?:started|start|began|begin) (?:arguing|an argument|a row) with (?:them|alex|the (?:customer|caller|guest|client|person|patient|user))\\b)",
        "(?<!\\bused to (?:just )?)(?:(?<!\\b(?:than|urge to|need to|temptation to|instinct was to|instinct to|wanted to|want to|tempted to|not to|never) )\\b(?:defended|defend|justified|justify) myself\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:fired|shot|hit|snapped) back at (?:them|alex|the (?:customer|caller|guest|client|person|patient|user))\\b|\\b(?:rose|rise|risen) to (?:the bait|it|their (?:bait|provocation|tone))\\b|\\btook the bait\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:told|tell) (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) (?:that )?(?:it|this|that|the (?:delay|problem|mistake|error|mix-up)) (?:wasn'?t|was not|isn'?t|is not) my (?:fault|doing|problem)\\b(?!,? (?:but|and (?:that )?i)))",
      ],
      examples: [
        "I took it personally and argued with him about whose fault it was.",
        "I got defensive and matched her tone until we were both raising our voices.",
        "I argued back when he said the shop was a joke.",
        "I took his comments as a personal attack and told him I was doing my best.",
        "I told her it wasn't my fault and that she should speak to the warehouse.",
        "I rose to the bait and got into an argument with him about the fee.",
        "I defended myself for ten minutes instead of looking at his order.",
      ],
      nonExamples: [
        "I didn't take it personally when he called me useless.",
        "I would never take it personally.",
        "I'd try not to get defensive, however rude the caller was.",
        "The manager got defensive when the customer complained.",
        "I noticed I was getting defensive, so I slowed down and let her finish.",
        "I felt myself get defensive, so I took a breath before I answered.",
        "I told her it wasn't her fault and that the form was confusing.",
        "I matched her cheerful tone and we got on well.",
        "I argued his case with my manager and got him the refund.",
      ],
    },
    {
      id: "emotional-intelligence-mood-spillover",
      kind: "red-flag",
      description: "Carried irritation or a bad mood from one contact or from elsewhere into how they treated the next customer.",
      facet: "self-regulation",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\b(?:t(?:ook|ake)|let) (?:my|the) (?:bad mood|mood|stress|frustration|irritation|tiredness|anger|annoyance|temper|exhaustion|grumpiness)\\b[^.]{0,30}\\b(?:out on (?:them|alex|the (?:next|customer|caller|guest|following|other|new)|another|customers|callers|guests|my (?:colleagues|team|next))|show|spill))",
        "(?<!\\bused to (?:just )?)(?:\\bt(?:ook|ake|akes|aking) it (?:all )?out on (?:them|alex|the (?:next|following|other|new)|another|an? (?:customer|caller|guest|client)|my (?:next|colleagues?)|whoever|everyone|the (?:customer|caller|guest))\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:carried|carry|brought|bring|took|take)\\b (?:it|that|my (?:bad )?(?:mood|frustration|irritation|stress|annoyance|anger|temper)|the (?:frustration|irritation|stress|mood|anger|annoyance))(?: with me)? (?:over |straight )?(?:in)?to (?:the|my) (?:next|following) (?:call|customer|chat|contact|one|caller|guest|ticket|few|conversation)\\b)",
        "\\b(?:was|were|felt) still (?:annoyed|wound up|irritated|fuming|rattled|angry|stressed|frustrated|upset|seething|cross|shaken|on edge|worked up)\\b[^.]{0,50}\\b(?:and|so) (?:i )?(?:was (?:short|curt|sharp|snappy|abrupt|rude|off|impatient|cold)|snapped|came across (?:as )?(?:short|curt|sharp|rude|cold|annoyed|irritated)|sounded (?:short|curt|sharp|annoyed|irritated|off|rude|cold)|barked|rushed|was less patient|had no patience)\\b",
        "(?<!\\bused to (?:just )?)(?:\\blet (?:the|that|my|one|a) (?:last|previous|earlier|bad|difficult|awful|rude|first|other|angry) (?:call|customer|caller|chat|contact|one|encounter|shift|day|morning)\\b[^.]{0,25}\\b(?:affect|get to me|spill|colour|color|carry|follow me|ruin|bleed|show))",
        "\\b(?:was|were|got) (?:a bit |really |quite |very )?(?:short|curt|snappy|sharp|abrupt|off|rude|impatient|grumpy|cold|offhand) with (?:the|my) next (?:customer|caller|person|one|guest|few|couple|chat)\\b|\\bsnap(?:ped)? at (?:the|my) next (?:customer|caller|person|one|guest)\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:brought|bring|carried|carry) (?:my )?(?:bad mood|personal (?:stuff|problems|issues)|problems from home|home life|stress from home|mood from home) (?:in)?to (?:work|the (?:shop|store|office|floor|call centre|call center|branch|counter)|my (?:shift|job|desk))\\b)",
      ],
      examples: [
        "I took my frustration from the previous call out on the next customer.",
        "I let my bad mood show with a customer who had done nothing wrong.",
        "I was still wound up from the last caller and snapped at the next one.",
        "I carried my irritation into the next call and was short with a lady who only wanted a balance.",
        "I let the previous call get to me, and the next customer got the worst of it.",
        "I was curt with the next customer because the one before had sworn at me.",
        "After a man swore at me for ten minutes, I took it out on the next caller and was really short with her.",
        "I brought my bad mood into work after a row at home and was short with customers all morning.",
        "I ended up taking it out on the next caller.",
        "I brought my bad mood into the office and snapped at a caller.",
      ],
      nonExamples: [
        "I never took my stress out on customers.",
        "I might let my frustration show if the day had been long.",
        "I'd try not to carry a bad call into the next one.",
        "My colleague took it out on the next customer after a bad call.",
        "I was still rattled from the last call, so I took two minutes to reset before the next one.",
        "I made sure the last call didn't affect how I spoke to the next customer.",
        "She had clearly had a bad day and took it out on me, so I stayed calm and listened.",
        "My colleague was taking it out on the next caller, so I offered to take over.",
        "I never brought my bad mood into the office; I left home stuff at the door.",
      ],
    },
    {
      id: "emotional-intelligence-one-size-fits-all",
      kind: "red-flag",
      description: "Handled a distressed customer exactly like a merely impatient one, with no sign of reading the difference.",
      facet: "adjusting-approach",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\btreat(?:ed)? (?:(?:every|all|each|every single|both)(?: of (?:my|the|them))? ?(?:customers?|callers?|ones?|complaints?|calls?|people|contacts?|guests?)?|them (?:all|both)|everybody) (?:exactly |just |pretty much |basically )?(?:the same(?: way)?|alike|identically)\\b,?[^.]{0,20}\\b(?:no matter (?:how )?(?:upset|angry|distressed|emotional|worried|anxious|scared|they (?:felt|feel|were feeling|are feeling))|regardless of (?:how (?:upset|angry|distressed|emotional|they (?:felt|feel|were feeling))|their (?:mood|emotions|state|feelings))|whether (?:they (?:were|was)|they're|alex was|it was|someone was) (?:crying|upset|distressed|in tears|panicking|scared|anxious|frightened|grieving|angry|just impatient)))",
        "(?<!\\bused to (?:just )?)(?:\\b(?:gave|give|used|use|read|stuck to|stick to|followed|follow|took|take) (?:the same|one) (?:script|approach|answer|response|reply|template|line|spiel|tone)\\b[^.]{0,30}\\b(?:whether (?:they (?:were|was)|they're|alex was|it was|someone was) (?:crying|upset|distressed|in tears|panicking|scared|anxious|frightened|grieving|angry|just)|no matter (?:how )?(?:upset|angry|distressed|emotional|they felt)))",
        "(?<!\\bused to (?:just )?)(?:\\b(?:handled|handle|treated|treat|dealt with|deal with) (?:them|it|alex|the (?:call|complaint|case|customer|caller)|both(?: of them)?|the two) (?:exactly )?(?:the same(?: way)?|alike|identically|like any other [a-z]+)\\b[^.]{0,40}\\b(?:even though|although|though|when|while) (?:they|alex|the (?:customer|caller)|one of them|the (?:first|second|other) (?:one|customer|caller)) (?:was|were|had been) (?:clearly |obviously |really |so |very |still |actually )?(?:crying|in tears|sobbing|distraught|distressed|panicking|shaking|frightened|scared|anxious|grieving|emotional|beside themselves|upset)\\b)",
        "(?<!\\b(?:nearly|almost|at first,? i) )\\b(?:missed|overlooked) (?:that|how|the fact that) (?:they|alex|the customer) (?:was|were|had been) (?:really |actually |genuinely |so |very )?(?:upset|crying|scared|frightened|anxious|worried|distressed|panicking|in tears|grieving|embarrassed|struggling|close to tears|ashamed)\\b(?![^.]{0,20}\\bat first\\b)|(?<!\\b(?:nearly|almost|at first,? i) )\\bmissed (?:all )?the (?:signs|cues|signals|hints|warning signs)\\b(?![^.]{0,20}\\bat first\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:assumed|thought|figured|decided) (?:that )?(?:they|alex|the customer) (?:was|were) (?:just )?(?:being )?(?:impatient|rude|difficult|awkward|stroppy|demanding|pushy|in a hurry)\\b[^.]{0,40}\\b(?:and|so) (?:i )?(?:just )?(?:treated|handled|gave|answered|replied|rushed|read|sent|told|kept it (?:short|brief))\\b)",
      ],
      examples: [
        "I treated every caller the same way, whether they were crying or just impatient.",
        "I gave the same script to both of them, whether they were upset or just in a hurry.",
        "I handled it like any other late delivery, even though she was clearly distressed.",
        "I missed that he was frightened and kept quoting the rules at him.",
        "I assumed she was just being impatient and gave her the standard answer.",
      ],
      nonExamples: [
        "I never treat a frightened customer the same as an impatient one.",
        "I would never use the same script whether someone was crying or just in a hurry.",
        "I'd try not to miss the signs that someone is really scared.",
        "My colleague handled it like any other late delivery even though she was distressed.",
        "I nearly missed that she was crying, but her voice gave it away and I slowed right down.",
        "I treat every customer with the same respect, but I change my approach to their mood.",
        "I treat every customer the same, regardless of how they treat me.",
        "At first I assumed he was just being rude, but then I realised he was frightened.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "relating to every emotional state, not taking things personally, fine-tuning responses to the customer" },
    { ...ARTICLES.topSkills, note: "EI components: self-awareness and social awareness of tone, words and body language; EI in the FAQ" },
  ],
};
