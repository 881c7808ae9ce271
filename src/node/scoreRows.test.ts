import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RapportError } from "../errors.js";
import type { AnswerRow } from "./readAnswerRows.js";
import { readAnswerRows } from "./readAnswerRows.js";
import { scoreFile } from "./scoreFile.js";
import { type ScoredRow, scoreRows } from "./scoreRows.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/bulk/${name}`, import.meta.url));

async function collect(rows: AsyncIterable<ScoredRow>): Promise<ScoredRow[]> {
  const out: ScoredRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

async function* from(rows: readonly AnswerRow[]): AsyncGenerator<AnswerRow> {
  yield* rows;
}

/** A sink that takes one chunk at a time, slowly, so that writers must wait for 'drain'. */
function slowSink(): { stream: Writable; lines: () => string[]; drains: () => number } {
  const chunks: string[] = [];
  let drains = 0;
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      setImmediate(callback);
    },
  });
  stream.on("drain", () => drains++);
  return { stream, lines: () => chunks.join("").split("\n").filter((l) => l !== ""), drains: () => drains };
}

const LEVELS = [1, 2, 3, 4, 5, "insufficient-evidence"];

describe("scoreRows", () => {
  it("gives one scored row per input row, in order, keeping ids and lines", async () => {
    const rows = await collect(scoreRows(readAnswerRows(fixture("answers.csv"))));
    expect(rows.map((r) => [r.id, r.line])).toEqual([
      ["a1", 2],
      ["a2", 5],
      ["a3", 6],
      ["a4", 7],
      ["a5", 8],
      ["a6", 10],
      ["a7", 11],
    ]);
  });

  it("scores good rows, resolving aliases, with a level from 1 to 5 or insufficient-evidence", async () => {
    const rows = await collect(scoreRows(readAnswerRows(fixture("answers.csv"))));
    const scores = rows.flatMap((r) => ("score" in r ? [r] : []));
    expect(scores.map((r) => r.id)).toEqual(["a1", "a4", "a5"]);
    for (const { score } of scores) {
      expect(LEVELS).toContain(score.level);
      expect(score.reasons.length).toBeGreaterThan(0);
    }
    expect(scores[0]?.score.competency).toBe("patience");
    expect(scores[2]?.score.competency).toBe("active-listening");
    // An empty answer is an answer: the scorer says there is not enough evidence.
    expect(scores[1]?.score.level).toBe("insufficient-evidence");
  });

  it("passes the reader's errors through and turns the scorer's issues into errors naming the line", async () => {
    const rows = await collect(scoreRows(readAnswerRows(fixture("answers.csv"))));
    const errors = rows.flatMap((r) => ("error" in r ? [{ id: r.id, ...r.error }] : []));
    expect(errors.map((e) => [e.id, e.code])).toEqual([
      ["a2", "invalid-input"],
      ["a3", "unknown-competency"],
      ["a6", "invalid-input"],
      ["a7", "invalid-input"],
    ]);
    expect(errors[0]?.message).toBe("line 5: missing 'competency'");
    expect(errors[1]?.message).toMatch(/^line 6: 'competency': .*charisma/);
  });

  it("reports progress every N rows and once at the end", async () => {
    const seen: number[] = [];
    await collect(scoreRows(readAnswerRows(fixture("answers.csv")), { onProgress: (done) => seen.push(done), progressEvery: 2 }));
    expect(seen).toEqual([2, 4, 6, 7]);
    const none: number[] = [];
    await collect(scoreRows(from([]), { onProgress: (done) => none.push(done) }));
    expect(none).toEqual([0]);
  });

  it("keeps the candidate away from the scorer: swapping it changes nothing", async () => {
    const answer = "A customer was upset about a double charge, so I listened, apologised, refunded it myself and emailed her the receipt the same day.";
    const [a, b] = await collect(
      scoreRows(
        from([
          { line: 1, ok: true, input: { id: "x", competency: "empathy", answer, candidate: "Maria Lopez" } },
          { line: 1, ok: true, input: { id: "x", competency: "empathy", answer, candidate: "John Smith" } },
        ]),
      ),
    );
    // The candidate is carried to the output for joins; the score does not move.
    expect(a && "candidate" in a && a.candidate).toBe("Maria Lopez");
    expect(a && "score" in a && a.score).toEqual(b && "score" in b && b.score);
  });

  it("rejects a progressEvery that is not a positive whole number", () => {
    expect(() => scoreRows(from([]), { progressEvery: 0 })).toThrow(RapportError);
  });
});

