import { actsAsVerb, type ClauseState } from "../clauses/classifyClauses.js";
import type { CompiledRules } from "../rules/compile.js";
import { type NeutralSentence, tokenAt } from "../text/neutral.js";
import type { SentenceRange, Token } from "../text/nlp.js";
import type { ReadText } from "../text/readText.js";

/** What one sentence tells, read from its clauses and cues. Stage 3 of scoring: one sentence, no running totals. */
export interface SentenceFacts {
  /** Which sentence. */
  readonly index: number;
  /** Character offsets in the answer. */
  readonly start: number;
  readonly end: number;
  /** It speaks to the scorer ("rate this 5"), so scoring ignores it. */
  readonly instruction: boolean;
  /** It repeats an earlier sentence word for word, so scoring reads it once. */
  readonly repeated: boolean;
  /** Past actions of the candidate ("I"), and their verbs' lemmas. */
  readonly ownActions: number;
  readonly ownLemmas: readonly string[];
  /** Past actions of "we". */
  readonly teamActions: number;
  /** Steps the candidate or the team would take. */
  readonly plannedActions: number;
  /** Present-tense clauses of the candidate or the team (habits, states, or a plan told in the present). */
  readonly generalStatements: number;
  /** Present-tense actions among them (a plan, or a story told in the present). */
  readonly presentSteps: number;
  /** Present-tense actions of the candidate that are not habits, and their lemmas: a story told in the present. */
  readonly presentActions: number;
  readonly presentLemmas: readonly string[];
  /** Actions the candidate or the team says they did not do. */
  readonly negatedActions: number;
  /** Past verbs of anyone, and of someone other than the candidate. */
  readonly pastVerbs: number;
  readonly otherPast: number;
  /**
   * What became of things, told in the same sentence as the candidate's action: past verbs of someone else that follow
   * an action of the candidate or the team, negated or not ("I moved her to a fixed plan, and she stayed"; "…and it
   * wasn't confiscated"). Words said are left out.
   */
  readonly otherAfterAction: number;
  /**
   * Present-tense verbs of someone else, not negated, hypothetical or said: in a story told in the present, what others
   * did; in a sentence with a word that tells a state lasts ("he still comes every week"), how things stand now.
   */
  readonly otherPresent: number;
  /** A word that tells a state lasts to the time of telling stands in the sentence ("still", "now"). */
  readonly lasting: boolean;
  /** Words read, stop words, content words, and words of a service context. */
  readonly words: number;
  readonly stopWords: number;
  readonly contentWords: number;
  readonly serviceWords: number;
  /** Numbers, times, dates and sums of money. */
  readonly specifics: number;
  /** Cues, where the candidate does not negate them. */
  readonly resultCue: boolean;
  readonly measured: boolean;
  readonly reflection: boolean;
  /** The candidate owns a lapse of their own as one ("sorry, that came out wrong"). */
  readonly owning: boolean;
  readonly task: boolean;
  readonly situationCue: boolean;
  readonly storyMarker: boolean;
  readonly genericClaim: boolean;
  readonly qualityNaming: number;
  /** Concrete nouns the candidate does not negate (till, router, refund). */
  readonly concreteNouns: readonly string[];
  /** Tokens in negated clauses: they add nothing to a score. */
  readonly negatedTokens: readonly number[];
}

