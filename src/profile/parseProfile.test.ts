import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { buildProfile } from "./buildProfile.js";
import { migrateProfile, parseProfile, safeParseProfile } from "./parseProfile.js";

const strong =
  "Last spring a customer rang because her broadband dropped every evening and she worked from home. I ran a line test while she was on the phone and saw the errors started at 6pm. " +
  "I booked an engineer for the next morning, gave her a data voucher for that evening and rang her after the visit. The engineer replaced a faulty port and the drops stopped. " +
  "I added the pattern to our troubleshooting guide so others would spot it sooner.";

const profile = buildProfile({
  candidate: { id: "c-1", name: "Sam Example" },
  role: "technical-support",
  answers: [{ answerId: "a-17", questionId: "q-3", competency: "problem-solving", answer: strong }],
  ratings: [{ interviewer: "Ana", competency: "teamwork", level: 4, note: "Clear handover story." }],
  assessedAt: "2026-11-23T10:00:00.000Z",
});

describe("parseProfile", () => {
  it("reads a stored profile back losslessly (profile -> JSON -> parseProfile)", () => {
    expect(profile.schemaVersion).toBe(1);
    expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it("keeps the caller's answer and question ids on the evidence", () => {
    const evidence = profile.competencies.find((c) => c.competency === "problem-solving")?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e).toMatchObject({ answerIndex: 0, answerId: "a-17", questionId: "q-3" });
  });

  it("names the path of a wrong field", () => {
    const broken = JSON.parse(JSON.stringify(profile)) as { competencies: { level: unknown }[] };
    broken.competencies[0]!.level = "high";
    const result = safeParseProfile(broken);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0].path).toEqual(["competencies", 0, "level"]);
    expect(() => parseProfile(broken)).toThrow(RapportError);
  });

  it("rejects what is not an object, and versions newer than the library", () => {
    expect(safeParseProfile("profile").success).toBe(false);
    const newer = safeParseProfile({ ...profile, schemaVersion: 2 });
    expect(newer.success).toBe(false);
    if (!newer.success) expect(newer.issues[0]).toMatchObject({ path: ["schemaVersion"], message: expect.stringContaining("upgrade rapport") });
  });
});

describe("migrateProfile", () => {
  it("upgrades a profile stored before shape versions, dropping a role fit made without evidence", () => {
    const { schemaVersion: _dropped, ...old } = buildProfile({ candidate: { id: "c-0" }, role: "technical-support", answers: [], assessedAt: "2026-01-01T00:00:00.000Z" });
    const stored = { ...old, roleFit: { score: 50, interval: [0, 100], coverage: 0 } };
    const upgraded = migrateProfile(JSON.parse(JSON.stringify(stored)));
    expect(upgraded.schemaVersion).toBe(1);
    expect(upgraded.roleFit).toBeNull();
    expect(upgraded.candidate.id).toBe("c-0");
  });

  it("leaves a current profile as it is", () => {
    expect(migrateProfile(profile)).toEqual(profile);
  });
});

describe("role fit", () => {
  it("is null, not 50/100, when nothing the role weighs was assessed", () => {
    const none = buildProfile({ candidate: { id: "c-2" }, role: "technical-support", answers: [] });
    expect(none.roleFit).toBeNull();
  });
});
