import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInFramework } from "../../competencies/index.js";
import { buildTopicIndex, stem, stemsOf, topicFit, topicFitOfIds } from "./topicRank.js";

const index = buildTopicIndex(builtInFramework);

const patient =
  "A customer rang for the fifth time about the same bill and was shouting. I stayed calm, let him finish without interrupting, " +
  "and went through each line slowly, as many times as he needed, until he understood the charge.";
const laptops =
  "Before the launch I studied the specifications of all twelve laptop models: their processors, battery life, ports and warranty terms. " +
  "I compared the two with the most memory and the faster graphics card.";

describe("topicFit", () => {
  it("ranks the competency asked first for an answer about it", () => {
    expect(topicFit(index, "patience", stemsOf(patient), undefined).rank).toBe(1);
    expect(topicFit(index, "product-knowledge", stemsOf(laptops), undefined).rank).toBe(1);
  });

  it("ranks it low for an answer about something else", () => {
    // Below the off-topic cap's limit (the bottom quarter) for a competency the story has nothing of.
    expect(topicFit(index, "teamwork", stemsOf(patient), undefined).rank).toBeLessThan(0.25);
    expect(topicFit(index, "humility", stemsOf(patient), undefined).rank).toBeLessThan(0.25);
    expect(topicFit(index, "product-knowledge", stemsOf(patient), undefined).similarity).toBeLessThan(topicFit(index, "patience", stemsOf(patient), undefined).similarity / 4);
    expect(topicFit(index, "patience", stemsOf(laptops), undefined).similarity).toBeLessThan(topicFit(index, "patience", stemsOf(patient), undefined).similarity);
  });

  it("reads the question's own words with the competency's", () => {
    const answer = stemsOf("I compared the two laptops with the most memory for her.");
    const without = topicFit(index, "product-knowledge", answer, undefined);
    expect(topicFit(index, "product-knowledge", answer, "Which laptops did you compare, and on what memory?").similarity).toBeGreaterThan(without.similarity);
    expect(topicFit(index, "product-knowledge", answer, "  ")).toEqual(without);
  });

  it("ranks from the dense table's dot products, to the last bit, on any stems", () => {
    const n = index.ids.length;
    const stems = index.vocabulary.size;
    /** The rank and similarity from the dense table, every weight read (the question left out). */
    const dense = (asked: number, ids: readonly number[]): { rank: number; similarity: number } => {
      const counts = new Map<number, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const terms = [...counts].sort((a, b) => a[0] - b[0]).map(([id, k]) => [id, (1 + Math.log(k)) * (index.idf[id] ?? 0)] as const).filter(([, w]) => w > 0);
      const norm = Math.sqrt(terms.reduce((sq, [, w]) => sq + w * w, 0));
      const cosine = (c: number): number => terms.reduce((dot, [id, w]) => dot + w * (index.weights[id * n + c] ?? 0), 0) / (norm * (index.norms[c] ?? 0));
      const similarity = norm === 0 ? 0 : cosine(asked);
      const above = index.ids.filter((_, c) => c !== asked && norm > 0 && cosine(c) > similarity).length;
      return { rank: 1 - above / (n - 1), similarity };
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n - 1 }), fc.array(fc.integer({ min: 0, max: stems - 1 }), { maxLength: 120 }), (asked, ids) => {
        expect(topicFitOfIds(index, index.ids[asked] as string, ids, undefined)).toEqual(dense(asked, ids));
      }),
      { numRuns: 300 },
    );
  });

  it("does not rank the competency asked below others for an answer that shares no word with any", () => {
    expect(topicFit(index, "patience", stemsOf("Zzz qqq xyzzy."), undefined)).toEqual({ rank: 1, similarity: 0 });
  });
});

describe("stem and stemsOf", () => {
  it("brings a word's forms to one stem, and leaves out stop words and short words", () => {
    expect(new Set(["apologised", "apologising", "apologise", "apologises"].map(stem)).size).toBe(1);
    expect(stemsOf("I called the customer and she was ok")).toEqual([stem("called")]);
  });
});
