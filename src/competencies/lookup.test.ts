import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { getCompetency, getRole, listCompetencies, listRoles, safeGetCompetency } from "./lookup.js";

describe("getCompetency", () => {
  // Every quality the five source articles name must resolve.
  const qualities: [string, string][] = [
    ["patience", "patience"],
    ["humility", "humility"],
    ["emotional intelligence", "emotional-intelligence"],
    ["EI", "emotional-intelligence"],
    ["attentiveness", "active-listening"],
    ["professionalism", "professionalism"],
    ["communication", "communication"],
    ["time management", "time-management"],
    ["appreciation", "appreciation"],
    ["gratitude", "appreciation"],
    ["empathy", "empathy"],
    ["responsiveness", "responsiveness"],
    ["consistency", "consistency"],
    ["reliability", "consistency"],
    ["knowledgeability", "product-knowledge"],
    ["knowledge", "product-knowledge"],
    ["personalization", "personalization"],
    ["personalisation", "personalization"],
    ["proactiveness", "proactiveness"],
    ["proactivity", "proactiveness"],
    ["initiative", "proactiveness"],
    ["active listening", "active-listening"],
    ["listening", "active-listening"],
    ["problem-solving", "problem-solving"],
    ["product knowledge", "product-knowledge"],
    ["adaptability", "adaptability"],
    ["flexibility", "adaptability"],
    ["positive attitude", "positive-attitude"],
    ["positivity", "positive-attitude"],
    ["teamwork", "teamwork"],
    ["collaboration", "teamwork"],
    ["competence", "competence"],
    ["ability to resolve", "competence"],
    ["first-contact resolution", "competence"],
    ["people-first attitude", "people-first"],
    ["customer orientation", "people-first"],
  ];
  it.each(qualities)("resolves %j to %s", (name, id) => {
    expect(getCompetency(name).id).toBe(id);
  });

  it("ignores case, spacing, hyphens and underscores", () => {
    expect(getCompetency("  Active_LISTENING ").id).toBe("active-listening");
    expect(getCompetency("time-management").id).toBe(getCompetency("Time Management").id);
  });

  it("answers an unknown name with a typed error listing the closest ids", () => {
    const result = safeGetCompetency("empaty");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0].code).toBe("unknown-competency");
    expect(result.issues[0].suggestions).toContain("empathy");
    expect(() => getCompetency("empaty")).toThrow(RapportError);
    expect(() => getCompetency("empaty")).toThrow(/Did you mean 'empathy'/);
  });
});

describe("listCompetencies", () => {
  it("lists all twenty in catalog order", () => {
    const ids = listCompetencies().map((c) => c.id);
    expect(ids).toHaveLength(20);
    expect(ids[0]).toBe("patience");
    expect(new Set(ids).size).toBe(20);
  });

  it("filters by cluster, by role (heaviest first) and by text", () => {
    expect(listCompetencies({ cluster: "collaboration" }).map((c) => c.id)).toEqual(["teamwork"]);
    const support = listCompetencies({ role: "technical-support" });
    expect(support[0]?.id).toMatch(/problem-solving|product-knowledge/);
    expect(support.map((c) => c.id)).not.toContain("appreciation");
    expect(listCompetencies({ search: "paraphras" }).map((c) => c.id)).toContain("active-listening");
  });
});

describe("roles", () => {
  it("has at least the six built-in roles, each with weights summing to 1", () => {
    const ids = listRoles().map((r) => r.id);
    for (const id of ["contact-centre-agent", "retail-associate", "technical-support", "hospitality-front-desk", "customer-success-manager", "team-lead"]) {
      expect(ids).toContain(id);
    }
    for (const role of listRoles()) {
      const total = Object.values(role.weights).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 9);
      expect(role.mustHave.length).toBeGreaterThan(0);
      for (const must of role.mustHave) expect(role.weights[must.competency]).toBeGreaterThan(0);
    }
  });

  it("answers an unknown role with a typed error naming the known ones", () => {
    expect(() => getRole("barista")).toThrow(/Unknown role 'barista'. Known roles: contact-centre-agent/);
  });
});
