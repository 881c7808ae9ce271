import { match } from "ts-pattern";
import * as z from "zod";
import { builtInFramework, type Framework, type Level } from "../../competencies/index.js";
import type { SafeResult } from "../../errors.js";
import { CandidateProfile } from "../profileSchema.js";
import type { InterviewerRating } from "../scoreRatings.js";
import { competencyIdOf, evidenceNote, levelOf, orThrow, overallScore, parseWith, unassessedRoleCompetencies } from "./common.js";

// Target shape: "The scorecard object" of Greenhouse's Harvest API v1 (GET /v1/scorecards, /v1/scorecards/{id},
// /v1/applications/{id}/scorecards), https://developers.greenhouse.io/harvest.html#scorecards, whose source is
// grnhse/greenhouse-api-docs source/includes/harvest/_scorecards.md @ 0c37c31af6bbdd82fd6944d483b0440b6efb1803.
// An attribute is { name, type, note: string | null, rating }, its rating one of definitely_not, no, mixed, yes,
// strong_yes or no_decision; `ratings` buckets attribute names by the first five; overall_recommendation is one of
// definitely_not, no, yes, strong_yes, no_decision (no "mixed"); a question is { id: number | null, question, answer }.
// `submitted_by` may not be the interviewer ("scorecards can be submitted on behalf of other users"): the interviewer
// is the rater. Harvest v1 has no endpoint that creates a scorecard, so the export is a document in this shape; the
// fields Greenhouse assigns (id, created_at, updated_at, interview_step, submitted_by, interviewer) are left out.
// Harvest v3 (https://harvestdocs.greenhouse.io) splits a scorecard into /v3/scorecards (`candidate_rating`) and
// /v3/scorecard_candidate_attributes (`candidate_attribute_rating` by `job_candidate_attribute_id`); its reference
// pages could not be read here, so rapport does not read v3 payloads yet.

/** A Greenhouse scorecard attribute rating. */
export const GreenhouseRating = z.enum(["definitely_not", "no", "mixed", "yes", "strong_yes", "no_decision"]);
/** A Greenhouse scorecard attribute rating. */
export type GreenhouseRating = z.infer<typeof GreenhouseRating>;

/** A Greenhouse scorecard's overall recommendation. */
export const GreenhouseRecommendation = z.enum(["definitely_not", "no", "yes", "strong_yes", "no_decision"]);
/** A Greenhouse scorecard's overall recommendation. */
export type GreenhouseRecommendation = z.infer<typeof GreenhouseRecommendation>;

/** One attribute on a Greenhouse scorecard. */
export const GreenhouseAttribute = z
  .object({ name: z.string().min(1), type: z.string(), note: z.string().nullable(), rating: GreenhouseRating })
  .strict();
/** One attribute on a Greenhouse scorecard. */
export type GreenhouseAttribute = z.infer<typeof GreenhouseAttribute>;

/** Attribute names bucketed by rating, as on Greenhouse's scorecard (`no_decision` has no bucket). */
export const GreenhouseRatings = z
  .object({
    definitely_not: z.array(z.string()),
    no: z.array(z.string()),
    mixed: z.array(z.string()),
    yes: z.array(z.string()),
    strong_yes: z.array(z.string()),
  })
  .strict();
/** Attribute names bucketed by rating. */
export type GreenhouseRatings = z.infer<typeof GreenhouseRatings>;

/** The scorecard rapport writes: the fields of a Harvest scorecard that carry the assessment. */
export const GreenhouseScorecard = z
  .object({
    candidate_id: z.number().int().nullable(),
    application_id: z.number().int().nullable(),
    interview: z.string().nullable(),
    interviewed_at: z.iso.datetime(),
    submitted_at: z.iso.datetime(),
    overall_recommendation: GreenhouseRecommendation,
    attributes: z.array(GreenhouseAttribute),
    ratings: GreenhouseRatings,
    questions: z.array(z.object({ id: z.number().int().nullable(), question: z.string(), answer: z.string() }).strict()),
  })
  .strict();
/** The scorecard rapport writes. */
export type GreenhouseScorecard = z.infer<typeof GreenhouseScorecard>;

/** rapport's five levels on Greenhouse's attribute scale, by default. */
export const GREENHOUSE_LEVELS: Readonly<Record<Level, GreenhouseRating>> = { 1: "definitely_not", 2: "no", 3: "mixed", 4: "yes", 5: "strong_yes" };

