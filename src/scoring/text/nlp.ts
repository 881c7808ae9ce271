import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Parts of speech, by group: a set is looked up faster than a pattern is run on every token. */
const TAGS_PUNCT_SYM_NUM: ReadonlySet<string> = new Set(["PUNCT", "SYM", "NUM"]);

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

/**
 * A token, made in one place: every token then has the same shape (hidden class), so that each stage reading tokens
 * reads them all alike (a copy by spreading gets another shape, and every later read of a token slows down). Internal.
 *
 * @param value - the token as written (in the text the parser read)
 * @param lemma - its lemma, lower-cased
 * @param pos - its part of speech
 * @param type - wink-nlp's token type
 * @param stop - whether it is a stop word
 * @param start - its first character's offset
 * @param end - one past its last character's offset
 * @returns the token
 */
export function makeToken(value: string, lemma: string, pos: string, type: string, stop: boolean, start: number, end: number): Token {
  return { value, lemma, pos, type, stop, start, end };
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

/** Whether the character at `k` is white space (what `String.prototype.trim` removes). */
function spaceAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && (text[k] as string).trim() === "";
}

/** Whether `text` between two offsets holds only white space. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!spaceAt(text, k)) return false;
  return true;
}

/**
 * Where a token spelt `value` starts in `text` at or after `cursor` with only white space before it, or -1: the first
 * place it occurs there, if only white space comes before that place.
 */
