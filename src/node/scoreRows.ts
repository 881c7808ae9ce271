import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { RapportError } from "../errors.js";
import type { ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import { type AnswerFileFormat, type AnswerRow, readAnswerRows } from "./readAnswerRows.js";
import { type ScoredRow, scoreOne } from "./scoreRow.js";

export type { ScoredRow } from "./scoreRow.js";

/** Options of {@link scoreRows}. */
export interface ScoreRowsOptions extends ScoreAnswerOptions {
  /** Called with the number of rows done, every `progressEvery` rows and once at the end. */
  readonly onProgress?: (done: number) => void;
  /** How many rows between progress calls; 1,000 by default. */
  readonly progressEvery?: number;
  /**
   * Worker threads to score on (a piscina pool); 1 (the default) scores in this thread. `"auto"` uses
   * every core but one. Output order is input order either way.
   */
  readonly workers?: number | "auto";
}

/** Rows sent to a worker at a time. */
const BATCH = 200;

/** The worker script next to this module: built JavaScript, or TypeScript run through tsx in development. */
function workerFile(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return { filename: fileURLToPath(new URL("./worker.ts", here)), execArgv: ["--import", "tsx"] };
  for (const candidate of ["./worker.js", "./node/worker.js", "../node/worker.js"]) {
    const path = fileURLToPath(new URL(candidate, here));
    if (existsSync(path)) return { filename: path, execArgv: [] };
  }
  throw new RapportError([{ code: "invalid-input", path: ["workers"], message: "The worker script (dist/node/worker.js) is missing; rebuild rapport or score with workers: 1." }]);
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
  const workers = options.workers === "auto" ? Math.max(1, availableParallelism() - 1) : (options.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RapportError([{ code: "invalid-input", path: ["workers"], message: `workers must be a whole number of at least 1, or "auto"; got ${String(options.workers)}.` }]);
  }
  const { onProgress, progressEvery: _every, workers: _workers, ...scoring } = options;
  const scored = workers === 1 ? scoreEach(rows, scoring) : scorePooled(rows, workers, scoring);
  return onProgress === undefined ? scored : withProgress(scored, every, onProgress);
}

/** Passes rows through, reporting every `every` rows and once at the end. */
async function* withProgress(rows: AsyncIterable<ScoredRow>, every: number, onProgress: (done: number) => void): AsyncGenerator<ScoredRow> {
  let done = 0;
  for await (const row of rows) {
    yield row;
    done++;
    if (done % every === 0) onProgress(done);
  }
  if (done === 0 || done % every !== 0) onProgress(done);
}

async function* scorePooled(rows: AsyncIterable<AnswerRow>, workers: number, scoring: ScoreAnswerOptions): AsyncGenerator<ScoredRow> {
  const pool = new Piscina({ ...workerFile(), maxThreads: workers, minThreads: workers, workerData: scoring });
  // Batches in flight, oldest first: at most two per worker, so a slow consumer slows the reading.
  const inFlight: Promise<ScoredRow[]>[] = [];
  let batch: AnswerRow[] = [];
  try {
    for await (const row of rows) {
      batch.push(row);
      if (batch.length < BATCH) continue;
      inFlight.push(pool.run(batch) as Promise<ScoredRow[]>);
      batch = [];
      while (inFlight.length >= 2 * workers) yield* await (inFlight.shift() as Promise<ScoredRow[]>);
    }
    if (batch.length > 0) inFlight.push(pool.run(batch) as Promise<ScoredRow[]>);
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<ScoredRow[]>);
  } finally {
    await pool.destroy();
  }
}

async function* scoreEach(rows: AsyncIterable<AnswerRow>, scoring: ScoreAnswerOptions): AsyncGenerator<ScoredRow> {
  for await (const row of rows) yield scoreOne(row, scoring);
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
