import { describe, expect, it } from "vitest";
import { scoreAnswer } from "./rapport.js";
import { levelName, nextLevelSection } from "./nextLevel.js";

const story =
  "An older gentleman rang our energy helpline because his bill had doubled. I slowed right down and went through it line by line, twice.";

describe("what the form says an answer lacks for the next level", () => {
  it("shows the scorer's own account of what the next level needs", () => {
    const score = scoreAnswer({ competency: "patience", answer: story });
    const next = score.rubric?.next;
    expect(next?.level).toBe((score.level as number) + 1);
    expect(nextLevelSection(score)).toEqual({ title: `What it needs for ${levelName(next?.level ?? 0).toLowerCase()}`, lines: next?.needs });
  });

  it("falls back to the STAR elements missing, and the reasons, for a scorer that gives no rubric explanation", () => {
    const { rubric: _omitted, ...score } = scoreAnswer({ competency: "patience", answer: story });
    expect(score.star.result.present).toBe(false);
    const section = nextLevelSection(score);
    expect(section?.title).toBe("What it lacks for the next level");
    expect(section?.lines[0]).toMatch(/^STAR elements not yet in the answer: .*result/);
  });

  it("names levels by their shared labels", () => {
    expect([1, 3, 5].map(levelName)).toEqual(["Level 1 · Concern", "Level 3 · Proficient", "Level 5 · Exceptional"]);
  });
});
