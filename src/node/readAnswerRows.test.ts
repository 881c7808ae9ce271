import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { RapportError } from "../errors.js";
import { type AnswerRow, readAnswerRows } from "./readAnswerRows.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../tests/fixtures/bulk/${name}`, import.meta.url));

async function collect(rows: AsyncIterable<AnswerRow>): Promise<AnswerRow[]> {
  const out: AnswerRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const errorOf = (row: AnswerRow | undefined): { id: string; code: string; message: string } | undefined =>
  row !== undefined && !row.ok ? { id: row.id, code: row.error.code, message: row.error.message } : undefined;

describe("readAnswerRows (CSV)", () => {
  it("yields one row per data row, in file order, with the line each starts on", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.csv")));
    expect(rows.map((r) => (r.ok ? r.input.id : r.id))).toEqual(["a1", "a2", "a3", "a4", "a5", "a6", "a7"]);
    // a1 spans lines 2-4; the blank line 9 is not a row.
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6, 7, 8, 10, 11]);
  });

  it("reads a BOM-prefixed header, a quoted answer over several lines, and header cells in any case", async () => {
    const [first] = await collect(readAnswerRows(fixture("answers.csv")));
    expect(first).toMatchObject({ ok: true, input: { id: "a1", competency: "patience", questionType: "behavioural", candidate: "Candidate A" } });
    if (!first?.ok) throw new Error("expected a good row");
    expect(first.input.answer.split("\n")).toHaveLength(3);
    expect(first.input.question).toBe("Tell me about a time you stayed patient with an upset customer.");
  });

  it("reports a missing field by name and line, keeping the row's id", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.csv")));
    expect(errorOf(rows[1])).toEqual({ id: "a2", code: "invalid-input", message: "line 5: missing 'competency'" });
    expect(errorOf(rows[6])).toEqual({ id: "a7", code: "invalid-input", message: "line 11: missing 'answer'" });
  });

  it("reports an invalid question type, naming the field and the value", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.csv")));
    const error = errorOf(rows[5]);
    expect(error?.code).toBe("invalid-input");
    expect(error?.message).toMatch(/^line 10: invalid 'questionType': .*"sometimes"/);
  });

  it("leaves judging to the scorer: an empty answer and an unknown competency are good rows", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.csv")));
    expect(rows[2]).toMatchObject({ ok: true, input: { competency: "charisma" } });
    expect(rows[3]).toMatchObject({ ok: true, input: { id: "a4", answer: "" } });
    // Empty optional cells are absent, not empty strings.
    expect(rows[3]?.ok && "question" in rows[3].input).toBe(false);
  });

  it("turns a quote that is never closed into one error row naming its line and field, and reads the records after it", async () => {
    const rows = await collect(readAnswerRows(fixture("unclosed-quote.csv")));
    expect(rows.map((r) => (r.ok ? r.input.id : r.id))).toEqual(["b1", "line-3", "b3"]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(errorOf(rows[1])).toEqual({ id: "line-3", code: "invalid-csv", message: expect.stringMatching(/^line 3: a quoted field opens here \('answer'\) and is never closed/) });
  });
});

