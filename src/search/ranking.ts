import { terms as analyse } from '../text/tokenize.js';
import { SEARCH_DEFAULTS, type IndexedPassage, type PassageIndex } from './index.js';

/** A query term with its weight. */
export interface QueryTerm {
  term: string;
  /** Vocabulary id, -1 when no passage has the term. */
  id: number;
  idf: number;
}

/** An analysed question. */
export interface Query {
  terms: QueryTerm[];
  /** Term ids in question order, for phrase (bigram) matching. */
  sequence: number[];
  totalIdf: number;
}

/** A passage with its final score and how much of the question it covers. */
export interface Scored {
  entry: IndexedPassage;
  score: number;
  /** Share of the question's IDF mass found in the passage, 0..1. */
  coverage: number;
}

/** Tunable weights; the defaults were chosen on the SQuAD evaluation set (`npm run eval`). */
export interface RankingWeights {
  bm25: number;
  /** How much the other candidates of the same article lend a passage (topic evidence). */
  article: number;
  title: number;
  /** BM25 term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
  coverage: number;
  sentence: number;
  bigram: number;
  /** How many MiniSearch candidates are rescored. */
  candidates: number;
  /** Terms in more than this share of passages are left to rescoring, not candidate search. */
  commonShare: number;
  /** Below this coverage the best passage is not an answer. */
  floor: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  bm25: 1,
  article: 0.4,
  title: 0.3,
  k1: 1.2,
  b: 0.75,
  coverage: 1,
  sentence: 0.8,
  bigram: 0.4,
  candidates: 100,
  commonShare: 0.02,
  floor: 0.25,
};

/** Analyse a question against the index vocabulary. */
export function parseQuery(question: string, index: PassageIndex): Query {
  const vocab = index.vocabulary;
  const seen = new Map<string, QueryTerm>();
  const sequence: number[] = [];
  for (const term of analyse(question)) {
    let qt = seen.get(term);
    if (!qt) {
      const id = vocab.lookup(term);
      qt = { term, id, idf: vocab.idf(id) };
      seen.set(term, qt);
    }
    sequence.push(qt.id);
  }
  const terms = [...seen.values()];
  return { terms, sequence, totalIdf: terms.reduce((sum, t) => sum + t.idf, 0) };
}

/** Which articles a search may return (a server sees the shared corpus plus its own additions). */
export type ArticleFilter = (articleId: string) => boolean;

/** The best passages for `query`, best first; empty when none covers enough of the question. */
export function rank(
  index: PassageIndex,
  query: Query,
  k: number,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  allow?: ArticleFilter,
): Scored[] {
  const candidates = candidateSearch(index, query, weights, allow);
  const slots = slotsOf(query);
  const avgLength = index.vocabulary.averageLength();
  const rows: { entry: IndexedPassage; f: Features }[] = [];
  let maxBm25 = 0;
  for (const { id } of candidates.slice(0, weights.candidates)) {
    const entry = index.passages.get(id);
    if (!entry) continue;
    const f = features(entry, slots, query.totalIdf, weights, avgLength);
    f.title = titleCoverage(index.articles.get(entry.passage.articleId)?.titleTerms, query);
    maxBm25 = Math.max(maxBm25, f.bm25);
    rows.push({ entry, f });
  }
  const support = articleSupport(rows, maxBm25);
  const scored: Scored[] = rows.map(({ entry, f }) => ({
    entry,
    coverage: f.coverage,
    score:
      weights.bm25 * (f.bm25 / (maxBm25 || 1)) +
      weights.article * (support.get(entry.passage.articleId) ?? 0) +
      weights.coverage * f.coverage +
      weights.sentence * f.sentence +
      weights.bigram * f.bigram +
      weights.title * f.title,
  }));
  scored.sort((a, b) => b.score - a.score);
  if ((scored[0]?.coverage ?? 0) < weights.floor) return [];
  return distinct(scored, k).filter((s) => s.coverage >= weights.floor / 2);
}

function candidateSearch(
  index: PassageIndex,
  query: Query,
  weights: RankingWeights,
  allow: ArticleFilter | undefined,
) {
  const known = query.terms.filter((t) => t.id >= 0);
  const limit = index.vocabulary.documents * weights.commonShare;
  let chosen = known.filter((t) => index.vocabulary.frequency(t.id) <= limit);
  // Questions made only of common words still need candidates: use the rarest few.
  if (chosen.length < 2) chosen = [...known].sort((a, b) => b.idf - a.idf).slice(0, 3);
  if (chosen.length === 0) return [];
  const text = chosen.map((t) => t.term).join(' ');
  if (!allow) return index.mini.search(text, SEARCH_DEFAULTS);
  // Filtered before the candidate cut, so another server's articles never take a slot.
  const filter = ({ id }: { id: string }) => {
    const articleId = index.passages.get(id)?.passage.articleId;
    return articleId !== undefined && allow(articleId);
  };
  return index.mini.search(text, { ...SEARCH_DEFAULTS, filter });
}