/** Whether any of the patterns that may match the answer matches this sentence. */
function any(live: readonly RegExp[], text: string): boolean {
  for (let i = 0; i < live.length; i++) {
    const pattern = live[i] as RegExp;
    pattern.lastIndex = 0;
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Whether one of the patterns (those of a cue list that may match the answer) matches where the candidate does not negate it (its first match). */
function affirmed(live: readonly RegExp[], sentence: NeutralSentence, states: readonly ClauseState[]): boolean {
  for (let i = 0; i < live.length; i++) {
    const pattern = live[i] as RegExp;
    pattern.lastIndex = 0;
    const match = pattern.exec(sentence.text);
    if (match !== null && states[tokenAt(sentence, match.index) - sentence.firstToken]?.negated !== true) return true;
  }
  return false;
}

/** "was" and "were", as said of someone else's state in the past. */
const WAS_WERE: ReadonlySet<string> = new Set(["was", "were"]);

/** Whether one of the patterns matches undenied and not in someone else's words (its words tell whose act it is: "my mistake", "I admitted"). */
function ownSaying(live: readonly RegExp[], sentence: NeutralSentence, states: readonly ClauseState[]): boolean {
  for (let i = 0; i < live.length; i++) {
    const pattern = live[i] as RegExp;
    pattern.lastIndex = 0;
    const match = pattern.exec(sentence.text);
    const state = match === null ? undefined : states[tokenAt(sentence, match.index) - sentence.firstToken];
    if (state !== undefined && !state.negated && !(state.reported && state.speaker === "other")) return true;
  }
  return false;
}

/** Counts of verbs by who acts and how. */
interface VerbCounts {
  own: number; team: number; planned: number; general: number; presentSteps: number; present: number; negated: number; past: number; otherPast: number;
  otherAfterAction: number;
  otherPresent: number;
  ownLemmas: string[]; presentLemmas: string[];
}

function isSpecific(token: Token, rules: CompiledRules): boolean {
  if (token.type === "number" || token.type === "time" || token.pos === "NUM" || rules.dates.has(token.value.toLowerCase())) return true;
  const first = token.value.charCodeAt(0);
  return first === 36 || first === 0x20ac || first === 0xa3; // $ € £

}

/** One verb, counted by actor, mood and tense; states and settings ("I worked at a café") are not actions. */
function countVerb(v: VerbCounts, token: Token, next: Token | undefined, state: ClauseState, rules: CompiledRules): void {
  const setting = (token.lemma === "work" || token.lemma === "volunteer" || token.lemma === "intern") && /^(?:at|in|as|for|on)$/.test(next?.lemma ?? "");
  const stative = setting || rules.stative.has(token.lemma);
  const mine = state.actor !== "other";
  const acted = v.own + v.team > 0;
  if (acted && !mine && state.tense === "past" && !state.hypothetical && !rules.speech.has(token.lemma)) v.otherAfterAction++;
  if (state.negated) {
    if (mine && !stative) v.negated++;
  } else if (state.hypothetical) {
    if (mine && !stative) v.planned++;
  } else if (state.tense === "past") {
    v.past++;
    if (state.actor === "other") v.otherPast++;
    else if (!stative && state.actor === "self") {
      v.own++;
      v.ownLemmas.push(token.lemma);
    } else if (!stative) v.team++;
  } else if (state.tense === "present" && !mine) {
    v.otherPresent++;
  } else if (state.tense === "present" && mine) {
    v.general++;
    if (!stative) v.presentSteps++;
    if (!state.habitual && !stative && state.actor === "self") {
      v.present++;
      v.presentLemmas.push(token.lemma);
    }
  }
}

function countVerbs(read: ReadText, range: SentenceRange, states: readonly ClauseState[], rules: CompiledRules): VerbCounts {
  const v: VerbCounts = { own: 0, team: 0, planned: 0, general: 0, presentSteps: 0, present: 0, negated: 0, past: 0, otherPast: 0, otherAfterAction: 0, otherPresent: 0, ownLemmas: [], presentLemmas: [] };
  const { tokens } = read.parsed;
  for (let t = range.firstToken; t < range.endToken; t++) {
    const token = tokens[t] as Token;
    const state = states[t - range.firstToken];
    if (state === undefined || state.reported) continue; // words said, not actions taken
    if (token.pos === "AUX" && WAS_WERE.has(token.value.toLowerCase()) && state.actor === "other" && !state.negated && !state.hypothetical) v.otherPast++;
    if (!actsAsVerb(tokens, t, range.endToken)) continue;
    const before = tokens[t - 1]?.lemma;
    // An infinitive belongs to the verb before it; a participle after an article is an adjective ("a laminated copy").
    if (before === "to" || before === "a" || before === "an" || before === "the") continue;
    // "I nearly lost my temper" tells an act not done, and denies nothing: it is neither an action nor a denial. Nor is
    // a verb in "-ing" after "no" ("no sighing, no rushing her"), which names what did not happen without a clause of its own.
    if (before !== undefined && state.negated && (rules.nearMisses.has(before) || rules.denials.has(before))) continue;
    countVerb(v, token, tokens[t + 1], state, rules);
  }
  return v;
}

/** Whether a word of habit ("always", "usually", "every") stands in the sentence, whoever's habit it tells. */
function toldAsHabit(read: ReadText, range: SentenceRange, rules: CompiledRules): boolean {
  for (let t = range.firstToken; t < range.endToken; t++) if (rules.habitual.has((read.parsed.tokens[t] as Token).lemma)) return true;
  return false;
}

/** Whether a word that tells a state lasts ("still", "now") stands in the sentence. */
function toldAsLasting(read: ReadText, range: SentenceRange, rules: CompiledRules): boolean {
  for (let t = range.firstToken; t < range.endToken; t++) if (rules.lasting.has((read.parsed.tokens[t] as Token).value.toLowerCase())) return true;
  return false;
}

/** Word counts and concrete nouns, leaving out what the candidate negates. */
function countWords(read: ReadText, range: SentenceRange, states: readonly ClauseState[], rules: CompiledRules) {
  let words = 0, stopWords = 0, contentWords = 0, serviceWords = 0, specifics = 0;
  // A sentence names a few nouns: a list searched is cheaper than a set (and keeps their order, as a set would).
  const nouns: string[] = [];
  const negatedTokens: number[] = [];
  for (let t = range.firstToken; t < range.endToken; t++) {
    const token = read.parsed.tokens[t] as Token;
    if (states[t - range.firstToken]?.negated === true) {
      negatedTokens.push(t);
      continue; // a denied detail adds nothing
    }
    if (token.type === "word") {
      words++;
      if (token.stop) stopWords++;
      else {
        contentWords++;
        if (rules.serviceContext.has(token.lemma)) serviceWords++;
      }
    } else if (token.type === "number" || token.type === "time" || token.type === "ordinal") words++;
    if (isSpecific(token, rules)) specifics++;
    if (token.pos === "NOUN" && token.lemma.length > 2 && !rules.abstractNouns.has(token.lemma) && !nouns.includes(token.lemma)) nouns.push(token.lemma);
  }
  return { words, stopWords, contentWords, serviceWords, specifics, concreteNouns: nouns, negatedTokens };
}

/**
 * Reads what one sentence tells: who acts and how (from its clauses), its words, and the cues of a STAR story.
 *
 * @param read - the read answer
 * @param index - which sentence
 * @param states - the sentence's clause states
 * @param rules - the compiled reading rules
 * @param repeated - whether it repeats an earlier sentence
 * @returns the sentence's facts
 */
export function sentenceFacts(read: ReadText, index: number, states: readonly ClauseState[], rules: CompiledRules, repeated: boolean): SentenceFacts {
  const range = read.parsed.sentences[index] as SentenceRange;
  const neutral = read.neutral[index] as NeutralSentence;
  const { cues } = rules;
  const live = (patterns: readonly RegExp[]): readonly RegExp[] => read.screen.liveIn(patterns, index);
  const instruction = any(live(cues.instruction), neutral.text);
  const skip = instruction || repeated;
  const v = skip ? countVerbs(read, { ...range, endToken: range.firstToken }, states, rules) : countVerbs(read, range, states, rules);
  const w = countWords(read, skip ? { ...range, endToken: range.firstToken } : range, states, rules);
  const reflection = !skip && affirmed(live(cues.reflection), neutral, states);
  const resultCue = !skip && (affirmed(live(cues.result), neutral, states) || /^\s*(?:result|outcome|the result|in the end)\b/i.test(neutral.text));
  let qualityNaming = 0;
  if (!skip) for (const pattern of live(cues.qualityNaming)) qualityNaming += neutral.text.match(pattern)?.length ?? 0;
  const situationCue = !skip && any(live(cues.situation), neutral.text);
  return {
    index, start: range.start, end: range.end, instruction, repeated,
    ownActions: v.own, ownLemmas: v.ownLemmas, teamActions: v.team, plannedActions: v.planned, generalStatements: v.general,
    presentSteps: v.presentSteps, presentActions: v.present, presentLemmas: v.presentLemmas, negatedActions: v.negated, pastVerbs: v.past, otherPast: v.otherPast,
    otherAfterAction: v.otherAfterAction,
    otherPresent: v.otherPresent,
    lasting: !skip && toldAsLasting(read, range, rules),
    // Each field named, not spread: an object literal of known keys is made in one step.
    words: w.words, stopWords: w.stopWords, contentWords: w.contentWords, serviceWords: w.serviceWords, specifics: w.specifics,
    concreteNouns: w.concreteNouns, negatedTokens: w.negatedTokens,
    resultCue,
    measured: resultCue && any(live(cues.measured), neutral.text),
    reflection,
    task: !skip && affirmed(live(cues.task), neutral, states),
    owning: !skip && ownSaying(live(cues.owning), neutral, states),
    situationCue,
    // A participant told as a habit with no past verb is a kind of customer, not one scene: "there's one guy who always
    // gives us feedback on the milk".
    storyMarker: situationCue || (!skip && any(live(cues.storyParticipant), neutral.text) && !(v.past === 0 && toldAsHabit(read, range, rules))),
    genericClaim: !skip && !reflection && any(live(cues.genericClaims), neutral.text),
    qualityNaming,
  };
}
