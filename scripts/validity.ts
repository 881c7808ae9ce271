// Writes docs/validity.md: how far rapport's scores agree with human judgement.
// Reproducible: `npm run validity` (deterministic; reads only files in this repository).
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import * as z from "zod";
import { agreement, type Agreement } from "../src/analysis/agreement.js";
import { fitOrdinal, levelProbabilities } from "../src/scoring/model/ordinal.js";
import fitted from "../src/scoring/model/weights.json" with { type: "json" };
import { classifySentences } from "../src/scoring/clauses/classifyClauses.js";
import { BUILT_IN_SCORER } from "../src/scoring/createScorer.js";
import { compileRules } from "../src/scoring/rules/compile.js";
import { englishRules } from "../src/scoring/rules/english.js";
import { scoreAnswer } from "../src/scoring/scoreAnswer.js";
import { createLlmScorer, type LlmScorerOptions } from "../src/scoring/scorer.js";
import { readText } from "../src/scoring/text/readText.js";
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
const KINDS = ["contempt", "blame", "deception", "long-empty", "concise-strong", "we-only", "off-topic", "hypothetical", "negated", "injection", "student", "non-native", "buzzwords", "counter-evidence", "plain", "long-strong", "opposite-behaviour", "mistake-owned", "others-lapse"];
const byTag = (items: readonly DevAnswerType[], predicted: number[], kinds: readonly string[] = KINDS): string => {
  const tags = new Map<string, { n: number; signed: number; err: number; near: number }>();
  items.forEach((item, i) => {
    for (const tag of item.tags) {
      const e = tags.get(tag) ?? { n: 0, signed: 0, err: 0, near: 0 };
      const d = (predicted[i] ?? 1) - item.level;
      e.n++;
      e.signed += d;
      e.err += Math.abs(d);
      if (Math.abs(d) <= 1) e.near++;
      tags.set(tag, e);
    }
  });
  return [
    "| kind of answer | n | mean error (scorer − human, levels) | mean absolute error | within ±1 |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...kinds.filter((t) => tags.has(t)).map((t) => {
      const e = tags.get(t) as { n: number; signed: number; err: number; near: number };
      return `| ${t} | ${e.n} | ${(e.signed / e.n >= 0 ? "+" : "") + (e.signed / e.n).toFixed(2)} | ${(e.err / e.n).toFixed(2)} | ${pct(e.near / e.n)} |`;
    }),
  ].join("\n");
};
const words = (text: string): number => text.trim().split(/\s+/).length;
const starTable = (rows: readonly { element: string; labellersAgree: number; precision: number; recall: number; f1: number }[]): string =>
  ["| element | labellers agree | precision | recall | F1 |", "| --- | ---: | ---: | ---: | ---: |", ...rows.map((r) => `| ${r.element} | ${pct(r.labellersAgree)} | ${f2(r.precision)} | ${f2(r.recall)} | ${f2(r.f1)} |`)].join("\n");

// 1. The development set, cross-validated.
const dev = loadDevSet();
const cv = crossValidate(dev);
const devScorer = agreement(cv.predicted, cv.truth);
const devLength = agreement(cv.baseline, cv.truth);
const devWords = dev.map((d) => words(d.answer));
const lengthRho = { human: agreement(devWords, cv.truth).spearman, scorer: agreement(devWords, cv.predicted).spearman };
const adversarialNear = (() => {
  const idx = dev.map((d, i) => (d.tags.includes("adversarial") || d.tags.some((t) => KINDS.slice(0, 10).includes(t)) ? i : -1)).filter((i) => i >= 0);
  return { n: idx.length, near: idx.filter((i) => Math.abs((cv.predicted[i] ?? 1) - (cv.truth[i] ?? 1)) <= 1).length / idx.length };
})();

// 1b. A second labeller levelled part of the development set independently: the ceiling to read the scorer against.
const second = jsonl<{ id: string; level: number }>("dev-second/levels.jsonl");
const devIndex = new Map(dev.map((d, i) => [d.id, i]));
const pairedIdx = second.map((s2) => devIndex.get(s2.id)).filter((i): i is number => i !== undefined);
const secondLevels = second.filter((s2) => devIndex.has(s2.id)).map((s2) => s2.level);
const labellers = agreement(secondLevels, pairedIdx.map((i) => cv.truth[i] ?? 1));
const scorerOnPaired = agreement(pairedIdx.map((i) => cv.predicted[i] ?? 1), pairedIdx.map((i) => cv.truth[i] ?? 1));
const scorerVsSecond = agreement(pairedIdx.map((i) => cv.predicted[i] ?? 1), secondLevels);

