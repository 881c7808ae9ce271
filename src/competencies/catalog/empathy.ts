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
      description: "Dismissed, belittled or mocked the customer's upset, for example by telling them they were overreacting.",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\b(?:told|tell|said to|asked|ask) (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) (?:to )?(?:just )?(?:calm down|stop (?:complaining|whining|whinging|moaning|crying|fussing|overreacting|being (?:so )?(?:dramatic|emotional|silly|upset|precious))|get over it|pull (?:themself|themselves) together|toughen up|grow up|not (?:to )?(?:be|get) (?:so )?(?:dramatic|emotional|upset|worked up|silly|precious)|not to make (?:such )?a (?:fuss|scene|big deal))\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:laughed|laugh|scoffed|scoff|sniggered|smirked) at (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)|their (?:worr(?:y|ies)|fears?|problem|complaint|story|tears|upset|concerns?|situation))\\b(?!')|\\bmade fun of\\b|\\brolled my eyes\\b)",
        "(?<!\\b(?:at first|initially|first|to begin with|at the start),? i )\\b(?:thought|felt|reckoned|decided|figured|knew|said|told (?:them|alex|the customer|my (?:colleague|manager|supervisor|team(?: leader)?)s?))(?: that)? (?:they|alex|the (?:customer|caller|guest|client|person)|it)(?: was| were|'s| is|'re)(?: just| really| clearly| totally| obviously| a bit| being| completely)* (?:overreacting|over-reacting|being (?:dramatic|ridiculous|silly|hysterical|precious|a drama queen)|making (?:a (?:big )?fuss|a scene|a big deal|a mountain out of a molehill)|a fuss (?:over|about) nothing|blowing (?:it|things) out of proportion)\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:brush(?:ed)?|wave(?:d)?|shrug(?:ged)?|laugh(?:ed)?) off (?:their|alex'?s?|the customer'?s?) (?:concerns?|worr(?:y|ies)|fears?|upset|feelings|distress|panic|anxiety)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:brush(?:ed)?|wave(?:d)?|push(?:ed)?) (?:their|alex'?s?|the customer'?s?) (?:concerns?|worr(?:y|ies)|fears?|upset|feelings|distress|panic|anxiety) (?:off|aside|away)\\b)",
        "\\bmade light of (?:their|alex'?s?|the customer'?s?|it|the (?:situation|problem|worry))\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:ignored|ignore|dismissed|dismiss|skipped over|glossed over|talked past|brushed past) (?:their|alex'?s?|the customer'?s?) (?:feelings|upset|distress|tears|emotions|worr(?:y|ies)|fears?|crying|anxiety|panic)\\b|\\b(?:ignored|ignore) (?:how|the fact that) (?:upset|scared|worried|distressed|frightened|anxious) (?:they|alex|the customer) (?:was|were)\\b|\\b(?:ignored|ignore) (?:the fact )?that (?:they|alex|the customer) (?:was|were) (?:crying|in tears|upset|distressed|scared|frightened)\\b)",
      ],
      examples: [
        "I told her to calm down because it was only a parcel.",
        "I told my colleague she was overreacting about a two-day delay.",
        "I brushed off his worries and read him the delivery window again.",
        "I ignored the fact that she was crying and carried on with the security questions.",
        "I told him not to be so dramatic about a missed appointment.",
        "I laughed at her story about the lost suitcase.",
        "I thought he was making a fuss over nothing, so I gave him the standard answer.",
      ],
      nonExamples: [
        "I never told a customer to calm down.",
        "I would never laugh at a customer.",
        "I'd try not to brush off anyone's worries, however small they seemed.",
        "My colleague told him he was overreacting, so I took over the call.",
        "She said she was overreacting, and I told her she wasn't.",
        "At first I thought she was overreacting, but then I realised how much the trip meant to her.",
        "I told him not to worry and that I would sort the refund today.",
        "I laughed at his joke about the weather, and it broke the ice.",
      ],
    },
    {
      id: "empathy-got-rid-of",
      kind: "red-flag",
      description: "Treated the customer as a problem to get rid of rather than a person with a difficulty.",
      facet: "perspective-taking",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\b(?:wanted to (?:just )?get|get|got|getting) rid of (?:them|alex|the (?:customer|caller|guest|client|person|patient|user))\\b(?!'))",
        "(?<!\\bused to (?:just )?)(?:\\b(?:get|got|getting) (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) off (?:my|our) (?:back|hands|plate|desk|case|books)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\bwanted to (?:just )?get (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) off the (?:phone|line|call|chat)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:get|got|getting) (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) off the (?:phone|line|call|chat)\\b[^.]{0,25}\\b(?:as (?:fast|quickly|soon) as|quickly|fast|so (?:that )?i could|to (?:get|move|take)|and (?:moved|went|got) on)\\b)",
        "(?<!\\b(?:at first|initially|to begin with),? i (?:just )?)\\bwant(?:ed)? (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)|the (?:call|chat|complaint|conversation)) (?:gone|over with|done with|out of (?:my|the) (?:hair|way|shop|queue|store)|off (?:my|the) (?:hands|back|phone|line|desk))\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:treated|treat|saw|see|thought of|think of|handled|handle|dealt with|deal with) (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)|customers|callers|people like (?:that|them)) (?:as|like) (?:just )?(?:an?|another|one more) (?:problem|nuisance|headache|pain|hassle|inconvenience|interruption|ticket|number|case number|box to tick|job to (?:get through|close|clear))\\b)",
      ],
      examples: [
        "I just wanted to get rid of her so I could go on my break.",
        "I gave him the refund to get him off my back.",
        "I wanted the call over with, so I agreed to everything he asked.",
        "I treated her as another ticket to clear before lunch.",
        "I got him off the phone as fast as I could with a promise to call back.",
      ],
      nonExamples: [
        "I never tried to get rid of a customer.",
        "I would never treat someone as just another ticket.",
        "I'd try not to make anyone feel like a problem to get off the phone.",
        "My colleague wanted to get rid of him, so I took the call myself.",
        "I apologised and got rid of the late fee straight away.",
        "I treated her as a person, not just another ticket number.",
        "He felt he was being treated like a number, so I gave him my direct line.",
      ],
    },
    {
      id: "empathy-ignored-feelings",
      kind: "red-flag",
      description: "Showed no sign of noticing how the customer felt: went straight to the script, the policy or a stock reply while they were upset.",
      facet: "acknowledging-feelings",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\b(?:ignored|ignore|skipped|skip|left out|leave out|cut out|skipped past|skip past|didn'?t bother with|don'?t bother with) (?:all )?(?:the |their )?(?:emotional|feelings|touchy-feely|soft|fluffy|sympathy|empathy|sorry) (?:stuff|side|bit|part|chat|talk)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:went|go|jumped|jump|got|get|moved|move|skipped|skip) straight (?:to|into|on to|onto) (?:the )?(?:policy|script|terms|process|paperwork|facts|rules|refund form|returns form|procedure|security questions|t&cs|next (?:question|step|call|customer))\\b[^.]{0,50}\\b(?:even though|although|though|while) (?:they|alex|the customer) (?:was|were) (?:still |clearly |obviously |really |so |very )?(?:crying|in tears|sobbing|upset|distraught|distressed|panicking|shaking|frightened|scared|emotional|beside themselves)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:read out|read (?:them|alex) |recited|quoted|pressed on with|ploughed on with|plowed on with|kept reading|stuck to|stuck with|moved on to)\\b[^.]{0,40}\\b(?:even though|although|though|while) (?:they|alex|the customer) (?:was|were) (?:still |clearly |obviously |really |so |very )?(?:crying|in tears|sobbing|distraught|distressed|panicking|shaking|beside themselves)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:read|quoted|recited|reeled off|rattled off) (?:the )?(?:policy|script|terms(?: and conditions)?|rules|t&cs|procedure) (?:back )?at (?:them|alex|the customer)\\b)",
        "(?<=\\b(?:just|only|simply) )(?<!\\b(?:than|of|not) (?:just|only|simply) )(?:sent|send|gave|give|read|used|use|pasted|paste|copied|copy|fired off|fire off) (?:them |alex |the (?:customer|caller|guest) )?(?:the |a |our |my )?(?:standard|stock|usual|generic|template|canned|scripted|copy-and-paste|copy-paste|boilerplate) (?:apology|sorry|sympathy line|line|reply|response|answer|email|message|spiel|script|letter)\\b",
        "(?<!\\bused to (?:just )?)(?:(?<!\\b(?:than|of|not) )\\b(?:sent|send|gave|give|used|use|pasted|paste) (?:them |alex |the (?:customer|caller|guest) )?(?:the |a |our |my )?(?:standard|stock|usual|generic|template|canned|scripted|copy-and-paste|copy-paste|boilerplate) (?:apology|sorry|sympathy line|line|reply|response|answer|email|message|spiel|script|letter)\\b(?:[^.]{0,40}\\b(?:even though|although|though) (?:they|alex|the customer) (?:was|were|had been) (?:still |clearly |obviously |really |so |very )?(?:crying|in tears|sobbing|upset|distraught|distressed|panicking|frightened|scared|furious|grieving|beside themselves)\\b|,? (?:and|then) (?:closed?|move[d]? on|left it|leave it|ended?|hung up|hang up|marked it|mark it|that was (?:it|that))\\b))",
        "(?<!\\bused to (?:just )?)(?:\\b(?:treated|handled|dealt with|treat|handle|deal with) (?:it|them|alex|the (?:call|complaint|case|customer|caller)) (?:like|as) (?:any other|a (?:routine|standard|normal|simple|run-of-the-mill)) [a-z]+(?: [a-z]+)?\\b[^.]{0,30}\\b(?:even though|although|though|when|while) (?:they|alex|the customer) (?:was|were) (?:clearly |obviously |really |so |very |still )?(?:crying|in tears|sobbing|upset|distraught|distressed|panicking|shaking|frightened|scared|grieving|emotional|beside themselves)\\b)",
      ],
      examples: [
        "I skipped the emotional stuff and gave her the tracking number.",
        "I went straight to the refund form even though she was in tears.",
        "I read the terms and conditions back at him and ended the chat.",
        "I just sent the standard apology email and closed the ticket.",
        "I handled it like any other missing parcel, even though he was clearly upset.",
        "I pressed on with the security questions while she was sobbing.",
      ],
      nonExamples: [
        "I never skipped the emotional side of a complaint.",
        "I would never just send the standard apology to someone that upset.",
        "I'd try not to go straight to the policy when someone is in tears.",
        "My colleague sent her the standard apology, so I rang her to say sorry properly.",
        "Rather than send the standard reply, I called her and asked how she was coping.",
        "She was in tears, so I put the refund form aside and asked what had happened.",
        "I went straight to the fix because she was about to board a flight, and told her I knew how stressful it was.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.characteristics, note: "empathy as the most crucial characteristic; genuine concern for a disappointed customer" },
    { ...ARTICLES.topSkills, note: "ways to show empathy: reflective responses, sincere apology, acknowledging frustration" },
    { ...ARTICLES.threeQualities },
  ],
};
