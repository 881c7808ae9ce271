import { median } from "simple-statistics";
import * as z from "zod";
import { Level } from "../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../errors.js";
import { smdOf } from "../stats/index.js";
import { createScoredRecordReader, type ScoredRecord } from "./scoredRecord.js";

/** The four-fifths rule: a rate under 80 % of the highest group's is generally regarded as evidence of adverse impact (29 CFR 1607.4(D)). */
export const FOUR_FIFTHS = 0.8;

/** Options of {@link auditFairness}. */
export const AuditFairnessOptions = z.object({
  /** Group fields (top-level columns such as `gender`, `ethnicity`); with two or more, their intersection is audited too. */
  groups: z.array(z.string().min(1)).min(1, "Name at least one group field."),
  /** Lowest level that counts as selected (passing the screen); 3 by default. */
  cutoff: Level.optional(),
  /** Leave categories under this share of the rows (e.g. 0.02) out of the impact ratios, saying why, as NYC's rules allow. */
  excludeUnder: z.number().gt(0).lt(0.5).optional(),
  /** Categories with fewer rows than this are flagged as too small to judge; 30 by default. */
  minGroupSize: z.number().int().min(1).optional(),
  /** The field that identifies a row; `id` by default. */
  key: z.string().min(1).optional(),
});
/** Options of {@link auditFairness}. */
export type AuditFairnessOptions = z.infer<typeof AuditFairnessOptions>;

/** One category (or intersection of categories) in a fairness table. */
export interface FairnessCategory {
  /** The category, intersections joined by " × ". */
  readonly value: string;
  /** The value of each field of the table. */
  readonly values: readonly string[];
  /** Rows in it (every audited row, rated or not). */
  readonly n: number;
  /** Its share of all audited rows. */
  readonly share: number;
  /** Rows with no level (insufficient evidence, left blank): counted as not selected and not above the median. */
  readonly unrated: number;
  /** Rows at or above the cutoff. */
  readonly selected: number;
  readonly selectionRate: number;
  /** Selection rate over the highest selection rate of the categories not excluded. */
  readonly selectionImpactRatio: number | null;
  /** Rows scoring above the whole sample's median. */
  readonly aboveMedian: number;
  readonly scoringRate: number;
  /** Scoring rate over the highest scoring rate of the categories not excluded. */
  readonly scoringImpactRatio: number | null;
  /** Mean score of its rated rows. */
  readonly meanScore: number | null;
  /** Standardised mean difference (Cohen's d, pooled SD) of its scores against every other known category's. */
  readonly smd: number | null;
  /** Whether either impact ratio is under four-fifths. */
  readonly belowFourFifths: boolean;
  /** Fewer rows than the minimum group size: too few to judge. */
  readonly small: boolean;
  /** Why it was left out of the impact ratios, or null. */
  readonly excluded: string | null;
}

/** The audit by one group field, or by the intersection of several. */
export interface FairnessTable {
  readonly fields: readonly string[];
  /** Rows with no value for one of the fields: left out of this table's rates and ratios. */
  readonly unknown: number;
  readonly categories: readonly FairnessCategory[];
  /** The categories with the highest selection and scoring rates (the ratios' denominators). */
  readonly reference: { readonly selection: string | null; readonly scoring: string | null };
}

/** Something a reader of the audit must know. */
export interface FairnessWarning {
  readonly code: "small-group" | "excluded-category" | "unknown-group" | "no-reference-rate" | "below-four-fifths";
  /** The table's fields, joined by " × ". */
  readonly table: string;
  readonly category?: string;
  readonly message: string;
}

/** An adverse-impact audit of scores by group. */
export interface FairnessAudit {
  /** Rows read; audited (every row with a score or an unrated answer); rejected by the scorer (left out); audited but without a level. */
  readonly rows: { readonly total: number; readonly audited: number; readonly rejected: number; readonly unrated: number };
  readonly cutoff: number;
  /** Median score of all audited rows with a score (NYC LL144's "sample's median score"). */
  readonly median: number | null;
  readonly minGroupSize: number;
  readonly excludeUnder: number | null;
  readonly tables: readonly FairnessTable[];
  readonly warnings: readonly FairnessWarning[];
}

