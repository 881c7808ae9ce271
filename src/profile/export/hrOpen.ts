import * as z from "zod";
import { builtInFramework, type Framework, safeGetCompetency } from "../../competencies/index.js";
import { CandidateProfile } from "../profileSchema.js";
import { orThrow, parseWith } from "./common.js";

// Target shape: HR Open Standards 4.3.0, Common, `PersonCompetencyType` and the types it uses, as published at
// https://www.hropenstandards.org/common/json/competency/PersonCompetencyType.json (and .../base/IdentifierType.json,
// .../evaluation/BaseScoreType.json, ScoreNumericType.json, ScoreTextType.json, ScoreType.json,
// .../competency/CompetencyEvidenceType.json). Read from the copy 1EdTech ships in
// 1EdTech/digital-credentials-public-validator inspector-tcp-vc/src/main/resources/catalog/www.hropenstandards.org/common/json/
// @ 38254719cf0a490a403c9c812b01e6ab0678f2f3. A PersonCompetency has `competencyIds` (IdentifierType: `value`
// required, `schemeId`, `schemeVersionId`, `schemeAgencyId`, …), `competencyName`, `description` ("brief description
// of the named competency"), `proficiencyLevel` (BaseScoreType: `scoresNumeric[{ value, scoreCode, interval, minimum,
// maximum }]` and / or `scoresText[{ value, scoreTextCode, minimum, maximum }]`) and one `competencyEvidence`
// (CompetencyEvidenceType: `ids`, `evidenceTypeCode`, `evidenceName`, `descriptions`, `scores` (ScoreType[]),
// `verificationDate`, `verificationSourceName`, …). HR Open leaves every field optional and extra fields allowed;
// rapport writes a strict subset, so what it writes also validates against HR Open's schemas.

