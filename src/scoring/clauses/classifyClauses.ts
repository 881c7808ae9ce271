import { type CompiledRules, LISTED } from "../rules/compile.js";
import { NAME_PLACEHOLDER } from "../text/neutral.js";
import { NOMINATIVE, type ParsedText, type Token } from "../text/nlp.js";
import { type Tense, tenseOf } from "./tense.js";

/** Parts of speech, by group: a set is looked up faster than a pattern is run on every token. */
/** The parts of speech of a subject's words ("families", "the other customers", "she"). */
const TAGS_SUBJECT_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
const TAGS_ADV_PART_AUX_SCONJ: ReadonlySet<string> = new Set(["ADV", "PART", "AUX", "SCONJ"]);
const TAGS_AUX_PART_ADV: ReadonlySet<string> = new Set(["AUX", "PART", "ADV"]);
const TAGS_DET_ADJ_NUM: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM"]);
const TAGS_DET_NOUN_PROPN_ADJ_PRON_NUM: ReadonlySet<string> = new Set(["DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"]);
const TAGS_NOUN_PROPN_ADJ_NUM: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const TAGS_NOUN_PROPN_PRON: ReadonlySet<string> = new Set(["NOUN", "PROPN", "PRON"]);
const TAGS_PUNCT_CCONJ_SYM: ReadonlySet<string> = new Set(["PUNCT", "CCONJ", "SYM"]);
const TAGS_VERB_ADV_PART: ReadonlySet<string> = new Set(["VERB", "ADV", "PART"]);
const TAGS_VERB_AUX_PART_ADV: ReadonlySet<string> = new Set(["VERB", "AUX", "PART", "ADV"]);

/** Who performs the action in a clause. */
export type Actor = "self" | "we" | "other";

/** What a clause says about the action at a given token. The only place actor, negation, mood and tense are decided. */
export interface ClauseState {
  /** Who does it: the candidate ("I"), the candidate's team ("we"), or someone else. */
  readonly actor: Actor;
  /** A negation comes before it in its clause ("didn't", "never", "without", "failed to"). */
  readonly negated: boolean;
  /** It is hypothetical, future or conditional ("would", "will", "if", "going to"). */
  readonly hypothetical: boolean;
  /** It is what someone said, quoted or reported: words spoken, not actions taken. */
  readonly reported: boolean;
  /** Who says the words, for reported or quoted speech; otherwise the actor. */
  readonly speaker: Actor;
  /** For a verb: its tense, read from its form and the auxiliary before it ("unknown" for other tokens). */
  readonly tense: Tense;
  /** For a verb: a habit or experience ("I always put…", "I have handled…"), not an occasion. */
  readonly habitual: boolean;
}

