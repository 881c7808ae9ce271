import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { type CsvError, parse } from "csv-parse";
import { z } from "zod";
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

/**
 * One row of a bulk answer file: the validated input, or why it was rejected. `line` is the file
 * line the row starts on (1-based; a CSV's header is line 1), so it can be found in an editor.
 */
export type AnswerRow =
  | { readonly line: number; readonly ok: true; readonly input: AnswerRowInput }
  | { readonly line: number; readonly ok: false; readonly id: string; readonly error: RowError };

/** Options of {@link readAnswerRows}. */
export interface ReadAnswerRowsOptions {
  /** The file's format; from its extension (`.csv`, `.jsonl`, `.ndjson`) by default. */
  readonly format?: AnswerFileFormat;
}

const FIELDS = ["id", "competency", "answer", "question", "questionType", "candidate"] as const;
const FIELD_BY_KEY = new Map<string, string>(FIELDS.map((f) => [f.toLowerCase(), f]));

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

function formatOf(path: string, format: AnswerFileFormat | undefined): AnswerFileFormat {
  if (format !== undefined) {
    if (format === "csv" || format === "jsonl") return format;
    throw new RapportError([{ code: "invalid-input", path: ["format"], message: `Unknown format '${String(format)}'. Use "csv" or "jsonl".` }]);
  }
  const found = ANSWER_FILE_EXTENSIONS[extname(path).toLowerCase()];
  if (found !== undefined) return found;
  throw new RapportError([
    {
      code: "invalid-input",
      path: ["path"],
      message: `Cannot tell the format of '${path}' from its extension. Use one of ${Object.keys(ANSWER_FILE_EXTENSIONS).join(", ")}, or pass { format: "csv" | "jsonl" }.`,
    },
  ]);
}

/**
 * Streams the answers of a CSV or JSONL file as validated rows, one per data row, in file order.
 * Nothing is dropped: a row with a missing or malformed field, a line that is not JSON, or a CSV
 * record that cannot be parsed comes out as an error row naming the line and the field. Blank lines
 * (and CSV rows whose every cell is empty) are not data and are skipped. The file is read lazily,
 * so memory stays flat however large it is.
 *
 * CSV files need a header row naming the columns `id`, `competency`, `answer` and optionally
 * `question`, `questionType`, `candidate` (any case; other columns are ignored); a BOM, quoted
 * fields spanning lines, and rows with too few or too many cells are accepted. JSONL files hold one
 * JSON object per line with the same fields; a numeric `id` is turned into text.
 *
 * @param path - a `.csv`, `.jsonl` or `.ndjson` file
 * @param options - the format, when the extension does not tell it
 * @returns an async generator of rows
 * @throws {RapportError} `invalid-input` at once, when the format is neither given nor told by the extension;
 *   when iterated, rejects with Node's own error if the file cannot be read (e.g. `ENOENT`)
 * @example
 * for await (const row of readAnswerRows("answers.csv")) {
 *   if (!row.ok) console.error(row.error.message);
 * }
 * //=> prints e.g. "line 7: missing 'competency'"
 */
export function readAnswerRows(path: string, options: ReadAnswerRowsOptions = {}): AsyncGenerator<AnswerRow> {
  return formatOf(path, options.format) === "csv" ? readCsv(path) : readJsonl(path);
}

async function* readJsonl(path: string): AsyncGenerator<AnswerRow> {
  const input = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { line, ok: false, id: `line-${line}`, error: { code: "invalid-json", message: `line ${line}: not valid JSON (${(error as Error).message})` } };
        continue;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        yield { line, ok: false, id: `line-${line}`, error: { code: "invalid-input", message: `line ${line}: expected a JSON object with 'id', 'competency' and 'answer'` } };
        continue;
      }
      yield toAnswerRow(value as Record<string, unknown>, line);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The file line a record starts on, from the line it ends on and the newlines inside it. */
function startLine(endLine: number, raw: string | undefined): number {
  if (raw === undefined) return endLine;
  const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$|\r$/, "");
  let inner = 0;
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) inner++;
  return endLine - inner;
}

interface CsvItem {
  readonly seq: number;
  readonly line: number;
  readonly record: Record<string, unknown>;
}

interface CsvSkip {
  readonly seq: number;
  readonly row: AnswerRow;
}

function skippedRow(error: CsvError | undefined, raw: string | undefined): AnswerRow {
  const end = typeof error?.lines === "number" ? error.lines : 0;
  const line = startLine(end, raw);
  const message =
    error?.code === "CSV_QUOTE_NOT_CLOSED"
      ? `line ${line}: a quoted field opens here and is never closed, so lines ${line}-${end} could not be read as rows`
      : `line ${line}: ${error?.message ?? "the record could not be parsed"}`;
  return { line, ok: false, id: `line-${line}`, error: { code: "invalid-csv", message } };
}

async function* readCsv(path: string): AsyncGenerator<AnswerRow> {
  // Records and skipped (unparseable) records share one sequence, numbered synchronously as the
  // parser meets them, so that a skipped record comes out in its place among the good ones.
  let seq = 0;
  const skipped: CsvSkip[] = [];
  const file = createReadStream(path);
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map(columnName),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    on_record: (record, info): CsvItem | undefined => {
      const fields = (record as unknown as { record: Record<string, unknown> }).record;
      if (Object.values(fields).every((v) => typeof v !== "string" || v.trim() === "")) return undefined;
      return { seq: seq++, line: startLine(info.lines, info.raw), record: fields };
    },
    on_skip: (error, raw) => {
      skipped.push({ seq: seq++, row: skippedRow(error, raw) });
      return undefined;
    },
  });
  file.on("error", (error) => parser.destroy(error));
  file.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<CsvItem>) {
      while (skipped[0] !== undefined && skipped[0].seq < item.seq) yield (skipped.shift() as CsvSkip).row;
      yield toAnswerRow(item.record, item.line);
    }
    for (const skip of skipped) yield skip.row;
  } finally {
    file.destroy();
    parser.destroy();
  }
}
