import { describe, expect, it } from "vitest";
import { createScorer } from "../createScorer.js";
import { classifyClauses, toldAsYou } from "../clauses/classifyClauses.js";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { ENGLISH_JUDGMENTS } from "../rules/judgments.js";
import { readText } from "../text/readText.js";
import { hitCounts, type IndicatorHit } from "./findEvidence.js";
import { findJudgments } from "./judgments.js";

const rules = compileRules(englishRules);
/** The answer read through the scorer's real stages 1-2, then searched for judgments of a person. */
const judgments = (text: string): IndicatorHit[] => {
  const read = readText(text, rules);
  const you = toldAsYou(read.parsed);
  const clauses = read.parsed.sentences.map((_, i) => classifyClauses(read.parsed, i, rules, you));
  return findJudgments(read, clauses, rules, read.parsed.sentences.map((_, i) => i));
};
const counts = (text: string): boolean => judgments(text).some((h) => hitCounts(h, false, true));

describe("judgments of a person served", () => {
  it.each(ENGLISH_JUDGMENTS.examples)("counts: %s", (text) => expect(counts(text)).toBe(true));
  it.each(ENGLISH_JUDGMENTS.nonExamples)("does not count: %s", (text) => expect(counts(text)).toBe(false));

  it("reads a judgment said of the person and one before them, and quotes it from the answer", () => {
    const text = "Then the customer was honestly a total muppet. I served this clueless bloke first.";
    expect(judgments(text).map((h) => [h.quote, text.slice(h.start, h.end)])).toEqual([
      ["customer was honestly a total muppet", "customer was honestly a total muppet"],
      ["this clueless bloke", "this clueless bloke"],
    ]);
  });

  it("reads he, she and a name after a title alike, and not \"they\" or a name alone, which may be a firm's", () => {
    for (const who of ["He", "She", "Mrs Osei", "Mr Hughes"]) expect(counts(`${who} was being pathetic about the queue.`)).toBe(true);
    expect(counts("I rang the courier, and they were useless, so I drove the parcel over myself.")).toBe(false);
    expect(counts("Royal Mail were hopeless that week, so I drove the parcel over myself.")).toBe(false);
    expect(counts("Tesco was useless about the delivery, so I rang the depot.")).toBe(false);
  });

  it("leaves a word of the list alone when nothing ties it to a person", () => {
    expect(counts("The whole system was useless that day, so I wrote the orders down.")).toBe(false);
    expect(counts("I said something stupid at first, then I apologised and found her seat.")).toBe(false);
  });

  it("reads with the rules it is given: a word added to the rules' list judges, and a person word added is a person", () => {
    const text = "The punter was a total gronk about the booking.";
    const flagged = (words: string[], people: string[]): boolean => {
      const rules = { ...englishRules, judgments: { ...englishRules.judgments, words: [...englishRules.judgments.words, ...words], people: [...englishRules.judgments.people, ...people] } };
      return createScorer({ rules }).scoreSync({ competency: "empathy", answer: text }).evidence.some((e) => e.indicatorId === ENGLISH_JUDGMENTS.id && e.counted);
    };
    expect(flagged([], [])).toBe(false);
    expect(flagged(["gronk"], [])).toBe(false);
    expect(flagged(["gronk"], ["punter"])).toBe(true);
  });

  it("caps a polished story at level 1 when the candidate calls the customer a word of contempt", () => {
    const scorer = createScorer();
    const story = "A guest rang at midnight because the heating had failed. I brought two heaters up, moved her to a warm room within ten minutes and took the night off her bill. She was a complete airhead about the thermostat, but she left a five-star review.";
    const score = scorer.scoreSync({ competency: "empathy", answer: story });
    expect(score.cap).toBe(1);
    expect(score.evidence.find((e) => e.indicatorId === ENGLISH_JUDGMENTS.id)?.quote).toBe("She was a complete airhead");
    const kind = scorer.scoreSync({ competency: "empathy", answer: story.replace("She was a complete airhead about the thermostat, but", "She was mortified about the thermostat, but") });
    expect(kind.cap).toBeGreaterThan(1);
  });
});
