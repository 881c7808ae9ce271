// `rapport score` and `rapport merge`: bulk runs that lose nothing.
import { writeFile } from "node:fs/promises";
import type { CAC } from "cac";
import { mergeScores, parseShard, readAnswerRows, scoreFile, type ScoreFileOptions, type ScoreFileSummary, type Shard, STDIN } from "../node/index.js";
import { RapportError } from "../errors.js";
import { startProgress } from "./progress.js";

/** Exit codes of `rapport score` and `rapport merge`, as the README documents them. */
export const EXIT = { done: 0, rejected: 1, usage: 2, output: 3, interrupted: 130, terminated: 143, pipe: 141 } as const;

/** What a lone `-` on the command line becomes before parsing (cac would drop it), and back again: see {@link dash}. */
export const DASH = "\u0000-";

/**
 * A command-line value with `-` restored.
 *
 * @param value - a value from cac
 * @returns the value, `-` for standard input or output
 */
export function dash<T extends string | undefined>(value: T): T | "-" {
  return value === DASH ? STDIN : value;
}

/** Fails with a one-line message that names the fix. */
export function usage(message: string): never {
  throw new RapportError([{ code: "invalid-input", path: ["cli"], message }]);
}

interface ScoreFlags {
  out?: string | undefined;
  format?: string;
  outFormat?: string;
  progress?: boolean;
  workers: unknown;
  scorer?: string;
  concurrency?: unknown;
  resume?: boolean;
  shard?: string;
  summary?: string;
  strict?: boolean;
}

const count = (n: number): string => n.toLocaleString("en");

function workersOf(value: unknown): number | "auto" {
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) usage(`--workers needs a whole number above 0 or 'auto', not '${String(value)}'.`);
  return n;
}

function optionsOf(flags: ScoreFlags, signal: AbortSignal): ScoreFileOptions {
  if (flags.format !== undefined && flags.format !== "csv" && flags.format !== "jsonl") usage(`--format must be csv or jsonl, not '${flags.format}'.`);
  if (flags.outFormat !== undefined && flags.outFormat !== "csv" && flags.outFormat !== "jsonl") usage(`--out-format must be csv or jsonl, not '${flags.outFormat}'.`);
  if (flags.resume === true && (flags.out === undefined || flags.out === STDIN)) usage("--resume continues a file: name it with --out.");
  const concurrency = flags.concurrency === undefined ? undefined : Number(flags.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) usage(`--concurrency needs a whole number above 0, not '${String(flags.concurrency)}'.`);
  return {
    ...(flags.out !== undefined && flags.out !== STDIN && { out: flags.out }),
    ...(flags.format !== undefined && { format: flags.format as "csv" | "jsonl" }),
    ...(flags.outFormat !== undefined && { outFormat: flags.outFormat as "csv" | "jsonl" }),
    workers: workersOf(flags.workers),
    ...(flags.scorer !== undefined && { scorer: flags.scorer }),
    ...(concurrency !== undefined && { concurrency }),
    ...(flags.resume === true && { resume: true }),
    ...(flags.shard !== undefined && { shard: parseShard(flags.shard) }),
    onWarning: (message: string) => process.stderr.write(`rapport: ${message}\n`),
    signal,
  };
}

/** Counts the records of a file in the background, for the progress bar's total. */
async function countRecords(path: string, format: ScoreFileOptions["format"], shard: Shard | undefined): Promise<number> {
  let records = 0;
  for await (const _ of readAnswerRows(path, { checkIds: false, ...(format !== undefined && { format }) })) records++;
  return shard === undefined ? records : records > shard.index ? Math.floor((records - 1 - shard.index) / shard.count) + 1 : 0;
}

function summaryLine(summary: ScoreFileSummary, seconds: number, shard: Shard | undefined): string {
  const fresh = summary.rows - summary.resumed;
  const parts = [
    `${count(summary.rows)} rows`,
    `${count(summary.scored)} scored`,
    `${count(summary.rejected)} rejected`,
    `${count(summary.warnings)} with warnings`,
  ].join(", ");
  const notes = [
    summary.resumed > 0 ? `${count(summary.resumed)} kept from the interrupted run` : "",
    shard !== undefined ? `shard ${shard.index}/${shard.count} of ${count(summary.records)} records` : "",
  ].filter((n) => n !== "");
  return `rapport: ${parts}${notes.length > 0 ? ` (${notes.join("; ")})` : ""} in ${seconds.toFixed(1)} s, ${count(Math.round(fresh / Math.max(seconds, 1e-3)))} rows/s\n`;
}

