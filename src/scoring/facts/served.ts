import type { CompiledRules } from "../rules/compile.js";
import { NAME_PLACEHOLDER } from "../text/neutral.js";
import type { ParsedText, Token } from "../text/nlp.js";

/**
 * Whether an answer tells of anyone served: a person ("a caller", "she", "they", any name) or contact with one ("the
 * order", "her email", "a call"), from the reading rules' `served` words, matched by spelling (so the verb "call" counts
 * too). Colleagues' own words ("staff", "colleague") are not in the list, but "people" and "members" are, and may be
 * colleagues: the check errs towards finding someone. A sentence in which the
 * candidate denies something ("I did not listen to what she wanted") is left out: a denial must never lift a cap.
 * Every third-person pronoun counts alike, so that "she" and "they" read the same.
 *
 * @param parsed - the parsed answer
 * @param rules - the compiled reading rules
 * @param negated - per token, 1 where the candidate negates it
 * @returns true when someone is served
 */
export function servesSomeone(parsed: ParsedText, rules: CompiledRules, negated?: readonly number[]): boolean {
  for (const sentence of parsed.sentences) {
    if (negated !== undefined && anyNegated(negated, sentence.firstToken, sentence.endToken)) continue;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) if (serves(parsed.tokens[t] as Token, rules)) return true;
  }
  return false;
}

function anyNegated(negated: readonly number[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (negated[t] === 1) return true;
  return false;
}

/** Whether one token names someone served (every name reads as the one placeholder), or contact with them. */
function serves(token: Token, rules: CompiledRules): boolean {
  if (token.type !== "word") return false;
  if (token.value === NAME_PLACEHOLDER) return true;
  // By the word as written, singular or plural: the tagger reads a capitalised "Customers" as a name and "people" or
  // "calls" as verbs, so neither its part of speech nor its lemma can be relied on here.
  const value = token.value.toLowerCase();
  return rules.served.has(value) || (value.endsWith("s") && rules.served.has(value.slice(0, -1))) || (value.endsWith("ies") && rules.served.has(`${value.slice(0, -3)}y`));
}
