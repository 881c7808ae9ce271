import type { QuestionBank } from "../schema.js";

/** Questions about Positive attitude. */
export const positiveAttitudeBank: QuestionBank = {
  competency: "positive-attitude",
  probes: {
    situation: [
      "What made it hard to stay positive at that moment?",
      "What was the mood of the customer, or of the team, at the time?",
      "What had happened just before this that affected how you felt?",
    ],
    task: [
      "What did you want the customer to take away from the conversation?",
      "What were you able to offer, given what you were not able to do?",
      "What did you need to do to keep your own energy up?",
    ],
    action: [
      "What exactly did you say to move the conversation towards what was possible?",
      "How did you reset yourself after the difficult moment?",
      "What did you do to lift the mood of the people around you?",
    ],
    result: [
      "How did the customer's mood change by the end of the conversation?",
      "What effect did your approach have on the rest of your shift?",
      "What do you do now to stay positive on difficult days?",
    ],
  },
  templates: [
    {
      id: "positive-attitude-b01",
      type: "behavioural",
      facet: "positive-language",
      text: "Tell me about a time when you had to say no {channel} to {customer}, and you framed your answer around what you were able to offer instead.",
      guide: {
        1: "Describes a flat 'no' with nothing offered, or blaming policy and leaving the customer stuck.",
        3: "Gives a real example of turning the refusal towards an alternative the customer was able to accept.",
        5: "Describes the specific positive wording they chose, the alternatives they offered, how the customer responded, a concrete outcome, and how they have refined this way of saying no.",
      },
    },
    {
      id: "positive-attitude-b02",
      type: "behavioural",
      facet: "solution-focus",
      text: "Describe a situation in which, {channel}, a customer kept going back over what had gone wrong and you moved the conversation towards next steps.",
      guide: {
        1: "Describes joining in the complaining, or cutting the customer off to get to the point.",
        3: "Gives an example of acknowledging the complaint and then steering towards a solution.",
        5: "Describes making sure the customer felt heard first, using specific phrases to shift to options, agreeing next steps, a concrete result, and the customer leaving more hopeful than they arrived.",
      },
    },
    {
      id: "positive-attitude-b03",
      type: "behavioural",
      facet: "bouncing-back",
      text: "Walk me through an occasion, while you were working {setting}, when a difficult interaction left you feeling low just before you had to greet the next customer.",
      guide: {
        1: "Describes the next customer getting a flat or irritable reception because of the previous one.",
        3: "Gives an example of setting the feeling aside and greeting the next customer warmly.",
        5: "Describes recognising the low mood, a specific way they reset quickly, a genuinely warm next interaction with a good outcome, and how they dealt with the earlier experience afterwards.",
      },
    },
    {
      id: "positive-attitude-b04",
      type: "behavioural",
      facet: "self-motivation",
      text: "Give me an example of a time you kept your energy up through a long or repetitive stretch of work.",
      guide: {
        1: "Describes going through the motions and letting the quality of their work slide.",
        3: "Gives an example of a way they stayed motivated and kept their standard up.",
        5: "Describes specific techniques (personal goals, noticing small wins, recalling good feedback), evidence that their service stayed consistent, and how they have kept using them.",
      },
    },
    {
      id: "positive-attitude-b05",
      type: "behavioural",
      text: "Tell me about a time when your attitude helped lift the mood of your team during a difficult period.",
      guide: {
        1: "Describes joining in the low mood or seeing the team's morale as someone else's concern.",
        3: "Gives an example of something they did that improved the team's mood.",
        5: "Describes specific actions (recognising colleagues' wins, reframing problems, practical help), the visible effect on the team and on service, and how they kept it going.",
      },
    },
    {
      id: "positive-attitude-b06",
      type: "behavioural",
      facet: "bouncing-back",
      text: "Describe a situation in which a bad experience with {customer} became something you learned from.",
      guide: {
        1: "Describes dwelling on the experience or blaming the customer for it.",
        3: "Gives an example of reflecting on the experience and taking a lesson from it.",
        5: "Describes honest reflection on their own part, a specific lesson, a change they made to their practice, and evidence the change helped with later customers.",
      },
    },
    {
      id: "positive-attitude-b07",
      type: "behavioural",
      text: "Walk me through an occasion when your friendly manner turned around a conversation {channel} with {customer}.",
      guide: {
        1: "Describes matching the customer's negative tone, or treating friendliness as pointless with some customers.",
        3: "Gives an example of staying warm and friendly and the customer responding to it.",
        5: "Describes specific things they said or did that conveyed warmth, how the customer's tone changed, the concrete outcome, and why they think it worked with that customer.",
      },
    },
    {
      id: "positive-attitude-b08",
      type: "behavioural",
      facet: "solution-focus",
      text: "Give me an example of a time a plan to help a customer {channel} went wrong and you stayed upbeat while finding another route.",
      guide: {
        1: "Describes giving up or passing their frustration on to the customer.",
        3: "Gives an example of keeping a constructive tone and finding another way to help.",
        5: "Describes treating the setback as solvable, keeping the customer confident through honest updates, delivering an alternative, and a concrete result with the customer's reaction.",
      },
    },
    {
      id: "positive-attitude-b09",
      type: "behavioural",
      facet: "positive-language",
      text: "Tell me about a time when you rewrote a message to a customer so that it sounded more positive without promising more than you were able to deliver.",
      guide: {
        1: "Describes sending messages full of 'can't' and 'unfortunately', or promising what could not be delivered.",
        3: "Gives an example of rewording a message to focus on what was possible while staying accurate.",
        5: "Describes specific changes in wording and why, keeping the message honest, the customer's response, and how they now write by default.",
      },
    },
    {
      id: "positive-attitude-b10",
      type: "behavioural",
      facet: "bouncing-back",
      text: "Describe a situation in which you faced a long run of complaints during one shift {setting}.",
      guide: {
        1: "Describes becoming worn down, short with customers, or cynical about the job.",
        3: "Gives an example of keeping a steady, friendly approach through the complaints.",
        5: "Describes how they kept each complaint separate, specific things that kept them going, evidence that later customers got the same good service, and what they did to recover after the shift.",
      },
    },
    {
      id: "positive-attitude-b11",
      type: "behavioural",
      text: "Tell me about a time when a colleague's negativity about customers began to affect the team and you responded to it.",
      guide: {
        1: "Describes joining in the negativity or ignoring its effect on the team.",
        3: "Gives an example of offering a more positive view or changing the subject constructively.",
        5: "Describes responding tactfully without lecturing, offering a constructive perspective or support, raising it appropriately if needed, and the effect on the colleague and the team.",
      },
    },
    {
      id: "positive-attitude-b12",
      type: "behavioural",
      facet: "solution-focus",
      text: "Give me an example of a time {customer} got in touch {channel} convinced that nobody was going to help them.",
      guide: {
        1: "Describes agreeing that little could be done, or dismissing the customer's pessimism.",
        3: "Gives an example of reassuring the customer and showing what was being done.",
        5: "Describes acknowledging why the customer felt that way, committing to specific actions, delivering them visibly, and the customer's changed outlook by the end.",
      },
    },
    {
      id: "positive-attitude-s01",
      type: "situational",
      facet: "bouncing-back",
      text: "It is the last hour of a long shift {setting}, and the previous three customers have all been rude to you. The next customer greets you cheerfully. What would you do?",
      guide: {
        1: "Would respond flatly or mention what a bad day it has been.",
        3: "Would put the earlier customers aside and respond warmly.",
        5: "Would consciously reset, match the customer's warmth genuinely, give them full attention, and deal with the earlier experiences after the shift so they do not build up.",
      },
    },
    {
      id: "positive-attitude-s02",
      type: "situational",
      facet: "positive-language",
      text: "A customer asks {channel} for same-day delivery, which your company does not offer. How would you respond?",
      guide: {
        1: "Would simply say it is not possible.",
        3: "Would explain that same-day delivery is not available and give the fastest option.",
        5: "Would lead with what can be done (the fastest delivery, click and collect, a nearby stock check), explain it positively, and help the customer choose the option that best meets their deadline.",
      },
    },
    {
      id: "positive-attitude-s03",
      type: "situational",
      facet: "solution-focus",
      text: "Earlier today {customer} got in touch {channel} about {problem}. They have just told you that they expect nothing to change, whatever you do. What would you do?",
      guide: {
        1: "Would accept the customer's view and do the minimum.",
        3: "Would reassure the customer and carry on working on the problem.",
        5: "Would acknowledge their doubt, set out specific steps and times, deliver on them, keep the customer updated, and let the results change their view.",
      },
    },
    {
      id: "positive-attitude-s04",
      type: "situational",
      text: "Your team has missed its targets for two months, and colleagues have started complaining about customers during breaks. How would you handle it?",
      guide: {
        1: "Would join in the complaining.",
        3: "Would avoid joining in and try to stay positive themselves.",
        5: "Would model a constructive attitude, recognise colleagues' good work, suggest practical improvements, and raise the team's concerns with a manager in a solution-focused way.",
      },
    },
    {
      id: "positive-attitude-s05",
      type: "situational",
      facet: "self-motivation",
      text: "A customer leaves a harsh online review that names you, and you still have the rest of the day to work. What steps would you take?",
      guide: {
        1: "Would let it sour the rest of the day or reply to the review angrily.",
        3: "Would put it aside and carry on serving customers well.",
        5: "Would acknowledge the feeling, look honestly for anything to learn, talk it through with a manager if needed, remind themselves of good feedback, and give the next customers their full, warm attention.",
      },
    },
    {
      id: "positive-attitude-s06",
      type: "situational",
      facet: "solution-focus",
      text: "A fix you were confident about fails while the customer is still with you. What would you do?",
      guide: {
        1: "Would show frustration or tell the customer there is nothing more to try.",
        3: "Would stay calm and try another fix.",
        5: "Would stay composed and upbeat, be honest with the customer, move straight to the next option, keep them informed, and make sure the problem is resolved or handed on with a plan.",
      },
    },
  ],
};
