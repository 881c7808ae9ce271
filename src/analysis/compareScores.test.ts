import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { cohensKappa, intraclassCorrelation, krippendorffAlpha, spearman } from "../stats/index.js";
import { compareScores, safeCompareScores } from "./compareScores.js";
import { safeReadScoredRecord } from "./scoredRecord.js";

/** A row as `rapport score` writes it (only the fields analysis reads, plus noise it must ignore). */
const scored = (id: string, level: number | "insufficient-evidence", score: number | null, extra: Record<string, unknown> = {}) => ({
  id,
  line: 1,
  score: { competency: "empathy", level, score, confidence: 0.7, evidence: [], reasons: ["…"] },
  ...extra,
});

describe("reading rows of scores", () => {
  it("reads rapport score rows, human rows with a level or only a score, blanks, and rejected rows", () => {
    expect(safeReadScoredRecord(scored("a", 4, 3.8))).toEqual({ success: true, data: { key: "a", level: 4, score: 3.8, state: "scored", fields: {} } });
    expect(safeReadScoredRecord({ id: 7, level: "2" })).toMatchObject({ success: true, data: { key: "7", level: 2, score: 2 } });
    // A mean of raters: the level is the score rounded half up.
    expect(safeReadScoredRecord({ id: "m", score: 2.5 })).toMatchObject({ success: true, data: { level: 3, score: 2.5 } });
    expect(safeReadScoredRecord({ id: "m", score: "2.49" })).toMatchObject({ success: true, data: { level: 2 } });
    expect(safeReadScoredRecord(scored("i", "insufficient-evidence", null))).toMatchObject({ success: true, data: { state: "insufficient-evidence", level: null } });
    expect(safeReadScoredRecord({ id: "b", level: "" })).toMatchObject({ success: true, data: { state: "unrated" } });
    expect(safeReadScoredRecord({ id: "e", error: { code: "unknown-competency", message: "…" } })).toMatchObject({ success: true, data: { state: "error" } });
    // CSV: flattened columns, or the score object as JSON in a cell.
    expect(safeReadScoredRecord({ id: "c", "score.level": "5", "score.score": "4.6" })).toMatchObject({ success: true, data: { level: 5, score: 4.6 } });
    expect(safeReadScoredRecord({ id: "j", score: JSON.stringify({ level: 1, score: 1.2 }) })).toMatchObject({ success: true, data: { level: 1, score: 1.2 } });
  });

  it("names the field at fault", () => {
    const offScale = safeReadScoredRecord({ id: "x", level: 7 });
    expect(offScale.success).toBe(false);
    if (!offScale.success) expect(offScale.issues[0].path).toEqual(["level"]);
    const nested = safeReadScoredRecord({ id: "x", score: { level: 0, score: 1 } });
    if (!nested.success) expect(nested.issues[0].path).toEqual(["score", "level"]);
    const noKey = safeReadScoredRecord({ level: 3 });
    if (!noKey.success) expect(noKey.issues[0].message).toMatch(/key field 'id'/);
    const nothing = safeReadScoredRecord({ id: "x", text: "hello" });
    if (!nothing.success) expect(nothing.issues[0].message).toMatch(/no 'level' or 'score'/);
    expect(safeReadScoredRecord({ id: "x", level: 3 }, { key: "" }).success).toBe(false);
  });
});

