import type { Framework } from "../../competencies/index.js";

/** Per competency, the TF-IDF vector of what it is about: its definition, facets, rubric and behaviours. */
export interface TopicIndex {
  /** The competencies, in framework order. */
  readonly ids: readonly string[];
  /** Every stem of the competencies' texts, numbered. Stems outside it weigh nothing. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Inverse document frequency by stem number. */
  readonly idf: Float64Array;
  /** The competencies' weights, stem by stem: `weights[stem * ids.length + competency]`. */
  readonly weights: Float64Array;
  /** Each competency's vector norm. */
  readonly norms: Float64Array;
  /**
   * The same weights, only those not zero, stem by stem: stem `s`'s are at `rowStarts[s]` up to `rowStarts[s + 1]`,
   * each a competency (`rowCompetencies`) and its weight (`rowWeights`). Most stems are in few competencies' texts:
   * an answer's dot products read a seventh of the dense table.
   */
  readonly rowStarts: Int32Array;
  readonly rowCompetencies: Int32Array;
  readonly rowWeights: Float64Array;
}

const STOP = new Set(
  "a an the and or but if so to of in on at for with from by as is are was were be been being it its this that these those i me my we our you your he she they them their his her him what when where which who how did do does done have has had not no can could would will should may might just then than there here about into over after before up out very really also all any some one more most much many such only own same other time tell describe give example customer alex spouse partner parent child children sibling grandparent people person".split(" "),
);

const stems = new Map<string, string>();

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

const pieces = new Map<string, readonly string[]>();

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

/**
 * The stems of one short piece of text (a token), remembered: answers repeat the same words, so most pieces are
 * stemmed once per process. Pieces read one after another give the stems of `stemsOf(pieces.join(" "))`.
 *
 * @param piece - a token or a few words
 * @returns its stems
 */
export function stemsOfPiece(piece: string): readonly string[] {
  let found = pieces.get(piece);
  if (found === undefined) {
    found = stemsOf(piece);
    if (pieces.size >= 50_000) pieces.clear();
    pieces.set(piece, found);
  }
  return found;
}

/** A sparse vector over stem numbers, and its norm. */
interface Sparse {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
  readonly norm: number;
}

/**
 * Stems as the index numbers them; stems it does not know weigh nothing and are left out.
 *
 * @param index - the topic index
 * @param stems - stems, from `stemsOf`
 * @returns their numbers, in order
 */
