// Writes docs/validity.md: how far rapport's scores agree with human judgement.
// Reproducible: `npm run validity` (deterministic; reads only files in this repository).
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { agreement, type Agreement } from "../src/analysis/agreement.js";
import { fitOrdinal, levelProbabilities } from "../src/scoring/model/ordinal.js";
import fitted from "../src/scoring/model/weights.json" with { type: "json" };
import { BUILT_IN_SCORER } from "../src/scoring/createScorer.js";
import { scoreAnswer } from "../src/scoring/scoreAnswer.js";
import { VERSION } from "../src/version.js";
import { crossValidate, DevAnswer, type DevAnswer as DevAnswerType, lengthFeature, loadDevSet } from "./devset.js";

const fixtures = new URL("../tests/fixtures/", import.meta.url);
const jsonl = <T>(path: string): T[] => readFileSync(new URL(path, fixtures), "utf8").trim().split("\n").map((l) => JSON.parse(l) as T);
const f2 = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : "–");
const pct = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : "–");
const row = (name: string, a: Agreement): string => `| ${name} | ${a.n} | ${pct(a.exact)} | ${pct(a.adjacent)} | ${f2(a.qwk)} | ${f2(a.spearman)} |`;
const header = "| | n | exact | adjacent (±1) | QWK | Spearman |\n| --- | ---: | ---: | ---: | ---: | ---: |";
const levelOf = (s: ReturnType<typeof scoreAnswer>): number => (s.level === "insufficient-evidence" ? 1 : s.level);
const auc = (pairs: { y: number; s: number }[]): number => {
  const pos = pairs.filter((p) => p.y === 1);
  const neg = pairs.filter((p) => p.y === 0);
  let sum = 0;
  for (const p of pos) for (const n of neg) sum += p.s > n.s ? 1 : p.s === n.s ? 0.5 : 0;
  return sum / (pos.length * neg.length);
};
const confusion = (truth: number[], predicted: number[]): string => {
  const m = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  truth.forEach((t, i) => {
    const row = m[t - 1];
    const p = (predicted[i] ?? 1) - 1;
    if (row) row[p] = (row[p] ?? 0) + 1;
  });
  return ["| human ↓ / scorer → | 1 | 2 | 3 | 4 | 5 |", "| --- | ---: | ---: | ---: | ---: | ---: |", ...m.map((r, i) => `| ${i + 1} | ${r.join(" | ")} |`)].join("\n");
};
const byTag = (items: readonly DevAnswerType[], predicted: number[]): string => {
  const tags = new Map<string, { n: number; err: number; exact: number }>();
  items.forEach((item, i) => {
    for (const tag of item.tags) {
      const e = tags.get(tag) ?? { n: 0, err: 0, exact: 0 };
      e.n++;
      e.err += Math.abs((predicted[i] ?? 1) - item.level);
      if (predicted[i] === item.level) e.exact++;
      tags.set(tag, e);
    }
  });
  const wanted = ["buzzwords", "long-empty", "hypothetical", "negated", "blame", "we-only", "injection", "off-topic", "concise-strong"];
  return [
    "| adversarial kind | n | mean absolute error (levels) | exact |",
    "| --- | ---: | ---: | ---: |",
    ...wanted.filter((t) => tags.has(t)).map((t) => {
      const e = tags.get(t) as { n: number; err: number; exact: number };
      return `| ${t} | ${e.n} | ${(e.err / e.n).toFixed(2)} | ${pct(e.exact / e.n)} |`;
    }),
  ].join("\n");
};

// 1. The development set, cross-validated.
const dev = loadDevSet();
const cv = crossValidate(dev);
const devScorer = agreement(cv.predicted, cv.truth);
const devLength = agreement(cv.baseline, cv.truth);

// 2. The held-out set: written apart from the development set and never used to fit or tune.
const heldout = jsonl<unknown>("heldout/answers.jsonl").map((r) => DevAnswer.parse(r));
const heldScores = heldout.map((item) => scoreAnswer({ competency: item.competency, answer: item.answer, question: item.question, questionType: item.questionType }));
const heldPredicted = heldScores.map(levelOf);
const lengthModel = fitOrdinal(["length"], dev.map((i) => [lengthFeature(i.answer)]), dev.map((i) => i.level));
const heldBaseline = heldout.map((item) => {
  const p = levelProbabilities(lengthModel, [lengthFeature(item.answer)]);
  return p.indexOf(Math.max(...p)) + 1;
});
const heldAgreement = agreement(heldPredicted, heldout.map((i) => i.level));
const heldLength = agreement(heldBaseline, heldout.map((i) => i.level));

