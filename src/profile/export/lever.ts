import * as z from "zod";
import { builtInFramework, type Framework, type Level } from "../../competencies/index.js";
import type { SafeResult } from "../../errors.js";
import { CandidateProfile, type ProfileCompetency } from "../profileSchema.js";
import type { InterviewerRating } from "../scoreRatings.js";
import { competencyIdOf, evidenceNote, orThrow, overallScore, parseWith } from "./common.js";

// Target shapes: Lever API v1, https://hire.lever.co/developer/documentation, sections "Feedback" (the feedback form
// object, and "Create a feedback form": POST /opportunities/:opportunity/feedback?perform_as=<user id> with
// `baseTemplateId` (required), `panel` and `interview` (each required with the other), `fieldValues: [{ id, value }]`
// and `createdAt` / `completedAt` in milliseconds), "Feedback Templates" (a template has exactly one `score-system`
// field) and "Form Fields": a `score-system` value is one of its options' text ("4 - Strong Hire" … "1 - Strong No
// Hire"); a `score` value is an integer 1-4, or null when no score is selected (1 strong no … 4 strong yes); a
// `scorecard` lists its skills in `scores: [{ text, description }]` and its value is `[{ score, comment }]`, one per
// skill; `textarea` and `text` values are strings. A feedback form's `user` is a user id, or the user object when
// expanded; `deletedAt` is set once a form is deleted. The documentation's own feedback example gives the overall
// rating as a `score` field with the score-system options, so both are read as the overall rating.
// Not documented: whether a scorecard skill may be sent with `score: null`; rapport sends null for a skill it did not
// assess, as Lever's reads give an unselected score as null.

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

/** The value of a `scorecard` field: one score 1-4 and a comment per skill, in the template's order (score null when not assessed). */
export const LeverSkillScore = z.object({ score: z.number().int().min(1).max(4).nullable(), comment: z.string() }).strict();
/** The value of one skill in a `scorecard` field. */
export type LeverSkillScore = z.infer<typeof LeverSkillScore>;

/** The body of Lever's "Create a feedback form" request (`perform_as`, the author, is a query parameter). */
export const LeverFeedback = z
  .object({
    baseTemplateId: z.string().min(1),
    /** The interview panel, with `interview`: both or neither. */
    panel: z.string().min(1).optional(),
    /** The interview on that panel. */
    interview: z.string().min(1).optional(),
    fieldValues: z.array(
      z
        .object({
          id: z.string().min(1),
          // score-system and textarea: a string; score: an integer 1-4; scorecard: one skill score per skill.
          value: z.union([z.string(), z.number().int().min(1).max(4), z.array(LeverSkillScore)]),
        })
        .strict(),
    ),
    completedAt: z.number().int().positive(),
  })
  .strict()
  .refine((body) => (body.panel === undefined) === (body.interview === undefined), {
    message: "Lever needs `panel` and `interview` together, or neither.",
    path: ["interview"],
  });
/** The body of Lever's "Create a feedback form" request. */
export type LeverFeedback = z.infer<typeof LeverFeedback>;

/** rapport's five levels on Lever's four-point skill scores, by default. */
export const LEVER_SKILL_SCORES: Readonly<Record<Level, 1 | 2 | 3 | 4>> = { 1: 1, 2: 1, 3: 2, 4: 3, 5: 4 };

/** Lever's four-point skill scores as rapport levels, by default (the reverse of {@link LEVER_SKILL_SCORES} where it can be). */
export const LEVER_SKILL_LEVELS: Readonly<Record<1 | 2 | 3 | 4, Level>> = { 1: 1, 2: 3, 3: 4, 4: 5 };

/** Options of {@link toLeverFeedback}. */
export interface LeverFeedbackOptions {
  /** Your own mapping of levels to Lever's skill scores (`scorecard` skills and `score` fields). */
  readonly skillScores?: Readonly<Record<Level, 1 | 2 | 3 | 4>>;
  /** The framework whose competencies skill names are matched to (built-in by default). */
  readonly framework?: Framework;
  /** The Lever interview the feedback is for, and its panel: Lever needs both or neither. */
  readonly interview?: { readonly panel: string; readonly id: string };
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
 * per-skill scores for `scorecard` fields whose skills are competencies, a score 1-4 for each `score`
 * field named after an assessed competency, and the evidence in the first `textarea`. Fields rapport
 * cannot fill are left out.
 *
 * @param profile - a candidate profile
 * @param template - the Lever feedback template to fill
 * @param options - your own mapping of levels to skill scores, the interview and panel
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
  const assessed = (text: string): ProfileCompetency | undefined => {
    const id = competencyIdOf(text, options.framework ?? builtInFramework);
    return id === undefined ? undefined : byId.get(id);
  };
  const skill = (text: string): LeverSkillScore => {
    const c = assessed(text);
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
    } else if (field.type === "score") {
      const c = assessed(field.text);
      if (c !== undefined) fieldValues.push({ id: field.id, value: scores[c.level] });
    } else if (field.type === "textarea" && !notesWritten) {
      notesWritten = true;
      fieldValues.push({ id: field.id, value: valid.competencies.map((c) => `${c.name}: ${evidenceNote(c)}`).join("\n") });
    }
  }
  return {
    baseTemplateId: form.id,
    ...(options.interview !== undefined ? { panel: options.interview.panel, interview: options.interview.id } : {}),
    fieldValues,
    completedAt: Date.parse(valid.assessedAt),
  };
}

