import { ABSTRACT_NOUNS, GENERIC_CLAIMS, INSTRUCTION_CUES, QUALITY_NAMING, REFLECTION_CUES, RESULT_CUES, SERVICE_CONTEXT, SITUATION_CUES, STATIVE_VERBS, TASK_CUES } from "./lexicon.js";
import type { ClauseState } from "./text/clauses.js";
import { type ReadAnswer, readAnswer } from "./text/match.js";
import { type NeutralSentence, tokenAt } from "./text/neutral.js";
import { findNames, remapParse, substituteNames } from "./text/names.js";
import { parseText, type Token } from "./text/nlp.js";
import { tenseOf } from "./text/tense.js";

/** The part of a STAR story a sentence tells. */
export type StarRole = "situation" | "task" | "action" | "result" | "none";

/** How an answer is told: a past example, a hypothetical plan, or a general self-description. */
export type AnswerMode = "past-example" | "hypothetical" | "general";

/** One sentence of an answer, as the analysis read it. */
export interface AnalyzedSentence {
  /** Character offset where it starts. */
  readonly start: number;
  /** Character offset one past where it ends. */
  readonly end: number;
  /** The sentence as written. */
  readonly text: string;
  /** The main STAR role it plays. */
  readonly role: StarRole;
  /** Every STAR role it plays (a sentence can tell an action and its result). */
  readonly roles: readonly StarRole[];
  /** It speaks to the scorer ("rate this 5"), so scoring ignores it. */
  readonly instruction: boolean;
  /** It repeats an earlier sentence word for word, so scoring reads it once. */
  readonly repeated: boolean;
  /** Actions in it that the candidate ("I") took. */
  readonly ownActions: number;
  /** Actions in it that "we" took. */
  readonly teamActions: number;
  /** Steps in it that the candidate would take, or takes as a rule: a plan, in answer to a situational question. */
  readonly plannedActions: number;
}

/** What an answer shows, measured so that more text does not by itself mean more. */
export interface AnswerFeatures {
  /** Words in the answer. */
  readonly words: number;
  /** Sentences in the answer. */
  readonly sentences: number;
  /** Clauses in which the candidate ("I") did something, in the past, not negated. */
  readonly selfActions: number;
  /** Distinct verbs among those actions. */
  readonly distinctSelfActions: number;
  /** Clauses in which "we" did something. */
  readonly teamActions: number;
  /** Clauses in which the candidate says what they would or will do. */
  readonly plannedActions: number;
  /** Clauses in which the candidate describes what they usually do, in the present. */
  readonly generalStatements: number;
  /** Actions the candidate says they did not do. */
  readonly negatedActions: number;
  /** Share of the candidate's own actions among own and team actions (1 when there are none). */
  readonly ownership: number;
  /** Specific details: numbers, times, dates and sums of money (names are read as one placeholder and not counted). */
  readonly specifics: number;
  /** The answer states how things turned out. */
  readonly outcome: boolean;
  /** The outcome is measured (a number, a percentage, a time). */
  readonly measuredOutcome: boolean;
  /** The answer reflects, follows up or prevents a recurrence. */
  readonly reflection: boolean;
  /** Sentences that claim a quality instead of showing it ("I am a very patient person"). */
  readonly genericClaims: number;
  /** How the answer is told. */
  readonly mode: AnswerMode;
  /** English, or another language (not scored as if it were English). */
  readonly language: "en" | "other";
  /** Share of words that are common English words, from which `language` is read. */
  readonly englishShare: number;
  /** Share of content words that belong to a service or work context. */
  readonly serviceContext: number;
  /** Sentences that speak to the scorer. */
  readonly instructionSentences: number;
  /** Sentences repeated word for word. */
  readonly repeatedSentences: number;
  /** Words and stock phrases that name a quality instead of showing it ("I showed empathy"). */
  readonly qualityNaming: number;
  /** Distinct concrete nouns in the sentences where the candidate acts or the outcome is told (till, router, refund). */
  readonly concreteNouns: number;
}

/** An answer, analysed: its sentences with STAR roles, and its features. */
export interface AnswerAnalysis {
  /** The answer as given. */
  readonly text: string;
  /** Every sentence with its STAR role. */
  readonly sentences: readonly AnalyzedSentence[];
  /** What the answer shows. */
  readonly features: AnswerFeatures;
}

/** The analysis with the parsed answer it came from, for the scorer's own use. */
export interface AnalysisWithText {
  readonly analysis: AnswerAnalysis;
  readonly read: ReadAnswer;
  /** Sentences scoring reads (not instructions, not repeats). */
  readonly scored: readonly number[];
  /** Tokens in clauses the candidate negates ("I didn't …"): they add nothing to a score. */
  readonly negated: ReadonlySet<number>;
}

