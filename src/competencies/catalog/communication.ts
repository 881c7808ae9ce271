import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Communication: getting information across clearly in speech, body language and writing. */
export const communication: Competency = {
  id: "communication",
  name: "Communication",
  definition:
    "Communication is getting information across to a customer so that they understand it and feel respected, whether face to face, on the phone or in writing. A good communicator chooses plain words over jargon, sets a tone and pace the customer can follow, uses posture, eye contact and expression that signal attention, and writes replies that are well organised, accurate and polite. They check that the message has landed rather than assuming it has, which prevents the misunderstandings that turn small issues into repeat contacts.",
  cluster: "communication",
  facets: [
    {
      id: "verbal",
      name: "Verbal communication",
      description: "Choosing clear, jargon-free words and speaking with a tone and pace that suit the customer.",
    },
    {
      id: "non-verbal",
      name: "Non-verbal communication",
      description: "Using body language, facial expression and eye contact that show openness and attention.",
    },
    {
      id: "written",
      name: "Written communication",
      description: "Writing emails and chat replies that are well structured, accurate, concise and courteous.",
    },
  ],
  aliases: [
    "communication skills",
    "communicative",
    "clear communication",
    "verbal communication",
    "non-verbal communication",
    "written communication",
    "articulation",
  ],
  related: ["active-listening", "empathy", "professionalism", "product-knowledge"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Leaves customers confused or put off by how the message was delivered.",
      anchors: [
        "Buried a customer in technical terms or policy codes and left them more confused than before.",
        "Sent curt, one-line replies or closed body language that came across as dismissive.",
        "Blames the customer for misunderstanding an explanation that was never made clear.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they communicate well but gives no instance of explaining, speaking or writing to a customer.",
      anchors: [
        "Calls themself “a strong communicator” or “good with words” without any example.",
        "Mentions sending emails or handling calls but not how they made the message clear.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of making an explanation clear to a customer in one channel.",
      anchors: [
        "Replaced a technical term with an everyday one or a simple comparison when a customer was lost.",
        "Describes a written reply they organised into short steps or a clear summary.",
        "Mentions adjusting their speaking pace or volume for a customer who struggled to follow.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which a deliberate choice of words, manner or format got the message across and solved the issue.",
      anchors: [
        "Explains why they chose a particular wording, format or channel for this customer.",
        "Checked that the customer had understood before ending the conversation.",
        "States the outcome that showed the message landed (the customer completed the task, no follow-up query).",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Skilled across verbal, non-verbal and written communication, with a measurable effect and improvements others reuse.",
      anchors: [
        "Shows command of more than one channel, e.g. a calm call followed by a clear written recap.",
        "Reports a measurable result such as fewer repeat contacts after rewriting a confusing explanation.",
        "Rewrote a template, FAQ or script so that colleagues' messages became clearer too.",
      ],
    },
  ],
  indicators: [
    {
      id: "communication-plain-language",
      kind: "positive",
      description: "Explained something in plain, everyday language instead of jargon.",
      facet: "verbal",
      patterns: [
        "\\b(?:explain(?:ed)?|put|translat(?:e|ed)|describ(?:e|ed)|rephras(?:e|ed)|reword(?:ed)?)\\b[^.]{0,40}\\bin (?:plain|simple|everyday|simpler|non-technical) (?:english|language|terms|words)\\b",
        "\\b(?:avoid(?:ed)?|cut out|dropp(?:ed)?|drop|left out|leave out|replac(?:e|ed)|swapp(?:ed)?|swap)\\b[^.]{0,20}\\b(?:jargon|technical terms|acronyms|technical language)\\b",
        "\\b(?:used|use|gave|give|came up with|come up with)\\b (?:(?:him|her|them|the customer) )?(?:an? )?(?:everyday |simple |familiar )?(?:analogy|comparison|metaphor)\\b",
      ],
      examples: [
        "I explained the data allowance in plain terms, comparing it to a monthly bus pass.",
        "I avoided the technical jargon and described the fault as a loose plug in the wall.",
        "I gave her a simple analogy about a water pipe to explain why the broadband slowed down in the evening.",
      ],
      nonExamples: [
        "I didn't explain it in plain terms, so he called back confused.",
        "I would avoid jargon with older customers.",
        "Clear communication is essential in every job.",
      ],
    },
    {
      id: "communication-tone-and-pace",
      kind: "positive",
      description: "Adjusted speaking pace, clarity or volume so the customer could follow.",
      facet: "verbal",
      patterns: [
        "\\bsp(?:oke|eak) (?:more )?(?:slowly|clearly|calmly|distinctly|at a (?:steady|moderate|slower|calm|gentle) pace)\\b",
        "\\bsl(?:owed|ow) (?:down )?my (?:speech|pace|speaking|delivery|explanation)\\b",
        "\\bpaus(?:e|ed) after (?:each|every) (?:step|point|sentence|instruction)\\b",
      ],
      examples: [
        "I spoke more slowly and clearly because the line was bad and English was his second language.",
        "I slowed my pace and paused after each step so she could follow on her laptop.",
      ],
      nonExamples: [
        "I never spoke slowly enough for him to follow, and he hung up.",
        "I would pause after each step to let the customer catch up.",
        "The engineer spoke slowly and clearly to the customer.",
      ],
    },
    {
      id: "communication-body-language",
      kind: "positive",
      description: "Used open body language, eye contact or position to show the customer attention.",
      facet: "non-verbal",
      patterns: [
        "\\b(?:made|kept|maintained|make|keep|maintain) (?:steady |good |regular |friendly |gentle )?eye contact\\b",
        "\\b(?:kept|keep|used|use|adopted|adopt) (?:an )?open (?:posture|body language|stance)\\b",
        "\\b(?:leaned|lean) (?:in|forward|slightly forward)\\b",
        "\\bc(?:a|o)me (?:out )?(?:from )?(?:behind|round|around) the (?:counter|desk|till|reception desk)\\b",
      ],
      examples: [
        "I came out from behind the counter, kept steady eye contact and nodded while she explained.",
        "I kept an open posture and leaned forward so he could see I was taking it seriously.",
      ],
      nonExamples: [
        "I didn't make eye contact because I was busy looking at the screen.",
        "I would keep an open posture with an angry guest.",
        "Body language matters as much as words.",
      ],
    },
    {
      id: "communication-structured-writing",
      kind: "positive",
      description: "Wrote an organised, easy-to-follow reply or checked it for accuracy before sending.",
      facet: "written",
      patterns: [
        "\\b(?:wr(?:ote|ite)|draft(?:ed)?|sen[dt]|rewr(?:ote|ite)|structur(?:e|ed)|laid out|lay out|set out)\\b[^.]{0,40}\\b(?:email|reply|message|response|letter|summary|recap)\\b[^.]{0,50}\\b(?:bullet points?|numbered (?:steps|list)|short paragraphs|(?:a )?clear subject line|headings|step[- ]by[- ]step|(?:a )?summary at the top)\\b",
        "\\b(?:proofread|proof-read|re-?read|double-check(?:ed)?|check(?:ed)?)\\b (?:the |my )?(?:email|reply|message|response|letter)\\b[^.]{0,40}\\bbefore (?:sending|I sent|hitting send|it went out)\\b",
      ],
      examples: [
        "I wrote her a reply with the three steps as a numbered list and a clear subject line.",
        "I proofread my email before sending it to make sure the dates and the refund amount were right.",
      ],
      nonExamples: [
        "I didn't check the email before sending it, and the refund amount was wrong.",
        "I would write the customer an email with numbered steps.",
        "Emails should have a clear subject line.",
      ],
    },
    {
      id: "communication-checked-understanding",
      kind: "positive",
      description: "Checked that the customer had understood the explanation before finishing.",
      facet: "verbal",
      patterns: [
        "\\b(?:ask(?:ed)?|check(?:ed)?|ma(?:de|ke) sure|confirm(?:ed)?)\\b[^.]{0,20}\\b(?:whether |that |if )?(?:he|she|they|the customer) (?:had )?(?:understood|followed|was clear|were clear|had any (?:more |other |further )?questions)\\b",
        "\\bask(?:ed)? (?:him|her|them|the customer) to (?:repeat|read|say|explain) (?:it |the steps |the instructions )?back\\b",
      ],
      examples: [
        "I checked that she had understood each step before I let her go.",
        "I asked him to read the steps back to me so I knew he had them right.",
      ],
      nonExamples: [
        "I never checked whether the customer understood, I just hung up.",
        "I would make sure they understood before closing the call.",
        "My trainer asked them to read the steps back.",
      ],
    },
    {
      id: "communication-overloaded-customer",
      kind: "red-flag",
      description: "Overwhelmed or confused the customer with jargon, codes or detail.",
      facet: "verbal",
      patterns: [
        "\\b(?:rattled|reeled|rattle|reel) off\\b[^.]{0,30}\\b(?:jargon|technical|acronyms|codes|terms|policy|clauses)\\b",
        "\\b(?:bombard(?:ed)?|overload(?:ed)?|confus(?:e|ed)|blind(?:ed)?|swamp(?:ed)?)\\b (?:him|her|them|the customer) with\\b[^.]{0,20}\\b(?:jargon|technical|acronyms|details|terms|codes|information)\\b",
      ],
      examples: [
        "I rattled off the technical terms and he just went quiet on the line.",
        "I bombarded her with error codes and she ended up more confused than when she called.",
      ],
      nonExamples: [
        "I didn't bombard the customer with technical details this time.",
        "I might confuse them with jargon if I were not careful.",
        "The installer rattled off the technical terms to the customer.",
      ],
    },
    {
      id: "communication-curt-reply",
      kind: "red-flag",
      description: "Sent a curt or abrupt reply that came across as dismissive.",
      facet: "written",
      patterns: [
        "\\b(?:sent|send|fired off|fire off|gave|give|typed|type|wrote|write)\\b (?:(?:him|her|them|the customer) )?(?:a |an )?(?:one-word|one-line|curt|blunt|abrupt|snippy|terse|two-word) (?:reply|answer|response|email|message)\\b",
      ],
      examples: [
        "I fired off a one-line reply and closed the chat.",
        "I sent him a curt email telling him to check the terms and conditions.",
      ],
      nonExamples: [
        "I never sent a curt reply, however rude the message was.",
        "I would not send a one-line answer to a complaint.",
        "My colleague sent her a blunt email.",
      ],
    },
  ],
  sources: [
    { ...ARTICLES.topEight, note: "communication as the heart of great service; thinking, listening, speaking and non-verbal areas" },
    { ...ARTICLES.topSkills, note: "verbal (clarity, tone, pace), non-verbal (body language, eye contact) and written (email etiquette) communication" },
  ],
};