const BOUNDARY_VALUES = new Set([",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "'", "‘", "’", "-", "...", "•", "*", "·"]);
const LIST_MARKERS = new Set(["-", "–", "—", "•", "*", "·"]);
const OPEN_QUOTES = new Set(["“", "‘"]);
const CLOSE_QUOTES = new Set(["”", "’"]);
const TOGGLE_QUOTES = new Set(['"', "'"]);
// Every quotation mark, list marker and boundary mark but "..." is one character: a longer token is none of them, and
// is told so without a look-up (a sentence's tokens are read several times over for them).
const oneCharacter = (token: Token): boolean => token.value.length === 1;
const isBoundaryMark = (token: Token): boolean => (token.value.length === 1 || token.value === "...") && BOUNDARY_VALUES.has(token.value);
const ADVERBS_BETWEEN = new Set(["already", "just", "never", "not", "n't", "also", "only", "recently", "since", "even"]);
const PAST_AUX = new Set(["did", "was", "were", "had"]);
const PRESENT_AUX = new Set(["do", "does", "am", "is", "are"]);
const PERFECT_AUX = new Set(["have", "has", "'ve"]);

/** The mood of the clause being read, and who its subject is. */
interface Clause {
  actor: Actor | undefined;
  negated: boolean;
  hypothetical: boolean;
  /** A mid-sentence "if" clause. */
  conditional: boolean;
  seenVerb: boolean;
  subject: Token[];
  /** Where the subject's tokens are, so that they take the clause's reading once its verb is read. */
  subjectAt: number[];
  /**
   * For a clause that hangs off an earlier clause's verb ("I worked out that our requests were going astray"), the
   * actor of that earlier clause: a clause after it with no subject of its own goes on with it ("…, got it changed").
   */
  outer: Actor | undefined;
  /** Whether that earlier clause was hypothetical: the clause after goes on in its mood, not the hanging one's. */
  outerHypothetical: boolean;
  /** The part of speech of the clause's first word, once read. */
  opening: string | undefined;
  /** The clause was opened by a word that hangs it off another ("who", "after", "because"). */
  hangs: boolean;
  /**
   * The clause may hold a subject that waits for its verb past a comma: the sentence's first, one after a fronted clause,
   * a joining word ("and", "then") or ";"; not one after a comma inside a clause, which is a name set off after an
   * object ("I asked the receptionist, Noor, why…").
   */
  mayLead: boolean;
}

/** The reader's state across one sentence. */
interface Cursor {
  readonly rules: CompiledRules;
  readonly tokens: readonly Token[];
  /** Each token's word lists, when the caller read them (`ReadText.lists`). */
  readonly lists: readonly number[] | undefined;
  readonly youIsSelf: boolean;
  readonly firstToken: number;
  readonly endToken: number;
  sentenceHypothetical: boolean;
  /** A verb has been read in the sentence: a subordinate clause after it hangs off a clause, not off a fronted phrase. */
  seenVerb: boolean;
  /** The sentence opened with a subordinate clause ("If not, …", "When she rang back, …") not yet closed by punctuation. */
  fronted: boolean;
  clause: Clause;
  /** Replaced, never changed: one object may stand for the start of every sentence. */
  inherited: { readonly actor: Actor; readonly negated: boolean; readonly hypothetical: boolean };
  inQuote: boolean;
  reported: boolean;
  /** A verb has been read since the report began: what is said is a clause of its own ("I told him I can't…"). */
  reportHasVerb: boolean;
  speaker: { actor: Actor };
  reporter: { actor: Actor };
  /**
   * A subject told before a comma or a clause about it, whose verb is still to come ("The customer, who'd waited since
   * nine, finally lost it"; "My manager, to be fair, sorted it"): the actor a verb with no subject of its own is given.
   */
  pending: Actor | undefined;
  /** The subject of a clause that "and" closed before its verb ("My team and I…"): the next clause's subject joins it. */
  joined: readonly Token[] | undefined;
}

/** Token `t`'s word lists: read by the caller, or looked up. */
const listsAt = (c: Cursor, t: number, token: Token): number => (c.lists === undefined ? c.rules.listsOf(token.lemma) : (c.lists[t] as number));

/** What a clause hands on to the next, made in one place so that every one has the same shape. */
const handOn = (actor: Actor, negated: boolean, hypothetical: boolean): Cursor["inherited"] => ({ actor, negated, hypothetical });
/** Who speaks (or reports), made in one place for the same reason. */
const voice = (actor: Actor): { actor: Actor } => ({ actor });
const self = handOn("self", false, false);
const openClause = (inherited: Cursor["inherited"], hangs = false, mayLead = true): Clause => ({ actor: undefined, negated: inherited.negated, hypothetical: inherited.hypothetical, conditional: false, seenVerb: false, subject: [], subjectAt: [], outer: undefined, outerHypothetical: false, opening: undefined, hangs, mayLead });

/** A word that opens a clause hanging off another ("that", "because", "who"), as against one that joins two ("and", a comma). */
const subordinates = (token: Token): boolean => token.pos === "SCONJ" || token.lemma === "who" || token.lemma === "which";

/** Words that hang a clause off another though the tagger may read them as a preposition or an adverb ("until she could talk"). */
const HANGING = new Set(["until", "till", "before", "after", "since", "once"]);

/**
 * Whether a clause's opening word hangs it off the clause before: a subordinating word, one of {@link HANGING}, or "so"
 * telling a purpose ("so that…", "so families could…": a subject and a modal follow), not a result ("so I rang her").
 */
function hangsOff(c: Cursor, connector: Token): boolean {
  if (subordinates(connector) || HANGING.has(connector.lemma)) return true;
  if (connector.lemma !== "so") return false;
  const at = c.tokens.indexOf(connector, c.firstToken);
  for (let k = at + 1; k < Math.min(c.endToken, at + 5); k++) {
    const token = c.tokens[k] as Token;
    if (k === at + 1 && token.lemma === "that") return true;
    if ((listsAt(c, k, token) & LISTED.modals) !== 0) return k > at + 1;
    if (!TAGS_SUBJECT_WORDS.has(token.pos)) return false;
  }
  return false;
}

/**
 * Whether a token is a verb of its clause: tagged a verb, or "do" standing as one ("I did all five", "I did, and she
 * chose them"), which the tagger reads as an auxiliary. Not before a verb or a negation ("I did call", "I didn't"),
 * nor before its subject in a question ("did you…").
 *
 * @param tokens - the parsed answer's tokens
 * @param t - the token's index
 * @param end - one past the sentence's last token
 * @returns whether it is read as a verb
 */
export function actsAsVerb(tokens: readonly Token[], t: number, end: number): boolean {
  const token = tokens[t] as Token;
  // The first part of a word with a hyphen ("double-checked", "follow-up") is not its verb: the last part is, if any.
  const hyphen = t + 2 < end ? tokens[t + 1] : undefined;
  if (hyphen !== undefined && hyphen.value === "-" && hyphen.start === token.end && (tokens[t + 2] as Token).start === hyphen.end) return false;
  if (token.pos === "VERB") return true;
  if (token.pos !== "AUX" || token.lemma !== "do") return false;
  const next = t + 1 < end ? tokens[t + 1] : undefined;
  if (next === undefined) return true;
  // "did you…", "so did I." (which the tokeniser reads as one word, "I.")
  const subject = next.value.toLowerCase().replace(/\.$/, "");
  if (NOMINATIVE.has(subject) || subject === "you" || next.value === NAME_PLACEHOLDER) return false;
  return !TAGS_VERB_AUX_PART_ADV.has(next.pos);
}

/** A hyphen inside a word ("empty-handed", "double-checked"), with no space either side: no boundary of a clause. */
function joinsWord(c: Cursor, t: number): boolean {
  const token = c.tokens[t] as Token;
  const before = c.tokens[t - 1];
  const after = t + 1 < c.endToken ? c.tokens[t + 1] : undefined;
  return token.value === "-" && before !== undefined && after !== undefined && before.end === token.start && after.start === token.end && before.type === "word" && after.type === "word";
}

function isBoundary(token: Token, lists: number): boolean {
  return isBoundaryMark(token) || token.pos === "CCONJ" || token.pos === "SCONJ" || ((lists & LISTED.boundaries) !== 0 && token.pos !== "VERB" && token.pos !== "NOUN");
}

/** "I'd already checked", "I'd left", "she'd told": here "'d" is "had", not "would" — a past participle follows. */
function isPastPerfect(tokens: readonly Token[], from: number): boolean {
  let t = from;
  while (tokens[t] !== undefined && ADVERBS_BETWEEN.has((tokens[t] as Token).lemma)) t++;
  const verb = tokens[t];
  if (verb === undefined) return false;
  const value = verb.value.toLowerCase();
  if (value === "been") return true;
  // A verb after "would" is bare, its own lemma: a form that is not, and ends as these participles do, follows "had".
  if (value === verb.lemma) return false;
  return /(?:ed|en|wn|ne|ght|lt|pt|ot|ung|ade|id|ound)$/.test(value) || (verb.pos === "VERB" && /(?:ft|ld|rd|nt|st|od|at|et)$/.test(value));
}

/** A word for a person served or a colleague, or a name: a subject that may wait for its verb, or join the candidate. */
const isPerson = (c: Cursor, s: Token): boolean => c.rules.served.has(s.lemma) || c.rules.colleagues.has(s.lemma) || s.value === NAME_PLACEHOLDER;

/** A relative pronoun standing as its clause's subject ("the man who rang"): the clause is about the word before it. */
const isRelative = (c: Cursor, token: Token): boolean => c.rules.relatives.has(token.lemma);

/**
 * Who "who" or "which" stands for, as the subject of its clause. "Which" stands for a thing or for what was just told
 * ("I let him finish, which took five minutes"). "Who" stands for the candidate or the team after "I" or "we" ("I, who
 * had never done it, …"), for someone else after another word for them ("I handed the keys to the valet, who
 * parked…"), and for no one known after any other word, where it asks ("agreement on who does which part").
 */
function antecedentOf(c: Cursor, at: number): Actor | undefined {
  if (c.rules.thingRelatives.has(c.tokens[at]?.lemma ?? "")) return "other"; // a thing, or what was just told: never a person acting
  let k = at - 1;
  if (c.tokens[k]?.value === ",") k--;
  const token = c.tokens[k];
  if (token === undefined || !TAGS_NOUN_PROPN_PRON.has(token.pos)) return undefined; // "agreement on who does which part"
  const before = token.value.toLowerCase();
  return before === "i" || before === "me" ? "self" : before === "we" || before === "us" ? "we" : "other";
}

/**
 * Whose verb is still to come when a comma or "who" closes a clause with a subject and no verb: a person that opens it
 * ("The customer, …", "My manager, to be fair, …", "The man who rang…", "I, you know, …"), not a time ("Last month, …"), a phrase after a
 * preposition ("After the call, …"), nor a word that opens a plan ("First, check the order"; "My approach: listen…").
 */
function pendingSubject(c: Cursor, clause: Clause, connector: Token | undefined): Actor | undefined {
  if (connector === undefined || (connector.value !== "," && !isRelative(c, connector)) || clause.seenVerb || clause.subject.length === 0 || clause.hangs || !clause.mayLead) return undefined;
  if (clause.opening === undefined || !TAGS_DET_NOUN_PROPN_ADJ_PRON_NUM.has(clause.opening)) return undefined;
  if (clause.subject.some((s) => c.rules.dates.has(s.lemma) || c.rules.timeWords.has(s.lemma))) return undefined;
  if (inSubject(clause.subject, "i")) return "self";
  if (inSubject(clause.subject, "we")) return "we";
  // A person only: a thing may end a list of the candidate's objects ("…the two fridges and the ice machine, and rang").
  return clause.subject.some((s) => isPerson(c, s)) ? "other" : undefined;
}

function closeClause(c: Cursor, connector: Token | undefined): void {
  const { clause } = c;
  const actor = clause.actor ?? c.inherited.actor;
  const carriesNegation = connector !== undefined && (connector.lemma === "or" || connector.lemma === "nor");
  const opensSubordinate = connector !== undefined && hangsOff(c, connector);
  // A subordinate clause ends where a joining word follows it: what comes next, without a subject of its own, goes on
  // with the clause the subordinate one hung off ("I found that the fax was wrong, got it changed and wrote a script").
  // A fronted subordinate clause closed by punctuation is followed by the main clause: without a subject of its own
  // that is the speaker's imperative ("If not, ring the airport branch"), not the subordinate clause's subject's deed.
  const endsFronted = c.fronted && connector !== undefined && isBoundaryMark(connector);
  if (endsFronted) c.fronted = false;
  const backToOuter = !endsFronted && clause.outer !== undefined && !opensSubordinate;
  const handed = endsFronted ? "self" : backToOuter ? (clause.outer as Actor) : actor;
  c.inherited = handOn(handed, carriesNegation && clause.negated, backToOuter ? clause.outerHypothetical : clause.hypothetical && !clause.conditional);
  c.joined = connector?.lemma === "and" && !clause.seenVerb && clause.mayLead && clause.subject.some((s) => isSelf(s) || isPerson(c, s)) ? clause.subject : undefined;
  const waiting = pendingSubject(c, clause, connector);
  if (waiting !== undefined) c.pending ??= waiting;
  // A subject may lead a clause that opens the sentence, follows a fronted clause ("When we switched systems, Jade, our
  // apprentice, picked it up") or a joining word; after a comma inside a clause it is a name set off after an object.
  const joins = connector !== undefined && (connector.value === ";" || (connector.type === "word" && !subordinates(connector)));
  c.clause = openClause(c.inherited, connector !== undefined && (opensSubordinate || connector.pos === "ADP"), !c.seenVerb || joins || endsFronted);
  // Only once a verb is read: "After the wedding, she posted it" fronts a phrase, and hangs off nothing.
  if (opensSubordinate && c.seenVerb) {
    c.clause.outer = clause.outer ?? actor;
    c.clause.outerHypothetical = clause.outer !== undefined ? clause.outerHypothetical : clause.hypothetical && !clause.conditional;
  }
}

/** Conditionals and clause boundaries. */
function readBoundary(c: Cursor, t: number, token: Token, lists: number): void {
  const atStart = t === c.firstToken;
  if ((lists & LISTED.conditionals) !== 0) {
    const previous = c.tokens[t - 1];
    if (atStart || (previous !== undefined && t - 1 === c.firstToken && previous.pos !== "PRON")) {
      c.sentenceHypothetical = true;
      c.fronted = true;
    }
    else {
      closeClause(c, token);
      c.clause.conditional = true;
    }
  } else if (atStart && (token.pos === "SCONJ" || token.lemma === "when" || token.lemma === "whenever")) c.fronted = true; // the tagger reads "when" as an adverb
  else if (!atStart && !betweenSubjectAndVerb(c, token, lists) && !withinSubject(c, t, token) && !setsOffAside(c, t) && !joinsWord(c, t) && (isBoundary(token, lists) || startsClause(c, t, token))) {
    closeClause(c, token);
    // A list item ("- asked a colleague to…") is a fragment of the speaker's own account, as are the steps after a colon
    // ("So my plan would be: apologise, find out…").
    if (oneCharacter(token) && (LIST_MARKERS.has(token.value) || (token.value === ":" && !c.reported && !c.inQuote && c.tokens[t + 1]?.pos === "VERB"))) {
      c.inherited = self;
      c.pending = undefined;
    }
  }
}

/** Object pronouns that no clause opens with: "her" is left out, as it opens one as a possessive ("before her manager came"). */
const OBJECTS_ONLY = new Set(["me", "him", "them", "us"]);

/**
 * Whether "before", "after", "since" or "until" is a preposition inside its clause's subject, before its verb, as its
 * object pronoun shows ("The agent before me told her…", "the woman after us asked…"): it opens no clause, whose verb
 * would have been handed back to the candidate.
 */
function withinSubject(c: Cursor, t: number, token: Token): boolean {
  if (token.pos !== "ADP" || !HANGING.has(token.lemma) || c.clause.subject.length === 0 || c.clause.seenVerb) return false;
  const next = c.tokens[t + 1];
  return next !== undefined && next.pos === "PRON" && OBJECTS_ONLY.has(next.value.toLowerCase());
}

/**
 * Whether a word of the boundary list stands as an adverb between its clause's subject and verb ("I then explained",
 * "the manager then agreed"): it is part of the clause, which had been closed there and its verb handed the clause
 * before's subject.
 */
function betweenSubjectAndVerb(c: Cursor, token: Token, lists: number): boolean {
  return token.pos === "ADV" && (lists & LISTED.boundaries) !== 0 && c.clause.subject.length > 0 && !c.clause.seenVerb;
}

/** Whether tokens `from`..`to` (exclusive) are one to three adverbs, with a comma just past them. */
function adverbsToComma(tokens: readonly Token[], from: number, to: number, comma: number): boolean {
  if (to - from < 1 || to - from > 3 || tokens[comma]?.value !== ",") return false;
  for (let k = from; k < to; k++) if ((tokens[k] as Token).pos !== "ADV") return false;
  return true;
}

/**
 * Whether the comma at `t` sets off an aside of adverbs between the clause's subject and its verb ("My first reaction,
 * honestly, was to get defensive"): the clause goes on through it, instead of its verb being handed the clause before's
 * subject.
 */
function setsOffAside(c: Cursor, t: number): boolean {
  const { tokens, clause } = c;
  if (tokens[t]?.value !== "," || clause.subject.length === 0 || clause.seenVerb) return false;
  for (let k = t + 2; k <= t + 4 && k < c.endToken; k++) if (adverbsToComma(tokens, t + 1, k, k)) return true;
  for (let k = t - 2; k >= t - 4 && k >= c.firstToken; k--) if (adverbsToComma(tokens, k + 1, t, k)) return true;
  return false;
}

/**
 * A subject pronoun or a name after the clause's verb, itself followed by a verb, opens a clause of its own even without
 * a comma: "When it was dispatched I sent her the number", "…Priya accepted it". Not after a verb of thinking or
 * perceiving, whose clause the next one completes ("He thought we had lied" is what he thought), nor after a verb of
 * saying inside someone else's words ("She said I lied" is her claim).
 */
function startsClause(c: Cursor, t: number, token: Token): boolean {
  if (!c.clause.seenVerb) return false;
  if (opensNounClause(c, t, token)) return true;
  // A name reads like a pronoun: "…she accepted it" and "…Priya accepted it" alike.
  if (!(token.pos === "PRON" && NOMINATIVE.has(token.value.toLowerCase())) && token.value !== NAME_PLACEHOLDER) return false;
  // A subject after its auxiliary is inverted, not a clause of its own: "Not once did I blame her", "Never would I…".
  if (c.tokens[t - 1]?.pos === "AUX") return false;
  for (let back = t - 1; back >= c.firstToken; back--) {
    const before = c.tokens[back] as Token;
    if (before.pos !== "VERB") continue;
    // "He thought we had lied": what the verb's subject thought or saw. After the verb's own complement ("for the part
    // that felt similar I suggested…"), the pronoun opens a clause of its own.
    if ((c.rules.stative.has(before.lemma) || c.rules.perception.has(before.lemma)) && complementsVerb(c.tokens, back, t)) return false;
    // Inside someone else's words, "She said I lied" is her claim, not a clause of the candidate's own.
    if (c.rules.speech.has(before.lemma) && c.reported && c.reporter.actor === "other") return false;
    break;
  }
  // Past the adverbs between a subject and its verb ("…the email I still insisted", "…I finally rang").
  let k = t + 1;
  while (k < c.endToken && k <= t + 3 && (ADVERBS_BETWEEN.has((c.tokens[k] as Token).lemma) || (c.tokens[k] as Token).pos === "ADV")) k++;
  const next = k < c.endToken ? c.tokens[k] : undefined;
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
}

/** Whether the nearest verb before token `t` in its sentence is a verb of saying. */
function saysBefore(c: Cursor, t: number): boolean {
  for (let k = t - 1; k >= c.firstToken; k--) {
    const token = c.tokens[k] as Token;
    if (token.pos === "VERB") return c.rules.speech.has(token.lemma);
  }
  return false;
}

/**
 * Whether a noun phrase after the clause's verb is the subject of a verb of its own, with no "that" before it: "I saw
 * the manager had refunded it", "I think the warehouse sent the wrong size". The refund and the sending are theirs,
 * not the candidate's. The phrase's verb must show its tense ("had", "sent", "sends"): a bare verb after it is the
 * clause's own ("I helped the customer find it", "I let the guest finish"). Not inside words said.
 */
function opensNounClause(c: Cursor, t: number, token: Token): boolean {
  const { possessives, objectPronouns } = c.rules;
  const starts = token.pos === "DET" || token.pos === "NOUN" || token.pos === "PROPN" || (token.pos === "PRON" && possessives.has(token.value.toLowerCase()));
  const before = c.tokens[t - 1];
  // After the verb, an adverb or an object pronoun ("I told him the warehouse had lost it"); not after "what" or
  // "which", which open a clause of their own ("what the note had said").
  // Also after a noun, when the phrase opens with a determiner: "I checked the booking my colleague had made".
  const determined = token.pos === "DET" || token.pos === "PRON";
  const after = before === undefined ? false : TAGS_VERB_ADV_PART.has(before.pos) || (before.pos === "PRON" && objectPronouns.has(before.value.toLowerCase())) || (determined && before.pos === "NOUN");
  // Words said are no actions whoever's clause they are in, and how they hand on is the report's: left as they are, as
  // is what follows a verb of saying ("I'd tell them the price ends on Friday").
  if (!starts || !after || c.reported || c.inQuote || saysBefore(c, t)) return false;
  let k = t;
  let nouns = 0;
  for (; k < Math.min(c.endToken, t + 6); k++) {
    const word = c.tokens[k] as Token;
    if (word.pos === "NOUN" || word.pos === "PROPN") nouns++;
    else if (!TAGS_DET_ADJ_NUM.has(word.pos) && !(word.pos === "PRON" && possessives.has(word.value.toLowerCase()) && k === t)) break;
  }
  const next = c.tokens[k];
  if (nouns === 0 || next === undefined || k >= c.endToken) return false;
  // Not before a modal: "I think the first thing would be to look at…" is still the candidate's plan.
  if (next.pos === "AUX") return next.lemma !== "to" && !c.rules.modals.has(next.value.toLowerCase());
  return next.pos === "VERB" && !/ing$/i.test(next.value) && tenseOf(next) !== "unknown";
}

/** Words of belief after a verb of feeling ("she felt sure I was wrong"), whose clause the pronoun's completes. */
const BELIEF = new Set(["sure", "certain", "convinced", "confident", "worried", "afraid", "scared", "aware", "positive"]);

/**
 * Whether the pronoun at `t` completes the verb at `verb`: only adverbs, particles, auxiliaries or a word of belief
 * between ("thought we", "knew already I", "felt sure I").
 */
function complementsVerb(tokens: readonly Token[], verb: number, t: number): boolean {
  for (let k = verb + 1; k < t; k++) {
    const token = tokens[k] as Token;
    if (!TAGS_ADV_PART_AUX_SCONJ.has(token.pos) && !BELIEF.has(token.lemma)) return false;
  }
  return true;
}

/** Whether a verb comes straight after its clause's own subject, auxiliaries and adverbs aside ("I'd tell", "she never said"). */
function followsOwnSubject(c: Cursor, t: number): boolean {
  const at = c.clause.subjectAt;
  if (at.length === 0) return false;
  let k = t - 1;
  while (k > (at[at.length - 1] as number) && TAGS_AUX_PART_ADV.has((c.tokens[k] as Token).pos)) k--;
  return k === at[at.length - 1];
}

/**
 * Whether a straight quote may open or close a quotation: not the apostrophe of a plural possessive ("the customers'
 * orders"), which stands before what is theirs. After a plural with nothing of theirs next ("he said 'I've got two
 * kids' twice") it closes the quotation.
 */
function quoteMark(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t] as Token;
  if (!oneCharacter(token) || !TOGGLE_QUOTES.has(token.value)) return false;
  const previous = tokens[t - 1];
  const next = tokens[t + 1];
  const possessive = token.value === "'" && previous !== undefined && previous.end === token.start && /s$/i.test(previous.value);
  return !(possessive && next !== undefined && TAGS_NOUN_PROPN_ADJ_NUM.has(next.pos));
}

/**
 * Whether a straight quote toggles a quotation. One that would open a quotation must be closed later in the text: an
 * apostrophe of a word cut short ("I told 'em", "'til Friday") closes nothing, and had made the rest of the answer
 * someone's words.
 */
function togglesQuote(tokens: readonly Token[], t: number, inQuote: boolean): boolean {
  if (!quoteMark(tokens, t)) return false;
  return inQuote || t < lastQuoteMark(tokens, (tokens[t] as Token).value);
}

/** Per text's tokens, where the last quote mark of each kind stands: found once, so that no quote looks ahead twice. */
const lastMarks = new WeakMap<readonly Token[], ReadonlyMap<string, number>>();

function lastQuoteMark(tokens: readonly Token[], value: string): number {
  let last = lastMarks.get(tokens);
  if (last === undefined) {
    const found = new Map<string, number>();
    for (let u = 0; u < tokens.length; u++) if (quoteMark(tokens, u)) found.set((tokens[u] as Token).value, u);
    lastMarks.set(tokens, (last = found));
  }
  return last.get(value) ?? -1;
}

/** Whether a quotation is open after token `t` (a one-character token), given whether one was open before it: the one reading of quote marks, for the clause reader and {@link endsInQuote} alike. */
function quotedAfter(tokens: readonly Token[], t: number, token: Token, inQuote: boolean): boolean {
  if (OPEN_QUOTES.has(token.value)) return true;
  if (CLOSE_QUOTES.has(token.value)) return false;
  return togglesQuote(tokens, t, inQuote) ? !inQuote : inQuote;
}

/** A closing quote ends what was said: "I said '…', and told her to…" goes on with the story. */
function readQuote(c: Cursor, t: number, token: Token): void {
  if (!oneCharacter(token)) return;
  const wasQuoted = c.inQuote;
  c.inQuote = quotedAfter(c.tokens, t, token, wasQuoted);
  if (!wasQuoted && c.inQuote) c.speaker = voice(c.clause.actor ?? c.inherited.actor);
  if (wasQuoted && !c.inQuote) {
    c.reported = false;
    c.inherited = handOn(c.speaker.actor, false, false);
    c.clause.actor = undefined;
  }
}

/** Whether a lemma is among the subject's. */
const inSubject = (subject: readonly Token[], lemma: string): boolean => subject.some((s) => s.lemma === lemma);

const isSelf = (token: Token): boolean => token.lemma === "i" || token.value.toLowerCase() === "me";

/**
 * Whether the candidate is one of a pair in the subject: "my team and I", "me and my colleague", "Priya and me". The
 * "and" closed a clause that had a subject and no verb, whose words are kept (`Cursor.joined`).
 */
function pairedWithSelf(c: Cursor): boolean {
  const { joined } = c;
  if (joined === undefined || c.clause.subject.length === 0) return false;
  return joined.some(isSelf) || c.clause.subject.some(isSelf);
}

function actorOf(c: Cursor, verb: Token, t: number): Actor | undefined {
  const { subject } = c.clause;
  if (pairedWithSelf(c)) return "we";
  if (inSubject(subject, "i") || (c.youIsSelf && inSubject(subject, "you"))) return "self";
  if (inSubject(subject, "we")) return "we";
  if (c.clause.subject.some((s) => s.pos === "NOUN" || s.pos === "PROPN" || c.rules.otherSubjects.has(s.lemma))) return "other";
  // A gerund as subject ("Acknowledging feelings is important") describes no one's action; a participle after a comma
  // with no verb of its own after it ("I wrote her five steps, using the labels on her screen") is the clause before's.
  if (c.clause.subject.length === 0 && /ing$/i.test(verb.value) && verb.pos === "VERB" && predicateFollows(c, t)) return "other";
  return undefined;
}

/** Whether a verb of the clause follows token `t` before the clause ends: what a gerund standing as subject needs. */
function predicateFollows(c: Cursor, t: number): boolean {
  for (let k = t + 1; k < c.endToken; k++) {
    const token = c.tokens[k] as Token;
    if (isBoundaryMark(token) || token.pos === "CCONJ" || token.pos === "SCONJ") return false;
    if (token.pos === "VERB" || token.pos === "AUX") return true;
  }
  return false;
}

/** Whether a verb is past, or of the same form in both tenses and no infinitive: a verb that may end words said. */
function takesStoryUp(c: Cursor, t: number, token: Token, lists: number): boolean {
  return tenseOf(token) === "past" || ((lists & LISTED.sameForm) !== 0 && c.tokens[t - 1]?.lemma !== "to");
}

/** The clause's subject, up to its first verb. */
function readSubject(c: Cursor, t: number, token: Token, lists: number): void {
  const { clause } = c;
  if (clause.seenVerb) return;
  if (token.pos === "VERB" || token.pos === "AUX") {
    clause.seenVerb = true;
    c.seenVerb = true;
    // A past verb takes the story up again after reported speech: with a subject of its own, or as the reporter's next
    // action. So does a verb of the same form in both tenses ("…, and put the title in the subject"), unless an
    // infinitive ("she told me to put it back").
    if (c.reported && !c.inQuote && (lists & LISTED.modals) === 0 && token.pos === "VERB" && takesStoryUp(c, t, token, lists)) {
      c.reported = false;
      if (clause.subject.length === 0) c.inherited = handOn(c.reporter.actor, false, false);
    }
    clause.actor = actorOf(c, token, t);
    c.joined = undefined; // a subject joined by "and" joins only the clause right after it
    // A verb with no subject of its own, after a subject still waiting for its verb, is that subject's; a clause
    // hung off it ("who'd waited…", "after shouting…") leaves the subject waiting for its own verb. A clause with a
    // subject and a verb of its own ends the wait ("I asked the receptionist, Noor, why the fax was wrong, and got…").
    const relativeOnly = clause.subject.every((s) => isRelative(c, s));
    if (clause.actor === undefined && relativeOnly && c.pending !== undefined) {
      clause.actor = c.pending;
      if (!clause.hangs) c.pending = undefined;
    } else if (clause.actor === undefined && clause.subject.length > 0 && relativeOnly) clause.actor = antecedentOf(c, clause.subjectAt[0] as number);
    else if (clause.subject.length > 0 && !clause.hangs) c.pending = undefined;
  } else if (token.pos === "PRON" || token.pos === "NOUN" || token.pos === "PROPN") {
    // A clause with its own subject has its own mood: "…could call the room, and I called her".
    if (clause.subject.length === 0) {
      clause.negated = false;
      clause.hypothetical = false;
    }
    clause.subject.push(token);
  }
}

/** Whether a verb follows a modal before the clause ends: "the ones I could, …" is ability in the past, and says no mood. */
function verbFollows(tokens: readonly Token[], from: number): boolean {
  for (let t = from; t < from + 4 && t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.pos === "VERB" || token.pos === "AUX") return true;
    if (token.pos === "PUNCT" || isBoundaryMark(token) || token.pos === "CCONJ") return false;
  }
  return true;
}

