import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { RapportError } from "../../errors.js";
import { buildProfile } from "../buildProfile.js";
import type { CandidateProfile } from "../profileSchema.js";
import {
  CSV_COLUMNS,
  fromGreenhouseScorecard,
  fromLeverFeedback,
  GreenhouseScorecard,
  HrOpenPersonCompetency,
  LEVER_SKILL_LEVELS,
  LeverFeedback,
  safeFromGreenhouseScorecard,
  safeFromLeverFeedback,
  toCsvRows,
  toGreenhouseScorecard,
  toHrOpenCompetencies,
  toLeverFeedback,
  toWorkdayCompetencyRatings,
  WorkdayCompetencyRatings,
} from "./index.js";

const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/ats/data/${name}`, import.meta.url), "utf8"));
const strong =
  "Last spring a customer rang because her broadband dropped every evening and she worked from home. I ran a line test while she was on the phone and saw the errors started at 6pm. " +
  "I booked an engineer for the next morning, gave her a data voucher for that evening and rang her after the visit. The engineer replaced a faulty port and the drops stopped. " +
  "I added the pattern to our troubleshooting guide so others would spot it sooner.";

const profile: CandidateProfile = buildProfile({
  candidate: { id: "c-1" },
  role: "technical-support",
  answers: [{ answerId: "a-1", competency: "problem-solving", answer: strong }],
  ratings: [
    { interviewer: "Ana", competency: "empathy", level: 2 },
    { interviewer: "Ana", competency: "product-knowledge", level: 5 },
  ],
  assessedAt: "2026-11-23T10:00:00.000Z",
});

// The target shapes as JSON Schema, checked by a second validator (ajv), not only by zod.
const ajv = new Ajv2020({ strict: false });
const validates = (schema: z.ZodType, value: unknown): boolean => ajv.validate(z.toJSONSchema(schema, { target: "draft-2020-12" }), value);

describe("toGreenhouseScorecard", () => {
  const card = toGreenhouseScorecard(profile, { applicationId: 23558552, interview: "Phone screen" });

  it("validates against the scorecard shape of Greenhouse's Harvest API", () => {
    expect(GreenhouseScorecard.safeParse(card).success).toBe(true);
    expect(validates(GreenhouseScorecard, card)).toBe(true);
  });

  it("rates on Greenhouse's scale, buckets the ratings and gives no_decision without evidence", () => {
    const rating = (name: string): string | undefined => card.attributes.find((a) => a.name === name)?.rating;
    expect(rating("Empathy")).toBe("no");
    expect(rating("Product knowledge")).toBe("strong_yes");
    expect(card.ratings.strong_yes).toContain("Product knowledge");
    const unassessed = card.attributes.filter((a) => a.rating === "no_decision").map((a) => a.name);
    expect(unassessed.length).toBeGreaterThan(0);
    for (const bucket of Object.values(card.ratings)) for (const name of bucket) expect(unassessed).not.toContain(name);
  });

  it("carries the evidence in the notes, linked to the answer id", () => {
    const note = card.attributes.find((a) => a.name === "Problem-solving")?.note ?? "";
    expect(note).toMatch(/level \d/);
    expect(note).toContain("(answer a-1)");
  });

  it("takes a mapping of one's own", () => {
    const lenient = toGreenhouseScorecard(profile, { levels: { 1: "no", 2: "mixed", 3: "yes", 4: "yes", 5: "strong_yes" } });
    expect(lenient.attributes.find((a) => a.name === "Empathy")?.rating).toBe("mixed");
  });

  it("recommends no hire while a must-have is missing, and no_decision with nothing assessed", () => {
    expect(profile.mustHaveGaps.length).toBeGreaterThan(0);
    expect(["no", "definitely_not"]).toContain(card.overall_recommendation);
    expect(toGreenhouseScorecard(buildProfile({ candidate: { id: "c-0" }, answers: [] })).overall_recommendation).toBe("no_decision");
  });

  it("rejects what is not a profile", () => {
    expect(() => toGreenhouseScorecard({ candidate: {} } as unknown as CandidateProfile)).toThrow(RapportError);
  });
});

describe("fromGreenhouseScorecard", () => {
  it("reads the attributes that are competencies, by display name, with no_decision as not rated", () => {
    const ratings = fromGreenhouseScorecard(sample("greenhouse-scorecard.json"));
    expect(ratings.map((r) => [r.competency, r.level])).toEqual([
      ["empathy", 5],
      ["patience", 3],
      ["product-knowledge", 4],
      ["teamwork", null],
    ]);
    expect(ratings[0]).toMatchObject({ note: "Named the customer's worry before fixing anything." });
  });

  it("credits the interviewer, not the user who submitted the scorecard on their behalf", () => {
    // Greenhouse: "this user may not necessarily be the interviewer, since scorecards can be submitted on behalf of other users".
    const ratings = fromGreenhouseScorecard(sample("greenhouse-scorecard.json"));
    expect(new Set(ratings.map((r) => r.interviewer))).toEqual(new Set(["greenhouse:Ana Ruiz"]));
  });

  it("reads a list of scorecards with optional fields missing or null", () => {
    expect(fromGreenhouseScorecard(sample("greenhouse-scorecards-partial.json"))).toEqual([
      { interviewer: "greenhouse:Robert Robertson", competency: "communication", level: 4 },
      { interviewer: "greenhouse:Robert Robertson", competency: "adaptability", level: 2 },
      { interviewer: "greenhouse:3414170", competency: "patience", level: null },
    ]);
    expect(fromGreenhouseScorecard([{ attributes: [{ name: "EI", rating: "yes" }] }])).toEqual([
      { interviewer: "greenhouse:scorecard-1", competency: "emotional-intelligence", level: 4 },
    ]);
  });

  it("answers wrong types with typed issues naming each field", () => {
    const bad = safeFromGreenhouseScorecard(sample("greenhouse-scorecard-wrong-types.json"));
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues.map((i) => i.path.join("."))).toEqual(["attributes.1.rating", "attributes.2.note"]);
      expect(bad.issues.every((i) => i.code === "invalid-input")).toBe(true);
    }
    expect(() => fromGreenhouseScorecard({ attributes: "none" })).toThrow(RapportError);
    expect(() => fromGreenhouseScorecard(null)).toThrow(RapportError);
  });

  it("does not take the overall recommendation's scale for an attribute's", () => {
    // Harvest v3 calls the overall "no" strong_no; attribute ratings keep definitely_not.
    expect(safeFromGreenhouseScorecard({ attributes: [{ name: "Empathy", rating: "strong_no" }] }).success).toBe(false);
  });

  it("round-trips into a profile with scored answers", () => {
    const combined = buildProfile({ candidate: { id: "c-1" }, answers: [{ competency: "empathy", answer: strong }], ratings: fromGreenhouseScorecard(sample("greenhouse-scorecard.json")) });
    expect(combined.competencies.find((c) => c.competency === "empathy")?.source).toBe("both");
  });
});

describe("toLeverFeedback", () => {
  const feedback = toLeverFeedback(profile, sample("lever-template.json") as never);

  it("validates against the body of Lever's create-feedback request", () => {
    expect(LeverFeedback.safeParse(feedback).success).toBe(true);
    expect(validates(LeverFeedback, feedback)).toBe(true);
    expect(feedback.baseTemplateId).toBe("a12851f5-25cd-495b-9dae-b29b02d0b49d");
  });

  it("fills the four-point score and per-skill scores in the template's order", () => {
    const overall = feedback.fieldValues.find((f) => f.id === "6ee25ace-dae2-4aa1-a1d2-9687464a691f")?.value;
    expect(["2 - No Hire", "1 - Strong No Hire"]).toContain(overall);
    const skills = feedback.fieldValues.find((f) => f.id === "9b3e1c2a-77a0-4bd5-9a4f-0c7d8e1f2a3b")?.value as { score: number | null }[];
    expect(skills.map((s) => s.score)).toEqual([expect.any(Number), 1, 4]);
  });

  it("gives a `score` field named after an assessed competency its integer score, and leaves the others out", () => {
    expect(feedback.fieldValues.find((f) => f.id === "c7163a77-c6f1-46d6-90bf-0efef7aab230")?.value).toBe(4);
    expect(feedback.fieldValues.some((f) => f.id === "5c6a68db-309b-41e1-b12d-be0d9a30b8d2")).toBe(false);
  });

  it("links the feedback to a Lever interview and its panel when given", () => {
    const linked = toLeverFeedback(profile, sample("lever-template.json") as never, { interview: { panel: "2cdfff3a", id: "85110ec8" } });
    expect(linked).toMatchObject({ panel: "2cdfff3a", interview: "85110ec8" });
    expect(LeverFeedback.safeParse(linked).success).toBe(true);
    expect(LeverFeedback.safeParse({ ...linked, panel: undefined }).success).toBe(false);
  });

  it("rejects a template without fields", () => {
    expect(() => toLeverFeedback(profile, { id: "t", fields: [] })).toThrow(RapportError);
  });
});

describe("fromLeverFeedback", () => {
  it("reads scorecard skills and `score` fields that are competencies from Lever's list response, skipping deleted forms", () => {
    const ratings = fromLeverFeedback(sample("lever-feedback.json"));
    expect(ratings.map((r) => [r.competency, r.level])).toEqual([
      ["active-listening", 5],
      ["problem-solving", 3],
      ["empathy", 4],
    ]);
    expect(ratings[0]).toEqual({ interviewer: "lever:a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e", competency: "active-listening", level: 5, note: "Played the issue back word for word." });
  });

  it("reads forms with optional fields missing, an expanded user and unscored skills", () => {
    expect(fromLeverFeedback(sample("lever-feedback-partial.json"))).toEqual([
      { interviewer: "lever:412f5bf5-1509-4916-ba5b-8b16a5c3ce6d", competency: "patience", level: null },
      { interviewer: "lever:412f5bf5-1509-4916-ba5b-8b16a5c3ce6d", competency: "teamwork", level: 4 },
      { interviewer: "lever:412f5bf5-1509-4916-ba5b-8b16a5c3ce6d", competency: "empathy", level: null },
    ]);
  });

  it("takes a mapping of one's own", () => {
    const strict = { ...LEVER_SKILL_LEVELS, 4: 4 } as const;
    expect(fromLeverFeedback(sample("lever-feedback.json"), { levels: strict })[0]?.level).toBe(4);
  });

  it("answers wrong types with a typed issue at the value's path", () => {
    const bad = safeFromLeverFeedback(sample("lever-feedback-wrong-types.json"));
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues).toMatchObject([{ code: "invalid-input", path: ["data", 0, "fields", 1, "value", 0, "score"] }]);
    const score = safeFromLeverFeedback([{ fields: [{ type: "score", text: "Empathy", value: "great" }] }]);
    expect(score.success).toBe(false);
    if (!score.success) expect(score.issues[0].path).toEqual([0, "fields", 0, "value"]);
    expect(() => fromLeverFeedback({ fields: "none" })).toThrow(RapportError);
    expect(() => fromLeverFeedback({ user: 7, fields: [] })).toThrow(RapportError);
  });
});

describe("toWorkdayCompetencyRatings and toHrOpenCompetencies", () => {
  it("write Workday competency ratings 1-5 with comments, with the tenant's ids", () => {
    const out = toWorkdayCompetencyRatings(profile, { competencyIds: { empathy: "wid-empathy" } });
    expect(WorkdayCompetencyRatings.safeParse(out).success).toBe(true);
    expect(validates(WorkdayCompetencyRatings, out)).toBe(true);
    expect(out.competencyRatings.find((r) => r.competency.descriptor === "Empathy")).toMatchObject({ competency: { id: "wid-empathy" }, rating: 2 });
  });

  it("write Workday's overall rating on the tenant's own labels", () => {
    const labels = { 1: "1 - Decline", 2: "2 - Decline", 3: "3 - Hold", 4: "4 - Advance", 5: "5 - Advance" } as const;
    expect(["Do Not Hire", "Strong Do Not Hire"]).toContain(toWorkdayCompetencyRatings(profile).overallRating);
    expect(["1 - Decline", "2 - Decline"]).toContain(toWorkdayCompetencyRatings(profile, { overallRatings: labels }).overallRating);
    expect(toWorkdayCompetencyRatings(buildProfile({ candidate: { id: "c-0" }, answers: [] }), { noDecision: "Pending" }).overallRating).toBe("Pending");
  });

  it("write HR Open PersonCompetency objects: a BaseScoreType proficiency level and one CompetencyEvidence", () => {
    const out = toHrOpenCompetencies(profile);
    expect(z.array(HrOpenPersonCompetency).safeParse(out).success).toBe(true);
    expect(validates(z.array(HrOpenPersonCompetency), out)).toBe(true);
    const ps = out.find((c) => c.competencyIds[0]?.value === "problem-solving");
    const level = profile.competencies.find((c) => c.competency === "problem-solving")?.level;
    expect(ps?.proficiencyLevel.scoresNumeric).toEqual([{ value: level, interval: 1, minimum: 1, maximum: 5 }]);
    expect(ps?.competencyIds[0]).toMatchObject({ schemeId: "rapport", schemeVersionId: profile.versions.rubric });
    expect(ps?.competencyEvidence.ids).toEqual([{ value: "a-1", schemeId: "answer" }]);
    expect(ps?.competencyEvidence.verificationDate).toBe(profile.assessedAt);
    expect(ps?.description).toMatch(/\w/);
    // Only interviewers rated empathy: no answer ids, and the interviewers' share in the descriptions.
    const empathy = out.find((c) => c.competencyIds[0]?.value === "empathy");
    expect(empathy?.competencyEvidence.ids).toBeUndefined();
    expect(empathy?.competencyEvidence.descriptions?.at(-1)).toBe("1 interviewer(s) rated it 2.");
  });
});

describe("toCsvRows", () => {
  it("gives one row per candidate and competency, and a row for a candidate with nothing assessed", () => {
    const empty = buildProfile({ candidate: { id: "c-0" }, answers: [] });
    const rows = toCsvRows([profile, empty]);
    expect(rows).toHaveLength(profile.competencies.length + 1);
    expect(rows.at(-1)).toMatchObject({ candidate_id: "c-0", competency: "" });
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it("names the profile at fault", () => {
    try {
      toCsvRows([profile, { nope: true } as unknown as CandidateProfile]);
      expect.unreachable();
    } catch (e) {
      expect((e as RapportError).issues[0].path.slice(0, 2)).toEqual(["profiles", 1]);
    }
  });
});
