import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../stats/index.js";
import { raterEffects, safeRaterEffects } from "./raterEffects.js";

// A constructed panel: candidate c's true level t = 1 + (c mod 4). A rates t, B rates t + 1 (lenient), C rates t.
// Against the others' mean: A is t − (2t + 1)/2 = −0.5, B is +1, C is −0.5, on every candidate.
const PANEL = Array.from({ length: 20 }, (_, c) => {
  const t = 1 + (c % 4);
  return [
    { interviewer: "A", candidate: `c${c}`, competency: "empathy", level: t },
    { interviewer: "B", candidate: `c${c}`, competency: "empathy", level: t + 1 },
    { interviewer: "C", candidate: `c${c}`, competency: "empathy", level: t },
  ];
}).flat();

describe("raterEffects", () => {
  it("finds the lenient interviewer and the hand-worked offsets", () => {
    const report = raterEffects(PANEL, { resamples: 200 });
    const by = Object.fromEntries(report.raters.map((r) => [r.interviewer, r]));
    expect(by.B?.leniency.value).toBeCloseTo(1, 12);
    expect(by.A?.leniency.value).toBeCloseTo(-0.5, 12);
    expect(by.B?.verdict).toBe("lenient");
    expect(by.A?.verdict).toBe("severe");
    expect(by.B?.consistency.value).toBeCloseTo(1, 12);
    expect(by.A?.exactAgreement).toBeCloseTo(0.5, 12); // equal to C, one level below B
    expect(report).toMatchObject({ interviewers: 3, candidates: 20, items: 20, sharedItems: 20, ratings: 60 });
  });

  it("reports the panel's Krippendorff alpha as computed directly, and no verdict on too few shared ratings", () => {
    const extra = [
      { interviewer: "D", candidate: "c0", competency: "empathy", level: 3 },
      { interviewer: "D", candidate: "c1", competency: "empathy", level: null },
    ];
    const report = raterEffects([...PANEL, ...extra], { resamples: 0 });
    const units = Array.from({ length: 20 }, (_, c) => {
      const t = 1 + (c % 4);
      return [t, t + 1, t, ...(c === 0 ? [3] : [])];
    });
    expect(report.alphaOrdinal.value).toBeCloseTo(krippendorffAlpha(units, "ordinal"), 12);
    expect(report.alphaInterval.value).toBeCloseTo(krippendorffAlpha(units, "interval"), 12);
    const d = report.raters.find((r) => r.interviewer === "D");
    expect(d).toMatchObject({ ratings: 1, shared: 1, verdict: "too-few" });
  });

  it("keeps rows of different questions apart and refuses a rating given twice or without an interviewer", () => {
    const twoQuestions = [
      { interviewer: "A", candidate: "c1", competency: "empathy", questionId: "q1", level: 3 },
      { interviewer: "A", candidate: "c1", competency: "empathy", questionId: "q2", level: 4 },
    ];
    expect(raterEffects(twoQuestions, { resamples: 0 }).items).toBe(2);
    const twice = safeRaterEffects([...twoQuestions, twoQuestions[0]]);
    expect(twice.success).toBe(false);
    if (!twice.success) expect(twice.issues[0]).toMatchObject({ code: "duplicate-id", path: [2] });
    const anonymous = safeRaterEffects([{ candidate: "c1", level: 3 }]);
    if (!anonymous.success) expect(anonymous.issues[0].path).toEqual([0, "interviewer"]);
    expect(anonymous.success).toBe(false);
  });
});
