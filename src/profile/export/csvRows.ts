import * as z from "zod";
import { CandidateProfile } from "../profileSchema.js";
import { orThrow, parseWith } from "./common.js";

/** One spreadsheet row: one candidate and one competency (competency fields empty when none was assessed). */
export interface CsvRow {
  readonly candidate_id: string;
  readonly role: string;
  readonly role_fit: number | "";
  readonly competency: string;
  readonly name: string;
  readonly level: number | "";
  readonly score: number | "";
  readonly interval_low: number | "";
  readonly interval_high: number | "";
  readonly confidence: number | "";
  readonly source: string;
  readonly answers: number | "";
  readonly raters: number | "";
  readonly weight: number | "";
  readonly evidence: string;
  readonly assessed_at: string;
}

/** The columns of {@link toCsvRows}, in order: pass them to your CSV writer (csv-stringify's `columns`). */
export const CSV_COLUMNS: readonly (keyof CsvRow)[] = [
  "candidate_id", "role", "role_fit", "competency", "name", "level", "score", "interval_low", "interval_high",
  "confidence", "source", "answers", "raters", "weight", "evidence", "assessed_at",
];

/**
 * Flattens profiles for spreadsheets: one row per candidate and competency, and one row (with
 * empty competency fields) for a candidate with nothing assessed, so no candidate goes missing.
 *
 * @param profiles - candidate profiles
 * @returns the rows, with the columns of {@link CSV_COLUMNS}
 * @throws {RapportError} naming the profile (by index) that is not valid
 * @example
 * ```ts
 * import { buildProfile, toCsvRows } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "c-1" }, answers: [], ratings: [{ interviewer: "Ana", competency: "empathy", level: 4 }] });
 * toCsvRows([profile]).map((r) => [r.candidate_id, r.competency, r.level]); //=> [["c-1", "empathy", 4]]
 * ```
 */
export function toCsvRows(profiles: readonly CandidateProfile[]): CsvRow[] {
  const valid = orThrow(parseWith(z.array(CandidateProfile), profiles, ["profiles"]));
  return valid.flatMap((p): CsvRow[] => {
    const base = { candidate_id: p.candidate.id, role: p.role?.id ?? "", role_fit: p.roleFit?.score ?? ("" as const) };
    if (p.competencies.length === 0) {
      return [{ ...base, competency: "", name: "", level: "", score: "", interval_low: "", interval_high: "", confidence: "", source: "", answers: "", raters: "", weight: "", evidence: "", assessed_at: p.assessedAt }];
    }
    return p.competencies.map((c) => ({
      ...base,
      competency: c.competency,
      name: c.name,
      level: c.level,
      score: c.score,
      interval_low: c.interval[0],
      interval_high: c.interval[1],
      confidence: c.confidence,
      source: c.source,
      answers: c.answers,
      raters: c.raters,
      weight: c.weight,
      evidence: c.evidence.map((e) => e.quote).join(" | "),
      assessed_at: p.assessedAt,
    }));
  });
}