/** Negations and modals take effect for the tokens after them. */
function readMarkers(c: Cursor, t: number, token: Token, lists: number): void {
  const { rules, tokens, clause } = c;
  const next = tokens[t + 1];
  // "I didn't just apologise, I sent a replacement", "not only did I apologise": the act was done, and more.
  if ((lists & LISTED.negations) !== 0 && !rules.notOnly.has(next?.lemma ?? "")) clause.negated = true;
  if ((lists & LISTED.failures) !== 0 && next?.lemma === "to") clause.negated = true;
  // "I wish I'd asked for her number": what is wished was not done.
  if (token.pos === "VERB" && rules.wishes.has(token.lemma)) clause.hypothetical = true;
  // "I nearly lost my temper": an act almost done was not done. Not before anything but its verb ("nearly an hour").
  if (next?.pos === "VERB" && rules.nearMisses.has(token.lemma)) clause.negated = true;
  // "No blaming the system": a determiner of denial before a verb in "-ing" denies it, as "not" would.
  if (next?.pos === "VERB" && rules.denials.has(token.lemma) && /ing$/i.test(next.value)) clause.negated = true;
  if ((lists & LISTED.modals) !== 0 && token.pos !== "NOUN") {
    const following = next?.lemma === "not" || next?.lemma === "n't" ? tokens[t + 2] : next;
    const pastPerception = token.lemma === "could" && following !== undefined && rules.perception.has(following.lemma);
    if (!pastPerception && !(token.value === "'d" && isPastPerfect(tokens, t + 1)) && verbFollows(tokens, t + 1)) clause.hypothetical = true;
  }
  if ((token.lemma === "go" && next?.lemma === "to" && tokens[t + 2]?.pos === "VERB") || token.value.toLowerCase() === "gonna") clause.hypothetical = true;
  if ((lists & LISTED.intent) !== 0 && next?.lemma === "to" && token.pos === "VERB") clause.hypothetical = true;
}

