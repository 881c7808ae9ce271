import type { Competency } from "../schema.js";
import { NOT_AVOIDED } from "./avoided.js";
import { ARTICLES } from "../sources.js";

// Pieces of the red-flag patterns below, matched on the neutral reading (him/her → them, his/her → their, names → alex).
/** What a customer is told or quoted. */
const ANSWER_WORDS = "answers?|prices?|stor(?:y|ies)|dates?|things?|polic(?:y|ies)|terms|figures?|amounts?|information|rules?|deadlines?|charges?|fees?|quotes?";
/** A rule, price or answer, as what gets made up. */
const MADE_UP = "(?:(?:the|my|our) (?:[a-z-]+ )?(?:rules?|polic(?:y|ies)|prices?|answers?|terms|refund amounts?|charges?|fees?)|answers)";
/** Leaving steps out. */
const SKIP_VERBS = "skip|skips|skipped|skipping|left out|leave out|leaves out|leaving out|missed out|miss out|dropped|bypassed|bypass|skimped on|skimp on|glossed over|gloss over|rushed through|rush through|hurried through|raced through|flew through|whizzed through|breezed through";
/** Because it was busy or late, or to get away. */
const BUSY =
  "(?:(?:because|as|since|when|whenever|while|once|if) (?:it was|it got|it gets|we were|we got|I was|I got|the (?:queue|shop|store|floor|line|phones?) (?:was|were|got)|things (?:were|got)) (?:really |so |too |very |a bit |running )?(?:busy|hectic|manic|rammed|slammed|packed|swamped|short-staffed|understaffed|behind|near|nearly|almost|close to|the end|backed up|long|full)|(?:at|near|towards|toward|by|close to|nearing) the end of (?:the|my|a) (?:day|shift|week|night)|I (?:was|got) (?:really |so |too |very |a bit |running )?(?:tired|late|fed up|bored)|(?:on|at|during) (?:busy|friday|saturday|sunday|weekend|peak|late|the (?:busy|late|last|christmas|holiday|peak|rush))|to (?:get (?:home|out|off|away|through (?:the|it|them))|clear (?:the|my) (?:queue|list|backlog|tickets|inbox)|save (?:time|a few minutes)|finish (?:on time|early|up)|leave (?:on time|early)|go home|keep (?:the|my) (?:queue|numbers|handle time|line)|hit (?:my|the|our) (?:target|numbers|sla))|so (?:that )?I could (?:get|go|leave|finish|clear|hit|keep)|before (?:closing|close|the end of (?:the|my) shift|home time|my break))";
/** A mismatch told as put right or explained: the right answer, an apology, a correction. */
const PUT_RIGHT =
  "(?:[^.]{0,70}\\b(?:because (?:the|my|our|their|it|that|this)\\b[^.]{0,25}\\b(?:was|were|had been) (?:wrong|out of date|outdated|incorrect|mistaken|a mistake)|because (?:their|it|that|this|the (?:customer|order|item|product|plan|model|account|policy|price|offer|terms))\\b|wrong|out of date|outdated|incorrect|mistaken|a mistake|an error|flagged|fixed|sorted|put it right|made sure|confirm(?:ed)?|checked|explained|changed|updated|new|but)\\b|[^.]{0,70}\\b(?:apologi[sz]|honou?r|correct))";
/** The lapse told as made good straight after: a call, a text, an apology. */
const MADE_GOOD =
  "[^.]{0,50}\\b(?:so|and|then|but)(?: then)?(?: I)?(?: still| quickly| immediately)? (?:emailed|called|rang|phoned|texted|messaged|asked|made|sent|apologi[sz]ed|got|did|set|put|left)\\b";
/** Until the customer got in touch again. */
const UNTIL_THEY = "(?:(?:until|till) (?:they|alex|the customer|the caller|their|a complaint|my manager) (?:had )?(?:rang|rung|called|chased|emailed|complained|got in touch|wrote|came|contacted|phoned|asked|escalated|reminded))";