/** An HR Open `IdentifierType`. */
export const HrOpenIdentifier = z
  .object({
    value: z.string().min(1),
    schemeId: z.string().optional(),
    schemeVersionId: z.string().optional(),
    schemeAgencyId: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();
/** An HR Open identifier. */
export type HrOpenIdentifier = z.infer<typeof HrOpenIdentifier>;

const HrOpenScoreNumeric = z
  .object({ value: z.number(), interval: z.number().optional(), minimum: z.number().optional(), maximum: z.number().optional() })
  .strict();
const HrOpenScoreText = z
  .object({ value: z.string(), scoreTextCode: z.string().optional(), minimum: z.string().optional(), maximum: z.string().optional() })
  .strict();

/** An HR Open `BaseScoreType`: numeric scores, text scores, or both. */
export const HrOpenScore = z.object({ scoresNumeric: z.array(HrOpenScoreNumeric).optional(), scoresText: z.array(HrOpenScoreText).optional() }).strict();
/** An HR Open score. */
export type HrOpenScore = z.infer<typeof HrOpenScore>;

/** An HR Open `CompetencyEvidenceType`: the record that shows the competency (here, the interview assessment). */
export const HrOpenCompetencyEvidence = z
  .object({
    ids: z.array(HrOpenIdentifier).optional(),
    evidenceTypeCode: z.string().optional(),
    evidenceName: z.string().optional(),
    descriptions: z.array(z.string()).optional(),
    scores: z.array(HrOpenScore).optional(),
    verificationDate: z.iso.datetime().optional(),
    verificationSourceName: z.string().optional(),
  })
  .strict();
/** HR Open competency evidence. */
export type HrOpenCompetencyEvidence = z.infer<typeof HrOpenCompetencyEvidence>;

/** An HR Open `PersonCompetencyType`: a competency assessed at a level of proficiency. */
export const HrOpenPersonCompetency = z
  .object({
    competencyIds: z.array(HrOpenIdentifier).min(1),
    competencyName: z.string().min(1),
    description: z.string().optional(),
    proficiencyLevel: HrOpenScore,
    competencyEvidence: HrOpenCompetencyEvidence,
  })
  .strict();
/** An HR Open `PersonCompetency`. */
export type HrOpenPersonCompetency = z.infer<typeof HrOpenPersonCompetency>;

/** Options of {@link toHrOpenCompetencies}. */
export interface HrOpenOptions {
  /** The scheme id written on each competency id ("rapport" by default; your framework's id, say). */
  readonly schemeId?: string;
  /** The framework the profile was made with, for the competencies' definitions (the built-in one by default). */
  readonly framework?: Framework;
}

const LEVEL_NAMES = ["Concern", "Emerging", "Proficient", "Strong", "Exceptional"] as const;

/**
 * Writes a profile's competencies as HR Open Standards `PersonCompetency` objects: the competency
 * id in rapport's scheme (its version the rubric's), its name and definition, the proficiency level
 * as a score on the 1-5 scale with the level's name, and one piece of evidence, the assessment: the
 * score and its interval, the quotes from the answers (with the answers' ids) and the interviewers' share.
 *
 * @param profile - a candidate profile
 * @param options - the scheme id of the competency ids, the framework
 * @returns one `PersonCompetency` per assessed competency
 * @throws {RapportError} when the profile is not valid
 * @example
 * ```ts
 * import { buildProfile, toHrOpenCompetencies } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "EI", level: 4 }] });
 * toHrOpenCompetencies(profile)[0].proficiencyLevel; //=> { scoresNumeric: [{ value: 4, interval: 1, minimum: 1, maximum: 5 }], scoresText: [{ value: "Strong", scoreTextCode: "RubricLevel", minimum: "Concern", maximum: "Exceptional" }] }
 * ```
 */
export function toHrOpenCompetencies(profile: CandidateProfile, options: HrOpenOptions = {}): HrOpenPersonCompetency[] {
  const valid = orThrow(parseWith(CandidateProfile, profile, ["profile"]));
  const schemeId = options.schemeId ?? "rapport";
  const framework = options.framework ?? builtInFramework;
  return valid.competencies.map((c) => {
    const found = safeGetCompetency(c.competency, { framework });
    const answerIds = [...new Set(c.evidence.flatMap((e) => (e.answerId !== undefined ? [e.answerId] : [])))];
    const descriptions = [
      `Score ${c.score} on 1-5 (95% interval ${c.interval[0]}-${c.interval[1]}), confidence ${c.confidence}, from ${c.source} assessment: ${c.answers} answer(s), ${c.raters} interviewer(s).`,
      ...c.evidence.map((e) => `${e.kind === "red-flag" ? "Red flag" : "Evidence"} (${e.description}): "${e.quote}"${e.answerId !== undefined ? ` (answer ${e.answerId})` : ""}`),
      ...(c.raters > 0 ? [`${c.raters} interviewer(s) rated it ${c.interviewerScore ?? "-"}.`] : []),
    ];
    return {
      competencyIds: [{ value: c.competency, schemeId, schemeVersionId: valid.versions.rubric }],
      competencyName: c.name,
      ...(found.success ? { description: found.data.definition } : {}),
      proficiencyLevel: {
        scoresNumeric: [{ value: c.level, interval: 1, minimum: 1, maximum: 5 }],
        scoresText: [{ value: LEVEL_NAMES[c.level - 1] ?? "", scoreTextCode: "RubricLevel", minimum: "Concern", maximum: "Exceptional" }],
      },
      competencyEvidence: {
        ...(answerIds.length > 0 ? { ids: answerIds.map((value) => ({ value, schemeId: "answer" })) } : {}),
        evidenceTypeCode: "assessment",
        evidenceName: "Structured interview assessment (rapport)",
        descriptions,
        scores: [{ scoresNumeric: [{ value: c.score, minimum: 1, maximum: 5 }] }],
        verificationDate: valid.assessedAt,
        verificationSourceName: `rapport ${valid.versions.library} (scorer ${valid.versions.scorer})`,
      },
    };
  });
}
