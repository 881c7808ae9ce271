import * as z from "zod";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../errors.js";
import { alphaOfUnits, BOOTSTRAP_DEFAULTS, bootstrap, BootstrapOptions, type Estimate, pearsonOf } from "../stats/index.js";
import { createScoredRecordReader } from "./scoredRecord.js";

/** Options of {@link raterEffects}. */
export const RaterEffectsOptions = BootstrapOptions.extend({
  /** Raters with fewer items shared with someone else get no verdict; 5 by default. */
  minShared: z.number().int().min(1).optional(),
});
/** Options of {@link raterEffects}. */
export type RaterEffectsOptions = z.infer<typeof RaterEffectsOptions>;

/** How one interviewer rates compared with the rest of the panel on the same candidates. */
export interface RaterEffect {
  readonly interviewer: string;
  /** Ratings given (blanks left out). */
  readonly ratings: number;
  /** Items (candidate, competency, question) this interviewer rated along with at least one other. */
  readonly shared: number;
  /** Mean of (own rating − the others' mean) on shared items: above 0 lenient, below 0 severe. */
  readonly leniency: Estimate;
  /** Pearson correlation of own ratings with the others' mean on shared items: how consistently they rank candidates. */
  readonly consistency: Estimate;
  /** Share of pairings with another rater on the same item that gave the same level. */
  readonly exactAgreement: number | null;
  /** `lenient` or `severe` when the leniency interval excludes 0; `in-line` otherwise; `too-few` under `minShared`. */
  readonly verdict: "lenient" | "severe" | "in-line" | "too-few";
}

/** A panel of interviewers' leniency, severity and consistency, and their agreement as a whole. */
export interface RaterReport {
  readonly interviewers: number;
  readonly candidates: number;
  /** Items rated, and those rated by two or more. */
  readonly items: number;
  readonly sharedItems: number;
  readonly ratings: number;
  /** Krippendorff's alpha over the items: ordinal on levels, interval on scores (missing ratings allowed). */
  readonly alphaOrdinal: Estimate;
  readonly alphaInterval: Estimate;
  readonly raters: readonly RaterEffect[];
  readonly settings: { readonly seed: number; readonly resamples: number; readonly level: number; readonly minShared: number };
}

interface Item {
  readonly candidate: string;
  /** interviewer -> [level, score] */
  readonly ratings: Map<string, readonly [number, number]>;
}

/** Reads ratings into items, or issues naming each row at fault. */
function itemsOf(rows: readonly unknown[]): SafeResult<{ items: Item[]; ratings: number }> {
  if (!Array.isArray(rows)) return { success: false, issues: [{ code: "invalid-input", path: [], message: `Ratings must be an array of rows; got ${rows === null ? "null" : typeof rows}.` }] };
  const read = createScoredRecordReader({ key: "candidate", fields: ["interviewer", "competency", "questionId"] });
  const items = new Map<string, Item>();
  const issues: Issue[] = [];
  let ratings = 0;
  rows.forEach((raw, i) => {
    const row = read(raw);
    if (!row.success) {
      issues.push(...row.issues.map((issue) => ({ ...issue, path: [i, ...issue.path], message: `row ${i + 1}: ${issue.message}` })));
      return;
    }
    const { key: candidate, fields, level, score } = row.data;
    const interviewer = fields.interviewer ?? null;
    if (interviewer === null) {
      issues.push({ code: "invalid-input", path: [i, "interviewer"], message: `row ${i + 1}: the field 'interviewer' is missing or blank` });
      return;
    }
    if (level === null || score === null) return; // a blank rating is missing, never zero
    const id = JSON.stringify([candidate, fields.competency ?? null, fields.questionId ?? null]);
    const item = items.get(id) ?? { candidate, ratings: new Map() };
    if (item.ratings.has(interviewer)) {
      issues.push({ code: "duplicate-id", path: [i], message: `row ${i + 1}: ${interviewer} already rated this candidate, competency and question; keep one rating per item.` });
      return;
    }
    item.ratings.set(interviewer, [level, score]);
    items.set(id, item);
    ratings++;
  });
  const [first, ...rest] = issues;
  return first ? { success: false, issues: [first, ...rest] } : { success: true, data: { items: [...items.values()], ratings } };
}

/** Items grouped by candidate: the units a bootstrap resamples, so a candidate's items stay together. */
function byCandidate(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.candidate, [...(groups.get(item.candidate) ?? []), item]);
  return [...groups.values()];
}

/** Own score and the others' mean score on each item the rater shares with someone. */
function offsetsOf(rater: string, items: readonly Item[]): { own: number[]; others: number[] } {
  const own: number[] = [];
  const others: number[] = [];
  for (const item of items) {
    const mine = item.ratings.get(rater);
    if (mine === undefined || item.ratings.size < 2) continue;
    let sum = 0;
    for (const [who, [, score]] of item.ratings) if (who !== rater) sum += score;
    own.push(mine[1]);
    others.push(sum / (item.ratings.size - 1));
  }
  return { own, others };
}

