import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import { createBuiltInScorer, type Scorer } from "../scoring/scorer.js";
import { mergeScores } from "./merge.js";
import { OutputError } from "./output.js";
import { readAnswerRows } from "./readAnswerRows.js";
import { parseShard, scoreFile } from "./scoreFile.js";
import { type ScoredRow, scoreRows } from "./scoreRows.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/bulk/${name}`, import.meta.url));
const scratch = (): string => mkdtempSync(join(tmpdir(), "rapport-file-"));
const lines = (path: string): string[] => readFileSync(path, "utf8").split("\n").filter((l) => l !== "");

function answers(dir: string, n: number): string {
  const path = join(dir, "answers.jsonl");
  const text = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, competency: "patience", answer: `I stayed calm with customer number ${i} and fixed the order myself.`, group: i % 3 }));
  writeFileSync(path, `${text.join("\n")}\n`);
  return path;
}

describe("scoreFile to a path", () => {
  it("resumes after a row cut off mid-write, scoring it again and no other", async () => {
    const dir = scratch();
    const input = answers(dir, 90);
    const clean = join(dir, "clean.jsonl");
    await scoreFile(input, { out: clean });
    const out = join(dir, "scores.jsonl");
    const kept = lines(clean).slice(0, 40);
    writeFileSync(`${out}.partial`, `${kept.join("\n")}\n${(lines(clean)[40] as string).slice(0, 57)}`);
    const summary = await scoreFile(input, { out, resume: true });
    expect(summary).toMatchObject({ rows: 90, resumed: 40, records: 90 });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(clean, "utf8"));
  });

  it("refuses to resume from a partial output written by another shard", async () => {
    const dir = scratch();
    const input = answers(dir, 30);
    const out = join(dir, "s.jsonl");
    await scoreFile(input, { out, shard: "1/3" });
    await expect(scoreFile(input, { out, shard: "0/3", resume: true })).rejects.toThrow(/written by another shard/);
  });

  it("keeps the rows written so far as the partial output when the signal stops the run", async () => {
    const dir = scratch();
    const input = answers(dir, 200);
    const out = join(dir, "scores.jsonl");
    const controller = new AbortController();
    const summary = await scoreFile(input, { out, signal: controller.signal, progressEvery: 1, onProgress: (done) => done >= 32 && controller.abort() });
    expect(summary.interrupted).toBe(true);
    expect(summary.rows).toBeLessThan(200);
    expect(existsSync(out)).toBe(false);
    expect(lines(`${out}.partial`)).toHaveLength(summary.rows);
    expect(await scoreFile(input, { out, resume: true })).toMatchObject({ rows: 200, resumed: summary.rows });
    expect(lines(out)).toHaveLength(200);
  });

  it("rejects with an OutputError carrying Node's code when the output fails", async () => {
    const broken = new Writable({ write: (_chunk, _encoding, callback) => callback(Object.assign(new Error("no space left"), { code: "ENOSPC" })) });
    const failure = await scoreFile(fixture("answers.csv"), { out: broken }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputError);
    expect((failure as OutputError).code).toBe("ENOSPC");
  });
});

describe("shards", () => {
  it("reads index/count, 0-based", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(() => parseShard("4/4")).toThrow(RapportError);
    expect(() => parseShard("1of4")).toThrow(/index\/count/);
  });

  it("merge refuses outputs that are not from shards, and a partial output", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "a.jsonl"), '{"id":"x","line":1}\n');
    await expect(mergeScores([join(dir, "a.jsonl")], { out: join(dir, "m.jsonl") })).rejects.toThrow(/no record number/);
    await expect(mergeScores([join(dir, "a.jsonl.partial")], { out: join(dir, "m.jsonl") })).rejects.toThrow(/interrupted run's output/);
  });
});

describe("scoreRows with a scorer of one's own", () => {
  const counting = (): Scorer & { calls: number; most: number } => {
    const inner = createBuiltInScorer();
    let running = 0;
    const scorer = {
      name: "counting@1",
      calls: 0,
      most: 0,
      async score(input: Parameters<Scorer["score"]>[0]) {
        scorer.calls++;
        running++;
        scorer.most = Math.max(scorer.most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
        return { ...(await inner.score(input)), scorer: "counting@1" };
      },
    };
    return scorer;
  };

  it("scores a Scorer object in one thread, saying so when more workers were asked for", async () => {
    const scorer = counting();
    const warnings: string[] = [];
    const rows: ScoredRow[] = [];
    for await (const row of scoreRows(readAnswerRows(fixture("answers.csv")), { scorer, workers: 2, onWarning: (m) => warnings.push(m) })) rows.push(row);
    expect(rows.map((r) => r.id)).toEqual(["a1", "a2", "a3", "a4", "a5", "a6", "a7"]);
    expect(scorer.calls).toBe(4);
    expect(rows.flatMap((r) => ("score" in r ? [r.score.scorer] : []))).toEqual(["counting@1", "counting@1", "counting@1"]);
    // The unknown competency keeps the issue code of the RapportError the scorer threw.
    expect(rows[2] && "error" in rows[2] && rows[2].error.code).toBe("unknown-competency");
    expect(warnings.join("\n")).toMatch(availableParallelism() > 1 ? /cannot be sent to worker threads/ : /only 1 core/);
  });

  it("keeps `concurrency` answers in flight, and the order of the input", async () => {
    const scorer = counting();
    const out: string[] = [];
    for await (const row of scoreRows(readAnswerRows(answers(scratch(), 40)), { scorer, concurrency: 4 })) out.push(row.id);
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
    expect(scorer.most).toBe(4);
  });

  it("turns a score that is not an AnswerScore into an error row", async () => {
    const bad: Scorer = { name: "bad@1", score: async () => ({ level: 9 }) as never };
    const rows: ScoredRow[] = [];
    for await (const r of scoreRows(readAnswerRows(fixture("answers.csv")), { scorer: bad })) rows.push(r);
    const [row] = rows;
    expect(row && "error" in row && row.error).toMatchObject({ code: "scoring-failed", message: expect.stringMatching(/^line 2: the scorer 'bad@1' returned a score that is not an AnswerScore/) });
  });
});
