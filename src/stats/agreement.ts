import * as z from "zod";
import { RapportError } from "../errors.js";
import { tableOf } from "./kappa.js";
import { assertSameLength, parseInput } from "./validate.js";

const Values = z.array(z.number());

/**
 * Share of paired values that differ by at most `tolerance` (0: exact agreement, 1: adjacent).
 *
 * @param a - first rater's values
 * @param b - second rater's values, one per item of `a`
 * @param tolerance - largest difference still counted as agreement; 0 by default
 * @returns the share, 0-1; NaN when there are no pairs
 * @throws {RapportError} `invalid-input` when the lengths differ or a value is not a finite number
 * @example
 * ```ts
 * import { agreementWithin } from "rapport/research";
 *
 * agreementWithin([1, 2, 3, 4], [1, 3, 3, 1], 1); //=> 0.75
 * ```
 */
export function agreementWithin(a: readonly number[], b: readonly number[], tolerance = 0): number {
  const x = parseInput(Values, a, ["a"]);
  const y = parseInput(Values, b, ["b"]);
  assertSameLength(x, y, ["a", "b"]);
  parseInput(z.number().nonnegative(), tolerance, ["tolerance"]);
  if (x.length === 0) return Number.NaN;
  return x.filter((v, i) => Math.abs(v - (y[i] as number)) <= tolerance + 1e-9).length / x.length;
}

/** Counts of paired ratings: `counts[i][j]` items the first rater put in `categories[i]` and the second in `categories[j]`. */
export interface ConfusionMatrix {
  /** The categories, in order. */
  readonly categories: readonly number[];
  /** Row = first rater's category, column = second rater's. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Cross-tabulates two raters' categories.
 *
 * @param a - first rater's categories (rows)
 * @param b - second rater's categories (columns)
 * @param categories - the ordered categories; the values seen, sorted, by default
 * @returns the matrix
 * @throws {RapportError} `invalid-input` when the lengths differ or a value is not one of the categories
 * @example
 * ```ts
 * import { confusionMatrix } from "rapport/research";
 *
 * confusionMatrix([1, 2, 2], [1, 2, 3], [1, 2, 3]).counts; //=> [[1, 0, 0], [0, 1, 1], [0, 0, 0]]
 * ```
 */
export function confusionMatrix(a: readonly number[], b: readonly number[], categories?: readonly number[]): ConfusionMatrix {
  const x = parseInput(Values, a, ["a"]);
  const y = parseInput(Values, b, ["b"]);
  assertSameLength(x, y, ["a", "b"]);
  const scale = categories === undefined ? [...new Set([...x, ...y])].sort((p, q) => p - q) : parseInput(Values, categories, ["categories"]);
  const known = new Set(scale);
  for (const [side, values] of [["a", x], ["b", y]] as const) {
    const at = values.findIndex((v) => !known.has(v));
    if (at !== -1) throw new RapportError([{ code: "invalid-input", path: [side, at], message: `${values[at]} is not one of the categories ${scale.join(", ")}.` }]);
  }
  return { categories: scale, counts: tableOf(x, y, scale) };
}
