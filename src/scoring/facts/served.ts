import type { CompiledRules } from "../rules/compile.js";
import { NAME_PLACEHOLDER } from "../text/neutral.js";
import { type ParsedText, parseText, type Token } from "../text/nlp.js";

const PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "theirs"]);
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_REACH = 30;

/**
 * Whether an answer tells of anyone served: a person ("a caller", "she", "they", a name) or contact with one ("the
 * order", "her email", "a call"), from the reading rules' `served` and `contact` words, matched by spelling (so the verb
 * "call" counts too). The check errs towards finding someone, but not in what plainly stands for no one served:
 * - a third-person pronoun whose nearest person before it, in its own sentence, is a colleague ("my manager was away,
 *   so I covered her shifts"), or, for
 *   "they", "them" and "their", whose nearest plural noun is a thing ("I pulled the delivery notes and compared them");
 *   a pronoun with no one before it, or after a name, counts, as "she" and "they" alike;
 * - a name right after a preposition of place ("at Tesco", "in Excel") or before a noun of a thing ("a Gantt chart");
 * - a contact word before a noun of a thing ("delivery notes", "order quantities") or in an idiom ("in order to");
 * - a word for someone served right after a colleague ("team members") or said as an adjective ("I stayed patient").
 *
 * Words that may as well be colleagues or anyone ("people", "someone") are not among the rules' words.
 *
 * What a sentence tells from where the candidate denies something on ("I did not listen to what she wanted") is left
 * out: a denial must never lift a cap. What comes before the denial counts ("I'd ring them first thing and say I got
 * it wrong, not blame the system").
 *
 * @param parsed - the parsed answer
 * @param rules - the compiled reading rules
 * @param deniedFrom - per sentence, the first token where the candidate (or the team) denies something, or -1
 * @returns true when someone is served
 */
export function servesSomeone(parsed: ParsedText, rules: CompiledRules, deniedFrom?: readonly number[]): boolean {
  // What is denied is read as if it were not there, also for whom a later pronoun stands for.
  let denied: Uint8Array | undefined;
  const ends = parsed.sentences.map((sentence, i) => {
    const from = deniedFrom?.[i] ?? -1;
    const end = from === -1 ? sentence.endToken : Math.max(sentence.firstToken, Math.min(from, sentence.endToken));
    if (end < sentence.endToken) (denied ??= new Uint8Array(parsed.tokens.length)).fill(1, end, sentence.endToken);
    return end;
  });
  for (let i = 0; i < parsed.sentences.length; i++) {
    const sentence = parsed.sentences[i] as ParsedText["sentences"][number];
    for (let t = sentence.firstToken; t < (ends[i] as number); t++) if (serves(parsed.tokens, t, rules, denied, sentence.firstToken)) return true;
  }
  return false;
}

// Bulk runs ask the same questions over and over: keep the last few questions' readings, by the rules read with.
const asked = new WeakMap<CompiledRules, Map<string, boolean>>();

/**
 * Whether a question asks about serving someone: it names a person served or contact with one ("a customer", "an
 * order"). A question about the team ("half the team is nervous about the new system", "a conflict between team
 * members") does not, and its answer need not serve anyone. The question is read as an answer is (so "a detailed account
 * of a time" and "stay patient" name no one), but its pronouns do not count: they stand for what it names. With no
 * question, the answer is taken to be about serving a customer.
 *
 * @param question - the question asked, if known
 * @param rules - the compiled reading rules
 * @returns false only for a question that names no one served
 */
export function questionServes(question: string | undefined, rules: CompiledRules): boolean {
  if (question === undefined || question.trim() === "") return true;
  let cache = asked.get(rules);
  if (cache === undefined) asked.set(rules, (cache = new Map()));
  let found = cache.get(question);
  if (found === undefined) {
    const { tokens } = parseText(question);
    found = tokens.some((token, t) => !PRONOUNS.has(lowerOf(token)) && serves(tokens, t, rules));
    if (cache.size >= 512) cache.clear();
    cache.set(question, found);
  }
  return found;
}

/** A word of a list as written, singular or plural ("customers", "enquiries"). */
function listed(value: string, list: ReadonlySet<string>): boolean {
  return list.has(value) || (value.endsWith("s") && list.has(value.slice(0, -1))) || (value.endsWith("ies") && list.has(`${value.slice(0, -3)}y`));
}

