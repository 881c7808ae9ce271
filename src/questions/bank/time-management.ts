import type { QuestionBank } from "../schema.js";

/** Questions about time management. */
export const timeManagementBank: QuestionBank = {
  competency: "time-management",
  probes: {
    situation: [
      "What else was on your workload at that moment, apart from this customer?",
      "What deadlines or targets were you working to at the time?",
      "How many customers or tasks were waiting for you when this began?",
    ],
    task: [
      "Which of your tasks was the most urgent at that point, as you saw it?",
      "What time limit were you working within?",
      "What did you need to have finished by the end of that shift?",
    ],
    action: [
      "How did you decide what to do first?",
      "What did you put off or hand over to make room for it?",
      "How did you keep track of the tasks that were still waiting?",
    ],
    result: [
      "How much time did your approach save or cost?",
      "What happened to the tasks you had put to one side?",
      "What do you now do differently when you plan your working day?",
    ],
  },
  templates: [
    {
      id: "time-management-b01",
      type: "behavioural",
      facet: "prioritisation",
      text: "Tell me about a time when several customers needed you at once while you were working {setting}.",
      guide: {
        1: "Dealt with people strictly in the order they arrived or froze under the pressure, leaving some customers waiting with no word from them.",
        3: "Describes a real occasion when they judged which request was most pressing and dealt with it first, with a basic outcome.",
        5: "Explains how they weighed urgency against importance, told the waiting customers what to expect, cleared the backlog with a concrete result and describes how they triage since.",
      },
    },
    {
      id: "time-management-b02",
      type: "behavioural",
      facet: "prioritisation",
      text: "Describe a situation in which you had to decide whether to finish a long customer case or move on to new contacts that were waiting.",
      guide: {
        1: "Either abandoned the long case without explanation or ignored the waiting contacts entirely, and sees no problem with the choice.",
        3: "Gives a specific example of making the decision on a sensible basis, such as the urgency of each, and says how it turned out.",
        5: "Sets out the trade-off they weighed, how they kept both sides informed or parked the long case safely, the measurable effect on the queue and how they now make such calls.",
      },
    },
    {
      id: "time-management-b03",
      type: "behavioural",
      facet: "time-blocking",
      text: "Walk me through how you planned a working day when routine tasks, such as emails or follow-ups, had to fit around live customer contacts.",
      guide: {
        1: "Describes no plan at all: routine work was done whenever they remembered it, or slipped without being noticed.",
        3: "Describes setting aside particular times for the routine work on that day and mostly keeping to them.",
        5: "Describes blocking time for each kind of work, protecting those blocks while adjusting them when contact volumes changed, finishing everything on time and refining the plan afterwards.",
      },
    },
    {
      id: "time-management-b04",
      type: "behavioural",
      text: "Give me an example of a time when {customer} got in touch {channel} just as you had a deadline to meet on another task.",
      guide: {
        1: "Rushed the customer off to get back to the deadline, or let the deadline pass without telling anyone.",
        3: "Gives a real example of serving the customer properly and then returning to the deadline, with a basic outcome for both.",
        5: "Explains how they judged which mattered more in that moment, managed the customer's time and the deadline together (for example by agreeing a callback or flagging the deadline early), met both and what they learned.",
      },
    },
    {
      id: "time-management-b05",
      type: "behavioural",
      text: "Tell me about a time a customer contacted you {channel} about {problem} and the conversation took far longer than you had planned.",
      guide: {
        1: "Describes cutting the customer short or showing impatience because the conversation was eating into their time.",
        3: "Describes keeping the conversation on track while still resolving the customer's issue, with a basic outcome.",
        5: "Describes several ways they steered the conversation efficiently without rushing the customer, reorganised the rest of their work around the overrun, reached a concrete outcome and explains what they now do to keep similar conversations focused.",
      },
    },
    {
      id: "time-management-b06",
      type: "behavioural",
      text: "Describe a time other customers were waiting for you while you were dealing with {customer}.",
      guide: {
        1: "Either hurried this customer to clear the queue or forgot about the waiting customers altogether.",
        3: "Gives a specific example of giving this customer the time they needed while keeping the waiting customers in mind, with a basic outcome.",
        5: "Explains how they balanced this customer's needs against the queue (acknowledging those waiting, getting help, setting a clear next step), with a concrete result for everyone and reflection on the balance they struck.",
      },
    },
    {
      id: "time-management-b07",
      type: "behavioural",
      text: "Tell me about a time you fell behind with your work while you were working {setting}.",
      guide: {
        1: "Blames the workload or others for falling behind and describes no attempt to recover or to warn anyone.",
        3: "Admits falling behind and describes reasonable steps they took to catch up, with a basic outcome.",
        5: "Explains why they fell behind, how they replanned, what they told the people affected, the concrete point at which they were back on track and the habit they changed to avoid a repeat.",
      },
    },
    {
      id: "time-management-b08",
      type: "behavioural",
      facet: "task-tracking",
      text: "Tell me about a time you had promised to get back to a customer by a set time and your day did not go to plan.",
      guide: {
        1: "Missed the promised time without warning the customer and treats it as unavoidable.",
        3: "Describes making the effort to keep the promise or letting the customer know in time that it would be late.",
        5: "Describes how they protected the commitment while the day went wrong, updated the customer before the deadline passed, delivered what was promised and how they now set callback times they can keep.",
      },
    },
    {
      id: "time-management-b09",
      type: "behavioural",
      facet: "prioritisation",
      text: "Walk me through an occasion when an urgent request from your team leader arrived while you were working {setting} and your queue was already full.",
      guide: {
        1: "Dropped everything without thought for the customers waiting, or ignored the request because they were busy.",
        3: "Describes a sensible decision about where the urgent request fitted among their existing work, with a basic outcome.",
        5: "Explains how they clarified the real urgency with the team leader, rearranged or handed over customer work without anyone being left waiting unawares, completed both with a concrete result and what they took from it.",
      },
    },
    {
      id: "time-management-b10",
      type: "behavioural",
      facet: "task-tracking",
      text: "Describe a situation in which you used a tool, list or routine to stay on top of a heavy workload {setting}.",
      guide: {
        1: "Says they keep everything in their head and cannot point to a time a method helped them.",
        3: "Names a real tool or routine they used during a busy period and explains roughly how it helped.",
        5: "Describes exactly how they used the tool or routine to plan, track and review their work, a concrete result such as no missed callbacks, and how they adapted the method over time.",
      },
    },
    {
      id: "time-management-b11",
      type: "behavioural",
      facet: "prioritisation",
      text: "Tell me about a time you spotted that a task was taking up more of your time than it was worth.",
      guide: {
        1: "Carried on with the task regardless or simply stopped doing it without checking whether it mattered to anyone.",
        3: "Describes noticing the poor return on the task and making a reasonable change to how they handled it.",
        5: "Explains how they judged the task's value, agreed a change with the right people, measured the time freed up and used it for work that mattered more to customers.",
      },
    },
    {
      id: "time-management-b12",
      type: "behavioural",
      text: "Tell me about a time a customer contacted you {channel} about {problem} shortly before your shift ended.",
      guide: {
        1: "Passed the customer on unresolved with no notes, or rushed through the issue to leave on time.",
        3: "Describes dealing with the customer sensibly in the time left, either resolving the issue or arranging a clear handover.",
        5: "Explains how they judged what could be done before the end of the shift, told the customer exactly what would happen next, left a complete handover or stayed by arrangement, and the concrete outcome for the customer.",
      },
    },
    {
      id: "time-management-s01",
      type: "situational",
      facet: "prioritisation",
      text: "You are working {setting}. Three customers need you at the same moment: one about {problem}, one with a quick question, and one who has been waiting the longest. What would you do?",
      guide: {
        1: "Serves them in arrival order or at random without considering urgency, and leaves the others waiting in silence.",
        3: "Ranks the three by urgency, answers the quick question or acknowledges the others, and deals with them in a sensible order.",
        5: "Weighs urgency, impact and waiting time, acknowledges each customer and sets expectations, uses colleagues or quick wins to clear the group, and keeps track so nobody is forgotten.",
      },
    },
    {
      id: "time-management-s02",
      type: "situational",
      facet: "time-blocking",
      text: "Your team leader asks you to clear a backlog of forty customer emails today, but the phones are much busier than expected. What steps would you take?",
      guide: {
        1: "Ignores one of the two demands, or says they would just work faster and hope for the best.",
        3: "Plans set periods for the emails between calls and tells the team leader how it is going.",
        5: "Blocks out time for the emails, sorts them by urgency so the most pressing are answered first, agrees with the team leader what matters more if both cannot be done, and reports progress before the end of the day.",
      },
    },
    {
      id: "time-management-s03",
      type: "situational",
      text: "You are halfway through a long conversation with a customer about {problem} when you notice the queue has grown to ten waiting contacts. How would you handle it?",
      guide: {
        1: "Cuts the current customer off abruptly, or carries on at the same pace with no thought for the queue.",
        3: "Keeps helping the current customer while moving the conversation towards a clear next step, then turns to the queue.",
        5: "Focuses the conversation on what must be done now, agrees a follow-up for anything that can wait, alerts a team leader or colleagues to the queue, and returns to the waiting contacts in order of urgency.",
      },
    },
    {
      id: "time-management-s04",
      type: "situational",
      text: "A customer contacts you {channel} about {problem} ten minutes before your shift ends, and sorting it out will take at least half an hour. What would you do?",
      guide: {
        1: "Tells the customer to contact the company again tomorrow, or starts the work and leaves it half done without notes.",
        3: "Does what can be done in the time left and arranges for a colleague or themselves to finish it, telling the customer.",
        5: "Takes the details fully, tells the customer honestly what will happen and when, arranges a clear handover or agrees to stay with their manager, and checks the case is picked up.",
      },
    },
    {
      id: "time-management-s05",
      type: "situational",
      text: "You are working {setting} and promised to call a customer back at three o'clock, but at five to three you are still helping someone else. What would you do?",
      guide: {
        1: "Lets the callback time pass without a word, assuming the customer will understand.",
        3: "Finishes with the current customer as soon as is reasonable and makes the callback shortly after, apologising for the delay.",
        5: "Asks a colleague to make the call or sends a short message before three to give a new time, wraps up the current customer properly, then calls back as promised and notes how to plan callbacks with more slack.",
      },
    },
    {
      id: "time-management-s06",
      type: "situational",
      facet: "time-blocking",
      text: "Your manager gives you a project to finish by Friday on top of your normal customer workload {setting}. What steps would you take?",
      guide: {
        1: "Plans to fit the project in whenever there is a quiet moment, with no schedule and no check on progress.",
        3: "Breaks the project into parts and sets aside time each day for it around customer work.",
        5: "Breaks the project into parts, blocks protected time each day, agrees with the manager how customer peaks take priority, tracks progress against Friday and raises any risk early.",
      },
    },
  ],
};
