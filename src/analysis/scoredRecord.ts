import * as z from "zod";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../errors.js";
import { parseInput } from "../stats/index.js";

/**
 * What a row says about its rating: a level, rapport's admission that the answer gave nothing to rate,
 * a rating left blank, or a row the scorer rejected (`rapport score` writes those with an `error`).
 */
export const RecordState = z.enum(["scored", "insufficient-evidence", "unrated", "error"]);
/** What a row says about its rating. */
export type RecordState = z.infer<typeof RecordState>;

/** One row of scores or ratings, reduced to what analysis reads. */
export interface ScoredRecord {
  /** The join key: the key fields' values, joined by " / ". */
  readonly key: string;
  /** Level 1-5; null unless `state` is `scored`. */
  readonly level: number | null;
  /** The numeric score (1-5, e.g. 3.4, or a mean of raters); the level itself when only a level was given. */
  readonly score: number | null;
  readonly state: RecordState;
  /** The extra fields asked for (a competency, group fields), as text; null where blank or absent. */
  readonly fields: Readonly<Record<string, string | null>>;
  /** The row's line in its file, when it was read from one (messages name it). */
  readonly line?: number;
}

/**
 * Names a row in messages: its file line when known, else its position.
 *
 * @param record - the row
 * @param index - its position, from 0
 * @returns e.g. "line 12" or "row 3"
 * @example
 * rowName({ line: 12 }, 0)
 * //=> "line 12"
 */
export function rowName(record: { readonly line?: number }, index: number): string {
  return record.line !== undefined ? `line ${record.line}` : `row ${index + 1}`;
}

/** Options of {@link safeReadScoredRecord}. */
export const ReadScoredRecordOptions = z.object({
  /** The field or fields that identify a row; `id` by default. */
  key: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** Extra fields to keep (a `--by` field, group fields). `a.b` reads a nested field. */
  fields: z.array(z.string().min(1)).optional(),
});
/** Options of {@link safeReadScoredRecord}. */
export type ReadScoredRecordOptions = z.infer<typeof ReadScoredRecordOptions>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const blank = (v: unknown): boolean => v === null || (typeof v === "string" && v.trim() === "");

/**
 * Reads `a.b.c` from nested objects, or a flat column literally named `a.b.c` (CSV); a column `rapport score` passed
 * through to its JSON Lines output sits under `fields`, and is found by its own name too (`cohort` reads `fields.cohort`).
 */
function fieldOf(raw: Record<string, unknown>, path: string): unknown {
  if (path in raw) return raw[path];
  const nested = path.split(".").reduce<unknown>((v, part) => (isObject(v) ? v[part] : undefined), raw);
  if (nested !== undefined) return nested;
  return isObject(raw.fields) ? raw.fields[path] : undefined;
}

function textOf(value: unknown, path: string, issues: Issue[]): string | null {
  if (value === undefined || blank(value)) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  issues.push({ code: "invalid-input", path: [path], message: `expected text or a number, got ${JSON.stringify(value)}` });
  return null;
}

type Read<T> = { readonly kind: "absent" } | { readonly kind: "blank" } | { readonly kind: "value"; readonly value: T };

function readLevel(value: unknown, path: string, issues: Issue[]): Read<number | "insufficient-evidence"> {
  if (value === undefined) return { kind: "absent" };
  if (blank(value)) return { kind: "blank" };
  if (value === "insufficient-evidence") return { kind: "value", value };
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 5) return { kind: "value", value: n };
  issues.push({ code: "invalid-input", path: path.split("."), message: `expected a level 1-5 or "insufficient-evidence", got ${JSON.stringify(value)}` });
  return { kind: "blank" };
}

function readScore(value: unknown, path: string, issues: Issue[]): Read<number> {
  if (value === undefined) return { kind: "absent" };
  if (blank(value)) return { kind: "blank" };
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n === "number" && Number.isFinite(n) && n >= 1 && n <= 5) return { kind: "value", value: n };
  issues.push({ code: "invalid-input", path: path.split("."), message: `expected a score from 1 to 5, got ${JSON.stringify(value)}` });
  return { kind: "blank" };
}

/** Where the rating sits: rapport's nested `score` object (or its JSON in a CSV cell), flattened `score.*` columns, or the top level. */
function ratingSource(raw: Record<string, unknown>): { level: unknown; score: unknown; prefix: string } {
  let nested = raw.score;
  if (typeof nested === "string" && nested.trim().startsWith("{")) {
    try {
      nested = JSON.parse(nested) as unknown;
    } catch {
      // Not JSON after all: read as a plain score, which reports it.
    }
  }
  if (isObject(nested)) return { level: nested.level, score: nested.score, prefix: "score." };
  if ("score.level" in raw || "score.score" in raw) return { level: raw["score.level"], score: raw["score.score"], prefix: "score." };
  return { level: raw.level, score: raw.score, prefix: "" };
}

/** Combines what was read into a level, a score and a state; undefined when the row says nothing about a rating. */
function ratingOf(level: Read<number | "insufficient-evidence">, score: Read<number>, rejected: boolean): Pick<ScoredRecord, "level" | "score" | "state"> | undefined {
  if (level.kind === "value" && level.value === "insufficient-evidence") return { level: null, score: null, state: "insufficient-evidence" };
  if (level.kind === "value" && typeof level.value === "number") {
    return { level: level.value, score: score.kind === "value" ? score.value : level.value, state: "scored" };
  }
  // Only a score (a mean of raters, say): its level is the score rounded half up, as interviewer ratings are combined.
  if (score.kind === "value") return { level: Math.min(5, Math.floor(score.value + 0.5)), score: score.value, state: "scored" };
  if (rejected) return { level: null, score: null, state: "error" };
  if (level.kind === "blank" || score.kind === "blank") return { level: null, score: null, state: "unrated" };
  return undefined;
}

