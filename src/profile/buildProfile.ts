import { SCHEMA_VERSION } from "../schemaVersion.js";
import { addMonths } from "date-fns/addMonths";
import * as z from "zod";
import { builtInFramework, type Framework, type Level, type LookupOptions, type RoleProfile, RUBRIC_VERSION, safeGetCompetency, safeGetRole } from "../competencies/index.js";
import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import { VERSION } from "../version.js";
import type { CandidateProfile, MustHaveGap, ProfileCompetency, ProfileSource } from "./profileSchema.js";
import { type InterviewerRating, type RatedCompetency, safeScoreRatings } from "./scoreRatings.js";
import { AnswerScore, ScoreAnswerInput } from "../scoring/schema.js";
import { BUILT_IN_SCORER } from "../scoring/createScorer.js";
import { safeScoreAnswer } from "../scoring/scoreAnswer.js";

/** How much the interviewers' score weighs against the automated one when both exist. */
export const INTERVIEWER_SHARE = 0.6;

/** Options of {@link buildProfile}. */
export interface BuildProfileOptions {
  /** The candidate's id in your system (and optionally a display name, which is stored, never read). */
  readonly candidate: { readonly id: string; readonly name?: string };
  /** A role id: weights, must-haves and role fit. */
  readonly role?: string;
  /** Answers: already scored, or raw (competency, answer, question, questionType) to score now. */
  readonly answers: readonly (AnswerScore | ScoreAnswerInput)[];
  /** Interviewers' ratings. */
  readonly ratings?: readonly InterviewerRating[];
  /** Your own competency weights (summing to 1), in place of the role's. */
  readonly weights?: Readonly<Record<string, number>>;
  /** When it was assessed; now by default. Pass it for reproducible profiles. */
  readonly assessedAt?: Date | string;
  /** How many months the profile stays valid (12 by default). */
  readonly validForMonths?: number;
  /** Your own framework; the built-in one by default. */
  readonly framework?: Framework;
}

const BuildProfileShape = z.object({
  candidate: z.object({ id: z.string().min(1), name: z.string().optional() }),
  role: z.string().min(1).optional(),
  answers: z.array(z.unknown()),
  ratings: z.array(z.unknown()).optional(),
  weights: z.record(z.string(), z.number().min(0).max(1)).optional(),
  assessedAt: z.union([z.date(), z.iso.datetime({ offset: true })]).optional(),
  validForMonths: z.number().int().positive().max(120).optional(),
});

