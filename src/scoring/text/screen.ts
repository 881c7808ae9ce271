import { RegExpParser } from "@eslint-community/regexpp";
import type { Alternative, Element } from "@eslint-community/regexpp/ast";

// A screen is a cheap first test of whether a pattern can match an answer at all: every match of a pattern contains
// one of its "needles" (strings read off the pattern), so a pattern none of whose needles occurs in the answer's text
// cannot match it and need not be run. Most of rapport's cue and indicator patterns miss most answers, and finding
// that out costs a regular expression a try at every word of the answer, where the screen costs one look-up per
// character of it.

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Alternatives expanded into exact strings up to this many; past it, a run is cut. */
const MAX_STRINGS = 24;

/** Strings a piece of pattern matches exactly (all of them, lower-cased), or null when it is not a short finite list. */
type Exact = readonly string[] | null;

/**
 * A piece of pattern: the exact strings it matches, if few, and the needles one of which its every match contains; and,
 * for a sequence, a second list of needles read off another part of it, one of which every match contains as well.
 */
interface Piece {
  readonly exact: Exact;
  readonly needles: readonly string[] | null;
  readonly second?: readonly string[] | null;
}

// Only printable ASCII is read as a literal: under the `i` flag, an ASCII character in a pattern matches only ASCII
// characters in the text (the ECMAScript canonicalisation never maps a non-ASCII character to an ASCII one), so a
// lower-cased needle is found in the lower-cased text wherever the pattern matches.
const literal = (code: number): string | null => (code >= 0x20 && code < 0x7f ? String.fromCharCode(code).toLowerCase() : null);

/** The better of two needle lists: the one whose shortest needle is longest (then the shorter list). */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (list: readonly string[]): number => list.reduce((m, s) => Math.min(m, s.length), Infinity);
  const sa = shortest(a);
  const sb = shortest(b);
  return sb > sa || (sb === sa && b.length < a.length) ? b : a;
}

