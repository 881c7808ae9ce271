import { extname } from "node:path";
import { RapportError } from "../errors.js";
import { fileSink, type Sink, streamSink, type Written } from "./output.js";
import { type AnswerFileFormat, type AnswerRow, readAnswerRows, STDIN } from "./readAnswerRows.js";
import { csvColumns, csvHeader, type OutputFormat, type OutputSpec } from "./rowText.js";
import { planScoring, scoreBatches, type ScoreRowsOptions } from "./scoreRows.js";

/** A deterministic slice of a file: record `k` (1-based) belongs to shard `(k - 1) % count`. */
export interface Shard {
  /** This shard, from 0 to `count - 1` (a batch scheduler's array index). */
  readonly index: number;
  /** How many shards the file is split into. */
  readonly count: number;
}

/** Options of {@link scoreFile}. */
export interface ScoreFileOptions extends ScoreRowsOptions {
  /**
   * Where the scores go: a file path (written beside itself as `<path>.partial` and renamed into place
   * when the run has finished), or a stream (`process.stdout` by default; it is not ended).
   */
  readonly out?: NodeJS.WritableStream | string;
  /** The input's format; from its extension by default (from its first line for standard input). */
  readonly format?: AnswerFileFormat;
  /** The output's format: from the `out` path's extension (`.csv` is CSV), JSON Lines otherwise. */
  readonly outFormat?: OutputFormat;
  /** Continue an interrupted run's output after its last complete row (`out` must be a path). */
  readonly resume?: boolean;
  /** Score only this slice of the file, `{ index, count }` or `"index/count"` (see {@link Shard}). */
  readonly shard?: Shard | string;
}

/** What {@link scoreFile} did. Counts cover the whole output, rows kept from an interrupted run included. */
export interface ScoreFileSummary {
  /** Rows in the output: one per input record (of this shard). */
  readonly rows: number;
  /** Rows that got a score (including "insufficient-evidence"). */
  readonly scored: number;
  /** Rows that got an error instead: rejected by the reader or refused by the scorer. */
  readonly rejected: number;
  /** Rows that carry a warning (a repeated id, bytes that are not UTF-8). */
  readonly warnings: number;
  /** Rows an interrupted run had written, kept and continued after (0 unless resuming). */
  readonly resumed: number;
  /** Records read from the input, other shards' included. */
  readonly records: number;
  /** Present, and true, when the run was stopped by its `signal` before the end of the input. */
  readonly interrupted?: true;
}

const invalid = (path: string, message: string): RapportError => new RapportError([{ code: "invalid-input", path: [path], message }]);

/**
 * Reads a shard as `{ index, count }` or `"index/count"` (0-based index).
 *
 * @param shard - the shard
 * @returns the shard, checked
 * @throws {RapportError} `invalid-input` unless `0 <= index < count`
 * @example
 * ```ts
 * import { parseShard } from "rapport/node";
 *
 * parseShard("2/4"); //=> { index: 2, count: 4 }
 * ```
 */
export function parseShard(shard: Shard | string): Shard {
  const parts = typeof shard === "string" ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(shard) : undefined;
  const value = typeof shard === "string" ? (parts ? { index: Number(parts[1]), count: Number(parts[2]) } : undefined) : shard;
  if (value === undefined || !Number.isInteger(value.index) || !Number.isInteger(value.count) || value.count < 1 || value.index < 0 || value.index >= value.count) {
    const count = value?.count ?? 4;
    throw invalid("shard", `A shard is index/count with 0 <= index < count, e.g. 0/${count} to ${Math.max(0, count - 1)}/${count}; got '${typeof shard === "string" ? shard : `${shard.index}/${shard.count}`}'.`);
  }
  return value;
}

/** The other columns of a JSON Lines file, for a CSV output's header: every key that is not rapport's, in order of appearance. */
async function jsonlFields(input: string, format: AnswerFileFormat | undefined): Promise<string[]> {
  const names = new Set<string>();
  for await (const row of readAnswerRows(input, { checkIds: false, ...(format !== undefined && { format }) })) for (const key of Object.keys(row.fields ?? {})) names.add(key);
  return [...names];
}

