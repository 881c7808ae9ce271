import * as z from "zod";
import { builtInFramework, type Framework, Level, safeGetCompetency } from "../competencies/index.js";
import { SCHEMA_VERSION } from "../schemaVersion.js";
import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";

/** One interviewer's rating of one competency, optionally for one question. `null` means not rated. */
export const InterviewerRating = z.object({
  /** The version of this shape (1 when left out). */
  schemaVersion: z.literal(SCHEMA_VERSION).optional(),
  /** Who rated. */
  interviewer: z.string().min(1),
  /** The competency rated (id or alias). */
  competency: z.string().min(1),
  /** The level given, or null when the interviewer did not rate it (never read as zero). */
  level: Level.nullable(),
  /** The question the rating is for, when rated per question. */
  questionId: z.string().optional(),
  /** The interviewer's note. */
  note: z.string().optional(),
});
/** One interviewer's rating of one competency. */
export type InterviewerRating = z.infer<typeof InterviewerRating>;

/** The combined interviewer ratings of one competency. */
export const RatedCompetency = z.object({
  competency: z.string(),
  /** Mean level over questions, each question the mean of its raters (one decimal). */
  score: z.number().min(1).max(5),
  /** The score rounded half up. */
  level: Level,
  /** Ratings given (missing ones excluded). */
  ratings: z.number().int().nonnegative(),
  /** Ratings left blank. */
  missing: z.number().int().nonnegative(),
  /** Distinct interviewers who rated it. */
  raters: z.number().int().nonnegative(),
  /** Largest gap between two raters of the same question. */
  spread: z.number().int().nonnegative(),
});
/** The combined interviewer ratings of one competency. */
export type RatedCompetency = z.infer<typeof RatedCompetency>;

/** Two or more levels between raters of the same competency and question. */
export const RatingDisagreement = z.object({
  competency: z.string(),
  questionId: z.string().optional(),
  levels: z.array(z.object({ interviewer: z.string(), level: Level })),
});
/** Two or more levels between raters of the same competency and question. */
export type RatingDisagreement = z.infer<typeof RatingDisagreement>;

/** Interviewer ratings, combined by the documented rule. */
export const RatingsSummary = z.object({
  competencies: z.array(RatedCompetency),
  disagreements: z.array(RatingDisagreement),
  /** How far the interviewers agree, over pairs rating the same competency and question. */
  agreement: z.object({
    pairs: z.number().int().nonnegative(),
    exact: z.number().nullable(),
    adjacent: z.number().nullable(),
    meanAbsoluteDifference: z.number().nullable(),
  }),
  /** The rule used, in words. */
  rule: z.string(),
});
/** Interviewer ratings, combined by the documented rule. */
export type RatingsSummary = z.infer<typeof RatingsSummary>;

/** The combination rule, stated once and recorded in every summary. */
export const RATING_RULE =
  "Per question, the mean of the interviewers' levels; per competency, the mean of its questions; the level is that mean rounded half up. Missing ratings are left out, never counted as zero. Raters two or more levels apart on one question are flagged.";

/** Options of {@link scoreRatings}. */
export interface ScoreRatingsOptions {
  /** Your own framework; the built-in one by default. */
  readonly framework?: Framework;
}

/**
 * Combines interviewers' ratings without throwing.
 *
 * @param ratings - one entry per interviewer, competency and (optionally) question
 * @param options - framework
 * @returns the summary, or issues naming the row and field at fault
 * @example
 * ```ts
 * import { safeScoreRatings } from "rapport";
 *
 * const result = safeScoreRatings([{ interviewer: "A", competency: "nope", level: 3 }]);
 * result.success ? null : result.issues[0].path; //=> [0, "competency"]
 * ```
 */
export function safeScoreRatings(ratings: readonly unknown[], options: ScoreRatingsOptions = {}): SafeResult<RatingsSummary> {
  const framework = options?.framework ?? builtInFramework;
  if (!Array.isArray(ratings)) return { success: false, issues: [{ code: "invalid-input", path: [], message: `Ratings must be an array of interviewer ratings; got ${ratings === null ? "null" : typeof ratings}.` }] };
  const rows = parseRatings(ratings, framework);
  if (!rows.success) return rows;

  const competencies: RatedCompetency[] = [];
  const disagreements: RatingDisagreement[] = [];
  const tally: PairTally = { pairs: 0, exact: 0, adjacent: 0, absolute: 0 };
  for (const [competency, questions] of groupByQuestion(rows.data)) {
    const rated = rateCompetency(competency, questions, disagreements, tally);
    if (rated) competencies.push(rated);
  }
  const { pairs, exact, adjacent, absolute } = tally;
  return {
    success: true,
    data: {
      competencies,
      disagreements,
      agreement: {
        pairs,
        exact: pairs === 0 ? null : exact / pairs,
        adjacent: pairs === 0 ? null : adjacent / pairs,
        meanAbsoluteDifference: pairs === 0 ? null : absolute / pairs,
      },
      rule: RATING_RULE,
    },
  };
}

