import type { Indicator, IndicatorKind } from "../../competencies/index.js";
import type { ClauseState } from "../clauses/classifyClauses.js";
import { tokenAt } from "../text/neutral.js";
import type { ReadText } from "../text/readText.js";
import { lineBit } from "../text/screen.js";

/** How an indicator's behaviour appears in the answer. */
export type HitMode =
  /** The candidate did it ("I apologised"). */
  | "performed"
  /** The candidate's team did it ("we apologised"): weaker evidence of the candidate's own behaviour. */
  | "team"
  /** It is denied ("I didn't apologise"). */
  | "negated"
  /** It is hypothetical, conditional or future ("I would apologise"). */
  | "hypothetical"
  /** Someone else did it ("my manager apologised"). */
  | "other-actor";

/** One place in an answer where an indicator's pattern matched. */
export interface IndicatorHit {
  /** The indicator matched. */
  readonly indicatorId: string;
  /** Positive evidence or a red flag. */
  readonly kind: IndicatorKind;
  /** Which sentence. */
  readonly sentence: number;
  /** Character offset in the answer where the match starts. */
  readonly start: number;
  /** Character offset one past where the match ends. */
  readonly end: number;
  /** The matched text, quoted from the answer. */
  readonly quote: string;
  /** Whether the candidate did it, or it was negated, hypothetical or someone else's. */
  readonly mode: HitMode;
  /** The clause state where the match starts. */
  readonly state: ClauseState;
  /** The clause state where the match ends: a judgment may start in the narration and end in someone's words ("she kept saying how stupid…"). */
  readonly endState: ClauseState;
}

const compiled = new WeakMap<Indicator, readonly RegExp[]>();

/**
 * An indicator's patterns as regular expressions, compiled once.
 *
 * @param indicator - the indicator
 * @returns its patterns, global and case-insensitive
 */
export function patternsOf(indicator: Indicator): readonly RegExp[] {
  let list = compiled.get(indicator);
  if (list === undefined) {
    list = indicator.patterns.map((source) => new RegExp(source, "gi"));
    compiled.set(indicator, list);
  }
  return list;
}

/** How a hit reads, from the clause state where it stands. */
export function modeOf(state: ClauseState): HitMode {
  if (state.negated) return "negated";
  if (state.hypothetical) return "hypothetical";
  if (state.actor === "other") return "other-actor";
  return state.actor === "we" ? "team" : "performed";
}

const NEUTRAL_STATE: ClauseState = { actor: "self", negated: false, hypothetical: false, reported: false, speaker: "self", tense: "unknown", habitual: false };

/** Every match of some patterns (an indicator's, those that may match the answer) in one neutral sentence; overlapping matches count once. */
function matchesIn(text: string, patterns: readonly RegExp[]): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else found.push({ index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  let lastEnd = -1;
  return found.filter((m) => {
    if (m.index < lastEnd) return false;
    lastEnd = m.index + m.length;
    return true;
  });
}

/**
 * Finds every place an answer matches the given indicators, and how: done by the candidate, by their team, negated,
 * hypothetical, or by someone else. Patterns are matched against the neutral reading of each sentence (gendered words
 * and names neutralised); spans point into the answer as given.
 *
 * @param read - the answer, read once
 * @param clauses - each sentence's clause states
 * @param indicators - the indicators to look for
 * @param sentences - which sentences to search (all by default)
 * @returns the hits, in text order
 * @example
 * ```ts
 * import { englishRules, getCompetency } from "rapport";
 * import { classifyClauses, compileRules, findIndicatorHits, readText } from "rapport/research";
 *
 * const rules = compileRules(englishRules);
 * const read = readText("I didn't apologise to her for the wait. Later I apologised to her for the wait.", rules);
 * const clauses = read.parsed.sentences.map((_, i) => classifyClauses(read.parsed, i, rules));
 * findIndicatorHits(read, clauses, getCompetency("empathy").indicators).map((h) => [h.quote, h.mode]); //=> [["apologise to her for", "negated"], ["apologised to her for", "performed"]]
 * ```
 */
export function findIndicatorHits(read: ReadText, clauses: readonly (readonly ClauseState[])[], indicators: readonly Indicator[], sentences?: readonly number[]): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  const { parsed } = read;
  // The indicators that may match somewhere, and the lines (sentences) where: most indicators miss most answers.
  const screened: { indicator: Indicator; patterns: readonly RegExp[]; lines: number }[] = [];
  for (const indicator of indicators) {
    const patterns = patternsOf(indicator);
    const lines = read.screen.linesOf(patterns);
    if (lines !== 0) screened.push({ indicator, patterns, lines });
  }
  for (const s of screened.length === 0 ? [] : (sentences ?? read.neutral.map((_, i) => i))) {
    const sentence = read.neutral[s];
    if (sentence === undefined || sentence.text === "") continue;
    const states = clauses[s] ?? [];
    const bit = lineBit(s);
    for (const { indicator, patterns, lines } of screened) {
      if ((lines & bit) === 0) continue;
      const live = read.screen.liveIn(patterns, s);
      if (live.length === 0) continue;
      for (const m of matchesIn(sentence.text, live)) {
        const first = tokenAt(sentence, m.index);
        const last = tokenAt(sentence, m.index + m.length - 1);
        const start = parsed.tokens[first]?.start ?? 0;
        const end = Math.max(start, parsed.tokens[last]?.end ?? start);
        const state = states[first - sentence.firstToken] ?? NEUTRAL_STATE;
        const endState = states[last - sentence.firstToken] ?? state;
        hits.push({ indicatorId: indicator.id, kind: indicator.kind, sentence: s, start, end, quote: read.text.slice(start, end), mode: modeOf(state), state, endState });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.indicatorId.localeCompare(b.indicatorId));
}

/**
 * Whether a hit counts. A competency's behaviour counts when the candidate or the team did it (or, for a situational
 * question, would do it). A red flag counts when it is the candidate's own view or deed: not denied, not a hypothetical
 * of the candidate's own ("I would never…", "if I lost my temper…") — except, in answer to a situational question, a
 * step of the candidate's plan ("I'd tell them the offer ends Friday, even though it doesn't") — and not words someone
 * else said. A red flag that judges (`whoever`) counts whoever the clause is about; one that is a deed counts only when
 * the candidate or the team did it.
 *
 * @param hit - the hit
 * @param situational - whether the question asks for a plan
 * @param whoever - for a red flag: whether it counts whoever the clause is about
 * @param conditional - whether the hit sits in an "if" clause ("if I lost my temper…"), which is no plan
 * @returns whether it counts towards the level
 */
export function hitCounts(hit: IndicatorHit, situational: boolean, whoever: boolean | undefined, conditional = false): boolean {
  const { state, endState } = hit;
  if (whoever === undefined) return hit.mode === "performed" || hit.mode === "team" || (situational && hit.mode === "hypothetical");
  // A judgment is the candidate's view whatever the mood ("if they had read it…"); a deed must be done or planned.
  const ownHypothetical = !whoever && state.hypothetical && state.actor !== "other" && !(situational && !conditional);
  const theirs = (s: ClauseState): boolean => s.reported && s.speaker === "other";
  if (state.negated || ownHypothetical || theirs(state) || theirs(endState)) return false;
  return whoever || state.actor !== "other";
}
