import { sampleCorrelation, sampleRankCorrelation } from "simple-statistics";
import * as z from "zod";
import { assertSameLength, parseInput } from "./validate.js";

const Values = z.array(z.number());

const constant = (v: readonly number[]): boolean => v.every((e) => e === v[0]);

/**
 * Pearson correlation, unchecked (for bootstrap loops).
 *
 * @param x - first values
 * @param y - second values, as many
 * @returns r; NaN with fewer than 3 pairs or when either side does not vary
 */
export function pearsonOf(x: readonly number[], y: readonly number[]): number {
  return x.length < 3 || constant(x) || constant(y) ? Number.NaN : sampleCorrelation(x as number[], y as number[]);
}

/**
 * Spearman rank correlation (ties share their mean rank), unchecked (for bootstrap loops).
 *
 * @param x - first values
 * @param y - second values, as many
 * @returns rho; NaN with fewer than 3 pairs or when either side does not vary
 */
export function spearmanOf(x: readonly number[], y: readonly number[]): number {
  return x.length < 3 || constant(x) || constant(y) ? Number.NaN : sampleRankCorrelation(x as number[], y as number[]);
}

/**
 * Pearson correlation between paired values (simple-statistics' `sampleCorrelation`).
 *
 * @param x - first values
 * @param y - second values, one per item of `x`
 * @returns r from -1 to 1; NaN with fewer than 3 pairs or when either side does not vary
 * @throws {RapportError} `invalid-input` when the lengths differ or a value is not a finite number
 * @example
 * ```ts
 * import { pearson } from "rapport/research";
 *
 * pearson([1, 2, 3, 4, 5], [10, 9, 2.5, 6, 4]); //=> -0.742610657233
 * ```
 */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const a = parseInput(Values, x, ["x"]);
  const b = parseInput(Values, y, ["y"]);
  assertSameLength(a, b, ["x", "y"]);
  return pearsonOf(a, b);
}

/**
 * Spearman rank correlation between paired values; tied values share the mean of their ranks
 * (simple-statistics' `sampleRankCorrelation`).
 *
 * @param x - first values
 * @param y - second values, one per item of `x`
 * @returns rho from -1 to 1; NaN with fewer than 3 pairs or when either side does not vary
 * @throws {RapportError} `invalid-input` when the lengths differ or a value is not a finite number
 * @example
 * ```ts
 * import { spearman } from "rapport/research";
 *
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]); //=> 0.820782681668
 * ```
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const a = parseInput(Values, x, ["x"]);
  const b = parseInput(Values, y, ["y"]);
  assertSameLength(a, b, ["x", "y"]);
  return spearmanOf(a, b);
}

/**
 * Prepares fast Spearman ranks of resamples of fixed values, unchecked (for bootstrap loops): each
 * value's position among the distinct values is found once, so ranking a resample needs no sort.
 *
 * @param values - the values to be resampled
 * @returns a function giving the mid-ranks (ties share their mean rank) of the values at a sample of indexes
 */
export function createRanker(values: readonly number[]): (sample: readonly number[]) => number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const position = new Map(distinct.map((v, i) => [v, i]));
  const index = Int32Array.from(values, (v) => position.get(v) ?? 0);
  const counts = new Float64Array(distinct.length);
  const ranks = new Float64Array(distinct.length);
  return (sample) => {
    counts.fill(0);
    for (const s of sample) counts[index[s] as number] = (counts[index[s] as number] ?? 0) + 1;
    let before = 0;
    for (let v = 0; v < distinct.length; v++) {
      const c = counts[v] ?? 0;
      ranks[v] = before + (c + 1) / 2;
      before += c;
    }
    return sample.map((s) => ranks[index[s] as number] as number);
  };
}
