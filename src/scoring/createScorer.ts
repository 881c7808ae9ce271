import { builtInFramework, type Competency, type Framework, type Indicator, type Level, RUBRIC_VERSION, safeGetCompetency } from "../competencies/index.js";
import { fromZodIssues, type Issue, type SafeResult, unwrap } from "../errors.js";
import type { QuestionType } from "../questions/schema.js";
import { VERSION } from "../version.js";
import { applyCaps } from "./caps/capRules.js";
import { actsAsVerb, type ClauseState, classifySentences } from "./clauses/classifyClauses.js";
import { buildLexicons, builtInLexicons } from "./competencyLexicon.js";
import { findIndicatorHits, hitCounts, patternsOf } from "./evidence/findEvidence.js";
import { findJudgments, inOthersView } from "./evidence/judgments.js";
import { describeLevel, explainAgainstRubric } from "./explain/explain.js";
import { sentenceFacts } from "./facts/sentenceFacts.js";
import { questionServes, servesSomeone } from "./facts/served.js";
import { type AnswerAnalysis, answerFeatures } from "./features/answerFeatures.js";
import { MODEL_FEATURES, modelVector } from "./model/features.js";
import { checkLevelModel, type LevelModel } from "./model/levelModel.js";
import { levelProbabilities, type OrdinalModel } from "./model/ordinal.js";
import fitted from "./model/weights.json" with { type: "json" };
import { compileRules, type CompiledRules, LISTED } from "./rules/compile.js";
import { englishRules } from "./rules/english.js";
import type { ReadingRules } from "./rules/schema.js";
import { type AnswerScore, type Evidence, type Flag, type ParsedScoreAnswerInput, ScoreAnswerInput, type Span, type StarElementScore } from "./schema.js";
import { SCHEMA_VERSION } from "../schemaVersion.js";
import type { Scorer } from "./scorerType.js";
import { neutralWord, wordsOf } from "./text/neutral.js";
import { ID_CACHE_BOUND, type Token, withRoomFor } from "./text/nlp.js";
import { type ReadText, readText } from "./text/readText.js";
import { PatternScreen } from "./text/screen.js";
import { buildTopicIndex, stemIdsOf, stemsOf, stemsOfPiece, type TopicIndex, topicFitOfIds } from "./topic/topicRank.js";

/** Answers shorter than this many words give nothing to rate. */
export const MIN_WORDS = 8;

/** The fitted level model shipped with the library. */
export const BUILT_IN_MODEL: LevelModel = checkLevelModel(fitted);

/** The built-in scorer's name and version, recorded in every score it makes: from the model's own id and version. */
export const BUILT_IN_SCORER = `${BUILT_IN_MODEL.id}@${BUILT_IN_MODEL.version}`;

/** Options of {@link createScorer}. */
export interface CreateScorerOptions {
  /** Your own framework (from `defineFramework`); the built-in one by default. */
  readonly framework?: Framework;
  /** A level model of your own (for research); the fitted built-in one by default. */
  readonly model?: LevelModel;
  /** Reading rules of your own; rapport's English rules by default. */
  readonly rules?: ReadingRules;
}

/** The built-in, evidence-first scorer, compiled once for a framework, a model and reading rules. */
export interface BuiltInScorer extends Scorer {
  /** The model it scores with. */
  readonly model: LevelModel;
  /** The framework it scores against. */
  readonly framework: Framework;
  /** Scores one answer without throwing. */
  safeScoreSync(input: ScoreAnswerInput): SafeResult<AnswerScore>;
  /** Scores one answer; throws a `RapportError` naming the field for bad input. */
  scoreSync(input: ScoreAnswerInput): AnswerScore;
  /** Reads an answer: its sentences with STAR roles, and its features. */
  analyze(text: string): AnswerAnalysis;
}

