import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPETENCY_IDS } from "../competencies/index.js";
import { scoreAnswer } from "./scoreAnswer.js";

// Sentences to build answers from: story parts, claims, hypotheticals, outcomes and reflections.
const PARTS = [
  "Last month a customer called about a billing error on {his} account.",
  "{Name} was upset because {he} had been charged twice.",
  "I listened to {him} explain the problem and apologised for the trouble.",
  "I checked the account, found the duplicate charge and refunded it the same day.",
  "I emailed {him} a confirmation and called {him} back two days later.",
  "{He} thanked me and stayed with us.",
  "Afterwards I wrote a short guide so the team could spot the error sooner.",
  "I am a very patient person and I always stay calm.",
  "I would ask {him} what happened and then fix it.",
  "We sorted it out as a team.",
  "The refund went through in 24 hours and complaints about billing fell by 30%.",
  "{Name}'s {relative} had ordered the parcel for {his} birthday.",
];
const PEOPLE = [
  { Name: "Maria", he: "she", He: "She", him: "her", his: "her", relative: "husband" },
  { Name: "John", he: "he", He: "He", him: "him", his: "his", relative: "wife" },
  { Name: "Aisha", he: "she", He: "She", him: "her", his: "her", relative: "brother" },
  { Name: "Wei", he: "they", He: "They", him: "them", his: "their", relative: "partner" },
  { Name: "Carlos", he: "he", He: "He", him: "him", his: "his", relative: "daughter" },
  { Name: "Priya", he: "she", He: "She", him: "her", his: "her", relative: "son" },
];
type Person = (typeof PEOPLE)[number];
const fill = (template: string, p: Person): string => template.replace(/\{(\w+)\}/g, (_, key: keyof Person) => p[key]);

const answerParts = fc.array(fc.integer({ min: 0, max: PARTS.length - 1 }), { minLength: 1, maxLength: 8 });
const competency = fc.constantFrom(...COMPETENCY_IDS);
const questionType = fc.constantFrom("behavioural" as const, "situational" as const);
const person = fc.constantFrom(...PEOPLE);
const build = (parts: number[], p: Person): string => parts.map((i) => fill(PARTS[i] ?? "", p)).join(" ");
const result = (answer: string, c: string, t: "behavioural" | "situational") => {
  const s = scoreAnswer({ competency: c, answer, questionType: t });
  return { level: s.level, score: s.score, flags: s.flags.map((f) => f.code).sort(), evidence: s.evidence.map((e) => e.indicatorId).sort() };
};

describe("the too-short check", () => {
  it("counts words as runs of text between white space of any kind, the count it names in its message", () => {
    const space = fc.constantFrom(" ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\r\n");
    const word = fc.constantFrom("I", "called", "her", "back", "ﬁne", "straße", "😀", "—", "ok.");
    const answer = fc.tuple(fc.array(fc.tuple(space, word), { maxLength: 7 }), space).map(([pairs, end]) => pairs.map(([s, w]) => s + w).join("") + end);
    fc.assert(
      fc.property(answer, (text) => {
        const expected = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
        const score = scoreAnswer({ competency: "patience", answer: text });
        expect(score.flags[0]?.message).toMatch(new RegExp(`^The answer has ${expected} words?;`));
      }),
    );
  });

  it("never calls an answer of eight words or more too short, however long and however spaced", () => {
    const space = fc.constantFrom(" ", "\n", "\t", "\u00a0", "\u3000");
    const word = fc.constantFrom("I", "called", "her", "back", "ﬁne", "straße", "😀", "ok.");
    const answer = fc.array(fc.tuple(space, word), { minLength: 8, maxLength: 60 }).map((pairs) => pairs.map(([s, w]) => s + w).join(""));
    fc.assert(
      fc.property(answer, (text) => {
        expect(scoreAnswer({ competency: "patience", answer: text }).flags.map((f) => f.code)).not.toContain("too-short");
      }),
      { numRuns: 60 },
    );
  });
});

describe("scoreAnswer properties", () => {
  it("gives a level 1-5 (or insufficient-evidence) and a score in range, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), competency, questionType, (answer, c, t) => {
        const s = scoreAnswer({ competency: c, answer, questionType: t });
        if (s.level === "insufficient-evidence") expect(s.score).toBeNull();
        else {
          expect([1, 2, 3, 4, 5]).toContain(s.level);
          expect(s.score).toBeGreaterThanOrEqual(1);
          expect(s.score).toBeLessThanOrEqual(5);
          expect(s.level).toBeLessThanOrEqual(s.cap);
        }
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(answerParts, person, competency, questionType, (parts, p, c, t) => {
        const answer = build(parts, p);
        expect(scoreAnswer({ competency: c, answer, questionType: t })).toEqual(scoreAnswer({ competency: c, answer, questionType: t }));
      }),
      { numRuns: 60 },
    );
  });

  it("does not change with whitespace or letter case", () => {
    fc.assert(
      fc.property(answerParts, person, competency, questionType, fc.constantFrom(" ", "  ", "\n", "\n\n", "\t"), (parts, p, c, t, gap) => {
        const answer = build(parts, p);
        const respaced = parts.map((i) => fill(PARTS[i] ?? "", p)).join(gap);
        const base = result(answer, c, t);
        expect(result(respaced, c, t)).toEqual(base);
        expect(result(answer.toUpperCase(), c, t)).toEqual(base);
        expect(result(answer.toLowerCase(), c, t)).toEqual(base);
      }),
      { numRuns: 60 },
    );
  });

  it("does not change when names, pronouns and gendered words are swapped", () => {
    fc.assert(
      fc.property(answerParts, person, person, competency, questionType, (parts, a, b, c, t) => {
        expect(result(build(parts, b), c, t)).toEqual(result(build(parts, a), c, t));
      }),
      { numRuns: 80 },
    );
  });

  it("reads names that are also English words (Will, Hope, May, Grace, Mark) as names, in normally cased text", () => {
    const ambiguous = ["Will", "Hope", "May", "Grace", "Mark", "Rose", "Bill", "Faith"].map((Name) => ({ ...PEOPLE[0], Name }) as Person);
    fc.assert(
      fc.property(answerParts, fc.constantFrom(...ambiguous), fc.constantFrom(...PEOPLE), competency, questionType, (parts, a, b, c, t) => {
        expect(result(build(parts, a), c, t)).toEqual(result(build(parts, b), c, t));
      }),
      { numRuns: 80 },
    );
  });

  it("never raises a score when a negated behaviour is added", () => {
    const negated = [
      "I didn't apologise for the delay.",
      "I never followed up with the customer.",
      "I did not listen to what she wanted.",
      "I didn't thank him for waiting.",
      "I never explained the options clearly.",
    ];
    fc.assert(
      fc.property(answerParts, person, competency, fc.constantFrom(...negated), fc.nat(8), (parts, p, c, extra, at) => {
        const sentences = parts.map((i) => fill(PARTS[i] ?? "", p));
        const before = scoreAnswer({ competency: c, answer: sentences.join(" ") });
        sentences.splice(Math.min(at, sentences.length), 0, extra);
        const after = scoreAnswer({ competency: c, answer: sentences.join(" ") });
        if (before.score !== null && after.score !== null) expect(after.score).toBeLessThanOrEqual(before.score);
      }),
      { numRuns: 80 },
    );
  });
});