/** The overall level on Greenhouse's recommendation scale, by default: level 3 is left to the hiring team. */
export const GREENHOUSE_RECOMMENDATIONS: Readonly<Record<Level, GreenhouseRecommendation>> = {
  1: "definitely_not",
  2: "no",
  3: "no_decision",
  4: "yes",
  5: "strong_yes",
};

/** Options of {@link toGreenhouseScorecard}. */
export interface GreenhouseScorecardOptions {
  /** Greenhouse's candidate id, when known. */
  readonly candidateId?: number;
  /** Greenhouse's application id, when known. */
  readonly applicationId?: number;
  /** The interview's name on the scorecard. */
  readonly interview?: string;
  /** The attribute type shown in Greenhouse ("Skills" by default). */
  readonly attributeType?: string;
  /** Your own mapping of levels to attribute ratings. */
  readonly levels?: Readonly<Record<Level, GreenhouseRating>>;
  /** Your own mapping of the overall level to the recommendation. */
  readonly recommendations?: Readonly<Record<Level, GreenhouseRecommendation>>;
  /** The framework the profile was made with (the built-in one by default). */
  readonly framework?: Framework;
}

/**
 * Writes a profile as a Greenhouse scorecard: one attribute per competency, rated on Greenhouse's
 * scale through a configurable mapping (1 definitely_not, 2 no, 3 mixed, 4 yes, 5 strong_yes);
 * `no_decision` for the role's competencies without evidence; the `ratings` buckets; the overall
 * recommendation (from the role fit, capped at `no` while a must-have is missing); and notes
 * carrying the evidence.
 *
 * @param profile - a candidate profile
 * @param options - Greenhouse ids, the interview's name, your own mappings
 * @returns the scorecard
 * @throws {RapportError} when the profile is not valid
 * @example
 * ```ts
 * import { buildProfile, toGreenhouseScorecard } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "empathy", level: 4 }] });
 * toGreenhouseScorecard(profile).ratings.yes; //=> ["Empathy"]
 * ```
 */
export function toGreenhouseScorecard(profile: CandidateProfile, options: GreenhouseScorecardOptions = {}): GreenhouseScorecard {
  const valid = orThrow(parseWith(CandidateProfile, profile, ["profile"]));
  const levels = options.levels ?? GREENHOUSE_LEVELS;
  const type = options.attributeType ?? "Skills";
  const attributes: GreenhouseAttribute[] = [
    ...valid.competencies.map((c) => ({ name: c.name, type, note: evidenceNote(c), rating: levels[c.level] })),
    ...unassessedRoleCompetencies(valid, options.framework ?? builtInFramework).map((c) => ({
      name: c.name,
      type,
      note: "rapport: no evidence for this competency.",
      rating: "no_decision" as const,
    })),
  ];
  const ratings: GreenhouseRatings = { definitely_not: [], no: [], mixed: [], yes: [], strong_yes: [] };
  for (const a of attributes) if (a.rating !== "no_decision") ratings[a.rating].push(a.name);
  const overall = overallScore(valid);
  return {
    candidate_id: options.candidateId ?? null,
    application_id: options.applicationId ?? null,
    interview: options.interview ?? null,
    interviewed_at: valid.assessedAt,
    submitted_at: valid.assessedAt,
    overall_recommendation: overall === null ? "no_decision" : (options.recommendations ?? GREENHOUSE_RECOMMENDATIONS)[levelOf(overall)],
    attributes,
    ratings,
    questions: [{ id: null, question: "Key take-aways (rapport)", answer: summaryOf(valid) }],
  };
}

function summaryOf(profile: CandidateProfile): string {
  const parts = [
    profile.roleFit ? `Role fit ${profile.roleFit.score}/100 (${profile.roleFit.interval[0]}-${profile.roleFit.interval[1]}).` : "No role fit.",
    profile.strengths.length > 0 ? `Strengths: ${profile.strengths.join(", ")}.` : "",
    profile.developmentAreas.length > 0 ? `Development areas: ${profile.developmentAreas.join(", ")}.` : "",
    profile.mustHaveGaps.length > 0 ? `Must-haves below minimum: ${profile.mustHaveGaps.map((g) => g.competency).join(", ")}.` : "",
  ];
  return parts.filter((p) => p !== "").join(" ");
}