describe("compareScores", () => {
  const a = [scored("1", 1, 1.2), scored("2", 2, 2.1), scored("3", 3, 3.4), scored("4", 4, 3.9), scored("5", 5, 4.8), scored("6", 3, 2.6), scored("7", "insufficient-evidence", null), scored("8", 2, 2)];
  const b = [
    { id: "1", level: 1 },
    { id: "2", level: 3 },
    { id: "3", level: 3 },
    { id: "4", level: 5 },
    { id: "5", level: 5 },
    { id: "6", level: 2 },
    { id: "7", level: 2 },
    { id: "9", level: 4 },
  ];

  it("pairs rows by key and counts what did not pair or was not rated", () => {
    const c = compareScores(a, b, { resamples: 0 });
    expect(c.rows).toEqual({ a: 8, b: 8, matched: 7, onlyA: 1, onlyB: 1 });
    expect(c.unrated).toEqual({ a: 1, b: 0, both: 0 });
    expect(c.overall.n).toBe(6);
  });

  it("reports the same figures as the statistics computed directly on the paired values", () => {
    const c = compareScores(a, b, { resamples: 0 });
    const la = [1, 2, 3, 4, 5, 3];
    const lb = [1, 3, 3, 5, 5, 2];
    const sa = [1.2, 2.1, 3.4, 3.9, 4.8, 2.6];
    expect(c.overall.exact.value).toBeCloseTo(3 / 6, 12);
    expect(c.overall.adjacent.value).toBe(1);
    expect(c.overall.kappa.quadratic.value).toBeCloseTo(cohensKappa(la, lb, { weights: "quadratic", categories: [1, 2, 3, 4, 5] }), 12);
    expect(c.overall.kappa.unweighted.value).toBeCloseTo(cohensKappa(la, lb, { categories: [1, 2, 3, 4, 5] }), 12);
    expect(c.overall.spearman.value).toBeCloseTo(spearman(sa, lb), 12);
    expect(c.overall.icc21.value).toBeCloseTo(intraclassCorrelation(sa.map((v, i) => [v, lb[i] as number])).icc21, 12);
    expect(c.overall.alphaOrdinal.value).toBeCloseTo(krippendorffAlpha(la.map((v, i) => [v, lb[i] as number]), "ordinal"), 12);
    expect(c.overall.meanDifference.value).toBeCloseTo(sa.reduce((s, v, i) => s + v - (lb[i] as number), 0) / 6, 12);
    expect(c.overall.confusion.counts[1]).toEqual([0, 0, 1, 0, 0]); // a said 2, b said 3
  });

  it("gives every interval around its estimate, the same for the same seed", () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: String(i), level: (i % 5) + 1 }));
    const noisy = many.map((r, i) => ({ id: r.id, level: Math.min(5, Math.max(1, r.level + ((i * 7) % 3) - 1)) }));
    const c = compareScores(many, noisy, { seed: 4, resamples: 300 });
    for (const e of [c.overall.exact, c.overall.kappa.quadratic, c.overall.spearman, c.overall.icc21, c.overall.alphaInterval]) {
      expect(e.lower).not.toBeNull();
      expect(e.lower as number).toBeLessThanOrEqual(e.value as number);
      expect(e.upper as number).toBeGreaterThanOrEqual(e.value as number);
    }
    expect(compareScores(many, noisy, { seed: 4, resamples: 300 })).toEqual(c);
  });

  it("breaks the comparison down by a field", () => {
    const c = compareScores(
      [{ id: "1", level: 2, competency: "empathy" }, { id: "2", level: 3, competency: "patience" }, { id: "3", level: 4, competency: "empathy" }],
      [{ id: "1", level: 2 }, { id: "2", level: 1 }, { id: "3", level: 4 }],
      { by: "competency", resamples: 0 },
    );
    expect(c.groups.map((g) => [g.value, g.statistics.n, g.statistics.exact.value])).toEqual([["empathy", 2, 1], ["patience", 1, 0]]);
  });

  it("pairs on several key fields", () => {
    const human = [{ conversation: "c1", dimension: "x", level: 3 }, { conversation: "c1", dimension: "y", level: 1 }];
    const c = compareScores(human, human, { key: ["conversation", "dimension"], resamples: 0 });
    expect(c.rows.matched).toBe(2);
  });

  it("refuses a key that appears twice and rows it cannot read, naming each row", () => {
    const twice = safeCompareScores([{ id: "1", level: 3 }, { id: "1", level: 4 }], [{ id: "1", level: 3 }], { labels: ["scorer", "human"] });
    expect(twice.success).toBe(false);
    if (!twice.success) {
      expect(twice.issues[0].code).toBe("duplicate-id");
      expect(twice.issues[0].message).toMatch(/scorer, row 2: the key '1' appears again \(first at row 1\)/);
    }
    expect(() => compareScores([{ id: "1", level: 3 }], [{ id: "1", level: 9 }])).toThrow(/b, row 1: expected a level 1-5/);
    try {
      compareScores([{ id: "1", level: 3 }], [{ id: "1", level: 9 }]);
    } catch (error) {
      expect((error as RapportError).issues[0].path).toEqual(["b", 0, "level"]);
    }
    expect(safeCompareScores([], [], { resamples: -3 }).success).toBe(false);
  });

  it("keeps a seeded sample of points for a scatter plot", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: String(i), score: 1 + (i % 40) / 10 }));
    const c = compareScores(many, many, { resamples: 0, maxPoints: 10 });
    expect(c.points).toHaveLength(10);
    expect(c.points.every((p) => p.a === p.b)).toBe(true);
    expect(compareScores(many, many, { resamples: 0, maxPoints: 10 }).points).toEqual(c.points);
  });
});
