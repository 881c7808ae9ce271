import { describe, expect, it } from "vitest";
import { builtInFramework } from "../../competencies/index.js";
import { buildTopicIndex, stem, stemsOf, topicFit } from "./topicRank.js";

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
