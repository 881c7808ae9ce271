import * as z from "zod";
import { LEVELS as LEVEL_VALUES } from "../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../errors.js";
import {
  alphaOfTable,
  BOOTSTRAP_DEFAULTS,
  bootstrap,
  BootstrapOptions,
  type ConfusionMatrix,
  createRandom,
  createRanker,
  type Estimate,
  iccOfColumns,
  intervalAlphaOfPairs,
  kappaOfTable,
  pearsonOf,
  tableOf,
} from "../stats/index.js";
import { createScoredRecordReader, rowName, type ScoredRecord } from "./scoredRecord.js";

/** The levels of rapport's scale, the categories of every kappa and confusion matrix here. */
const LEVELS: readonly number[] = [...LEVEL_VALUES];

/** Options of {@link compareScores}. */
export const CompareScoresOptions = BootstrapOptions.extend({
  /** The field or fields that pair rows across the two sides; `id` by default. */
  key: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** A field to break the comparison down by (e.g. `competency`), read from the first side, else the second. */
  by: z.string().min(1).optional(),
  /** Names of the two sides in reports; `a` and `b` by default. */
  labels: z.tuple([z.string().min(1), z.string().min(1)]).optional(),
  /** Most score pairs kept for a scatter plot (a seeded sample when there are more); 2,000 by default. */
  maxPoints: z.number().int().min(0).optional(),
});
/** Options of {@link compareScores}. */
export type CompareScoresOptions = z.infer<typeof CompareScoresOptions>;

/** Agreement between the two sides over the items both rated. Levels feed kappa, agreement, the matrix and ordinal alpha; scores feed the rest. */
export interface ComparisonStatistics {
  /** Items rated on both sides. */
  readonly n: number;
  /** Share with the same level. */
  readonly exact: Estimate;
  /** Share with levels at most one apart. */
  readonly adjacent: Estimate;
  /** Cohen's kappa on the levels 1-5. */
  readonly kappa: { readonly unweighted: Estimate; readonly linear: Estimate; readonly quadratic: Estimate };
  readonly pearson: Estimate;
  readonly spearman: Estimate;
  /** Two-way random-effects ICC on the scores: a single rating, and the mean of the two. */
  readonly icc21: Estimate;
  readonly icc2k: Estimate;
  /** Krippendorff's alpha: ordinal on the levels, interval on the scores. */
  readonly alphaOrdinal: Estimate;
  readonly alphaInterval: Estimate;
  /** Mean of (first − second) scores: positive when the first side scores higher. */
  readonly meanDifference: Estimate;
  /** Mean score on each side. */
  readonly means: { readonly a: number | null; readonly b: number | null };
  /** Levels cross-tabulated: rows the first side, columns the second. */
  readonly confusion: ConfusionMatrix;
}

/** The comparison within one value of the `by` field. */
export interface ComparisonGroup {
  /** The value (null: rows without one). */
  readonly value: string | null;
  readonly statistics: ComparisonStatistics;
}

/** Two sets of scores or ratings of the same items, compared. */
export interface ScoreComparison {
  readonly labels: { readonly a: string; readonly b: string };
  readonly key: readonly string[];
  readonly by: string | null;
  /** Rows on each side, and how they paired up. */
  readonly rows: { readonly a: number; readonly b: number; readonly matched: number; readonly onlyA: number; readonly onlyB: number };
  /** Paired rows without a level on one side or both (insufficient evidence, left blank, rejected). */
  readonly unrated: { readonly a: number; readonly b: number; readonly both: number };
  readonly overall: ComparisonStatistics;
  readonly groups: readonly ComparisonGroup[];
  /** Score pairs for a scatter plot, at most `maxPoints`. */
  readonly points: readonly { readonly a: number; readonly b: number }[];
  readonly settings: { readonly seed: number; readonly resamples: number; readonly level: number };
}

interface Pairs {
  readonly la: readonly number[];
  readonly lb: readonly number[];
  readonly sa: readonly number[];
  readonly sb: readonly number[];
}

type StatisticKey = "exact" | "adjacent" | "unweighted" | "linear" | "quadratic" | "pearson" | "spearman" | "icc21" | "icc2k" | "alphaOrdinal" | "alphaInterval" | "meanDifference";