const HABIT_UNITS = new Set(["time", "day", "week", "morning", "shift", "call", "month", "year"]);

/**
 * Whether a present-tense verb is told as a habit after it, in its own clause: "I call them back every day", "I check
 * the line each time". A past verb keeps its tense ("I called every day that week" is still a story).
 */
function habitAfter(c: Cursor, t: number): boolean {
  const { tokens, rules } = c;
  for (let k = t + 1; k < Math.min(c.endToken, t + 8); k++) {
    const token = tokens[k] as Token;
    if (isBoundary(token, listsAt(c, k, token)) || token.pos === "VERB") return false;
    if (rules.habitual.has(token.lemma)) return true;
    if (token.lemma === "each" && HABIT_UNITS.has(tokens[k + 1]?.lemma ?? "")) return true;
  }
  return false;
}

/** A verb's tense and whether it tells a habit: one object per reading, shared. */
interface VerbReading {
  readonly tense: Tense;
  readonly habitual: boolean;
}
const readingOf = (tense: Tense, habitual: boolean): VerbReading => (VERB_READINGS[2 * tenseNo(tense) + (habitual ? 1 : 0)] as VerbReading);

/** A verb's tense from its form and the auxiliary before it, and whether it tells a habit. */
function verbTense(c: Cursor, t: number, actor: Actor, lists: number): VerbReading {
  const { tokens } = c;
  const sameForm = (lists & LISTED.sameForm) !== 0;
  const token = tokens[t] as Token;
  let tense = tenseOf(token);
  // "didn't need", "had never seen", "didn't just apologise", "not only did I apologise": the auxiliary stands before
  // a negation, an adverb or two, or an inverted subject.
  const aux = auxiliaryBefore(c, t);
  if (tense === "unknown" && PAST_AUX.has(aux)) tense = "past";
  else if (tense === "unknown" && PRESENT_AUX.has(aux)) tense = "present";
  if (tense === "unknown" && actor === "self" && !sameForm && !token.value.endsWith("ing")) tense = "present";
  if (tense === "unknown" && sameForm) tense = "past";
  const habitual = actor !== "other" && (habitBefore(c, t) || PERFECT_AUX.has(aux) || (tense === "present" && habitAfter(c, t)));
  return habitual ? readingOf("present", true) : readingOf(tense, false);
}

