import { RegExpParser } from "@eslint-community/regexpp";
import type { Element } from "@eslint-community/regexpp/ast";

const gates = new WeakMap<object, RegExp>();
const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Alternatives are spelled out (`(?:a|b)c` as `ac|bc`) up to this many per gate; past it, they are kept as written. */
const MAX_BRANCHES = 600;
/** Alternatives are grouped by their first characters this many characters deep. */
const MAX_DEPTH = 4;

/** Spells out a sequence's leading group or optional element, so that every branch starts with what it matches. */
function expand(sequence: readonly Element[], out: (readonly Element[])[]): void {
  const first = sequence[0];
  if (out.length < MAX_BRANCHES && first?.type === "Group") {
    for (const alternative of first.alternatives) expand([...alternative.elements, ...sequence.slice(1)], out);
  } else if (out.length < MAX_BRANCHES && first?.type === "Quantifier" && first.min === 0 && first.max === 1 && first.greedy) {
    expand([first.element, ...sequence.slice(1)], out);
    expand(sequence.slice(1), out);
  } else out.push(sequence);
}

const rawOf = (sequence: readonly Element[]): string => sequence.map((e) => e.raw).join("");

/** A branch's first character, lower-cased, when it is a plain ASCII character (case-insensitive matching folds it). */
function keyOf(element: Element | undefined): string | undefined {
  if (element?.type !== "Character" || element.value >= 128) return undefined;
  return String.fromCharCode(element.value).toLowerCase();
}

/** Branches grouped by their first character, level by level: `the|this|that` as `th(?:e|is|at)`. */
function factor(branches: readonly (readonly Element[])[], depth: number): string {
  const groups = new Map<string, (readonly Element[])[]>();
  const rest: string[] = [];
  let empty = false;
  for (const branch of branches) {
    if (branch.length === 0) {
      empty = true;
      continue;
    }
    const key = depth < MAX_DEPTH ? keyOf(branch[0]) : undefined;
    if (key === undefined) rest.push(rawOf(branch));
    else groups.set(key, [...(groups.get(key) ?? []), branch]);
  }
  const parts = [...groups].map(([key, group]) => {
    if (group.length === 1) return rawOf(group[0] ?? []);
    // The characters every branch of the group shares, as one head: `the(?:y|m)`, not `t(?:h(?:e(?:y|m)))`.
    let head = "";
    let level = depth;
    let rest: readonly (readonly Element[])[] = group;
    for (let k: string | undefined = key; k !== undefined && level < MAX_DEPTH; level++) {
      head += /^[a-z0-9 ]$/.test(k) ? k : (rest[0]?.[0]?.raw ?? k);
      rest = rest.map((b) => b.slice(1));
      const next = keyOf(rest[0]?.[0]);
      k = next !== undefined && rest.every((b) => keyOf(b[0]) === next) ? next : undefined;
    }
    return `${head}(?:${factor(rest, level)})`;
  });
  return [...parts, ...rest, ...(empty ? [""] : [])].join("|");
}

/**
 * The source of one case-insensitive expression that matches wherever any of the given patterns does, shaped for speed.
 * Alternatives that start at a word boundary (`\b…`) are spelled out and grouped by their first characters behind one
 * leading `\b` (`\b(?:th(?:e|is)…|w(?:e|ould)…)`), which V8 tries far faster than the alternatives one by one; the
 * others are kept as written. A pattern with back-references or named groups is kept as written too. The gate answers
 * "does anything match?" exactly as the patterns would; what a match spans is not kept, so a gate is only ever `test`ed.
 *
 * @param sources - the patterns' sources, each for the `i` flag
 * @returns the gate's source: for `\bthe customer\b`, `\bthey called\b` and `\d+ minutes`, it is
 *   `\b(?:the(?: customer\b|y called\b))|\d+ minutes`
 */
export function gateSource(sources: readonly string[]): string {
  const bounded: (readonly Element[])[] = [];
  const free: string[] = [];
  for (const source of sources) {
    let pattern;
    try {
      pattern = parser.parsePattern(source, 0, source.length, { unicode: false });
    } catch {
      free.push(source);
      continue;
    }
    if (/\\[1-9k]|\(\?<[^=!]/.test(source)) {
      free.push(source); // spelling out would copy its groups
      continue;
    }
    for (const alternative of pattern.alternatives) {
      const first = alternative.elements[0];
      if (first?.type === "Assertion" && first.kind === "word" && !first.negate) expand(alternative.elements.slice(1), bounded);
      else free.push(alternative.raw);
    }
  }
  const parts = [...(bounded.length > 0 ? [`\\b(?:${factor(bounded, 0)})`] : []), ...free];
  return parts.join("|") || "(?!)";
}

/**
 * One case-insensitive expression that matches wherever any of a list of patterns does, made once per owner (an
 * indicator, a cue list). Most sentences match none of a list, and then its patterns need not be run one by one.
 *
 * @param owner - what the patterns belong to: the cache key
 * @param sources - the patterns' sources, asked for only the first time
 * @returns the gate, to be asked only whether it matches (`test`)
 */
export function gateOf(owner: object, sources: () => readonly string[]): RegExp {
  let gate = gates.get(owner);
  if (gate === undefined) {
    gate = new RegExp(gateSource(sources()), "i");
    gates.set(owner, gate);
  }
  return gate;
}