describe("readAnswerRows on a file broken in every way", () => {
  const summary = (row: AnswerRow): unknown[] => [row.record, row.line, row.ok ? row.input.id : row.id, row.ok ? "ok" : row.error.code, (row.warnings ?? []).map((w) => w.code)];

  it("gives one row per CSV record, each on the line it begins, with the error where it belongs", async () => {
    const rows = await collect(readAnswerRows(fixture("broken.csv")));
    expect(rows.map(summary)).toEqual([
      [1, 2, "c1", "ok", []],
      // A quote opened on line 3 is closed by the quote of line 4's answer: one error, and line 4 is read on its own.
      [2, 3, "line-3", "invalid-csv", []],
      [3, 4, "c3", "ok", []],
      // A quoted answer over two lines ending in CRLF, then a bare CR inside an unquoted cell: the line numbers stay right.
      [4, 5, "c4", "ok", []],
      [5, 7, "c5", "ok", []],
      [6, 8, "c6", "invalid-csv", []],
      [7, 9, "c7", "invalid-input", []],
      [8, 11, "c1", "ok", ["duplicate-id"]],
      [9, 12, "c8", "ok", ["invalid-utf8"]],
      [10, 13, "line-13", "invalid-csv", []],
      [11, 14, "c10", "ok", []],
    ]);
    expect(errorOf(rows[1])?.message).toMatch(/^line 3: the quoted field 'answer' has text after its closing quote \(on line 4\)/);
    expect(errorOf(rows[5])?.message).toBe("line 8: 7 cells, but the header names 6 columns (is there an unquoted comma in a field?)");
    expect(rows[7]?.warnings?.[0]?.message).toBe("line 11: the id 'c1' is also on line 2");
    expect(rows[9]?.ok === false && rows[9].error.message).toMatch(/never closed/);
  });

  it("keeps CR characters as text: CRLF inside quotes and a bare CR in a cell", async () => {
    const rows = await collect(readAnswerRows(fixture("broken.csv")));
    const answer = (i: number): string => (rows[i]?.ok ? rows[i].input.answer : "");
    expect(answer(3).endsWith("hour.\r\nShe wrote back to thank me.")).toBe(true);
    expect(answer(4).endsWith("hour.\rwith a bare CR")).toBe(true);
  });

  it("passes the columns rapport does not read through as fields, unchanged", async () => {
    const rows = await collect(readAnswerRows(fixture("broken.csv")));
    expect(rows[0]?.fields).toEqual({ cohort: "A", human_level: "4" });
    expect(rows[6]?.fields).toEqual({ cohort: "B", human_level: "1" });
    const jsonl = await collect(readAnswerRows(fixture("broken.jsonl")));
    expect(jsonl[0]?.fields).toEqual({ cohort: "A", human_level: 4, meta: { source: "pilot" } });
    expect(jsonl[2]?.fields).toEqual({ cohort: "B" });
    expect(jsonl[3] !== undefined && "fields" in jsonl[3]).toBe(false);
  });

  it("gives one row per JSON line: a bare CR inside a string does not split it", async () => {
    const rows = await collect(readAnswerRows(fixture("broken.jsonl")));
    expect(rows.map(summary)).toEqual([
      [1, 1, "j1", "ok", []],
      [2, 2, "line-2", "invalid-json", []],
      [3, 3, "j3", "ok", []],
      [4, 5, "j1", "ok", ["duplicate-id"]],
      [5, 6, "j5", "ok", ["invalid-utf8"]],
      [6, 7, "line-7", "invalid-json", []],
      [7, 8, "line-8", "invalid-input", []],
      [8, 9, "j7", "ok", []],
    ]);
  });

  it("leaves out the duplicate check when asked", async () => {
    const rows = await collect(readAnswerRows(fixture("broken.jsonl"), { checkIds: false }));
    expect(rows.flatMap((r) => r.warnings ?? []).map((w) => w.code)).toEqual(["invalid-utf8"]);
  });

  it("refuses a CSV without a header, and an empty CSV, instead of reading 0 rows", async () => {
    await expect(collect(readAnswerRows(fixture("no-header.csv")))).rejects.toThrow(/first row must name the columns id, competency and answer.*lack its header/);
    await expect(collect(readAnswerRows(fixture("empty.csv")))).rejects.toThrow(/The CSV is empty/);
    await expect(collect(readAnswerRows(fixture("no-header.csv")))).rejects.toBeInstanceOf(RapportError);
  });

  it("reads a stream, telling JSON Lines from CSV by the first line", async () => {
    const jsonl = await collect(readAnswerRows(createReadStream(fixture("answers-jsonl.txt"))));
    expect(jsonl.map((r) => r.ok)).toEqual([true, false]);
    const csv = await collect(readAnswerRows(createReadStream(fixture("answers.csv"))));
    expect(csv.map((r) => r.line)).toEqual([2, 5, 6, 7, 8, 10, 11]);
  });
});

describe("readAnswerRows (JSONL)", () => {
  it("yields one row per non-blank line, numbered by file line", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.jsonl")));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it("turns a numeric id into text", async () => {
    const [first] = await collect(readAnswerRows(fixture("answers.jsonl")));
    expect(first).toMatchObject({ ok: true, input: { id: "1", competency: "patience", questionType: "behavioural" } });
  });

  it("reports a line that is not JSON as invalid-json, with a line id", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.jsonl")));
    const error = errorOf(rows[2]);
    expect(error).toMatchObject({ id: "line-4", code: "invalid-json" });
    expect(error?.message).toMatch(/^line 4: not valid JSON/);
  });

  it("names the field and the line for a missing id, a wrong type and a non-object", async () => {
    const rows = await collect(readAnswerRows(fixture("answers.jsonl")));
    expect(errorOf(rows[3])).toEqual({ id: "line-5", code: "invalid-input", message: "line 5: missing 'id'" });
    expect(errorOf(rows[4])).toMatchObject({ id: "j6", code: "invalid-input", message: expect.stringMatching(/^line 6: invalid 'answer'/) });
    expect(errorOf(rows[5])).toMatchObject({ id: "line-7", code: "invalid-input", message: expect.stringMatching(/^line 7: expected a JSON object/) });
    expect(errorOf(rows[7])).toMatchObject({ id: "j9", message: expect.stringMatching(/^line 9: invalid 'questionType'/) });
  });

  it("takes the format from options when the extension does not tell it", async () => {
    const rows = await collect(readAnswerRows(fixture("answers-jsonl.txt"), { format: "jsonl" }));
    expect(rows.map((r) => r.ok)).toEqual([true, false]);
    expect(errorOf(rows[1])?.code).toBe("invalid-json");
  });
});

describe("readAnswerRows (files)", () => {
  it("throws a RapportError naming the file and the accepted extensions for an unknown extension", () => {
    let thrown: unknown;
    try {
      readAnswerRows("scores.xlsx");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RapportError);
    const issue = (thrown as RapportError).issues[0];
    expect(issue.code).toBe("invalid-input");
    expect(issue.message).toContain("scores.xlsx");
    expect(issue.message).toContain(".csv, .jsonl, .ndjson");
  });

  it("rejects with Node's error when the file cannot be opened", async () => {
    await expect(collect(readAnswerRows(fixture("missing.csv")))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(collect(readAnswerRows(fixture("missing.jsonl")))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("stops reading when the consumer stops", async () => {
    for await (const row of readAnswerRows(fixture("answers.csv"))) {
      expect(row.line).toBe(2);
      break;
    }
  });

  it("types rows as a union told apart by ok", () => {
    expectTypeOf<Extract<AnswerRow, { ok: true }>["input"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<AnswerRow, { ok: false }>["error"]["code"]>().toEqualTypeOf<string>();
    // @ts-expect-error the format is csv or jsonl
    void readAnswerRows.bind(null, "a.csv", { format: "xlsx" });
  });
});