/** Every statistic of a sample of pair indexes (for the bootstrap); ranks and tables avoid sorting in the loop. */
function statisticsOfSample(p: Pairs): (sample: readonly number[]) => Record<StatisticKey, number> {
  const rankA = createRanker(p.sa);
  const rankB = createRanker(p.sb);
  return (sample) => {
    const la = sample.map((i) => p.la[i] as number);
    const lb = sample.map((i) => p.lb[i] as number);
    const sa = sample.map((i) => p.sa[i] as number);
    const sb = sample.map((i) => p.sb[i] as number);
    const n = sample.length;
    let difference = 0;
    for (let i = 0; i < n; i++) difference += (sa[i] as number) - (sb[i] as number);
    const table = tableOf(la, lb, LEVELS);
    const within = (gap: number): number => table.reduce((s, row, i) => s + row.reduce((t, v, j) => t + (Math.abs(i - j) <= gap ? v : 0), 0), 0);
    const icc = iccOfColumns([sa, sb]);
    return {
      exact: n === 0 ? Number.NaN : within(0) / n,
      adjacent: n === 0 ? Number.NaN : within(1) / n,
      unweighted: kappaOfTable(table, "unweighted"),
      linear: kappaOfTable(table, "linear"),
      quadratic: kappaOfTable(table, "quadratic"),
      pearson: pearsonOf(sa, sb),
      spearman: n < 3 ? Number.NaN : pearsonOf(rankA(sample), rankB(sample)),
      icc21: icc.icc21,
      icc2k: icc.icc2k,
      alphaOrdinal: alphaOfTable(table, LEVELS, "ordinal"),
      alphaInterval: intervalAlphaOfPairs(sa, sb),
      meanDifference: n === 0 ? Number.NaN : difference / n,
    };
  };
}

const meanOf = (v: readonly number[]): number | null => (v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length);

function statisticsOf(p: Pairs, settings: ScoreComparison["settings"]): ComparisonStatistics {
  const e = bootstrap(p.la.length, statisticsOfSample(p), settings);
  return {
    n: p.la.length,
    exact: e.exact,
    adjacent: e.adjacent,
    kappa: { unweighted: e.unweighted, linear: e.linear, quadratic: e.quadratic },
    pearson: e.pearson,
    spearman: e.spearman,
    icc21: e.icc21,
    icc2k: e.icc2k,
    alphaOrdinal: e.alphaOrdinal,
    alphaInterval: e.alphaInterval,
    meanDifference: e.meanDifference,
    means: { a: meanOf(p.sa), b: meanOf(p.sb) },
    confusion: { categories: LEVELS, counts: tableOf(p.la, p.lb, LEVELS) },
  };
}

/** Issues for keys that appear twice on one side; a map from key to row otherwise. */
function indexByKey(records: readonly ScoredRecord[], label: string, side: "a" | "b", issues: Issue[]): Map<string, ScoredRecord> {
  const index = new Map<string, ScoredRecord>();
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const earlier = first.get(r.key);
    if (earlier !== undefined) {
      const before = records[earlier] as ScoredRecord;
      issues.push({ code: "duplicate-id", path: [side, i], message: `${label}, ${rowName(r, i)}: the key '${r.key}' appears again (first at ${rowName(before, earlier)}); give key fields that tell the rows apart.` });
      return;
    }
    first.set(r.key, i);
    index.set(r.key, r);
  });
  return index;
}

