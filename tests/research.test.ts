// rapport/research: the research helpers by name; the analysis verbs are the same functions as the core's.
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";
import * as research from "../src/research/index.js";

const HELPERS = [
  "analyzeAnswer",
  "fitOrdinal",
  "levelProbabilities",
  "checkLevelModel",
  "parseText",
  "readText",
  "classifyClauses",
  "findIndicatorHits",
  "cohensKappa",
  "krippendorffAlpha",
  "intraclassCorrelation",
  "bootstrap",
  "pearson",
  "spearman",
  "agreement",
] as const;

const ANALYSIS = ["compareScores", "auditFairness", "raterEffects", "rankCandidates", "renderComparisonMarkdown", "renderFairnessMarkdown"] as const;

describe("rapport/research", () => {
  it.each(HELPERS)("exports %s, which rapport does not", (name) => {
    expect(typeof research[name]).toBe("function");
    expect(name in core).toBe(false);
  });

  it.each(ANALYSIS)("exports %s, the same function as rapport", (name) => {
    expect(typeof research[name]).toBe("function");
    expect(research[name]).toBe(core[name]);
  });

  it("analyses an answer and measures agreement from the research entry alone", () => {
    expect(research.analyzeAnswer("A customer was double-charged. I refunded her the same day and she thanked me.").features.mode).toBe("past-example");
    const kappa = research.cohensKappa([1, 2, 3, 4, 5, 3], [1, 2, 3, 4, 5, 3]);
    expect(kappa).toBe(1);
  });

  it("leaves the statistics kernels and argument checks out", () => {
    expect(Object.keys(research)).not.toContain("assertSameLength");
    expect(Object.keys(research)).not.toContain("parseInput");
    expect(Object.keys(research)).not.toContain("pearsonOf");
    expect(Object.keys(research)).not.toContain("alphaOfUnits");
  });
});