/** Consistency: the same standard of service on every contact, channel and day, and promises kept. */
export const consistency: Competency = {
  id: "consistency",
  name: "Consistency",
  definition:
    "Consistency is giving every customer the same high standard of service on every contact, whatever the channel, the time of day or the length of the queue. A consistent agent quotes the same policy on the phone as the website does, works through the same checks for the tenth customer of the shift as for the first, and calls back when they said they would. Because the customer never has to wonder which version of the company they will get, consistency is what turns a single good fix into trust that lasts.",
  cluster: "self-management",
  facets: [
    {
      id: "steady-standard",
      name: "Steady standard",
      description: "Keeping the quality of each interaction the same regardless of workload, mood or which customer it is.",
    },
    {
      id: "cross-channel-alignment",
      name: "Cross-channel alignment",
      description: "Making sure the customer gets the same answer, price and treatment online, in person and over the phone.",
    },
    {
      id: "keeping-commitments",
      name: "Keeping commitments",
      description: "Doing what was promised, by the time it was promised, so the customer can rely on the agent's word.",
    },
    {
      id: "shared-records",
      name: "Shared records",
      description: "Recording what was agreed so that colleagues and later shifts give the customer the same answer.",
    },
  ],
  aliases: ["reliability", "dependability", "reliable service", "consistent service"],
  related: ["professionalism", "responsiveness", "competence", "teamwork"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Describes service that depends on their mood or the queue, or promises they let lapse.",
      anchors: [
        "Admits skipping checks or steps when busy or near the end of a shift and sees nothing wrong in it.",
        "Tells of a promised callback or update they forgot and never made good.",
        "Shrugs off giving one customer a different answer from another on the same question.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Calls themself dependable but never shows a standard held over time or a promise kept.",
      anchors: [
        "Says colleagues “can always count on” them without a single instance of it.",
        "Mentions following procedures in general terms, with no account of a busy or awkward moment when that was tested.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case of keeping a commitment or giving an answer that matched across channels.",
      anchors: [
        "Made a callback or update at the time they had told the customer to expect it.",
        "Checked that what they quoted matched the website, the store or a colleague's earlier answer.",
        "Kept to the normal process for a customer even though a shortcut was available.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which holding the same standard under pressure, or keeping their word, led to a clear outcome.",
      anchors: [
        "Describes a peak period, late shift or difficult customer and how they kept every step of the service intact.",
        "Sorted out a mismatch between what two channels or colleagues had told the customer and gave one honest answer.",
        "Shows the customer's trust as the result: they came back, renewed, or asked for the agent by name.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Holds a standard across many contacts, can show it held, and makes it easier for the whole team to be consistent.",
      anchors: [
        "Points to evidence of steadiness over time, such as quality scores that stayed level through a seasonal rush.",
        "Logged agreements or wrote up a shared answer so that any colleague would tell the next customer the same thing.",
        "Reflects on what tends to make service uneven and the habit or checklist they built to prevent it.",
      ],
    },
  ],
  indicators: [
    {
      id: "consistency-kept-promise",
      kind: "positive",
      description: "Got back to the customer, or delivered something, exactly when and as they had promised.",
      facet: "keeping-commitments",
      patterns: [
        "\\b(?:call(?:ed)?|rang|ring|phon(?:e|ed)|email(?:ed)?|messag(?:e|ed)|text(?:ed)?|got back to|get back to|updat(?:e|ed))\\b[^.]{0,60}\\b(?:as|when|like|at the time) I (?:had )?(?:promised|said I would|told (?:him|her|them|the customer) I would|agreed)\\b",
        "\\b(?:kept|keep|honou?r(?:ed)?|deliver(?:ed)? on|stuck to|stick to) (?:my|the|that|every) (?:promise|commitment|word)\\b",
      ],
      examples: [
        "I called her back at four o'clock, exactly as I had promised.",
        "I kept my promise to update him every Friday until the replacement part arrived.",
        "I emailed the customer the revised quote on Monday morning, just like I said I would.",
      ],
      nonExamples: [
        "I didn't call her back when I said I would, and she complained to my manager.",
        "I would always keep my promise to ring a customer back.",
        "My colleague kept her promise to ring the customer back.",
      ],
    },
    {
      id: "consistency-matched-channels",
      kind: "positive",
      description: "Made sure the answer, price or policy given matched what other channels or colleagues had said.",
      facet: "cross-channel-alignment",
      patterns: [
        "\\b(?:check(?:ed)?|ma(?:de|ke) sure|ensured?|confirm(?:ed)?|verif(?:y|ied)|double-check(?:ed)?)\\b[^.]{0,50}\\b(?:matched|match(?:es)?|was the same as|were the same as|lined up with|agreed with|consistent with)\\b[^.]{0,50}\\b(?:online|website|app|in[- ]store|in person|phone|chat|email|branch|shop|colleague|other (?:agent|shift|channel)s?)\\b",
        "\\bg(?:a|i)ve (?:him|her|them|the customer) the same (?:answer|information|price|offer|advice|terms|discount)\\b[^.]{0,50}\\b(?:online|website|app|in[- ]store|in person|phone|chat|email|branch|shop|colleague|last time|before)\\b",
      ],
      examples: [
        "I checked that the refund terms I quoted on chat matched what the website said.",
        "I gave her the same price she had been offered online, even though the shelf tag in the store was higher.",
      ],
      nonExamples: [
        "I never checked whether my answer matched what the website said.",
        "I would make sure the price I quote on the phone matches the one online.",
        "Consistency across every channel is what builds trust.",
      ],
    },
    {
      id: "consistency-same-process-every-time",
      kind: "positive",
      description: "Worked through the same checks or steps for every customer, including when it was busy.",
      facet: "steady-standard",
      patterns: [
        "\\b(?:follow(?:ed)?|used|use|stuck to|stick to|went through|go through|ran through|run through|worked through|work through)\\b[^.]{0,30}\\b(?:same|standard|usual|full)\\b[^.]{0,25}\\b(?:checklist|checks|steps|process|procedure|routine|template|script)\\b",
      ],
      examples: [
        "I went through the same returns checklist with every customer, even on the busiest Saturdays.",
        "I followed the full setup steps on each call so nobody got a shortened version at the end of my shift.",
      ],
      nonExamples: [
        "I didn't follow the usual checklist that day because the queue was so long.",
        "I would follow the same process for every customer.",
        "Being consistent is one of my strengths.",
      ],
    },
    {
      id: "consistency-recorded-for-colleagues",
      kind: "positive",
      description: "Recorded what was agreed so colleagues and later shifts would give the customer the same answer.",
      facet: "shared-records",
      patterns: [
        "\\b(?:logged|log|noted|note|recorded|record|documented|document|wrote (?:down|up)|write (?:down|up))\\b[^.]{0,50}\\b(?:so (?:that )?(?:the next|any other|anyone else|another|whoever|my colleagues?|other agents?|the (?:next|night|late|early|weekend) shift)|for the next (?:agent|shift|person|colleague))\\b",
      ],
      examples: [
        "I logged exactly what we had agreed on his account so the next agent would honour the same deal.",
        "I wrote up the answer to the delivery-charge question for the next shift, because customers had been told three different things.",
      ],
      nonExamples: [
        "I didn't note the agreement on her account so the next agent could see it.",
        "I will document everything so that the next shift knows what was agreed.",
      ],
    },
    {
      id: "consistency-contradictory-answers",
      kind: "red-flag",
      description: "Gave customers answers that contradicted each other or other channels, or let their mood decide the service.",
      facet: "cross-channel-alignment",
      patterns: [
        `${NOT_AVOIDED}\\b(?:told|tell|tells|telling|gave|give|gives|giving|quoted|quote|quotes|quoting)\\b (?:them|alex|the customer|the caller|customers|each customer|different customers|some customers|people|callers)(?: (?!(?:had|has|was|were|is|are|said|says|showed|shows|listed|stated|gave|quoted|told|got)\\b)[a-z0-9'-]+){0,5} (?:(?:a |something )?(?:completely |totally |slightly |entirely )?different (?:[a-z-]+ )?(?:${ANSWER_WORDS})\\b[^.]{0,15}?|something (?:completely |totally |slightly |entirely )?different )\\b(?:from|than|to) (?:what|the (?:one|ones|website|site|app|store|shop|branch|price|answer|quote|date|email|letter|policy|leaflet)|my colleague|a colleague|(?:our|the) (?:website|site|app)|their|the other|another|last time|before|earlier|the day before|the week before)\\b(?!${PUT_RIGHT})`,
        `${NOT_AVOIDED}\\b(?:told|tell|tells|telling|gave|give|gives|giving|quoted|quote|quotes|quoting) (?:different|some|other|each) (?:customers|callers|people|customer|caller)\\b[^.]{0,30}\\bdifferent (?:[a-z-]+ )?(?:${ANSWER_WORDS})\\b(?!${PUT_RIGHT})(?![^.]{0,25}\\b(?:depending on|based on|according to|for their|because their|because of their) (?!my mood|how I))`,
        `${NOT_AVOIDED}\\b(?:depend(?:ed|ing|s)?|varied|var(?:y|ies)|came down to|comes down to|changed|changes) (?:on |with |by )?(?:my mood|how I (?:felt|was feeling|feel)|who I liked|whether I liked (?:them|the customer|alex|the person)|how (?:tired|annoyed|grumpy|fed up|irritated|stressed|bored|hungry) I (?:was|felt|am)|how much I liked (?:them|the customer|alex)|what (?:kind|sort) of (?:day|mood) I was (?:having|in))\\b`,
        `${NOT_AVOIDED}\\b(?:told|tell|said to|explained to) (?:them|alex|the customer|the caller)\\b[^.]{0,20}\\b(?:every|each|different) (?:agent|branch|store|shop|advisor|adviser|team|person|colleague|one of us|member of staff|staff member)s? (?:does|did|do|had|has|have|gives|gave|works|worked|says|said|tells|told|handles|handled) (?:it |things |its own |their own |a bit |slightly )?(?:differently|their own way|its own way|their own thing)\\b(?!${PUT_RIGHT})`,
        `${NOT_AVOIDED}\\b(?:told|tell|said to) (?:them|alex|the customer|the caller)\\b[^.]{0,15}\\b(?:it )?(?:depends|depended|varies|varied) (?:on )?(?:who|(?:which|what) (?:agent|branch|store|shop|person|colleague|advisor|adviser)) (?:you|they) (?:get|got|speak|spoke|talk|talked|deal|dealt|ask|asked|go to|went to|call|called|ring|rang|visit|visited)\\b(?!${PUT_RIGHT})`,
        `${NOT_AVOIDED}\\b(?:told|tell|gave|give|quoted|quote) (?:one|some) (?:customers?|callers?|people|person) (?:one thing|something)\\b[^.]{0,10}\\b(?:and|but) (?:the next|another|the other|others|other)(?: (?:ones?|customers?|callers?|people|person))? (?:something (?:else|(?:completely |totally |entirely )?different)|another|a different|the opposite)\\b`,
        `${NOT_AVOIDED}\\b(?:made|make|makes|making) (?:${MADE_UP} up|up ${MADE_UP}) (?:as I (?:went|go) along|on the spot|on the fly)\\b`,
      ],
      examples: [
        "I told him a different price from the one my colleague had given him the day before, and he felt misled.",
        "I handled refund requests differently depending on my mood that day.",
        "I quoted different customers different delivery charges for the same order, whatever came into my head.",
        "I told her every branch does it differently and left it there.",
        "Honestly, I made the returns policy up as I went along.",
        "When she asked why my colleague had quoted a different fee, I told her it depends who you speak to and left it at that.",
        "Honestly, on busy days I told one customer one thing and the next customer something else about the returns window.",
        "I told the customer it depends on which branch you go to and left it at that.",
        "I told some customers one thing and others something different about the warranty.",
      ],
      nonExamples: [
        "I never gave customers a different answer from the one on the website.",
        "I wouldn't quote the customer a different price from the one online.",
        "My colleague had told her a different date from the one in the email, so I checked and gave her the right one.",
        "I told her each branch had handled it differently, apologised, and confirmed the correct policy in writing.",
        "I offered her a different delivery date because the first one clashed with her shift.",
        "I gave customers different delivery dates depending on their postcode, exactly as the courier's table set out.",
        "I told her it depends which branch you go to, so I checked with both branches and confirmed the correct price for her.",
        "My colleague told one customer one thing and the next something completely different, so I rang them both with the right answer.",
      ],
    },
    {
      id: "consistency-cut-corners",
      kind: "red-flag",
      description: "Skipped checks or steps, or lowered the standard of service, when busy or near the end of a shift.",
      facet: "steady-standard",
      patterns: [
        `${NOT_AVOIDED}\\bcut(?:s|ting)? (?:a few |some |a couple of |the odd |one or two |any |a lot of )?corners\\b`,
        `${NOT_AVOIDED}\\b(?:${SKIP_VERBS}) (?:over )?(?:the |some |a few |a couple of |one or two |most of the |half the |all the |any |my |our )?(?:(?:usual|normal|standard|required|mandatory|last|final|security|safety|quality|id|identity|verification|compliance|wrap-up|after-call|closing|data protection|gdpr|account|fraud|age|stock|basic) )*(?:checks?|steps?|checklist|security questions|verification|call notes|case notes|notes|wrap-up|paperwork|safety talk|handover|test calls?|tests|id checks?|procedure|signatures?)\\b(?![^.]{0,40}\\b(?:already|had done|had tried|been done|did not apply|didn'?t apply|not relevant|irrelevant|duplicated?))`,
        `${NOT_AVOIDED}\\b(?:rush(?:ed|es|ing)?|hurried|hurry|rac(?:ed|e|ing)|flew|fly|whizzed|sped|speed|breezed|skimmed|skim)(?: through)? (?:the |my )?(?:last|final|later|remaining|end-of-(?:shift|day)|afternoon|evening|friday|late) (?:few |couple of |handful of |hour'?s? |batch of )?(?:calls|customers|tickets|chats|appointments|visits|callers|emails|guests|checks|cases)\\b`,
        `${NOT_AVOIDED}\\b(?:went|go|goes|going) through the motions\\b`,
        `${NOT_AVOIDED}\\b(?:did|do|does|doing|ran|run|running|ran through|run through|running through|went through|go through|going through|filled in|fill in|filling in) (?:the|my|our) (?:checks|checklist|steps|process|notes|paperwork|security questions)\\b[^.]{0,20}?\\b(?:half-heartedly|on autopilot|sloppily|carelessly|any old how|in a (?:hurry|rush))\\b`,
        `${NOT_AVOIDED}\\bonly (?:did|do|does|ran|run|runs|followed|follow|follows|went through|go through|bothered with|used|use|completed|complete|filled in|fill in) (?:the |all the |every |each |my )?(?:full |proper |usual |whole |complete |standard )?(?:checks?|checklist|process|steps|procedure|script|routine|notes|paperwork|security questions)\\b[^.]{0,20}?\\b(?:when|if|on days|while) (?:I had (?:time|the time)|it was quiet|it wasn'?t busy|it was not busy|we were quiet|we weren'?t busy|things were quiet|(?:someone|my manager|the manager|my supervisor|my team leader|a manager|quality|qa|the auditor) was (?:watching|around|listening|on the floor|in)|I was being (?:monitored|observed|watched|assessed|recorded|marked)|I knew (?:it|the call|they) (?:was|were) being)`,
        `${NOT_AVOIDED}\\b(?:gave|give|gives|giving|did|do|does|ran|run|runs)\\b[^.]{0,40}\\b(?:quick|quicker|shorter|shortened|cut-down|stripped-down|lighter|rushed|watered-down|half|abridged|bare-bones) version (?:of )?(?:the |my |our )?(?:checks?|checklist|process|routine|steps|procedure|handover|setup|inspection|walkthrough|induction|safety (?:talk|briefing|checks))\\b[^.]{0,50}?${BUSY}`,
        `${NOT_AVOIDED}\\b(?:${SKIP_VERBS}|shortened|shorten|trimmed|trim|half-did|skimped|skimp)\\b (?:it|them|things|the (?:call|calls|process|checks?|steps|notes|paperwork|checklist|handover|questions))\\b[^.]{0,25}?${BUSY}`,
        `${NOT_AVOIDED}\\b(?:cut|cuts|cutting) (?:it|them|things|calls|(?:the|my) (?:call|calls|process|checks?|steps|notes|paperwork|checklist|handover|questions)) short\\b[^.]{0,25}?${BUSY}`,
      ],
      examples: [
        "I cut corners on the last few calls of the day because I wanted to leave on time.",
        "I skipped the usual checks on Friday afternoons when the queue was long.",
        "Towards the end of a shift I rushed the last few customers and didn't see a problem with it.",
        "I only did the full security questions when my team leader was listening in.",
        "By late afternoon I was going through the motions with every caller.",
        "I left out the safety checks to clear the queue before closing.",
        "In the end of a long shift I did the security questions on autopilot, I was not really listening to the answers.",
        "On Saturdays I gave customers a rushed version of the safety briefing before the kayak hire because the shop was rammed.",
        "I rushed through the calls at the end of my shift so I could get home on time.",
        "I cut the calls short on busy Saturdays so I could clear the queue before my break.",
        "When the queue was long I filled in the notes in a rush and moved on.",
        "I cut my calls short towards the end of the shift.",
        "I rushed through the handover when we were running behind.",
      ],
      nonExamples: [
        "I didn't cut corners, even with twenty people waiting.",
        "I would never skip the checks, however busy it gets.",
        "I'd try not to rush the last few customers of the day.",
        "A new starter was skipping the security questions when it got busy, so I sat with him and went through why they matter.",
        "I skipped the troubleshooting steps she had already tried and went straight to booking the engineer.",
        "I kept every check in place on the busiest Saturday, even with a queue out of the door.",
        "I never ran through the checks on autopilot, however busy it got.",
        "My colleague cut calls short when the queue got long, so I picked up the callbacks.",
        "My colleague rushed through the handover when we were running behind, so I went over it again with the night shift.",
      ],
    },
    {
      id: "consistency-broken-promise",
      kind: "red-flag",
      description: "Forgot or let lapse a call-back or update they had promised, and did not make it good.",
      facet: "keeping-commitments",
      patterns: [
        `${NOT_AVOIDED}\\b(?:forgot|forget|forgets|forgotten|forgetting) (?:all )?(?:about )?(?:to )?(?:call|ring|phone|email|text|message|update|get back to|chase|follow up|send|the (?:call-?back|follow-up|update|promise|call|email|quote)|my (?:promise|call-?back)|(?:their|that) (?:call-?back|follow-up|update))\\b[^.]{0,50}?(?:${UNTIL_THEY}|and (?:never|didn'?t|did not|only)|(?:so|and) (?:they|alex|the customer|the caller) (?:had to|ended up|was left|were left|rang|called|chased|complained|gave up|never heard|heard nothing)|in the end|(?:for|over) (?:days|a week|weeks|a few days|the weekend|two days|three days))`,
        `${NOT_AVOIDED}\\b(?:promised|promise|said I(?:'d| would)|told (?:them|alex|the customer|the caller) I(?:'d| would))(?: (?:them|alex|the customer))? (?:to )?(?:an? )?(?:call|ring|phone|email|text|update|get back|follow up|send|sort|check|look into|chase|call-?back)\\b[^.]{0,60}?\\b(?:but|and) (?:then )?(?:I )?(?:completely |totally |just )?(?:forgot|got (?:busy|caught up|sidetracked|distracted|side-tracked|swamped|tied up)|ran out of time|it (?:completely )?(?:slipped|went out of my head)|left it|never got (?:a)?round|things got busy|the day got away|lost track)\\b(?!${MADE_GOOD})`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? (?:the (?:call-?back|follow-up|update|promise)|my (?:promise|call-?back|follow-up)|(?:that|their|the customer'?s) (?:call-?back|follow-up|update)) (?:slip|lapse|slide|drop|fall through the cracks)\\b`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? it (?:lapse|(?:fall|slip) through the (?:cracks|net))\\b`,
        `${NOT_AVOIDED}\\b(?:dropped|drop|drops) the ball (?:on|with) (?:the (?:call-?back|follow-up|update|promise|refund|quote|customer|caller)|that one|(?:their|that|my|a) (?:call-?back|follow-up|update|promise|case|ticket|customer|refund)|them|alex|it)\\b(?!${MADE_GOOD})`,
        `${NOT_AVOIDED}\\b(?:broke|break|breaks|broken|went back on|go back on) (?:my|a|the|our) (?:promise|word|commitment)\\b(?!${MADE_GOOD})`,
      ],
      examples: [
        "I forgot to call her back on the Friday, and she had to ring in again on Monday.",
        "I promised him an update by the end of the week but got caught up with other work.",
        "I forgot all about the follow-up until the customer rang to complain.",
        "I let the callback slip because the afternoon was so busy.",
        "I promised her a callback about the missing refund, then the week got busy and I let it fall through the cracks.",
        "I dropped the ball on the follow-up I'd promised him, and he ended up ringing us three times that week.",
        "I broke my promise to ring him back by five, and he only heard from us two days later.",
        "I said I would update him by Friday and just let it fall through the net.",
        "I totally dropped the ball on that one and he had to chase us.",
      ],
      nonExamples: [
        "I never forgot a call-back I had promised.",
        "I would never let a promised callback slip.",
        "My colleague forgot to call her back, so I rang her that afternoon and apologised.",
        "I promised to call him at four and called him at four, exactly as agreed.",
        "I promised to ring her back by noon but got caught up on another call, so I texted her to say I'd call at one.",
        "I promised him a callback and made sure I didn't let it slip through the cracks.",
        "I dropped the ball with the customer, so I rang her that evening and apologised.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "consistency as a cornerstone: the same level of service every time and across online, in-person and phone contact, building trust",
    },
    {
      ...ARTICLES.topSkills,
      note: "well-coordinated teams and an upbeat manner make service feel dependable, which customers come to trust",
    },
  ],
};