/** What scoring needs of a framework, built once. */
interface Compiled {
  readonly framework: Framework;
  readonly rules: CompiledRules;
  readonly model: LevelModel & OrdinalModel;
  readonly name: string;
  /** Per competency: its behaviours and every red flag. */
  readonly indicators: Map<string, readonly Indicator[]>;
  readonly about: ReadonlyMap<string, { readonly competency: string; readonly description: string }>;
  /** Ids of the reading rules' universal red flags. */
  readonly universal: ReadonlySet<string>;
  readonly lexicons: ReadonlyMap<string, ReadonlySet<string>>;
  readonly topic: () => TopicIndex;
  /**
   * The stems of a token's neutral form as the topic index numbers them, by the token's id (`ReadText.ids`, a function of
   * its spelling): 0 not yet known, 1 no stem, 2 + the stem's number for one stem.
   */
  stemsById: Int32Array;
  /** The same for a token with several stems, no id or an id past the bound, by the token as written. */
  readonly stems: Map<string, readonly number[]>;
  /** The patterns scoring runs for a competency (cues, its behaviours, red flags), indexed to tell quickly which can match an answer. */
  readonly screen: (competency: string | undefined) => PatternScreen;
}

function compile(options: CreateScorerOptions): Compiled {
  const framework = options.framework ?? builtInFramework;
  const rules = compileRules(options.rules ?? englishRules);
  const model = checkLevelModel(options.model ?? BUILT_IN_MODEL);
  const about = new Map<string, { competency: string; description: string }>();
  for (const c of framework.competencies) for (const i of c.indicators) about.set(i.id, { competency: c.id, description: i.description });
  for (const i of [...rules.redFlags, rules.judgments]) about.set(i.id, { competency: "", description: i.description });
  // A competency's own red flags count against it; the reading rules' universal ones count against every competency.
  const indicators = new Map(framework.competencies.map((c) => [c.id, [...c.indicators, ...rules.redFlags] as readonly Indicator[]]));
  const universal = new Set([...rules.redFlags.map((f) => f.id), rules.judgments.id]);
  let topic: TopicIndex | undefined;
  return {
    framework, rules, model, name: `${model.id}@${model.version}`, indicators, about, universal,
    lexicons: framework === builtInFramework ? builtInLexicons() : buildLexicons(framework),
    topic: () => (topic ??= buildTopicIndex(framework)),
    stems: new Map(),
    stemsById: new Int32Array(1 << 16),
    screen: screensOf(rules, indicators, universal),
  };
}

/**
 * Per competency (and for reading alone), an index of the patterns scoring runs, made on first use: the competency's
 * own indicators, added to one index of what every competency runs (the cues and the red flags). Most needles are the
 * shared ones: kept once, they stay in the processor's cache from one competency's answer to the next.
 */
function screensOf(rules: CompiledRules, indicators: ReadonlyMap<string, readonly Indicator[]>, universal: ReadonlySet<string>): (competency: string | undefined) => PatternScreen {
  const screens = new Map<string, PatternScreen>();
  let sample: string | undefined;
  let shared: PatternScreen | undefined;
  return (competency) => {
    const key = competency ?? "";
    let screen = screens.get(key);
    if (screen === undefined) {
      // The indicators' own examples (each once) tell which runs of letters are common in answers ("cust" is).
      sample ??= [...new Set([...indicators.values()].flat())].flatMap((i) => [...i.examples, ...i.nonExamples]).join("\n");
      shared ??= new PatternScreen([...Object.values(rules.cues), ...rules.redFlags.map(patternsOf)], sample);
      const own = (indicators.get(key) ?? []).filter((i) => !universal.has(i.id));
      screen = own.length === 0 ? shared : new PatternScreen(own.map(patternsOf), sample, shared);
      screens.set(key, screen);
    }
    return screen;
  };
}

