import { describe, expect, it } from "vitest";
import type { Issue } from "../errors.js";
import { RapportError } from "../errors.js";
import { builtInFramework } from "./builtIn.js";
import { defineFramework, safeDefineFramework } from "./defineFramework.js";
import { getCompetency } from "./lookup.js";
import type { Competency, FrameworkInput } from "./schema.js";

const base = (): Competency => structuredClone(getCompetency("patience"));

function mini(overrides: (f: { competencies: Competency[]; roles: FrameworkInput["roles"] }) => void = () => {}): FrameworkInput {
  const own: Competency = {
    ...base(),
    id: "ownership",
    name: "Ownership",
    aliases: ["accountability"],
    related: [],
    indicators: base().indicators.map((i) => ({ ...i, id: `ownership-${i.id}`, facet: undefined as never })).map(({ facet: _facet, ...rest }) => rest),
  };
  const second: Competency = { ...base(), related: ["ownership"] };
  const framework = {
    competencies: [own, second],
    roles: [
      {
        id: "agent",
        name: "Agent",
        description: "Answers calls.",
        weights: { ownership: 0.6, patience: 0.4 },
        mustHave: [{ competency: "ownership", minLevel: 3 as const }],
        settings: ["contact-centre" as const],
      },
    ] as FrameworkInput["roles"],
  };
  overrides(framework);
  return { id: "acme", name: "Acme service model", version: "1.0.0", ...framework };
}

function issuesOf(input: FrameworkInput): readonly Issue[] {
  const result = safeDefineFramework(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

describe("defineFramework", () => {
  it("accepts the built-in framework and a well-formed one of a user's own", () => {
    expect(safeDefineFramework(builtInFramework).success).toBe(true);
    const mine = defineFramework(mini());
    expect(getCompetency("Accountability", { framework: mine }).id).toBe("ownership");
    expect(mine.roles[0]?.scenarios).toEqual([]);
  });

  it("names a duplicate competency id", () => {
    const issues = issuesOf(mini((f) => f.competencies.push(base())));
    expect(issues).toContainEqual(expect.objectContaining({ code: "duplicate-id", path: ["competencies", 2, "id"] }));
  });

  it("names a rubric with a level missing", () => {
    const issues = issuesOf(mini((f) => (f.competencies[0] as Competency).rubric.splice(2, 1)));
    expect(issues).toContainEqual(expect.objectContaining({ code: "missing-level", path: ["competencies", 0, "rubric"] }));
    expect(issues.find((i) => i.code === "missing-level")?.message).toMatch(/no level 3/);
  });

  it("names empty anchors", () => {
    const issues = issuesOf(
      mini((f) => {
        const level = (f.competencies[1] as Competency).rubric[3];
        if (level) level.anchors = [];
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: "empty-anchors", path: ["competencies", 1, "rubric", 3, "anchors"] }));
  });

  it("names role weights that do not sum to 1", () => {
    const issues = issuesOf(mini((f) => ((f.roles[0] as { weights: Record<string, number> }).weights = { ownership: 0.5, patience: 0.4 })));
    expect(issues).toContainEqual(expect.objectContaining({ code: "weights-not-one", path: ["roles", 0, "weights"] }));
    expect(issues.find((i) => i.code === "weights-not-one")?.message).toMatch(/sum to 0.9/);
  });

  it("names a role that weighs or requires an unknown competency", () => {
    const issues = issuesOf(
      mini((f) => {
        const role = f.roles[0] as { weights: Record<string, number>; mustHave: { competency: string; minLevel: 3 }[] };
        role.weights = { ownership: 0.6, pateince: 0.4 };
        role.mustHave = [{ competency: "honesty", minLevel: 3 }];
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ code: "unknown-reference", path: ["roles", 0, "weights", "pateince"] }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unknown-reference", path: ["roles", 0, "mustHave", 0, "competency"] }));
  });

  it("names an alias shared by two competencies", () => {
    const issues = issuesOf(mini((f) => (f.competencies[1] as Competency).aliases.push("Accountability")));
    const shared = issues.find((i) => i.code === "duplicate-alias");
    expect(shared?.path).toEqual(["competencies", 1, "aliases", (base().aliases.length)]);
    expect(shared?.message).toMatch(/already names competency 'ownership'/);
  });

  it("reports schema problems with the path of the field", () => {
    const issues = issuesOf({ ...mini(), version: "" });
    expect(issues[0]).toMatchObject({ code: "invalid-input", path: ["version"] });
  });

  it("throws one RapportError carrying every issue", () => {
    const input = mini((f) => {
      (f.competencies[0] as Competency).rubric.pop();
      (f.roles[0] as { weights: Record<string, number> }).weights = { ownership: 0.5, patience: 0.1 };
    });
    try {
      defineFramework(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RapportError);
      const codes = (error as RapportError).issues.map((i) => i.code);
      expect(codes).toEqual(expect.arrayContaining(["missing-level", "weights-not-one"]));
    }
  });
});