describe("scoreFile", () => {
  it("writes one JSON line per row and returns the counts", async () => {
    const sink = slowSink();
    const summary = await scoreFile(fixture("answers.jsonl"), { out: sink.stream });
    expect(summary).toEqual({ rows: 8, scored: 2, rejected: 6, warnings: 0, resumed: 0, records: 8 });
    const lines = sink.lines().map((l) => JSON.parse(l) as ScoredRow);
    expect(lines.map((r) => r.id)).toEqual(["1", "j2", "line-4", "line-5", "j6", "line-7", "j8", "j9"]);
    expect(lines.map((r) => ("score" in r ? "score" : r.error.code))).toEqual([
      "score",
      "score",
      "invalid-json",
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "unknown-competency",
      "invalid-input",
    ]);
  });

  it("waits for a slow output to drain and loses nothing", async () => {
    const sink = slowSink();
    const summary = await scoreFile(fixture("answers.csv"), { out: sink.stream });
    expect(summary).toMatchObject({ rows: 7, scored: 3, rejected: 4 });
    expect(sink.lines()).toHaveLength(7);
    expect(sink.drains()).toBeGreaterThan(0);
  });

  it("reports progress and honours an explicit format", async () => {
    const sink = slowSink();
    const seen: number[] = [];
    const summary = await scoreFile(fixture("answers-jsonl.txt"), { out: sink.stream, format: "jsonl", onProgress: (done: number) => seen.push(done) });
    expect(summary).toMatchObject({ rows: 2, scored: 1, rejected: 1 });
    expect(seen).toEqual([2]);
  });

  it("rejects when the file cannot be opened or its format cannot be told", async () => {
    const sink = slowSink();
    await expect(scoreFile(fixture("missing.jsonl"), { out: sink.stream })).rejects.toMatchObject({ code: "ENOENT" });
    await expect(scoreFile(fixture("answers.xlsx"), { out: sink.stream })).rejects.toBeInstanceOf(RapportError);
    expect(sink.lines()).toEqual([]);
  });

  it("rejects when the output fails", async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error("disk full"));
      },
    });
    await expect(scoreFile(fixture("answers.csv"), { out: broken })).rejects.toThrow("disk full");
  });

  it("rejects instead of waiting forever when the output closes mid-run (a reader that went away)", async () => {
    const closing = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        setImmediate(() => {
          callback();
          closing.destroy();
        });
      },
    });
    const dir = mkdtempSync(join(tmpdir(), "rapport-close-"));
    const file = join(dir, "answers.jsonl");
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `r${i}`, competency: "patience", answer: "I stayed calm." })).join("\n"));
    await expect(scoreFile(file, { out: closing })).rejects.toThrow(/closed/);
  });
});

describe("scoreRows on a worker pool", () => {
  it("gives the same rows, in the same order, as scoring in one thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-pool-"));
    const file = join(dir, "answers.jsonl");
    const answers = [
      "A customer rang about a double charge. I found the duplicate payment, refunded it the same day and emailed her the confirmation.",
      "I am a very patient person and I always stay calm with everyone.",
      "I would apologise and offer a refund.",
    ];
    const lines = Array.from({ length: 450 }, (_, i) =>
      i === 17 ? "{ not json" : JSON.stringify({ id: `r${i}`, competency: i % 50 === 3 ? "charisma" : "problem-solving", answer: answers[i % answers.length] }),
    );
    writeFileSync(file, lines.join("\n"));
    const collect = async (workers: number): Promise<unknown[]> => {
      const out: unknown[] = [];
      for await (const row of scoreRows(readAnswerRows(file), { workers })) out.push(row);
      return out;
    };
    const single = await collect(1);
    const pooled = await collect(2);
    expect(pooled).toHaveLength(450);
    expect(pooled).toEqual(single);
  });

  it("refuses a worker count that is not a whole number of at least 1", () => {
    expect(() => scoreRows((async function* () {})(), { workers: 0 })).toThrow(/workers must be a whole number/);
  });
});
