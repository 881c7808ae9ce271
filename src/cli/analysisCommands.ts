// The research commands: compare, raters, rank, fairness. Each reads a file (JSON Lines, JSON or CSV),
// runs the browser-safe analysis in src/analysis and prints Markdown, JSON or a self-contained HTML page.
import { createReadStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { CAC } from "cac";
import { parse } from "csv-parse";
import {
  auditScoredRecords,
  compareScoredRecords,
  createScoredRecordReader,
  type ReadScoredRecordOptions,
  renderComparisonHtml,
  renderComparisonMarkdown,
  renderFairnessHtml,
  renderFairnessMarkdown,
  renderRankingMarkdown,
  renderRatersMarkdown,
  safeRankCandidates,
  safeRaterEffects,
  type ScoredRecord,
} from "../analysis/index.js";
import { type Issue, RapportError, unwrap } from "../errors.js";

/** One row of a file: its value, or why it could not be read; `line` is where it is in the file. */
type FileRow = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly error: string };

function fail(message: string, path: readonly (string | number)[] = []): never {
  throw new RapportError([{ code: "invalid-input", path, message }]);
}

/** The kind of file, by its extension; `-` is JSON Lines on standard input. */
function kindOf(path: string): "jsonl" | "json" | "csv" {
  if (path === "-") return "jsonl";
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".json") return "json";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  return fail(`${path}: expected a .jsonl, .ndjson, .json or .csv file.`);
}

async function* jsonLines(path: string): AsyncGenerator<FileRow> {
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}

async function* csvRows(path: string): AsyncGenerator<FileRow> {
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, info: true, trim: true }));
  for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: record.info.lines, value: record.record };
  }
}

/**
 * Reads every row of a JSON Lines, JSON (an array) or CSV file, with its line number.
 *
 * @param path - the file, or `-` for JSON Lines on standard input
 * @returns the rows, in order
 * @throws {RapportError} when the file cannot be read or is not one of those kinds
 */
export async function* readFileRows(path: string): AsyncGenerator<FileRow> {
  const kind = kindOf(path);
  try {
    if (kind === "json") {
      const parsed = JSON.parse(await readFile(path, "utf8")) as unknown;
      const rows = Array.isArray(parsed) ? parsed : fail(`${path}: expected a JSON array of rows.`);
      for (const [i, value] of rows.entries()) yield { line: i + 1, value };
    } else {
      yield* kind === "csv" ? csvRows(path) : jsonLines(path);
    }
  } catch (error) {
    if (error instanceof RapportError) throw error;
    fail(`${path}: ${(error as Error).message}`);
  }
}

const MAX_SHOWN = 20;

/** Throws the issues found, naming each file line, at most {@link MAX_SHOWN} of them and how many more. */
function throwIssues(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (!first) return;
  const shown = [first, ...rest.slice(0, MAX_SHOWN - 1)] as [Issue, ...Issue[]];
  if (issues.length > MAX_SHOWN) shown.push({ code: "invalid-input", path: [], message: `… and ${issues.length - MAX_SHOWN} more.` });
  throw new RapportError(shown);
}

/** Reads a file of scores or ratings into compact rows (so a million-row file fits), naming each bad line. */
async function readScored(path: string, options: ReadScoredRecordOptions, label: string): Promise<ScoredRecord[]> {
  const read = createScoredRecordReader(options);
  const out: ScoredRecord[] = [];
  const issues: Issue[] = [];
  for await (const row of readFileRows(path)) {
    if ("error" in row) {
      issues.push({ code: "invalid-input", path: [label, row.line], message: `${label}, line ${row.line}: ${row.error}` });
      continue;
    }
    const record = read(row.value);
    if (record.success) out.push({ ...record.data, line: row.line });
    else issues.push(...record.issues.map((issue) => ({ ...issue, path: [label, row.line, ...issue.path], message: `${label}, line ${row.line}: ${issue.path.length > 0 ? `'${issue.path.join(".")}' ` : ""}${issue.message}` })));
  }
  throwIssues(issues);
  return out;
}

/** Reads a file's rows as values, and the line of each (for messages). */
async function readRaw(path: string): Promise<{ values: unknown[]; lines: number[] }> {
  const values: unknown[] = [];
  const lines: number[] = [];
  const issues: Issue[] = [];
  for await (const row of readFileRows(path)) {
    if ("error" in row) issues.push({ code: "invalid-input", path: [row.line], message: `${path}, line ${row.line}: ${row.error}` });
    else {
      values.push(row.value);
      lines.push(row.line);
    }
  }
  throwIssues(issues);
  return { values, lines };
}

