import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One token of an answer, with where it sits in the original text. */
export interface Token {
  /** The token as written. */
  readonly value: string;
  /** Lower-case dictionary form (wink-nlp's lemmatiser). */
  readonly lemma: string;
  /** Universal part-of-speech tag. */
  readonly pos: string;
  /** wink-nlp's token type: word, number, punctuation, time, email, url, … */
  readonly type: string;
  /** Whether the token is an English stop word. */
  readonly stop: boolean;
  /** Character offset of the first character in the original text. */
  readonly start: number;
  /** Character offset one past the last character. */
  readonly end: number;
}

/** A sentence of an answer, as character and token ranges. */
export interface SentenceRange {
  /** Character offset of the first character. */
  readonly start: number;
  /** Character offset one past the last character. */
  readonly end: number;
  /** Index of the first token. */
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
}

/** An answer split into tokens and sentences. */
export interface ParsedText {
  /** The text as given. */
  readonly text: string;
  /** Every token, spaces excluded. */
  readonly tokens: readonly Token[];
  /** Every sentence. */
  readonly sentences: readonly SentenceRange[];
}

/** Whether `text` between two offsets holds only white space (what `String.prototype.trim` removes). */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128 || (text[k] as string).trim() !== "") return false;
  }
  return true;
}

let nlp: WinkMethods | undefined;

/**
 * The wink-nlp instance rapport reads with, loaded once, on first use, so importing rapport costs nothing. Internal:
 * exported for the benchmark, which times wink-nlp's own pass on the very instance scoring uses.
 *
 * @returns the instance
 */
export function engine(): WinkMethods {
  // Only what rapport reads: sentence boundaries and parts of speech (no NER, sentiment or negation passes).
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

// What wink-nlp says of a token is a function of the entry of its lexicon the token is (its "unique id") — the token's
// spelling, type and stop-word flag of the entry, its lemma of the entry and its part of speech — except the stop-word
// flag and lemma of the parts of a contraction ("ca" + "n't"), which the tokenizer sets. What it said once is kept, by
// entry, and only the rest is asked of it, token by token: reading every token's spelling, lemma, type and flag out
// of wink-nlp costs more than half as much as its whole pass.
interface Known {
  readonly value: string;
  readonly type: string;
  readonly stop: boolean;
  /** Lemmas (lower-cased) by part of speech. */
  readonly lemmas: Map<string, string>;
}
const known = new Map<number, Known>();

/** What wink-nlp says of every token of a document: spelling, part of speech, lemma (lower-cased), type and stop-word flag. */
function tokenFacts(doc: ReturnType<WinkMethods["readDoc"]>, its: WinkMethods["its"]): { values: string[]; pos: string[]; lemmas: string[]; types: string[]; stops: boolean[] } {
  // wink-nlp 2.4's typings reject its.lemma under strict mode; the call itself is sound.
  const lemmaOf = its.lemma as unknown as typeof its.value;
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const pos = tokens.out(its.pos);
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  const n = ids.length;
  const values: string[] = new Array(n);
  const lemmas: string[] = new Array(n);
  const types: string[] = new Array(n);
  const stops: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (contracted[i] === true) {
      const token = tokens.itemAt(i);
      values[i] = token.out(its.value);
      types[i] = token.out(its.type);
      lemmas[i] = ((token.out(lemmaOf) as string | undefined) ?? values[i] ?? "").toLowerCase();
      stops[i] = token.out(its.stopWordFlag) as unknown as boolean;
      continue;
    }
    const id = ids[i] as number;
    let facts = known.get(id);
    if (facts === undefined) {
      if (known.size >= 200_000) known.clear();
      const token = tokens.itemAt(i);
      facts = { value: token.out(its.value), type: token.out(its.type), stop: token.out(its.stopWordFlag) as unknown as boolean, lemmas: new Map() };
      known.set(id, facts);
    }
    values[i] = facts.value;
    types[i] = facts.type;
    const tag = pos[i] as string;
    let lemma = facts.lemmas.get(tag);
    if (lemma === undefined) {
      // wink-nlp gives some tokens no lemma ("wont"): the token's own spelling stands in.
      lemma = ((tokens.itemAt(i).out(lemmaOf) as string | undefined) ?? facts.value).toLowerCase();
      facts.lemmas.set(tag, lemma);
    }
    lemmas[i] = lemma;
    stops[i] = facts.stop;
  }
  return { values, pos, lemmas, types, stops };
}

/**
 * Splits text into sentences and tokens with lemmas and parts of speech (wink-nlp).
 *
 * @param text - any text
 * @returns tokens and sentences with character offsets into `text`
 * @example
 * ```ts
 * import { parseText } from "rapport/research";
 *
 * parseText("I called her back. She was happy.").sentences.length; //=> 2
 * ```
 */
export function parseText(text: string): ParsedText {
  const wink = engine();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const { values, pos, lemmas, types, stops } = tokenFacts(doc, its);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const rawTokens: { value: string; lemma: string; pos: string; type: string; stop: boolean; start: number; end: number }[] = [];
  const before: number[] = []; // wink token index -> how many of our tokens (spaces dropped) come before it
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink-nlp may hand back a token spelt otherwise than the text (a ligature split, a normalised character):
    // then the token covers the next stretch of non-space text, so that offsets never drift or overrun.
    const at = text.indexOf(value, cursor);
    const found = at !== -1 && onlySpace(text, cursor, at);
    let start = found ? at : cursor;
    while (!found && start < text.length && /\s/.test(text[start] ?? "")) start++;
    const end = found ? at + value.length : Math.min(text.length, start + Math.max(1, value.length));
    cursor = end;
    before[i] = rawTokens.length;
    if ((pos[i] ?? "") === "SPACE" || value.trim() === "") continue;
    rawTokens.push({ value, lemma: lemmas[i] ?? value.toLowerCase(), pos: pos[i] ?? "X", type: types[i] ?? "word", stop: stops[i] === true, start, end });
  }
  before[values.length] = rawTokens.length;

  // A sentence holds our tokens from its first wink token to its last; a line break that ends one belongs to neither.
  const sentences: SentenceRange[] = [];
  for (const [first, last] of spans) {
    const firstToken = before[first] ?? rawTokens.length;
    const endToken = before[last + 1] ?? rawTokens.length;
    if (endToken <= firstToken) continue;
    const start = rawTokens[firstToken]?.start ?? 0;
    const end = rawTokens[endToken - 1]?.end ?? start;
    sentences.push({ start, end, firstToken, endToken });
  }
  return { text, tokens: rawTokens, sentences };
}
