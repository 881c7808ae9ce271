import { describe, expect, it } from "vitest";
import { CandidateProfile } from "./profileSchema.js";
import { buildProfile, safeBuildProfile } from "./buildProfile.js";
import { compareProfiles } from "./compareProfiles.js";
import { scoreAnswer } from "../scoring/scoreAnswer.js";

const strong =
  "Last spring a customer rang because her broadband dropped every evening and she worked from home. I ran a line test while she was on the phone and saw the errors started at 6pm. " +
  "I booked an engineer for the next morning, gave her a data voucher for that evening and rang her after the visit. The engineer replaced a faulty port and the drops stopped. " +
  "I added the pattern to our troubleshooting guide so others would spot it sooner.";
const weak = "I am a very patient person and I always try my best with every customer, whatever happens.";
const at = "2026-11-23T10:00:00.000Z";

describe("buildProfile", () => {
  it("builds a valid profile from raw answers, with levels, sources, evidence and versions", () => {
    const profile = buildProfile({
      candidate: { id: "c-1", name: "Sam Example" },
      role: "technical-support",
      answers: [
        { competency: "problem-solving", answer: strong },
        { competency: "patience", answer: weak },
      ],
      assessedAt: at,
    });
    expect(CandidateProfile.safeParse(profile).success).toBe(true);
    const ps = profile.competencies.find((c) => c.competency === "problem-solving");
    expect(ps).toMatchObject({ source: "automated", answers: 1, raters: 0 });
    expect(ps?.level).toBeGreaterThanOrEqual(4);
    expect(profile.strengths).toContain("problem-solving");
    expect(profile.developmentAreas).toContain("patience");
    expect(profile.mustHaveGaps.map((g) => g.competency)).toEqual(expect.arrayContaining(["patience", "product-knowledge"]));
    expect(profile.mustHaveGaps.find((g) => g.competency === "product-knowledge")?.level).toBeNull();
    expect(profile.validUntil).toBe("2027-11-23T10:00:00.000Z");
    expect(profile.versions.scorer).toMatch(/^rapport-evidence@/);
  });

  it("combines interviewer ratings with automated scores and marks the source", () => {
    const profile = buildProfile({
      candidate: { id: "c-2" },
      answers: [scoreAnswer({ competency: "problem-solving", answer: strong })],
      ratings: [
        { interviewer: "Ana", competency: "problem-solving", level: 3 },
        { interviewer: "Ana", competency: "teamwork", level: 4 },
      ],
      assessedAt: at,
    });
    const ps = profile.competencies.find((c) => c.competency === "problem-solving");
    expect(ps?.source).toBe("both");
    expect(ps?.interviewerScore).toBe(3);
    expect(profile.competencies.find((c) => c.competency === "teamwork")?.source).toBe("interviewer");
    expect(profile.roleFit).toBeNull();
  });

  it("widens the role-fit interval as evidence thins", () => {
    const answers = [{ competency: "problem-solving", answer: strong }];
    const thin = buildProfile({ candidate: { id: "a" }, role: "technical-support", answers, assessedAt: at });
    const fuller = buildProfile({
      candidate: { id: "b" },
      role: "technical-support",
      answers,
      ratings: ["product-knowledge", "competence", "communication", "patience", "active-listening"].flatMap((competency) => [
        { interviewer: "Ana", competency, level: 4 as const },
        { interviewer: "Ben", competency, level: 4 as const },
      ]),
      assessedAt: at,
    });
    const width = (p: typeof thin): number => (p.roleFit?.interval[1] ?? 0) - (p.roleFit?.interval[0] ?? 0);
    expect(width(fuller)).toBeLessThan(width(thin));
    expect(fuller.roleFit?.coverage).toBeGreaterThan(thin.roleFit?.coverage ?? 1);
  });

  it("is reproducible for a given assessedAt, and names bad fields", () => {
    const options = { candidate: { id: "c" }, answers: [{ competency: "empathy", answer: strong }], assessedAt: at };
    expect(buildProfile(options)).toEqual(buildProfile(options));
    const bad = safeBuildProfile({ candidate: { id: "c" }, answers: [{ competency: "charm", answer: strong }] });
    expect(bad.success ? null : bad.issues[0]?.path).toEqual(["answers", 0, "competency"]);
    const role = safeBuildProfile({ candidate: { id: "c" }, role: "pilot", answers: [] });
    expect(role.success ? null : role.issues[0]).toMatchObject({ code: "unknown-role", path: ["role"] });
  });
});

describe("compareProfiles", () => {
  it("says which differences exceed the uncertainty", () => {
    const ratings = (level: 1 | 5) => ["Ana", "Ben", "Cy"].map((interviewer) => ({ interviewer, competency: "empathy", level }));
    const low = buildProfile({ candidate: { id: "low" }, answers: [], ratings: [...ratings(1), { interviewer: "Ana", competency: "patience", level: 3 }], assessedAt: at });
    const high = buildProfile({ candidate: { id: "high" }, answers: [], ratings: [...ratings(5), { interviewer: "Ana", competency: "patience", level: 4 }], assessedAt: at });
    const comparison = compareProfiles(low, high);
    expect(comparison.competencies.find((c) => c.competency === "empathy")).toMatchObject({ difference: 4, meaningful: true });
    expect(comparison.competencies.find((c) => c.competency === "patience")).toMatchObject({ difference: 1, meaningful: false });
  });
});
