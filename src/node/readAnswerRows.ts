import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { type CsvContext, type CsvRecord, readCsvRecords } from "./csvRecords.js";
import { IdSet } from "./idSet.js";
import { type PhysicalLine, readLines } from "./lines.js";
import * as z from "zod";
import { RapportError } from "../errors.js";
import { QuestionType } from "../questions/schema.js";

/** The file formats {@link readAnswerRows} reads. */
export type AnswerFileFormat = "csv" | "jsonl";

/** File extensions {@link readAnswerRows} recognises, and the format each means. */
export const ANSWER_FILE_EXTENSIONS: Readonly<Record<string, AnswerFileFormat>> = {
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** Why a row could not be read or scored: `invalid-input` (a field), `invalid-json`, `invalid-csv`, or a scorer's issue code. */
export interface RowError {
  /** What kind of problem this is. */
  readonly code: string;
  /** A sentence naming the line and the field at fault. */
  readonly message: string;
}

const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const trimmed = (value: unknown): unknown => {
  const v = blankToUndefined(value);
  return typeof v === "string" ? v.trim() : v;
};

const optionalText = z.preprocess(blankToUndefined, z.string({ error: "expected text" }).optional());

/** One answer to score, as a row of a bulk file: the scorer's input plus an id and, optionally, a candidate. */
export const AnswerRowInput = z.object({
  /** Your id for the answer; numbers are turned into text. */
  id: z.preprocess(
    (v) => (typeof v === "number" && Number.isFinite(v) ? String(v) : trimmed(v)),
    z.string({ error: "expected text or a number" }),
  ),
  /** The competency to score (id or alias). */
  competency: z.preprocess(trimmed, z.string({ error: "expected text" })),
  /** The candidate's answer; may be empty (the scorer reports it as insufficient evidence). */
  answer: z.preprocess((v) => (v === null ? undefined : v), z.string({ error: "expected text" })),
  /** The question asked. */
  question: optionalText,
  /** The question's type. */
  questionType: z.preprocess(
    trimmed,
    z.enum(QuestionType.options, { error: (issue) => `expected "behavioural" or "situational", got ${JSON.stringify(issue.input)}` }).optional(),
  ),
  /** The candidate, carried along for your own joins; the scorer never reads it. */
  candidate: optionalText,
});

/** One answer to score, as a row of a bulk file. */
export interface AnswerRowInput {
  readonly id: string;
  readonly competency: string;
  readonly answer: string;
  readonly question?: string;
  readonly questionType?: QuestionType;
  readonly candidate?: string;
}

/** Something worth knowing about a row that was read all the same: a repeated id, bytes that are not UTF-8. */
export interface RowWarning {
  /** `duplicate-id` or `invalid-utf8`. */
  readonly code: "duplicate-id" | "invalid-utf8";
  /** A sentence naming the line. */
  readonly message: string;
}

/** What every row carries besides its answer or error. */
export interface AnswerRowBase {
  /** The file line the row starts on (1-based; a CSV's header is line 1), so it can be found in an editor. */
  readonly line: number;
  /** The row's place among the file's records (1-based, rejected records included): shards and resumed runs count by it. */
  readonly record?: number;
  /** The input's other columns (human labels, cohort, group…), unchanged, to pass through to the output. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Warnings about the row. */
  readonly warnings?: readonly RowWarning[];
}

/**
 * One row of a bulk answer file: the validated input, or why it was rejected, with its line, its
 * place among the records, the columns rapport does not read, and any warnings.
 */
export type AnswerRow =
  | (AnswerRowBase & { readonly ok: true; readonly input: AnswerRowInput })
  | (AnswerRowBase & { readonly ok: false; readonly id: string; readonly error: RowError });

/** Options of {@link readAnswerRows}. */
export interface ReadAnswerRowsOptions {
  /** The file's format; from its extension (`.csv`, `.jsonl`, `.ndjson`) by default, or from its first line when read from a stream. */
  readonly format?: AnswerFileFormat;
  /** Warn on rows whose id an earlier row already has (true by default; it keeps every id in memory). */
  readonly checkIds?: boolean;
  /** Told a CSV's other columns (those passed through as `fields`), in order, once its header is read. */
  readonly onColumns?: (fields: readonly string[]) => void;
}

const FIELDS = ["id", "competency", "answer", "question", "questionType", "candidate"] as const;
const FIELD_BY_KEY = new Map<string, string>(FIELDS.map((f) => [f.toLowerCase(), f]));
const KNOWN = new Set<string>(FIELDS);

/** Header cells match the fields whatever their case, spacing, `_` or `-`: `Question Type` is `questionType`. */
function columnName(header: string): string {
  const name = header.trim();
  return FIELD_BY_KEY.get(name.toLowerCase().replace(/[\s_-]+/g, "")) ?? name;
}

/**
 * Validates one parsed row (a CSV record or a JSONL object) into an {@link AnswerRow}.
 *
 * @param record - the row's fields by name
 * @param line - the file line the row starts on
 * @returns the validated input, or an error row whose message names the line and every field at fault
 * @example
 * toAnswerRow({ id: 7, competency: "patience", answer: "…" }, 3)
 * //=> { line: 3, ok: true, input: { id: "7", competency: "patience", answer: "…" } }
 * toAnswerRow({ id: "a1", answer: "…" }, 7)
 * //=> { line: 7, ok: false, id: "a1", error: { code: "invalid-input", message: "line 7: missing 'competency'" } }
 */
export function toAnswerRow(record: Readonly<Record<string, unknown>>, line: number): AnswerRow {
  const parsed = AnswerRowInput.safeParse(record);
  if (parsed.success) {
    const { id, competency, answer, question, questionType, candidate } = parsed.data;
    const input: AnswerRowInput = {
      id,
      competency,
      answer,
      ...(question !== undefined && { question }),
      ...(questionType !== undefined && { questionType }),
      ...(candidate !== undefined && { candidate }),
    };
    return { line, ok: true, input };
  }
  const faults = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "row");
    if (faults.has(field)) continue;
    const value = field === "answer" ? record[field] ?? undefined : blankToUndefined(record[field]);
    faults.set(field, value === undefined ? `missing '${field}'` : `invalid '${field}': ${issue.message}`);
  }
  const id = AnswerRowInput.shape.id.safeParse(record["id"]);
  return {
    line,
    ok: false,
    id: id.success ? id.data : `line-${line}`,
    error: { code: "invalid-input", message: `line ${line}: ${[...faults.values()].join("; ")}` },
  };
}