/** Stops the run on the first SIGINT or SIGTERM (the rows scored so far are kept), and at once on a second. */
function interruptions(): { signal: AbortSignal; received: () => NodeJS.Signals | undefined; dispose: () => void } {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const on = (name: NodeJS.Signals): void => {
    if (received !== undefined) process.exit(name === "SIGINT" ? EXIT.interrupted : EXIT.terminated);
    received = name;
    controller.abort();
  };
  process.on("SIGINT", on);
  process.on("SIGTERM", on);
  return { signal: controller.signal, received: () => received, dispose: () => (process.off("SIGINT", on), process.off("SIGTERM", on)) };
}

async function runScore(given: string, givenFlags: ScoreFlags): Promise<void> {
  const input = dash(given);
  const flags = { ...givenFlags, out: dash(givenFlags.out) };
  const stop = interruptions();
  const options = optionsOf(flags, stop.signal);
  const started = performance.now();
  const showProgress = flags.progress ?? process.stderr.isTTY === true;
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const progress = showProgress ? startProgress(input === STDIN ? undefined : countRecords(input, options.format, shard)) : undefined;
  let summary: ScoreFileSummary;
  try {
    summary = await scoreFile(input, { ...options, ...(progress !== undefined && { onProgress: progress.update, progressEvery: 50 }) });
  } finally {
    progress?.stop();
    stop.dispose();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(summaryLine(summary, seconds, shard));
  if (flags.summary !== undefined) {
    const record = {
      ...summary,
      seconds: Number(seconds.toFixed(3)),
      rowsPerSecond: Math.round((summary.rows - summary.resumed) / Math.max(seconds, 1e-3)),
      // The process's peak resident memory and CPU time, worker threads included.
      peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuSeconds: Number(((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(1)),
      workers: options.workers,
      input,
      output: flags.out ?? "standard output",
      ...(shard !== undefined && { shard }),
    };
    await writeFile(flags.summary, `${JSON.stringify(record, null, 2)}\n`);
  }
  if (summary.interrupted === true) {
    const kept = flags.out !== undefined && flags.out !== STDIN ? ` ${flags.out}.partial keeps them: run the same command with --resume to go on.` : "";
    process.stderr.write(`rapport: interrupted after ${count(summary.rows)} rows.${kept}\n`);
    process.exitCode = stop.received() === "SIGTERM" ? EXIT.terminated : EXIT.interrupted;
  } else if (flags.strict === true && summary.rejected > 0) process.exitCode = EXIT.rejected;
}

/**
 * Adds `score` and `merge` to the command line.
 *
 * @param cli - the cac instance
 */
export function registerBulk(cli: CAC): void {
  cli
    .command("score <answers>", "Score every record of a .jsonl or .csv file ('-' for standard input) to JSON Lines, or CSV with --out x.csv")
    .option("--out <file>", "Write here (renamed into place when the run has finished) instead of standard output")
    .option("--format <format>", "The input's format, csv or jsonl, when the extension does not say")
    .option("--out-format <format>", "csv or jsonl, when --out's extension does not say")
    .option("--progress", "Show a progress bar (by default only on a terminal; --no-progress hides it)")
    .option("--workers <n>", "Worker threads to score on, or 'auto' (every core but one); capped at the cores available", { default: 1 })
    .option("--scorer <module>", "A module whose default export is a Scorer (or a function returning one), e.g. an LLM adapter")
    .option("--concurrency <n>", "Answers a --scorer scores at once, per thread (1 by default)")
    .option("--resume", "Continue an interrupted run's --out after its last complete row")
    .option("--shard <i/n>", "Score only records k with (k - 1) % n == i (0 <= i < n), for array jobs; join with 'rapport merge'")
    .option("--summary <file>", "Also write the run's summary as JSON")
    .option("--strict", "Exit 1 when any row was rejected")
    .action(runScore);

  cli
    .command("merge <...outputs>", "Join the outputs of 'rapport score --shard' in input order, refusing missing or doubled rows")
    .option("--out <file>", "Write here instead of standard output")
    .action(async (outputs: string[], flags: { out?: string }) => {
      const out = dash(flags.out);
      const summary = await mergeScores(outputs, { out: out === undefined || out === STDIN ? process.stdout : out });
      process.stderr.write(`rapport: merged ${count(summary.rows)} rows from ${summary.files} files\n`);
    });
}