/** Runs a safe analysis on rows read from a file, naming file lines instead of row numbers in its issues. */
function withLines<T>(result: { success: true; data: T } | { success: false; issues: readonly Issue[] }, file: string, lines: readonly number[]): T {
  if (result.success) return result.data;
  throwIssues(
    result.issues.map((issue) => {
      const index = issue.path[0];
      return typeof index === "number" ? { ...issue, message: issue.message.replace(/^(row|profile) \d+/, `${file}, line ${lines[index] ?? index + 1}`) } : issue;
    }),
  );
  return unwrap(result as never);
}

const require = createRequire(import.meta.url);

/** Chart.js and its matrix chart, read from their packages to be inlined in HTML reports. */
async function chartScripts(): Promise<string[]> {
  // Both packages' main entries sit in their dist/ folders, next to the browser builds.
  const file = (pkg: string, name: string): string => join(dirname(require.resolve(pkg)), name);
  return Promise.all([readFile(file("chart.js", "chart.umd.min.js"), "utf8"), readFile(file("chartjs-chart-matrix", "chartjs-chart-matrix.min.js"), "utf8")]);
}

type Format = "md" | "json" | "html";

function formatOf(value: unknown, allowed: readonly Format[]): Format {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as Format;
  return fail(`--format must be ${allowed.join(", ").replace(/, ([^,]*)$/, " or $1")}, not '${String(value)}'.`);
}

async function emit(text: string, out: string | undefined): Promise<void> {
  if (out === undefined) process.stdout.write(text);
  else await writeFile(out, text);
}

