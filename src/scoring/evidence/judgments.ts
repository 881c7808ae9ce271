import type { ClauseState } from "../clauses/classifyClauses.js";
import { type CompiledRules, LISTED } from "../rules/compile.js";
import { NAME_PLACEHOLDER, type NeutralSentence } from "../text/neutral.js";
import type { Token } from "../text/nlp.js";
import type { ReadText } from "../text/readText.js";
import { type IndicatorHit, modeOf } from "./findEvidence.js";

/** Parts of speech, by group: a set is looked up faster than a pattern is run on every token. */
const TAGS_DET_NOUN_PROPN_NUM_ADJ: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ"]);
const TAGS_NOUN_PROPN_ADJ: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/** How far a judgment may stand from its person: a few words, never past a clause. */
const REACH = 6;

/** One sentence, read for judgments: its tokens, their neutral forms and clause states. */
interface View {
  readonly read: ReadText;
  readonly index: number;
  readonly states: readonly ClauseState[];
  readonly rules: CompiledRules;
  readonly first: number;
  readonly end: number;
}

const tokenOf = (v: View, t: number): Token | undefined => (t >= v.first && t < v.end ? v.read.parsed.tokens[t] : undefined);
const valueOf = (v: View, t: number): string => tokenOf(v, t)?.value.toLowerCase() ?? "";

/** Token `t`'s neutral form (names and gendered words neutral), lower-cased. */
function formOf(v: View, t: number): string {
  const neutral = v.read.neutral[v.index] as NeutralSentence;
  const k = t - v.first;
  return neutral.text.slice(neutral.offsets[k] ?? 0, neutral.offsets[k + 1] ?? neutral.text.length).trim();
}

/**
 * A person served: a word for one ("customer", "guy"), "he" or "she", or a name after a title ("Mrs Patel"); not "a
 * member of staff" or "a couple of days". A name alone may be a firm's ("Tesco were useless"), which is no customer.
 */
function isPerson(v: View, t: number): boolean {
  const j = v.rules.judgments;
  const value = valueOf(v, t);
  if (j.pronouns.has(value)) return true;
  if (value === "they" || value === "them") return theyArePeople(v, t);
  if (j.people.has(formOf(v, t))) return tokenOf(v, t + 1)?.lemma !== "of";
  return tokenOf(v, t)?.pos === "PROPN" && j.titles.has(valueOf(v, t - 1));
}

/**
 * Whether "they" at `t` stands for people: the nearest plural noun in the 30 tokens before it (its sentence and those
 * before) is a word for people served ("the guests complained, and they were…"), not things ("the leaflets… they were useless").
 * "I rang the courier, and they were…" has none, and is no person.
 */
function theyArePeople(v: View, t: number): boolean {
  const { tokens } = v.read.parsed;
  for (let i = t - 1; i >= Math.max(0, t - 30); i--) {
    const token = tokens[i] as Token;
    if (token.pos !== "NOUN" && token.pos !== "PROPN") continue;
    const value = token.value.toLowerCase();
    if (value === token.lemma && value !== "people") continue; // a singular noun is no "they"
    return v.rules.judgments.people.has(value) || v.rules.judgments.people.has(token.lemma);
  }
  return false;
}

/** A word of a list: as written, or by its lemma unless it is a verb ("he was only joking" is no "joke"). */
function listed(v: View, t: number, among: ReadonlySet<string>): boolean {
  const token = tokenOf(v, t);
  if (token === undefined) return false;
  const form = formOf(v, t);
  // A plural the lemmatiser does not know ("halfwits").
  return among.has(form) || (token.pos !== "VERB" && (among.has(token.lemma) || (form.endsWith("s") && among.has(form.slice(0, -1)))));
}

/**
 * Whether token `t` judges a person (`saidOf`: also the words that do so only when said of them). Not a word that only
 * makes the next one stronger ("crazy busy"), nor one joined by "of" or "for" to what it is about ("ignorant of the
 * rule", "a fool of myself", "a sucker for a bargain"; but "a weasel of a man"), nor a thing's ("an idiot's guide").
 */
function judges(v: View, t: number, saidOf: boolean): boolean {
  const { words } = v.rules.judgments;
  if (!listed(v, t, words) && !(saidOf && listed(v, t, v.rules.judgments.saidOf))) return false;
  const next = tokenOf(v, t + 1);
  if (next === undefined) return true;
  // "crazy busy" is stronger, not a judgment; "a pathetic little man" is one.
  if ((next.pos === "ADJ" || next.pos === "ADV") && !listed(v, t + 1, words) && !isPerson(v, t + 2)) return false;
  if (next.value === "'s" || next.value === "’s" || next.lemma === "for") return false;
  const after = tokenOf(v, t + 2)?.lemma;
  return next.lemma !== "of" || after === "a" || after === "an";
}

