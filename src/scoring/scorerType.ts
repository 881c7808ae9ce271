import type { AnswerScore, ScoreAnswerInput } from "./schema.js";

/** Anything that scores an answer: the built-in scorer, an LLM adapter, a scorer of your own. */
export interface Scorer {
  /** Name and version, recorded in every score it makes. */
  readonly name: string;
  /**
   * Scores one answer.
   *
   * @param input - competency, answer, and optionally question and type
   * @returns the score
   */
  score(input: ScoreAnswerInput): Promise<AnswerScore>;
}