export function stemIdsOf(index: Pick<TopicIndex, "vocabulary">, stems: readonly string[]): number[] {
  const ids: number[] = [];
  for (const s of stems) {
    const id = index.vocabulary.get(s);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** Log-scaled term frequency times IDF, from stem numbers. */
function sparseOf(index: Pick<TopicIndex, "idf">, stemIds: readonly number[]): Sparse {
  // A plain array (a typed array this long is allocated outside the heap, slowly), sorted as numbers.
  const sorted = [...stemIds].sort((a, b) => a - b);
  const ids: number[] = [];
  const weights: number[] = [];
  let sq = 0;
  for (let i = 0; i < sorted.length; ) {
    const id = sorted[i] as number;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === id) j++;
    const w = (1 + Math.log(j - i)) * (index.idf[id] ?? 0);
    i = j;
    if (w <= 0) continue;
    ids.push(id);
    weights.push(w);
    sq += w * w;
  }
  return { ids, weights, norm: Math.sqrt(sq) };
}

/**
 * Builds the topic index of a framework: one TF-IDF vector per competency, from its name, definition, facets, rubric
 * anchors and behaviours (with their examples). Question banks are left out: their interviewer guides and probes are
 * worded alike for every competency and blur the differences between them.
 *
 * @param framework - the framework
 * @returns the index
 */
export function buildTopicIndex(framework: Framework): TopicIndex {
  const docs = framework.competencies.map((c) =>
    stemsOf(
      [
        c.name, c.definition, ...c.aliases, ...c.facets.flatMap((f) => [f.name, f.description]),
        ...c.rubric.flatMap((r) => [r.summary, ...r.anchors]),
        ...c.indicators.filter((i) => i.kind === "positive").flatMap((i) => [i.description, ...i.examples]),
      ].join("\n"),
    ),
  );
  const vocabulary = new Map<string, number>();
  const df: number[] = [];
  for (const doc of docs) {
    for (const s of new Set(doc)) {
      let id = vocabulary.get(s);
      if (id === undefined) vocabulary.set(s, (id = vocabulary.size));
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = docs.length;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / (d + 0.5)));
  const weights = new Float64Array(vocabulary.size * n);
  const norms = new Float64Array(n);
  docs.forEach((doc, c) => {
    const v = sparseOf({ idf }, stemIdsOf({ vocabulary }, doc));
    v.ids.forEach((id, k) => (weights[id * n + c] = v.weights[k] ?? 0));
    norms[c] = v.norm;
  });
  return { ids: framework.competencies.map((c) => c.id), vocabulary, idf, weights, norms, ...rowsOf(weights, n) };
}

/** The weights not zero of a dense table of `n` competencies, stem by stem. */
function rowsOf(weights: Float64Array, n: number): Pick<TopicIndex, "rowStarts" | "rowCompetencies" | "rowWeights"> {
  const stems = weights.length / n;
  const rowStarts = new Int32Array(stems + 1);
  const competencies: number[] = [];
  const values: number[] = [];
  for (let s = 0; s < stems; s++) {
    for (let c = 0; c < n; c++) {
      const w = weights[s * n + c] as number;
      if (w === 0) continue;
      competencies.push(c);
      values.push(w);
    }
    rowStarts[s + 1] = competencies.length;
  }
  return { rowStarts, rowCompetencies: Int32Array.from(competencies), rowWeights: Float64Array.from(values) };
}

/** How far an answer is about the competency asked. */
export interface TopicFit {
  /** 1 when the competency asked ranks first among the framework's competencies for this answer, 0 when last. */
  readonly rank: number;
  /** Cosine similarity to the competency asked (with the question's own words, when given). */
  readonly similarity: number;
}

/** The competency asked, joined by the question's words: the question's vector and its scale, and the joint norm. */
interface Target {
  /** The question's weights by stem id. */
  readonly weightOf: ReadonlyMap<number, number>;
  readonly scale: number;
  readonly norm: number;
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
  return topicFitOfIds(index, competencyId, stemIdsOf(index, answerStems), question);
}

/**
 * {@link topicFit} from the answer's stems as the index numbers them (`stemIdsOf`), for callers that number them once.
 *
 * @param index - the framework's topic index
 * @param competencyId - the competency asked
 * @param answerIds - the numbers of the answer's stems
 * @param question - the question asked, if known
 * @returns the competency's rank (as a share) and its similarity
 */
export function topicFitOfIds(index: TopicIndex, competencyId: string, answerIds: readonly number[], question: string | undefined): TopicFit {
  const asked = index.ids.indexOf(competencyId);
  const n = index.ids.length;
  if (asked === -1 || n < 2) return { rank: 1, similarity: 0 };
  const answer = sparseOf(index, answerIds);
  // Every competency's dot product with the answer in one pass over the answer's stems, by the weights not zero (a
  // weight of zero adds nothing: the sums are the same to the last bit).
  const dots: number[] = new Array<number>(n).fill(0);
  const { rowStarts, rowCompetencies, rowWeights } = index;
  for (let k = 0; k < answer.ids.length; k++) {
    const id = answer.ids[k] as number;
    const w = answer.weights[k] as number;
    const end = rowStarts[id + 1] as number;
    for (let r = rowStarts[id] as number; r < end; r++) {
      const c = rowCompetencies[r] as number;
      dots[c] = (dots[c] as number) + w * (rowWeights[r] as number);
    }
  }
  const target = question === undefined || question.trim() === "" ? undefined : targetOf(index, asked, question);
  let dot = dots[asked] ?? 0;
  let targetNorm = index.norms[asked] ?? 0;
  if (target !== undefined) {
    const q = target.weightOf;
    answer.ids.forEach((id, k) => (dot += (answer.weights[k] ?? 0) * (q.get(id) ?? 0) * target.scale));
    targetNorm = target.norm;
  }
  const similarity = answer.norm === 0 || targetNorm === 0 ? 0 : dot / (answer.norm * targetNorm);
  let above = 0;
  for (let c = 0; c < n; c++) {
    const norm = index.norms[c] ?? 0;
    if (c !== asked && answer.norm > 0 && norm > 0 && (dots[c] ?? 0) / (answer.norm * norm) > similarity) above++;
  }
  return { rank: 1 - above / (n - 1), similarity };
}

// Bulk runs ask the same questions over and over: keep the last few competency-and-question targets.
const targets = new WeakMap<TopicIndex, Map<number, Map<string, Target>>>();
function targetOf(index: TopicIndex, asked: number, question: string): Target {
  let byCompetency = targets.get(index);
  if (byCompetency === undefined) targets.set(index, (byCompetency = new Map()));
  let cache = byCompetency.get(asked);
  if (cache === undefined) byCompetency.set(asked, (cache = new Map()));
  let target = cache.get(question);
  if (target === undefined) {
    const n = index.ids.length;
    const q = sparseOf(index, stemIdsOf(index, stemsOf(question)));
    const norm = index.norms[asked] ?? 0;
    // The question is a few words against a competency's whole text: weigh it as half the competency's vector.
    const scale = q.norm === 0 ? 0 : (0.5 * norm) / q.norm;
    let sq = norm * norm;
    q.ids.forEach((id, k) => {
      const a = index.weights[id * n + asked] ?? 0;
      const joint = a + (q.weights[k] ?? 0) * scale;
      sq += joint * joint - a * a;
    });
    target = { weightOf: new Map(q.ids.map((id, k) => [id, q.weights[k] ?? 0])), scale, norm: Math.sqrt(Math.max(0, sq)) };
    if (cache.size >= 512) cache.delete(cache.keys().next().value as string);
    cache.set(question, target);
  }
  return target;
}
