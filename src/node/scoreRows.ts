import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { RapportError } from "../errors.js";
import type { ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { Scorer } from "../scoring/scorer.js";
import type { BatchResult, Scoring } from "./batch.js";
import type { AnswerRow } from "./readAnswerRows.js";
import type { OutputSpec } from "./rowText.js";
import { loadScorer, scorerModuleUrl } from "./scorerModule.js";
import type { ScoredRow } from "./scoreRow.js";
import type { WorkerSetup } from "./worker.js";

export type { ScoredRow, ScoredRowBase } from "./scoreRow.js";

/** Options of {@link scoreRows}. */
export interface ScoreRowsOptions extends ScoreAnswerOptions {
  /** Called with the number of rows done, every `progressEvery` rows and once at the end. */
  readonly onProgress?: (done: number) => void;
  /** How many rows between progress calls; 1,000 by default. */
  readonly progressEvery?: number;
  /**
   * Worker threads to score on (a piscina pool); 1 (the default) scores in this thread. `"auto"` uses
   * every core but one. More than the cores available are not started (`onWarning` says so). Output
   * order is input order either way.
   */
  readonly workers?: number | "auto";
  /**
   * A {@link Scorer} of your own (an LLM adapter, say), or the path or URL of a module whose default
   * export is one (or a function returning one). The built-in scorer by default. Each worker thread
   * imports a module itself; a Scorer object cannot be sent to threads, so it scores in this thread.
   */
  readonly scorer?: Scorer | string | URL;
  /** Answers a scorer of your own scores at once, per thread (1 by default): for scorers that wait on a service. */
  readonly concurrency?: number;
  /** Told about choices made for the run, such as fewer workers than asked for. */
  readonly onWarning?: (message: string) => void;
  /** Stops the run: no more rows are read, and the rows already scored are still given. */
  readonly signal?: AbortSignal;
}

/** Rows sent to a worker at a time. */
const BATCH = 200;
/** Rows scored at a time in this thread: small, so that a slow source is not kept waiting. */
const LOCAL_BATCH = 32;

/**
 * Each worker's heap: a worker holds about 40 MB of live objects (the language model included), and V8
 * would otherwise let garbage grow the old generation to several times that before collecting.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 160 };

/** Rows between progress calls, unless told otherwise. */
export const DEFAULT_PROGRESS_EVERY = 1000;

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

const invalid = (path: string, message: string): RapportError => new RapportError([{ code: "invalid-input", path: [path], message }]);

/** How a run will score: threads, and the scorer (an object for this thread, or a module every thread imports). */
export interface ScorePlan {
  readonly threads: number;
  readonly options: ScoreAnswerOptions;
  readonly scorer?: Scorer;
  readonly scorerModule?: string;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
}

function threadsOf(options: ScoreRowsOptions): number {
  const cores = availableParallelism();
  const asked = options.workers ?? 1;
  if (asked === "auto") return Math.max(1, cores - 1);
  if (!Number.isInteger(asked) || asked < 1) throw invalid("workers", `workers must be a whole number of at least 1, or "auto"; got ${String(options.workers)}.`);
  if (asked <= cores) return asked;
  options.onWarning?.(`${asked} workers asked for, but only ${cores} core${cores === 1 ? " is" : "s are"} available: scoring on ${cores}.`);
  return cores;
}

/**
 * Checks the options and decides how the run scores.
 *
 * @param options - the options
 * @returns the plan
 * @throws {RapportError} `invalid-input` naming the option at fault
 */
export function planScoring(options: ScoreRowsOptions): ScorePlan {
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw invalid("concurrency", `concurrency must be a whole number of at least 1; got ${String(concurrency)}.`);
  const { framework, model, scorer, signal } = options;
  const scoring: ScoreAnswerOptions = { ...(framework !== undefined && { framework }), ...(model !== undefined && { model }) };
  let threads = threadsOf(options);
  const base = { options: scoring, concurrency, ...(signal !== undefined && { signal }) };
  if (scorer === undefined) return { ...base, threads };
  if (typeof scorer === "string" || scorer instanceof URL) return { ...base, threads, scorerModule: scorerModuleUrl(scorer) };
  if (threads > 1) {
    options.onWarning?.(`The scorer '${scorer.name}' is an object, which cannot be sent to worker threads: scoring in one thread (give its module's path to score on ${threads}).`);
    threads = 1;
  }
  return { ...base, threads, scorer };
}

/**
 * Scores rows in batches, in input order, on this thread or on a pool of worker threads. At most two
 * batches per worker are in flight, so a slow consumer slows the reading instead of filling memory.
 *
 * @param rows - the rows
 * @param plan - from {@link planScoring}
 * @param spec - when given, batches come back as text in this format
 * @returns an async generator of scored batches
 */
export async function* scoreBatches(rows: AsyncIterable<AnswerRow>, plan: ScorePlan, spec?: OutputSpec): AsyncGenerator<BatchResult> {
  if (plan.threads === 1) {
    const scorer = plan.scorer ?? (plan.scorerModule === undefined ? undefined : await loadScorer(plan.scorerModule));
    const scoring: Scoring = { options: plan.options, concurrency: plan.concurrency, ...(scorer !== undefined && { scorer }) };
    // Imported here, not above: a run on workers never loads the scorer and its language model in this thread.
    const { scoreBatch } = await import("./batch.js");
    for await (const batch of batches(rows, LOCAL_BATCH, plan.signal)) yield await scoreBatch(batch, scoring, spec);
    return;
  }
  const workerData: WorkerSetup = { options: plan.options, concurrency: plan.concurrency, ...(plan.scorerModule !== undefined && { scorerModule: plan.scorerModule }) };
  // Threads start as batches queue up, so a file of five rows starts one, whatever was asked for.
  const pool = new Piscina({ ...workerFile(), maxThreads: plan.threads, minThreads: 1, idleTimeout: 60_000, workerData, resourceLimits: WORKER_LIMITS });
  const inFlight: Promise<BatchResult>[] = [];
  try {
    for await (const batch of batches(rows, BATCH, plan.signal)) {
      inFlight.push(pool.run({ rows: batch, ...(spec !== undefined && { spec }) }) as Promise<BatchResult>);
      while (inFlight.length >= 2 * plan.threads) yield await (inFlight.shift() as Promise<BatchResult>);
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as Promise<BatchResult>);
  } finally {
    // Rejections of batches no one waits for any more must not go unhandled.
    for (const pending of inFlight) pending.catch(() => undefined);
    await pool.destroy();
  }
}

async function* batches(rows: AsyncIterable<AnswerRow>, size: number, signal: AbortSignal | undefined): AsyncGenerator<AnswerRow[]> {
  let batch: AnswerRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
    if (signal?.aborted === true) return;
  }
  if (batch.length > 0) yield batch;
}

