import { mean, sampleVariance } from "simple-statistics";
import * as z from "zod";
import { parseInput } from "./validate.js";

const Values = z.array(z.number());

/**
 * Standardised mean difference (Cohen's d), unchecked: the difference of means over the pooled
 * sample standard deviation.
 *
 * @param focal - the group's values
 * @param reference - the values it is compared with
 * @returns d; NaN when either side has fewer than 2 values or the pooled deviation is 0
 */
export function smdOf(focal: readonly number[], reference: readonly number[]): number {
  const n1 = focal.length;
  const n2 = reference.length;
  if (n1 < 2 || n2 < 2) return Number.NaN;
  const pooled = Math.sqrt(((n1 - 1) * sampleVariance(focal as number[]) + (n2 - 1) * sampleVariance(reference as number[])) / (n1 + n2 - 2));
  return pooled === 0 ? Number.NaN : (mean(focal as number[]) - mean(reference as number[])) / pooled;
}

/**
 * Standardised mean difference (Cohen's d with the pooled standard deviation): how many standard
 * deviations the focal group's mean lies above (positive) or below (negative) the reference's.
 *
 * @param focal - the group's values
 * @param reference - the values it is compared with
 * @returns d; NaN when either side has fewer than 2 values or nothing varies
 * @throws {RapportError} `invalid-input` when a value is not a finite number
 * @example
 * ```ts
 * import { standardisedMeanDifference } from "rapport/research";
 *
 * standardisedMeanDifference([2, 3, 4], [3, 4, 5]); //=> -1
 * ```
 */
export function standardisedMeanDifference(focal: readonly number[], reference: readonly number[]): number {
  return smdOf(parseInput(Values, focal, ["focal"]), parseInput(Values, reference, ["reference"]));
}
