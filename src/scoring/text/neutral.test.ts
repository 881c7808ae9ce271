import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { neutralSentence, neutralToken, tokenAt, wordsOf } from "./neutral.js";
import { parseText } from "./nlp.js";

const rules = compileRules(englishRules);

describe("neutralSentence", () => {
  it("reads he, she and they, him, her and them alike", () => {
    const read = (text: string): string => neutralSentence(parseText(text), 0, rules).text;
    expect(read("She said he had told her.")).toBe(read("They said they had told them."));
    expect(read("I refunded her order.")).toBe("i refunded their order.");
    expect(read("I refunded her.")).toBe("i refunded them.");
  });

  it("reads 'miss' as a title only before a name, not the verb", () => {
    const read = (text: string): string => neutralSentence(parseText(text), 0, rules).text;
    expect(read("I didn't want to miss the deadline.")).toBe("i didn't want to miss the deadline.");
    expect(read("We never miss a call-back.")).toContain("never miss a");
    expect(read("I let Miss Alex wait.")).toBe("i let mx alex wait.");
  });

  it("reads a typographic apostrophe inside a word as the straight one the patterns spell, and keeps quotes", () => {
    const read = (text: string): string => neutralSentence(parseText(text), 0, rules).text;
    expect(read("I didn’t say it was the customer’s fault, which it wasn’t.")).toBe(read("I didn't say it was the customer's fault, which it wasn't."));
    expect(read("She said ‘no thanks’ and left.")).toContain("‘no thanks’");
  });

  it("maps a match in the neutral text back to the original words, after ß and ﬁ", () => {
    const text = "ßo I ﬁxed the oﬃce router for her, and she thanked me.";
    const parsed = parseText(text);
    const sentence = neutralSentence(parsed, 0, rules);
    const at = (word: string): string => {
      const token = parsed.tokens[tokenAt(sentence, sentence.text.indexOf(word))];
      return text.slice(token?.start, token?.end);
    };
    expect(at("router")).toBe("router");
    expect(at("them")).toBe("her");
    expect(at("they thanked")).toBe("she");
    expect(at("me.")).toBe("me");
  });

  it("keeps a space only where the original had one", () => {
    expect(neutralSentence(parseText("I didn't call him (again)."), 0, rules).text).toBe("i didn't call them (again).");
  });

  it("gives an empty reading for a sentence that is not there", () => {
    expect(neutralSentence(parseText("I called."), 3, rules)).toEqual({ text: "", offsets: [], firstToken: 0 });
  });
});

describe("neutralToken", () => {
  it("tells possessive her from object her by the word after it", () => {
    const { tokens } = parseText("I gave her the refund and her receipt.");
    const herAt = tokens.flatMap((t, i) => (t.value === "her" ? [i] : []));
    expect(herAt.map((i) => neutralToken(tokens[i] as (typeof tokens)[number], tokens[i + 1], rules))).toEqual(["them", "their"]);
  });
});

describe("wordsOf", () => {
  it("keeps letters and digits, one space for every other run, whatever the script", () => {
    expect(wordsOf("  I rang -- them back, at 3pm!  ")).toBe("I rang them back at 3pm");
    expect(wordsOf("Je l'ai rappelée à 15 h.")).toBe("Je l ai rappelée à 15 h");
  });

  it("gives what the Unicode expression gives, on any text", () => {
    const unicode = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => wordsOf(text) === unicode(text)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => wordsOf(text) === unicode(text)), { numRuns: 500 });
  });
});
