// An applicant-tracking integration, end to end, on bundled sample data: build a kit for a job
// opening, receive answers as JSON, validate, score, build and store the profile, read it back,
// and export it in the shapes Greenhouse, Lever, Workday and HR Open speak.
//
// Run it after `npm run build` with `node examples/ats/run.mjs`; it writes examples/ats/out/.
// It makes no network call: posting the files to your ATS is your code's job.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import {
  buildInterviewKit,
  CSV_COLUMNS,
  buildProfile,
  fromGreenhouseScorecard,
  fromLeverFeedback,
  parseProfile,
  RapportError,
  safeScoreAnswer,
  ScoreAnswerInput,
  toCsvRows,
  toGreenhouseScorecard,
  toHrOpenCompetencies,
  toLeverFeedback,
  toWorkdayCompetencyRatings,
} from "rapport";

const here = new URL("./", import.meta.url);
const out = new URL("out/", here);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, here), "utf8"));
const write = (name, value) => {
  writeFileSync(new URL(name, out), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote examples/ats/out/${name}`);
};
mkdirSync(out, { recursive: true });

// 1. A kit for the job opening: the same role, budget and seed always give the same kit.
const kit = buildInterviewKit({ role: "contact-centre-agent", durationMinutes: 45, seed: 42 });
write("kit.json", kit);

// 2. Answers arrive as JSON (here: the bundled sample, one record a line), each with your ids.
const lines = readFileSync(new URL("../sample/answers.jsonl", here), "utf8").split("\n").filter((l) => l.trim() !== "");
const questionFor = (competency) => kit.questions.find((q) => q.competency === competency);

// 3. Validate each record and score it; a bad record is reported by row, never dropped silently.
const scores = [];
lines.forEach((line, row) => {
  const record = JSON.parse(line);
  const input = ScoreAnswerInput.safeParse({
    answerId: record.id,
    questionId: questionFor(record.competency)?.id,
    competency: record.competency,
    answer: record.answer,
    question: record.question,
    questionType: record.questionType,
  });
  if (!input.success) return console.error(`row ${row + 1}: ${input.error.issues.map((i) => i.message).join("; ")}`);
  const scored = safeScoreAnswer(input.data);
  if (scored.success) scores.push(scored.data);
  else console.error(`row ${row + 1}: ${scored.issues.map((i) => i.message).join("; ")}`);
});

// 4. Interviewers rated in the ATS: read their Greenhouse scorecard and Lever feedback as ratings.
const ratings = [...fromGreenhouseScorecard(readJson("data/greenhouse-scorecard.json")), ...fromLeverFeedback(readJson("data/lever-feedback.json"))];

// 5. Build the profile and store it (a file here; your database in production).
const profile = buildProfile({ candidate: { id: "cand-042" }, role: "contact-centre-agent", answers: scores, ratings, assessedAt: "2026-11-23T10:00:00.000Z" });
write("profile.json", profile);

// 6. Read it back from storage: validate before trusting it (older shapes are upgraded).
let stored;
try {
  stored = parseProfile(JSON.parse(readFileSync(new URL("profile.json", out), "utf8")));
} catch (error) {
  if (error instanceof RapportError) for (const issue of error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  throw error;
}

// 7. Export in the ATS's own shapes.
write("greenhouse-scorecard.json", toGreenhouseScorecard(stored, { applicationId: 23558552, interview: "Customer scenario interview" }));
write("lever-feedback.json", toLeverFeedback(stored, readJson("data/lever-template.json")));
write("workday-competency-ratings.json", toWorkdayCompetencyRatings(stored));
write("hr-open-competencies.json", toHrOpenCompetencies(stored));
write("profiles.csv", stringify(toCsvRows([stored]), { header: true, columns: [...CSV_COLUMNS] }));
console.log(`${scores.length} answers scored, ${ratings.length} ratings read; role fit ${stored.roleFit?.score ?? "n/a"}/100`);