/** Stages 1-4: read the text, classify clauses, read each sentence, add up the features. */
function analyzeWith(c: Compiled, text: string, competency?: string): { read: ReadText; clauses: ClauseState[][]; analysis: AnswerAnalysis; negated: readonly number[]; owning: readonly number[]; changed: readonly number[] } {
  const read = readText(text, c.rules, c.screen(competency));
  const clauses = classifySentences(read.parsed, c.rules, read.lists);
  const seen = new Set<string>();
  const facts = read.neutral.map((n, i) => {
    const key = wordsOf(n.text);
    const repeated = key !== "" && seen.has(key) && key.split(" ").length >= 4;
    seen.add(key);
    return sentenceFacts(read, i, clauses[i] ?? [], c.rules, repeated);
  });
  const { sentences, features } = answerFeatures(text, facts);
  // Per token, 1 where a clause negates it (a plain array: a typed array this long is allocated outside the heap, slowly).
  const negated: number[] = new Array<number>(read.parsed.tokens.length).fill(0);
  for (const f of facts) for (const t of f.negatedTokens) negated[t] = 1;
  const owning = facts.flatMap((f, i) => (f.owning ? [i] : []));
  const changed = facts.flatMap((f, i) => (f.reflection ? [i] : []));
  return { read, clauses, analysis: { text, sentences, features }, negated, owning, changed };
}

/** Per sentence, the first token where the candidate (or the team) denies something ("I did not listen to her", not "she didn't have the money"), or -1. */
function deniedFrom(a: Analyzed): number[] {
  return a.clauses.map((states, i) => {
    const k = states.findIndex((s) => s.negated && s.actor !== "other");
    return k === -1 ? -1 : (a.read.parsed.sentences[i]?.firstToken ?? 0) + k;
  });
}

type Analyzed = ReturnType<typeof analyzeWith>;

const EMPTY: StarElementScore = { present: false, spans: [] };

function starOf(a: Analyzed, situational: boolean): AnswerScore["star"] {
  const scored = a.analysis.sentences.filter((s) => !s.instruction && !s.repeated);
  const element = (pick: (s: (typeof scored)[number]) => boolean): StarElementScore => {
    const spans = scored.filter(pick).map((s): Span => [s.start, s.end]);
    return { present: spans.length > 0, spans };
  };
  return {
    situation: element((s) => s.roles.includes("situation")),
    task: element((s) => s.roles.includes("task")),
    // For a situational question, the steps of the candidate's plan (or a story, if they told one).
    action: element((s) => s.roles.includes("action") || (situational && s.plannedActions > 0)),
    result: element((s) => s.roles.includes("result")),
  };
}

/** The first token of sentence `sentence` at or after character `start`, and the sentence's range. */
function tokenFrom(a: Analyzed, sentence: number, start: number): { t: number; firstToken: number } | undefined {
  const range = a.read.parsed.sentences[sentence];
  if (range === undefined) return undefined;
  const { tokens } = a.read.parsed;
  let t = range.firstToken;
  while (t < range.endToken && (tokens[t]?.start ?? 0) < start) t++;
  return { t, firstToken: range.firstToken };
}

/**
 * Whether the words at token `t` are a temptation or an aim told, not a deed: after a word of intent or of temptation
 * and "to", past any adverbs ("when I'm tired I want to skip some steps", "it was tempting to just do it", "I know the
 * pull to carry it into the next call").
 */
function toldAsTemptation(a: Analyzed, rules: CompiledRules, t: number, firstToken: number): boolean {
  const { tokens } = a.read.parsed;
  let k = t - 1;
  while (k > firstToken && tokens[k]?.pos === "ADV") k--;
  const before = tokens[k - 1];
  return tokens[k]?.lemma === "to" && before !== undefined && (rules.intent.has(before.lemma) || rules.temptations.has(before.lemma) || rules.temptations.has(before.value.toLowerCase()));
}

/**
 * Whether the words at token `t` name a tendency of the candidate's, not a deed: a verb of state after "can", past any
 * adverbs, with its state ("I know I can get a bit defensive, so I'd take a breath", "I can be short when I'm tired").
 * Self-knowledge, told to say how it is kept in check. "I can tell them to ring back" is a step ("tell" is no verb of
 * state), and so is "I can get them off the phone" or "get rid of them" (no state follows).
 */
function toldAsTendency(a: Analyzed, rules: CompiledRules, t: number, firstToken: number): boolean {
  const { tokens } = a.read.parsed;
  const verb = tokens[t];
  if (verb === undefined || !rules.tendencies.has(verb.lemma)) return false;
  let k = t - 1;
  while (k > firstToken && tokens[k]?.pos === "ADV") k--;
  if (k < firstToken || tokens[k]?.lemma !== "can") return false;
  let n = t + 1;
  // Past what stands between a verb of being and a word said of someone ("a bit", "quite", "so"), as the judgments read it.
  while (tokens[n] !== undefined && (tokens[n]?.pos === "ADV" || rules.judgments.between.has(tokens[n]?.lemma ?? ""))) n++;
  const state = tokens[n];
  return state !== undefined && state.lemma !== "rid" && (state.pos === "ADJ" || (state.pos === "VERB" && /(?:ed|en)$/.test(state.value.toLowerCase())));
}