interface AuditContext {
  readonly cutoff: number;
  readonly median: number | null;
  readonly audited: number;
  readonly minGroupSize: number;
  readonly excludeUnder: number | null;
}

const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

/** Counts, rates and mean of one category's rows (ratios come after, against the best category). */
function countCategory(values: readonly string[], rows: readonly ScoredRecord[], rest: readonly number[], ctx: AuditContext): FairnessCategory {
  const scores = rows.filter((r) => r.score !== null).map((r) => r.score as number);
  const selected = rows.filter((r) => r.level !== null && r.level >= ctx.cutoff).length;
  const aboveMedian = ctx.median === null ? 0 : scores.filter((s) => s > (ctx.median as number)).length;
  const share = rows.length / ctx.audited;
  const excluded =
    ctx.excludeUnder !== null && share < ctx.excludeUnder
      ? `${pct(share)} of the ${ctx.audited} rows audited, under the ${pct(ctx.excludeUnder)} threshold: left out of the impact ratios, as NYC's bias-audit rules (6 RCNY § 5-301) allow; its counts and rates are still shown.`
      : null;
  const d = smdOf(scores, rest);
  return {
    value: values.join(" × "),
    values,
    n: rows.length,
    share,
    unrated: rows.filter((r) => r.state !== "scored").length,
    selected,
    selectionRate: selected / rows.length,
    selectionImpactRatio: null,
    aboveMedian,
    scoringRate: aboveMedian / rows.length,
    scoringImpactRatio: null,
    meanScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    smd: Number.isFinite(d) ? d : null,
    belowFourFifths: false,
    small: rows.length < ctx.minGroupSize,
    excluded,
  };
}

/** The table for one field, or for several fields' intersection. */
function tableOf(fields: readonly string[], records: readonly ScoredRecord[], ctx: AuditContext): FairnessTable {
  const groups = new Map<string, { values: string[]; rows: ScoredRecord[] }>();
  let unknown = 0;
  for (const r of records) {
    const values = fields.map((f) => r.fields[f] ?? null);
    if (values.some((v) => v === null)) {
      unknown++;
      continue;
    }
    const id = JSON.stringify(values);
    const group = groups.get(id) ?? { values: values as string[], rows: [] };
    group.rows.push(r);
    groups.set(id, group);
  }
  const sorted = [...groups.values()].sort((x, y) => x.values.join("\u0000").localeCompare(y.values.join("\u0000")));
  const scoresOf = (rows: readonly ScoredRecord[]): number[] => rows.filter((r) => r.score !== null).map((r) => r.score as number);
  const counted = sorted.map((g) =>
    countCategory(g.values, g.rows, sorted.filter((o) => o !== g).flatMap((o) => scoresOf(o.rows)), ctx),
  );
  const included = counted.filter((c) => c.excluded === null);
  // Rates compared and divided as fractions of counts, so that 8/25 against 10/25 is exactly 0.8, not 0.7999….
  const best = (count: (c: FairnessCategory) => number): FairnessCategory | null =>
    included.reduce<FairnessCategory | null>((top, c) => (top === null || count(c) * top.n > count(top) * c.n ? c : top), null);
  const bestSelection = best((c) => c.selected);
  const bestScoring = best((c) => c.aboveMedian);
  const ratioTo = (c: FairnessCategory, top: FairnessCategory | null, count: (x: FairnessCategory) => number): number | null =>
    top === null || count(top) === 0 ? null : (count(c) * top.n) / (c.n * count(top));
  const categories = counted.map((c) => {
    if (c.excluded !== null) return c;
    const selectionImpactRatio = ratioTo(c, bestSelection, (x) => x.selected);
    const scoringImpactRatio = ratioTo(c, bestScoring, (x) => x.aboveMedian);
    const below = (selectionImpactRatio !== null && selectionImpactRatio < FOUR_FIFTHS) || (scoringImpactRatio !== null && scoringImpactRatio < FOUR_FIFTHS);
    return { ...c, selectionImpactRatio, scoringImpactRatio, belowFourFifths: below };
  });
  return { fields, unknown, categories, reference: { selection: bestSelection?.value ?? null, scoring: bestScoring?.value ?? null } };
}

