// CSV records from physical lines, with recovery: a record whose quoting is broken becomes one error
// and reading starts again on the next line, so one stray quote cannot swallow the records after it.
import { parse } from "csv-parse/sync";
import type { PhysicalLine } from "./lines.js";

/** A CSV record's cells, or why its lines could not be read as one. Both name the line the record begins on. */
export type CsvRecord =
  | {
      readonly kind: "cells";
      readonly line: number;
      readonly cells: readonly string[];
      readonly badUtf8: boolean;
      /** The line the record ends on. */
      readonly endLine: number;
      /** Whether a line ending follows the record (a file cut off mid-record has none). */
      readonly ended: boolean;
    }
  | { readonly kind: "broken"; readonly line: number; readonly message: string };

/** Records longer than this (in characters) while a quote is open are taken as an unclosed quote. */
export const MAX_RECORD_CHARS = 4 * 2 ** 20;

/** The column names, once the header is read, so that a broken field can be named. */
export interface CsvContext {
  columns: readonly string[] | undefined;
}

type Scan = { readonly state: "end" | "open"; readonly field: number } | { readonly state: "bad"; readonly field: number };

/**
 * Follows the quoting of one line: a field that starts with `"` is quoted until a `"` that is not
 * doubled; that quote must end the field. A quote inside an unquoted field is text.
 */
function scan(text: string, inQuotes: boolean, startField: number): Scan {
  if (!inQuotes && !text.includes('"')) return { state: "end", field: startField };
  let field = startField;
  let quoted = inQuotes;
  let atStart = !inQuotes;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      quoted = false;
      const next = text[i + 1];
      if (next !== undefined && next !== ",") return { state: "bad", field };
    } else if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else {
      atStart = c === ",";
      if (atStart) field++;
    }
  }
  return { state: quoted ? "open" : "end", field };
}

function fieldName(context: CsvContext, field: number): string {
  const name = context.columns?.[field];
  return name === undefined ? `field ${field + 1}` : `'${name}'`;
}

function cellsOf(pending: readonly PhysicalLine[]): CsvRecord {
  const first = pending[0] as PhysicalLine;
  let text = first.text;
  for (let i = 1; i < pending.length; i++) text += (pending[i - 1] as PhysicalLine).eol + (pending[i] as PhysicalLine).text;
  try {
    const [cells = []] = parse(text, { relax_quotes: true, relax_column_count: true, record_delimiter: "\n" }) as string[][];
    const last = pending.at(-1) as PhysicalLine;
    return { kind: "cells", line: first.line, cells, badUtf8: pending.some((l) => l.badUtf8), endLine: last.line, ended: last.eol !== "" };
  } catch (error) {
    return { kind: "broken", line: first.line, message: `line ${first.line}: ${(error as Error).message}` };
  }
}

/**
 * Reads CSV records from physical lines. Blank lines between records are skipped. When a record's
 * quoting is broken (a quote never closed, or text after a closing quote), it comes out as one
 * `broken` record naming its first line and the field, and reading resumes on the line after it.
 *
 * @param lines - the file's lines
 * @param context - the header's column names, once known, for messages
 * @returns an async generator of records, in file order
 * @example
 * // lines: `a,"open` / `b,c`
 * //=> { kind: "broken", line: 1, … "never closed" }, then { kind: "cells", line: 2, cells: ["b", "c"] }
 */
export async function* readCsvRecords(lines: AsyncIterable<PhysicalLine>, context: CsvContext): AsyncGenerator<CsvRecord> {
  const source = lines[Symbol.asyncIterator]();
  let again: PhysicalLine[] = [];
  let pending: PhysicalLine[] = [];
  let chars = 0;
  let open = false;
  let field = 0;
  const retry = (): void => {
    again = [...pending.slice(1), ...again];
    pending = [];
    chars = 0;
    open = false;
    field = 0;
  };
  for (;;) {
    const next = again.shift() ?? (await source.next()).value;
    if (next === undefined) {
      if (pending.length === 0) return;
      const first = pending[0] as PhysicalLine;
      yield { kind: "broken", line: first.line, message: unclosed(first.line, fieldName(context, field), "is never closed") };
      retry();
      continue;
    }
    if (next.overlong) {
      if (pending.length > 0) {
        const first = pending[0] as PhysicalLine;
        yield { kind: "broken", line: first.line, message: unclosed(first.line, fieldName(context, field), `is not closed before line ${next.line}, which is too long to read`) };
        pending.push(next);
        retry();
        continue;
      }
      yield { kind: "broken", line: next.line, message: `line ${next.line}: longer than 4 MiB, not read` };
      continue;
    }
    if (pending.length === 0 && next.text.trim() === "") continue;
    pending.push(next);
    chars += next.text.length;
    const result = scan(next.text, open, field);
    field = result.field;
    const first = pending[0] as PhysicalLine;
    if (result.state === "bad") {
      const where = next.line === first.line ? "" : ` (on line ${next.line})`;
      yield { kind: "broken", line: first.line, message: `line ${first.line}: the quoted field ${fieldName(context, result.field)} has text after its closing quote${where}; write a quote inside a quoted field as ""` };
      retry();
    } else if (result.state === "open") {
      open = true;
      if (chars <= MAX_RECORD_CHARS) continue;
      yield { kind: "broken", line: first.line, message: unclosed(first.line, fieldName(context, field), "is not closed within 4 MiB") };
      retry();
    } else {
      yield cellsOf(pending);
      pending = [];
      chars = 0;
      open = false;
      field = 0;
    }
  }
}

function unclosed(line: number, field: string, what: string): string {
  return `line ${line}: a quoted field opens here (${field}) and ${what}, so the lines after it are read as records of their own`;
}
