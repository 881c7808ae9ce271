import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Adaptability: changing one's approach to suit the customer, the situation and a changing workplace. */
export const adaptability: Competency = {
  id: "adaptability",
  name: "Adaptability",
  definition:
    "Adaptability is adjusting one's approach when the customer, the situation or the job changes, rather than running the same script regardless. An adaptable agent reads whether a customer wants detail, speed or warmth and shifts style to match, switches tactics when the first fix or plan falls through, and takes new systems and processes in their stride. They also treat feedback as information to act on, so their way of working keeps improving.",
  cluster: "self-management",
  facets: [
    {
      id: "adapting-to-personalities",
      name: "Adapting to personalities",
      description: "Changing tone, pace, level of detail or channel to fit the customer in front of you.",
    },
    {
      id: "flexible-problem-solving",
      name: "Flexible problem-solving",
      description: "Thinking on one's feet: dropping a plan that is not working and trying another route.",
    },
    {
      id: "embracing-change",
      name: "Embracing change",
      description: "Learning new tools, processes and roles readily, and helping the change land.",
    },
    {
      id: "openness-to-feedback",
      name: "Openness to feedback",
      description: "Changing how one works in response to comments from customers, colleagues or managers.",
    },
  ],
  aliases: ["flexibility", "flexible", "adaptable", "versatility", "thinking on your feet"],
  related: ["problem-solving", "personalization", "emotional-intelligence", "positive-attitude"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Sticks rigidly to one way of doing things even when it plainly fails the customer, or resists change.",
      anchors: [
        "Kept repeating the same script or policy line although it was not answering the customer.",
        "Refused to consider any alternative to the standard procedure when it did not fit.",
        "Resented or complained about a new system instead of learning it.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Describes themself as flexible or “good with change” but gives no moment of actually adapting.",
      anchors: [
        "Says they “go with the flow” or “can handle anything” with no story.",
        "Mentions that a process changed without describing how they adjusted to it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case in which they changed their approach to suit a customer or a change at work.",
      anchors: [
        "Shifted tone, pace or level of detail for a particular customer and says why.",
        "Tried a different route when the usual fix or plan did not work.",
        "Picked up a new tool or procedure and used it with customers.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which reading the situation and changing course clearly led to a better outcome.",
      anchors: [
        "Noticed the first approach was failing, explains what cue told them, and describes the change they made.",
        "Switched channel or format (from email to a call, from talk to written steps) and the customer then succeeded.",
        "States the concrete outcome the change of approach produced.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Adapts on several fronts at once, with a measurable result and lasting changes to how they or the team work.",
      anchors: [
        "Adjusted style for the customer and improvised a new plan in the same difficult situation.",
        "Acted on feedback or a new process early and helped colleagues adapt too.",
        "Reflects on which cues tell them to change course and what they now do differently.",
      ],
    },
  ],
  indicators: [
    {
      id: "adaptability-adjusted-style",
      kind: "positive",
      description: "Changed their tone, pace, detail or channel to fit the customer.",
      facet: "adapting-to-personalities",
      patterns: [
        "\\b(?:adjust(?:ed)?|chang(?:e|ed)|adapt(?:ed)?|switch(?:ed)?|toned down|tone down|slow(?:ed)? down|simplif(?:y|ied)|shift(?:ed)?)\\b[^.]{0,20}\\bmy (?:approach|style|tone|pace|language|explanation|wording|way of (?:explaining|talking|speaking))\\b",
        "\\bswitch(?:ed)? from (?:email|chat|the phone|a call|phone|text|written (?:steps|instructions)) to (?:a |an )?(?:phone call|video call|call|email|chat|text|screen-?share|in-person visit|written (?:steps|instructions))\\b",
      ],
      examples: [
        "I adjusted my approach and gave her the facts and figures she wanted instead of chatting.",
        "I switched from email to a phone call when I saw the written steps were confusing him.",
        "I slowed down my explanation for a customer who was new to smartphones.",
      ],
      nonExamples: [
        "I didn't change my approach, even though it clearly was not working.",
        "I would adapt my style to the customer.",
        "Adaptability is one of my strengths.",
      ],
    },
    {
      id: "adaptability-changed-course",
      kind: "positive",
      description: "Dropped an approach that was not working and tried another, thinking on their feet.",
      facet: "flexible-problem-solving",
      patterns: [
        "\\b(?:tri(?:ed|y)|took|take|switch(?:ed)? to) (?:a different|another|a new) (?:approach|route|tack|way|angle|method)\\b",
        "\\b(?:chang(?:e|ed)|switch(?:ed)?) (?:course|tack)\\b",
        "\\b(?:rethought|rethink|rework(?:ed)?|chang(?:e|ed)) (?:my|our) (?:plan|game plan)\\b",
        "\\bchang(?:e|ed) the plan (?:on the spot|there and then|at short notice|at the last minute|halfway through)\\b",
        "\\bimprovi[sz](?:e|ed)\\b[^.]{0,30}\\b(?:fix|solution|workaround|alternative|plan|display|setup|arrangement|route)\\b",
      ],
      examples: [
        "I tried a different approach when the standard reset did not work.",
        "I changed the plan on the spot when the delivery van broke down.",
        "I improvised a temporary display when the stand arrived broken.",
      ],
      nonExamples: [
        "I never tried a different approach; I kept repeating the same script.",
        "I would try another approach if the first one failed.",
      ],
    },
    {
      id: "adaptability-embraced-change",
      kind: "positive",
      description: "Took on a new system, process or role readily.",
      facet: "embracing-change",
      patterns: [
        "\\b(?:learn(?:ed|t)?|pick(?:ed)? up|got to grips with|master(?:ed)?)\\b[^.]{0,20}\\b(?:the |a )?new (?:system|software|tool|process|platform|policy|procedure|till|crm|booking system|ticketing system|channel)\\b",
        "\\b(?:cover(?:ed)?|stepp?(?:ed)? into|fill(?:ed)? in on|took over) (?:a |an |the )?(?:different|unfamiliar|new|another|other) (?:role|shift|department|desk|queue|channel|site|store)\\b",
        "\\bvolunteer(?:ed)? to (?:pilot|trial|test|try out)\\b",
      ],
      examples: [
        "I learned the new booking system in two days and then helped the rest of the shift.",
        "I covered an unfamiliar desk in returns when they were short-staffed.",
        "I volunteered to pilot the live-chat channel when it launched.",
      ],
      nonExamples: [
        "I didn't learn the new system until weeks after everyone else.",
        "I would pick up the new software quickly.",
      ],
    },
    {
      id: "adaptability-acted-on-feedback",
      kind: "positive",
      description: "Changed how they worked in response to feedback.",
      facet: "openness-to-feedback",
      patterns: [
        "\\b(?:chang(?:e|ed)|adjust(?:ed)?|rework(?:ed)?|rewr(?:ote|ite)|updat(?:e|ed)|adapt(?:ed)?)\\b[^.]{0,40}\\b(?:after|based on|following|in response to|in light of) (?:the |a |their |some |that |customer |customers' |my (?:manager|supervisor|team lead|coach)'?s? )?(?:feedback|suggestions?|comments?|survey (?:results|comments)|complaints?|review)\\b",
      ],
      examples: [
        "I rewrote my opening script after customer feedback said it sounded robotic.",
        "I changed how I closed calls based on my team lead's suggestion.",
      ],
      nonExamples: [
        "I didn't change anything after the feedback because I thought it was unfair.",
        "I would adjust my process based on feedback.",
      ],
    },
    {
      id: "adaptability-repeated-script",
      kind: "red-flag",
      description: "Kept repeating the same script or policy line although it plainly was not answering the customer.",
      facet: "flexible-problem-solving",
      patterns: [
        "\\b(?:kept|keep|keeping|carried on|carry on|went on|just kept) (?:on )?(?:repeating|reading(?: out)?|reciting|quoting|saying|telling them|telling (?:mx )?alex|giving|sending|pasting|playing) (?:them |(?:mx )?alex )?(?:the |my |our |that |a )?(?:same|standard|usual|scripted|policy|stock|canned|identical|template)\\b",
        "\\b(?:repeated|repeat|repeating|recited|recite|reciting|read out|read|reread|re-read|quoted|quote|quoting|sent|send|pasted|paste|gave|give|giving|played|play) (?:them |(?:mx )?alex |the (?:customer|caller) )?(?:the )?(?:same|exact same|identical|standard|scripted|stock|canned|policy) (?:script|policy|line|lines|answer|reply|replies|response|wording|explanation|template|message|paragraph|speech|spiel|statement|email)\\b[^.]{0,50}\\b(?:again|over and over|several times|twice|three times|four times|(?:a|the) (?:second|third|fourth|fifth|sixth|few) time|each time|every time|even though|although|even when|despite|until|regardless|anyway|no matter)\\b",
        "\\b(?:stuck|stick|sticking|kept|keep|keeping|held|hold|holding) (?:rigidly |strictly |firmly |religiously |closely )?(?:to|with) (?:the |my |our )?(?:script|template|policy line|standard (?:reply|response|answer|wording|line)|flowchart|checklist|same (?:line|answer|approach|explanation|script|reply))\\b[^.]{0,50}\\b(?:even though|although|though|even when|even after|despite|regardless|anyway|no matter|while (?:they|(?:mx )?alex|the customer) (?:got|grew|became|kept|was))\\b",
        "\\b(?:sounded|sound|sounding|went on|carried on|kept going) like a (?:broken record|robot|parrot|recording|stuck record)\\b(?![^.]{0,50}\\b(?:so|but|until) i\\b)",
        "\\b(?:said|say|saying|told (?:them|(?:mx )?alex)|tell (?:them|(?:mx )?alex)|repeated|repeat|repeating) (?:the policy|the same line|the same thing|the rule|the same answer|the script)\\b[^.]{0,20}\\b(?:again and again|over and over(?: again)?|on repeat|on a loop|like a broken record)\\b",
      ],
      examples: [
        "I stuck to the script even though it clearly was not answering her question.",
        "I kept repeating the same policy line while he got more and more frustrated.",
        "I sent him the standard reply again even though he had already said it didn't apply.",
        "I read the same paragraph of the terms a third time although she still didn't follow.",
        "I told her the policy over and over until she hung up.",
      ],
      nonExamples: [
        "I never stuck to the script when it wasn't working.",
        "I'd try not to keep repeating the same line to a customer.",
        "The last agent had kept repeating the same script, so I put it aside and asked him what he actually needed.",
        "When the standard reply didn't help, I dropped it and wrote her a plain explanation of her own case.",
        "I kept the same calm tone and tried a different explanation with a diagram.",
      ],
    },
    {
      id: "adaptability-rigid",
      kind: "red-flag",
      description: "Refused to consider any alternative to the standard procedure when it plainly did not fit.",
      facet: "flexible-problem-solving",
      patterns: [
        "\\brefus(?:e|ed) to (?:change|deviate|budge|bend|make an exception|consider|try)\\b(?![^.]{0,60}\\b(?:security|safety|identity|id check|verification|data protection|password|fraud|legal|the law|age check))[^.]{0,40}\\b(?:even though|although|even when|despite|just because)\\b(?! (?:they|(?:mx )?alex|the (?:customer|caller|guest|client)) (?:was|were|got|kept|shouted|yelled|swore|threatened|begged|pleaded|insisted|demanded|pushed|argued|asked))",
        "\\brefus(?:ed|e|ing) to (?:even )?(?:consider|look at|hear|entertain|try|discuss|think about|explore) (?:any |an |another |other |a different |their |the )?(?:alternatives?|options?|other (?:options?|ways?|routes?|solutions?|ideas?)|another (?:way|option|route|solution)|a different (?:way|approach|option|route|solution)|workarounds?|exceptions?|an exception|suggestions?|(?:idea|suggestion|request|proposal))\\b",
        "\\b(?:insisted|insist|insisting)\\b[^.]{0,30}\\b(?:procedure|process|policy|script|rules?|form|system|channel|steps|paperwork|website|app|online)\\b(?![^.]{0,60}\\b(?:security|safety|identity|id check|verification|data protection|password|fraud|legal|the law|age check))[^.]{0,40}\\b(?:even though|although|even when|despite|regardless|anyway|no matter)\\b(?! (?:they|(?:mx )?alex|the (?:customer|caller|guest|client)) (?:was|were|got|kept|shouted|yelled|swore|threatened|begged|pleaded|insisted|demanded|pushed|argued|asked))",
        "\\b(?:followed|follow|following|applied|apply|applying|used|use|using|went with|go with|stuck with|stick with) (?:the )?(?:standard|usual|normal|same|set|default) (?:[a-z-]+ )?(?:procedure|process|policy|script|rules?|steps|approach|template|reply|response|answer|route|method|checklist)\\b[^.]{0,40}\\b(?:anyway|regardless|even though it (?:didn'?t|did not|wasn'?t|was not|clearly|obviously|made no)|although it (?:didn'?t|did not|wasn'?t|was not|clearly|obviously|made no)|even when it (?:didn'?t|wasn'?t|was not)|whether (?:or not )?it (?:fitted|fit|suited|helped|worked|made sense))",
        "\\b(?:told|tell|telling|said to|say to|explained to|informed) (?:them|(?:mx )?alex|the customer|a customer|the (?:caller|guest|client|user)) (?:that )?(?:it|this|that)(?: was| is|'s) (?:just |simply |only )?(?:how we (?:do|did) (?:it|things)|the way (?:we|it) (?:do|did|does|works?|worked|(?:is|was) done)|how (?:it|things) (?:works?|worked|(?:is|are|was|were) done)(?: here)?|the (?:process|procedure|policy|rule|rules|system)(?:,? full stop| and that was that| and there was nothing| and (?:i|we) (?:couldn'?t|can'?t|wouldn'?t)))",
        "\\b(?:told|tell|telling|said|say|saying)\\b (?:them |(?:mx )?alex |the (?:customer|caller|guest|client) )?(?:that )?(?:it|that|this)(?: was| is|'s) (?:just |simply )?(?:the )?(?:policy|process|procedure|rules?)\\b[^.]{0,20}\\b(?:and (?:moved on|move on|left it|leave it|that was that|that's that|hung up|ended)|full stop|end of story)",
        "\\b(?:hid|hide|hiding) behind (?:the )?(?:policy|rules|rule book|rulebook|system|script|process|procedure|terms|small print)\\b",
        "\\b(?:did|do|doing|played|play|playing|went|go|going|ran|run|handled|handle) (?:it |things |everything |the (?:case|refund|return|claim|booking) )?(?:strictly )?(?:by the book|to the letter)\\b(?![^.]{0,60}\\b(?:security|safety|identity|id check|verification|data protection|password|fraud|legal|the law|age check))[^.]{0,40}\\b(?:even though|although|even when|despite|regardless|anyway|no matter|whether (?:or not )?it)\\b(?! (?:they|(?:mx )?alex|the (?:customer|caller|guest|client)) (?:was|were|got|kept|shouted|yelled|swore|threatened|begged|pleaded|insisted|demanded|pushed|argued|asked))",
      ],
      examples: [
        "I refused to change the booking even though the mistake was ours.",
        "I told him that was just how we did things.",
        "I refused to consider any other options and sent her the standard form.",
        "I insisted she fill in the online form even though she had told me she had no internet at home.",
        "I followed the standard returns process anyway, although it clearly didn't fit a gift bought abroad.",
        "I hid behind the policy rather than look for a way round it.",
      ],
      nonExamples: [
        "I never refused to change a booking when we had made the mistake.",
        "I would refuse to change the process even though the customer asked.",
        "I'd try not to hide behind the policy when it plainly doesn't fit.",
        "My manager refused to consider any alternatives, so I found a workaround and got it approved.",
        "I refused to skip the identity check even though he shouted, because it protects his account.",
        "When the standard process didn't fit, I looked for another route and found one.",
      ],
    },
    {
      id: "adaptability-resisted-change",
      kind: "red-flag",
      description: "Resented, avoided or complained about a new system or change at work instead of learning it.",
      facet: "embracing-change",
      patterns: [
        "\\b(?:complain(?:ed|ing)?|moan(?:ed|ing)?|grumbl(?:e|ed|ing)|whing(?:e|ed|ing)|whin(?:e|ed|ing)|rant(?:ed|ing)?|grous(?:e|ed|ing)|kick(?:ed)? up a fuss|bitch(?:ed|ing)?)\\b[^.]{0,25}\\babout (?:the |all the |every |our |this |that )?(?:new|changed|updated|latest|revised|upgraded)(?: [a-z-]+)? (?:system|process|software|rota|policy|tool|procedure|layout|targets?|till|tills|app|crm|platform|way of (?:working|doing things)|shift pattern|shifts|script|form|forms|rules?|setup|kpis?|screens?|machine|machines|uniform|scheduling)\\b(?![^.]{0,40}\\bbut\\b)",
        "\\b(?:complain(?:ed|ing)?|moan(?:ed|ing)?|grumbl(?:e|ed|ing)|whing(?:e|ed|ing)|whin(?:e|ed|ing)|rant(?:ed|ing)?)\\b[^.]{0,25}\\babout (?:the|all the|these|those|every) changes?\\b[^.]{0,40}\\b(?:instead of|rather than|for weeks|for months|every (?:day|shift)|to anyone|all the time|constantly|the whole time|non-?stop)",
        "\\b(?:kept|keep|keeping|stuck|stick|sticking|carried on|carry on|went back to|going back to|go back to|reverted|revert|reverting|clung|cling|clinging) (?:using |with |on |to )?(?:the |my )?old (?:system|way|ways|process|software|form|forms|spreadsheet|spreadsheets|till|method|tool|version|screens?|procedure|paper forms|notebook)\\b[^.]{0,40}\\b(?:instead|rather than|even after|even though|although|until (?:they|someone|my manager|management|it was) (?:switched|took|turned|made|forced|removed|told|taken|switched)|for (?:weeks|months|as long as)|as long as (?:i|possible)|whenever|on the quiet|on the sly|behind|secretly|anyway|regardless)",
        "\\b(?:refused|refuse|refusing) to (?:use|learn|try|touch|switch to|move to|adopt|change to|go on|do|attend|open) (?:the )?(?:new|updated|changed|revised|upgraded)\\b",
        "\\b(?:avoided|avoid|avoiding|dodged|dodge|dodging|put off|putting off|skipped|skip|skipping|ignored|ignore|ignoring|resisted|resist|resisting) (?:using |learning |switching to |moving to |the training (?:on|for) |training on )?(?:the )?(?:new|updated|changed|revised|upgraded) (?:system|software|tool|process|till|tills|app|platform|crm|procedure|channel|rota|policy|way of working|layout|rules?|screens?|checklist|form)\\b(?![^.]{0,40}\\b(?:but|at first|until i)\\b)",
        "\\b(?:resented|resent|resenting|hated|hate|hating|loathed|loathe|detested|detest)\\b (?:having to (?:use|learn|switch to|move to|change to|do) )?(?:the |every |all the |any )?(?:new|changed|updated|revised|upgraded) (?:system|software|tool|process|till|tills|app|platform|crm|procedure|channel|rota|policy|way of working|layout|rules?|screens?|targets?)\\b(?![^.]{0,60}\\b(?:but|until|at first|then i|so i|once i)\\b)",
        "\\b(?:told|tell|telling|said to|say to|argued with|argue with) (?:my )?(?:manager|boss|supervisor|team ?lead|trainer|colleagues|the team|everyone)\\b[^.]{0,20}\\b(?:the old (?:way|system|process|till|tool|software) (?:was|worked) (?:fine|better|quicker|faster)|(?:i|we) (?:didn'?t|did not|don'?t) need (?:the |a |any )?(?:new|change|training)|(?:it|the new (?:system|process|way|till|tool|software|rota)) (?:was|is) (?:a waste of time|pointless|rubbish|useless|stupid|a joke))",
        "\\b(?:dragged|drag|dragging) my (?:feet|heels)\\b[^.]{0,30}\\b(?:new|change|changes|switch|training|learning|moving|migration|upgrade|rollout|roll-out)\\b",
      ],
      examples: [
        "I complained about the new system for weeks instead of learning it.",
        "I moaned about the changed rota to anyone who would listen.",
        "I kept using the old spreadsheet for months after the new booking system came in.",
        "I refused to use the new till and left it to the younger staff.",
        "I put off learning the new system until my manager made me.",
        "I told my manager the new rota was a waste of time.",
        "I dragged my feet on the move to the new ticketing tool.",
      ],
      nonExamples: [
        "I didn't complain about the new rota even though it was inconvenient.",
        "I might complain about the new process at first.",
        "I'd try not to drag my feet when a new system comes in.",
        "A colleague kept using the old spreadsheet, so I sat with him and showed him the new system.",
        "I complained about the new till at first, but after a week of practice I was showing others how to use it.",
        "I learned the new system over a weekend and then trained my team on it.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topSkills,
      note: "adjusting to customer personality types, flexibility in problem-solving, openness to feedback and change",
    },
    { ...ARTICLES.threeQualities, note: "every customer differs, so good service needs creativity and flexibility" },
  ],
};
