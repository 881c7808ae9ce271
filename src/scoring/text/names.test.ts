import { describe, expect, it } from "vitest";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { findNames as findNamesWith, substituteNames } from "./names.js";

const rules = compileRules(englishRules);
const findNames = (text: string): [number, number][] => findNamesWith(text, rules);

describe("findNames", () => {
  it("finds capitalised words inside sentences, and the same words at a sentence's start", () => {
    const text = "Will rang twice. Then Will asked for Mrs Osei. I said May 3rd was fine.";
    const names = findNames(text).map(([s, e]) => text.slice(s, e));
    expect(names).toEqual(["Will", "Will", "Osei"]);
  });

  it("does not take days, in the singular or the plural, for names", () => {
    expect(findNames("We ran one fewer van on Fridays, and every Monday and Thursday I checked the counts.")).toEqual([]);
  });

  it("finds nothing in text written all in capitals or all in lower case", () => {
    expect(findNames("THEN WILL ASKED FOR MRS OSEI.")).toEqual([]);
    expect(findNames("then will asked for mrs osei.")).toEqual([]);
  });
});

describe("substituteNames", () => {
  it("maps offsets in the substituted text back to the original", () => {
    const text = "then oluwaseun called me back.";
    const { text: out, toOriginal } = substituteNames(text, [[5, 14]]);
    expect(out).toBe("then Alex called me back.");
    expect(toOriginal(5, "start")).toBe(5);
    expect(toOriginal(9, "end")).toBe(14);
    expect(toOriginal(10, "start")).toBe(15); // "called"
    expect(toOriginal(out.length, "end")).toBe(text.length);
  });
});
