import type { ClauseState } from "../clauses/classifyClauses.js";
import { type CompiledRules, LISTED } from "../rules/compile.js";
import type { NeutralSentence } from "../text/neutral.js";
import type { Token } from "../text/nlp.js";
import type { ReadText } from "../text/readText.js";
import { type IndicatorHit, modeOf } from "./findEvidence.js";

/** Words between a person and a judgment of them: the verb that links them, and what may stand in between. */
const LINKING = new Set(["be", "seem", "look", "sound", "act", "appear", "come", "behave"]);
/** After "acted", "came": "like", "across as", "off as". */
const AFTER_LINKING = new Set(["like", "across", "off", "as"]);
/** Before a judgment: "a total…", "such a…", "a bit of a…", "really…". */
const BETWEEN = new Set([
  "a", "an", "such", "total", "complete", "utter", "absolute", "real", "right", "proper", "bit", "of", "little", "old", "so", "very",
  "really", "quite", "just", "pretty", "utterly", "totally", "completely", "honestly", "literally", "kind", "sort", "being", "been",
  "bloody", "typical", "classic", "massive", "huge", "genuinely", "basically", "clearly", "obviously",
]);
/** Words that point at a person ("this moron", "the clueless guy", "a doddering old fool", "what a cretin"). */
const POINTING = new Set(["this", "that", "these", "those", "the", "some", "a", "an", "what"]);
/** The candidate, just before a judgment: it is of themself ("I felt like an idiot", "made me look a fool"). */
const SELF = new Set(["i", "me", "myself", "we", "us", "ourselves"]);
/** Verbs of thought and words: denied, they deny the judgment that hangs off them ("I never thought she was…"). */
const THOUGHT = new Set(["think", "assume", "say", "believe", "mean", "suggest", "imply", "call", "consider", "pretend", "claim"]);
/** Verbs that give someone a name: what follows is that name, not the candidate's judgment ("she called him a moron"). */
const NAMING = new Set(["call", "name", "label", "brand", "dub"]);
/** Titles before a name: the name is a person's. */
const TITLES = new Set(["mr", "mrs", "ms", "mx", "miss", "dr", "mister", "sir", "madam"]);
/** How far a judgment may stand from its person: a few words, never past a clause. */
const REACH = 6;

/**
 * "was (being) (really) …", "seemed …", "acted like …", "came across as …", also past a place or time after the
 * person ("the woman at the counter was…"): where the judgment may start, or -1.
 */
function afterLink(tokens: readonly Token[], k: number, end: number): number {
  let linked = false;
  let place = 0;
  for (let i = k; i < Math.min(end, k + REACH + place); i++) {
    const token = tokens[i] as Token;
    if (LINKING.has(token.lemma)) linked = true;
    else if (linked && AFTER_LINKING.has(token.lemma)) continue;
    else if (!linked && place < 4 && (token.pos === "ADP" ? place === 0 : place > 0 && /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(token.pos))) place++;
    else if (token.pos !== "ADV" && token.pos !== "AUX" && token.pos !== "PART") return linked ? i : -1;
  }
  return -1;
}

/** One sentence, read for judgments: its tokens, their neutral forms and clause states. */
interface View {
  readonly read: ReadText;
  readonly index: number;
  readonly states: readonly ClauseState[];
  readonly rules: CompiledRules;
  readonly first: number;
  readonly end: number;
}

const tokenOf = (v: View, t: number): Token | undefined => (t >= v.first && t < v.end ? v.read.parsed.tokens[t] : undefined);

/** Token `t`'s neutral form (names and gendered words neutral), lower-cased. */
function formOf(v: View, t: number): string {
  const neutral = v.read.neutral[v.index] as NeutralSentence;
  const k = t - v.first;
  return neutral.text.slice(neutral.offsets[k] ?? 0, neutral.offsets[k + 1] ?? neutral.text.length).trim();
}

/**
 * A person served: a word for one ("customer", "guy"), a third person's pronoun, or a name after a title ("Mrs Patel").
 * A name alone may be a firm's ("Tesco were useless"), which is no customer.
 */
function isPerson(v: View, t: number): boolean {
  const form = formOf(v, t);
  if (v.rules.judgments.people.has(form)) return true;
  return (tokenOf(v, t)?.pos === "PROPN" || form === "alex") && TITLES.has(formOf(v, t - 1).replace(/\.$/, ""));
}

const listed = (v: View, t: number, among: ReadonlySet<string>): boolean => among.has(formOf(v, t)) || among.has(tokenOf(v, t)?.lemma ?? "");

/**
 * Whether token `t` judges a person (`saidOf`: also the words that do so only when said of them). Not "crazy busy"
 * (a word that only makes the next one stronger), "ignorant of the rule" or "a fool of myself" ("of" joins the word
 * to what it is about, except in "a weasel of a man").
 */
function judges(v: View, t: number, saidOf: boolean): boolean {
  const { words } = v.rules.judgments;
  if (!listed(v, t, words) && !(saidOf && listed(v, t, v.rules.judgments.saidOf))) return false;
  const next = tokenOf(v, t + 1);
  if (next === undefined) return true;
  if (next.pos === "ADJ" && !listed(v, t + 1, words)) return false;
  const after = tokenOf(v, t + 2)?.lemma;
  return next.lemma !== "of" || after === "a" || after === "an";
}