/** Standard input's name on the command line. */
export const STDIN = "-";

function formatOf(source: string | NodeJS.ReadableStream, format: AnswerFileFormat | undefined): AnswerFileFormat | undefined {
  if (format !== undefined) {
    if (format === "csv" || format === "jsonl") return format;
    throw new RapportError([{ code: "invalid-input", path: ["format"], message: `Unknown format '${String(format)}'. Use "csv" or "jsonl".` }]);
  }
  if (typeof source !== "string" || source === STDIN) return undefined;
  const found = ANSWER_FILE_EXTENSIONS[extname(source).toLowerCase()];
  if (found !== undefined) return found;
  throw new RapportError([
    {
      code: "invalid-input",
      path: ["path"],
      message: `Cannot tell the format of '${source}' from its extension. Use one of ${Object.keys(ANSWER_FILE_EXTENSIONS).join(", ")}, or pass { format: "csv" | "jsonl" }.`,
    },
  ]);
}

/** A row as a format reader makes it, before the checks every format shares. */
interface Draft {
  readonly row: AnswerRow;
  readonly badUtf8: boolean;
}

/**
 * Streams the answers of a CSV or JSONL file as validated rows, one per record, in file order.
 * Nothing is dropped: a row with a missing or malformed field, a line that is not JSON, or a CSV
 * record whose quoting is broken comes out as an error row naming the line the record begins on and
 * the field; after broken quoting, reading starts again on the next line, so no later record is
 * swallowed. Lines end at `\n` or `\r\n` (a bare `\r` is text). Blank lines (and CSV rows whose every
 * cell is empty) are not data and are skipped. A row whose id an earlier row has, or that holds bytes
 * that are not UTF-8, is read with a warning. The file is read lazily, so memory stays flat.
 *
 * CSV files need a header row naming the columns `id`, `competency`, `answer` and optionally
 * `question`, `questionType`, `candidate` (any case); other columns pass through as `fields`. A BOM,
 * quoted fields spanning lines and rows with too few cells are accepted; a row with more cells than
 * the header is an error (an unquoted comma, most likely). JSONL files hold one JSON object per line
 * with the same fields; a numeric `id` is turned into text, and other keys pass through as `fields`.
 *
 * @param source - a `.csv`, `.jsonl` or `.ndjson` file, `"-"` for standard input, or a readable stream
 * @param options - the format, when the extension does not tell it (from a stream it is told by the first line)
 * @returns an async generator of rows
 * @throws {RapportError} `invalid-input` at once, when a file's format is neither given nor told by its
 *   extension; when iterated, for a CSV without a header naming `id`, `competency` and `answer`; rejects
 *   with Node's own error if the file cannot be read (e.g. `ENOENT`)
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { readAnswerRows } from "rapport/node";
 *
 * const file = Readable.from([
 *   '{"id": "a1", "competency": "patience", "answer": "A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me."}\n',
 *   '{"id": "a2", "answer": "I stay calm."}\n',
 * ]);
 * const read: string[] = [];
 * for await (const row of readAnswerRows(file)) read.push(row.ok ? row.input.competency : row.error.message);
 * read; //=> ["patience", "line 2: missing 'competency'"]
 * ```
 */
