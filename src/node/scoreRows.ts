import { RapportError } from "../errors.js";
import type { AnswerScore } from "../scoring/schema.js";
import { safeScoreAnswer, type ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import { type AnswerFileFormat, type AnswerRow, readAnswerRows, type RowError } from "./readAnswerRows.js";

/** One scored row: the answer's score, or why it has none. Rows keep their input's id and file line. */
export type ScoredRow =
  | { readonly id: string; readonly line: number; readonly score: AnswerScore }
  | { readonly id: string; readonly line: number; readonly error: RowError };

/** Options of {@link scoreRows}. */
export interface ScoreRowsOptions extends ScoreAnswerOptions {
  /** Called with the number of rows done, every `progressEvery` rows and once at the end. */
  readonly onProgress?: (done: number) => void;
  /** How many rows between progress calls; 1,000 by default. */
  readonly progressEvery?: number;
}

/** Rows between progress calls, unless told otherwise. */
export const DEFAULT_PROGRESS_EVERY = 1000;

/**
 * Scores rows one by one, in input order, with exactly one output per input row. Rows the reader
 * rejected pass through as errors; an answer the scorer refuses (an unknown competency, say)
 * becomes an error carrying the scorer's issue code, with a message naming the line. Rows are
 * pulled as they are scored, so a slow consumer slows the reading instead of filling memory.
 *
 * @param rows - rows from {@link readAnswerRows}, or any async iterable of {@link AnswerRow}
 * @param options - progress reporting, and the framework and model to score with
 * @returns an async generator of scored rows
 * @throws {RapportError} `invalid-input` at once, when `progressEvery` is not a positive whole number
 * @example
 * for await (const row of scoreRows(readAnswerRows("answers.jsonl"))) {
 *   console.log(row.id, "score" in row ? row.score.level : row.error.code);
 * }
 * //=> prints e.g. "a1 4", "a2 unknown-competency", "line-5 invalid-json"
 */
export function scoreRows(rows: AsyncIterable<AnswerRow>, options: ScoreRowsOptions = {}): AsyncGenerator<ScoredRow> {
  const every = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  if (!Number.isInteger(every) || every < 1) {
    throw new RapportError([{ code: "invalid-input", path: ["progressEvery"], message: `progressEvery must be a whole number of at least 1; got ${String(every)}.` }]);
  }
  return scoreEach(rows, every, options);
}

async function* scoreEach(rows: AsyncIterable<AnswerRow>, every: number, options: ScoreRowsOptions): AsyncGenerator<ScoredRow> {
  const { onProgress, progressEvery: _, ...scoring } = options;
  let done = 0;
  for await (const row of rows) {
    yield scoreOne(row, scoring);
    done++;
    if (onProgress !== undefined && done % every === 0) onProgress(done);
  }
  if (onProgress !== undefined && (done === 0 || done % every !== 0)) onProgress(done);
}

function scoreOne(row: AnswerRow, scoring: ScoreAnswerOptions): ScoredRow {
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

/** Waits until `out` wants more, failing if it errors or closes first (a closed pipe never drains). */
async function drained(out: NodeJS.WritableStream, failure: () => unknown): Promise<void> {
  const gone = (): boolean => (out as { destroyed?: boolean }).destroyed === true;
  if (failure() !== undefined || gone()) throw failure() ?? new Error("The output closed before every row was written.");
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown): void => {
      out.off("drain", onDrain);
      out.off("error", onError);
      out.off("close", onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle();
    const onError = (error: unknown): void => settle(error);
    const onClose = (): void => settle(failure() ?? new Error("The output closed before every row was written."));
    out.on("drain", onDrain);
    out.on("error", onError);
    out.on("close", onClose);
  });
}

/** Options of {@link scoreFile}. */
export interface ScoreFileOptions extends ScoreRowsOptions {
  /** Where the JSON lines go; `process.stdout` by default. It is not ended, so you may write more. */
  readonly out?: NodeJS.WritableStream;
  /** The input's format; from its extension by default. */
  readonly format?: AnswerFileFormat;
}

/** What {@link scoreFile} did. */
export interface ScoreFileSummary {
  /** Rows read: data rows of the file, good or bad. */
  readonly rows: number;
  /** Rows that got a score (including "insufficient-evidence"). */
  readonly scored: number;
  /** Rows that got an error instead: rejected by the reader or refused by the scorer. */
  readonly rejected: number;
}

/**
 * Scores every answer of a CSV or JSONL file and writes one JSON line per row (a {@link ScoredRow})
 * to `out`, in file order, waiting for `out` to drain when it is full.
 *
 * @param inputPath - a `.csv`, `.jsonl` or `.ndjson` file (see {@link readAnswerRows})
 * @param options - where to write, the format, progress reporting, framework and model
 * @returns how many rows were read, scored and rejected
 * @throws {RapportError} `invalid-input` when the format cannot be told; rejects with Node's error when the
 *   file cannot be read or `out` fails
 * @example
 * await scoreFile("answers.csv", { out: createWriteStream("scores.jsonl") })
 * //=> { rows: 1200, scored: 1187, rejected: 13 }
 */
export async function scoreFile(inputPath: string, options: ScoreFileOptions = {}): Promise<ScoreFileSummary> {
  const { out = process.stdout, format, ...rest } = options;
  const rows = readAnswerRows(inputPath, format === undefined ? {} : { format });
  let failure: unknown;
  let failed = false;
  const onError = (error: unknown): void => {
    failed = true;
    failure = error;
  };
  out.on("error", onError);
  let count = 0;
  let scored = 0;
  try {
    for await (const row of scoreRows(rows, rest)) {
      if (failed) throw failure;
      count++;
      if ("score" in row) scored++;
      if (!out.write(`${JSON.stringify(row)}\n`)) await drained(out, () => (failed ? failure : undefined));
    }
    if (failed) throw failure;
  } finally {
    out.off("error", onError);
  }
  return { rows: count, scored, rejected: count - scored };
}
