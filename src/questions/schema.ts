import * as z from "zod";
import { CompetencyId, Level, ServiceSetting } from "../competencies/index.js";
import { SchemaVersionField } from "../schemaVersion.js";

/** A behavioural question asks about the past ("Tell me about a time…"); a situational one poses a scenario ("What would you do?"). */
export const QuestionType = z.enum(["behavioural", "situational"]);
/** A behavioural question asks about the past ("Tell me about a time…"); a situational one poses a scenario ("What would you do?"). */
export type QuestionType = z.infer<typeof QuestionType>;

/** A question type as a user types it: American `behavioral` is read as `behavioural`. */
export const QuestionTypeInput = z
  .enum(["behavioural", "behavioral", "situational"], { error: (issue) => `Expected "behavioural" (or "behavioral") or "situational", got ${JSON.stringify(issue.input)}.` })
  .transform((type): QuestionType => (type === "behavioral" ? "behavioural" : type));
/** A question type as a user types it (either spelling). */
export type QuestionTypeInput = z.input<typeof QuestionTypeInput>;

/** The four parts of a STAR answer. */
export const StarElement = z.enum(["situation", "task", "action", "result"]);
/** The four parts of a STAR answer. */
export type StarElement = z.infer<typeof StarElement>;

/** The slot names a template may use: `{customer}`, `{channel}`, `{problem}`, `{setting}`. */
export const SlotName = z.enum(["customer", "channel", "problem", "setting"]);
/** The slot names a template may use: `{customer}`, `{channel}`, `{problem}`, `{setting}`. */
export type SlotName = z.infer<typeof SlotName>;

/** A question template in a competency's bank. */
export const QuestionTemplate = z.object({
  /** Stable id, `<competency>-b01` (behavioural) or `<competency>-s01` (situational). */
  id: z.string().regex(/^[a-z0-9-]+-[bs]\d{2}$/),
  /** Behavioural or situational. */
  type: QuestionType,
  /** The facet of the competency the question targets, if any. */
  facet: CompetencyId.optional(),
  /** The question, with `{slot}` placeholders. */
  text: z.string().min(1),
  /**
   * What a weak (1), adequate (3) and exceptional (5) answer to this question sounds like; may use the
   * same placeholders.
   */
  guide: z.object({ 1: z.string().min(1), 3: z.string().min(1), 5: z.string().min(1) }),
});
/** A question template in a competency's bank. */
export type QuestionTemplate = z.infer<typeof QuestionTemplate>;

/** The question bank of one competency: templates and the follow-up probes for each STAR element. */
export const QuestionBank = z.object({
  /** The competency the bank asks about. */
  competency: CompetencyId,
  /** Follow-up probes, two or more per STAR element, specific to the competency. */
  probes: z.object({
    situation: z.array(z.string().min(1)).min(2),
    task: z.array(z.string().min(1)).min(2),
    action: z.array(z.string().min(1)).min(2),
    result: z.array(z.string().min(1)).min(2),
  }),
  /** The templates. */
  templates: z.array(QuestionTemplate).min(1),
});
/** The question bank of one competency: templates and the follow-up probes for each STAR element. */
export type QuestionBank = z.infer<typeof QuestionBank>;

/** The slot values a generated question used. */
export const FilledSlots = z.object({
  customer: z.string().optional(),
  channel: z.string().optional(),
  problem: z.string().optional(),
  setting: ServiceSetting.optional(),
});
/** The slot values a generated question used (vocabulary ids). */
export type FilledSlots = z.infer<typeof FilledSlots>;

/** A generated STAR interview question, ready for an interviewer. */
export const StarQuestion = z.object({
  /** The version of this shape (1). */
  schemaVersion: SchemaVersionField,
  /** Stable id: the same text always gets the same id. */
  id: z.string().min(1),
  /** The question as asked. */
  text: z.string().min(1),
  /** Behavioural or situational. */
  type: QuestionType,
  /** The competency it assesses. */
  competency: CompetencyId,
  /** The facet it targets, if any. */
  facet: CompetencyId.optional(),
  /** The template it came from. */
  templateId: z.string().min(1),
  /** The slot values used (vocabulary ids). */
  slots: FilledSlots,
  /** Follow-up probes for each STAR element. */
  probes: z.object({
    situation: z.string().min(1),
    task: z.string().min(1),
    action: z.string().min(1),
    result: z.string().min(1),
  }),
  /** What a weak, adequate and exceptional answer to this question sounds like. */
  anchors: z.array(z.object({ level: Level, text: z.string().min(1) })).length(3),
  /** Suggested minutes for the question and its probes. */
  durationMinutes: z.number().int().positive(),
});
/** A generated STAR interview question, ready for an interviewer. */
export type StarQuestion = z.infer<typeof StarQuestion>;
