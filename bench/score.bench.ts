// Scoring benchmarks on the real interview answers in tests/fixtures/public/siop2024-interview.
// Run `npm run bench` (builds first, for the cold-start figure); results go into docs/performance.md by hand.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { measure } from "mitata";
import { quantileSorted } from "simple-statistics";
import { scoreFile } from "../src/node/index.js";
import { engine } from "../src/scoring/text/nlp.js";
import { buildProfile, scoreAnswer } from "../src/index.js";

const COMPETENCIES = ["patience", "empathy", "problem-solving", "communication", "teamwork", "adaptability"];
const answers = readFileSync(new URL("../tests/fixtures/public/siop2024-interview/interview_answers.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l, i) => {
    const row = JSON.parse(l) as { text: string; question: string };
    return { competency: COMPETENCIES[i % COMPETENCIES.length] as string, answer: row.text, question: row.question };
  });
const words = answers.map((a) => a.answer.split(/\s+/).length).sort((a, b) => a - b);

// Warm up: load the model and let the JIT settle.
for (const a of answers) scoreAnswer(a);

// Single-answer latency, one answer at a time, over every answer several times.
const latencies: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const a of answers) {
    const start = performance.now();
    scoreAnswer(a);
    latencies.push(performance.now() - start);
  }
}
latencies.sort((a, b) => a - b);

// Throughput on one core, and the share of wink-nlp's own pass: each answer is scored, then wink-nlp reads the same
// answer with the pipeline rapport loads (sentences and parts of speech, `readDoc`); the two are timed answer by answer,
// interleaved, so that both run under the same conditions (this machine is a shared VM whose speed varies from minute to
// minute). wink-nlp's pass runs on the very instance scoring uses: a second instance would share its code with the first
// and make one of the two slower than it is alone. 9 passes; the median and range are reported.
const winkNlp = engine();
const paired = Array.from({ length: 9 }, () => {
  let scoring = 0;
  let wink = 0;
  for (const a of answers) {
    const t0 = performance.now();
    scoreAnswer(a);
    const t1 = performance.now();
    winkNlp.readDoc(a.answer);
    wink += performance.now() - t1;
    scoring += t1 - t0;
  }
  return { score: answers.length / (scoring / 1000), wink: answers.length / (wink / 1000), ratio: wink / scoring };
});
const middle = (values: number[]): number => [...values].sort((a, b) => a - b)[4] ?? 0;
const passes = paired.map((p) => p.score).sort((a, b) => a - b);
const perSecond = middle(passes);
const winkPerSecond = middle(paired.map((p) => p.wink));
const ratios = paired.map((p) => p.ratio).sort((a, b) => a - b);

// mitata's own estimate for one typical answer (median length).
const median = answers.find((a) => a.answer.split(/\s+/).length === words[Math.floor(words.length / 2)]) ?? answers[0];
const stats = await measure(() => scoreAnswer(median as (typeof answers)[number]));

// A profile from six answers.
const profileStats = await measure(() => buildProfile({ candidate: { id: "c" }, role: "contact-centre-agent", answers: answers.slice(0, 6), assessedAt: "2026-11-23T00:00:00Z" }));

// Bulk: scoreFile on 20,000 rows of JSON Lines, written to a sink.
const dir = mkdtempSync(join(tmpdir(), "rapport-bench-"));
const file = join(dir, "answers.jsonl");
const bulkRows = 20_000;
writeFileSync(file, Array.from({ length: bulkRows }, (_, i) => JSON.stringify({ id: `r${i}`, ...answers[i % answers.length] })).join("\n"));
const sink = new Writable({ write: (_chunk, _enc, done) => done() });
const heapBefore = process.memoryUsage().heapUsed;
const b0 = performance.now();
const summary = await scoreFile(file, { out: sink });
const bulkSeconds = (performance.now() - b0) / 1000;
const heapAfter = process.memoryUsage().heapUsed;
const p0 = performance.now();
const pooled = await scoreFile(file, { out: new Writable({ write: (_chunk, _enc, done) => done() }), workers: 2 });
const pooledSeconds = (performance.now() - p0) / 1000;

// Cold start: a fresh Node process imports the built package and scores one answer.
const dist = new URL("../dist/index.js", import.meta.url).pathname;
const coldScript = `const t=performance.now();const r=await import(${JSON.stringify(dist)});r.scoreAnswer({competency:"patience",answer:${JSON.stringify(median?.answer ?? "")}});console.log(performance.now()-t);`;
const cold = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ["--input-type=module", "-e", coldScript], { encoding: "utf8" }).trim())).sort((a, b) => a - b);

const ms = (v: number): string => `${v.toFixed(3)} ms`;
console.log(`date: ${new Date().toISOString().slice(0, 10)}; node ${process.version}; ${cpus()[0]?.model ?? "?"} (${cpus().length} cores); ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`answers: ${answers.length} (median ${words[Math.floor(words.length / 2)]} words, max ${words.at(-1)})`);
console.log(`latency (warm, ${latencies.length} calls): p50 ${ms(quantileSorted(latencies, 0.5))}, p95 ${ms(quantileSorted(latencies, 0.95))}, p99 ${ms(quantileSorted(latencies, 0.99))}, max ${ms(latencies.at(-1) ?? 0)}`);
console.log(`throughput (one core, 9 passes): median ${perSecond.toFixed(0)} answers/s (range ${passes[0]?.toFixed(0)}–${passes[8]?.toFixed(0)})`);
console.log(`wink-nlp's own pass (readDoc, sentences and parts of speech; same answers, interleaved): median ${winkPerSecond.toFixed(0)} answers/s; rapport runs at ${(middle(ratios) * 100).toFixed(1)}% of it (pass by pass ${((ratios[0] ?? 0) * 100).toFixed(1)}–${((ratios[8] ?? 0) * 100).toFixed(1)}%)`);
console.log(`mitata, one median answer: avg ${ms(stats.avg / 1e6)}, p75 ${ms(stats.p75 / 1e6)}, p99 ${ms(stats.p99 / 1e6)}`);
console.log(`mitata, buildProfile from 6 raw answers: avg ${ms(profileStats.avg / 1e6)}`);
console.log(`bulk scoreFile: ${summary.rows} rows in ${bulkSeconds.toFixed(2)} s = ${(summary.rows / bulkSeconds).toFixed(0)} rows/s; heap ${((heapBefore) / 2 ** 20).toFixed(0)} -> ${(heapAfter / 2 ** 20).toFixed(0)} MiB`);
console.log(`bulk scoreFile, 2 worker threads: ${pooled.rows} rows in ${pooledSeconds.toFixed(2)} s = ${(pooled.rows / pooledSeconds).toFixed(0)} rows/s`);
console.log(`cold start (import + first score, fresh process, 5 runs): min ${cold[0]?.toFixed(0)} ms, median ${cold[2]?.toFixed(0)} ms, max ${cold[4]?.toFixed(0)} ms`);
