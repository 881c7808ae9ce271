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
      description: "Was doing other work or drifted off while the customer spoke, and missed what they said.",
      facet: "undivided-attention",
      patterns: [
        "\\b(?:was|were|kept|keep|carried on|carry on|went on|been)(?: also| still| busy| half)? (?:answering (?:emails?|another|other|the other|a different|my)|replying to (?:emails?|another|other|a different|someone else|my)|checking (?:my |the )?(?:emails?|inbox|phone|messages|other|another|social|queue)|on (?:another|the other|a different|my) (?:chat|call|screen|phone|ticket|task)|doing (?:something else|other (?:work|things|stuff)|my (?:admin|emails|wrap-up))|working on (?:something else|another|other|the other|a different|my)|reading (?:emails?|another|the other|something else|my (?:emails?|messages|phone))|scrolling|finishing (?:off )?(?:the |my )?(?:notes|wrap-up|admin) (?:from|for|on) (?:the |my )?(?:last|previous|other)|looking at (?:my phone|another|the other|something else))\\b[^.]{0,50}\\b(?:while|as|when) (?:they|alex|the customer) (?:was |were |are |is )?(?:still )?(?:talk|speak|explain|talking|speaking|explaining|describing|telling me|going (?:through|over)|on the (?:phone|line)|talked|spoke|explained|described)\\b",
        "\\b(?:was|kept) typing\\b[^.]{0,40}\\b(?:while|as) (?:they|alex|the customer) (?:was|were) (?:talking|speaking|explaining|describing)\\b[^.]{0,40}\\b(?:missed|had to ask|didn'?t (?:catch|hear))\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:tun(?:e|ed)|zon(?:e|ed)|drift(?:ed)?|spac(?:e|ed)) out\\b|\\bswitch(?:ed)? off\\b(?! (?:the|my|all|notifications|alerts|emails?|phones?|it|them|everything|from|to|other|any|distractions)\\b)|\\bstopped listening\\b|\\bhalf[- ](?:listen(?:ed|ing)|heard|caught)\\b|\\blet my (?:mind|attention|thoughts) (?:wander|drift|slip)\\b)",
        "\\bmissed\\b[^.]{0,40}\\b(?:because|as|since|while) i (?:was|had been|'d been) (?:typing|answering|replying|checking|reading|looking|busy|distracted|thinking about|on (?:another|the other|a different)|doing|writing|finishing|half|multitasking|scrolling)\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:had|needed) to ask (?:them|alex|the (?:customer|caller|guest|client|person|patient|user)) to (?:repeat|say it again|go over|start again|go back)\\b[^.]{0,40}\\b(?:because|as|since) i (?:was|had been|'d been) (?:typing|answering|replying|checking|reading|looking|busy|distracted|thinking about|on (?:another|the other|a different)|doing|writing|finishing|multitasking|scrolling|not listening|n'?t listening)\\b)",
        "(?<!\\b(?:not|never|wouldn'?t|didn'?t|don'?t|can|could|tend to|easily) )\\b(?:got|was|were|became) (?:a bit |quite |completely |totally |really |so )?distracted\\b|\\b(?:was|were) multitasking\\b",
        "\\bskimm?(?:ed)? (?:through )?(?:their|alex'?s?|the customer'?s?|the) (?:email|message|chat|ticket|complaint|letter)\\b(?![^.]{0,30}\\b(?:then|before|properly)\\b)",
        "\\b(?:kept|had) (?:one eye|half an eye) on (?:my |the )?(?:emails?|inbox|phone|other (?:chats?|screen|tickets?|calls?)|queue|clock|screen)\\b",
      ],
      examples: [
        "I was answering emails while she was explaining the fault, so I missed the model number.",
        "I zoned out halfway through his explanation and had to ask him to start again.",
        "I was on another chat while he explained, and I missed that he had already tried a reset.",
        "I missed the delivery date because I was finishing notes from the previous call.",
        "I kept one eye on the queue while she talked me through the problem.",
        "I got distracted by a message from my team leader and lost the thread of her complaint.",
        "I skimmed his email and replied to the wrong question.",
      ],
      nonExamples: [
        "I never kept typing while the customer was talking.",
        "I might zone out if a call went on for too long.",
        "I'd try not to get distracted by the other chats while someone is explaining.",
        "The agent next to me was typing while the customer was talking.",
        "I was typing notes while she was explaining, so I had every detail.",
        "I switched off my notifications so I could focus on what he was saying.",
        "I closed my emails before she started explaining.",
      ],
    },
    {
      id: "active-listening-assumed-early",
      kind: "red-flag",
      description: "Decided what the problem was before the customer had finished explaining, and solved the wrong thing.",
      facet: "clarifying",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:\\b(?:assumed|assume|decided|guessed|presumed|figured|jump(?:ed)? to (?:a |the )?conclusions?|jump(?:ed)? in|cut in|started (?:on|with|typing|fixing|explaining|answering|the (?:fix|reset|refund|return))|launched into|offered|suggested|gave (?:them |alex )?(?:the |a |my )?(?:answer|fix|solution)|sent|reset|booked|processed|went ahead)\\b[^.]{0,50}\\bbefore (?:they|alex|the customer) (?:had |'d )?(?:even |properly |fully )?(?:finished|explained|got to the end|told me|was done|were done|got (?:it|the words) out|could finish)\\b)",
        "\\bjump(?:ed)? to (?:a |the )?(?:wrong )?conclusions?\\b|\\bjumped (?:straight |right )?in with (?:a|the|my) (?:fix|solution|answer|suggestion|reset)\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:solved|solve|fixed|fix|answered|answer|sorted|sort)(?: out)? (?:completely |totally |entirely )?the wrong (?:thing|problem|issue|question|fault)\\b|\\bended up (?:fixing|solving|answering|sorting(?: out)?|sending|booking|ordering|processing|refunding|resetting|quoting|giving (?:them|alex)) (?:them |alex )?(?:completely |totally )?the wrong\\b)",
        "\\b(?:sent|send|booked|book|ordered|order|processed|refunded|reset|quoted|gave)(?: them| alex)? the wrong (?:item|part|order|account|date|product|device|one|size|model|service|plan|thing)\\b[^.]{0,30}\\bbecause i (?:had |'d )?(?:assumed|misheard|guessed|thought (?:they|alex) (?:meant|said|wanted)|(?:wasn'?t|was not|hadn'?t been|had not been) (?:really )?listening|(?:didn'?t|did not|hadn'?t|had not) (?:really )?listen)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:assumed|assume|presumed|guessed|figured|decided)(?: straight away| right away| immediately)? (?:that )?(?:it was|it's|it is|it'd be|it would be|they (?:wanted|meant|needed)|alex (?:wanted|meant|needed)|the (?:problem|issue|fault) was)\\b[^.]{0,50}\\b(?:and (?:just )?(?:sent|send|gave|give|told|tell|reset|refunded|refund|booked|book|started|start|went|go|processed|process|jumped|jump|launched|launch|ordered|order|ran|run|read)|without (?:asking|checking|letting|listening|hearing|confirming))\\b)",
        "(?<=\\balready )(?:decided|assumed|made up my mind|worked out|figured(?: out)?|guessed) (?:what (?:the (?:problem|issue|fault) was|was wrong|it was\\b(?! going)|they (?:wanted|needed|meant)|alex (?:wanted|needed|meant))|that it was|it was|the (?:problem|issue|answer|fix) was)\\b",
        "(?<=\\b(?:as soon as|the moment|the second) (?:they|alex|the customer) (?:said|mentioned|used the word)\\b[^.]{0,40})\\b(?:assumed|decided (?:it was|that it was|what)|jumped (?:in|to)|went straight to (?:the|a) (?:usual|standard|script|reset|returns|refund)|launched into)\\b",
      ],
      examples: [
        "I assumed it was the usual password problem before she had finished explaining.",
        "I jumped in with a fix before he had finished, and it was for the wrong device.",
        "I jumped to conclusions and reset her router when the fault was on the line.",
        "I ended up fixing the wrong problem because I had stopped listening after the first minute.",
        "I assumed it was a billing error and refunded the charge without asking what had happened.",
        "I booked the wrong date because I had assumed she meant this Friday.",
        "As soon as he said the word refund, I went straight to the returns form.",
      ],
      nonExamples: [
        "I never assumed anything before the customer had finished.",
        "I would not jump to conclusions before they finished.",
        "I'd try not to decide what the problem is before the customer has finished.",
        "My colleague decided it was a refund case before the customer had finished.",
        "I waited until she had finished before I suggested anything.",
        "At first I assumed it was the router, but I asked a few questions and it was the cable.",
        "I found that the warehouse had sent the wrong size, so I arranged a swap the same day.",
        "Instead of jumping to conclusions, I asked her to tell me what she had tried.",
      ],
    },
    {
      id: "active-listening-lost-track",
      kind: "red-flag",
      description: "Lost track of, or cannot recall, what the customer actually asked for.",
      facet: "undivided-attention",
      patterns: [
        "(?<!\\bused to (?:just )?)(?:(?<!\\b(?:wouldn'?t|would not|didn'?t|did not|don'?t|do not|won'?t|will not|never|not|to|so i|or i'd|or i would|in case i|i'd|i would|might|could|may) )\\bforget (?:now )?(?:which (?:one )?(?:they|alex) (?:wanted|asked for|needed|ordered|meant|chose)|what (?:it was )?(?:they|alex|the customer) (?:actually |originally |first |exactly |even )?(?:wanted|asked|said|needed|ordered|called|rang|came)|what (?:exactly )?the (?:request|problem|issue|question|complaint) was)\\b)",
        "(?<!\\b(?:never|not|hadn'?t|had not|haven'?t|have not|n't|in case i|so i|or i|if i|in case i had|if i had|if i'd) )\\bforg(?:ot|otten) what (?:it was )?(?:they|alex|the customer)(?: had|'d)? (?:actually |originally |first |even |initially )?(?:asked|wanted|needed|said|called|rang|came|ordered|requested|told me)\\b",
        "(?<!\\bused to (?:just )?)(?:\\b(?:sorted|sort|fixed|fix|helped (?:them |alex )?with|dealt with|did|processed|handled|changed|booked|ordered)(?: out)? whatever (?:it was )?(?:they|alex|the customer) (?:wanted|asked for|needed|was after|were after|called about|rang about|came in for|was asking|were asking|had asked)\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:lost|lose) track of (?:what (?:they|alex|the customer)|(?:their|alex'?s?|the customer'?s?|the) (?:story|question|request|explanation|point|details|conversation))\\b|\\blost the thread\\b)",
        "(?<!\\bused to (?:just )?)(?:\\b(?:mixed|mix) (?:them|it|alex) up with (?:another|the (?:last|previous|other|next)) (?:customer|caller|call|chat|person|one|order|guest)\\b|\\b(?:mixed|mix) up (?:their|alex'?s?|the customer'?s?|the two) (?:requests?|orders?|questions?|details|problems|issues|accounts?)\\b)",
      ],
      examples: [
        "She wanted to change something about the delivery, but I forgot what she actually wanted by the time I opened her order.",
        "I forgot what he had asked for and had to ring him back to check.",
        "I sorted out whatever it was she wanted and moved on.",
        "I lost track of what she was asking halfway through the call.",
        "I mixed him up with the previous caller and quoted the wrong account.",
      ],
      nonExamples: [
        "I never forgot what a customer had asked for.",
        "I would never lose track of what they asked for.",
        "I'd try not to mix one caller up with another, so I write each request down.",
        "My colleague forgot what she had asked for, so I called her back.",
        "I wrote it down so I wouldn't forget what she asked for.",
        "I repeated back what she had asked for, word for word, before I did anything.",
        "He had forgotten what he ordered, so I read the order back to him.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "attentiveness: truly listening to each customer and to feedback at large; good listeners resolve faster" },
    { ...ARTICLES.topSkills, note: "active listening techniques (paraphrasing, reflective listening, clarifying questions) and barriers such as distraction and prejudgment" },
  ],
};
