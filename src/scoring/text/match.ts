import type { Indicator, IndicatorKind } from "../../competencies/index.js";
import { readClauses, type ClauseState, toldAsYou } from "./clauses.js";
import type { ParsedText } from "./nlp.js";
import { type NeutralSentence, neutralSentence, tokenAt } from "./neutral.js";

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
}

/** The parsed answer with each sentence's neutral reading and clause states, computed once. */
export interface ReadAnswer {
  /** The parsed answer. */
  readonly parsed: ParsedText;
  /** Per sentence, the neutral reading. */
  readonly neutral: readonly NeutralSentence[];
  /** Per sentence, the clause state of each token. */
  readonly clauses: readonly (readonly ClauseState[])[];
}

/**
 * Reads every sentence of a parsed answer once: its neutral text and its clauses.
 *
 * @param parsed - the parsed answer
 * @returns what indicator matching needs
 */
export function readAnswer(parsed: ParsedText): ReadAnswer {
  const neutral = parsed.sentences.map((_, i) => neutralSentence(parsed, i));
  const youIsSelf = toldAsYou(parsed);
  const clauses = parsed.sentences.map((_, i) => readClauses(parsed, i, { youIsSelf }));
  return { parsed, neutral, clauses };
}

const compiled = new WeakMap<Indicator, readonly RegExp[]>();

function patternsOf(indicator: Indicator): readonly RegExp[] {
  let list = compiled.get(indicator);
  if (list === undefined) {
    list = indicator.patterns.map((source) => new RegExp(source, "gi"));
    compiled.set(indicator, list);
  }
  return list;
}

function modeOf(state: ClauseState): HitMode {
  if (state.negated) return "negated";
  if (state.hypothetical) return "hypothetical";
  if (state.actor === "other") return "other-actor";
  return state.actor === "we" ? "team" : "performed";
}

/**
 * Finds every place an answer matches the given indicators, and how: done by the candidate,
 * by their team, negated, hypothetical, or by someone else. Patterns are matched against a
 * neutral reading of each sentence (gendered words and names neutralised); spans point into
 * the original text.
 *
 * @param read - the answer, read once by {@link readAnswer}
 * @param indicators - the indicators to look for
 * @returns the hits, in text order; overlapping hits of one indicator are reported once
 * @example
 * findIndicatorHits(readAnswer(parseText("I didn't apologise.")), empathy.indicators)[0].mode
 * //=> "negated"
 */
export function findIndicatorHits(read: ReadAnswer, indicators: readonly Indicator[]): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  const { parsed } = read;
  read.neutral.forEach((sentence, s) => {
    if (sentence.text === "") return;
    const states = read.clauses[s] ?? [];
    for (const indicator of indicators) {
      const found: { index: number; length: number }[] = [];
      for (const re of patternsOf(indicator)) {
        re.lastIndex = 0;
        for (let m = re.exec(sentence.text); m !== null; m = re.exec(sentence.text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          found.push({ index: m.index, length: m[0].length });
        }
      }
      // One hit per stretch of text: overlapping matches of the indicator's patterns count once.
      found.sort((a, b) => a.index - b.index || b.length - a.length);
      let lastEnd = -1;
      for (const m of found) {
        if (m.index < lastEnd) continue;
        lastEnd = m.index + m.length;
        const first = tokenAt(sentence, m.index);
        const last = tokenAt(sentence, m.index + m.length - 1);
        const start = parsed.tokens[first]?.start ?? 0;
        const end = parsed.tokens[last]?.end ?? start;
        const state = states[first - sentence.firstToken] ?? { actor: "self", negated: false, hypothetical: false };
        hits.push({
          indicatorId: indicator.id,
          kind: indicator.kind,
          sentence: s,
          start,
          end,
          quote: parsed.text.slice(start, end),
          mode: modeOf(state),
        });
      }
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.indicatorId.localeCompare(b.indicatorId));
}
