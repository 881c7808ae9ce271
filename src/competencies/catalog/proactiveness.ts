import type { Competency } from "../schema.js";
import { NOT_AVOIDED } from "./avoided.js";
import { ARTICLES } from "../sources.js";

// Pieces of the red-flag patterns below, matched on the neutral reading (him/her → them, his/her → their, names → alex).
/** The customer or customers, as the subject of a wait. */
const WHO_ANY = "them|they|alex|the customers?|customers|a customer|someone|somebody|people|anyone|callers";
/** A delay, fault or change the customer should hear of. */
const BAD_NEWS =
  "(?:the|that|this) (?:[a-z-]+ )?(?:delays?|faults?|outages?|problems?|issues?|changes?|price (?:rise|increase)s?|backlogs?|fees?|charges?|shortages?|recalls?|bugs?|strikes?|cancellations?|disruptions?)\\b";
/** Someone other than the candidate, as the one expected to report a fault. */
const SOMEONE_ELSE =
  "someone|somebody|someone else|somebody else|another (?:agent|colleague|team|shift)|others|other people|other agents|the next (?:person|agent|shift)|whoever|the (?:day|night|late|early|weekend|next) (?:shift|team)|the (?:tech|technical|it|product|quality|back-office|engineering|dev|development|other) team|the developers|management|head office";

