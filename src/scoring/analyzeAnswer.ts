import { createScorer } from "./createScorer.js";
import type { AnswerAnalysis } from "./features/answerFeatures.js";

let scorer: ReturnType<typeof createScorer> | undefined;

/**
 * Analyses an answer: its sentences with character spans and STAR roles (situation, task, action, result), and what
 * it shows — the candidate's own past actions against hypotheticals and "we", specifics, stated and measured
 * outcomes, reflection or follow-up, generic self-claims, and the language it is in.
 *
 * @param text - the answer
 * @returns the analysis
 * @example
 * ```ts
 * import { analyzeAnswer } from "rapport/research";
 *
 * const analysis = analyzeAnswer("A customer was double-charged. I refunded her the same day and she thanked me.");
 * analysis.features.mode; //=> "past-example"
 * analysis.sentences.length; //=> 2
 * ```
 */
export function analyzeAnswer(text: string): AnswerAnalysis {
  scorer ??= createScorer();
  return scorer.analyze(text);
}