// 3. siop2024-empathy: written coaching e-mails, empathy yes/no. Threshold chosen on train + dev only.
interface EmpathyRow { split: string; text: string; label: number }
const empathy = jsonl<EmpathyRow>("public/siop2024-empathy/empathy.jsonl").map((r) => ({
  ...r,
  s: scoreAnswer({ competency: "empathy", answer: r.text, questionType: "situational" }).score ?? 0,
}));
const tune = empathy.filter((r) => r.split !== "test");
const test = empathy.filter((r) => r.split === "test");
let threshold = { t: 0, acc: 0 };
for (const t of [...new Set(tune.map((r) => r.s))].sort((a, b) => a - b)) {
  const acc = tune.filter((r) => (r.s >= t ? 1 : 0) === r.label).length / tune.length;
  if (acc > threshold.acc) threshold = { t, acc };
}
const testAccuracy = test.filter((r) => (r.s >= threshold.t ? 1 : 0) === r.label).length / test.length;
const testAuc = auc(test.map((r) => ({ y: r.label, s: r.s })));
const lengthAuc = auc(test.map((r) => ({ y: r.label, s: r.text.split(/\s+/).length })));

// 4. Stanford politeness: professionalism score against the politeness ratings, per domain.
interface PoliteRow { domain: string; text: string; label: number }
const polite = jsonl<PoliteRow>("public/stanford-politeness/politeness.jsonl");
const politeRows = ["wikipedia", "stack-exchange"].map((domain) => {
  const rows = polite.filter((r) => r.domain === domain);
  const scores = rows.map((r) => scoreAnswer({ competency: "professionalism", answer: r.text, questionType: "situational" }));
  const rated = scores.map((s) => s.score);
  const a = agreement(rated, rows.map((r) => r.label));
  const lengths = agreement(rows.map((r) => r.text.split(/\s+/).length), rows.map((r) => r.label));
  return { domain, n: rows.length, rated: rated.filter((s) => s !== null).length, spearman: a.spearman, length: lengths.spearman };
});

// 5. Lend an Ear: a supporter's turns, against experts' listening dimensions.
interface EarRow { text: string; label: Record<string, number> }
const ear = jsonl<EarRow>("public/lend-an-ear/lend_an_ear.jsonl");
const earScores = {
  "active-listening": ear.map((r) => scoreAnswer({ competency: "active-listening", answer: r.text, questionType: "situational" }).score),
  empathy: ear.map((r) => scoreAnswer({ competency: "empathy", answer: r.text, questionType: "situational" }).score),
};
const dimensions = ["validating_emotions", "encouraging_elaboration", "demonstrating_understanding", "dismissing_emotions"];
const earKappa: Record<string, string> = {
  validating_emotions: ".25 / .58 / .39",
  encouraging_elaboration: ".69 / .73 / .62",
  demonstrating_understanding: ".47 / .43 / .37",
  dismissing_emotions: ".35 / .51 / .49",
};

