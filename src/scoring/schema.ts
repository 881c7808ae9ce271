import * as z from "zod";
import { CompetencyId, IndicatorKind, Level } from "../competencies/index.js";
import { QuestionType, QuestionTypeInput } from "../questions/schema.js";
import { SCHEMA_VERSION } from "../schemaVersion.js";

/** A level, or the admission that the answer gives nothing to rate. */
export const AnswerLevel = z.union([Level, z.literal("insufficient-evidence")]);
/** A level, or the admission that the answer gives nothing to rate. */
export type AnswerLevel = z.infer<typeof AnswerLevel>;

/** A character range in the answer: `[start, end)`. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
/** A character range in the answer: `[start, end)`. */
export type Span = z.infer<typeof Span>;

/** Whether a STAR element is in the answer, and where. */
export const StarElementScore = z.object({
  present: z.boolean(),
  spans: z.array(Span),
});
/** Whether a STAR element is in the answer, and where. */
export type StarElementScore = z.infer<typeof StarElementScore>;

/** How an indicator appears: done by the candidate, their team, planned (situational questions). */
export const EvidenceMode = z.enum(["performed", "team", "planned", "negated", "hypothetical", "other-actor"]);
/** How an indicator appears. */
export type EvidenceMode = z.infer<typeof EvidenceMode>;

/** A piece of evidence: where in the answer an indicator was found. */
export const Evidence = z.object({
  /** The indicator found. */
  indicatorId: z.string(),
  /** The competency the indicator belongs to. */
  competency: CompetencyId,
  /** Positive evidence or a red flag. */
  kind: IndicatorKind,
  /** What the indicator is, for a recruiter. */
  description: z.string(),
  /** Where it is: `[start, end)` character offsets. */
  span: Span,
  /** The text there. */
  quote: z.string(),
  /** How it appears; only `performed`, `team` and `planned` count towards the score. */
  mode: EvidenceMode,
  /** Whether it counted towards the level. */
  counted: z.boolean(),
});
/** A piece of evidence: where in the answer an indicator was found. */
export type Evidence = z.infer<typeof Evidence>;

/** Coded warnings about an answer. */
export const FlagCode = z.enum([
  "hypothetical-to-behavioural",
  "no-personal-action",
  "generic-claims",
  "contempt-or-blame",
  "off-topic",
  "non-english",
  "instruction-like",
  "too-short",
  "repeated-text",
  "negated-behaviour",
  "scorer-fallback",
  "readings-differ",
]);
/** Coded warnings about an answer. */
export type FlagCode = z.infer<typeof FlagCode>;

/** A warning about an answer, with its reason. */
export const Flag = z.object({
  code: FlagCode,
  message: z.string(),
  /** Where in the answer, when it points at text. */
  spans: z.array(Span).optional(),
});
/** A warning about an answer, with its reason. */
export type Flag = z.infer<typeof Flag>;

/** The versions that made a score: same versions and input, same score. */
export const Versions = z.object({
  library: z.string(),
  rubric: z.string(),
  scorer: z.string(),
});
/** The versions that made a score: same versions and input, same score. */
export type Versions = z.infer<typeof Versions>;

/** A level explained against the rubric: what the answer meets, the competency's anchors there, and what the next level needs. */
export const RubricExplanation = z.object({
  /** The shared requirements of the rubric scale the answer meets, with the words that show it. */
  meets: z.array(z.object({ level: Level, requirement: z.string(), quote: z.string().optional() })),
  /** The competency's own behavioural anchors at the level reached. */
  anchors: z.array(z.string()),
  /** What the answer lacks for the next level up (null at level 5 or with no level). */
  next: z.object({ level: Level, needs: z.array(z.string()).min(1) }).nullable(),
});
/** A level explained against the rubric. */
export type RubricExplanation = z.infer<typeof RubricExplanation>;

