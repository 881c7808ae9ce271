import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { cohensKappa, kappaFromTable } from "./kappa.js";

// vcd's SexualFun table (Agresti 1990, from Hout, Duncan and Sobel 1987): husband (rows) by wife (columns).
const SEXUAL_FUN = [
  [7, 7, 2, 3],
  [2, 8, 3, 7],
  [1, 5, 4, 9],
  [2, 8, 9, 14],
];

/** Expands a table into paired ratings 1..k. */
const pairsOf = (table: number[][]): [number[], number[]] => {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) {
      a.push(i + 1);
      b.push(j + 1);
    }
  }));
  return [a, b];
};

describe("Cohen's kappa", () => {
  it("matches vcd::Kappa(SexualFun): unweighted 0.1293, equal-spacing (linear) 0.2374", () => {
    // Reference: the vcd documentation's printed example, `Kappa(SexualFun)`.
    expect(kappaFromTable(SEXUAL_FUN)).toBeCloseTo(0.1293, 4);
    expect(kappaFromTable(SEXUAL_FUN, "linear")).toBeCloseTo(0.2374, 4);
  });

  it("gives quadratic kappa equal to the moment formula 2·s_xy / (s_x² + s_y² + (x̄ − ȳ)²) (Fleiss and Cohen 1973)", () => {
    // An independent route to quadratic kappa: from the raters' means, variances and covariance (1/n moments).
    const [a, b] = pairsOf(SEXUAL_FUN);
    const n = a.length;
    const ma = a.reduce((s, v) => s + v, 0) / n;
    const mb = b.reduce((s, v) => s + v, 0) / n;
    const va = a.reduce((s, v) => s + (v - ma) ** 2, 0) / n;
    const vb = b.reduce((s, v) => s + (v - mb) ** 2, 0) / n;
    const cov = a.reduce((s, v, i) => s + (v - ma) * ((b[i] as number) - mb), 0) / n;
    expect(kappaFromTable(SEXUAL_FUN, "quadratic")).toBeCloseTo((2 * cov) / (va + vb + (ma - mb) ** 2), 12);
    expect(cohensKappa(a, b, { weights: "quadratic" })).toBeCloseTo(kappaFromTable(SEXUAL_FUN, "quadratic"), 12);
  });

  it("matches scikit-learn's cohen_kappa_score reference values (Artstein and Poesio 2008 examples)", () => {
    // sklearn/metrics/tests/test_classification.py, test_cohen_kappa.
    const y1 = [...Array<number>(46).fill(0), ...Array<number>(44).fill(1), ...Array<number>(10).fill(2)];
    const y2 = [...Array<number>(50).fill(0), ...Array<number>(40).fill(1), ...Array<number>(10).fill(2)];
    expect(cohensKappa(y1, y2)).toBeCloseTo(0.9315, 4);
    expect(cohensKappa(y1, y2, { weights: "linear" })).toBeCloseTo(0.9412, 4);
    expect(cohensKappa(y1, y2, { weights: "quadratic" })).toBeCloseTo(0.9541, 4);
    const y3 = [...Array<number>(52).fill(0), ...Array<number>(32).fill(1), ...Array<number>(16).fill(2)];
    expect(cohensKappa(y1, y3)).toBeCloseTo(0.8013, 4);
    // Artstein and Poesio, Table 1: [[20, 20], [10, 50]] gives 0.348.
    expect(kappaFromTable([[20, 20], [10, 50]])).toBeCloseTo(0.348, 3);
  });

  it("counts unused categories of the scale in weighted distances", () => {
    // Levels 1 and 5 only: on the 1-5 scale they are 4 steps apart, not 1.
    const onScale = cohensKappa([1, 5, 1, 5], [1, 5, 5, 1], { weights: "linear", categories: [1, 2, 3, 4, 5] });
    const observedOnly = cohensKappa([1, 5, 1, 5], [1, 5, 5, 1], { weights: "linear" });
    expect(onScale).toBeCloseTo(observedOnly, 12); // two categories: the weights scale together, kappa is the same
    const three = cohensKappa([1, 2, 5, 5], [2, 1, 5, 5], { weights: "linear", categories: [1, 2, 3, 4, 5] });
    expect(three).toBeGreaterThan(cohensKappa([1, 2, 5, 5], [2, 1, 5, 5], { weights: "linear" }));
  });

  it("is undefined (NaN) when both raters used one category, and refuses bad input naming the place", () => {
    expect(cohensKappa([3, 3, 3], [3, 3, 3], { categories: [1, 2, 3, 4, 5] })).toBeNaN();
    expect(() => cohensKappa([1, 2], [1])).toThrow(RapportError);
    try {
      cohensKappa([1, 2, 7], [1, 2, 3], { categories: [1, 2, 3, 4, 5] });
      expect.unreachable();
    } catch (error) {
      expect((error as RapportError).issues[0].path).toEqual(["a", 2]);
    }
    expect(() => kappaFromTable([[1, 2, 3], [4, 5, 6]])).toThrow(/square/);
  });
});
