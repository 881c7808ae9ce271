// A runnable study with rapport's research toolkit. Run it with `npm run research` (or
// `npx tsx examples/research/study.ts`); it writes the scored files to examples/research/out/ and
// the report to examples/research/report.md and report-*.html. Everything is seeded: the same
// versions give the same report.
//
// 1. Score the 508 real interview answers of tests/fixtures/public/siop2024-interview with two
//    configurations of the built-in scorer: with the question text, and without it.
// 2. Compare the two configurations, answer by answer and by competency.
// 3. Score the 50 Lend-an-Ear support conversations and compare with the three experts' ratings;
//    calibrate the three experts against each other.
// 4. Audit the first configuration's scores for adverse impact on a synthetic, seeded group column.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
// rapport and rapport/research, from source (in your own study: `from "rapport"` and `from "rapport/research"`).
import { type AnswerScore, createBuiltInScorer, type ScoreAnswerInput } from "../../src/index.js";
import {
  auditFairness,
  compareScores,
  createRandom,
  raterEffects,
  renderComparisonHtml,
  renderComparisonMarkdown,
  renderFairnessHtml,
  renderFairnessMarkdown,
  renderRatersMarkdown,
} from "../../src/research/index.js";

const here = new URL(".", import.meta.url);
const fixtures = new URL("../../tests/fixtures/public/", import.meta.url);
const out = new URL("out/", here);
const jsonl = <T>(url: URL): T[] => readFileSync(url, "utf8").trim().split("\n").map((l) => JSON.parse(l) as T);
const writeJsonl = (name: string, rows: readonly unknown[]): void => writeFileSync(new URL(name, out), `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);

/**
 * The competency each interview question mostly asks about, by a rough keyword rule (first match wins).
 * The dataset has no competency labels: this mapping is the study's own.
 */
const QUESTION_RULES: readonly (readonly [RegExp, string])[] = [
  [/empathy|needed help|supportive role/i, "empathy"],
  [/client|customer/i, "patience"],
  [/criticism|negative feedback|failed|mistake|missed a deadline/i, "humility"],
  [/proactiv|initiative|above and beyond|more than was required/i, "proactiveness"],
  [/team|delegat|mentor|conflict|disagree|compromise|consensus|gossip|politics|colleague|leadership/i, "teamwork"],
  [/communicat|feedback|networking|relationship/i, "communication"],
  [/deadline|schedule|prioriti|juggl|multiple projects|focus|organi[sz]|productiv|distraction|interrupt|on track|budget|planning|work-life/i, "time-management"],
  [/quality|accuracy|accountab/i, "consistency"],
  [/learn|skill|growth|development|change|adapt|ambiguity|adversity|setback|stress|overwhelmed|motivat/i, "adaptability"],
];
const competencyOf = (question: string): string => QUESTION_RULES.find(([pattern]) => pattern.test(question))?.[1] ?? "problem-solving";

interface InterviewRow { id: string; respondent_id: string; question_index: number; question: string; text: string }
interface ConversationRow { id: string; text: string; label: Record<string, number>; expert1: Record<string, number>; expert2: Record<string, number>; expert3: Record<string, number> }

const scorer = createBuiltInScorer();

/** Scores every answer with one configuration, keeping the extra columns beside the score. */
async function scoreAll(rows: readonly InterviewRow[], withQuestion: boolean): Promise<{ id: string; score: AnswerScore; competency: string; respondent: string }[]> {
  const scored = [];
  for (const row of rows) {
    const competency = competencyOf(row.question);
    const input: ScoreAnswerInput = { competency, answer: row.text, ...(withQuestion ? { question: row.question } : {}) };
    scored.push({ id: row.id, score: await scorer.score(input), competency, respondent: row.respondent_id });
  }
  return scored;
}

const DIMENSIONS = { validating_emotions: "empathy", encouraging_elaboration: "active-listening" } as const;

/** The scorer's rows and the experts' mean rows for two Lend-an-Ear dimensions, paired on id + dimension. */
async function lendAnEar(rows: readonly ConversationRow[]): Promise<{ scored: unknown[]; experts: unknown[]; panel: unknown[] }> {
  const scored = [];
  const experts = [];
  for (const row of rows) {
    for (const [dimension, competency] of Object.entries(DIMENSIONS)) {
      // The supporter's replies are what they do in the moment, not a past story: scored as situational answers.
      const score = await scorer.score({ competency, answer: row.text, questionType: "situational" });
      scored.push({ id: row.id, dimension, score });
      experts.push({ id: row.id, dimension, score: row.label[dimension] });
    }
  }
  const panel = rows.flatMap((row) =>
    (["expert1", "expert2", "expert3"] as const).flatMap((expert) => Object.entries(row[expert]).map(([dimension, level]) => ({ interviewer: expert, candidate: row.id, competency: dimension, level }))),
  );
  return { scored, experts, panel };
}

/** One row per respondent: the mean score of their answers, and synthetic group columns assigned by a seeded shuffle. */
function respondents(scored: Awaited<ReturnType<typeof scoreAll>>): unknown[] {
  const byRespondent = new Map<string, number[]>();
  for (const row of scored) {
    const list = byRespondent.get(row.respondent) ?? [];
    if (row.score.score !== null) list.push(row.score.score);
    byRespondent.set(row.respondent, list);
  }
  const ids = [...byRespondent.keys()].sort();
  const random = createRandom(2026);
  const shuffled = (): string[] => {
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    return order;
  };
  // Group sizes are fixed (60 / 50 / 15 / the rest) and membership is random: the scorer cannot have seen it.
  const group = new Map(shuffled().map((id, i) => [id, i < 60 ? "A" : i < 110 ? "B" : i < 125 ? "C" : "D"]));
  const cohort = new Map(shuffled().map((id, i) => [id, i % 2 === 0 ? "2024" : "2025"]));
  return ids.map((id) => {
    const scores = byRespondent.get(id) ?? [];
    const mean = scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    return { id, ...(mean === null ? { level: "insufficient-evidence" } : { score: mean }), group: group.get(id), cohort: cohort.get(id) };
  });
}

/** Chart.js and its matrix chart, to inline in the HTML reports (as the CLI does). */
function chartScripts(): string[] {
  const require = createRequire(import.meta.url);
  const file = (pkg: string, name: string): string => join(dirname(require.resolve(pkg)), name);
  return [readFileSync(file("chart.js", "chart.umd.min.js"), "utf8"), readFileSync(file("chartjs-chart-matrix", "chartjs-chart-matrix.min.js"), "utf8")];
}

/** A rendered report's headings pushed down two levels, to sit inside this study's sections. */
const nested = (markdown: string): string => markdown.replace(/^(#+) /gm, "$1## ").trim();
const pct = (v: number | null): string => (v === null ? "–" : `${(v * 100).toFixed(1)}%`);
const f2 = (v: number | null): string => (v === null ? "–" : v.toFixed(2));

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const interviews = jsonl<InterviewRow>(new URL("siop2024-interview/interview_answers.jsonl", fixtures));
  const withQuestion = await scoreAll(interviews, true);
  const withoutQuestion = await scoreAll(interviews, false);
  writeJsonl("with-question.jsonl", withQuestion);
  writeJsonl("without-question.jsonl", withoutQuestion);
  const configs = compareScores(withQuestion, withoutQuestion, { by: "competency", labels: ["with question", "without question"] });

  const conversations = jsonl<ConversationRow>(new URL("lend-an-ear/lend_an_ear.jsonl", fixtures));
  const ear = await lendAnEar(conversations);
  writeJsonl("lend-an-ear-scored.jsonl", ear.scored);
  writeJsonl("lend-an-ear-experts.jsonl", ear.experts);
  writeJsonl("lend-an-ear-panel.jsonl", ear.panel);
  const human = compareScores(ear.scored, ear.experts, { key: ["id", "dimension"], by: "dimension", labels: ["scorer", "experts' mean"] });
  const panel = raterEffects(ear.panel);

  const people = respondents(withQuestion);
  writeJsonl("respondents.jsonl", people);
  const audit = auditFairness(people, { groups: ["group", "cohort"], excludeUnder: 0.02 });

  const scripts = chartScripts();
  writeFileSync(new URL("report-configurations.html", here), renderComparisonHtml(configs, { chartScripts: scripts }));
  writeFileSync(new URL("report-experts.html", here), renderComparisonHtml(human, { chartScripts: scripts }));
  writeFileSync(new URL("report-fairness.html", here), renderFairnessHtml(audit, { chartScripts: scripts }));
  writeFileSync(new URL("report.md", here), reportOf({ configs, human, panel, audit, scorerName: withQuestion[0]?.score.versions.scorer ?? scorer.name }));
  process.stdout.write(`Wrote examples/research/report.md, report-*.html and out/ (${interviews.length} answers scored twice, ${conversations.length} conversations).\n`);
}

interface Results {
  readonly configs: ReturnType<typeof compareScores>;
  readonly human: ReturnType<typeof compareScores>;
  readonly panel: ReturnType<typeof raterEffects>;
  readonly audit: ReturnType<typeof auditFairness>;
  readonly scorerName: string;
}

function reportOf(r: Results): string {
  const c = r.configs.overall;
  const h = r.human.overall;
  const flagged = r.audit.warnings.filter((w) => w.code === "below-four-fifths").length;
  // Above the diagonal of the matrix: the run with the question gave the lower level; below it, the higher.
  const counts = c.confusion.counts;
  const higher = counts.reduce((s, row, i) => s + row.reduce((t, v, j) => t + (i > j ? v : 0), 0), 0);
  const lower = counts.reduce((s, row, i) => s + row.reduce((t, v, j) => t + (i < j ? v : 0), 0), 0);
  return `${[
    "# A study with rapport's research toolkit",
    `Made by \`examples/research/study.ts\` (\`npm run research\`) with the scorer \`${r.scorerName}\`; seeded throughout, so the same versions give this report again. Do not edit it by hand. HTML versions with charts: [configurations](report-configurations.html), [experts](report-experts.html), [fairness](report-fairness.html).`,
    "## 1. Does the question text change the built-in scorer's levels?",
    `The 508 real answers to behavioural interview questions in \`tests/fixtures/public/siop2024-interview\` (127 respondents, 4 answers each) were scored twice by the built-in scorer: once with the question asked, once without it. The dataset names no competency; the study maps each question to the one it mostly asks about by a keyword rule (\`QUESTION_RULES\` in the script). The two runs gave the same level to ${pct(c.exact.value)} of the ${c.n} answers both rated (quadratic kappa ${f2(c.kappa.quadratic.value)}, ICC(2,1) ${f2(c.icc21.value)}), so the question text mostly confirms what the answer alone shows. Of the ${higher + lower} answers whose level moved, ${higher} got a higher level with the question and ${lower} a lower one (mean difference ${f2(c.meanDifference.value)}, ${f2(c.meanDifference.lower)} – ${f2(c.meanDifference.upper)}).`,
    nested(renderComparisonMarkdown(r.configs)),
    "## 2. The scorer against experts (Lend an Ear)",
    `The supporter's turns of the 50 Lend-an-Ear conversations (\`tests/fixtures/public/lend-an-ear\`) were scored as empathy (against the experts' mean rating of *validating emotions*) and as active listening (against *encouraging elaboration*). These are conversations, not interview answers, and the experts rated other constructs than rapport's rubrics: read the figures as how far the scorer's levels carry over, not as its validity. Overall quadratic kappa ${f2(h.kappa.quadratic.value)} (${f2(h.kappa.quadratic.lower)} – ${f2(h.kappa.quadratic.upper)}), Spearman ${f2(h.spearman.value)}.`,
    nested(renderComparisonMarkdown(r.human)),
    "## 3. The three experts, calibrated against each other",
    "Each expert's ratings on all six dimensions, against the other two experts' mean on the same conversation and dimension.",
    nested(renderRatersMarkdown(r.panel)),
    "## 4. A fairness audit on a synthetic group column",
    `Each respondent's mean score over their answers (with the question), audited by two synthetic columns: \`group\` (A 60, B 50, C 15, D 2 respondents) and \`cohort\` (2024, 2025), assigned by a seeded shuffle that never saw the scores. Any difference here is chance, which is the point: with groups this small, ${flagged} categor${flagged === 1 ? "y" : "ies"} had an impact ratio under four-fifths by chance alone, and the small-group warnings say why such figures must not be read alone. Category D (under 2 %) is left out of the ratios with the reason shown.`,
    nested(renderFairnessMarkdown(r.audit)),
    "## Reproduce it with the CLI",
    "The study writes its scored files to `examples/research/out/`; the same reports come from the command line:",
    [
      "```sh",
      "npm run research",
      'rapport compare examples/research/out/with-question.jsonl examples/research/out/without-question.jsonl --by competency --labels "with question,without question" --format html --out configurations.html',
      "rapport compare examples/research/out/lend-an-ear-scored.jsonl examples/research/out/lend-an-ear-experts.jsonl --key id --key dimension --by dimension",
      "rapport raters examples/research/out/lend-an-ear-panel.jsonl",
      "rapport fairness examples/research/out/respondents.jsonl --group group --group cohort --exclude-under 0.02 --format html --out fairness.html",
      "```",
    ].join("\n"),
  ].join("\n\n")}\n`;
}

await main();