interface Source {
  readonly rows: AsyncIterable<AnswerRow>;
  /** The columns passed through: a CSV's from its header, otherwise those of the first row. */
  readonly fields: () => readonly string[];
}

/**
 * Starts reading: the first row is read here, so that a missing file or one without a header fails
 * before the output is touched.
 */
async function startReading(input: string | NodeJS.ReadableStream, format: AnswerFileFormat | undefined): Promise<Source> {
  let header: readonly string[] | undefined;
  const reader = readAnswerRows(input, { ...(format !== undefined && { format }), onColumns: (columns) => (header = columns) });
  const first = await reader.next();
  async function* all(): AsyncGenerator<AnswerRow> {
    if (first.done === true) return;
    yield first.value;
    yield* reader;
  }
  const firstFields = first.done === true ? [] : Object.keys(first.value.fields ?? {});
  return { rows: all(), fields: () => header ?? firstFields };
}

/** Counts records as they pass, keeps this shard's, and skips those an interrupted run already wrote, checking it was this input. */
async function* select(rows: AsyncIterable<AnswerRow>, shard: Shard | undefined, written: Written | undefined, seen: { records: number }): AsyncGenerator<AnswerRow> {
  const last = written?.last;
  if (last !== undefined && shard !== undefined && (last.record - 1) % shard.count !== shard.index) {
    throw invalid("resume", `The output's last row is record ${last.record}, which is not in shard ${shard.index}/${shard.count}: it was written by another shard.`);
  }
  for await (const row of rows) {
    const record = row.record ?? seen.records + 1;
    seen.records = record;
    if (shard !== undefined && (record - 1) % shard.count !== shard.index) continue;
    if (last !== undefined && record <= last.record) {
      const id = row.ok ? row.input.id : row.id;
      if (record === last.record && (id !== last.id || row.line !== last.line)) {
        throw invalid("resume", `The output's last row is record ${last.record} (id '${last.id}', line ${last.line}), but the input's record ${record} is id '${id}' on line ${row.line}: it is not the input this output was scored from.`);
      }
      continue;
    }
    yield row;
  }
  if (last !== undefined && seen.records < last.record) {
    throw invalid("resume", `The output already has rows up to record ${last.record}, but the input has only ${seen.records} records: it is not the input this output was scored from.`);
  }
}

function outFormatOf(options: ScoreFileOptions): OutputFormat {
  if (options.outFormat !== undefined) {
    if (options.outFormat === "csv" || options.outFormat === "jsonl") return options.outFormat;
    throw invalid("outFormat", `outFormat must be "csv" or "jsonl"; got '${String(options.outFormat)}'.`);
  }
  return typeof options.out === "string" && extname(options.out).toLowerCase() === ".csv" ? "csv" : "jsonl";
}

async function openSink(options: ScoreFileOptions, input: string | NodeJS.ReadableStream, format: OutputFormat): Promise<{ sink: Sink; written?: Written }> {
  const { out = process.stdout, resume = false } = options;
  if (typeof out !== "string") {
    if (resume) throw invalid("resume", "resume needs the output as a file path, to continue what it holds.");
    return { sink: streamSink(out, out === process.stdout ? "standard output" : "the output stream", false) };
  }
  return fileSink(out, { format, resume, ...(typeof input === "string" && input !== STDIN && { input }) });
}

async function specOf(format: OutputFormat, source: Source, input: string | NodeJS.ReadableStream, options: ScoreFileOptions, written: Written | undefined): Promise<OutputSpec> {
  if (format === "jsonl") return { format };
  const fields = source.fields().length > 0 || typeof input !== "string" || input === STDIN || options.format === "csv" || extname(input).toLowerCase() === ".csv" ? source.fields() : await jsonlFields(input, options.format);
  const columns = csvColumns(fields);
  const header = columns.map((c) => c.header);
  if (written?.header !== undefined && written.header.join("\u0000") !== header.join("\u0000")) {
    throw invalid("resume", `The output's columns (${written.header.join(", ")}) are not those this input gives (${header.join(", ")}): it was scored from another input.`);
  }
  return { format, columns };
}