/** The score of one answer, with the evidence and reasons behind it. */
export const AnswerScore = z.object({
  /** The version of this shape (1). Read as 1 when left out, as by scores stored before it was added. */
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  /** The answer's id in your system, when you passed one: the score links back to its answer. */
  answerId: z.string().optional(),
  /** The question's id, when you passed one. */
  questionId: z.string().optional(),
  /** The competency scored. */
  competency: CompetencyId,
  /** The level 1-5, or `insufficient-evidence` when the answer gives nothing to rate. */
  level: AnswerLevel,
  /** 1-5 with one decimal (the expected level); null when there is no level. */
  score: z.number().min(1).max(5).nullable(),
  /** How sure the scorer is, 0-1: low where evidence is thin or the level probabilities are spread. */
  confidence: z.number().min(0).max(1),
  /** The probability of each level 1-5 after caps. */
  probabilities: z.array(z.number().min(0).max(1)).length(5),
  /** Each STAR element: present, and where. */
  star: z.object({ situation: StarElementScore, task: StarElementScore, action: StarElementScore, result: StarElementScore }),
  /** Indicators found in the answer, counted or not. */
  evidence: z.array(Evidence),
  /** Coded warnings. */
  flags: z.array(Flag),
  /** Why this level, in sentences a recruiter can read. */
  reasons: z.array(z.string()).min(1),
  /** The level against the rubric: requirements met, the competency's anchors, what the next level needs (always given by the built-in scorer; a scorer of your own may leave it out). */
  rubric: RubricExplanation.optional(),
  /** The features the level model read, by name, each 0-1 (empty when there is no level). */
  features: z.record(z.string(), z.number()),
  /** The highest level the flags allow (5 when nothing caps it). */
  cap: z.number().int().min(1).max(5),
  /** How the answer was told. */
  mode: z.enum(["past-example", "hypothetical", "general"]),
  /** The question type it was scored against. */
  questionType: QuestionType,
  /** The scorer that produced it. */
  scorer: z.string(),
  /** The versions that made it. */
  versions: Versions,
});
/** The score of one answer, with the evidence and reasons behind it. */
export type AnswerScore = z.infer<typeof AnswerScore>;

/** Input of `scoreAnswer`. */
export const ScoreAnswerInput = z.object({
  /** Your id for the answer, kept on the score. */
  answerId: z.string().min(1).optional(),
  /** Your id for the question (e.g. a kit question's id), kept on the score. */
  questionId: z.string().min(1).optional(),
  /** The competency to score (id or alias). */
  competency: z.string().min(1),
  /** The candidate's answer. */
  answer: z.string().max(50_000, "Answers longer than 50,000 characters are not scored; split them."),
  /** The question asked, which helps judge whether the answer is on topic. */
  question: z.string().optional(),
  /** The question's type; behavioural by default ("behavioral" is read as "behavioural"). */
  questionType: QuestionTypeInput.optional(),
});
/** Input of `scoreAnswer`. */
export type ScoreAnswerInput = z.input<typeof ScoreAnswerInput>;
/** Input of `scoreAnswer`, as parsed (the question type in its one stored spelling). */
export type ParsedScoreAnswerInput = z.output<typeof ScoreAnswerInput>;

const ScoredRowBase = {
  /** The version of this shape. */
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  /** The row's id (`line-N` when the row had none that could be read). */
  id: z.string(),
  /** The input's record number (1-based), when the row came from a file. */
  record: z.number().int().positive().optional(),
  /** The input line the row begins on. */
  line: z.number().int().nonnegative(),
  /** The candidate, when the input names one. */
  candidate: z.string().optional(),
  /** The input's other columns, unchanged. */
  fields: z.record(z.string(), z.unknown()).optional(),
  /** Warnings about the row: `duplicate-id`, `invalid-utf8`. */
  warnings: z.array(z.object({ code: z.enum(["duplicate-id", "invalid-utf8"]), message: z.string() })).optional(),
};

/**
 * One line of a bulk run's output (`rapport score`, `scoreFile`, `scoreRows` written as JSON Lines): the input's id,
 * place and passed-through columns, and either the answer's score or why it has none.
 */
export const ScoredRow = z.union([
  z.object({ ...ScoredRowBase, score: AnswerScore }),
  z.object({
    ...ScoredRowBase,
    /** Why the row has no score: `invalid-input` (a field), `invalid-json`, `invalid-csv`, or a scorer's issue code. */
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
/** One line of a bulk run's output. */
export type ScoredRowLine = z.infer<typeof ScoredRow>;
