import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Competence: being able, and allowed, to get the customer's issue fixed properly the first time. */
export const competence: Competency = {
  id: "competence",
  name: "Competence",
  definition:
    "Competence is the ability to get a customer's issue properly resolved, ideally in the first contact, instead of sending them round the organisation. A competent agent knows the procedures, uses the authority they have to make decisions on the spot, and owns the case until it is closed. When a hand-off cannot be avoided, they pass the case on so completely that the customer never has to start again or wait through another queue.",
  cluster: "resolution",
  facets: [
    {
      id: "first-contact-resolution",
      name: "First-contact resolution",
      description: "Settling the issue within the customer's first call, chat or visit, so no callback or repeat contact is needed.",
    },
    {
      id: "ownership",
      name: "Ownership",
      description: "Treating the case as one's own and staying with it until it is fully closed, across departments if need be.",
    },
    {
      id: "using-authority",
      name: "Using authority",
      description: "Making the decisions one is empowered to make (a refund, a replacement, a goodwill credit) instead of escalating by reflex.",
    },
    {
      id: "warm-handover",
      name: "Warm handover",
      description: "When a specialist is truly needed, briefing them fully so the customer is not lost in the transfer or made to repeat themselves.",
    },
  ],
  aliases: ["competent", "ability to resolve", "first-contact resolution", "first-call resolution", "FCR", "issue resolution"],
  related: ["problem-solving", "product-knowledge", "responsiveness", "consistency"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Leaves the customer unresolved: passes them along, says nothing can be done or transfers them blind.",
      anchors: [
        "Told the customer the matter was not their department and gave them another number to ring.",
        "Said nothing could be done without looking for what was within their power.",
        "Transferred the customer cold, so the customer had to explain everything again.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to be capable and to “always resolve issues” without a case that shows how.",
      anchors: [
        "Quotes a high resolution rate or “I always get it sorted” with no example behind it.",
        "Describes an issue that was resolved mainly by a manager or another team.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case they resolved themselves, at least partly within the first contact.",
      anchors: [
        "Fixed a routine issue while the customer was still on the call or at the counter.",
        "Made a decision they were allowed to make, such as a small refund, without escalating.",
        "Stayed responsible for the case rather than handing it straight on.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which they owned a non-trivial case and resolved it cleanly, with a clear result.",
      anchors: [
        "Resolved a case that could easily have been bounced between departments, and explains how they kept hold of it.",
        "Used their own discretion or approval limit to settle the issue on the spot and says what that saved the customer.",
        "Where a specialist was needed, briefed them fully and confirms the customer did not have to repeat anything.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Consistently resolves issues first time, with measurable results and improvements that let others do the same.",
      anchors: [
        "Combines ownership, on-the-spot decisions and a clean handover across a complex case.",
        "Cites a measurable result such as a higher first-contact resolution rate or fewer repeat calls.",
        "Fixed the gap that caused transfers (a missing permission, a script, a guide) so colleagues could resolve first time too.",
      ],
    },
  ],
  indicators: [
    {
      id: "competence-first-contact",
      kind: "positive",
      description: "Resolved the issue within the customer's first contact, with no transfer or repeat call.",
      facet: "first-contact-resolution",
      patterns: [
        "\\b(?:fix(?:ed)?|resolv(?:e|ed)|sort(?:ed)?(?: out)?|solv(?:e|ed)|settl(?:e|ed)|clear(?:ed)? up)\\b[^.]{0,50}\\b(?:on the (?:same|first|one) (?:call|chat|visit|contact)|(?:during|in|within) (?:that|the same|the first|one|a single) (?:call|chat|visit|conversation|contact|email)|while (?:he|she|they|the customer) (?:was|were) (?:still )?(?:on the (?:line|phone|call)|at the (?:counter|desk|till)))\\b",
        "\\b(?:fix(?:ed)?|resolv(?:e|ed)|sort(?:ed)?(?: out)?|solv(?:e|ed))\\b[^.]{0,40}\\b(?:first time|without (?:a |any )?(?:transfer|escalation|callback|call-back|second call|repeat call)|without (?:transferring|escalating|passing on))\\b",
      ],
      examples: [
        "I resolved the billing error on the same call, so she never had to ring back.",
        "I fixed his login problem while he was still on the line.",
        "I sorted out the refund in a single conversation without any transfer.",
      ],
      nonExamples: [
        "I didn't resolve it on the first call, so he had to ring back twice.",
        "I would fix it on the first call whenever possible.",
        "First-contact resolution is a key metric.",
      ],
    },
    {
      id: "competence-ownership",
      kind: "positive",
      description: "Took the case as their own and stayed with it until it was closed.",
      facet: "ownership",
      patterns: [
        "\\b(?:took|take|kept|keep|taking) (?:full |personal )?ownership of\\b",
        "\\b(?:saw|see|stayed with|stay with|stuck with|stick with|kept hold of) (?:it|the (?:case|complaint|ticket|issue|problem|claim)) (?:through )?(?:to the end|until (?:it was|it had been) (?:fixed|resolved|closed|sorted|paid))\\b",
      ],
      examples: [
        "I took ownership of the complaint instead of sending her back to the store.",
        "I stayed with the case until it was resolved, even though it crossed three departments.",
      ],
      nonExamples: [
        "I didn't take ownership of the case because I assumed billing would handle it.",
        "I would take ownership of the problem.",
        "Ownership is a big part of the job.",
      ],
    },
    {
      id: "competence-used-authority",
      kind: "positive",
      description: "Made a decision within their own authority to settle the issue instead of escalating it.",
      facet: "using-authority",
      patterns: [
        "\\b(?:us(?:e|ed)|within) my (?:own )?(?:authority|discretion|approval limit|sign-off limit)\\b",
        "\\b(?:authori[sz](?:e|ed)|approv(?:e|ed)|issu(?:e|ed)|process(?:ed)?|arrang(?:e|ed))\\b[^.]{0,20}\\b(?:refund|replacement|credit|exchange|rain ?check|goodwill (?:credit|gesture|payment))\\b[^.]{0,30}\\b(?:myself|on the spot|there and then|without (?:needing|waiting for|asking) (?:a |the |my )?(?:manager|supervisor))\\b",
      ],
      examples: [
        "I used my discretion to refund the delivery charge straight away.",
        "I approved a replacement on the spot instead of sending it up to my manager.",
        "I issued the goodwill credit myself without waiting for a supervisor.",
      ],
      nonExamples: [
        "I didn't use my authority to refund her, so she waited a week for the manager.",
        "I would approve a refund on the spot if it was under twenty pounds.",
      ],
    },
    {
      id: "competence-warm-handover",
      kind: "positive",
      description: "When a transfer was needed, briefed the specialist so the customer did not have to start again.",
      facet: "warm-handover",
      patterns: [
        "\\b(?:brief(?:ed)?|fill(?:ed)? in|summari[sz](?:e|ed) the case for)\\b[^.]{0,30}\\b(?:specialist|colleague|engineer|second-line|technician|supervisor|billing team|next team)\\b",
        "\\bstay(?:ed)? on the (?:line|call) (?:while|until|during)\\b[^.]{0,30}\\b(?:transfer|handover|specialist|engineer|colleague|technician)\\b",
      ],
      examples: [
        "I briefed the specialist on everything she had already tried, so she did not have to repeat herself.",
        "I stayed on the line until the engineer picked up the transfer.",
      ],
      nonExamples: [
        "I didn't brief the engineer, I just put the call through.",
        "I would brief the specialist before transferring the customer.",
      ],
    },
    {
      id: "competence-passed-on",
      kind: "red-flag",
      description: "Told the customer the matter was not their department and sent them to another number or team instead of dealing with it.",
      facet: "ownership",
      patterns: [
        "\\b(?:told|tell|telling|said to|say to|explained to|explain to|informed|inform) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)|a customer|customers) (?:that )?(?:it|this|that|the (?:matter|issue|problem|query|complaint|request|refund|claim|order|booking))(?: was(?:n'?t| not)| is(?:n'?t| not)|'s not) (?:really )?(?:my|our) (?:job|problem|department|area|responsibility|remit|team|side)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:told|tell|telling|said to|say to|explained to|explain to|informed|inform) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)|a customer|customers)[^.]{0,30}(?: was| is|'s| belonged| belongs| sat| sits| came| comes| fell| falls) (?:under |with |to |in |within )?(?:another|a different|the other|a separate|some other) (?:department|team|section|office|company|desk|line)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:said|say|saying)(?: that)? (?:it|this|that)(?: was(?:n'?t| not)| is(?:n'?t| not)|'s not) (?:really )?(?:my|our) (?:job|problem|department|area|responsibility|remit)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:gave|give|giving|read out|passed on|sent|send|texted|emailed) (?:them |(?:mx )?alex |the (?:customer|caller|guest|client|user) )?(?:another|a different|the other|a separate) (?:number|line|helpline|hotline|email address) to (?:ring|call|phone|try|contact|email)\\b",
        "\\b(?:gave|give|giving|read out|passed on|sent|send|texted|emailed) (?:them |(?:mx )?alex |the (?:customer|caller|guest|client|user) )?(?:the |a |another |a different |the other |their |our )?(?:[a-z-]+ ){0,2}(?:number|helpline|hotline|email address|contact details|phone line)\\b[^.]{0,40}\\b(?:to (?:ring|call|phone|try|contact|email) (?:instead|themself|themselves|on their own)|and (?:ended|closed|left it|hung up|moved on)|(?:because|as|since) (?:it|that|this) (?:was(?:n'?t| not)|is(?:n'?t| not)) (?:my|our)|and told them (?:it|that) (?:was(?:n'?t| not)|is(?:n'?t| not)) (?:my|our))",
        "\\b(?:told|tell|telling|said to|say to|informed|inform) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user))\\b[^.]{0,25}\\b(?:the )?wrong (?:department|team|number|line|place|desk|branch|office)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:told|tell|telling|asked|ask|advised|advise|directed|direct|redirected|redirect|sent|send|referred|refer|pointed|point) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)) (?:to |that they (?:would |'d )?(?:need|have|had|needed) to |they(?:'d| would)? (?:need|have|had|needed) to )(?:go |ring |call |phone |contact |email |write to |try |speak to |take it up with )?(?:to )?(?:(?:another|a different|the other|some other|a separate) (?:department|team|number|line|office|branch|company|desk)|head office|the manufacturer|the courier|customer services)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:fobbed|fob|fobbing|palmed|palm|palming) (?:them |(?:mx )?alex |it |the (?:customer|caller|guest|client|user|case|complaint|query) )?off\\b",
        "\\bwash(?:ed|ing)? my hands of\\b",
      ],
      examples: [
        "I told the customer it wasn't my department and gave him the head-office number.",
        "I told her the refund sat with a different team and left it at that.",
        "I gave him another number to ring and went back to my queue.",
        "I told her she'd come through to the wrong department.",
        "I sent him to another branch because the order had been placed there.",
        "I fobbed her off with the complaints email address.",
        "I just said that it wasn't my problem, the booking had been made online, so she'd have to ring the website people.",
        "I gave her the helpline number and hung up, because I was behind on my calls.",
        "To be honest I washed my hands of it and told her to take it up with the courier.",
        "I gave her the customer services number and ended the call.",
      ],
      nonExamples: [
        "I never told a customer it wasn't my department.",
        "I would tell them it's not my department if they asked about billing.",
        "I'd try not to send a customer off to another department.",
        "My colleague told him it was the wrong department, so I took the call back and sorted the refund myself.",
        "I told her the refund sat with a different team, so I walked it over to them myself and rang her back.",
        "Instead of telling him to ring another branch, I called the branch myself and reserved the jacket.",
        "I gave her the customer services number and stayed on the line until she got through.",
      ],
    },
    {
      id: "competence-said-nothing-doable",
      kind: "red-flag",
      description: "Said nothing could be done, or pushed the case up the line, without looking for what was within their own power.",
      facet: "using-authority",
      patterns: [
        "\\b(?:told|tell|telling|said to|say to|explained to|explain to|informed|inform) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)|a customer|customers) (?:that )?(?:there(?: was| is|'s) nothing (?:(?:more|else) )?(?:i|we|anyone) (?:could|can)(?: do)?|nothing (?:more )?(?:could|can) be done|(?:my|our) hands (?:were|are) tied|it(?: was| is|'s) out of (?:my|our) hands|(?:i|we) (?:couldn'?t|can'?t|could not|cannot) do anything|(?:i|we) (?:had|have) no (?:power|authority|say) (?:to|over))(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:said|say|saying|explained|explain|replied|answered)\\b (?:that )?(?:sorry,? )?(?:there(?: was| is|'s) nothing (?:(?:more|else) )?(?:i|we) (?:could|can) do|nothing (?:more )?(?:could|can) be done|(?:my|our) hands (?:were|are) tied|it(?: was| is|'s) out of (?:my|our) hands)\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:escalated|escalate|escalating|passed|pass|handed|hand|kicked|kick|bumped|bump|sent|send|threw|throw|punted|punt) (?:it|them|(?:mx )?alex|the (?:case|complaint|call|query|ticket|customer|caller|problem|issue|refund|request)) (?:straight |right |directly |just )?(?:up |over |on )?to (?:my |the |a |our )?(?:manager|supervisor|team lead|team leader|boss|duty manager|line manager|second line|head office)\\b[^.]{0,40}\\b(?:without (?:even )?(?:looking|checking|trying|reading|asking|thinking|seeing)|before (?:i(?:'d| had) )?(?:even )?(?:looked|looking|checked|checking|tried|trying|read|reading)|(?:as soon as|the moment|the second) (?:they|(?:mx )?alex|the customer) (?:asked|mentioned|raised|wanted|complained|got)|(?:even though|although) (?:i|it) (?:could|was (?:within|under)))",
        "\\b(?:said|say|saying|told them|tell them|telling them) no\\b[^.]{0,30}\\b(?:and (?:moved on|left it|that was that|ended the call|closed|hung up)|without (?:looking|checking|asking|thinking|offering))",
      ],
      examples: [
        "I told her there was nothing I could do and ended the call.",
        "I said my hands were tied and that she would have to write to head office.",
        "I escalated it straight to my manager without looking at what I could offer.",
        "I told him no and moved on to the next customer.",
        "I told the guest it was out of my hands.",
      ],
      nonExamples: [
        "I never told a customer there was nothing I could do.",
        "I would never tell a guest it was out of my hands.",
        "My colleague told her there was nothing we could do, so I found another way.",
        "I told her there was nothing I could do about the strike, but I rebooked her on the next train myself.",
        "I escalated it to my manager only after I had offered everything within my own limit.",
      ],
    },
    {
      id: "competence-blind-transfer",
      kind: "red-flag",
      description: "Transferred the customer cold, without checking or passing on what they knew, so the customer had to start again.",
      facet: "warm-handover",
      patterns: [
        "\\b(?:transferred|transfer|transferring|put|putting|passed|pass|passing|pushed|push|bounced|bounce|sent|send|forwarded|forward|punted|punt|shunted|shunt|moved|move) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|call|chat|case|ticket|query)|it) (?:straight |just |right |directly )?(?:through |on |over |across |back |along )?(?:to|into|onto)\\b[^.]{0,40}\\bwithout (?:a |any |even a |so much as a )?(?:note|notes|briefing|brief|handover|context|summary|warning|word|explanation|introduction|intro|details|background|case notes|explaining|checking|telling|saying|passing on|introducing|writing|leaving|adding|summari[sz]ing|updating|filling)\\b",
        "(?<=\\b(?:i|we)(?:'d| had| have|'ve| would| will|'ll)?(?: (?:just|then|also|basically|kind of|sort of|honestly|simply|completely|totally|actually|probably|sometimes|often|usually|always|quietly|sat and))? )(?:cold|blind)[- ]?transferr(?:ed|ing)\\b|\\b(?:cold|blind)[- ]?transfer (?:them|(?:mx )?alex|the (?:customer|caller|call|chat)|it)\\b|\\b(?:did|do|doing|made|make|making) (?:a )?(?:cold|blind) (?:transfer|handover|hand-off|handoff)\\b",
        "\\b(?:transferred|transfer|put|passed|pass|sent|send|bounced|forwarded|pushed|punted) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|call|chat)|it)\\b[^.]{0,50}\\b(?:and|so) (?:they|(?:mx )?alex|the (?:customer|caller|guest|client|user)) had to (?:explain|repeat|start|go through|tell|give)\\b[^.]{0,30}\\b(?:again|over|from scratch|from the (?:start|beginning|top)|all over|a second time|twice)\\b",
        "\\b(?:put|transferred|passed|pushed|bounced|punted|sent|forwarded|threw) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|call|chat)) (?:straight |just )?(?:through|over|on|across)\\b[^.]{0,30}\\b(?:and (?:hung up|left (?:it|them)|moved on|went back to|took the next|picked up the next|let (?:them|the (?:other|next) (?:team|person|agent)) (?:deal|sort|explain|handle))|and hoped for the best|and crossed my fingers)",
        "(?<!\\b(?:avoid|avoids|avoided|avoiding|without|not|never|rather than|instead of) )\\b(?:made|make|making|left|leave|leaving) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)) (?:to )?(?:(?:explain|repeat|start|go through|tell)\\b[^.]{0,25}\\b(?:again|over|from scratch|from the (?:start|beginning)|all over|a second time)|repeat)\\b[^.]{0,40}\\b(?:to|with|for) (?:the next|the other|another|whoever|someone|billing|the specialist|the engineer|the team|the [a-z-]+ (?:team|department|desk))\\b",
      ],
      examples: [
        "I just transferred him to another department without checking whether they could help.",
        "I transferred the call to a different team without any notes.",
        "I put him straight through to billing without a word about what had happened.",
        "I cold-transferred her to the fraud line because my queue was full.",
        "I transferred the call and he had to explain the whole thing again from the start.",
        "I put her through to returns and went back to my queue.",
        "I didn't leave any notes, so I basically made him explain the whole thing again to the next agent.",
        "I made him repeat everything to the engineer.",
      ],
      nonExamples: [
        "I never transferred a customer to another team without a note.",
        "I would transfer the call to another department without a note if the queue was long.",
        "I'd try not to put a caller through without briefing the next agent first.",
        "My colleague transferred her to another department without a note, so I called her back and took over the case.",
        "I briefed the engineer and stayed on the line, so she didn't have to explain anything again.",
        "I transferred him to the specialist without him having to repeat a word.",
        "My colleague made him repeat everything to the billing team, so I took the call back and apologised.",
        "To avoid making the customer repeat everything to the next agent, I briefed them first.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.goodRepresentative,
      note: "competence as being able, and allowed, to resolve an issue on the first contact; what transfers and call-backs cost",
    },
    { ...ARTICLES.characteristics, note: "resolving issues swiftly without passing customers from one representative to another" },
    { ...ARTICLES.threeQualities, note: "empowering staff to settle small issues themselves instead of escalating" },
  ],
};
