import type { ParsedText, Token } from "./nlp.js";
import { tenseOf } from "./tense.js";

/** Who performs the action in a clause. */
export type Actor = "self" | "we" | "other";

/** What a clause says about the action at a given token. */
export interface ClauseState {
  /** Who does it: the candidate ("I"), the candidate's team ("we"), or someone else. */
  readonly actor: Actor;
  /** A negation comes before it in its clause ("didn't", "never", "without", "failed to"). */
  readonly negated: boolean;
  /** It is hypothetical, future or conditional ("would", "will", "if", "going to"). */
  readonly hypothetical: boolean;
  /**
   * It is what someone said, quoted or reported ("I told her I could call the room", "I said 'we're going to
   * clear it out'"): words spoken, not actions taken, and no sign of the story's mood.
   */
  readonly reported?: boolean;
}

const BOUNDARY_VALUES = new Set([",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "'", "‘", "’", "-", "...", "•", "*", "·"]);
const BOUNDARY_LEMMAS = new Set(["then", "which", "who", "because", "so", "but", "and", "or", "nor", "while", "when", "after", "before", "until", "although", "though", "since", "whereas"]);
const CONDITIONALS = new Set(["if", "unless", "whenever", "suppose", "supposing"]);
const MODALS = new Set(["would", "could", "should", "might", "may", "will", "shall", "can", "must", "wo", "ca", "sha"]);
const PERCEPTION = new Set(["see", "tell", "hear", "sense", "feel", "understand", "notice", "imagine"]);
const INTENT = new Set(["plan", "intend", "hope", "want", "wish", "aim"]);
const NEGATIONS = new Set(["not", "never", "without", "neither", "nor", "n't", "hardly", "barely"]);
const FAILURES = new Set(["fail", "refuse", "forget", "neglect", "avoid"]);
const SUBJECT_OTHERS = new Set(["he", "she", "they", "you", "it", "someone", "somebody", "everyone", "everybody", "nobody", "this", "that", "one", "there"]);

function isBoundary(token: Token): boolean {
  return (
    BOUNDARY_VALUES.has(token.value) ||
    token.pos === "CCONJ" ||
    token.pos === "SCONJ" ||
    (BOUNDARY_LEMMAS.has(token.lemma) && token.pos !== "VERB" && token.pos !== "NOUN")
  );
}

const ADVERBS_BETWEEN = new Set(["already", "just", "never", "not", "n't", "also", "only", "recently", "since", "even"]);

/** "I'd already checked": here "'d" is "had", not "would" — a past participle follows. */
function isPastPerfect(tokens: readonly Token[], from: number): boolean {
  let t = from;
  while (tokens[t] !== undefined && ADVERBS_BETWEEN.has((tokens[t] as Token).lemma)) t++;
  const verb = tokens[t];
  if (verb === undefined) return false;
  const value = verb.value.toLowerCase();
  return value === "been" || (/(?:ed|en|wn|ne|ght|lt|pt|ot|ung|ade|id|ound)$/.test(value) && value !== verb.lemma);
}

function isVerb(token: Token): boolean {
  return token.pos === "VERB" || token.pos === "AUX";
}

/** Options of {@link readClauses}. */
export interface ReadClausesOptions {
  /**
   * Read "you" as the speaker: set for answers told in the second person throughout ("so you go over,
   * you scan his things for him…"), which is how many people tell their own story.
   */
  readonly youIsSelf?: boolean;
}

const LIST_MARKERS = new Set(["-", "–", "—", "•", "*", "·"]);
const SPEECH = new Set(["tell", "say", "explain", "promise", "offer", "assure", "reassure", "suggest", "propose", "ask", "reply", "write", "email", "text", "message", "agree", "decide", "recommend", "warn", "mention", "inform", "confirm", "remind", "insist", "answer", "respond", "add"]);
const OPEN_QUOTES = new Set(["“", "‘"]);
const CLOSE_QUOTES = new Set(["”", "’"]);
const TOGGLE_QUOTES = new Set(['"', "'"]);

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
 * Reads, for each token of a sentence, who acts and whether the action is negated or hypothetical,
 * from the clause the token sits in. A clause without a subject of its own ("… and apologised")
 * carries on the previous clause's subject and mood.
 *
 * @param parsed - the parsed answer
 * @param sentenceIndex - which sentence
 * @returns one state per token of the sentence, in order
 * @example
 * const p = parseText("I would apologise and refund it.");
 * readClauses(p, 0)[2].hypothetical
 * //=> true
 */
export function readClauses(parsed: ParsedText, sentenceIndex: number, options: ReadClausesOptions = {}): ClauseState[] {
  const sentence = parsed.sentences[sentenceIndex];
  if (sentence === undefined) return [];
  const states: ClauseState[] = [];
  const tokens = parsed.tokens;

  let sentenceHypothetical = false;
  let actor: Actor | undefined;
  let inherited: ClauseState = { actor: "self", negated: false, hypothetical: false };
  let negated = false;
  let hypothetical = false;
  let clauseHypothetical = false; // a mid-sentence "if" clause
  let seenVerb = false;
  let subjectPhrase: Token[] = [];
  let inQuote = false;
  let reported = false;
  let speaker: ClauseState = inherited;
  let reporter: ClauseState = inherited;

  const closeClause = (connector: Token | undefined): void => {
    const current: ClauseState = {
      actor: actor ?? inherited.actor,
      negated,
      hypothetical: hypothetical || clauseHypothetical,
    };
    const carriesNegation = connector !== undefined && (connector.lemma === "or" || connector.lemma === "nor");
    inherited = {
      actor: current.actor,
      negated: carriesNegation && current.negated,
      hypothetical: current.hypothetical && !clauseHypothetical,
    };
    actor = undefined;
    negated = inherited.negated;
    hypothetical = inherited.hypothetical;
    clauseHypothetical = false;
    seenVerb = false;
    subjectPhrase = [];
  };

  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const token = tokens[t] as Token;
    const next = tokens[t + 1];
    const atSentenceStart = t === sentence.firstToken;

    if (CONDITIONALS.has(token.lemma)) {
      const previous = tokens[t - 1];
      if (atSentenceStart || (previous !== undefined && t - 1 === sentence.firstToken && previous.pos !== "PRON")) {
        sentenceHypothetical = true;
      } else {
        closeClause(token);
        clauseHypothetical = true;
      }
    } else if (!atSentenceStart && isBoundary(token)) {
      closeClause(token);
      // A list item ("- asked a colleague to…") is a fragment of the speaker's own account.
      if (LIST_MARKERS.has(token.value)) inherited = { actor: "self", negated: false, hypothetical: false };
    }

    // A closing quote ends what was said: "I said '…', and told her to…" goes on with the story.
    const wasQuoted = inQuote;
    if (OPEN_QUOTES.has(token.value)) inQuote = true;
    else if (CLOSE_QUOTES.has(token.value)) inQuote = false;
    else if (TOGGLE_QUOTES.has(token.value)) inQuote = !inQuote;
    if (!wasQuoted && inQuote) speaker = { actor: actor ?? inherited.actor, negated: false, hypothetical: false };
    if (wasQuoted && !inQuote) {
      reported = false;
      inherited = speaker; // the story goes on with whoever spoke
      actor = undefined;
    }

    if (!seenVerb) {
      if (isVerb(token)) {
        seenVerb = true;
        // A past verb takes the story up again after reported speech: with a subject of its own ("…, and I
        // called her"), or without one, as the reporter's next action ("I told her I was sorry and checked…").
        if (reported && !inQuote && tenseOf(token) === "past" && !MODALS.has(token.lemma) && token.pos === "VERB") {
          reported = false;
          if (subjectPhrase.length === 0) inherited = reporter;
        }
        const lemmas = subjectPhrase.map((s) => s.lemma);
        if (lemmas.includes("i") || (options.youIsSelf === true && lemmas.includes("you"))) actor = "self";
        else if (lemmas.includes("we")) actor = "we";
        else if (subjectPhrase.some((s) => s.pos === "NOUN" || s.pos === "PROPN" || SUBJECT_OTHERS.has(s.lemma))) {
          actor = "other";
        } else if (subjectPhrase.length === 0 && /ing$/i.test(token.value) && token.pos === "VERB") {
          // A gerund as subject ("Acknowledging feelings is important") describes no one's action.
          actor = "other";
        }
      } else if (token.pos === "PRON" || token.pos === "NOUN" || token.pos === "PROPN") {
        // A clause with its own subject has its own mood: "…could call the room, and I called her".
        if (subjectPhrase.length === 0) {
          negated = false;
          hypothetical = false;
        }
        subjectPhrase.push(token);
      }
    }

    const spoken = reported || inQuote;
    states.push({
      actor: actor ?? inherited.actor,
      negated,
      hypothetical: hypothetical || clauseHypothetical || sentenceHypothetical,
      ...(spoken ? { reported: true } : {}),
    });
    if (!inQuote && !reported && SPEECH.has(token.lemma) && token.pos === "VERB" && tenseOf(token) === "past") {
      reported = true;
      reporter = { actor: actor ?? inherited.actor, negated: false, hypothetical: false };
    }

    // Markers take effect for the tokens after them; what was said sets no mood for the story.
    if (spoken) continue;
    if (NEGATIONS.has(token.lemma) || (FAILURES.has(token.lemma) && next?.lemma === "to")) negated = true;
    if (MODALS.has(token.lemma) && token.pos !== "NOUN") {
      const following = next?.lemma === "not" || next?.lemma === "n't" ? tokens[t + 2] : next;
      const pastPerception = token.lemma === "could" && following !== undefined && PERCEPTION.has(following.lemma);
      if (!pastPerception && !(token.value === "'d" && isPastPerfect(tokens, t + 1))) hypothetical = true;
    }
    if (token.lemma === "go" && next?.lemma === "to" && tokens[t + 2]?.pos === "VERB") hypothetical = true;
    if (token.value.toLowerCase() === "gonna") hypothetical = true;
    if (INTENT.has(token.lemma) && next?.lemma === "to" && token.pos === "VERB") hypothetical = true;
  }
  return states;
}
