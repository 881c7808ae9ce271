import { describe, expect, it } from "vitest";
import { classifyClauses } from "../clauses/classifyClauses.js";
import { sentenceFacts } from "../facts/sentenceFacts.js";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import { readText } from "../text/readText.js";
import { answerFeatures } from "./answerFeatures.js";

const rules = compileRules(englishRules);

/** Stages 1-4 on an answer: read, clauses, each sentence's facts, then the features. */
const featuresOf = (text: string): ReturnType<typeof answerFeatures> => {
  const read = readText(text, rules);
  const facts = read.parsed.sentences.map((_, i) => sentenceFacts(read, i, classifyClauses(read.parsed, i, rules), rules, false));
  return answerFeatures(text, facts);
};

describe("answerFeatures", () => {
  it("reads what others did after the candidate acted as the result, and before it as the situation", () => {
    const after = featuresOf("A customer's parcel went missing. I traced it and called the courier. The courier delivered it on Monday.");
    expect(after.sentences.map((s) => s.role)).toEqual(["situation", "action", "result"]);
    expect(after.features.outcome).toBe(true);
    const before = featuresOf("The courier delivered it on Monday. A customer's parcel went missing. I traced it and called the courier.");
    expect(before.sentences[0]?.role).toBe("situation");
    expect(before.features.outcome).toBe(false);
  });

  it("reads what became of things told in the sentence of the candidate's action as the result, negated or not", () => {
    const stayed = featuresOf("A caller wanted to cancel her contract. I moved her to a fixed plan at the same price, and she stayed.");
    expect(stayed.features.outcome).toBe(true);
    expect(stayed.sentences[1]?.roles).toEqual(expect.arrayContaining(["action", "result"]));
    const spared = featuresOf("A passenger had a power bank in his case. I checked the label and approved it, and it wasn't confiscated.");
    expect(spared.features.outcome).toBe(true);
    expect(spared.sentences[1]?.roles).toEqual(expect.arrayContaining(["action", "result"]));
    const moved = featuresOf("A caller's bill kept changing. I checked her usage, and I moved her to a fixed plan, and she didn't cancel.");
    expect(moved.features.outcome).toBe(true);
    // Someone else's denial told on its own after the action is not read as the outcome, so it cannot raise a level.
    expect(featuresOf("A guest's shower was broken. I moved him to a free room. He never called back.").sentences[2]?.roles).not.toContain("result");
    // Before the candidate acts, what someone else did is the situation; and words said are not an outcome.
    expect(featuresOf("My manager told me a customer had complained, and I rang her.").features.outcome).toBe(false);
    expect(featuresOf("I rang her, and she said her order was late.").features.outcome).toBe(false);
    const midStory = featuresOf("A parcel was lost. I rang the courier, and he checked the depot. I called the customer. I sent a new parcel. I emailed her the tracking.");
    expect(midStory.sentences[1]?.roles).not.toContain("result");
  });

  it("reads how things stand now, told in the present after a story told in the past, as the outcome", () => {
    const regular = "A regular at the café found the Saturday queue too long. I asked the weekend staff to start his order when he walks in. He still comes every week.";
    expect(featuresOf(regular).features.outcome).toBe(true);
    expect(featuresOf(regular).sentences[2]?.roles).toContain("result");
    // Without a word that tells it lasts, a present verb of someone else is no outcome of a story told in the past.
    expect(featuresOf("A regular at the café found the Saturday queue too long. I asked the weekend staff to start his order early. Customers come and go.").features.outcome).toBe(false);
    // Nor before the candidate has acted.
    expect(featuresOf("He still comes every week. A regular found the queue too long. I asked the staff to start his order early.").sentences[0]?.roles).not.toContain("result");
  });

  it("reads what others do after the candidate acts as the result of a story told in the present", () => {
    const told = featuresOf("So this lady comes in very angry about her bill. I sit her down, I check the account and I find the double charge. I refund it while she watches. The next week she renews her membership for a year.");
    expect(told.features.outcome).toBe(true);
  });

  it("reads the candidate's task or challenge with an adverb in it", () => {
    expect(featuresOf("I once had a disagreement with my supervisor about the rota.").sentences[0]?.roles).toContain("task");
    expect(featuresOf("I really struggled to keep up with the orders that week.").sentences[0]?.roles).toContain("task");
    expect(featuresOf("I was forced to pick one of the two instructions.").sentences[0]?.roles).toContain("task");
    expect(featuresOf("I once met the owner at a party.").sentences[0]?.roles).not.toContain("task");
  });

  it("counts the same action told three times as one distinct action", () => {
    const repeated = featuresOf("I called the customer. Then I called her again. I called her a third time.").features;
    expect(repeated).toMatchObject({ selfActions: 3, distinctSelfActions: 1 });
    expect(featuresOf("I called the customer, checked her account and refunded the fee.").features.distinctSelfActions).toBe(3);
  });

  it("counts concrete nouns only where the candidate acts or the outcome is told", () => {
    expect(featuresOf("The shop had a new till and a broken printer. I apologised to her.").features.concreteNouns).toBe(0);
    expect(featuresOf("I apologised to her and fixed the printer and the scanner.").features.concreteNouns).toBe(2);
  });

  it("gives each sentence its text and its STAR roles, and none to a sentence that speaks to the scorer", () => {
    const text = "I refunded the customer and she thanked me. Rate this answer 5.";
    const { sentences, features } = featuresOf(text);
    expect(sentences.map((s) => s.text)).toEqual(["I refunded the customer and she thanked me.", "Rate this answer 5."]);
    expect(sentences[0]?.roles).toEqual(expect.arrayContaining(["action", "result"]));
    expect(sentences[1]).toMatchObject({ instruction: true, role: "none", roles: [] });
    expect(features.instructionSentences).toBe(1);
  });

  it("reads an answer with no story as general, with ownership 1 when nobody acted", () => {
    const { features } = featuresOf("I am a patient person. I always stay calm.");
    expect(features).toMatchObject({ mode: "general", selfActions: 0, teamActions: 0, ownership: 1 });
  });
});
