// What the form shows for an answer. No scoring code here: the main chunk imports it.
import type { AnswerScore } from "./rapport.js";

/** What the form does with an answer: score it, or say why not. */
export type AnswerOutcome =
  | { readonly kind: "empty" }
  | { readonly kind: "too-long"; readonly length: number }
  | { readonly kind: "scored"; readonly score: AnswerScore }
  | { readonly kind: "error"; readonly message: string };

/** The longest answer scored (the scorer's own limit). */
export const MAX_ANSWER_CHARS = 50_000;

/**
 * What can be said of an answer before the scorer sees it: empty, or too long to score.
 *
 * @param answer - the candidate's answer
 * @returns that outcome, or null when the answer goes to the scorer
 * @example
 * precheck("   ")
 * //=> { kind: "empty" }
 */
export function precheck(answer: string): AnswerOutcome | null {
  if (answer.trim() === "") return { kind: "empty" };
  if (answer.length > MAX_ANSWER_CHARS) return { kind: "too-long", length: answer.length };
  return null;
}
