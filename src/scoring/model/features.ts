import type { AnswerFeatures } from "../features/answerFeatures.js";

/** The names of the features the level model reads, in order. Each is in [0, 1]. */
export const MODEL_FEATURES = [
  "star",
  "actions",
  "density",
  "evidence",
  "specifics",
  "outcome",
  "reflection",
  "ownership",
  "story",
  "generic",
  "relevance",
  "fit",
  "topic",
  "negation",
  "redFlag",
  "naming",
  "concrete",
  "length",
] as const;

/**
 * The sign each feature's weight must keep: evidence for the competency never lowers a level, and counter-evidence
 * never raises one. `length` is free: it is there so that the other weights measure what an answer shows beyond how
 * long it is (fitted on answers whose levels do not follow their length, it takes out what length alone would add).
 */
export const FEATURE_SIGNS: readonly (1 | -1 | 0)[] = [1, 1, 1, 1, 1, 1, 1, 1, 1, -1, 1, 1, 1, -1, -1, -1, 1, 0];

/** What the model reads besides the answer's own features. */
export interface ModelInputs {
  /** The answer's features. */
  readonly features: AnswerFeatures;
  /** STAR elements present (0-4). */
  readonly starElements: number;
  /** Distinct positive indicators of the competency the candidate showed. */
  readonly indicators: number;
  /** Whether the question is situational (plans count as actions). */
  readonly situational: boolean;
  /** Overlap with the question and a service context, 0-1. */
  readonly relevance: number;
  /** Distinctive words of the competency in the sentences where the candidate acts. */
  readonly fit: number;
  /** Where the competency asked ranks among the framework's for this answer, 0-1. */
  readonly topic: number;
  /** Whether counter-evidence was found (contempt, blame, deception, temper, giving up). */
  readonly redFlag: boolean;
}

/**
 * The candidate's actions for the length of the telling: 1 when at least every other sentence read tells one. A
 * concise story of three sentences and two actions reads as fully as a long one of ten sentences and five; a long answer
 * of values with one act in it does not. Sentences the scorer does not read (addressed to it, or repeated) are not
 * counted, so that adding them changes nothing.
 */
function density(actions: number, f: AnswerFeatures): number {
  const read = Math.max(f.sentences - f.instructionSentences - f.repeatedSentences, 1);
  return Math.min((2 * actions) / read, 1);
}

/**
 * Turns an answer's evidence into the model's feature vector. Counts saturate early, so that a concise complete story
 * and a long one read alike; counter-evidence is counted, never diluted by more sentences.
 *
 * @param inputs - the answer's features and evidence
 * @returns the vector, in the order of {@link MODEL_FEATURES}
 */
export function modelVector(inputs: ModelInputs): number[] {
  const f = inputs.features;
  // A situational answer is a plan: what the candidate would do, or does, counts as action.
  const plan = f.plannedActions + f.generalStatements;
  const actions = inputs.situational ? Math.max(f.distinctSelfActions, plan) : f.distinctSelfActions;
  const story = inputs.situational ? (plan > 0 || f.mode === "past-example" ? 1 : 0) : f.mode === "past-example" ? 1 : 0;
  return [
    inputs.starElements / 4,
    Math.min(actions, 4) / 4,
    density(actions, f),
    Math.min(inputs.indicators, 3) / 3,
    Math.min(f.specifics, 3) / 3,
    f.outcome ? (f.measuredOutcome ? 1 : 0.6) : 0,
    f.reflection ? 1 : 0,
    f.ownership,
    story,
    Math.min(f.genericClaims, 2) / 2,
    inputs.relevance,
    Math.min(inputs.fit, 4) / 4,
    inputs.topic,
    Math.min(f.negatedActions, 3) / 3,
    inputs.redFlag ? 1 : 0,
    Math.min(f.qualityNaming, 4) / 4,
    Math.min(f.concreteNouns, 6) / 6,
    Math.min(Math.log1p(f.words) / Math.log(301), 1),
  ];
}
