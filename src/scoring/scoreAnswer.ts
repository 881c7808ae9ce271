import type { SafeResult } from "../errors.js";
import { type BuiltInScorer, createScorer, type CreateScorerOptions } from "./createScorer.js";
import type { AnswerScore, ScoreAnswerInput } from "./schema.js";

/** Options of {@link scoreAnswer}: the same as {@link createScorer}'s. Pass a scorer you made once for many answers. */
export type ScoreAnswerOptions = CreateScorerOptions;

const scorers = new WeakMap<object, WeakMap<object, WeakMap<object, BuiltInScorer>>>();
const DEFAULTS = { framework: {}, model: {}, rules: {} };

/** One level of the scorer cache: the map under `key`, made on first use. */
function level<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The scorer for these options, made once per framework, model and rules (by identity; frameworks from
 * `defineFramework` are frozen, so they cannot change under it).
 */
function scorerFor(given: ScoreAnswerOptions | null): BuiltInScorer {
  const options = given ?? {};
  const byModel = level(scorers, options.framework ?? DEFAULTS.framework, () => new WeakMap());
  const byRules = level(byModel, options.model ?? DEFAULTS.model, () => new WeakMap());
  return level(byRules, options.rules ?? DEFAULTS.rules, () => createScorer(options));
}

/**
 * Scores one answer against a competency without throwing.
 *
 * @param input - competency (id or alias), answer, and optionally the question, its type and your ids
 * @param options - framework, model and reading rules
 * @returns the score, or issues naming the field at fault
 * @example
 * ```ts
 * import { safeScoreAnswer } from "rapport";
 *
 * const result = safeScoreAnswer({ competency: "patiense", answer: "I stayed calm." });
 * result.success ? null : result.issues[0].code; //=> "unknown-competency"
 * result.success ? null : result.issues[0].suggestions?.[0]; //=> "patience"
 * ```
 */
export function safeScoreAnswer(input: ScoreAnswerInput, options: ScoreAnswerOptions = {}): SafeResult<AnswerScore> {
  return scorerFor(options).safeScoreSync(input);
}

/**
 * Scores one answer against a competency's rubric, from evidence in the answer: the competency's behaviours the
 * candidate describes doing (not negated, not "I would", not "we" alone), the STAR story, specifics, outcome and
 * reflection, mapped to a level by a fitted ordinal model, then capped by red flags (contempt, blame, deception,
 * temper, giving up), by self-description without a story, by a hypothetical answer to a behavioural question and by
 * an answer about something else. Text addressed to the scorer is ignored and flagged. Uses one default scorer
 * (see {@link createScorer}).
 *
 * @param input - competency (id or alias), answer, and optionally the question, its type and your ids
 * @param options - framework, model and reading rules
 * @returns the score with its evidence, flags, reasons and what the next level needs
 * @throws {RapportError} for an unknown competency or a malformed input, naming the field
 * @example
 * ```ts
 * import { scoreAnswer } from "rapport";
 *
 * scoreAnswer({ competency: "patience", answer: "I am a very patient person and I always stay calm." }).cap; //=> 2
 * const score = scoreAnswer({ competency: "patience", answer: "A caller shouted about a refund that was two weeks late. I let him finish, said I understood, checked the order and found it stuck; I pushed it through and rang him back that afternoon. He thanked me.", answerId: "a-1" });
 * score.level; //=> 5
 * score.answerId; //=> "a-1"
 * ```
 */
export function scoreAnswer(input: ScoreAnswerInput, options: ScoreAnswerOptions = {}): AnswerScore {
  return scorerFor(options).scoreSync(input);
}
