import { fromZodIssues, type Issue, RapportError } from "../../errors.js";
import { type RedFlag, ReadingRules } from "./schema.js";

/** Reading rules made ready to read with: word lists as sets, checked once. */
export interface CompiledRules {
  /** The rules as given. */
  readonly source: ReadingRules;
  readonly cues: ReadingRules["cues"];
  readonly modals: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly conditionals: ReadonlySet<string>;
  readonly failures: ReadonlySet<string>;
  readonly nearMisses: ReadonlySet<string>;
  readonly denials: ReadonlySet<string>;
  readonly notOnly: ReadonlySet<string>;
  readonly wishes: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  readonly thingRelatives: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly objectPronouns: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly lasting: ReadonlySet<string>;
  readonly perception: ReadonlySet<string>;
  readonly intent: ReadonlySet<string>;
  readonly temptations: ReadonlySet<string>;
  readonly tendencies: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
  readonly habitual: ReadonlySet<string>;
  readonly stative: ReadonlySet<string>;
  readonly sameForm: ReadonlySet<string>;
  readonly dates: ReadonlySet<string>;
  readonly serviceContext: ReadonlySet<string>;
  readonly served: ReadonlySet<string>;
  readonly contact: ReadonlySet<string>;
  readonly colleagues: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly abstractNouns: ReadonlySet<string>;
  readonly otherSubjects: ReadonlySet<string>;
  readonly boundaries: ReadonlySet<string>;
  readonly neutral: ReadonlyMap<string, string>;
  readonly notNames: ReadonlySet<string>;
  readonly wordNames: ReadonlySet<string>;
  readonly monthOrName: ReadonlySet<string>;
  readonly redFlags: readonly RedFlag[];
  /** Ids of the red flags that count whoever the clause is about. */
  readonly whoever: ReadonlySet<string>;
  /** The words that judge a person, the words for one, and the words around them (`ReadingRules.judgments`), as sets. */
  readonly judgments: { readonly id: string; readonly description: string } & { readonly [K in JudgmentList]: ReadonlySet<string> };
  /**
   * The word lists of {@link LISTED} a lemma is in, as bits (`(rules.listsOf(lemma) & LISTED.negations) !== 0`): one
   * look-up where a clause reads each token against several lists.
   */
  readonly listsOf: (lemma: string) => number;
}

/** The word lists of `ReadingRules.judgments`. */
type JudgmentList = "people" | "pronouns" | "titles" | "relatives" | "linking" | "afterLinking" | "between" | "beforeOf" | "pointing" | "views" | "naming" | "denials" | "contrasts" | "words" | "saidOf";
const JUDGMENT_LISTS: readonly JudgmentList[] = ["people", "pronouns", "titles", "relatives", "linking", "afterLinking", "between", "beforeOf", "pointing", "views", "naming", "denials", "contrasts", "words", "saidOf"];

/** The word lists {@link CompiledRules.listsOf} tells, each a bit. */
export const LISTED = { modals: 1, negations: 2, conditionals: 4, failures: 8, intent: 16, speech: 32, boundaries: 64, sameForm: 128, judgments: 256 } as const;

/** A lemma's lists, found once each (up to a bound: a bulk run meets new words without end). */
function listsOfLemmas(lists: Record<keyof typeof LISTED, ReadonlySet<string>>): (lemma: string) => number {
  const known = new Map<string, number>();
  const names = Object.keys(LISTED) as (keyof typeof LISTED)[];
  return (lemma) => {
    let bits = known.get(lemma);
    if (bits === undefined) {
      bits = 0;
      for (const name of names) if (lists[name].has(lemma)) bits |= LISTED[name];
      if (known.size >= 50_000) known.clear();
      known.set(lemma, bits);
    }
    return bits;
  };
}

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));

/**
 * Checks reading rules and makes them ready to read with.
 *
 * @param rules - the rules, e.g. `englishRules`
 * @returns the compiled rules
 * @throws {RapportError} `invalid-input` at `["rules", …]`, naming the field, when the rules are malformed
 * @example
 * ```ts
 * import { englishRules } from "rapport";
 * import { compileRules, LISTED } from "rapport/research";
 *
 * const rules = compileRules(englishRules);
 * rules.negations.has("never"); //=> true
 * (rules.listsOf("never") & LISTED.negations) !== 0; //=> true
 * ```
 */
export function compileRules(rules: ReadingRules): CompiledRules {
  const parsed = ReadingRules.safeParse(rules);
  if (!parsed.success) throw new RapportError(fromZodIssues(parsed.error.issues, ["rules"]) as [Issue, ...Issue[]]);
  const r = parsed.data;
  const w = r.words;
  const listed = {
    modals: lower(w.modals), negations: lower(w.negations), conditionals: lower(w.conditionals), failures: lower(w.failures), intent: lower(w.intent),
    speech: lower(w.speech), boundaries: lower(w.boundaries), sameForm: lower(w.sameForm),
    // Any word that may judge a person: a sentence without one is not read for judgments. A word written with a hyphen
    // is read as its parts, and is screened by its first ("brain" of "brain-dead").
    judgments: lower([...r.judgments.words, ...r.judgments.saidOf].map((word) => word.split("-")[0] as string)),
  };
  const { judgments: _judgments, ...lists } = listed;
  return {
    source: rules,
    cues: r.cues,
    ...lists,
    perception: lower(w.perception),
    nearMisses: lower(w.nearMisses),
    denials: lower(w.denials),
    notOnly: lower(w.notOnly),
    wishes: lower(w.wishes),
    relatives: lower(w.relatives),
    thingRelatives: lower(w.thingRelatives),
    possessives: lower(w.possessives),
    objectPronouns: lower(w.objectPronouns),
    timeWords: lower(w.timeWords),
    lasting: lower(w.lasting),
    temptations: lower(w.temptations),
    tendencies: lower(w.tendencies),
    habitual: lower(w.habitual),
    stative: lower(w.stative),
    dates: lower(w.dates),
    serviceContext: lower(w.serviceContext),
    served: lower(w.served),
    contact: lower(w.contact),
    colleagues: lower(w.colleagues),
    places: lower(w.places),
    abstractNouns: lower(w.abstractNouns),
    otherSubjects: lower(w.otherSubjects),
    neutral: new Map(Object.entries(w.neutral).map(([k, v]) => [k.toLowerCase(), v])),
    notNames: lower(r.names.notNames),
    wordNames: lower(r.names.wordNames),
    monthOrName: lower(r.names.monthOrName),
    redFlags: r.redFlags,
    whoever: new Set([...r.redFlags.filter((f) => f.whoever).map((f) => f.id), r.judgments.id]),
    judgments: { id: r.judgments.id, description: r.judgments.description, ...(Object.fromEntries(JUDGMENT_LISTS.map((k) => [k, lower(r.judgments[k])])) as { [K in JudgmentList]: ReadonlySet<string> }) },
    listsOf: listsOfLemmas(listed),
  };
}