/** Reads rows with options checked once: for files of millions of rows. */
export type ScoredRecordReader = (raw: unknown) => SafeResult<ScoredRecord>;

function readWith(raw: unknown, keys: readonly string[], wanted: readonly string[]): SafeResult<ScoredRecord> {
  if (!isObject(raw)) return { success: false, issues: [{ code: "invalid-input", path: [], message: `expected an object (a row), got ${JSON.stringify(raw)?.slice(0, 40)}` }] };
  const issues: Issue[] = [];
  const keyParts = keys.map((k) => textOf(fieldOf(raw, k), k, issues));
  keys.forEach((k, i) => {
    if (keyParts[i] === null && !issues.some((issue) => issue.path[0] === k)) issues.push({ code: "invalid-input", path: [k], message: `the key field '${k}' is missing or blank` });
  });
  const fields = Object.fromEntries(wanted.map((f) => [f, textOf(fieldOf(raw, f), f, issues)]));
  const source = ratingSource(raw);
  const level = readLevel(source.level, `${source.prefix}level`, issues);
  const score = readScore(source.score, `${source.prefix}score`, issues);
  const rejected = raw.error !== undefined && !blank(raw.error);
  const rating = ratingOf(level, score, rejected);
  if (rating === undefined && issues.length === 0) {
    issues.push({ code: "invalid-input", path: ["level"], message: "has no 'level' or 'score' (nor the 'score' object rapport score writes)" });
  }
  const [first, ...rest] = issues;
  if (first || rating === undefined) return { success: false, issues: first ? [first, ...rest] : [{ code: "invalid-input", path: [], message: "unreadable row" }] };
  return { success: true, data: { key: keyParts.join(" / "), ...rating, fields } };
}

/**
 * Makes a reader of rows of scores or ratings, checking the options once.
 *
 * @param options - the key field(s) and the extra fields to keep
 * @returns the reader, which never throws
 * @throws {RapportError} `invalid-input` when the options are malformed
 * @example
 * ```ts
 * import { createScoredRecordReader } from "rapport/research";
 *
 * const read = createScoredRecordReader({ key: "conversation_id" });
 * read({ conversation_id: 7, level: 2 }); //=> { success: true, data: { key: "7", level: 2, score: 2, state: "scored", fields: {} } }
 * ```
 */
export function createScoredRecordReader(options: ReadScoredRecordOptions = {}): ScoredRecordReader {
  const parsed = parseInput(ReadScoredRecordOptions, options, ["options"]);
  const keys = parsed.key === undefined ? ["id"] : typeof parsed.key === "string" ? [parsed.key] : parsed.key;
  const wanted = parsed.fields ?? [];
  return (raw) => readWith(raw, keys, wanted);
}

/**
 * Reads one row of scores or ratings without throwing: a row written by `rapport score`
 * (`{ id, score: AnswerScore, … }`), a row with `level` and/or `score` at the top level (human
 * ratings), or a CSV row with `score.level`/`score.score` columns. A row with only a score gets the
 * score rounded half up as its level; "insufficient-evidence", a blank rating and a rejected row
 * (`error`) are kept, with no level. Issue paths are relative to the row.
 *
 * @param raw - the row, as parsed from JSON or CSV
 * @param options - the key field(s) and the extra fields to keep
 * @returns the reduced row, or issues naming the field at fault
 * @example
 * ```ts
 * import { safeReadScoredRecord } from "rapport/research";
 *
 * safeReadScoredRecord({ id: "a1", score: { level: 4, score: 3.8 }, cohort: "2026" }, { fields: ["cohort"] }); //=> { success: true, data: { key: "a1", level: 4, score: 3.8, state: "scored", fields: { cohort: "2026" } } }
 * ```
 */
export function safeReadScoredRecord(raw: unknown, options: ReadScoredRecordOptions = {}): SafeResult<ScoredRecord> {
  const parsed = ReadScoredRecordOptions.safeParse(options);
  if (!parsed.success) {
    const [first, ...rest] = fromZodIssues(parsed.error.issues, ["options"]);
    return { success: false, issues: first ? [first, ...rest] : [{ code: "invalid-input", path: ["options"], message: "Invalid options." }] };
  }
  return createScoredRecordReader(parsed.data)(raw);
}

/**
 * Reads rows of scores or ratings, throwing one error that lists every row at fault.
 *
 * @param rows - the rows
 * @param options - the key field(s) and the extra fields to keep
 * @param name - what the rows are called in messages (a file name, say)
 * @returns the reduced rows, in order
 * @throws {RapportError} `invalid-input`, each issue's path starting with the row's index
 * @example
 * ```ts
 * import { readScoredRecords } from "rapport/research";
 *
 * readScoredRecords([{ id: "h1", level: 3 }, { id: "h2", level: "" }], {}, "human").map((r) => r.state); //=> ["scored", "unrated"]
 * ```
 */
export function readScoredRecords(rows: readonly unknown[], options: ReadScoredRecordOptions = {}, name = "input"): ScoredRecord[] {
  const read = createScoredRecordReader(options);
  const out: ScoredRecord[] = [];
  const issues: Issue[] = [];
  rows.forEach((raw, i) => {
    const row = read(raw);
    if (row.success) out.push(row.data);
    else issues.push(...row.issues.map((issue) => ({ ...issue, path: [name, i, ...issue.path], message: `${name}, row ${i + 1}: ${issue.message}` })));
  });
  const [first, ...rest] = issues;
  if (first) throw new RapportError([first, ...rest]);
  return out;
}