/**
 * Whether tokens `t` to `t + 2` are a judging word written with a hyphen, which is read as three tokens ("brain",
 * "-", "dead"): only when nothing stands between them ("brain - dead" is no word).
 */
function hyphenated(v: View, t: number): boolean {
  const [first, hyphen, last] = [tokenOf(v, t), tokenOf(v, t + 1), tokenOf(v, t + 2)];
  if (first === undefined || hyphen?.value !== "-" || last === undefined || first.end !== hyphen.start || hyphen.end !== last.start) return false;
  return v.rules.judgments.words.has(`${formOf(v, t)}-${formOf(v, t + 2)}`);
}

/**
 * From token `t` on, past the words that may stand before a judgment ("a total", "snivelling", and, said of a person,
 * other words of them: "rude and stupid"): the judgment, or -1.
 */
function judgmentFrom(v: View, t: number, saidOf: boolean): number {
  for (let i = t; i < Math.min(v.end, t + REACH + (saidOf ? 2 : 0)); i++) {
    if (hyphenated(v, i)) return i + 2;
    if (judges(v, i, saidOf)) return i;
    const token = tokenOf(v, i) as Token;
    const form = formOf(v, i);
    if (form === "of" ? v.rules.judgments.beforeOf.has(formOf(v, i - 1)) : v.rules.judgments.between.has(form)) continue;
    if (token.pos === "ADJ" || token.pos === "ADV" || (saidOf && (form === "and" || form === ","))) continue;
    return -1;
  }
  return -1;
}

/**
 * "was (being) (really) …", "seemed …", "acted like …", "came across as …", also past a place after the person ("the
 * woman at the counter was…") or a word that opens a clause about them ("a patient who was…"): where the judgment may
 * start, or -1.
 */
function afterLink(v: View, k: number): number {
  const { linking, afterLinking, relatives } = v.rules.judgments;
  let linked = false;
  let place = 0;
  for (let i = k; i < Math.min(v.end, k + REACH + place); i++) {
    const token = tokenOf(v, i) as Token;
    if (linking.has(token.lemma)) linked = true;
    else if (!linked && i === k + place && relatives.has(token.value.toLowerCase())) continue; // "a patient who was…"
    else if (linked && afterLinking.has(token.lemma)) continue;
    else if (!linked && place < 4 && (place === 0 ? token.pos === "ADP" && token.lemma !== "of" : TAGS_DET_NOUN_PROPN_NUM_ADJ.has(token.pos))) place++;
    else if (token.pos !== "ADV" && token.pos !== "AUX" && token.pos !== "PART") return linked ? i : -1;
  }
  return -1;
}

/**
 * Whether the judgment at `head` is what the candidate set something against, "instead of" or "rather than" just before
 * it, articles and a word or two between: "treated her notes as useful instead of a nuisance", "a regular rather than a
 * pest" deny the word.
 */
function setAgainst(v: View, head: number): boolean {
  for (let t = head - 1; t >= head - 4 && t > v.first; t--) {
    const word = valueOf(v, t);
    if ((word === "of" && valueOf(v, t - 1) === "instead") || (word === "than" && valueOf(v, t - 1) === "rather")) return true;
    const token = tokenOf(v, t);
    if (token === undefined || token.pos === "VERB" || token.pos === "AUX" || token.pos === "PUNCT") return false;
  }
  return false;
}

/**
 * Whether a judgment ending at `head` is not the candidate's own view: denied or conditional anywhere before it in its
 * part of the sentence ("I told her she wasn't stupid", "there's no such thing as a stupid customer", "if a customer
 * seems clueless…"), hypothetical, or after someone else's view, words or feelings ("he was like, these people are
 * idiots"). A part ends at a contrast: in "she wasn't rude, but she was a moron" the denial is of the first part only.
 */
function notOwnView(v: View, head: number): boolean {
  const { denials, linking, views, contrasts } = v.rules.judgments;
  const state = v.states[head - v.first];
  if (state === undefined || state.negated || state.hypothetical || (state.reported && state.speaker === "other")) return true;
  if (setAgainst(v, head)) return true;
  for (let i = sinceContrast(v, head, contrasts); i < head; i++) {
    const token = tokenOf(v, i) as Token;
    if (((v.read.lists[i] as number) & (LISTED.negations | LISTED.conditionals)) !== 0 || denials.has(token.lemma)) return true;
    const quotative = token.lemma === "like" && linking.has(tokenOf(v, i - 1)?.lemma ?? "") && tokenOf(v, i + 1)?.value === ",";
    const view = token.pos !== "NOUN" && (views.has(token.lemma) || views.has(token.value.toLowerCase())); // not "the call centre"
    if ((quotative || view) && v.states[i - v.first]?.actor === "other") return true;
  }
  return false;
}