const date = new Date().toISOString().slice(0, 10);
const md = `# Validity: how far rapport's scores agree with human judgement

Generated by \`npm run validity\` (\`scripts/validity.ts\`) on ${date}, rapport ${VERSION}, scorer \`${BUILT_IN_SCORER}\`
(${fitted.fittedOn}), Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}. Deterministic: the same files give the
same figures. Every figure is reported as measured, good or bad.

**Summary.** On the labelled development set, cross-validated, the scorer reaches QWK **${f2(devScorer.qwk)}** against
**${f2(devLength.qwk)}** for levels assigned by answer length alone (+${f2(devScorer.qwk - devLength.qwk)}). On the held-out set,
written separately and never used for fitting or tuning, it reaches QWK **${f2(heldAgreement.qwk)}** (length alone:
${f2(heldLength.qwk)}). It is built for STAR interview answers; on the public sets, which hold other kinds of text
(coaching e-mails, one-line requests, support chats), it does little better than chance, and those results are reported below.

## 1. Development set, cross-validated

${dev.length} answers across all 20 competencies and all five levels, written for this project with expert-style levels
(\`tests/fixtures/dev\`; parts a-b first, then parts c-e in deliberately varied voices: students, career changers,
non-native speakers, answers told in the present tense, as "you" or in fragments), ${dev.filter((d) => d.tags.includes("adversarial")).length} of them adversarial (buzzword lists, long polished
empty answers, "I would" answers, negated behaviours, blame inside a polished story, "we" only, instructions to the scorer,
off-topic, concise strong answers). Five folds by a hash of the id: the level model is fitted on four folds and the fifth is
scored through the real \`scoreAnswer\` (caps and all). The length-only baseline is the same ordinal model fitted on answer
length alone (log words), in the same folds.

${header}
${row("rapport scorer", devScorer)}
${row("length only", devLength)}

The scorer adds **${f2(devScorer.qwk - devLength.qwk)}** QWK and **${f2(devScorer.spearman - devLength.spearman)}** Spearman over length alone
(targets: QWK ≥ 0.80 and ≥ 0.15 above length). ${cv.insufficient} answers were returned as \`insufficient-evidence\` and count as level 1.

Confusion (cross-validated):

${confusion(cv.truth, cv.predicted)}

By adversarial kind (cross-validated):

${byTag(dev, cv.predicted)}

## 2. Held-out set

${heldout.length} answers (\`tests/fixtures/heldout\`), five per competency, one per level, written apart from the development
set in deliberately different voices (students, career changers, non-native speakers; results first, rambling, fragments;
no stock phrases), with ${heldout.filter((d) => d.tags.includes("adversarial")).length} adversarial items. It was never used to fit the model.
After its first measurement (QWK 0.66), its aggregate results showed three general faults that were then fixed without reading
its answers: situational plans told in the present tense were capped as self-description, "I'd already …" was read as
"I would", and an off-topic rule capped answers that used no service word. Later changes to the scorer were driven by
the development set alone, but the held-out set was measured after each of them, which is reuse of a kind. So it is no
longer perfectly unseen, and its figure is best read as optimistic; the independent evaluation the project does not hold
is the real test.

${header}
${row("rapport scorer (shipped model)", heldAgreement)}
${row("length only (fitted on the development set)", heldLength)}

${confusion(heldout.map((h) => h.level), heldPredicted)}

${byTag(heldout, heldPredicted)}

## 3. Public data labelled outside the project

These sets were not used to fit or tune anything. Their licences travel with the copies in \`tests/fixtures/public\`.

### siop2024-empathy (empathy yes/no in written coaching e-mails)

Each e-mail scored as an \`empathy\` answer to a situational question; the threshold on the score was chosen on the train and
dev splits (${tune.length} e-mails, accuracy ${pct(threshold.acc)} at score ≥ ${threshold.t}) and applied once to the test split.

| | test accuracy (n = ${test.length}) | test AUC |
| --- | ---: | ---: |
| rapport empathy score | ${pct(testAccuracy)} | ${f2(testAuc)} |
| e-mail length alone | – | ${f2(lengthAuc)} |
| majority class (published) | 55.0% | – |
| best published (GPT-4 few-shot, published) | 60.8% | – |

**Not met:** the target was accuracy above 60.8%. These e-mails are written work samples, not STAR stories: the empathy they
show is in the wording addressed to the reader ("I know this project matters to you"), which rapport's indicators — written
for narrated behaviour ("I acknowledged how frustrated she was") — do not read. The source's own winners call these labels
"extremely hard even for human". A written-response mode is future work.

### Stanford politeness (requests rated for politeness by 5 people)

Each request scored as a \`professionalism\` answer; Spearman correlation with the normalised politeness score.
Most requests are one or two sentences, so many are too short to rate.

| domain | requests | rated | Spearman (rapport) | Spearman (length) | human ceiling (one rater vs the others, r) |
| --- | ---: | ---: | ---: | ---: | ---: |
${politeRows.map((p) => `| ${p.domain} | ${p.n} | ${p.rated} | ${f2(p.spearman)} | ${f2(p.length)} | ${p.domain === "wikipedia" ? ".56" : ".43"} |`).join("\n")}

rapport does not measure politeness of single requests; this is reported to show that, not to claim otherwise.

### Lend an Ear (supporters' chat turns, rated by three experts on listening dimensions)

Spearman correlation between rapport's score of the supporter's turns and the experts' mean rating (n = ${ear.length}).
Expert-expert agreement is the published weighted kappa (expert 1-2 / 2-3 / 3-1).

| dimension | active-listening score | empathy score | expert-expert κ |
| --- | ---: | ---: | --- |
${dimensions.map((d) => `| ${d} | ${f2(agreement(earScores["active-listening"], ear.map((r) => r.label[d] ?? null)).spearman)} | ${f2(agreement(earScores.empathy, ear.map((r) => r.label[d] ?? null)).spearman)} | ${earKappa[d]} |`).join("\n")}

Chat turns in the moment are not STAR stories either; rapport's scores here are mostly low and flat.

## What this does and does not show

- On answers to behavioural and situational interview questions, the scorer's levels follow expert-style levels closely and
  far better than length. Both sets with levels were written for this project; their labels follow the rubric scale in
  DESIGN.md, but they are not an independent expert panel.
- The scorer reads behaviour narrated in an interview answer. It does not rate written work samples, single requests or
  live chat, and should not be used for them.
- Off-topic answers that tell a good story about something else remain its weakest point (see the adversarial table).
`;
writeFileSync(new URL("../docs/validity.md", import.meta.url), md);
console.log(`wrote docs/validity.md: dev QWK ${f2(devScorer.qwk)} (length ${f2(devLength.qwk)}), held-out QWK ${f2(heldAgreement.qwk)}, empathy test ${pct(testAccuracy)}`);
