import * as z from "zod";
import { RapportError } from "../errors.js";
import { parseInput } from "./validate.js";

/** Two-way random-effects intraclass correlations (Shrout and Fleiss's cases 2,1 and 2,k) and their mean squares. */
export interface IntraclassCorrelation {
  /** ICC(2,1): absolute agreement of a single rater, raters a random sample. */
  readonly icc21: number;
  /** ICC(2,k): absolute agreement of the mean of the k raters. */
  readonly icc2k: number;
  /** Subjects (rows) used. */
  readonly subjects: number;
  /** Raters (columns). */
  readonly raters: number;
  /** Mean square between subjects. */
  readonly msRows: number;
  /** Mean square between raters. */
  readonly msColumns: number;
  /** Residual mean square. */
  readonly msError: number;
}

/**
 * ICC(2,1) and ICC(2,k) from the raters' columns, unchecked (for bootstrap loops): every column has
 * one finite value per subject.
 *
 * @param columns - one array per rater, subjects in the same order
 * @returns the correlations; NaN where undefined (fewer than 2 subjects, or no variation at all)
 */
export function iccOfColumns(columns: readonly (readonly number[])[]): IntraclassCorrelation {
  const k = columns.length;
  const n = columns[0]?.length ?? 0;
  let grand = 0;
  const rowSums = new Array<number>(n).fill(0);
  const colMeans = columns.map((col) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      s += v;
      rowSums[i] = (rowSums[i] ?? 0) + v;
    }
    grand += s;
    return s / n;
  });
  grand /= n * k;
  let total = 0;
  for (const col of columns) for (let i = 0; i < n; i++) total += ((col[i] as number) - grand) ** 2;
  const ssRows = rowSums.reduce((s, r) => s + k * (r / k - grand) ** 2, 0);
  const ssCols = colMeans.reduce((s, m) => s + n * (m - grand) ** 2, 0);
  const msRows = ssRows / (n - 1);
  const msColumns = ssCols / (k - 1);
  const msError = (total - ssRows - ssCols) / ((n - 1) * (k - 1));
  const icc21 = (msRows - msError) / (msRows + (k - 1) * msError + (k * (msColumns - msError)) / n);
  const icc2k = (msRows - msError) / (msRows + (msColumns - msError) / n);
  const defined = n >= 2 && k >= 2 && total > 0;
  return { icc21: defined ? icc21 : Number.NaN, icc2k: defined ? icc2k : Number.NaN, subjects: n, raters: k, msRows, msColumns, msError };
}

const Matrix = z.array(z.array(z.number().nullable())).min(1, "Give at least one subject.");

/**
 * Intraclass correlations for a two-way random-effects design (Shrout and Fleiss 1979; McGraw and
 * Wong's "absolute agreement"): ICC(2,1) for one rater and ICC(2,k) for the mean of k. Subjects with a
 * missing rating (null) are left out, as in psych's `ICC`; use Krippendorff's alpha when many are missing.
 *
 * @param ratings - one row per subject, one column per rater
 * @returns the correlations, the subjects used and the mean squares
 * @throws {RapportError} `invalid-input` when rows differ in length or there are fewer than 2 raters
 * @example
 * ```ts
 * import { intraclassCorrelation } from "rapport/research";
 *
 * // Shrout and Fleiss (1979), Table 2: six targets, four judges.
 * const icc = intraclassCorrelation([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]);
 * icc.icc21.toFixed(2); //=> "0.29"
 * ```
 */
export function intraclassCorrelation(ratings: readonly (readonly (number | null)[])[]): IntraclassCorrelation {
  const rows = parseInput(Matrix, ratings, ["ratings"]);
  const k = rows[0]?.length ?? 0;
  const bad = rows.findIndex((r) => r.length !== k);
  if (bad !== -1) throw new RapportError([{ code: "invalid-input", path: ["ratings", bad], message: `Row ${bad} has ${rows[bad]?.length} ratings, not ${k} like the first; give one value (or null) per rater.` }]);
  if (k < 2) throw new RapportError([{ code: "invalid-input", path: ["ratings", 0], message: "Give at least two raters (columns)." }]);
  const complete = rows.filter((r): r is number[] => r.every((v) => v !== null));
  return iccOfColumns(Array.from({ length: k }, (_, j) => complete.map((r) => r[j] as number)));
}