const Person = z.object({ id: z.number().optional(), name: z.string().nullable().optional() }).loose();

/** A scorecard as Greenhouse's Harvest API returns it; fields rapport does not read may be missing. */
export const GreenhouseScorecardInput = z
  .object({
    id: z.number().optional(),
    interview: z.string().nullable().optional(),
    submitted_by: Person.nullable().optional(),
    interviewer: Person.nullable().optional(),
    attributes: z.array(z.object({ name: z.string().min(1), type: z.string().nullable().optional(), note: z.string().nullable().optional(), rating: GreenhouseRating }).loose()),
  })
  .loose();
/** A scorecard as Greenhouse's Harvest API returns it. */
export type GreenhouseScorecardInput = z.infer<typeof GreenhouseScorecardInput>;

/** Options of {@link fromGreenhouseScorecard}. */
export interface FromGreenhouseOptions {
  /** The framework whose competencies attribute names are matched to (built-in by default). */
  readonly framework?: Framework;
}

/** Greenhouse's attribute rating as a rapport level; null for `no_decision` (not rated, never zero). */
export function levelOfGreenhouse(rating: GreenhouseRating): Level | null {
  return match(rating)
    .with("definitely_not", () => 1 as const)
    .with("no", () => 2 as const)
    .with("mixed", () => 3 as const)
    .with("yes", () => 4 as const)
    .with("strong_yes", () => 5 as const)
    .with("no_decision", () => null)
    .exhaustive();
}

/**
 * Reads interviewers' ratings from Greenhouse scorecards (one, or a list) without throwing.
 * Attributes whose names are not competencies (by id, alias or display name) are left out; each rating is the
 * `interviewer`'s (the `submitted_by` user only when there is no interviewer).
 *
 * @param json - a Harvest scorecard, or an array of them
 * @param options - the framework to match attribute names against
 * @returns rapport ratings, or issues naming the path at fault
 * @example
 * ```ts
 * import { safeFromGreenhouseScorecard } from "rapport";
 *
 * const result = safeFromGreenhouseScorecard({ attributes: [{ name: "Empathy", rating: "great" }] });
 * result.success; //=> false
 * ```
 */
export function safeFromGreenhouseScorecard(json: unknown, options: FromGreenhouseOptions = {}): SafeResult<InterviewerRating[]> {
  // One schema or the other, not a union, so that an issue keeps the path of the field at fault.
  const parsed = Array.isArray(json) ? parseWith(z.array(GreenhouseScorecardInput), json) : parseWith(GreenhouseScorecardInput, json);
  if (!parsed.success) return parsed;
  const cards: GreenhouseScorecardInput[] = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const ratings = cards.flatMap((card, i) => {
    // The interviewer rated; submitted_by may be someone who submitted on their behalf.
    const rater = card.interviewer ?? card.submitted_by;
    const who = rater?.name ?? (rater?.id ?? card.id ?? `scorecard-${i + 1}`).toString();
    return card.attributes.flatMap((a): InterviewerRating[] => {
      const competency = competencyIdOf(a.name, options.framework);
      if (competency === undefined) return [];
      return [{ interviewer: `greenhouse:${who}`, competency, level: levelOfGreenhouse(a.rating), ...(a.note ? { note: a.note } : {}) }];
    });
  });
  return { success: true, data: ratings };
}

/**
 * Reads interviewers' ratings from Greenhouse scorecards, to combine with scored answers in
 * `buildProfile`: `definitely_not` 1 … `strong_yes` 5, and `no_decision` as not rated.
 *
 * @param json - a Harvest scorecard, or an array of them
 * @param options - the framework to match attribute names against
 * @returns rapport ratings
 * @throws {RapportError} naming the path of a malformed field
 * @example
 * ```ts
 * import { fromGreenhouseScorecard } from "rapport";
 *
 * fromGreenhouseScorecard({ interviewer: { id: 4080, name: "Ana Ruiz" }, attributes: [{ name: "Empathy", rating: "strong_yes" }] }); //=> [{ interviewer: "greenhouse:Ana Ruiz", competency: "empathy", level: 5 }]
 * ```
 */
export function fromGreenhouseScorecard(json: unknown, options: FromGreenhouseOptions = {}): InterviewerRating[] {
  return orThrow(safeFromGreenhouseScorecard(json, options));
}
