import * as z from "zod";
import { CompetencyId, Level } from "../competencies/index.js";
import { StarQuestion } from "./schema.js";
import { SchemaVersionField } from "../schemaVersion.js";

/** What happens in one part of an interview. */
export const AgendaKind = z.enum(["opening", "question", "candidate-questions", "close"]);
/** What happens in one part of an interview. */
export type AgendaKind = z.infer<typeof AgendaKind>;

/** One part of the interview's timetable. */
export const AgendaItem = z.object({
  /** What happens. */
  kind: AgendaKind,
  /** A short title for the interviewer's sheet. */
  title: z.string().min(1),
  /** Minutes from the start of the interview. */
  startMinute: z.number().int().nonnegative(),
  /** How long it takes, in minutes. */
  durationMinutes: z.number().int().positive(),
  /** The question asked, for `question` items. */
  questionId: z.string().optional(),
  /** Clock time it starts, when the kit was given a start time (ISO 8601). */
  startsAt: z.iso.datetime().optional(),
});
/** One part of the interview's timetable. */
export type AgendaItem = z.infer<typeof AgendaItem>;

/** How much of the interview a competency gets. */
export const KitCoverage = z.object({
  competency: CompetencyId,
  /** Display name. */
  name: z.string(),
  /** Its weight in the role (0-1). */
  weight: z.number().min(0).max(1),
  /** How many questions ask about it. */
  questions: z.number().int().nonnegative(),
  /** The lowest acceptable level, for a must-have competency. */
  minLevel: Level.optional(),
});
/** How much of the interview a competency gets. */
export type KitCoverage = z.infer<typeof KitCoverage>;

/** A competency the kit does not ask about, and why. */
export const KitOmission = z.object({
  competency: CompetencyId,
  weight: z.number().min(0).max(1),
  /** Whether the role cannot do without it. */
  mustHave: z.boolean(),
  reason: z.string().min(1),
});
/** A competency the kit does not ask about, and why. */
export type KitOmission = z.infer<typeof KitOmission>;

/** A whole interview: questions chosen by the role's weights, fitted to a time budget. */
export const InterviewKit = z.object({
  /** The version of this shape (1). */
  schemaVersion: SchemaVersionField,
  /** Stable id of this kit (role, budget, seed and questions). */
  id: z.string().min(1),
  /** Title for the interviewer's sheet. */
  title: z.string().min(1),
  /** The role interviewed for, when built from one. */
  role: z.object({ id: z.string(), name: z.string() }).optional(),
  /** The time budget, in minutes. */
  durationMinutes: z.number().int().positive(),
  /** Minutes the agenda actually fills. */
  plannedMinutes: z.number().int().positive(),
  /** The seed the questions were drawn with. */
  seed: z.union([z.number().int(), z.string()]),
  /** Coverage per competency, heaviest first. */
  coverage: z.array(KitCoverage),
  /** The questions, in the order they are asked. */
  questions: z.array(StarQuestion).min(1),
  /** The timetable. */
  agenda: z.array(AgendaItem).min(1),
  /** Competencies left out, and why. */
  omitted: z.array(KitOmission),
  /** The versions of the library and rubrics that made the kit. */
  versions: z.object({ library: z.string(), rubric: z.string() }),
});
/** A whole interview: questions chosen by the role's weights, fitted to a time budget. */
export type InterviewKit = z.infer<typeof InterviewKit>;
