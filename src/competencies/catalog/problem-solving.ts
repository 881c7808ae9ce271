import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Problem-solving: finding out what is really wrong, fixing it and making sure the fix holds. */
export const problemSolving: Competency = {
  id: "problem-solving",
  name: "Problem-solving",
  definition:
    "Problem-solving is working out what is actually wrong for a customer and getting it fixed in a way that lasts. A strong agent gathers the facts before acting, digs past the first symptom to the underlying cause, weighs more than one way forward and turns the chosen one into clear steps. They then check back that the fix worked and record what they learned, so the same fault does not reach the next customer.",
  cluster: "resolution",
  facets: [
    {
      id: "identifying-the-problem",
      name: "Identifying the problem",
      description: "Gathering the facts — open and clarifying questions, reproducing the fault — until the real problem is clear.",
    },
    {
      id: "root-cause-analysis",
      name: "Root-cause analysis",
      description: "Looking beneath the symptom for what caused it, for example by asking “why” repeatedly or mapping possible causes.",
    },
    {
      id: "creative-solutions",
      name: "Creative solutions",
      description: "Generating and weighing several possible fixes or workarounds rather than reaching for the first one.",
    },
    {
      id: "action-plans",
      name: "Action plans",
      description: "Turning the chosen fix into concrete steps with owners and dates, so it actually gets carried out.",
    },
    {
      id: "follow-up",
      name: "Follow-up",
      description: "Checking with the customer afterwards that the fix held, and documenting it for next time.",
    },
  ],
  aliases: ["problem-solving skills", "creative problem-solving", "troubleshooting", "analytical thinking"],
  related: ["competence", "active-listening", "product-knowledge", "adaptability"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Gives up on the problem, guesses at fixes or closes it without knowing whether it was solved.",
      anchors: [
        "Abandoned the fault once the first attempt failed and left the customer to sort it out.",
        "Tried random resets or changes without first establishing what was wrong.",
        "Marked the case as done without checking that anything had actually been fixed.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Says they are good at solving problems but describes no diagnosis or fix of their own.",
      anchors: [
        "Calls themself “a natural problem-solver” or “analytical” with no case to back it up.",
        "Describes a fault that got fixed without saying what they did to find or fix it.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a real case in which they worked out what was wrong and applied a sensible fix.",
      anchors: [
        "Asked the customer what exactly happened, or reproduced the fault, before changing anything.",
        "Chose a fix that matched the diagnosed fault rather than a generic reset.",
        "Says the fault was fixed, even if the outcome is described only loosely.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story that runs from diagnosis through cause and plan to a confirmed fix.",
      anchors: [
        "Traced the symptom back to a specific underlying cause and says how they found it.",
        "Compared more than one option and explains why they picked the one they used.",
        "Set out the steps, who did each and by when, and reports the concrete result.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Several problem-solving behaviours in depth, a measurable result and a fix that stopped the fault recurring.",
      anchors: [
        "Combined careful diagnosis, root-cause work and a staged plan on a tricky or recurring fault.",
        "Checked back with the customer later to confirm the fix had held.",
        "Documented the cause and fix or changed a process, and can point to fewer repeat cases afterwards.",
      ],
    },
  ],
  indicators: [
    {
      id: "problem-solving-diagnose",
      kind: "positive",
      description: "Gathered the facts of the fault — asked what exactly happened, reproduced it or narrowed it down — before fixing.",
      facet: "identifying-the-problem",
      patterns: [
        "\\bask(?:ed)?\\b[^.]{0,40}\\b(?:exactly what|what exactly|precisely what|step by step what|when (?:it|the (?:problem|issue|error|fault)) (?:first )?(?:started|began|happened)|which (?:step|screen|page|model|version|button|setting) )",
        "\\b(?:reproduc(?:e|ed)|recreat(?:e|ed)|replicat(?:e|ed))\\b[^.]{0,30}\\b(?:problem|issue|error|fault|bug|crash)\\b",
        "\\bnarrow(?:ed)? (?:it|the (?:problem|issue|fault|error)) down\\b",
      ],
      examples: [
        "I asked him exactly what happened when he pressed the start button.",
        "I reproduced the error on a test account to see what she was seeing.",
        "I narrowed the problem down to a single router setting.",
      ],
      nonExamples: [
        "I didn't ask her exactly what happened before I started changing settings.",
        "I would reproduce the error on my own machine first.",
        "Identifying the problem is always the first step.",
      ],
    },
    {
      id: "problem-solving-root-cause",
      kind: "positive",
      description: "Looked past the symptom and found what was causing the fault.",
      facet: "root-cause-analysis",
      patterns: [
        "\\b(?:found|traced|tracked down|identified|discovered|worked out|figured out|uncovered|pinpointed)\\b[^.]{0,50}\\b(?:root cause|underlying (?:cause|problem|issue|fault)|real (?:cause|reason|problem)|source of the (?:problem|issue|error|fault|complaints?))\\b",
        "\\btrac(?:e|ed) (?:it|the (?:problem|issue|error|fault|delay|complaints?)) (?:back )?to\\b",
        "\\b(?:asked|kept asking) (?:myself )?why\\b[^.]{0,40}\\b(?:again|repeatedly|five times|several times|until)\\b",
      ],
      examples: [
        "I traced the problem back to a billing rule that charged every renewal twice.",
        "I worked out that the real cause was a wrong postcode stored on the account.",
        "I kept asking why until I reached the scanning step in the warehouse.",
      ],
      nonExamples: [
        "I never found the root cause, so the fault kept coming back.",
        "I would trace the problem back to its source.",
        "Root cause analysis is a useful method.",
      ],
    },
    {
      id: "problem-solving-options",
      kind: "positive",
      description: "Came up with and weighed several possible fixes or a workaround instead of stopping at the first idea.",
      facet: "creative-solutions",
      patterns: [
        "\\b(?:c(?:a|o)me up with|brainstorm(?:ed)?|suggest(?:ed)?|propos(?:e|ed)|laid out|weigh(?:ed)?(?: up)?|compar(?:e|ed))\\b[^.]{0,30}\\b(?:two|three|four|several|a few|a couple of|different|alternative|other) (?:options|solutions|ideas|alternatives|workarounds|approaches|fixes)\\b",
        "\\b(?:found|devised|c(?:a|o)me up with|rigged up) (?:a |an )?(?:workaround|temporary fix|stopgap|creative (?:fix|solution))\\b",
      ],
      examples: [
        "I came up with three options and talked them through with the customer.",
        "I found a workaround so she could keep trading while the card reader was replaced.",
        "I brainstormed different fixes with the night team.",
      ],
      nonExamples: [
        "I didn't come up with any other options at the time.",
        "I would suggest a few alternatives to the customer.",
        "Creative problem-solving matters a lot.",
      ],
    },
    {
      id: "problem-solving-action-plan",
      kind: "positive",
      description: "Turned the fix into a concrete plan with steps, owners or dates.",
      facet: "action-plans",
      patterns: [
        "\\b(?:wrote|write|drew|draw|put|mapped|map|laid|lay|sketched|made|make)\\b(?: up| out| together)? (?:a|an|the)(?: [a-z-]+){0,2} (?:action )?plan\\b",
        "\\bbr(?:o|ea)ke (?:it|the (?:fix|repair|job|work|solution|rollout)) (?:down )?into (?:steps|stages|tasks|(?:two|three|four|five) (?:steps|stages|parts|tasks))\\b",
        "\\b(?:split|divid(?:e|ed)|assign(?:ed)?|allocat(?:e|ed)) (?:the |each |every )?(?:steps|tasks|actions|step|task|action)\\b[^.]{0,40}\\b(?:deadline|date|owner|between|to each)\\b",
      ],
      examples: [
        "I drew up a step-by-step plan for replacing the faulty units across all five stores.",
        "I broke the fix into three stages and agreed a date for each one with the customer.",
        "I split the tasks between the installer and myself and set a deadline for each.",
      ],
      nonExamples: [
        "I never made a plan, I just started changing things.",
        "I would put together an action plan with clear deadlines.",
        "Action plans help teams stay on track.",
      ],
    },
    {
      id: "problem-solving-follow-up",
      kind: "positive",
      description: "Checked back afterwards that the fix had held, or documented it so the fault could be handled faster next time.",
      facet: "follow-up",
      patterns: [
        "\\b(?:follow(?:ed)? up|check(?:ed)? (?:back |in )?with|call(?:ed)? (?:him|her|them|the customer) back|r(?:a|i)ng (?:him|her|them|the customer) back)\\b[^.]{0,60}\\b(?:worked|working|held|holding|fixed|resolved|come back|returned|recurred|happened again)\\b",
        "\\b(?:document(?:ed)?|wrote up|write up|record(?:ed)?|logg?(?:ed)?)\\b[^.]{0,40}\\b(?:fix|solution|workaround|cause|steps)\\b[^.]{0,40}\\b(?:knowledge base|wiki|team notes|next time|for others|so others)\\b",
      ],
      examples: [
        "I called her back two days later to make sure the fix had worked.",
        "I followed up with the customer a week later to check the fault had not come back.",
        "I documented the workaround in the team wiki so others could use it next time.",
      ],
      nonExamples: [
        "I never followed up to see whether the fix had worked.",
        "I would call them back the next day to check it was working.",
        "Follow-up is an important part of good service.",
      ],
    },
    {
      id: "problem-solving-gave-up",
      kind: "red-flag",
      description: "Gave up on the customer's problem instead of working it through.",
      patterns: [
        "\\b(?:gave|give) up (?:on (?:it|(?:the|a|their|this) (?:problem|issue|fault|ticket|case|repair))|trying)\\b",
      ],
      examples: [
        "I gave up on the problem after the second reset failed and told her to buy a new one.",
        "I gave up trying after ten minutes and closed the chat.",
      ],
      nonExamples: [
        "I didn't give up on the problem even when the third reset failed.",
        "I would give up on the problem if it took longer than an hour.",
      ],
    },
    {
      id: "problem-solving-unverified-close",
      kind: "red-flag",
      description: "Closed the case without checking that the problem had actually been fixed.",
      patterns: [
        "\\bclos(?:e|ed) (?:the |their |a |his |her )?(?:ticket|case|complaint|chat)\\b[^.]{0,40}\\b(?:without (?:checking|testing|confirming|asking|finding)|before (?:checking|testing|confirming|finding))\\b",
      ],
      examples: [
        "I closed the ticket without checking whether the update had fixed anything.",
        "I closed the case before confirming the refund had gone through.",
      ],
      nonExamples: [
        "I never closed a ticket without checking the fix first.",
        "I would close the case before confirming it if the queue was long.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.topSkills,
      note: "identifying the problem, brainstorming, root-cause analysis (five whys, fishbone), action plans and follow-up",
    },
    { ...ARTICLES.threeQualities, note: "look for the real reason behind a complaint and solve it so it does not recur" },
  ],
};
