import { RegExpParser } from "@eslint-community/regexpp";

const gates = new WeakMap<object, RegExp>();
const parser = new RegExpParser({ ecmaVersion: 2025 });

/** A pattern's top-level alternatives, split by whether they start at a word boundary (`\b…`). */
function alternativesOf(source: string): { bounded: string[]; free: string[] } {
  try {
    const pattern = parser.parsePattern(source, 0, source.length, { unicode: false });
    const bounded: string[] = [];
    const free: string[] = [];
    for (const alternative of pattern.alternatives) {
      const first = alternative.elements[0];
      (first?.type === "Assertion" && first.kind === "word" && !first.negate ? bounded : free).push(alternative.raw);
    }
    return { bounded, free };
  } catch {
    return { bounded: [], free: [source] };
  }
}

/**
 * The source of one expression that matches wherever any of the given patterns does. Alternatives that start at a word
 * boundary are gathered behind one leading `\b`, which V8 checks before trying them: a third faster on rapport's cue
 * lists, with the same answer to "does anything match?" (the order of alternatives, which decides what a match
 * spans, is not kept: a gate is only ever asked whether something matches).
 *
 * @param sources - the patterns' sources
 * @returns the gate's source
 * @example
 * gateSource(["\\bcalled back\\b", "\\d+ minutes"])
 * //=> "\\b(?:\\bcalled back\\b)|\\d+ minutes"
 */
export function gateSource(sources: readonly string[]): string {
  const bounded: string[] = [];
  const free: string[] = [];
  for (const source of sources) {
    const split = alternativesOf(source);
    bounded.push(...split.bounded);
    free.push(...split.free);
  }
  const parts = [...(bounded.length > 0 ? [`\\b(?:${bounded.join("|")})`] : []), ...free];
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
