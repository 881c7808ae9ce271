import * as z from "zod";
import type { Level } from "../../competencies/index.js";
import { CandidateProfile } from "../profileSchema.js";
import { evidenceNote, levelOf, orThrow, overallScore, parseWith } from "./common.js";

// No public primary source. Workday documents its Recruiting REST API and its Recruiting web service (SOAP,
// https://community.workday.com/sites/default/files/file-hosting/productionapi/Recruiting/) for customers and partners;
// no public page of either describes the interview feedback a rater gives (overall rating, competency ratings). The
// field names below (`overallRating`, `competencyRatings[{ competency: { id, descriptor }, rating, comments }]`,
// `comments`) follow api-evangelist/workday-recruiting json-schema/recruiting-rest-api-interview-feedback-create-schema.json
// @ edb349f8a4aacd49d0293b0116e5f9fb5c16a19e, a third-party profile that says it is not Workday's. So the shape is kept
// conservative: instance references as `{ id, descriptor }`, which is how Workday's published REST specifications write
// them (e.g. the Business Process REST API v1, as copied in ballerina-platform/openapi-connectors
// openapi/workday.businessprocess/openapi.yml @ 5db0a9e6c08ab59ee511dfc03460ff6eec3e837a: "id: Id of the instance",
// "descriptor: A preview of the instance"), the WID only when you give it, rapport's own 1-5 scale, and the overall
// rating's labels an option, because rating scales are set up per tenant. Check both against your tenant.

/** rapport's default labels for the overall rating (unverified against Workday: use your tenant's). */
export const WorkdayOverallRating = z.enum(["Strong Hire", "Hire", "No Decision", "Do Not Hire", "Strong Do Not Hire"]);
/** rapport's default labels for the overall rating. */
export type WorkdayOverallRating = z.infer<typeof WorkdayOverallRating>;

/** The overall level as a Workday overall rating, by default: the labels in {@link WorkdayOverallRating}. */
export const WORKDAY_OVERALL_RATINGS: Readonly<Record<Level, string>> = {
  1: "Strong Do Not Hire",
  2: "Do Not Hire",
  3: "No Decision",
  4: "Hire",
  5: "Strong Hire",
};

/** One competency rating in interview feedback for Workday. */
export const WorkdayCompetencyRating = z
  .object({
    competency: z.object({ id: z.string().min(1).optional(), descriptor: z.string().min(1) }).strict(),
    rating: z.number().int().min(1).max(5),
    comments: z.string(),
  })
  .strict();
/** One competency rating in interview feedback for Workday. */
export type WorkdayCompetencyRating = z.infer<typeof WorkdayCompetencyRating>;

/** Interview feedback for Workday with competency ratings (no public Workday source: see the comment above). */
export const WorkdayCompetencyRatings = z
  .object({ overallRating: z.string().min(1), competencyRatings: z.array(WorkdayCompetencyRating), comments: z.string() })
  .strict();
/** Interview feedback for Workday with competency ratings. */
export type WorkdayCompetencyRatings = z.infer<typeof WorkdayCompetencyRatings>;

/** Options of {@link toWorkdayCompetencyRatings}. */
export interface WorkdayOptions {
  /** Your tenant's Workday ids (WIDs) of the competencies, by rapport competency id. */
  readonly competencyIds?: Readonly<Record<string, string>>;
  /** Your tenant's labels for the overall rating, by overall level ({@link WORKDAY_OVERALL_RATINGS} by default). */
  readonly overallRatings?: Readonly<Record<Level, string>>;
  /** The overall rating when nothing was assessed ("No Decision" by default). */
  readonly noDecision?: string;
}

/**
 * Writes a profile as interview feedback for Workday: each assessed competency rated 1-5 (rapport's
 * level) with the evidence as its comment, and the overall rating from the role fit (at most level 2
 * while a must-have is missing) on your tenant's labels. Competencies without evidence are left out.
 * Workday publishes no public schema for this feedback; check the shape against your tenant.
 *
 * @param profile - a candidate profile
 * @param options - your tenant's competency WIDs and overall rating labels
 * @returns the feedback
 * @throws {RapportError} when the profile is not valid
 * @example
 * ```ts
 * import { buildProfile, toWorkdayCompetencyRatings } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "empathy", level: 4 }] });
 * toWorkdayCompetencyRatings(profile).competencyRatings[0].rating; //=> 4
 * ```
 */
export function toWorkdayCompetencyRatings(profile: CandidateProfile, options: WorkdayOptions = {}): WorkdayCompetencyRatings {
  const valid = orThrow(parseWith(CandidateProfile, profile, ["profile"]));
  const overall = overallScore(valid);
  return {
    overallRating: overall === null ? (options.noDecision ?? "No Decision") : (options.overallRatings ?? WORKDAY_OVERALL_RATINGS)[levelOf(overall)],
    competencyRatings: valid.competencies.map((c) => {
      const id = options.competencyIds?.[c.competency];
      return { competency: { ...(id !== undefined ? { id } : {}), descriptor: c.name }, rating: c.level, comments: evidenceNote(c) };
    }),
    comments: valid.roleFit ? `rapport role fit ${valid.roleFit.score}/100 for ${valid.role?.name ?? "the role"}.` : "rapport: no role fit.",
  };
}
