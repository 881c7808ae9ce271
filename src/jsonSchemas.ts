import * as z from "zod";
import { Competency, Facet, Framework, Indicator, RoleProfile, RubricLevel } from "./competencies/index.js";
import { InterviewKit, QuestionBank, StarQuestion } from "./questions/index.js";
import { CandidateProfile, GreenhouseScorecard, HrOpenPersonCompetency, InterviewerRating, LeverFeedback, RatingsSummary, WorkdayCompetencyRatings } from "./profile/index.js";
import { AnswerScore, ScoreAnswerInput, ScoredRow } from "./scoring/index.js";

/** The public data shapes, by name, as zod schemas (rapport's stored shapes and the ATS shapes it writes). Each ships as `schemas/<name>.json`. */
export const PUBLIC_SCHEMAS = {
  AnswerScore,
  CandidateProfile,
  Competency,
  Facet,
  Framework,
  GreenhouseScorecard,
  HrOpenPersonCompetency,
  Indicator,
  InterviewerRating,
  InterviewKit,
  LeverFeedback,
  QuestionBank,
  RatingsSummary,
  RoleProfile,
  RubricLevel,
  ScoreAnswerInput,
  ScoredRow,
  StarQuestion,
  WorkdayCompetencyRatings,
} as const;

/** The name of a public data shape. */
export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS;

/**
 * Generates the JSON Schema (draft 2020-12) of a public data shape from its zod schema,
 * describing input as a user writes it (fields with defaults are optional).
 *
 * @param name - the shape's name
 * @returns the JSON Schema, as a plain object
 * @example
 * ```ts
 * import { toJsonSchema } from "rapport";
 *
 * const schema = toJsonSchema("Competency");
 * schema.$id; //=> "https://rapport.dev/schemas/Competency.json"
 * schema.type; //=> "object"
 * ```
 */
export function toJsonSchema(name: PublicSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(PUBLIC_SCHEMAS[name], { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return { ...schema, $id: `https://rapport.dev/schemas/${name}.json`, title: name };
}
