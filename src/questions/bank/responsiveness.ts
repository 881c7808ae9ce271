import type { QuestionBank } from "../schema.js";

/** Questions about responsiveness. */
export const responsivenessBank: QuestionBank = {
  competency: "responsiveness",
  probes: {
    situation: [
      "How long had the customer been waiting when you picked the case up?",
      "What response times was your team expected to meet?",
      "What else was competing for your attention at that moment?",
    ],
    task: [
      "How quickly did the customer need an answer?",
      "What did you need to do first to stop the customer waiting?",
      "Which part of the problem was most time-critical?",
    ],
    action: [
      "What did you do in the first few minutes?",
      "How did you keep the customer updated while the issue was open?",
      "What did you do to speed up the parts that depended on other people?",
    ],
    result: [
      "How long did the whole thing take from first contact to resolution?",
      "How did the customer react to the speed of your response?",
      "What did you change afterwards to respond faster the next time?",
    ],
  },
  templates: [
    {
      id: "responsiveness-b01",
      type: "behavioural",
      facet: "quick-turnaround",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and needed an answer within the hour.",
      guide: {
        1: "Let the request sit in the queue like any other, or gave a rushed answer that turned out to be wrong.",
        3: "Describes acting on the request quickly and giving the customer an answer within the time they needed.",
        5: "Describes acknowledging the request at once, cutting out delays (going straight to the right person, working in parallel), answering well within the hour with a concrete result and what they took from it.",
      },
    },
    {
      id: "responsiveness-b02",
      type: "behavioural",
      facet: "prompt-acknowledgement",
      text: "Describe a situation in which a customer got in touch {channel} with a problem that was going to take days to fix.",
      guide: {
        1: "Said nothing to the customer until the fix was ready, leaving them to wonder whether anyone had seen their message.",
        3: "Describes acknowledging the customer quickly and telling them roughly how long the fix would take.",
        5: "Describes acknowledging the problem straight away, giving a realistic timescale, agreeing when the next update would come, keeping to it and the customer's concrete response.",
      },
    },
    {
      id: "responsiveness-b03",
      type: "behavioural",
      facet: "progress-updates",
      text: "Walk me through an occasion when a customer contacted you about {problem} and you kept them updated without being chased.",
      guide: {
        1: "Updated the customer only when the customer chased them, or not at all.",
        3: "Describes giving the customer updates at sensible points until the issue was closed.",
        5: "Describes agreeing an update schedule, keeping to it even when there was little news, explaining each change clearly, and a concrete outcome such as no chasing contacts from the customer.",
      },
    },
    {
      id: "responsiveness-b04",
      type: "behavioural",
      facet: "quick-turnaround",
      text: "Give me an example of a time you had to keep to a response-time target while you were working {setting} during an unusually busy period.",
      guide: {
        1: "Let the target slide and blames the volume, with no attempt to manage it.",
        3: "Describes working steadily and efficiently to meet the target for most customers.",
        5: "Describes specific tactics (acknowledging quickly, handling simple requests first, using saved replies, flagging the backlog early), the measurable result against the target and what they suggested afterwards.",
      },
    },
    {
      id: "responsiveness-b05",
      type: "behavioural",
      text: "Tell me about a time speed and accuracy pulled in different directions while you were helping {customer}.",
      guide: {
        1: "Chose speed and gave a wrong answer, or took so long checking that the customer gave up.",
        3: "Describes finding a reasonable balance, such as giving a quick first answer and confirming the details soon after.",
        5: "Explains how they judged what the customer needed first, gave a prompt accurate partial answer, set a clear time for the rest, delivered it and reflects on how they weigh speed against accuracy.",
      },
    },
    {
      id: "responsiveness-b06",
      type: "behavioural",
      facet: "quick-turnaround",
      text: "Describe a time you reacted quickly to an early warning sign of trouble before customers started to complain.",
      guide: {
        1: "Noticed the warning sign but waited for complaints before doing anything.",
        3: "Describes acting on the warning sign promptly and limiting the effect on customers.",
        5: "Describes spotting the sign, acting within minutes (raising it, preparing customers or colleagues), the concrete number of complaints or problems avoided and how the warning is now picked up routinely.",
      },
    },
    {
      id: "responsiveness-b07",
      type: "behavioural",
      text: "Tell me about a time you chased another department on a customer's behalf so that the customer got an answer sooner.",
      guide: {
        1: "Sent the request to the other department and left it there, telling the customer to wait.",
        3: "Describes following up with the other department and passing the answer on once it arrived.",
        5: "Describes chasing firmly but politely, escalating when needed, keeping the customer informed, the concrete time saved and how they improved the route for future requests.",
      },
    },
    {
      id: "responsiveness-b08",
      type: "behavioural",
      facet: "prompt-acknowledgement",
      text: "Walk me through what you did in the first few minutes after {customer} got in touch {channel} with an urgent problem.",
      guide: {
        1: "Describes no sense of urgency: the customer waited while they finished what they were doing.",
        3: "Describes acknowledging the customer quickly and starting on the problem straight away.",
        5: "Describes acknowledging the customer at once, gathering the key facts quickly, taking the first practical step within minutes, telling the customer what would happen next and the concrete result.",
      },
    },
    {
      id: "responsiveness-b09",
      type: "behavioural",
      text: "Tell me about a time a customer's message had been missed and you were the one who found it.",
      guide: {
        1: "Passed the message on or dealt with it as normal without acknowledging the delay.",
        3: "Describes replying promptly, apologising for the delay and dealing with the request.",
        5: "Describes responding at once with a sincere apology, fast-tracking the request, checking for other missed messages and helping fix the gap that caused it.",
      },
    },
    {
      id: "responsiveness-b10",
      type: "behavioural",
      facet: "prompt-acknowledgement",
      text: "Describe a situation in which {customer} had been waiting a long time for an answer from your team.",
      guide: {
        1: "Blamed colleagues for the delay or made the customer wait further while they caught up.",
        3: "Describes acknowledging the wait, apologising and getting the customer an answer quickly.",
        5: "Describes taking ownership of the overdue case at once, apologising specifically, getting the answer fast, giving a clear time for anything outstanding and looking into why the wait happened.",
      },
    },
    {
      id: "responsiveness-b11",
      type: "behavioural",
      facet: "quick-turnaround",
      text: "Give me an example of a time a customer came to you {channel} with {problem} and you settled it on the spot rather than passing it on.",
      guide: {
        1: "Passed the issue on out of habit even though it was within their power to deal with.",
        3: "Describes dealing with the issue themselves there and then, with a basic outcome.",
        5: "Describes judging that they had the knowledge and authority to act, resolving it in the same contact, confirming with the customer, noting the time saved and sharing the approach with colleagues.",
      },
    },
    {
      id: "responsiveness-b12",
      type: "behavioural",
      text: "Tell me about a time you found a way to reply to customers faster while you were working {setting}.",
      guide: {
        1: "Cannot name any change, or cut corners that made replies faster but worse.",
        3: "Describes a specific change, such as templates or reordering their work, that reduced their response time.",
        5: "Describes spotting the delay, designing and testing the change, a measured improvement in response times with no loss of quality, and how colleagues adopted it.",
      },
    },
    {
      id: "responsiveness-s01",
      type: "situational",
      facet: "prompt-acknowledgement",
      text: "You return from a day off to find that a customer has emailed three times about {problem}, with no reply from anyone on your team. What would you do?",
      guide: {
        1: "Adds the emails to the bottom of their queue.",
        3: "Replies to the customer straight away, apologises and starts work on the issue.",
        5: "Replies at once with a sincere apology and a clear plan, prioritises the fix, updates the customer at agreed times and raises how the emails were missed so it does not happen again.",
      },
    },
    {
      id: "responsiveness-s02",
      type: "situational",
      text: "A customer contacts you {channel} needing an answer within the hour, but the information you need is held by a team that usually takes a day to reply. How would you handle it?",
      guide: {
        1: "Sends the request to the other team and tells the customer to expect a reply tomorrow.",
        3: "Contacts the other team directly, explains the urgency and keeps the customer informed.",
        5: "Acknowledges the customer at once, looks for the information elsewhere first, contacts the other team directly with the urgency explained, escalates if needed and gives the customer honest updates within the hour.",
      },
    },
    {
      id: "responsiveness-s03",
      type: "situational",
      facet: "progress-updates",
      text: "A service outage means hundreds of customers are contacting your team at once, and many are asking the same question. What steps would you take?",
      guide: {
        1: "Answers each contact one at a time in the usual way, however long the queue grows.",
        3: "Uses a standard, accurate reply for the common question so that everyone gets an answer quickly.",
        5: "Agrees an accurate holding message, suggests a public status update, answers common questions quickly, flags customers with urgent needs and keeps everyone updated as the situation changes.",
      },
    },
    {
      id: "responsiveness-s04",
      type: "situational",
      text: "A customer posts a complaint about {problem} on social media late on a Friday afternoon, just as you are about to leave. What would you do?",
      guide: {
        1: "Leaves it until Monday.",
        3: "Posts a quick public acknowledgement and arranges for someone to pick it up.",
        5: "Acknowledges the post publicly and promptly, moves the conversation to a private channel, either resolves it or hands it over with full notes to whoever covers the weekend, and tells the customer when they will hear back.",
      },
    },
    {
      id: "responsiveness-s05",
      type: "situational",
      facet: "prompt-acknowledgement",
      text: "You are working {setting}, and you notice a customer has been waiting twenty minutes without anyone acknowledging them. What would you do?",
      guide: {
        1: "Assumes someone else will deal with them.",
        3: "Acknowledges the customer straight away, apologises and either helps them or tells them when they will be seen.",
        5: "Acknowledges the customer immediately, apologises, gets them help or a clear time, and then checks why they were missed so others are not.",
      },
    },
    {
      id: "responsiveness-s06",
      type: "situational",
      text: "A customer wants an answer today about {problem}, but checking the details properly will take until tomorrow. How would you handle it?",
      guide: {
        1: "Gives an unchecked answer to keep the customer happy, or says nothing until tomorrow.",
        3: "Explains honestly that a checked answer will come tomorrow and gives a time.",
        5: "Gives the customer whatever can be confirmed today, explains what still needs checking and why, commits to a specific time tomorrow, and looks for ways to speed the checks up.",
      },
    },
  ],
};