/** From token `t` on, past the words that may stand before a judgment ("a total", "snivelling"): the judgment, or -1. */
function judgmentFrom(v: View, t: number, saidOf: boolean): number {
  for (let i = t; i < Math.min(v.end, t + REACH); i++) {
    if (judges(v, i, saidOf)) return i;
    const pos = tokenOf(v, i)?.pos;
    if (!BETWEEN.has(formOf(v, i)) && pos !== "ADJ" && pos !== "ADV") return -1;
  }
  return -1;
}

/** Whether what follows token `t` is someone's name for someone, or what someone felt they were: "she called me a moron", "I felt like an idiot", "…for being a nuisance". */
function named(v: View, t: number): boolean {
  let self = false;
  for (let i = Math.max(v.first, t - 4); i < t; i++) {
    const before = tokenOf(v, i) as Token;
    if (i >= t - 2 && (before.value.toLowerCase() === "being" || before.lemma === "feel" || before.lemma === "like")) return true;
    if (NAMING.has(before.lemma) || (self && (LINKING.has(before.lemma) || before.lemma === "feel"))) return true;
    if (SELF.has(before.value.toLowerCase())) self = true;
  }
  return false;
}

/** The clause state of a judgment: denied, too, by a denied thought or words it hangs off ("I'd try not to assume they're lazy"). */
function stateOf(v: View, from: number, head: number): ClauseState | undefined {
  const state = v.states[head - v.first];
  if (state === undefined || state.negated) return state;
  for (let i = v.first; i < from; i++) if (v.states[i - v.first]?.negated === true && THOUGHT.has(tokenOf(v, i)?.lemma ?? "")) return { ...state, negated: true };
  return state;
}

/** A judgment said of a person at `t` ("the guy was a complete moron"), or before or for one ("this gormless lad", "what a cretin"): its last token, or -1. */
function judgmentAt(v: View, t: number): number {
  if (isPerson(v, t)) {
    const k = afterLink(v.read.parsed.tokens, t + 1, v.end);
    return k === -1 ? -1 : judgmentFrom(v, k, true);
  }
  if (!POINTING.has(formOf(v, t)) || named(v, t)) return -1;
  const head = judgmentFrom(v, t + 1, false);
  if (head === -1) return -1;
  const next = tokenOf(v, head + 1);
  if (next !== undefined && (isPerson(v, head + 1) || judges(v, head + 1, false))) return head + 1;
  // "the stupid printer": a judgment word before a thing judges the thing.
  return next === undefined || !/^(?:NOUN|PROPN|ADJ)$/.test(next.pos) ? head : -1;
}

/** Whether some token of a sentence may judge a person (most sentences hold none, and are not read further). */
function holdsJudgment(read: ReadText, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (((read.lists[t] as number) & LISTED.judgments) !== 0) return true;
  return false;
}

/**
 * Finds where the candidate judges a person served with contempt by a word of `rules.judgments.words`: said of them
 * ("the guy was a complete moron", "she came across as clueless") or before them ("this gormless lad", "the moron").
 * A person is a word for one, a third person's pronoun or a name after a title (a name alone may be a firm's);
 * feelings, plights and conduct told plainly are not judgments ("she was livid", "he was homeless", "he was abusive"),
 * and the words are judged where they stand, so that a denial or someone else's words do not count ({@link hitCounts},
 * as a judgment: whoever).
 *
 * @param read - the answer, read once
 * @param clauses - each sentence's clause states
 * @param rules - the compiled reading rules
 * @param sentences - which sentences to search
 * @returns the hits, in text order
 * @example
 * ```ts
 * import { englishRules } from "rapport";
 * import { classifyClauses, compileRules, findJudgments, readText } from "rapport/research";
 *
 * const rules = compileRules(englishRules);
 * const read = readText("She called me an idiot. Honestly the guy was a total numpty, but I fixed it.", rules);
 * const clauses = read.parsed.sentences.map((_, i) => classifyClauses(read.parsed, i, rules));
 * findJudgments(read, clauses, rules, [0, 1]).map((h) => h.quote); //=> ["guy was a total numpty"]
 * ```
 */
export function findJudgments(read: ReadText, clauses: readonly (readonly ClauseState[])[], rules: CompiledRules, sentences: readonly number[]): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  for (const s of sentences) {
    const range = read.parsed.sentences[s];
    if (read.neutral[s] === undefined || range === undefined || !holdsJudgment(read, range.firstToken, range.endToken)) continue;
    const v: View = { read, index: s, states: clauses[s] ?? [], rules, first: range.firstToken, end: range.endToken };
    for (let t = v.first; t < v.end; t++) {
      const head = judgmentAt(v, t);
      const state = head === -1 ? undefined : stateOf(v, t, head);
      if (state === undefined) continue;
      const start = (tokenOf(v, t) as Token).start;
      const end = (tokenOf(v, head) as Token).end;
      hits.push({ indicatorId: rules.judgments.id, kind: "red-flag", sentence: s, start, end, quote: read.text.slice(start, end), mode: modeOf(state), state, endState: state });
      t = head;
    }
  }
  return hits;
}
