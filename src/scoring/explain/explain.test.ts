import { describe, expect, it } from "vitest";
import { getCompetency, type Level } from "../../competencies/index.js";
import { classifyClauses } from "../clauses/classifyClauses.js";
import { sentenceFacts } from "../facts/sentenceFacts.js";
import { answerFeatures } from "../features/answerFeatures.js";
import { compileRules } from "../rules/compile.js";
import { englishRules } from "../rules/english.js";
import type { Evidence } from "../schema.js";
import { readText } from "../text/readText.js";
import { describeLevel, explainAgainstRubric, type ExplainInput } from "./explain.js";

const rules = compileRules(englishRules);
const patience = getCompetency("patience");

/** What the explanation reads for an answer at a level: stages 1-4, with the story's action and result sentences as evidence. */
function inputOf(text: string, level: Level, more: Partial<ExplainInput> = {}): ExplainInput {
  const read = readText(text, rules);
  const { sentences, features } = answerFeatures(text, read.parsed.sentences.map((_, i) => sentenceFacts(read, i, classifyClauses(read.parsed, i, rules), rules, false)));
  const quoted = (role: "action" | "result"): Evidence[] =>
    sentences.filter((s) => s.roles.includes(role)).slice(0, 1).map((s) => ({ indicatorId: `star-${role}`, competency: "patience", kind: "positive", description: "", span: [s.start, s.end], quote: s.text, mode: "performed", counted: true }));
  const roles = new Set(sentences.flatMap((s) => s.roles));
  return {
    competency: patience, level, cap: 5, features, starElements: (["situation", "task", "action", "result"] as const).filter((r) => roles.has(r)).length,
    situational: false, evidence: [...quoted("action"), ...quoted("result")], onTopic: true, capReasons: [], ...more,
  };
}

const noOutcome = "A customer rang for the fifth time about the same bill. I let him finish, and went through each line of it with him slowly.";

describe("explainAgainstRubric", () => {
  it("names what the next level needs that the answer lacks", () => {
    const { next } = explainAgainstRubric(inputOf(noOutcome, 3));
    expect(next?.level).toBe(4);
    expect(next?.needs).toContain("a concrete outcome of the candidate's own action");
  });

  it("quotes the words that meet a requirement", () => {
    const { meets } = explainAgainstRubric(inputOf(noOutcome, 3));
    expect(meets.find((m) => m.level === 2)?.quote).toBe("I let him finish, and went through each line of it with him slowly.");
  });

  it("puts what caps the level first among the next level's needs", () => {
    const general = "I am a very patient person. I always stay calm with customers.";
    const reason = "Self-description without a specific story caps the level at 2.";
    const { next } = explainAgainstRubric(inputOf(general, 2, { cap: 2, capReasons: [reason] }));
    expect(next?.needs[0]).toBe("without what caps it now — self-description without a specific story caps the level at 2");
    expect(next?.needs).toContain("a specific example rather than a self-description");
  });

  it("points to the competency's own anchors when the shared requirements are met", () => {
    const full = `${noOutcome} He paid the bill that day and thanked me.`;
    const { next } = explainAgainstRubric(inputOf(full, 3, { starElements: 3 }));
    expect(next?.needs).toEqual([`more of what the competency's level-4 anchors describe: ${patience.rubric.find((r) => r.level === 4)?.summary}`]);
  });

  it("gives the anchors of the level reached, and no next level at 5", () => {
    const explained = explainAgainstRubric(inputOf(noOutcome, 5));
    expect(explained.next).toBeNull();
    expect(explained.anchors).toEqual(patience.rubric.find((r) => r.level === 5)?.anchors);
  });
});

describe("describeLevel", () => {
  it("gives the level's name first and what the next level needs last", () => {
    const input = inputOf(noOutcome, 3);
    const reasons = describeLevel(input, explainAgainstRubric(input));
    expect(reasons[0]).toBe("Level 3 (Proficient).");
    expect(reasons).toContain("No outcome is stated.");
    expect(reasons.at(-1)).toMatch(/^To reach 4: .*a concrete outcome of the candidate's own action/);
  });

  it("writes what the next level needs as one sentence, a cap's reason among its items", () => {
    const general = "I am a very patient person. I always stay calm with customers.";
    const input = inputOf(general, 2, { cap: 2, capReasons: ["Self-description without a specific story caps the level at 2."] });
    const last = describeLevel(input, explainAgainstRubric(input)).at(-1) ?? "";
    expect(last).toMatch(/^To reach 3: without what caps it now — self-description without a specific story caps the level at 2; /);
    expect(last).not.toMatch(/\.[;.]/);
    expect(last.endsWith(".")).toBe(true);
  });
});
