import type { CompiledRules } from "../rules/compile.js";
import { findNames, remapParse, substituteNames } from "./names.js";
import { type NeutralSentence, neutralSentence } from "./neutral.js";
import { ID_CACHE_BOUND, makeToken, type ParsedText, parseWithIds, type Token } from "./nlp.js";
import { type PatternScreen, screenText, type TextScreen } from "./screen.js";

/** An answer read once: folded, names replaced, parsed, and each sentence's neutral reading. Stage 1 of scoring. */
export interface ReadText {
  /** The answer as given. */
  readonly text: string;
  /** Tokens and sentences, with offsets into `text` (token values are the folded reading's). */
  readonly parsed: ParsedText;
  /**
   * Per token, an id for its spelling (a function of the token's value): the number given to wink-nlp's unique id, in
   * the order first met in the process, or -1 (a part of a contraction).
   */
  readonly ids: readonly number[];
  /** Per token, the word lists of `LISTED` its lemma is in, as bits (`rules.listsOf(lemma)`). */
  readonly lists: readonly number[];
  /** Per sentence, the neutral reading that patterns are matched on. */
  readonly neutral: readonly NeutralSentence[];
  /** The neutral reading screened: which patterns can match it, sentence by sentence (most cannot, and are not run). */
  readonly screen: TextScreen;
}

/**
 * The text the scorer reads: every whitespace character a plain space and every letter in one canonical case (lower,
 * but capitals to start sentences and for "I"), character for character, so that spans still point into the original
 * and neither line breaks, spacing nor letter case can change a score. A letter whose other case has another length
 * ("ß", "ﬁ", "İ") is kept as written.
 *
 * @param text - the answer
 * @returns the folded text, exactly as long as the original
 * @example
 * ```ts
 * import { foldForScoring } from "rapport/research";
 *
 * foldForScoring("THEN i\nCALLED her"); //=> "Then I called her"
 * ```
 */
export function foldForScoring(text: string): string {
  const out = spacedAndLower(text);
  // Capitals back where a sentence starts and for "I": found in one pass (a letter's capital is no letter's neighbour
  // of another kind), the text copied only around them.
  let folded = "";
  let from = 0;
  for (let at = 0; at < out.length; at++) {
    const code = out.charCodeAt(at);
    let capital: string | undefined;
    if (code === 105) {
      if (startsSentence(out, at) || (!wordOrApostropheBefore(out, at) && !(at + 1 < out.length && letterOrNumber(out.codePointAt(at + 1) as number)))) capital = "I";
    } else if (code >= 97 && code <= 122) {
      if (startsSentence(out, at)) capital = String.fromCharCode(code - 32);
    } else if (code >= 128 && startsSentence(out, at)) {
      const letter = String.fromCodePoint(out.codePointAt(at) as number);
      const up = letter.toUpperCase();
      if (LOWER_CASE_LETTER.test(letter) && up.length === letter.length) capital = up;
    }
    if (capital === undefined) continue;
    folded += out.slice(from, at) + capital;
    from = at + capital.length;
    at = from - 1;
  }
  return from === 0 ? out : folded + out.slice(from);
}

/**
 * The first half of the folding: every whitespace character a plain space, every letter lower case, except a letter
 * whose lower case has another length ("İ"), kept as written. Internal (its test checks the rest of the folding on it).
 *
 * @param text - the answer
 * @returns the text, exactly as long
 */
export function spacedAndLower(text: string): string {
  // Every whitespace character is one UTF-16 unit, so a plain space keeps the length.
  const spaced = OTHER_SPACE.test(text) ? text.replace(/\s/g, " ") : text;
  const out = spaced.toLowerCase();
  if (out.length === spaced.length) return out;
  let kept = "";
  for (const char of spaced) {
    const lower = char.toLowerCase();
    kept += lower.length === char.length ? lower : char;
  }
  return kept;
}

/** White space other than a plain space. */
const OTHER_SPACE = /[^\S ]/;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Whether a code point is a letter or a digit (what `[\p{L}\p{N}]` matches). */
function letterOrNumber(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/** Whether the code point before `at` (a surrogate pair read as one) is a letter, a digit or an apostrophe (' or ’). */
function wordOrApostropheBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  let code = text.charCodeAt(at - 1);
  if (code === 39 || code === 0x2019) return true;
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) code = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return letterOrNumber(code);
}

/** Whether a sentence starts at `at` of a text whose white space is all plain spaces: at its start, or after ".", "!" or "?", perhaps one closing quote or bracket, and spaces. */
function startsSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  let k = at - 1;
  if (text.charCodeAt(k) !== 32) return false;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 0) return false;
  const code = text.charCodeAt(k);
  if (code === 46 || code === 33 || code === 63) return true;
  const closes = code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93; // " ” ’ ' ) ]
  const before = k >= 1 ? text.charCodeAt(k - 1) : 0;
  return closes && (before === 46 || before === 33 || before === 63);
}