/**
 * Whether a hit that judges (a red flag counted whoever the clause is about) is the words of someone else's view, with
 * no comma or "and" between: "My manager thought he was overreacting" is the manager's judgment, not the candidate's.
 *
 * @param read - the answer, read once
 * @param clauses - each sentence's clause states
 * @param rules - the compiled reading rules
 * @param hit - the hit
 * @returns whether the view is someone else's
 */
export function inOthersView(read: ReadText, clauses: readonly (readonly ClauseState[])[], rules: CompiledRules, hit: IndicatorHit): boolean {
  const range = read.parsed.sentences[hit.sentence];
  if (range === undefined) return false;
  const v: View = { read, index: hit.sentence, states: clauses[hit.sentence] ?? [], rules, first: range.firstToken, end: range.endToken };
  let head = v.first;
  while (head < v.end && (read.parsed.tokens[head] as Token).end <= hit.start) head++;
  const { views } = rules.judgments;
  // The view whose words the judgment is: back to a comma or an "and" ("…came in shouting that it was lost, and
  // honestly he was an idiot" is the candidate's own).
  for (let i = head - 1; i >= v.first; i--) {
    const token = tokenOf(v, i) as Token;
    if (token.pos === "PUNCT" || token.pos === "CCONJ") return false;
    if (token.pos === "VERB" && (views.has(token.lemma) || views.has(token.value.toLowerCase()))) return v.states[i - v.first]?.actor === "other" && personBefore(v, i);
  }
  return false;
}

/** Whether the nearest noun or pronoun before token `t` in its sentence is a person: "he", "she", "they", a colleague, someone served or a name. */
function personBefore(v: View, t: number): boolean {
  for (let i = t - 1; i >= v.first; i--) {
    const token = tokenOf(v, i) as Token;
    if (token.pos !== "NOUN" && token.pos !== "PROPN" && token.pos !== "PRON") continue;
    const value = token.value.toLowerCase();
    return v.rules.judgments.pronouns.has(value) || value === "they" || v.rules.colleagues.has(token.lemma) || v.rules.served.has(token.lemma) || token.value === NAME_PLACEHOLDER;
  }
  return false;
}

/** Where the part of the sentence a judgment at `head` stands in begins: after the last contrast before it ("…, but"), or the sentence's start. */
function sinceContrast(v: View, head: number, contrasts: ReadonlySet<string>): number {
  for (let i = head - 1; i > v.first; i--) if (contrasts.has(valueOf(v, i))) return i + 1;
  return v.first;
}

/**
 * Whether what follows token `t` is a name someone gives, or what someone felt they were, whoever the clause reader
 * takes for its speaker: "a man called me a jobsworth", "…for being a nuisance", "I felt like an idiot".
 */
function named(v: View, t: number): boolean {
  for (let i = Math.max(v.first, t - 4); i < t; i++) {
    const { lemma, value, pos } = tokenOf(v, i) as Token;
    if ((v.rules.judgments.naming.has(lemma) && pos !== "NOUN") || (i >= t - 2 && (value.toLowerCase() === "being" || lemma === "feel"))) return true;
  }
  return false;
}

/**
 * Whether a judgment after a pointing word stands for a person ("this moron came in", "what a cretin"): a noun, with no
 * noun after it that it would describe ("the stupid printer"), and not said of something before it ("the wasps were a
 * real nuisance", "dressed as a witch", "like an idiot").
 */
function standsFor(v: View, t: number, head: number): boolean {
  const before = tokenOf(v, t - 1);
  if (before !== undefined && (v.rules.judgments.linking.has(before.lemma) || before.lemma === "as" || before.lemma === "like" || before.pos === "AUX")) return false;
  const next = tokenOf(v, head + 1);
  return (tokenOf(v, head) as Token).pos === "NOUN" && (next === undefined || !TAGS_NOUN_PROPN_ADJ.has(next.pos));
}

/**
 * Whether a judgment said of a name alone is about a person: a name may be a firm's ("Tesco were useless", "Currys
 * were a nightmare"), so only a word for a person ("Gary was a complete muppet") or one written with a hyphen ("Gary
 * was brain-dead") counts.
 */
