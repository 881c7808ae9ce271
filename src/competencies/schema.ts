import * as z from "zod";
import { SchemaVersionField } from "../schemaVersion.js";

/** The twenty built-in competency ids, in catalog order. */
export const COMPETENCY_IDS = [
  "patience",
  "empathy",
  "emotional-intelligence",
  "active-listening",
  "communication",
  "problem-solving",
  "competence",
  "product-knowledge",
  "adaptability",
  "positive-attitude",
  "time-management",
  "teamwork",
  "professionalism",
  "humility",
  "appreciation",
  "responsiveness",
  "consistency",
  "personalization",
  "proactiveness",
  "people-first",
] as const;

/** One of the twenty built-in competency ids. */
export const BuiltInCompetencyId = z.enum(COMPETENCY_IDS);
/** One of the twenty built-in competency ids. */
export type BuiltInCompetencyId = z.infer<typeof BuiltInCompetencyId>;

/** A competency id: kebab-case, lower-case letters, digits and hyphens. */
export const CompetencyId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "Use a kebab-case id such as 'active-listening'.");
/** A competency id: kebab-case, lower-case letters, digits and hyphens. */
export type CompetencyId = z.infer<typeof CompetencyId>;

/** The five rubric levels, shared by every competency. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
/** A rubric level, 1 (Concern) to 5 (Exceptional). */
export const Level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
/** A rubric level, 1 (Concern) to 5 (Exceptional). */
export type Level = z.infer<typeof Level>;

/** The shared names of the five levels. */
export const LEVEL_LABELS = {
  1: "Concern",
  2: "Emerging",
  3: "Proficient",
  4: "Strong",
  5: "Exceptional",
} as const satisfies Record<Level, string>;

/** The shared name of a level. */
export const LevelLabel = z.enum(["Concern", "Emerging", "Proficient", "Strong", "Exceptional"]);
/** The shared name of a level. */
export type LevelLabel = z.infer<typeof LevelLabel>;

/** Where a competency sits in the model, for grouping in reports and charts. */
export const Cluster = z.enum(["relational", "communication", "resolution", "self-management", "collaboration"]);
/** Where a competency sits in the model, for grouping in reports and charts. */
export type Cluster = z.infer<typeof Cluster>;

/** A citation of the article a competency's content comes from. */
export const Source = z.object({
  /** The article's title, as published. */
  title: z.string().min(1),
  /** What the article contributes, in a few words. */
  note: z.string().min(1).optional(),
});
/** A citation of the article a competency's content comes from. */
export type Source = z.infer<typeof Source>;

/** A sub-skill of a competency, where the articles split it (communication: verbal, non-verbal, written). */
export const Facet = z.object({
  /** Kebab-case id, unique within its competency. */
  id: CompetencyId,
  /** Display name. */
  name: z.string().min(1),
  /** What the sub-skill is, in one or two sentences. */
  description: z.string().min(1),
});
/** A sub-skill of a competency, where the articles split it (communication: verbal, non-verbal, written). */
export type Facet = z.infer<typeof Facet>;

/** One level of a competency's rubric, with the behaviours that anchor it. */
export const RubricLevel = z.object({
  /** The level, 1-5. */
  level: Level,
  /** The shared name of the level. */
  label: LevelLabel,
  /** One sentence: what an answer at this level shows for this competency. */
  summary: z.string().min(1),
  /** Two to four observable behaviours, specific to this competency. */
  anchors: z.array(z.string().min(1)).min(2).max(4),
});
/** One level of a competency's rubric, with the behaviours that anchor it. */
export type RubricLevel = z.infer<typeof RubricLevel>;

/** Whether an indicator is evidence for the competency or against it. */
export const IndicatorKind = z.enum(["positive", "red-flag"]);
/** Whether an indicator is evidence for the competency or against it. */
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/**
 * A regular expression source, matched case-insensitively (flags `gi`, no `u`: `\b` and `\w` are ASCII,
 * which is also what keeps matching fast) against the lower-cased neutral reading of one sentence.
 */