/**
 * Scores rows one by one, in input order, with exactly one output per input row. Rows the reader
 * rejected pass through as errors; an answer the scorer refuses (an unknown competency, say)
 * becomes an error carrying the scorer's issue code, with a message naming the line. Each row keeps
 * its input's id, line, record number, candidate, other columns (`fields`) and warnings. Rows are
 * pulled as they are scored, so a slow consumer slows the reading instead of filling memory.
 *
 * @param rows - rows from {@link readAnswerRows}, or any async iterable of {@link AnswerRow}
 * @param options - progress reporting, workers, the scorer, and the framework and model to score with
 * @returns an async generator of scored rows
 * @throws {RapportError} `invalid-input` at once, when `progressEvery`, `workers` or `concurrency` is not a positive whole number
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { readAnswerRows, scoreRows } from "rapport/node";
 *
 * const file = Readable.from([
 *   '{"id": "a1", "competency": "patience", "answer": "A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me."}\n',
 *   '{"id": "a2", "answer": "I stay calm."}\n',
 * ]);
 * const results: (string | number)[] = [];
 * for await (const row of scoreRows(readAnswerRows(file))) results.push("score" in row ? row.score.level : row.error.code);
 * results; //=> [5, "invalid-input"]
 * ```
 */
export function scoreRows(rows: AsyncIterable<AnswerRow>, options: ScoreRowsOptions = {}): AsyncGenerator<ScoredRow> {
  const every = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
  if (!Number.isInteger(every) || every < 1) throw invalid("progressEvery", `progressEvery must be a whole number of at least 1; got ${String(every)}.`);
  const scored = flatten(scoreBatches(rows, planScoring(options)));
  return options.onProgress === undefined ? scored : withProgress(scored, every, options.onProgress);
}

async function* flatten(batches: AsyncIterable<BatchResult>): AsyncGenerator<ScoredRow> {
  for await (const batch of batches) yield* batch.rows ?? [];
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
