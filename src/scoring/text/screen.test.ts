import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInFramework } from "../../competencies/index.js";
import { patternsOf } from "../evidence/findEvidence.js";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { needlesOf, PatternScreen, screenText, secondNeedlesOf } from "./screen.js";

const rules = compileRules(englishRules);
const lists: (readonly RegExp[])[] = [
  ...Object.values(rules.cues),
  ...[...builtInFramework.competencies.flatMap((c) => c.indicators), ...rules.redFlags].map(patternsOf),
];
const patterns = lists.flat();
const examples = [...builtInFramework.competencies.flatMap((c) => c.indicators), ...rules.redFlags].flatMap((i) => [...i.examples, ...i.nonExamples]);
const screen = new PatternScreen(lists, examples.slice(0, 200).join("\n"));

/** Whether the pattern matches the text (from the start, whatever its flags). */
function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * Answers as lines (sentences) spliced from the needles of some lists and a few other pieces, among them characters
 * beyond ASCII, which the screen's grams hold only in part.
 */
const splicedAnswers = (lists: readonly (readonly RegExp[])[], maxLength: number): fc.Arbitrary<string[]> => {
  const needles = lists.flat().flatMap((p) => [...(needlesOf(p) ?? []), ...(secondNeedlesOf(p) ?? [])]);
  const sentence = fc.array(fc.oneof(fc.constantFrom(...needles), fc.constantFrom(" ", "i ", "the ", ", ", "é", "’", " — ", "ĉ")), { maxLength: 6 }).map((a) => a.join(""));
  return fc.array(sentence, { minLength: 1, maxLength });
};

/** Checks, on spliced answers, that the screen never leaves out a pattern of the lists that matches a sentence, from that sentence's list. */
function expectNoSentenceMatchLeftOut(screened: PatternScreen, lists: readonly (readonly RegExp[])[], numRuns: number): void {
  fc.assert(
    fc.property(splicedAnswers(lists, 40), (sentences) => {
      const scanned = screened.scan(sentences.join("\n"));
      return sentences.every((text, n) =>
        lists.every((list) => {
          const live = new Set(scanned.liveIn(list, n));
          return list.every((p) => !matches(p, text) || live.has(p));
        }),
      );
    }),
    { numRuns },
  );
}

describe("needlesOf", () => {
  it("reads the strings one of which every match contains", () => {
    expect(needlesOf(/\bnodd(?:ed|ing) along\b/i)).toEqual(["nodded along", "nodding along"]);
    expect(needlesOf(/\bso (?:very )?funny\b/i)).toEqual(["so funny", "so very funny"]);
    expect(needlesOf(/\borgani[sz]ed\b/i)).toEqual(["organised", "organized"]);
    expect(needlesOf(/\bI Rang\b/)).toEqual(["i rang"]);
  });

  it("has none for a pattern that can match without any", () => {
    expect(needlesOf(/\d+ minutes|\bsoon\b/i)).toEqual([" minutes", "soon"]);
    expect(needlesOf(/\d+|\bsoon\b/i)).toBeNull();
    expect(needlesOf(/(?:really )?/i)).toBeNull();
    expect(needlesOf(/[^a]bc/)).toEqual(["bc"]);
  });

  it("leaves out a needle that holds another: wherever it is, the other is too", () => {
    expect(needlesOf(/\b(?:when i (?:was in|was a)|when i|while i)\b/i)).toEqual(["when i", "while i"]);
    expect(needlesOf(/\b(?:i (?:just )?gave up)\b/i)).toEqual(["i gave up", "i just gave up"]);
  });
});

describe("secondNeedlesOf", () => {
  it("reads a second list of needles off another part of a sequence, one of which every match holds as well", () => {
    const pattern = /\btold (?:them|him)\b[^.]{0,50}\bbecause i\b/i;
    expect(needlesOf(pattern)).toEqual(["because i"]);
    expect(secondNeedlesOf(pattern)).toEqual(["told them", "told him"]);
    // One part with needles, or several alternatives: no second list.
    expect(secondNeedlesOf(/\bnodd(?:ed|ing) along\b/i)).toBeNull();
    expect(secondNeedlesOf(/\btold them\b.*\bbecause\b|\bsoon\b/i)).toBeNull();
  });
});

