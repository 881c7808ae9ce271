import type { CompiledRules } from "../rules/compile.js";
import type { ParsedText, Token } from "./nlp.js";


/** The placeholder every person's name is read as. */
export const NAME_PLACEHOLDER = "Alex";

/**
 * The neutral reading of one token: gendered words become neutral ones (names were read as one placeholder before parsing).
 *
 * @param token - a token of the answer
 * @param next - the token after it, which tells possessive "her" from object "her"
 * @param rules - the reading rules (gendered words and their neutral readings)
 * @returns the text the scorer reads in place of the token
 */
export function neutralToken(token: Token, next: Token | undefined, rules: CompiledRules): string {
  const lower = straightApostrophes(token.value.toLowerCase());
  // "Miss" is a title only before a name ("Miss Alex"); "to miss the deadline" is the verb.
  if (lower === "miss" && !(next !== undefined && (next.pos === "PROPN" || next.value === NAME_PLACEHOLDER))) return lower;
  if (lower === "her") {
    return next !== undefined && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN" || next.pos === "NUM")
      ? "their"
      : "them";
  }
  return neutralWord(lower, rules);
}

/**
 * A word with its typographic apostrophes (’) written as the straight one the patterns spell ("didn’t" as "didn't",
 * "customer’s" as "customer's"); a closing quote, a token of its own, is kept. The same length, so offsets hold.
 *
 * @param lower - a token, lower-cased
 * @returns the token with straight apostrophes
 */
function straightApostrophes(lower: string): string {
  return lower.length > 1 && lower.includes("\u2019") ? lower.replaceAll("\u2019", "'") : lower;
}

/**
 * The neutral reading of a lower-cased word other than "her" (whose reading depends on what follows it).
 *
 * @param lower - the word, lower-cased
 * @param rules - the reading rules (gendered words and their neutral readings)
 * @returns the word the scorer reads in its place
 */
export function neutralWord(lower: string, rules: CompiledRules): string {
  return rules.neutral.get(lower) ?? lower;
}

/** A sentence as the scorer reads it, with a way back to the original characters. */
export interface NeutralSentence {
  /** The neutral, lower-cased text, tokens separated by single spaces where the original had space. */
  readonly text: string;
  /** For each token of the sentence: where its neutral form starts in `text`. */
  readonly offsets: readonly number[];
  /** Index of the sentence's first token in the parsed text. */
  readonly firstToken: number;
}

/**
 * Builds the neutral reading of one sentence.
 *
 * @param parsed - the parsed answer
 * @param sentenceIndex - which sentence
 * @param rules - the reading rules
 * @returns the neutral text and its token offsets
 */
export function neutralSentence(parsed: ParsedText, sentenceIndex: number, rules: CompiledRules): NeutralSentence {
  const sentence = parsed.sentences[sentenceIndex];
  if (sentence === undefined) return { text: "", offsets: [], firstToken: 0 };
  const offsets: number[] = [];
  // The pieces joined once at the end: adding them one by one makes a string object for each.
  const pieces: string[] = [];
  let length = 0;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = parsed.tokens[t] as Token;
    const previous = parsed.tokens[t - 1];
    if (t > sentence.firstToken && previous !== undefined && token.start > previous.end) {
      pieces.push(" ");
      length++;
    }
    offsets.push(length);
    const piece = neutralToken(token, parsed.tokens[t + 1], rules);
    pieces.push(piece);
    length += piece.length;
  }
  return { text: pieces.join(""), offsets, firstToken: sentence.firstToken };
}

/**
 * Finds the token a character of a neutral sentence belongs to.
 *
 * @param sentence - the neutral sentence
 * @param charIndex - a character offset into `sentence.text`
 * @returns the token's index in the parsed text
 */
export function tokenAt(sentence: NeutralSentence, charIndex: number): number {
  let lo = 0;
  let hi = sentence.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentence.offsets[mid] ?? 0) <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return sentence.firstToken + lo;
}

/**
 * A sentence's letters and digits, every other run of characters one space (what makes a sentence the same as
 * another): `text.replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, without a regular expression for ASCII text.
 *
 * @param text - a sentence
 * @returns its words, one space apart
 */
export function wordsOf(text: string): string {
  // Runs of letters and digits, joined once at the end (adding a character at a time makes a string object per character).
  const words: string[] = [];
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const code = k < text.length ? text.charCodeAt(k) : 32;
    if (code >= 128) return text.replace(/[^\p{L}\p{N}]+/gu, " ").trim(); // beyond ASCII, Unicode's classes decide
    const inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (inWord && start === -1) start = k;
    else if (!inWord && start !== -1) {
      words.push(text.slice(start, k));
      start = -1;
    }
  }
  return words.join(" ");
}
