import { RapportError } from "../errors.js";
import { kappaOfTable, pearsonOf, spearmanOf, tableOf } from "../stats/index.js";

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
 * @returns kappa, from -1 to 1 (1: perfect agreement; 0: chance); NaN when undefined (one level used by both) or when a value is off the scale
 * @example
 * ```ts
 * import { quadraticWeightedKappa } from "rapport/research";
 *
 * quadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]); //=> 1
 * ```
 */
export function quadraticWeightedKappa(a: readonly (number | null)[], b: readonly (number | null)[], min = 1, max = 5): number {
  const [x, y] = pairs(a, b);
  if (x.length === 0) return Number.NaN;
  const onScale = (v: number): boolean => Math.round(v) >= min && Math.round(v) <= max;
  if (!x.every(onScale) || !y.every(onScale)) return Number.NaN; // not ratings on this scale
  const scale = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return kappaOfTable(tableOf(x.map(Math.round), y.map(Math.round), scale), "quadratic");
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
 * ```ts
 * import { agreement } from "rapport/research";
 *
 * const a = agreement([1, 2, 3, null], [1, 3, 3, 4]);
 * a.n; //=> 3
 * a.exact; //=> 0.6666666666667
 * ```
 */
export function agreement(a: readonly (number | null)[], b: readonly (number | null)[]): Agreement {
  const [x, y] = pairs(a, b);
  const n = x.length;
  const exact = n === 0 ? Number.NaN : x.filter((v, i) => Math.round(v) === Math.round(y[i] ?? Number.NaN)).length / n;
  const adjacent = n === 0 ? Number.NaN : x.filter((v, i) => Math.abs(Math.round(v) - Math.round(y[i] ?? Number.NaN)) <= 1).length / n;
  return {
    n,
    exact,
    adjacent,
    qwk: quadraticWeightedKappa(x, y),
    spearman: spearmanOf(x, y),
    pearson: pearsonOf(x, y),
  };
}