function effectOf(rater: string, items: readonly Item[], settings: RaterReport["settings"]): RaterEffect {
  const mine = items.filter((item) => item.ratings.has(rater));
  const clusters = byCandidate(mine.filter((item) => item.ratings.size >= 2));
  const estimates = bootstrap(clusters.length, (sample) => {
    const { own, others } = offsetsOf(rater, sample.flatMap((c) => clusters[c] ?? []));
    return { leniency: own.length === 0 ? Number.NaN : own.reduce((s, v, i) => s + v - (others[i] as number), 0) / own.length, consistency: pearsonOf(own, others) };
  }, settings);
  let same = 0;
  let pairings = 0;
  for (const item of mine) {
    const level = item.ratings.get(rater)?.[0];
    for (const [who, [other]] of item.ratings) {
      if (who === rater) continue;
      pairings++;
      if (other === level) same++;
    }
  }
  const shared = clusters.reduce((s, c) => s + c.length, 0);
  const { lower, upper } = estimates.leniency;
  const verdict = shared < settings.minShared ? "too-few" : lower !== null && lower > 0 ? "lenient" : upper !== null && upper < 0 ? "severe" : "in-line";
  return { interviewer: rater, ratings: mine.length, shared, leniency: estimates.leniency, consistency: estimates.consistency, exactAgreement: pairings === 0 ? null : same / pairings, verdict };
}

/**
 * Each interviewer's leniency or severity (the mean offset of their ratings from the rest of the
 * panel's mean on the same candidate, competency and question) and consistency (how closely their
 * ratings follow the rest of the panel's), with seeded bootstrap intervals that resample whole
 * candidates; and the panel's Krippendorff's alpha, which allows for missing ratings. Without throwing.
 *
 * @param rows - ratings `{ interviewer, candidate, competency?, questionId?, level }` (or `score`); a blank level is missing, never zero
 * @param options - seed, resamples, level, minShared
 * @returns the report, or issues naming each row at fault
 * @example
 * ```ts
 * import { safeRaterEffects } from "rapport";
 *
 * const ratings = [
 *   { interviewer: "A", candidate: "c1", level: 4 },
 *   { interviewer: "B", candidate: "c1", level: 2 },
 * ];
 * const r = safeRaterEffects(ratings, { resamples: 0 });
 * r.success && r.data.raters.map((x) => x.leniency.value); //=> [2, -2]
 * ```
 */
export function safeRaterEffects(rows: readonly unknown[], options: RaterEffectsOptions = {}): SafeResult<RaterReport> {
  const parsed = RaterEffectsOptions.safeParse(options);
  if (!parsed.success) {
    const [first, ...rest] = fromZodIssues(parsed.error.issues, ["options"]);
    return { success: false, issues: first ? [first, ...rest] : [{ code: "invalid-input", path: ["options"], message: "Invalid options." }] };
  }
  const o = parsed.data;
  const settings = { seed: o.seed ?? BOOTSTRAP_DEFAULTS.seed, resamples: o.resamples ?? BOOTSTRAP_DEFAULTS.resamples, level: o.level ?? BOOTSTRAP_DEFAULTS.level, minShared: o.minShared ?? 5 };
  const read = itemsOf(rows);
  if (!read.success) return read;
  const { items, ratings } = read.data;
  const raters = [...new Set(items.flatMap((item) => [...item.ratings.keys()]))].sort((a, b) => a.localeCompare(b));
  const clusters = byCandidate(items);
  const alpha = bootstrap(clusters.length, (sample) => {
    const chosen = sample.flatMap((c) => clusters[c] ?? []);
    const levels = chosen.map((item) => [...item.ratings.values()].map(([level]) => level));
    const scores = chosen.map((item) => [...item.ratings.values()].map(([, score]) => score));
    return { ordinal: alphaOfUnits(levels, "ordinal"), interval: alphaOfUnits(scores, "interval") };
  }, settings);
  return {
    success: true,
    data: {
      interviewers: raters.length,
      candidates: clusters.length,
      items: items.length,
      sharedItems: items.filter((item) => item.ratings.size >= 2).length,
      ratings,
      alphaOrdinal: alpha.ordinal,
      alphaInterval: alpha.interval,
      raters: raters.map((r) => effectOf(r, items, settings)),
      settings,
    },
  };
}

/**
 * Each interviewer's leniency, severity and consistency; see {@link safeRaterEffects}.
 *
 * @param rows - ratings `{ interviewer, candidate, competency?, questionId?, level }`
 * @param options - seed, resamples, level, minShared
 * @returns the report
 * @throws {RapportError} naming each row at fault (no interviewer, a level off the scale, a rating given twice)
 * @example
 * ```ts
 * import { raterEffects } from "rapport";
 *
 * raterEffects([{ interviewer: "A", candidate: "c1", level: 4 }], { resamples: 0 }).raters[0].verdict; //=> "too-few"
 * ```
 */
export function raterEffects(rows: readonly unknown[], options: RaterEffectsOptions = {}): RaterReport {
  const result = safeRaterEffects(rows, options);
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}