function judgesAName(v: View, head: number): boolean {
  const token = tokenOf(v, head) as Token;
  return (token.pos === "NOUN" && v.rules.judgments.words.has(formOf(v, head))) || tokenOf(v, head - 1)?.value === "-";
}

/** A judgment said of a person at `t` ("the guy was a complete moron", "I found him obnoxious"), or before or for one ("this gormless lad", "what a cretin"): its last token, or -1. */
function judgmentAt(v: View, t: number): number {
  const person = isPerson(v, t);
  if (person || tokenOf(v, t)?.pos === "PROPN") {
    // "blaming the customer is lazy": the person is the object of a verb, not the one judged.
    const before = tokenOf(v, tokenOf(v, t - 1)?.pos === "DET" ? t - 2 : t - 1);
    if (before?.pos === "VERB" && before.lemma !== "find") return -1;
    const k = before?.lemma === "find" ? t + 1 : afterLink(v, t + 1);
    const head = k === -1 ? -1 : judgmentFrom(v, k, true);
    return person || head === -1 || judgesAName(v, head) ? head : -1;
  }
  // "that" and "what" point only as determiners ("that idiot", "what a cretin"), not as "I realised that…".
  const form = formOf(v, t);
  if (!v.rules.judgments.pointing.has(form) || ((form === "that" || form === "what") && tokenOf(v, t)?.pos === "SCONJ") || named(v, t)) return -1;
  let head = judgmentFrom(v, t + 1, false);
  if (head === -1) return -1;
  while (judges(v, head + 1, false)) head++; // "this dozy pillock"
  if (tokenOf(v, head + 1) !== undefined && isPerson(v, head + 1)) return head + 1;
  return standsFor(v, t, head) ? head : -1;
}

/** Whether some token of a sentence may judge a person (most sentences hold none, and are not read further). */
function holdsJudgment(read: ReadText, first: number, end: number): boolean {
  for (let t = first; t < end; t++) if (((read.lists[t] as number) & LISTED.judgments) !== 0) return true;
  return false;
}

/**
 * Finds where the candidate judges a person served with contempt by a word of `rules.judgments.words`: said of them
 * ("the guy was a complete moron", "she came across as clueless", "I found him obnoxious") or before or for them
 * ("this gormless lad", "what a cretin"). A person is a word for one, "he" or "she", a name after a title, a name alone
 * when the judgment is a word for a person ("Gary was a complete muppet"; a name may be a firm's, and "Tesco were
 * useless" is no person), or "they" after a plural word for people served (not after things or a firm). Feelings,
 * plights and conduct told plainly are not judgments ("she was livid", "he was homeless", "he was abusive"), nor a
 * judgment denied or conditional anywhere before it in its part of the sentence (up to a "but"), hypothetical, or after
 * someone else's view, words or feelings ("she admitted she was hopeless"): a false alarm caps a good answer at level
 * 1, so the reader gives up reach for precision.
 *
 * @param read - the answer, read once
 * @param clauses - each sentence's clause states
 * @param rules - the compiled reading rules
 * @param sentences - which sentences to search
 * @returns the hits, in text order
 * @example
 * ```ts
 * import { englishRules } from "rapport";
 * import { classifyClauses, compileRules, findJudgments, readText } from "rapport/research";
 *
 * const rules = compileRules(englishRules);
 * const read = readText("She called me an idiot. Honestly the guy was a total numpty, but I fixed it.", rules);
 * const clauses = read.parsed.sentences.map((_, i) => classifyClauses(read.parsed, i, rules));
 * findJudgments(read, clauses, rules, [0, 1]).map((h) => h.quote); //=> ["guy was a total numpty"]
 * ```
 */
export function findJudgments(read: ReadText, clauses: readonly (readonly ClauseState[])[], rules: CompiledRules, sentences: readonly number[]): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  for (const s of sentences) {
    const range = read.parsed.sentences[s];
    if (read.neutral[s] === undefined || range === undefined || !holdsJudgment(read, range.firstToken, range.endToken)) continue;
    const v: View = { read, index: s, states: clauses[s] ?? [], rules, first: range.firstToken, end: range.endToken };
    for (let t = v.first; t < v.end; t++) {
      const head = judgmentAt(v, t);
      if (head === -1) continue;
      const state = v.states[head - v.first] as ClauseState;
      if (!notOwnView(v, head)) {
        const start = (tokenOf(v, t) as Token).start;
        const end = (tokenOf(v, head) as Token).end;
        hits.push({ indicatorId: rules.judgments.id, kind: "red-flag", sentence: s, start, end, quote: read.text.slice(start, end), mode: modeOf(state), state, endState: state });
      }
      t = head;
    }
  }
  return hits;
}
