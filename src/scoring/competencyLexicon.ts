import { builtInFramework, type Competency, type Framework, type Indicator } from "../competencies/index.js";
import builtInLexicon from "./model/lexicon.json" with { type: "json" };
import { COUNTER_EVIDENCE } from "./lexicon.js";
import { parseText } from "./text/nlp.js";

const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "ADV", "PROPN"]);
const lexicons = new WeakMap<Framework, ReadonlyMap<string, ReadonlySet<string>>>();

function contentLemmas(text: string): Set<string> {
  return new Set(parseText(text.toLowerCase()).tokens.filter((t) => t.type === "word" && !t.stop && t.lemma.length > 2 && CONTENT_POS.has(t.pos)).map((t) => t.lemma));
}

function describe(competency: Competency): string {
  return [
    competency.definition,
    ...competency.facets.flatMap((f) => [f.name, f.description]),
    ...competency.rubric.flatMap((r) => (r.level >= 3 ? [r.summary, ...r.anchors] : [])),
    ...competency.indicators.filter((i) => i.kind === "positive").flatMap((i) => [i.description, ...i.examples]),
  ].join("\n");
}

/**
 * The words that set a competency apart from the others in its framework: content lemmas of its
 * definition, facets, upper rubric anchors and positive indicators that appear in few other
 * competencies. Shipped precomputed for the built-in framework; built once, on first use, for others.
 *
 * @param framework - the framework
 * @param competencyId - the competency
 * @returns its distinctive lemmas
 */
export function competencyLexicon(framework: Framework, competencyId: string): ReadonlySet<string> {
  let all = lexicons.get(framework);
  if (all === undefined && framework === builtInFramework) {
    // Built at generate time (npm run generate), so the first score does not parse the whole catalog.
    all = new Map(Object.entries(builtInLexicon as Record<string, string[]>).map(([id, lemmas]) => [id, new Set(lemmas)]));
    lexicons.set(framework, all);
  }
  if (all === undefined) {
    all = buildLexicons(framework);
    lexicons.set(framework, all);
  }
  return all.get(competencyId) ?? new Set();
}

/**
 * Builds the distinctive-word lexicon of every competency of a framework (see {@link competencyLexicon}).
 *
 * @param framework - the framework
 * @returns lemmas by competency id
 */
export function buildLexicons(framework: Framework): ReadonlyMap<string, ReadonlySet<string>> {
  const perCompetency = new Map(framework.competencies.map((c) => [c.id, contentLemmas(describe(c))]));
  const documentFrequency = new Map<string, number>();
  for (const lemmas of perCompetency.values()) for (const lemma of lemmas) documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  const limit = Math.max(2, Math.ceil(framework.competencies.length * 0.3));
  return new Map([...perCompetency].map(([id, lemmas]) => [id, new Set([...lemmas].filter((l) => (documentFrequency.get(l) ?? 0) <= limit))]));
}

let counter: readonly Indicator[] | undefined;

/**
 * The universal counter-evidence cues (blame, contempt, temper, giving up) as red-flag indicators.
 *
 * @returns the indicators
 */
export function counterEvidenceIndicators(): readonly Indicator[] {
  counter ??= COUNTER_EVIDENCE.map((c) => ({
    id: c.id,
    kind: "red-flag" as const,
    description: `${c.description}.`,
    patterns: [...c.patterns],
    examples: ["(built in)"],
    nonExamples: ["(built in)"],
  }));
  return counter;
}