/**
 * The auxiliary before a verb, past up to three negations, adverbs or an inverted subject pronoun, lower-cased; with
 * none of those between, the word right before the verb, whatever it is (the tense sets hold only auxiliaries); "" if
 * neither.
 */
function auxiliaryBefore(c: Cursor, t: number): string {
  for (let k = t - 1; k >= Math.max(c.firstToken, t - 4); k--) {
    const token = c.tokens[k] as Token;
    if (token.pos === "AUX") return token.value.toLowerCase();
    const between = token.pos === "ADV" || token.pos === "PART" || (token.pos === "PRON" && NOMINATIVE.has(token.value.toLowerCase()));
    if (!between) return k === t - 1 ? token.value.toLowerCase() : "";
  }
  return "";
}

/** Whether one of the four words before a verb, in its sentence, tells a habit ("I always…", "I usually still…"). */
function habitBefore(c: Cursor, t: number): boolean {
  for (let k = Math.max(c.firstToken, t - 4); k < t; k++) if (c.rules.habitual.has((c.tokens[k] as Token).lemma)) return true;
  return false;
}

const TENSES: readonly Tense[] = ["past", "present", "unknown"];
// A tense's and an actor's number, as the places of TENSES and ["self", "we", "other"] (compared, not searched for).
const tenseNo = (tense: Tense): number => (tense === "past" ? 0 : tense === "present" ? 1 : 2);
const actorNo = (actor: Actor): number => (actor === "self" ? 0 : actor === "we" ? 1 : 2);
const VERB_READINGS: readonly VerbReading[] = TENSES.flatMap((tense) => [Object.freeze({ tense, habitual: false }), Object.freeze({ tense, habitual: true })]);