/**
 * Reads an answer once for scoring: folds it, reads every name as one placeholder ("Will", "Hope" and "Priya" alike),
 * parses it, and builds each sentence's neutral reading (gendered words made neutral). Offsets point into the answer
 * as given.
 *
 * @param text - the answer
 * @param rules - the compiled reading rules
 * @param screen - an index of the patterns that will be run on it (a scorer makes one); without it, each is screened alone
 * @returns the read answer
 * @example
 * ```ts
 * import { englishRules } from "rapport";
 * import { compileRules, readText } from "rapport/research";
 *
 * // Folded, every name one placeholder, gendered words neutral: what the indicators' patterns are matched on.
 * const read = readText("I RANG Priya back and told her I was sorry.", compileRules(englishRules));
 * read.neutral.map((s) => s.text); //=> ["i rang alex back and told them i was sorry."]
 * read.text.slice(7, 12); //=> "Priya"
 * ```
 */
export function readText(text: string, rules: CompiledRules, screen?: PatternScreen): ReadText {
  const substituted = substituteNames(foldForScoring(text), findNames(text, rules));
  const { parsed: folded, ids } = parseWithIds(substituted.text);
  const read = substituted.text.length === text.length ? folded : remapParse(folded, text, substituted.toOriginal);
  // Made as parseText makes it, with the same keys in the same order: every parse then has one shape.
  const parsed: ParsedText = { text, tokens: bareVerbsInLists(read.tokens), sentences: read.sentences };
  const neutral = parsed.sentences.map((_, i) => neutralSentence(parsed, i, rules));
  // One line per sentence: the screen tells sentences apart by the line breaks. The folding makes every white space of
  // the answer a plain space, but reading rules of one's own may give a word a neutral form that holds one: it is read
  // as a space, which can only add to what may match.
  const joined = neutral.map((n) => (n.text.includes("\n") ? n.text.replaceAll("\n", " ") : n.text)).join("\n");
  return { text, parsed, ids, lists: listsOfTokens(rules, parsed.tokens, ids), neutral, screen: screen === undefined ? screenText(joined) : screen.scan(joined) };
}

const LIST_JOINS = new Set([",", "and", "then", "or"]);
const OBJECT_STARTS = new Set(["DET", "PRON"]);

/**
 * The next steps of a list of actions, read as verbs: in "I would apologise, check the order and refund it" the tagger
 * often takes "check" and "refund" for nouns. A bare word tagged as a noun, right after a comma or "and", right before
 * a determiner or a pronoun ("the", "it", "their"), and in its dictionary form, is a verb in English.
 */
function bareVerbsInLists(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  tokens.forEach((token, t) => {
    const before = tokens[t - 1];
    const after = tokens[t + 1];
    if (token.pos !== "NOUN" || before === undefined || after === undefined || !LIST_JOINS.has(before.lemma) || !OBJECT_STARTS.has(after.pos)) return;
    if (token.value.toLowerCase() !== token.lemma || after.lemma === "'s") return;
    out ??= [...tokens];
    out[t] = makeToken(token.value, token.lemma, "VERB", token.type, token.stop, token.start, token.end);
  });
  return out ?? tokens;
}

// A lemma's lists are asked of a map once per token otherwise; by id, the answer is read from one place, checked
// against the lemma it was read for (one spelling has one id, but may have a lemma per part of speech: "saw").

/** Per rules, by id, side by side: at 2 × id the lemma the lists were read for, at 2 × id + 1 the lists' bits. */
const byId = new WeakMap<CompiledRules, (string | number)[]>();

/** Each token's lists (`rules.listsOf`), looked up by its id where the id last had the same lemma. */
function listsOfTokens(rules: CompiledRules, tokens: readonly Token[], ids: readonly number[]): number[] {
  let cache = byId.get(rules);
  if (cache === undefined) byId.set(rules, (cache = []));
  const out: number[] = new Array<number>(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const id = ids[t] as number;
    const lemma = (tokens[t] as Token).lemma;
    if (id >= 0 && cache[2 * id] === lemma) {
      out[t] = cache[2 * id + 1] as number;
      continue;
    }
    const bits = rules.listsOf(lemma);
    out[t] = bits;
    if (id < 0 || id >= ID_CACHE_BOUND) continue;
    while (cache.length <= 2 * id + 1) cache.push("", 0);
    cache[2 * id] = lemma;
    cache[2 * id + 1] = bits;
  }
  return out;
}
