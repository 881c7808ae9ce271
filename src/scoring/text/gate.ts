const gates = new WeakMap<object, RegExp>();

/**
 * One case-insensitive expression that matches wherever any of a list of patterns does, made once per owner (an
 * indicator, a cue list). Most sentences match none of a list, and then its patterns need not be run one by one.
 *
 * @param owner - what the patterns belong to: the cache key
 * @param sources - the patterns' sources, asked for only the first time
 * @returns the gate
 */
export function gateOf(owner: object, sources: () => readonly string[]): RegExp {
  let gate = gates.get(owner);
  if (gate === undefined) {
    gate = new RegExp(sources().map((p) => `(?:${p})`).join("|") || "(?!)", "i");
    gates.set(owner, gate);
  }
  return gate;
}
