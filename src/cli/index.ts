import { readFile } from "node:fs/promises";
import { cac } from "cac";
import { OutputError, readAnswerRows } from "../node/index.js";
import { builtInFramework, getCompetency, getRole, listCompetencies, renderRoleMarkdown, renderRubricMarkdown } from "../competencies/index.js";
import { RapportError } from "../errors.js";
import { buildInterviewKit, generateQuestions, QuestionTypeInput, renderKitJson, renderKitMarkdown, renderQuestionMarkdown } from "../questions/index.js";
import type { buildProfile as BuildProfile, ScoreAnswerInput } from "../index.js";
import { VERSION } from "../version.js";
import { registerAnalysisCommands } from "./analysisCommands.js";
import { DASH, EXIT, registerBulk } from "./score.js";

const cli = cac("rapport");

/** Profiles need the scorer and its language model: loaded only by the commands that use them, so that `score --workers n` does not hold a copy in the main thread. */
const profiles = (): Promise<typeof import("../profile/index.js")> => import("../profile/index.js");
const names = (): Record<string, string> => Object.fromEntries(builtInFramework.competencies.map((c) => [c.id, c.name]));

const SAMPLE_ANSWERS = new URL("../../examples/sample/answers.jsonl", import.meta.url);
const SAMPLE_RATINGS = new URL("../../examples/sample/ratings.json", import.meta.url);

/** Reads a candidate's rows from an answers file; rejected rows are reported on stderr, not dropped silently. */
async function candidateAnswers(path: string, candidate: string | undefined): Promise<ScoreAnswerInput[]> {
  const answers: ScoreAnswerInput[] = [];
  for await (const row of readAnswerRows(path)) {
    if (!row.ok) {
      process.stderr.write(`rapport: skipped ${row.error.message}\n`);
      continue;
    }
    if (candidate !== undefined && row.input.candidate !== undefined && row.input.candidate !== candidate) continue;
    const { competency, answer, question, questionType } = row.input;
    answers.push({ competency, answer, ...(question !== undefined ? { question } : {}), ...(questionType !== undefined ? { questionType } : {}) });
  }
  return answers;
}

async function readRatings(path: string | undefined): Promise<unknown[] | undefined> {
  if (path === undefined) return undefined;
  const parsed = JSON.parse(await readFile(path, "utf8")) as unknown;
  if (!Array.isArray(parsed)) usage(`${path} must hold a JSON array of ratings ({ interviewer, competency, level }).`);
  return parsed;
}

cli
  .command("demo", "Score the bundled sample answers and print a candidate profile")
  .action(async () => {
    const answers = await candidateAnswers(SAMPLE_ANSWERS.pathname, "cand-042");
    const ratings = (await readRatings(SAMPLE_RATINGS.pathname)) as Parameters<typeof BuildProfile>[0]["ratings"];
    const { buildProfile, renderProfileMarkdown } = await profiles();
    const profile = buildProfile({ candidate: { id: "cand-042" }, role: "contact-centre-agent", answers, ...(ratings ? { ratings } : {}) });
    process.stdout.write(renderProfileMarkdown(profile));
  });

registerBulk(cli);

cli
  .command("profile <answers>", "Score a candidate's answers and print their profile")
  .option("--candidate <id>", "The candidate's id (rows with another candidate are left out)")
  .option("--role <id>", "The role assessed for")
  .option("--ratings <file>", "Interviewer ratings: a JSON array of { interviewer, competency, level, questionId? }")
  .option("--format <format>", "md or json", { default: "md" })
  .action(async (path: string, options: { candidate?: string; role?: string; ratings?: string; format: unknown }) => {
    if (options.candidate === undefined) usage("Name the candidate: --candidate <id> (the 'candidate' column of the file).");
    const out = format(options.format);
    const answers = await candidateAnswers(path, options.candidate);
    const ratings = (await readRatings(options.ratings)) as Parameters<typeof BuildProfile>[0]["ratings"];
    const { buildProfile, renderProfileMarkdown } = await profiles();
    const profile = buildProfile({
      candidate: { id: options.candidate },
      answers,
      ...(options.role !== undefined ? { role: options.role } : {}),
      ...(ratings ? { ratings } : {}),
    });
    process.stdout.write(out === "json" ? `${JSON.stringify(profile, null, 2)}\n` : renderProfileMarkdown(profile));
  });

cli
  .command("rubric <competency>", "Print a competency's rubric (id or alias)")
  .option("--format <format>", "md or json", { default: "md" })
  .action((id: string, options: { format: unknown }) => {
    const competency = getCompetency(id);
    process.stdout.write(format(options.format) === "json" ? `${JSON.stringify(competency, null, 2)}\n` : renderRubricMarkdown(competency));
  });

