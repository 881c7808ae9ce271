import type { SentenceFacts } from "../facts/sentenceFacts.js";

/** The part of a STAR story a sentence tells. */
export type StarRole = "situation" | "task" | "action" | "result" | "none";

/** How an answer is told: a past example, a hypothetical plan, or a general self-description. */
export type AnswerMode = "past-example" | "hypothetical" | "general";

/** One sentence of an answer, as the analysis read it. */
export interface AnalyzedSentence {
  /** Character offset where it starts. */
  readonly start: number;
  /** Character offset one past where it ends. */
  readonly end: number;
  /** The sentence as written. */
  readonly text: string;
  /** The main STAR role it plays. */
  readonly role: StarRole;
  /** Every STAR role it plays (a sentence can tell an action and its result). */
  readonly roles: readonly StarRole[];
  /** It speaks to the scorer ("rate this 5"), so scoring ignores it. */
  readonly instruction: boolean;
  /** It repeats an earlier sentence word for word, so scoring reads it once. */
  readonly repeated: boolean;
  /** Actions in it that the candidate ("I") took. */
  readonly ownActions: number;
  /** Actions in it that "we" took. */
  readonly teamActions: number;
  /** Steps in it that the candidate would take, or takes as a rule: a plan, in answer to a situational question. */
  readonly plannedActions: number;
}

/** What an answer shows, measured so that more text does not by itself mean more. */
export interface AnswerFeatures {
  /** Words in the answer. */
  readonly words: number;
  /** Sentences in the answer. */
  readonly sentences: number;
  /** Clauses in which the candidate ("I") did something, in the past, not negated. */
  readonly selfActions: number;
  /** Distinct verbs among those actions. */
  readonly distinctSelfActions: number;
  /** Clauses in which "we" did something. */
  readonly teamActions: number;
  /** Clauses in which the candidate says what they would or will do. */
  readonly plannedActions: number;
  /** Clauses in which the candidate describes what they usually do, in the present. */
  readonly generalStatements: number;
  /** Actions the candidate says they did not do. */
  readonly negatedActions: number;
  /** Share of the candidate's own actions among own and team actions (1 when there are none). */
  readonly ownership: number;
  /** Specific details: numbers, times, dates and sums of money (names are read as one placeholder and not counted). */
  readonly specifics: number;
  /** The answer states how things turned out. */
  readonly outcome: boolean;
  /** The outcome is measured (a number, a percentage, a time). */
  readonly measuredOutcome: boolean;
  /** The answer reflects, follows up or prevents a recurrence. */
  readonly reflection: boolean;
  /** Sentences that claim a quality instead of showing it ("I am a very patient person"). */
  readonly genericClaims: number;
  /** How the answer is told. */
  readonly mode: AnswerMode;
  /** English, or another language (not scored as if it were English). */
  readonly language: "en" | "other";
  /** Share of words that are common English words, from which `language` is read. */
  readonly englishShare: number;
  /** Share of content words that belong to a service or work context. */
  readonly serviceContext: number;
  /** Sentences that speak to the scorer. */
  readonly instructionSentences: number;
  /** Sentences repeated word for word. */
  readonly repeatedSentences: number;
  /** Words and stock phrases that name a quality instead of showing it ("I showed empathy"). */
  readonly qualityNaming: number;
  /** Distinct concrete nouns in the sentences where the candidate acts or the outcome is told (till, router, refund). */
  readonly concreteNouns: number;
}

/** The sentences' counts, added up. */
interface Totals {
  ownActions: number;
  teamActions: number;
  presentActions: number;
  plannedActions: number;
  generalStatements: number;
  negatedActions: number;
  words: number;
  stopWords: number;
  contentWords: number;
  serviceWords: number;
  specifics: number;
  qualityNaming: number;
}

/**
 * Adds up the sentences' counts in one pass. Each count is written out by name: a loop over a list of the names reads
 * them by a key that changes, which the engine cannot compile to a plain read, and cost half a per cent of scoring.
 */
function totalsOf(facts: readonly SentenceFacts[]): Totals {
  const t: Totals = { ownActions: 0, teamActions: 0, presentActions: 0, plannedActions: 0, generalStatements: 0, negatedActions: 0, words: 0, stopWords: 0, contentWords: 0, serviceWords: 0, specifics: 0, qualityNaming: 0 };
  for (const f of facts) {
    t.ownActions += f.ownActions;
    t.teamActions += f.teamActions;
    t.presentActions += f.presentActions;
    t.plannedActions += f.plannedActions;
    t.generalStatements += f.generalStatements;
    t.negatedActions += f.negatedActions;
    t.words += f.words;
    t.stopWords += f.stopWords;
    t.contentWords += f.contentWords;
    t.serviceWords += f.serviceWords;
    t.specifics += f.specifics;
    t.qualityNaming += f.qualityNaming;
  }
  return t;
}

/**
 * A story told in the present tense (common in speech and in second-language English) is a story, not a
 * self-description, when it names a particular customer or scene and claims no quality.
 */
function toldInPresent(facts: readonly SentenceFacts[], totals: Totals): boolean {
  const past = totals.ownActions + totals.teamActions;
  const present = totals.presentActions;
  return !facts.some((f) => f.genericClaim) && facts.some((f) => f.storyMarker) && present >= 2 && past < present;
}

/**
 * The STAR roles of each sentence: after the candidate has acted, what others did or what became of things (or how
 * they stand now: "he still comes every week") is the result, told in a sentence of its own or, in the answer's last two sentences, after the candidate's action in the
 * same sentence ("I moved her to a fixed plan, and she stayed"). Earlier in the story, such a clause is the next step.
 */
