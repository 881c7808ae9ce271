import { match } from "ts-pattern";
import { builtInFramework, type Competency, type Framework, type Indicator, type Level, RUBRIC_VERSION, safeGetCompetency } from "../competencies/index.js";
import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import type { QuestionType } from "../questions/schema.js";
import { VERSION } from "../version.js";
import { type AnalysisWithText, analyzeForScoring } from "./analyzeAnswer.js";
import { MODEL_FEATURES, modelVector } from "./model/features.js";
import { levelProbabilities, type OrdinalModel } from "./model/ordinal.js";
import fitted from "./model/weights.json" with { type: "json" };
import { type AnswerScore, type Evidence, type EvidenceMode, type Flag, ScoreAnswerInput, type Span, type StarElementScore } from "./schema.js";
import { competencyLexicon, counterEvidenceIndicators } from "./competencyLexicon.js";
import { SERVICE_CONTEXT } from "./lexicon.js";
import { findIndicatorHits } from "./text/match.js";
import { parseText } from "./text/nlp.js";

/** The built-in scorer's name and version, recorded in every score it makes. */
export const BUILT_IN_SCORER = `rapport-evidence@${fitted.version}`;

/** The fitted level model shipped with the library. */
export const BUILT_IN_MODEL: OrdinalModel = fitted.model as unknown as OrdinalModel;

/** Answers shorter than this many words give nothing to rate. */
export const MIN_WORDS = 8;

/** Options of {@link scoreAnswer}. */
export interface ScoreAnswerOptions {
  /** Your own framework; the built-in one by default. */
  readonly framework?: Framework;
  /** A level model of your own (for research); the fitted built-in one by default. */
  readonly model?: OrdinalModel;
}

/** What scoring needs to know of a framework's indicators, built once per framework. */
interface FrameworkSearch {
  /** The indicators an answer for each competency is searched for: its behaviours and every red flag. */
  readonly lists: Map<string, readonly Indicator[]>;
  /** Each indicator's competency and description, by indicator id. */
  readonly about: ReadonlyMap<string, { readonly competency: string; readonly description: string }>;
  /** The universal counter-evidence indicators: the candidate's own view, whoever the clause is about. */
  readonly counter: ReadonlySet<string>;
  readonly redFlags: readonly Indicator[];
}

const searches = new WeakMap<Framework, FrameworkSearch>();

function searchOf(framework: Framework): FrameworkSearch {
  let search = searches.get(framework);
  if (search === undefined) {
    const counter = counterEvidenceIndicators();
    const about = new Map<string, { competency: string; description: string }>();
    for (const c of framework.competencies) for (const i of c.indicators) about.set(i.id, { competency: c.id, description: i.description });
    for (const i of counter) about.set(i.id, { competency: "", description: i.description });
    search = {
      lists: new Map(),
      about,
      counter: new Set(counter.map((i) => i.id)),
      redFlags: [...framework.competencies.flatMap((c) => c.indicators.filter((i) => i.kind === "red-flag")), ...counter],
    };
    searches.set(framework, search);
  }
  return search;
}

/** What an answer for a competency is searched for: its behaviours, and every red flag. Built once per competency. */
function indicatorsFor(search: FrameworkSearch, competency: Competency): readonly Indicator[] {
  let list = search.lists.get(competency.id);
  if (list === undefined) {
    list = [...competency.indicators.filter((i) => i.kind === "positive"), ...search.redFlags];
    search.lists.set(competency.id, list);
  }
  return list;
}

const LEVEL_WORDS: Readonly<Record<Level, string>> = { 1: "Concern", 2: "Emerging", 3: "Proficient", 4: "Strong", 5: "Exceptional" };

// Bulk runs ask the same questions over and over: keep the last few questions' words.
const questionWords = new Map<string, ReadonlySet<string>>();
function wordsOfQuestion(question: string): ReadonlySet<string> {
  let words = questionWords.get(question);
  if (words === undefined) {
    words = new Set(parseText(question.toLowerCase()).tokens.filter((t) => t.type === "word" && !t.stop).map((t) => t.lemma));
    if (questionWords.size >= 512) questionWords.delete(questionWords.keys().next().value as string);
    questionWords.set(question, words);
  }
  return words;
}

