import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { auditFairness, safeAuditFairness } from "./auditFairness.js";

/** `count` rows of one group with one score; the level is the score rounded half up. */
const rows = (prefix: string, count: number, gender: string | undefined, score: number): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${score}-${i}`, score, ...(gender !== undefined ? { gender } : {}) }));

// A constructed data set whose answers are worked out by hand:
//   M: 60 at 4.0, 40 at 2.0 -> selected (level >= 3) 60/100 = .60; above the median (3.0) 60/100 = .60; mean 3.2
//   F: 30 at 4.0, 50 at 3.0, 20 at 2.0 -> selected 80/100 = .80; above the median 30/100 = .30; mean 3.1
//   X: 3 at 4.0 (3 of 206 rows = 1.46 %); 3 rows with no gender at 3.0; one row the scorer rejected.
// Median of the 206 audited scores (60 × 2.0, 53 × 3.0, 93 × 4.0): the 103rd and 104th are both 3.0.
const DATA = [
  ...rows("m", 60, "M", 4),
  ...rows("m", 40, "M", 2),
  ...rows("f", 30, "F", 4),
  ...rows("f", 50, "F", 3),
  ...rows("f", 20, "F", 2),
  ...rows("x", 3, "X", 4),
  ...rows("u", 3, undefined, 3),
  { id: "rejected", gender: "F", error: { code: "unknown-competency", message: "line 9: …" } },
];

describe("auditFairness", () => {
  it("gives the hand-worked selection rates, impact ratios and four-fifths flags", () => {
    const audit = auditFairness(DATA, { groups: ["gender"], cutoff: 3, excludeUnder: 0.02 });
    expect(audit.rows).toEqual({ total: 207, audited: 206, rejected: 1, unrated: 0 });
    expect(audit.median).toBe(3);
    const [table] = audit.tables;
    const byValue = Object.fromEntries((table?.categories ?? []).map((c) => [c.value, c]));
    expect(byValue.M).toMatchObject({ n: 100, selected: 60, selectionRate: 0.6, aboveMedian: 60, scoringRate: 0.6 });
    expect(byValue.F).toMatchObject({ n: 100, selected: 80, selectionRate: 0.8, aboveMedian: 30, scoringRate: 0.3 });
    expect(byValue.M?.selectionImpactRatio).toBeCloseTo(0.75, 12);
    expect(byValue.M?.scoringImpactRatio).toBe(1);
    expect(byValue.F?.selectionImpactRatio).toBe(1);
    expect(byValue.F?.scoringImpactRatio).toBeCloseTo(0.5, 12);
    expect(byValue.M?.belowFourFifths).toBe(true);
    expect(byValue.F?.belowFourFifths).toBe(true);
    expect(table?.reference).toEqual({ selection: "F", scoring: "M" });
    expect(table?.unknown).toBe(3);
  });

  it("leaves a category under 2 % out of the ratios with the reason, and without the option it becomes the reference", () => {
    const excluded = auditFairness(DATA, { groups: ["gender"], excludeUnder: 0.02 }).tables[0]?.categories.find((c) => c.value === "X");
    expect(excluded?.excluded).toMatch(/1\.5% of the 206 rows audited, under the 2\.0% threshold/);
    expect(excluded?.selectionImpactRatio).toBeNull();
    expect(excluded?.selectionRate).toBe(1);
    const kept = auditFairness(DATA, { groups: ["gender"] }).tables[0];
    expect(kept?.reference.selection).toBe("X");
    expect(kept?.categories.find((c) => c.value === "F")?.selectionImpactRatio).toBeCloseTo(0.8, 12);
  });

  it("gives standardised mean differences against every other known category", () => {
    const table = auditFairness(DATA, { groups: ["gender"] }).tables[0];
    const f = table?.categories.find((c) => c.value === "F");
    // F (mean 3.1, SS 49) against M + X (mean (320 + 12) / 103, SS over those 103 scores).
    const others = [...Array<number>(60).fill(4), ...Array<number>(40).fill(2), 4, 4, 4];
    const mo = others.reduce((a, b) => a + b, 0) / others.length;
    const sso = others.reduce((s, v) => s + (v - mo) ** 2, 0);
    const pooled = Math.sqrt((49 + sso) / (100 + 103 - 2));
    expect(f?.meanScore).toBeCloseTo(3.1, 12);
    expect(f?.smd).toBeCloseTo((3.1 - mo) / pooled, 12);
  });

  it("warns about small groups, unknown groups and ratios under four-fifths", () => {
    const audit = auditFairness(DATA, { groups: ["gender"], excludeUnder: 0.02 });
    const codes = audit.warnings.map((w) => `${w.code}:${w.category ?? ""}`);
    expect(codes).toEqual(expect.arrayContaining(["unknown-group:", "small-group:X", "excluded-category:X", "below-four-fifths:M", "below-four-fifths:F"]));
    expect(audit.warnings.find((w) => w.code === "small-group")?.message).toMatch(/X has 3 rows \(fewer than 30\)/);
  });

  it("audits the intersection of two fields, and an unrated answer counts as not selected", () => {
    const small = [
      { id: 1, level: 4, sex: "F", site: "N" },
      { id: 2, level: 2, sex: "F", site: "N" },
      { id: 3, level: 4, sex: "F", site: "S" },
      { id: 4, score: { level: "insufficient-evidence", score: null }, sex: "M", site: "S" },
      { id: 5, level: 5, sex: "M", site: "S" },
      { id: 6, level: 4, sex: "M", site: "N" },
    ];
    const audit = auditFairness(small, { groups: ["sex", "site"], minGroupSize: 1 });
    expect(audit.tables.map((t) => t.fields.join("×"))).toEqual(["sex", "site", "sex×site"]);
    const cross = Object.fromEntries((audit.tables[2]?.categories ?? []).map((c) => [c.value, c.selectionRate]));
    expect(cross).toEqual({ "F × N": 0.5, "F × S": 1, "M × N": 1, "M × S": 0.5 });
    expect(audit.rows.unrated).toBe(1);
    expect(audit.tables[0]?.categories.find((c) => c.value === "M")).toMatchObject({ n: 3, unrated: 1, selected: 2 });
  });

  it("names the row or option at fault", () => {
    const bad = safeAuditFairness([{ id: 1, level: 3, g: "a" }, { id: 2, level: "high", g: "b" }], { groups: ["g"] });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues[0].path).toEqual([1, "level"]);
      expect(bad.issues[0].message).toMatch(/^row 2:/);
    }
    expect(() => auditFairness([], { groups: [] })).toThrow(RapportError);
    expect(() => auditFairness([], { groups: ["g"], cutoff: 6 as 5 })).toThrow(/cutoff/);
  });
});

describe("impact ratios at the four-fifths boundary", () => {
  it("computes 8/25 against 10/25 as exactly 0.8, which is not under four-fifths", () => {
    // As rates, 0.32 / 0.4 is 0.7999999999999999 in floating point; the rule is about the ratio of counts.
    const data = [...rows("a", 8, "A", 4), ...rows("a", 17, "A", 2), ...rows("b", 10, "B", 4), ...rows("b", 15, "B", 2)];
    const a = auditFairness(data, { groups: ["gender"], minGroupSize: 1 }).tables[0]?.categories.find((c) => c.value === "A");
    expect(a?.selectionImpactRatio).toBe(0.8);
    expect(a?.belowFourFifths).toBe(false);
  });
});

describe("auditing rapport score's own output", () => {
  it("finds a group column that `rapport score` passed through under `fields` by its own name", async () => {
    const { safeAuditFairness } = await import("./auditFairness.js");
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, line: i + 2, score: { level: (i % 5) + 1, score: (i % 5) + 1 }, fields: { cohort: i % 2 === 0 ? "a" : "b" } }));
    const audit = safeAuditFairness(rows, { groups: ["cohort"] });
    expect(audit.success).toBe(true);
    if (!audit.success) return;
    expect(audit.data.tables[0]?.unknown).toBe(0);
    expect(audit.data.tables[0]?.categories.map((c) => [c.value, c.n])).toEqual([["a", 20], ["b", 20]]);
  });
});
