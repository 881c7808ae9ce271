import type { Competency } from "../schema.js";
import { notAfter } from "./avoided.js";
import { ARTICLES } from "../sources.js";

/** A red flag told as something the candidate avoided is not the red flag: "rather than blaming the warehouse". */
const NOT_AFTER = notAfter("got", "get", "was", "were", "been", "being");
/** The same, for active verbs whose progressive ("I was ignoring") is the lapse itself: no passive auxiliaries. */
const NOT_AFTER_ACTIVE = notAfter();
/** A colleague or another part of the business, as the candidate might name them. */
const COLLEAGUE = "(?:colleagues?|teammates?|team-mates?|co-?workers?|new starters?|new (?:person|child|hire|joiner|recruit|member of staff)|previous (?:agent|shift|person)|last (?:agent|person)|other (?:agent|staff|shift)|the (?:warehouse|kitchen|night shift|day shift|late shift|early shift|weekend (?:team|shift)|back office|head office|courier team|(?:billing|technical|tech|it|logistics|delivery|sales|returns|accounts|finance|dispatch|support|admin) (?:team|department|desk|guys|people))|warehouse|kitchen|supervisor|manager|team leader)";

/** Teamwork: working with colleagues and other departments so the customer gets one joined-up answer. */
export const teamwork: Competency = {
  id: "teamwork",
  name: "Teamwork",
  definition:
    "Teamwork is working with colleagues, other shifts and other departments so that the customer experiences one joined-up service instead of a string of disconnected hand-offs. In service roles it means pulling in the right person when a case needs billing, technical or warehouse input, passing on context so nobody has to ask the customer twice, and writing down what worked so the whole team can reuse it. It also covers the quieter side of being a good colleague: covering a queue, coaching newer staff and crediting others rather than blaming them in front of customers.",
  cluster: "collaboration",
  facets: [
    {
      id: "team-communication",
      name: "Communication within the team",
      description: "Keeping colleagues and the next shift informed about cases, handovers and recurring issues.",
    },
    {
      id: "collaborative-problem-solving",
      name: "Collaborative problem-solving",
      description: "Bringing in colleagues or other departments to work out a fix that no one person could reach alone.",
    },
    {
      id: "supporting-colleagues",
      name: "Supporting colleagues",
      description: "Covering for teammates, stepping in at busy moments and helping newer staff find their feet.",
    },
    {
      id: "knowledge-sharing",
      name: "Knowledge sharing",
      description: "Recording fixes and lessons in a place the team can use, and passing them on at huddles or meetings.",
    },
  ],
  aliases: ["collaboration", "team player", "teamworking", "cooperation", "team spirit", "collaborative working", "working with others"],
  related: ["communication", "problem-solving", "product-knowledge", "positive-attitude"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Works against colleagues or leaves them to cope, to the customer's cost.",
      anchors: [
        "Blamed a colleague or another department in front of the customer.",
        "Refused to help a teammate because the case was “not my queue”.",
        "Kept a useful fix or shortcut to themself so their own figures looked better.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Calls themself a team player but describes no specific moment of working with others.",
      anchors: [
        "Says they “get on with everyone” or “love working in a team” with no example.",
        "Tells a story in which “we” did everything and their own part in the joint effort is unclear.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of working with a colleague or another department on a customer's case.",
      anchors: [
        "Describes asking a named team, such as billing or the warehouse, for input on one case.",
        "Covered a colleague's calls or tables during a busy spell.",
        "Passed the case on with notes so the next person did not start from scratch.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their own coordination with others clearly produced a better result for the customer.",
      anchors: [
        "Explains who they brought in, what each person contributed and how they kept it moving.",
        "Briefed the next shift or the specialist so the customer never had to repeat their story.",
        "States the concrete outcome the joint effort delivered, such as a same-day fix across two departments.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Strengthens how the whole team works, with a lasting, often measurable improvement beyond one case.",
      anchors: [
        "Turned a recurring cross-department problem into a shared fix, raised it at a huddle and saw repeat contacts fall.",
        "Documented a workaround in the knowledge base or mentored new starters so others resolved the issue unaided.",
        "Reflects on what made the collaboration work and credits colleagues' contributions specifically.",
      ],
    },
  ],
  indicators: [
    {
      id: "teamwork-brought-in-colleague",
      kind: "positive",
      description: "Brought in a colleague or another department to solve a customer's problem together.",
      facet: "collaborative-problem-solving",
      patterns: [
        "\\b(?:reach(?:ed)? out to|contact(?:ed)?|pull(?:ed)? in|br(?:ing|ought) in|loop(?:ed)? in|work(?:ed)? (?:closely |together )?with|team(?:ed)? up with|partner(?:ed)? with|check(?:ed)? with|sat down with)\\b[^.]{0,20}\\b(?:colleagues?|teammates?|team-mates?|co-?workers?|(?:the|our) (?:billing|technical|tech|it|logistics|warehouse|product|inventory|sales|returns|delivery|engineering|kitchen|finance|accounts|housekeeping|front desk|night) (?:team|department|desk|staff|shift)|another (?:department|team)|the other (?:team|department|shift))\\b",
      ],
      examples: [
        "I reached out to a colleague in the billing team who had handled the same error before.",
        "I looped in the warehouse team and we traced the parcel within the hour.",
        "I worked with the technical team to reproduce the fault on a test account.",
      ],
      nonExamples: [
        "I didn't reach out to my colleagues because I wanted to fix it alone.",
        "I would loop in the technical team straight away.",
        "Collaboration is at the heart of good service.",
      ],
    },
    {
      id: "teamwork-shared-knowledge",
      kind: "positive",
      description: "Shared a fix or lesson with the team, in a meeting or in a shared knowledge base.",
      facet: "knowledge-sharing",
      patterns: [
        "\\b(?:shar(?:e|ed)|pass(?:ed)? on|wr(?:ite|ote) up|document(?:ed)?|add(?:ed)?|post(?:ed)?|present(?:ed)?|demonstrat(?:e|ed))\\b[^.]{0,40}\\b(?:with|to|for|in|at) (?:the|my|our) (?:team|colleagues|teammates|huddle|(?:morning |weekly |next )?(?:huddle|team meeting|briefing)|knowledge base|shared (?:drive|doc|document|folder)|wiki|team chat|slack channel|teams channel)\\b",
      ],
      examples: [
        "I wrote up the workaround and added it to our knowledge base so the others could use it.",
        "I shared the fix with the team at the next morning huddle.",
        "I documented the steps in the team wiki after the third customer asked.",
      ],
      nonExamples: [
        "I never shared the fix with the team, which I regret.",
        "I would share it with my colleagues in the next team meeting.",
        "I'll document it in the knowledge base next time.",
      ],
    },
    {
      id: "teamwork-supported-colleague",
      kind: "positive",
      description: "Covered for a teammate or helped a newer colleague learn the job.",
      facet: "supporting-colleagues",
      patterns: [
        "\\b(?:cover(?:ed)?|st(?:ep|epped) in (?:for|on)|took over|take over|pick(?:ed)? up|help(?:ed)? (?:clear|with))\\b[^.]{0,20}\\b(?:(?:a|my|our) (?:colleague|teammate|co-?worker)'?s?|(?:his|her|their) (?:shift|queue|calls|tickets|tables|backlog|section))\\b",
        "\\b(?:mentor(?:ed)?|coach(?:ed)?|train(?:ed)?|buddied up with|sat (?:next to|alongside|with))\\b[^.]{0,20}\\b(?:new (?:starters?|hires?|joiners?|colleagues?|agents?|members?)|newer (?:colleagues?|agents?|staff)|junior (?:colleagues?|agents?)|trainees?|apprentices?)\\b",
      ],
      examples: [
        "I covered a colleague's queue while she dealt with a family emergency.",
        "I mentored two new starters through their first month on the phones.",
        "I stepped in for my teammate when his calls started stacking up.",
      ],
      nonExamples: [
        "I didn't cover my colleague's shift because I was tired.",
        "I would mentor the new hires if I had the time.",
        "My manager covered my colleague's shift that day.",
      ],
    },
    {
      id: "teamwork-briefed-handover",
      kind: "positive",
      description: "Briefed colleagues or the next shift so the customer's case carried on without a gap.",
      facet: "team-communication",
      patterns: [
        "\\b(?:brief(?:ed)?|updat(?:e|ed)|fill(?:ed)? in|hand(?:ed)? over to) (?:the|my|our) (?:colleague|teammate|team|next shift|night shift|evening shift|incoming shift|morning shift|day shift|specialist|engineer)s?\\b",
        "\\bwr(?:ite|ote) (?:a |some |the )?(?:detailed |clear |full |thorough )?(?:handover|hand-over|shift) notes?\\b",
        "\\bhand(?:ed)? (?:it|the case|the ticket|the customer|the call|the job|them|him|her) over\\b[^.]{0,30}\\b(?:notes|context|history|summary|briefing)\\b",
      ],
      examples: [
        "I briefed the next shift on the customer's history so nobody asked him to repeat it.",
        "I wrote detailed handover notes for the evening team before I left.",
        "I handed the case over with full notes to the specialist.",
      ],
      nonExamples: [
        "I didn't brief the next shift, and the customer had to explain everything again.",
        "I will write handover notes from now on.",
        "The team leader briefed the next shift about it.",
      ],
    },
    {
      id: "teamwork-blamed-colleague",
      kind: "red-flag",
      description: "Blamed a colleague or another department to the customer.",
      facet: "team-communication",
      patterns: [
        `\\b${NOT_AFTER}blam(?:e|ed|es|ing)\\b[^.]{0,20}\\b(?:${COLLEAGUE}|the other (?:shift|team|department)|the (?:other staff|back office|head office))\\b`,
        `\\b${NOT_AFTER}(?:threw|throw|throwing|thrown) (?:my |a |the |our )?(?:${COLLEAGUE}|other (?:team|department|shift)|team|boss|alex) under the bus\\b`,
        `\\b(?:tell|told|telling|said to|explained to|assured) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:it was|it's|the (?:mistake|problem|error|delay|mix-up|hold-up) was) (?:all |entirely |totally |really )?(?:the |my |a |an |our |one of (?:my|our|the) )?(?:${COLLEAGUE}|other (?:team|department|shift)|alex)'s (?:fault|mistake|error|doing|screw-up|cock-up|mess)\\b|\\b(?:tell|told|telling|said to|explained to|assured) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:it was all|the (?:mistake|problem|error|delay|mix-up|hold-up) was(?: all)?) down to (?:the |my |a |an |our |one of (?:my|our|the) )?(?:${COLLEAGUE}|other (?:team|department|shift)|alex)\\b`,
        `\\b(?:tell|told|telling|said to|explained to) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:the |my |a |an |our |one of (?:my|our|the) )?(?:${COLLEAGUE}|alex) (?:had )?(?:messed (?:it |things |the [a-z-]+ )?up|screwed (?:it |things |the [a-z-]+ )?up|mucked (?:it |things |the [a-z-]+ )?up|got (?:it|the [a-z-]+|their [a-z-]+|them [a-z-]+|everything) wrong(?: again)?|dropped the ball|(?:was|were) (?:useless|incompetent|clueless|hopeless|lazy|to blame|at fault|the problem)|(?:didn't|did not|doesn't|does not) know what (?:they|he|she) (?:was|were|is|are) doing)`,
        `\\b${NOT_AFTER}(?:pointed|pointing|point) the finger at (?:my |a |the |our )?(?:${COLLEAGUE}|other (?:team|department|shift)|alex)\\b|\\b${NOT_AFTER}(?:passed|passing|pass|shifted|shifting|shift|put|putting) the (?:blame|buck) (?:on|onto|to) (?:my |a |the |our )?(?:${COLLEAGUE}|other (?:team|department|shift)|alex)\\b`,
      ],
      examples: [
        "I blamed my colleague in front of the customer for losing the paperwork.",
        "I told the customer it was the other department's fault and left it there.",
        "I told her the night shift had messed it up, not me.",
        "I pointed the finger at the warehouse team while the customer was still on the line.",
        "I explained to the caller that the mistake was down to a new starter.",
        "When the customer asked why her order was late, I threw the warehouse under the bus and said they'd lost it.",
        "I threw the other team under the bus in front of the caller.",
      ],
      nonExamples: [
        "I never blamed a colleague in front of a customer.",
        "If I blamed the other shift, the customer would lose trust in all of us.",
        "I would never throw a teammate under the bus.",
        "My supervisor blamed the night shift in front of the customer, so I took the call over.",
        "Rather than blaming the warehouse, I told her we had made a mistake and I would fix it.",
        "My supervisor threw Sam under the bus in front of the customer, so I stepped in and took responsibility.",
        "I refused to throw my team under the bus, even though the customer pushed me to say whose fault it was.",
      ],
    },
    {
      id: "teamwork-not-my-job",
      kind: "red-flag",
      description: "Refused a colleague's request for help because the work was not theirs.",
      facet: "supporting-colleagues",
      patterns: [
        `\\b(?:tell|told|telling|said to|reminded) (?:my |a |the )?(?:colleague|teammate|co-?worker|team leader|supervisor|manager)s? (?:that )?it (?:was|wasn't|was not) (?:not )?my (?:job|problem|queue|customer|department|shift|area|responsibility)\\b`,
        `\\b(?:tell|told|telling|said to) (?:him|her|them|my (?:colleague|teammate|co-?worker)|alex|the new (?:starter|hire|joiner))\\b[^.]{0,10}\\b(?:that )?(?:it|that|this)(?:'s| was| is) (?:their|alex's|the (?:night|day|other|previous|weekend|morning|evening) (?:shift|team)'s) (?:queue|problem|job|mess|responsibility|look-?out|headache)\\b`,
        `\\b(?:tell|told|telling|said to) (?:him|her|them|my (?:colleague|teammate|co-?worker)|alex|the new (?:starter|hire|joiner))\\b[^.]{0,10}\\b(?:that )?i(?: was (?:too |far too |way too |really )?busy (?:with|on) my own|(?: had|'d got|'d| had got|'ve got| have got| have|'ve) (?:enough (?:of my own|on my plate)|too much on my plate|my own (?:queue|calls|work|targets|tickets|customers|job|numbers|stuff)(?: to (?:clear|do|worry about|deal with|get through|hit))?))`,
        `\\b${NOT_AFTER}refus(?:e|ed|ing) to (?:help|cover|assist|take over|take on|pick up|swap|support|step in|lend a hand|chip in|muck in)\\b(?! up)`,
        `\\b${NOT_AFTER}(?:left|leave|leaving) (?:him|her|them|my (?:colleague|teammate|co-?worker)|alex|the new (?:starter|hire|person|child|joiner|recruit|colleague)) to (?:cope|struggle|sink or swim|fend for (?:themself|themselves|himself|herself)|muddle through|sort it out (?:alone|on (?:their|his|her) own|by (?:themself|themselves|himself|herself))|deal with it (?:alone|on (?:their|his|her) own|by (?:themself|themselves|himself|herself)))`,
        `\\b(?:pretended|pretending|pretend) (?:not to (?:see|hear|notice)|i (?:was|had been|hadn't) (?:busy|seen|heard|on (?:a|the) (?:call|phone)|on (?:my )?break)|to be (?:busy|on (?:a|the) (?:call|phone)))\\b`,
        `\\b${NOT_AFTER_ACTIVE}(?:ignored|ignoring|ignore) (?:their|(?:my|a) (?:colleague|teammate|co-?worker)'s|alex's|the team's|the new (?:starter|hire)'s) (?:request|plea|call|shout|question|message)s? for (?:help|backup|cover|a hand|support)\\b`,
      ],
      examples: [
        "I told my colleague it was not my job to cover the phones.",
        "I told her that was the night shift's problem and went back to my own calls.",
        "I refused to cover his calls because they were not in my queue.",
        "I left the new starter to sort it out on their own while the queue built up.",
        "I pretended not to see her message asking for help with the angry caller.",
        "When Priya asked me to take one of her escalations, I told her I had my own queue to clear and left her to it.",
        "The new starter messaged me three times that afternoon, but I ignored her requests for help because her queue wasn't my problem.",
        "I told him I had too much on my plate already.",
        "I was ignoring her requests for help because I had my own queue.",
      ],
      nonExamples: [
        "I never refused to help a teammate, whatever queue it was in.",
        "I would never leave a new starter to cope on their own.",
        "My colleague refused to cover the phones, so I stayed on for an extra hour.",
        "I told my colleague it was no trouble and took over the call.",
        "Instead of telling him it was not my queue, I picked up the ticket and sorted it.",
        "My colleague told me she had too much on her plate, so I took the call.",
        "Instead of ignoring a colleague's request for help, I took the call myself.",
      ],
    },
    {
      id: "teamwork-kept-fix-to-self",
      kind: "red-flag",
      description: "Kept a useful fix or shortcut to themself so their own figures looked better.",
      facet: "knowledge-sharing",
      patterns: [
        `\\b${NOT_AFTER}ke(?:pt|ep|eping|eps) (?:the |my |that |this |a |our |those |these )?(?:[a-z-]+ )?(?:fix|workaround|work-around|solution|trick|shortcut|tip|information|info|knowledge|method|macro|template|script|cheat sheet|process|hack|way of doing it)e?s? (?:to myself|quiet|secret|under wraps|for myself|close to my chest)`,
        `\\b${NOT_AFTER}ke(?:pt|ep|eping|eps) (?:it|them|that|this) (?:to myself|quiet|secret|under wraps|close to my chest)\\b[^.]{0,60}\\b(?:numbers|stats|figures|scores|metrics|targets|handle times?|bonus|ranking|leaderboard|league table|commission|look(?:ed)? better|look(?:ed)? good|ahead of|top of)`,
        `\\b${NOT_AFTER}(?:hid|hide|hiding|hoarded|hoard|hoarding|guarded|withheld|withhold|held back|sat on|kept)\\b[^.]{0,40}\\bfrom (?:the (?:rest of the )?team|my (?:colleagues|teammates|co-?workers)|the others|everyone else|the new (?:starters?|hires?|joiners?))\\b`,
        `\\b${NOT_AFTER_ACTIVE}(?:hoarded|hoard|hoarding)\\b[^.]{0,20}\\b(?:fix|fixes|workarounds?|tips?|information|knowledge|tricks?|shortcuts?|leads|templates?|macros?)\\b`,
      ],
      examples: [
        "I kept the workaround to myself because it made my numbers look better.",
        "I kept my refund shortcut quiet so I stayed top of the leaderboard.",
        "I hid the new template from the rest of the team.",
        "I kept it to myself for months because it kept my handle time ahead of everyone's.",
        "I hoarded the little fixes I'd found for the billing system so my resolution rate stayed the best on the team.",
        "I was hoarding the workaround so my figures stayed top.",
      ],
      nonExamples: [
        "I didn't keep the workaround to myself.",
        "I would never hide a fix from the team.",
        "A colleague kept the shortcut to herself, so I wrote it up for everyone.",
        "I kept the fix simple and shared it with the team at the huddle.",
        "The customer was rude, but I kept it to myself and carried on with the call.",
        "Rather than hoarding the fixes I found, I wrote them up for the team.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topSkills,
      note: "teamwork: communication within the team, collaborative problem-solving, supporting colleagues and sharing knowledge",
    },
  ],
};