function relevanceOf(prepared: AnalysisWithText, question: string | undefined): number {
  const lemmas = new Set(prepared.read.parsed.tokens.filter((t, i) => t.type === "word" && !t.stop && !prepared.negated.has(i)).map((t) => t.lemma));
  if (lemmas.size === 0) return 0;
  let service = 0;
  for (const lemma of lemmas) if (SERVICE_CONTEXT.has(lemma)) service++;
  let overlap = 0;
  if (question !== undefined && question.trim() !== "") {
    const asked = wordsOfQuestion(question);
    for (const lemma of lemmas) if (asked.has(lemma)) overlap++;
  }
  return Math.min(1, (service + overlap) / 4);
}

function fitOf(prepared: AnalysisWithText, lexicon: ReadonlySet<string>, situational: boolean): number {
  const { tokens, sentences } = prepared.read.parsed;
  const seen = new Set<string>();
  for (const s of prepared.scored) {
    const sentence = prepared.analysis.sentences[s];
    if (sentence === undefined || !(sentence.roles.includes("action") || (situational && sentence.role === "none"))) continue;
    const range = sentences[s];
    if (range === undefined) continue;
    for (let t = range.firstToken; t < range.endToken; t++) {
      if (prepared.negated.has(t)) continue;
      const lemma = tokens[t]?.lemma ?? "";
      if (lexicon.has(lemma)) seen.add(lemma);
    }
  }
  return seen.size;
}

/** For a situational question, the steps of the candidate's plan (or a story, if they told one). */
function planSpans(prepared: AnalysisWithText): StarElementScore {
  const spans: Span[] = prepared.analysis.sentences
    .filter((s) => !s.instruction && !s.repeated && (s.plannedActions > 0 || s.roles.includes("action")))
    .map((s) => [s.start, s.end]);
  return { present: spans.length > 0, spans };
}

function spansOf(prepared: AnalysisWithText, role: "situation" | "task" | "action" | "result"): StarElementScore {
  const spans: Span[] = prepared.analysis.sentences.filter((s) => !s.instruction && !s.repeated && s.roles.includes(role)).map((s) => [s.start, s.end]);
  return { present: spans.length > 0, spans };
}

function insufficient(competency: Competency, questionType: QuestionType, prepared: AnalysisWithText | undefined, flag: Flag, reason: string, scorer: string, framework: Framework | undefined): AnswerScore {
  const empty: StarElementScore = { present: false, spans: [] };
  return {
    competency: competency.id,
    level: "insufficient-evidence",
    score: null,
    confidence: 0,
    probabilities: [0, 0, 0, 0, 0],
    star: prepared
      ? { situation: spansOf(prepared, "situation"), task: spansOf(prepared, "task"), action: spansOf(prepared, "action"), result: spansOf(prepared, "result") }
      : { situation: empty, task: empty, action: empty, result: empty },
    evidence: [],
    features: {},
    cap: 5,
    flags: [flag],
    reasons: [reason],
    mode: prepared?.analysis.features.mode ?? "general",
    questionType,
    scorer,
    versions: { library: VERSION, rubric: framework?.version ?? RUBRIC_VERSION, scorer },
  };
}

/**
 * Scores one answer against a competency without throwing.
 *
 * @param input - competency (id or alias), answer, and optionally the question and its type
 * @param options - framework and model
 * @returns the score, or issues naming the field at fault
 * @example
 * safeScoreAnswer({ competency: "nope", answer: "…" }).success
 * //=> false
 */
export function safeScoreAnswer(input: ScoreAnswerInput, options: ScoreAnswerOptions = {}): SafeResult<AnswerScore> {
  const parsed = ScoreAnswerInput.safeParse(input);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) as [Issue, ...Issue[]] };
  const framework = options.framework ?? builtInFramework;
  const found = safeGetCompetency(parsed.data.competency, { framework });
  if (!found.success) return { success: false, issues: found.issues.map((i): Issue => ({ ...i, path: ["competency"] })) as unknown as [Issue, ...Issue[]] };
  return { success: true, data: scoreWith(found.data, parsed.data, framework, options.model ?? BUILT_IN_MODEL, options.framework) };
}