function warningsOf(table: FairnessTable, ctx: AuditContext): FairnessWarning[] {
  const name = table.fields.join(" × ");
  const warnings: FairnessWarning[] = [];
  if (table.unknown > 0) {
    warnings.push({ code: "unknown-group", table: name, message: `${table.unknown} rows have no value for ${table.fields.join(" or ")}: they are left out of this table's rates and impact ratios (report their number, as NYC's bias-audit rules ask).` });
  }
  if (table.categories.length > 0 && (table.reference.selection === null || table.categories.every((c) => c.excluded !== null || c.selectionImpactRatio === null))) {
    warnings.push({ code: "no-reference-rate", table: name, message: `No category of ${name} has anyone selected at level ${ctx.cutoff} or above, so there are no selection impact ratios.` });
  }
  for (const c of table.categories) {
    if (c.small) {
      warnings.push({ code: "small-group", table: name, category: c.value, message: `${c.value} has ${c.n} rows (fewer than ${ctx.minGroupSize}): one or two people more or less move its rates a lot, so do not judge adverse impact on it alone (29 CFR 1607.4(D) on small numbers).` });
    }
    if (c.excluded !== null) warnings.push({ code: "excluded-category", table: name, category: c.value, message: `${c.value}: ${c.excluded}` });
    if (c.belowFourFifths) {
      const parts = [
        c.selectionImpactRatio !== null && c.selectionImpactRatio < FOUR_FIFTHS ? `selection impact ratio ${c.selectionImpactRatio.toFixed(2)}` : null,
        c.scoringImpactRatio !== null && c.scoringImpactRatio < FOUR_FIFTHS ? `scoring impact ratio ${c.scoringImpactRatio.toFixed(2)}` : null,
      ].filter((p) => p !== null);
      warnings.push({ code: "below-four-fifths", table: name, category: c.value, message: `${c.value}: ${parts.join(" and ")} under four-fifths (0.80) of the highest group's${c.small ? ", on a small group" : ""}.` });
    }
  }
  return warnings;
}

/**
 * Audits already-read rows (see {@link createScoredRecordReader}) for adverse impact, without throwing.
 *
 * @param records - the rows, with the group fields read into `fields`
 * @param options - group fields, cutoff, exclusion threshold, minimum group size
 * @returns the audit, or issues naming the option at fault
 * @example
 * ```ts
 * import { auditScoredRecords, readScoredRecords } from "rapport/research";
 *
 * const records = readScoredRecords([{ id: 1, level: 4, g: "x" }, { id: 2, level: 2, g: "y" }], { fields: ["g"] });
 * const audit = auditScoredRecords(records, { groups: ["g"] });
 * audit.success && audit.data.rows.audited; //=> 2
 * ```
 */
