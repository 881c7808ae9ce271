import { describe, expect, it } from "vitest";
import { builtInFramework, getCompetency } from "../../competencies/index.js";
import type { Indicator } from "../../competencies/index.js";
import { classifyClauses, toldAsYou } from "../clauses/classifyClauses.js";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { UNIVERSAL_RED_FLAGS } from "../rules/redFlags.js";
import { readText } from "../text/readText.js";
import { findIndicatorHits as findHits, hitCounts, patternsOf, type IndicatorHit } from "./findEvidence.js";

const rules = compileRules(englishRules);
/** The answer read through the scorer's real stages 1-2 (fold, names, parse; clauses), then searched. */
const findIndicatorHits = (text: string, indicators: readonly Indicator[]): IndicatorHit[] => {
  const read = readText(text, rules);
  const you = toldAsYou(read.parsed);
  return findHits(read, read.parsed.sentences.map((_, i) => classifyClauses(read.parsed, i, rules, you)), indicators);
};

const counted = (sentence: string, indicatorId: string): boolean => {
  const indicator = builtInFramework.competencies.flatMap((c) => c.indicators).find((i) => i.id === indicatorId);
  if (!indicator) throw new Error(indicatorId);
  return findIndicatorHits(sentence, [indicator]).some((h) => h.mode === "performed");
};

describe("catalog indicators against the scorer's matcher", () => {
  const cases = builtInFramework.competencies.flatMap((c) =>
    c.indicators.flatMap((i) => [
      ...i.examples.map((e) => [i.id, "counts", e] as const),
      ...i.nonExamples.map((e) => [i.id, "does not count", e] as const),
    ]),
  );
  it.each(cases)("%s %s: %s", (id, verdict, sentence) => {
    expect(counted(sentence, id)).toBe(verdict === "counts");
  });
});

describe("findIndicatorHits", () => {
  const empathy = getCompetency("empathy");
  const modes = (text: string): string[] => findIndicatorHits(text, empathy.indicators).map((h) => h.mode);

  it("tells performed, negated, hypothetical, team and other people's actions apart", () => {
    expect(modes("I apologised to her for the wait.")).toEqual(["performed"]);
    expect(modes("I didn't apologise for the wait.")).toEqual(["negated"]);
    expect(modes("I would apologise for the wait.")).toEqual(["hypothetical"]);
    expect(modes("If a customer waits, I apologise for the wait.")).toEqual(["hypothetical"]);
    expect(modes("We apologised for the wait.")).toEqual(["team"]);
    expect(modes("My supervisor apologised for the wait.")).toEqual(["other-actor"]);
  });

  it("carries the subject and mood across 'and' to a clause with no subject of its own", () => {
    expect(modes("I would listen carefully and apologise for the wait.")).toEqual(["hypothetical"]);
    expect(modes("I listened carefully and apologised for the wait.")).toEqual(["performed"]);
  });

  it("points its spans at the original text, whatever the pronoun", () => {
    const text = "Then I apologised to him for the two weeks he had waited.";
    const [hit] = findIndicatorHits(text, empathy.indicators);
    expect(hit?.quote).toBe(text.slice(hit?.start, hit?.end));
    expect(hit?.quote.startsWith("apologised")).toBe(true);
  });

  it("reads he, she and they alike", () => {
    for (const pronoun of ["him", "her", "them"]) {
      expect(counted(`I told ${pronoun} to calm down because it was only a parcel.`, "empathy-dismissing")).toBe(true);
    }
  });
});

describe("universal red flags against the scorer's reading", () => {
  const cases = UNIVERSAL_RED_FLAGS.flatMap((f) => [
    ...f.examples.map((e) => [f.id, "counts", e, f.whoever] as const),
    ...f.nonExamples.map((e) => [f.id, "does not count", e, f.whoever] as const),
  ]);
  it.each(cases)("%s %s: %s", (id, verdict, sentence, whoever) => {
    const flag = UNIVERSAL_RED_FLAGS.find((f) => f.id === id) as Indicator;
    const counted = findIndicatorHits(sentence, [flag]).some((h) => hitCounts(h, false, whoever));
    expect(counted).toBe(verdict === "counts");
  });
});

/** Every indicator and red flag the scorer runs: the universal red flags and each competency's own. */
const allIndicators: readonly Indicator[] = [...UNIVERSAL_RED_FLAGS, ...builtInFramework.competencies.flatMap((c) => c.indicators)];

describe("every pattern is tried by an example", () => {
  // An indicator's examples are run through the real reading above; a pattern none of them matches is never tried, and
  // may not match what it was written for ("the way you'd talk to a toddler" once missed "talk to").
  it.each(allIndicators.map((i) => [i.id, i] as const))("%s: each of its patterns matches one of its examples", (_, indicator) => {
    const readings = indicator.examples.flatMap((e) => readText(e, rules).neutral.map((s) => s.text));
    const untried = patternsOf(indicator).flatMap((pattern, k) => (readings.some((r) => ((pattern.lastIndex = 0), pattern.test(r))) ? [] : [`${k}: ${indicator.patterns[k]}`]));
    expect(untried).toEqual([]);
  });
});

describe("no pattern names a word the reading rewrites", () => {
  // The reading writes "she" as "they", "the lady" as "the person", "her husband" as "their spouse": a word of a pattern
  // that the reading rewrites can never match, unless its neutral word stands there too. ("miss" is rewritten only
  // before a name: the verb stays.)
  const rewritten = [...rules.neutral].filter(([word]) => /^[a-z]+$/.test(word) && word !== "miss");
  const wordsIn = (source: string): string[] => source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/g, " ").toLowerCase().split(/[^a-z]+/);
  const lists: [string, readonly string[]][] = [
    ...allIndicators.map((i): [string, readonly string[]] => [i.id, i.patterns]),
    ...Object.entries(rules.cues).map(([name, list]): [string, readonly string[]] => [`cue ${name}`, (list as readonly RegExp[]).map((r) => r.source)]),
  ];
  it.each(lists)("%s", (_, patterns) => {
    const dead = patterns.flatMap((source, k) => {
      const words = wordsIn(source);
      return rewritten.filter(([word, neutral]) => words.includes(word) && !words.includes(neutral)).map(([word]) => `${k}: ${word}`);
    });
    expect(dead).toEqual([]);
  });
});