/** A seeded sample of at most `max` items, in their original order. */
function sampleOf<T>(items: readonly T[], max: number, seed: number): T[] {
  if (items.length <= max) return [...items];
  const random = createRandom(seed);
  const order = items.map((_, i) => i);
  for (let i = 0; i < max; i++) {
    const j = i + random.int(order.length - i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, max).sort((x, y) => x - y).map((i) => items[i] as T);
}

interface Joined {
  readonly pairs: { readonly a: ScoredRecord; readonly b: ScoredRecord }[];
  readonly onlyB: number;
}

function join(a: readonly ScoredRecord[], b: ReadonlyMap<string, ScoredRecord>): Joined {
  const pairs: { a: ScoredRecord; b: ScoredRecord }[] = [];
  const seen = new Set<string>();
  for (const x of a) {
    const y = b.get(x.key);
    if (y === undefined || seen.has(x.key)) continue;
    seen.add(x.key);
    pairs.push({ a: x, b: y });
  }
  return { pairs, onlyB: b.size - pairs.length };
}

function pairsOf(joined: readonly { readonly a: ScoredRecord; readonly b: ScoredRecord }[]): Pairs {
  const rated = joined.filter((p) => p.a.state === "scored" && p.b.state === "scored");
  return {
    la: rated.map((p) => p.a.level as number),
    lb: rated.map((p) => p.b.level as number),
    sa: rated.map((p) => p.a.score as number),
    sb: rated.map((p) => p.b.score as number),
  };
}

function groupsOf(joined: Joined["pairs"], by: string, settings: ScoreComparison["settings"]): ComparisonGroup[] {
  const groups = new Map<string | null, Joined["pairs"]>();
  for (const p of joined) {
    const value = p.a.fields[by] ?? p.b.fields[by] ?? null;
    groups.set(value, [...(groups.get(value) ?? []), p]);
  }
  const values = [...groups.keys()].sort((x, y) => (x === null ? 1 : y === null ? -1 : x.localeCompare(y)));
  return values.map((value) => ({ value, statistics: statisticsOf(pairsOf(groups.get(value) ?? []), settings) }));
}

function optionsIssues(options: unknown): SafeResult<CompareScoresOptions> {
  const parsed = CompareScoresOptions.safeParse(options);
  if (parsed.success) return { success: true, data: parsed.data };
  const [first, ...rest] = fromZodIssues(parsed.error.issues, ["options"]);
  return { success: false, issues: first ? [first, ...rest] : [{ code: "invalid-input", path: ["options"], message: "Invalid options." }] };
}

/**
 * Compares two sets of already-read rows (see {@link createScoredRecordReader}), without throwing.
 * Use it when you read rows yourself (a file, a stream) and want messages that name their lines.
 *
 * @param a - the first side's rows (a scorer)
 * @param b - the second side's rows (another scorer, or human ratings)
 * @param options - labels, `by`, bootstrap settings (`key` was applied when the rows were read)
 * @returns the comparison, or issues naming rows whose key appears twice
 * @example
 * ```ts
 * import { compareScoredRecords, readScoredRecords } from "rapport/research";
 *
 * const a = readScoredRecords([{ id: 1, level: 3 }, { id: 2, level: 4 }], {}, "scorer");
 * const b = readScoredRecords([{ id: 1, level: 4 }, { id: 2, level: 4 }], {}, "human");
 * const c = compareScoredRecords(a, b, { resamples: 0 });
 * c.success && c.data.overall.adjacent.value; //=> 1
 * ```
 */
export function compareScoredRecords(a: readonly ScoredRecord[], b: readonly ScoredRecord[], options: CompareScoresOptions = {}): SafeResult<ScoreComparison> {
  const parsed = optionsIssues(options);
  if (!parsed.success) return parsed;
  const o = parsed.data;
  const labels = { a: o.labels?.[0] ?? "a", b: o.labels?.[1] ?? "b" };
  const settings = { seed: o.seed ?? BOOTSTRAP_DEFAULTS.seed, resamples: o.resamples ?? BOOTSTRAP_DEFAULTS.resamples, level: o.level ?? BOOTSTRAP_DEFAULTS.level };
  const issues: Issue[] = [];
  const indexA = indexByKey(a, labels.a, "a", issues);
  const indexB = indexByKey(b, labels.b, "b", issues);
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };
  const joined = join([...indexA.values()], indexB);
  const pairs = pairsOf(joined.pairs);
  const unratedA = joined.pairs.filter((p) => p.a.state !== "scored").length;
  const unratedB = joined.pairs.filter((p) => p.b.state !== "scored").length;
  const both = joined.pairs.filter((p) => p.a.state !== "scored" && p.b.state !== "scored").length;
  const key = o.key === undefined ? ["id"] : typeof o.key === "string" ? [o.key] : o.key;
  return {
    success: true,
    data: {
      labels,
      key,
      by: o.by ?? null,
      rows: { a: a.length, b: b.length, matched: joined.pairs.length, onlyA: indexA.size - joined.pairs.length, onlyB: joined.onlyB },
      unrated: { a: unratedA, b: unratedB, both },
      overall: statisticsOf(pairs, settings),
      groups: o.by === undefined ? [] : groupsOf(joined.pairs, o.by, settings),
      points: sampleOf(pairs.sa.map((s, i) => ({ a: s, b: pairs.sb[i] as number })), o.maxPoints ?? 2000, settings.seed),
      settings,
    },
  };
}

