import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Responsiveness: answering customers quickly and never leaving them waiting in silence. */
export const responsiveness: Competency = {
  id: "responsiveness",
  name: "Responsiveness",
  definition:
    "Responsiveness is answering customers quickly and keeping them informed, so nobody is left waiting in silence for help that matters to them. In service work it means a fast first reply or call-back, even if that reply only confirms the request has been picked up, followed by regular updates while the case is open and a prompt turnaround on urgent issues. A responsive agent treats waiting time as part of the customer's experience, works to shorten it, and never lets a message, ticket or voicemail sit unanswered.",
  cluster: "resolution",
  facets: [
    {
      id: "prompt-acknowledgement",
      name: "Prompt acknowledgement",
      description: "Replying or calling back fast, and confirming receipt straight away when the full answer will take longer.",
    },
    {
      id: "progress-updates",
      name: "Progress updates",
      description: "Telling the customer where their case stands at regular intervals so they never have to chase.",
    },
    {
      id: "quick-turnaround",
      name: "Quick turnaround",
      description: "Shortening the time from request to resolution, for one customer and for the queue as a whole.",
    },
  ],
  aliases: ["promptness", "speed of response", "response time", "timely response", "quick response"],
  related: ["time-management", "proactiveness", "communication", "competence"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Leaves customers waiting without a reply or update, and treats the delay as acceptable.",
      anchors: [
        "Left an email, ticket or voicemail unanswered for days while the customer chased.",
        "Kept a caller on hold for a long time without checking back in.",
        "Put off a call-back they had promised because it was awkward or low priority to them.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they respond quickly but gives no instance with a timescale or a customer waiting on them.",
      anchors: [
        "Claims to “always reply fast” or “hate keeping people waiting” without a specific case.",
        "Mentions response-time targets only as something the team was measured on.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific example of replying or calling back a customer promptly.",
      anchors: [
        "States how soon they got back to the customer, for example within the hour or the same afternoon.",
        "Sent a holding reply to confirm the request had been picked up while they worked on it.",
        "Picked up a waiting chat or call straight away rather than leaving it in the queue.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which quick replies and regular updates kept a customer informed until the issue was settled.",
      anchors: [
        "Updated the customer at set intervals, such as every morning, until the replacement arrived.",
        "Explains how they handled an urgent request fast, what they did first and how long it took.",
        "States the concrete outcome: the customer never had to chase and the case closed on time.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Cuts waiting time at scale, with a measured improvement and changes that keep it low.",
      anchors: [
        "Reduced a team's average first reply or call-back time and gives the before and after figures.",
        "Introduced a practice that keeps responses fast, such as morning inbox triage or acknowledgement templates.",
        "Reflects on which delays matter most to customers and checks that speed did not cost accuracy.",
      ],
    },
  ],
  indicators: [
    {
      id: "responsiveness-fast-reply",
      kind: "positive",
      description: "Replied to or called back the customer within a short, stated time.",
      facet: "prompt-acknowledgement",
      patterns: [
        "\\b(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|g(?:et|ot) back to (?:him|her|them|the customer|the caller)|call(?:ed)? (?:him|her|them|the customer|the caller) back|r(?:a|i)ng (?:him|her|them|the customer|the caller) back)\\b[^.]{0,30}\\b(?:within (?:an?|one|two|three|five|ten|fifteen|twenty|thirty|\\d+|a few|minutes|the (?:hour|same day|morning|afternoon))|the same (?:day|morning|afternoon|evening|hour)|straight away|right away|immediately|in under (?:an?|\\d+|two|three|five|ten|fifteen|twenty|thirty))",
      ],
      examples: [
        "I replied to her email within ten minutes even though it arrived just before closing.",
        "I called him back the same afternoon with the tracking details.",
        "I answered the chat straight away instead of leaving it in the queue.",
      ],
      nonExamples: [
        "I didn't reply within the hour because the inbox was flooded.",
        "I would call the customer back the same day.",
        "Responding within the hour is important.",
      ],
    },
    {
      id: "responsiveness-acknowledged-receipt",
      kind: "positive",
      description: "Confirmed quickly that the request had been received and was being handled.",
      facet: "prompt-acknowledgement",
      patterns: [
        "\\bsen(?:d|t)\\b[^.]{0,20}\\b(?:holding (?:reply|message|email|response)|acknowledge?ments?|quick (?:acknowledge?ment|reply|note|message|response|email))\\b",
        "\\blet (?:him|her|them|the customer|the caller) know\\b[^.]{0,20}\\b(?:I (?:had|'d) (?:received|seen|picked up|got)|I was (?:on it|looking into it|working on it|handling it)|(?:the|their|his|her) (?:request|ticket|email|message|complaint) (?:had been|was) (?:received|logged|picked up))",
      ],
      examples: [
        "I sent a quick holding reply so the customer knew someone had picked up the ticket.",
        "I let him know I had received his complaint and was looking into it.",
      ],
      nonExamples: [
        "I didn't send a holding reply, so she waited two days in silence.",
        "I would send an acknowledgement the moment a ticket arrives.",
        "A quick response shows customers you care.",
      ],
    },
    {
      id: "responsiveness-regular-updates",
      kind: "positive",
      description: "Kept the customer updated at regular intervals while the case was open.",
      facet: "progress-updates",
      patterns: [
        "\\b(?:updat(?:e|ed)|ke(?:pt|ep)|messag(?:e|ed)|email(?:ed)?|text(?:ed)?|call(?:ed)?|r(?:a|i)ng|check(?:ed)? in with)\\b (?:him|her|them|the customer|the caller|the client)\\b[^.]{0,30}\\b(?:every (?:day|morning|evening|afternoon|hour|few hours|couple of (?:hours|days)|two hours|other day|step|stage)|each (?:day|morning|step|stage)|daily|twice a day|at each (?:step|stage)|as each (?:step|stage)|until (?:it|the (?:issue|problem|fault|refund|parcel|order|part|replacement)) (?:was|had been|arrived|came))",
      ],
      examples: [
        "I updated her every morning until the replacement part arrived.",
        "I emailed the customer each day with where the investigation had got to.",
        "I kept him posted at each stage of the repair.",
      ],
      nonExamples: [
        "I didn't update him every day, and he had to chase us.",
        "I'll keep the customer posted every day until it's fixed.",
        "The engineer updated the customer every day.",
      ],
    },
    {
      id: "responsiveness-cut-wait-times",
      kind: "positive",
      description: "Measurably shortened response, wait or turnaround times.",
      facet: "quick-turnaround",
      patterns: [
        "\\b(?:cut|reduc(?:e|ed)|br(?:ing|ought) down|halv(?:e|ed)|lower(?:ed)?|shorten(?:ed)?|sp(?:ed|eed) up)\\b[^.]{0,25}\\b(?:response|reply|wait(?:ing)?|turnaround|call-back|callback|resolution|queue) times?\\b",
      ],
      examples: [
        "I cut our average first response time from two days to four hours by triaging the inbox each morning.",
        "I halved the wait time on the chat queue during the January sale.",
        "I brought down the call-back time for urgent faults to under an hour.",
      ],
      nonExamples: [
        "I didn't reduce the response time much that quarter.",
        "I would cut the response time by setting up templates.",
        "Our manager cut the wait time by hiring more staff.",
      ],
    },
    {
      id: "responsiveness-left-waiting",
      kind: "red-flag",
      description: "Left a customer or their message waiting without a reply.",
      patterns: [
        "\\ble(?:ft|ave) (?:him|her|them|the customer|the caller|(?:the|his|her|their) (?:email|ticket|message|chat|request|voicemail|complaint|enquiry|inquiry)s?)\\b[^.]{0,20}\\b(?:unanswered|unread|waiting|on hold|hanging|in the queue|sitting|for (?:days|a week|two weeks|hours|a few days|over a week))\\b",
        "\\b(?:sat on|ignor(?:e|ed)|park(?:ed)?) (?:the|his|her|their|a|an) (?:email|ticket|message|request|complaint|voicemail|enquiry|inquiry)s?\\b",
        "\\bput off (?:replying|responding|answering|calling (?:him|her|them|the customer) back|getting back)",
      ],
      examples: [
        "I left the email unanswered for three days because I was busy with other work.",
        "I sat on the ticket until the customer chased it.",
        "I put off calling him back because I knew he would be angry.",
      ],
      nonExamples: [
        "I never left the customer waiting for days.",
        "I would never leave the email unanswered overnight.",
        "If I left the ticket sitting over the weekend, the customer would complain.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "responsiveness: speed and efficiency in answering queries; the harm of waiting days without feedback",
    },
    {
      ...ARTICLES.topSkills,
      note: "customers value prompt answers and timely responses to their enquiries",
    },
  ],
};
