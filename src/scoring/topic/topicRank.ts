import type { Framework } from "../../competencies/index.js";
import type { QuestionBank } from "../../questions/schema.js";

/** A bag of stems with TF-IDF weights, and its norm. */
interface Vector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Per competency, the TF-IDF vector of what it is about: its rubric, indicators and question bank. */
export interface TopicIndex {
  readonly ids: readonly string[];
  readonly vectors: ReadonlyMap<string, Vector>;
  readonly idf: ReadonlyMap<string, number>;
  /** For each stem, the competencies (by index in `ids`) whose vector holds it, and its weight there. */
  readonly postings: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

const STOP = new Set(
  "a an the and or but if so to of in on at for with from by as is are was were be been being it its this that these those i me my we our you your he she they them their his her him what when where which who how did do does done have has had not no can could would will should may might just then than there here about into over after before up out very really also all any some one more most much many such only own same other time tell describe give example customer alex spouse partner parent child children sibling grandparent people person".split(" "),
);

/**
 * A word's rough stem: lower case, with common English endings taken off, so "apologised", "apologising" and
 * "apologise" meet. Crude on purpose: it runs on both sides of the comparison alike.
 *
 * @param word - a word
 * @returns its stem
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const w = word.toLowerCase().replace(/['’]s$/, "");
    stemmed = w.replace(/(?:ational|ization|isation|ation|ness|ment|ities|ity|ingly|edly|ing|ied|ies|ed|es|ly|s)$/, "").replace(/(?:is|iz)e?$/, "");
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}
const stems = new Map<string, string>();

/**
 * The stems of a text's content words.
 *
 * @param text - any text
 * @returns its stems, stop words left out
 */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0];
    if (word.length < 3 || STOP.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

function vectorOf(stems: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
  const weights = new Map<string, number>();
  let sq = 0;
  for (const [s, n] of tf) {
    const w = (1 + Math.log(n)) * (idf.get(s) ?? 0);
    if (w <= 0) continue;
    weights.set(s, w);
    sq += w * w;
  }
  return { weights, norm: Math.sqrt(sq) };
}

function bankText(bank: QuestionBank | undefined): string[] {
  if (bank === undefined) return [];
  return [
    ...bank.templates.flatMap((t) => [t.text.replace(/\{[^}]+\}/g, " "), ...Object.values(t.guide)]),
    ...Object.values(bank.probes).flat(),
  ];
}

/**
 * Builds the topic index of a framework: one TF-IDF vector per competency, from its definition, facets, rubric anchors,
 * indicators and (where there is one) its question bank.
 *
 * @param framework - the framework
 * @param banks - question banks by competency id
 * @returns the index
 */
export function buildTopicIndex(framework: Framework, banks: Readonly<Record<string, QuestionBank>>): TopicIndex {
  const docs = framework.competencies.map((c) =>
    stemsOf(
      [
        c.name, c.definition, ...c.aliases, ...c.facets.flatMap((f) => [f.name, f.description]),
        ...c.rubric.flatMap((r) => [r.summary, ...r.anchors]),
        ...c.indicators.filter((i) => i.kind === "positive").flatMap((i) => [i.description, ...i.examples]),
        ...bankText(banks[c.id]),
      ].join("\n"),
    ),
  );
  const df = new Map<string, number>();
  for (const doc of docs) for (const s of new Set(doc)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map([...df].map(([s, d]) => [s, Math.log((n + 1) / (d + 0.5))]));
  const vectors = new Map(framework.competencies.map((c, i) => [c.id, vectorOf(docs[i] ?? [], idf)]));
  const ids = framework.competencies.map((c) => c.id);
  const postings = new Map<string, [number, number][]>();
  ids.forEach((id, i) => {
    for (const [s, w] of (vectors.get(id) as Vector).weights) {
      const list = postings.get(s) ?? [];
      list.push([i, w]);
      postings.set(s, list);
    }
  });
  return { ids, vectors, idf, postings };
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (const [s, w] of a.weights) dot += w * (b.weights.get(s) ?? 0);
  return dot / (a.norm * b.norm);
}

/** How far an answer is about the competency asked. */
export interface TopicFit {
  /** 1 when the competency asked ranks first among the framework's competencies for this answer, 0 when last. */
  readonly rank: number;
  /** Cosine similarity to the competency asked (with the question's own words, when given). */
  readonly similarity: number;
}

/**
 * Ranks the framework's competencies by TF-IDF similarity to an answer and says where the competency asked stands.
 * The question's own words, when given, join the competency's.
 *
 * @param index - the framework's topic index
 * @param competencyId - the competency asked
 * @param answerStems - the stems of the answer's content words
 * @param question - the question asked, if known
 * @returns the competency's rank (as a share) and its similarity
 */
export function topicFit(index: TopicIndex, competencyId: string, answerStems: readonly string[], question: string | undefined): TopicFit {
  const answer = vectorOf(answerStems, index.idf);
  const asked = index.vectors.get(competencyId);
  if (asked === undefined || index.ids.length < 2) return { rank: 1, similarity: 0 };
  const target = question === undefined || question.trim() === "" ? asked : askedWith(index, competencyId, asked, question);
  const similarity = cosine(answer, target);
  // Every competency's dot product with the answer in one pass over the answer's stems.
  const dots = new Array<number>(index.ids.length).fill(0);
  for (const [s, w] of answer.weights) for (const [i, v] of index.postings.get(s) ?? []) dots[i] = (dots[i] ?? 0) + w * v;
  let above = 0;
  index.ids.forEach((id, i) => {
    const norm = (index.vectors.get(id) as Vector).norm;
    if (id !== competencyId && answer.norm > 0 && norm > 0 && (dots[i] ?? 0) / (answer.norm * norm) > similarity) above++;
  });
  return { rank: 1 - above / (index.ids.length - 1), similarity };
}

// Bulk runs ask the same questions over and over: keep the last few competency-and-question vectors.
const merged = new WeakMap<TopicIndex, Map<string, Vector>>();
function askedWith(index: TopicIndex, competencyId: string, asked: Vector, question: string): Vector {
  let cache = merged.get(index);
  if (cache === undefined) merged.set(index, (cache = new Map()));
  const key = `${competencyId}\n${question}`;
  let vector = cache.get(key);
  if (vector === undefined) {
    vector = merge(asked, vectorOf(stemsOf(question), index.idf));
    if (cache.size >= 512) cache.delete(cache.keys().next().value as string);
    cache.set(key, vector);
  }
  return vector;
}

function merge(a: Vector, b: Vector): Vector {
  const weights = new Map(a.weights);
  // The question is a few words against a whole bank: weigh it as half the competency's vector.
  const scale = b.norm === 0 ? 0 : (0.5 * a.norm) / b.norm;
  for (const [s, w] of b.weights) weights.set(s, (weights.get(s) ?? 0) + w * scale);
  let sq = 0;
  for (const w of weights.values()) sq += w * w;
  return { weights, norm: Math.sqrt(sq) };
}
