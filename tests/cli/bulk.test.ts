// `rapport score` and `rapport merge` as a researcher runs them: nothing lost, nothing doubled.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ended, rapport, startRapport } from "./run.js";

const fixture = (name: string): string => new URL(`../fixtures/bulk/${name}`, import.meta.url).pathname;
const scratch = (): string => mkdtempSync(join(tmpdir(), "rapport-bulk-"));

interface Row {
  id: string;
  record: number;
  line: number;
  fields?: Record<string, unknown>;
  warnings?: { code: string }[];
  score?: { level: unknown; scorer: string };
  error?: { code: string; message: string };
}
const rowsOf = (text: string): Row[] => text.trim().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Row);

const ANSWERS = [
  "A customer rang about a double charge. I found the duplicate payment, refunded it the same day and emailed her the confirmation.",
  "I am a very patient person and I always stay calm with everyone.",
  "The caller was shouting about a late parcel, so I let him finish, apologised, tracked it and rang him back within the hour.",
];

/** A JSONL file of `n` answers, with a cohort column and a few bad lines among them. */
function answersFile(dir: string, n: number, name = "answers.jsonl"): string {
  const lines = Array.from({ length: n }, (_, i) =>
    i % 97 === 5 ? "{ not json" : JSON.stringify({ id: `r${i}`, competency: i % 50 === 3 ? "charisma" : "patience", answer: ANSWERS[i % ANSWERS.length], cohort: i % 2 === 0 ? "A" : "B" }),
  );
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

describe("rapport score never writes over data", () => {
  it("refuses --out equal to the input, leaving the input as it was", async () => {
    const dir = scratch();
    const input = join(dir, "same.jsonl");
    copyFileSync(fixture("answers.jsonl"), input);
    const before = readFileSync(input, "utf8");
    const result = await rapport("score", input, "--out", input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is the input/);
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("leaves an existing output untouched when the input is missing", async () => {
    const dir = scratch();
    const out = join(dir, "existing.jsonl");
    writeFileSync(out, '{"id":"keep me"}\n');
    const result = await rapport("score", join(dir, "missing.jsonl"), "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no such file/i);
    expect(readFileSync(out, "utf8")).toBe('{"id":"keep me"}\n');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("refuses to start over an interrupted run's partial output without --resume", async () => {
    const dir = scratch();
    const out = join(dir, "scores.jsonl");
    writeFileSync(`${out}.partial`, '{"id":"a","record":1,"line":1}\n');
    const result = await rapport("score", fixture("answers.jsonl"), "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scores\.jsonl\.partial holds an interrupted run: continue it with --resume/);
    expect(readFileSync(`${out}.partial`, "utf8")).toBe('{"id":"a","record":1,"line":1}\n');
    expect(existsSync(out)).toBe(false);
  });

  it("writes beside the target and renames into place: no partial file is left after a finished run", async () => {
    const dir = scratch();
    const out = join(dir, "scores.jsonl");
    writeFileSync(out, "old\n");
    const result = await rapport("score", fixture("answers.jsonl"), "--out", out);
    expect(result.code).toBe(0);
    expect(rowsOf(readFileSync(out, "utf8"))).toHaveLength(8);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe("rapport score ends cleanly when the output fails", () => {
  it("reports a full disk in one line and exits 3", async () => {
    const result = await rapport("score", fixture("answers.jsonl"), "--out", "/dev/full");
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^rapport: cannot write to \/dev\/full: .*no space left on device/i)]);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  it("stops quietly with exit 141 when the reader of its output goes away (| head)", async () => {
    const child = startRapport(["score", answersFile(scratch(), 3000)]);
    child.stdout?.once("data", () => child.stdout?.destroy());
    const result = await ended(child);
    expect(result.code).toBe(141);
    expect(result.stderr).toBe("");
  });
});

describe("rapport score: workers, input, formats", () => {
  it("caps workers at the cores available and says so", async () => {
    const result = await rapport("score", fixture("answers.jsonl"), "--workers", "1e9");
    expect(result.code).toBe(0);
    expect(rowsOf(result.stdout)).toHaveLength(8);
    expect(result.stderr).toContain(`1000000000 workers asked for, but only ${cpus().length} core`);
  });

  it("reads standard input for '-', telling CSV from JSON Lines by the first line", async () => {
    for (const name of ["answers.csv", "answers.jsonl"]) {
      const child = startRapport(["score", "-"]);
      child.stdin?.end(readFileSync(fixture(name)));
      const result = await ended(child);
      expect(result.code).toBe(0);
      expect(rowsOf(result.stdout).map((r) => r.line)).toEqual(name.endsWith(".csv") ? [2, 5, 6, 7, 8, 10, 11] : [1, 2, 4, 5, 6, 7, 8, 9]);
    }
  });

  it("writes CSV for --out x.csv, with the input's other columns passed through", async () => {
    const out = join(scratch(), "scores.csv");
    const result = await rapport("score", fixture("broken.csv"), "--out", out);
    expect(result.code).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(11);
    expect(Object.keys(rows[0] ?? {}).slice(0, 7)).toEqual(["id", "record", "line", "candidate", "cohort", "human_level", "score.competency"]);
    expect(rows.map((r) => r["human_level"])).toEqual(["4", "", "3", "5", "2", "", "1", "3", "4", "", "3"]);
    expect(rows[0]?.["score.level"]).toMatch(/^[1-5]$/);
    expect(rows[1]?.["error.code"]).toBe("invalid-csv");
    expect(rows[7]?.["warnings"]).toMatch(/the id 'c1' is also on line 2/);
  });

  it("gives one row per record of a file broken in every way, and says so in the summary", async () => {
    const summaryFile = join(scratch(), "summary.json");
    const result = await rapport("score", fixture("broken.csv"), "--summary", summaryFile);
    expect(result.code).toBe(0);
    const rows = rowsOf(result.stdout);
    expect(rows.map((r) => [r.record, r.line, r.error?.code ?? "score"])).toEqual([
      [1, 2, "score"],
      [2, 3, "invalid-csv"],
      [3, 4, "score"],
      [4, 5, "score"],
      [5, 7, "score"],
      [6, 8, "invalid-csv"],
      [7, 9, "invalid-input"],
      [8, 11, "score"],
      [9, 12, "score"],
      [10, 13, "invalid-csv"],
      [11, 14, "score"],
    ]);
    expect(rows[0]?.fields).toEqual({ cohort: "A", human_level: "4" });
    const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as Record<string, unknown>;
    expect(summary).toMatchObject({ rows: 11, scored: 7, rejected: 4, warnings: 2, records: 11 });
    expect(summary["seconds"]).toEqual(expect.any(Number));
    expect(summary["rowsPerSecond"]).toEqual(expect.any(Number));
    expect(result.stderr).toMatch(/^rapport: 11 rows, 7 scored, 4 rejected, 2 with warnings in [\d.]+ s, [\d,]+ rows\/s\n$/);
  });

  it("refuses a CSV without a header instead of reading 0 rows", async () => {
    const result = await rapport("score", fixture("no-header.csv"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/must name the columns id, competency and answer/);
  });

  it("exits 1 under --strict when a row was rejected, and 0 without it", async () => {
    expect((await rapport("score", fixture("answers.jsonl"), "--strict")).code).toBe(1);
    expect((await rapport("score", fixture("answers.jsonl"))).code).toBe(0);
  });

  it("draws no progress on a non-terminal: standard error holds the summary alone", async () => {
    const result = await rapport("score", answersFile(scratch(), 120));
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("rapport score --scorer", () => {
  it("runs a Scorer module of one's own, in this thread and on workers alike", async () => {
    const input = answersFile(scratch(), 450);
    const one = await rapport("score", input, "--scorer", fixture("length-scorer.mjs"));
    const two = await rapport("score", input, "--scorer", fixture("length-scorer.mjs"), "--workers", "2");
    expect(one.code).toBe(0);
    const rows = rowsOf(one.stdout);
    expect(rows).toHaveLength(450);
    expect(new Set(rows.flatMap((r) => (r.score ? [r.score.scorer] : [])))).toEqual(new Set(["length-baseline@1"]));
    // The module's RapportError-like issues keep their code.
    expect(rows[3]?.error?.code).toBe("unknown-competency");
    expect(two.stdout).toBe(one.stdout);
  });

  it("refuses a module that does not export a scorer", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "nothing.mjs"), "export default 42;\n");
    const result = await rapport("score", fixture("answers.jsonl"), "--scorer", join(dir, "nothing.mjs"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a Scorer/);
  });
});

/** Waits until the file exists with more than `bytes` bytes. */
async function grown(path: string, bytes: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (existsSync(path) && statSync(path).size > bytes) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${path} did not grow`);
}

describe("rapport score --resume", () => {
  it("continues a killed run after its last complete row: the same rows as one clean run, none twice", async () => {
    const dir = scratch();
    const input = answersFile(dir, 2500);
    const clean = join(dir, "clean.jsonl");
    expect((await rapport("score", input, "--out", clean)).code).toBe(0);
    const out = join(dir, "scores.jsonl");
    const child = startRapport(["score", input, "--out", out]);
    const done = ended(child);
    await grown(`${out}.partial`, 200_000);
    child.kill("SIGKILL");
    await done;
    expect(existsSync(out)).toBe(false);
    const cut = readFileSync(`${out}.partial`, "utf8");
    const resumed = await rapport("score", input, "--out", out, "--resume");
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/kept from the interrupted run/);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(clean, "utf8"));
    expect(cut.length).toBeLessThan(readFileSync(clean, "utf8").length);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("stops on SIGINT keeping the rows scored, exits 130, and --resume finishes a CSV output", async () => {
    const dir = scratch();
    const input = answersFile(dir, 2500);
    const clean = join(dir, "clean.csv");
    expect((await rapport("score", input, "--out", clean)).code).toBe(0);
    const out = join(dir, "scores.csv");
    const child = startRapport(["score", input, "--out", out]);
    const done = ended(child);
    await grown(`${out}.partial`, 20_000);
    child.kill("SIGINT");
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted after [\d,]+ rows\. .*scores\.csv\.partial keeps them: run the same command with --resume/);
    expect((await rapport("score", input, "--out", out, "--resume")).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(clean, "utf8"));
  });

  it("refuses to resume from another input", async () => {
    const dir = scratch();
    const out = join(dir, "scores.jsonl");
    expect((await rapport("score", fixture("answers.jsonl"), "--out", out)).code).toBe(0);
    const result = await rapport("score", fixture("broken.jsonl"), "--out", out, "--resume");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not the input this output was scored from/);
    // The finished output is left where it was.
    expect(rowsOf(readFileSync(out, "utf8"))).toHaveLength(8);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe("rapport score --shard and rapport merge", () => {
  it("splits a file into deterministic slices that merge back into the unsharded output", async () => {
    const dir = scratch();
    const input = answersFile(dir, 300);
    const whole = join(dir, "whole.jsonl");
    expect((await rapport("score", input, "--out", whole)).code).toBe(0);
    const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}.jsonl`));
    for (const [i, out] of shards.entries()) expect((await rapport("score", input, "--shard", `${i}/3`, "--out", out)).code).toBe(0);
    expect(rowsOf(readFileSync(shards[1] as string, "utf8")).map((r) => r.record).slice(0, 3)).toEqual([2, 5, 8]);
    const merged = join(dir, "merged.jsonl");
    const result = await rapport("merge", shards[2] as string, shards[0] as string, shards[1] as string, "--out", merged);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/merged 300 rows from 3 files/);
    expect(readFileSync(merged, "utf8")).toBe(readFileSync(whole, "utf8"));
  });

  it("merges CSV shards too, header once, into the unsharded CSV", async () => {
    const dir = scratch();
    const whole = join(dir, "whole.csv");
    expect((await rapport("score", fixture("broken.csv"), "--out", whole)).code).toBe(0);
    const shards = [0, 1].map((i) => join(dir, `shard-${i}.csv`));
    for (const [i, out] of shards.entries()) expect((await rapport("score", fixture("broken.csv"), "--shard", `${i}/2`, "--out", out)).code).toBe(0);
    const merged = join(dir, "merged.csv");
    expect((await rapport("merge", ...shards, "--out", merged)).code).toBe(0);
    expect(readFileSync(merged, "utf8")).toBe(readFileSync(whole, "utf8"));
  });

  it("refuses a missing shard and a doubled one, naming the record", async () => {
    const dir = scratch();
    const input = answersFile(dir, 40);
    const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}.jsonl`));
    for (const [i, out] of shards.entries()) await rapport("score", input, "--shard", `${i}/3`, "--out", out);
    const missing = await rapport("merge", shards[0] as string, shards[2] as string, "--out", join(dir, "m.jsonl"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Record 2 is in none of the outputs/);
    const doubled = await rapport("merge", shards[0] as string, shards[1] as string, shards[2] as string, shards[1] as string, "--out", join(dir, "m.jsonl"));
    expect(doubled.code).toBe(2);
    expect(doubled.stderr).toMatch(/Record 2 is in both/);
    expect(existsSync(join(dir, "m.jsonl"))).toBe(false);
  });

  it("refuses a shard that is not index/count", async () => {
    const result = await rapport("score", fixture("answers.jsonl"), "--shard", "3/3");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/0 <= index < count/);
  });
});