/** How far back from a judgment "without" is looked for: a clause's length, about. */
const WITHOUT_REACH = 12;

/**
 * Whether a judgment sits under "without" and a verb in "-ing" in its part of the sentence ("I went through it without
 * sounding like I thought the person was stupid"): the candidate says how they did not come across. The clause reader
 * denies the acts after "without" in its own clause ("without talking down to him"), but not a clause with a subject of
 * its own within it; a judgment is the candidate's view, so it is read up to the part's end (punctuation or a
 * conjunction).
 */
function judgedWithout(a: Analyzed, hit: { sentence: number; start: number }): boolean {
  const at = tokenFrom(a, hit.sentence, hit.start);
  if (at === undefined) return false;
  const { tokens } = a.read.parsed;
  for (let k = at.t - 1; k >= at.firstToken && k >= at.t - WITHOUT_REACH; k--) {
    const token = tokens[k] as Token;
    if (token.pos === "PUNCT" || token.pos === "CCONJ") return false;
    // "Without": a negation that is a preposition, as the clause reader reads it.
    if (token.pos !== "ADP" || ((a.read.lists[k] as number) & LISTED.negations) === 0) continue;
    let n = k + 1;
    while (tokens[n]?.pos === "ADV") n++;
    return /ing$/i.test(tokens[n]?.value ?? "");
  }
  return false;
}

/**
 * Whether a red flag at token `t` is denied with "not just" ("I wouldn't just let the call-backs slide"): of a good act
 * "I didn't just apologise" tells it done and more, of a lapse that it was not left at that.
 */
function deniedAsNotJust(a: Analyzed, rules: CompiledRules, t: number, firstToken: number): boolean {
  const { tokens } = a.read.parsed;
  const just = tokens[t - 1];
  const denial = tokens[t - 2];
  return t - 2 >= firstToken && just !== undefined && denial !== undefined && rules.notOnly.has(just.lemma) && (denial.lemma === "not" || denial.lemma === "n't" || denial.lemma === "never");
}

/** Whether a place in a sentence is no step of a plan: it follows an "if", "unless" or "otherwise" within a few words, a condition, or a temptation told. */
function notAPlanStep(a: Analyzed, rules: CompiledRules, sentence: number, start: number): boolean {
  const at = tokenFrom(a, sentence, start);
  if (at === undefined) return false;
  const { tokens } = a.read.parsed;
  // "If I lost my temper…", "unless…", "otherwise I'd take it out on them": what would happen, named to avoid it.
  for (let k = Math.max(at.firstToken, at.t - 6); k < at.t; k++) if (tokens[k]?.lemma === "if" || tokens[k]?.lemma === "unless" || tokens[k]?.lemma === "otherwise") return true;
  return toldAsTemptation(a, rules, at.t, at.firstToken);
}

/** Whether a span of the answer holds a verb: a deed is told with one ("zero missed call-backs" tells none). */
function holdsVerb(a: Analyzed, from: number, start: number, end: number): boolean {
  const { tokens } = a.read.parsed;
  for (let t = from; t < tokens.length && (tokens[t] as Token).start < end; t++) {
    const token = tokens[t] as Token;
    if (token.end > start && (token.pos === "AUX" || actsAsVerb(tokens, t, tokens.length))) return true;
  }
  return false;
}

/**
 * Whether a red flag that is a deed is no deed of the candidate's: one of the competency's told with no verb (its
 * patterns start at the verb), a temptation or a tendency told, a lapse denied with "not just", or one owned and mended.
 */
