// Bulk-run benchmark: `rapport score` from the built package, as a researcher runs it, on the real interview
// answers of tests/fixtures/public/siop2024-interview repeated to 100,000 rows (rows/s with 1 and 2 workers,
// alternating, several rounds) and to 1,000,000 rows (peak memory with 1 and 2 workers).
// Run `npm run bench:bulk` (builds first); `-- --rows 20000 --big 0 --rounds 1` for a quick look.
// Each run is a fresh process; its summary (--summary) gives seconds, rows/s and the process's peak RSS,
// worker threads included. Results go into docs/performance.md by hand, with the machine's load: this
// benchmark needs the machine to itself, and says how busy it was.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, big: { type: "string", default: "1000000" }, rounds: { type: "string", default: "3" } } });
const ROWS = Number(values.rows);
const BIG = Number(values.big);
const ROUNDS = Number(values.rounds);

const COMPETENCIES = ["patience", "empathy", "problem-solving", "communication", "teamwork", "adaptability"];
const source = readFileSync(new URL("../tests/fixtures/public/siop2024-interview/interview_answers.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { text: string; question: string; respondent_id: string });

const dir = mkdtempSync(join(tmpdir(), "rapport-bulk-bench-"));
const cli = new URL("../dist/cli/index.js", import.meta.url).pathname;

/** Writes `n` rows: the real answers in turn, each with an id, a competency, its question and a cohort column to pass through. */
async function answersFile(n: number): Promise<string> {
  const path = join(dir, `answers-${n}.jsonl`);
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const a = source[i % source.length] as (typeof source)[number];
    const line = `${JSON.stringify({ id: `r${i}`, competency: COMPETENCIES[i % COMPETENCIES.length], answer: a.text, question: a.question, cohort: a.respondent_id.slice(-1) })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await finished(out);
  return path;
}

interface Run {
  readonly workers: number;
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakMemoryMb: number;
  readonly cpuSeconds: number;
  readonly load: string;
}

/** One fresh `rapport score` process, its output thrown away. */
function score(file: string, workers: number): Run {
  const summaryFile = join(dir, "summary.json");
  const before = loadavg()[0] ?? 0;
  execFileSync(process.execPath, [cli, "score", file, "--workers", String(workers), "--out", "/dev/null", "--summary", summaryFile, "--no-progress"], { stdio: ["ignore", "ignore", "pipe"] });
  const s = JSON.parse(readFileSync(summaryFile, "utf8")) as { rows: number; seconds: number; rowsPerSecond: number; peakMemoryMb: number; cpuSeconds: number };
  return { workers, rows: s.rows, seconds: s.seconds, rowsPerSecond: s.rowsPerSecond, peakMemoryMb: s.peakMemoryMb, cpuSeconds: s.cpuSeconds, load: `${before.toFixed(1)}→${(loadavg()[0] ?? 0).toFixed(1)}` };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

const lscpu = ((): string => {
  try {
    return execFileSync("lscpu", { encoding: "utf8" }).split("\n").slice(0, 10).join("\n");
  } catch {
    return "(lscpu not available)";
  }
})();
console.log(`date: ${new Date().toISOString()}; node ${process.version}; nproc ${cpus().length}; ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n${lscpu}`);

const speed = await answersFile(ROWS);
const runs: Run[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const workers of [1, 2]) {
    const run = score(speed, workers);
    runs.push(run);
    console.log(`${ROWS} rows, ${workers} worker(s): ${run.seconds.toFixed(1)} s, ${run.rowsPerSecond} rows/s, peak ${run.peakMemoryMb} MB, CPU ${run.cpuSeconds} s (load ${run.load})`);
  }
}
const rate = (w: number): number[] => runs.filter((r) => r.workers === w).map((r) => r.rowsPerSecond);
console.log(`median rows/s: 1 worker ${median(rate(1))}, 2 workers ${median(rate(2))}; speed-up of the 2nd worker ${(median(rate(2)) / median(rate(1))).toFixed(2)}x (best runs: ${(Math.max(...rate(2)) / Math.max(...rate(1))).toFixed(2)}x)`);
// CPU time per row does not depend on how busy the machine is: equal figures mean the pool costs nothing, and the
// speed-up on a machine with a core free for each worker is about 2 (less the main thread's small share).
const cpu = (w: number): number => median(runs.filter((r) => r.workers === w).map((r) => (1000 * r.cpuSeconds) / r.rows));
console.log(`median CPU seconds per 1,000 rows: 1 worker ${cpu(1).toFixed(3)}, 2 workers ${cpu(2).toFixed(3)}`);
const pairs = rate(1).map((one, i) => ((rate(2)[i] ?? 0) / one).toFixed(2));
console.log(`speed-up round by round: ${pairs.join(", ")}`);

if (BIG > 0) {
  const big = await answersFile(BIG);
  for (const workers of [1, 2]) {
    const run = score(big, workers);
    console.log(`${BIG} rows, ${workers} worker(s): ${run.seconds.toFixed(1)} s, ${run.rowsPerSecond} rows/s, peak ${run.peakMemoryMb} MB (load ${run.load})`);
  }
}
rmSync(dir, { recursive: true, force: true });