export function auditScoredRecords(records: readonly ScoredRecord[], options: AuditFairnessOptions): SafeResult<FairnessAudit> {
  const parsed = AuditFairnessOptions.safeParse(options);
  if (!parsed.success) {
    const [first, ...rest] = fromZodIssues(parsed.error.issues, ["options"]);
    return { success: false, issues: first ? [first, ...rest] : [{ code: "invalid-input", path: ["options"], message: "Invalid options." }] };
  }
  const o = parsed.data;
  const audited = records.filter((r) => r.state !== "error");
  const scores = audited.filter((r) => r.score !== null).map((r) => r.score as number);
  const ctx: AuditContext = {
    cutoff: o.cutoff ?? 3,
    median: scores.length === 0 ? null : median(scores),
    audited: audited.length,
    minGroupSize: o.minGroupSize ?? 30,
    excludeUnder: o.excludeUnder ?? null,
  };
  const fieldSets = o.groups.length > 1 ? [...o.groups.map((g) => [g]), o.groups] : [o.groups];
  const tables = fieldSets.map((fields) => tableOf(fields, audited, ctx));
  return {
    success: true,
    data: {
      rows: { total: records.length, audited: audited.length, rejected: records.length - audited.length, unrated: audited.filter((r) => r.state !== "scored").length },
      cutoff: ctx.cutoff,
      median: ctx.median,
      minGroupSize: ctx.minGroupSize,
      excludeUnder: ctx.excludeUnder,
      tables,
      warnings: tables.flatMap((t) => warningsOf(t, ctx)),
    },
  };
}

/**
 * Audits scores for adverse impact by group, without throwing. For each group field and, with two
 * or more, their intersection: counts; selection rates at the cutoff and their impact ratios against
 * the category with the highest rate (the four-fifths rule, 29 CFR 1607.4(D)); scoring rates (the
 * share scoring above the whole sample's median) and their impact ratios, as NYC Local Law 144's
 * bias-audit rules define them (6 RCNY § 5-300, § 5-301), with the number of rows of unknown group
 * and, optionally, categories under a share (2 %) left out of the ratios with the reason shown;
 * standardised mean differences; and warnings for groups too small to judge. Rows the scorer
 * rejected are not audited; rows without a level count as not selected.
 *
 * @param rows - scored rows (`rapport score` output, or rows with `level`/`score`) with the group fields at the top level
 * @param options - group fields, cutoff, exclusion threshold, minimum group size, key
 * @returns the audit, or issues naming each row or option at fault
 * @example
 * ```ts
 * import { safeAuditFairness } from "rapport";
 *
 * const rows = [{ id: 1, level: 4, g: "x" }, { id: 2, level: 2, g: "y" }, { id: 3, level: 3, g: "y" }];
 * const audit = safeAuditFairness(rows, { groups: ["g"] });
 * audit.success && audit.data.tables[0].categories.map((c) => c.selectionImpactRatio); //=> [1, 0.5]
 * ```
 */
export function safeAuditFairness(rows: readonly unknown[], options: AuditFairnessOptions): SafeResult<FairnessAudit> {
  const parsed = AuditFairnessOptions.safeParse(options);
  if (!parsed.success) return auditScoredRecords([], options);
  const read = createScoredRecordReader({ ...(parsed.data.key !== undefined ? { key: parsed.data.key } : {}), fields: parsed.data.groups });
  const records: ScoredRecord[] = [];
  const issues: Issue[] = [];
  rows.forEach((raw, i) => {
    const row = read(raw);
    if (row.success) records.push(row.data);
    else issues.push(...row.issues.map((issue) => ({ ...issue, path: [i, ...issue.path], message: `row ${i + 1}: ${issue.message}` })));
  });
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };
  return auditScoredRecords(records, parsed.data);
}

/**
 * Audits scores for adverse impact by group; see {@link safeAuditFairness}.
 *
 * @param rows - scored rows with the group fields at the top level
 * @param options - group fields, cutoff, exclusion threshold, minimum group size, key
 * @returns the audit
 * @throws {RapportError} naming each row or option at fault
 * @example
 * ```ts
 * import { auditFairness } from "rapport";
 *
 * const rows = [{ id: 1, level: 4, g: "x" }, { id: 2, level: 2, g: "y" }, { id: 3, level: 3, g: "y" }];
 * auditFairness(rows, { groups: ["g"] }).tables[0].categories.map((c) => [c.value, c.selectionRate]); //=> [["x", 1], ["y", 0.5]]
 * ```
 */
export function auditFairness(rows: readonly unknown[], options: AuditFairnessOptions): FairnessAudit {
  const result = safeAuditFairness(rows, options);
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}
