import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildProfile } from "../../src/index.js";
import { rapport } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "rapport-analysis-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const jsonl = (rows: readonly unknown[]): string => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;

// A scorer's output (as rapport score writes it) and human ratings of the same 40 answers, as CSV.
const scorer = file(
  "scorer.jsonl",
  jsonl(Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, line: i + 1, score: { competency: i % 2 ? "empathy" : "patience", level: (i % 5) + 1, score: Math.min(5, (i % 5) + 1.2) }, cohort: i < 20 ? "spring" : "autumn" }))),
);
const human = file("human.csv", `id,level,rater\n${Array.from({ length: 40 }, (_, i) => `a${i},${Math.min(5, (i % 5) + 1 + (i % 6 === 0 ? 1 : 0))},h1`).join("\n")}\n`);

describe("rapport compare", () => {
  it("compares a scorer's JSON Lines with human CSV ratings, by a field, as Markdown and JSON", async () => {
    const md = await rapport("compare", scorer, human, "--by", "score.competency", "--resamples", "100");
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("# Scores compared: scorer.jsonl and human.csv");
    expect(md.stdout).toContain("40 paired (0 only in scorer.jsonl, 0 only in human.csv)");
    expect(md.stdout).toContain("## By score.competency");
    const json = await rapport("compare", scorer, human, "--format", "json", "--resamples", "0", "--labels", "scorer,human");
    const report = JSON.parse(json.stdout) as { labels: { a: string }; overall: { n: number; exact: { value: number } } };
    expect(report.labels.a).toBe("scorer");
    expect(report.overall.n).toBe(40);
    // The human is one level up on i = 0, 6, …, 36 except i = 24, already at 5: 6 of the 40 differ.
    expect(report.overall.exact.value).toBeCloseTo(34 / 40, 12);
  });

  it("writes an HTML report that draws its heat map and scatter plot offline, in a real browser", async () => {
    const out = join(dir, "compare.html");
    const result = await rapport("compare", scorer, human, "--format", "html", "--out", out, "--resamples", "50");
    expect(result.code).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page).not.toMatch(/<script[^>]+src=/); // nothing to fetch
    const { stdout } = await promisify(execFile)("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", `file://${out}`], { encoding: "utf8", timeout: 60_000 });
    expect(stdout).toMatch(/<canvas id="heatmap"[^>]*data-drawn="true"/);
    expect(stdout).toMatch(/<canvas id="scatter"[^>]*data-drawn="true"/);
  });

  it("names the file and line of a row it cannot read, and exits 2", async () => {
    const bad = file("bad.jsonl", `${JSON.stringify({ id: "a0", level: 3 })}\n\n${JSON.stringify({ id: "a1", level: 8 })}\n{not json\n`);
    const result = await rapport("compare", bad, human);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bad.jsonl, line 3: 'level' expected a level 1-5");
    expect(result.stderr).toContain("bad.jsonl, line 4: not valid JSON");
    const twice = file("twice.csv", "id,level\na1,3\na1,4\n");
    expect((await rapport("compare", twice, human)).stderr).toMatch(/twice\.csv, line 3: the key 'a1' appears again \(first at line 2\)/);
    expect((await rapport("compare", scorer, human, "--format", "xml")).stderr).toMatch(/--format must be md, json or html/);
  });
});

describe("rapport fairness", () => {
  const rows = [
    ...Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, level: i < 24 ? 4 : 2, gender: "M", site: i % 2 ? "north" : "south" })),
    ...Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, level: i < 12 ? 4 : 2, gender: "F", site: i % 2 ? "north" : "south" })),
    { id: "x0", level: 4, gender: "X", site: "north" },
    { id: "u0", level: 3, site: "south" },
  ];
  const scored = file("scored.jsonl", jsonl(rows));

  it("audits by each group and their intersection, with the exclusion and its reason", async () => {
    const result = await rapport("fairness", scored, "--group", "gender", "--group", "site", "--exclude-under", "0.02");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("## By gender × site");
    // F: 12 of 40 selected (30%) against M's 24 of 40 (60%): impact ratio 0.50.
    expect(result.stdout).toMatch(/\| F \| 40 \| 48\.8% \| 12 \| 30\.0% \| 0\.50 ⚠ \|/);
    expect(result.stdout).toMatch(/X: 1\.2% of the 82 rows audited, under the 2\.0% threshold/);
    expect(result.stdout).toContain("Rows with no value for gender (unknown): 1.");
  });

  it("writes JSON and HTML, and needs a group", async () => {
    const json = JSON.parse((await rapport("fairness", scored, "--group", "gender", "--format", "json")).stdout) as { tables: { categories: { value: string; selectionImpactRatio: number }[] }[] };
    expect(json.tables[0]?.categories.find((c) => c.value === "M")?.selectionImpactRatio).toBeCloseTo(0.6, 12); // X (1 of 1) is the reference without exclusion
    const html = await rapport("fairness", scored, "--group", "gender", "--format", "html");
    expect(html.stdout).toContain('<canvas id="ratios-0"');
    const none = await rapport("fairness", scored);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--group gender/);
  });
});

describe("rapport raters and rank", () => {
  it("reports each interviewer's leniency", async () => {
    const ratings = file(
      "ratings.csv",
      `interviewer,candidate,competency,level\n${Array.from({ length: 12 }, (_, c) => [`Ana,c${c},empathy,${1 + (c % 4)}`, `Ben,c${c},empathy,${2 + (c % 4)}`, `Cy,c${c},empathy,${1 + (c % 4)}`].join("\n")).join("\n")}\n`,
    );
    const result = await rapport("raters", ratings, "--resamples", "100");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\| Ben \| 12 \| 12 \| 1\.00 \|.*\| lenient \|/);
  });

  it("ranks profiles for a role, and refuses an unknown role", async () => {
    const ratingsAt = (level: 1 | 2 | 3 | 4 | 5) => ["patience", "empathy", "communication"].map((competency) => ({ interviewer: "i", competency, level }));
    const profiles = [
      buildProfile({ candidate: { id: "ana" }, role: "contact-centre-agent", answers: [], ratings: ratingsAt(4) }),
      buildProfile({ candidate: { id: "ben" }, answers: [], ratings: ratingsAt(2) }),
    ];
    const path = file("profiles.json", JSON.stringify(profiles));
    const result = await rapport("rank", path, "--role", "contact-centre-agent");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\| 1 \| 1 \| ana \|/);
    expect(result.stdout).toMatch(/\| 2 \| \d \| ben \|/);
    const unknown = await rapport("rank", path, "--role", "contact-centre-agnet");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/contact-centre-agent/);
  });
});
