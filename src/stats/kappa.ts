import { match } from "ts-pattern";
import * as z from "zod";
import { RapportError } from "../errors.js";
import { assertSameLength, parseInput } from "./validate.js";

/** How disagreements are weighted: all alike, by distance, or by squared distance between categories. */
export const KappaWeights = z.enum(["unweighted", "linear", "quadratic"]);
/** How disagreements are weighted. */
export type KappaWeights = z.infer<typeof KappaWeights>;

/** A square table of counts: row = the first rater's category, column = the second's. */
export const AgreementTable = z
  .array(z.array(z.number().nonnegative()))
  .min(2, "A table needs at least two categories.")
  .refine((t) => t.every((row) => row.length === t.length), "The table must be square: as many columns as rows.");
/** A square table of counts. */
export type AgreementTable = z.infer<typeof AgreementTable>;

/** Options of {@link cohensKappa}. */
export const CohensKappaOptions = z.object({
  /** Weights of disagreement; unweighted by default. */
  weights: KappaWeights.optional(),
  /** The ordered categories of the scale (e.g. levels 1-5); the values seen, sorted, by default. */
  categories: z.array(z.number()).min(2).optional(),
});
/** Options of {@link cohensKappa}. */
export type CohensKappaOptions = z.infer<typeof CohensKappaOptions>;

const Values = z.array(z.number());

/** Disagreement weight between categories i and j of k (0 on the diagonal, 1 at the far corners). */
function disagreement(weights: KappaWeights, i: number, j: number, k: number): number {
  return match(weights)
    .with("unweighted", () => (i === j ? 0 : 1))
    .with("linear", () => Math.abs(i - j) / (k - 1))
    .with("quadratic", () => ((i - j) * (i - j)) / ((k - 1) * (k - 1)))
    .exhaustive();
}

/**
 * Kappa from a square table, unchecked (for bootstrap loops): 1 − observed / chance-expected disagreement.
 *
 * @param table - counts, row = first rater's category
 * @param weights - weights of disagreement
 * @returns kappa; NaN when chance disagreement is zero (both raters used one category only)
 */
export function kappaOfTable(table: readonly (readonly number[])[], weights: KappaWeights): number {
  const k = table.length;
  const rows = table.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = table.map((_, j) => table.reduce((s, row) => s + (row[j] ?? 0), 0));
  const n = rows.reduce((s, v) => s + v, 0);
  if (n === 0) return Number.NaN;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = disagreement(weights, i, j, k);
      observed += w * (table[i]?.[j] ?? 0);
      expected += (w * (rows[i] ?? 0) * (cols[j] ?? 0)) / n;
    }
  }
  return expected === 0 ? Number.NaN : 1 - observed / expected;
}

/**
 * Cohen's kappa from a table of counts, unweighted or weighted (linear or quadratic weights by the
 * distance between category positions, as in vcd's `Kappa` and scikit-learn's `cohen_kappa_score`).
 *
 * @param table - square table of counts, row = first rater's category, column = second's
 * @param weights - `unweighted` (default), `linear` or `quadratic`
 * @returns kappa, at most 1 (0 is chance agreement); NaN when both raters used one category only
 * @throws {RapportError} `invalid-input` when the table is not square or has negative counts
 * @example
 * ```ts
 * import { kappaFromTable } from "rapport/research";
 *
 * kappaFromTable([[20, 5], [10, 15]]); //=> 0.4
 * ```
 */
export function kappaFromTable(table: readonly (readonly number[])[], weights: KappaWeights = "unweighted"): number {
  return kappaOfTable(parseInput(AgreementTable, table, ["table"]), parseInput(KappaWeights, weights, ["weights"]));
}

/**
 * Counts pairs into a table over the given categories, unchecked (values must be among them).
 *
 * @param a - first rater's values
 * @param b - second rater's values
 * @param categories - the ordered categories
 * @returns the table, row = a's category
 */
export function tableOf(a: readonly number[], b: readonly number[], categories: readonly number[]): number[][] {
  const index = new Map(categories.map((c, i) => [c, i]));
  const table = categories.map(() => new Array<number>(categories.length).fill(0));
  for (let i = 0; i < a.length; i++) {
    const row = table[index.get(a[i] as number) ?? -1];
    const j = index.get(b[i] as number);
    if (row !== undefined && j !== undefined) row[j] = (row[j] ?? 0) + 1;
  }
  return table;
}

/**
 * Cohen's kappa between two raters of the same items.
 *
 * @param a - first rater's category per item
 * @param b - second rater's category per item
 * @param options - weights, and the scale's categories (so that unused ones still count in the distances)
 * @returns kappa; NaN when both raters used one category only
 * @throws {RapportError} `invalid-input` when the lengths differ or a value is not one of the categories
 * @example
 * ```ts
 * import { cohensKappa } from "rapport/research";
 *
 * cohensKappa([1, 2, 3, 4], [1, 2, 4, 3], { weights: "quadratic", categories: [1, 2, 3, 4] }); //=> 0.8
 * ```
 */
export function cohensKappa(a: readonly number[], b: readonly number[], options: CohensKappaOptions = {}): number {
  const x = parseInput(Values, a, ["a"]);
  const y = parseInput(Values, b, ["b"]);
  assertSameLength(x, y, ["a", "b"]);
  const { weights = "unweighted", categories } = parseInput(CohensKappaOptions, options, ["options"]);
  const scale = categories ?? [...new Set([...x, ...y])].sort((p, q) => p - q);
  const known = new Set(scale);
  const stray = [...x.map((v, i) => ["a", i, v] as const), ...y.map((v, i) => ["b", i, v] as const)].find(([, , v]) => !known.has(v));
  if (stray) {
    const [side, i, v] = stray;
    throw new RapportError([{ code: "invalid-input", path: [side, i], message: `${v} is not one of the categories ${scale.join(", ")}.` }]);
  }
  if (scale.length < 2) return Number.NaN;
  return kappaOfTable(tableOf(x, y, scale), weights);
}
