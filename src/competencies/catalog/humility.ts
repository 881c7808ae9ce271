import type { Competency } from "../schema.js";
import { notAfter } from "./avoided.js";
import { ARTICLES } from "../sources.js";

/** A red flag told as something the candidate avoided is not the red flag: "rather than blaming the courier"; nor is being blamed ("I got blamed"). */
const NOT_AFTER = notAfter("got", "get", "was", "were", "been", "being");
/** Whom or what an error can be pinned on. */
const SCAPEGOAT = "(?:warehouse|courier|system|systems|colleagues?|team|other (?:department|team|shift|agent)|previous (?:agent|shift|person)|night shift|day shift|it department|it team|tech team|supplier|software|computer|glitch|delivery (?:company|driver|firm)|driver|head office|new starter|new (?:person|hire)|website|app|till|booking system|post office|royal mail|bank|printer|ai|chatbot|the courier's|the system's)";

/** Humility: owning mistakes and limits, and saying no without talking down to the customer. */
export const humility: Competency = {
  id: "humility",
  name: "Humility",
  definition:
    "Humility is putting the customer's outcome ahead of one's own pride: owning a mistake plainly, admitting when one does not know something, and refusing a request without making the customer feel small. A humble agent does not hide behind the system or a colleague when the company got it wrong, and does not argue to win when the customer is upset through no fault of the company. They treat feedback and correction as a chance to improve, which keeps customers' trust even when the answer is an apology or a no.",
  cluster: "self-management",
  facets: [
    {
      id: "owning-mistakes",
      name: "Owning mistakes",
      description: "Admitting one's own or the company's error plainly and taking responsibility for putting it right.",
    },
    {
      id: "admitting-limits",
      name: "Admitting limits",
      description: "Saying honestly when one does not know or cannot do something, instead of bluffing.",
    },
    {
      id: "respectful-refusal",
      name: "Respectful refusal",
      description: "Turning down a request with a clear, courteous reason that does not offend or belittle the customer.",
    },
    {
      id: "openness-to-feedback",
      name: "Openness to feedback",
      description: "Seeking out and acting on criticism or coaching from customers and colleagues.",
    },
  ],
  aliases: ["humble", "humbleness", "modesty", "owning mistakes"],
  related: ["professionalism", "empathy", "emotional-intelligence", "teamwork"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Protects their pride at the customer's expense: deflects blame, bluffs or talks down.",
      anchors: [
        "Pinned their own error on a colleague, the courier or “the system” when speaking to the customer.",
        "Insisted they were right and the customer had misread, even after the error was shown to them.",
        "Spoke to a customer as if they were foolish for not knowing how something worked.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they are humble or happy to admit mistakes but shows no time they did.",
      anchors: [
        "Claims “I always own my mistakes” without naming a mistake they made.",
        "Describes an error in the passive voice (“a mistake was made”) with no ownership of their part.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of admitting an error or a limit to a customer.",
      anchors: [
        "Names a mistake they made and told the customer about it directly.",
        "Told a customer they did not know an answer and went to find it rather than guessing.",
        "Said no to a request politely and gave the actual reason.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which owning the mistake or refusing graciously kept the customer's trust and led to a good outcome.",
      anchors: [
        "Admitted the error early, took responsibility for the fix and followed it through personally.",
        "Turned down a request in a way that left the customer feeling respected, and says how they reacted.",
        "Describes acting on feedback about their own handling of a case.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Owns mistakes and limits as a habit, with a concrete result and changes that stop the error recurring.",
      anchors: [
        "Raised their own error with the team so the process could be changed, not just the one case fixed.",
        "Reports a concrete result, such as a customer who stayed or wrote in praise after an honest admission.",
        "Reflects on what the mistake or the feedback taught them and how their practice changed since.",
      ],
    },
  ],
  indicators: [
    {
      id: "humility-admitted-mistake",
      kind: "positive",
      description: "Admitted their own mistake to the customer and took responsibility for it.",
      facet: "owning-mistakes",
      patterns: [
        "\\b(?:admit(?:ted)?|own(?:ed)? up to|own(?:ed)?|acknowledg(?:e|ed))\\b[^.]{0,25}\\b(?:my|the|our) (?:own )?(?:mistake|error|fault|slip-up|slip|oversight)\\b",
        "\\bt(?:ook|ake) (?:full |personal )?responsibility for\\b",
        "\\b(?:told|tell) (?:him|her|them|the customer) (?:straight away |straightaway |honestly |plainly |upfront )?(?:that )?(?:it was|the (?:mistake|error) was) (?:my|our) (?:own )?(?:mistake|fault|error)\\b",
        "\\b(?:held|hold|put|putting) my hands? up\\b",
      ],
      examples: [
        "I admitted my mistake straight away and told her I had entered the wrong delivery date.",
        "I told him it was my fault that the booking had been lost, and I took responsibility for rebooking it.",
        "I held my hands up and said I had given her the wrong price.",
      ],
      nonExamples: [
        "I didn't admit the mistake because I was worried about my bonus.",
        "I would own up to my error.",
        "Humility means owning your mistakes.",
      ],
    },
    {
      id: "humility-admitted-not-knowing",
      kind: "positive",
      description: "Told the customer honestly they did not know, instead of bluffing.",
      facet: "admitting-limits",
      patterns: [
        "\\b(?:told|tell) (?:him|her|them|the customer) (?:honestly |frankly |straight |openly )?(?:that )?I (?:did(?:n'?t| not)|do(?:n'?t| not)) (?:know|have the answer)\\b",
        "\\badmit(?:ted)? (?:to (?:him|her|them|the customer) )?(?:that )?I (?:did(?:n'?t| not) know|was(?:n'?t| not) sure|had no idea)\\b",
      ],
      examples: [
        "I told her honestly that I did not know the answer and checked with the billing team while she held.",
        "I admitted that I wasn't sure about the warranty terms and called him back with the right answer.",
      ],
      nonExamples: [
        "I never told the customer I didn't know something, I always made up an answer.",
        "I would tell them I don't know and find out.",
        "My colleague told the customer she didn't know.",
      ],
    },
    {
      id: "humility-respectful-refusal",
      kind: "positive",
      description: "Turned down a request courteously and explained the real reason.",
      facet: "respectful-refusal",
      patterns: [
        "\\bexplain(?:ed)? (?:honestly |gently |politely |clearly |calmly )?(?:to (?:him|her|them|the customer) )?why (?:I|we|the (?:shop|company|store|bank|hotel|airline|policy)) (?:could(?:n'?t| not)|was(?:n'?t| not) able to|were(?:n'?t| not) able to|can(?:'?t|not)|did(?:n'?t| not)|had to)\\b",
        "\\b(?:declin(?:e|ed|ing)|turn(?:ed|ing)? (?:(?:them|it|the (?:customer|caller|guest|client|request|offer)) )?down|refus(?:e|ed|ing))\\b[^.]{0,30}\\b(?:politely|gently|respectfully|courteously|kindly)\\b",
        "\\b(?:politely|gently|respectfully|courteously|kindly) (?:declin(?:e|ed)|turn(?:ed)? down|refus(?:e|ed))\\b",
      ],
      examples: [
        "I explained honestly to her why we could not refund a mattress that had been used for a month.",
        "I politely declined his request for a second discount and gave him the reason.",
        "I turned down his request politely and explained that we couldn't price-match online-only retailers.",
        "I turned him down politely and explained the offer had ended.",
      ],
      nonExamples: [
        "I didn't explain why we couldn't do it, I just said no.",
        "I would decline the request politely.",
        "The manager turned down her request politely.",
        "My manager turned him down politely, so I offered him a voucher instead.",
      ],
    },
    {
      id: "humility-sought-feedback",
      kind: "positive",
      description: "Asked for or acted on feedback about their own handling of a case.",
      facet: "openness-to-feedback",
      patterns: [
        "\\b(?:ask(?:ed)?|sought|seek|invit(?:e|ed))\\b[^.]{0,30}\\b(?:for )?(?:honest |critical |direct |frank )?feedback\\b",
        "\\bt(?:ook|ake) (?:the |that |this |their |all (?:the|that) )?(?:feedback|criticism|coaching|correction) on board\\b",
        "\\b(?:acted|act|acting) (?:up)?on (?:the |that |this |their |some |all (?:of )?(?:the |that |their )?|(?:my|the) [a-z ]{1,20}'s )?(?:feedback|criticism|coaching|correction|advice)\\b",
        "\\bask(?:ed)?\\b[^.]{0,30}\\bwhat I (?:could|should) have done (?:better|differently)\\b",
      ],
      examples: [
        "I asked my team leader for honest feedback on how I had handled the call.",
        "I took the feedback on board and changed how I open difficult calls.",
        "I asked the customer what I could have done better, and she told me I had been too quick to quote policy.",
        "I acted on my team leader's feedback and started summarising the next steps at the end of every call.",
        "I acted on the customer's feedback and rewrote our welcome email.",
      ],
      nonExamples: [
        "I didn't ask for feedback because I thought the call had gone fine.",
        "I would ask my manager for feedback.",
        "My manager asked the customer for feedback.",
        "I didn't act on the customer's feedback because I thought the call had gone fine.",
      ],
    },
    {
      id: "humility-deflected-blame",
      kind: "red-flag",
      description: "Pinned their own error on a colleague, a supplier or the system when speaking to the customer.",
      facet: "owning-mistakes",
      patterns: [
        `\\b${NOT_AFTER}blam(?:e|ed|es|ing) (?:it (?:all )?on )?(?:the |my |a |our |another |an )?(?:${SCAPEGOAT}|customer|manager|him|her|them)\\b`,
        `\\b${NOT_AFTER}(?:pinn(?:ed|ing)|pins) (?:it(?: all)?|the (?:whole thing|blame|mistake|error|problem)(?: squarely| firmly)?) on\\b|\\b${NOT_AFTER}(?:pass(?:ed|ing)?|shift(?:ed|ing)?|push(?:ed|ing)?) the (?:blame|buck)\\b|\\b${NOT_AFTER}(?:pointed|pointing|point) the finger at\\b`,
        `\\b(?:told|tell|telling|said|claimed|explained|put it down to|passed it off as|blamed|blaming)\\b[^.]{0,60}\\b(?:even though|although|though|when (?:really|actually|in fact)|but (?:really|actually|in fact))(?: really| actually| in fact| honestly| of course)? (?:it was|it had been|the (?:mistake|error|slip) was) (?:me|my|mine|all mine|my own)\\b`,
        `\\b(?:told|tell|telling|said|claimed|explained|put it down to|passed it off as)\\b[^.]{0,40}\\b(?:${SCAPEGOAT}|glitch|bug|error|fault|technical (?:issue|problem))\\b[^.]{0,50}\\b(?:even though|although|though|when (?:really|actually|in fact)|but (?:really|actually|in fact))(?: really| actually| in fact| honestly| of course)? (?:i(?:'d| had)? (?:had |myself )?[a-z]+|it was (?:me|my|mine))\\b`,
        `\\b(?:made out|making out|make out|pretended|pretending|let (?:him|her|them|the customer) (?:think|believe|assume)|implied|implying) (?:that )?(?:it was|it had been|it'd been|the (?:mistake|error|problem|delay) was) (?:all |just |only )?(?:a |an |the |my |our )?(?:${SCAPEGOAT}|computer|glitch|bug|technical (?:fault|issue|problem|error)|system (?:fault|issue|problem|error))|\\b(?:made out|making out|make out|pretended|pretending|let (?:him|her|them|the customer) (?:think|believe|assume)|implied|implying) (?:that )?(?:the |a |my |our )?${SCAPEGOAT} (?:had|'d|was|were|must have|did)\\b`,
        `\\b(?:covered|covering|cover) my tracks\\b`,
        `\\b(?:told|tell|telling|said to|insisted to|assured) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?it (?:wasn't|was not|had nothing to do with|was nothing to do with) (?:me|my fault|my mistake|my error|down to me|on me|anything to do with me|my doing)\\b|\\bmade (?:sure|it clear) (?:(?:they|the customer) knew |to (?:him|her|them|the customer) )?(?:that )?it (?:wasn't|was not) (?:me|my fault|my mistake|down to me)\\b`,
      ],
      examples: [
        "I blamed the warehouse even though I had typed the address wrong myself.",
        "I told her it was a system glitch, even though I had entered the wrong date.",
        "I made out that the courier had lost it.",
        "I put it down to the new software, although the mistake was mine.",
        "I told the customer it wasn't my fault and that the other shift had set it up.",
        "I pinned it on the warehouse, even though I was the one who had typed the wrong postcode.",
        "I covered my tracks by telling her the courier had lost the parcel, when really I had never sent it.",
        "I pinned it all on the new system, even though I'd typed it wrong.",
      ],
      nonExamples: [
        "I didn't blame the warehouse, even though it would have been easy.",
        "I would never blame a colleague in front of a customer.",
        "My team leader blamed the courier for the delay.",
        "Rather than blaming the system, I told her I had entered the wrong date and fixed it.",
        "I told her it wasn't her fault and that I had entered the wrong date.",
        "Rather than pinning it all on the courier, I told her the mistake was mine.",
      ],
    },
    {
      id: "humility-insisted-right",
      kind: "red-flag",
      description: "Insisted they were right and the customer had misread, even once the error was shown to them.",
      facet: "owning-mistakes",
      patterns: [
        "\\b(?:insist(?:ed|ing)?|argu(?:e|ed|ing)|maintain(?:ed|ing)?|kept (?:insisting|saying|telling (?:him|her|them|the customer)|repeating))\\b[^.]{0,20}\\b(?:that )?(?:it was(?:n'?t| not) my|I was right|I was correct|I(?:'d| had) (?:done|got) it right|(?:he|she|they|the customer|alex) (?:was|were|had|must have) (?:wrong|mistaken|misread|misunderstood|made a mistake|got it wrong|read it wrong|not read))",
        `\\b(?:told|tell|telling|said to|informed|assured|reminded) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:they|the customer|alex)(?: must| must have| obviously| clearly| had obviously| had clearly| had just| had simply|'d obviously|'d clearly| must've)(?: have)? (?:misread|misunderstood|mis-?heard|got (?:it|the [a-z-]+) wrong|read (?:it|the [a-z-]+) wrong|not read|made a mistake|got confused|been confused|been mistaken|misremembered|remembered (?:it )?wrong|imagined it|(?:hadn't|had not|didn't|did not|never) (?:read|checked|looked|listened|paid attention))\\b`,
        `\\b(?:told|tell|telling|said to|informed) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:they|the customer|alex)(?: had|'d)? (?:misread|misunderstood|got it wrong|read it wrong|made a mistake|been mistaken)\\b[^.]{0,40}\\beven (?:after|when|though) (?:they|the customer|alex)(?: had|'d)? (?:showed|shown|sent|forwarded|pointed|proved|read out|screenshotted)`,
        `\\b(?:stuck to my guns|stuck to my story|stood my ground|dug (?:my|in my) heels in|doubled down|held my ground|refused to budge|wouldn't budge)\\b[^.]{0,60}\\b(?:even (?:after|when|though)|although|despite)\\b[^.]{0,40}\\b(?:showed|shown|sent|forwarded|pointed|proved|screenshot|evidence|proof|e-?mail|receipt|confirmation|photo|in writing|in black and white)`,
        `\\b${NOT_AFTER}refus(?:e|ed|ing) to (?:admit|accept|concede|acknowledge) (?:that )?(?:i|it was|the (?:mistake|error) was|my (?:mistake|error|part))\\b|\\b${NOT_AFTER}refus(?:e|ed|ing) to back down\\b`,
      ],
      examples: [
        "I insisted I was right and told her she must have misread the email.",
        "I told him he must have misheard the price I quoted.",
        "I stuck to my guns even after she forwarded me the confirmation email.",
        "I refused to admit I had quoted the wrong price.",
        "I kept telling her that I had done it right, even though the receipt said otherwise.",
        "I told him he had misread the tariff, even after he showed me the price printed on his own bill.",
        "I told her she'd misread the booking, even after she showed me the confirmation on her phone.",
      ],
      nonExamples: [
        "I never insisted I was right once a customer showed me the email.",
        "I would never tell a customer they must have misread something.",
        "The customer insisted I was wrong, so I checked the recording and apologised.",
        "I stood my ground on the policy but offered her a voucher instead.",
        "I told her she had every right to be annoyed, because I had misread her order.",
        "My colleague told her she'd misread the booking, even after she showed him the confirmation, so I apologised and rebooked it.",
      ],
    },
    {
      id: "humility-talked-down",
      kind: "red-flag",
      description: "Talked down to or belittled a customer for not knowing something.",
      facet: "respectful-refusal",
      patterns: [
        "\\b(?:talk(?:ed)? down to|lectur(?:e|ed)|patroni[sz](?:e|ed))\\b (?:him|her|them|the customer)\\b",
        "\\bma(?:de|ke) (?:him|her|them|the customer) (?:feel|look|sound) (?:stupid|silly|foolish|small|ignorant|daft|thick|like an idiot)\\b",
        "\\bcorrect(?:ed)? (?:him|her|them|the customer) in front of\\b",
        `\\b${NOT_AFTER}(?:spoke|speak|speaking|talked|talk|talking|explained|explain|explaining|treated|treat|treating) (?:to )?(?:him|her|them|the (?:customer|caller|guest|client|person))\\b[^.]{0,20}\\b(?:like|as if|as though) (?:they were |they was |he was |she was )?(?:a |an )?(?:child|kid|toddler|idiot|stupid|five-year-old|simpleton|dim|thick|fool|moron|dimwit|dunce)\\b`,
        `\\b(?:asked|asking|ask) (?:him |her |them )?(?:whether|if) (?:they|he|she|alex) (?:had |'d )?(?:even |actually |ever )?(?:bothered|bother) to\\b|\\b(?:asked|asking|ask) (?:him |her |them )?(?:whether|if) (?:they|he|she|alex) (?:even )?(?:could|can|knew how to|know how to) (?:even )?(?:read|count|use a (?:computer|phone|mouse|keyboard)|spell)\\b`,
        `\\b(?:told|tell|telling|said to|reminded) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:it was|it's|it is|this was|this is|that was) (?:really |very |pretty |quite |so |dead |incredibly |just )?(?:obvious|simple|basic|easy|common sense|straightforward)\\b[^.]{0,30}\\b(?:should have|should've|even a child|a child could|any child|a five-year-old|if they had (?:just |only )?(?:read|looked|listened)|for a reason)`,
        `\\b(?:told|tell|telling|said to|reminded) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:it was|it's|it is|this was|this is|that was|that's) (?:just |only |basic |simple |plain )?common sense\\b`,
        `\\b(?:sighed|tutted|tut-tutted|huffed)\\b[^.]{0,20}\\b(?:and(?: then)?|then|before(?: i)?) (?:explained|told|repeated|said|went through|showed|spelled|spelt)\\b[^.]{0,30}\\b(?:again|slowly|for the (?:second|third|fourth|fifth|umpteenth|hundredth) time)`,
      ],
      examples: [
        "I talked down to him because he clearly did not understand computers.",
        "I made her feel stupid for not knowing how to scan a QR code.",
        "I treated him like a child because he kept asking how to log in.",
        "I asked her whether she had even bothered to read the instructions.",
        "I told him it was really simple and he should have worked it out himself.",
        "I corrected her in front of the whole queue and made a point of saying the sign was right there.",
        "I told him it was just common sense to keep the receipt, and that most people manage it.",
        "I sighed loudly and explained it again, really slowly, like she was five.",
        "I sighed, then went through it again slowly.",
      ],
      nonExamples: [
        "I never talked down to the customer, even when the question was basic.",
        "I would not lecture the customer about reading the terms.",
        "The technician patronised them in front of the whole queue.",
        "I explained it to her in plain steps, as if it was the first time anyone had shown her, because it was.",
        "I told him it was really simple once you had done it once, and walked him through it.",
        "The customer sighed and then explained the problem again, so I apologised and wrote it all down.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "humility when the company is at fault, when saying no, and when customers are angry without cause; admitting mistakes without offending" },
  ],
};
