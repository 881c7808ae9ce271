import { describe, expect, it } from "vitest";
import { safeScoreRatings, scoreRatings } from "./scoreRatings.js";

describe("scoreRatings", () => {
  it("averages per question, then per competency, rounding half up", () => {
    const summary = scoreRatings([
      { interviewer: "Ana", competency: "empathy", level: 4, questionId: "q1" },
      { interviewer: "Ben", competency: "empathy", level: 5, questionId: "q1" },
      { interviewer: "Ana", competency: "empathy", level: 3, questionId: "q2" },
    ]);
    const empathy = summary.competencies.find((c) => c.competency === "empathy");
    expect(empathy).toMatchObject({ score: 3.8, level: 4, ratings: 3, raters: 2 }); // (4.5 + 3) / 2
    expect(scoreRatings([{ interviewer: "A", competency: "patience", level: 3 }, { interviewer: "B", competency: "patience", level: 4 }]).competencies[0]).toMatchObject({ score: 3.5, level: 4 });
  });

  it("treats a missing rating as missing, never as zero", () => {
    const summary = scoreRatings([
      { interviewer: "Ana", competency: "teamwork", level: 4 },
      { interviewer: "Ben", competency: "teamwork", level: null },
    ]);
    expect(summary.competencies[0]).toMatchObject({ score: 4, ratings: 1, missing: 1, raters: 1 });
  });

  it("flags raters two or more levels apart and reports agreement", () => {
    const summary = scoreRatings([
      { interviewer: "Ana", competency: "patience", level: 2, questionId: "q1" },
      { interviewer: "Ben", competency: "patience", level: 4, questionId: "q1" },
      { interviewer: "Ana", competency: "communication", level: 3, questionId: "q2" },
      { interviewer: "Ben", competency: "communication", level: 3, questionId: "q2" },
    ]);
    expect(summary.disagreements).toEqual([
      { competency: "patience", questionId: "q1", levels: [{ interviewer: "Ana", level: 2 }, { interviewer: "Ben", level: 4 }] },
    ]);
    expect(summary.agreement).toEqual({ pairs: 2, exact: 0.5, adjacent: 0.5, meanAbsoluteDifference: 1 });
    expect(summary.rule).toMatch(/never counted as zero/);
  });

  it("resolves aliases and names the row and field of bad input", () => {
    expect(scoreRatings([{ interviewer: "A", competency: "attentiveness", level: 3 }]).competencies[0]?.competency).toBe("active-listening");
    const bad = safeScoreRatings([{ interviewer: "A", competency: "empathy", level: 3 }, { interviewer: "B", competency: "empathy", level: 7 }, { interviewer: "C", competency: "charm", level: 2 }]);
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => i.path)).toEqual([[1, "level"], [2, "competency"]]);
  });
});