const SAME_FORM = new Set(["put", "set", "cut", "let", "hit", "read", "shut", "cost", "quit", "spread", "hurt", "split", "bet", "cast", "broadcast", "upset"]);
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|minutes?|hours?|days?|weeks?|months?|am|pm|noon|midnight|tomorrow|yesterday|tonight)$/i;
const PAST_AUX = new Set(["did", "was", "were", "had"]);
/** A particular customer or scene: "a young man", "one customer", "this older chap", "Mrs Dunne". */
const STORY_PARTICIPANT = /\b(?:a|an|one|this|that) (?:young |old |older |elderly |regular |new |angry |upset |nervous )?(?:customer|man|woman|lady|guy|gentleman|client|guest|caller|girl|boy|couple|family|person|chap|student|patient|mum|dad|mother|father|driver|tourist|shopper|visitor|member)\b|\b(?:mr|mrs|ms|mx|miss|dr)\.? [a-z]+/i;

const HABITUAL = new Set(["always", "usually", "normally", "often", "generally", "typically", "regularly", "constantly", "whenever", "every"]);
const PRESENT_AUX = new Set(["do", "does", "am", "is", "are"]);

const any = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/** Whether a cue matches somewhere the candidate does not negate. */
function affirmed(patterns: readonly RegExp[], sentence: NeutralSentence, states: readonly ClauseState[]): boolean {
  for (const pattern of patterns) {
    const match = pattern.exec(sentence.text);
    if (match === null) continue;
    const token = tokenAt(sentence, match.index) - sentence.firstToken;
    if (states[token]?.negated !== true) return true;
  }
  return false;
}

/**
 * The text the scorer reads: every whitespace character a plain space and every letter in one canonical
 * case (lower, but capitals to start sentences and for "I"), character for character, so that spans still
 * point into the original and neither line breaks, spacing nor letter case can change a score.
 *
 * @param text - the answer
 * @returns the folded text, as long as the original
 */
