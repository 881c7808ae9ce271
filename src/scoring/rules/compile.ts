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
  readonly perception: ReadonlySet<string>;
  readonly intent: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
  readonly habitual: ReadonlySet<string>;
  readonly stative: ReadonlySet<string>;
  readonly sameForm: ReadonlySet<string>;
  readonly dates: ReadonlySet<string>;
  readonly serviceContext: ReadonlySet<string>;
  readonly served: ReadonlySet<string>;
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
 * import { compileRules } from "rapport/research";
 *
 * compileRules(englishRules).negations.has("never"); //=> true
 * ```
 */
export function compileRules(rules: ReadingRules): CompiledRules {
  const parsed = ReadingRules.safeParse(rules);
  if (!parsed.success) throw new RapportError(fromZodIssues(parsed.error.issues, ["rules"]) as [Issue, ...Issue[]]);
  const r = parsed.data;
  const w = r.words;
  return {
    source: rules,
    cues: r.cues,
    modals: lower(w.modals),
    negations: lower(w.negations),
    conditionals: lower(w.conditionals),
    failures: lower(w.failures),
    perception: lower(w.perception),
    intent: lower(w.intent),
    speech: lower(w.speech),
    habitual: lower(w.habitual),
    stative: lower(w.stative),
    sameForm: lower(w.sameForm),
    dates: lower(w.dates),
    serviceContext: lower(w.serviceContext),
    served: lower(w.served),
    abstractNouns: lower(w.abstractNouns),
    otherSubjects: lower(w.otherSubjects),
    boundaries: lower(w.boundaries),
    neutral: new Map(Object.entries(w.neutral).map(([k, v]) => [k.toLowerCase(), v])),
    notNames: lower(r.names.notNames),
    wordNames: lower(r.names.wordNames),
    monthOrName: lower(r.names.monthOrName),
    redFlags: r.redFlags,
    whoever: new Set(r.redFlags.filter((f) => f.whoever).map((f) => f.id)),
  };
}