/** Every way of following one list of strings with another, if there are few enough. */
function product(a: readonly string[], b: readonly string[]): Exact {
  if (a.length * b.length > MAX_STRINGS) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/** A union of alternatives: exact if all are, with needles only if every alternative has some. */
function union(alternatives: readonly Alternative[]): Piece {
  const pieces = alternatives.map(sequence);
  if (pieces.length === 1) return pieces[0] as Piece;
  // Exact when every alternative is, in all no more than MAX_STRINGS strings (before duplicates are dropped).
  let strings = 0;
  for (const p of pieces) strings += p.exact === null ? Infinity : p.exact.length;
  const exact = strings <= MAX_STRINGS ? [...new Set(pieces.flatMap((p) => p.exact as readonly string[]))] : null;
  if (pieces.some((p) => p.needles === null)) return { exact, needles: null };
  const needles = new Set<string>();
  for (const p of pieces) for (const n of p.needles as readonly string[]) needles.add(n);
  return { exact, needles: [...needles] };
}

/** One element of a sequence. */
function element(node: Element): Piece {
  switch (node.type) {
    case "Character": {
      const char = literal(node.value);
      return char === null ? { exact: null, needles: null } : { exact: [char], needles: [char] };
    }
    case "Group":
    case "CapturingGroup":
      return union(node.alternatives);
    case "Quantifier": {
      const inner = element(node.element);
      // Optional once: nothing, or one of its strings; otherwise it may match nothing, and breaks a run.
      if (node.min === 0) return { exact: node.max === 1 && inner.exact !== null ? ["", ...inner.exact] : null, needles: null };
      // Exactly n times repeats its strings; at least once keeps only its needles.
      if (node.min === node.max && inner.exact !== null) {
        let exact: Exact = [""];
        for (let i = 0; i < node.min && exact !== null; i++) exact = product(exact, inner.exact);
        return { exact, needles: exact ?? inner.needles };
      }
      return { exact: null, needles: inner.needles };
    }
    case "CharacterClass": {
      const chars = node.negate ? null : node.elements.map((e) => (e.type === "Character" ? literal(e.value) : null));
      const exact = chars !== null && chars.length <= 8 && chars.every((c) => c !== null) ? [...new Set(chars as string[])] : null;
      return { exact, needles: exact };
    }
    case "Assertion":
      return { exact: [""], needles: null }; // zero width
    default:
      return { exact: null, needles: null }; // classes, sets, back-references: anything
  }
}

/** A sequence of elements: runs of exact pieces are joined into strings; the best needles of any piece serve. */
function sequence(node: Alternative): Piece {
  let best: readonly string[] | null = null;
  // Every list of needles read off the sequence, with the elements it spans: two that span no element in common are
  // both in every match.
  const found: { readonly needles: readonly string[]; readonly from: number; readonly to: number }[] = [];
  let runFrom = 0;
  let run: Exact = [""];
  // Once a piece cannot be joined to the run before it, the sequence as a whole has no exact strings: only its runs'.
  let whole = true;
  // Pieces of one string each (most are single characters) are gathered here and added to the run's strings at once.
  let tail = "";
  const flush = (): void => {
    if (run !== null && tail !== "") run = run.map((x) => x + tail);
    tail = "";
  };
  const close = (to: number): void => {
    flush();
    if (run !== null && !run.includes("")) {
      best = better(best, run);
      found.push({ needles: run, from: runFrom, to });
    }
  };
  node.elements.forEach((child, i) => {
    const piece = element(child);
    best = better(best, piece.needles);
    if (piece.needles !== null) found.push({ needles: piece.needles, from: i, to: i });
    if (run !== null && piece.exact !== null && piece.exact.length === 1) {
      tail += piece.exact[0] as string;
      return;
    }
    flush();
    const joined: Exact = run !== null && piece.exact !== null ? product(run, piece.exact) : null;
    if (joined === null) {
      close(i - 1);
      whole = false;
      run = piece.exact;
      runFrom = i;
    } else run = joined;
  });
  close(node.elements.length - 1);
  return { exact: whole ? run : null, needles: best, second: secondOf(found, best) };
}

/** Of the needle lists read off a sequence, the best one that spans none of the elements the chosen one does. */
function secondOf(found: readonly { readonly needles: readonly string[]; readonly from: number; readonly to: number }[], best: readonly string[] | null): readonly string[] | null {
  const chosen = found.find((f) => f.needles === best);
  if (chosen === undefined) return null;
  let second: readonly string[] | null = null;
  for (const f of found) if (f.to < chosen.from || f.from > chosen.to) second = better(second, f.needles);
  return second;
}

/**
 * Needles of a regular expression: strings one of which every match of it contains (lower-cased), or null when no
 * such list can be read off it (a pattern that may match anything, or one the parser cannot read).
 *
 * @param pattern - the regular expression
 * @returns its needles, or null
 * @example
 * needlesOf(/\bnodd(?:ed|ing) along\b/i)
 * //=> ["nodded along", "nodding along"]
 */
export function needlesOf(pattern: RegExp): readonly string[] | null {
  return needlesRead(pattern).needles;
}

/**
 * A second list of needles of a regular expression, read off another part of it than {@link needlesOf}'s: every match
 * contains one of each list. Null when no such list can be read (a pattern of several alternatives, or one with a
 * single part that holds needles).
 *
 * @param pattern - the regular expression
 * @returns its second needles, or null
 * @example
 * secondNeedlesOf(/\btold (?:them|him)\b[^.]{0,50}\bbecause i\b/i)
 * //=> ["told them", "told him"]
 */
export function secondNeedlesOf(pattern: RegExp): readonly string[] | null {
  return needlesRead(pattern).second;
}

const read = new WeakMap<RegExp, { readonly needles: readonly string[] | null; readonly second: readonly string[] | null }>();

function needlesRead(pattern: RegExp): { readonly needles: readonly string[] | null; readonly second: readonly string[] | null } {
  let found = read.get(pattern);
  if (found === undefined) {
    found = readNeedles(pattern);
    read.set(pattern, found);
  }
  return found;
}

/**
 * A list of needles as the screen keeps it: none when one is empty (it is in every text), and without a needle that
 * holds another of the list ("when i was in" beside "when i"): wherever it is, the other is too.
 */
function usable(needles: readonly string[] | null | undefined): readonly string[] | null {
  if (needles === null || needles === undefined || needles.some((n) => n.length === 0)) return null;
  const unique = [...new Set(needles)];
  return unique.filter((n) => !unique.some((m) => m !== n && n.includes(m)));
}

function readNeedles(pattern: RegExp): { readonly needles: readonly string[] | null; readonly second: readonly string[] | null } {
  try {
    const piece = union(parser.parseLiteral(pattern.toString()).pattern.alternatives);
    const needles = usable(piece.needles);
    return { needles, second: needles === null ? null : usable(piece.second) };
  } catch {
    return { needles: null, second: null };
  }
}

// English letter frequencies (per cent, a to z): with the sample, they tell how rare a run of characters is.
const LETTERS = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2, 6.1, 7, 0.15, 0.77, 4, 2.4, 6.7, 7.5, 1.9, 0.1, 6, 6.3, 9.1, 2.8, 1, 2.4, 0.15, 2, 0.07];
const frequency = (code: number): number => (code === 32 ? 18 : code >= 97 && code <= 122 ? (LETTERS[code - 97] as number) : 1);