/** A contact word in an idiom of no one: "an account of what happened", "the order of events", "in order to". */
const idiom = (before: string, after: string): boolean => after === "of" || (before === "in" && after === "to");

const lowerOf = (token: Token | undefined): string => (token === undefined ? "" : token.value.toLowerCase());

/** Whether a token is a noun of a thing: neither someone served, nor contact, nor a colleague. */
function thing(token: Token | undefined, rules: CompiledRules): boolean {
  if (token === undefined || token.type !== "word" || token.pos !== "NOUN") return false;
  const value = lowerOf(token);
  return !listed(value, rules.served) && !listed(value, rules.contact) && !listed(value, rules.colleagues);
}

/** Verbs after which a word with no article is said of someone ("stayed patient"), not someone. */
const LINKING = new Set(["be", "stay", "remain", "keep", "seem", "feel", "become", "get", "look", "sound", "appear"]);

/** Whether a word after `before` (and `twoBefore`) stands as an adjective: "very patient", "was patient", "calm and patient". */
function predicative(before: Token | undefined, twoBefore: Token | undefined): boolean {
  if (before === undefined) return false;
  if (before.pos === "ADV") return true;
  if ((before.pos === "AUX" || before.pos === "VERB") && LINKING.has(before.lemma)) return true;
  return before.pos === "CCONJ" && twoBefore?.pos === "ADJ";
}

/** Whether token `t` names someone served (every name reads as the one placeholder), or contact with them. */
function serves(tokens: readonly Token[], t: number, rules: CompiledRules, denied?: Uint8Array, sentenceStart = 0): boolean {
  const token = tokens[t] as Token;
  if (token.type !== "word") return false;
  if (token.value === NAME_PLACEHOLDER) return !rules.places.has(lowerOf(tokens[t - 1])) && !thing(tokens[t + 1], rules);
  // By the word as written, singular or plural: the tagger reads a capitalised "Customers" as a name and "people" or
  // "calls" as verbs, so neither its part of speech nor its lemma can be relied on here.
  const value = token.value.toLowerCase();
  if (PRONOUNS.has(value)) return pronounServes(tokens, t, PLURAL_PRONOUNS.has(value), rules, denied, sentenceStart);
  if (listed(value, rules.contact)) return !thing(tokens[t + 1], rules) && !idiom(lowerOf(tokens[t - 1]), lowerOf(tokens[t + 1]));
  if (!listed(value, rules.served)) return false;
  // "A regular check", "stay patient", "very patient": a word for someone served read as an adjective, by the tagger or
  // from what stands before it (the tagger reads "stay patient" as a noun).
  if (token.pos === "ADJ" || predicative(tokens[t - 1], tokens[t - 2])) return false;
  return !listed(lowerOf(tokens[t - 1]), rules.colleagues);
}

/** Whether the pronoun at `t` stands for someone served: see {@link servesSomeone}. */
function pronounServes(tokens: readonly Token[], t: number, plural: boolean, rules: CompiledRules, denied: Uint8Array | undefined, sentenceStart: number): boolean {
  for (let i = t - 1; i >= Math.max(0, t - PRONOUN_REACH); i--) {
    if (denied?.[i] === 1) continue;
    const token = tokens[i] as Token;
    if (token.value === NAME_PLACEHOLDER) return true;
    if (token.pos !== "NOUN" && token.pos !== "PROPN") continue;
    const value = token.value.toLowerCase();
    // A colleague in the pronoun's own sentence is its person ("my manager was away, so I covered her shifts"); one in
    // a sentence before may be someone else's story ("my colleague was busy. I sat with him"), and is read past.
    if (listed(value, rules.colleagues)) {
      if (i >= sentenceStart) return false;
      continue;
    }
    // A name the name finder could not tell at a sentence's start ("Maria was upset because she…") is a name to the
    // tagger: someone, as a name found is.
    if (listed(value, rules.served) || token.pos === "PROPN") return true;
    // A plural noun ("notes", "orders"): "they" may stand for it; "she" cannot, and reads on.
    if (plural && value !== token.lemma) return listed(value, rules.contact);
  }
  return true;
}