export function readAnswerRows(source: string | NodeJS.ReadableStream, options: ReadAnswerRowsOptions = {}): AsyncGenerator<AnswerRow> {
  const format = formatOf(source, options.format);
  return checked(readDrafts(source, format, options.onColumns), options.checkIds ?? true);
}

type OnColumns = ReadAnswerRowsOptions["onColumns"];

async function* readDrafts(source: string | NodeJS.ReadableStream, format: AnswerFileFormat | undefined, onColumns: OnColumns): AsyncGenerator<Draft> {
  const stream = typeof source !== "string" ? source : source === STDIN ? process.stdin : createReadStream(source);
  const lines = readLines(stream as AsyncIterable<Buffer>);
  try {
    const kind = format !== undefined ? { format, lines } : await sniff(lines);
    yield* kind.format === "csv" ? readCsv(kind.lines, onColumns) : readJsonl(kind.lines);
  } finally {
    await lines.return(undefined);
    if (typeof source === "string" && source !== STDIN) (stream as ReturnType<typeof createReadStream>).destroy();
  }
}

/** From a stream: JSON Lines when the first line that is not blank starts with `{`, CSV otherwise. */
async function sniff(lines: AsyncGenerator<PhysicalLine>): Promise<{ format: AnswerFileFormat; lines: AsyncIterable<PhysicalLine> }> {
  const head: PhysicalLine[] = [];
  for (;;) {
    const next = await lines.next();
    if (next.done === true) break;
    head.push(next.value);
    if (next.value.text.trim() !== "") break;
  }
  const first = head.at(-1)?.text.trimStart() ?? "";
  async function* replay(): AsyncGenerator<PhysicalLine> {
    yield* head;
    yield* lines;
  }
  return { format: first.startsWith("{") ? "jsonl" : "csv", lines: replay() };
}

/** Numbers rows as records and adds the warnings every format shares: repeated ids and bytes that are not UTF-8. */
async function* checked(drafts: AsyncIterable<Draft>, checkIds: boolean): AsyncGenerator<AnswerRow> {
  const ids = new IdSet();
  let record = 0;
  for await (const { row, badUtf8 } of drafts) {
    record++;
    const warnings: RowWarning[] = [];
    if (badUtf8) warnings.push({ code: "invalid-utf8", message: `line ${row.line}: bytes that are not UTF-8 were read as U+FFFD` });
    const id = row.ok ? row.input.id : row.id.startsWith("line-") ? undefined : row.id;
    if (checkIds && id !== undefined) {
      const seen = ids.add(id, row.line);
      if (seen !== undefined) warnings.push({ code: "duplicate-id", message: `line ${row.line}: the id '${id}' is also on line ${seen}` });
    }
    yield { ...row, record, ...(warnings.length > 0 && { warnings }) };
  }
}