/**
 * Scores one answer against a competency's rubric, from evidence in the answer: the competency's
 * behaviours the candidate describes doing (not negated, not "I would", not "we" alone), the STAR
 * story, specifics, outcome and reflection, mapped to a level by a fitted ordinal model, then capped
 * by red flags (contempt, blame, temper, giving up), by self-description without a story, and by a
 * hypothetical answer to a behavioural question. Text addressed to the scorer is ignored and flagged.
 *
 * @param input - competency (id or alias), answer, and optionally the question and its type
 * @param options - framework and model
 * @returns the score with its evidence, flags and reasons
 * @throws {RapportError} for an unknown competency or a malformed input, naming the field
 * @example
 * scoreAnswer({ competency: "patience", answer: "I am a very patient person and I always stay calm." }).cap
 * //=> 2  (self-description without a story)
 */
export function scoreAnswer(input: ScoreAnswerInput, options: ScoreAnswerOptions = {}): AnswerScore {
  return unwrap(safeScoreAnswer(input, options));
}

function scoreWith(competency: Competency, input: ScoreAnswerInput, framework: Framework, model: OrdinalModel, ownFramework: Framework | undefined): AnswerScore {
  const questionType: QuestionType = input.questionType ?? "behavioural";
  const scorer = model === BUILT_IN_MODEL ? BUILT_IN_SCORER : "rapport-evidence@custom";
  const wordCount = input.answer.trim() === "" ? 0 : input.answer.trim().split(/\s+/).length;
  if (wordCount < MIN_WORDS) {
    return insufficient(competency, questionType, undefined, { code: "too-short", message: `The answer has ${wordCount} word${wordCount === 1 ? "" : "s"}; at least ${MIN_WORDS} are needed to rate it.` }, "Too short to rate: there is no behaviour to judge.", scorer, ownFramework);
  }
  const prepared = analyzeForScoring(input.answer);
  const { features } = prepared.analysis;
  if (features.language === "other") {
    return insufficient(competency, questionType, prepared, { code: "non-english", message: "The answer does not appear to be in English; rapport's scorer reads English only." }, "Not scored: the answer is not in English. Have it rated by an interviewer who reads the language.", scorer, ownFramework);
  }
  const flags: Flag[] = [];
  const reasons: string[] = [];
  const situational = questionType === "situational";

  // Evidence: the competency's indicators and every red flag of the framework, in the sentences scoring reads.
  const scored = new Set(prepared.scored);
  const speaksHypothetically = (sentence: number): boolean => /\b(?:if i|i would|i'd|i will|i'll|i'm going to)\b/i.test(prepared.analysis.sentences[sentence]?.text ?? "");
  const search = searchOf(framework);
  const indicators = indicatorsFor(search, competency);
  const evidence: Evidence[] = findIndicatorHits(prepared.read, indicators)
    .filter((hit) => scored.has(hit.sentence))
    .map((hit) => {
      const mode: EvidenceMode = situational && hit.mode === "hypothetical" ? "planned" : hit.mode;
      // Counter-evidence is the candidate's own view, whoever the clause is about; only a denial or a
      // hypothetical of the candidate's own ("I would never…") takes it back.
      const universal = search.counter.has(hit.indicatorId);
      const counted = universal
        ? mode !== "negated" && !(mode === "hypothetical" && speaksHypothetically(hit.sentence))
        : mode === "performed" || mode === "team" || mode === "planned";
      return {
        indicatorId: hit.indicatorId,
        competency: search.about.get(hit.indicatorId)?.competency || competency.id,
        kind: hit.kind,
        description: search.about.get(hit.indicatorId)?.description ?? hit.indicatorId,
        span: [hit.start, hit.end] as Span,
        quote: hit.quote,
        mode,
        counted,
      };
    });
  const positives = evidence.filter((e) => e.kind === "positive" && e.counted);
  const distinctPositive = new Set(positives.filter((e) => e.mode !== "team").map((e) => e.indicatorId)).size + 0.5 * new Set(positives.filter((e) => e.mode === "team").map((e) => e.indicatorId)).size;
  const redFlags = evidence.filter((e) => e.kind === "red-flag" && e.counted && (e.mode !== "team" || search.counter.has(e.indicatorId)));
  const negated = evidence.filter((e) => e.kind === "positive" && e.mode === "negated");

  const star = {
    situation: spansOf(prepared, "situation"),
    task: spansOf(prepared, "task"),
    action: situational ? planSpans(prepared) : spansOf(prepared, "action"),
    result: spansOf(prepared, "result"),
  };
  const starElements = [star.situation, star.task, star.action, star.result].filter((e) => e.present).length;
  // The sentences the level rests on, quoted: the candidate's own actions and the outcome.
  const sentenceAt = new Map(prepared.analysis.sentences.map((sentence) => [sentence.start, sentence]));
  const storyEvidence = (spans: readonly Span[], id: string, description: string, limit: number): Evidence[] =>
    spans.slice(0, limit).map((span) => {
      const team = (sentenceAt.get(span[0])?.ownActions ?? 1) === 0 && (sentenceAt.get(span[0])?.teamActions ?? 0) > 0;
      return {
        indicatorId: id,
        competency: competency.id,
        kind: "positive" as const,
        description: team ? "What the team (“we”) did." : description,
        span,
        quote: input.answer.slice(span[0], span[1]),
        mode: team ? ("team" as const) : situational ? ("planned" as const) : ("performed" as const),
        counted: true,
      };
    });
  evidence.push(
    ...storyEvidence(star.action.spans, "star-action", situational ? "A step of the candidate's plan." : "What the candidate did.", 2),
    ...storyEvidence(star.result.spans, "star-result", "How it turned out, or what the candidate did to follow up.", 1),
  );
  const relevance = relevanceOf(prepared, input.question);
  const fit = fitOf(prepared, competencyLexicon(framework, competency.id), situational);
  const x = modelVector({ features, starElements, indicators: distinctPositive, situational, relevance, fit, redFlag: redFlags.length > 0 });
  let probabilities = levelProbabilities(model, x);

  // Caps: the highest level the answer can reach, whatever the model says.
  let cap: Level = 5;
  const capAt = (level: Level): void => {
    if (level < cap) cap = level;
  };
  if (prepared.analysis.features.instructionSentences > 0) {
    flags.push({ code: "instruction-like", message: "Part of the answer speaks to the scorer (e.g. asks for a score); it was ignored.", spans: prepared.analysis.sentences.filter((s) => s.instruction).map((s): Span => [s.start, s.end]) });
    reasons.push("Text addressed to the scorer was ignored; only the rest of the answer was rated.");
  }
  if (features.repeatedSentences > 0) {
    flags.push({ code: "repeated-text", message: `${features.repeatedSentences} sentence${features.repeatedSentences === 1 ? " is" : "s are"} repeated word for word; each was read once.`, spans: prepared.analysis.sentences.filter((s) => s.repeated).map((s): Span => [s.start, s.end]) });
  }
  if (redFlags.length > 0) {
    capAt(2);
    flags.push({ code: "contempt-or-blame", message: `The candidate describes ${redFlags.map((r) => r.description.replace(/\.$/, "").toLowerCase()).slice(0, 2).join("; ")}.`, spans: redFlags.map((r) => r.span) });
    reasons.push(`Red flag: ${redFlags[0]?.description.replace(/\.$/, "")} (“${redFlags[0]?.quote}”). A red flag caps the level at 2, however polished the rest.`);
  }
  if (!situational && features.mode === "hypothetical") {
    capAt(2);
    flags.push({ code: "hypothetical-to-behavioural", message: "The question asks for a past example; the answer says what the candidate would do." });
    reasons.push("Says what the candidate would do rather than what they did; a behavioural question needs a real example, so the level is capped at 2.");
  } else if (features.mode === "general" && !(situational && features.generalStatements + features.plannedActions > 0)) {
    // A situational answer may lay out its plan in the present tense ("First I check the order…").
    capAt(2);
    if (features.genericClaims > 0) flags.push({ code: "generic-claims", message: "The answer describes the candidate in general terms instead of telling a specific story." });
    reasons.push("Self-description without a specific story caps the level at 2.");
  }
  if (!situational && features.selfActions === 0 && features.teamActions > 0) {
    capAt(2);
    flags.push({ code: "no-personal-action", message: "Every action is the team's (“we”); the candidate's own part is not described." });
    reasons.push("Only “we” acted: the candidate's own actions are not described, so the level is capped at 2.");
  } else if (!situational && features.selfActions === 0 && features.mode !== "hypothetical") {
    flags.push({ code: "no-personal-action", message: "The answer describes no action the candidate took." });
  }
  if (negated.length > 0 && positives.length === 0) {
    flags.push({ code: "negated-behaviour", message: "The competency's behaviours appear only negated (“I didn't …”).", spans: negated.map((n) => n.span) });
  }
  if (relevance === 0 && fit === 0 && distinctPositive === 0) {
    flags.push({ code: "off-topic", message: "The answer shares no words with the question, the competency or service work; check that it answers the question asked." });
  }

  if (cap < 5) {
    // Mass above the cap is dropped and the rest renormalised: the levels the answer can still reach
    // keep the odds the model gave them.
    const kept = probabilities.map((p, i) => (i < cap ? p : 0));
    const mass = kept.reduce((a, b) => a + b, 0);
    probabilities = mass > 1e-9 ? kept.map((p) => p / mass) : kept.map((_, i) => (i === cap - 1 ? 1 : 0));
  }
  const expected = probabilities.reduce((sum, p, i) => sum + p * (i + 1), 0);
  const best = probabilities.reduce((b, p, i) => (p > (probabilities[b] ?? 0) ? i : b), 0);
  const level = (best + 1) as Level;
  const entropy = -probabilities.reduce((sum, p) => sum + (p > 0 ? p * Math.log(p) : 0), 0) / Math.log(5);
  const amount = Math.min(1, features.words / 60) * (0.5 + starElements / 8);
  const confidence = Math.round((0.65 * (1 - entropy) + 0.35 * amount) * 100) / 100;

  reasons.unshift(...describe(level, features, starElements, distinctPositive, positives, situational));
  return {
    competency: competency.id,
    level,
    score: Math.round(Math.min(Math.max(expected, 1), 5) * 10) / 10,
    confidence,
    probabilities: probabilities.map((p) => Math.round(p * 1000) / 1000),
    star,
    evidence,
    features: Object.fromEntries(MODEL_FEATURES.map((name, i) => [name, Math.round((x[i] ?? 0) * 1000) / 1000])),
    cap,
    flags,
    reasons,
    mode: features.mode,
    questionType,
    scorer,
    versions: { library: VERSION, rubric: ownFramework?.version ?? RUBRIC_VERSION, scorer },
  };
}

function describe(level: Level, f: AnalysisWithText["analysis"]["features"], starElements: number, indicators: number, positives: readonly Evidence[], situational: boolean): string[] {
  const out = [`Level ${level} (${LEVEL_WORDS[level]}).`];
  out.push(
    match(f.mode)
      .with("past-example", () => `Tells a past example with ${f.selfActions} action${f.selfActions === 1 ? "" : "s"} by the candidate${f.teamActions > 0 ? ` and ${f.teamActions} by “we”` : ""}; ${starElements} of 4 STAR elements present.`)
      .with("hypothetical", () => (situational ? `Lays out a plan of ${f.plannedActions} step${f.plannedActions === 1 ? "" : "s"}; ${starElements} of 4 STAR elements present.` : "Answers with what the candidate would do, not with a past example."))
      .with("general", () => "Describes the candidate in general terms; no specific story.")
      .exhaustive(),
  );
  if (positives.length > 0) {
    const shown = [...new Map(positives.map((p) => [p.indicatorId, p])).values()].slice(0, 3);
    out.push(`Shows ${Math.floor(indicators)} of the competency's behaviours: ${shown.map((p) => `${p.description.replace(/\.$/, "").toLowerCase()} (“${p.quote}”)`).join("; ")}.`);
  }
  if (f.outcome) out.push(f.measuredOutcome ? "States a measured outcome." : "States an outcome.");
  else if (f.mode !== "general") out.push("No outcome is stated.");
  if (f.reflection) out.push("Reflects, follows up or prevents a recurrence — what separates 5 from 4.");
  if (f.specifics >= 2) out.push(`Specific: ${f.specifics} concrete details (numbers, times, dates).`);
  return out;
}
