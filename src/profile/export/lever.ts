import { z } from "zod";
import { builtInFramework, type Framework, type Level } from "../../competencies/index.js";
import type { SafeResult } from "../../errors.js";
import { CandidateProfile, type ProfileCompetency } from "../profileSchema.js";
import type { InterviewerRating } from "../scoreRatings.js";
import { competencyIdOf, evidenceNote, orThrow, overallScore, parseWith } from "./common.js";

// Shapes from Lever's API documentation ("Feedback" and "Feedback templates"): a template's fields
// have a type (`score-system` the overall four-point rating, `scorecard` per-skill scores, `textarea`, …);
// feedback is created with `baseTemplateId` and `fieldValues: [{ id, value }]`.

/** Lever's four-point score system, strongest first. */
export const LEVER_SCORES = ["4 - Strong Hire", "3 - Hire", "2 - No Hire", "1 - Strong No Hire"] as const;

/** One field of a Lever feedback template (fields rapport does not read may be missing). */
export const LeverTemplateField = z
  .object({
    id: z.string().min(1),
    type: z.string().min(1),
    text: z.string().default(""),
    options: z.array(z.object({ text: z.string() }).loose()).optional(),
    scores: z.array(z.object({ text: z.string(), description: z.string().optional() }).loose()).optional(),
  })
  .loose();
/** One field of a Lever feedback template. */
export type LeverTemplateField = z.infer<typeof LeverTemplateField>;

/** A Lever feedback template, as `GET /feedback_templates/:id` returns it (its `data`). */
export const LeverFeedbackTemplate = z.object({ id: z.string().min(1), text: z.string().optional(), fields: z.array(LeverTemplateField).min(1) }).loose();
/** A Lever feedback template. */
export type LeverFeedbackTemplate = z.input<typeof LeverFeedbackTemplate>;

/** The value of a `scorecard` field: one score 1-4 per skill, in the template's order (null when not assessed). */
export const LeverSkillScore = z.object({ score: z.number().int().min(1).max(4).nullable(), comment: z.string().optional() }).strict();
/** The value of one skill in a `scorecard` field. */
export type LeverSkillScore = z.infer<typeof LeverSkillScore>;

/** The body of Lever's "Create a feedback form" request. */
export const LeverFeedback = z
  .object({
    baseTemplateId: z.string().min(1),
    fieldValues: z.array(z.object({ id: z.string().min(1), value: z.union([z.string(), z.array(LeverSkillScore)]) }).strict()),
    completedAt: z.number().int().positive(),
  })
  .strict();
/** The body of Lever's "Create a feedback form" request. */
export type LeverFeedback = z.infer<typeof LeverFeedback>;

/** rapport's five levels on Lever's four-point skill scores, by default. */
export const LEVER_SKILL_SCORES: Readonly<Record<Level, 1 | 2 | 3 | 4>> = { 1: 1, 2: 1, 3: 2, 4: 3, 5: 4 };

/** Lever's four-point skill scores as rapport levels, by default (the reverse of {@link LEVER_SKILL_SCORES} where it can be). */
export const LEVER_SKILL_LEVELS: Readonly<Record<1 | 2 | 3 | 4, Level>> = { 1: 1, 2: 3, 3: 4, 4: 5 };

/** Options of {@link toLeverFeedback}. */
export interface LeverFeedbackOptions {
  /** Your own mapping of levels to Lever's skill scores. */
  readonly skillScores?: Readonly<Record<Level, 1 | 2 | 3 | 4>>;
  /** The framework whose competencies skill names are matched to (built-in by default). */
  readonly framework?: Framework;
}

const isOverall = (f: LeverTemplateField): boolean => f.type === "score-system" || (f.type === "score" && (f.options ?? []).some((o) => /^[1-4] - /.test(o.text)));

