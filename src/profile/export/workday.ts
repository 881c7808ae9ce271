import { z } from "zod";
import { CandidateProfile } from "../profileSchema.js";
import { evidenceNote, levelOf, orThrow, overallScore, parseWith } from "./common.js";

// Shape of Workday Recruiting's interview feedback (REST "interviewFeedback": `overallRating`,
// `competencyRatings[{ competency: { id, descriptor }, rating 1-5, comments }]`, `comments`).
// Competency ids (WIDs) are your tenant's: pass them in, or Workday matches the descriptor.

/** Workday's overall interview rating. */
export const WorkdayOverallRating = z.enum(["Strong Hire", "Hire", "No Decision", "Do Not Hire", "Strong Do Not Hire"]);
/** Workday's overall interview rating. */
export type WorkdayOverallRating = z.infer<typeof WorkdayOverallRating>;

/** One competency rating in Workday's interview feedback. */
export const WorkdayCompetencyRating = z
  .object({
    competency: z.object({ id: z.string().min(1).optional(), descriptor: z.string().min(1) }).strict(),
    rating: z.number().int().min(1).max(5),
    comments: z.string(),
  })
  .strict();
/** One competency rating in Workday's interview feedback. */
export type WorkdayCompetencyRating = z.infer<typeof WorkdayCompetencyRating>;

/** Workday interview feedback with competency ratings. */
export const WorkdayCompetencyRatings = z
  .object({ overallRating: WorkdayOverallRating, competencyRatings: z.array(WorkdayCompetencyRating), comments: z.string() })
  .strict();
/** Workday interview feedback with competency ratings. */
export type WorkdayCompetencyRatings = z.infer<typeof WorkdayCompetencyRatings>;

/** Options of {@link toWorkdayCompetencyRatings}. */
export interface WorkdayOptions {
  /** Your tenant's Workday ids (WIDs) of the competencies, by rapport competency id. */
  readonly competencyIds?: Readonly<Record<string, string>>;
}

const OVERALL: Record<1 | 2 | 3 | 4 | 5, WorkdayOverallRating> = { 1: "Strong Do Not Hire", 2: "Do Not Hire", 3: "No Decision", 4: "Hire", 5: "Strong Hire" };

/**
 * Writes a profile as Workday competency ratings: each assessed competency rated 1-5 (rapport's
 * level, the same scale) with the evidence as its comment, and the overall rating. Competencies
 * without evidence are left out: Workday's rating is required and has no "not rated".
 *
 * @param profile - a candidate profile
 * @param options - your tenant's competency WIDs
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
    overallRating: overall === null ? "No Decision" : OVERALL[levelOf(overall)],
    competencyRatings: valid.competencies.map((c) => {
      const id = options.competencyIds?.[c.competency];
      return { competency: { ...(id !== undefined ? { id } : {}), descriptor: c.name }, rating: c.level, comments: evidenceNote(c) };
    }),
    comments: valid.roleFit ? `rapport role fit ${valid.roleFit.score}/100 for ${valid.role?.name ?? "the role"}.` : "rapport: no role fit.",
  };
}
