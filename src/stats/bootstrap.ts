import * as z from "zod";
import { createRandom } from "./random.js";
import { parseInput } from "./validate.js";

/** Options of {@link bootstrap}: the seed, how many resamples, and the interval's level. */
export const BootstrapOptions = z.object({
  /** Seed of the resampling: the same seed gives the same intervals. 1 by default. */
  seed: z.number().int().optional(),
  /** Resamples drawn; 1,000 by default; 0 gives the estimates without intervals. */
  resamples: z.number().int().min(0).max(100_000).optional(),
  /** Coverage of the interval, between 0 and 1; 0.95 by default. */
  level: z.number().gt(0).lt(1).optional(),
});
/** Options of {@link bootstrap}. */
export type BootstrapOptions = z.infer<typeof BootstrapOptions>;

/** A statistic with its bootstrap interval; `null` where it is undefined (no variation, too few items). */
export interface Estimate {
  /** The statistic on the data as given. */
  readonly value: number | null;
  /** Lower end of the percentile interval. */
  readonly lower: number | null;
  /** Upper end of the percentile interval. */
  readonly upper: number | null;
}

/** Defaults of {@link BootstrapOptions}. */
export const BOOTSTRAP_DEFAULTS = { seed: 1, resamples: 1000, level: 0.95 } as const;

/**
 * The `p` quantile of sorted numbers, interpolating linearly between order statistics
 * (Hyndman and Fan's type 7, R's default).
 *
 * @param sorted - numbers in ascending order, at least one
 * @param p - the quantile, 0-1
 * @returns the quantile
 * @example
 * ```ts
 * import { quantileOfSorted } from "rapport/research";
 *
 * quantileOfSorted([1, 2, 3, 4], 0.5); //=> 2.5
 * ```
 */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] ?? Number.NaN;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] ?? low;
  return low + (h - lo) * (high - low);
}

const finiteOrNull = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/**
 * Seeded percentile bootstrap: draws `resamples` samples of the units with replacement, computes the
 * statistics on each, and reports the middle `level` share of their values. Resamples on which a
 * statistic is undefined (NaN) are left out of that statistic; when more than half are, its interval is null.
 * Resample whole units (candidates, say) so that rows that belong together stay together.
 *
 * @param units - how many units there are to resample (indexes 0 to `units - 1`)
 * @param statistic - computes every statistic from a sample of unit indexes (repeats allowed)
 * @param options - seed, resamples, level
 * @returns each statistic with its interval
 * @throws {RapportError} `invalid-input` when the options are out of range
 * @example
 * ```ts
 * import { bootstrap } from "rapport/research";
 *
 * const x = [2, 4, 4, 5, 7, 9];
 * const mean = (sample: readonly number[]): number => sample.reduce((t, i) => t + (x[i] ?? 0), 0) / sample.length;
 * const { mean: estimate } = bootstrap(x.length, (s) => ({ mean: mean(s) }), { seed: 3 });
 * estimate.value; //=> 5.166666666667
 * estimate.lower !== null && estimate.lower < 5.17 && estimate.upper !== null && estimate.upper > 5.17; //=> true
 * ```
 */
export function bootstrap<K extends string>(
  units: number,
  statistic: (sample: readonly number[]) => Readonly<Record<K, number>>,
  options: BootstrapOptions = {},
): Record<K, Estimate> {
  const parsed = parseInput(BootstrapOptions, options, ["options"]);
  const seed = parsed.seed ?? BOOTSTRAP_DEFAULTS.seed;
  const resamples = parsed.resamples ?? BOOTSTRAP_DEFAULTS.resamples;
  const level = parsed.level ?? BOOTSTRAP_DEFAULTS.level;
  const identity = Array.from({ length: units }, (_, i) => i);
  const point = statistic(identity);
  const keys = Object.keys(point) as K[];
  const draws = new Map<K, number[]>(keys.map((k) => [k, []]));
  const random = createRandom(seed);
  const sample = new Array<number>(units);
  for (let r = 0; r < resamples && units > 0; r++) {
    for (let i = 0; i < units; i++) sample[i] = random.int(units);
    const values = statistic(sample);
    for (const k of keys) if (Number.isFinite(values[k])) draws.get(k)?.push(values[k]);
  }
  const tail = (1 - level) / 2;
  const out = {} as Record<K, Estimate>;
  for (const k of keys) {
    const sorted = (draws.get(k) ?? []).sort((a, b) => a - b);
    const enough = resamples > 0 && sorted.length * 2 > resamples;
    out[k] = {
      value: finiteOrNull(point[k]),
      lower: enough ? quantileOfSorted(sorted, tail) : null,
      upper: enough ? quantileOfSorted(sorted, 1 - tail) : null,
    };
  }
  return out;
}
