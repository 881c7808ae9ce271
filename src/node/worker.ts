// A worker thread of the bulk-scoring pool: scores batches of rows with the scorer it was given.
import { workerData } from "node:worker_threads";
import type { ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { Scorer } from "../scoring/scorer.js";
import { type BatchResult, scoreBatch } from "./batch.js";
import type { AnswerRow } from "./readAnswerRows.js";
import type { OutputSpec } from "./rowText.js";
import { loadScorer } from "./scorerModule.js";

/** What the pool gives each worker when it starts. */
export interface WorkerSetup {
  readonly options: ScoreAnswerOptions;
  /** A scorer module's URL, imported by each worker itself. */
  readonly scorerModule?: string;
  readonly concurrency: number;
}

const setup = (workerData ?? { options: {}, concurrency: 1 }) as WorkerSetup;
let scorer: Promise<Scorer> | undefined;

/**
 * Scores one batch of rows, in order.
 *
 * @param task - the rows, and the format to return them in
 * @returns the scored rows or their text
 */
export default async function scoreTask(task: { rows: readonly AnswerRow[]; spec?: OutputSpec }): Promise<BatchResult> {
  if (setup.scorerModule !== undefined) scorer ??= loadScorer(setup.scorerModule);
  const own = scorer === undefined ? {} : { scorer: await scorer };
  return scoreBatch(task.rows, { options: setup.options, concurrency: setup.concurrency, ...own }, task.spec);
}
