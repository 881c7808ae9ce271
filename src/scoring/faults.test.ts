import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeGetCompetency } from "../competencies/index.js";
import { RapportError } from "../errors.js";
import { safeScoreRatings } from "../profile/scoreRatings.js";
import { renderKitJson } from "../questions/renderKit.js";
import { createScorer } from "./createScorer.js";
import { scoreAnswer } from "./scoreAnswer.js";

const story =
  "I was working the phones at a broadband company when a customer rang about a router that kept dropping. I will admit she was cross. " +
  "I checked the line, found a fault at the cabinet and booked an engineer for 9am the next day. The engineer fixed it and she thanked me. " +
  "Since then I check the cabinet alerts before I start troubleshooting a home router.";

describe("faults of the old scorer, each with the test that failed before", () => {
  it("reads a line break inside a sentence as a space: the level and flags do not change", () => {
    const broken = story.replace("I will admit", "I\nwill admit").replace("booked an", "booked\n  an");
    const a = scoreAnswer({ competency: "problem-solving", answer: story });
    const b = scoreAnswer({ competency: "problem-solving", answer: broken });
    expect(b.level).toBe(a.level);
    expect(b.flags.map((f) => f.code)).toEqual(a.flags.map((f) => f.code));
  });

  it("keeps every quote equal to the answer's own text at its span, after letters that change length when cased (ß, ﬁ, ﬃ)", () => {
    const answer = "ﬁrst I rang the customer. ßo I ﬁxed the ﬃce router for a customer who was upset. I called her back the next day and she thanked me.";
    const s = scoreAnswer({ competency: "patience", answer });
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) expect(answer.slice(e.span[0], e.span[1])).toBe(e.quote);
  });

  it("refuses a level for a good story in another script, with a language flag (Arabic, Russian, Hindi)", () => {
    const stories = [
      "اتصل بي عميل غاضب لأن طلبه تأخر. استمعت إليه واعتذرت وتتبعت الشحنة ورتبت توصيلها في اليوم التالي، وشكرني بعد ذلك.",
      "Клиент позвонил очень расстроенный, потому что заказ задержался. Я выслушал его, извинился, нашёл посылку и организовал доставку на следующий день.",
      "एक ग्राहक बहुत नाराज़ होकर आया क्योंकि उसका ऑर्डर देर से आया था। मैंने उसकी बात सुनी, माफ़ी माँगी और अगले दिन डिलीवरी करवाई।",
    ];
    for (const answer of stories) {
      const s = scoreAnswer({ competency: "patience", answer });
      expect(s.level).toBe("insufficient-evidence");
      expect(s.flags.map((f) => f.code)).toContain("non-english");
    }
  });

  it("gives the same scorer name whatever object holds the model: it comes from the model's id and version", () => {
    const a = createScorer();
    const b = createScorer({ model: { ...a.model } });
    expect(b.name).toBe(a.name);
    expect(a.name).toMatch(/^rapport-evidence@\d/);
  });

  it("rejects a model whose features are not the scorer's, naming the field", () => {
    const model = { ...createScorer().model, features: ["star"], weights: [1] };
    try {
      createScorer({ model });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RapportError);
      expect((error as RapportError).issues.map((i) => i.path.join("."))).toContain("model.features");
    }
  });

  it("safe functions return issues instead of throwing on missing input", () => {
    expect(safeGetCompetency(undefined as unknown as string).success).toBe(false);
    expect(safeScoreRatings(null as unknown as unknown[]).success).toBe(false);
  });

  it("safeBuildInterviewKit returns an issue for a custom question of an unknown competency, naming it", async () => {
    const { safeBuildInterviewKit } = await import("../questions/buildInterviewKit.js");
    const kit = safeBuildInterviewKit({ role: "team-lead", durationMinutes: 45, seed: 1, customQuestions: [{ competency: "juggling", text: "Tell me about a time you handled two upset callers at once.", type: "behavioural" }] });
    expect(kit.success).toBe(false);
    if (!kit.success) expect(kit.issues[0]).toMatchObject({ code: "unknown-competency", path: ["customQuestions", 0, "competency"] });
  });

  it("renderKitJson throws a RapportError naming the field, not a raw ZodError", () => {
    expect(() => renderKitJson({} as never)).toThrow(RapportError);
  });
});

