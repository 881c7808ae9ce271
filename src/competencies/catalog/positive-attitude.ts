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
      description: "Told the customer nothing could be done or the situation was hopeless without looking for options, or aired their own gloom to them.",
      facet: "solution-focus",
      patterns: [
        "\\b(?:tell|told|telling|said to|say to|explained to|informed) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|patient)|a customer|customers)\\b[^.]{0,10}\\b(?:that )?(?:there(?: was| is|'s) nothing (?:(?:more|else) )?(?:i|we|anyone) (?:could|can)(?: do)?|nothing (?:more )?(?:could|can) be done|it(?: was| is|'s) (?:hopeless|pointless|a lost cause|no use|never going to (?:happen|work|get (?:fixed|sorted|resolved)))|(?:they|it)(?: was| were| are|'re) (?:just )?(?:out of luck|stuck with it|on their own)|there(?: was| is|'s) no (?:chance|point|hope)|(?:they|it) (?:had|has|'d|stood) no chance|(?:they(?:'d| would)? (?:just )?(?:have|had|need|needed) to|to just|to) (?:live with it|accept it|put up with it|lump it|deal with it|make do|wait like everyone else)|tough luck|bad luck|(?:that|it)(?: was| is|'s) (?:just )?(?:life|how it (?:is|was|goes)))(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:said|say|saying|explained|explain|replied|reply|answered)\\b (?:that )?(?:sorry,? )?(?:there(?: was| is|'s) nothing (?:(?:more|else) )?(?:i|we|anyone) (?:could|can) do|nothing (?:more )?(?:could|can) be done|it(?: was| is|'s) (?:hopeless|pointless|a lost cause|no use))\\b(?![^.]{0,60}\\b(?:but|so|and|then|instead) (?:i|we)\\b(?! (?:just |then |simply |still )?(?:ended|closed|hung|left|moved|went back|told|said|gave|sent|passed|had to|didn|couldn|wasn|did not|could not|was not)))",
        "\\b(?:moan(?:ed|ing)?|grumbl(?:e|ed|ing)|whing(?:e|ed|ing)|sigh(?:ed|ing)?|complain(?:ed|ing)?|vent(?:ed|ing)?|rant(?:ed|ing)?)\\b[^.]{0,20}\\b(?:to|at) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|patient)|customers)\\b[^.]{0,30}\\babout (?:how|my|the (?:job|shift|queue|rota|system|company|management|pay|hours|workload|place|targets|boss))",
        "\\b(?:told|tell|telling|said to|say to) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user|patient))\\b[^.]{0,20}\\b(?:the (?:system|company|place|computer|process|software)(?: was| is|'s) (?:useless|rubbish|a joke|hopeless|terrible|a nightmare|broken)|(?:i|we) (?:hated|hate) (?:this|the|my) (?:job|place|system|company)|(?:this|the) (?:job|place|company)(?: was| is|'s) (?:a joke|hopeless|rubbish|terrible|a nightmare))",
      ],
      examples: [
        "I told him there was nothing I could do and that the system was useless anyway.",
        "I moaned to the customer about how long my shift had been.",
        "I told her she would just have to live with it.",
        "I said sorry, nothing could be done, and moved on to the next caller.",
        "I told him it was a lost cause because the parcel was probably gone.",
        "I told the guest the company was a joke these days.",
      ],
      nonExamples: [
        "I never told the customer there was nothing I could do.",
        "If I told the customer it was hopeless, they would just leave.",
        "I'd try not to tell a customer they just have to live with it.",
        "My colleague told her nothing could be done, so I took over and found her a seat on the next flight.",
        "I told him there was nothing I could do about the snow, but I rebooked his delivery for Monday morning.",
        "I told her what I could do instead, and she left happy.",
      ],
    },
    {
      id: "positive-attitude-carried-mood",
      kind: "red-flag",
      description: "Let one bad contact sour their mood, so they sounded flat or short with the customers and colleagues who came after.",
      facet: "bouncing-back",
      patterns: [
        "\\b(?:let|letting) (?:it|that|them|(?:mx )?alex|(?:that|the) (?:[a-z]+ )?(?:call|customer|caller|complaint|chat|comment|incident|conversation|guest|argument|one|exchange|interaction))\\b (?:really |completely |totally )?(?:ruin|spoil|sour|wreck|colou?r|put me in (?:a|such a) (?:bad|foul|grumpy|sour|terrible|awful|black) mood)\\b(?![^.]{0,50}\\b(?:but|until|for a (?:minute|moment|second|bit)|briefly|at first)\\b)",
        "\\b(?:let|letting) (?:it|that|them|(?:mx )?alex|(?:that|the) (?:[a-z]+ )?(?:call|customer|caller|complaint|chat|comment|incident|conversation|guest|argument|one|exchange|interaction))\\b (?:really )?(?:get to me|get under my skin|affect me|drag me down|bring me down|get me down|eat at me|hang over me|stay with me|follow me)\\b[^.]{0,30}\\b(?:for the rest of (?:the|that|my) (?:day|shift|afternoon|morning|evening|week)|all (?:day|shift|afternoon|morning|evening|week)|the whole (?:day|shift|afternoon|morning|evening)|(?:with|on) (?:the next|every|everyone|all the|other|the other) ?(?:calls?|customers?|callers?|guests?)?)",
        "\\b(?:was|stayed|remained|felt|sounded|came across|went|got|ended up)\\b (?:a bit |quite |really |pretty |so |very |completely |totally |just )?(?:in a (?:bad|foul|terrible|awful|grumpy|sour|black|dark|rotten|filthy|horrible|stinking) mood|grumpy|gloomy|flat|miserable|irritable|snappy|deflated|moody|sulky|sour|short-tempered|cold|curt|short|offhand|abrupt|glum|mopey|negative|wound up|on edge|in a mood)\\b[^.]{0,15}\\b(?:for |during )?(?:the rest of (?:the|that|my) (?:day|shift|afternoon|morning|evening|week|night)|all (?:day|shift|afternoon|morning|evening|week|night)|the whole (?:day|shift|afternoon|morning|evening|week|night)|with (?:everyone|anyone|every (?:customer|caller|guest)|the next (?:few |couple of )?(?:customers?|callers?|calls?|guests?|people)|my colleagues|colleagues|the rest of the team|the team))\\b(?![^.]{0,60}\\bbut\\b)",
        "\\b(?:took|take|taking) it out on (?:the next|other|my|everyone|the other|the rest|colleagues|customers|the team|whoever|the following|anyone|people|the poor)\\b",
        "\\b(?:carried|carry|carrying|dragged|drag|dragging) (?:it|that|my (?:bad |foul |sour |grumpy )?(?:mood|frustration|anger|stress|annoyance|irritation)|the (?:bad |foul |sour )?(?:mood|frustration|anger|stress|annoyance|irritation|negativity)|that (?:mood|frustration|anger|feeling|call|negativity)) (?:with me )?(?:into|through|over to|onto|on to) (?:the next|the rest of|every|my next|all my|the following|other|each)\\b",
        "\\b(?:took|take|taking|brought|bring|bringing) (?:my|that|the) (?:bad |foul |sour |grumpy )?(?:mood|frustrations?|anger|stress|annoyance|irritation|negativity) (?:with me )?(?:into|through|onto|on to) (?:the next|the rest of|every|my next|all my|the following|other|each)\\b",
        "(?<=\\b(?:i|we)(?:'d| had| have|'ve| would| will|'ll)?(?: (?:just|then|also|basically|kind of|sort of|honestly|simply|completely|totally|actually|probably|sometimes|often|usually|always|quietly|sat and))? )(?:sulked|sulk|sulking|stewed|stew|stewing|brooded|brood|brooding|dwelt|dwelled|dwell|dwelling|fumed|fume|fuming|seethed|seethe|seething)\\b[^.]{0,25}\\b(?:for the rest of (?:the|that|my) (?:day|shift|afternoon|morning|evening)|all (?:day|shift|afternoon|morning|evening|night)|the whole (?:day|shift|afternoon|morning|evening)|for hours|between calls|through (?:the|my) next)",
      ],
      examples: [
        "I let that one caller ruin my whole afternoon.",
        "I was snappy with everyone for the rest of the shift after he swore at me.",
        "I took it out on the next customer, who had done nothing wrong.",
        "I carried that mood into the next few calls and sounded flat on every one.",
        "I stewed on it for the rest of the day.",
        "I let the comment get to me for the rest of the shift.",
        "After that shouting customer I brought my bad mood into every call for the rest of the morning.",
        "I took my frustrations into the next call.",
      ],
      nonExamples: [
        "I never let one rude caller ruin my shift.",
        "I'd try not to take it out on the next customer.",
        "My colleague was short with everyone for the rest of the shift, so I offered to take her next few calls.",
        "I put that call behind me and greeted the next customer with a smile.",
        "I felt flat for the rest of the shift, but I made sure each caller got a fresh, friendly greeting.",
        "I never took my frustrations into the next call.",
      ],
    },
    {
      id: "positive-attitude-resentful",
      kind: "red-flag",
      description: "Spoke with resentment about the job, the queue or customers in general.",
      facet: "self-motivation",
      patterns: [
        "\\b(?:hated|hate|hating|loathed|loathe|loathing|detested|detest|resented|resent|resenting|despised|despise)\\b (?:every (?:single )?(?:minute|shift|day|second|call|customer)|(?:the|that|this|my) (?:job|queue|queues|phones|shift|shifts|calls|customers|work|place|role|rota|public|till|counter)\\b|(?:dealing with|talking to|serving|answering|taking|handling|being on) (?:the )?(?:customers|people|the public|calls|complaints|the phones|the queue|the tills|moaners|complainers|callers)|(?:going|coming) (?:in|into work|to work)|customers|people|the public|callers|complainers|retail|call centres?|working there|working (?:in|on) (?:the|a) [a-z]+)\\b(?![^.]{0,60}\\b(?:but|until|at first|then i|so i|once i|which is why|now i)\\b)",
        "(?<=\\b(?:was|were|am|'m|got|getting|grew|felt|feel|became|become) (?:so |really |just |completely |totally |pretty |absolutely |utterly )?)(?:sick (?:and tired )?of|fed up (?:of|with)|done with|tired of|bored (?:of|with)) (?:the |all the |dealing with |hearing |serving |talking to |answering )?(?:customers|people|the public|callers|complaints|complainers|moaning|moaners|whining|whingers|the job|this job|that job|my job|the queue|queues|the phones|the same (?:questions|complaints|people)|retail|it all|the whole thing|the work|the place|working there|coming in|being shouted at)\\b(?![^.]{0,60}\\b(?:so i|so we|which is why|that i (?:suggested|proposed|set up|built|wrote|started)|but)\\b)",
        "\\b(?:counted|count|counting) (?:down )?(?:the )?(?:minutes|hours|seconds|days)\\b[^.]{0,10}\\b(?:until|till|to) (?:the end of|my break|home time|clocking off|the shift|i could|lunch|the weekend|i was)\\b",
        "\\b(?:did|do|doing|was|am|'m|were|worked|work|working|stayed|stay|staying)\\b (?:just |only |purely )?(?:it |the job |this job |that job |there |in (?:the|that|this) job )?(?:just |only |purely )?(?:for|because of) the (?:money|pay|paycheck|pay ?cheque|wages|salary)\\b",
        "\\b(?:resented|resent|resenting|begrudged|begrudge|begrudging|complained about|moaned about|whinged about|grumbled about) (?:having to |being made to )?(?:take|taking|cover|covering|do|doing|work|working|deal with|dealing with|answer|answering|stay|staying|serve|serving)\\b[^.]{0,30}\\b(?:calls?|customers|shifts?|overtime|queue|phones|complaints|weekends?|late|extra|the tills|the desk)\\b(?![^.]{0,60}\\bbut\\b)",
      ],
      examples: [
        "Honestly, I hated dealing with the public by the end of that job.",
        "I was sick of customers moaning about the same things every day.",
        "I counted down the minutes until the end of every shift.",
        "I was only there for the money, so I did what I had to.",
        "I resented having to cover the phones on top of my own work.",
      ],
      nonExamples: [
        "I never resented covering the phones.",
        "I'd try not to let myself get fed up with customers.",
        "My colleague was sick of the queue, so I took over the till for an hour.",
        "I was tired of seeing customers wait so long, so I suggested a second queue for returns.",
        "I hated the new shift pattern at first, but now I love the quieter mornings.",
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
