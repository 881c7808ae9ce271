import { describe, expect, it } from "vitest";
import { buildInterviewKit, generateQuestions, getRole, scoreAnswer, type ScoreAnswerInput } from "../../src/index.js";
import { rapport } from "./run.js";

describe("both spellings, wherever a user types one", () => {
  it("reads questionType 'behavioral' as 'behavioural'", () => {
    const input = { competency: "empathy", answer: "I listened to the customer, said sorry and fixed the order that day.", questionType: "behavioral" } as unknown as ScoreAnswerInput;
    expect(scoreAnswer(input).questionType).toBe("behavioural");
    const [question] = generateQuestions({ competencies: ["empathy"], count: 1, seed: 7, types: ["behavioral" as "behavioural"] });
    expect(question?.type).toBe("behavioural");
  });

  it("finds roles by US spelling and by display name", () => {
    expect(getRole("contact-center-agent").id).toBe("contact-centre-agent");
    expect(getRole(getRole("technical-support").name).id).toBe("technical-support");
    expect(getRole("Contact Center Agent").id).toBe("contact-centre-agent");
  });

  it("takes --type behavioral, and --seed 42 as the library's seed: 42", async () => {
    const cli = await rapport("questions", "--competency", "empathy", "--count", "2", "--seed", "42", "--type", "behavioral", "--format", "json");
    expect(cli.code).toBe(0);
    const lib = generateQuestions({ competencies: ["empathy"], count: 2, seed: 42, types: ["behavioural"] });
    expect((JSON.parse(cli.stdout) as { id: string }[]).map((q) => q.id)).toEqual(lib.map((q) => q.id));
    const kit = await rapport("kit", "--role", "contact-center-agent", "--minutes", "45", "--seed", "42", "--format", "json");
    expect(kit.code).toBe(0);
    expect((JSON.parse(kit.stdout) as { id: string }).id).toBe(buildInterviewKit({ role: "contact-centre-agent", durationMinutes: 45, seed: 42 }).id);
  });
});
