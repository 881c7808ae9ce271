import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreAnswer } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the README's scoring example, as pasted", () => {
  const block = readme.slice(readme.indexOf("const score = scoreAnswer({"), readme.indexOf("const profile = buildProfile("));
  const answer = [...(block.slice(block.indexOf("answer:"), block.indexOf("questionType:")).matchAll(/"([^"]*)"/g))].map((m) => m[1]).join("");
  const claimed = (field: string): string | undefined => new RegExp(`score\\.${field.replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")};\\s*//=> ("[^"]*"|[\\d.]+)`).exec(block)?.[1];

  it("returns the level, score and first reason it shows", () => {
    expect(answer.length).toBeGreaterThan(200);
    const score = scoreAnswer({ competency: "patience", answer, questionType: "behavioural", answerId: "s1" });
    expect(String(score.level)).toBe(claimed("level"));
    expect(String(score.score)).toBe(claimed("score"));
    expect(JSON.stringify(score.reasons[0])).toBe(claimed("reasons[0]"));
    expect(score.answerId).toBe("s1");
  });
});
