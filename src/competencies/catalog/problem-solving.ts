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
      description: "Gave up on the customer's fault once the first attempt failed and left them to sort it out themselves.",
      patterns: [
        "\\b(?:gave|give|giving|given) up (?:on (?:it|that|them|(?:mx )?alex|(?:the|a|their|this|that) (?:problem|issue|fault|ticket|case|repair|error|query|job|device|machine|laptop|phone|router|printer))|trying|after (?:the |a |one |that |my )?(?:first|second|one|single|failed|couple)|at that point|pretty quickly|fairly quickly|straight away)\\b(?![^.;]{0,60}\\b(?:and|instead|so|then) (?:i )?(?:then )?(?:tried|switched|changed|offered|set|called|rang|started|suggested|drove|walked|showed|booked|went round|sent|took|found|arranged)\\b)",
        "\\b(?:left|leave|leaving) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)) to (?:sort|figure|work|fix|deal with|muddle through|get on with)\\b",
        "\\b(?:told|tell|telling|asked|ask|advised|advise) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)) to (?:sort|figure|work|fix|deal with) (?:it |that |things |the rest )?(?:out )?(?:themself|themselves|on their own|by themself|by themselves|alone)\\b",
        "(?<=\\b(?:(?:didn'?t|doesn'?t|did not|does not) (?:work|help|fix (?:it|anything|the (?:problem|issue|fault)))|fail(?:ed|s)?|no luck|no joy|still (?:broken|not working|dead))\\b[^.]{0,40})\\b(?:told|tell|telling|advised|advise) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user)) (?:to |they (?:should|would need to|'d need to|had to|'d have to) )?(?:just )?(?:buy|get|order|contact|ring|call|take it (?:back )?to) (?:a new|a replacement|the manufacturer|the shop|the store|someone else|a repair shop|an engineer)\\b",
        "\\b(?:stopped|stop|stopping) (?:trying|looking|troubleshooting|working on it)\\b[^.]{0,10}\\b(?:after|once|when) (?:the |a |my |one |that )?(?:first|second|one|single|initial)\\b",
        "(?<=\\b(?:(?:didn'?t|doesn'?t|did not|does not) (?:work|help|fix (?:it|anything|the (?:problem|issue|fault)))|fail(?:ed|s)?|no luck|no joy|still (?:broken|not working|dead))\\b[^.]{0,70})\\b(?:left|leave) it (?:there|at that)\\b",
        "\\b(?:passed|pass|handed|hand|threw|throw|put|push|pushed) (?:it|the (?:problem|issue|fault)) back (?:to|on|onto) (?:them|(?:mx )?alex|the (?:customer|caller|guest|client|user))\\b",
      ],
      examples: [
        "I gave up on the problem after the second reset failed and told her to buy a new one.",
        "I gave up trying after ten minutes and closed the chat.",
        "When the first reset didn't work, I left him to sort it out on his own.",
        "The restart didn't help, so I told him to buy a new router.",
        "I stopped trying after the first fix failed.",
        "The update didn't fix anything, so I left it there.",
        "I passed the problem back to the customer and moved on to my next call.",
      ],
      nonExamples: [
        "I didn't give up on the problem even when the third reset failed.",
        "I would give up on the problem if it took longer than an hour.",
        "I never gave up on it, even after the second reset failed.",
        "I'd try not to leave a customer to sort out a fault on their own.",
        "My colleague gave up on the fault after one reset, so I took the case over and found the loose cable.",
        "I left her to finish her coffee while I tested the machine again, and the second fix worked.",
        "Once the second fix worked, I left it there and logged the cause.",
      ],
    },
    {
      id: "problem-solving-guessed-fix",
      kind: "red-flag",
      description: "Tried random resets or changes without first finding out what was actually wrong.",
      facet: "identifying-the-problem",
      patterns: [
        "\\b(?:tried|try|trying|changed|change|changing|reset|resetting|restarted|restart|restarting|rebooted|reboot|rebooting|reinstalled|reinstall|toggled|toggle|tweaked|tweak|fiddled with|fiddle with|messed with|played with|swapped|swap|clicked|click|pressed|press)\\b[^.]{0,30}\\b(?:random|at random|randomly)\\b",
        "\\brandomly (?:tried|changed|reset|restarted|rebooted|reinstalled|toggled|tweaked|swapped|clicked|pressed|pushed|switched)\\b",
        "\\b(?:tried|try|trying|changed|change|changing|reset|resetting|restarted|restart|restarting|rebooted|reboot|rebooting|reinstalled|reinstall|tweaked|tweak|swapped|swap|replaced|replace|threw|throw|throwing|went through|go through)\\b[^.]{0,50}\\b(?:until|till|hoping|in the hope|and hoped|and hope|to see if|to see whether) (?:one of them |something |anything |one )(?:worked|would work|works|stuck|would stick|sticks|fixed it|would fix it|helped|did the trick|would do the trick)\\b",
        "\\b(?:tried|try|trying|changed|change|changing|reset|resetting|restarted|restart|restarting|rebooted|reboot|rebooting|reinstalled|reinstall|tweaked|tweak|swapped|swap|replaced|replace|went straight to|go straight to|jumped (?:straight )?to|jump (?:straight )?to|started (?:changing|resetting|swapping|trying))\\b[^.]{0,50}\\b(?:without (?:first |even |really )?(?:asking|checking|knowing|finding out|working out|looking (?:at|into)|understanding|establishing|diagnosing|reading|testing|hearing|listening)|before (?:i(?:'d| had) )?(?:even |first )?(?:asked|asking|checked|checking|knew|knowing|found out|finding out|worked out|working out|understood|understanding|established|looked|looking) (?:at )?(?:what|why|how|where|whether|if|the (?:error|logs|lights|symptoms))\\b)",
        "(?<!\\b(?:rather than|instead of|than|to avoid|avoid|without|not|no) )\\b(?:guessed|guess|guessing) (?:at )?(?:the |a |what the |what was |what might be |which )?(?:fix|cause|problem|issue|fault|wrong|solution|setting|part)\\b",
        "\\b(?:threw|throw|throwing) (?:every|all the|random|a few|some|whatever|loads of|a load of|a bunch of) (?:fix|fixes|solutions?|resets?|things?|ideas?|settings?)\\b[^.]{0,20}\\bat (?:it|the (?:problem|issue|fault|machine|device|router|laptop|system|printer))\\b",
        "\\b(?:by|through|on|with|using|pure|just|sheer) guesswork\\b",
      ],
      examples: [
        "I changed random settings on his router and waited to see what happened.",
        "I kept restarting the till until something worked.",
        "I reset her phone to factory settings without first asking when the problem started.",
        "I guessed at the cause and swapped the power cable.",
        "I threw every fix I knew at the problem and hoped one would stick.",
        "I fixed it by pure guesswork in the end.",
      ],
      nonExamples: [
        "I never tried random resets; I asked what had changed first.",
        "I'd try not to change any settings without asking what had happened first.",
        "My colleague had changed random settings, so I restored the defaults and asked the customer what they saw.",
        "I asked exactly what had happened before I changed a single setting.",
        "The customer had reset the router at random several times before calling us.",
        "Rather than guess at the cause, I reproduced the error on a test account.",
      ],
    },
    {
      id: "problem-solving-unverified-close",
      kind: "red-flag",
      description: "Marked the case as done without checking that the problem had actually been fixed.",
      facet: "follow-up",
      patterns: [
        "\\b(?:closed|close|closing|closed off|close off|wrapped up|wrap up|wrapping up|signed off|sign off|signing off|ticked off|tick off) (?:it|that|the (?:ticket|case|complaint|chat|job|call|query|fault|issue|request|incident|repair|work order)|their (?:ticket|case|complaint|job)|a (?:ticket|case|job))\\b[^.]{0,40}\\b(?:without (?:actually |even |first |properly |really |ever )?(?:checking|testing|confirming|asking|finding out|hearing back|knowing|making sure|seeing|verifying|a (?:test|check))|before (?:actually |even |properly )?(?:checking|testing|confirming|finding out|hearing back|knowing|making sure|seeing|verifying|i(?:'d| had) (?:checked|tested|confirmed|heard|seen)|(?:they|the customer) (?:had )?(?:tried|tested|confirmed|replied|checked))|and (?:just )?(?:hoped|assumed) (?:for the best|it (?:was|had|would))|(?:even though|although|though) (?:i|they|the customer|nobody|no one) (?:hadn'?t|had not|didn'?t|did not|never) (?:checked|tested|confirmed|replied|tried|heard|seen))",
        "\\b(?:marked|mark|marking|set|setting|logged|log|logging|flagged|flag|recorded|record|updated|update) (?:it|that|them|the (?:ticket|case|complaint|chat|job|call|query|fault|issue|request|incident|repair)s?|their (?:ticket|case|complaint|job)s?|(?:tickets|cases|jobs)|a (?:ticket|case|job)) (?:as |to )?(?:resolved|closed|done|fixed|complete|completed|solved|sorted|finished)\\b[^.]{0,40}\\b(?:without (?:actually |even |first |properly |really )?(?:checking|testing|confirming|asking|finding out|hearing back|knowing|making sure|seeing|verifying)|before (?:actually |even |properly )?(?:checking|testing|confirming|finding out|hearing back|knowing|making sure|seeing|verifying)|(?:as soon as|straight after|right after|the moment) i(?:'d| had|'ve| have)? (?:sent|emailed|applied|pushed|suggested|read out|passed on))\\b",
        "\\bassum(?:ed|e|ing) (?:that )?(?:it|that|the (?:fix|reset|restart|update|change|repair|patch|workaround|new part|problem|issue|fault|error)|everything) (?:had |has |was |would |must have |'d )?(?:worked|work|works|been fixed|fixed|been sorted|sorted|gone away|been resolved|resolved|done the trick|cleared)\\b[^.]{0,30}\\b(?:(?:and|so) (?:i )?(?:just )?(?:closed|close|marked|mark|moved on|move on|logged|signed|ticked|left it|never)|(?:since|because|as|when) (?:they|the customer|nobody|no one) (?:didn'?t|did not|never|hadn'?t) (?:call|ring|reply|replied|respond|responded|complain|complained|come back|get back|chase|chased))",
        "\\b(?:closed|close|closing|marked|mark|signed off|sign off|moved on|move on|hung up|ended the (?:call|chat))\\b[^.]{0,40}\\band (?:just )?assum(?:ed|e) (?:that )?(?:it|the (?:fix|reset|restart|update|change|repair|problem|issue|fault)|everything) (?:had |has |was |would )?(?:worked|work|works|been fixed|fixed|sorted|resolved|gone away|done the trick)\\b",
        "\\b(?:figured|assumed|reckoned|thought|decided|took it that)\\b[^.]{0,10}\\bno news (?:was|is|meant) good news\\b",
        "\\b(?:took|take|taking|treated|treat) (?:their )?(?:silence|no reply|no answer|no response|the lack of (?:a )?(?:reply|response|complaint)) (?:as|to mean) (?:a yes|a sign|proof|confirmation|meaning|it (?:was|had)|everything)\\b",
        "\\b(?:moved|move|moving) on to (?:the |my )?next (?:ticket|case|call|customer|job|chat|one)\\b[^.]{0,40}\\bwithout (?:checking|testing|confirming|knowing|making sure|finding out|seeing|hearing)\\b",
      ],
      examples: [
        "I closed the ticket without checking whether the update had fixed anything.",
        "I closed the case before confirming the refund had gone through.",
        "I marked the job as fixed as soon as I'd emailed the instructions.",
        "I assumed the update had worked and closed the case.",
        "I figured no news was good news and never rang her back.",
        "I moved on to the next ticket without checking that her card had been unlocked.",
        "I signed off the repair without testing the machine.",
      ],
      nonExamples: [
        "I never closed a ticket without checking the fix first.",
        "I would close the case before confirming it if the queue was long.",
        "My team lead closed the ticket without checking, so I reopened it and rang the customer.",
        "I'd try not to close a case before the customer confirms the fix.",
        "I closed the ticket only after she confirmed the printer was working again.",
        "I assumed nothing and tested the fix myself before closing the case.",
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
