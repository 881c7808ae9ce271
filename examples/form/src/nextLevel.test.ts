import { describe, expect, it } from "vitest";
import { scoreAnswer } from "./rapport.js";
import { levelName, nextLevelSection } from "./nextLevel.js";

const story =
  "An older gentleman rang our energy helpline because his bill had doubled. I slowed right down and went through it line by line, twice.";

describe("what the form says an answer lacks for the next level", () => {
  it("shows the scorer's own account when the score carries one", () => {
    const score = { ...scoreAnswer({ competency: "patience", answer: story }), nextLevel: { level: 4, needs: ["A concrete outcome.", "Your own task."] } };
    expect(nextLevelSection(score)).toEqual({ title: "What it needs for level 4 · strong", lines: ["A concrete outcome.", "Your own task."] });
  });

  it("falls back to the STAR elements missing, and the reasons, when it does not", () => {
    const score = scoreAnswer({ competency: "patience", answer: story });
    expect(score.star.result.present).toBe(false);
    const section = nextLevelSection(score);
    expect(section?.title).toBe("What it lacks for the next level");
    expect(section?.lines[0]).toMatch(/^STAR elements not yet in the answer: .*result/);
  });

  it("ignores a malformed nextLevel rather than showing it", () => {
    const score = { ...scoreAnswer({ competency: "patience", answer: story }), nextLevel: { level: 9, needs: "more" } };
    expect(nextLevelSection(score)?.title).toBe("What it lacks for the next level");
  });

  it("names levels by their shared labels", () => {
    expect([1, 3, 5].map(levelName)).toEqual(["Level 1 · Concern", "Level 3 · Proficient", "Level 5 · Exceptional"]);
  });
});