/** A completed Lever feedback form, as `GET /opportunities/:id/feedback` lists it (fields rapport does not read may be missing). */
export const LeverFeedbackForm = z
  .object({
    id: z.string().optional(),
    /** The user who completed the form: a user id, or the user object when expanded. */
    user: z.union([z.string(), z.object({ id: z.string().min(1) }).loose()]).nullable().optional(),
    /** Set once the form has been deleted. */
    deletedAt: z.number().nullable().optional(),
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

const LeverScore = z.number().int().min(1).max(4);
const SkillValues = z.array(z.object({ score: LeverScore.nullable().optional(), comment: z.string().nullable().optional() }).loose());
const ScoreValue = LeverScore.nullable();
const isOverallText = (value: unknown): boolean => typeof value === "string" && /^[1-4] - /.test(value);

/** Options of {@link fromLeverFeedback}. */
export interface FromLeverOptions {
  /** Your own mapping of Lever's skill scores to levels. */
  readonly levels?: Readonly<Record<1 | 2 | 3 | 4, Level>>;
  /** The framework whose competencies skill names are matched to (built-in by default). */
  readonly framework?: Framework;
}

/** Reads one form's `scorecard` skills and competency-named `score` fields as ratings; a deleted form gives none. */
function ratingsOfForm(form: LeverFeedbackForm, path: readonly (string | number)[], index: number, options: FromLeverOptions): SafeResult<InterviewerRating[]> {
  const out: InterviewerRating[] = [];
  if (typeof form.deletedAt === "number") return { success: true, data: out };
  // The user id whether or not the user was expanded, so one interviewer keeps one name.
  const user = typeof form.user === "string" ? form.user : form.user?.id;
  const interviewer = `lever:${user ?? form.id ?? `form-${index + 1}`}`;
  const levels = options.levels ?? LEVER_SKILL_LEVELS;
  const levelOf = (score: number | null | undefined): Level | null => (score === null || score === undefined ? null : levels[score as 1 | 2 | 3 | 4]);
  for (const [f, field] of form.fields.entries()) {
    if (field.value === undefined) continue;
    if (field.type === "scorecard") {
      if (field.value === null) continue;
      const values = parseWith(SkillValues, field.value, [...path, "fields", f, "value"]);
      if (!values.success) return values;
      for (const [s, skill] of (field.scores ?? []).entries()) {
        const competency = competencyIdOf(skill.text, options.framework);
        const value = values.data[s];
        if (competency === undefined || value === undefined) continue;
        out.push({ interviewer, competency, level: levelOf(value.score), ...(value.comment ? { note: value.comment } : {}) });
      }
    } else if (field.type === "score" && !isOverallText(field.value)) {
      const competency = field.text === undefined ? undefined : competencyIdOf(field.text, options.framework);
      if (competency === undefined) continue;
      const value = parseWith(ScoreValue, field.value, [...path, "fields", f, "value"]);
      if (!value.success) return value;
      out.push({ interviewer, competency, level: levelOf(value.data) });
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
  const pathOf = (i: number): (string | number)[] => (listed ? ["data", i] : Array.isArray(json) ? [i] : []);
  const ratings: InterviewerRating[] = [];
  for (const [i, form] of forms.entries()) {
    const read = ratingsOfForm(form, pathOf(i), i, options);
    if (!read.success) return read;
    ratings.push(...read.data);
  }
  return { success: true, data: ratings };
}

/**
 * Reads interviewers' ratings from Lever feedback forms' `scorecard` skills and `score` fields, to
 * combine with scored answers in `buildProfile`: scores 1-4 become levels 1, 3, 4, 5 (configurable);
 * a skill left unscored is not rated. Skills and fields whose names are not competencies are left
 * out, and so are deleted forms (`deletedAt` set).
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