/** The tense reading of a token that is not a verb. */
const NOT_A_VERB = readingOf("unknown", false);

/** Every clause state, made once each, as first asked for (there are 432): a sentence's tokens share them. */
const STATES: ClauseState[] = [];

/** The one clause state with these readings (frozen: every token that reads so holds it). */
function stateOf(actor: Actor, negated: boolean, hypothetical: boolean, reported: boolean, speaker: Actor, tense: Tense, habitual: boolean): ClauseState {
  const key = (((((actorNo(actor) * 2 + (negated ? 1 : 0)) * 2 + (hypothetical ? 1 : 0)) * 2 + (reported ? 1 : 0)) * 3 + actorNo(speaker)) * 3 + tenseNo(tense)) * 2 + (habitual ? 1 : 0);
  return (STATES[key] ??= Object.freeze({ actor, negated, hypothetical, reported, speaker, tense, habitual }));
}

/**
 * Reads, for each token of a sentence, who acts, whether the action is negated, hypothetical or reported, and for
 * each verb its tense, from the clause the token sits in. A clause without a subject of its own ("… and apologised")
 * carries on the previous clause's subject and mood.
 *
 * @param parsed - the parsed answer (in the scorer's folded reading)
 * @param sentenceIndex - which sentence
 * @param rules - the compiled reading rules
 * @param youIsSelf - read "you" as the speaker (an answer told in the second person)
 * @param startsInQuote - the sentence begins inside a quotation opened in an earlier sentence
 * @param lists - per token of the parse, its lemma's lists (`readText`'s `lists`); without it, each is looked up
 * @param quoteSpeaker - who speaks that quotation, when it began in an earlier sentence (the candidate, by default)
 * @returns one state per token of the sentence, in order
 * @example
 * ```ts
 * import { englishRules } from "rapport";
 * import { classifyClauses, compileRules, readText } from "rapport/research";
 *
 * const rules = compileRules(englishRules);
 * const read = readText("I didn't apologise, but my manager did.", rules);
 * const states = classifyClauses(read.parsed, 0, rules);
 * const at = (word: string) => states[read.parsed.tokens.map((t) => t.value).lastIndexOf(word)];
 * [at("apologise")?.actor, at("apologise")?.negated]; //=> ["self", true]
 * at("did")?.actor; //=> "other"
 * ```
 */
