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

let nlp: WinkMethods | undefined;

/** Loads the English model once, on first use, so importing rapport costs nothing. */
function engine(): WinkMethods {
  // Only what rapport reads: sentence boundaries and parts of speech (no NER, sentiment or negation passes).
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
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
  const values = doc.tokens().out(its.value);
  // wink-nlp 2.4's typings reject its.lemma under strict mode; the call itself is sound.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const pos = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const rawTokens: { value: string; lemma: string; pos: string; type: string; stop: boolean; start: number; end: number }[] = [];
  const tokenIndex: number[] = []; // wink token index -> our token index (spaces dropped)
  let cursor = 0;
  values.forEach((value, i) => {
    // wink-nlp may hand back a token spelt otherwise than the text (a ligature split, a normalised character):
    // then the token covers the next stretch of non-space text, so that offsets never drift or overrun.
    const at = text.indexOf(value, cursor);
    const gap = at === -1 ? -1 : text.slice(cursor, at);
    const found = gap !== -1 && gap.trim() === "";
    let start = found ? at : cursor;
    while (!found && start < text.length && /\s/.test(text[start] ?? "")) start++;
    const end = found ? at + value.length : Math.min(text.length, start + Math.max(1, value.length));
    cursor = end;
    tokenIndex[i] = rawTokens.length;
    if ((pos[i] ?? "") === "SPACE" || value.trim() === "") return;
    rawTokens.push({
      value,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      type: types[i] ?? "word",
      stop: stops[i] === true,
      start,
      end,
    });
  });

  const sentences: SentenceRange[] = [];
  for (const [first, last] of spans) {
    const firstToken = tokenIndex[first] ?? rawTokens.length;
    const endToken = (tokenIndex[last] ?? rawTokens.length - 1) + (rawTokens[tokenIndex[last] ?? -1] ? 1 : 0);
    if (endToken <= firstToken) continue;
    const start = rawTokens[firstToken]?.start ?? 0;
    const end = rawTokens[endToken - 1]?.end ?? start;
    sentences.push({ start, end, firstToken, endToken });
  }
  return { text, tokens: rawTokens, sentences };
}
