import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rapport } from "./run.js";

const fixture = (name: string): string => new URL(`../fixtures/bulk/${name}`, import.meta.url).pathname;
const sample = new URL("../../examples/sample/answers.jsonl", import.meta.url).pathname;

describe("rapport score", () => {
  it("writes one JSON line per input row, in order, rejected rows included, and exits 0", async () => {
    const input = readFileSync(fixture("answers.jsonl"), "utf8").split("\n").filter((l) => l.trim() !== "");
    const result = await rapport("score", fixture("answers.jsonl"));
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; score?: { level: unknown }; error?: { code: string; message: string } });
    expect(rows).toHaveLength(input.length);
    expect(rows.some((r) => r.score !== undefined)).toBe(true);
    expect(rows.some((r) => r.error?.code === "invalid-json")).toBe(true);
    expect(result.stderr).toMatch(/rows, \d+ scored, \d+ rejected/);
  });

  it("reads CSV and writes to --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-"));
    const out = join(dir, "scores.jsonl");
    const result = await rapport("score", fixture("answers.csv"), "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(out, "utf8").trim().split("\n").length).toBeGreaterThan(3);
  });

  it("exits non-zero for an unreadable file or a bad flag", async () => {
    const missing = await rapport("score", "/no/such/file.jsonl");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file/i);
    const dir = mkdtempSync(join(tmpdir(), "rapport-"));
    writeFileSync(join(dir, "answers.xlsx"), "x");
    const wrongKind = await rapport("score", join(dir, "answers.xlsx"));
    expect(wrongKind.code).not.toBe(0);
    expect(wrongKind.stderr).toMatch(/\.csv|\.jsonl/);
    expect((await rapport("score", fixture("answers.csv"), "--format", "xml")).stderr).toMatch(/--format must be csv or jsonl/);
  });
});

describe("rapport profile and demo", () => {
  it("prints a candidate's profile from an answers file", async () => {
    const md = await rapport("profile", sample, "--candidate", "cand-042", "--role", "contact-centre-agent");
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Candidate cand-042 — Contact-centre agent/);
    expect(md.stdout).toMatch(/Role fit: \d+\/100/);
    const json = await rapport("profile", sample, "--candidate", "cand-042", "--format", "json");
    const profile = JSON.parse(json.stdout) as { candidate: { id: string }; competencies: unknown[] };
    expect(profile.candidate.id).toBe("cand-042");
    expect(profile.competencies.length).toBe(6);
    expect((await rapport("profile", sample)).stderr).toMatch(/--candidate/);
  });

  it("demo scores the bundled sample answers and prints the profile with its evidence", async () => {
    const result = await rapport("demo");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/# Candidate cand-042/);
    expect(result.stdout).toMatch(/## Evidence/);
    expect(result.stdout).toMatch(/Must-haves below the role's minimum/);
  });
});
