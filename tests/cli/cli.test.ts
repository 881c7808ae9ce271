import { describe, expect, it } from "vitest";
import { rapport } from "./run.js";

describe("rapport CLI: questions and kits", () => {
  it("prints questions for a competency alias as Markdown, and as JSON", async () => {
    const md = await rapport("questions", "--competency", "attentiveness", "--count", "3", "--seed", "7");
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^### Q\d\./gm)).toHaveLength(3);
    const json = await rapport("questions", "--competency", "EI", "--count", "2", "--type", "situational", "--format", "json");
    const parsed = JSON.parse(json.stdout) as { competency: string; type: string }[];
    expect(parsed.map((q) => [q.competency, q.type])).toEqual([
      ["emotional-intelligence", "situational"],
      ["emotional-intelligence", "situational"],
    ]);
  });

  it("prints the same questions for the same seed", async () => {
    const a = await rapport("questions", "--competency", "patience", "--seed", "x1");
    const b = await rapport("questions", "--competency", "patience", "--seed", "x1");
    expect(a.stdout).toBe(b.stdout);
  });

  it("builds a kit within the budget", async () => {
    const result = await rapport("kit", "--role", "retail-associate", "--minutes", "40", "--format", "json");
    expect(result.code).toBe(0);
    const kit = JSON.parse(result.stdout) as { plannedMinutes: number; durationMinutes: number };
    expect(kit.durationMinutes).toBe(40);
    expect(kit.plannedMinutes).toBeLessThanOrEqual(40);
  });

  it.each([
    [["questions", "--competency", "empaty"], /Did you mean 'empathy'/],
    [["questions"], /--competency patience/],
    [["questions", "--competency", "patience", "--count", "zero"], /--count needs a whole number/],
    [["questions", "--competency", "patience", "--type", "sometimes"], /--type must be behavioural \(or behavioral\) or situational/],
    [["kit", "--role", "astronaut", "--minutes", "30"], /Unknown role 'astronaut'/],
    [["kit", "--role", "team-lead"], /--minutes 45/],
    [["kit", "--role", "team-lead", "--minutes", "5"], /at least 11 minutes/],
    [["kit", "--role", "team-lead", "--minutes", "30", "--format", "pdf"], /--format must be md or json/],
    [["frobnicate"], /Unknown command 'frobnicate'/],
  ])("exits non-zero with a one-line fix for %j", async (args, message) => {
    const result = await rapport(...args);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
