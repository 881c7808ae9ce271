import type { Competency } from "../schema.js";
import { NOT_AVOIDED } from "./avoided.js";
import { ARTICLES } from "../sources.js";

// Pieces of the red-flag patterns below, matched on the neutral reading (him/her → them, his/her → their, names → alex).
/** The customer, as the object of a verb. */
const WHO = "(?:them|alex|the customer|the caller|the client|the guest|customers|callers|people)";
/** A customer's message or request, as the object of a verb. */
const MESSAGES =
  "(?:(?:the|their|that|this|an?|one|two|three|several|a few|some|all the|all their|those|these|my|our)(?: customer'?s?| caller'?s?| client'?s?)? (?:[a-z-]+ )?(?:emails?|tickets?|messages?|chats?|requests?|voicemails?|complaints?|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|call-backs?|callbacks?|cases?|letters?|web forms?))";
/** A span of days or more. */
const DAYS_SPAN =
  "(?:(?:well |over |nearly |almost |more than |about |at least |a good |the best part of |the better part of )?(?:days|weeks|ages|a(?: whole| full)? week|a(?: whole| full)? fortnight|a(?: whole| full)? month|the (?:whole|entire) (?:week|weekend)|a couple of (?:days|weeks)|a few (?:days|weeks)|(?:two|three|four|five|six|seven|eight|ten|several|[2-9]|1[0-9])(?: whole| full)? (?:days|weeks|working days|business days)))";
/** For days or more. */
const DAYS = `(?:for ${DAYS_SPAN}|over the weekend|all (?:weekend|week)|(?:until|till) (?:the following|next) week)`;
/** Days or more later. */
const DAYS_LATER = "(?:(?:a|two|three|four|five|six|several|a few|a couple of) (?:days|weeks|working days) later|a week later|a fortnight later|days later|weeks later|the following week)";
/** A long wait, for a caller or someone in the queue. */
const LONG_SPAN =
  "(?:(?:well |over |nearly |almost |more than |about |at least |a good )?(?:(?:fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|1[5-9]|[2-9][0-9]) minutes|half an hour|an hour|(?:two|three|several) hours|hours|ages|so long|a long time|what felt like (?:ages|forever|an age|hours)))";
const LONG_WAIT = `(?:(?:for|over) ${LONG_SPAN})`;
/** Until the customer had to chase. */
const CHASED =
  "(?:(?:until|till) (?:they|alex|the customer|the caller|the client|their manager|someone|somebody|customers)(?: had|['’]d)? (?:chase[ds]?|phoned (?:in )?again|phones? again|rang again|rings again|ring again|rang in again|called again|calls? again|called in again|emailed again|emails? again|complain(?:s|ed)?|escalate[ds]?|follow(?:s|ed)? up|got in touch again|gets? in touch again|threatened|gave up|give up|hung up|wrote in again|left a (?:bad|one-star|negative) review))";
/** Once the customer had chased. */
const AFTER_CHASE =
  "(?:(?:once|when|after) (?:they|alex|the customer|the caller|their manager)(?: had|['’]d)? (?:chased|rang again|called again|emailed again|complained|escalated|followed up|threatened|got in touch again|wrote in again))";
/** Without a word to the customer. */
const NO_WORD = "(?:without (?:a word|an update|any update|any word|a reply|any reply|a response|an answer|an explanation|hearing (?:anything|back)|knowing))";
/** The wait told with the customer kept informed, which spares it. */
const KEPT_POSTED =
  "[^.]{0,60}\\b(?:updat(?:e|ed|ing)|kept (?:them|alex|the customer) (?:posted|informed|in the loop)|(?:called|rang|emailed|messaged|texted) (?:them|alex|the customer) (?:every|each|daily|twice)|told (?:them|alex|the customer) (?:when|that I|it would))";
/** The repair that spares a hold: checking back in. */
const CHECKED_BACK = "\\b(?:every (?:few|couple of|two|three|four|five|ten|[0-9]+) minutes|every minute|(?<!without )(?<!never )check(?:ed|ing)? back|came back to (?:them|the line)|kept (?:them|alex|the customer|the caller) (?:posted|updated|informed))";

