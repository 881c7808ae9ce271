import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { createRanker, pearson, pearsonOf, spearman } from "./correlation.js";

describe("correlations", () => {
  it("match SciPy's documented examples", () => {
    // scipy.stats.pearsonr docs: pearsonr([1, 2, 3, 4, 5], [10, 9, 2.5, 6, 4]).statistic = -0.7426106572325056.
    expect(pearson([1, 2, 3, 4, 5], [10, 9, 2.5, 6, 4])).toBeCloseTo(-0.7426106572325056, 12);
    // scipy.stats.spearmanr docs, with a tie: spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).statistic = 0.8207826816681233.
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
  });

  it("do not depend on the order the pairs come in", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    const order = [7, 2, 5, 0, 3, 6, 1, 4];
    expect(spearman(order.map((i) => x[i] as number), order.map((i) => y[i] as number))).toBeCloseTo(spearman(x, y), 12);
    expect(pearson(order.map((i) => x[i] as number), order.map((i) => y[i] as number))).toBeCloseTo(pearson(x, y), 12);
  });

  it("are undefined for constant values or fewer than 3 pairs, and refuse unequal lengths or non-numbers", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1, 2], [2, 1])).toBeNaN();
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RapportError);
    expect(() => spearman([1, Number.NaN, 3], [1, 2, 3])).toThrow(RapportError);
  });
});

describe("ranks of resamples", () => {
  it("give simple-statistics' Spearman on any resample, ties included", () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8];
    const sample = [0, 0, 3, 5, 9, 9, 2, 7, 4, 1, 1];
    const rankX = createRanker(x);
    const rankY = createRanker(y);
    const direct = spearman(sample.map((i) => x[i] as number), sample.map((i) => y[i] as number));
    expect(pearsonOf(rankX(sample), rankY(sample))).toBeCloseTo(direct, 12);
  });
});
