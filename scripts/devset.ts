// The labelled development set, and cross-validation of the scorer on it. Used by fit and validity.
import { readdirSync, readFileSync } from "node:fs";
import * as z from "zod";
import { hashText } from "../src/questions/random.js";
import { FEATURE_SIGNS, MODEL_FEATURES } from "../src/scoring/model/features.js";
import { fitOrdinal, levelProbabilities, type OrdinalModel } from "../src/scoring/model/ordinal.js";
import { type BuiltInScorer, createScorer } from "../src/scoring/createScorer.js";

export const DevAnswer = z.object({
  id: z.string(),
  competency: z.string(),
  questionType: z.enum(["behavioural", "situational"]),
  question: z.string(),
  answer: z.string(),
  level: z.number().int().min(1).max(5),
  tags: z.array(z.string()).default([]),
  rationale: z.string().optional(),
});
export type DevAnswer = z.infer<typeof DevAnswer>;

export function loadDevSet(): DevAnswer[] {
  const dir = new URL("../tests/fixtures/dev/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, dir), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l, i) => {
          const parsed = DevAnswer.safeParse(JSON.parse(l));
          if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.message}`);
          return parsed.data;
        }),
    );
}

/**
 * Whether an answer is fitted on. Every answer is scored and reported, but the opposite of a competency told as normal
 * practice in the candidate's own words (`opposite-behaviour`) is left out of the fit: its level is in what the acts
 * mean, which no feature reads, and fitted on it the model learns that a full story says less, pulling every level to
 * the middle (docs/decisions.md, 2026-12-07).
 */
export const fitsModel = (item: DevAnswer): boolean => !item.tags.includes("opposite-behaviour");

/** The fitting options used for the shipped model and in cross-validation (fitOrdinal's defaults). */
export const FIT_OPTIONS = { l2: 0.005, iterations: 6000, learningRate: 0.5, signs: FEATURE_SIGNS };

export const lengthFeature = (answer: string): number => Math.log1p(answer.trim().split(/\s+/).length) / Math.log(301);

export interface CrossValidated {
  readonly predicted: number[];
  readonly baseline: number[];
  readonly truth: number[];
  readonly insufficient: number;
}

let shipped: BuiltInScorer | undefined;
const score = (item: DevAnswer, scorer: BuiltInScorer = (shipped ??= createScorer())) =>
  scorer.scoreSync({ competency: item.competency, answer: item.answer, question: item.question, questionType: item.questionType });

/** A scorer for a model fitted here (a cross-validation fold). */
export const scorerFor = (model: OrdinalModel, version = "cv"): BuiltInScorer => createScorer({ model: { id: "rapport-evidence", version, ...model, features: [...model.features], weights: [...model.weights], thresholds: [...model.thresholds] } });

/** The feature vector of each item (model-independent). */
export function featureRows(items: readonly DevAnswer[]): number[][] {
  return items.map((item) => {
    const s = score(item);
    return MODEL_FEATURES.map((name) => s.features[name] ?? 0);
  });
}

/** K-fold cross-validation: fit on k-1 folds, score the held-out fold through the real scorer. */
export function crossValidate(items: readonly DevAnswer[], folds = 5): CrossValidated {
  const rows = featureRows(items);
  const fold = items.map((item) => Number.parseInt(hashText(item.id), 16) % folds);
  const predicted = new Array<number>(items.length).fill(1);
  const baseline = new Array<number>(items.length).fill(1);
  let insufficient = 0;
  for (let k = 0; k < folds; k++) {
    const train = items.map((_, i) => i).filter((i) => fold[i] !== k && fitsModel(items[i] as DevAnswer));
    const model = fitOrdinal(MODEL_FEATURES, train.map((i) => rows[i] ?? []), train.map((i) => items[i]?.level ?? 1), FIT_OPTIONS);
    const scorer = scorerFor(model, `cv-${k}`);
    const lengthModel = fitOrdinal(["length"], train.map((i) => [lengthFeature(items[i]?.answer ?? "")]), train.map((i) => items[i]?.level ?? 1));
    items.forEach((item, i) => {
      if (fold[i] !== k) return;
      const s = score(item, scorer);
      if (s.level === "insufficient-evidence") insufficient++;
      predicted[i] = s.level === "insufficient-evidence" ? 1 : s.level;
      const p = levelProbabilities(lengthModel, [lengthFeature(item.answer)]);
      baseline[i] = p.indexOf(Math.max(...p)) + 1;
    });
  }
  return { predicted, baseline, truth: items.map((i) => i.level), insufficient };
}
