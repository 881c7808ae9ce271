import type { AnswerScore } from "../scoring/schema.js";
import { safeScoreAnswer, type ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { AnswerRow, RowError } from "./readAnswerRows.js";

/** One scored row: the answer's score, or why it has none. Rows keep their input's id and file line. */
export type ScoredRow =
  | { readonly id: string; readonly line: number; readonly score: AnswerScore }
  | { readonly id: string; readonly line: number; readonly error: RowError };

/**
 * Scores one row read from a file; a rejected row passes through as its error.
 *
 * @param row - the row
 * @param scoring - framework and model
 * @returns the scored row
 */
export function scoreOne(row: AnswerRow, scoring: ScoreAnswerOptions): ScoredRow {
  if (!row.ok) return { id: row.id, line: row.line, error: row.error };
  const { id, competency, answer, question, questionType } = row.input;
  try {
    // The candidate is deliberately left out: identity is not evidence.
    const result = safeScoreAnswer(
      { competency, answer, ...(question !== undefined && { question }), ...(questionType !== undefined && { questionType }) },
      scoring,
    );
    if (result.success) return { id, line: row.line, score: result.data };
    const [first] = result.issues;
    const message = result.issues.map((issue) => (issue.path.length > 0 ? `'${issue.path.join(".")}': ${issue.message}` : issue.message)).join("; ");
    return { id, line: row.line, error: { code: first.code, message: `line ${row.line}: ${message}` } };
  } catch (error) {
    // One answer that breaks the scorer must not end a run of a million.
    return { id, line: row.line, error: { code: "scoring-failed", message: `line ${row.line}: the scorer failed on this answer: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
