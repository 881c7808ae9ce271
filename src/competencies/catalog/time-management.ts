import type { Competency } from "../schema.js";
import { notAfter } from "./avoided.js";
import { ARTICLES } from "../sources.js";

/** A red flag told as something the candidate avoided or gave up is not the red flag: "rather than going through them in order". */
const NOT_AFTER = notAfter();
/** Kinds of work that pile up. */
const PILE = "(?:e-?mails?|inbox|tickets?|backlog|queue|paperwork|admin|cases|voicemails?|messages|requests|returns|orders|chats|call-?backs|follow-ups|complaints|refunds|enquiries|queries)";
/** The tell that a pile was left until customers chased (or grew huge), not parked for a planned slot. */
const UNTIL = "(?:until|till) (?:(?:the |our |my )?(?:customers?|people|they|callers?|clients?|someone|somebody|guests?|alex|users?)\\b[^.]{0,20}\\b(?:chas|complain|rang|ring|call|phon|email|escalat|came back|kick|shout|threaten)|there (?:were|was) (?:over|more than|nearly|almost|about|around|well over|hundreds|dozens|\\d)|it (?:got|became|was|turned) (?:out of hand|too much|unmanageable|overwhelming|urgent|critical|a complaint))";
/** The tell that work was left for a long time. */
const FOR_AGES = "for (?:days|weeks|a week|a fortnight|a month|months|several days|a few days|two weeks|three weeks|over a week|ages|a couple of (?:days|weeks))";
/** Working through a queue. */
const WORKED = "(?:went|go|goes|going|worked|work|works|working|took|take|takes|taking|handled|handle|handling|dealt|deal|dealing|answered|answer|answering|did|do|doing|processed|process|processing|replied|reply|replying|picked|pick|picking|tackled|tackle|cleared|clear|served|serve|serving|responded|respond|ploughed|plough|plowed|stuck|stick|sticking|called|call|calling)";

/** What makes room for the urgent case after an order of work: "…, except anything marked urgent", "…, but I pulled the refunds forward". */
const EXCEPTIONS = "except|apart from|other than|unless|aside from|besides|barring|after (?:dealing|handling|sorting|clearing|doing)|but (?:anything|any|urgent|always|the urgent|i (?:always|pulled|flagged|moved|put|took))";
const EXCEPT_URGENT = `(?![^.]{0,40}\\b(?:${EXCEPTIONS})\\b)`;
/** The same, or the order kept only "once the urgent ones were done". */
const EXCEPT_URGENT_ONCE = `(?![^.]{0,40}\\b(?:${EXCEPTIONS}|once)\\b)`;
/** Not after the urgent cases were named first in the sentence: "I dealt with the urgent ones first, then worked through the rest in strict order". */
const AFTER_URGENT = "(?<!\\b(?:urgent|priority|critical|emergency)\\b[^.]{0,80})";