/** Needles are filed under one of their runs of this many characters (a "gram"). */
const GRAM = 4;
/** The index has 2^13 slots: small enough to stay in the processor's cache between answers, which decides its speed. */
const SLOT_BITS = 13;
const SLOTS = 1 << SLOT_BITS;
/** Per needle, in slot order: the hash of its gram, its pattern, where its gram starts, its length, where the second gram looked at starts and that gram's hash. */
const FIELDS = 6;

/** The gram's four characters, 8 bits each (the low 8 of a character beyond them: a rare false find, never a miss), hashed. */
const hashOf = (packed: number): number => Math.imul(packed, 0x9e3779b1);

/** A 32-bit hash of the gram starting at `i`. */
const gramAt = (text: string, i: number): number =>
  hashOf(((text.charCodeAt(i) & 0xff) << 24) | ((text.charCodeAt(i + 1) & 0xff) << 16) | ((text.charCodeAt(i + 2) & 0xff) << 8) | (text.charCodeAt(i + 3) & 0xff));

const slotOf = (hash: number): number => hash >>> (32 - SLOT_BITS);

/** Needles of two and three characters are kept apart from a gram's by these bits above their packed characters. */
const TWO = 2 << 24;
const THREE = 3 << 24;
/** The key of a needle of two or three characters: its characters' low 8 bits, packed, with {@link TWO} or {@link THREE}. */
const pairKey = (needle: string): number => {
  let packed = 0;
  for (let k = 0; k < needle.length; k++) packed = (packed << 8) | (needle.charCodeAt(k) & 0xff);
  return (needle.length === 3 ? THREE : TWO) | packed;
};
/** How many needles of two or three characters a screen must have to find them in its pass over the text. */
const MANY_PAIRS = 8;
/** The set of keys of needles of two or three characters has 2^12 slots, one bit each. */
const PAIR_SLOT_BITS = 12;
const PAIR_SLOTS = 1 << PAIR_SLOT_BITS;
const pairSlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_SLOT_BITS);

/** How often each slot's grams occur in a sample of text. */
function slotCounts(sample: string): Uint32Array {
  const counts = new Uint32Array(SLOTS);
  const lower = sample.toLowerCase();
  for (let i = 0; i + GRAM <= lower.length; i++) {
    const s = slotOf(gramAt(lower, i));
    counts[s] = (counts[s] as number) + 1;
  }
  return counts;
}

/**
 * Where the gram a needle is filed under starts in it: the one whose look-ups cost least — rare in the sample and by
 * its letters, and in a slot few needles are filed in already (each is looked at wherever the slot's grams occur).
 */
