import { z } from "zod";
import { CandidateProfile } from "../profileSchema.js";
import { orThrow, parseWith } from "./common.js";

// Shape of HR Open Standards' PersonCompetencyType (HR Open 4.x, Common): `competencyIds`
// (IdentifierType: value, schemeId, schemeAgencyId), `competencyName`, `description`,
// `proficiencyLevel` (a score on a point scale) and `competencyEvidence`.

/** An HR Open identifier. */
export const HrOpenIdentifier = z.object({ value: z.string().min(1), schemeId: z.string().optional(), schemeAgencyId: z.string().optional() }).strict();
/** An HR Open identifier. */
export type HrOpenIdentifier = z.infer<typeof HrOpenIdentifier>;

/** An HR Open score on a point scale. */
export const HrOpenScore = z
  .object({ value: z.string().min(1), minimumValue: z.string().optional(), maximumValue: z.string().optional(), description: z.string().optional() })
  .strict();
/** An HR Open score on a point scale. */
export type HrOpenScore = z.infer<typeof HrOpenScore>;

/** HR Open competency evidence: what showed the competency. */
export const HrOpenCompetencyEvidence = z
  .object({ typeCode: z.string().optional(), name: z.string().optional(), description: z.string().min(1), id: HrOpenIdentifier.optional() })
  .strict();
/** HR Open competency evidence. */
export type HrOpenCompetencyEvidence = z.infer<typeof HrOpenCompetencyEvidence>;

/** An HR Open `PersonCompetency`: a competency assessed at a level of proficiency. */
export const HrOpenPersonCompetency = z
  .object({
    competencyIds: z.array(HrOpenIdentifier).min(1),
    competencyName: z.string().min(1),
    description: z.string().optional(),
    proficiencyLevel: HrOpenScore,
    competencyEvidence: z.array(HrOpenCompetencyEvidence),
  })
  .strict();
/** An HR Open `PersonCompetency`. */
export type HrOpenPersonCompetency = z.infer<typeof HrOpenPersonCompetency>;

/** Options of {@link toHrOpenCompetencies}. */
export interface HrOpenOptions {
  /** The scheme id written on each competency id ("rapport" by default; your framework's id, say). */
  readonly schemeId?: string;
}

const LEVEL_NAMES = ["Concern", "Emerging", "Proficient", "Strong", "Exceptional"] as const;

/**
 * Writes a profile's competencies as HR Open Standards `PersonCompetency` objects: the competency
 * id in rapport's scheme, its name, the proficiency level on a 1-5 point scale and the evidence
 * (quotes from the answers and the interviewers' share).
 *
 * @param profile - a candidate profile
 * @param options - the scheme id of the competency ids
 * @returns one `PersonCompetency` per assessed competency
 * @throws {RapportError} when the profile is not valid
 * @example
 * ```ts
 * import { buildProfile, toHrOpenCompetencies } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "EI", level: 4 }] });
 * toHrOpenCompetencies(profile)[0].proficiencyLevel; //=> { value: "4", minimumValue: "1", maximumValue: "5", description: "Strong" }
 * ```
 */
export function toHrOpenCompetencies(profile: CandidateProfile, options: HrOpenOptions = {}): HrOpenPersonCompetency[] {
  const valid = orThrow(parseWith(CandidateProfile, profile, ["profile"]));
  const schemeId = options.schemeId ?? "rapport";
  return valid.competencies.map((c) => ({
    competencyIds: [{ value: c.competency, schemeId }],
    competencyName: c.name,
    description: `Score ${c.score} (95% interval ${c.interval[0]}-${c.interval[1]}), confidence ${c.confidence}, from ${c.source} assessment.`,
    proficiencyLevel: { value: String(c.level), minimumValue: "1", maximumValue: "5", description: LEVEL_NAMES[c.level - 1] ?? "" },
    competencyEvidence: [
      ...c.evidence.map((e) => ({
        typeCode: e.kind === "red-flag" ? "RedFlag" : "InterviewAnswer",
        name: e.description,
        description: e.quote,
        ...(e.answerId !== undefined ? { id: { value: e.answerId, schemeId: "answer" } } : {}),
      })),
      ...(c.raters > 0 ? [{ typeCode: "InterviewerRating", description: `${c.raters} interviewer(s) rated it ${c.interviewerScore ?? "-"}.` }] : []),
    ],
  }));
}
