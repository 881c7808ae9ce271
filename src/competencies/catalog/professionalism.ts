import type { Competency } from "../schema.js";
import { notAfter } from "./avoided.js";
import { ARTICLES } from "../sources.js";

/** A red flag told as something the candidate avoided is not the red flag: "rather than arguing with them". */
const NOT_AFTER = notAfter("urge to");
/** The customer, as the candidate might name them. */
const CUSTOMER = "(?:the|a|that|this) (?:customer|caller|guest|client|patient|shopper|diner|passenger|person|member of the public)";
/** The candidate's employer and colleagues. */
const EMPLOYER = "(?:the company|this company|the firm|the business|the brand|management|the management|head office|my (?:manager|boss|employer|supervisor|team leader|colleagues|company|managers)|our (?:manager|managers|management|boss|head office|company)|the (?:manager|managers|boss|owners?|bosses|people upstairs|higher-ups))";
/** Words that run something down. */
const RUBBISH = "(?:was|were|is|are) (?:a joke|useless|hopeless|clueless|incompetent|rubbish|terrible|awful|greedy|a shambles|a nightmare|stupid|ridiculous|pointless|a mess|a disaster|lazy|a rip-?off|crap|pathetic|a con|a scam|idiots|a bunch of [a-z]+)";

/** Professionalism: conduct that represents the organisation well, especially under provocation. */
export const professionalism: Competency = {
  id: "professionalism",
  name: "Professionalism",
  definition:
    "Professionalism is conducting yourself in a way that represents the organisation well in every contact, including the ones where the customer is rude, unfair or shouting. A professional agent keeps a level, courteous tone, does not treat hostile remarks as a personal attack, and never argues back, insults the company or airs grievances in front of a customer. It extends to written work — well-structured, polite and checked before it is sent — and to treating a bad interaction afterwards as something to learn from rather than a grudge to carry.",
  cluster: "self-management",
  facets: [
    {
      id: "composure-under-pressure",
      name: "Composure under pressure",
      description: "Keeping voice, tone and words measured when a customer is hostile, so the situation cools instead of escalating.",
    },
    {
      id: "not-taking-it-personally",
      name: "Not taking it personally",
      description: "Separating the customer's anger from oneself and responding to the problem rather than the insult.",
    },
    {
      id: "professional-writing",
      name: "Professional writing",
      description: "Emails and chat replies with a proper greeting, a clear structure, a courteous tone and no careless errors.",
    },
    {
      id: "learning-from-incidents",
      name: "Learning from difficult interactions",
      description: "Reviewing a bad contact afterwards to find the valid grievance underneath and handle the next one better.",
    },
  ],
  aliases: ["professional conduct", "professional demeanour", "professional demeanor", "professional manner", "poise", "decorum"],
  related: ["patience", "emotional-intelligence", "humility", "communication"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Behaves in a way that would embarrass the organisation in front of a customer.",
      anchors: [
        "Argued with, shouted back at or hung up on an abusive customer.",
        "Criticised their employer, manager or colleagues to the customer.",
        "Describes mirroring the customer's hostile tone as justified.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Asserts they are always professional without describing how they conducted themself in a real contact.",
      anchors: [
        "Says they “never let it get to them” or “always stay professional” and stops there.",
        "Equates professionalism with appearance or punctuality only, with no customer interaction described.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Describes a specific hostile or awkward contact in which they kept their conduct courteous and measured.",
      anchors: [
        "Recounts keeping a polite, even voice while a customer was insulting them.",
        "Explains that they treated the outburst as aimed at the situation, not at them personally.",
        "Mentions a written reply they structured and checked before sending.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their measured conduct defused a tense contact and protected the relationship.",
      anchors: [
        "Describes the specific steps that kept the contact civil, such as lowering their own pace and volume and restating the facts.",
        "Represented the organisation fairly, owning its mistake without disparaging colleagues.",
        "States the concrete outcome: the customer calmed, accepted the resolution or stayed with the business.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Holds a consistently high standard of conduct under sustained pressure and learns from each difficult contact.",
      anchors: [
        "Handled a prolonged or public confrontation, for example on social media, with composure from start to finish.",
        "Reviewed the recording or transcript afterwards, found the legitimate complaint and changed their approach or a template.",
        "Cites a measurable result, such as fewer escalations or a quality score, and passes the lesson on to others.",
      ],
    },
  ],
  indicators: [
    {
      id: "professionalism-measured-tone",
      kind: "positive",
      description: "Kept a level, courteous tone while the customer was hostile.",
      facet: "composure-under-pressure",
      patterns: [
        "\\bke(?:pt|ep) (?:my|a) (?:voice|tone|language|replies|wording)\\b[^.]{0,20}\\b(?:level|even|steady|measured|polite|courteous|professional|neutral|civil|respectful)\\b",
        "\\b(?:stay(?:ed)?|remain(?:ed)?) (?:polite|courteous|civil|respectful|level-headed|measured|matter-of-fact)\\b",
        "\\blower(?:ed)? my (?:voice|volume|pace)\\b",
      ],
      examples: [
        "I kept my voice level even when he started shouting about the refund.",
        "I stayed courteous while she swore at me over the phone.",
        "I lowered my voice and slowed down as he got louder.",
      ],
      nonExamples: [
        "I didn't keep my tone polite and ended up arguing with him.",
        "I would stay polite no matter what the customer said.",
        "Professionalism is about how you present yourself.",
      ],
    },
    {
      id: "professionalism-not-personal",
      kind: "positive",
      description: "Treated the customer's anger as about the situation, not a personal attack.",
      facet: "not-taking-it-personally",
      patterns: [
        "\\b(?:remind(?:ed)? myself|t(?:old|ell) myself|ke(?:pt|ep) in mind|recogni[sz](?:e|ed)|understood)\\b[^.]{0,30}\\b(?:wasn't|was not|isn't|is not|weren't|were not) (?:personal|about me|aimed at me|directed at me|meant for me)\\b",
        "\\bseparat(?:e|ed) (?:his|her|their|the customer'?s) (?:tone|anger|words|frustration|rudeness|language) from\\b",
      ],
      examples: [
        "I reminded myself that the anger wasn't about me but about the lost booking.",
        "I told myself it was not personal and carried on with the call.",
        "I separated her tone from the actual problem and focused on the missing order.",
      ],
      nonExamples: [
        "I didn't remind myself it wasn't personal and got defensive.",
        "I would remind myself that the anger was not about me.",
        "My supervisor told me it was not personal.",
      ],
    },
    {
      id: "professionalism-written-etiquette",
      kind: "positive",
      description: "Wrote a well-structured, courteous reply and checked it before sending.",
      facet: "professional-writing",
      patterns: [
        "\\b(?:wr(?:ite|ote)|draft(?:ed)?|sen(?:d|t)|compos(?:e|ed)|repl(?:y|ied) with)\\b[^.]{0,25}\\b(?:courteous|formal|polite|well-structured|carefully worded|professionally worded) (?:email|reply|message|response|letter)\\b",
        "\\b(?:proof-?read|re-?read|double-check(?:ed)?|check(?:ed)?) (?:the|my) (?:email|reply|message|response|letter|draft)\\b[^.]{0,30}\\bbefore\\b",
        "\\b(?:us(?:e|ed)|includ(?:e|ed)|add(?:ed)?) (?:a )?(?:clear subject line|proper greeting|polite greeting|proper sign-off|polite sign-off)\\b",
      ],
      examples: [
        "I wrote a courteous email with a clear subject line and a summary of the next steps.",
        "I proofread my reply before sending it to the customer.",
        "I added a clear subject line so the customer could find the thread again.",
      ],
      nonExamples: [
        "I didn't proofread my reply before sending it, and it had the wrong name.",
        "I would write a formal reply with a proper sign-off.",
      ],
    },
    {
      id: "professionalism-reviewed-incident",
      kind: "positive",
      description: "Reviewed a difficult interaction afterwards to learn from it.",
      facet: "learning-from-incidents",
      patterns: [
        "\\b(?:review(?:ed)?|went back over|go back over|listen(?:ed)? back to|replay(?:ed)?|reflect(?:ed)? on|debrief(?:ed)?|re-?read)\\b[^.]{0,20}\\b(?:the|that) (?:call|recording|conversation|interaction|complaint|chat log|chat|transcript|exchange|email thread)\\b",
      ],
      examples: [
        "I listened back to the call recording to see where it had gone wrong.",
        "I reviewed the chat transcript with my team leader the next morning.",
        "I reflected on that conversation and found the customer had a fair point about the fees.",
      ],
      nonExamples: [
        "I never reviewed the call afterwards.",
        "I would review the recording with my team leader.",
        "My manager reviewed the call and gave me feedback.",
      ],
    },
    {
      id: "professionalism-argued-back",
      kind: "red-flag",
      description: "Argued with, shouted back at or hung up on the customer.",
      facet: "composure-under-pressure",
      patterns: [
        `\\b${NOT_AFTER}(?:argu(?:e|ed|ing)|got into an argument|had an argument|got into a row|had a row|ended up arguing|kept arguing) (?:back )?with (?:him|her|them|${CUSTOMER})\\b`,
        `\\b${NOT_AFTER}(?:shout(?:ed|ing)?|yell(?:ed|ing)?|snap(?:ped|ping)?|swore|swear(?:ing)?|scream(?:ed|ing)?|fir(?:ed|ing)|lash(?:ed|ing)|bark(?:ed|ing)|hit|hitting|shot) back\\b(?! (?:to (?:the|my|a) (?:desk|office|queue|screen|team|manager|supervisor|colleague|kitchen)|into\\b|on\\b|later\\b|up\\b|a (?:reply|response|message|text|email)\\b))`,
        `\\b${NOT_AFTER}(?:argu(?:ed|ing)|talk(?:ed|ing)|answer(?:ed|ing)|bit|bite|biting|snapp?ed) back(?=[,.;!]|$| (?:at|to) (?:them|him|her|the (?:customer|caller|guest|client))\\b| and\\b| when\\b| because\\b| even\\b| every time\\b| rudely\\b| hard\\b)`,
        `\\b${NOT_AFTER}(?:shouted|yelled|screamed|swore|snapped|barked|lashed out|cursed|raised my voice) at (?:him|her|them|${CUSTOMER})\\b`,
        `\\b${NOT_AFTER}(?:raised|raising) my voice (?:back|too|as well|to match|over (?:him|her|them|${CUSTOMER}))\\b`,
        `\\b${NOT_AFTER}(?:hung up (?:the phone |the call )?on|hang up (?:the phone |the call )?on|hanging up (?:the phone |the call )?on|put the phone down on|slammed the phone down(?: on)?|cut the (?:call|line) (?:off )?on) (?:him|her|them|${CUSTOMER})\\b`,
        `\\b${NOT_AFTER}(?:got|get|getting|ended up) (?:into |in )?(?:a |an )?(?:shouting match|slanging match|screaming match|heated (?:argument|exchange|row)|back-and-forth|war of words|row|argument|spat) with (?:him|her|them|${CUSTOMER})\\b`,
        `\\b${NOT_AFTER}(?:gave|give|giving) (?:him|her|them|${CUSTOMER}) (?:a (?:piece|bit) of my mind|an earful|a mouthful|a telling-off|a dressing-down|what for)\\b|\\b${NOT_AFTER}(?:told|tell|telling) (?:him|her|them|${CUSTOMER}) (?:exactly |just )?(?:what i thought of (?:them|him|her)|where to go|where to get off|to get lost|to go elsewhere if they didn't like it)\\b|\\b${NOT_AFTER}put (?:him|her|them|${CUSTOMER}) (?:firmly |straight )?in (?:their|his|her) place\\b`,
      ],
      examples: [
        "I argued with him because he was being unreasonable about the warranty.",
        "I snapped back when she called me useless.",
        "I hung up on the customer after he swore at me.",
        "I raised my voice at him so he would finally stop interrupting.",
        "I ended up in a shouting match with the caller about the late fee.",
        "I gave her a piece of my mind and told her to shop somewhere else.",
        "When he started shouting about the warranty, I raised my voice back and we ended up talking over each other.",
        "I ended up raising my voice back at him.",
      ],
      nonExamples: [
        "I never argued with the customer, even when she was wrong.",
        "I would hang up on the customer if he kept swearing.",
        "I'd try never to raise my voice at a caller, however rude they were.",
        "My colleague shouted back at the customer, so I stepped in and took over.",
        "He shouted at me for ten minutes, and I kept my voice low and let him finish.",
        "I called back the next morning to apologise for the confusion.",
        "I was careful to avoid raising my voice back, however loud he got.",
      ],
    },
    {
      id: "professionalism-disparaged-employer",
      kind: "red-flag",
      description: "Criticised the company, management or colleagues in front of the customer.",
      patterns: [
        "\\b(?:complain(?:ed)?|moan(?:ed)?|badmouth(?:ed)?|bad-mouth(?:ed)?|criticis(?:e|ed)|criticiz(?:e|ed))\\b[^.]{0,10}\\b(?:about )?(?:the company|my (?:manager|boss|employer|colleagues)|management|head office)\\b[^.]{0,25}\\b(?:to|in front of|with) (?:him|her|them|the customer|the caller|the guest)\\b",
        `\\b${NOT_AFTER}(?:complain(?:ed|ing)?|moan(?:ed|ing)?|vent(?:ed|ing)?|rant(?:ed|ing)?|grumbl(?:e|ed|ing)|whing(?:e|ed|eing|ing)|whin(?:e|ed|ing)|grip(?:e|ed|ing)|bitch(?:ed|ing)?) (?:to|at|with) (?:him|her|them|${CUSTOMER})\\b[^.]{0,15}\\babout (?:${EMPLOYER}|my (?:job|pay|hours|workload)|our (?:pay|rota|staffing|systems?)|the (?:pay|rota|staffing|targets|policy|policies|systems?|other staff|warehouse|kitchen)|how (?:badly|poorly|little|bad))`,
        `\\b${NOT_AFTER}(?:bad-?mouth(?:ed|ing)?|slag(?:ged|ging)? off|trash-?talk(?:ed|ing)?|rubbish(?:ed|ing)?|ran down|run down|running down) (?:${EMPLOYER})\\b`,
        `\\b(?:told|tell|telling|said to|admitted to|confided in|confided to|warned) (?:him|her|them|${CUSTOMER})\\b[^.]{0,10}\\b(?:that )?(?:${EMPLOYER}|the (?:policy|policies|system|rules|other staff|warehouse|kitchen)|our (?:policy|policies|system|rules)|this place)\\b[^.]{0,20}\\b(?:${RUBBISH}|(?:only )?cares? about (?:money|profits?|sales|targets|numbers)|(?:didn't|don't|doesn't|never) (?:care|listen|know what (?:they|he|she) (?:was|were|is|are) doing|have a clue|give a))`,
        `\\b${NOT_AFTER}(?:agreed|agree|agreeing) (?:with (?:him|her|them|${CUSTOMER}) )?(?:that )?(?:${EMPLOYER}|the (?:policy|policies|system|rules)|our (?:policy|policies|system|rules)|this place)\\b[^.]{0,15}\\b(?:${RUBBISH})`,
        `\\b${NOT_AFTER}(?:made|cracked|making|make|crack|cracking) (?:a |some |a few |a couple of |the odd )?(?:jokes?|cracks?|digs?|(?:snide|sarcastic|nasty|sly) (?:remarks?|comments?)) (?:about|at) (?:${EMPLOYER})\\b`,
        `\\b${NOT_AFTER}apologi[sz](?:e|ed|ing) (?:to (?:him|her|them|${CUSTOMER}) )?for (?:my|our|the) (?:useless|incompetent|clueless|hopeless|lazy|idiot|stupid|terrible|awful|rubbish|pathetic) (?:manager|boss|colleagues?|team|company|management|system|staff|warehouse|head office|supervisor)\\b`,
        `\\b(?:told|tell|telling|said to) (?:him|her|them|${CUSTOMER})\\b[^.]{0,10}\\b(?:that )?i (?:(?:really|honestly|just|totally|absolutely) )?(?:hated|hate|couldn't stand|can't stand|(?:was|am) (?:(?:so|really|totally|just|absolutely|completely) )?(?:sick of|fed up with|fed up of)) (?:my job|this job|working (?:here|there|for them)|the company|this place|my (?:manager|boss))\\b`,
      ],
      examples: [
        "I complained about my manager to the customer while I processed the return.",
        "I badmouthed head office in front of the customer to get her on my side.",
        "I told the caller the management here were useless.",
        "I agreed with her that the company was a joke.",
        "I moaned to the customer about our rota while I rang up her shopping.",
        "I apologised for our useless system and said head office never listens.",
        "While I was ringing up his shopping I cracked a couple of jokes about head office, just to get a laugh out of him.",
        "I told the caller I was sick of working here and that nobody in head office cared.",
        "I made some sarcastic comments about my boss in front of the customer.",
        "I told her I honestly hated my job.",
      ],
      nonExamples: [
        "I didn't complain about my manager to the customer.",
        "I would never badmouth the company in front of the customer.",
        "If I criticised management in front of the customer, it would make the whole store look bad.",
        "My colleague told the customer that head office was useless, so I stepped in.",
        "I told her the system was down and gave her a time it would be back.",
        "The customer said the company was a joke, and I told her I understood her frustration.",
        "A colleague made sarcastic comments about head office in front of the customer, so I had a word with him afterwards.",
        "My colleague told the customer she was so fed up with this place, so I stepped in.",
      ],
    },
    {
      id: "professionalism-mirrored-hostility",
      kind: "red-flag",
      description: "Met a hostile customer with the same hostility and treats that as justified.",
      facet: "not-taking-it-personally",
      patterns: [
        `\\b${NOT_AFTER}(?:matched|match|matching|mirrored|mirror|mirroring|returned|return|returning) (?:their|his|her|the customer's|alex's) (?:hostile |rude |aggressive |angry |nasty |sharp |raised )?(?:aggression|rudeness|hostility|attitude|volume|anger|sarcasm|hostile tone|rude tone|aggressive tone|angry tone|sharp tone|nasty tone|raised voice)\\b(?! with (?:a |an |my |some )?(?:smile|kindness|calm|calmness|patience|politeness|courtesy|empathy|understanding|warmth|respect|grace))`,
        `\\b${NOT_AFTER}(?:matched|match|matching|mirrored|mirror|mirroring) (?:their|his|her|the customer's|alex's) (?:tone|manner|way of speaking) and (?:(?:got|became|went|started|was) (?:a bit |a little |quite |really |pretty |very )?(?:louder|loud|rude|ruder|sharper|sharp|short|snappy|aggressive|angry|shouting|heated|nasty|sarcastic)|gave it (?:straight |right )?back|raised my voice|shouted back|snapped back)\\b`,
        `\\b${NOT_AFTER}(?:gave|give|giving) as good as (?:i|we) (?:got|get)\\b|\\b${NOT_AFTER}(?:gave|give|giving) (?:it|them|him|her) (?:straight |right )?back (?:to (?:them|him|her) )?(?:just as hard|with interest|in kind|tenfold)\\b|\\b${NOT_AFTER}(?:gave|give|giving) (?:him|her|them) a taste of (?:their|his|her) own medicine\\b`,
        `\\b${NOT_AFTER}(?:fought|fight|fighting) fire with fire\\b`,
        `\\b${NOT_AFTER}(?:was|were|got|get|am|'m|became|become|being|went) (?:just as |equally |every bit as |a bit |a little |pretty |quite |really )?(?:rude|short|sharp|snappy|sarcastic|curt|blunt|cold|nasty|abrupt|hostile|aggressive|snarky|arsey|stroppy|shirty|loud|mean) (?:back|right back|in return|with (?:them|him|her) too)\\b`,
        `\\b${NOT_AFTER}(?:was|got|am|'m|became|being) (?:just |every bit |equally )?as (?:rude|sharp|short|aggressive|hostile|loud|sarcastic|nasty|blunt|cold|snappy|abrupt) as (?:they|them|he|she|him|her|alex|${CUSTOMER})\\b`,
        `\\b${NOT_AFTER}(?:got|get|getting|was|became|become) (?:a bit |a little |quite |really |pretty |very )?(?:snippy|snappy|short|sharp|shirty|stroppy|arsey|narky|lippy|mouthy|rude|sarcastic|aggressive|confrontational|snarky) with (?:him|her|them|${CUSTOMER})\\b[^.]{0,30}\\b(?:because|since|as|when|after) (?:they|he|she|alex|the customer)(?: (?:was|were|had been|had|started|kept|got|swore|shouted|yelled|screamed|snapped|insulted)|'d(?: been)?)\\b`,
        `\\b${NOT_AFTER}(?:treated|treat|treating) (?:him|her|them|${CUSTOMER}) (?:the (?:same )?way|how|exactly how|exactly the way) (?:they|he|she|alex) (?:treated|were treating|was treating|treat|treats) me\\b`,
        `\\b${NOT_AFTER}(?:stooped|stoop|stooping|sank|sink|sinking|sunk|descended|descend) (?:down )?to (?:their|his|her|alex's) level\\b(?! of)`,
      ],
      examples: [
        "I matched his aggression because I wasn't going to be spoken to like that.",
        "I gave as good as I got, since she had started it.",
        "I was just as rude as he was, and honestly he deserved it.",
        "I got short back with her because she had been short with me first.",
        "I treated him the way he treated me.",
        "I stooped to her level and traded insults with her.",
        "He was yelling from the first second, so I matched his tone and got louder, because nobody speaks to me like that.",
        "She was rude from the first minute, so I fought fire with fire and told her exactly what I thought of her.",
        "Tbh I got a bit snippy with the caller because he had been rude to me from the start.",
        "I matched her tone and got a bit sharp with her.",
        "I got quite sharp with him after he swore at me.",
      ],
      nonExamples: [
        "I never matched a customer's aggression, however loud he got.",
        "I would never stoop to his level.",
        "My colleague gave as good as he got, and the customer escalated the complaint.",
        "He was rude to me, but I matched his pace and kept my tone calm.",
        "I refused to sink to her level and kept my voice even.",
        "My colleague matched his tone and shouted back, so I took over the call.",
        "My colleague got short with him after he swore at her, so I took the call over.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.threeQualities,
      note: "professionalism as the first of three Ps: staying calm and collected, representing the brand, learning from bad experiences",
    },
    {
      ...ARTICLES.topEight,
      note: "staying professional to protect the company's image; not taking negative comments personally",
    },
    { ...ARTICLES.topSkills, note: "professional tone and etiquette in written customer communication" },
  ],
};
