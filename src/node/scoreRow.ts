import { AnswerScore, type ScoreAnswerInput } from "../scoring/schema.js";
import { safeScoreAnswer, type ScoreAnswerOptions } from "../scoring/scoreAnswer.js";
import type { Scorer } from "../scoring/scorer.js";
import type { AnswerRow, RowError, RowWarning } from "./readAnswerRows.js";
import { SCHEMA_VERSION } from "../schemaVersion.js";

/** What every scored row carries: the input's id, line, record number, candidate, other columns and warnings. */
export interface ScoredRowBase {
  /** The version of this shape (the `ScoredRow` JSON Schema in `rapport/schemas`). */
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** The row's id (`line-N` when the row had none that could be read). */
  readonly id: string;
  /** The input's record number (1-based), when the row came from a file. */
  readonly record?: number;
  /** The input line the row begins on. */
  readonly line: number;
  /** The candidate, when the input names one. */
  readonly candidate?: string;
  /** The input's other columns, unchanged. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Warnings about the row (a repeated id, bytes that are not UTF-8). */
  readonly warnings?: readonly RowWarning[];
}

/** One scored row: the answer's score, or why it has none. */
export type ScoredRow = (ScoredRowBase & { readonly score: AnswerScore }) | (ScoredRowBase & { readonly error: RowError });

function baseOf(row: AnswerRow): ScoredRowBase {
  const id = row.ok ? row.input.id : row.id;
  const candidate = row.ok ? row.input.candidate : undefined;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    ...(row.record !== undefined && { record: row.record }),
    line: row.line,
    ...(candidate !== undefined && { candidate }),
    ...(row.fields !== undefined && { fields: row.fields }),
    ...(row.warnings !== undefined && { warnings: row.warnings }),
  };
}

/** The scorer's input: the candidate is deliberately left out, since identity is not evidence. */
function inputOf(row: Extract<AnswerRow, { ok: true }>): ScoreAnswerInput {
  const { competency, answer, question, questionType } = row.input;
  return { competency, answer, ...(question !== undefined && { question }), ...(questionType !== undefined && { questionType }) };
}

const failed = (row: AnswerRow, error: unknown): RowError => ({
  code: "scoring-failed",
  message: `line ${row.line}: the scorer failed on this answer: ${error instanceof Error ? error.message : String(error)}`,
});

function issuesError(line: number, issues: readonly { code: string; path: readonly (string | number)[]; message: string }[]): RowError {
  const message = issues.map((issue) => (issue.path.length > 0 ? `'${issue.path.join(".")}': ${issue.message}` : issue.message)).join("; ");
  return { code: issues[0]?.code ?? "invalid-input", message: `line ${line}: ${message}` };
}

/**
 * Scores one row read from a file with the built-in scorer; a rejected row passes through as its error.
 *
 * @param row - the row
 * @param scoring - framework and model
 * @returns the scored row, keeping the row's id, line, record, candidate, fields and warnings
 */
export function scoreOne(row: AnswerRow, scoring: ScoreAnswerOptions): ScoredRow {
  const base = baseOf(row);
  if (!row.ok) return { ...base, error: row.error };
  try {
    const result = safeScoreAnswer(inputOf(row), scoring);
    return result.success ? { ...base, score: result.data } : { ...base, error: issuesError(row.line, result.issues) };
  } catch (error) {
    // One answer that breaks the scorer must not end a run of a million.
    return { ...base, error: failed(row, error) };
  }
}

/**
 * Scores one row with a {@link Scorer} of your own (an LLM adapter, say), checking what it returns.
 *
 * @param row - the row
 * @param scorer - the scorer
 * @returns the scored row; a thrown `RapportError` becomes an error with its issue code, anything else `scoring-failed`
 */
export async function scoreWith(row: AnswerRow, scorer: Scorer): Promise<ScoredRow> {
  const base = baseOf(row);
  if (!row.ok) return { ...base, error: row.error };
  try {
    const checked = AnswerScore.safeParse(await scorer.score(inputOf(row)));
    if (checked.success) return { ...base, score: checked.data };
    const issues = checked.error.issues.slice(0, 3).map((i) => ({ code: "scoring-failed", path: ["score", ...i.path.map(String)], message: i.message }));
    return { ...base, error: issuesError(row.line, [{ code: "scoring-failed", path: [], message: `the scorer '${scorer.name}' returned a score that is not an AnswerScore` }, ...issues]) };
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues;
    if (Array.isArray(issues) && issues.length > 0) return { ...base, error: issuesError(row.line, issues as { code: string; path: string[]; message: string }[]) };
    return { ...base, error: failed(row, error) };
  }
}
