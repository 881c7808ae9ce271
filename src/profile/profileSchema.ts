import * as z from "zod";
import { CompetencyId, Level } from "../competencies/index.js";
import { Evidence, Versions } from "../scoring/schema.js";
import { SchemaVersionField } from "../schemaVersion.js";

/** Where a competency's level came from. */
export const ProfileSource = z.enum(["automated", "interviewer", "both"]);
/** Where a competency's level came from. */
export type ProfileSource = z.infer<typeof ProfileSource>;

/** One competency in a candidate's profile. */
export const ProfileCompetency = z.object({
  competency: CompetencyId,
  /** Display name. */
  name: z.string(),
  /** The level, 1-5. */
  level: Level,
  /** 1-5 with one decimal. */
  score: z.number().min(1).max(5),
  /** A 95% interval around the score; wider where evidence is thin. */
  interval: z.tuple([z.number().min(1).max(5), z.number().min(1).max(5)]),
  /** Standard error of the score. */
  standardError: z.number().nonnegative(),
  /** How sure the profile is of this level, 0-1. */
  confidence: z.number().min(0).max(1),
  /** Scored answers that contributed. */
  answers: z.number().int().nonnegative(),
  /** Interviewers who rated it. */
  raters: z.number().int().nonnegative(),
  /** Automated, interviewer, or both. */
  source: ProfileSource,
  /** The automated score alone, when there is one. */
  automatedScore: z.number().min(1).max(5).nullable(),
  /** The interviewers' score alone, when there is one. */
  interviewerScore: z.number().min(1).max(5).nullable(),
  /** The role's weight for it (0 when the role does not weigh it, or there is no role). */
  weight: z.number().min(0).max(1),
  /** The strongest pieces of evidence from the answers. */
  evidence: z.array(
    Evidence.extend({
      /** The position of the answer in `buildProfile`'s `answers`. */
      answerIndex: z.number().int().nonnegative(),
      /** Your id for the answer, when it had one: links the evidence back to it. */
      answerId: z.string().optional(),
      /** Your id for the question, when it had one. */
      questionId: z.string().optional(),
    }),
  ),
});
/** One competency in a candidate's profile. */
export type ProfileCompetency = z.infer<typeof ProfileCompetency>;

/** A must-have competency below the role's minimum, or not assessed at all. */
export const MustHaveGap = z.object({
  competency: CompetencyId,
  minLevel: Level,
  /** The level reached, or null when it was not assessed. */
  level: Level.nullable(),
});
/** A must-have competency below the role's minimum, or not assessed at all. */
export type MustHaveGap = z.infer<typeof MustHaveGap>;

/** A candidate's structured, explainable profile. */
export const CandidateProfile = z.object({
  /** The version of this shape (1); `migrateProfile` upgrades earlier ones. */
  schemaVersion: SchemaVersionField,
  /** The candidate's id in your system (the scorer never reads it). */
  candidate: z.object({ id: z.string().min(1), name: z.string().optional() }),
  /** The role assessed for, when given. */
  role: z.object({ id: z.string(), name: z.string() }).optional(),
  /** Every competency assessed, heaviest in the role first. */
  competencies: z.array(ProfileCompetency),
  /** Competencies at level 4 or above, strongest first. */
  strengths: z.array(CompetencyId),
  /** Competencies at level 2 or below, or below the role's minimum. */
  developmentAreas: z.array(CompetencyId),
  /** Must-have competencies below the role's minimum or not assessed. */
  mustHaveGaps: z.array(MustHaveGap),
  /** Fit with the role, 0-100, and its interval: unassessed weight widens it. Null without a role, or when no competency the role weighs was assessed. */
  roleFit: z
    .object({
      score: z.number().min(0).max(100),
      interval: z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]),
      /** Share of the role's weight that was assessed. */
      coverage: z.number().min(0).max(1),
    })
    .nullable(),
  /** Mean share of STAR elements present in the scored answers (null without answers). */
  starCompleteness: z.number().min(0).max(1).nullable(),
  /** Answers that could not be rated (too short, not English, …). */
  unratedAnswers: z.number().int().nonnegative(),
  /** The versions that made the profile. */
  versions: Versions,
  /** When it was assessed (ISO 8601). */
  assessedAt: z.iso.datetime(),
  /** Until when it should be relied on (ISO 8601). */
  validUntil: z.iso.datetime(),
});
/** A candidate's structured, explainable profile. */
export type CandidateProfile = z.infer<typeof CandidateProfile>;