/** The overall score's option: the template's own text for the digit rapport picked. */
function overallOption(field: LeverTemplateField, profile: CandidateProfile): string | undefined {
  const overall = overallScore(profile);
  if (overall === null) return undefined;
  const digit = overall >= 4.25 ? 4 : overall >= 3.25 ? 3 : overall >= 2.25 ? 2 : 1;
  const texts = (field.options ?? []).map((o) => o.text);
  return texts.find((t) => t.startsWith(`${digit} `)) ?? LEVER_SCORES[4 - digit];
}

/**
 * Fills a Lever feedback template from a profile: the overall four-point score ("4 - Strong Hire"
 * … "1 - Strong No Hire", from the role fit, at most "2 - No Hire" while a must-have is missing),
 * per-skill scores for `scorecard` fields whose skills are competencies, and the evidence in the
 * first `textarea`. Fields rapport cannot fill are left out.
 *
 * @param profile - a candidate profile
 * @param template - the Lever feedback template to fill
 * @param options - your own mapping of levels to skill scores
 * @returns the body of Lever's "Create a feedback form" request
 * @throws {RapportError} when the profile or the template is not valid
 * @example
 * ```ts
 * import { buildProfile, toLeverFeedback } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "empathy", level: 4 }] });
 * toLeverFeedback(profile, { id: "t-1", fields: [{ id: "f-1", type: "score-system" }] }).fieldValues; //=> [{ id: "f-1", value: "3 - Hire" }]
 * ```
 */
export function toLeverFeedback(profile: CandidateProfile, template: LeverFeedbackTemplate, options: LeverFeedbackOptions = {}): LeverFeedback {
  const valid = orThrow(parseWith(CandidateProfile, profile, ["profile"]));
  const form = orThrow(parseWith(LeverFeedbackTemplate, template, ["template"]));
  const byId = new Map(valid.competencies.map((c) => [c.competency, c]));
  const scores = options.skillScores ?? LEVER_SKILL_SCORES;
  const skill = (text: string): LeverSkillScore => {
    const id = competencyIdOf(text, options.framework ?? builtInFramework);
    const c: ProfileCompetency | undefined = id === undefined ? undefined : byId.get(id);
    return c === undefined ? { score: null, comment: "Not assessed by rapport." } : { score: scores[c.level], comment: evidenceNote(c, 2) };
  };
  const fieldValues: LeverFeedback["fieldValues"] = [];
  let notesWritten = false;
  for (const field of form.fields) {
    if (isOverall(field)) {
      const value = overallOption(field, valid);
      if (value !== undefined) fieldValues.push({ id: field.id, value });
    } else if (field.type === "scorecard") {
      fieldValues.push({ id: field.id, value: (field.scores ?? []).map((s) => skill(s.text)) });
    } else if (field.type === "textarea" && !notesWritten) {
      notesWritten = true;
      fieldValues.push({ id: field.id, value: valid.competencies.map((c) => `${c.name}: ${evidenceNote(c)}`).join("\n") });
    }
  }
  return { baseTemplateId: form.id, fieldValues, completedAt: Date.parse(valid.assessedAt) };
}

/** A completed Lever feedback form, as `GET /opportunities/:id/feedback` lists it (fields rapport does not read may be missing). */
export const LeverFeedbackForm = z
  .object({
    id: z.string().optional(),
    user: z.string().nullable().optional(),
    fields: z.array(
      z
        .object({
          type: z.string(),
          text: z.string().optional(),
          scores: z.array(z.object({ text: z.string() }).loose()).optional(),
          value: z.unknown().optional(),
        })
        .loose(),
    ),
  })
  .loose();
/** A completed Lever feedback form. */
export type LeverFeedbackForm = z.infer<typeof LeverFeedbackForm>;

const SkillValues = z.array(z.object({ score: z.number().int().min(1).max(4).nullable().optional(), comment: z.string().nullable().optional() }).loose());

/** Options of {@link fromLeverFeedback}. */
export interface FromLeverOptions {
  /** Your own mapping of Lever's skill scores to levels. */
  readonly levels?: Readonly<Record<1 | 2 | 3 | 4, Level>>;
  /** The framework whose competencies skill names are matched to (built-in by default). */
  readonly framework?: Framework;
}

