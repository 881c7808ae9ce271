import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Active listening: fully taking in what the customer says and showing that it was understood. */
export const activeListening: Competency = {
  id: "active-listening",
  name: "Active listening",
  definition:
    "Active listening is giving a customer full attention and working to understand what they mean, not just hearing or skimming their words. An active listener puts other work aside, lets the customer's account shape their questions, and checks their understanding by restating the problem, reflecting the feeling behind it and asking clarifying questions. Because they understand the real issue before acting, they avoid fixing the wrong thing and usually reach a better answer sooner, and the customer comes away feeling heard.",
  cluster: "communication",
  facets: [
    {
      id: "paraphrasing",
      name: "Paraphrasing",
      description: "Restating in one's own words what the customer has said, so both sides can confirm it was understood correctly.",
    },
    {
      id: "reflective-listening",
      name: "Reflective listening",
      description: "Going beyond the facts to mirror back the emotion behind the customer's words, which invites them to say more.",
    },
    {
      id: "clarifying",
      name: "Clarifying",
      description: "Asking questions about anything unclear or ambiguous instead of filling the gaps with assumptions.",
    },
    {
      id: "undivided-attention",
      name: "Undivided attention",
      description: "Removing distractions and other tasks while the customer is speaking, and keeping track of what they say.",
    },
  ],
  aliases: ["attentiveness", "listening", "attentive", "listening skills", "good listener", "attentive listening"],
  related: ["communication", "empathy", "problem-solving", "patience"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Does not take in what the customer says: distracted, assuming or talking over the account.",
      anchors: [
        "Was doing other work (emails, another chat) while the customer explained and missed key details.",
        "Decided what the problem was before the customer had finished and solved the wrong thing.",
        "Cannot recall what the customer actually asked for in the story they tell.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Claims to be a good listener but shows no listening technique in action.",
      anchors: [
        "Says “I always listen carefully” or “people say I'm a great listener” without an example.",
        "Describes hearing a complaint but not anything they did to check they had understood it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of using a listening technique to understand a customer.",
      anchors: [
        "Repeated the customer's request back in their own words before acting on it.",
        "Asked a clarifying question about an unclear detail rather than guessing.",
        "Can quote or closely describe what the customer said in the situation.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which careful listening uncovered what the customer really needed and led to the right outcome.",
      anchors: [
        "Paraphrasing or clarifying surfaced a detail that changed what they did (the real need differed from the first request).",
        "Reflected the customer's feeling back and the customer opened up with more information.",
        "States the outcome that came from getting the problem right the first time.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Combines several listening techniques in depth, with a measurable result and a wider use of what was heard.",
      anchors: [
        "Uses paraphrasing, reflection and clarifying questions together and says what each revealed.",
        "Reports a concrete result such as a recurring complaint resolved because a detail was caught.",
        "Passed what they heard from customers to the team or product owners so a wider problem got fixed.",
      ],
    },
  ],
  indicators: [
    {
      id: "active-listening-paraphrased",
      kind: "positive",
      description: "Restated the customer's account or request in their own words to confirm it.",
      facet: "paraphrasing",
      patterns: [
        "\\b(?:paraphras(?:e|ed)|restat(?:e|ed)|summari[sz](?:e|ed)|repeat(?:ed)? back|read back|play(?:ed)? back|sa(?:id|y) back)\\b[^.]{0,40}\\b(?:what (?:he|she|they|the customer) (?:had )?(?:said|told me|described|wanted|needed|asked for|meant)|(?:his|her|their|the customer'?s) (?:problem|issue|request|concern|complaint|words|order|story|account|question))\\b",
      ],
      examples: [
        "I paraphrased what she had told me to make sure I had the order right.",
        "I summarised his complaint back to him in two sentences before suggesting anything.",
      ],
      nonExamples: [
        "I didn't paraphrase what he said, and I booked the wrong date.",
        "I would restate the customer's problem in my own words.",
        "Paraphrasing is a useful listening technique.",
      ],
    },
    {
      id: "active-listening-reflected-feeling",
      kind: "positive",
      description: "Mirrored back the emotion behind the customer's words.",
      facet: "reflective-listening",
      patterns: [
        "\\b(?:told (?:him|her|them|the customer)|said) (?:that )?it sounded like (?:he|she|they|the customer) (?:was|were|had|felt)\\b",
        "\\breflect(?:ed)? (?:back )?(?:the |his |her |their |the customer'?s )?(?:feelings?|emotions?|frustration|disappointment|worry|worries|anger|upset)\\b",
      ],
      examples: [
        "I told her it sounded like she felt let down by the last two engineers.",
        "I reflected his disappointment back in my own words, and he started telling me what the trip had meant to him.",
      ],
      nonExamples: [
        "I never reflected the customer's feelings back, I just read the script.",
        "I would reflect the customer's frustration back to them.",
        "The trainer said it sounded like they were overwhelmed.",
      ],
    },
    {
      id: "active-listening-clarifying-questions",
      kind: "positive",
      description: "Asked clarifying questions instead of filling gaps with assumptions.",
      facet: "clarifying",
      patterns: [
        "\\bask(?:ed|ing)?\\b[^.]{0,30}\\b(?:clarifying|clarification|follow-up|open(?:-ended)?|probing) questions?\\b",
        "\\bask(?:ed)? (?:him|her|them|the customer) (?:to clarify|for clarification|what (?:he|she|they) meant by)\\b",
        "\\bask(?:ed)? (?:for clarification|what (?:he|she|they|the customer) meant by)\\b",
      ],
      examples: [
        "I asked her a couple of clarifying questions about when the charge first appeared.",
        "I asked him what he meant by the app being broken, and it turned out he could not log in.",
      ],
      nonExamples: [
        "I didn't ask any clarifying questions and sent the wrong part.",
        "I would ask open questions to get the full picture.",
        "The customer asked for clarification about the pro-rata charge.",
      ],
    },
    {
      id: "active-listening-full-attention",
      kind: "positive",
      description: "Put other work aside and kept track of what the customer was saying.",
      facet: "undivided-attention",
      patterns: [
        "\\b(?:closed|close|minimi[sz]ed|minimi[sz]e|muted|mute|put away|turned off|turn off)\\b[^.]{0,20}\\b(?:email|emails|inbox|other (?:tabs|windows|chats|tickets)|notifications)\\b",
        "\\bg(?:a|i)ve (?:him|her|them|the customer) my (?:full|undivided|complete) attention\\b",
        "\\b(?:t(?:ook|ake)|jott(?:ed)?|jot|wr(?:ote|ite)|ma(?:de|ke)) (?:down )?(?:some |a few |brief |quick )?notes?\\b[^.]{0,20}\\b(?:while|as) (?:he|she|they|the customer) (?:talked|spoke|explained|described|was (?:talking|speaking|explaining)|were (?:talking|speaking|explaining))\\b",
      ],
      examples: [
        "I closed my inbox and the other chat windows so I could focus on what she was describing.",
        "I jotted down notes while he explained the sequence of faults so I would not have to ask him twice.",
        "I gave her my full attention even though the queue was building up.",
      ],
      nonExamples: [
        "I didn't close my email while the customer was talking.",
        "I would give the customer my undivided attention.",
        "My supervisor took notes while she explained.",
      ],
    },
    {
      id: "active-listening-distracted",
      kind: "red-flag",
      description: "Was doing something else or drifted off while the customer spoke.",
      facet: "undivided-attention",
      patterns: [
        "\\b(?:was|kept) (?:typing|answering|checking|reading|replying to|working on|doing|scrolling)\\b[^.]{0,40}\\b(?:while|as) (?:he|she|they|the customer) (?:was|were) (?:talking|speaking|explaining|describing)\\b",
        "\\b(?:tun(?:e|ed)|zon(?:e|ed)|drift(?:ed)?) out\\b",
        "\\bhalf[- ]listen(?:ed|ing)\\b",
      ],
      examples: [
        "I was answering emails while she was explaining the fault, so I missed the model number.",
        "I zoned out halfway through his explanation and had to ask him to start again.",
      ],
      nonExamples: [
        "I never kept typing while the customer was talking.",
        "I might zone out if a call went on for too long.",
        "The agent next to me was typing while the customer was talking.",
      ],
    },
    {
      id: "active-listening-assumed-early",
      kind: "red-flag",
      description: "Decided what the problem was before the customer had finished explaining.",
      facet: "clarifying",
      patterns: [
        "\\b(?:assumed|decided|guessed|jump(?:ed)? to (?:a |the )?conclusions?|jump(?:ed)? in)\\b[^.]{0,50}\\bbefore (?:he|she|they|the customer) (?:had )?(?:finished|explained|got to the end|told me|was done|were done)\\b",
      ],
      examples: [
        "I assumed it was the usual password problem before she had finished explaining.",
        "I jumped in with a fix before he had finished, and it was for the wrong device.",
      ],
      nonExamples: [
        "I never assumed anything before the customer had finished.",
        "I would not jump to conclusions before they finished.",
        "My colleague decided it was a refund case before the customer had finished.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "attentiveness: truly listening to each customer and to feedback at large; good listeners resolve faster" },
    { ...ARTICLES.topSkills, note: "active listening techniques (paraphrasing, reflective listening, clarifying questions) and barriers such as distraction and prejudgment" },
  ],
};
