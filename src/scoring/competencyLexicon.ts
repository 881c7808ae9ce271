import type { Competency, Framework } from "../competencies/index.js";
import builtInLexicon from "./model/lexicon.json" with { type: "json" };
import { parseText } from "./text/nlp.js";

const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "ADV", "PROPN"]);

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
 * Builds the distinctive-word lexicon of every competency of a framework: content lemmas of its definition, facets,
 * upper rubric anchors and positive indicators that appear in few other competencies.
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

let builtIn: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * The built-in framework's lexicons, precomputed at generate time (`npm run generate`) so that the first score does
 * not parse the whole catalog.
 *
 * @returns lemmas by competency id
 */
export function builtInLexicons(): ReadonlyMap<string, ReadonlySet<string>> {
  builtIn ??= new Map(Object.entries(builtInLexicon as Record<string, string[]>).map(([id, lemmas]) => [id, new Set(lemmas)]));
  return builtIn;
}
