import { describe, expect, it } from "vitest";
import { compileRules, LISTED } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import fc from "fast-check";
import { foldForScoring, readText, spacedAndLower } from "./readText.js";

const rules = compileRules(englishRules);
const neutral = (text: string): string[] => readText(text, rules).neutral.map((n) => n.text);

describe("readText", () => {
  it("gives each token one id per spelling, the same id in every answer, and none (-1) to a part of a contraction", () => {
    const first = readText("I called the customer and I called her manager. I didn't stop.", rules);
    const second = readText("The customer called me.", rules);
    const idOf = (read: typeof first, value: string): number[] => read.parsed.tokens.flatMap((t, i) => (t.value === value ? [read.ids[i] as number] : []));
    expect(first.ids).toHaveLength(first.parsed.tokens.length);
    expect(new Set(idOf(first, "called")).size).toBe(1);
    expect(idOf(second, "called")).toEqual(idOf(first, "called").slice(0, 1));
    expect(idOf(first, "customer")[0]).not.toBe(idOf(first, "called")[0]);
    expect(idOf(first, "n't")).toEqual([-1]);
  });

  it("numbers the ids in the order first met, so that what is kept by them stays small", () => {
    // wink-nlp numbers its lexicon's tens of thousands of entries, and the words it meets after them; rapport
    // numbers them afresh: two spellings never met before get the next two numbers, however large wink-nlp's ids are.
    const read = readText("Zorblaxed quintivexes.", rules);
    const [first, second] = read.ids as [number, number];
    expect(second).toBe(first + 1);
    expect(second).toBeLessThan(50_000);
  });

  it("gives each token its lemma's word lists, the same as looking each up, for any rules and any part of speech", () => {
    const withoutNever = compileRules({ ...englishRules, words: { ...englishRules.words, negations: englishRules.words.negations.filter((w) => w !== "never") } });
    // "saw" is one spelling, one id, with two lemmas ("see" and "saw"): the lists follow the lemma.
    const text = "I never saw the saw. I would not leave, and if she asked I said I could help. I never gave up.";
    for (const r of [rules, withoutNever, rules]) {
      const read = readText(text, r);
      expect(read.lists).toEqual(read.parsed.tokens.map((t) => r.listsOf(t.lemma)));
    }
    const never = (r: typeof rules): number => {
      const read = readText(text, r);
      return read.lists[read.parsed.tokens.findIndex((t) => t.value === "never")] as number;
    };
    expect(never(rules) & LISTED.negations).not.toBe(0);
    expect(never(withoutNever) & LISTED.negations).toBe(0);
  });

  it("reads every person's name as one placeholder, whatever its length", () => {
    expect(neutral("Then Oluwaseun thanked him.")).toEqual(neutral("Then Jo thanked her."));
    expect(neutral("Then Jo thanked her.")).toEqual(["then alex thanked them."]);
  });

  it("keeps token and sentence offsets pointing into the answer as given, around a replaced name", () => {
    const text = "Mrs Oluwaseun-Adeyemi rang twice. Then I called Priya back.";
    const { parsed } = readText(text, rules);
    expect(parsed.text).toBe(text);
    expect(parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Mrs Oluwaseun-Adeyemi rang twice.", "Then I called Priya back."]);
    const called = parsed.tokens.find((t) => t.lemma === "call");
    expect(called && text.slice(called.start, called.end)).toBe("called");
    expect(parsed.tokens.map((t) => text.slice(t.start, t.end))).toContain("Priya");
  });

  it("reads an answer in capitals, in lower case or across line breaks as it reads it written normally", () => {
    const plain = neutral("Then I called her back. She was happy.");
    expect(neutral("THEN I CALLED HER BACK. SHE WAS HAPPY.")).toEqual(plain);
    expect(neutral("then i called her\nback. she was happy.")).toEqual(plain);
  });

  it("gives one neutral reading per sentence", () => {
    const read = readText("A customer rang. I refunded her. She thanked me.", rules);
    expect(read.neutral).toHaveLength(read.parsed.sentences.length);
    expect(read.neutral.map((n) => n.firstToken)).toEqual(read.parsed.sentences.map((s) => s.firstToken));
  });

  it("reads the later steps of a list of actions as verbs, where the tagger takes them for nouns", () => {
    const pos = (text: string, word: string): string | undefined => readText(text, rules).parsed.tokens.find((t) => t.value === word)?.pos;
    expect(pos("I would apologise, check the order and refund it.", "check")).toBe("VERB");
    expect(pos("I would apologise, check the order and refund it.", "refund")).toBe("VERB");
    // A noun in a list of things stays a noun.
    expect(pos("We sold cables, chargers and cases.", "chargers")).toBe("NOUN");
    expect(pos("She wanted a refund, a voucher and an apology.", "voucher")).toBe("NOUN");
  });
});

// foldForScoring's capitals as they were first put back, with regular expressions: the one-pass version must give the
// same text.
function foldByPatterns(text: string): string {
  const out = spacedAndLower(text);
  const upper = (letter: string): string => {
    const up = letter.toUpperCase();
    return up.length === letter.length ? up : letter;
  };
  return out
    .replace(/(^|[.!?]["”’')\]]?\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + upper(letter))
    .replace(/(^|[^\p{L}\p{N}'’])i(?=$|[^\p{L}\p{N}])/gu, (_, before: string) => `${before}I`);
}

describe("foldForScoring", () => {
  it("gives a sentence its capital after a stop, a closing quote and any spacing, and 'I' its capital, and nothing else", () => {
    expect(foldForScoring("WELL. i SAID “FINE.”\n\tthen i left!) ok? i’d go. 'i' is i. hi.  émile cried")).toBe("Well. I said “fine.”  Then I left!) Ok? I’d go. 'i' is I. Hi.  Émile cried");
    expect(foldForScoring("it's iPad or i-phone, i2 and i")).toBe("It's ipad or I-phone, i2 and I");
  });

  it("gives what the regular expressions it was first written with give, on any text", () => {
    const piece = fc.oneof(
      fc.constantFrom(". ", "! ", "? ", ".” ", ".’ ", ".) ", ".] ", ".' ", '." ', " ", "  ", "\n", "\t", "i", "I", " i ", "i'", "'i", "’i", "i’", "a", "é", "ß", "ﬁ", "İ", "𝐚", "𝐀", "ǆ", "1", "-", "“"),
      fc.string({ unit: "binary", maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
      const text = pieces.join("");
      return foldForScoring(text) === foldByPatterns(text);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => foldForScoring(text) === foldByPatterns(text)), { numRuns: 1000 });
  });
});
