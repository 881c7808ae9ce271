import type { QuestionBank } from "../schema.js";

/** Questions about appreciation. */
export const appreciationBank: QuestionBank = {
  competency: "appreciation",
  probes: {
    situation: [
      "What had the customer done or said that mattered to you?",
      "How long had the customer been dealing with your company?",
      "What was the customer's mood when the conversation began?",
    ],
    task: [
      "What did you want the customer to take away from the exchange?",
      "Whose effort did you want to recognise?",
      "What made a routine thank-you not enough in this case?",
    ],
    action: [
      "What exact words did you use to thank them?",
      "How did you make your thanks specific to that person?",
      "What did you do beyond saying thank you?",
    ],
    result: [
      "How did the customer respond to your thanks?",
      "What effect did it have on the customer's relationship with the business?",
      "Which habit of thanking people have you kept since then?",
    ],
  },
  templates: [
    {
      id: "appreciation-b01",
      type: "behavioural",
      facet: "specific-thanks",
      text: "Tell me about a time {customer} raised a complaint with you and you thanked them for it.",
      guide: {
        1: "Treated the complaint as a nuisance and sees nothing in it to be grateful for.",
        3: "Describes thanking the customer for bringing the problem to their attention and then dealing with it.",
        5: "Describes thanking the customer specifically for what the complaint revealed, acting on it, telling the customer what changed as a result and the customer's concrete response.",
      },
    },
    {
      id: "appreciation-b02",
      type: "behavioural",
      facet: "specific-thanks",
      text: "Describe a situation in which a customer showed great patience over {problem}.",
      guide: {
        1: "Took the customer's patience for granted and moved on without acknowledging it.",
        3: "Describes thanking the customer for their patience once the issue was dealt with.",
        5: "Describes acknowledging the wait while it was happening, thanking the customer specifically for their patience at the end, a gesture that matched the inconvenience and the customer's concrete response.",
      },
    },
    {
      id: "appreciation-b03",
      type: "behavioural",
      facet: "gestures-of-gratitude",
      text: "Give me an example of a time you showed a long-standing customer that their loyalty was valued while you were working {setting}.",
      guide: {
        1: "Cannot give an example, or treated the regular customer exactly like a stranger.",
        3: "Describes recognising the customer's loyalty out loud and thanking them for it.",
        5: "Describes a specific, personal way of recognising the customer's loyalty (remembering their history, a note or small gesture within policy), the customer's concrete reaction and how they made this a habit.",
      },
    },
    {
      id: "appreciation-b04",
      type: "behavioural",
      text: "Tell me about a time you made a point of thanking a colleague who had helped you serve a customer.",
      guide: {
        1: "Took the colleague's help for granted and cannot recall thanking them.",
        3: "Describes thanking the colleague personally and saying what their help had achieved.",
        5: "Describes thanking the colleague specifically, making their contribution visible to the team or manager, and the concrete effect on the working relationship.",
      },
    },
    {
      id: "appreciation-b05",
      type: "behavioural",
      facet: "specific-thanks",
      text: "Walk me through an occasion when, {channel}, you thanked {customer} in a way that felt personal rather than scripted.",
      guide: {
        1: "Describes only a stock phrase such as \"thanks for calling\" said out of habit.",
        3: "Describes a thank-you that referred to something specific about the customer or their situation.",
        5: "Describes choosing words that reflected the customer's particular effort or situation, fitting them to the channel, the customer's concrete response and why personal thanks matter to them.",
      },
    },
    {
      id: "appreciation-b06",
      type: "behavioural",
      facet: "everyday-thanks",
      text: "Describe a time you ended a tense conversation {channel} on a note of genuine thanks.",
      guide: {
        1: "Ended the conversation coldly or with relief and no thanks, and still resents the customer.",
        3: "Describes thanking the customer sincerely at the end despite the tension, with a basic outcome.",
        5: "Describes finding something real to thank the customer for, saying it sincerely, the visible change in the customer's mood and how they keep thanking customers on difficult days.",
      },
    },
    {
      id: "appreciation-b07",
      type: "behavioural",
      facet: "specific-thanks",
      text: "Give me an example of a time a customer pointed out a fault your company had not yet noticed.",
      guide: {
        1: "Treated the report as a complaint to deflect, or took it without acknowledging the customer's help.",
        3: "Describes thanking the customer for reporting the fault and passing it on.",
        5: "Describes thanking the customer specifically for the report, making sure the fault was fixed, letting the customer know their report made a difference and any gesture of recognition.",
      },
    },
    {
      id: "appreciation-b08",
      type: "behavioural",
      text: "Tell me about a time a customer praised your service {channel}.",
      guide: {
        1: "Shrugged the praise off or failed to respond to it at all.",
        3: "Describes thanking the customer warmly for taking the time to give the praise.",
        5: "Describes thanking the customer personally for the feedback, passing it on to colleagues who contributed, using it to strengthen the relationship and the concrete result.",
      },
    },
    {
      id: "appreciation-b09",
      type: "behavioural",
      facet: "everyday-thanks",
      text: "Tell me about a time you thanked {customer}, even though the conversation about {problem} had not ended the way they hoped.",
      guide: {
        1: "Ended the conversation abruptly once the answer was no, with no thanks.",
        3: "Describes thanking the customer for their time and understanding despite the disappointing outcome.",
        5: "Describes thanking the customer sincerely for something specific, such as their patience or openness, leaving the door open, and the customer's concrete response or later return.",
      },
    },
    {
      id: "appreciation-b10",
      type: "behavioural",
      text: "Walk me through an occasion when you passed on a customer's thanks to the colleague or team who had earned it.",
      guide: {
        1: "Kept the thanks to themselves or forgot to pass it on.",
        3: "Describes telling the colleague or team about the customer's thanks.",
        5: "Describes passing the thanks on promptly and specifically, making sure the right people heard it, and the concrete effect on the colleague or team.",
      },
    },
    {
      id: "appreciation-b11",
      type: "behavioural",
      facet: "gestures-of-gratitude",
      text: "Give me an example of a time you went beyond a spoken thank-you to show a customer they were valued while you were working {setting}.",
      guide: {
        1: "Cannot give an example beyond a routine thank-you.",
        3: "Describes a specific gesture, such as a handwritten note or a follow-up message, that showed appreciation.",
        5: "Describes a gesture chosen to suit that customer and their circumstances, kept within policy, the customer's concrete reaction and how the idea was taken up by others.",
      },
    },
    {
      id: "appreciation-b12",
      type: "behavioural",
      facet: "specific-thanks",
      text: "Tell me about a time when {customer} got in touch {channel} and took extra trouble to help you solve their problem.",
      guide: {
        1: "Took the customer's effort for granted or sees it as no more than the customer's job.",
        3: "Describes noticing the customer's extra effort and thanking them for it.",
        5: "Describes recognising the specific effort the customer made, thanking them for it as it happened and at the end, explaining how it helped, and the concrete outcome.",
      },
    },
    {
      id: "appreciation-s01",
      type: "situational",
      text: "A customer who has used your company for years contacts you {channel} about {problem} and says they are thinking of going elsewhere. What would you do?",
      guide: {
        1: "Deals with the problem mechanically without acknowledging the customer's long custom.",
        3: "Thanks the customer for their loyalty, acknowledges their frustration and resolves the issue.",
        5: "Thanks the customer specifically for their years of custom, acknowledges the problem, resolves it fully, considers a suitable gesture of appreciation within policy and follows up later.",
      },
    },
    {
      id: "appreciation-s02",
      type: "situational",
      facet: "specific-thanks",
      text: "A customer sends a long, detailed complaint listing several problems with your service. What steps would you take in replying?",
      guide: {
        1: "Replies defensively or with a generic template.",
        3: "Thanks the customer for the detailed feedback and responds to each point.",
        5: "Thanks the customer for the time they took, responds to each problem specifically, explains what will change, passes the feedback on and follows up to show it was acted on.",
      },
    },
    {
      id: "appreciation-s03",
      type: "situational",
      text: "A colleague stays late to help you finish a difficult customer case. What would you do?",
      guide: {
        1: "Accepts the help as expected and moves on.",
        3: "Thanks the colleague personally and specifically.",
        5: "Thanks the colleague specifically for what they did, makes their help known to the team leader and looks for a chance to return the favour.",
      },
    },
    {
      id: "appreciation-s04",
      type: "situational",
      facet: "specific-thanks",
      text: "A customer finally reaches you after waiting forty minutes in the queue. How would you handle it?",
      guide: {
        1: "Launches straight into the call without acknowledging the wait.",
        3: "Thanks the customer for waiting, apologises for the delay and helps them.",
        5: "Thanks the customer sincerely for their patience, apologises for the wait, makes the rest of the contact as efficient as possible and thanks them again at the close.",
      },
    },
    {
      id: "appreciation-s05",
      type: "situational",
      facet: "everyday-thanks",
      text: "You are working {setting}, where every conversation ends with the same scripted thank-you, and your manager asks for ideas to make customers feel more valued. What would you suggest?",
      guide: {
        1: "Suggests nothing, or says the script is fine as it is.",
        3: "Suggests personalising the thank-you to what each customer did or asked about.",
        5: "Suggests several practical ideas (thanks tailored to the customer's situation, recognising loyal customers, small gestures within policy), explains how to keep them sincere and how to measure the effect.",
      },
    },
    {
      id: "appreciation-s06",
      type: "situational",
      text: "A customer sends you a warm message of thanks after you helped them with {problem}. What would you do?",
      guide: {
        1: "Ignores the message or treats it as unimportant.",
        3: "Replies to thank the customer for taking the time to write.",
        5: "Replies personally and promptly, thanks the customer for the feedback, shares it with colleagues who helped, and uses it to strengthen the relationship.",
      },
    },
  ],
};
