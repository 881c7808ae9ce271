import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { stringify } from "csv-stringify/sync";
import { RapportError } from "../errors.js";
import { readCsvRecords } from "./csvRecords.js";
import { readLines } from "./lines.js";
import { fileSink, sameFile, type Sink, streamSink } from "./output.js";
import type { OutputFormat } from "./rowText.js";

/** Options of {@link mergeScores}. */
export interface MergeScoresOptions {
  /** Where the merged rows go: a file path (written as `<path>.partial` and renamed into place), or a stream (not ended). */
  readonly out: string | NodeJS.WritableStream;
}

/** What {@link mergeScores} did. */
export interface MergeSummary {
  /** Rows written: records 1 to `rows`, each once. */
  readonly rows: number;
  /** Files merged. */
  readonly files: number;
}

interface ShardRow {
  readonly record: number;
  readonly text: string;
}

const refuse = (message: string): RapportError => new RapportError([{ code: "invalid-input", path: ["merge"], message }]);

async function* jsonlRows(path: string): AsyncGenerator<ShardRow> {
  for await (const l of readLines(createReadStream(path))) {
    if (l.text.trim() === "") continue;
    let record: unknown;
    try {
      record = (JSON.parse(l.text) as { record?: unknown }).record;
    } catch {
      throw refuse(`Line ${l.line} of ${path} is not a row rapport wrote.`);
    }
    if (l.eol === "") throw refuse(`${path} ends in the middle of a row (line ${l.line}): it is an unfinished output.`);
    if (typeof record !== "number") throw refuse(`Line ${l.line} of ${path} has no record number: merge joins outputs of 'rapport score --shard'.`);
    yield { record, text: `${l.text}\n` };
  }
}

async function csvShard(path: string): Promise<{ header: readonly string[]; rows: AsyncGenerator<ShardRow> }> {
  const records = readCsvRecords(readLines(createReadStream(path)), { columns: undefined });
  const first = await records.next();
  if (first.done === true || first.value.kind !== "cells") throw refuse(`${path} has no header row: it is not an output of 'rapport score'.`);
  const header = first.value.cells;
  const at = header.indexOf("record");
  if (at === -1) throw refuse(`${path} has no 'record' column: merge joins outputs of 'rapport score --shard'.`);
  async function* rows(): AsyncGenerator<ShardRow> {
    for await (const r of records) {
      if (r.kind === "broken" || !r.ended || r.cells.length !== header.length) throw refuse(`${path} has a broken or unfinished row on line ${r.line}.`);
      yield { record: Number(r.cells[at]), text: stringify([r.cells]) };
    }
  }
  return { header, rows: rows() };
}

function formatOf(path: string): OutputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".partial") throw refuse(`${path} is an interrupted run's output: finish it with 'rapport score --resume' first.`);
  throw refuse(`Cannot tell the format of '${path}' from its extension: use .jsonl, .ndjson or .csv.`);
}

async function openShards(inputs: readonly string[]): Promise<{ format: OutputFormat; header?: string; rows: AsyncGenerator<ShardRow>[] }> {
  const formats = new Set(inputs.map(formatOf));
  if (formats.size > 1) throw refuse("The outputs to merge are of different formats: merge JSON Lines with JSON Lines, CSV with CSV.");
  const format = [...formats][0] as OutputFormat;
  if (format === "jsonl") return { format, rows: inputs.map(jsonlRows) };
  const shards = await Promise.all(inputs.map(csvShard));
  const header = (shards[0] as { header: readonly string[] }).header;
  const other = shards.findIndex((s) => s.header.join("\u0000") !== header.join("\u0000"));
  if (other !== -1) throw refuse(`${inputs[other]} has other columns than ${inputs[0]}: they were not scored from the same input.`);
  return { format, header: stringify([header]), rows: shards.map((s) => s.rows) };
}

/**
 * Joins the outputs of `scoreFile`'s shards (`rapport score --shard i/n`) into one output in input
 * order, checking that every record is there exactly once: a missing shard, a record in two files or
 * a file out of order is refused before the output is renamed into place. Reads one row per file at a
 * time, so memory stays flat.
 *
 * @param inputs - the shards' outputs, all JSON Lines or all CSV, in any order
 * @param options - where the merged output goes
 * @returns how many rows were written
 * @throws {RapportError} `invalid-input` naming the record missing or doubled, or the file at fault; an `OutputError` when the output cannot be written
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { mergeScores, scoreFile } from "rapport/node";
 *
 * const dir = mkdtempSync(join(tmpdir(), "rapport-"));
 * const answers = join(dir, "answers.csv");
 * writeFileSync(answers, 'id,competency,answer\na1,patience,"A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me."\na2,patiense,I stay calm.\n');
 * await scoreFile(answers, { out: join(dir, "scores-0.jsonl"), shard: "0/2" });
 * await scoreFile(answers, { out: join(dir, "scores-1.jsonl"), shard: "1/2" });
 * await mergeScores([join(dir, "scores-1.jsonl"), join(dir, "scores-0.jsonl")], { out: join(dir, "scores.jsonl") }); //=> { rows: 2, files: 2 }
 * ```
 */
export async function mergeScores(inputs: readonly string[], options: MergeScoresOptions): Promise<MergeSummary> {
  if (inputs.length === 0) throw refuse("Name the outputs to merge.");
  const shards = await openShards(inputs);
  const { sink } =
    typeof options.out === "string" ? await fileSinkFor(options.out, inputs, shards.format) : { sink: streamSink(options.out, "the output stream", false) };
  try {
    if (shards.header !== undefined) await sink.write(shards.header);
    const rows = await mergeInto(sink, inputs, shards.rows);
    await sink.commit();
    return { rows, files: inputs.length };
  } catch (error) {
    await sink.keep();
    throw error;
  }
}

async function fileSinkFor(out: string, inputs: readonly string[], format: OutputFormat): Promise<{ sink: Sink }> {
  for (const input of inputs) if (await sameFile(out, input)) throw refuse(`The output ${out} is one of the outputs to merge: name another file.`);
  return fileSink(out, { format, resume: false });
}

async function mergeInto(sink: Sink, inputs: readonly string[], sources: readonly AsyncGenerator<ShardRow>[]): Promise<number> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  let expected = 1;
  let chunk = "";
  for (;;) {
    let at = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head?.done !== true && (at === -1 || (head?.value as ShardRow).record < ((heads[at] as IteratorYieldResult<ShardRow>).value.record))) at = i;
    }
    if (at === -1) break;
    const row = (heads[at] as IteratorYieldResult<ShardRow>).value;
    const other = heads.findIndex((h, i) => i !== at && h.done !== true && h.value.record === row.record);
    if (other !== -1) throw refuse(`Record ${row.record} is in both ${inputs[at]} and ${inputs[other]}: each shard's output must be given once.`);
    if (row.record < expected) throw refuse(`Record ${row.record} comes twice, or out of order, in ${inputs[at]}.`);
    if (row.record > expected) throw refuse(`Record ${expected} is in none of the outputs (the next is record ${row.record}, in ${inputs[at]}): is a shard's output missing?`);
    chunk += row.text;
    if (chunk.length > 1 << 16) {
      await sink.write(chunk);
      chunk = "";
    }
    expected++;
    heads[at] = await (sources[at] as AsyncGenerator<ShardRow>).next();
  }
  if (chunk !== "") await sink.write(chunk);
  return expected - 1;
}