function listOf(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

function numberOf(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : fail(`${flag} needs a number, not '${String(value)}'.`);
}

function bootstrapFlags(options: { seed?: unknown; resamples?: unknown }): { seed?: number; resamples?: number } {
  const seed = numberOf(options.seed, "--seed");
  const resamples = numberOf(options.resamples, "--resamples");
  return { ...(seed !== undefined ? { seed } : {}), ...(resamples !== undefined ? { resamples } : {}) };
}

interface CompareFlags {
  key?: unknown;
  by?: string;
  format?: unknown;
  out?: string;
  labels?: string;
  seed?: unknown;
  resamples?: unknown;
}

async function compareCommand(a: string, b: string, flags: CompareFlags): Promise<void> {
  const format = formatOf(flags.format ?? "md", ["md", "json", "html"]);
  const key = listOf(flags.key);
  const labels = flags.labels === undefined ? [basename(a), basename(b)] : listOf(flags.labels);
  if (labels.length !== 2 || labels[0] === labels[1]) fail("--labels needs two different names, comma-separated: --labels scorer,human.");
  const read = { ...(key.length > 0 ? { key } : {}), fields: flags.by === undefined ? [] : [flags.by] };
  const [left, right] = await Promise.all([readScored(a, read, labels[0] as string), readScored(b, read, labels[1] as string)]);
  const options = { ...bootstrapFlags(flags), ...(key.length > 0 ? { key } : {}), ...(flags.by !== undefined ? { by: flags.by } : {}), labels: [labels[0], labels[1]] as [string, string] };
  const comparison = unwrap(compareScoredRecords(left, right, options));
  const text =
    format === "json" ? `${JSON.stringify(comparison, null, 2)}\n` : format === "html" ? renderComparisonHtml(comparison, { chartScripts: await chartScripts() }) : renderComparisonMarkdown(comparison);
  await emit(text, flags.out);
}

interface FairnessFlags {
  group?: unknown;
  cutoff?: unknown;
  excludeUnder?: unknown;
  minGroup?: unknown;
  key?: string;
  format?: unknown;
  out?: string;
}

async function fairnessCommand(path: string, flags: FairnessFlags): Promise<void> {
  const format = formatOf(flags.format ?? "md", ["md", "json", "html"]);
  const groups = listOf(flags.group);
  if (groups.length === 0) fail("Name the group field(s): --group gender [--group ethnicity] (top-level columns of the file).");
  const cutoff = numberOf(flags.cutoff, "--cutoff");
  const excludeUnder = numberOf(flags.excludeUnder, "--exclude-under");
  const minGroupSize = numberOf(flags.minGroup, "--min-group");
  const records = await readScored(path, { ...(flags.key !== undefined ? { key: flags.key } : {}), fields: groups }, basename(path));
  const audit = unwrap(
    auditScoredRecords(records, {
      groups,
      ...(cutoff !== undefined ? { cutoff: cutoff as 1 | 2 | 3 | 4 | 5 } : {}),
      ...(excludeUnder !== undefined ? { excludeUnder } : {}),
      ...(minGroupSize !== undefined ? { minGroupSize } : {}),
    }),
  );
  const text = format === "json" ? `${JSON.stringify(audit, null, 2)}\n` : format === "html" ? renderFairnessHtml(audit, { chartScripts: await chartScripts() }) : renderFairnessMarkdown(audit);
  await emit(text, flags.out);
}

/**
 * Registers the research commands on the CLI: `compare`, `raters`, `rank` and `fairness`.
 *
 * @param cli - the cac instance
 * @example
 * registerAnalysisCommands(cac("rapport"));
 * //=> (the four commands are registered)
 */
export function registerAnalysisCommands(cli: CAC): void {
  cli
    .command("compare <a> <b>", "Compare two files of scores or ratings of the same items (agreement, kappa, correlations, ICC, alpha, with intervals)")
    .option("--key <field>", "Field that pairs rows across the files (repeat for several); id by default")
    .option("--by <field>", "Break the comparison down by a field, e.g. competency")
    .option("--labels <a,b>", "Names of the two sides in the report (the file names by default)")
    .option("--format <format>", "md, json or html", { default: "md" })
    .option("--out <file>", "Write the report to a file")
    .option("--seed <n>", "Seed of the bootstrap intervals", { default: 1 })
    .option("--resamples <n>", "Bootstrap resamples (0: no intervals)", { default: 1000 })
    .action(compareCommand);

  cli
    .command("fairness <scored>", "Audit scores for adverse impact by group: selection and scoring rates, impact ratios (four-fifths, NYC LL144), SMDs")
    .option("--group <field>", "A group field, a top-level column (repeat for several: their intersection is audited too)")
    .option("--cutoff <level>", "Lowest level counted as selected", { default: 3 })
    .option("--exclude-under <share>", "Leave categories under this share (e.g. 0.02) out of the impact ratios, with the reason")
    .option("--min-group <n>", "Flag categories with fewer rows as too small to judge", { default: 30 })
    .option("--key <field>", "Field that identifies a row; id by default")
    .option("--format <format>", "md, json or html", { default: "md" })
    .option("--out <file>", "Write the report to a file")
    .action(fairnessCommand);

  cli
    .command("raters <ratings>", "Each interviewer's leniency or severity and consistency against the rest of the panel, with intervals")
    .option("--format <format>", "md or json", { default: "md" })
    .option("--out <file>", "Write the report to a file")
    .option("--seed <n>", "Seed of the bootstrap intervals", { default: 1 })
    .option("--resamples <n>", "Bootstrap resamples (0: no intervals)", { default: 1000 })
    .option("--min-shared <n>", "Shared items an interviewer needs for a verdict", { default: 5 })
    .action(async (path: string, flags: { format?: unknown; out?: string; seed?: unknown; resamples?: unknown; minShared?: unknown }) => {
      const format = formatOf(flags.format ?? "md", ["md", "json"]);
      const { values, lines } = await readRaw(path);
      const minShared = numberOf(flags.minShared, "--min-shared");
      const report = withLines(
        safeRaterEffects(values, { ...bootstrapFlags(flags), ...(minShared !== undefined ? { minShared } : {}) }),
        basename(path),
        lines,
      );
      await emit(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderRatersMarkdown(report), flags.out);
    });

  cli
    .command("rank <profiles>", "Rank candidate profiles by role fit, marking those whose intervals overlap as not distinguishable")
    .option("--role <id>", "The role to rank for")
    .option("--format <format>", "md or json", { default: "md" })
    .option("--out <file>", "Write the report to a file")
    .action(async (path: string, flags: { role?: string; format?: unknown; out?: string }) => {
      if (flags.role === undefined) fail("Name the role: --role contact-centre-agent.");
      const format = formatOf(flags.format ?? "md", ["md", "json"]);
      const { values, lines } = await readRaw(path);
      const ranking = withLines(safeRankCandidates(values, { role: flags.role }), basename(path), lines);
      await emit(format === "json" ? `${JSON.stringify(ranking, null, 2)}\n` : renderRankingMarkdown(ranking), flags.out);
    });
}