function noLapse(a: Analyzed, rules: CompiledRules, hit: { sentence: number; start: number; end: number }, universal: boolean): boolean {
  const at = tokenFrom(a, hit.sentence, hit.start);
  if (at === undefined) return false;
  return (!universal && !holdsVerb(a, at.t, hit.start, hit.end)) || toldAsTemptation(a, rules, at.t, at.firstToken) || toldAsTendency(a, rules, at.t, at.firstToken) || deniedAsNotJust(a, rules, at.t, at.firstToken) || ownedAndMended(a, hit.sentence);
}

/**
 * Whether the candidate owns a red flag's lapse as one and puts it right: from its sentence on they say so ("sorry, that
 * came out wrong", "it was my mistake"), and act after it. "I got defensive… So I said, 'Sorry, I got a bit sharp
 * there', and went and got the pharmacist" is a lapse owned and mended, not counter-evidence; so is one after which
 * the candidate tells how they changed what they do ("I was missing my callbacks… So I started blocking fifteen
 * minutes for them… Now I check my list every day"). A judgment of the customer
 * is never owned this way.
 */
function ownedAndMended(a: Analyzed, sentence: number): boolean {
  return (a.owning.some((k) => k >= sentence) || a.changed.some((k) => k > sentence)) && a.analysis.sentences.some((s, k) => k > sentence && s.ownActions > 0);
}

/** Stage 5: the competency's behaviours and every red flag, in the sentences scoring reads; then the story's own quotes. */
function evidenceOf(c: Compiled, a: Analyzed, competency: Competency, star: AnswerScore["star"], situational: boolean): Evidence[] {
  const scored: number[] = [];
  a.analysis.sentences.forEach((s, i) => {
    if (!s.instruction && !s.repeated) scored.push(i);
  });
  const hits = [...findIndicatorHits(a.read, a.clauses, c.indicators.get(competency.id) ?? [], scored), ...findJudgments(a.read, a.clauses, c.rules, scored)];
  hits.sort((x, y) => x.start - y.start || x.indicatorId.localeCompare(y.indicatorId));
  const evidence: Evidence[] = hits.map((hit) => {
    const universal = c.universal.has(hit.indicatorId);
    // A red flag of the competency's is a deed, like a universal one that does not judge: done, or a step of the plan
    // asked for ("I'd tell them it's policy and move on to the next call").
    const judges = universal && c.rules.whoever.has(hit.indicatorId);
    const deed = hit.kind === "red-flag" && !judges;
    const counts = universal || hit.kind === "red-flag" ? hitCounts(hit, situational, judges, notAPlanStep(a, c.rules, hit.sentence, hit.start)) : hitCounts(hit, situational, undefined);
    const counted = counts && !(deed && noLapse(a, c.rules, hit, universal)) && !(judges && (inOthersView(a.read, a.clauses, c.rules, hit) || judgedWithout(a, hit)));
    return {
      indicatorId: hit.indicatorId, competency: c.about.get(hit.indicatorId)?.competency || competency.id, kind: hit.kind,
      description: c.about.get(hit.indicatorId)?.description ?? hit.indicatorId, span: [hit.start, hit.end],
      quote: hit.quote, mode: situational && hit.mode === "hypothetical" ? "planned" : hit.mode, counted,
    };
  });
  const byStart = new Map(a.analysis.sentences.map((s) => [s.start, s]));
  const story = (spans: readonly Span[], id: string, description: string, limit: number): Evidence[] =>
    spans.slice(0, limit).map((span) => {
      const s = byStart.get(span[0]);
      const team = (s?.ownActions ?? 1) === 0 && (s?.teamActions ?? 0) > 0;
      return { indicatorId: id, competency: competency.id, kind: "positive", description: team ? "What the team (“we”) did." : description, span, quote: a.read.text.slice(span[0], span[1]), mode: team ? "team" : situational ? "planned" : "performed", counted: true };
    });
  return [
    ...evidence,
    ...story(star.action.spans, "star-action", situational ? "A step of the candidate's plan." : "What the candidate did.", 2),
    ...story(star.result.spans, "star-result", "How it turned out, or what the candidate did to follow up.", 1),
  ];
}