describe("PatternScreen", () => {
  it("runs a pattern with two parts only in a line that holds both, and in the whole text when both are in it", () => {
    const list = [/\btold (?:them|him)\b[^.]{0,50}\bbecause i\b/i];
    const scanned = new PatternScreen([list]).scan("i told them it was late.\nbecause i was busy.\ni told him no because i could not.");
    expect([0, 1, 2].map((n) => scanned.liveIn(list, n).length)).toEqual([0, 0, 1]);
    expect(new PatternScreen([list]).scan("i told them so.\nbecause i said.").live(list)).toEqual(list);
    expect(new PatternScreen([list]).scan("i told them so.").live(list)).toEqual([]);
  });

  it("never leaves out a pattern that matches: every built-in pattern, on every indicator's examples", () => {
    let matched = 0;
    for (const example of examples) {
      const text = example.toLowerCase();
      const scanned = screen.scan(text);
      for (const list of lists) {
        const live = new Set(scanned.live(list));
        for (const pattern of list) if (matches(pattern, text)) {
          matched++;
          expect(live.has(pattern), `${pattern} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(examples.length / 2);
  });

  it("never leaves out a pattern that matches, on texts spliced from the needles and any characters", () => {
    const needles = patterns.flatMap((p) => [...(needlesOf(p) ?? []), ...(secondNeedlesOf(p) ?? [])]);
    const piece = fc.oneof(fc.constantFrom(...needles), fc.string({ unit: "binary", maxLength: 6 }), fc.constantFrom(" ", "İ", "ß", "K", "I", "ﬁ", "\n"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), (pieces, upper) => {
        const text = upper ? pieces.join("").toUpperCase() : pieces.join("");
        const scanned = screen.scan(text);
        return lists.every((list) => {
          const live = new Set(scanned.live(list));
          return list.every((p) => !matches(p, text) || live.has(p));
        });
      }),
      { numRuns: 300 },
    );
  });

  it("never leaves out a pattern that matches a sentence, from that sentence's list", () => {
    expectNoSentenceMatchLeftOut(screen, lists, 150);
  });

  it("reads needles that every match holds, past an optional word of any spelling ('it was my own call')", () => {
    const pattern = /\b(?:was|is) (?:my|our) (?:\w+ )?(?:call|decision)\b/i;
    const needles = needlesOf(pattern) ?? [];
    for (const text of ["it was my call", "in the end it was my own call", "it is our joint decision"]) {
      expect(matches(pattern, text)).toBe(true);
      expect(needles.some((n) => text.includes(n))).toBe(true);
    }
  });

  it("tells sentences apart: a pattern live in one sentence is not live in another without its needles", () => {
    const list = [/\bsighed loudly\b/i];
    const scanned = new PatternScreen([list]).scan("i listened to them.\ni sighed loudly.\nthen i helped.");
    expect([0, 1, 2].map((n) => scanned.liveIn(list, n).length)).toEqual([0, 1, 0]);
  });

  it("added to a base screen, screens the base's lists and its own, line by line, and never leaves out a match", () => {
    const sample = examples.slice(0, 200).join("\n");
    const base = new PatternScreen(Object.values(rules.cues), sample);
    const own = (builtInFramework.competencies[0]?.indicators ?? []).map(patternsOf);
    const chained = new PatternScreen(own, sample, base);
    expectNoSentenceMatchLeftOut(chained, [...Object.values(rules.cues), ...own], 100);
  });

  it("finds needles of two or three letters line by line, at a text's first letters as at its last", () => {
    // Eight or more such needles are found in the screen's pass over the text; fewer are searched for one by one.
    const many = ["ab", "cd", "ef", "gh", "ij", "kl", "mno", "pqr"].map((n) => new RegExp(`\\b${n}\\b`, "i"));
    const few = [/\bab\b/i, /\bmno\b/i];
    for (const list of [many, few]) {
      const scanned = new PatternScreen([list]).scan("ab is here.\nnothing.\nthe end is mno");
      const liveAt = (n: number) => scanned.liveIn(list, n).map((p) => p.source);
      expect(liveAt(0)).toContain(String.raw`\bab\b`);
      expect(liveAt(2)).toContain(String.raw`\bmno\b`);
      expect(new PatternScreen([list]).scan("mno").live(list).map((p) => p.source)).toContain(String.raw`\bmno\b`);
      expect(new PatternScreen([list]).scan("xyz").live(list)).toEqual([]);
    }
    // A line of one letter before it: the run of two that starts the next line is found in that line.
    const short = new PatternScreen([many]).scan("x\nab\ny\ncd");
    expect(short.liveIn(many, 1).map((p) => p.source)).toContain(String.raw`\bab\b`);
    expect(short.liveIn(many, 3).map((p) => p.source)).toContain(String.raw`\bcd\b`);
    // Found in its own line only: the other lines do not run the pattern.
    const scanned = new PatternScreen([many]).scan("ab is here.\nnothing.\nthe end is mno");
    expect(scanned.liveIn(many, 1)).toEqual([]);
    expect(scanned.liveIn(many, 0).map((p) => p.source)).not.toContain(String.raw`\bmno\b`);
  });

  it("does not run a pattern wherever its needle's rarest run of letters is, without the rest of the needle", () => {
    // "help" is the rarest gram of "wasnt going to help" and its last: the screen once took it as the needle found.
    const list = [/\bwasn'?t going to (?:redo|fix|help)\b/i];
    const others = [/\bthe customer\b/i, /\bi (?:checked|helped)\b/i];
    const scanned = new PatternScreen([list, others]).scan("i was glad to help.\nshe wasn't going to help.\nwe helped.");
    expect([0, 1, 2].map((n) => scanned.liveIn(list, n).length)).toEqual([0, 1, 0]);
    expect(new PatternScreen([list]).scan("we were all so glad to help them").live(list)).toEqual([]);
  });

  it("tells sentences apart for a list only its base holds", () => {
    const list = [/\bsighed loudly\b/i];
    const own = [/\brolled my eyes\b/i];
    const scanned = new PatternScreen([own], "", new PatternScreen([list])).scan("i listened to them.\ni sighed loudly.\nthen i rolled my eyes.");
    expect([0, 1, 2].map((n) => scanned.liveIn(list, n).length)).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((n) => scanned.liveIn(own, n).length)).toEqual([0, 0, 1]);
  });

  it("gives a list's lines as bits: the lines where one of its patterns may match", () => {
    const list = [/\bsighed loudly\b/i, /\brolled my eyes\b/i];
    const scanned = new PatternScreen([[/\bnever here\b/i]], "", new PatternScreen([list])).scan("i listened.\ni sighed loudly.\nthen i helped.\ni rolled my eyes.");
    expect(scanned.linesOf(list)).toBe(0b1010);
    expect(scanned.linesOf([/\bnever here\b/i])).toBe(0);
    // A list no screen indexes: every line when one of its patterns may match somewhere, none when none can.
    expect(scanned.linesOf([/\bi helped\b/i])).toBe(-1);
    expect(scanned.linesOf([/\bi refused\b/i])).toBe(0);
  });

  it("gives for a list the lines its patterns are live in, line by line, on arbitrary answers", () => {
    fc.assert(
      fc.property(splicedAnswers(lists, 35), (sentences) => {
        const scanned = screen.scan(sentences.join("\n"));
        return lists.every((list) => {
          const lines = scanned.linesOf(list);
          return sentences.every((_, n) => ((lines & (1 << Math.min(n, 31))) !== 0) === scanned.liveIn(list, n).length > 0);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("leaves out most patterns for an ordinary answer", () => {
    const text = "A customer rang about a late refund. I checked the order, found it stuck and pushed it through the same day.";
    const scanned = screen.scan(text.toLowerCase());
    const live = lists.reduce((sum, list) => sum + scanned.live(list).length, 0);
    expect(live).toBeLessThan(patterns.length / 5);
  });

  it("screens a list it was not made with, pattern by pattern, to the same answer", () => {
    const own = [/\brolled my eyes\b/i, /\bsighed loudly\b/i, /\d+ times/i, /\d+/];
    const scanned = screen.scan("i sighed loudly and rolled my eyes");
    expect(scanned.live(own)).toEqual([own[0], own[1], own[3]]);
    expect(screenText("nothing to see").live(own)).toEqual([own[3]]);
  });
});