/** The caller's ids of a scored answer, to link evidence back to it. */
function linkOf(score: AnswerScore | undefined): { answerId?: string; questionId?: string } {
  return {
    ...(score?.answerId !== undefined ? { answerId: score.answerId } : {}),
    ...(score?.questionId !== undefined ? { questionId: score.questionId } : {}),
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * Builds a candidate profile without throwing.
 *
 * @param options - candidate, answers, ratings, role or weights
 * @returns the profile, or issues naming the field (and row) at fault
 * @example
 * ```ts
 * import { safeBuildProfile } from "rapport";
 *
 * const result = safeBuildProfile({ candidate: { id: "" }, answers: [] });
 * result.success ? null : result.issues[0].path; //=> ["candidate", "id"]
 * ```
 */
export function safeBuildProfile(options: BuildProfileOptions): SafeResult<CandidateProfile> {
  const shape = BuildProfileShape.safeParse(options);
  if (!shape.success) return { success: false, issues: fromZodIssues(shape.error.issues) as [Issue, ...Issue[]] };
  const dates = datesOf(options);
  if (!dates.success) return dates;
  const lookup = { framework: options.framework ?? builtInFramework };

  const weighting = weightsOf(options, lookup);
  const scored = scoreAnswers(options.answers, lookup);
  const rated = options.ratings ? safeScoreRatings(options.ratings, lookup) : undefined;
  const ratingIssues = rated && !rated.success ? rated.issues.map((i) => ({ ...i, path: ["ratings", ...i.path] })) : [];
  const [first, ...rest] = [...weighting.issues, ...scored.issues, ...ratingIssues];
  if (first) return { success: false, issues: [first, ...rest] };

  const { role, weights } = weighting;
  const { scores } = scored;
  const competencies = profileCompetencies(scores, rated?.success ? rated.data.competencies : [], weights, lookup);
  const byId = new Map(competencies.map((c) => [c.competency, c]));
  const minimum = new Map((role?.mustHave ?? []).map((m) => [m.competency, m.minLevel]));
  const rateable = scores.filter((s) => s.score !== null);
  return {
    success: true,
    data: {
      schemaVersion: SCHEMA_VERSION,
      candidate: { id: options.candidate.id, ...(options.candidate.name !== undefined ? { name: options.candidate.name } : {}) },
      ...(role ? { role: { id: role.id, name: role.name } } : {}),
      competencies,
      strengths: competencies.filter((c) => c.level >= 4).sort((a, b) => b.score - a.score).map((c) => c.competency),
      developmentAreas: developmentAreasOf(competencies, minimum),
      mustHaveGaps: mustHaveGapsOf(minimum, byId),
      roleFit: roleFitOf(weights, byId),
      starCompleteness: starCompletenessOf(rateable),
      unratedAnswers: scores.length - rateable.length,
      versions: { library: VERSION, rubric: options.framework?.version ?? RUBRIC_VERSION, scorer: scores[0]?.scorer ?? BUILT_IN_SCORER },
      ...dates.data,
    },
  };
}

/** Decides the role and the weights: the caller's own weights (by competency id) in place of the role's, with issues for an unknown role or name and weights not summing to 1. */
function weightsOf(options: BuildProfileOptions, lookup: LookupOptions): { role: RoleProfile | undefined; weights: Record<string, number>; issues: Issue[] } {
  const issues: Issue[] = [];
  const found = options.role !== undefined ? safeGetRole(options.role, lookup) : undefined;
  if (found && !found.success) issues.push(...found.issues.map((i) => ({ ...i, path: ["role"] })));
  const role = found?.success ? found.data : undefined;
  if (options.weights === undefined) return { role, weights: { ...(role?.weights ?? {}) }, issues };
  const total = Object.values(options.weights).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-6) issues.push({ code: "weights-not-one", path: ["weights"], message: `Weights sum to ${Number(total.toFixed(6))}; they must sum to 1.` });
  const weights: Record<string, number> = {};
  for (const [name, w] of Object.entries(options.weights)) {
    const competency = safeGetCompetency(name, lookup);
    if (competency.success) weights[competency.data.id] = w;
    else issues.push(...competency.issues.map((i) => ({ ...i, path: ["weights", name] })));
  }
  return { role, weights, issues };
}

/** Scores what is not scored yet: an answer already scored is kept as it is, a raw one is scored now, and one that cannot be scored becomes issues at its row. */
function scoreAnswers(answers: BuildProfileOptions["answers"], lookup: { framework: Framework }): { scores: AnswerScore[]; issues: Issue[] } {
  const scores: AnswerScore[] = [];
  const issues: Issue[] = [];
  answers.forEach((answer, i) => {
    const already = AnswerScore.safeParse(answer);
    if (already.success) {
      scores.push(already.data);
      return;
    }
    const result = safeScoreAnswer(answer as ScoreAnswerInput, { framework: lookup.framework });
    if (result.success) scores.push(result.data);
    else issues.push(...result.issues.map((issue) => ({ ...issue, path: ["answers", i, ...issue.path] })));
  });
  return { scores, issues };
}

/** Combines, per competency assessed, its rated answers and its interviewers' score; heaviest competency first (ties by id). */
function profileCompetencies(scores: readonly AnswerScore[], rated: readonly RatedCompetency[], weights: Readonly<Record<string, number>>, lookup: LookupOptions): ProfileCompetency[] {
  const interviewer = new Map(rated.map((c) => [c.competency, c]));
  const automated = new Map<string, Automated>();
  scores.forEach((s, i) => {
    if (s.score === null) return;
    const entry = automated.get(s.competency) ?? { scores: [], confidence: [], indices: [] };
    entry.scores.push(s.score);
    entry.confidence.push(s.confidence);
    entry.indices.push(i);
    automated.set(s.competency, entry);
  });
  const nameOf = (id: string): string => {
    const found = safeGetCompetency(id, lookup);
    return found.success ? found.data.name : id;
  };
  const ids = [...new Set([...automated.keys(), ...interviewer.keys()])];
  const competencies = ids.map((id) => combine(id, nameOf(id), weights[id] ?? 0, automated.get(id), interviewer.get(id), scores));
  return competencies.sort((a, b) => b.weight - a.weight || a.competency.localeCompare(b.competency));
}

/** Picks the must-haves below the role's minimum level (or not assessed at all). */
function mustHaveGapsOf(minimum: ReadonlyMap<string, Level>, byId: ReadonlyMap<string, ProfileCompetency>): MustHaveGap[] {
  return [...minimum]
    .filter(([id, min]) => (byId.get(id)?.level ?? 0) < min)
    .map(([id, min]) => ({ competency: id, minLevel: min, level: byId.get(id)?.level ?? null }));
}

/** Picks the development areas, weakest first: level 2 or below, or below the role's minimum. */
function developmentAreasOf(competencies: readonly ProfileCompetency[], minimum: ReadonlyMap<string, Level>): string[] {
  return competencies
    .filter((c) => c.level <= 2 || (minimum.get(c.competency) ?? 0) > c.level)
    .sort((a, b) => a.score - b.score)
    .map((c) => c.competency);
}

/** The mean share of STAR parts present over the rated answers, to two decimals; null without any. */
function starCompletenessOf(rateable: readonly AnswerScore[]): number | null {
  if (rateable.length === 0) return null;
  const sum = rateable.reduce((total, s) => total + [s.star.situation, s.star.task, s.star.action, s.star.result].filter((e) => e.present).length / 4, 0);
  return Math.round((sum / rateable.length) * 100) / 100;
}

/** When it was assessed and until when the profile holds, as ISO dates: refused past what ISO dates can store. */
function datesOf(options: BuildProfileOptions): SafeResult<{ assessedAt: string; validUntil: string }> {
  const assessedAt = options.assessedAt === undefined ? new Date() : new Date(options.assessedAt);
  if (Number.isNaN(assessedAt.getTime())) return { success: false, issues: [{ code: "invalid-input", path: ["assessedAt"], message: "Not a valid date." }] };
  const until = addMonths(assessedAt, options.validForMonths ?? 12);
  if (assessedAt.getUTCFullYear() < 1 || until.getUTCFullYear() > 9999) {
    return { success: false, issues: [{ code: "invalid-input", path: ["assessedAt"], message: "Give a date from year 1 to 9999 (validity included): a profile stores its dates in ISO form, which ends there." }] };
  }
  return { success: true, data: { assessedAt: assessedAt.toISOString(), validUntil: until.toISOString() } };
}

type Automated = { scores: number[]; confidence: number[]; indices: number[] };
type Interviewer = { score: number; spread: number; ratings: number; raters: number };

/** One competency of the profile: the automated and interviewers' scores combined by the documented rule, with its interval and evidence. */
function combine(id: string, name: string, weight: number, auto: Automated | undefined, human: Interviewer | undefined, scores: readonly AnswerScore[]): ProfileCompetency {
  const autoScore = auto ? auto.scores.reduce((a, b) => a + b, 0) / auto.scores.length : null;
  const autoConfidence = auto ? auto.confidence.reduce((a, b) => a + b, 0) / auto.confidence.length : 0;
  const humanScore = human ? human.score : null;
  const source: ProfileSource = autoScore !== null && humanScore !== null ? "both" : humanScore !== null ? "interviewer" : "automated";
  const score =
    source === "both" ? INTERVIEWER_SHARE * (humanScore ?? 0) + (1 - INTERVIEWER_SHARE) * (autoScore ?? 0) : (humanScore ?? autoScore ?? 1);
  // Uncertainty: about one level for a single low-confidence answer, shrinking with more answers and raters.
  const autoSe = auto ? (1.2 - 0.7 * autoConfidence) / Math.sqrt(auto.scores.length) : Number.POSITIVE_INFINITY;
  const humanSe = human ? (0.5 + 0.15 * human.spread) / Math.sqrt(Math.max(1, human.ratings)) : Number.POSITIVE_INFINITY;
  const se = 1 / Math.sqrt((Number.isFinite(autoSe) ? 1 / autoSe ** 2 : 0) + (Number.isFinite(humanSe) ? 1 / humanSe ** 2 : 0));
  const evidence = (auto?.indices ?? [])
    .flatMap((index) => (scores[index]?.evidence ?? []).filter((e) => e.counted || e.kind === "red-flag").map((e) => ({ ...e, answerIndex: index, ...linkOf(scores[index]) })))
    .slice(0, 6);
  const level = clamp(Math.floor(score + 0.5), 1, 5) as Level;
  return {
    competency: id,
    name,
    level,
    score: round1(score),
    interval: [round1(clamp(score - 1.96 * se, 1, 5)), round1(clamp(score + 1.96 * se, 1, 5))] as [number, number],
    standardError: Math.round(se * 100) / 100,
    confidence: Math.round(clamp(1 - se / 1.2, 0, 1) * 100) / 100,
    answers: auto?.scores.length ?? 0,
    raters: human?.raters ?? 0,
    source,
    automatedScore: autoScore === null ? null : round1(autoScore),
    interviewerScore: humanScore,
    weight,
    evidence,
  };
}

/**
 * Role fit: the weighted share of the scale reached, with an interval that widens as coverage thins (an unassessed
 * competency could score anywhere from 0 to full marks); null without evidence for any weighted competency, never a
 * made-up 50/100. `rankCandidates` ranks by the same rule.
 *
 * @param weights - the role's weights by competency id
 * @param byId - the profile's competencies by id
 * @returns the role fit, or null
 */
export function roleFitOf(weights: Readonly<Record<string, number>>, byId: ReadonlyMap<string, Pick<ProfileCompetency, "score" | "interval">>): CandidateProfile["roleFit"] {
  const weightEntries = Object.entries(weights).filter(([, w]) => w > 0);
  if (weightEntries.length === 0) return null;
  let covered = 0;
  let point = 0;
  let low = 0;
  let high = 0;
  for (const [id, w] of weightEntries) {
    const c = byId.get(id);
    if (c === undefined) {
      high += w; // unassessed: anywhere from 0 to full marks
      continue;
    }
    covered += w;
    point += w * ((c.score - 1) / 4);
    low += w * ((c.interval[0] - 1) / 4);
    high += w * ((c.interval[1] - 1) / 4);
  }
  if (covered === 0) return null;
  const total = weightEntries.reduce((a, [, w]) => a + w, 0);
  return {
    score: Math.round((point / covered) * 100),
    interval: [Math.round((low / total) * 100), Math.round((high / total) * 100)],
    coverage: Math.round((covered / total) * 100) / 100,
  };
}

/**
 * Builds a candidate's profile from scored (or raw) answers and interviewers' ratings: per
 * competency the level, score, interval, confidence, how many answers and raters contributed, the
 * evidence and its source; strengths and development areas; must-haves below the role's minimum;
 * role fit with an interval that widens as evidence thins; STAR completeness; versions; dates.
 *
 * @param options - candidate, answers, ratings, role or weights
 * @returns the profile
 * @throws {RapportError} naming the field (and row) at fault
 * @example
 * ```ts
 * import { buildProfile } from "rapport";
 *
 * const profile = buildProfile({
 *   candidate: { id: "c-1" },
 *   role: "retail-associate",
 *   answers: [{ competency: "patience", answer: "A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me." }],
 *   ratings: [{ interviewer: "A", competency: "product-knowledge", level: 4 }],
 * });
 * profile.competencies.map((c) => [c.competency, c.source]); //=> [["product-knowledge", "interviewer"], ["patience", "automated"]]
 * profile.mustHaveGaps; //=> [{ competency: "positive-attitude", minLevel: 3, level: null }]
 * ```
 */
export function buildProfile(options: BuildProfileOptions): CandidateProfile {
  return unwrap(safeBuildProfile(options));
}