export const Pattern = z
  .string()
  .min(1)
  .refine(
    (source) => {
      try {
        new RegExp(source, "gi");
        return true;
      } catch {
        return false;
      }
    },
    { message: "Not a valid regular expression." },
  )
  .refine((source) => !/\\[pP]\{/.test(source), { message: "Unicode property escapes (\\p{…}) need the u flag, which patterns are not matched with; use [a-z] on the lower-cased text." });

/**
 * An observable behaviour (or red flag) a scorer can find in an answer.
 * A pattern counts only where the candidate describes doing the behaviour:
 * negated and hypothetical uses ("I didn't apologise", "I would apologise") do not count.
 */
export const Indicator = z.object({
  /** Kebab-case id, unique across the framework; by convention prefixed with the competency id. */
  id: CompetencyId,
  /** Evidence for the competency, or a red flag against it. */
  kind: IndicatorKind,
  /** The behaviour, in one sentence a recruiter can read. */
  description: z.string().min(1),
  /** The facet this behaviour belongs to, if any. */
  facet: CompetencyId.optional(),
  /** Regular expression sources, matched case-insensitively within a sentence. */
  patterns: z.array(Pattern).min(1),
  /** Sentences that must match (first person, past, affirmative). */
  examples: z.array(z.string().min(1)).min(1),
  /** Sentences that must not match: negated, hypothetical or merely claimed uses. */
  nonExamples: z.array(z.string().min(1)).min(1),
});
/** An observable behaviour (or red flag) a scorer can find in an answer. */
export type Indicator = z.infer<typeof Indicator>;

/** A competency of good customer service, with its behaviourally anchored rubric. */
export const Competency = z.object({
  /** Kebab-case id. */
  id: CompetencyId,
  /** Display name. */
  name: z.string().min(1),
  /** One paragraph: what the competency is and why it matters in service work. */
  definition: z.string().min(1),
  /** Where it sits in the model. */
  cluster: Cluster,
  /** Sub-skills, where the sources split the skill. */
  facets: z.array(Facet),
  /** Other names that resolve to this competency (case- and spacing-insensitive). */
  aliases: z.array(z.string().min(1)),
  /** Ids of competencies that often show together with this one. */
  related: z.array(CompetencyId),
  /** Exactly five levels, 1 to 5, in order. */
  rubric: z.array(RubricLevel),
  /** Observable behaviours and red flags. */
  indicators: z.array(Indicator),
  /** The articles the content comes from, cited by title. */
  sources: z.array(Source).min(1),
});
/** A competency of good customer service, with its behaviourally anchored rubric. */
export type Competency = z.infer<typeof Competency>;

/** Where service work happens; role profiles choose the settings that fit them. */
export const ServiceSetting = z.enum(["contact-centre", "retail", "hospitality", "technical-support", "e-commerce"]);
/** Where service work happens; role profiles choose the settings that fit them. */
export type ServiceSetting = z.infer<typeof ServiceSetting>;

/** A competency a role cannot do without, and the lowest level it accepts. */
export const MustHave = z.object({
  /** The competency id. */
  competency: CompetencyId,
  /** The lowest acceptable level. */
  minLevel: Level,
});
/** A competency a role cannot do without, and the lowest level it accepts. */
export type MustHave = z.infer<typeof MustHave>;

/** A job, described by how much each competency weighs in it. */
export const RoleProfile = z.object({
  /** Kebab-case id. */
  id: CompetencyId,
  /** Display name. */
  name: z.string().min(1),
  /** What the job is, in a sentence or two. */
  description: z.string().min(1),
  /** Competency weights; they sum to 1. */
  weights: z.record(z.string(), z.number().positive().max(1)),
  /** Competencies the role cannot do without, with minimum levels. */
  mustHave: z.array(MustHave),
  /** The settings the role works in; question generation draws its scenarios from these. */
  settings: z.array(ServiceSetting).min(1),
  /** Scenario ids that suit this role; empty means any scenario of its settings. */
  scenarios: z.array(z.string().min(1)).default([]),
});
/** A job, described by how much each competency weighs in it. */
export type RoleProfile = z.infer<typeof RoleProfile>;
/** A role profile as written by a user, before defaults are applied. */
export type RoleProfileInput = z.input<typeof RoleProfile>;

/** A complete competency model: competencies, their rubrics and the roles that weigh them. */
export const Framework = z.object({
  /** The version of this shape (1), not the framework's own `version`. */
  schemaVersion: SchemaVersionField,
  /** Kebab-case id. */
  id: CompetencyId,
  /** Display name. */
  name: z.string().min(1),
  /** The framework's own version, recorded in every profile made with it. */
  version: z.string().min(1),
  /** The competencies. */
  competencies: z.array(Competency).min(1),
  /** The roles. */
  roles: z.array(RoleProfile),
});
/** A complete competency model: competencies, their rubrics and the roles that weigh them. */
export type Framework = z.infer<typeof Framework>;
/** A framework as written by a user, before defaults are applied. */
export type FrameworkInput = z.input<typeof Framework>;
