import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RapportError } from "../../errors.js";
import { buildProfile } from "../buildProfile.js";
import type { CandidateProfile } from "../profileSchema.js";
import {
  CSV_COLUMNS,
  fromGreenhouseScorecard,
  fromLeverFeedback,
  GreenhouseScorecard,
  HrOpenPersonCompetency,
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
    expect(ratings[0]).toMatchObject({ interviewer: "greenhouse:Ana Ruiz", note: "Named the customer's worry before fixing anything." });
  });

  it("tolerates missing optional fields", () => {
    expect(fromGreenhouseScorecard([{ attributes: [{ name: "EI", rating: "yes" }] }])).toEqual([
      { interviewer: "greenhouse:scorecard-1", competency: "emotional-intelligence", level: 4 },
    ]);
  });

  it("rejects wrong types with the path", () => {
    const bad = safeFromGreenhouseScorecard({ attributes: [{ name: "Empathy", rating: 4 }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.some((i) => i.path.join(".").includes("attributes.0.rating"))).toBe(true);
    expect(() => fromGreenhouseScorecard({ attributes: "none" })).toThrow(RapportError);
    expect(() => fromGreenhouseScorecard(null)).toThrow(RapportError);
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

  it("rejects a template without fields", () => {
    expect(() => toLeverFeedback(profile, { id: "t", fields: [] })).toThrow(RapportError);
  });
});

describe("fromLeverFeedback", () => {
  it("reads scorecard skills that are competencies from Lever's list response", () => {
    const ratings = fromLeverFeedback(sample("lever-feedback.json"));
    expect(ratings.map((r) => [r.competency, r.level])).toEqual([
      ["active-listening", 5],
      ["problem-solving", 3],
    ]);
    expect(ratings[0]?.interviewer).toBe("lever:a0afa6f7-7bb5-4ff6-93c3-e215fbcf3b2e");
  });

  it("tolerates missing values and names the path of a wrong one", () => {
    expect(fromLeverFeedback([{ fields: [{ type: "scorecard", scores: [{ text: "Patience" }] }] }])).toEqual([]);
    const bad = safeFromLeverFeedback([{ fields: [{ type: "scorecard", scores: [{ text: "Patience" }], value: [{ score: "four" }] }] }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0].path.slice(0, 4)).toEqual([0, "fields", 0, "value"]);
  });
});

describe("toWorkdayCompetencyRatings and toHrOpenCompetencies", () => {
  it("write Workday competency ratings 1-5 with comments, with the tenant's ids", () => {
    const out = toWorkdayCompetencyRatings(profile, { competencyIds: { empathy: "wid-empathy" } });
    expect(WorkdayCompetencyRatings.safeParse(out).success).toBe(true);
    expect(validates(WorkdayCompetencyRatings, out)).toBe(true);
    expect(out.competencyRatings.find((r) => r.competency.descriptor === "Empathy")).toMatchObject({ competency: { id: "wid-empathy" }, rating: 2 });
  });

  it("write HR Open PersonCompetency objects with level and evidence", () => {
    const out = toHrOpenCompetencies(profile);
    expect(z.array(HrOpenPersonCompetency).safeParse(out).success).toBe(true);
    expect(validates(z.array(HrOpenPersonCompetency), out)).toBe(true);
    const ps = out.find((c) => c.competencyIds[0]?.value === "problem-solving");
    expect(ps?.competencyEvidence.some((e) => e.id?.value === "a-1")).toBe(true);
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
