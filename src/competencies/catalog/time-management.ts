import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

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
      description: "Missed a promised call-back or deadline, or let work pile up untracked.",
      patterns: [
        "\\b(?:miss(?:ed)?|forg(?:o|e)t|blew) (?:the |a |my |our |that |his |her |their )?(?:deadline|call-?back|follow-up|appointment|promised (?:call|time|date))\\b",
        "\\bforg(?:o|e)t to (?:call|ring|email|phone|contact) (?:him|her|them|the customer) back\\b",
        "\\b(?:let|left) (?:the |my |all the |our )?(?:emails|tickets|backlog|queue|paperwork|admin|cases|voicemails)\\b[^.]{0,20}\\b(?:pile up|build up|slide|sit for)\\b",
      ],
      examples: [
        "I missed the callback I had promised her because I got caught up in other calls.",
        "I let the emails pile up until there were over two hundred waiting.",
        "I forgot to call him back about the replacement.",
      ],
      nonExamples: [
        "I never missed a callback in three years on the desk.",
        "I might miss a callback if the queue got very long.",
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