/**
 * Compares two sets of scores of the same items without throwing: scorer against scorer, or scorer
 * against human ratings. Rows are paired by key; each side may be rows written by `rapport score`
 * or rows with `level` and/or `score` (`safeReadScoredRecord` in `rapport/research` reads one). Reports exact and adjacent
 * agreement, Cohen's kappa (unweighted, linear, quadratic), Pearson and Spearman, ICC(2,1) and
 * ICC(2,k), Krippendorff's alpha (ordinal, interval), the mean difference and the confusion matrix,
 * each with a seeded percentile-bootstrap interval over the paired items, overall and per `by` value.
 *
 * @param a - the first side's rows
 * @param b - the second side's rows
 * @param options - key, by, labels, seed, resamples, level
 * @returns the comparison, or issues naming each row at fault
 * @example
 * ```ts
 * import { safeCompareScores } from "rapport";
 *
 * const scorer = [{ id: "1", level: 3 }, { id: "2", level: 4 }];
 * const human = [{ id: "1", level: 3 }, { id: "2", level: 5 }];
 * const c = safeCompareScores(scorer, human, { resamples: 0 });
 * c.success && c.data.overall.exact.value; //=> 0.5
 * ```
 */
export function safeCompareScores(a: readonly unknown[], b: readonly unknown[], options: CompareScoresOptions = {}): SafeResult<ScoreComparison> {
  const parsed = optionsIssues(options);
  if (!parsed.success) return parsed;
  const notLists = ([a, b] as const).flatMap((rows, s): Issue[] => (Array.isArray(rows) ? [] : [{ code: "invalid-input", path: [s === 0 ? "a" : "b"], message: `Scored rows must be an array; got ${rows === null ? "null" : typeof rows}.` }]));
  if (notLists.length > 0) return { success: false, issues: notLists as [Issue, ...Issue[]] };
  const o = parsed.data;
  const read = createScoredRecordReader({ ...(o.key !== undefined ? { key: o.key } : {}), fields: o.by === undefined ? [] : [o.by] });
  const labels = [o.labels?.[0] ?? "a", o.labels?.[1] ?? "b"] as const;
  const issues: Issue[] = [];
  const sides = ([a, b] as const).map((rows, s) => {
    const side = s === 0 ? "a" : "b";
    const out: ScoredRecord[] = [];
    rows.forEach((raw, i) => {
      const row = read(raw);
      if (row.success) out.push(row.data);
      else issues.push(...row.issues.map((issue) => ({ ...issue, path: [side, i, ...issue.path], message: `${labels[s]}, row ${i + 1}: ${issue.message}` })));
    });
    return out;
  });
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };
  return compareScoredRecords(sides[0] ?? [], sides[1] ?? [], o);
}

/**
 * Compares two sets of scores of the same items; see {@link safeCompareScores}.
 *
 * @param a - the first side's rows
 * @param b - the second side's rows
 * @param options - key, by, labels, seed, resamples, level
 * @returns the comparison
 * @throws {RapportError} naming each row at fault (a missing key, a level off the scale, a key that appears twice)
 * @example
 * ```ts
 * import { compareScores } from "rapport";
 *
 * const comparison = compareScores([{ id: "1", level: 3 }, { id: "2", level: 4 }], [{ id: "1", level: 3 }, { id: "3", level: 2 }], { resamples: 0 });
 * comparison.rows; //=> { a: 2, b: 2, matched: 1, onlyA: 1, onlyB: 1 }
 * ```
 */
export function compareScores(a: readonly unknown[], b: readonly unknown[], options: CompareScoresOptions = {}): ScoreComparison {
  const result = safeCompareScores(a, b, options);
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}