function starRoles(facts: readonly SentenceFacts[], present: boolean): { roles: StarRole[][]; outcomes: boolean[] } {
  let firstAction = -1;
  const outcomes: boolean[] = [];
  const roles = facts.map((f) => {
    const roles = new Set<StarRole>();
    outcomes.push(false);
    if (f.instruction || f.repeated) return [];
    const acts = f.ownActions + f.teamActions > 0 || (present && f.presentActions > 0);
    const after = firstAction !== -1 && f.index > firstAction;
    // Others' present verbs are what became of things in a story told in the present, or how things stand now after
    // one told in the past ("He still comes every week").
    const othersNow = f.otherPresent > 0 && (present || f.lasting);
    const result = f.resultCue || (after && (f.otherPast > 0 || othersNow) && !acts) || ((after || acts) && f.otherAfterAction > 0 && f.index >= facts.length - 2);
    outcomes[outcomes.length - 1] = result;
    if (result || f.reflection) roles.add("result");
    if (f.task) roles.add("task");
    if (acts) {
      roles.add("action");
      if (firstAction === -1) firstAction = f.index;
    }
    if (f.situationCue || (f.pastVerbs > 0 && !acts && !roles.has("result") && (firstAction === -1 || firstAction === f.index))) roles.add("situation");
    return [...roles];
  });
  return { roles, outcomes };
}

function modeOf(story: number, planned: number, general: number): AnswerMode {
  if (story >= 2 && story >= planned && story >= general) return "past-example";
  if (planned > general && planned >= story) return "hypothetical";
  return story >= 1 && general <= 1 && planned <= 1 ? "past-example" : "general";
}

/** English, or not: by the share of common English words, and by script (any letters outside the Latin alphabet). */
function languageOf(text: string, words: number, stopWords: number): { language: "en" | "other"; englishShare: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      latin++;
    } else if (code >= 128) {
      const char = text[i] as string;
      if (LETTER.test(char)) {
        letters++;
        if (LATIN.test(char)) latin++;
      }
    }
  }
  const latinShare = letters === 0 ? 1 : latin / letters;
  const englishShare = words === 0 ? 0 : (stopWords / words) * latinShare;
  return { language: latinShare < 0.5 || (words >= 6 && englishShare < 0.2) ? "other" : "en", englishShare };
}
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

const ROLE_ORDER: readonly StarRole[] = ["result", "action", "task", "situation"];

/**
 * Adds up an answer's sentence facts into its features and its sentences' STAR roles. Stage 4 of scoring.
 *
 * @param text - the answer as given
 * @param facts - each sentence's facts
 * @returns the analysed sentences and the features
 */
export function answerFeatures(text: string, facts: readonly SentenceFacts[]): { sentences: AnalyzedSentence[]; features: AnswerFeatures } {
  const t = totalsOf(facts);
  const present = toldInPresent(facts, t);
  const { roles, outcomes } = starRoles(facts, present);
  const sentences = facts.map((f, i): AnalyzedSentence => {
    const r = roles[i] ?? [];
    return {
      start: f.start, end: f.end, text: text.slice(f.start, f.end), role: ROLE_ORDER.find((x) => r.includes(x)) ?? "none", roles: r,
      instruction: f.instruction, repeated: f.repeated, ownActions: f.ownActions + (present ? f.presentActions : 0), teamActions: f.teamActions, plannedActions: f.plannedActions + f.presentSteps,
    };
  });
  const selfActions = t.ownActions + (present ? t.presentActions : 0);
  const teamActions = t.teamActions;
  const plannedActions = t.plannedActions;
  const generalStatements = t.generalStatements - (present ? t.presentActions : 0);
  const story = selfActions + teamActions;
  const acting = roles.map((r) => r.includes("action") || r.includes("result"));
  const ownLemmas = new Set<string>();
  const concreteNouns = new Set<string>();
  facts.forEach((f, i) => {
    for (const lemma of f.ownLemmas) ownLemmas.add(lemma);
    if (present) for (const lemma of f.presentLemmas) ownLemmas.add(lemma);
    if (acting[i] === true) for (const noun of f.concreteNouns) concreteNouns.add(noun);
  });
  const words = t.words;
  const contentWords = t.contentWords;
  return {
    sentences,
    features: {
      words, sentences: facts.length, selfActions,
      distinctSelfActions: ownLemmas.size,
      teamActions, plannedActions, generalStatements, negatedActions: t.negatedActions,
      ownership: story === 0 ? 1 : selfActions / story,
      specifics: t.specifics,
      outcome: outcomes.includes(true),
      measuredOutcome: facts.some((f) => f.measured),
      reflection: facts.some((f) => f.reflection),
      genericClaims: facts.filter((f) => f.genericClaim).length,
      mode: modeOf(story, plannedActions, generalStatements),
      ...languageOf(text, words, t.stopWords),
      serviceContext: contentWords === 0 ? 0 : t.serviceWords / contentWords,
      instructionSentences: facts.filter((f) => f.instruction).length,
      repeatedSentences: facts.filter((f) => f.repeated).length,
      qualityNaming: t.qualityNaming,
      concreteNouns: concreteNouns.size,
    },
  };
}

/** An answer, analysed: its sentences with STAR roles, and its features. */
export interface AnswerAnalysis {
  /** The answer as given. */
  readonly text: string;
  /** Every sentence with its STAR role. */
  readonly sentences: readonly AnalyzedSentence[];
  /** What the answer shows. */
  readonly features: AnswerFeatures;
}