/** The stems of the words scoring reads, in their neutral reading (names and gendered words neutral), leaving out what is negated. */
function readStems(c: Compiled, a: Analyzed): number[] {
  const stems: number[] = [];
  const index = c.topic();
  const { tokens } = a.read.parsed;
  a.analysis.sentences.forEach((sentence, s) => {
    const neutral = a.read.neutral[s];
    if (sentence.instruction || sentence.repeated || neutral === undefined) return;
    // A denial adds nothing to what the answer is about: from a negation on, the sentence is left out.
    const { offsets, firstToken, text } = neutral;
    for (let k = 0; k < offsets.length; k++) {
      const token = tokens[firstToken + k];
      if (token === undefined || a.negated[firstToken + k] === 1 || ((a.read.lists[firstToken + k] as number) & LISTED.negations) !== 0) return;
      // "her" reads as "their" or "them" by what follows; every other token's neutral form is its own.
      if (token.value.length === 3 && token.value.toLowerCase() === "her") {
        for (const id of stemIdsOf(index, stemsOfPiece(text.slice(offsets[k], offsets[k + 1] ?? text.length)))) stems.push(id);
        continue;
      }
      const id = a.read.ids[firstToken + k] ?? -1;
      const known = id >= 0 && id < c.stemsById.length ? (c.stemsById[id] as number) : 0;
      if (known >= 2) stems.push(known - 2);
      else if (known === 0) for (const stem of neutralStems(c, token.value, id)) stems.push(stem);
    }
  });
  return stems;
}

/**
 * The stems of a token's neutral form, as the topic index numbers them, found once: one stem or none is kept by the
 * token's id (what `readStems` looks up first), several by the token as written.
 */
function neutralStems(c: Compiled, value: string, id: number): readonly number[] {
  let found = c.stems.get(value);
  if (found !== undefined) return found;
  found = stemIdsOf(c.topic(), stemsOfPiece(neutralWord(value.toLowerCase(), c.rules)));
  if (id >= 0 && id < ID_CACHE_BOUND && found.length <= 1) {
    c.stemsById = withRoomFor(c.stemsById, id);
    c.stemsById[id] = found.length === 0 ? 1 : 2 + (found[0] as number);
  } else {
    if (c.stems.size >= 50_000) c.stems.clear();
    c.stems.set(value, found);
  }
  return found;
}

// Bulk runs ask the same questions over and over: keep the last few questions' stems.
const asking = new Map<string, ReadonlySet<string>>();
function questionStems(question: string): ReadonlySet<string> {
  let found = asking.get(question);
  if (found === undefined) {
    found = new Set(stemsOf(question));
    if (asking.size >= 512) asking.delete(asking.keys().next().value as string);
    asking.set(question, found);
  }
  return found;
}

/** Overlap with a service context and with the question asked, 0-1. */
function relevanceOf(c: Compiled, a: Analyzed, question: string | undefined): number {
  const lemmas = new Set<string>();
  a.read.parsed.tokens.forEach((t, i) => {
    if (t.type === "word" && !t.stop && a.negated[i] !== 1) lemmas.add(t.lemma);
  });
  if (lemmas.size === 0) return 0;
  let service = 0;
  for (const lemma of lemmas) if (c.rules.serviceContext.has(lemma)) service++;
  let overlap = 0;
  if (question !== undefined && question.trim() !== "") {
    const asked = questionStems(question);
    for (const lemma of lemmas) if (asked.has(lemma)) overlap++;
  }
  return Math.min(1, (service + overlap) / 4);
}

/** Distinct words of the competency's own in the sentences where the candidate acts (or plans). */
function fitOf(c: Compiled, a: Analyzed, competency: string, situational: boolean): number {
  const lexicon = c.lexicons.get(competency) ?? new Set<string>();
  const { tokens, sentences } = a.read.parsed;
  const seen = new Set<string>();
  a.analysis.sentences.forEach((sentence, s) => {
    if (sentence.instruction || sentence.repeated || !(sentence.roles.includes("action") || (situational && sentence.role === "none"))) return;
    const range = sentences[s];
    if (range === undefined) return;
    for (let t = range.firstToken; t < range.endToken; t++) {
      const lemma = tokens[t]?.lemma ?? "";
      if (a.negated[t] !== 1 && lexicon.has(lemma)) seen.add(lemma);
    }
  });
  return seen.size;
}

