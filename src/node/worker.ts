// A worker thread of the bulk-scoring pool: scores batches of rows with the framework and model it was given.
import { workerData } from "node:worker_threads";
import type { ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { AnswerRow } from "./readAnswerRows.js";
import { type ScoredRow, scoreOne } from "./scoreRow.js";

const scoring = (workerData ?? {}) as ScoreAnswerOptions;

/**
 * Scores one batch of rows, in order.
 *
 * @param rows - the rows
 * @returns one scored row per row
 */
export default function scoreBatch(rows: readonly AnswerRow[]): ScoredRow[] {
  return rows.map((row) => scoreOne(row, scoring));
}
