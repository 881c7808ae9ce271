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
      id: "adaptability-rigid",
      kind: "red-flag",
      description: "Refused to deviate from the script or procedure even when it plainly did not fit.",
      patterns: [
        "\\brefus(?:e|ed) to (?:change|deviate|budge|bend|make an exception|consider|try)\\b[^.]{0,40}\\b(?:even though|although|even when|despite|just because)\\b",
        "\\b(?:stuck|stick|kept|keep) (?:rigidly |strictly )?to the script\\b[^.]{0,40}\\b(?:even though|although|even when|despite)\\b",
        "\\b(?:told|tell|said to|say to) (?:him|her|them|the customer|a customer) (?:that )?(?:it|this|that) (?:was|is) (?:just )?(?:how we (?:do|did) (?:it|things)|the way (?:we|it) (?:do|did|does|works?|worked))\\b",
      ],
      examples: [
        "I refused to change the booking even though the mistake was ours.",
        "I stuck to the script even though it clearly was not answering her question.",
        "I told him that was just how we did things.",
      ],
      nonExamples: [
        "I never refused to change a booking when we had made the mistake.",
        "I would refuse to change the process even though the customer asked.",
      ],
    },
    {
      id: "adaptability-resisted-change",
      kind: "red-flag",
      description: "Complained about or resisted a change at work instead of adapting to it.",
      patterns: [
        "\\b(?:complain(?:ed)?|moan(?:ed)?|grumbl(?:e|ed)) about (?:the )?(?:new|changed) (?:system|process|software|rota|policy|tool|procedure|layout|targets?)\\b",
      ],
      examples: [
        "I complained about the new system for weeks instead of learning it.",
        "I moaned about the changed rota to anyone who would listen.",
      ],
      nonExamples: [
        "I didn't complain about the new rota even though it was inconvenient.",
        "I might complain about the new process at first.",
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
