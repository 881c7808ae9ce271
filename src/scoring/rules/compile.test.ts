import { describe, expect, it } from "vitest";
import { RapportError } from "../../errors.js";
import { classifyClauses } from "../clauses/classifyClauses.js";
import { readText } from "../text/readText.js";
import { compileRules, LISTED } from "./compile.js";
import { englishRules } from "./english.js";
import type { ReadingRules } from "./schema.js";

/** The paths of the issues compileRules throws for some rules. */
function pathsOf(rules: unknown): string[] {
  try {
    compileRules(rules as ReadingRules);
  } catch (error) {
    expect(error).toBeInstanceOf(RapportError);
    return (error as RapportError).issues.map((i) => i.path.join("."));
  }
  throw new Error("the rules were accepted");
}

describe("compileRules", () => {
  it("refuses malformed rules with an error naming each field at fault", () => {
    expect(pathsOf({ ...englishRules, words: { ...englishRules.words, modals: [] } })).toEqual(["rules.words.modals"]);
    expect(pathsOf({ ...englishRules, cues: { ...englishRules.cues, result: ["it helped"] } })).toEqual(["rules.cues.result.0"]);
    expect(pathsOf({ ...englishRules, id: "", redFlags: [] })).toEqual(expect.arrayContaining(["rules.id", "rules.redFlags"]));
  });

  it("refuses a red flag whose pattern is not a regular expression, naming the flag and the pattern", () => {
    const [first, ...rest] = englishRules.redFlags;
    const broken = { ...first, patterns: ["\\bshouted (at"] };
    expect(pathsOf({ ...englishRules, redFlags: [...rest, broken] })).toEqual([`rules.redFlags.${rest.length}.patterns.0`]);
  });

  it("reads with the words it is given: a negation left out no longer negates", () => {
    const without = compileRules({ ...englishRules, words: { ...englishRules.words, negations: englishRules.words.negations.filter((w) => w !== "never") } });
    const negated = (rules: ReturnType<typeof compileRules>): boolean | undefined => {
      const read = readText("I never refunded her.", rules);
      return classifyClauses(read.parsed, 0, rules)[2]?.negated;
    };
    expect(negated(compileRules(englishRules))).toBe(true);
    expect(negated(without)).toBe(false);
  });

  it("lists the red flags that count whoever the clause is about", () => {
    const rules = compileRules(englishRules);
    expect(rules.whoever.has("counter-blames-customer")).toBe(true);
    expect(rules.whoever.has("counter-lost-temper")).toBe(false);
  });

  it("tells in one look-up which of its word lists a lemma is in, as each list does", () => {
    const rules = compileRules({ ...englishRules, words: { ...englishRules.words, modals: [...englishRules.words.modals, "Oughta"] } });
    for (const name of Object.keys(LISTED) as (keyof typeof LISTED)[]) {
      // A judging word written with a hyphen is read as its parts, and screened by its first.
      const words = name === "judgments" ? [...rules.judgments.words, ...rules.judgments.saidOf].map((w) => w.split("-")[0] as string) : rules[name];
      for (const word of words) expect((rules.listsOf(word) & LISTED[name]) !== 0, `${word} in ${name}`).toBe(true);
    }
    expect(rules.listsOf("numpty")).toBe(LISTED.judgments);
    expect(rules.listsOf("brain")).toBe(LISTED.judgments);
    expect(rules.listsOf("oughta") & LISTED.modals).toBe(LISTED.modals);
    expect(rules.listsOf("never")).toBe(LISTED.negations);
    expect(rules.listsOf("refund")).toBe(0);
    expect(rules.listsOf("refund")).toBe(0); // asked again, from what it found the first time
  });
});