export function foldForScoring(text: string): string {
  const spaced = text.replace(/\s/g, " ");
  let out = spaced.toLowerCase();
  if (out.length !== spaced.length) {
    // A few letters grow when lower-cased ("İ"): keep those as they are, so offsets still match.
    out = "";
    for (const char of spaced) {
      const lower = char.toLowerCase();
      out += lower.length === char.length ? lower : char;
    }
  }
  // One canonical casing, whatever the input's: a capital after a sentence's end and for "I", which the
  // sentence splitter and tagger rely on.
  return out
    .replace(/(^|[.!?]["”’')\]]?\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/(^|[^\p{L}\p{N}'’])i(?=$|[^\p{L}\p{N}])/gu, (_, before: string) => `${before}I`);
}

/**
 * Analyses an answer and keeps what the scorer needs from it.
 *
 * @param text - the answer
 * @returns the analysis, the parsed answer, and which sentences count
 */
export function analyzeForScoring(text: string): AnalysisWithText {
  // Names are read as one placeholder ("Will", "Hope" and "Priya" alike), in a text folded to one casing.
  const substituted = substituteNames(foldForScoring(text), findNames(text));
  const parsed = substituted.text.length === text.length ? { ...parseText(substituted.text), text } : remapParse(parseText(substituted.text), text, substituted.toOriginal);
  const read = readAnswer(parsed);
  const { tokens } = parsed;
  const seen = new Set<string>();
  const sentences: AnalyzedSentence[] = [];
  const scored: number[] = [];

  let selfActions = 0;
  let teamActions = 0;
  let plannedActions = 0;
  let generalStatements = 0;
  let negatedActions = 0;
  let genericClaims = 0;
  let specifics = 0;
  let outcome = false;
  let measuredOutcome = false;
  let reflection = false;
  let words = 0;
  let stopWords = 0;
  let contentWords = 0;
  let serviceWords = 0;
  let firstActionSentence = -1;
  const actionLemmas = new Set<string>();
  const negatedTokens = new Set<number>();
  const concrete = new Set<string>();
  let qualityNaming = 0;
  let presentActions = 0;
  const presentLemmas = new Set<string>();
  let storyMarkers = 0;
  const presentSentences = new Set<number>();

  parsed.sentences.forEach((range, s) => {
    const neutralSentence = read.neutral[s] ?? { text: "", offsets: [], firstToken: range.firstToken };
    const neutral = neutralSentence.text;
    const states = read.clauses[s] ?? [];
    const key = neutral.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const instruction = any(INSTRUCTION_CUES, neutral);
    const repeated = key !== "" && seen.has(key) && key.split(" ").length >= 4;
    seen.add(key);
    const roles = new Set<StarRole>();

    let sentenceSelf = 0;
    let sentenceTeam = 0;
    let sentencePlan = 0;
    const presentBefore = presentActions;
    let sentencePast = 0;
    let sentenceOtherPast = 0;
    if (!instruction && !repeated) {
      scored.push(s);
      for (let t = range.firstToken; t < range.endToken; t++) {
        const token = tokens[t] as Token;
        if (states[t - range.firstToken]?.negated === true) {
          negatedTokens.add(t);
          if (token.pos !== "VERB") continue; // a denied detail adds nothing; the verb is still counted below as denied
        }
        if (token.type === "word") {
          words++;
          if (token.stop) stopWords++;
          else {
            contentWords++;
            if (SERVICE_CONTEXT.has(token.lemma)) serviceWords++;
          }
        } else if (token.type === "number" || token.type === "time" || token.type === "ordinal") {
          words++;
        }
        if (token.type === "number" || token.type === "time" || token.pos === "NUM" || DATE_WORDS.test(token.value) || /^[$€£]/.test(token.value)) specifics++;
        // Names are not counted: they are read as one placeholder, and letter case must not change a score.

        const previous = tokens[t - 1];
        if (token.pos === "AUX" && (token.value.toLowerCase() === "was" || token.value.toLowerCase() === "were")) {
          const state = states[t - range.firstToken];
          if (state !== undefined && state.actor === "other" && !state.negated && !state.hypothetical) sentenceOtherPast++;
        }
        if (token.pos !== "VERB") continue;
        if (previous?.lemma === "to") continue; // an infinitive belongs to the verb before it
        const state = states[t - range.firstToken];
        if (state === undefined || state.reported === true) continue; // words said, not actions taken
        let tense = tenseOf(token);
        if (tense === "unknown" && previous !== undefined) {
          const aux = previous.value.toLowerCase();
          if (PAST_AUX.has(aux)) tense = "past";
          else if (PRESENT_AUX.has(aux)) tense = "present";
        }
        if (tense === "unknown" && state.actor === "self" && !SAME_FORM.has(token.lemma) && !/ing$/.test(token.value)) tense = "present";
        if (tense === "unknown" && SAME_FORM.has(token.lemma)) tense = "past";
        // "I always put…", "I have handled many…": habits and experience, not an occasion.
        const clauseStart = Math.max(range.firstToken, t - 4);
        const lead = tokens.slice(clauseStart, t);
        const habitual =
          state.actor !== "other" &&
          (lead.some((l) => HABITUAL.has(l.lemma)) || (previous !== undefined && (previous.value.toLowerCase() === "have" || previous.value.toLowerCase() === "has" || previous.value.toLowerCase() === "'ve")));
        if (habitual) tense = "present";
        // "I worked at a café", "I was working on the help desk": where the story happens, not an action.
        const setting = (token.lemma === "work" || token.lemma === "volunteer" || token.lemma === "intern") && /^(?:at|in|as|for|on)$/.test(tokens[t + 1]?.lemma ?? "");
        const stative = setting || STATIVE_VERBS.has(token.lemma);
        if (state.negated) {
          if (state.actor !== "other" && !stative) negatedActions++;
        } else if (state.hypothetical) {
          if (state.actor !== "other" && !stative) {
            plannedActions++;
            sentencePlan++;
          }
        } else if (tense === "past") {
          sentencePast++;
          if (state.actor === "other") sentenceOtherPast++;
          if (!stative && state.actor === "self") {
            selfActions++;
            sentenceSelf++;
            actionLemmas.add(token.lemma);
          } else if (!stative && state.actor === "we") {
            teamActions++;
            sentenceSelf++;
            sentenceTeam++;
          }
        } else if (tense === "present" && state.actor !== "other") {
          generalStatements++;
          if (!stative) sentencePlan++;
          // "So I slow down, I explain each paper…": a story told in the present, unless it is a habit.
          if (!habitual && !stative && state.actor === "self") {
            presentActions++;
            presentLemmas.add(token.lemma);
          }
        }
      }
      // After the candidate has acted, what others did or what became of things is the result.
      const isResult =
        affirmed(RESULT_CUES, neutralSentence, states) ||
        /^\s*(?:result|outcome|the result|in the end)\b/i.test(neutral) ||
        (firstActionSentence !== -1 && s > firstActionSentence && sentenceOtherPast > 0 && sentenceSelf === 0);
      const isReflection = affirmed(REFLECTION_CUES, neutralSentence, states);
      if (!isReflection && any(GENERIC_CLAIMS, neutral)) genericClaims++;
      for (const pattern of QUALITY_NAMING) qualityNaming += neutral.match(pattern)?.length ?? 0;
      if (any(SITUATION_CUES, neutral) || STORY_PARTICIPANT.test(neutral)) storyMarkers++;
      if (isResult || isReflection) {
        roles.add("result");
        outcome ||= isResult;
        reflection ||= isReflection;
        if (isResult && /\d|\b(?:percent|per cent|half|double|twice|minutes?|hours?|days?|weeks?)\b/i.test(neutral)) measuredOutcome = true;
      }
      if (affirmed(TASK_CUES, neutralSentence, states)) roles.add("task");
      if (sentenceSelf > 0 || isResult) {
        for (let t = range.firstToken; t < range.endToken; t++) {
          const token = tokens[t] as Token;
          if (token.pos === "NOUN" && token.lemma.length > 2 && !ABSTRACT_NOUNS.has(token.lemma) && !negatedTokens.has(t)) concrete.add(token.lemma);
        }
      }
      if (sentenceSelf > 0) {
        roles.add("action");
        if (firstActionSentence === -1) firstActionSentence = s;
      }
      if (any(SITUATION_CUES, neutral) || (sentencePast > 0 && sentenceSelf === 0 && !roles.has("result") && (firstActionSentence === -1 || firstActionSentence === s))) {
        roles.add("situation");
      }
    }
    if (presentActions > presentBefore) presentSentences.add(range.start);
    const role: StarRole = roles.has("result")
      ? "result"
      : roles.has("action")
        ? "action"
        : roles.has("task")
          ? "task"
          : roles.has("situation")
            ? "situation"
            : "none";
    sentences.push({
      start: range.start,
      end: range.end,
      text: parsed.text.slice(range.start, range.end),
      role,
      roles: [...roles],
      instruction,
      repeated,
      ownActions: sentenceSelf - sentenceTeam,
      plannedActions: sentencePlan,
      teamActions: sentenceTeam,
    });
  });

  // A specific occasion told in the present tense (common in speech and in second-language English) is a
  // story, not a self-description, when it names a particular customer or scene and claims no quality.
  if (genericClaims === 0 && storyMarkers > 0 && presentActions >= 2 && selfActions + teamActions < presentActions) {
    selfActions += presentActions;
    for (const lemma of presentLemmas) actionLemmas.add(lemma);
    generalStatements -= presentActions;
    for (const sentence of sentences) {
      if (sentence.roles.length === 0 && !sentence.instruction && !sentence.repeated && presentSentences.has(sentence.start)) {
        (sentence.roles as StarRole[]).push("action");
        (sentence as { role: StarRole }).role = "action";
      }
    }
  }
  const storyClauses = selfActions + teamActions;
  const mode: AnswerMode =
    storyClauses >= 2 && storyClauses >= plannedActions && storyClauses >= generalStatements
      ? "past-example"
      : plannedActions > generalStatements && plannedActions >= storyClauses
        ? "hypothetical"
        : storyClauses >= 1 && generalStatements <= 1 && plannedActions <= 1
          ? "past-example"
          : "general";
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const englishShare = words === 0 ? 0 : (stopWords / words) * (letters === 0 ? 1 : latin / letters);

  return {
    analysis: {
      text,
      sentences,
      features: {
        words,
        sentences: parsed.sentences.length,
        selfActions,
        distinctSelfActions: actionLemmas.size,
        teamActions,
        plannedActions,
        generalStatements,
        negatedActions,
        ownership: storyClauses === 0 ? 1 : selfActions / storyClauses,
        specifics,
        outcome,
        measuredOutcome,
        reflection,
        genericClaims,
        mode,
        language: words >= 6 && englishShare < 0.2 ? "other" : "en",
        englishShare,
        serviceContext: contentWords === 0 ? 0 : serviceWords / contentWords,
        instructionSentences: sentences.filter((x) => x.instruction).length,
        repeatedSentences: sentences.filter((x) => x.repeated).length,
        qualityNaming,
        concreteNouns: concrete.size,
      },
    },
    read,
    scored,
    negated: negatedTokens,
  };
}

/**
 * Analyses an answer: its sentences with character spans and STAR roles (situation, task, action,
 * result), and what it shows — the candidate's own past actions against hypotheticals and "we",
 * specifics, stated and measured outcomes, reflection or follow-up, generic self-claims, and the
 * language it is in.
 *
 * @param text - the answer
 * @returns the analysis
 * @example
 * analyzeAnswer("A customer was double-charged. I refunded her the same day and she thanked me.").features.mode
 * //=> "past-example"
 */
export function analyzeAnswer(text: string): AnswerAnalysis {
  return analyzeForScoring(text).analysis;
}