interface Features {
  bm25: number;
  title: number;
  coverage: number;
  sentence: number;
  bigram: number;
}

/** Query terms as bit slots, so per-passage feature loops allocate nothing. */
interface Slots {
  slotOf: Map<number, number>;
  idf: Float64Array;
  /** For slot i, a mask of the slots whose term follows term i in the question. */
  follows: Int32Array;
}

const MAX_SLOTS = 31; // one bit each in a 32-bit mask

function slotsOf(query: Query): Slots {
  const known = query.terms.filter((t) => t.id >= 0).sort((a, b) => b.idf - a.idf);
  const kept = known.slice(0, MAX_SLOTS);
  const slotOf = new Map(kept.map((t, i) => [t.id, i]));
  const idf = Float64Array.from(kept, (t) => t.idf);
  const follows = new Int32Array(kept.length);
  for (let i = 1; i < query.sequence.length; i++) {
    const a = slotOf.get(query.sequence[i - 1]!);
    const b = slotOf.get(query.sequence[i]!);
    if (a !== undefined && b !== undefined) follows[a]! |= 1 << b;
  }
  return { slotOf, idf, follows };
}

function mass(mask: number, idf: Float64Array): number {
  let total = 0;
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) total += idf[i]!;
  return total;
}

// Sums IDF of distinct query terms over the passage, per sentence (and pairs of adjacent
// sentences, where answers often straddle a boundary), and over adjacent query-term pairs;
// BM25 is computed here too, over all query terms, common ones included.
function features(
  entry: IndexedPassage,
  slots: Slots,
  totalIdf: number,
  weights: RankingWeights,
  avgLength: number,
): Features {
  const { slotOf, idf, follows } = slots;
  const tf = new Int32Array(idf.length);
  const { terms, sentenceEnds } = entry;
  let passageMask = 0;
  let sentenceMask = 0;
  let previousMass = 0;
  let bestSentence = 0;
  let bigram = 0;
  let sentenceIdx = 0;
  let prevSlot = -1;
  for (let i = 0; i < terms.length; i++) {
    const slot = slotOf.get(terms[i]!);
    if (slot !== undefined) {
      tf[slot]!++;
      passageMask |= 1 << slot;
      sentenceMask |= 1 << slot;
      if (prevSlot >= 0 && follows[prevSlot]! & (1 << slot))
        bigram += (idf[prevSlot]! + idf[slot]!) / 2;
      prevSlot = slot;
    } else prevSlot = -1;
    if (i + 1 === sentenceEnds[sentenceIdx] || i + 1 === terms.length) {
      const m = mass(sentenceMask, idf);
      bestSentence = Math.max(bestSentence, m, (m + previousMass) * 0.75);
      previousMass = m;
      sentenceMask = 0;
      sentenceIdx++;
    }
  }
  const norm = weights.k1 * (1 - weights.b + (weights.b * terms.length) / avgLength);
  let bm25 = 0;
  for (let i = 0; i < tf.length; i++) {
    const n = tf[i]!;
    if (n > 0) bm25 += (idf[i]! * n * (weights.k1 + 1)) / (n + norm);
  }
  const total = totalIdf || 1;
  return {
    bm25,
    title: 0,
    coverage: mass(passageMask, idf) / total,
    sentence: bestSentence / total,
    bigram: Math.min(1, bigram / total),
  };
}

// The mean of an article's three best candidate scores: a question about a topic tends to
// match several passages of the article that answers it.
function articleSupport(
  rows: { entry: IndexedPassage; f: Features }[],
  maxBm25: number,
): Map<string, number> {
  const best = new Map<string, number[]>();
  for (const { entry, f } of rows) {
    const list = best.get(entry.passage.articleId) ?? [];
    if (list.length < 3) list.push(f.bm25 / (maxBm25 || 1));
    best.set(entry.passage.articleId, list);
  }
  const support = new Map<string, number>();
  for (const [id, list] of best) support.set(id, list.reduce((a, b) => a + b, 0) / 3);
  return support;
}

function titleCoverage(titleTerms: number[] | undefined, query: Query): number {
  if (!titleTerms?.length || !query.totalIdf) return 0;
  let mass = 0;
  for (const t of query.terms) if (t.id >= 0 && titleTerms.includes(t.id)) mass += t.idf;
  return mass / query.totalIdf;
}

// Near-duplicate passages (the same story filed twice, a repeated paragraph) are shown once.
function distinct(scored: Scored[], k: number): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const s of scored) {
    const key = fingerprint(s.entry.terms);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === k) break;
  }
  return out;
}

function fingerprint(terms: Uint32Array): string {
  return Array.from(terms.subarray(0, 40)).join(',');
}
