import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

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
        "\\b(?:declin(?:e|ed)|turn(?:ed)? down|refus(?:e|ed))\\b[^.]{0,30}\\b(?:politely|gently|respectfully|courteously|kindly)\\b",
        "\\b(?:politely|gently|respectfully|courteously|kindly) (?:declin(?:e|ed)|turn(?:ed)? down|refus(?:e|ed))\\b",
      ],
      examples: [
        "I explained honestly to her why we could not refund a mattress that had been used for a month.",
        "I politely declined his request for a second discount and gave him the reason.",
      ],
      nonExamples: [
        "I didn't explain why we couldn't do it, I just said no.",
        "I would decline the request politely.",
        "The manager turned down her request politely.",
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
        "\\b(?:acted|act) on (?:the |that |this |their |my [a-z ]{1,20}'s )?(?:feedback|criticism|coaching|correction|advice)\\b",
        "\\bask(?:ed)?\\b[^.]{0,30}\\bwhat I (?:could|should) have done (?:better|differently)\\b",
      ],
      examples: [
        "I asked my team leader for honest feedback on how I had handled the call.",
        "I took the feedback on board and changed how I open difficult calls.",
        "I asked the customer what I could have done better, and she told me I had been too quick to quote policy.",
      ],
      nonExamples: [
        "I didn't ask for feedback because I thought the call had gone fine.",
        "I would ask my manager for feedback.",
        "My manager asked the customer for feedback.",
      ],
    },
    {
      id: "humility-deflected-blame",
      kind: "red-flag",
      description: "Deflected blame for their own error or insisted on being right.",
      facet: "owning-mistakes",
      patterns: [
        "\\bblam(?:e|ed) (?:it on )?(?:the |my |a |our |another )?(?:warehouse|courier|system|colleagues?|team|other (?:department|team|shift)|previous (?:agent|shift)|night shift|it department|supplier|software|computer|customer|manager|delivery (?:company|driver)|driver|him|her|them|head office)\\b",
        "\\b(?:pinn(?:ed)? it on|pin it on|pass(?:ed)? the blame|shift(?:ed)? the blame|point(?:ed)? the finger at)\\b",
        "\\b(?:insist(?:ed)?|argu(?:e|ed))\\b[^.]{0,20}\\b(?:that )?(?:it was(?:n'?t| not) my|I was right|(?:he|she|they|the customer) (?:was|were|had) (?:wrong|misread|misunderstood|made a mistake))",
      ],
      examples: [
        "I blamed the warehouse even though I had typed the address wrong myself.",
        "I insisted I was right and told her she must have misread the email.",
      ],
      nonExamples: [
        "I didn't blame the warehouse, even though it would have been easy.",
        "I would never blame a colleague in front of a customer.",
        "My team leader blamed the courier for the delay.",
      ],
    },
    {
      id: "humility-talked-down",
      kind: "red-flag",
      description: "Talked down to or belittled a customer for not knowing something.",
      facet: "respectful-refusal",
      patterns: [
        "\\b(?:talk(?:ed)? down to|lectur(?:e|ed)|patroni[sz](?:e|ed))\\b (?:him|her|them|the customer)\\b",
        "\\bma(?:de|ke) (?:him|her|them|the customer) feel (?:stupid|silly|foolish|small|ignorant)\\b",
        "\\bcorrect(?:ed)? (?:him|her|them|the customer) in front of\\b",
      ],
      examples: [
        "I talked down to him because he clearly did not understand computers.",
        "I made her feel stupid for not knowing how to scan a QR code.",
      ],
      nonExamples: [
        "I never talked down to the customer, even when the question was basic.",
        "I would not lecture the customer about reading the terms.",
        "The technician patronised them in front of the whole queue.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "humility when the company is at fault, when saying no, and when customers are angry without cause; admitting mistakes without offending" },
  ],
};
