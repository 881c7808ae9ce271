// Scoring a batch of rows: the unit of work of the worker pool, and of scoring in this thread.
import type { ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { Scorer } from "../scoring/scorer.js";
import type { AnswerRow } from "./readAnswerRows.js";
import { type OutputSpec, rowsText } from "./rowText.js";
import { type ScoredRow, scoreOne, scoreWith } from "./scoreRow.js";

/** How to score: the built-in scorer with these options, or a scorer of your own, `concurrency` answers at a time. */
export interface Scoring {
  readonly options: ScoreAnswerOptions;
  readonly scorer?: Scorer;
  readonly concurrency: number;
}

/** A scored batch: the rows, or their text when a format was asked for, with counts. */
export interface BatchResult {
  readonly rows?: readonly ScoredRow[];
  readonly text?: string;
  readonly count: number;
  readonly scored: number;
  /** Rows that carry a warning. */
  readonly warned: number;
}

async function scoreAll(rows: readonly AnswerRow[], scoring: Scoring): Promise<ScoredRow[]> {
  const { scorer } = scoring;
  if (scorer === undefined) return rows.map((row) => scoreOne(row, scoring.options));
  const out: ScoredRow[] = [];
  for (let i = 0; i < rows.length; i += scoring.concurrency) {
    out.push(...(await Promise.all(rows.slice(i, i + scoring.concurrency).map((row) => scoreWith(row, scorer)))));
  }
  return out;
}

/**
 * Scores a batch of rows, in order, one result per row.
 *
 * @param rows - the rows
 * @param scoring - the scorer
 * @param spec - when given, the rows come back as text in this format (cheaper to send between threads)
 * @returns the rows or their text, with counts
 */
export async function scoreBatch(rows: readonly AnswerRow[], scoring: Scoring, spec?: OutputSpec): Promise<BatchResult> {
  const scored = await scoreAll(rows, scoring);
  let ok = 0;
  let warned = 0;
  for (const row of scored) {
    if ("score" in row) ok++;
    if (row.warnings !== undefined) warned++;
  }
  const counts = { count: scored.length, scored: ok, warned };
  return spec === undefined ? { rows: scored, ...counts } : { text: rowsText(scored, spec), ...counts };
}