/** Responsiveness: answering customers quickly and never leaving them waiting in silence. */
export const responsiveness: Competency = {
  id: "responsiveness",
  name: "Responsiveness",
  definition:
    "Responsiveness is answering customers quickly and keeping them informed, so nobody is left waiting in silence for help that matters to them. In service work it means a fast first reply or call-back, even if that reply only confirms the request has been picked up, followed by regular updates while the case is open and a prompt turnaround on urgent issues. A responsive agent treats waiting time as part of the customer's experience, works to shorten it, and never lets a message, ticket or voicemail sit unanswered.",
  cluster: "resolution",
  facets: [
    {
      id: "prompt-acknowledgement",
      name: "Prompt acknowledgement",
      description: "Replying or calling back fast, and confirming receipt straight away when the full answer will take longer.",
    },
    {
      id: "progress-updates",
      name: "Progress updates",
      description: "Telling the customer where their case stands at regular intervals so they never have to chase.",
    },
    {
      id: "quick-turnaround",
      name: "Quick turnaround",
      description: "Shortening the time from request to resolution, for one customer and for the queue as a whole.",
    },
  ],
  aliases: ["promptness", "speed of response", "response time", "timely response", "quick response"],
  related: ["time-management", "proactiveness", "communication", "competence"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Leaves customers waiting without a reply or update, and treats the delay as acceptable.",
      anchors: [
        "Left an email, ticket or voicemail unanswered for days while the customer chased.",
        "Kept a caller on hold for a long time without checking back in.",
        "Put off a call-back they had promised because it was awkward or low priority to them.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they respond quickly but gives no instance with a timescale or a customer waiting on them.",
      anchors: [
        "Claims to “always reply fast” or “hate keeping people waiting” without a specific case.",
        "Mentions response-time targets only as something the team was measured on.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of replying or calling back a customer promptly.",
      anchors: [
        "States how soon they got back to the customer, for example within the hour or the same afternoon.",
        "Sent a holding reply to confirm the request had been picked up while they worked on it.",
        "Picked up a waiting chat or call straight away rather than leaving it in the queue.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which quick replies and regular updates kept a customer informed until the issue was settled.",
      anchors: [
        "Updated the customer at set intervals, such as every morning, until the replacement arrived.",
        "Explains how they handled an urgent request fast, what they did first and how long it took.",
        "States the concrete outcome: the customer never had to chase and the case closed on time.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Cuts waiting time at scale, with a measured improvement and changes that keep it low.",
      anchors: [
        "Reduced a team's average first reply or call-back time and gives the before and after figures.",
        "Introduced a practice that keeps responses fast, such as morning inbox triage or acknowledgement templates.",
        "Reflects on which delays matter most to customers and checks that speed did not cost accuracy.",
      ],
    },
  ],
  indicators: [
    {
      id: "responsiveness-fast-reply",
      kind: "positive",
      description: "Replied to or called back the customer within a short, stated time.",
      facet: "prompt-acknowledgement",
      patterns: [
        "\\b(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|g(?:et|ot) back to (?:him|her|them|the customer|the caller)|call(?:ed)? (?:him|her|them|the customer|the caller) back|r(?:a|i)ng (?:him|her|them|the customer|the caller) back)\\b[^.]{0,30}\\b(?:within (?:an?|one|two|three|five|ten|fifteen|twenty|thirty|\\d+|a few|minutes|the (?:hour|same day|morning|afternoon))|the same (?:day|morning|afternoon|evening|hour)|straight away|right away|immediately|in under (?:an?|\\d+|two|three|five|ten|fifteen|twenty|thirty))",
      ],
      examples: [
        "I replied to her email within ten minutes even though it arrived just before closing.",
        "I called him back the same afternoon with the tracking details.",
        "I answered the chat straight away instead of leaving it in the queue.",
      ],
      nonExamples: [
        "I didn't reply within the hour because the inbox was flooded.",
        "I would call the customer back the same day.",
        "Responding within the hour is important.",
      ],
    },
    {
      id: "responsiveness-acknowledged-receipt",
      kind: "positive",
      description: "Confirmed quickly that the request had been received and was being handled.",
      facet: "prompt-acknowledgement",
      patterns: [
        "\\bsen(?:d|t)\\b[^.]{0,20}\\b(?:holding (?:reply|message|email|response)|acknowledge?ments?|quick (?:acknowledge?ment|reply|note|message|response|email))\\b",
        "\\blet (?:him|her|them|the customer|the caller) know\\b[^.]{0,20}\\b(?:I (?:had|'d) (?:received|seen|picked up|got)|I was (?:on it|looking into it|working on it|handling it)|(?:the|their|his|her) (?:request|ticket|email|message|complaint) (?:had been|was) (?:received|logged|picked up))",
      ],
      examples: [
        "I sent a quick holding reply so the customer knew someone had picked up the ticket.",
        "I let him know I had received his complaint and was looking into it.",
      ],
      nonExamples: [
        "I didn't send a holding reply, so she waited two days in silence.",
        "I would send an acknowledgement the moment a ticket arrives.",
        "A quick response shows customers you care.",
      ],
    },
    {
      id: "responsiveness-regular-updates",
      kind: "positive",
      description: "Kept the customer updated at regular intervals while the case was open.",
      facet: "progress-updates",
      patterns: [
        "\\b(?:updat(?:e|ed)|ke(?:pt|ep)|messag(?:e|ed)|email(?:ed)?|text(?:ed)?|call(?:ed)?|r(?:a|i)ng|check(?:ed)? in with)\\b (?:him|her|them|the customer|the caller|the client)\\b[^.]{0,30}\\b(?:every (?:day|morning|evening|afternoon|hour|few hours|couple of (?:hours|days)|two hours|other day|step|stage)|each (?:day|morning|step|stage)|daily|twice a day|at each (?:step|stage)|as each (?:step|stage)|until (?:it|the (?:issue|problem|fault|refund|parcel|order|part|replacement)) (?:was|had been|arrived|came))",
      ],
      examples: [
        "I updated her every morning until the replacement part arrived.",
        "I emailed the customer each day with where the investigation had got to.",
        "I kept him posted at each stage of the repair.",
      ],
      nonExamples: [
        "I didn't update him every day, and he had to chase us.",
        "I'll keep the customer posted every day until it's fixed.",
        "The engineer updated the customer every day.",
      ],
    },
    {
      id: "responsiveness-cut-wait-times",
      kind: "positive",
      description: "Measurably shortened response, wait or turnaround times.",
      facet: "quick-turnaround",
      patterns: [
        "\\b(?:cut|reduc(?:e|ed)|br(?:ing|ought) down|halv(?:e|ed)|lower(?:ed)?|shorten(?:ed)?|sp(?:ed|eed) up)\\b[^.]{0,25}\\b(?:response|reply|wait(?:ing)?|turnaround|call-back|callback|resolution|queue) times?\\b",
      ],
      examples: [
        "I cut our average first response time from two days to four hours by triaging the inbox each morning.",
        "I halved the wait time on the chat queue during the January sale.",
        "I brought down the call-back time for urgent faults to under an hour.",
      ],
      nonExamples: [
        "I didn't reduce the response time much that quarter.",
        "I would cut the response time by setting up templates.",
        "Our manager cut the wait time by hiring more staff.",
      ],
    },
    {
      id: "responsiveness-left-waiting",
      kind: "red-flag",
      description: "Left a customer's email, ticket or voicemail unanswered for days, or replied only once the customer chased.",
      facet: "prompt-acknowledgement",
      patterns: [
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:${WHO}|${MESSAGES}|it|them all|the lot) (?:unanswered|unread|unreturned|unopened|hanging|to chase|to go cold|in limbo)\\b`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:${WHO}|${MESSAGES}|it) (?:waiting|sitting|sat|there|in (?:the|my|our) (?:queue|inbox))\\b(?![^.]{0,80}${CHECKED_BACK})[^.]{0,20}?(?:${DAYS}|${CHASED}|${LONG_WAIT}|${NO_WORD})`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) ${MESSAGES} ${DAYS}(?!${KEPT_POSTED})`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:${MESSAGES}|it|them) ${CHASED}`,
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps|keeping) (?:${WHO}|everyone) waiting\\b(?![^.]{0,80}${CHECKED_BACK})[^.]{0,20}?(?:${DAYS}|${CHASED}|${LONG_WAIT}|${NO_WORD})`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? (?:${MESSAGES}|it|them|my inbox|the inbox|the queue|the phones?) (?:pile up|build up|stack up|mount up|go unanswered|ring out|go to voicemail)\\b(?![^.]{0,40}\\b(?:after hours|out of hours|overnight|when (?:we|the (?:office|shop|store|desk)) (?:was|were|is|are) closed))`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? (?:${MESSAGES}|it|them) sit\\b[^.]{0,25}?(?:${DAYS_SPAN}|${CHASED}|unanswered|over the weekend|all (?:week|weekend))`,
        `${NOT_AVOIDED}\\b(?:sat|sit|sits|sitting) on ${MESSAGES}\\b(?! (?:panel|committee|board|team|desk|line|rota|review|group|forum)s?\\b)`,
        `${NOT_AVOIDED}\\b(?:sat|sit|sits|sitting) on it\\b[^.]{0,20}?(?:${DAYS_SPAN}|${CHASED}|ages|too long|all (?:week|weekend)|over the weekend)`,
        `${NOT_AVOIDED}\\bignor(?:e|ed|es|ing) (?:(?:the|their|a|an|my|that|those|these|all the|all their|every)(?: customer'?s?| caller'?s?| client'?s?)?(?: (?:last|latest|previous|earlier|recent|follow-up|chaser|first|second|third|two|three|four|few|several|urgent|unanswered|unread|outstanding|customer|refund|complaint|support)){0,2} (?:emails?|tickets?|messages?|voicemails?|missed calls|chats?|requests?|complaints?|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|chasers?|reminders?|follow-ups?|notifications?)|(?:the|my|our) (?:inbox|chat queue|email queue))\\b`,
        `${NOT_AVOIDED}\\bpark(?:ed|s|ing)? (?:it|${MESSAGES})\\b[^.]{0,20}?(?:${DAYS}|${CHASED}|and forgot)(?!${KEPT_POSTED})`,
        `${NOT_AVOIDED}\\b(?:only|finally|eventually|only ever|only actually) (?:replied|responded|answered|got back to (?:them|alex|the customer|the caller|it)|returned (?:the|their) (?:call|email|message)|called (?:them|alex|the customer) back|rang (?:them|alex|the customer) back|looked at (?:it|${MESSAGES})|picked (?:it|${MESSAGES}) up|opened (?:it|${MESSAGES}))\\b[^.]{0,40}?(?:${AFTER_CHASE}|${DAYS_LATER})`,
        `${NOT_AVOIDED}\\b(?:replied|responded|answered|got back to (?:them|alex|the customer|the caller|it)|called (?:them|alex|the customer) back|rang (?:them|alex|the customer) back|emailed (?:them|alex|the customer) back|returned (?:the|their) (?:call|email|message))\\b[^.]{0,30}?\\b(?:when I felt like it|when(?:ever)? I got (?:a)?round to it|(?:when|once|after) (?:they|alex|the customer|the caller)(?: had|['’]d)? chased (?:(?:me|us|it up) )?(?:for the (?:second|third|fourth) time|again|twice|three times|a (?:second|third) time))`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:it|${MESSAGES}) (?:(?:a|two|three|four|five|a few|a couple of|several)(?: or (?:two|three|four|five|six))?(?: whole| full)? (?:days|weeks|week|working days)|a day or two)\\b[^.]{0,15}?\\bbefore (?:I )?(?:replying|responding|answering|getting back|calling|ringing|phoning|looking|opening|dealing|replied|responded|answered|got back|called|rang|looked|opened|dealt)\\b`,
        `${NOT_AVOIDED}\\bgot (?:a)?round to (?:it|them|replying|answering|responding|calling (?:them|alex|the customer) back|${MESSAGES})\\b[^.]{0,30}?(?:${DAYS_LATER}|${AFTER_CHASE}|${CHASED})`,
        `${NOT_AVOIDED}\\b(?:took|take|takes|taking) (?:${DAYS_SPAN}) to (?:reply|respond|answer|get back|get (?:a)?round|acknowledge|call (?:them|alex|the customer) back|ring (?:them|alex|the customer) back|return (?:the|their) (?:call|email|message)|pick (?:it|${MESSAGES}) up|open (?:it|${MESSAGES}))\\b`,
      ],
      examples: [
        "I left the email unanswered for three days because I was busy with other work.",
        "I sat on the ticket until the customer chased it.",
        "I let the voicemails pile up over the weekend and dealt with them when I felt like it.",
        "I only replied once she had chased me twice.",
        "I finally got round to answering his complaint a week later.",
        "Honestly, I took four days to reply to her email.",
        "I left them hanging while I dealt with easier tickets.",
        "I left the customer waiting for nearly two weeks without a reply because her case looked complicated.",
        "I left a refund request for over a week because I didn't fancy dealing with it.",
        "To be honest I left her complaint until she rang again, and only then I opened it.",
        "I kept the customer waiting for a couple of weeks without any update on his refund.",
        "I let her emails sit in my inbox for three days because I had a big backlog.",
        "Honestly I sat on it for a few days because I didn't know what to tell her.",
        "I ignored the follow-up emails from him for about a week because I had no news.",
        "I parked the ticket for a couple of weeks because the refund looked messy.",
        "I only replied to the customer after she chased for the third time.",
        "I left his email a few days before answering because I knew he would not like the answer.",
        "I left him waiting for three whole days.",
        "I let those tickets sit over the weekend.",
        "I left her email until she'd chased me twice.",
        "I just ignored the customer's emails for a week.",
        "I only got back to her after she chased me again.",
        "I left it a whole week before replying.",
        "I only replied after she'd chased again.",
      ],
      nonExamples: [
        "I never left the customer waiting for days.",
        "I would never leave the email unanswered overnight.",
        "I'd try not to let the emails pile up over the weekend.",
        "If I left the ticket sitting over the weekend, the customer would complain.",
        "My colleague had left her email unanswered for a week, so I called her that morning and apologised.",
        "I sent her a holding reply within the hour and left the ticket open until the replacement arrived.",
        "I left him a voicemail the same afternoon to say the part had arrived.",
        "I never left the customer waiting for a whole week.",
        "I'd never let the emails sit over the weekend.",
        "My colleague left it until she'd chased twice, so I apologised and sorted it.",
        "I never ignored the customer's emails, even the rude ones.",
        "I have never replied to someone only after they chased me twice.",
        "I never left it a whole week before replying.",
        "I ignored the spam emails and answered the customer first.",
      ],
    },
    {
      id: "responsiveness-long-hold",
      kind: "red-flag",
      description: "Kept a caller on hold or waiting for a long time without checking back in.",
      facet: "progress-updates",
      patterns: [
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps|keeping|left|leave|leaves|leaving|put|puts|putting|had|have) (?:${WHO}|them all|everyone|the line) (?:on hold|holding)\\b(?![^.]{0,80}${CHECKED_BACK})[^.]{0,40}?(?:${LONG_WAIT}|${NO_WORD}|without (?:checking|going back|coming back|getting back|updating|telling|speaking|saying|letting|explaining|picking)|and (?:forgot|went (?:for|on) (?:a |my )?(?:break|lunch)|(?:took|answered) (?:another|a different|the next|other) calls?|(?:served|helped|dealt with) (?:another|other|the next|someone)|carried on with|got on with|chatted))`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? (?:${WHO}) (?:wait|sit|hang on|stay)(?: on hold| in the queue| on the line| there)? (?:(?:for|over) )?${LONG_SPAN}`,
        `${NOT_AVOIDED}\\b(?:forgot|forget|forgotten) (?:about )?(?:them|alex|the customer|the caller|the call|the person|that (?:they|the customer|the caller) (?:was|were))(?: (?:was|were))? (?:on hold|holding|still on the line)\\b`,
      ],
      examples: [
        "I kept him on hold for twenty-five minutes while I finished my notes on another case.",
        "I put her on hold and took the next call, and she hung up.",
        "I left the caller on hold without checking back while I searched the stock system.",
        "I forgot the customer was on hold until the line went dead.",
        "I let the caller sit on hold for over twenty minutes while I finished my lunch.",
        "I let him wait twenty minutes on hold.",
      ],
      nonExamples: [
        "I never kept a caller on hold for more than a couple of minutes.",
        "I'd try not to leave anyone on hold for long without an update.",
        "The previous agent had kept her on hold for forty minutes, so I apologised first.",
        "I put him on hold for twenty minutes while I rang the depot, checking back every few minutes.",
        "I stayed on the line with her for an hour until the router came back up.",
        "I never let the customer wait twenty minutes on hold.",
      ],
    },
    {
      id: "responsiveness-put-off-callback",
      kind: "red-flag",
      description: "Put off a promised call-back or reply because it was awkward or not a priority to them.",
      facet: "prompt-acknowledgement",
      patterns: [
        `${NOT_AVOIDED}\\bput(?:s|ting)? off (?:replying|responding|answering|calling|ringing|phoning|emailing|getting back|returning|the (?:call(?:-back)?|callback|reply|phone call|email)|that (?:call|callback|call-back|email)|my (?:call|callback|call-back)|(?:their|the customer'?s) (?:call|callback|call-back|email|complaint|ticket)|dealing with (?:them|it|alex|the customer|their|that))\\b`,
        `${NOT_AVOIDED}\\b(?:put|puts|putting) it off\\b[^.]{0,10}?\\b(?:because|since|until|till|again|another|for (?:days|weeks|ages|a (?:week|while|few (?:days|weeks)|couple of (?:days|weeks))|(?:two|three|four|five|several) (?:days|weeks))|as long as)\\b`,
        `${NOT_AVOIDED}\\bput(?:s|ting)? (?:the (?:call(?:-back)?|callback|reply|email)|that (?:call|callback|call-back)|(?:calling|ringing|phoning) (?:them|alex|the customer)(?: back)?) off\\b`,
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps) putting (?:it|them|the (?:call(?:-back)?|callback|reply|email)|that (?:call|callback|call-back)) off\\b`,
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps)(?: on)? putting off (?:replying|responding|answering|calling|ringing|phoning|emailing|getting back|returning|(?:the|their|the customer'?s) (?:call(?:-back)?|callback|reply|phone call|email)|that (?:call|callback|call-back|email)|my (?:call|callback|call-back)|dealing with)\\b`,
        `${NOT_AVOIDED}\\bavoid(?:ed|ing|s)? (?:(?:calling|ringing|phoning) (?:them|alex|the customer|the caller) back|(?:the|their|that|my) (?:call-back|callback|return call)|(?:returning|replying to|getting back to) (?:them|their|the|that|alex))\\b`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:them|alex|the customer|the caller|it|(?:the|their|that|my) (?:call-backs?|callbacks?|calls?|emails?|tickets?|complaints?|replies|reply)) (?:until|till|to|for) (?:last|the very end|the end of (?:the|my) (?:day|shift|week)|the bottom of the pile|another day)\\b`,
        `${NOT_AVOIDED}\\bpush(?:ed|es|ing)? (?:it|them|the (?:call(?:-back)?|callback|reply|email|ticket)|(?:their|that) (?:call(?:-back)?|callback|email|ticket)) (?:(?:further |right )?down (?:the|my) (?:to-?do |priority )?(?:list|pile)|to the (?:bottom|back) of (?:the|my) (?:to-?do |priority )?(?:list|queue|pile))\\b`,
      ],
      examples: [
        "I put off calling her back because I knew she would shout.",
        "I kept putting the call-back off until the end of the week.",
        "I avoided ringing him back because I had nothing new to tell him.",
        "I left the callback until the end of my shift because it was a tricky one.",
        "I knew the call would be awkward, so I put it off until the end of the day.",
        "I kept putting off ringing her back because I had no good news about the refund.",
        "I pushed her callback to the bottom of my list because she was always difficult.",
        "I knew she'd shout, so I put it off for three days.",
        "I kept putting off his call-back until Friday.",
        "I pushed it further down the list.",
      ],
      nonExamples: [
        "I never put off a call-back, even when I knew the customer would be angry.",
        "I would never avoid calling a customer back just because the news was bad.",
        "My team leader kept putting the call-back off, so I rang the customer myself that afternoon.",
        "I called him back at the time I had promised, even though the news was bad.",
        "I never put it off for two days, even when the customer was angry.",
        "My team leader kept putting off their callback, so I rang the customer myself.",
        "I never pushed it down my to-do list, even when she was rude.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "responsiveness: speed and efficiency in answering queries; the harm of waiting days without feedback",
    },
    {
      ...ARTICLES.topSkills,
      note: "customers value prompt answers and timely responses to their enquiries",
    },
  ],
};
