import { makeToken, type ParsedText } from "./nlp.js";
import type { CompiledRules } from "../rules/compile.js";
import { NAME_PLACEHOLDER } from "./neutral.js";

/** What follows a name that starts a sentence: "Will called…", "Hope was…" (a modal "will" takes a bare verb). */
const ACTS_NEXT = /^(?:['’]s\b|\s+(?:was|were|had|has|is|said|told|came|went|rang|got|left|took|gave|kept|sent|\p{L}+ed)\b)/iu;
const DATE_BEFORE = /\b(?:in|on|of|since|by|until|till|last|next|this|early|late|mid|from|through|during|every)\s+$/iu;
const DATE_AFTER = /^\s*(?:\d|the\s+\d|last\b|this\b)/iu;

/** White space other than a plain space. */
const OTHER_SPACE = /[^\S ]/;
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])/gu;
// Read on text whose whitespace is all plain spaces, so that a line break inside a sentence changes nothing; a list
// item's marker ("- ", "• ") still starts one.
const SENTENCE_START = /(?:^|[.!?:;]["”’')\]]?\s+|["“‘(]\s*|(?:^|\s)[-–—•*·]\s*)$/u;

/**
 * Finds the personal and proper names of an answer from how it is written: a capitalised word inside a
 * sentence (not "I", a title, a day or a month), or starting one and followed by what a person does
 * ("Will called…"); then every capitalised use of the same word. Only in normally cased text: in text written
 * all in capitals or all in lower case, nothing can be told from case, and nothing is found.
 *
 * @param text - the answer as written
 * @param rules - the reading rules (which capitalised words are never names, which names are also words)
 * @returns the names' character ranges, in order
 * @example
 * findNames("Then Will called Mrs Osei back.", compileRules(englishRules))
 * //=> [[5, 9], [21, 25]]
 */
export function findNames(text: string, rules: CompiledRules): [number, number][] {
  if (OTHER_SPACE.test(text)) text = text.replace(/\s/g, " ");
  const { letters, upper } = lettersOf(text);
  if (letters === 0 || upper === 0 || upper / letters > 0.3) return [];
  const spans: [number, number][] = [];
  const named = new Set<string>();
  const candidates = [...text.matchAll(CAPITALISED)].filter((m) => !notAName(m[0].toLowerCase(), rules));
  const isDate = (m: RegExpMatchArray): boolean =>
    rules.monthOrName.has(m[0].toLowerCase()) &&
    (DATE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) || DATE_AFTER.test(text.slice((m.index ?? 0) + m[0].length)));
  // Inside a sentence a capital marks a name; the same word then is a name at a sentence's start too.
  for (const m of candidates) {
    if (isDate(m)) continue;
    const atStart = SENTENCE_START.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index));
    if (atStart && !(rules.wordNames.has(m[0].toLowerCase()) && ACTS_NEXT.test(text.slice((m.index ?? 0) + m[0].length)))) continue;
    named.add(m[0].toLowerCase());
  }
  for (const m of candidates) {
    if (named.has(m[0].toLowerCase()) && !isDate(m)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

/** A word never a name, or its plural ("Fridays"). */
function notAName(word: string, rules: CompiledRules): boolean {
  return rules.notNames.has(word) || (word.endsWith("s") && rules.notNames.has(word.slice(0, -1)));
}

/** How many letters a text has, and how many of them are capitals (code points, as `/\p{L}/gu` counts them). */
function lettersOf(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) {
        letters++;
        if (code < 97) upper++;
      }
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? code);
    if (char.length === 2) i++;
    if (/\p{L}/u.test(char)) {
      letters++;
      if (/\p{Lu}/u.test(char)) upper++;
    }
  }
  return { letters, upper };
}

/** A text with names replaced, and the way back to the original's offsets. */
export interface Substituted {
  /** The text the NLP reads. */
  readonly text: string;
  /** Maps an offset of `text` (a token's start or end) back to the original. */
  readonly toOriginal: (offset: number, edge: "start" | "end") => number;
}

/**
 * Replaces character ranges of a text with a placeholder name, keeping a map back to the original offsets.
 *
 * @param text - the text (already folded)
 * @param spans - the ranges to replace, in order, not overlapping
 * @returns the new text and the offset map
 */
export function substituteNames(text: string, spans: readonly (readonly [number, number])[]): Substituted {
  if (spans.length === 0) return { text, toOriginal: (offset) => offset };
  let out = "";
  let cursor = 0;
  // Pieces of the new text: [newStart, newEnd, originalStart, originalEnd, replaced].
  const pieces: [number, number, number, number, boolean][] = [];
  for (const [start, end] of spans) {
    if (start > cursor) {
      pieces.push([out.length, out.length + (start - cursor), cursor, start, false]);
      out += text.slice(cursor, start);
    }
    pieces.push([out.length, out.length + NAME_PLACEHOLDER.length, start, end, true]);
    out += NAME_PLACEHOLDER;
    cursor = end;
  }
  pieces.push([out.length, out.length + (text.length - cursor), cursor, text.length, false]);
  out += text.slice(cursor);
  const toOriginal = (offset: number, edge: "start" | "end"): number => {
    for (const [newStart, newEnd, origStart, origEnd, replaced] of pieces) {
      if (offset < newStart || offset > newEnd || (offset === newEnd && edge === "start" && newEnd !== out.length)) continue;
      if (replaced) return edge === "start" ? origStart : origEnd;
      return origStart + (offset - newStart);
    }
    return Math.min(offset, text.length);
  };
  return { text: out, toOriginal };
}

/**
 * Moves a parse of a substituted text back onto the original's offsets.
 *
 * @param parsed - the parse of the substituted text
 * @param original - the original text
 * @param toOriginal - the offset map
 * @returns the same parse, with offsets into `original`
 */
export function remapParse(parsed: ParsedText, original: string, toOriginal: Substituted["toOriginal"]): ParsedText {
  return {
    text: original,
    tokens: parsed.tokens.map((t) => makeToken(t.value, t.lemma, t.pos, t.type, t.stop, toOriginal(t.start, "start"), toOriginal(t.end, "end"))),
    sentences: parsed.sentences.map((s) => ({ ...s, start: toOriginal(s.start, "start"), end: toOriginal(s.end, "end") })),
  };
}
