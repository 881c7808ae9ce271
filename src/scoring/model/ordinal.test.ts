import { describe, expect, it } from "vitest";
import { fitOrdinal, levelProbabilities } from "./ordinal.js";

describe("the ordinal model", () => {
  it("gives five probabilities summing to 1, shifting up as evidence grows", () => {
    const model = { features: ["x"], weights: [4], thresholds: [1, 2, 3, 4] as [number, number, number, number] };
    const low = levelProbabilities(model, [0]);
    const high = levelProbabilities(model, [1.5]);
    expect(low.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const mean = (p: number[]) => p.reduce((s, v, i) => s + v * (i + 1), 0);
    expect(mean(high)).toBeGreaterThan(mean(low));
  });

  it("recovers the ordering of levels from data, and keeps weights' signs when asked", () => {
    const rows: number[][] = [];
    const levels: number[] = [];
    for (let level = 1; level <= 5; level++) for (let k = 0; k < 8; k++) { rows.push([(level - 1) / 4 + (k % 3) * 0.02, 0.5]); levels.push(level); }
    const model = fitOrdinal(["signal", "noise"], rows, levels, { signs: [1, -1] });
    expect(model.weights[0]).toBeGreaterThan(2);
    expect(model.weights[1]).toBeLessThanOrEqual(0);
    expect([...model.thresholds]).toEqual([...model.thresholds].sort((a, b) => a - b));
    const predicted = rows.map((r) => { const p = levelProbabilities(model, r); return p.indexOf(Math.max(...p)) + 1; });
    expect(predicted.filter((p, i) => p === levels[i]).length / rows.length).toBeGreaterThan(0.8);
    expect(fitOrdinal(["signal", "noise"], rows, levels)).toEqual(fitOrdinal(["signal", "noise"], rows, levels));
  });
});