function keyOf(needle: string, counts: Uint32Array, filed: Uint32Array): number {
  let best = 0;
  let lowest = Infinity;
  for (let i = 0; i + GRAM <= needle.length; i++) {
    const s = slotOf(gramAt(needle, i));
    let f = ((counts[s] as number) + 1) * ((filed[s] as number) + 1);
    for (let k = 0; k < GRAM; k++) f *= frequency(needle.charCodeAt(i + k));
    if (f < lowest) {
      lowest = f;
      best = i;
    }
  }
  return best;
}

/** One text, screened: which patterns can match it, in the whole text and line by line. */
export interface TextScreen {
  /** The patterns of a list that may match somewhere in the text, in the list's order (left out only when one cannot). */
  live(patterns: readonly RegExp[]): readonly RegExp[];
  /** The patterns of a list that may match in line `n` of the text (lines end at "\n": an answer's sentences, joined). */
  liveIn(patterns: readonly RegExp[], n: number): readonly RegExp[];
  /** The lines where some pattern of a list may match, as bits (bit k for line k, bit 31 for line 31 and after; all set when a list the screen does not index may match somewhere); 0 when none can match. */
  linesOf(patterns: readonly RegExp[]): number;
}

const NONE: readonly RegExp[] = [];

/**
 * Line `n`'s bit in a screen's lines (`TextScreen.linesOf`): bit n, and bit 31 for line 31 and after. Internal.
 *
 * @param n - a line's number, from 0
 * @returns its bit
 */
export const lineBit = (n: number): number => 1 << Math.min(Math.max(0, n), 31);

/**
 * An index of the needles of many lists of patterns, made once, to screen texts against them all in one pass over the
 * text: each needle is filed under one of its grams, and every gram of the text looks at the needles filed in its
 * slot. A list the index was not made with is screened needle by needle (slower, the same answer). A scorer makes one
 * of the cues and red flags every competency runs, and one per competency of its own indicators added to it, and passes
 * the competency's to `readText`; a pattern it leaves out for a sentence cannot match that sentence.
 *
 * @example
 * ```ts
 * import { PatternScreen } from "rapport/research";
 *
 * const cues = [/\bnodd(?:ed|ing) along\b/i, /\brolled my eyes\b/i];
 * const scanned = new PatternScreen([cues]).scan("they kept talking.\ni nodded along.");
 * scanned.live(cues).length; //=> 1
 * scanned.liveIn(cues, 0).length; //=> 0
 * scanned.liveIn(cues, 1).length; //=> 1
 * ```
 */
export class PatternScreen {
  readonly #ids = new Map<RegExp, number>();
  /** Each indexed list, as its patterns' ids. */
  readonly #lists = new Map<readonly RegExp[], Int32Array>();
  /** Patterns with no needles, which may match anything. */
  readonly #always: readonly number[];
  /** Needles of one character, or of characters past 8 bits, shorter than a gram, and their patterns: looked for directly. */
  readonly #short: readonly (readonly [string, number])[];
  /** Needles of two or three characters: by their characters packed ({@link pairKey}), their patterns' ids. */
  readonly #pairs = new Map<number, number[]>();
  /** One bit per slot of {@link pairSlot}, set where some key of `#pairs` falls: most of a text's runs of two or three characters miss it. */
  readonly #pairBits = new Uint32Array(PAIR_SLOTS >>> 5);
  /** The filed needles' fields (`FIELDS` numbers each), in slot order, and where each slot's needles start. */
  readonly #fields: Int32Array;
  readonly #starts = new Int32Array(SLOTS + 1);
  /** One bit per slot, set where some needle is filed. */
  readonly #filled = new Uint32Array(SLOTS >>> 5);
  /** The screen this one adds its lists to, if any. */
  readonly #base: PatternScreen | undefined;
  /** How many ids the lines are kept for: the patterns', then one more for each pattern with second needles. */
  readonly #idCount: number;
  /** Per pattern id, its second needles' id, or -1: a pattern with second needles may match only where both are found. */
  readonly #secondIds: Int32Array;

