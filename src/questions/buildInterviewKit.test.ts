import { describe, expect, it } from "vitest";
import { getRole, listRoles } from "../competencies/index.js";
import { buildInterviewKit, MIN_KIT_MINUTES, safeBuildInterviewKit } from "./buildInterviewKit.js";
import { InterviewKit } from "./kitSchema.js";
import { renderKitJson, renderKitMarkdown } from "./renderKit.js";

describe("buildInterviewKit", () => {
  it.each(listRoles().flatMap((r) => [30, 45, 60, 90].map((m) => [r.id, m] as const)))("%s in %i minutes: within budget, must-haves covered", (roleId, minutes) => {
    const kit = buildInterviewKit({ role: roleId, durationMinutes: minutes, seed: 1 });
    expect(InterviewKit.safeParse(kit).success).toBe(true);
    expect(kit.plannedMinutes).toBeLessThanOrEqual(minutes);
    const last = kit.agenda.at(-1);
    expect((last?.startMinute ?? 0) + (last?.durationMinutes ?? 0)).toBe(kit.plannedMinutes);
    const asked = new Set(kit.questions.map((q) => q.competency));
    for (const must of getRole(roleId).mustHave) expect(asked, `${must.competency} missing`).toContain(must.competency);
  });

  it("follows the role's weights: heavier competencies get at least as many questions", () => {
    const kit = buildInterviewKit({ role: "technical-support", durationMinutes: 120, seed: 4 });
    const sorted = [...kit.coverage].sort((a, b) => b.weight - a.weight);
    for (let i = 1; i < sorted.length; i++) {
      if ((sorted[i - 1]?.weight ?? 0) > (sorted[i]?.weight ?? 0) + 1e-9) expect(sorted[i - 1]?.questions).toBeGreaterThanOrEqual(sorted[i]?.questions ?? 0);
    }
  });

  it("lays out the agenda in order: opening, questions, the candidate's questions, close", () => {
    const kit = buildInterviewKit({ role: "team-lead", durationMinutes: 45, seed: 2, startAt: new Date("2026-12-01T09:00:00Z") });
    expect(kit.agenda[0]?.kind).toBe("opening");
    expect(kit.agenda.at(-2)?.kind).toBe("candidate-questions");
    expect(kit.agenda.at(-1)?.kind).toBe("close");
    expect(kit.agenda[1]?.startsAt).toBe("2026-12-01T09:05:00.000Z");
    for (let i = 1; i < kit.agenda.length; i++) {
      expect(kit.agenda[i]?.startMinute).toBe((kit.agenda[i - 1]?.startMinute ?? 0) + (kit.agenda[i - 1]?.durationMinutes ?? 0));
    }
  });

  it("explains what it left out when time is short", () => {
    const kit = buildInterviewKit({ role: "contact-centre-agent", durationMinutes: 25, seed: 1 });
    expect(kit.omitted.length).toBeGreaterThan(0);
    expect(kit.omitted[0]?.reason).toMatch(/Not enough time/);
    expect(renderKitMarkdown(kit)).toMatch(/Left out/);
  });

  it("refuses a budget too short for one question, naming the minimum", () => {
    const result = safeBuildInterviewKit({ role: "retail-associate", durationMinutes: MIN_KIT_MINUTES - 1, seed: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ code: "budget-too-short", path: ["durationMinutes"] });
    expect(result.issues[0]?.message).toMatch(new RegExp(`at least ${MIN_KIT_MINUTES} minutes`));
    expect(buildInterviewKit({ role: "retail-associate", durationMinutes: MIN_KIT_MINUTES, seed: 1 }).questions).toHaveLength(1);
  });

  it("builds from competencies and weights, and is deterministic by seed", () => {
    const options = { competencies: ["empathy", "patience"], weights: { empathy: 0.7, patience: 0.3 }, durationMinutes: 40, seed: 8 };
    const kit = buildInterviewKit(options);
    expect(kit).toEqual(buildInterviewKit(options));
    expect(kit.coverage[0]?.competency).toBe("empathy");
    expect(safeBuildInterviewKit({ ...options, weights: { empathy: 0.5, patience: 0.3 } }).success).toBe(false);
  });

  it("lints custom questions and rejects risky ones with the reasons", () => {
    const good = buildInterviewKit({
      role: "retail-associate",
      durationMinutes: 45,
      seed: 1,
      customQuestions: [{ text: "Tell me about a time you helped a customer find a product that was out of stock.", competency: "product knowledge", type: "behavioural" }],
    });
    expect(good.questions[0]?.templateId).toBe("custom");
    const bad = safeBuildInterviewKit({
      role: "retail-associate",
      durationMinutes: 45,
      seed: 1,
      customQuestions: [{ text: "Do you have children?", competency: "patience", type: "behavioural" }],
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues[0]).toMatchObject({ code: "question-rejected", path: ["customQuestions", 0, "text"] });
    expect(bad.issues[0]?.message).toMatch(/marital or family status/);
  });

  it("renders a printable guide with anchors beside each question, and valid JSON", () => {
    const kit = buildInterviewKit({ role: "hospitality-front-desk", durationMinutes: 30, seed: 3 });
    const md = renderKitMarkdown(kit);
    expect(md).toContain(kit.questions[0]?.text ?? "∅");
    expect(md).toContain(kit.questions[0]?.anchors[2]?.text ?? "∅");
    expect(md).toMatch(/\| Situation \|/);
    expect(InterviewKit.parse(JSON.parse(renderKitJson(kit)))).toEqual(kit);
  });
});

describe("kit order", () => {
  it("asks the must-have competencies first", () => {
    for (const role of listRoles()) {
      const kit = buildInterviewKit({ role: role.id, durationMinutes: 60, seed: 5 });
      const must = new Set(role.mustHave.map((m) => m.competency));
      const firsts = kit.questions.slice(0, must.size).map((q) => q.competency);
      expect(new Set(firsts), role.id).toEqual(must);
    }
  });
});