/** Time management: ordering and planning one's work so customers are served on time and nothing is dropped. */
export const timeManagement: Competency = {
  id: "time-management",
  name: "Time management",
  definition:
    "Time management is organising a service workload so that urgent customers are served first, promises are kept and routine duties still get done. A well-organised agent sorts incoming work by urgency and importance, reserves blocks of time for tasks such as call-backs and email queues, and keeps track of commitments with lists, reminders or tools. The result is fewer missed follow-ups and backlogs, and enough calm to give each customer proper attention.",
  cluster: "self-management",
  facets: [
    {
      id: "prioritisation",
      name: "Prioritisation",
      description: "Ranking work by urgency and importance (for example with an urgent/important matrix) and acting on that order.",
    },
    {
      id: "time-blocking",
      name: "Time blocking",
      description: "Reserving set periods of the day for particular kinds of work, such as email, call-backs or admin, and keeping to them.",
    },
    {
      id: "task-tracking",
      name: "Task tracking",
      description: "Keeping commitments visible with lists, reminders, timers or task tools, and estimating how long work takes.",
    },
  ],
  aliases: [
    "prioritisation",
    "prioritization",
    "time-management skills",
    "workload management",
    "organisational skills",
    "organizational skills",
  ],
  related: ["responsiveness", "consistency", "proactiveness"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Drops commitments or lets work pile up, so customers wait or are forgotten.",
      anchors: [
        "Missed a promised call-back or deadline and gives no sign of having tracked it.",
        "Let an inbox or ticket queue build up until customers chased.",
        "Handled work strictly in arrival order while an urgent case sat waiting.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they are organised or good at multitasking without showing how they plan their time.",
      anchors: [
        "Describes themself as “very organised” or “good under pressure” with no method or example.",
        "Mentions a busy day without saying how they decided what to do first.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific busy period in which they ordered their work sensibly.",
      anchors: [
        "Put the most time-critical customer or ticket ahead of routine ones and explains the choice.",
        "Used a to-do list, reminder or calendar to keep track of promised follow-ups.",
        "Set time aside for a recurring task such as the email queue.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which deliberate prioritising and planning got a heavy workload done on time.",
      anchors: [
        "Triaged a backlog by urgency and importance and describes the order they worked in.",
        "Planned the day in blocks and kept to them, adjusting when a task overran.",
        "States a concrete result, such as the backlog cleared by a named deadline with no missed call-backs.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Combines several time-management methods, with measurable gains and improvements others adopted.",
      anchors: [
        "Used prioritisation, time blocking and tracking together across a sustained busy period.",
        "Measured where their time went and changed their routine as a result, with numbers to show it.",
        "Shared a scheduling or triage method that the team then used, or reflects on how they prevent backlogs now.",
      ],
    },
  ],
  indicators: [
    {
      id: "time-management-prioritised",
      kind: "positive",
      description: "Ranked work by urgency or importance and dealt with the most pressing first.",
      facet: "prioritisation",
      patterns: [
        "\\b(?:sort(?:ed)?|rank(?:ed)?|triag(?:e|ed)|order(?:ed)?|group(?:ed)?) (?:the |my |our |all the |every )?(?:tickets|emails|cases|tasks|queue|inbox|requests|calls|orders|jobs|backlog)\\b[^.]{0,40}\\b(?:by|according to|into) (?:urgency|importance|priority|deadline|impact|urgent)",
        "\\b(?:deal(?:t)? with|handl(?:e|ed)|answer(?:ed)?|tackl(?:e|ed)|took|take) (?:the )?(?:most )?(?:urgent|time-sensitive|critical|high-priority|overdue)\\b[^.]{0,30}\\b(?:first|before|ahead of)\\b",
        "\\bprioriti[sz](?:e|ed)\\b[^.]{0,40}\\b(?:urgent|time-sensitive|critical|high-priority|overdue|deadline|same-day|that day)",
      ],
      examples: [
        "I triaged the inbox by urgency every morning before opening the phones.",
        "I dealt with the urgent outage tickets first and left routine password resets for the afternoon.",
        "I prioritised the customers whose flights left that day.",
      ],
      nonExamples: [
        "I didn't prioritise the urgent cases, so a complaint escalated.",
        "I would deal with the most urgent tickets first.",
        "Prioritisation is my strongest skill.",
      ],
    },
    {
      id: "time-management-time-blocked",
      kind: "positive",
      description: "Reserved set periods for particular tasks and worked to them.",
      facet: "time-blocking",
      patterns: [
        "\\bblock(?:ed)? (?:out |off )?(?:time|an? (?:hour|slot|block|half-hour)|the (?:first|last) (?:hour|half-hour|slot)|(?:one|two|three|\\d+) (?:hours?|minutes))\\b",
        "\\b(?:set aside|reserv(?:e|ed)|ring-?fenc(?:e|ed)|carv(?:e|ed) out) (?:a |an |the |one |two |three |\\d+ )?(?:fixed |dedicated |regular |daily |protected )?(?:hours?|minutes|half-hours?|time slots?|slots?|blocks? of time)\\b[^.]{0,40}\\bfor\\b[^.]{0,30}\\b(?:e-?mails?|call-?backs?|follow-ups?|admin|paperwork|backlog|queue|inbox|tickets|training|returns|reports?|refunds?|voicemails?|complaints|messages|chats?)\\b",
      ],
      examples: [
        "I blocked out the first hour of each shift for answering overnight emails.",
        "I set aside a dedicated slot every afternoon for call-backs.",
        "I reserved two hours on Fridays for the refund backlog.",
      ],
      nonExamples: [
        "I never blocked out time for admin, so it piled up.",
        "I would set aside an hour each day for follow-ups.",
        "Time blocking is a great technique.",
      ],
    },
    {
      id: "time-management-tracked-tasks",
      kind: "positive",
      description: "Kept track of commitments and time with lists, reminders or tools.",
      facet: "task-tracking",
      patterns: [
        "\\b(?:ke(?:ep|pt)|us(?:e|ed)|ma(?:de|ke)|wr(?:ote|ite)|updat(?:e|ed)|maintain(?:ed)?|work(?:ed)? from) (?:a |my |the |our )?(?:daily |running |shared |written )?(?:to-?do list|task list|checklist|trello board|kanban board|task tracker|planner|call-back log|follow-up log)\\b",
        "\\bset (?:myself )?(?:a |an )?(?:reminders?|alarms?|timers?|calendar reminders?)\\b[^.]{0,30}\\b(?:for|to)\\b",
        "\\b(?:estimat(?:e|ed)|tim(?:e|ed)|track(?:ed)?|logg?(?:ed)?) how (?:long|much time)\\b",
      ],
      examples: [
        "I kept a running to-do list so no call-back was forgotten.",
        "I set calendar reminders for every promised call-back.",
        "I tracked how long each type of ticket took and planned my day around it.",
      ],
      nonExamples: [
        "I didn't keep a to-do list, so I relied on memory.",
        "I would use a checklist to stay on top of things.",
      ],
    },
    {
      id: "time-management-cleared-workload",
      kind: "positive",
      description: "Got a backlog or set of tasks done by a stated deadline.",
      facet: "prioritisation",
      patterns: [
        "\\b(?:clear(?:ed)?|finish(?:ed)?|clos(?:e|ed)|complet(?:e|ed)|work(?:ed)? through)\\b[^.]{0,20}\\b(?:backlog|queue|inbox|all (?:\\d+ |the |my )?(?:[a-z-]+ )?(?:tickets|emails|cases|orders|calls|call-backs|returns|tasks|requests))\\b[^.]{0,40}\\b(?:by|before|ahead of|within)\\b",
      ],
      examples: [
        "I cleared the backlog of sixty refund emails before the Friday deadline.",
        "I completed all the follow-up calls before the end of my shift.",
      ],
      nonExamples: [
        "I didn't clear the backlog before the deadline.",
        "I will finish the queue before the end of the shift.",
      ],
    },
    {
      id: "time-management-dropped-commitment",
      kind: "red-flag",
      description: "Missed a promised call-back or deadline, or lost track of a commitment until the customer chased.",
      facet: "task-tracking",
      patterns: [
        `\\b${NOT_AFTER}(?:miss(?:ed|ing)?|forg(?:o|e)t|forgotten|forgetting|blew|blown) (?:the |a |my |our |that |his |her |their |an |one )?(?:promised |agreed |booked |scheduled )?(?:[a-z0-9-]+ )?(?:deadline|call-?backs?|call backs?|follow-?ups?|follow-up calls?|appointment|promised (?:call|time|date))\\b`,
        `\\b${NOT_AFTER}forg(?:o|e)t to (?:call|ring|email|e-mail|phone|contact|text|message) (?:him|her|them|the (?:customer|caller|client|guest)) back\\b`,
        `\\b${NOT_AFTER}forg(?:o|e)t to (?:(?:get back to|follow up with|reply to|update|send (?:the|their) (?:[a-z-]+ )?[a-z-]+ to) (?:him|her|them|the (?:customer|caller|client|guest))\\b|send (?:them|the (?:customer|caller|client|guest)) (?:the|their|a|an)\\b)`,
        `\\b${NOT_AFTER}(?:forg(?:o|e)t|forgotten) all about (?:it|them)\\b|\\b${NOT_AFTER}(?:forg(?:o|e)t|forgotten) (?:all )?about (?:the|my|that|their|a|one) (?:promised )?(?:call-?back|follow-up|promise|deadline|refund|request|ticket|case|e-?mail|reply)\\b`,
        `\\bpromised (?:(?:them|the (?:customer|caller|client|guest)) )?(?:to |i would |i'd )?(?:call|ring|phone|email|e-mail|text|get back to|send|chase|update|follow up)\\b[^.]{0,50}\\b(?:slipped my mind|went (?:clean |completely |right )?out of my head|(?:completely |totally |clean )?forgot(?: all)? about it|(?:completely |totally |clean )?forgot to|forgot(?= *(?:[.,;!?]|$)))\\b`,
        `\\b${NOT_AFTER}lost track of (?:the|a|my|that|their|one|two|several|some|a couple of) (?:promised )?(?:call-?backs?|follow-?ups?|promises?|tickets?|requests?|cases?|deadlines?|commitments?|refunds?|tasks?)\\b`,
        `\\b(?:only )?remembered (?:about )?(?:it |them |the (?:call-?back|follow-up|promise|ticket|request|email|refund) )?(?:when|once|after) (?:they|the (?:customer|caller|client|guest)|alex|someone) (?:had )?(?:rang|rung|called|phoned|emailed|chased|complained|came back|got back in touch|followed up)\\b`,
        `\\b${NOT_AFTER}let (?:the |a |my |that |our |their |the customer'?s |(?:mx )?alex'?s |(?:a couple of|a few|two|three|several) )?(?:deadline|call-?back|follow-up|promise|commitment)s? (?:slip|slide|pass|lapse)\\b`,
        `\\b(?:called|rang|phoned|got back to|emailed|replied to|contacted) (?:him|her|them|the (?:customer|caller|client|guest))(?: back)? (?:a (?:day|week|few days|couple of days)|two days|three days|several days|days|weeks|hours) (?:late\\b|later than (?:i|we) (?:had )?(?:promised|said|agreed))`,
        `\\bonly (?:called|rang|phoned|got back to|emailed|replied to|contacted) (?:him|her|them|the (?:customer|caller|client|guest))(?: back)?\\b[^.]{0,20}\\b(?:once|when|after) (?:they|the (?:customer|caller|client|guest)|alex)(?: had|'d)? (?:chased|complained|(?:rang|called|phoned|emailed)(?: (?:me|us))? again|escalated)`,
      ],
      examples: [
        "I missed the callback I had promised her because I got caught up in other calls.",
        "I forgot to call him back about the replacement.",
        "I lost track of the follow-ups I had promised that week.",
        "I only remembered the call-back when she rang to ask where it was.",
        "I rang the customer back two days later than I had promised.",
        "I completely forgot about the refund I had said I would chase.",
        "I forgot to get back to the customer about her refund, and she had to ring us again a week later.",
        "I promised to ring her back that afternoon, but it completely slipped my mind until she called again.",
        "I was so swamped that week that I let the deadline slip, and the customer had to chase me for her refund.",
        "Honestly, I only rang her back once she had chased me twice by email.",
        "I forgot to send her the returns form, so she rang up a week later asking where it was.",
        "I promised her I would call back the same day, but it slipped my mind.",
        "I let a couple of callbacks slip that week.",
        "I only called him back after he rang me again to ask what was happening.",
      ],
      nonExamples: [
        "I never missed a callback in three years on the desk.",
        "I might miss a callback if the queue got very long.",
        "I would never let a promised call-back slip.",
        "My colleague forgot to call her back, so I rang her myself that afternoon.",
        "I set a reminder for each one, so I never lost track of a follow-up.",
        "I rang the customer back two days later, as we had agreed.",
        "My colleague forgot to send her the returns form, so I emailed it to her myself that afternoon.",
        "I promised to call her back because she forgot her password.",
        "My colleague promised her he would call back, but he forgot, so I rang her myself.",
        "I never let her callback slip, however busy the queue got.",
        "My colleague only rang her back after she rang him again, so I took the case over.",
      ],
    },
    {
      id: "time-management-let-backlog-build",
      kind: "red-flag",
      description: "Let an inbox, queue or pile of tasks build up until customers chased or complained.",
      patterns: [
        `\\b${NOT_AFTER}(?:let|letting|left|leave|leaving) (?:the |my |our |all the |all my |all of the |a |that |those )?(?:[a-z-]+ )?${PILE}\\b[^.]{0,25}\\b(?:pile|piling|build|building|stack|stacking|mount|mounting|sit|sitting|sat|go|stay|stayed|unanswered|unread|untouched|unopened)\\b[^.]{0,20}\\b(?:${UNTIL}|${FOR_AGES})`,
        `\\b${NOT_AFTER}(?:ignored|ignoring|ignore|parked|avoided|avoiding)\\b[^.]{0,30}\\b(?:${PILE}|it|them)\\b[^.]{0,25}\\b(?:${UNTIL}|${FOR_AGES})`,
        `\\b${NOT_AFTER}(?:(?:sat|sitting|sit) on|(?:put|putting) off) (?:the |my |our |those |all (?:the |my |of the )?)?(?:[a-z-]+ )?${PILE}\\b[^.]{0,25}\\b(?:${UNTIL}|${FOR_AGES})`,
        `\\b${NOT_AFTER}(?:put|putting) (?:it|them|the (?:[a-z-]+ )?[a-z-]+|my (?:[a-z-]+ )?[a-z-]+|all (?:the|my) (?:[a-z-]+ )?[a-z-]+) off\\b[^.]{0,25}\\b(?:${UNTIL}|${FOR_AGES})`,
        `\\b${NOT_AFTER}(?:fell|got|falling|getting) (?:badly |way |really |so |further |well |weeks |days )?behind (?:on|with) (?:the |my |our |all the )?(?:[a-z-]+ )?${PILE}\\b[^.]{0,30}\\b(?:${UNTIL}|${FOR_AGES}|and (?:customers|people|callers|clients|they) (?:started |began )?(?:chas|complain|rang|ring|call))`,
        `\\bonly (?:got (?:round |around )?to|answered|replied to|dealt with|looked at|opened|picked up|responded to|checked|cleared|touched)\\b[^.]{0,30}\\b(?:once|when|after) (?:the )?(?:customers?|people|they|callers?|clients?|someone|guests?|alex) (?:had )?(?:(?:started|began) (?:chasing|complaining|ringing|calling|phoning|emailing|escalating)|chasing|chased|complained|escalated|kicked off|rang (?:to ask|again|back)|called (?:to ask|again|back)|followed up)`,
      ],
      examples: [
        "I let the emails pile up until there were over two hundred waiting.",
        "I left the voicemails unanswered for a week.",
        "I sat on the refund requests until customers started chasing.",
        "I fell behind on the inbox for weeks and customers began complaining.",
        "I only got round to the emails once customers had started chasing.",
        "I kept putting off the call-backs until people complained.",
        "I ignored the voicemails for a week because I hated phoning angry people back.",
        "I put the paperwork off for weeks, and in the end customers were ringing to ask where their refunds were.",
        "I ignored the inbox till customers started chasing.",
        "I put the return forms off for a fortnight.",
      ],
      nonExamples: [
        "I never let the inbox pile up for days.",
        "I'd try not to let the queue build up until customers chase.",
        "My colleague left the voicemails unanswered for a week, so I cleared them.",
        "I left the routine emails until the afternoon and cleared them all before five.",
        "I blocked out an hour each morning so the emails never piled up.",
        "I parked the routine emails till the afternoon and cleared them all before five.",
        "My colleague put the refund requests off until customers started chasing, so I cleared them.",
      ],
    },
    {
      id: "time-management-arrival-order",
      kind: "red-flag",
      description: "Worked strictly in the order work arrived while an urgent case sat waiting.",
      facet: "prioritisation",
      patterns: [
        `${AFTER_URGENT}\\b${NOT_AFTER}${WORKED}\\b[^.]{0,40}?\\bin (?:the )?(?:exact |same |strict )?order (?:that )?(?:the )?(?:they|it|people|customers|things|tickets|e-?mails|calls|requests|cases|orders|jobs|messages|chats) (?:came|come|comes|arrived|arrive|arrives|landed|land|dropped|were received|was received|got logged|were logged|joined|rang|called|queued|turned up)${EXCEPT_URGENT_ONCE}`,
        `${AFTER_URGENT}\\b${NOT_AFTER}${WORKED}\\b[^.]{0,40}?\\bin (?:(?:strict (?:arrival |queue |ticket )?|arrival |queue |ticket )order|(?:the )?order of arrival)\\b${EXCEPT_URGENT_ONCE}`,
        `\\b${NOT_AFTER}${WORKED} (?:through |with |to )?(?:them|it|everything|the (?:tickets|e-?mails|calls|queue|requests|cases|orders|list|inbox|jobs|tasks|messages|chats|call-?backs))(?: one by one| one at a time| one after (?:the )?other)?,? (?:just |strictly |simply )?in order\\b(?! of| to| for| so)(?![^.]{0,50}\\b(?:but|except|apart from|unless|other than|after|once|starting|beginning|first)\\b)`,
        `\\b${NOT_AFTER}${WORKED}\\b[^.]{0,40}?\\b(?:(?:on )?a )?first[- ]come,? first[- ]served?\\b${EXCEPT_URGENT}|\\b${NOT_AFTER}${WORKED}\\b[^.]{0,40}?\\bfirst in,? first out\\b${EXCEPT_URGENT}`,
        `\\b${NOT_AFTER}(?:left|leave|leaving|kept|keep|keeping|made|make|making|let|letting) (?:the |an |that |one |this )?(?:most )?(?:urgent|priority|high-priority|time-critical|time-sensitive|critical|escalated|emergency) (?:[a-z-]+ )?(?:one|ones|tickets?|cases?|e-?mails?|calls?|customers?|callers?|requests?|orders?|complaints?|jobs?|queries|query|messages?|chats?) (?:waiting|sitting|wait|in the queue|on hold|until|till|to the end|for later|at the bottom)\\b`,
        `\\b${NOT_AFTER}${WORKED}\\b[^.]{0,60}\\b(?:even|including) (?:the )?(?:ones?|tickets?|cases?|e-?mails?|calls?|requests?|jobs?|messages?|chats?)\\b[^.]{0,20}\\b(?:marked|flagged|labelled|labeled|tagged|listed|that (?:was|were)|which (?:was|were)) (?:as )?(?:urgent|priority|high[- ]priority|critical|p1)\\b`,
        `\\b${NOT_AFTER}${WORKED}\\b[^.]{0,50}\\b(?:regardless of (?:(?:the |their |its )?(?:urgency|priority)|how urgent)|no matter how urgent|whatever the (?:urgency|priority)|ignoring the (?:urgent|priority) (?:flags?|tags?|labels?|markers?))`,
        `\\b(?:only )?(?:got|came) (?:round |around )?to (?:the )?(?:most )?(?:urgent|priority|critical|escalated) (?:[a-z-]+ )?(?:one|ticket|case|e-?mail|call|request|customer|complaint)s? (?:last|at the (?:very )?end|after (?:all )?(?:the )?(?:others|rest|routine))\\b`,
      ],
      examples: [
        "I worked through the queue in the order the emails arrived, so the urgent one sat there till lunch.",
        "I took every call on a first-come, first-served basis, even when one was clearly urgent.",
        "I left the urgent ticket waiting until I had finished the routine ones.",
        "I answered them in order, even the one flagged as urgent.",
        "I always went through the emails strictly in order, whatever they were about.",
        "I only got to the urgent complaint at the end of the day.",
        "I worked through the tickets in strict order, so the urgent one about a gas leak sat there all morning.",
        "I just worked through the queue top to bottom regardless of urgency, so a bereavement case sat there for two days.",
        "I dealt with the chats in the order of arrival, so the urgent one waited.",
        "I worked through the tickets regardless of their priority, so the urgent one waited.",
      ],
      nonExamples: [
        "I dealt with the urgent ones first, then worked through the rest in strict order.",
        "I cleared the old tickets in strict order, oldest first, once the urgent ones were done.",
        "I never worked through the queue in the order it arrived when something urgent was waiting.",
        "I would never leave an urgent ticket waiting.",
        "My colleague answered the emails in the order they came in, so I pulled out the urgent one.",
        "I sorted the queue by urgency rather than taking the tickets in the order they came in.",
        "I went through them in order of urgency.",
        "I worked through them in order, but the urgent refunds went to the top first.",
        "I worked through them in strict order, but the urgent refunds went to the top first.",
        "I dealt with the urgent ones first, then worked through the rest in date order.",
        "My colleague answered the emails regardless of the urgency, so I went through and pulled out the urgent ones.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "time management as a trait of excellent staff; making time for other duties beyond the queue" },
    {
      ...ARTICLES.topSkills,
      note: "why time management matters, the urgent/important matrix, time blocking and task tools",
    },
  ],
};
