import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { bootstrap, quantileOfSorted } from "./bootstrap.js";

const meanOf = (x: readonly number[]) => (sample: readonly number[]) => ({ mean: sample.reduce((t, i) => t + (x[i] as number), 0) / sample.length });

describe("bootstrap", () => {
  it("gives the same interval for the same seed and a different one for another seed", () => {
    const x = [2, 4, 4, 5, 7, 9, 1, 3, 8, 6];
    const a = bootstrap(x.length, meanOf(x), { seed: 11, resamples: 500 });
    const b = bootstrap(x.length, meanOf(x), { seed: 11, resamples: 500 });
    const c = bootstrap(x.length, meanOf(x), { seed: 12, resamples: 500 });
    expect(a).toEqual(b);
    expect(c.mean.lower === a.mean.lower && c.mean.upper === a.mean.upper).toBe(false);
    expect(a.mean.value).toBe(4.9);
  });

  it("reproduces the exact bootstrap distribution of a proportion: Binomial(20, 0.5) / 20 has 2.5% and 97.5% points 0.30 and 0.70", () => {
    // Resampling 10 ones and 10 zeros, the resampled mean is Binomial(20, 1/2)/20: P(X ≤ 5) = .021, P(X ≤ 6) = .058,
    // so its 2.5% quantile is 6/20 and, by symmetry, its 97.5% quantile is 14/20.
    const x = [...Array<number>(10).fill(1), ...Array<number>(10).fill(0)];
    const { mean } = bootstrap(x.length, meanOf(x), { seed: 5, resamples: 20_000 });
    expect(mean.lower).toBeCloseTo(0.3, 2);
    expect(mean.upper).toBeCloseTo(0.7, 2);
  });

  it("narrows as the level falls, reports no interval without resamples, and null for undefined statistics", () => {
    const x = Array.from({ length: 40 }, (_, i) => (i * 7) % 11);
    const wide = bootstrap(x.length, meanOf(x), { resamples: 400, level: 0.99 }).mean;
    const narrow = bootstrap(x.length, meanOf(x), { resamples: 400, level: 0.5 }).mean;
    expect((wide.upper as number) - (wide.lower as number)).toBeGreaterThan((narrow.upper as number) - (narrow.lower as number));
    expect(bootstrap(x.length, meanOf(x), { resamples: 0 }).mean).toEqual({ value: x.reduce((a, b) => a + b, 0) / x.length, lower: null, upper: null });
    expect(bootstrap(3, () => ({ r: Number.NaN }), { resamples: 10 }).r).toEqual({ value: null, lower: null, upper: null });
  });

  it("refuses out-of-range options, naming them", () => {
    expect(() => bootstrap(3, meanOf([1, 2, 3]), { level: 1.5 })).toThrow(RapportError);
    expect(() => bootstrap(3, meanOf([1, 2, 3]), { resamples: -1 })).toThrow(/resamples/);
  });

  it("interpolates quantiles as R's type 7", () => {
    // R: quantile(c(1, 2, 3, 4), 0.25) = 1.75.
    expect(quantileOfSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
  });
});