  /**
   * @param lists - the lists of patterns to index
   * @param sample - text like the texts to be screened (the patterns' own examples), to tell rare grams from common ones
   * @param base - a screen of other lists that this one adds to: scanning this one scans the base's lists too, and a
   *   list is screened by the first of the two that indexes it. Screens that share most of their lists (a scorer's, one
   *   per competency, share the cues and the red flags) then share one index of them.
   */
  constructor(lists: readonly (readonly RegExp[])[], sample = "", base?: PatternScreen) {
    this.#base = base;
    const always: number[] = [];
    const short: [string, number][] = [];
    const entries: [string, number][] = [];
    const seconds: [RegExp, readonly string[]][] = [];
    for (const list of lists) for (const pattern of list) {
      if (this.#ids.has(pattern)) continue;
      const id = this.#ids.size;
      this.#ids.set(pattern, id);
      const found = needlesOf(pattern);
      if (found === null) always.push(id);
      else for (const needle of found) (needle.length < GRAM ? short : entries).push([needle, id]);
      const second = found === null ? null : secondNeedlesOf(pattern);
      if (second !== null) seconds.push([pattern, second]);
    }
    // A pattern's second needles are filed under an id of their own, past the patterns' ids.
    this.#secondIds = new Int32Array(this.#ids.size).fill(-1);
    seconds.forEach(([pattern, second], k) => {
      const id = this.#ids.size + k;
      this.#secondIds[this.#ids.get(pattern) as number] = id;
      for (const needle of second) (needle.length < GRAM ? short : entries).push([needle, id]);
    });
    this.#idCount = this.#ids.size + seconds.length;
    for (const list of lists) this.#lists.set(list, Int32Array.from(list, (p) => this.#ids.get(p) as number));
    this.#always = always;
    // Needles of two or three characters of 8 bits, when there are many, are found in the same pass as the others, by
    // their characters packed: a look at every place of the text costs less than a search of the text for each.
    const packable = (needle: string): boolean => needle.length >= 2 && !/[^\u0000-\u00ff]/u.test(needle);
    const many = new Set(short.filter(([needle]) => packable(needle)).map(([needle]) => needle)).size >= MANY_PAIRS;
    this.#short = short.filter(([needle, id]) => {
      if (!many || !packable(needle)) return true;
      const key = pairKey(needle);
      const owners = this.#pairs.get(key);
      if (owners === undefined) this.#pairs.set(key, [id]);
      else if (!owners.includes(id)) owners.push(id);
      const slot = pairSlot(key);
      this.#pairBits[slot >>> 5] = (this.#pairBits[slot >>> 5] as number) | (1 << (slot & 31));
      return false;
    });
    // Every needle is filed under its cheapest gram, by how often each slot's grams occur in the sample.
    const counts = slotCounts(sample);
    const perSlot = new Uint32Array(SLOTS);
    const filed = entries.map(([needle, owner]) => {
      const at = keyOf(needle, counts, perSlot);
      const slot = slotOf(gramAt(needle, at));
      perSlot[slot] = (perSlot[slot] as number) + 1;
      return { needle, owner, at, slot };
    });
    filed.sort((a, b) => a.slot - b.slot);
    this.#fields = new Int32Array(filed.length * FIELDS);
    filed.forEach(({ needle, owner, at, slot }, n) => {
      // The second gram looked at is the one farthest from the filed one: the needle's first or its last. (Its last
      // alone is often the filed one itself, "help" in "wasnt going to help", and then any "help" was taken for it.)
      const last = needle.length - GRAM;
      const check = at >= last - at ? 0 : last;
      this.#fields.set([gramAt(needle, at), owner, at, needle.length, check, gramAt(needle, check)], n * FIELDS);
      this.#starts[slot + 1] = n + 1;
      this.#filled[slot >>> 5] = (this.#filled[slot >>> 5] as number) | (1 << (slot & 31));
    });
    for (let s = 1; s <= SLOTS; s++) this.#starts[s] = Math.max(this.#starts[s] as number, this.#starts[s - 1] as number);
  }

  /**
   * Screens one text.
   *
   * @param text - the text the patterns will be run on
   * @returns which patterns may match it, in the whole text and line by line
   */
  scan(text: string): TextScreen {
    const lower = text.toLowerCase();
    // Per screen of the chain, from this one to its last base: its lists, and the lines where each of its patterns may match.
    const levels: { readonly lists: ReadonlyMap<readonly RegExp[], Int32Array>; readonly lines: readonly number[]; readonly seconds: Int32Array }[] = [];
    for (let screen: PatternScreen | undefined = this; screen !== undefined; screen = screen.#base) levels.push({ lists: screen.#lists, lines: screen.#linesOf(lower), seconds: screen.#secondIds });
    /** The ids of a list's patterns, their lines and their second needles' ids, from the first screen that indexes it. */
    const indexOf = (patterns: readonly RegExp[]): { readonly ids: Int32Array; readonly lines: readonly number[]; readonly seconds: Int32Array } | undefined => {
      for (const level of levels) {
        const ids = level.lists.get(patterns);
        if (ids !== undefined) return { ids, lines: level.lines, seconds: level.seconds };
      }
      return undefined;
    };
    /** Whether pattern `id` may match somewhere in the whole text: for one with second needles, both are in it. */
    const anywhere = (index: { readonly lines: readonly number[]; readonly seconds: Int32Array }, id: number): boolean => {
      const second = index.seconds[id] as number;
      return (index.lines[second === -1 ? id : second] as number) !== 0;
    };
    const seen = new Map<readonly RegExp[], readonly RegExp[]>();
    const live = (patterns: readonly RegExp[]): readonly RegExp[] => {
      const remembered = seen.get(patterns);
      if (remembered !== undefined) return remembered;
      const index = indexOf(patterns);
      const found: RegExp[] = [];
      for (let k = 0; k < patterns.length; k++) {
        const pattern = patterns[k] as RegExp;
        if (index === undefined ? mayMatch(pattern, lower) : anywhere(index, index.ids[k] as number)) found.push(pattern);
      }
      seen.set(patterns, found);
      return found;
    };
    return {
      live,
      liveIn(patterns, n) {
        const index = indexOf(patterns);
        if (index === undefined) return live(patterns);
        const { ids, lines } = index;
        const bit = lineBit(n);
        let found: RegExp[] | undefined;
        for (let k = 0; k < patterns.length; k++) if (((lines[ids[k] as number] as number) & bit) !== 0) (found ??= []).push(patterns[k] as RegExp);
        return found ?? NONE;
      },
      linesOf(patterns) {
        const index = indexOf(patterns);
        if (index === undefined) return live(patterns).length === 0 ? 0 : -1;
        const { ids, lines } = index;
        let any = 0;
        for (let k = 0; k < ids.length; k++) any |= lines[ids[k] as number] as number;
        return any;
      },
    };
  }

  /** Marks line `bit` for the patterns of the needle of two or three characters whose key is `key`, if any. */
  #pairAt(lines: number[], key: number, bit: number): void {
    const owners = this.#pairs.get(key);
    if (owners !== undefined) for (const id of owners) lines[id] = (lines[id] as number) | bit;
  }

  /**
   * Per pattern of this screen's own lists, the lines of a lower-cased text (split at "\n": an answer's sentences)
   * where one of its needles is: bit k for line k, bit 31 for line 31 and after.
   */
  #linesOf(lower: string): number[] {
    // A plain array: a typed array this long is allocated outside the heap, slowly.
    const lines: number[] = new Array<number>(this.#idCount).fill(0);
    for (const id of this.#always) lines[id] = -1;
    for (const [needle, id] of this.#short) if (lower.includes(needle)) lines[id] = -1;
    const fields = this.#fields;
    const starts = this.#starts;
    const filled = this.#filled;
    const pairBits = this.#pairBits;
    const pairs = this.#pairs.size === 0 ? undefined : this.#pairs;
    let line = 0;
    // The text's last four characters, rolled on one character at a time.
    let packed = 0;
    for (let k = 0; k < GRAM - 1 && k < lower.length; k++) packed = (packed << 8) | (lower.charCodeAt(k) & 0xff);
    if (pairs !== undefined) this.#pairsAtHead(lines, lower);
    for (let i = 0; i + GRAM <= lower.length; i++) {
      if (lower.charCodeAt(i) === 10) line++;
      packed = (packed << 8) | (lower.charCodeAt(i + GRAM - 1) & 0xff);
      if (pairs !== undefined) {
        // The runs of three and two characters that end here (a run across a line's end matches no needle). The run of
        // two starts a line later than the gram when a line ends between them.
        const three = THREE | (packed & 0xffffff);
        const two = TWO | (packed & 0xffff);
        let slot = pairSlot(three);
        if (((pairBits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) this.#pairAt(lines, three, lineBit(line));
        slot = pairSlot(two);
        if (((pairBits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) this.#pairAt(lines, two, lineBit(lower.charCodeAt(i + 1) === 10 ? line + 1 : line));
      }
      const hash = hashOf(packed);
      const s = slotOf(hash);
      if (((filled[s >>> 5] as number) & (1 << (s & 31))) === 0) continue;
      const end = (starts[s + 1] as number) * FIELDS;
      const bit = lineBit(line);
      for (let f = (starts[s] as number) * FIELDS; f < end; f += FIELDS) {
        if (fields[f] !== hash) continue;
        const owner = fields[f + 1] as number;
        const from = i - (fields[f + 2] as number);
        if (((lines[owner] as number) & bit) !== 0 || from < 0 || from + (fields[f + 3] as number) > lower.length) continue;
        // Its filed gram and the one farthest from it both there: taken as found (a rare false find only runs a pattern in vain).
        if (gramAt(lower, from + (fields[f + 4] as number)) === fields[f + 5]) lines[owner] = (lines[owner] as number) | bit;
      }
    }
    this.#joinSeconds(lines);
    return lines;
  }

  /** The runs of two or three characters the pass of `#linesOf` does not end at: those that start at the text's first two places. */
  #pairsAtHead(lines: number[], lower: string): void {
    const head = Math.min(lower.length, GRAM - 1);
    for (let from = 0; from < head; from++) {
      const bit = lineBit(lower.slice(0, from).split("\n").length - 1);
      for (let to = from + 2; to <= head; to++) this.#pairAt(lines, pairKey(lower.slice(from, to)), bit);
    }
  }

  /**
   * A pattern with second needles may match only in a line that holds one of each; in the whole text, only if both are
   * somewhere in it (a pattern run on the whole text may match across a line's end), which its second id keeps.
   */
  #joinSeconds(lines: number[]): void {
    const secondIds = this.#secondIds;
    for (let id = 0; id < secondIds.length; id++) {
      const other = secondIds[id] as number;
      if (other === -1) continue;
      const first = lines[id] as number;
      const second = lines[other] as number;
      lines[id] = first & second;
      lines[other] = first !== 0 && second !== 0 ? -1 : 0;
    }
  }
}

/** Whether a pattern the index does not hold may match a lower-cased text. */
function mayMatch(pattern: RegExp, lower: string): boolean {
  const needles = needlesOf(pattern);
  return needles === null || needles.some((n) => lower.includes(n));
}

const NO_LISTS = new PatternScreen([]);

/**
 * Screens a text against patterns no index holds, needle by needle (for one-off use; scoring uses a `PatternScreen`).
 *
 * @param text - the text the patterns will be run on
 * @returns which patterns may match it
 * @example
 * screenText("i nodded along and smiled").live([/\bnodd(?:ed|ing) along\b/i, /\brolled my eyes\b/i]).length
 * //=> 1
 */
export function screenText(text: string): TextScreen {
  return NO_LISTS.scan(text);
}