export function classifyClauses(parsed: ParsedText, sentenceIndex: number, rules: CompiledRules, youIsSelf = false, startsInQuote = false, lists?: readonly number[], quoteSpeaker: Actor = "self"): ClauseState[] {
  const sentence = parsed.sentences[sentenceIndex];
  if (sentence === undefined) return [];
  const states: ClauseState[] = [];
  const c: Cursor = {
    rules, tokens: parsed.tokens, lists, youIsSelf, firstToken: sentence.firstToken, endToken: sentence.endToken, sentenceHypothetical: false, seenVerb: false, fronted: false,
    clause: openClause(self), inherited: self, inQuote: startsInQuote, reported: false, reportHasVerb: false, speaker: voice(startsInQuote ? quoteSpeaker : "self"), reporter: voice("self"), pending: undefined, joined: undefined,
  };
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = parsed.tokens[t] as Token;
    const listed = listsAt(c, t, token);
    readBoundary(c, t, token, listed);
    readQuote(c, t, token);
    const subjectBefore = c.clause.subject.length;
    const hadVerb = c.clause.seenVerb;
    // A verb of saying with a subject of its own starts a new report: in "…it was offered, and I'd tell them the price
    // ends Friday", what follows "tell" is the candidate's words, not the earlier speaker's.
    const speech = (listed & LISTED.speech) !== 0;
    if (c.reported && !c.inQuote && token.pos === "VERB" && speech && followsOwnSubject(c, t)) c.reported = false;
    // A negation that is a preposition ("without") before the words said have a verb ends the report: in "I explained
    // it again without talking down to him" what follows is the candidate's own act, done without, and its negation is
    // read as any other. In "I told him I can't give you these without a prescription" it is part of what was said.
    if (c.reported && !c.inQuote && !c.reportHasVerb && token.pos === "ADP" && (listed & LISTED.negations) !== 0) c.reported = false;
    if (c.clause.opening === undefined && !TAGS_PUNCT_CCONJ_SYM.has(token.pos)) c.clause.opening = token.pos;
    readSubject(c, t, token, listed);
    if (c.clause.subject.length > subjectBefore) c.clause.subjectAt.push(t);
    const actor = c.clause.actor ?? c.inherited.actor;
    const spoken = c.reported || c.inQuote;
    const verb = actsAsVerb(parsed.tokens, t, sentence.endToken) ? verbTense(c, t, actor, listed) : NOT_A_VERB;
    if (c.reported && verb !== NOT_A_VERB) c.reportHasVerb = true;
    const speaker = !spoken ? actor : c.inQuote ? c.speaker.actor : c.reporter.actor;
    const state = stateOf(actor, c.clause.negated, c.clause.hypothetical || c.clause.conditional || c.sentenceHypothetical, spoken, speaker, verb.tense, verb.habitual);
    states.push(state);
    // The subject is read before its verb says whose clause it is: "…, and I lost my temper" is the candidate's, not
    // the clause before's. Once the verb is read, the subject's words take the clause's reading (not its tense).
    if (!hadVerb && c.clause.seenVerb && c.clause.actor !== undefined) {
      const subject = stateOf(state.actor, state.negated, state.hypothetical, state.reported, state.speaker, "unknown", false);
      for (const at of c.clause.subjectAt) states[at - sentence.firstToken] = subject;
    }
    if (!c.inQuote && !c.reported && speech && token.pos === "VERB" && (tenseOf(token) === "past" || /ing$/i.test(token.value))) {
      c.reported = true;
      c.reportHasVerb = false;
      c.reporter = voice(actor);
    }
    if (!spoken) readMarkers(c, t, token, listed);
  }
  return states;
}

