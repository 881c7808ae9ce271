import { match } from "ts-pattern";
import type { Competency, Level } from "../../competencies/index.js";
import type { AnswerFeatures } from "../features/answerFeatures.js";
import type { Evidence, RubricExplanation } from "../schema.js";

/** What the explanation reads. */
export interface ExplainInput {
  readonly competency: Competency;
  readonly level: Level;
  readonly cap: Level;
  readonly features: AnswerFeatures;
  readonly starElements: number;
  readonly situational: boolean;
  /** Counted evidence: the competency's behaviours and the candidate's own actions and outcome, quoted. */
  readonly evidence: readonly Evidence[];
  /** Whether the answer is about the competency asked. */
  readonly onTopic: boolean;
  /** The reasons of the caps that applied. */
  readonly capReasons: readonly string[];
}

/** One rung of the shared rubric scale: what an answer needs for a level, and whether this one has it. */
interface Requirement {
  readonly level: Level;
  readonly need: string;
  readonly met: (x: ExplainInput) => boolean;
  readonly quote?: (x: ExplainInput) => string | undefined;
}

const quoteOf = (x: ExplainInput, id: string): string | undefined => x.evidence.find((e) => e.indicatorId === id && e.counted)?.quote;
const behaviour = (x: ExplainInput): Evidence | undefined => x.evidence.find((e) => e.counted && e.kind === "positive" && !e.indicatorId.startsWith("star-"));
const acts = (x: ExplainInput): boolean => (x.situational ? x.features.plannedActions + x.features.generalStatements + x.features.selfActions > 0 : x.features.selfActions > 0);

/** The shared meaning of each level (DESIGN's rubric scale), as checks on the evidence. */
const LADDER: readonly Requirement[] = [
  { level: 2, need: "something the candidate did (or, for a situational question, would do)", met: acts, quote: (x) => quoteOf(x, "star-action") },
  { level: 3, need: "a specific example rather than a self-description", met: (x) => (x.situational ? acts(x) : x.features.mode === "past-example") },
  { level: 3, need: "the candidate's own part, not only the team's", met: (x) => x.situational || x.features.selfActions > 0 },
  { level: 3, need: "actions that show this competency, on the question asked", met: (x) => x.onTopic, quote: (x) => behaviour(x)?.quote ?? quoteOf(x, "star-action") },
  { level: 4, need: "a complete story: situation, task, action and result", met: (x) => x.starElements >= 3 },
  { level: 4, need: "a concrete outcome of the candidate's own action", met: (x) => x.features.outcome, quote: (x) => quoteOf(x, "star-result") },
  { level: 5, need: "several distinct actions in depth", met: (x) => (x.situational ? x.features.plannedActions + x.features.generalStatements : x.features.distinctSelfActions) >= 3 },
  { level: 5, need: "a measured result (a number, a time, a share)", met: (x) => x.features.measuredOutcome },
  { level: 5, need: "reflection, follow-up or prevention beyond the fix", met: (x) => x.features.reflection },
];

/**
 * Explains a level against the rubric: which of the shared requirements the answer meets (with the words that show
 * it), the competency's own anchors at the level reached, and what it lacks for the next level.
 *
 * @param x - the level and the evidence
 * @returns the explanation
 */
export function explainAgainstRubric(x: ExplainInput): RubricExplanation {
  const meets = LADDER.filter((r) => r.met(x)).map((r) => {
    const quote = r.quote?.(x);
    return { level: r.level, requirement: r.need, ...(quote !== undefined ? { quote } : {}) };
  });
  const anchors = x.competency.rubric.find((r) => r.level === x.level)?.anchors ?? [];
  if (x.level === 5) return { meets, anchors: [...anchors], next: null };
  const target = (x.level + 1) as Level;
  const needs = LADDER.filter((r) => r.level <= target && !r.met(x)).map((r) => r.need);
  if (x.cap <= x.level) needs.unshift(...x.capReasons.filter((r) => /cap/i.test(r)).map((r) => `without what caps it now — ${r.charAt(0).toLowerCase()}${r.slice(1).replace(/\.$/, "")}`));
  if (needs.length === 0) needs.push(`more of what the competency's level-${target} anchors describe: ${x.competency.rubric.find((r) => r.level === target)?.summary ?? ""}`.trim());
  return { meets, anchors: [...anchors], next: { level: target, needs } };
}

const LEVEL_WORDS: Readonly<Record<Level, string>> = { 1: "Concern", 2: "Emerging", 3: "Proficient", 4: "Strong", 5: "Exceptional" };

/**
 * The reasons a recruiter reads, in order: the level, how the answer is told, the behaviours shown, the outcome and
 * reflection, then what caps it and what the next level needs.
 *
 * @param x - the level and the evidence
 * @param rubric - the explanation against the rubric
 * @returns sentences
 */
export function describeLevel(x: ExplainInput, rubric: RubricExplanation): string[] {
  const f = x.features;
  const out = [`Level ${x.level} (${LEVEL_WORDS[x.level]}).`];
  out.push(
    match(f.mode)
      .with("past-example", () => `Tells a past example with ${f.selfActions} action${f.selfActions === 1 ? "" : "s"} by the candidate${f.teamActions > 0 ? ` and ${f.teamActions} by “we”` : ""}; ${x.starElements} of 4 STAR elements present.`)
      .with("hypothetical", () => (x.situational ? `Lays out a plan of ${f.plannedActions} step${f.plannedActions === 1 ? "" : "s"}; ${x.starElements} of 4 STAR elements present.` : "Answers with what the candidate would do, not with a past example."))
      .with("general", () => "Describes the candidate in general terms; no specific story.")
      .exhaustive(),
  );
  const shown = [...new Map(x.evidence.filter((e) => e.counted && e.kind === "positive" && !e.indicatorId.startsWith("star-")).map((e) => [e.indicatorId, e])).values()].slice(0, 3);
  if (shown.length > 0) out.push(`Shows the competency's behaviours: ${shown.map((p) => `${p.description.replace(/\.$/, "").toLowerCase()} (“${p.quote}”)`).join("; ")}.`);
  if (f.outcome) out.push(f.measuredOutcome ? "States a measured outcome." : "States an outcome.");
  else if (f.mode !== "general") out.push("No outcome is stated.");
  if (f.reflection) out.push("Reflects, follows up or prevents a recurrence — what separates 5 from 4.");
  if (f.specifics >= 2) out.push(`Specific: ${f.specifics} concrete details (numbers, times, dates).`);
  out.push(...x.capReasons);
  if (rubric.next !== null) out.push(`To reach ${rubric.next.level}: ${rubric.next.needs.join("; ")}.`);
  return out;
}
