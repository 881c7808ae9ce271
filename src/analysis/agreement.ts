import { sampleCorrelation, sampleRankCorrelation } from "simple-statistics";
import { RapportError } from "../errors.js";

/** Agreement between two sets of ratings of the same items. */
export interface Agreement {
  /** Items rated by both (pairs with a missing rating are left out). */
  readonly n: number;
  /** Share of items on which both give the same level. */
  readonly exact: number;
  /** Share of items on which the levels differ by at most one. */
  readonly adjacent: number;
  /** Quadratic weighted kappa on the 1-5 scale. */
  readonly qwk: number;
  /** Spearman rank correlation. */
  readonly spearman: number;
  /** Pearson correlation. */
  readonly pearson: number;
}

function pairs(a: readonly (number | null | undefined)[], b: readonly (number | null | undefined)[]): [number[], number[]] {
  if (a.length !== b.length) {
    throw new RapportError([{ code: "invalid-input", path: [], message: `Ratings differ in length: ${a.length} against ${b.length}; give one rating per item on both sides.` }]);
  }
  const x: number[] = [];
  const y: number[] = [];
  a.forEach((value, i) => {
    const other = b[i];
    if (value !== null && value !== undefined && other !== null && other !== undefined && Number.isFinite(value) && Number.isFinite(other)) {
      x.push(value);
      y.push(other);
    }
  });
  return [x, y];
}

/**
 * Quadratic weighted kappa between two raters on an ordinal scale.
 *
 * @param a - first rater's levels
 * @param b - second rater's levels
 * @param min - lowest level of the scale
 * @param max - highest level of the scale
 * @returns kappa, from -1 to 1 (1: perfect agreement; 0: chance); NaN when undefined or when a value is off the scale
 * @example
 * quadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])
 * //=> 1
 */
export function quadraticWeightedKappa(a: readonly (number | null)[], b: readonly (number | null)[], min = 1, max = 5): number {
  const [x, y] = pairs(a, b);
  const k = max - min + 1;
  const n = x.length;
  if (n === 0) return Number.NaN;
  const onScale = (v: number): boolean => Math.round(v) >= min && Math.round(v) <= max;
  if (!x.every(onScale) || !y.every(onScale)) return Number.NaN; // not ratings on this scale
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  x.forEach((value, i) => {
    const r = Math.round(value) - min;
    const c = Math.round(y[i] ?? 0) - min;
    (observed[r] as number[])[c] = ((observed[r] as number[])[c] ?? 0) + 1;
    histA[r] = (histA[r] ?? 0) + 1;
    histB[c] = (histB[c] ?? 0) + 1;
  });
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * ((observed[i] as number[])[j] ?? 0);
      den += (w * (histA[i] ?? 0) * (histB[j] ?? 0)) / n;
    }
  }
  return den === 0 ? (num === 0 ? 1 : Number.NaN) : 1 - num / den;
}

/**
 * Agreement between two sets of ratings of the same items on the 1-5 scale: exact and adjacent
 * agreement, quadratic weighted kappa, Spearman and Pearson correlations. Missing ratings (null)
 * leave their item out; they are never read as zero.
 *
 * @param a - first set (e.g. the scorer's levels)
 * @param b - second set (e.g. human levels)
 * @returns the statistics
 * @throws {RapportError} when the two sets differ in length
 * @example
 * agreement([1, 2, 3, null], [1, 3, 3, 4]).n
 * //=> 3
 */
export function agreement(a: readonly (number | null)[], b: readonly (number | null)[]): Agreement {
  const [x, y] = pairs(a, b);
  const n = x.length;
  const exact = n === 0 ? Number.NaN : x.filter((v, i) => Math.round(v) === Math.round(y[i] ?? Number.NaN)).length / n;
  const adjacent = n === 0 ? Number.NaN : x.filter((v, i) => Math.abs(Math.round(v) - Math.round(y[i] ?? Number.NaN)) <= 1).length / n;
  const constant = (v: number[]): boolean => v.every((e) => e === v[0]);
  return {
    n,
    exact,
    adjacent,
    qwk: quadraticWeightedKappa(x, y),
    spearman: n < 3 || constant(x) || constant(y) ? Number.NaN : sampleRankCorrelation(x, y),
    pearson: n < 3 || constant(x) || constant(y) ? Number.NaN : sampleCorrelation(x, y),
  };
}
