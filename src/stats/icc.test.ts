import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { intraclassCorrelation } from "./icc.js";

// Shrout and Fleiss (1979), Table 2: 6 targets rated by 4 judges (also psych's ICC example).
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe("intraclassCorrelation", () => {
  it("matches Shrout and Fleiss (1979) and psych::ICC: ICC(2,1) = .29, ICC(2,k) = .62, F = 11.0", () => {
    // Reference values also asserted by pingouin's tests (tests/test_reliability.py, against R psych).
    const icc = intraclassCorrelation(SHROUT_FLEISS);
    expect(icc.icc21).toBeCloseTo(0.29, 2);
    expect(icc.icc2k).toBeCloseTo(0.62, 2);
    expect(icc.msRows / icc.msError).toBeCloseTo(11.0, 1);
    expect(icc.subjects).toBe(6);
    expect(icc.raters).toBe(4);
  });

  it("is ICC(2,k) = k·ICC(2,1) / (1 + (k − 1)·ICC(2,1)) (Spearman-Brown)", () => {
    const { icc21, icc2k } = intraclassCorrelation(SHROUT_FLEISS);
    expect(icc2k).toBeCloseTo((4 * icc21) / (1 + 3 * icc21), 12);
  });

  it("is 1 for raters who agree exactly and falls when one rater is systematically higher", () => {
    expect(intraclassCorrelation([[1, 1], [2, 2], [4, 4]]).icc21).toBeCloseTo(1, 12);
    const shifted = intraclassCorrelation([[1, 2], [2, 3], [4, 5]]).icc21;
    expect(shifted).toBeLessThan(1);
    expect(shifted).toBeGreaterThan(0.5);
  });

  it("leaves out subjects with a missing rating and refuses ragged rows", () => {
    const withGap = intraclassCorrelation([...SHROUT_FLEISS, [3, null, 4, 5]]);
    expect(withGap.subjects).toBe(6);
    expect(withGap.icc21).toBeCloseTo(intraclassCorrelation(SHROUT_FLEISS).icc21, 12);
    expect(() => intraclassCorrelation([[1, 2], [3]])).toThrow(RapportError);
    expect(() => intraclassCorrelation([[1], [3]])).toThrow(/two raters/);
  });
});
