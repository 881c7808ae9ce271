import type { Competency } from "../schema.js";
import { ARTICLES } from "../sources.js";

/** Consistency: the same standard of service on every contact, channel and day, and promises kept. */
export const consistency: Competency = {
  id: "consistency",
  name: "Consistency",
  definition:
    "Consistency is giving every customer the same high standard of service on every contact, whatever the channel, the time of day or the length of the queue. A consistent agent quotes the same policy on the phone as the website does, works through the same checks for the tenth customer of the shift as for the first, and calls back when they said they would. Because the customer never has to wonder which version of the company they will get, consistency is what turns a single good fix into trust that lasts.",
  cluster: "self-management",
  facets: [
    {
      id: "steady-standard",
      name: "Steady standard",
      description: "Keeping the quality of each interaction the same regardless of workload, mood or which customer it is.",
    },
    {
      id: "cross-channel-alignment",
      name: "Cross-channel alignment",
      description: "Making sure the customer gets the same answer, price and treatment online, in person and over the phone.",
    },
    {
      id: "keeping-commitments",
      name: "Keeping commitments",
      description: "Doing what was promised, by the time it was promised, so the customer can rely on the agent's word.",
    },
    {
      id: "shared-records",
      name: "Shared records",
      description: "Recording what was agreed so that colleagues and later shifts give the customer the same answer.",
    },
  ],
  aliases: ["reliability", "dependability", "reliable service", "consistent service"],
  related: ["professionalism", "responsiveness", "competence", "teamwork"],
  rubric: [
    {
      level: 1,
      label: "Concern",
      summary: "Describes service that depends on their mood or the queue, or promises they let lapse.",
      anchors: [
        "Admits skipping checks or steps when busy or near the end of a shift and sees nothing wrong in it.",
        "Tells of a promised callback or update they forgot and never made good.",
        "Shrugs off giving one customer a different answer from another on the same question.",
      ],
    },
    {
      level: 2,
      label: "Emerging",
      summary: "Calls themself dependable but never shows a standard held over time or a promise kept.",
      anchors: [
        "Says colleagues “can always count on” them without a single instance of it.",
        "Mentions following procedures in general terms, with no account of a busy or awkward moment when that was tested.",
      ],
    },
    {
      level: 3,
      label: "Proficient",
      summary: "Gives a specific case of keeping a commitment or giving an answer that matched across channels.",
      anchors: [
        "Made a callback or update at the time they had told the customer to expect it.",
        "Checked that what they quoted matched the website, the store or a colleague's earlier answer.",
        "Kept to the normal process for a customer even though a shortcut was available.",
      ],
    },
    {
      level: 4,
      label: "Strong",
      summary: "A complete story in which holding the same standard under pressure, or keeping their word, led to a clear outcome.",
      anchors: [
        "Describes a peak period, late shift or difficult customer and how they kept every step of the service intact.",
        "Sorted out a mismatch between what two channels or colleagues had told the customer and gave one honest answer.",
        "Shows the customer's trust as the result: they came back, renewed, or asked for the agent by name.",
      ],
    },
    {
      level: 5,
      label: "Exceptional",
      summary: "Holds a standard across many contacts, can show it held, and makes it easier for the whole team to be consistent.",
      anchors: [
        "Points to evidence of steadiness over time, such as quality scores that stayed level through a seasonal rush.",
        "Logged agreements or wrote up a shared answer so that any colleague would tell the next customer the same thing.",
        "Reflects on what tends to make service uneven and the habit or checklist they built to prevent it.",
      ],
    },
  ],
  indicators: [
    {
      id: "consistency-kept-promise",
      kind: "positive",
      description: "Got back to the customer, or delivered something, exactly when and as they had promised.",
      facet: "keeping-commitments",
      patterns: [
        "\\b(?:call(?:ed)?|rang|ring|phon(?:e|ed)|email(?:ed)?|messag(?:e|ed)|text(?:ed)?|got back to|get back to|updat(?:e|ed))\\b[^.]{0,60}\\b(?:as|when|like|at the time) I (?:had )?(?:promised|said I would|told (?:him|her|them|the customer) I would|agreed)\\b",
        "\\b(?:kept|keep|honou?r(?:ed)?|deliver(?:ed)? on|stuck to|stick to) (?:my|the|that|every) (?:promise|commitment|word)\\b",
      ],
      examples: [
        "I called her back at four o'clock, exactly as I had promised.",
        "I kept my promise to update him every Friday until the replacement part arrived.",
        "I emailed the customer the revised quote on Monday morning, just like I said I would.",
      ],
      nonExamples: [
        "I didn't call her back when I said I would, and she complained to my manager.",
        "I would always keep my promise to ring a customer back.",
        "My colleague kept her promise to ring the customer back.",
      ],
    },
    {
      id: "consistency-matched-channels",
      kind: "positive",
      description: "Made sure the answer, price or policy given matched what other channels or colleagues had said.",
      facet: "cross-channel-alignment",
      patterns: [
        "\\b(?:check(?:ed)?|ma(?:de|ke) sure|ensured?|confirm(?:ed)?|verif(?:y|ied)|double-check(?:ed)?)\\b[^.]{0,50}\\b(?:matched|match(?:es)?|was the same as|were the same as|lined up with|agreed with|consistent with)\\b[^.]{0,50}\\b(?:online|website|app|in[- ]store|in person|phone|chat|email|branch|shop|colleague|other (?:agent|shift|channel)s?)\\b",
        "\\bg(?:a|i)ve (?:him|her|them|the customer) the same (?:answer|information|price|offer|advice|terms|discount)\\b[^.]{0,50}\\b(?:online|website|app|in[- ]store|in person|phone|chat|email|branch|shop|colleague|last time|before)\\b",
      ],
      examples: [
        "I checked that the refund terms I quoted on chat matched what the website said.",
        "I gave her the same price she had been offered online, even though the shelf tag in the store was higher.",
      ],
      nonExamples: [
        "I never checked whether my answer matched what the website said.",
        "I would make sure the price I quote on the phone matches the one online.",
        "Consistency across every channel is what builds trust.",
      ],
    },
    {
      id: "consistency-same-process-every-time",
      kind: "positive",
      description: "Worked through the same checks or steps for every customer, including when it was busy.",
      facet: "steady-standard",
      patterns: [
        "\\b(?:follow(?:ed)?|used|use|stuck to|stick to|went through|go through|ran through|run through|worked through|work through)\\b[^.]{0,30}\\b(?:same|standard|usual|full)\\b[^.]{0,25}\\b(?:checklist|checks|steps|process|procedure|routine|template|script)\\b",
      ],
      examples: [
        "I went through the same returns checklist with every customer, even on the busiest Saturdays.",
        "I followed the full setup steps on each call so nobody got a shortened version at the end of my shift.",
      ],
      nonExamples: [
        "I didn't follow the usual checklist that day because the queue was so long.",
        "I would follow the same process for every customer.",
        "Being consistent is one of my strengths.",
      ],
    },
    {
      id: "consistency-recorded-for-colleagues",
      kind: "positive",
      description: "Recorded what was agreed so colleagues and later shifts would give the customer the same answer.",
      facet: "shared-records",
      patterns: [
        "\\b(?:logged|log|noted|note|recorded|record|documented|document|wrote (?:down|up)|write (?:down|up))\\b[^.]{0,50}\\b(?:so (?:that )?(?:the next|any other|anyone else|another|whoever|my colleagues?|other agents?|the (?:next|night|late|early|weekend) shift)|for the next (?:agent|shift|person|colleague))\\b",
      ],
      examples: [
        "I logged exactly what we had agreed on his account so the next agent would honour the same deal.",
        "I wrote up the answer to the delivery-charge question for the next shift, because customers had been told three different things.",
      ],
      nonExamples: [
        "I didn't note the agreement on her account so the next agent could see it.",
        "I will document everything so that the next shift knows what was agreed.",
      ],
    },
    {
      id: "consistency-contradictory-answers",
      kind: "red-flag",
      description: "Gave customers answers that contradicted each other or other channels, or let their mood decide the service.",
      patterns: [
        "\\b(?:told|gave|quoted|offered) (?:him|her|them|the customer|customers|each customer|different customers|some customers)\\b[^.]{0,30}\\b(?:a )?different (?:answers?|prices?|stor(?:y|ies)|dates?|things?|polic(?:y|ies)|terms)\\b",
        "\\bdepend(?:ed|ing) on (?:my mood|how (?:busy|tired|annoyed) I was|who (?:was asking|it was|I liked))\\b",
      ],
      examples: [
        "I told him a different price from the one my colleague had given him the day before, and he felt misled.",
        "I handled refund requests differently depending on my mood that day.",
      ],
      nonExamples: [
        "I never gave customers a different answer from the one on the website.",
        "I wouldn't quote the customer a different price from the one online.",
      ],
    },
    {
      id: "consistency-cut-corners",
      kind: "red-flag",
      description: "Lowered the standard of service for some customers or at some times, such as when busy.",
      patterns: [
        "\\bcut (?:a few |some )?corners\\b",
        "\\bskip(?:ped)? (?:the |some |a few |most of the )?(?:usual |normal |standard )?(?:checks|steps|checklist|security questions)\\b",
      ],
      examples: [
        "I cut corners on the last few calls of the day because I wanted to leave on time.",
        "I skipped the usual checks on Friday afternoons when the queue was long.",
      ],
      nonExamples: [
        "I didn't cut corners, even with twenty people waiting.",
        "I would never skip the checks, however busy it gets.",
      ],
    },
  ],
  sources: [
    {
      ...ARTICLES.characteristics,
      note: "consistency as a cornerstone: the same level of service every time and across online, in-person and phone contact, building trust",
    },
    {
      ...ARTICLES.topSkills,
      note: "well-coordinated teams and an upbeat manner make service feel dependable, which customers come to trust",
    },
  ],
};