function withFields(row: AnswerRow, fields: Record<string, unknown>): AnswerRow {
  return Object.keys(fields).length === 0 ? row : { ...row, fields };
}

async function* readJsonl(lines: AsyncIterable<PhysicalLine>): AsyncGenerator<Draft> {
  for await (const { text, line, badUtf8, overlong } of lines) {
    if (overlong) {
      yield { row: { line, ok: false, id: `line-${line}`, error: { code: "invalid-json", message: `line ${line}: longer than 4 MiB, not read` } }, badUtf8 };
      continue;
    }
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { row: { line, ok: false, id: `line-${line}`, error: { code: "invalid-json", message: `line ${line}: not valid JSON (${(error as Error).message})` } }, badUtf8 };
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      yield { row: { line, ok: false, id: `line-${line}`, error: { code: "invalid-input", message: `line ${line}: expected a JSON object with 'id', 'competency' and 'answer'` } }, badUtf8 };
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (!KNOWN.has(key)) fields[key] = v;
    yield { row: withFields(toAnswerRow(value as Record<string, unknown>, line), fields), badUtf8 };
  }
}

/** The header's columns: rapport's own fields by their canonical names, the others as written. */
function headerOf(record: CsvRecord): readonly string[] {
  if (record.kind === "broken") throw new RapportError([{ code: "invalid-input", path: ["header"], message: `The header row cannot be read: ${record.message}` }]);
  const columns = record.cells.map((cell, i) => (cell.trim() === "" ? `column${i + 1}` : columnName(cell)));
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) throw new RapportError([{ code: "invalid-input", path: ["header"], message: `line ${record.line}: the header names the column '${column}' twice.` }]);
    seen.add(column);
  }
  const missing = ["id", "competency", "answer"].filter((f) => !seen.has(f));
  if (missing.length > 0) {
    const named = record.cells.slice(0, 4).map((c) => `'${c.length > 24 ? `${c.slice(0, 24)}…` : c}'`).join(", ");
    const hint = record.cells.length === 1 && /[;\t]/.test(record.cells[0] ?? "") ? " Columns must be separated by commas." : " Does the file lack its header row?";
    throw new RapportError([
      { code: "invalid-input", path: ["header"], message: `line ${record.line}: a CSV's first row must name the columns id, competency and answer; this one names ${named}, without ${missing.map((m) => `'${m}'`).join(", ")}.${hint}` },
    ]);
  }
  return columns;
}

function csvRow(record: Extract<CsvRecord, { kind: "cells" }>, columns: readonly string[]): AnswerRow {
  const { line, cells } = record;
  if (cells.length > columns.length) {
    const id = AnswerRowInput.shape.id.safeParse(cells[columns.indexOf("id")]);
    const message = `line ${line}: ${cells.length} cells, but the header names ${columns.length} columns (is there an unquoted comma in a field?)`;
    return { line, ok: false, id: id.success ? id.data : `line-${line}`, error: { code: "invalid-csv", message } };
  }
  const known: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = cells[i];
    if (KNOWN.has(column)) known[column] = cell;
    else if (cell !== undefined) fields[column] = cell;
  });
  return withFields(toAnswerRow(known, line), fields);
}

async function* readCsv(lines: AsyncIterable<PhysicalLine>, onColumns: OnColumns): AsyncGenerator<Draft> {
  const context: CsvContext = { columns: undefined };
  for await (const record of readCsvRecords(lines, context)) {
    if (context.columns === undefined) {
      context.columns = headerOf(record);
      onColumns?.(context.columns.filter((c) => !KNOWN.has(c)));
      continue;
    }
    if (record.kind === "broken") {
      yield { row: { line: record.line, ok: false, id: `line-${record.line}`, error: { code: "invalid-csv", message: record.message } }, badUtf8: false };
      continue;
    }
    if (record.cells.every((v) => v.trim() === "")) continue;
    yield { row: csvRow(record, context.columns), badUtf8: record.badUtf8 };
  }
  if (context.columns === undefined) {
    throw new RapportError([{ code: "invalid-input", path: ["header"], message: "The CSV is empty: it needs a header row naming the columns id, competency and answer." }]);
  }
}
