// How scored rows are written: JSON Lines, or CSV with the score's plain values as columns.
import { stringify } from "csv-stringify/sync";
import type { ScoredRow } from "./scoreRow.js";

/** The formats rapport writes scores in. */
export type OutputFormat = "jsonl" | "csv";

/** How to write rows: JSON Lines, or CSV with these columns (see {@link csvColumns}). */
export type OutputSpec = { readonly format: "jsonl" } | { readonly format: "csv"; readonly columns: readonly CsvColumn[] };

/** One CSV column: its header, and the input field it carries, for a pass-through column. */
export interface CsvColumn {
  readonly header: string;
  readonly field?: string;
}

const SCORE_COLUMNS = [
  "score.competency",
  "score.level",
  "score.score",
  "score.confidence",
  "score.mode",
  "score.cap",
  "score.flags",
  "score.reasons",
  "score.scorer",
  "error.code",
  "error.message",
  "warnings",
] as const;
const IDENTITY = ["id", "record", "line", "candidate"] as const;
const OWN = new Set<string>([...IDENTITY, ...SCORE_COLUMNS]);

/**
 * The CSV columns for rows whose inputs had these other columns: id, record, line and candidate, the
 * input's own columns under their names (`fields.<name>` if a name is one of rapport's), then the
 * score's plain values (`score.level`, …), the error and the warnings.
 *
 * @param fields - the input's other columns, in order
 * @returns the columns
 * @example
 * ```ts
 * import { csvColumns } from "rapport/node";
 *
 * csvColumns(["cohort"]).map((c) => c.header).slice(0, 6); //=> ["id", "record", "line", "candidate", "cohort", "score.competency"]
 * ```
 */
export function csvColumns(fields: readonly string[]): CsvColumn[] {
  return [
    ...IDENTITY.map((header) => ({ header })),
    ...fields.map((field) => ({ header: OWN.has(field) ? `fields.${field}` : field, field })),
    ...SCORE_COLUMNS.map((header) => ({ header })),
  ];
}

const text = (value: unknown): string => (value === undefined || value === null ? "" : typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value));

function cellsOf(row: ScoredRow, columns: readonly CsvColumn[]): string[] {
  const score = "score" in row ? row.score : undefined;
  const error = "error" in row ? row.error : undefined;
  const own: Record<string, unknown> = {
    id: row.id,
    record: row.record,
    line: row.line,
    candidate: row.candidate,
    "score.competency": score?.competency,
    "score.level": score?.level,
    "score.score": score?.score,
    "score.confidence": score?.confidence,
    "score.mode": score?.mode,
    "score.cap": score?.cap,
    "score.flags": score?.flags.map((f) => f.code).join("; "),
    "score.reasons": score?.reasons.join(" | "),
    "score.scorer": score?.scorer,
    "error.code": error?.code,
    "error.message": error?.message,
    warnings: row.warnings?.map((w) => w.message).join(" | "),
  };
  return columns.map((c) => text(c.field !== undefined ? row.fields?.[c.field] : own[c.header]));
}

/**
 * Writes scored rows as text: one JSON line each, or one CSV record each (no header).
 *
 * @param rows - the rows
 * @param spec - the format, and a CSV's columns
 * @returns the text, every row ending in a newline
 * @example
 * ```ts
 * import { rowsText } from "rapport/node";
 *
 * const rows = [{ schemaVersion: 1 as const, id: "a1", line: 2, error: { code: "invalid-input", message: "line 2: missing 'answer'" } }];
 * rowsText(rows, { format: "jsonl" }); //=> '{"schemaVersion":1,"id":"a1","line":2,"error":{"code":"invalid-input","message":"line 2: missing \'answer\'"}}\n'
 * ```
 */
export function rowsText(rows: readonly ScoredRow[], spec: OutputSpec): string {
  if (spec.format === "jsonl") {
    let out = "";
    for (const row of rows) out += `${JSON.stringify(row)}\n`;
    return out;
  }
  return stringify(rows.map((row) => cellsOf(row, spec.columns)));
}

/**
 * A CSV header line for these columns.
 *
 * @param columns - the columns
 * @returns the header, ending in a newline
 */
export function csvHeader(columns: readonly CsvColumn[]): string {
  return stringify([columns.map((c) => c.header)]);
}
