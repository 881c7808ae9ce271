import { match } from "ts-pattern";
import * as z from "zod";
import { parseInput } from "./validate.js";

/** Level of measurement of the values: unordered, ordered, or equally spaced. */
export const AlphaLevel = z.enum(["nominal", "ordinal", "interval"]);
/** Level of measurement of the values. */
export type AlphaLevel = z.infer<typeof AlphaLevel>;

/** Sorted distinct values with how often each occurs among the pairable values. */
interface Marginals {
  readonly values: readonly number[];
  readonly counts: readonly number[];
  readonly index: ReadonlyMap<number, number>;
  /** counts summed up to and including each value. */
  readonly cumulative: readonly number[];
}

function marginalsOf(units: readonly (readonly number[])[]): Marginals {
  const tally = new Map<number, number>();
  for (const unit of units) for (const v of unit) tally.set(v, (tally.get(v) ?? 0) + 1);
  const values = [...tally.keys()].sort((a, b) => a - b);
  const counts = values.map((v) => tally.get(v) ?? 0);
  let run = 0;
  const cumulative = counts.map((c) => (run += c));
  return { values, counts, index: new Map(values.map((v, i) => [v, i])), cumulative };
}

/** Krippendorff's squared distance δ² for a level of measurement, given the marginals (ordinal needs them). */
function distanceFor(level: AlphaLevel, m: Marginals): (a: number, b: number) => number {
  return match(level)
    .with("nominal", () => (a: number, b: number) => (a === b ? 0 : 1))
    .with("interval", () => (a: number, b: number) => (a - b) ** 2)
    .with("ordinal", () => (a: number, b: number) => {
      const i = m.index.get(Math.min(a, b)) ?? 0;
      const j = m.index.get(Math.max(a, b)) ?? 0;
      const between = (m.cumulative[j] ?? 0) - (m.cumulative[i - 1] ?? 0);
      return (between - ((m.counts[i] ?? 0) + (m.counts[j] ?? 0)) / 2) ** 2;
    })
    .exhaustive();
}

/**
 * Krippendorff's alpha on pairable units, unchecked (for bootstrap loops): each unit holds the values
 * it was given, missing ones already dropped; units with fewer than two values are skipped.
 *
 * @param units - the values given to each unit
 * @param level - level of measurement
 * @returns alpha; NaN when there is no pairable unit or no variation at all
 */
export function alphaOfUnits(units: readonly (readonly number[])[], level: AlphaLevel): number {
  const pairable = units.filter((u) => u.length >= 2);
  const m = marginalsOf(pairable);
  const n = m.cumulative.at(-1) ?? 0;
  if (n < 2) return Number.NaN;
  const distance = distanceFor(level, m);
  let observed = 0;
  for (const unit of pairable) {
    let sum = 0;
    for (let i = 0; i < unit.length; i++) for (let j = 0; j < unit.length; j++) if (i !== j) sum += distance(unit[i] as number, unit[j] as number);
    observed += sum / (unit.length - 1);
  }
  let expected = 0;
  for (let c = 0; c < m.values.length; c++) {
    for (let k = 0; k < m.values.length; k++) {
      if (c !== k) expected += (m.counts[c] ?? 0) * (m.counts[k] ?? 0) * distance(m.values[c] as number, m.values[k] as number);
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  return expected === 0 ? Number.NaN : 1 - observed / expected;
}

const Units = z.array(z.array(z.number().nullable()));

/**
 * Krippendorff's alpha: agreement among any number of raters, with missing ratings, for nominal,
 * ordinal or interval values (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 * Units rated by fewer than two raters carry no information about agreement and are skipped.
 *
 * @param units - one array per unit (an answer, a candidate) of the raters' values, `null` where a rater gave none
 * @param level - `nominal`, `ordinal` or `interval`
 * @returns alpha, at most 1 (0: agreement at chance level); NaN when no unit has two values or nothing varies
 * @throws {RapportError} `invalid-input` when a value is not a finite number or null
 * @example
 * ```ts
 * import { krippendorffAlpha } from "rapport/research";
 *
 * // One row per unit, one column per rater; null where a rater gave none.
 * krippendorffAlpha([[1, 1], [2, 2], [3, 3], [4, null], [2, 3]], "ordinal") > 0.7; //=> true
 * ```
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], level: AlphaLevel): number {
  const parsed = parseInput(Units, units, ["units"]);
  const kind = parseInput(AlphaLevel, level, ["level"]);
  return alphaOfUnits(parsed.map((u) => u.filter((v): v is number => v !== null)), kind);
}

/**
 * Krippendorff's alpha for two raters who both rated every item, from their table of categories,
 * unchecked (for bootstrap loops): the coincidence matrix is the table plus its transpose.
 *
 * @param table - counts, row = first rater's category, column = second's
 * @param values - the value of each category, in order
 * @param level - level of measurement
 * @returns alpha; NaN when nothing varies
 */
export function alphaOfTable(table: readonly (readonly number[])[], values: readonly number[], level: AlphaLevel): number {
  const k = values.length;
  const counts = values.map((_, c) => (table[c] ?? []).reduce((s, v) => s + v, 0) + table.reduce((s, row) => s + (row[c] ?? 0), 0));
  let run = 0;
  const cumulative = counts.map((c) => (run += c));
  const n = run;
  if (n < 2) return Number.NaN;
  const distance = distanceFor(level, { values, counts, index: new Map(values.map((v, i) => [v, i])), cumulative });
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      const d = distance(values[c] as number, values[j] as number);
      observed += ((table[c]?.[j] ?? 0) + (table[j]?.[c] ?? 0)) * d;
      expected += (counts[c] ?? 0) * (counts[j] ?? 0) * d;
    }
  }
  return expected === 0 ? Number.NaN : 1 - ((n - 1) * observed) / expected;
}

/**
 * Interval Krippendorff's alpha for two raters who both rated every item, in one pass, unchecked
 * (for bootstrap loops): observed disagreement Σ(x − y)² / n over expected 2·SS / (2n − 1) of all 2n values.
 *
 * @param x - first rater's values
 * @param y - second rater's values, as many
 * @returns alpha; NaN with fewer than one pair or no variation
 */
export function intervalAlphaOfPairs(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  let squares = 0;
  let gaps = 0;
  for (let i = 0; i < n; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    sum += a + b;
    squares += a * a + b * b;
    gaps += (a - b) ** 2;
  }
  const total = 2 * n;
  const ss = squares - (sum * sum) / total;
  const expected = (2 * ss) / (total - 1);
  return expected <= 0 ? Number.NaN : 1 - gaps / n / expected;
}