describe("span integrity and spacing, for any text", () => {
  it("every evidence quote and STAR span lies inside the answer and equals its text, on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 160 }), fc.constantFrom("I called the customer back and refunded the order. ", "ﬁne. I ﬁxed it. ", ""), (noise, lead) => {
        const answer = `${lead}${noise} I checked the account and she thanked me.`;
        const s = scoreAnswer({ competency: "empathy", answer });
        for (const e of s.evidence) {
          expect(e.span[0]).toBeGreaterThanOrEqual(0);
          expect(e.span[1]).toBeLessThanOrEqual(answer.length);
          expect(answer.slice(e.span[0], e.span[1])).toBe(e.quote);
        }
        for (const element of Object.values(s.star)) {
          for (const [start, end] of element.spans) {
            expect(start).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(answer.length);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("line breaks and runs of spaces inside sentences never change the score", () => {
    const words = story.split(" ");
    fc.assert(
      fc.property(fc.array(fc.nat(words.length - 2), { maxLength: 6 }), fc.constantFrom("\n", "  ", "\t", " \n "), (at, gap) => {
        const spaced = words.map((w, i) => (at.includes(i) ? `${w}${gap}` : `${w} `)).join("").trim();
        const a = scoreAnswer({ competency: "problem-solving", answer: story });
        const b = scoreAnswer({ competency: "problem-solving", answer: spaced });
        expect(b.level).toBe(a.level);
        expect(b.score).toBe(a.score);
      }),
      { numRuns: 60 },
    );
  });
});

describe("frameworks cannot change under a scorer", () => {
  it("a framework from defineFramework is frozen: editing it after its first score throws instead of being silently ignored", async () => {
    const { defineFramework, builtInFramework } = await import("../competencies/index.js");
    const framework = defineFramework({ ...builtInFramework, id: "acme", version: "9" });
    scoreAnswer({ competency: "patience", answer: story }, { framework });
    expect(() => {
      (framework.competencies[0] as { name: string }).name = "Changed";
    }).toThrow(TypeError);
    expect(Object.isFrozen(builtInFramework.competencies[0]?.rubric)).toBe(true);
  });
});

describe("counter-evidence read in context", () => {
  const flagged = (answer: string, questionType: "behavioural" | "situational"): boolean =>
    scoreAnswer({ competency: "people-first", answer, questionType }).flags.some((f) => f.code === "contempt-or-blame");

  it("counts a dishonest step of a situational plan, and puts the answer at level 1", () => {
    const plan = "I would greet every customer and offer the warranty. If they hesitate I'd tell them the bundle price ends on Friday, even though it doesn't, because a deadline gets people over the line.";
    expect(flagged(plan, "situational")).toBe(true);
    expect(scoreAnswer({ competency: "people-first", answer: plan, questionType: "situational" }).level).toBe(1);
  });

  it("does not count a condition the candidate names in order to avoid it", () => {
    const plan = "I would let the customer finish, then repeat back what I heard. If I lost my temper it would only make things worse, so I would breathe and slow down, check the account, and call them back the next morning.";
    expect(flagged(plan, "situational")).toBe(false);
  });

  it("does not count what the candidate names, with 'otherwise', as the thing a habit of theirs prevents", () => {
    const plan = "I would let them finish, apologise for the cancellation and offer the next screening. After a hard one I step away for a minute before the next customer, because otherwise I'd take it out on them.";
    const counted = scoreAnswer({ competency: "emotional-intelligence", answer: plan, questionType: "situational" }).evidence.filter((e) => e.kind === "red-flag" && e.counted);
    expect(counted).toEqual([]);
    const lapse = "I would let them finish. Then I'd take it out on the next customer, to be honest, because I'd still be wound up.";
    expect(scoreAnswer({ competency: "emotional-intelligence", answer: lapse, questionType: "situational" }).evidence.some((e) => e.kind === "red-flag" && e.counted)).toBe(true);
  });

  it("does not count a word of contempt the candidate sets something against ('instead of a nuisance', 'rather than a pest')", () => {
    const story = "A regular kept handing me notes on what we could improve. I read every one and acted on two of them, and she said it was the first time anyone had treated her notes as useful instead of a nuisance. I treated her as a partner rather than a pest, and she still drops by every week.";
    expect(scoreAnswer({ competency: "appreciation", answer: story }).evidence.filter((e) => e.kind === "red-flag" && e.counted)).toEqual([]);
    expect(flagged("Instead of helping, I told the caller she was a nuisance and closed the chat.", "behavioural")).toBe(true);
  });

  it("does not count contempt in what the customer said, only in the candidate's own words", () => {
    const story = "The caller said the fee was ridiculous and that we were all useless. I apologised, checked his account, refunded the fee the same day and called him back to confirm it had gone through.";
    expect(flagged(story, "behavioural")).toBe(false);
    const own = "The caller was being ridiculous about a two-pound fee, honestly. I refunded it so he would go away and closed the ticket before he could reply.";
    expect(flagged(own, "behavioural")).toBe(true);
  });
});

describe("dates past year 9999", () => {
  it("a kit or a profile dated beyond what ISO dates can store is refused with issues naming the field, not built broken", async () => {
    const { safeBuildInterviewKit } = await import("../questions/buildInterviewKit.js");
    const { safeBuildProfile } = await import("../profile/buildProfile.js");
    const far = new Date(Date.UTC(10000, 0, 1));
    const kit = safeBuildInterviewKit({ role: "team-lead", durationMinutes: 45, seed: 1, startAt: far });
    expect(kit.success).toBe(false);
    if (!kit.success) expect(kit.issues[0]?.path).toContain("startAt");
    const profile = safeBuildProfile({ candidate: { id: "c" }, answers: [], assessedAt: new Date(Date.UTC(9999, 6, 1)) });
    expect(profile.success).toBe(false);
    if (!profile.success) expect(profile.issues[0]?.path).toEqual(["assessedAt"]);
    expect(safeBuildProfile({ candidate: { id: "c" }, answers: [], assessedAt: new Date(Date.UTC(2026, 0, 1)) }).success).toBe(true);
  });
});