/** Proactiveness: acting on the customer's needs before they have to ask. */
export const proactiveness: Competency = {
  id: "proactiveness",
  name: "Proactiveness",
  definition:
    "Proactiveness is acting on a customer's needs before the customer has to ask. A proactive agent warns people about a delay or outage before they notice it, offers the next thing they will need while the first request is still open, checks back after a fix without waiting for a complaint, and raises a recurring fault so the next customer never meets it. It moves service from reacting to problems to heading them off, which saves the customer effort and spares the team repeat contacts.",
  cluster: "resolution",
  facets: [
    {
      id: "anticipating-needs",
      name: "Anticipating needs",
      description: "Foreseeing what the customer will need next and offering it before they ask.",
    },
    {
      id: "early-warning",
      name: "Early warning",
      description: "Telling customers about a delay, outage or expiring service before they discover it themselves.",
    },
    {
      id: "unprompted-follow-up",
      name: "Unprompted follow-up",
      description: "Checking back after a fix or delivery to confirm it worked, without waiting to hear of a problem.",
    },
    {
      id: "self-started-improvements",
      name: "Self-started improvements",
      description: "Flagging faults or creating resources on their own accord so the same problem stops reaching customers.",
    },
  ],
  aliases: ["proactivity", "initiative", "proactive service", "taking initiative", "anticipating needs"],
  related: ["responsiveness", "problem-solving", "personalization", "people-first"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Waits to be told: acts only once the customer chases or complains, and limits help to the literal request.",
      anchors: [
        "Knew about a delay or fault but left customers to discover it and call in.",
        "Describes answering only the exact question asked while an obvious next problem went unmentioned.",
        "Treats spotting or reporting recurring issues as someone else's job.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Describes themself as a self-starter but offers no moment of acting ahead of a request.",
      anchors: [
        "Says they “always think one step ahead” without naming a step they took.",
        "Mentions follow-up calls as something the team does, with no account of making one themself.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of acting before the customer asked, at a basic level.",
      anchors: [
        "Told a customer about a delay or change before the customer raised it.",
        "Offered a related item, setting or piece of advice the customer had not asked for but needed.",
        "Checked back once after a fix to confirm it had worked.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which they foresaw a need or problem, acted on their own accord and headed it off.",
      anchors: [
        "Explains the sign that told them a problem was coming and what they did about it before it landed.",
        "Contacted affected customers ahead of time and can say how many complaints or callbacks that avoided.",
        "Arranged the customer's next step, such as a booking or replacement, so no second contact was needed.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Anticipates in several ways, shows a measurable effect, and turns one case into prevention for many customers.",
      anchors: [
        "Combines early warning, an unrequested extra and a follow-up check within one account.",
        "Flagged a pattern or built a resource without being asked, and reports a fall in related contacts.",
        "Reflects on how they look for early signs of trouble and made that part of their routine or the team's.",
      ],
    },
  ],
  indicators: [
    {
      id: "proactiveness-warned-early",
      kind: "positive",
      description: "Told the customer about a delay, fault or change before the customer noticed or had to ask.",
      facet: "early-warning",
      patterns: [
        "\\b(?:contact(?:ed)?|call(?:ed)?|rang|ring|phon(?:e|ed)|email(?:ed)?|messag(?:e|ed)|text(?:ed)?|warn(?:ed)?|told|tell|let|alert(?:ed)?|notif(?:y|ied)|inform(?:ed)?)\\b[^.]{0,60}\\bbefore (?:he|she|they|the customer|the customers|customers|anyone|any of them) (?:even )?(?:had )?(?:notic(?:e|ed)|ask(?:ed)?|call(?:ed)?|chas(?:e|ed)|complain(?:ed)?|reali[sz](?:e|ed)|f(?:ou|i)nd out|got in touch|get in touch|contact(?:ed)?|had to|have to|spotted|spot)",
        "\\b(?:warn(?:ed)?|alert(?:ed)?|g[ai]ve) (?:him|her|them|the customer|customers|the customers|everyone affected)\\b[^.]{0,20}\\b(?:a )?(?:heads-up|heads up|advance notice|early warning)\\b",
      ],
      examples: [
        "I emailed every affected customer about the delay before any of them had noticed.",
        "I rang her to warn her that the engineer was running late before she had to chase us.",
        "I gave him a heads-up that his contract was about to renew at a higher price.",
      ],
      nonExamples: [
        "I didn't warn him before he noticed the double charge on his statement.",
        "I would call customers before they notice a delay.",
        "Being proactive means thinking ahead.",
      ],
    },
    {
      id: "proactiveness-offered-unasked",
      kind: "positive",
      description: "Foresaw what the customer would need next and offered or arranged it without being asked.",
      facet: "anticipating-needs",
      patterns: [
        "\\b(?:offer(?:ed)?|suggest(?:ed)?|mention(?:ed)?|point(?:ed)? out|show(?:ed)?|set up|sent|send|add(?:ed)?|includ(?:e|ed)|arrang(?:e|ed)|book(?:ed)?)\\b[^.]{0,60}\\b(?:without (?:him|her|them|the customer|being) (?:having to )?ask(?:ing|ed)?|before (?:he|she|they|the customer) (?:even )?asked)\\b",
        "\\b(?:anticipat(?:e|ed)|predict(?:ed)?|guess(?:ed)?|figur(?:e|ed)|knew) (?:that )?(?:he|she|they|the customer) (?:would|might|was going to|were going to) (?:need|want|ask|struggle|run out|have trouble)\\b",
      ],
      examples: [
        "I set up the automatic top-up for her without her having to ask, because I could see she ran out every month.",
        "I anticipated that he would need a loan phone while his was repaired and had one ready at the counter.",
      ],
      nonExamples: [
        "I never anticipated that they would need a replacement charger.",
        "I would offer extra help before the customer even asked.",
        "I have lots of initiative and I am known for initiative.",
      ],
    },
    {
      id: "proactiveness-checked-back-unprompted",
      kind: "positive",
      description: "Got back in touch after the fix or delivery of their own accord, before the customer had to chase, to confirm all was well.",
      facet: "unprompted-follow-up",
      patterns: [
        "\\b(?:follow(?:ed)? up|check(?:ed)? (?:back )?in|call(?:ed)? (?:him|her|them|the customer) back|rang (?:him|her|them|the customer) back|ring (?:him|her|them|the customer) back|got back in touch|messag(?:e|ed) (?:him|her|them|the customer)|email(?:ed)? (?:him|her|them|the customer))\\b[^.]{0,60}\\b(?:unprompted|of my own accord|without (?:being asked|waiting to hear|(?:him|her|them|the customer) (?:having to )?(?:ask|chas)(?:e|ed|ing)?)|before (?:he|she|they|the customer) (?:had (?:a |the )?chance to|could) (?:chase|call|ring|complain|ask|get in touch))",
      ],
      examples: [
        "I emailed her a week after the delivery, unprompted, to make sure the sofa had arrived undamaged.",
        "I rang him back the next morning without being asked, to check the boiler was still holding pressure.",
        "I checked in with her once the account migration was done, before she had a chance to chase us.",
      ],
      nonExamples: [
        "I never followed up with him afterwards without being asked to.",
        "I would follow up a few days later, unprompted, to make sure everything was working.",
        "I have great proactivity and I am known for follow-up.",
      ],
    },
    {
      id: "proactiveness-self-started-fix",
      kind: "positive",
      description: "Flagged a recurring fault or created a resource on their own accord so fewer customers hit the problem.",
      facet: "self-started-improvements",
      patterns: [
        "\\b(?:wr(?:ote|ite)|creat(?:e|ed)|draft(?:ed)?|put together|buil[td]|set up|start(?:ed)?|made|make|updat(?:e|ed)|add(?:ed)?)\\b[^.]{0,60}\\bwithout (?:being (?:asked|told)|anyone (?:asking|telling) me|waiting (?:to be asked|for (?:a|the) (?:ticket|complaint|request)))\\b",
        "\\b(?:flag(?:ged)?|report(?:ed)?|rais(?:e|ed)|escalat(?:e|ed))\\b[^.]{0,50}\\bbefore (?:any )?(?:more |other |further )?(?:customers?|anyone else|people) (?:were|was|got|could be) (?:affected|hit|caught out|charged)\\b",
      ],
      examples: [
        "I wrote a short setup guide for the new router without being asked, and calls about it dropped by a third.",
        "I flagged the faulty batch to the warehouse before more customers were affected.",
      ],
      nonExamples: [
        "I didn't flag the faulty batch before more customers were affected.",
        "I would write a guide without being asked.",
      ],
    },
    {
      id: "proactiveness-waited-to-be-chased",
      kind: "red-flag",
      description: "Knew of a delay or fault but held back until customers noticed, chased or complained.",
      facet: "early-warning",
      patterns: [
        `${NOT_AVOIDED}\\bwait(?:ed|s|ing)? (?:for|until|till) (?:${WHO_ANY}) (?:to )?(?:chase[ds]?|complain(?:ed|s)?|notice[ds]?|find out|found out|finds out|discover(?:ed|s)?|reali[sz]e[ds]?|spot(?:ted|s)?|escalate[ds]?|kick(?:ed)? up a fuss|raise[ds]? it|br(?:ing|ought) it up|report(?:ed)? it|flag(?:ged)? it)\\b`,
        `${NOT_AVOIDED}\\bwait(?:ed|s|ing)? (?:for|until|till) (?:${WHO_ANY}) (?:to )?(?:call|called|calls|ring|rang|rings|phone|phoned|email|emailed|ask|asked|asks|get in touch|got in touch|contact(?:ed)? us|c[ao]me back)\\b(?! (?:back )?(?:me )?(?:back )?with)[^.]{0,30}?\\b(?:before I|before we|and (?:ask|asked|complain|complained|chase|chased)|about (?:it|${BAD_NEWS})|to (?:complain|chase|ask where|find out)|again|a second time)`,
        `${NOT_AVOIDED}\\bwait(?:ed|s|ing)? (?:to see |and see(?:s|ing)? )?(?:if|whether) (?:anyone|anybody|any (?:customers?|of them)|they|customers|people|the customers?|someone) (?:noticed|notices|notice|complained|complains|complain|called|calls|call|rang|rings|ring|asked|asks|ask|chased|chases|chase|got in touch|said anything|picked up on it|spotted it)\\b`,
        `${NOT_AVOIDED}\\blet(?:s|ting)? (?:them|alex|the customers?|customers|people|everyone|callers) (?:find out|discover|notice|reali[sz]e|work it out|spot it|learn about it|find it)\\b(?! more\\b)`,
        `${NOT_AVOIDED}\\bonly (?:(?:warned|warn|warns)\\b[^.]{0,40}?|(?:told|tell|tells|mentioned|mention|mentions|informed|inform|informs|contacted|contact|let (?:them|alex|the customers?|customers) know|explained|explain|raised|raise|flagged|flag|brought up)(?: (?:them|alex|the customers?|customers|people|everyone|callers))?(?: about)? (?:${BAD_NEWS}|it)[^.]{0,25}?)\\b(?:when|once|after|if) (?:${WHO_ANY}) (?:had )?(?:(?:asked|asks|ask)(?! (?:me |us )?(?:to|for)\\b)|called|calls|call|rang|rings|ring|chased|chases|chase|complained|complains|complain|noticed|notices|notice|brought it up|raised it|got in touch|get in touch|phoned|emailed|found out|spotted it|contacted us)\\b`,
        `${NOT_AVOIDED}\\bheld off (?:on )?(?:telling|warning|contacting|emailing|calling|ringing|letting|informing|mentioning)\\b[^.]{0,40}?\\b(?:until|till) (?:${WHO_ANY})(?: had|'d)?(?: actually| finally)? (?:asked|called|rang|chased|complained|noticed|found out|got in touch|contacted us|brought it up)\\b`,
        // "kept mum": the reading writes "mum" as "parent".
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps|keeping) (?:quiet|it quiet|schtum|shtum|parent|it to myself|it under wraps) about ${BAD_NEWS}`,
        `${NOT_AVOIDED}\\bsaid nothing (?:to (?:them|alex|the customers?|customers|anyone|anybody) )?(?:about (?:the|it|that|this|their)\\b[^.]{0,30}?\\b)?(?:until|till|unless) (?:${WHO_ANY})(?: had|'d)? (?:asked|called|rang|chased|complained|noticed|found out|got in touch|brought it up|raised it)\\b`,
        `${NOT_AVOIDED}\\b(?:figured|assumed|thought|reckoned|presumed|decided|expected) (?:that )?(?:they|customers|the customers?|people|callers)(?:'d| would|'ll| will) (?:call|ring|phone|get in touch|contact us|find out|notice|ask|chase|let us know|complain|email|come back)\\b[^.]{0,15}?\\b(?:if|when|once)\\b(?![^.]{0,60}\\b(?:(?:gave|left|sent) (?:them )?my (?:direct )?(?:number|line|email|extension)|(?:but|and|so) I (?:still |also )?(?:called|rang|checked|followed up|emailed|set)))`,
      ],
      examples: [
        "I waited for the customer to chase before I looked into the missing refund.",
        "I knew the delivery would be late, but I waited to see if anyone complained.",
        "I only told her about the price change once she rang to ask why her bill had gone up.",
        "I let the customers find out about the outage when their service dropped.",
        "I figured they would get in touch if the delay was a problem for them.",
        "I knew the courier was running three days late, but I waited for the customers to ring about the delay.",
        "I held off emailing the customers until someone complained, because I was hoping the delayed stock would turn up.",
        "I kept quiet about the delay on the sofa orders and just hoped nobody would notice.",
        "I said nothing about the outage until a customer complained on our Facebook page.",
        "I held off on telling the customers about the delay until they rang.",
        "I said nothing to her about the delay until she rang.",
      ],
      nonExamples: [
        "I never waited for customers to chase me about a delay.",
        "I wouldn't wait for the customer to complain before checking the order.",
        "I'd try not to let customers find out about a delay from the courier.",
        "My manager waited for customers to complain about the delay, so I emailed the whole list that morning.",
        "I waited for him to call back with the serial number, then booked the engineer straight away.",
        "I told every affected customer about the delay before any of them had noticed.",
        "My manager held off on telling them about the price rise until they asked, so I emailed the customers myself.",
        "My manager said nothing to the customers about the delay until they rang, so I emailed them all myself.",
      ],
    },
    {
      id: "proactiveness-literal-request",
      kind: "red-flag",
      description: "Did only the exact thing asked and left an obvious next problem unmentioned.",
      facet: "anticipating-needs",
      patterns: [
        `${NOT_AVOIDED}\\b(?:only|just) (?:did|answered|dealt with|handled|fixed) (?:exactly )?what (?:they|the customer|I was) (?:asked|told)\\b`,
        `${NOT_AVOIDED}\\b(?:answered|answer|answers|did|do|does|fixed|fix|fixes|dealt with|deal with|deals with|handled|handle|handles|stuck to|stick to|sticks to|responded to|respond to|covered|cover|sorted|sort)\\b (?:exactly |only |just |strictly )?(?:what|the (?:question|thing|one thing|issue|request|query)) (?:they|the customer|alex|I was|I had been|they had|the customer had) (?:had )?(?:asked(?: for| about)?|raised|called about|came in for|wanted|requested|rang about|emailed about)\\b[^.]{0,30}?(?:and nothing (?:else|more)|nothing (?:else|more)|no more|and (?:closed|ended|hung up|left it|moved on|signed off|logged off|marked)|even though|although|and that was it|and that'?s it)(?![^.]{0,30}\\b(?:because|as|since) (?:they|alex|the customer) (?:was|were|wanted|asked|said|had))`,
        `${NOT_AVOIDED}\\b(?:answered|answer|dealt with|deal with|handled|handle|fixed|fix|sorted|sort|closed|close|resolved|resolve|processed|process|ended|end|finished|finish|wrapped up|wrap up)\\b[^.]{0,50}\\bwithout (?:mentioning|telling (?:them|alex|the customer) about|warning (?:them|alex|the customer)(?: about)?|pointing out|flagging|bringing up|raising|saying anything about|a word about) (?:the|that|their|an?|its)(?: (?:[a-z-]+))? (?:upcoming|coming|expiring|impending|next|other|second|related|known|renewal|expiry|delay|delays|outage|fault|bug|price (?:rise|increase)|fee|charges?|change|deadline|plan|contract|warranty|recall|problems?|issues?)\\b`,
      ],
      examples: [
        "I only answered what she asked and closed the chat, even though I could see her plan was about to expire.",
        "I answered exactly the question he had asked and nothing more, though his warranty ran out the next week.",
        "I processed the upgrade without mentioning the early-exit fee on his old contract.",
        "I fixed the billing error and closed the ticket without telling her about the known fault on her model.",
      ],
      nonExamples: [
        "I never just answered the question and left it there.",
        "I'd try not to stick to only what the customer asked when I can see the next problem coming.",
        "The previous agent had answered only what she asked, so I called her back about the renewal.",
        "I answered her question and then mentioned that her warranty ran out the next week.",
        "I sorted the refund without pointing out that the mix-up had been her own mistake.",
      ],
    },
    {
      id: "proactiveness-not-my-job",
      kind: "red-flag",
      description: "Left spotting or reporting a recurring fault to someone else.",
      facet: "self-started-improvements",
      patterns: [
        `${NOT_AVOIDED}\\b(?:assumed|figured|thought|reckoned|presumed|expected|decided) (?:that )?(?:${SOMEONE_ELSE}) (?:knew about (?:it|the|that|this)|already knew|(?:would|had|'d|was going to|were going to|must have|will|'ll|already|probably)(?: already| probably| have)* (?:report|flag|rais|log|escalat|pick(?:ed)? (?:it|that) up|deal|dealt|sort|notic|fix|spot|kn(?:ow|ew) about (?:it|the|that|this)|handl|take care|took care|look(?:ed)? into|pass(?:ed)? it on))(?![^.]{0,50}\\b(?:but|so|and) I (?:still |also )?(?:raised|reported|flagged|logged|checked|escalated|asked|emailed|rang|called))`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:the (?:reporting|flagging|escalating|logging)|reporting it|flagging it|raising it) (?:to|for) (?:${SOMEONE_ELSE})\\b`,
        `${NOT_AVOIDED}\\ble(?:ft|ave|aves|aving) (?:it|that|the (?:problem|issue|fault|bug|pattern|root cause))(?: to| for) (?:${SOMEONE_ELSE}) to (?:deal|sort|report|flag|raise|log|fix|pick|handle|worry|spot|notice|look into)\\b`,
        `${NOT_AVOIDED}\\b(?:kept|keep|keeps|keeping|just) (?:fixing|resetting|answering|dealing with|handling|processing|working around|refunding|patching|re-sending|resending)\\b[^.]{0,50}\\bwithout (?:ever )?(?:reporting|flagging|raising|logging|telling (?:anyone|anybody|my (?:manager|team leader|supervisor)|the (?:team|tech team|developers|supplier|warehouse))) (?:it|the (?:fault|issue|problem|bug|pattern)|them)?`,
        `${NOT_AVOIDED}\\b(?:fixed|fix|handled|handle|dealt with|deal with|answered|answer|reset|sorted|sort|refunded|refund|processed|process|worked around|work around)\\b (?:it|them|each [a-z-]+|every [a-z-]+|the same [a-z-]+)\\b[^.]{0,40}\\bwithout (?:ever )?(?:reporting|flagging|raising|logging) (?:it|the (?:[a-z-]+ )?(?:fault|issue|problem|bug|pattern)|them)\\b`,
      ],
      examples: [
        "I assumed someone else had already reported the faulty batch, so I just kept swapping the units.",
        "I left it to the next shift to report the recurring billing error.",
        "I kept resetting the same routers for weeks without reporting the pattern to anyone.",
        "I figured the tech team would already know about the login bug.",
        "I noticed the same login fault coming up every night, but I left reporting it to the day shift.",
        "I refunded each customer who'd been double-charged without ever flagging the fault to billing.",
        "I fixed it for each customer without reporting the recurring fault.",
      ],
      nonExamples: [
        "I never assumed someone else had reported a fault.",
        "I would never leave it to the next shift to flag a recurring fault.",
        "My colleague assumed the tech team already knew, so I raised a ticket with the logs that afternoon.",
        "I reported the recurring fault to the tech team myself and asked the next shift to add any new cases to my ticket.",
        "My colleague fixed each one without reporting the recurring fault, so I logged it with the tech team.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "proactiveness as staying a step ahead of the customer: following up by email, solving problems early, offering extra services",
    },
    {
      ...ARTICLES.topSkills,
      note: "a proactive, solutions-oriented approach (offering alternatives and goodwill gestures unprompted); the cost of skipping a check-back once an issue is closed",
    },
  ],
};