// 1c. STAR elements on real answers (siop2024-interview), against two labellers' consensus.
interface StarLabel { id: string; labeller_a: Record<string, boolean>; labeller_b: Record<string, boolean> }
const starLabels = jsonl<StarLabel>("public/siop2024-interview/star-labels.jsonl");
const siop = new Map(jsonl<{ id: string; question: string; text: string }>("public/siop2024-interview/interview_answers.jsonl").map((r) => [r.id, r]));
const situationalQuestion = (q: string): boolean => /\b(?:what would you|how would you|what do you do|how do you|what is your approach|your approach)\b/i.test(q);
/** Per STAR element, the scorer's precision, recall and F1 against two labellers, on the answers where they agree. */
function starAgreement(labels: readonly StarLabel[], answerOf: (id: string) => { answer: string; question: string } | undefined) {
  const stars = new Map(labels.map((label) => {
    const answer = answerOf(label.id);
    const type = answer !== undefined && situationalQuestion(answer.question) ? "situational" : "behavioural";
    return [label.id, answer === undefined ? undefined : scoreAnswer({ competency: "problem-solving", answer: answer.answer, question: answer.question, questionType: type }).star];
  }));
  return (["situation", "task", "action", "result"] as const).map((element) => {
    let tp = 0, fp = 0, fn = 0, agreed = 0;
    for (const label of labels) {
      const a = label.labeller_a[element] === true;
      if (a !== (label.labeller_b[element] === true)) continue;
      agreed++;
      const star = stars.get(label.id);
      if (star === undefined) continue;
      const found = star[element].present;
      if (found && a) tp++;
      else if (found) fp++;
      else if (a) fn++;
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    return { element, agreed, labellersAgree: agreed / labels.length, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
}
const starRows = starAgreement(starLabels, (id) => {
  const row = siop.get(id);
  return row === undefined ? undefined : { answer: row.text, question: row.question };
});
// The STAR development set: answers written and labelled for rapport, on which the task cues were written.
const starDev = jsonl<StarLabel & { question: string; answer: string }>("star-dev/answers.jsonl");
const starDevById = new Map(starDev.map((r) => [r.id, r]));
const starDevRows = starAgreement(starDev, (id) => starDevById.get(id));

// 3b. The clause reader on sentences with one verb labelled: is it the candidate's (or the team's) act, done?
interface ClauseCase { id: string; sentence: string; verb: string; nth?: number; actor: "self" | "we" | "other"; done: boolean; said: boolean; note: string }
const clauseRules = compileRules(englishRules);
/** Whether the scorer reads the case's verb as an act the candidate or the team did: what counts towards a level. */
function creditedByReader(c: ClauseCase): boolean {
  const read = readText(c.sentence, clauseRules);
  const states = classifySentences(read.parsed, clauseRules, read.lists).flat();
  const at = read.parsed.tokens.flatMap((t, i) => (c.sentence.slice(t.start, t.end) === c.verb ? [i] : []))[c.nth ?? 0];
  const s = at === undefined ? undefined : states[at];
  if (s === undefined) throw new Error(`clause case ${c.id}: "${c.verb}" is not a token of its sentence`);
  return s.actor !== "other" && !s.negated && !s.hypothetical && !s.reported && s.tense === "past" && !s.habitual;
}
const clauseSets = (["a", "b"] as const).map((part) => {
  const cases = jsonl<ClauseCase>(`clauses/cases-${part}.jsonl`);
  const labelled = cases.map((c) => c.actor !== "other" && c.done && !c.said);
  const read = cases.map(creditedByReader);
  return {
    part,
    n: cases.length,
    agree: read.filter((r, i) => r === labelled[i]).length,
    wrongly: read.filter((r, i) => r && !labelled[i]).length,
    missed: read.filter((r, i) => !r && labelled[i]).length,
    credited: labelled.filter(Boolean).length,
  };
});
const clauseTable = [
  "| set | cases | the candidate's act, by the labels | reading agrees | credited wrongly | missed |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...clauseSets.map((c) => `| \`clauses/cases-${c.part}\` | ${c.n} | ${c.credited} | ${c.agree} (${pct(c.agree / c.n)}) | ${c.wrongly} | ${c.missed} |`),
].join("\n");

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

// 2b. The second held-out set: well-told off-topic stories beside strong on-topic answers, levelled blind.
/** A set levelled blind by someone other than its writers: its items, the scorer's levels, and both agreements. */
function blindLevelled(path: string) {
  const items = jsonl<unknown>(path).map((r) => ({ ...DevAnswer.parse(r), writerLevel: (r as { writerLevel: number }).writerLevel }));
  const predicted = items.map((item) => levelOf(scoreAnswer({ competency: item.competency, answer: item.answer, question: item.question, questionType: item.questionType })));
  const levels = items.map((i) => i.level);
  return { items, predicted, scorer: agreement(predicted, levels), writers: agreement(items.map((i) => i.writerLevel), levels) };
}
const { items: heldB, predicted: heldBPredicted, scorer: heldBAgreement, writers: heldBWriters } = blindLevelled("heldout-b/answers.jsonl");
const heldBKinds = ["no-customer", "other-competency", "concise", "long"].map((kind) => {
  const idx = heldB.map((d, i) => (d.tags.includes(kind) ? i : -1)).filter((i) => i >= 0);
  const diffs = idx.map((i) => (heldBPredicted[i] ?? 1) - (heldB[i]?.level ?? 1));
  return { kind, n: idx.length, mean: diffs.reduce((a, b) => a + b, 0) / idx.length, near: diffs.filter((d) => Math.abs(d) <= 1).length / idx.length };
});

// 2c. The third held-out set: the kinds of answer the issue names, written and levelled apart, measured once.
const { items: heldC, predicted: heldCPredicted, scorer: heldCAgreement, writers: heldCWriters } = blindLevelled("heldout-c/answers.jsonl");
const heldCWords = agreement(heldC.map((d) => words(d.answer)), heldC.map((i) => i.level)).spearman;

// 2d-2f. The fourth to sixth held-out sets: levels 1-5 at both lengths, written and levelled apart, each scored once.
// Their kinds are their lengths and question types; their levels are told apart too.
const LENGTH_AND_LEVEL_KINDS = ["concise", "long", "situational", "level 1", "level 2", "level 3", "level 4", "level 5"];

/** A set of levels 1-5 at both lengths, levelled blind: its agreement, its words' correlation with level, and its level-1 answers' error. */
/** How many levels too high the answers levelled 1 are rated, on average. */
function levelOneErrorOf(items: readonly { readonly level: number }[], predicted: readonly (number | null)[]): number {
  const errors = items.flatMap((d, i) => (d.level === 1 ? [(predicted[i] ?? 1) - 1] : []));
  return errors.reduce((a, b) => a + b, 0) / errors.length;
}

function lengthAndLevelSet(path: string) {
  const set = blindLevelled(path);
  return {
    ...set,
    words: agreement(set.items.map((d) => words(d.answer)), set.items.map((i) => i.level)).spearman,
    levelOneError: levelOneErrorOf(set.items, set.predicted),
  };
}

/** Such a set's three tables: agreement, confusion, and error by kind and by level. */
function lengthAndLevelTables(set: ReturnType<typeof lengthAndLevelSet>): string {
  const byLevel = set.items.map((d) => ({ ...d, tags: [...d.tags, `level ${d.level}`] }));
  return `${header}
${row("rapport scorer (shipped model)", set.scorer)}

${confusion(set.items.map((h) => h.level), set.predicted)}

${byTag(byLevel, set.predicted, LENGTH_AND_LEVEL_KINDS)}`;
}

const heldD = lengthAndLevelSet("heldout-d/answers.jsonl");
// 2e: two more writers and another leveller, clear cases; 2f: answers written as real candidates give them.
const heldE = lengthAndLevelSet("heldout-e/answers.jsonl");
const heldF = lengthAndLevelSet("heldout-f/answers.jsonl");
// 2g: the kinds of answer the independent set is reported by, written and levelled apart, scored once.
const heldG = lengthAndLevelSet("heldout-g/answers.jsonl");
// 2h: an eighth set of the same kinds, scored at the end of the session that followed 2g's.
const heldH = lengthAndLevelSet("heldout-h/answers.jsonl");
// 2i: a ninth set of the same kinds, scored once after every change of its session.
const heldI = lengthAndLevelSet("heldout-i/answers.jsonl");
// 2j: a tenth set of the same kinds, scored once with the scorer as it stood, no change to the scorer in its session.
const heldJ = lengthAndLevelSet("heldout-j/answers.jsonl");
// 2k: an eleventh set of the same kinds, scored before and after the red flags written from the seventh probe.
const heldK = lengthAndLevelSet("heldout-k/answers.jsonl");
// 2l: a twelfth set of the same kinds, scored before and after the red-flag patterns were given examples and mended.
const heldL = lengthAndLevelSet("heldout-l/answers.jsonl");
// 2m: a thirteenth set of the same kinds, scored before and after red-flag patterns drawn from the earlier sets' misses.
const heldM = lengthAndLevelSet("heldout-m/answers.jsonl");
// 2n: a fourteenth set of the same kinds, scored once with the scorer as it stood; nothing changed after reading it.
const heldN = lengthAndLevelSet("heldout-n/answers.jsonl");
// 2o: a fifteenth set of the same kinds, scored once, then read for the false alarms that capped three good answers.
const heldO = lengthAndLevelSet("heldout-o/answers.jsonl");
// 2p: the two newest sets through createLlmScorer, its completion function answering from replies recorded from an LLM
// (tests/fixtures/llm-replies), looked up by the answer fenced in the prompt.
const llmReplies = new Map(jsonl<{ key: string; reply: string }>("llm-replies/replies.jsonl").map((r) => [r.key, r.reply]));
async function throughLlm(set: ReturnType<typeof lengthAndLevelSet>, dir: string, builtInCaps: NonNullable<LlmScorerOptions["builtInCaps"]>) {
  const byAnswer = new Map(set.items.map((d) => [d.answer, llmReplies.get(`${dir}/${d.id}`) ?? ""]));
  const complete = async (prompt: string): Promise<string> => byAnswer.get(prompt.slice(prompt.indexOf("<<<ANSWER\n") + 10, prompt.lastIndexOf("\nANSWER>>>"))) ?? "";
  const scorer = createLlmScorer({ model: "recorded-replies", complete, builtInCaps, maxAttempts: 1 });
  const scores = await Promise.all(set.items.map((d) => scorer.score({ competency: d.competency, answer: d.answer, question: d.question, questionType: d.questionType })));
  return { predicted: scores.map(levelOf), fallbacks: scores.filter((s) => s.flags.some((f) => f.code === "scorer-fallback")).length, differ: scores.filter((s) => s.flags.some((f) => f.code === "readings-differ")).length };
}
const llmRows = await Promise.all(([[heldN, "heldout-n", "2n"], [heldO, "heldout-o", "2o"]] as const).map(async ([set, dir, section]) => {
  const levels = set.items.map((d) => d.level);
  const own = set.items.map((d) => (JSON.parse(llmReplies.get(`${dir}/${d.id}`) ?? "{}") as { level?: number }).level ?? null);
  const bound = await throughLlm(set, dir, "bind");
  const flagged = await throughLlm(set, dir, "flag");
  const levelOne = (predicted: readonly (number | null)[]): string => `+${f2(levelOneErrorOf(set.items, predicted))}`;
  const line = (name: string, predicted: readonly (number | null)[], note = ""): string => {
    const a = agreement(predicted, levels);
    return `| ${section} | ${name} | ${f2(a.qwk)} | ${pct(a.exact)} | ${levelOne(predicted)} | ${note} |`;
  };
  return [
    line("built-in scorer", set.predicted),
    line("LLM adapter, built-in caps bind (default)", bound.predicted, `${bound.fallbacks} fallbacks`),
    line('LLM adapter, `builtInCaps: "flag"`', flagged.predicted, `${flagged.differ} flagged \`readings-differ\``),
    line("the model's own levels, as replied", own),
  ].join("\n");
}));
const HELD_G_KINDS = ["counter-evidence", "long-polished-empty", "we-only", "we-mostly", "off-topic", "concise-complete", "plain-speaker", "ordinary"];
/** How a set written like the one before it came about (2j on): its writers, plans, kinds and levellers, and their agreement. */
const writtenLikeBefore = (set: ReturnType<typeof lengthAndLevelSet>, dir: string, before: string, written = "2026-12-07"): string => `${set.items.length} answers (\`tests/fixtures/${dir}\`) written on ${written} by two more writers who read only the rubric pages, to
plans drawn at random as for section ${before} (another seed; ${set.items.filter((d) => d.tags.includes("situational")).length} situational), in the same kinds of answer, and levelled blind by two
more people, thirty each (the writers' own levels agree with those at QWK ${f2(set.writers.qwk)}, all within one level; the human
levels correlate ${f2(set.words)} with word count).`;
/** A set written in the independent set's kinds of answer (2g on): its tables by length and level, then by kind. */
const tablesByKind = (set: ReturnType<typeof lengthAndLevelSet>): string => `${lengthAndLevelTables(set)}

By kind:

${byTag(set.items, set.predicted, HELD_G_KINDS)}`;
const betweenQwk = [heldBAgreement.qwk, heldCAgreement.qwk, heldD.scorer.qwk];
/** QWK on every set written and levelled apart from the development set since the older held-out set (2b-2o). */
const writtenApartQwk = [...betweenQwk, ...[heldE, heldF, heldG, heldH, heldI, heldJ, heldK, heldL, heldM, heldN, heldO].map((set) => set.scorer.qwk)];

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
  // Judgments of a person in requests people really wrote: a check of the red flag's precision on text not written for rapport.
  const judged = scores.flatMap((s) => s.evidence.filter((e) => e.indicatorId === englishRules.judgments.id && e.counted).map((e) => e.quote));
  return { domain, n: rows.length, rated: rated.filter((s) => s !== null).length, spearman: a.spearman, length: lengths.spearman, judged };
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

// 3b. The counter-evidence probe: red flags told casually, and look-alikes that must not raise one.
interface ProbeRow { id: string; text: string; family: string | null }
const probe = jsonl<ProbeRow>("probe/counter-evidence.jsonl");
const universalFlags = new Set([...englishRules.redFlags.map((f) => f.id), englishRules.judgments.id]);
/** The universal red flags that count in a text, scored as an answer. */
const universalFlagsIn = (text: string): string[] => [...new Set(scoreAnswer({ competency: "patience", answer: text }).evidence.filter((e) => e.kind === "red-flag" && e.counted && universalFlags.has(e.indicatorId)).map((e) => e.indicatorId))];
const probeFlags = probe.map((r) => universalFlagsIn(r.text));
const probeCaught = probe.filter((r, i) => r.family !== null && (probeFlags[i]?.length ?? 0) > 0).length;
const probeFamily = probe.filter((r, i) => r.family !== null && (probeFlags[i] ?? []).includes(r.family)).length;
const probeAlarms = probe.filter((r, i) => r.family === null && (probeFlags[i]?.length ?? 0) > 0).length;
const probePositives = probe.filter((r) => r.family !== null).length;
// The second and third probes: excerpts flagged or not, by family. The second: new phrasings, written apart from the
// patterns and never used to change them; the third: counter-evidence told in passing, with look-alikes in the same
// situations (a development set).
interface FlaggedRow { id: string; text: string; family: string; flag: boolean }
function flaggedProbe(path: string) {
  const rows = jsonl<FlaggedRow>(path);
  const flagged = rows.map((r) => universalFlagsIn(r.text).length > 0);
  const families = [...new Set(rows.map((r) => r.family))].map((family) => {
    const idx = rows.map((r, i) => (r.family === family && r.flag ? i : -1)).filter((i) => i >= 0);
    return { family, n: idx.length, caught: idx.filter((i) => flagged[i]).length };
  });
  const positives = rows.filter((r) => r.flag).length;
  return {
    families, positives, lookAlikes: rows.length - positives,
    caught: rows.filter((r, i) => r.flag && flagged[i]).length,
    alarms: rows.filter((r, i) => !r.flag && flagged[i]).length,
  };
}
const probe2 = flaggedProbe("probe-2/counter-evidence.jsonl");
const probe3 = flaggedProbe("probe-3/counter-evidence.jsonl");
// The judgments probe: the customer described with a word of contempt, or frankly.
interface Probe4Row { id: string; text: string; kind: string; flag: boolean }
const probe4 = jsonl<Probe4Row>("probe-4/judgments.jsonl");
const probe4Judged = probe4.map((r) => universalFlagsIn(r.text).includes(englishRules.judgments.id));
const probe4Kinds = [...new Set(probe4.filter((r) => !r.flag).map((r) => r.kind))].map((kind) => {
  const idx = probe4.map((r, i) => (r.kind === kind ? i : -1)).filter((i) => i >= 0);
  return { kind, n: idx.length, judged: idx.filter((i) => probe4Judged[i]).length };
});
const probe4Positives = probe4.filter((r) => r.flag).length;
const probe4Caught = probe4.filter((r, i) => r.flag && probe4Judged[i]).length;
// The fifth probe: judgments in more forms, and look-alikes that hold words that are insults in another sense.
// Stories that serve someone told in other words, and team answers to team questions: how many the "no one served" rule rates 1.
type ServedRow = { id: string; kind: "unusual-role" | "pronoun-after-things" | "team-question"; question: string; answer: string };
const ratedNoOneServed = (s: ReturnType<typeof scoreAnswer>): boolean =>
  s.cap === 1 && s.flags.some((f) => f.code === "off-topic" && f.message.startsWith("The answer tells of no one served"));
const servedProbe = jsonl<ServedRow>("probe-served/answers.jsonl").map((r) => ({
  ...r,
  noOne: ratedNoOneServed(scoreAnswer({ competency: r.kind === "team-question" ? "teamwork" : "people-first", answer: r.answer, question: r.question })),
}));
const servedProbe2 = jsonl<Omit<ServedRow, "kind">>("probe-served/answers-2.jsonl").filter((r) =>
  ratedNoOneServed(scoreAnswer({ competency: "people-first", answer: r.answer, question: r.question })),
).length;
const servedOf = (kind: ServedRow["kind"]): string => `${servedProbe.filter((r) => r.kind === kind && r.noOne).length} of ${servedProbe.filter((r) => r.kind === kind).length}`;
const probe5 = jsonl<Probe4Row>("probe-5/judgments.jsonl").map((r) => ({ ...r, flags: universalFlagsIn(r.text) }));
// The sixth and seventh probes: counter-evidence of eight kinds told in passing, and near misses (the sixth unseen, the
// seventh tuned on). Each snippet is scored for the competency its kind falls short of, and counts when the scorer
// counts any red flag in it.
const PROBE_COMPETENCY = { mockery: "empathy", nickname: "professionalism", "talking-down": "communication", "faked-empathy": "empathy", deception: "professionalism", blame: "people-first", refusal: "people-first", "target-first": "time-management" } as const;
const SnippetRow = z.object({ id: z.string(), kind: z.enum(Object.keys(PROBE_COMPETENCY) as (keyof typeof PROBE_COMPETENCY)[]), tell: z.boolean(), text: z.string().min(1) });
/** A probe of snippets (the sixth or seventh), each checked and scored for the competency its kind falls short of. */
const probeSnippets = (file: string) => jsonl<unknown>(file).map((raw, i) => {
  const r = SnippetRow.parse(raw, { error: () => `${file}, line ${i + 1}: not a snippet` });
  return { ...r, flagged: (scoreAnswer({ competency: PROBE_COMPETENCY[r.kind], answer: r.text }).features?.redFlag ?? 0) > 0 };
});
const probe6 = probeSnippets("probe-6/snippets.jsonl");
// The seventh probe: the same brief, three more writers; the red flags of 2026-12-07 (night) were written from it.
const probe7 = probeSnippets("probe-7/snippets.jsonl");
/** "n of m": of the snippets given that are tells (or near misses), how many a red flag counts on. */
const flaggedOf = (rows: typeof probe6, tell: boolean): string => `${rows.filter((r) => r.tell === tell && r.flagged).length} of ${rows.filter((r) => r.tell === tell).length}`;
const probeKinds = Object.entries(PROBE_COMPETENCY).map(([kind, competency]) => {
  const unseen = probe6.filter((r) => r.kind === kind);
  const tuned = probe7.filter((r) => r.kind === kind);
  return `| ${kind} | ${competency} | ${flaggedOf(unseen, true)} | ${flaggedOf(unseen, false)} | ${flaggedOf(tuned, true)} | ${flaggedOf(tuned, false)} |`;
});
// Matched pairs: one story told twice by the same writer, once well and once with counter-evidence woven into one to
// three sentences, the rest word for word (six writers, twelve kinds; \`tests/fixtures/probe-pairs\`).
interface Pair { id: string; competency: string; questionType: "behavioural" | "situational"; kind: string; question: string; good: string; bad: string }
const pairLevel = (p: Pair, answer: string): { level: number; flagged: boolean } => {
  const s = scoreAnswer({ competency: p.competency, answer, question: p.question, questionType: p.questionType });
  return { level: levelOf(s), flagged: s.flags.some((f) => f.code === "contempt-or-blame") };
};
const pairs = jsonl<Pair>("probe-pairs/pairs.jsonl").map((p) => ({ kind: p.kind, good: pairLevel(p, p.good), bad: pairLevel(p, p.bad) }));
const pairRow = (label: string, rows: typeof pairs): string => {
  const mean = (f: (r: (typeof pairs)[number]) => number): string => f2(rows.reduce((sum, r) => sum + f(r), 0) / rows.length);
  const count = (f: (r: (typeof pairs)[number]) => boolean): number => rows.filter(f).length;
  return `| ${label} | ${rows.length} | ${count((r) => r.bad.flagged)} | ${count((r) => r.good.flagged)} | ${count((r) => r.bad.level < r.good.level)} | ${count((r) => r.bad.level === 1)} | ${mean((r) => r.good.level)} | ${mean((r) => r.bad.level)} |`;
};
const pairKinds = [...new Set(pairs.map((p) => p.kind))].sort().map((kind) => pairRow(kind, pairs.filter((p) => p.kind === kind)));
const probe5Of = (flag: boolean, anyFlag: boolean): number => probe5.filter((r) => r.flag === flag && (anyFlag ? r.flags.length > 0 : r.flags.includes(englishRules.judgments.id))).length;
// …and on every answer here that carries no counter-evidence: the development and held-out sets' other answers, the
// STAR development set and the real answers of siop2024-interview.
const COUNTER = ["contempt", "blame", "deception", "counter-evidence"];
const plainAnswers = [...dev, ...heldout, ...heldB, ...heldC].filter((d) => !d.tags.some((t) => COUNTER.includes(t))).map((d) => d.answer)
  .concat(starDev.map((r) => r.answer), [...siop.values()].map((r) => r.text));
const politeJudged = politeRows.flatMap((r) => r.judged);
const plainJudged = plainAnswers.filter((text) => universalFlagsIn(text).includes(englishRules.judgments.id)).length;

const date = new Date().toISOString().slice(0, 10);
const md = `# Validity: how far rapport's scores agree with human judgement

Generated by \`npm run validity\` (\`scripts/validity.ts\`) on ${date}, rapport ${VERSION}, scorer \`${BUILT_IN_SCORER}\`
(${fitted.fittedOn}), Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}. Deterministic: the same files give the
same figures. Every figure is reported as measured, good or bad.

**Summary.** On the development set, rebuilt so that answer length does not predict the level (Spearman of human level
with word count ${f2(lengthRho.human)}), the scorer reaches QWK **${f2(devScorer.qwk)}** cross-validated, against **${f2(devLength.qwk)}** for
levels assigned by length alone; its own levels correlate ${f2(lengthRho.scorer)} with word count. A second labeller,
levelling ${labellers.n} of the answers independently, agrees with the first at QWK **${f2(labellers.qwk)}**: that is the ceiling to read the
scorer against. On the older held-out set it reaches QWK **${f2(heldAgreement.qwk)}** (length alone: ${f2(heldLength.qwk)}), a figure that
has been read after many changes. On the newest set, written and levelled apart in the kinds of answer the independent
set is reported by, it reached **0.21** as first scored and reaches **${f2(heldO.scorer.qwk)}** now that the false alarms read in it are
mended (section 2o; level-1 answers ${heldO.levelOneError >= 0 ? "+" : ""}${f2(heldO.levelOneError)} levels too high); on the set before it, scored once with the scorer as it
stood, **0.35** (section 2n; **${f2(heldN.scorer.qwk)}** now), and
**${f2(heldM.scorer.qwk)}**, **${f2(heldL.scorer.qwk)}**, **${f2(heldK.scorer.qwk)}**, **${f2(heldJ.scorer.qwk)}**, **${f2(heldI.scorer.qwk)}**, **${f2(heldH.scorer.qwk)}** and **${f2(heldG.scorer.qwk)}** on the seven sets of the same kinds before those (2m, 2l, 2k, 2j, 2i, 2h, which decided one choice of the fit, and 2g: each since read for false alarms or for the counter-evidence it missed); on the
sets before those, each read since, **${f2(heldE.scorer.qwk)}** on clear cases (2e), **${f2(heldF.scorer.qwk)}** on answers written as real candidates give them (2f),
and ${f2(Math.min(...betweenQwk))}-${f2(Math.max(...betweenQwk))} on 2b-2d: the older figure is the optimistic one. STAR elements on
${starLabels.length} real answers, against two labellers' consensus: F1 ${starRows.map((r) => f2(r.f1)).join(" / ")} (situation / task / action / result).
It is built for STAR interview answers; on the public sets of other kinds of text (coaching e-mails, one-line requests,
support chats) it does little better than chance, and those results are reported below.

## 1. Development set, cross-validated

${dev.length} answers across all 20 competencies and all five levels (\`tests/fixtures/dev\`). Parts f-h (320 answers) were written for
the rebuilt scorer by three writers who never saw its code, under one rule: in every competency, every level has short
(25-70 words) and long (150-280 words) answers, so that concise complete stories reach 4-5 and long, fluent, empty
answers sit at 1-2. They hold casual and sarcastic contempt, derisive nicknames, talking down, blame inside a
good-looking story, deception, faked sympathy, "we"-only stories, well-told off-topic stories, "I would" answers,
negated behaviours, instructions to the scorer, and students' and non-native speakers' plain answers at every level.
Part i (60 answers) was written on 2026-12-07 by two more writers who read only the rubric pages, and levelled blind by a
third person: the opposite of a competency told as normal (level 1), the candidate's own lapse owned and put right, and
someone else's lapse put right. Parts a-e are the earlier set, in which longer answers were better answers (Spearman 0.61 with word count); only the
130 of its 400 answers that balance length across levels are kept. Five folds by a hash of the id: the level model is
fitted on four folds and the fifth is scored through the real scorer (caps and all). The length-only baseline is the
same ordinal model fitted on answer length alone (log words), in the same folds.

${header}
${row("rapport scorer", devScorer)}
${row("length only", devLength)}

| length control | Spearman with word count |
| --- | ---: |
| human levels | ${f2(lengthRho.human)} |
| scorer levels (cross-validated) | ${f2(lengthRho.scorer)} |

The scorer adds **${f2(devScorer.qwk - devLength.qwk)}** QWK over length alone. ${cv.insufficient} answers were returned as \`insufficient-evidence\` and count as level 1.
Adversarial answers (${adversarialNear.n}) within ±1 of the human level: ${pct(adversarialNear.near)}.

**Two labellers.** ${labellers.n} answers of parts f and h were levelled again, blind, by a second labeller working only from the
rubric. The scorer is read against that agreement:

| | n | exact | adjacent (±1) | QWK | Spearman |
| --- | ---: | ---: | ---: | ---: | ---: |
${row("second labeller against the first", labellers)}
${row("scorer (cross-validated) against the first", scorerOnPaired)}
${row("scorer (cross-validated) against the second", scorerVsSecond)}

Confusion (cross-validated):

${confusion(cv.truth, cv.predicted)}

By kind of answer (cross-validated; a positive mean error means the scorer rates too high):

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

### 2b. A second held-out set: off-topic stories beside strong answers

${heldB.length} answers (\`tests/fixtures/heldout-b\`) written by two writers who saw none of the scorer's code: for each competency, a
well-told story with no customer in it, a story that shows another competency, and a concise and a long strong answer to
the question asked. A third person levelled them blind from the rubric scale (the writers' own levels agree with those at
QWK ${f2(heldBWriters.qwk)}). Its results were looked at to choose what a competency's topic is made of, to keep the off-topic cap where
it was, and to shape the cap on answers that serve no one, so read them as optimistic. Half of it is off-topic by design, so its QWK is not comparable with the
other sets'; the table by kind is the figure to read.

${header}
${row("rapport scorer (shipped model)", heldBAgreement)}

| kind of answer | n | mean error (scorer − human, levels) | within ±1 |
| --- | ---: | ---: | ---: |
${heldBKinds.map((k) => `| ${k.kind} | ${k.n} | ${(k.mean >= 0 ? "+" : "") + k.mean.toFixed(2)} | ${pct(k.near)} |`).join("\n")}

The scorer tells a story about another competency from the one asked only in part: its topic signal compares the
answer's words with each competency's, and every competency is about customers. A story with no customer in it is rated
1 when it names no one served at all (no customer or third person other than a colleague, no call, order or message)
and its question asks about serving someone; one that mentions orders or deliveries in passing is not. These answers
are the scorer's weakest point.

The rule's other side, on a probe written apart (\`tests/fixtures/probe-served\`, 90 answers that should never be rated 1
for serving no one): it rates ${servedOf("unusual-role")} stories whose customer is called only "the bride", "the policyholder"… and "she"
after a colleague, ${servedOf("pronoun-after-things")} stories whose customer is later "them" right after things in the plural, and ${servedOf("team-question")}
answers about colleagues to questions about colleagues. Read once as an unseen test, it rated 2 of the 60 customer
stories so; the rule was mended on them, so the probe is now a development set. A second set by another writer
(\`answers-2.jsonl\`, 60 strong customer stories written to be hard to recognise as such), read once before the last words
were added to the rules (which it did not guide), is rated so in ${servedProbe2} of 60.

### 2c. A third held-out set, measured once

${heldC.length} answers (\`tests/fixtures/heldout-c\`) written on 2026-12-03 by two writers who saw none of rapport's code or data, only
the competencies' definitions and rubrics: for each competency, a concise strong story (30-70 words), a long polished
answer with no act of the candidate's own, a good-looking story with contempt, blame or deception told casually, a
"we"-only story, a student's or non-native speaker's plain answer (four of them with a sentence addressed to the scorer),
and a long strong story or a well-told off-topic one. Two other people levelled them blind from the same rubrics, one per writer (the
writers' own levels agree with those at QWK ${f2(heldCWriters.qwk)}; the human levels correlate ${f2(heldCWords)} with word count). It was
first scored on the scorer as it stood, and no rule was written from its answers. It has since been scored after each
change, and its QWK was read when a change was kept or dropped (\`docs/decisions.md\` says which), so it is less unseen
than it was; of the sets here it is still the nearest to an unseen test.

${header}
${row("rapport scorer (shipped model)", heldCAgreement)}

${confusion(heldC.map((h) => h.level), heldCPredicted)}

${byTag(heldC, heldCPredicted)}

### 2d. A fourth held-out set, scored once

${heldD.items.length} answers (\`tests/fixtures/heldout-d\`) written on 2026-12-03 by a writer who read only the rubric pages (not the
behaviours the scorer looks for): each level twelve times, half of each level short and half long, in many voices. Another
person levelled them blind (the writer's own levels agree with those at QWK ${f2(heldD.writers.qwk)}; the human levels correlate
${f2(heldD.words)} with word count). It was scored once, with the scorer before and after the evening's changes of 2026-12-03
(\`docs/decisions.md\` gives both), and nothing was changed after reading it then. On 2026-12-06 its level-1 answers and
its strong answers rated lowest were read, and the faults of reading found in them were mended (\`docs/decisions.md\`),
so it is no longer unseen: section 2e is the set to read instead.

${lengthAndLevelTables(heldD)}

### 2e. A fifth held-out set, scored once

${heldE.items.length} answers (\`tests/fixtures/heldout-e\`) written on 2026-12-06 by two more writers who read only the rubric pages,
to plans drawn at random: each level twelve times, half of each level short and half long, in many voices, level-1
answers with counter-evidence told in passing among them. A third person levelled them blind (the writers' own levels
agree with those at QWK ${f2(heldE.writers.qwk)}: the answers were written as clear cases; the human levels correlate
${f2(heldE.words)} with word count). It was scored once, at the end of that session, with the scorer before the session's
changes and after (\`docs/decisions.md\` gives both), and nothing was changed after reading it that session. On 2026-12-07
its level-1 answers and its strong answers rated low were read, with section 2f's, to find faults of reading (a customer
told as a habit read as a story, an impulse read as a deed): it is no longer an unseen set.

${lengthAndLevelTables(heldE)}

### 2f. A sixth held-out set, scored once: answers as real candidates give them

${heldF.items.length} answers (\`tests/fixtures/heldout-f\`) written on 2026-12-06 to the fifth set's recipe by two more writers, asked this
time to write as real candidates answer rather than as clear cases: near the border between two levels, strengths and
weaknesses mixed, the key behaviour told briefly or late. A third person levelled them blind (the writers' own levels
agree with those at QWK ${f2(heldF.writers.qwk)}; writers and levellers are of one kind, so this agreement is no ceiling; the human
levels correlate ${f2(heldF.words)} with word count). It was scored once, at the end of that session, with the scorer before the
session's changes and after (\`docs/decisions.md\`), and nothing was changed after reading it that session. It was read on
2026-12-07, as section 2e says, and is no longer an unseen set.

${lengthAndLevelTables(heldF)}

### 2g. A seventh held-out set, scored once: the kinds of answer the independent set is reported by

${heldG.items.length} answers (\`tests/fixtures/heldout-g\`) written on 2026-12-07 by two more writers who read only the rubric pages, to
plans drawn at random as for section 2e (each level twelve times, half short and half long, ${heldG.items.filter((d) => d.tags.includes("situational")).length} situational), each plan
naming a kind of answer: counter-evidence told in passing inside a fluent story, long polished answers with no act of
the candidate's own, "we"-only and mostly-"we" stories, well-told stories about another competency, concise complete
stories, plain or non-native English, and ordinary answers near the borders between levels. A third person levelled them
blind (the writers' own levels agree with those at QWK ${f2(heldG.writers.qwk)}, all within one level; the human levels correlate
${f2(heldG.words)} with word count). It was scored once, at the end of that session: QWK 0.55 with the scorer before the session's
changes (\`28f68c5\`), level-1 answers +1.42; the figures below are the scorer after them. One change tried after reading it
was not kept (\`docs/decisions.md\`).

${tablesByKind(heldG)}

### 2h. An eighth held-out set of the same kinds

${heldH.items.length} answers (\`tests/fixtures/heldout-h\`) written on 2026-12-07 by two more writers who read only the rubric pages, to
plans drawn at random as for section 2g (${heldH.items.filter((d) => d.tags.includes("situational")).length} situational), in the same kinds of answer, and levelled blind by a third
person (the writers' own levels agree with those at QWK ${f2(heldH.writers.qwk)}; the human levels correlate ${f2(heldH.words)} with word
count). It was scored at the end of the session that followed 2g's, three ways: with the scorer at that session's start
(\`a39b0fb\`) QWK 0.61, level-1 answers +1.67, counter-evidence +2.00; with the session's reading changes and red flags
and the model fitted before them, QWK 0.63; with the model refitted on the 510 development answers, QWK 0.57 (five
answers one level further from the levellers', none nearer). The refit had been learning from answers that tell the
opposite of a competency as normal practice, whose level no feature reads; fitted without them, QWK 0.59 (three
answers further than with the earlier model, none nearer). That choice was made after reading this set's figures, so
this set is not unseen for it; the red flags written that session caught none of its counter-evidence. The figures
below are after three more reading fixes made later that session, not from this set ("I'm" read as "I" and "'m", "the
agent before me" as part of a subject, a colleague's view as theirs), and the refit after them.

${tablesByKind(heldH)}

### 2i. A ninth held-out set of the same kinds, scored once

${heldI.items.length} answers (\`tests/fixtures/heldout-i\`) written on 2026-12-07 by two more writers who read only the rubric pages, to
plans drawn at random as for section 2h (${heldI.items.filter((d) => d.tags.includes("situational")).length} situational), in the same kinds of answer, and levelled blind by two more
people, thirty each (the writers' own levels agree with those at QWK ${f2(heldI.writers.qwk)}, all within one level; the human levels
correlate ${f2(heldI.words)} with word count). It was scored once, after every change of that session: with the scorer at
\`a39b0fb\` (the last to pass CI) QWK 0.65, level-1 answers +1.17, level-5 answers −0.50, counter-evidence +0.88; the
figures below are what lands (nine answers move a level: five nearer the levellers', four further). The session's red
flags, reading fixes and refits show no gain on it.

${tablesByKind(heldI)}

### 2j. A tenth held-out set of the same kinds, scored once

${writtenLikeBefore(heldJ, "heldout-j", "2i")} It was scored once, with the scorer as it stood at \`400e0ca\`: no change to
the scorer landed in the session that wrote it (the changes tried in it are in \`docs/decisions.md\`). The levellers gave
level 1 to more answers than the plans asked (${heldJ.items.filter((d) => d.level === 1).length} of ${heldJ.items.length}), some for no evidence rather than counter-evidence.

${tablesByKind(heldJ)}

### 2k. An eleventh held-out set of the same kinds, scored before and after one change

${writtenLikeBefore(heldK, "heldout-k", "2j")} It was scored with the scorer as it stood at \`6fa9013\`, QWK 0.48, and with the
red flags written from the seventh probe (section 3; the model, refitted, comes out as before): the same levels,
answer for answer. The new flags count on none of its level-1 answers that the older ones missed. Nothing was changed after reading it.

${tablesByKind(heldK)}

### 2l. A twelfth held-out set of the same kinds, scored before and after one session's changes

${writtenLikeBefore(heldL, "heldout-l", "2k")} It was written while that session gave every red-flag pattern an example
and mended the patterns and the three faults of reading the examples showed (\`docs/decisions.md\`), and scored once they
were done: with the scorer as it stood at the session's start (\`6f294de\`), QWK 0.70 (level-1 answers +0.92, five of its
eight counter-evidence answers flagged), and with those changes QWK 0.70 again (the same five flagged: the mended
patterns catch none of the other three). Its one good answer put at level 1 (a level 5 whose customer said her notes
had been treated "as useful instead of a nuisance") was then read, and that fault mended with three of the same kind
found on earlier sets (\`docs/decisions.md\`): the figures below are after it, so the set is no longer unseen for that.

${tablesByKind(heldL)}

### 2m. A thirteenth held-out set of the same kinds, scored before and after one session's changes

${writtenLikeBefore(heldM, "heldout-m", "2l")} It was written while that session drew red-flag patterns from the level-1
answers the scorer missed on the earlier sets (sections 2 and 2c-2l; \`docs/decisions.md\`), and scored once they were done: with
the scorer as it stood at the session's start (\`8b9fe63\`), QWK 0.47, and with the new patterns QWK 0.47, the same level
for every answer: they count on none of its ${heldM.items.filter((d) => d.level === 1).length} level-1 answers, though they catch 26 of the earlier sets'. It was then read for
false alarms: one level-4 plan was capped at 1 for naming a trigger the candidate keeps in check ("I know I can get a bit
defensive… so I'd take a breath"), mended as a reading (a state after "can" is a tendency told, not a deed); the figures
below are after it.

${tablesByKind(heldM)}

### 2n. A fourteenth held-out set of the same kinds, scored once

${writtenLikeBefore(heldN, "heldout-n", "2m", "2026-12-08")} It was written and levelled at the start of a session and scored
once with the scorer as it stood (\`55cff41\`); the figures below are that one scoring. Nothing was changed after reading it; the
two changes made on reading the next set's false alarms (section 2o) move one of its answers (a level 3 that a fond
"bless him" about a workmate had capped at 1), so the figures below are with them: QWK 0.35 as first scored.

${tablesByKind(heldN)}

### 2o. A fifteenth held-out set of the same kinds, scored once, then read for false alarms

${writtenLikeBefore(heldO, "heldout-o", "2n", "2026-12-08")} It was written after the set before it
was scored, and scored once with the scorer as it stood (\`aa28713\`): QWK 0.21, with three level-4 answers capped at 1
by red flags. Those three were read and mended in general: a verb in "-ing" after "no" ("No blaming the system") is
now read as denied, and "bless them" no longer counts as mockery on its own (it had capped fond asides about customers
and workmates on three sets, against two level-1 answers it caught; \`docs/decisions.md\`, 2026-12-08). The figures
below are after those two changes; its level-1 answers were not read for what they miss.

${tablesByKind(heldO)}

### 2p. An LLM behind the adapter on the two newest sets, from recorded replies

\`createLlmScorer\` wraps a completion function the user supplies. For the two newest sets, a general-purpose LLM
stood in as that function in the session of 2026-12-08: it was given only the prompts \`buildLlmPrompt\` builds (the
competency's definition and rubric, the rules, the question and the fenced answer) and its replies are recorded in
\`tests/fixtures/llm-replies\`, so these figures are reproducible from them. **Read them with care:** the people who
levelled these sets were the same kind of model, reading the same rubric, so their agreement with it overstates what
an LLM would reach against human experts; and the replies were given once. What the table does show is what the adapter
does with a reading of meaning: where the model's level and the built-in reading's caps disagree, the caps are the
built-in scorer's false alarms (a fond aside read as mockery, colleagues' blame read as the candidate's, a story on
topic read as off topic), and binding the level to them costs the agreement below. \`builtInCaps: "flag"\` keeps the
model's level and flags the disagreement for a reviewer.

| set | scorer | QWK | exact | level-1 answers (mean error) | |
| --- | --- | ---: | ---: | ---: | --- |
${llmRows.join("\n")}

## 3. STAR elements on real answers

${starLabels.length} answers from \`siop2024-interview\` (real answers, many by students, to behavioural and approach questions), each
labelled for situation, task, action and result by two labellers working apart from a written guide (\`tests/fixtures/public/siop2024-interview/star-labels.jsonl\`).
An element counts where both labellers agree; the scorer's \`star\` elements are compared with that consensus. The second
labeller saw the first one's label for one answer by accident (a shared scratch folder); the rest were labelled blind.
The situation, task and result cues were widened after reading the answers the scorer missed here (challenges faced,
roles held, outcomes told as "it helped", "got approval"), and on 2026-12-02 the task cues were given room for an adverb
("I once had a disagreement", "I really struggled to") and "was forced to" after reading the tasks missed here again: the
patterns are general English, but this set is no longer unseen for STAR, so read its figures as optimistic.

${starTable(starRows)}

On 2026-12-03 the task cues were rewritten against a STAR development set instead (\`tests/fixtures/star-dev\`):
${starDev.length} answers written for rapport by two writers who saw none of its code, in the voices of students, career
changers and non-native speakers, with tasks told in many ways ("the owner asked me to…", "it fell to me to…", "we had two
days to…") and look-alikes that are not tasks ("I had to laugh"), each labelled by its writer and, blind, by a second
labeller (they agree almost everywhere: each answer was written to tell some elements and not others, so this set is
easier to label than real answers). The cues were written on it, so its figures are not a test; the figures on the real answers above were
measured once, after. Before the rewrite: task F1 here 0.75 (precision 0.94, recall 0.63), and 0.74 on the real answers.

${starTable(starDevRows)}

### 3b. Who did it: the clause reader on sentences labelled apart

Every level rests on which verbs are the candidate's own acts. 320 sentences of the kind candidates say, written apart
by two writers who saw none of the code, each with one verb labelled for who does it, whether it happened and whether it
is inside words said (\`tests/fixtures/clauses\`), are read by the scorer's clause reader; a verb counts as credited
when it is read as the candidate's or the team's, past, not denied, wanted, conditional, a habit or words said. The
writers' sentences cover denials and near misses, intent and conditionals, reported speech, relative clauses, names set
off by commas, present-tense stories, "we" and "I", passives and plans.

${clauseTable}

Both sets were read on 2026-12-07 and the reader was mended on them, so these are development figures. At the start of
that day the reader agreed on 123 of the first set (16 credited wrongly: a customer's or a colleague's act read as the
candidate's, a denial lost after "not once did I") and on 135 of the second. The second set was first read after the
first set's fixes, unseen: on all three labels together the reader then agreed on 119 of its 160 cases, against 108
with the reader of the day's start. What is still missed is mostly by design: a story told in the present tense is read as one from the
answer as a whole, not clause by clause ("so this man comes in and I ask him…"), and an infinitive or participle is the
verb before it's ("I managed to calm her down"). What is still credited wrongly is mostly passive ("I was thanked by the
manager"): reading a passive as no act also took the only counted verb from "I was forced to reach out…", and STAR
action F1 on the real answers above fell (\`docs/decisions.md\`).

### The counter-evidence probe

${probe.length} short excerpts (\`tests/fixtures/probe/counter-evidence.jsonl\`): ${probePositives} with counter-evidence told casually (mocking,
nicknames, talking down, blame, deception, faked empathy, refusing, temper) and ${probe.length - probePositives} look-alikes that must not raise a red flag
(denied, someone else's, reported, real sympathy). A universal red flag counts on **${probeCaught} of ${probePositives}** (the family
expected on ${probeFamily}); false alarms on **${probeAlarms} of ${probe.length - probePositives}**. The probe was written in the same session as the patterns
that now catch it (though before reading the development set), so these figures are optimistic: they show the
patterns reach the phrasings written, not how far they generalise.

A second probe (\`tests/fixtures/probe-2/counter-evidence.jsonl\`, written on 2026-12-03 by two writers who saw none of the
patterns, in slang, understatement, sarcasm and euphemism, mostly without the obvious words) measures that: a red flag
counts on **${probe2.caught} of ${probe2.positives}** excerpts with counter-evidence and on ${probe2.alarms} of ${probe2.lookAlikes} look-alikes.
By family: ${probe2.families.map((f) => `${f.family} ${f.caught} of ${f.n}`).join(", ")}. The patterns catch
the phrasings they were written for and little else. About twenty more general patterns, written on this probe ("that's
on you", "not to her face", "on autopilot", impressions and screenshots of customers), raised its figure to 45 of 110 but
changed nothing on any other set here, the third held-out set included; they were not kept. Reading counter-evidence
told in new words needs more than phrase patterns.

A third probe (\`tests/fixtures/probe-3/counter-evidence.jsonl\`, 240 excerpts by two more writers who saw none of the code:
counter-evidence told in passing, and look-alikes that are often the same story handled well) was the development set
for reading counter-evidence in context. A universal red flag counts on **${probe3.caught} of ${probe3.positives}** and on ${probe3.alarms} of ${probe3.lookAlikes} look-alikes.
By family: ${probe3.families.map((f) => `${f.family} ${f.caught} of ${f.n}`).join(", ")}. Four families of more abstract
patterns written on it caught 21 of its 150 and 2 of the second probe's 110, and were not kept (\`docs/decisions.md\`).

### Judgments of the customer

\`counter-judges-person\` reads contempt told by a word that judges the customer ("the guy was a complete numpty", "this
gormless lad"), from VADER's lexicon and two word lists made apart, said of a person served and not denied or quoted.
On a probe of 120 excerpts (\`tests/fixtures/probe-4/judgments.jsonl\`, written apart from the lists) it counts on
**${probe4Caught} of ${probe4Positives}** excerpts that judge the customer with contempt, and on ${probe4Kinds.map((k) => `${k.judged} of ${k.n} ${k.kind === "thing" ? "that judge a thing or the candidate" : k.kind === "reported" ? "that report someone else's insult" : `that tell the customer's ${k.kind}`}`).join(", ")}.
The lists were made by the same kind of writer as the probe, so the figure is optimistic about words no list holds. Of
the ${plainAnswers.length.toLocaleString("en-US")} answers in this report that carry no counter-evidence (development and held-out sets, the STAR development set,
siop2024-interview) it counts on ${plainJudged}. Of the ${politeRows.reduce((n, r) => n + r.n, 0).toLocaleString("en-US")} requests people wrote on Wikipedia and Stack Exchange
(stanford-politeness, section 4: not interview answers, but text written without rapport in mind) it counts on
${politeJudged.length}${politeJudged.length > 0 && politeJudged.length <= 5 ? `: ${politeJudged.map((q) => `“${q}”`).join(", ")}` : ""}.

A fifth probe (\`tests/fixtures/probe-5/judgments.jsonl\`, 160 excerpts by another writer, in more forms: "struck me as",
bare names, superlatives, similes, hyphenated words, look-alikes with words that are insults in another sense) was
read once as an unseen test, after the first of the reader's changes of the afternoon of 2026-12-03: 39 of 80 caught,
no false alarm (35 of 80 before that day's afternoon changes). Four more changes were made on its misses and on the
older flags' false alarms, so it is now a development set: the reader counts on **${probe5Of(true, false)} of ${probe5.filter((r) => r.flag).length}** and on ${probe5Of(false, false)} of
${probe5.filter((r) => !r.flag).length} look-alikes; any universal red flag counts on ${probe5Of(true, true)} and on ${probe5Of(false, true)} look-alike${probe5Of(false, true) === 1 ? "" : "s"} (the older pattern flags:
\`docs/decisions.md\` says which).

A sixth probe (\`tests/fixtures/probe-6/snippets.jsonl\`, 160 snippets by another writer) holds counter-evidence of
eight kinds told in passing, most without the obvious words, and as many near misses (a denial, a colleague's lapse
put right, the candidate's own slip owned, good practice in the same words). Read once, unseen, with the scorer at
\`400e0ca\`, a red flag counted on 10 of 80 tells and 3 of 80 near misses. A seventh probe
(\`tests/fixtures/probe-7\`, 240 snippets by three more writers from the same brief) was then written to tune on: the
red flags added on 2026-12-07 (night) come from its tells, one writer's (\`tc\`) first (before any was read the flags
counted on 7, 6 and 7 of each writer's 40 tells). The sixth probe's figures now, its snippets still unread one by one,
are the test of them: scored for the competency each kind falls short of, the scorer counts a red flag on
**${flaggedOf(probe6, true)}** tells and on ${flaggedOf(probe6, false)} near misses, against ${flaggedOf(probe7, true)} and ${flaggedOf(probe7, false)} on the probe tuned on. While
they were written, flags from one writer's tells alone moved another writer's from 7 to 8 and from 7 to 7 of 40:
the red flags are precise and find the phrasings they were written for, and told in other words, counter-evidence is
mostly missed.

| kind | scored for | tells flagged (probe 6, unseen) | near misses flagged (probe 6) | tells flagged (probe 7, tuned on) | near misses flagged (probe 7) |
| --- | --- | ---: | ---: | ---: | ---: |
${probeKinds.join("\n")}

Matched pairs (\`tests/fixtures/probe-pairs\`, written on 2026-12-08 by six writers who read only the rubric pages): ${pairs.length}
stories, each told twice in the same voice, once as a decent to strong answer and once with counter-evidence of one of
twelve kinds woven into one to three sentences, told casually, the rest word for word. The writers meant the second for
level 1; no one else levelled them. A pair isolates what the counter-evidence does to the score: with everything else
equal, the version with counter-evidence is rated lower in ${pairs.filter((p) => p.bad.level < p.good.level).length} of ${pairs.length} pairs, and a red flag counts on
**${pairs.filter((p) => p.bad.flagged).length}** of them (on ${pairs.filter((p) => p.good.flagged).length} of the good versions). They were written after every red flag in this report, and were
not read for its patterns.

| kind | pairs | with counter-evidence: flagged | good version: flagged | rated lower than its twin | rated 1 | mean level, good | mean level, with counter-evidence |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${pairKinds.join("\n")}
${pairRow("all", pairs)}

## 4. Public data labelled outside the project

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

- On answers to behavioural and situational interview questions whose length says nothing of their level, the scorer's
  levels follow expert-style levels moderately (QWK ${f2(devScorer.qwk)}, against ${f2(labellers.qwk)} between two labellers) and owe nothing
  to length. On sets written and levelled apart from the development set they follow them less well (QWK
  ${f2(Math.min(...writtenApartQwk))}-${f2(Math.max(...writtenApartQwk))}, sections 2b-2o). Every set with levels was written for this project; their labels follow the
  rubric scale in DESIGN.md, but they are not an independent expert panel.
- The scorer reads behaviour narrated in an interview answer. It does not rate written work samples, single requests or
  live chat, and should not be used for them.
- Counter-evidence told only in passing inside a well-told story (a customer hurried off the line for a handling-time
  target, a complaint left for the customer to chase) is its weakest point: such level-1 answers are rated
  ${f2(heldO.levelOneError)} levels too high on the newest set (section 2o; ${f2(heldN.levelOneError)}, ${f2(heldM.levelOneError)}, ${f2(heldL.levelOneError)}, ${f2(heldK.levelOneError)}, ${f2(heldJ.levelOneError)}, ${f2(heldI.levelOneError)}, ${f2(heldH.levelOneError)}, ${f2(heldG.levelOneError)}, ${f2(heldE.levelOneError)} and ${f2(heldF.levelOneError)} on 2n, 2m, 2l, 2k, 2j, 2i, 2h, 2g, 2e and 2f, 2n scored once and the rest read). It reads contempt, blame and the like only where the
  words say so. Off-topic answers that tell a good story about something else are the next (see the adversarial table
  and section 2b). An interviewer must read the answer, and check that it answers the question.
`;
writeFileSync(new URL("../docs/validity.md", import.meta.url), md);
console.log(`wrote docs/validity.md: dev QWK ${f2(devScorer.qwk)} (length ${f2(devLength.qwk)}, labellers ${f2(labellers.qwk)}), held-out QWK ${f2(heldAgreement.qwk)}, second held-out off-topic within ±1 ${heldBKinds.slice(0, 2).map((k) => pct(k.near)).join("/")}, STAR F1 ${starRows.map((r) => f2(r.f1)).join("/")}, empathy test ${pct(testAccuracy)}`);
