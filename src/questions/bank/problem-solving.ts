import type { QuestionBank } from "../schema.js";

/** Questions about Problem solving. */
export const problemSolvingBank: QuestionBank = {
  competency: "problem-solving",
  probes: {
    situation: [
      "What exactly was going wrong for the customer when they reached you?",
      "What information was missing when you started?",
      "What had already been tried before the problem came to you?",
    ],
    task: [
      "What did you see as the real problem to be solved?",
      "What constraints did you have to work within, such as time, budget or authority?",
      "What would a good outcome have looked like for the customer?",
    ],
    action: [
      "How did you work out what was causing the problem?",
      "Which options did you consider before choosing your solution?",
      "What steps did you take to make sure the solution was carried out?",
    ],
    result: [
      "How did you confirm that the problem was actually solved?",
      "What did you do to stop the same problem happening again?",
      "What would you do differently if you faced the same problem tomorrow?",
    ],
  },
  templates: [
    {
      id: "problem-solving-b01",
      type: "behavioural",
      facet: "identifying-the-problem",
      text: "Tell me about a time when {customer} got in touch {channel} about {problem} and the real problem turned out to be different from the one first described.",
      guide: {
        1: "Describes fixing what the customer first said without checking, then being surprised when the problem came back.",
        3: "Gives a real example of asking questions that uncovered the real problem, which they then fixed.",
        5: "Describes systematic fact-finding (open questions, checking records, reproducing the issue), how the real problem emerged, a fix that addressed it, and a concrete, confirmed result.",
      },
    },
    {
      id: "problem-solving-b02",
      type: "behavioural",
      facet: "root-cause-analysis",
      text: "Describe a situation, while you were working {setting}, in which you looked beyond a customer's immediate complaint to find what was causing it.",
      guide: {
        1: "Describes dealing with the symptom only and treating the cause as someone else's concern.",
        3: "Gives an example of investigating the cause and addressing it as well as the complaint.",
        5: "Explains how they traced the cause step by step (asking why, testing possibilities), fixed both symptom and cause, confirmed the result, and how the fix helped other customers.",
      },
    },
    {
      id: "problem-solving-b03",
      type: "behavioural",
      facet: "creative-solutions",
      text: "Walk me through an occasion when the standard fix did not work for a customer and you had to come up with an alternative.",
      guide: {
        1: "Describes telling the customer nothing more was possible once the standard fix failed.",
        3: "Gives an example of finding a workable alternative after the usual fix failed.",
        5: "Describes generating several alternatives, weighing them against the customer's needs and the rules, choosing and testing one, a concrete result, and sharing the workaround with colleagues.",
      },
    },
    {
      id: "problem-solving-b04",
      type: "behavioural",
      facet: "action-plans",
      text: "Give me an example of a time you broke a complicated customer problem into steps and saw each one through.",
      guide: {
        1: "Describes tackling the problem piecemeal and losing track of parts of it.",
        3: "Gives an example of splitting the problem into steps and completing them.",
        5: "Describes a clear plan with owners and dates, keeping the customer informed at each stage, handling a step that slipped, and a concrete, complete resolution.",
      },
    },
    {
      id: "problem-solving-b05",
      type: "behavioural",
      facet: "follow-up",
      text: "Tell me about a time when you followed up with a customer {channel} to check that a fix had actually worked.",
      guide: {
        1: "Describes closing the case as soon as the fix was applied and assuming it worked.",
        3: "Gives an example of contacting the customer afterwards to confirm the fix held.",
        5: "Describes planning the follow-up, what they checked, what they found, any further action, and how they recorded the outcome so others could learn from it.",
      },
    },
    {
      id: "problem-solving-b06",
      type: "behavioural",
      facet: "creative-solutions",
      text: "Describe a situation in which {customer} got in touch about {problem} and you offered them a choice of solutions.",
      guide: {
        1: "Describes offering one take-it-or-leave-it answer.",
        3: "Gives an example of setting out more than one option and letting the customer choose.",
        5: "Describes how they developed the options, explained the trade-offs in terms the customer cared about, supported the customer's choice, and reached a concrete outcome the customer was pleased with.",
      },
    },
    {
      id: "problem-solving-b07",
      type: "behavioural",
      facet: "root-cause-analysis",
      text: "Walk me through an occasion when you noticed the same problem coming up with several customers while working {setting} and found a way to stop it recurring.",
      guide: {
        1: "Describes fixing each case as it came without noticing or acting on the pattern.",
        3: "Gives an example of spotting the repeated problem and raising it so it was fixed.",
        5: "Describes gathering evidence of the pattern, identifying the cause, proposing and driving a change, and a measurable drop in the problem afterwards.",
      },
    },
    {
      id: "problem-solving-b08",
      type: "behavioural",
      facet: "creative-solutions",
      text: "Give me an example of a time you solved a customer's problem {channel} when the obvious solution was not available to you.",
      guide: {
        1: "Describes passing the customer on or giving up because the usual route was closed.",
        3: "Gives an example of finding another route to solve the problem.",
        5: "Describes analysing what the customer really needed, finding a creative route within the rules, checking it worked, and a concrete result with the customer's reaction.",
      },
    },
    {
      id: "problem-solving-b09",
      type: "behavioural",
      facet: "identifying-the-problem",
      text: "Tell me about a time when you had to gather facts from several sources before you were able to work out what had gone wrong for {customer}.",
      guide: {
        1: "Describes guessing the cause from the customer's account alone.",
        3: "Gives an example of checking records or colleagues to piece together what had happened.",
        5: "Describes methodically collecting and comparing information from several sources, resolving contradictions, pinpointing the failure, fixing it, and explaining it to the customer in plain terms.",
      },
    },
    {
      id: "problem-solving-b10",
      type: "behavioural",
      facet: "follow-up",
      text: "Describe a situation in which you wrote up how you had solved a customer's problem so that colleagues had it for next time.",
      guide: {
        1: "Describes keeping the solution in their head and seeing no need to record it.",
        3: "Gives an example of documenting the solution where colleagues were able to find it.",
        5: "Describes recording the problem, cause and fix in a form others can follow, sharing it with the team, and evidence that colleagues later used it to solve cases faster.",
      },
    },
    {
      id: "problem-solving-b11",
      type: "behavioural",
      text: "Tell me about a time when {customer} got in touch {channel} needing a solution within minutes rather than days.",
      guide: {
        1: "Describes telling the customer that it would take the usual time and leaving it there.",
        3: "Gives an example of finding a quick fix that met the customer's immediate need.",
        5: "Describes quickly narrowing down the problem, choosing a fast but sound solution, arranging any longer-term fix, and a concrete outcome within the customer's deadline.",
      },
    },
    {
      id: "problem-solving-b12",
      type: "behavioural",
      facet: "action-plans",
      text: "Walk me through an occasion when solving a customer's problem meant bringing in another team, and you kept ownership of it until it was resolved.",
      guide: {
        1: "Describes handing the problem to the other team and considering their part done.",
        3: "Gives an example of involving the other team and checking the problem got resolved.",
        5: "Describes briefing the team fully, agreeing actions and dates, chasing progress, keeping the customer informed throughout, and confirming the resolution with the customer at the end.",
      },
    },
    {
      id: "problem-solving-s01",
      type: "situational",
      facet: "identifying-the-problem",
      text: "A customer tells you {channel} that their order shows as delivered, but they have not received it and the courier has closed the case. What steps would you take?",
      guide: {
        1: "Would tell the customer to take it up with the courier.",
        3: "Would check the delivery details and arrange a replacement or refund.",
        5: "Would gather the facts (address, proof of delivery, neighbours, courier evidence), reopen the case with the courier, offer the customer a fair resolution meanwhile, and confirm the outcome with them.",
      },
    },
    {
      id: "problem-solving-s02",
      type: "situational",
      text: "Earlier this week {customer} got in touch {channel} about {problem}. They are back today because the solution a colleague offered has not worked. What steps would you take?",
      guide: {
        1: "Would repeat the same solution or tell the customer to wait longer.",
        3: "Would review what was tried and find a different solution.",
        5: "Would review the case history, ask questions to find why the first solution failed, address the cause, agree a plan with the customer, and follow up to confirm it held.",
      },
    },
    {
      id: "problem-solving-s03",
      type: "situational",
      facet: "root-cause-analysis",
      text: "Three customers in one morning report the same error when paying online, but the system dashboard shows nothing wrong. What would you do?",
      guide: {
        1: "Would tell each customer to try again later, since the system shows no fault.",
        3: "Would report the repeated error to the technical team.",
        5: "Would collect details from each customer to find what the cases share, try to reproduce the error, report it with evidence, offer customers a workaround, and update them once it is fixed.",
      },
    },
    {
      id: "problem-solving-s04",
      type: "situational",
      facet: "creative-solutions",
      text: "A customer needs a replacement part before the weekend, and your usual supplier is unable to deliver until next week. What would you do?",
      guide: {
        1: "Would tell the customer the part will arrive next week.",
        3: "Would look for another supplier or a faster delivery option.",
        5: "Would explore several options (other branches, suppliers, a loan item, a temporary fix), weigh cost and speed, agree the best one with the customer, and confirm it arrives in time.",
      },
    },
    {
      id: "problem-solving-s05",
      type: "situational",
      facet: "follow-up",
      text: "While you are working {setting}, you solve a customer's problem with a temporary workaround, and you are not sure it will hold. What steps would you take?",
      guide: {
        1: "Would close the case and hope the workaround holds.",
        3: "Would tell the customer it is temporary and check back later.",
        5: "Would be honest about the workaround, arrange the permanent fix, set a follow-up date, record the case so colleagues know, and check with the customer that it held.",
      },
    },
    {
      id: "problem-solving-s06",
      type: "situational",
      facet: "action-plans",
      text: "A customer's complaint involves billing, delivery and a faulty product at once, and each is handled by a different team. How would you handle it?",
      guide: {
        1: "Would pass the customer to each team in turn.",
        3: "Would contact each team and keep the customer updated.",
        5: "Would separate the three issues, agree actions and dates with each team, act as the customer's single point of contact, track progress to completion, and confirm with the customer that everything is resolved.",
      },
    },
  ],
};
