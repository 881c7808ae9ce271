import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Emotional intelligence: reading the customer's emotional state and your own, and managing both. */
export const emotionalIntelligence: Competency = {
  id: "emotional-intelligence",
  name: "Emotional intelligence",
  definition:
    "Emotional intelligence is noticing the emotions in a service conversation — the customer's and your own — and using that awareness to steer it well. An emotionally intelligent agent reads cues such as tone, word choice, silence or body language to tell an anxious customer from an angry or embarrassed one, and adjusts how they respond to fit. They also notice when they themselves are getting defensive or stressed, do not take a customer's anger personally, and keep their own mood from spilling into the next interaction.",
  cluster: "relational",
  facets: [
    {
      id: "self-awareness",
      name: "Self-awareness",
      description: "Recognising one's own emotional reactions during an interaction, such as rising defensiveness or stress.",
    },
    {
      id: "self-regulation",
      name: "Self-regulation",
      description: "Keeping those reactions from driving behaviour: not taking anger personally and not carrying a bad mood into the next contact.",
    },
    {
      id: "reading-emotional-cues",
      name: "Reading emotional cues",
      description: "Picking up how the customer really feels from their tone, words, pauses or body language, beyond what they say outright.",
    },
    {
      id: "adjusting-approach",
      name: "Adjusting the approach",
      description: "Changing tone, pace or approach to suit the customer's emotional state once it has been read.",
    },
  ],
  aliases: ["emotional intelligence", "EI", "EQ", "emotional quotient", "emotionally intelligent", "emotional awareness"],
  related: ["empathy", "patience", "professionalism", "adaptability"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Reacts to the customer's emotions with their own, or misses them entirely.",
      anchors: [
        "Took a customer's anger as a personal attack and argued back or became defensive.",
        "Carried irritation from one difficult contact into the way they treated the next customer.",
        "Treated a distressed and a merely impatient customer exactly alike, unaware of the difference.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to read people well but never shows a cue they read or a reaction they managed.",
      anchors: [
        "Says “I can always tell how someone is feeling” with no example of a cue they picked up.",
        "Talks about “not letting things get to me” without describing a moment when something did.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of noticing an emotion — the customer's or their own — and responding to it sensibly.",
      anchors: [
        "Names the cue they noticed (a shaky voice, clipped replies) and what it told them.",
        "Recognised their own rising frustration in the moment and describes how they contained it.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A full story in which reading the emotional situation changed how they handled it, with a clear outcome.",
      anchors: [
        "Realised the customer's anger was really fear or embarrassment and changed their approach because of it.",
        "Kept the customer's hostility separate from themself and stayed on the problem rather than the insult.",
        "States how the customer's mood shifted as a result, for example from shouting to cooperating.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Reads and manages emotions on both sides in depth, with a lasting effect beyond the one conversation.",
      anchors: [
        "Manages their own state and the customer's together over a tense, drawn-out interaction.",
        "Reports a concrete result such as a de-escalated complaint that ended in renewed business.",
        "Reflects on their own emotional triggers and describes a routine they built to reset between difficult contacts.",
      ],
    },
  ],
  indicators: [
    {
      id: "emotional-intelligence-read-cues",
      kind: "positive",
      description: "Picked up the customer's real emotional state from their tone, words or body language.",
      facet: "reading-emotional-cues",
      patterns: [
        "\\b(?:notic(?:e|ed)|pick(?:ed)? up on|sens(?:e|ed)|could (?:hear|tell|see)|heard)\\b[^.]{0,25}\\b(?:from |in |by )?(?:his|her|their|them|the customer'?s) (?:tone|voice|pauses|silences?|short (?:answers|replies)|body language|face|expression|wording|choice of words|posture|hands)\\b",
      ],
      examples: [
        "I could hear from his voice that he was panicking rather than angry.",
        "I picked up on her tone and realised she was embarrassed more than annoyed.",
        "I sensed from her short answers that she was worried about the cost.",
      ],
      nonExamples: [
        "I didn't notice her tone until it was too late.",
        "I would pick up on the customer's body language.",
        "Reading body language is a key skill.",
      ],
    },
    {
      id: "emotional-intelligence-named-own-feeling",
      kind: "positive",
      description: "Recognised their own rising emotion in the moment.",
      facet: "self-awareness",
      patterns: [
        "\\b(?:notic(?:e|ed)|reali[sz](?:e|ed)|recogni[sz](?:e|ed)|caught|catch|became aware|become aware)\\b (?:that )?(?:I was|myself) (?:getting |becoming |feeling |starting to (?:get|feel) )?(?:defensive|irritated|annoyed|frustrated|angry|wound up|stressed|tense|rattled|impatient|upset|flustered)\\b",
      ],
      examples: [
        "I noticed I was getting defensive, so I slowed down and let her finish.",
        "I caught myself getting irritated and reminded myself what the customer was dealing with.",
      ],
      nonExamples: [
        "I didn't realise I was getting defensive until my team leader played me the recording.",
        "I would recognise that I was getting stressed and step back.",
        "My colleague noticed I was getting flustered.",
      ],
    },
    {
      id: "emotional-intelligence-not-personal",
      kind: "positive",
      description: "Kept the customer's anger separate from themself instead of taking it personally.",
      facet: "self-regulation",
      patterns: [
        "\\bremind(?:ed)? myself\\b[^.]{0,40}\\b(?:personal|about me|aimed at me|directed at me|at the situation|at the company|at the problem)\\b",
        "\\bseparat(?:e|ed)\\b[^.]{0,30}\\b(?:anger|frustration|tone|words|rudeness|insults?)\\b[^.]{0,20}\\bfrom\\b",
      ],
      examples: [
        "I reminded myself that the shouting was aimed at the situation, not at me.",
        "I separated her anger from the actual complaint and focused on the missing payment.",
      ],
      nonExamples: [
        "I didn't remind myself that it wasn't personal, and I snapped back.",
        "I would remind myself that it is not personal.",
      ],
    },
    {
      id: "emotional-intelligence-adjusted-to-mood",
      kind: "positive",
      description: "Changed tone or approach to fit the customer's emotional state.",
      facet: "adjusting-approach",
      patterns: [
        "\\b(?:soften(?:ed)?|lower(?:ed)?|warm(?:ed)? up|adjust(?:ed)?|chang(?:e|ed)|switch(?:ed)?|tone(?:d)? down)\\b (?:my )?(?:tone|voice|approach|manner|register|style)\\b[^.]{0,50}\\b(?:upset|anxious|nervous|angry|embarrassed|scared|frightened|panick(?:ed|ing)|distressed|overwhelmed|grieving|mood|emotions?|state)\\b",
      ],
      examples: [
        "I softened my tone once I realised she was more anxious than angry.",
        "I adjusted my approach to his mood and kept my answers short and factual.",
      ],
      nonExamples: [
        "I never changed my approach for a customer who was upset, which I regret.",
        "I would adjust my tone to the customer's mood.",
      ],
    },
    {
      id: "emotional-intelligence-took-it-personally",
      kind: "red-flag",
      description: "Took the customer's anger personally and reacted defensively.",
      facet: "self-regulation",
      patterns: [
        "\\bt(?:ook|ake) (?:it|that|the (?:comments?|insults?|complaints?|criticism|anger|abuse|remarks?)) personally\\b",
        "\\bg(?:ot|et) (?:really |quite |a bit |very )?defensive\\b",
        "\\b(?:match(?:ed)?|mirror(?:ed)?)\\b (?:his|her|their|the customer'?s) (?:tone|anger|volume|attitude|rudeness)\\b",
      ],
      examples: [
        "I took it personally and argued with him about whose fault it was.",
        "I got defensive and matched her tone until we were both raising our voices.",
      ],
      nonExamples: [
        "I didn't take it personally when he called me useless.",
        "I would never take it personally.",
        "The manager got defensive when the customer complained.",
      ],
    },
    {
      id: "emotional-intelligence-mood-spillover",
      kind: "red-flag",
      description: "Let a bad mood from elsewhere spill onto a customer.",
      facet: "self-regulation",
      patterns: [
        "\\b(?:t(?:ook|ake)|let|letting) (?:my|the) (?:bad mood|stress|frustration|irritation|tiredness|anger)\\b[^.]{0,30}\\b(?:out on|show|spill)",
      ],
      examples: [
        "I took my frustration from the previous call out on the next customer.",
        "I let my bad mood show with a customer who had done nothing wrong.",
      ],
      nonExamples: [
        "I never took my stress out on customers.",
        "I might let my frustration show if the day had been long.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "relating to every emotional state, not taking things personally, fine-tuning responses to the customer" },
    { ...ARTICLES.topSkills, note: "EI components: self-awareness and social awareness of tone, words and body language; EI in the FAQ" },
  ],
};
