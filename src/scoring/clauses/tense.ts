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
  const told = known.get(token.value);
  return told !== undefined && told.lemma === token.lemma ? told.tense : tellAnew(token, told);
}

/** A form's tense with the first lemma it was met with, and with any other ("saw": "see" and "saw"). */
interface Told {
  readonly lemma: string;
  readonly tense: Tense;
  others: Map<string, Tense> | undefined;
}

// Tenses already told, by form and lemma: answers use the same verbs over and over.
const known = new Map<string, Told>();

/** {@link tenseOf} of a form not yet met, or met with another lemma. */
function tellAnew(token: Token, told: Told | undefined): Tense {
  if (told === undefined) {
    if (known.size >= 50_000) known.clear();
    const tense = tenseOfForm(token.value, token.lemma);
    known.set(token.value, { lemma: token.lemma, tense, others: undefined });
    return tense;
  }
  told.others ??= new Map();
  let tense = told.others.get(token.lemma);
  if (tense === undefined) told.others.set(token.lemma, (tense = tenseOfForm(token.value, token.lemma)));
  return tense;
}

function tenseOfForm(written: string, lemmaOf: string): Tense {
  const value = written.toLowerCase();
  if (PAST_AUX.has(value)) return "past";
  if (PRESENT_FORMS.has(value)) return "present";
  if (value.endsWith("ing")) return "unknown";
  const form = spelling(value);
  const lemma = spelling(lemmaOf);
  // wink-nlp gives a verb it cannot lemmatise itself as its lemma ("rebooked", "relabelled", "panicked"): an "-ed" form
  // is then past ("need", "proceed" end in "-eed" and are not).
  if (form === lemma) return value.length >= 5 && /[^e]ed$/.test(value) ? "past" : "unknown";
  if (form === `${lemma}s` || form === `${lemma}es` || (lemma.endsWith("y") && form === `${lemma.slice(0, -1)}ies`)) return "present";
  return "past";
}