/** Reads one form's `scorecard` fields as ratings. */
function ratingsOfForm(form: LeverFeedbackForm, index: number, options: FromLeverOptions): SafeResult<InterviewerRating[]> {
  const out: InterviewerRating[] = [];
  const interviewer = `lever:${form.user ?? form.id ?? `form-${index + 1}`}`;
  for (const [f, field] of form.fields.entries()) {
    if (field.type !== "scorecard" || field.value === undefined || field.value === null) continue;
    const values = parseWith(SkillValues, field.value, [index, "fields", f, "value"]);
    if (!values.success) return values;
    for (const [s, skill] of (field.scores ?? []).entries()) {
      const competency = competencyIdOf(skill.text, options.framework);
      const value = values.data[s];
      if (competency === undefined || value === undefined) continue;
      const level = value.score === null || value.score === undefined ? null : (options.levels ?? LEVER_SKILL_LEVELS)[value.score as 1 | 2 | 3 | 4];
      out.push({ interviewer, competency, level, ...(value.comment ? { note: value.comment } : {}) });
    }
  }
  return { success: true, data: out };
}

/**
 * Reads interviewers' ratings from Lever feedback forms without throwing.
 *
 * @param json - a feedback form, an array of them, or Lever's `{ data: [...] }` list
 * @param options - your own mapping of skill scores to levels
 * @returns rapport ratings, or issues naming the path at fault
 * @example
 * ```ts
 * import { safeFromLeverFeedback } from "rapport";
 *
 * const result = safeFromLeverFeedback({ fields: "none" });
 * result.success ? null : result.issues[0].path; //=> ["fields"]
 * ```
 */
export function safeFromLeverFeedback(json: unknown, options: FromLeverOptions = {}): SafeResult<InterviewerRating[]> {
  // One schema or another, not a union, so that an issue keeps the path of the field at fault.
  const listed = typeof json === "object" && json !== null && !Array.isArray(json) && "data" in json;
  const parsed = listed
    ? parseWith(z.object({ data: z.array(LeverFeedbackForm) }).loose(), json)
    : Array.isArray(json)
      ? parseWith(z.array(LeverFeedbackForm), json)
      : parseWith(LeverFeedbackForm, json);
  if (!parsed.success) return parsed;
  const forms: LeverFeedbackForm[] = Array.isArray(parsed.data) ? parsed.data : "data" in parsed.data ? (parsed.data.data as LeverFeedbackForm[]) : [parsed.data as LeverFeedbackForm];
  const ratings: InterviewerRating[] = [];
  for (const [i, form] of forms.entries()) {
    const read = ratingsOfForm(form, i, options);
    if (!read.success) return read;
    ratings.push(...read.data);
  }
  return { success: true, data: ratings };
}

/**
 * Reads interviewers' ratings from Lever feedback forms' `scorecard` fields, to combine with scored
 * answers in `buildProfile`: skill scores 1-4 become levels 1, 3, 4, 5 (configurable); a skill left
 * unscored is not rated. Skills whose names are not competencies are left out.
 *
 * @param json - a feedback form, an array of them, or Lever's `{ data: [...] }` list
 * @param options - your own mapping of skill scores to levels
 * @returns rapport ratings
 * @throws {RapportError} naming the path of a malformed field
 * @example
 * ```ts
 * import { fromLeverFeedback } from "rapport";
 *
 * fromLeverFeedback({ user: "u-7", fields: [{ type: "scorecard", scores: [{ text: "Patience" }], value: [{ score: 4 }] }] }); //=> [{ interviewer: "lever:u-7", competency: "patience", level: 5 }]
 * ```
 */
export function fromLeverFeedback(json: unknown, options: FromLeverOptions = {}): InterviewerRating[] {
  return orThrow(safeFromLeverFeedback(json, options));
}
