import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Positive attitude: keeping an upbeat, solution-minded outlook and showing it to customers. */
export const positiveAttitude: Competency = {
  id: "positive-attitude",
  name: "Positive attitude",
  definition:
    "A positive attitude is the habit of meeting customers, setbacks and difficult conversations with an upbeat, solution-minded outlook. In service work it shows in the words an agent chooses — telling a customer what can be done rather than only what cannot — and in the warmth of their manner when the queue is long or the last caller was rude. It also covers how the agent keeps their own spirits up through a shift, so that one bad interaction does not colour the next, and how that outlook lifts the people working beside them.",
  cluster: "self-management",
  facets: [
    {
      id: "positive-language",
      name: "Positive language",
      description: "Phrasing replies around what is possible and sounding willing to help, even when the answer is a partial no.",
    },
    {
      id: "solution-focus",
      name: "Solution focus",
      description: "Moving the conversation away from the complaint and towards options and next steps once the customer has been heard.",
    },
    {
      id: "self-motivation",
      name: "Self-motivation",
      description: "Keeping one's own energy up with personal goals, noticing small wins and remembering good feedback.",
    },
    {
      id: "bouncing-back",
      name: "Bouncing back",
      description: "Recovering quickly from a negative interaction so the next customer meets a fresh, friendly agent.",
    },
  ],
  aliases: ["positivity", "optimism", "positive outlook", "positive mindset", "upbeat attitude", "can-do attitude", "enthusiasm"],
  related: ["patience", "adaptability", "teamwork", "emotional-intelligence"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Shows a defeatist or sour outlook that would spill over onto customers and colleagues.",
      anchors: [
        "Told a customer nothing could be done, or that the situation was hopeless, without looking for options.",
        "Admits one rude caller soured their mood for the rest of the shift and they sounded flat or gloomy with everyone after.",
        "Speaks with resentment about the job, the queue or customers in general.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Describes themself as cheerful or optimistic but gives no moment where that outlook changed an interaction.",
      anchors: [
        "Says they are “always smiling” or “a glass-half-full person” with no story behind it.",
        "Mentions staying upbeat only as a personality trait, not as something they did with a customer.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a real example where they kept a hopeful, willing tone with a customer during a setback.",
      anchors: [
        "Recounts rephrasing a refusal into what they were able to offer instead.",
        "Describes keeping a cheerful manner through a long or frustrating contact.",
        "Shows they moved the customer on to next steps once the complaint had been aired.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which their upbeat, solution-minded approach visibly turned a negative contact around.",
      anchors: [
        "Explains the specific positive wording they chose and why it suited that customer.",
        "Recovered after a hostile contact and describes greeting the following customer with fresh energy.",
        "States how the customer's mood or the result changed because of the outlook they kept.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Sustains positivity deliberately across many interactions, with a measurable effect and a lift for the wider team.",
      anchors: [
        "Combines solution-focused language, quick recovery and self-set goals across a demanding period such as a peak season.",
        "Cites a concrete result, such as improved satisfaction scores or a complaint that ended in praise.",
        "Reflects on the routines they use to stay upbeat, or shares them so colleagues' morale improved too.",
      ],
    },
  ],
  indicators: [
    {
      id: "positive-attitude-what-i-can-do",
      kind: "positive",
      description: "Framed a refusal or limit around what they were able to do for the customer.",
      facet: "positive-language",
      patterns: [
        "\\b(?:tell|told|explain(?:ed)? to|show(?:ed)?|offer(?:ed)?) (?:him|her|them|the customer)\\b[^.]{0,30}\\bwhat I (?:could|was able to|did have the power to) do\\b",
        "\\b(?:focus(?:ed|sed)?|concentrat(?:e|ed)) on what (?:I|we) (?:could|were able to|was able to) (?:do|offer)\\b",
        "\\b(?:re)?(?:fram(?:e|ed)|phras(?:e|ed)|rephras(?:e|ed)|reword(?:ed)?)\\b[^.]{0,30}\\b(?:around|as|in terms of|into) (?:the |what |an? )?(?:options?|alternatives?|possib|positive|what (?:I|we) could)",
      ],
      examples: [
        "I told her what I could do instead, which was a replacement sent the same day.",
        "I focused on what I could offer him rather than reading out the policy.",
        "I rephrased the refusal around the options he still had.",
      ],
      nonExamples: [
        "I didn't tell him what I could do, I just read out the policy.",
        "I would tell the customer what I could do instead of saying no.",
        "Positivity is the most important thing in a service job.",
      ],
    },
    {
      id: "positive-attitude-upbeat-manner",
      kind: "positive",
      description: "Kept a warm, upbeat manner or used willing, affirmative phrases with the customer.",
      facet: "positive-language",
      patterns: [
        "\\bke(?:pt|ep) (?:my|the) (?:tone|voice|manner|energy|conversation|chat)\\b[^.]{0,15}\\b(?:upbeat|positive|light|cheerful|warm|bright|hopeful|constructive)\\b",
        "\\bgreet(?:ed)? (?:him|her|them|the customer|every customer|each customer|every caller|each caller|the next (?:customer|caller|guest))\\b[^.]{0,20}\\b(?:with a (?:smile|big smile|cheerful hello)|smiling|cheerfully|warmly|brightly|enthusiastically)\\b",
        "\\b(?:said|told (?:him|her|them|the customer))\\b[^.]{0,10}\\b(?:I'd be|I would be|I was) (?:happy|glad|delighted) to\\b",
      ],
      examples: [
        "I kept my tone upbeat even after the third transfer had gone wrong.",
        "I greeted the next customer with a smile although the previous one had shouted at me.",
        "I told him I would be happy to sort it out and started on the refund straight away.",
      ],
      nonExamples: [
        "I didn't keep my tone upbeat after he insulted me.",
        "I would greet every customer with a smile.",
        "My colleague kept the tone upbeat while I checked the account.",
      ],
    },
    {
      id: "positive-attitude-steer-to-solutions",
      kind: "positive",
      description: "Moved the conversation from the complaint to options and next steps.",
      facet: "solution-focus",
      patterns: [
        "\\b(?:steer(?:ed)?|mov(?:e|ed)|turn(?:ed)?|shift(?:ed)?|redirect(?:ed)?|guid(?:e|ed)|br(?:ing|ought))\\b (?:the conversation|the call|the chat|the discussion|things|us|it)\\b[^.]{0,20}\\b(?:towards?|to|on(?:to)?) (?:a |the )?(?:solution|fix|next steps?|options?|what (?:we|I) could)",
      ],
      examples: [
        "I steered the conversation toward a solution once she had finished venting.",
        "I shifted the discussion to the options we still had for the wedding date.",
        "I redirected the call to next steps after he had told me the whole story.",
      ],
      nonExamples: [
        "I didn't steer the conversation toward a solution quickly enough.",
        "I would redirect the call to the options we have.",
        "The supervisor moved the conversation to a solution.",
      ],
    },
    {
      id: "positive-attitude-bounce-back",
      kind: "positive",
      description: "Recovered from a negative interaction before the next customer.",
      facet: "bouncing-back",
      patterns: [
        "\\b(?:put|left|leave|putting) (?:it|that|(?:that|the)(?: (?:last|previous|bad|difficult|angry))? (?:call|customer|caller|interaction|conversation|chat)) behind me\\b",
        "\\breset(?:ting)? (?:myself|my mood|my head|my mindset|my energy)\\b",
        "\\b(?:started|start|took|take|answered|answer|approached|approach|picked up|pick up) the next (?:call|customer|caller|chat|ticket|guest)\\b[^.]{0,30}\\b(?:fresh|with a smile|smiling|upbeat|clean slate|new energy|same energy)",
      ],
      examples: [
        "I put that call behind me and greeted the next customer with a smile.",
        "I left the bad interaction behind me before picking up the next call.",
        "I reset my mindset during a two-minute break and took the next caller with fresh energy.",
      ],
      nonExamples: [
        "I didn't put the call behind me and I snapped at the next customer.",
        "I would put it behind me and move on.",
        "If I reset my mood between calls, the shift goes better.",
      ],
    },
    {
      id: "positive-attitude-self-motivation",
      kind: "positive",
      description: "Kept their own motivation up with goals or by noticing wins and good feedback.",
      facet: "self-motivation",
      patterns: [
        "\\bke(?:pt|ep) myself (?:motivated|going|upbeat|energi[sz]ed|positive)\\b",
        "\\bset myself (?:a |the |some )?(?:(?:personal|daily|small|weekly|little|simple) ){0,3}(?:goals?|targets?|challenges?)\\b",
        "\\b(?:remind(?:ed)? myself|wrote down|kept a (?:list|note|folder) of|celebrat(?:e|ed))\\b[^.]{0,30}\\b(?:wins?|thank-you (?:notes?|emails?|messages?|cards?)|compliments?|positive feedback|good (?:calls?|reviews?)|successes)\\b",
      ],
      examples: [
        "I set myself a small daily goal during the holiday rush so each shift felt like progress.",
        "I kept myself motivated by rereading the thank-you emails customers had sent.",
        "I reminded myself of the good calls from earlier in the week.",
      ],
      nonExamples: [
        "I didn't keep myself motivated during that period.",
        "I would set myself a daily goal.",
        "Staying positive is something I am known for.",
      ],
    },
    {
      id: "positive-attitude-defeatist-remarks",
      kind: "red-flag",
      description: "Told the customer the situation was hopeless, or aired their own gloom to them.",
      patterns: [
        "\\b(?:tell|told|said to) (?:him|her|them|the customer) (?:that )?(?:there was nothing (?:I|we) could do|nothing could be done|it was (?:hopeless|pointless|a lost cause)|(?:he|she|they) (?:was|were) out of luck)",
        "\\b(?:moan(?:ed)?|grumbl(?:e|ed)|whing(?:e|ed)|sigh(?:ed)?)\\b[^.]{0,20}\\b(?:to|at) (?:him|her|them|the customer)\\b[^.]{0,30}\\babout (?:how|my|the (?:job|shift|queue|rota|system))",
      ],
      examples: [
        "I told him there was nothing I could do and that the system was useless anyway.",
        "I moaned to the customer about how long my shift had been.",
      ],
      nonExamples: [
        "I never told the customer there was nothing I could do.",
        "If I told the customer it was hopeless, they would just leave.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topSkills,
      note: "positive attitude: its effect on customers and team morale, self-motivation, positive language, handling negative interactions",
    },
  ],
};
