import type { Token } from "../text/nlp.js";

const PAST_AUX = new Set(["was", "were", "did", "had", "didn't", "wasn't", "weren't", "hadn't"]);
const PRESENT_FORMS = new Set(["am", "is", "are", "do", "does", "has", "have", "'m", "'re", "'s", "'ve"]);

// British spellings read as the lemmatiser's American ones, so "apologise" is not taken for a past form.
const spelling = (word: string): string => word.replace(/is(e|ed|es|ing)$/, "iz$1").replace(/our/g, "or").replace(/yse/g, "yze");

/** The tense a verb token shows by its form. */
export type Tense = "past" | "present" | "unknown";

/**
 * Tells the tense of a verb from its form and lemma: "called", "told" and "was" are past;
 * "call", "calls" and "is" are present; a form that could be either ("put", "set") is unknown.
 *
 * @param token - a verb or auxiliary token
 * @returns its tense
 * @example
 * tenseOf({ value: "told", lemma: "tell", pos: "VERB" } as Token)
 * //=> "past"
 */
export function tenseOf(token: Token): Tense {
  let byLemma = known.get(token.value);
  if (byLemma === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(token.value, (byLemma = new Map()));
  }
  let tense = byLemma.get(token.lemma);
  if (tense === undefined) byLemma.set(token.lemma, (tense = tenseOfForm(token.value, token.lemma)));
  return tense;
}

// Tenses already told, by form and lemma: answers use the same verbs over and over.
const known = new Map<string, Map<string, Tense>>();

function tenseOfForm(written: string, lemmaOf: string): Tense {
  const value = written.toLowerCase();
  if (PAST_AUX.has(value)) return "past";
  if (PRESENT_FORMS.has(value)) return "present";
  if (value.endsWith("ing")) return "unknown";
  const form = spelling(value);
  const lemma = spelling(lemmaOf);
  if (form === lemma) return "unknown";
  if (form === `${lemma}s` || form === `${lemma}es` || (lemma.endsWith("y") && form === `${lemma.slice(0, -1)}ies`)) return "present";
  return "past";
}