/** Stage 7: the level model's probabilities, capped; the level, the expected score and the confidence. */
function calibrate(model: OrdinalModel, x: readonly number[], cap: Level, words: number, starElements: number) {
  let probabilities = levelProbabilities(model, x);
  if (cap < 5) {
    // Mass above the cap is dropped and the rest renormalised: the levels the answer can still reach keep their odds.
    const kept = probabilities.map((p, i) => (i < cap ? p : 0));
    const mass = kept.reduce((sum, p) => sum + p, 0);
    probabilities = mass > 1e-9 ? kept.map((p) => p / mass) : kept.map((_, i) => (i === cap - 1 ? 1 : 0));
  }
  const expected = probabilities.reduce((sum, p, i) => sum + p * (i + 1), 0);
  const best = probabilities.reduce((b, p, i) => (p > (probabilities[b] ?? 0) ? i : b), 0);
  const entropy = -probabilities.reduce((sum, p) => sum + (p > 0 ? p * Math.log(p) : 0), 0) / Math.log(5);
  const amount = Math.min(1, words / 60) * (0.5 + starElements / 8);
  return {
    level: (best + 1) as Level,
    score: Math.round(Math.min(Math.max(expected, 1), 5) * 10) / 10,
    confidence: Math.round((0.65 * (1 - entropy) + 0.35 * amount) * 100) / 100,
    probabilities: probabilities.map((p) => Math.round(p * 1000) / 1000),
  };
}

function versionsOf(c: Compiled): AnswerScore["versions"] {
  return { library: VERSION, rubric: c.framework === builtInFramework ? RUBRIC_VERSION : c.framework.version, scorer: c.name };
}

function ids(input: ParsedScoreAnswerInput): Pick<AnswerScore, "answerId" | "questionId"> {
  return { ...(input.answerId !== undefined ? { answerId: input.answerId } : {}), ...(input.questionId !== undefined ? { questionId: input.questionId } : {}) };
}

function insufficient(c: Compiled, competency: Competency, input: ParsedScoreAnswerInput, a: Analyzed | undefined, flag: Flag, reason: string): AnswerScore {
  const questionType: QuestionType = input.questionType ?? "behavioural";
  return {
    schemaVersion: SCHEMA_VERSION, ...ids(input), competency: competency.id, level: "insufficient-evidence", score: null, confidence: 0, probabilities: [0, 0, 0, 0, 0],
    star: a ? starOf(a, questionType === "situational") : { situation: EMPTY, task: EMPTY, action: EMPTY, result: EMPTY },
    evidence: [], features: {}, cap: 5, flags: [flag], reasons: [reason], rubric: { meets: [], anchors: [], next: null },
    mode: a?.analysis.features.mode ?? "general", questionType, scorer: c.name, versions: versionsOf(c),
  };
}

/** The model's inputs by name, rounded to three places. */
function featureRecord(x: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < MODEL_FEATURES.length; i++) out[MODEL_FEATURES[i] as string] = Math.round((x[i] ?? 0) * 1000) / 1000;
  return out;
}

/**
 * How many runs of non-space characters the answer holds (what splitting the trimmed answer at white space counts), up
 * to `enough`: the check only needs to know whether there are that many, so a long answer is not read to its end.
 */
