import type { Competency } from "../schema.js";
import { notAfter } from "./avoided.js";
import { ARTICLES } from "../sources.js";

/** A red flag told as something the candidate avoided is not the red flag: "rather than skipping the thank-you". */
const NOT_AFTER = notAfter("never");
/** Words for a thank-you. */
const THANKS = "(?:thank-?yous?|thank you|thanks\\b(?! to (?:my|the|a|an|our|their|his|her|them|him|alex|some|all)\\b)|thanking|closing thanks)";
/** Regular and loyal customers. */
const REGULARS = "(?:regulars?|regular (?:customers?|guests?|clients?|callers?|diners?|shoppers?|accounts?|visitors?)|loyal (?:customers?|guests?|clients?|shoppers?)|repeat (?:customers?|guests?|clients?|callers?)|long-?standing (?:customers?|clients?|accounts?)|existing (?:customers?|clients?))";

/** Appreciation: thanking customers sincerely and specifically, so they feel their custom is valued. */
export const appreciation: Competency = {
  id: "appreciation",
  name: "Appreciation",
  definition:
    "Appreciation is letting customers know, sincerely and often, that their business, time and input are valued. In service work it ranges from a genuine thank-you at the end of every sale, call or chat, to thanking a customer specifically for waiting, for their patience or for reporting a fault, to small gestures such as a handwritten note for a loyal regular. Done well it is personal rather than scripted, it treats complaints and feedback as something worth thanking people for, and it reminds customers why they chose the business in the first place.",
  cluster: "relational",
  facets: [
    {
      id: "everyday-thanks",
      name: "Everyday thanks",
      description: "Closing every transaction or contact with a genuine thank-you, including on busy days.",
    },
    {
      id: "specific-thanks",
      name: "Specific thanks",
      description: "Naming what the customer is being thanked for — their patience, their loyalty, their feedback or their report of a problem.",
    },
    {
      id: "gestures-of-gratitude",
      name: "Gestures of gratitude",
      description: "Going beyond words with a note, card or small token that recognises a customer's loyalty or help.",
    },
  ],
  aliases: ["gratitude", "thankfulness", "gratefulness", "saying thank you", "thanking customers"],
  related: ["people-first", "personalization", "positive-attitude", "humility"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Treats customers' custom, time or feedback as owed to them, or brushes it aside.",
      anchors: [
        "Dropped the thank-you at the end of contacts to save time and sees nothing wrong with it.",
        "Dismissed or ignored a customer's suggestion, compliment or complaint.",
        "Describes regular customers as taken for granted or as a chore.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they are always grateful to customers but names no occasion on which they showed it.",
      anchors: [
        "Mentions “always saying thank you” as a habit with no particular customer in mind.",
        "Talks about gratitude in general terms without saying what any customer was thanked for.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a concrete example of thanking a customer sincerely for something specific.",
      anchors: [
        "Recalls thanking a customer for their patience during a delay they had to sit through.",
        "Describes thanking someone who reported a fault or pricing mistake rather than treating them as a nuisance.",
        "Makes a point of ending each sale or call with a genuine thank-you, and gives a moment where this mattered.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which a well-judged expression of thanks clearly strengthened the customer relationship.",
      anchors: [
        "Chose a personal way to thank a loyal or helpful customer, such as a handwritten card, and explains why.",
        "Thanked a complaining customer for the feedback and used it to fix the issue they raised.",
        "States how the customer responded, such as returning, recommending the business or leaving a warm review.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Builds gratitude into how they and others serve, with a visible effect on loyalty.",
      anchors: [
        "Combines routine thanks, specific thanks and personal gestures, tailored to different customers.",
        "Started a practice others adopted, such as thank-you notes for long-standing accounts or replies to every review.",
        "Cites a concrete result, such as repeat visits or review ratings rising, and reflects on keeping thanks sincere rather than scripted.",
      ],
    },
  ],
  indicators: [
    {
      id: "appreciation-thanks-every-contact",
      kind: "positive",
      description: "Made a habit of thanking every customer at the close of a contact.",
      facet: "everyday-thanks",
      patterns: [
        "\\b(?:end(?:ed)?|clos(?:e|ed)|finish(?:ed)?|wrap(?:ped)? up) (?:every|each|the) (?:call|chat|email|conversation|transaction|interaction|visit|sale|order)\\b[^.]{0,30}\\bthank",
        "\\b(?:make|made) (?:a point of|sure to|sure I) thank(?:ed|ing)?\\b",
        "\\bthank(?:ed)? (?:every|each) (?:single )?(?:customer|caller|guest|shopper|client|diner|visitor)\\b",
      ],
      examples: [
        "I ended every call by thanking the caller for choosing us.",
        "I made a point of thanking each guest at checkout, even on the busiest nights.",
        "I thanked every shopper by name when I handed back their receipt.",
      ],
      nonExamples: [
        "I didn't end every call by thanking the caller when the queue was long.",
        "I would make a point of thanking every customer.",
        "Gratitude matters a lot in retail.",
      ],
    },
    {
      id: "appreciation-thanked-for-patience",
      kind: "positive",
      description: "Thanked the customer specifically for their patience, loyalty or understanding.",
      facet: "specific-thanks",
      patterns: [
        "\\bthank(?:ed)? (?:him|her|them|the customer|the caller|the guest|the client)\\b[^.]{0,20}\\bfor (?:(?:his|her|their|the|all the|all (?:his|her|their)) )?(?:patience|waiting|wait|bearing with|holding|understanding|loyalty|business|custom|coming back|sticking with|staying with|years|trust)\\b",
      ],
      examples: [
        "I thanked her for her patience while I checked with the warehouse.",
        "I thanked the customer for sticking with us through the outage.",
        "I thanked him for his loyalty when I renewed his contract.",
      ],
      nonExamples: [
        "I didn't thank him for waiting, which I regret.",
        "I would thank the customer for their patience.",
        "The manager thanked the customer for waiting.",
      ],
    },
    {
      id: "appreciation-thanked-for-feedback",
      kind: "positive",
      description: "Thanked the customer for a complaint, suggestion or report of a problem.",
      facet: "specific-thanks",
      patterns: [
        "\\bthank(?:ed)? (?:him|her|them|the customer|the caller|the guest|the client)\\b[^.]{0,20}\\bfor (?:(?:his|her|their|the) )?(?:(?:honest|detailed|helpful|frank|useful|kind) )?(?:complaint|feedback|review|suggestion|honesty|comments?|raising|flagging|pointing|reporting|telling|letting (?:us|me) know|bringing)",
      ],
      examples: [
        "I thanked the customer for pointing out the pricing error on our website.",
        "I thanked her for the complaint because it showed us a gap in the returns process.",
        "I thanked him for his honest feedback about the new menu.",
      ],
      nonExamples: [
        "I never thanked the customer for the complaint at the time.",
        "I would thank them for the feedback and pass it on.",
        "My colleague thanked the guest for the review.",
      ],
    },
    {
      id: "appreciation-gesture",
      kind: "positive",
      description: "Sent a note, card or small token to thank a customer personally.",
      facet: "gestures-of-gratitude",
      patterns: [
        "\\b(?:wr(?:ite|ote)|sen(?:d|t)|le(?:ave|ft)|add(?:ed)?|includ(?:e|ed)|hand-?wr(?:ite|ote)|post(?:ed)?|tuck(?:ed)?)\\b[^.]{0,20}\\b(?:a |an )?(?:(?:personal|personalised|personalized|handwritten|hand-written|short|small|little) ){0,2}(?:thank-you|thank you|thanks) (?:note|card|message|letter|email)\\b",
        "\\b(?:sen(?:d|t)|g(?:ive|ave)|offer(?:ed)?) (?:him|her|them|the customer)\\b[^.]{0,20}\\b(?:a |an )?(?:small )?(?:token of (?:thanks|appreciation|gratitude)|thank-you (?:gift|voucher|discount|hamper))\\b",
      ],
      examples: [
        "I wrote a handwritten thank-you note to a regular who had recommended us to her office.",
        "I sent the customer a small thank-you voucher after he helped us test the new booking system.",
        "I left a thank-you card in the room of a couple who had stayed with us every summer.",
      ],
      nonExamples: [
        "I never sent a thank-you note because I didn't have time.",
        "I would write a thank-you card to our regulars.",
      ],
    },
    {
      id: "appreciation-dropped-thanks",
      kind: "red-flag",
      description: "Dropped the thank-you at the end of contacts, typically to save time, and sees nothing wrong with it.",
      facet: "everyday-thanks",
      patterns: [
        `\\b${NOT_AFTER}(?:skip(?:ped|ping|s)?|dropp(?:ed|ing)|drop|cut(?:ting)?(?: out)?|left out|leave out|leaving out|ditch(?:ed|ing)?|scrapp(?:ed|ing)|scrap|dispens(?:ed|e|ing) with|did away with|do away with|doing away with|gave up on|give up on) (?:the |my |all the |our |any |those )?(?:${THANKS})(?! (?:script|template|line|routine|spiel|phrase|wording|macro|card|note)s?\\b)(?![^.]{0,60}\\b(?:instead|own words|personal|personalised|personalized|genuine|replaced)\\b)`,
        `\\b${NOT_AFTER}(?:stopped|stop|stopping|quit|gave up|give up) (?:thanking (?:people|customers|them|him|her|callers|everyone|anyone|guests|the customer)|saying (?:thank you|thank-you|thanks))\\b`,
        `\\b${NOT_AFTER}(?:ended|end|ending|closed|close|closing|finished|finish|finishing|wrapped up|wrap up|wrapping up|hung up|hang up|moved on|move on|went straight|go straight|jumped|jump|cut (?:them|him|her) off)\\b[^.]{0,30}\\bwithout (?:a |any |the |so much as a |even a )?(?:thank|thanks|thank-you|thanking|saying (?:thank|thanks))|\\b(?:hung up|hang up|ended the (?:call|chat)|end the (?:call|chat)|closed the (?:chat|ticket))\\b[^.]{0,40}, no (?:thank-?you|thanks)\\b`,
        `\\b${NOT_AFTER}(?:skip(?:ped|ping|s)?|dropp(?:ed|ing)|drop|cut(?:ting)?(?: out)?|left out|leave out|ditch(?:ed|ing)?|rush(?:ed|ing)?(?: through)?) (?:the |my |all the |any )?(?:usual |normal |standard |little |polite )?(?:pleasantries|niceties|sign-?offs?|closing (?:script|line|lines|spiel|bit))\\b[^.]{0,40}\\b(?:to (?:save time|keep (?:my|the) (?:handle|handling|call|average) times?|hit (?:my|the) targets?|get through|speed|shave|cut (?:my|the) (?:handle|call))|(?:saves?|saved|waste of) time|handle time|handling time|call times?|targets?|numbers|stats|aht)\\b`,
        `\\b(?:saw|see|seeing|thought|think|found|find|considered|consider|treated|treat|regarded|regard)\\b (?:the )?(?:${THANKS}|thanking (?:customers|people|them|everyone|every customer))\\b(?:[^.,]{0,25}? (?:as|was|were|is|are) | (?:as|was|were|is|are) | )(?:just |only |a bit |a bit of |more of )?(?:a waste of time|pointless|unnecessary|a formality|box-ticking|a box-ticking exercise|fake|over the top|a chore|optional|a nicety|a luxury|filler)\\b`,
        `\\bhad no time for (?:the |any |all the |all that |all those )?(?:${THANKS}|pleasantries|niceties)`,
      ],
      examples: [
        "I skipped the thank-you at the end of calls to keep my handling time down.",
        "I dropped the thank-yous on busy shifts because they slowed the queue.",
        "I ended most calls without a thank-you once the fix was done.",
        "I stopped thanking customers at the till when the queue got long.",
        "I thought the thank-you at the end was a formality, so I cut it.",
        "I skipped the pleasantries at the end of every call to save time, because honestly nobody misses them.",
        "With forty people in the queue I had no time for thank-yous, so I just closed each chat.",
        "I skipped the usual pleasantries at the end to save time.",
        "On busy shifts I had no time for all the thank-yous, I just closed the chat and took the next one.",
      ],
      nonExamples: [
        "I never skipped the thanks at the end of a call.",
        "If I skipped the thank-you, my satisfaction scores dropped.",
        "I would never end a call without thanking the customer.",
        "My colleague dropped the thank-you to save time, and her scores fell.",
        "I never ended a call without thanking them, even on the busiest days.",
        "I skipped the small talk but always thanked them before hanging up.",
        "I never skipped the usual pleasantries, even when the queue was long and my handle time suffered.",
        "My old manager had no time for all the thank-yous, but I still thanked every customer.",
      ],
    },
    {
      id: "appreciation-dismissed-input",
      kind: "red-flag",
      description: "Dismissed or ignored a customer's suggestion, compliment or complaint.",
      facet: "specific-thanks",
      patterns: [
        `\\b${NOT_AFTER}(?:ignor(?:e|ed|ing)|dismiss(?:ed|ing)?|brush(?:ed|ing)? (?:off|aside)|wav(?:e|ed|ing) (?:off|away|aside)|shrug(?:ged|ging)? off|laugh(?:ed|ing)? off|delet(?:e|ed|ing)|bin(?:ned|ning)?|binn(?:ed|ing)) (?:the |their |his |her |a |that |this |any |all (?:the |their |of the |of their )?|most (?:of )?(?:the |their )?|every |customers' |the customer's |alex's )?(?:[a-z-]+ ){0,2}?(?:feedback|suggestions?|compliments?|reviews?|complaints?|survey (?:responses|results|comments)|comment cards?|feedback (?:forms?|cards?)|suggestion (?:cards?|slips?|forms?)|thank-you (?:notes?|cards?|e-?mails?|messages?))\\b`,
        `\\b${NOT_AFTER}(?:ignor(?:e|ed|ing)|dismiss(?:ed|ing)?|brush(?:ed|ing)? (?:off|aside)|wav(?:e|ed|ing) (?:off|away|aside)|shrug(?:ged|ging)? off|laugh(?:ed|ing)? off) (?:their|the customer's|customers'|alex's) (?:[a-z-]+ )?ideas?\\b|\\b${NOT_AFTER}(?:brush(?:ed|ing)?|wav(?:e|ed|ing)|shrug(?:ged|ging)?|laugh(?:ed|ing)?) (?:their|the customer's|customers'|alex's) (?:[a-z-]+ )?ideas? (?:off|aside|away)\\b`,
        `\\b(?:told|tell|telling|said to) (?:him|her|them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:nobody|no one|no-one|head office|management)(?: ever| really| actually)? (?:reads?|looks? at|listens? to|cares? about|bothers? with|does anything with|acts? on|takes? (?:any )?notice of)\\b`,
        `\\b(?:told|tell|telling|said to) (?:them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:those|the|that|these|our) (?:suggestion box|(?:feedback |comment |survey )?(?:forms?|cards?|surveys?)|reviews?|complaints? box) (?:(?:is|are|was|were|gets?|got) (?:never|not|hardly ever|rarely|barely)|isn'?t|aren'?t|wasn'?t|weren'?t|(?:don'?t|doesn'?t|didn'?t) (?:ever )?get|(?:never|hardly ever|rarely|barely) (?:gets?|got)) (?:read|looked at|checked|opened|seen)\\b`,
        `\\b(?:told|tell|telling|said to) (?:them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:their|the|that|this) (?:idea|suggestion|feedback|complaint|point)s? (?:was|were|is|are|would be) (?:pointless|silly|stupid|irrelevant|a waste of time|never going to (?:work|happen|change anything)|not worth)|\\b(?:told|tell|telling|said to) (?:them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:their|the|that|this) (?:idea|suggestion)s? (?:(?:would|will|'d|'ll) never|wouldn'?t|won'?t|would not|will not) (?:work|catch on|fly|get approved|change anything)\\b`,
        `\\b(?:told|tell|telling|said to) (?:them|the (?:customer|caller|guest|client))\\b[^.]{0,10}\\b(?:that )?(?:(?:it|that)(?:(?: would| will|'d|'ll) (?:never|not)| wouldn'?t| won'?t) (?:work|get (?:done|changed|approved|looked at)|change anything)\\b|nothing(?: would| will|'d|'ll) (?:ever )?(?:change|get (?:done|changed|looked at)|come of it)\\b(?![^.]{0,40}\\b(?:but|unless|until|for them|on (?:their|the) (?:account|bill|order|plan|booking|policy))\\b))`,
        `\\b${NOT_AFTER}(?:filed|file|filing|put|putting|stuck|threw|chucked|tossed) (?:the |their )?(?:complaint|feedback|suggestion|comment|review|thank-you)s?(?: (?:cards?|notes?|forms?|letters?|slips?))? (?:straight )?(?:in(?:to)? the bin|in(?:to)? the (?:rubbish|trash)|away and forgot|to one side and forgot|in a drawer)\\b`,
        `\\b${NOT_AFTER}(?:treated|treat|treating|saw|see|seeing|thought of|think of|regarded) (?:him|her|them|the (?:customer|caller|guest|client)|the (?:complaint|feedback|report|suggestion)|(?:their|his|her|the customer's) (?:complaint|feedback|report|suggestion|call|e-?mail))(?: (?:who|that|which) [^.]{0,40}?)? as (?:a |an |just |more of )?(?:nuisance|annoyance|pain|hassle|moaning|whinging|time-?waster|waste of (?:my )?time|interruption|bother|distraction|irritation|nitpicking)\\b`,
      ],
      examples: [
        "I ignored the customer's suggestion because it came in through the complaints form.",
        "I brushed off her compliment and moved straight on to the next customer.",
        "I told him nobody reads those feedback forms.",
        "I treated the customer who reported the pricing error as a nuisance.",
        "I binned the comment card without reading it.",
        "When she suggested a better way to label the parcels, I just ignored her idea and carried on.",
        "I told him the suggestion box was never read anyway, so there was no point filling in a card.",
        "I told her that her idea was a waste of time and moved on to the next customer.",
        "He asked us to open earlier on Saturdays, but I told him it would never get approved, so there was no point.",
        "I chucked his complaint straight in the bin once he'd left the shop.",
        "I brushed his idea off and told him we do it our way.",
        "I told her those feedback forms never get read.",
        "I told the customer his idea wouldn't work.",
        "I told her nothing would change, so she shouldn't bother.",
        "I threw the feedback forms in the bin at the end of the day.",
      ],
      nonExamples: [
        "I never ignored a customer's feedback, however small.",
        "I would not ignore a customer's feedback.",
        "My manager brushed off the customer's suggestion, so I passed it to head office myself.",
        "I ignored the rude tone and thanked her for the feedback.",
        "I told her that her feedback would go straight to the product team.",
        "My manager brushed their idea off, so I passed it on to head office myself.",
        "My colleague told him the feedback forms never get read, which I knew wasn't true.",
        "My supervisor told the customer her idea wouldn't work, and I disagreed.",
        "The manager told them nothing would change, so I escalated the complaint myself.",
        "I told her nothing would change on her account, so she did not need to worry.",
        "I never threw the feedback forms into the bin; I read every single one.",
      ],
    },
    {
      id: "appreciation-took-regulars-for-granted",
      kind: "red-flag",
      description: "Took regular or loyal customers for granted, or treated serving them as a chore.",
      patterns: [
        `\\b${NOT_AFTER}(?:took|take|taking|takes|taken) (?:our |my |the |those |these |some |all (?:the |our )?|a few |loyal |regular )?(?:${REGULARS}|them|alex|customers|people|the customers?)(?: a bit| rather| completely| totally| somewhat| a little)? for granted\\b`,
        `\\b${NOT_AFTER}(?:saw|see|seeing|sees|treated|treat|treating|thought of|think of|thinking of|regarded|regard|considered|consider|found|find|finding)\\b (?:our |my |the |those |these |some |all (?:the |our )?)?(?:${REGULARS})\\b(?: [a-z]+){0,2}? (?:as |to be |were |was )?(?:(?:a|an|just|more of|a bit of|bit of|such a|quite a|real|total|right|absolute) ){0,3}(?:chore|nuisance|pain|hassle|burden|drag|bore|boring|tedious|tiresome|draining|annoying|irritating|part of the furniture|a given|guaranteed|in the bag|hard work|necessary evil)\\b`,
        `\\b(?:knew|figured|assumed|reckoned|thought|know|assume|figure|reckon)\\b (?:that )?(?:the |our |my )?(?:${REGULARS}|they|alex)(?:'d| would| were going to| will|'ll)? (?:come back|keep coming(?: back)?|stay|stick with us|return|be back|not go anywhere|never leave|always come back)(?: anyway| regardless| no matter what| whatever (?:i|we) did)\\b`,
        `\\b${NOT_AFTER}(?:stopped|stop|quit|gave up) (?:making (?:an|much|any|the same) effort with|bothering with|thanking|greeting|chatting (?:to|with)|going out of my way for|personalising (?:things )?for) (?:the |our |my |those )?(?:${REGULARS})\\b`,
      ],
      examples: [
        "I took our regulars for granted because I knew they would come back.",
        "I saw the regulars as a chore because they always wanted a chat.",
        "I figured the regular customers would come back anyway, so I didn't go out of my way.",
        "I stopped making an effort with the regulars after the first few months.",
      ],
      nonExamples: [
        "I never took our regulars for granted.",
        "I'd try never to take a loyal customer for granted.",
        "My colleague took the regulars for granted, and two of them moved to a competitor.",
        "I made sure the regulars never felt taken for granted by learning their usual orders.",
        "I saw the regulars as the heart of the shop and thanked them by name.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topEight,
      note: "appreciation: a sincere thank-you after every transaction, which customers remember",
    },
    {
      ...ARTICLES.topSkills,
      note: "making customers feel valued and appreciated through a friendly, welcoming manner",
    },
  ],
};
