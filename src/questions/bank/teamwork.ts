import type { QuestionBank } from "../schema.js";

/** Questions about teamwork. */
export const teamworkBank: QuestionBank = {
  competency: "teamwork",
  probes: {
    situation: [
      "Which colleagues or departments were involved?",
      "What was the team trying to achieve at that point?",
      "How was the work divided between you and your colleagues at the time?",
    ],
    task: [
      "What part of the work was yours?",
      "What did your colleagues need from you?",
      "What did the customer need the team as a whole to deliver?",
    ],
    action: [
      "How did you keep your colleagues informed as things moved on?",
      "What did you do when you and a colleague saw things differently?",
      "How did you make sure the customer was not passed from person to person?",
    ],
    result: [
      "What did the team achieve together in the end?",
      "What did your colleagues say about your part in it?",
      "What did the team change afterwards in the way it worked together?",
    ],
  },
  templates: [
    {
      id: "teamwork-b01",
      type: "behavioural",
      facet: "collaborative-problem-solving",
      text: "Tell me about a time a customer contacted you {channel} about {problem} and you needed another team to resolve it.",
      guide: {
        1: "Passed the customer to the other team and washed their hands of it, or complains that the other team was the problem.",
        3: "Describes contacting the right team, giving them what they needed and letting the customer know what was happening, with a basic outcome.",
        5: "Explains how they briefed the other team fully, stayed the customer's single point of contact, agreed next steps and timings across both teams, reached a concrete resolution and helped improve the hand-off for next time.",
      },
    },
    {
      id: "teamwork-b02",
      type: "behavioural",
      facet: "knowledge-sharing",
      text: "Describe a situation in which you passed on something you had learned to help your colleagues serve customers better while you were working {setting}.",
      guide: {
        1: "Cannot recall sharing anything with colleagues, or describes keeping useful knowledge to themselves.",
        3: "Gives a real example of sharing a tip, fix or piece of knowledge with colleagues and says how it was used.",
        5: "Describes how they spotted the knowledge gap, shared it in a form colleagues could reuse (a note, a huddle, a guide), checked it was adopted and gives a concrete effect on customers or the team.",
      },
    },
    {
      id: "teamwork-b03",
      type: "behavioural",
      facet: "supporting-colleagues",
      text: "Tell me about a time you noticed a colleague was overwhelmed and stepped in to help.",
      guide: {
        1: "Left the colleague to cope because it was not their job, or describes helping only when told to.",
        3: "Gives a specific example of offering help and taking on part of the colleague's work, with a basic outcome.",
        5: "Describes noticing the signs early, offering help in a way that respected the colleague, agreeing who did what without dropping their own work, the concrete result and how the team shared load afterwards.",
      },
    },
    {
      id: "teamwork-b04",
      type: "behavioural",
      facet: "collaborative-problem-solving",
      text: "Give me an example of a time you asked a colleague for help with {customer}.",
      guide: {
        1: "Insists they never need help, or describes offloading the customer onto a colleague without explanation.",
        3: "Describes recognising they needed input, asking a colleague and using the help to serve the customer.",
        5: "Explains why they judged help was needed, briefed the colleague clearly so the customer did not have to repeat themselves, worked with them to a concrete outcome and thanked or credited the colleague afterwards.",
      },
    },
    {
      id: "teamwork-b05",
      type: "behavioural",
      text: "Tell me about a time you disagreed with a colleague about how to handle a customer's case.",
      guide: {
        1: "Went ahead on their own without discussion, argued in front of the customer, or still speaks of the colleague with contempt.",
        3: "Describes raising the disagreement privately and reaching a workable decision, with a basic outcome.",
        5: "Describes listening to the colleague's reasons, putting the customer's interest at the centre of the discussion, agreeing a way forward (or escalating constructively), the concrete outcome and how the working relationship held up.",
      },
    },
    {
      id: "teamwork-b06",
      type: "behavioural",
      facet: "team-communication",
      text: "Walk me through an occasion when you had to hand a colleague a customer's case about {problem} before it was resolved.",
      guide: {
        1: "Handed over with little or no information, leaving the colleague and the customer to start again.",
        3: "Describes giving the colleague the key facts and telling the customer who would pick the case up.",
        5: "Describes a complete handover (history, what had been promised, next steps), introducing the colleague to the customer, checking the case was picked up and the concrete outcome for the customer.",
      },
    },
    {
      id: "teamwork-b07",
      type: "behavioural",
      facet: "team-communication",
      text: "Tell me about a time your team had to pull together to get through an unusually busy period while you were working {setting}.",
      guide: {
        1: "Describes only keeping their own head down, or blames colleagues for not keeping up.",
        3: "Describes their own contribution to a shared effort during the busy period, with a basic outcome.",
        5: "Describes how they coordinated with colleagues (dividing tasks, covering gaps, keeping each other informed), a concrete result such as waiting times held down, and what the team did differently the next time.",
      },
    },
    {
      id: "teamwork-b08",
      type: "behavioural",
      facet: "collaborative-problem-solving",
      text: "Give me an example of a time you worked with colleagues to find the cause of a problem that customers kept reporting.",
      guide: {
        1: "Treated each report as someone else's problem or fixed only their own cases without involving anyone.",
        3: "Describes raising the repeated problem with colleagues and contributing to finding its cause.",
        5: "Describes pooling evidence from several colleagues, working across teams to find the root cause, the fix that followed, a measurable drop in reports and how the team kept watch afterwards.",
      },
    },
    {
      id: "teamwork-b09",
      type: "behavioural",
      facet: "supporting-colleagues",
      text: "Describe a time you helped a new colleague learn how to deal with {customer}.",
      guide: {
        1: "Left the new colleague to work it out alone, or took the customer over without explaining anything.",
        3: "Gives a real example of showing or explaining to the new colleague how to handle that kind of customer.",
        5: "Describes tailoring their support to the new colleague (modelling, listening in, giving feedback), letting them take the lead, a concrete sign of the colleague's progress and what they learned about coaching.",
      },
    },
    {
      id: "teamwork-b10",
      type: "behavioural",
      text: "Tell me about a time you put the team's goal ahead of your own targets.",
      guide: {
        1: "Cannot give an example, or describes protecting their own numbers at the team's expense.",
        3: "Describes a specific occasion when they gave up some personal advantage to help the team meet its goal.",
        5: "Explains the trade-off they made, how they agreed it with colleagues or their manager, the concrete result for the team and customers, and how they balance personal and team aims now.",
      },
    },
    {
      id: "teamwork-b11",
      type: "behavioural",
      facet: "collaborative-problem-solving",
      text: "Tell me about a time when {customer} got in touch {channel} and you brought a specialist colleague into the conversation.",
      guide: {
        1: "Passed the customer to the specialist and stepped away, or kept the customer waiting while they argued over whose job it was.",
        3: "Describes involving the specialist at the right moment and making sure the customer got the answer they needed.",
        5: "Describes briefing the specialist beforehand, explaining the step to the customer, staying involved so the customer had continuity, reaching a concrete resolution and learning enough to handle similar cases themselves.",
      },
    },
    {
      id: "teamwork-b12",
      type: "behavioural",
      text: "Give me an example of a time when {customer} got in touch {channel} about a mistake a colleague had made.",
      guide: {
        1: "Blamed the colleague in front of the customer or refused to deal with someone else's error.",
        3: "Describes putting the mistake right for the customer without blaming the colleague, and letting the colleague know.",
        5: "Describes owning the fix on behalf of the team, raising the mistake with the colleague privately and supportively, agreeing how to stop it recurring and the concrete outcome for the customer.",
      },
    },
    {
      id: "teamwork-s01",
      type: "situational",
      facet: "collaborative-problem-solving",
      text: "A customer contacts you {channel} about {problem}, and the only person who can fix it works in another department that is not answering. What steps would you take?",
      guide: {
        1: "Tells the customer it is out of their hands and leaves it there.",
        3: "Keeps trying the department through other routes and keeps the customer informed of progress.",
        5: "Escalates through the proper channels, finds another contact in the department, gives them everything they need, stays the customer's point of contact with realistic timings and raises the gap afterwards.",
      },
    },
    {
      id: "teamwork-s02",
      type: "situational",
      facet: "supporting-colleagues",
      text: "You are working {setting} and notice that a colleague has a long queue of waiting customers while yours is nearly empty. What would you do?",
      guide: {
        1: "Enjoys the quiet spell, since the colleague's queue is not their responsibility.",
        3: "Offers to take some of the colleague's customers and does so.",
        5: "Offers help straight away, agrees with the colleague which customers to take so nobody is served twice, lets the waiting customers know and suggests a way to balance queues in future.",
      },
    },
    {
      id: "teamwork-s03",
      type: "situational",
      facet: "team-communication",
      text: "A colleague tells a customer something about the returns policy that you know is wrong, and the customer then turns to you for confirmation. How would you handle it?",
      guide: {
        1: "Contradicts the colleague bluntly in front of the customer, or goes along with the wrong answer to avoid awkwardness.",
        3: "Gives the customer the correct information tactfully and mentions the error to the colleague afterwards.",
        5: "Corrects the information without undermining the colleague in front of the customer, makes sure the customer is not disadvantaged, talks to the colleague privately and checks whether others need the policy clarified.",
      },
    },
    {
      id: "teamwork-s04",
      type: "situational",
      text: "Your team is asked to cut its average handling time, and a colleague suggests skipping the final check with each customer to save time. How would you handle it?",
      guide: {
        1: "Goes along with the shortcut without thinking, or dismisses the colleague's idea out of hand.",
        3: "Explains to the colleague why the final check matters and suggests looking for time savings elsewhere.",
        5: "Takes the colleague's aim seriously, explains the risk to customers, proposes other ways to save time, and suggests the team test the ideas together and share results with the team leader.",
      },
    },
    {
      id: "teamwork-s05",
      type: "situational",
      facet: "team-communication",
      text: "A customer contacts you about {problem} after being passed between three of your colleagues already. What would you do?",
      guide: {
        1: "Passes the customer on again, or blames the colleagues who handled it before.",
        3: "Takes ownership of the case, reads what has happened so far and works with colleagues to resolve it.",
        5: "Apologises for the runaround, takes ownership, gathers what each colleague knows without making the customer repeat it, resolves the issue with the right people and raises how the case bounced around.",
      },
    },
    {
      id: "teamwork-s06",
      type: "situational",
      facet: "supporting-colleagues",
      text: "A new colleague keeps asking you for help during your busiest hours, and your own customers are starting to wait. How would you handle it?",
      guide: {
        1: "Refuses to help or helps grudgingly and complains about the colleague to others.",
        3: "Helps with urgent questions and agrees a better time for the rest.",
        5: "Triages the questions, agrees a regular time to go through the rest, points the colleague to guides or other experienced staff, and mentions the support need to the team leader constructively.",
      },
    },
  ],
};
