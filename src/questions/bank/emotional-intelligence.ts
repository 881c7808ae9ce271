import type { QuestionBank } from "../schema.js";

/** Questions about Emotional intelligence. */
export const emotionalIntelligenceBank: QuestionBank = {
  competency: "emotional-intelligence",
  probes: {
    situation: [
      "What signs told you how the customer was really feeling?",
      "What was your own state of mind going into this interaction?",
      "What about this interaction made it emotionally difficult?",
    ],
    task: [
      "What did you need to manage in yourself at that point?",
      "What did you decide the customer needed from you emotionally?",
      "What outcome were you aiming for, given the mood the customer was in?",
    ],
    action: [
      "What did you do to keep your own reaction in check?",
      "How did you change your tone or approach once you had read the customer's mood?",
      "What did you say that helped bring the temperature of the conversation down?",
    ],
    result: [
      "How did the customer's mood change over the course of the conversation?",
      "What effect did the interaction have on you afterwards?",
      "What have you learned about yourself from situations like this one?",
    ],
  },
  templates: [
    {
      id: "emotional-intelligence-b01",
      type: "behavioural",
      facet: "self-regulation",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and you had to manage your own reaction to the way they treated you.",
      guide: {
        1: "Describes reacting in kind, taking the customer's behaviour personally, or still sounding resentful about it.",
        3: "Gives a real example of noticing their reaction and keeping it out of their response, with a basic outcome.",
        5: "Names the reaction they felt, the specific way they kept it in check, how they redirected the conversation to the problem, a concrete outcome, and what they learned about their own triggers.",
      },
    },
    {
      id: "emotional-intelligence-b02",
      type: "behavioural",
      facet: "self-awareness",
      text: "Describe a situation in which you noticed that your own stress was affecting how you dealt with customers while you were working {setting}.",
      guide: {
        1: "Describes never noticing any effect, or blaming customers for how the shift went.",
        3: "Gives an honest example of recognising the stress and making an effort to stop it affecting customers.",
        5: "Describes the signs that alerted them, the specific steps they took to reset, the difference it made to the next interactions, and what they now do to spot the build-up earlier.",
      },
    },
    {
      id: "emotional-intelligence-b03",
      type: "behavioural",
      facet: "adjusting-approach",
      text: "Walk me through an occasion when you read a customer's mood from their tone or choice of words {channel} and changed your approach as a result.",
      guide: {
        1: "Describes treating every customer the same way whatever their mood, or missing obvious signs.",
        3: "Gives an example of noticing the customer's mood and adjusting their tone or pace to suit it.",
        5: "Names the specific cues, explains what they inferred and how they checked it, describes the change in approach, a concrete outcome, and how this reading of cues has become a habit.",
      },
    },
    {
      id: "emotional-intelligence-b04",
      type: "behavioural",
      facet: "self-regulation",
      text: "Give me an example of a time a customer's criticism was aimed at you personally and you kept it from affecting the rest of your shift.",
      guide: {
        1: "Describes carrying the hurt or anger into later interactions, or retaliating against the customer.",
        3: "Gives an example of staying professional with the critical customer and moving on to the next one.",
        5: "Describes separating the criticism from their sense of self, taking anything useful from it, a specific way they recovered before the next contact, and evidence the following interactions went well.",
      },
    },
    {
      id: "emotional-intelligence-b05",
      type: "behavioural",
      facet: "reading-emotional-cues",
      text: "Tell me about a time when you realised that the anger a customer showed {channel} was really about something other than the issue they raised.",
      guide: {
        1: "Describes dealing only with the surface issue and dismissing the customer as difficult.",
        3: "Gives an example of sensing the underlying concern and addressing it alongside the stated issue.",
        5: "Explains how they noticed the mismatch, how they gently drew out the real concern, how addressing it changed the conversation, a concrete result, and what it taught them about angry customers.",
      },
    },
    {
      id: "emotional-intelligence-b06",
      type: "behavioural",
      facet: "adjusting-approach",
      text: "Describe a situation in which a conversation {channel} with {customer} grew tense and you calmed it by changing how you responded rather than what you offered.",
      guide: {
        1: "Describes trying to end the tension only by offering compensation, or escalating straight away.",
        3: "Gives an example of using a calmer tone or acknowledging the customer's feelings to lower the tension.",
        5: "Describes several deliberate choices (pace, wording, acknowledgement, silence) that changed the tone, how the customer responded, a concrete outcome, and why they chose that approach for that customer.",
      },
    },
    {
      id: "emotional-intelligence-b07",
      type: "behavioural",
      facet: "adjusting-approach",
      text: "Walk me through an occasion when you dealt with two customers in very different moods one after the other while working {setting}.",
      guide: {
        1: "Describes carrying the mood of the first customer into the second interaction.",
        3: "Gives an example of resetting between the two customers and meeting each where they were.",
        5: "Describes how they read each customer's state, consciously reset in between, adjusted their manner to each, concrete outcomes for both, and what helps them switch quickly.",
      },
    },
    {
      id: "emotional-intelligence-b08",
      type: "behavioural",
      facet: "reading-emotional-cues",
      text: "Give me an example of a time you sensed {channel} that a customer was uneasy about something they had not mentioned.",
      guide: {
        1: "Describes paying attention only to what the customer said outright.",
        3: "Gives an example of noticing unease and asking about it tactfully.",
        5: "Names the cues that raised the question, describes how they invited the customer to say more without pressure, what emerged, how they dealt with it, and the difference it made.",
      },
    },
    {
      id: "emotional-intelligence-b09",
      type: "behavioural",
      facet: "self-awareness",
      text: "Tell me about a time when feedback on how you came across to customers changed the way you handle difficult conversations.",
      guide: {
        1: "Describes dismissing the feedback or being unable to recall any feedback about how they come across.",
        3: "Gives an example of accepting feedback and making a change to their approach.",
        5: "Describes the feedback, their initial reaction and how they worked through it, the specific change they made, evidence it worked, and how they continue to seek this kind of feedback.",
      },
    },
    {
      id: "emotional-intelligence-b10",
      type: "behavioural",
      facet: "self-regulation",
      text: "Describe a situation in which you had to go straight from a distressing conversation to serving the next customer {channel}.",
      guide: {
        1: "Describes the next customer receiving a curt or distracted response because of the earlier conversation.",
        3: "Gives an example of composing themselves and serving the next customer well.",
        5: "Describes acknowledging the effect of the first conversation on themselves, a specific reset technique, a warm and focused next interaction with a concrete result, and how they looked after themselves afterwards.",
      },
    },
    {
      id: "emotional-intelligence-b11",
      type: "behavioural",
      text: "Tell me about a time when {customer} got in touch about {problem} and you had to use tact to tell them something they were not going to like.",
      guide: {
        1: "Describes delivering the message bluntly, or avoiding it until the customer found out some other way.",
        3: "Gives an example of choosing their words and timing with care when delivering the unwelcome news.",
        5: "Explains how they anticipated the customer's reaction, chose the timing and wording to suit this customer, managed the response, and reached a concrete outcome that preserved the relationship.",
      },
    },
    {
      id: "emotional-intelligence-b12",
      type: "behavioural",
      facet: "reading-emotional-cues",
      text: "Give me an example of a time you noticed that a colleague was struggling with a difficult customer and you supported them.",
      guide: {
        1: "Describes leaving the colleague to cope because it was not their customer.",
        3: "Gives an example of noticing a colleague under strain and offering help.",
        5: "Describes the signs they noticed, supporting the colleague in a way that did not undermine them in front of the customer, a concrete outcome for both, and a follow-up conversation afterwards.",
      },
    },
    {
      id: "emotional-intelligence-s01",
      type: "situational",
      facet: "self-regulation",
      text: "A customer makes a sarcastic remark about your ability to do the job while you are working on their problem {channel}. What would you do?",
      guide: {
        1: "Would respond with sarcasm of their own or become defensive.",
        3: "Would let the remark pass and keep working calmly on the problem.",
        5: "Would notice their own reaction, choose not to take it personally, acknowledge the customer's frustration behind the remark, and show competence through clear progress on the problem.",
      },
    },
    {
      id: "emotional-intelligence-s02",
      type: "situational",
      facet: "self-regulation",
      text: "You are working {setting}. A customer has just been abusive towards you, and the next customer is already waiting to be served. What would you do?",
      guide: {
        1: "Would serve the next customer while still visibly upset or irritated.",
        3: "Would take a moment to compose themselves before greeting the next customer.",
        5: "Would use a brief, specific reset (a breath, a quick note, a word with a colleague), greet the next customer warmly and attentively, and deal with the effect of the incident properly once there is time.",
      },
    },
    {
      id: "emotional-intelligence-s03",
      type: "situational",
      facet: "reading-emotional-cues",
      text: "Earlier today {customer} got in touch {channel} about {problem}. Their replies have since become short and formal, although they have not complained. How would you handle it?",
      guide: {
        1: "Would not notice the change, or decide it does not matter because there is no complaint.",
        3: "Would notice the change and ask whether everything is all right.",
        5: "Would recognise the change as a signal, reflect on what may have caused it, check in tactfully, adjust their tone and approach, and make sure any unspoken concern is dealt with.",
      },
    },
    {
      id: "emotional-intelligence-s04",
      type: "situational",
      facet: "reading-emotional-cues",
      text: "A regular customer who is usually cheerful is short and distracted with you today. What would you do?",
      guide: {
        1: "Would take the change personally or respond in the same short manner.",
        3: "Would stay friendly and keep the interaction efficient and low-pressure.",
        5: "Would notice the change without judging it, adjust to a lighter, more efficient approach, leave room for the customer to share anything they want to, and avoid prying.",
      },
    },
    {
      id: "emotional-intelligence-s05",
      type: "situational",
      text: "A colleague sitting next to you is visibly upset after a difficult customer, and the queue is long. What would you do?",
      guide: {
        1: "Would ignore the colleague because the queue comes first.",
        3: "Would offer a quick word of support and check whether they need a moment.",
        5: "Would briefly acknowledge the colleague, offer practical help such as taking their next contact, let a supervisor know if needed, and check in with them properly once the queue eases.",
      },
    },
    {
      id: "emotional-intelligence-s06",
      type: "situational",
      facet: "self-awareness",
      text: "You notice that you are becoming irritated with a customer who keeps disputing every explanation you give about a billing error. What steps would you take?",
      guide: {
        1: "Would let the irritation show or tell the customer they are being difficult.",
        3: "Would recognise the irritation and try to stay calm.",
        5: "Would name the irritation to themselves, pause to reset, ask what part of the explanation the customer disagrees with, change the approach (evidence, a different explanation), and stay focused on the shared goal.",
      },
    },
  ],
};
