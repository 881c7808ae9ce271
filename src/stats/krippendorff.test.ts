import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { tableOf } from "./kappa.js";
import { alphaOfTable, intervalAlphaOfPairs, krippendorffAlpha } from "./krippendorff.js";

/** Turns rows of coders into units (columns). */
const unitsOf = (coders: (number | null)[][]): (number | null)[][] => (coders[0] ?? []).map((_, j) => coders.map((row) => row[j] ?? null));

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section E: 4 observers, 12 units, missing data.
const KRIPPENDORFF_2011 = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]);

// The 3 coders × 15 units example on Wikipedia's "Krippendorff's alpha" page (fast-krippendorff's tests).
const WIKIPEDIA = unitsOf([
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
]);

describe("krippendorffAlpha", () => {
  it("matches Krippendorff (2011): nominal .743, ordinal .815, interval .849", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(KRIPPENDORFF_2011, "interval")).toBeCloseTo(0.849, 3);
  });

  it("matches the fast-krippendorff package (Wikipedia's example): nominal 0.691358, interval 0.810845", () => {
    // pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py.
    expect(krippendorffAlpha(WIKIPEDIA, "nominal")).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(WIKIPEDIA, "interval")).toBeCloseTo(0.810845, 6);
  });

  it("ignores units with a single value and is 1 for perfect agreement", () => {
    const perfect = [[1, 1, 1], [2, 2, null], [4, 4, 4], [5, null, null]];
    expect(krippendorffAlpha(perfect, "ordinal")).toBe(1);
    expect(krippendorffAlpha(perfect, "interval")).toBe(1);
    expect(krippendorffAlpha([[1, null], [null, 2]], "interval")).toBeNaN();
  });

  it("ordinal alpha does not depend on the spacing of the values, interval alpha does", () => {
    const units = [[1, 2], [2, 2], [3, 4], [4, 4], [1, 1], [2, 3]];
    const stretched = units.map((u) => u.map((v) => (v === 4 ? 40 : v)));
    expect(krippendorffAlpha(stretched, "ordinal")).toBeCloseTo(krippendorffAlpha(units, "ordinal"), 12);
    expect(krippendorffAlpha(stretched, "interval")).not.toBeCloseTo(krippendorffAlpha(units, "interval"), 3);
  });

  it("names the unit and rater of a value that is not a number", () => {
    try {
      krippendorffAlpha([[1, 2], [3, "4" as unknown as number]], "ordinal");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RapportError);
      expect((error as RapportError).issues[0].path).toEqual(["units", 1, 1]);
    }
  });
});

describe("Krippendorff's alpha for two complete raters, fast paths", () => {
  const x = [1, 2, 2, 3, 4, 5, 3, 1, 4, 4, 2, 5];
  const y = [1, 3, 2, 3, 5, 5, 2, 2, 4, 3, 2, 4];
  it("gives from the table what the general computation gives, ordinal and nominal", () => {
    const table = tableOf(x, y, [1, 2, 3, 4, 5]);
    const units = x.map((v, i) => [v, y[i] as number]);
    for (const level of ["ordinal", "nominal", "interval"] as const) {
      expect(alphaOfTable(table, [1, 2, 3, 4, 5], level)).toBeCloseTo(krippendorffAlpha(units, level), 12);
    }
  });

  it("gives in one pass the interval alpha of the general computation", () => {
    const scores = x.map((v, i) => v + (i % 3) / 10);
    expect(intervalAlphaOfPairs(scores, y)).toBeCloseTo(krippendorffAlpha(scores.map((v, i) => [v, y[i] as number]), "interval"), 12);
  });
});
