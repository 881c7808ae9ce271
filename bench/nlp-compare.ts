// Compares wink-nlp (with its English lite model) and compromise on the real interview answers in
// tests/fixtures/public/siop2024-interview: speed, sentence splitting, and, on a small hand-labelled
// set of sentences, telling past actions from "would" and negated ones. The result is recorded in
// docs/decisions.md. Run: npx tsx bench/nlp-compare.ts
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import nlpCompromise from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { analyzeAnswer } from "../src/scoring/analyzeAnswer.js";

const answers = readFileSync(new URL("../tests/fixtures/public/siop2024-interview/interview_answers.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => (JSON.parse(l) as { text: string }).text);

// Hand-labelled: is the first-person main verb a past action the speaker did (not negated, not hypothetical)?
const labelled: [string, boolean][] = [
  ["I called the customer back the next morning.", true],
  ["I would call the customer back the next morning.", false],
  ["I didn't call the customer back.", false],
  ["I never raised my voice.", false],
  ["I explained the bill line by line.", true],
  ["I'd explain the bill line by line.", false],
  ["I will explain the bill line by line.", false],
  ["I offered her a replacement on the spot.", true],
  ["I could offer her a replacement.", false],
  ["I stayed on the line until the router worked.", true],
  ["I always stay on the line until it works.", false],
  ["I apologised for the mix-up with the booking.", true],
  ["I refused to apologise.", false],
  ["I wrote a short guide for the team afterwards.", true],
  ["I should have written a guide.", false],
  ["I put myself in his position.", true],
  ["I tried to stay calm and I listened.", true],
  ["If a customer shouts, I listen.", false],
  ["I was going to refund it.", false],
  ["I checked the order history and found the error.", true],
];

const t0 = performance.now();
const wink = winkNLP(model);
const its = wink.its;
const winkLoad = performance.now() - t0;

function time(fn: (text: string) => unknown): number {
  for (const a of answers.slice(0, 50)) fn(a);
  const start = performance.now();
  for (let r = 0; r < 3; r++) for (const a of answers) fn(a);
  return (3 * answers.length) / ((performance.now() - start) / 1000);
}

const winkRate = time((text) => {
  const doc = wink.readDoc(text);
  doc.tokens().out(its.pos);
  doc.tokens().out(its.lemma as unknown as typeof its.value);
  doc.sentences().out(its.span);
});
const compromiseRate = time((text) => {
  const doc = nlpCompromise(text);
  doc.sentences().json();
});

let sameSentences = 0;
for (const a of answers) {
  const w = wink.readDoc(a).sentences().length();
  const c = nlpCompromise(a).sentences().length;
  if (w === c) sameSentences++;
}

// wink, as rapport reads it: the candidate's own past actions, from clauses (src/scoring).
const winkPast = (s: string): boolean => analyzeAnswer(s).features.selfActions > 0;
const compromisePast = (s: string): boolean => {
  const doc = nlpCompromise(s);
  if (doc.has("#Negative") || doc.has("(would|will|could|should|if|going)") || doc.has("refused")) return false;
  return doc.has("#PastTense");
};
const accuracy = (fn: (s: string) => boolean): number => labelled.filter(([s, y]) => fn(s) === y).length / labelled.length;

const line = (name: string, rate: number, acc: number): string => `| ${name} | ${rate.toFixed(0)} | ${(acc * 100).toFixed(0)}% |`;
console.log(`machine: ${cpus()[0]?.model ?? "unknown"}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`wink-nlp model load: ${winkLoad.toFixed(0)} ms`);
console.log("| library | answers/s (siop2024-interview, parse + POS + lemmas) | past-action accuracy (20 labelled sentences) |");
console.log("| --- | ---: | ---: |");
console.log(line("wink-nlp 2.4 + eng-lite-web-model 1.8", winkRate, accuracy(winkPast)));
console.log(line("compromise 14", compromiseRate, accuracy(compromisePast)));
console.log(`same sentence count on ${sameSentences} of ${answers.length} answers`);
