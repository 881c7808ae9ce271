import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { agreement, quadraticWeightedKappa } from "./agreement.js";

describe("agreement", () => {
  it("is perfect for identical ratings and falls with disagreement", () => {
    expect(quadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])).toBe(1);
    const near = quadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]);
    const far = quadraticWeightedKappa([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]);
    expect(near).toBeGreaterThan(0.8);
    expect(far).toBeLessThan(0);
  });

  it("matches a hand-worked QWK", () => {
    // Items (1,1) (2,2) (3,4) (4,3), weights (i-j)²/16. Observed: 2 × 1/16 = 0.125. Expected from the
    // marginals (each of levels 1-4 once per rater): Σ(i-j)² over the 4×4 cells = 40, × 1/16 × 1/4 = 0.625.
    // Kappa = 1 - 0.125 / 0.625 = 0.8.
    expect(quadraticWeightedKappa([1, 2, 3, 4], [1, 2, 4, 3])).toBeCloseTo(0.8, 10);
  });

  it("reports exact and adjacent agreement and correlations, leaving missing ratings out", () => {
    const a = agreement([1, 2, 3, 4, null], [1, 3, 3, 2, 5]);
    expect(a.n).toBe(4);
    expect(a.exact).toBe(0.5);
    expect(a.adjacent).toBe(0.75);
    expect(a.spearman).toBeGreaterThan(0);
  });

  it("gives no kappa for values off the 1-5 scale, but still correlates them", () => {
    const a = agreement([1.5, 2.5, -1, 4], [0.2, 0.4, -2.1, 1.3]);
    expect(a.qwk).toBeNaN();
    expect(a.spearman).toBeCloseTo(1, 10);
  });

  it("refuses ratings of different lengths", () => {
    expect(() => agreement([1, 2], [1])).toThrow(RapportError);
  });
});
