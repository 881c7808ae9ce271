import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { builtInFramework } from "../src/competencies/index.js";
import { buildInterviewKit, BUILT_IN_BANKS, generateQuestions } from "../src/questions/index.js";
import { buildProfile, scoreRatings } from "../src/profile/index.js";
import { scoreAnswer } from "../src/scoring/index.js";
import { PUBLIC_SCHEMAS } from "../src/jsonSchemas.js";
import { readAnswerRows, scoreRows } from "../src/node/index.js";

// Validate real data against the shipped JSON Schema files with an independent validator (ajv).
const ajv = new Ajv2020({ allErrors: true, strict: false });
const load = (name: string): object => JSON.parse(readFileSync(new URL(`../schemas/${name}.json`, import.meta.url), "utf8")) as object;
const validator = (name: string) => ajv.getSchema(`https://rapport.dev/schemas/${name}.json`) ?? ajv.compile(load(name));

describe("JSON Schemas", () => {
  it("ships a schema file for every public shape", () => {
    for (const name of Object.keys(PUBLIC_SCHEMAS)) expect(() => load(name), name).not.toThrow();
  });

  it("accepts the built-in framework, its competencies and roles", () => {
    const framework = validator("Framework");
    expect(framework(builtInFramework), JSON.stringify(framework.errors)).toBe(true);
    const competency = validator("Competency");
    for (const c of builtInFramework.competencies) expect(competency(c), `${c.id}: ${JSON.stringify(competency.errors)}`).toBe(true);
    const role = validator("RoleProfile");
    for (const r of builtInFramework.roles) expect(role(r), `${r.id}: ${JSON.stringify(role.errors)}`).toBe(true);
  });

  it("accepts generated questions, kits and the question banks", () => {
    const question = validator("StarQuestion");
    for (const q of generateQuestions({ competencies: ["empathy", "teamwork"], count: 6, seed: 1 })) expect(question(q), JSON.stringify(question.errors)).toBe(true);
    const kit = validator("InterviewKit");
    const built = JSON.parse(JSON.stringify(buildInterviewKit({ role: "team-lead", durationMinutes: 60, seed: 2, startAt: new Date("2026-12-01T09:00:00Z") }))) as unknown;
    expect(kit(built), JSON.stringify(kit.errors)).toBe(true);
    const bank = validator("QuestionBank");
    for (const b of Object.values(BUILT_IN_BANKS)) expect(bank(b), `${b.competency}: ${JSON.stringify(bank.errors)}`).toBe(true);
  });

  it("accepts answer scores, ratings summaries and candidate profiles", () => {
    const answer = "A customer called because her order was late. I checked the tracking, found it stuck at the depot and had it sent by courier the same day. She thanked me and I added a note to watch that depot.";
    const scores = [scoreAnswer({ competency: "competence", answer }), scoreAnswer({ competency: "empathy", answer: "Too short." })];
    const score = validator("AnswerScore");
    for (const s of scores) expect(score(JSON.parse(JSON.stringify(s))), JSON.stringify(score.errors)).toBe(true);
    const ratings = [{ interviewer: "Ana", competency: "empathy", level: 4 as const }, { interviewer: "Ben", competency: "empathy", level: null }];
    const rating = validator("InterviewerRating");
    for (const r of ratings) expect(rating(r), JSON.stringify(rating.errors)).toBe(true);
    const summary = validator("RatingsSummary");
    expect(summary(JSON.parse(JSON.stringify(scoreRatings(ratings)))), JSON.stringify(summary.errors)).toBe(true);
    const profile = validator("CandidateProfile");
    const built = buildProfile({ candidate: { id: "c-1" }, role: "contact-centre-agent", answers: scores, ratings, assessedAt: "2026-11-23T10:00:00Z" });
    expect(profile(JSON.parse(JSON.stringify(built))), JSON.stringify(profile.errors)).toBe(true);
    expect(validator("ScoreAnswerInput")({ competency: "empathy", answer, questionType: "sometimes" })).toBe(false);
  });

  it("rejects data the zod schema rejects", () => {
    const competency = validator("Competency");
    const first = builtInFramework.competencies[0];
    expect(competency({ ...first, id: "Not Kebab" })).toBe(false);
    expect(competency({ ...first, rubric: [{ ...first?.rubric[0], anchors: [] }] })).toBe(false);
    expect(competency({ ...first, cluster: "nowhere" })).toBe(false);
  });

  it("accepts every line a bulk run writes, scored or rejected, with its schemaVersion", async () => {
    const line = validator("ScoredRow");
    const rows = [];
    for (const file of ["answers.jsonl", "broken.jsonl", "answers.csv", "broken.csv"]) {
      for await (const row of scoreRows(readAnswerRows(new URL(`fixtures/bulk/${file}`, import.meta.url).pathname))) rows.push(JSON.parse(JSON.stringify(row)) as Record<string, unknown>);
    }
    expect(rows.some((r) => "score" in r) && rows.some((r) => "error" in r)).toBe(true);
    for (const r of rows) {
      expect(r.schemaVersion).toBe(1);
      expect(line(r), `${String(r.id)}: ${JSON.stringify(line.errors)}`).toBe(true);
    }
    expect(line({ ...rows[0], line: "three" })).toBe(false);
  });
});