function wordsIn(text: string, enough: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < enough; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || (code > 127 && (text[i] as string).trim() === "");
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Stages 1-8 for one answer of a known competency. */
function scoreWith(c: Compiled, competency: Competency, input: ParsedScoreAnswerInput): AnswerScore {
  const questionType: QuestionType = input.questionType ?? "behavioural";
  const situational = questionType === "situational";
  const wordCount = wordsIn(input.answer, MIN_WORDS);
  if (wordCount < MIN_WORDS) {
    return insufficient(c, competency, input, undefined, { code: "too-short", message: `The answer has ${wordCount} word${wordCount === 1 ? "" : "s"}; at least ${MIN_WORDS} are needed to rate it.` }, "Too short to rate: there is no behaviour to judge.");
  }
  const a = analyzeWith(c, input.answer, competency.id);
  const { features } = a.analysis;
  if (features.language === "other") {
    return insufficient(c, competency, input, a, { code: "non-english", message: "The answer does not appear to be in English; rapport's scorer reads English only." }, "Not scored: the answer is not in English. Have it rated by an interviewer who reads the language.");
  }
  const star = starOf(a, situational);
  const starElements = [star.situation, star.task, star.action, star.result].filter((e) => e.present).length;
  const evidence = evidenceOf(c, a, competency, star, situational);
  const positives = evidence.filter((e) => e.kind === "positive" && e.counted && !e.indicatorId.startsWith("star-"));
  const redFlags = evidence.filter((e) => e.kind === "red-flag" && e.counted);
  const negated = evidence.filter((e) => e.kind === "positive" && e.mode === "negated");
  const indicators = new Set(positives.filter((e) => e.mode !== "team").map((e) => e.indicatorId)).size + 0.5 * new Set(positives.filter((e) => e.mode === "team").map((e) => e.indicatorId)).size;
  const topic = topicFitOfIds(c.topic(), competency.id, readStems(c, a), input.question);
  const relevance = relevanceOf(c, a, input.question);
  const x = modelVector({ features, starElements, indicators, situational, relevance, fit: fitOf(c, a, competency.id, situational), topic: topic.rank, redFlag: redFlags.length > 0 });
  const caps = applyCaps({ features, sentences: a.analysis.sentences, situational, redFlags, positives, negated, topic, relevance, served: !questionServes(input.question, c.rules) || servesSomeone(a.read.parsed, c.rules, deniedFrom(a)) });
  const calibrated = calibrate(c.model, x, caps.cap, features.words, starElements);
  const explainInput = { competency, level: calibrated.level, cap: caps.cap, features, starElements, situational, evidence, onTopic: !caps.flags.some((f) => f.code === "off-topic"), capReasons: caps.reasons };
  const rubric = explainAgainstRubric(explainInput);
  return {
    schemaVersion: SCHEMA_VERSION, ...ids(input), competency: competency.id, ...calibrated, star, evidence,
    features: featureRecord(x),
    cap: caps.cap, flags: caps.flags, reasons: describeLevel(explainInput, rubric), rubric, mode: features.mode, questionType, scorer: c.name, versions: versionsOf(c),
  };
}

/**
 * Creates the built-in, evidence-first scorer for a framework, a level model and reading rules, compiling what it
 * needs once: the rules, each competency's indicators, the competencies' own words and the topic index. The scorer's
 * name comes from the model (`id@version`), so the same model gives the same name in every thread.
 *
 * @param options - framework, model and reading rules (all optional)
 * @returns the scorer
 * @throws {RapportError} when the model or the rules are malformed, naming the field
 * @example
 * ```ts
 * import { BUILT_IN_SCORER, createScorer, englishRules } from "rapport";
 *
 * const scorer = createScorer({ rules: englishRules }); // a framework, model and rules of your own, or the built-in ones
 * scorer.name === BUILT_IN_SCORER; //=> true
 * scorer.scoreSync({ competency: "patience", answer: "I am a very patient person and I always stay calm." }).cap; //=> 2
 * ```
 */
export function createScorer(options: CreateScorerOptions = {}): BuiltInScorer {
  const c = compile(options);
  const safeScoreSync = (input: ScoreAnswerInput): SafeResult<AnswerScore> => {
    const parsed = ScoreAnswerInput.safeParse(input);
    if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) as [Issue, ...Issue[]] };
    const found = safeGetCompetency(parsed.data.competency, { framework: c.framework });
    if (!found.success) return { success: false, issues: found.issues.map((i): Issue => ({ ...i, path: ["competency"] })) as unknown as [Issue, ...Issue[]] };
    return { success: true, data: scoreWith(c, found.data, parsed.data) };
  };
  return {
    name: c.name,
    model: c.model,
    framework: c.framework,
    safeScoreSync,
    scoreSync: (input) => unwrap(safeScoreSync(input)),
    score: (input) => Promise.resolve(unwrap(safeScoreSync(input))),
    analyze: (text) => analyzeWith(c, text).analysis,
  };
}