/**
 * Scores every answer of a CSV or JSONL file and writes one row per input record, in file order, as
 * JSON Lines (a {@link ScoredRow} per line) or CSV (`outFormat`, or an `out` path ending in `.csv`).
 * Given a path, the output is written beside it as `<path>.partial` and renamed into place at the end:
 * a run that fails or is stopped leaves the file already there untouched and its partial output kept,
 * which `resume` continues after its last complete row. The input is never written to, and is refused
 * as the output. `shard` scores a deterministic slice, for batch schedulers' array jobs (see `mergeScores`).
 *
 * @param input - a `.csv`, `.jsonl` or `.ndjson` file, `"-"` for standard input, or a readable stream
 * @param options - where to write and how, resume, shard, workers, scorer, progress reporting
 * @returns the counts of the output's rows
 * @throws {RapportError} `invalid-input` for a bad option, an unknown format, a CSV without a header, an output that is the
 *   input or holds an interrupted run (without `resume`), or a resume from another input; rejects with Node's error when the
 *   input cannot be read, and with an {@link OutputError} when the output cannot be written
 * @example
 * ```ts
 * import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { scoreFile } from "rapport/node";
 *
 * const dir = mkdtempSync(join(tmpdir(), "rapport-"));
 * const answers = join(dir, "answers.csv");
 * writeFileSync(answers, 'id,competency,answer\na1,patience,"A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me."\na2,patiense,I stay calm.\n');
 * await scoreFile(answers, { out: join(dir, "scores.jsonl") }); //=> { rows: 2, scored: 1, rejected: 1, warnings: 0, resumed: 0, records: 2 }
 * readFileSync(join(dir, "scores.jsonl"), "utf8").split("\n").map((line) => line && JSON.parse(line).id); //=> ["a1", "a2", ""]
 * ```
 */
export async function scoreFile(input: string | NodeJS.ReadableStream, options: ScoreFileOptions = {}): Promise<ScoreFileSummary> {
  const plan = planScoring(options);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const format = outFormatOf(options);
  const source = await startReading(input, options.format);
  const { sink, written } = await openSink(options, input, format);
  try {
    const summary = await writeAll(source, sink, await specOf(format, source, input, options, written), { plan, shard, written, options });
    if (summary.interrupted === true) await sink.keep();
    else await sink.commit();
    return summary;
  } catch (error) {
    await sink.keep();
    throw error;
  }
}

interface Run {
  readonly plan: ReturnType<typeof planScoring>;
  readonly shard: Shard | undefined;
  readonly written: Written | undefined;
  readonly options: ScoreFileOptions;
}

async function writeAll(source: Source, sink: Sink, spec: OutputSpec, run: Run): Promise<ScoreFileSummary> {
  const { written, options } = run;
  const seen = { records: 0 };
  let rows = written?.rows ?? 0;
  let scored = written?.scored ?? 0;
  let warned = written?.warned ?? 0;
  let header = spec.format === "csv" && written?.header === undefined ? csvHeader(spec.columns) : "";
  const every = options.progressEvery ?? 1000;
  let reported = Math.floor(rows / every);
  for await (const batch of scoreBatches(select(source.rows, run.shard, written, seen), run.plan, spec)) {
    await sink.write(header + (batch.text ?? ""));
    header = "";
    rows += batch.count;
    scored += batch.scored;
    warned += batch.warned;
    if (Math.floor(rows / every) > reported) {
      options.onProgress?.(rows);
      reported = Math.floor(rows / every);
    }
  }
  if (header !== "") await sink.write(header);
  if (rows === 0 || rows % every !== 0 || Math.floor(rows / every) !== reported) options.onProgress?.(rows);
  const interrupted = run.plan.signal?.aborted === true;
  return { rows, scored, rejected: rows - scored, warnings: warned, resumed: written?.rows ?? 0, records: seen.records, ...(interrupted && { interrupted: true as const }) };
}
