import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { agreementWithin, confusionMatrix } from "./agreement.js";
import { standardisedMeanDifference } from "./descriptive.js";

describe("agreement and differences", () => {
  it("counts exact and adjacent agreement", () => {
    expect(agreementWithin([1, 2, 3, 4], [1, 3, 3, 1])).toBe(0.5);
    expect(agreementWithin([1, 2, 3, 4], [1, 3, 3, 1], 1)).toBe(0.75);
    expect(agreementWithin([], [])).toBeNaN();
  });

  it("cross-tabulates on the given scale, rows for the first rater", () => {
    const m = confusionMatrix([1, 2, 2, 5], [1, 2, 3, 4], [1, 2, 3, 4, 5]);
    expect(m.counts[1]).toEqual([0, 1, 1, 0, 0]);
    expect(m.counts[4]).toEqual([0, 0, 0, 1, 0]);
    expect(m.counts.flat().reduce((a, b) => a + b, 0)).toBe(4);
    expect(() => confusionMatrix([1, 9], [1, 2], [1, 2, 3])).toThrow(RapportError);
  });

  it("gives Cohen's d with the pooled standard deviation", () => {
    // Means 3 and 5; variances 1 and 4 (n = 3 each): pooled sd = sqrt((2·1 + 2·4) / 4) = sqrt(2.5); d = -2 / 1.5811 = -1.2649.
    expect(standardisedMeanDifference([2, 3, 4], [3, 5, 7])).toBeCloseTo(-2 / Math.sqrt(2.5), 12);
    expect(standardisedMeanDifference([1], [2, 3])).toBeNaN();
  });
});