/** A rating whose competency is resolved to its id. */
type RatingRow = InterviewerRating & { competency: string };

/** Pairs of raters of the same competency and question: how many, how many agree exactly, how many within one level, and the sum of their gaps. */
interface PairTally {
  pairs: number;
  exact: number;
  adjacent: number;
  absolute: number;
}

/** Parses each rating and resolves its competency, naming the row and field of every one that fails. */
function parseRatings(ratings: readonly unknown[], framework: Framework): SafeResult<RatingRow[]> {
  const issues: Issue[] = [];
  const rows: RatingRow[] = [];
  ratings.forEach((raw, i) => {
    const parsed = InterviewerRating.safeParse(raw);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, [i]));
      return;
    }
    const found = safeGetCompetency(parsed.data.competency, { framework });
    if (!found.success) {
      issues.push(...found.issues.map((issue) => ({ ...issue, path: [i, "competency"] })));
      return;
    }
    rows.push({ ...parsed.data, competency: found.data.id });
  });
  const [first, ...rest] = issues;
  return first ? { success: false, issues: [first, ...rest] } : { success: true, data: rows };
}

/** Groups the ratings by competency, then by question ("" for an overall rating), in the order first seen. */
function groupByQuestion(rows: readonly RatingRow[]): Map<string, Map<string, RatingRow[]>> {
  const byCompetency = new Map<string, Map<string, RatingRow[]>>();
  for (const row of rows) {
    const questions = byCompetency.get(row.competency) ?? new Map<string, RatingRow[]>();
    const key = row.questionId ?? "";
    questions.set(key, [...(questions.get(key) ?? []), row]);
    byCompetency.set(row.competency, questions);
  }
  return byCompetency;
}

/** Decides one competency's score (the mean of its questions' means) and level, flagging raters two or more levels apart; undefined when nobody rated it. */
function rateCompetency(competency: string, questions: ReadonlyMap<string, readonly RatingRow[]>, disagreements: RatingDisagreement[], tally: PairTally): RatedCompetency | undefined {
  const means: number[] = [];
  let given = 0;
  let missing = 0;
  let spread = 0;
  const raters = new Set<string>();
  for (const [questionId, list] of questions) {
    const rated = list.filter((r): r is typeof r & { level: Level } => r.level !== null);
    missing += list.length - rated.length;
    given += rated.length;
    for (const r of rated) raters.add(r.interviewer);
    if (rated.length === 0) continue;
    const levels = rated.map((r) => r.level);
    means.push(levels.reduce((a, b) => a + b, 0) / levels.length);
    const gap = Math.max(...levels) - Math.min(...levels);
    spread = Math.max(spread, gap);
    if (gap >= 2) {
      disagreements.push({ competency, ...(questionId !== "" ? { questionId } : {}), levels: rated.map((r) => ({ interviewer: r.interviewer, level: r.level })) });
    }
    tallyPairs(levels, tally);
  }
  if (means.length === 0) return undefined;
  const score = means.reduce((a, b) => a + b, 0) / means.length;
  return {
    competency,
    score: Math.round(score * 10) / 10,
    level: Math.min(5, Math.max(1, Math.floor(score + 0.5))) as Level,
    ratings: given,
    missing,
    raters: raters.size,
    spread,
  };
}

/** Adds every pair of one question's levels to the agreement tally. */
function tallyPairs(levels: readonly number[], tally: PairTally): void {
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const d = Math.abs((levels[i] ?? 0) - (levels[j] ?? 0));
      tally.pairs++;
      tally.absolute += d;
      if (d === 0) tally.exact++;
      if (d <= 1) tally.adjacent++;
    }
  }
}

/**
 * Combines several interviewers' ratings of competencies (1-5, per question or overall) by a
 * documented, mechanical rule: mean per question, mean of questions per competency, rounded half up.
 * A missing rating is missing, never zero. Disagreements of two levels or more are flagged, and
 * agreement between interviewers is reported.
 *
 * @param ratings - one entry per interviewer, competency and (optionally) question
 * @param options - framework
 * @returns the combined ratings, disagreements and agreement
 * @throws {RapportError} naming the row and field at fault
 * @example
 * ```ts
 * import { scoreRatings } from "rapport";
 *
 * const summary = scoreRatings([
 *   { interviewer: "Ana", competency: "empathy", level: 4 },
 *   { interviewer: "Ben", competency: "empathy", level: 5 },
 * ]);
 * summary.competencies[0].score; //=> 4.5
 * ```
 */
export function scoreRatings(ratings: readonly InterviewerRating[], options: ScoreRatingsOptions = {}): RatingsSummary {
  return unwrap(safeScoreRatings(ratings, options));
}