cli
  .command("role <id>", "Print a role profile")
  .option("--format <format>", "md or json", { default: "md" })
  .action((id: string, options: { format: unknown }) => {
    const role = getRole(id);
    process.stdout.write(format(options.format) === "json" ? `${JSON.stringify(role, null, 2)}\n` : renderRoleMarkdown(role, names()));
  });

/** Fails with a one-line message that names the fix. */
function usage(message: string): never {
  throw new RapportError([{ code: "invalid-input", path: [], message }]);
}

function format(value: unknown): "md" | "json" {
  if (value === "md" || value === "json") return value;
  return usage(`--format must be md or json, not '${String(value)}'.`);
}

/** A seed as the library takes it: `--seed 42` is the number 42 (as `seed: 42`), other text stays text. */
function seedOf(value: unknown): number | string {
  const text = String(value);
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

function integer(value: unknown, flag: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) usage(`${flag} needs a whole number above 0, not '${String(value)}'.`);
  return n;
}

cli
  .command("questions", "Generate STAR interview questions for a competency")
  .option("--competency <id>", "Competency id or alias (repeat for several)")
  .option("--count <n>", "How many questions", { default: 5 })
  .option("--seed <seed>", "Seed: the same seed gives the same questions", { default: "rapport" })
  .option("--type <type>", "behavioural or situational (both by default)")
  .option("--role <id>", "Draw scenarios from a role's settings")
  .option("--format <format>", "md or json", { default: "md" })
  .action((options: { competency?: string | string[]; count: unknown; seed: unknown; type?: string; role?: string; format: unknown }) => {
    if (options.competency === undefined || options.competency === "") usage("Name a competency: --competency patience (ids and aliases both work).");
    const competencies = Array.isArray(options.competency) ? options.competency : [options.competency];
    const type = options.type === undefined ? undefined : QuestionTypeInput.safeParse(options.type);
    if (type !== undefined && !type.success) usage(`--type must be behavioural (or behavioral) or situational, not '${options.type}'.`);
    const out = format(options.format);
    const questions = generateQuestions({
      competencies,
      count: integer(options.count, "--count", 5),
      seed: seedOf(options.seed),
      ...(type?.success ? { types: [type.data] } : {}),
      ...(options.role !== undefined ? { role: options.role } : {}),
    });
    process.stdout.write(out === "json" ? `${JSON.stringify(questions, null, 2)}\n` : questions.map((q, i) => renderQuestionMarkdown(q, i + 1)).join("\n"));
  });

cli
  .command("kit", "Build a whole interview kit for a role on a time budget")
  .option("--role <id>", "The role interviewed for")
  .option("--minutes <m>", "The time budget in minutes")
  .option("--seed <seed>", "Seed: the same seed gives the same kit", { default: "rapport" })
  .option("--format <format>", "md or json", { default: "md" })
  .action((options: { role?: string; minutes?: unknown; seed: unknown; format: unknown }) => {
    if (options.role === undefined) usage(`Name a role: --role contact-centre-agent (one of ${builtInFramework.roles.map((r) => r.id).join(", ")}).`);
    if (options.minutes === undefined) usage("Give the time budget: --minutes 45.");
    const out = format(options.format);
    const kit = buildInterviewKit({ role: options.role, durationMinutes: integer(options.minutes, "--minutes"), seed: seedOf(options.seed) });
    process.stdout.write(out === "json" ? renderKitJson(kit) : renderKitMarkdown(kit));
  });

cli
  .command("competencies", "List the competencies")
  .action(() => {
    for (const c of listCompetencies()) process.stdout.write(`${c.id.padEnd(24)}${c.name} — ${c.aliases.join(", ")}\n`);
  });

registerAnalysisCommands(cli);

cli.help();
cli.version(VERSION);

try {
  cli.parse(process.argv.map((arg) => (arg === "-" ? DASH : arg)), { run: false });
  if (!cli.matchedCommand && cli.args.length > 0) {
    throw new RapportError([{ code: "invalid-input", path: [], message: `Unknown command '${cli.args[0]}'. Run 'rapport --help' for the commands.` }]);
  }
  if (!cli.matchedCommand && !cli.options.help && !cli.options.version) cli.outputHelp();
  await cli.runMatchedCommand();
} catch (error) {
  process.exitCode = failed(error);
}

/** Reports a failure in one line and gives the exit code: a closed pipe (`| head`) ends quietly. */
function failed(error: unknown): number {
  if (error instanceof OutputError) {
    if (error.code === "EPIPE") return EXIT.pipe;
    process.stderr.write(`rapport: ${error.message}\n`);
    return EXIT.output;
  }
  const message = error instanceof RapportError ? error.issues.map((i) => i.message).join(" ") : error instanceof Error ? error.message : String(error);
  process.stderr.write(`rapport: ${message}\n`);
  return EXIT.usage;
}
