import { describe, expect, it } from "vitest";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { parseText } from "../text/nlp.js";
import { readText } from "../text/readText.js";
import { servesSomeone } from "./served.js";

const rules = compileRules(englishRules);
const serves = (text: string, negated?: readonly number[]): boolean => servesSomeone(readText(text, rules).parsed, rules, negated);

describe("servesSomeone", () => {
  it("finds a customer, a third person or contact with one", () => {
    expect(serves("A caller was confused, so I went through the bill again.")).toBe(true);
    expect(serves("I rang him back within the hour.")).toBe(true);
    expect(serves("Our inbox had 300 unanswered emails, so I set up saved replies.")).toBe(true);
    expect(serves("The couple at table six waited forty minutes.")).toBe(true);
    // The tagger reads these as a name and as verbs; the words still count.
    expect(serves("Customers waited. People walked out. Enquiries doubled.")).toBe(true);
  });

  it("finds no one in a story about stock, rotas or equipment", () => {
    expect(serves("Two staff left, so I rebuilt the rota in a shared spreadsheet and no-shows went to zero.")).toBe(false);
    expect(serves("The espresso machine died at 7:40, so I reset the thermal fuse and had it running by eight.")).toBe(false);
  });

  it("reads 'she', 'he' and 'they' alike, and leaves out what the candidate negates", () => {
    for (const who of ["she", "he", "they"]) expect(serves(`Then ${who} asked for the manager, so I went to the office.`)).toBe(true);
    // A sentence in which the candidate denies something is left out, whoever it names.
    const text = "I did not listen to what she wanted.";
    const negated = parseText(text).tokens.map((t) => (t.value === "listen" ? 1 : 0));
    expect(serves(text)).toBe(true);
    expect(serves(text, negated)).toBe(false);
  });

  it("matches words as spelt: 'called' is not 'call', and names, titles and irregular plurals count", () => {
    expect(serves("I called the engineer and we fixed the boiler that morning.")).toBe(false);
    for (const who of ["Priya", "Mx Osei", "Dr Osei", "the two women", "the two men"]) expect(serves(`Then ${who} came to the front desk.`)).toBe(true);
  });
});