function tokenStart(text: string, value: string, cursor: number): number {
  // Most tokens start right after the white space at the cursor: there, when the token itself starts with no white
  // space, it cannot occur any earlier.
  let k = cursor;
  while (k < text.length && spaceAt(text, k)) k++;
  if (value !== "" && !spaceAt(value, 0) && text.startsWith(value, k)) return k;
  const at = text.indexOf(value, cursor);
  return at !== -1 && onlySpace(text, cursor, at) ? at : -1;
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
// Kept column by column, by the number each unique id is given (below), in arrays rather than maps or an object per
// entry: a lookup per token is what this cache is for, and the columns are read right after wink-nlp's pass has filled
// the processor's cache with its own data.

/**
 * Ids from this one on are not kept by id, here or by the scorer (a bulk run meeting a million new spellings): they
 * are asked of wink-nlp, or kept by spelling, every time. Internal.
 */
export const ID_CACHE_BOUND = 1 << 20;

/**
 * A column by id with room for `id` (under {@link ID_CACHE_BOUND}): the column itself, or a copy twice as long. Internal.
 *
 * @param column - the column
 * @param id - the id to make room for
 * @returns a column at least `id + 1` long, with the column's values
 */
export function withRoomFor<T extends Int32Array | Uint32Array>(column: T, id: number): T {
  if (id < column.length) return column;
  const grown = new (column.constructor as new (length: number) => T)(Math.min(ID_CACHE_BOUND, Math.max(2 * column.length, id + 1)));
  grown.set(column);
  return grown;
}

// wink-nlp numbers its lexicon's entries in its own order, so the words of answers have ids spread over tens of
// thousands (the real answers' run up to 88,000): every table by id would be read at random, far apart. Each id is
// given instead a number of its own, in the order first met (the common words of answers come first), and every table
// by id — here, in `readText` and in the scorer — is by that number: the words of answers then sit close together, and
// stay in the processor's cache. Only this table is by wink-nlp's id: 0 not yet met, else 1 + the number.
let numberOf = new Int32Array(1 << 17);
/** How many ids have a number. */
let numbered = 0;

/** The number of wink-nlp's id `id` (under the bound): given the first time it is met, or -1 past the bound. */
function numberOfId(id: number): number {
  if (id >= numberOf.length) numberOf = withRoomFor(numberOf, id);
  const known = numberOf[id] as number;
  if (known !== 0) return known - 1;
  if (numbered >= ID_CACHE_BOUND) return -1;
  numberOf[id] = ++numbered;
  return numbered - 1;
}

// What is kept of an id sits side by side, so that a token's look-up reads two places, not four.
/** By id, two strings ("" not yet known): at 2 × id its spelling, at 2 × id + 1 the lemma (lower-cased) first met. */
const words: string[] = [];
/**
 * By id, two codes: in the low 16 bits its type and stop-word flag (0 not yet known, else 1 + 2 × the type's place in
 * `typeNames` + the flag), above them 1 + the number of the part of speech its first lemma was met with (0: none yet).
 */
let codes = new Uint32Array(1 << 16);
/** wink-nlp's token types (word, number, punctuation, …), in the order first met. */
const typeNames: string[] = [];
/** Lemmas met with another part of speech, by id × 32 + the tag's number. */
const otherLemmas = new Map<number, string>();
// Parts of speech, numbered as first met (there are 17 universal tags and "SPACE").
const tagNumbers = new Map<string, number>();

/** wink-nlp 2.4's typings reject its.lemma under strict mode; the call itself is sound. */
const lemmaOut = (its: WinkMethods["its"]): typeof its.value => its.lemma as unknown as typeof its.value;

type WinkTokens = ReturnType<ReturnType<WinkMethods["readDoc"]>["tokens"]>;

// Each reader below is split in two: the look-up, run for every token, and the first reading of an id, run rarely. Kept
// apart, the look-up's compiled code never meets the rare path's unseen types, and is not thrown away when it runs.

/** An id's type and stop-word flag (as `codes` codes them). */
function kindOf(tokens: WinkTokens, i: number, id: number, its: WinkMethods["its"]): number {
  const known = (codes[id] as number) & 0xffff;
  return known !== 0 ? known : readKind(tokens, i, id, its);
}

/** {@link kindOf}, read from wink-nlp's token `i` the first time the id is met. */
function readKind(tokens: WinkTokens, i: number, id: number, its: WinkMethods["its"]): number {
  const token = tokens.itemAt(i);
  const type = token.out(its.type);
  let t = typeNames.indexOf(type);
  if (t === -1) t = typeNames.push(type) - 1;
  while (words.length <= 2 * id + 1) words.push("");
  words[2 * id] = token.out(its.value);
  const kind = 1 + 2 * t + ((token.out(its.stopWordFlag) as unknown as boolean) ? 1 : 0);
  codes[id] = ((codes[id] as number) & ~0xffff) | kind;
  return kind;
}

/** An id's lemma (lower-cased) with the part of speech numbered `tagNo`. */
function lemmaOf(tokens: WinkTokens, i: number, id: number, tagNo: number, value: string, its: WinkMethods["its"]): string {
  const first = (codes[id] as number) >>> 16;
  const known = first === tagNo + 1 ? words[2 * id + 1] : first === 0 ? undefined : otherLemmas.get(id * 32 + tagNo);
  return known !== undefined ? known : readLemma(tokens, i, id, tagNo, value, its);
}

/** {@link lemmaOf}, read from wink-nlp's token `i` the first time the id and the part of speech are met together. */
function readLemma(tokens: WinkTokens, i: number, id: number, tagNo: number, value: string, its: WinkMethods["its"]): string {
  const first = (codes[id] as number) >>> 16;
  // wink-nlp gives some tokens no lemma ("wont"): the token's own spelling stands in.
  const lemma = ((tokens.itemAt(i).out(lemmaOut(its)) as string | undefined) ?? value).toLowerCase();
  if (first === 0) {
    // `words` has room for the id: its kind, read first, made it.
    words[2 * id + 1] = lemma;
    codes[id] = ((codes[id] as number) & 0xffff) | ((tagNo + 1) << 16);
  } else if (otherLemmas.size < 200_000) otherLemmas.set(id * 32 + tagNo, lemma);
  return lemma;
}

/** The number of a part of speech, as first met. */
function tagNumberOf(tag: string): number {
  let n = tagNumbers.get(tag);
  if (n === undefined) tagNumbers.set(tag, (n = tagNumbers.size));
  return n;
}

/** What wink-nlp says of every token of a document: spelling, part of speech, lemma (lower-cased), type and stop-word flag. */
function tokenFacts(doc: ReturnType<WinkMethods["readDoc"]>, its: WinkMethods["its"]): { values: string[]; pos: string[]; lemmas: string[]; types: string[]; stops: boolean[]; ids: number[] } {
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const pos = tokens.out(its.pos);
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  const n = ids.length;
  const values: string[] = new Array(n);
  const lemmas: string[] = new Array(n);
  const types: string[] = new Array(n);
  const stops: boolean[] = new Array(n);
  let lastTag = "";
  let tagNo = -1;
  for (let i = 0; i < n; i++) {
    const winkId = ids[i] as number;
    const id = contracted[i] === true || winkId >= ID_CACHE_BOUND ? -1 : numberOfId(winkId);
    if (id === -1) {
      // A part of a contraction takes its lemma and flag from the tokenizer, not from its entry, and an id past the
      // bound is not kept: asked every time.
      const token = tokens.itemAt(i);
      values[i] = token.out(its.value);
      types[i] = token.out(its.type);
      lemmas[i] = ((token.out(lemmaOut(its)) as string | undefined) ?? values[i] ?? "").toLowerCase();
      stops[i] = token.out(its.stopWordFlag) as unknown as boolean;
      ids[i] = contracted[i] === true ? -1 : ID_CACHE_BOUND;
      continue;
    }
    ids[i] = id;
    if (id >= codes.length) codes = withRoomFor(codes, id);
    const kind = kindOf(tokens, i, id, its);
    const value = words[2 * id] as string;
    values[i] = value;
    types[i] = typeNames[(kind - 1) >>> 1] as string;
    stops[i] = (kind & 1) === 0;
    const tag = pos[i] as string;
    if (tag !== lastTag) {
      lastTag = tag;
      tagNo = tagNumberOf(tag);
    }
    lemmas[i] = lemmaOf(tokens, i, id, tagNo, value, its);
  }
  return { values, pos, lemmas, types, stops, ids };
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
  return parseWithIds(text).parsed;
}

/** A clitic ("'s", "'d", "'ll", "n't") against punctuation: "the customer's." */
const CLITIC_AGAINST_PUNCTUATION = /(?<=[\p{L}\p{N}]['’]\p{L}{1,2})(?=[^\s\p{L}\p{N}])/gu;

/** A single quote that opens on "a" ("asked me for 'a book about Excel'"): the place after the quote. */
const QUOTE_ON_A = /(?=a\s)(?<=(?:^|[\s([{"“])['‘])/giu;

/** A quick test for it first: the look-behind above is tried at every place of the text. */
const MAY_OPEN_ON_A = /['‘]a\s/i;

/**
 * A word wink-nlp takes for an abbreviation before a full stop ("in." for inches, "no." for number, "sat." for
 * Saturday), at the end of a sentence: the place before the stop, when a capital opens the next sentence ("she logged
 * in. Then…"). wink-nlp would read "in." as one word and the two sentences as one.
 */
const WORD_NOT_ABBREVIATION = /(?<=\b(?:in|no|sat))(?=\.\s+["“‘']?\p{Lu})/giu;
/** A quick test for it first: most answers hold none, and the look-behind above is tried at every place of the text. */
const MAY_END_IN_ABBREVIATION = /(?:in|no|sat)\.\s/i;

/** "I'm", which wink-nlp keeps as one word of its lexicon, a proper noun: the place between "I" and "'m". */
const I_AM_AS_ONE = /(?<=\bi)(?=['’]m\b)/giu;
/** A quick test for it first. */
const MAY_HOLD_I_AM = /\bi['’]m\b/i;

/**
 * The text wink-nlp is given: a space put where wink-nlp would join two tokens into one word that would misread the
 * answer. The tokens' offsets are found in the original text, so no space changes any of them.
 * - Between a clitic and the punctuation right after it: wink-nlp reads "the customer's." as a word "customer's" and a
 *   full stop, and keeps "customer's" in its lexicon for the rest of the process. From then on "the customer's bag" is
 *   read as that one word, not "customer" and "'s", so an answer's reading would depend on what was read before it.
 * - After a single quote that opens on "a": wink-nlp reads "'a" as one word, so the quotation was never opened, its
 *   closing mark was read as an opening one, and the rest of the answer as someone's words.
 * - Between "I" and "'m": wink-nlp reads "I'm" as one word, a proper noun, so "I'm calling him" and "I'm fed up" had
 *   been someone else's acts and states (the candidate's only where no verb followed).
 * - Before the full stop after "in", "no" or "sat" that ends a sentence: wink-nlp reads the word and the stop as an
 *   abbreviation, and the sentence as running on into the next.
 */
function forWink(text: string): string {
  const split = MAY_HOLD_I_AM.test(text) ? text.replace(I_AM_AS_ONE, " ") : text;
  const apart = /['’]\p{L}{1,2}[^\s\p{L}\p{N}]/u.test(split) ? split.replace(CLITIC_AGAINST_PUNCTUATION, " ") : split;
  const quoted = MAY_OPEN_ON_A.test(apart) ? apart.replace(QUOTE_ON_A, " ") : apart;
  return MAY_END_IN_ABBREVIATION.test(quoted) ? quoted.replace(WORD_NOT_ABBREVIATION, " ") : quoted;
}

/**
 * {@link parseText}, with each token's id: the number given to its wink-nlp unique id (the entry of its lexicon the
 * token is), in the order first met in the process; -1 for a part of a contraction, whose reading the tokenizer sets, or
 * for an imperative's verb read again (`imperativeAtStart`), and
 * {@link ID_CACHE_BOUND} past the bound. What scoring caches the token's readings by. Internal.
 *
 * @param text - any text
 * @returns the parse, and the ids token by token
 */
export function parseWithIds(text: string): { readonly parsed: ParsedText; readonly ids: readonly number[] } {
  const wink = engine();
  const its = wink.its;
  const doc = wink.readDoc(forWink(text));
  const { values, pos, lemmas, types, stops, ids: idOf } = tokenFacts(doc, its);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // A plain array: a small typed array costs more to allocate than it saves.
  const ids: number[] = [];
  const rawTokens: Token[] = [];
  const before: number[] = []; // wink token index -> how many of our tokens (spaces dropped) come before it
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink-nlp may hand back a token spelt otherwise than the text (a ligature split, a normalised character):
    // then the token covers the next stretch of non-space text, so that offsets never drift or overrun.
    const at = tokenStart(text, value, cursor);
    const found = at !== -1;
    let start = found ? at : cursor;
    while (!found && start < text.length && spaceAt(text, start)) start++;
    const end = found ? at + value.length : Math.min(text.length, start + Math.max(1, value.length));
    cursor = end;
    before[i] = rawTokens.length;
    if ((pos[i] ?? "") === "SPACE" || value.trim() === "") continue;
    ids.push(idOf[i] as number);
    rawTokens.push(makeToken(value, lemmas[i] ?? value.toLowerCase(), pos[i] ?? "X", types[i] ?? "word", stops[i] === true, start, end));
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
    imperativeAtStart(rawTokens, ids, firstToken, endToken);
    verbsAfterSubjects(rawTokens, ids, firstToken, endToken);
    nounsBeforeVerbs(rawTokens, ids, firstToken, endToken);
    participlesBeforeNouns(rawTokens, ids, firstToken, endToken);
  }
  return { parsed: { text, tokens: rawTokens, sentences }, ids };
}

/** The subject pronouns (lower-cased): what stands before a verb as its subject. Internal; the clause reader reads them too. */
export const NOMINATIVE: ReadonlySet<string> = new Set(["i", "we", "he", "she", "they"]);
/** Words that may stand right after a subject pronoun and are no verb ("I alone", "we both", "I personally"). */
const AFTER_SUBJECT = new Set(["alone", "too", "both", "all", "personally", "sure", "only", "first", "instead", "again", "myself", "ourselves", "themselves", "himself", "herself"]);
/** Prefixes of verbs wink-nlp's lexicon knows without them ("rewrote" is "re" and "wrote", "handwrote" "hand" and "wrote"). */
const VERB_PREFIXES = ["re", "un", "mis", "over", "out", "under", "pre", "co", "hand"];
// The verb readings of words wink-nlp took for nouns or adjectives, by spelling: few words, met again and again.
const verbLemmas = new Map<string, string>();

/** What wink-nlp reads `word` as, in a plain clause with a subject and an object: its lemma if a verb, else undefined. */
function verbReading(word: string): string | undefined {
  const wink = engine();
  const tokens = wink.readDoc(`They ${word} it.`).tokens();
  const pos = tokens.out(wink.its.pos) as string[];
  return pos[1] === "VERB" ? ((tokens.out(wink.its.lemma as never) as string[])[1] ?? undefined) : undefined;
}

/**
 * The lemma of a word after a subject that wink-nlp's lexicon has only as a noun or an adjective, if it is a verb: a
 * verb read in a plain clause ("they own it"), another form of one ("books", "types"), a verb with a prefix ("rewrote":
 * "re" + "write"), or a form in "-ed" of one ("baked": "bake"). Else undefined: "I student here", "she angry", the verb left out as in some second-language
 * English, are not read as actions.
 */
function verbLemmaOf(value: string, lemma: string): string | undefined {
  const known = verbLemmas.get(value);
  if (known !== undefined) return known === "" ? undefined : known;
  const found = lemma !== value ? (verbReading(lemma) === lemma ? lemma : undefined) : (verbReading(value) ?? prefixedVerb(value) ?? verbOfEd(value));
  if (verbLemmas.size >= 4096) verbLemmas.clear();
  verbLemmas.set(value, found ?? "");
  return found;
}

/** "rewrote": "re" and the verb wink-nlp reads "wrote" as, "rewrite". */
function prefixedVerb(value: string): string | undefined {
  const prefix = VERB_PREFIXES.find((p) => value.startsWith(p) && value.length > p.length + 2);
  const base = prefix === undefined ? undefined : verbReading(value.slice(prefix.length));
  return prefix === undefined || base === undefined ? undefined : prefix + base;
}

/** "baked": the verb a form in "-ed" comes from ("bake", "bak" or "ba" and its spelling as a verb). */
function verbOfEd(value: string): string | undefined {
  if (!value.endsWith("ed")) return undefined;
  return [value.slice(0, -1), value.slice(0, -2), value.slice(0, -3)].find((stem) => stem.length > 2 && verbReading(stem) === stem);
}

/** Adverbs of degree, which stand before an adjective ("I very overjoyed", a verb left out), not before a verb. */
const DEGREE = new Set(["very", "so", "really", "too", "quite", "pretty", "extremely", "totally", "completely", "rather", "more", "most", "less", "bit"]);

/** A word that may stand between a subject and its verb: an adverb not of degree, or one of `AFTER_SUBJECT`. */
function standsBetween(token: Token): boolean {
  const value = token.value.toLowerCase();
  return (token.pos === "ADV" && !DEGREE.has(value)) || AFTER_SUBJECT.has(value);
}

/** The word before token `t`, past up to two adverbs or words that may stand between a subject and its verb ("I always own", "I first design", "we both agreed"): lower-cased, or "". */
function subjectBefore(tokens: readonly Token[], t: number, firstToken: number): string {
  let u = t - 1;
  while (u > t - 3 && u > firstToken && standsBetween(tokens[u] as Token)) u--;
  return u >= firstToken ? (tokens[u] as Token).value.toLowerCase() : "";
}

/**
 * A verb right after a subject pronoun, or after it and an adverb or two ("I rewrote it", "we baked a cake", "I always
 * own my mistakes"), is read as the verb it is, though wink-nlp's lexicon has some verb forms only as nouns or
 * adjectives: the candidate's action had been lost, the clause read as having no verb and its subject as whatever came
 * next. Only a word that is a verb ({@link verbLemmaOf}), and not one of the few that stand there otherwise ("I
 * alone", "we both"). Its id is dropped, as for an imperative read again.
 */
function verbsAfterSubjects(tokens: Token[], ids: number[], firstToken: number, endToken: number): void {
  for (let t = firstToken + 1; t < endToken; t++) {
    const token = tokens[t] as Token;
    if ((token.pos !== "NOUN" && token.pos !== "ADJ") || token.type !== "word") continue;
    const value = token.value.toLowerCase();
    if (!NOMINATIVE.has(subjectBefore(tokens, t, firstToken)) || AFTER_SUBJECT.has(value)) continue;
    const lemma = verbLemmaOf(value, token.lemma);
    if (lemma === undefined) continue;
    tokens[t] = makeToken(token.value, lemma, "VERB", token.type, token.stop, token.start, token.end);
    ids[t] = -1;
  }
}

/** Determiners and numbers a participle may stand after as an adjective ("zero missed callbacks", "the delayed parcel"). */
const BEFORE_PARTICIPLE = new Set(["DET", "NUM"]);
const POSSESSIVE_BEFORE = new Set(["my", "our", "your", "their", "his", "her", "its"]);

/**
 * A verb in "-ed" that stands before a noun as its adjective is read as one: after a determiner, a number or a possessive
 * ("zero missed callbacks", "her delayed parcel"), or opening a sentence whose verb comes after the noun ("Missed
 * call-backs went from a few a week to none"). As a verb it had been the candidate's act: a red flag for missing
 * callbacks read into the outcome of having none.
 */
function participlesBeforeNouns(tokens: Token[], ids: number[], firstToken: number, endToken: number): void {
  for (let t = firstToken; t + 1 < endToken; t++) {
    const token = tokens[t] as Token;
    const next = tokens[t + 1] as Token;
    if (token.pos !== "VERB" || next.pos !== "NOUN" || !token.value.endsWith("ed") || token.value.toLowerCase() === token.lemma) continue;
    const before = t > firstToken ? (tokens[t - 1] as Token) : undefined;
    const modifies = before === undefined ? finiteVerbAfter(tokens, t + 2, endToken) : BEFORE_PARTICIPLE.has(before.pos) || POSSESSIVE_BEFORE.has(before.value.toLowerCase());
    if (!modifies) continue;
    tokens[t] = makeToken(token.value, token.lemma, "ADJ", token.type, token.stop, token.start, token.end);
    ids[t] = -1;
  }
}

/** Whether a verb follows within a few words, past the rest of a noun phrase, before any punctuation. */
function finiteVerbAfter(tokens: readonly Token[], from: number, endToken: number): boolean {
  for (let u = from; u < Math.min(endToken, from + 3); u++) {
    const token = tokens[u] as Token;
    if (token.pos === "VERB" || token.pos === "AUX") return true;
    if (token.pos !== "NOUN" && !(token.value === "-" && token.start === (tokens[u - 1] as Token).end)) return false;
  }
  return false;
}

/** Verbs that take a participle after them ("customers feel valued", "cars get checked", "stay focused"). */
const LINKING = new Set(["feel", "get", "stay", "keep", "become", "seem", "remain", "look", "sound", "appear", "go", "come"]);

/**
 * A noun that wink-nlp tagged a verb right before a verb in "-ed" ("the team lead added it", "so people waited", "the
 * tax update changed it", "Rob called") is the subject of that verb, and read as a noun, or a name if it has a capital:
 * as a verb it had been a present-tense act of the clause before's subject, most often the candidate's. Not a verb that
 * takes a participle ("customers feel valued"), nor one after a subject, an auxiliary or "to".
 */
function nounsBeforeVerbs(tokens: Token[], ids: number[], firstToken: number, endToken: number): void {
  for (let t = firstToken; t + 1 < endToken; t++) {
    const token = tokens[t] as Token;
    const next = tokens[t + 1] as Token;
    if (token.pos !== "VERB" || next.pos !== "VERB" || token.type !== "word" || !next.value.endsWith("ed") || next.value.toLowerCase() === next.lemma) continue;
    const value = token.value.toLowerCase();
    if (value !== token.lemma || LINKING.has(value)) continue;
    const before = t > firstToken ? (tokens[t - 1] as Token) : undefined;
    if (before !== undefined && (before.pos === "PRON" || before.pos === "AUX" || before.pos === "PART" || before.lemma === "to")) continue;
    const name = t > firstToken && /^\p{Lu}/u.test(token.value);
    tokens[t] = makeToken(token.value, value, name ? "PROPN" : "NOUN", token.type, token.stop, token.start, token.end);
    ids[t] = -1;
  }
}

/**
 * A verb that is also a noun, opening a sentence as an imperative ("Check the booking.", "Offer a refund.", "Call her
 * back."), is tagged a name by wink-nlp for its capital. Before a determiner or a pronoun it is the verb: a name there
 * would be someone served and the subject of the clause. Its id is dropped, so that no reading cached by id is shared
 * with the name it was taken for.
 */
function imperativeAtStart(tokens: Token[], ids: number[], firstToken: number, endToken: number): void {
  let t = firstToken;
  while (t < endToken && TAGS_PUNCT_SYM_NUM.has((tokens[t] as Token).pos)) t++; // a list's marker or number
  const token = tokens[t];
  const next = t + 1 < endToken ? tokens[t + 1] : undefined;
  if (token === undefined || next === undefined || token.pos !== "PROPN" || (next.pos !== "DET" && next.pos !== "PRON")) return;
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.value)) return;
  // A name with a verb of its own after it is a name ("Priya the manager said no"); an imperative has none in its clause.
  for (let u = t + 1; u < endToken; u++) {
    const after = tokens[u] as Token;
    if (after.pos === "PUNCT" || after.pos === "CCONJ" || after.pos === "SCONJ") break;
    if ((after.pos === "VERB" || after.pos === "AUX") && tokens[u - 1]?.pos !== "PART") return;
  }
  tokens[t] = makeToken(token.value, token.value.toLowerCase(), "VERB", token.type, token.stop, token.start, token.end);
  ids[t] = -1;
}
