import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInFramework } from "../../competencies/index.js";
import { englishRules } from "../rules/english.js";
import { gateOf, gateSource } from "./gate.js";

// Sentences of the development answers, lower-cased as the scorer reads them.
const sentences = ["a", "b", "c", "f"].flatMap((part) =>
  readFileSync(new URL(`../../../tests/fixtures/dev/part-${part}.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .flatMap((line) => (JSON.parse(line) as { answer: string }).answer.toLowerCase().split(/(?<=[.!?])\s+/)),
);

const lists: [string, readonly string[]][] = [
  ...Object.entries(englishRules.cues).map(([name, list]): [string, string[]] => [`cue ${name}`, list.map((r) => r.source)]),
  ...englishRules.redFlags.map((f): [string, readonly string[]] => [f.id, f.patterns]),
  ...builtInFramework.competencies.flatMap((c) => c.indicators.map((i): [string, readonly string[]] => [i.id, i.patterns])),
];

describe("gateOf", () => {
  it.each(lists)("%s: the gate matches a sentence exactly when one of its patterns does", (_, sources) => {
    const gate = gateOf({}, () => sources);
    const patterns = sources.map((s) => new RegExp(s, "i"));
    const differing = sentences.filter((s) => gate.test(s) !== patterns.some((p) => p.test(s)));
    expect(differing).toEqual([]);
  });

  it("keeps alternatives that do not start at a word boundary as they are", () => {
    const gate = new RegExp(gateSource(["\\bcalled back\\b|<!--", "\\d+ minutes"]), "i");
    expect(gate.test("x<!-- rate this")).toBe(true);
    expect(gate.test("within5 minutes")).toBe(true);
    expect(gate.test("recalled back")).toBe(false);
    expect(gate.test("I Called Back")).toBe(true);
  });

  it("matches nothing for an empty list, and reads a pattern it cannot parse as one alternative", () => {
    expect(new RegExp(gateSource([]), "i").test("anything")).toBe(false);
    expect(new RegExp(gateSource(["(?<name>a)|b"]), "i").test("b")).toBe(true);
  });
});