/**
 * The clause states of every sentence of an answer, read in order: whether "you" is the speaker is read once for the
 * answer, and a quotation open at a sentence's end carries into the next. The one reading of a whole answer, for the
 * scorer and for whatever else reads its clauses.
 *
 * @param parsed - the parsed answer
 * @param rules - the compiled reading rules
 * @param lists - each token's word lists, when the caller read them (`ReadText.lists`)
 * @returns per sentence, the state at each of its tokens
 */
export function classifySentences(parsed: ParsedText, rules: CompiledRules, lists?: readonly number[]): ClauseState[][] {
  const youIsSelf = toldAsYou(parsed);
  let quoted = false;
  // Who speaks a quotation carried into the next sentence: "He said, 'Offer finished yesterday. Nothing we can do.'"
  let speaker: Actor = "self";
  return parsed.sentences.map((_, i) => {
    const states = classifyClauses(parsed, i, rules, youIsSelf, quoted, lists, speaker);
    quoted = endsInQuote(parsed, i, quoted);
    speaker = quoted ? (states[states.length - 1]?.speaker ?? speaker) : "self";
    return states;
  });
}

/**
 * Whether an answer is told in the second person: "you" as subject, never "I".
 *
 * @param parsed - the parsed answer
 * @returns true when "you" stands for the speaker
 */
export function toldAsYou(parsed: ParsedText): boolean {
  let you = 0;
  for (const token of parsed.tokens) {
    if (token.lemma === "i" || token.lemma === "me" || token.lemma === "my" || token.lemma === "myself") return false;
    if (token.lemma === "you") you++;
  }
  return you >= 2;
}

/**
 * Whether a quotation is still open at the end of a sentence ("I said, 'Peonies are gone. Can I send photos?'" opens
 * one in the first sentence that the second closes).
 *
 * @param parsed - the parsed answer
 * @param sentenceIndex - which sentence
 * @param startsInQuote - whether it began inside one
 * @returns whether it ends inside one
 */
export function endsInQuote(parsed: ParsedText, sentenceIndex: number, startsInQuote: boolean): boolean {
  const sentence = parsed.sentences[sentenceIndex];
  let inQuote = startsInQuote;
  if (sentence === undefined) return inQuote;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = parsed.tokens[t] as Token;
    if (oneCharacter(token)) inQuote = quotedAfter(parsed.tokens, t, token, inQuote);
  }
  return inQuote;
}
