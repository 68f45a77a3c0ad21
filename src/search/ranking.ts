import { terms as analyse } from '../text/tokenize.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import { FEATURE_NAMES, passageFeatures, type FeatureName, type Features } from './features.js';
import { searchPostings, termVisible } from './postings.js';
import { TermKind } from './vocabulary.js';

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
  /** TermKind bits an answer would carry: a date for "when", a number for "how many" (0: any). */
  expects: number;
}

/** A passage with its final score and how much of the question it covers. */
export interface Scored {
  entry: IndexedPassage;
  score: number;
  /** Share of the question's IDF mass found in the passage, 0..1. */
  coverage: number;
}

/** Feature weights plus the search settings; the defaults come from `scripts/tune.ts --fit`. */
export type RankingWeights = Record<FeatureName, number> & {
  /** BM25 term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
  /** Share of a sentence pair's mass that counts (a pair must beat one sentence clearly). */
  pair: number;
  /** How many candidates are rescored. */
  candidates: number;
  /** Terms in more than this share of passages are left to rescoring, not candidate search. */
  commonShare: number;
  /** Below this coverage the best passage is not an answer. */
  floor: number;
  /** Nor below this score: a passage matching only the question's lesser words. */
  scoreFloor: number;
};

// Fitted by `scripts/tune.ts --fit '{"coverage":0}' coverage` on the first 1,500 SQuAD questions
// and checked on the other 1,500. Coverage stays the no-answer floor's measure; as a feature it is
// held at 0, `subject` carries it (a negative weight on covering the question would read oddly).
export const DEFAULT_WEIGHTS: RankingWeights = {
  bm25: 0.43,
  article: 0.13,
  breadth: 0.2,
  title: 0.11,
  coverage: 0,
  subject: 0.48,
  sentence: 0.62,
  bigram: 0.24,
  near: 0.3,
  span: 0.04,
  typed: 0.26,
  length: -0.07,
  lead: 0.09,
  k1: 1.2,
  b: 0.75,
  pair: 0.75,
  candidates: 300,
  commonShare: 0.05,
  floor: 0.25,
  scoreFloor: 0.85,
};

const BREADTH_SCALE = Math.log(101); // breadth is 1 for an article with 100 candidates

// What the wording of a question says about its answer: "when", "in what year", "how many".
const ASKS_DATE =
  /^\W*(?:(?:in|on|by|since|during|until|from|at)\s+)?when\b|\b(?:what|which)\s+(?:years?|decades?|centur(?:y|ies)|dates?|months?|day|period|era)\b|\bhow long ago\b/i;
const ASKS_NUMBER =
  /\bhow\s+(?:many|much|long|far|old|large|big|tall|high|often|fast|heavy|deep|wide)\b|\bwhat\s+(?:percentage|percent|proportion|fraction|number|amount|size|population)\b/i;

/** The TermKind bits an answer to `question` would carry (0 when the wording does not say). */
export function expectedKind(question: string): number {
  if (ASKS_DATE.test(question)) return TermKind.date;
  if (ASKS_NUMBER.test(question)) return TermKind.number;
  return 0;
}

// How many edits a question term the visible passages lack may be from a passage term: none for
// short words and numbers (a one-letter change makes another word, another year: "covid" is not
// "Ovid"), one from six letters (stemmed), two from nine. A misspelt name still finds its passages.
function fuzzyDistance(term: string): number {
  if (/\d/.test(term)) return 0;
  return term.length >= 9 ? 2 : term.length >= 6 ? 1 : 0;
}

// Each lookup walks the vocabulary's tree (about 0.5 ms, 3 ms at two edits, on SQuAD's 58k
// terms): a question of made-up words must not cost a hundred of them.
const FUZZY_PER_QUESTION = 3;

/**
 * Analyse a question against the index vocabulary. With `allow`, a term only other servers'
 * articles hold counts as unknown here, so it neither matches nor blocks a near spelling.
 */
export function parseQuery(question: string, index: PassageIndex, allow?: ArticleFilter): Query {
  const vocab = index.vocabulary;
  const usable = (id: number): boolean =>
    vocab.frequency(id) > 0 && (!allow || termVisible(index, id, allow));
  const seen = new Map<string, QueryTerm>();
  const sequence: number[] = [];
  let lookups = 0;
  for (const asked of analyse(question)) {
    let qt = seen.get(asked);
    if (!qt) {
      let id = vocab.lookup(asked);
      const distance = fuzzyDistance(asked);
      if (!(id >= 0 && usable(id)) && distance > 0 && lookups < FUZZY_PER_QUESTION) {
        lookups++;
        const near = vocab.nearest(asked, distance, usable);
        if (near >= 0) id = near;
      }
      // A misspelt word stands for the passage term it was matched to, in ranking and in bold.
      const term = id < 0 ? asked : vocab.termAt(id);
      qt = seen.get(term) ?? { term, id, idf: vocab.idf(id) };
      seen.set(asked, qt);
      seen.set(term, qt);
    }
    sequence.push(qt.id);
  }
  const terms = [...new Set(seen.values())];
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0);
  return { terms, sequence, totalIdf, expects: expectedKind(question) };
}

/** Which articles a search may return (a server sees the shared corpus plus its own additions). */
export type ArticleFilter = (articleId: string) => boolean;

/** A rescored candidate. */
export interface Candidate {
  entry: IndexedPassage;
  f: Features;
}

/** The best passages for `query`, best first; empty when none covers enough of the question. */
export function rank(
  index: PassageIndex,
  query: Query,
  k: number,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  allow?: ArticleFilter,
): Scored[] {
  const scored: Scored[] = candidates(index, query, weights, allow).map(({ entry, f }) => {
    let score = 0;
    for (const name of FEATURE_NAMES) score += weights[name] * f[name];
    return { entry, coverage: f.coverage, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0];
  if (!top || top.coverage < weights.floor || top.score < weights.scoreFloor) return [];
  return distinct(scored, k).filter((s) => s.coverage >= weights.floor / 2);
}

/** The candidate passages of `query` with their features, in candidate-search order. */
export function candidates(
  index: PassageIndex,
  query: Query,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  allow?: ArticleFilter,
): Candidate[] {
  const found = candidateSearch(index, query, weights, allow);
  const features = passageFeatures(index, query, found, weights);
  let maxBm25 = 0;
  for (const f of features) maxBm25 = Math.max(maxBm25, f.bm25);
  for (const f of features) f.bm25 /= maxBm25 || 1;
  const rows = found.map((entry, i) => ({ entry, f: features[i]! }));
  addArticleFeatures(rows);
  return rows;
}

// Candidates come from the question's rare terms only: the common ones cost most and tell least.
function candidateSearch(
  index: PassageIndex,
  query: Query,
  weights: RankingWeights,
  allow: ArticleFilter | undefined,
): IndexedPassage[] {
  const known = query.terms.filter((t) => t.id >= 0);
  const limit = index.vocabulary.documents * weights.commonShare;
  let chosen = known.filter((t) => index.vocabulary.frequency(t.id) <= limit);
  // Questions made only of common words still need candidates: use the rarest few.
  if (chosen.length < 2) chosen = [...known].sort((a, b) => b.idf - a.idf).slice(0, 3);
  return searchPostings(index, chosen, weights.candidates, allow);
}

// Topic evidence from the other candidates of the same article: a question about a topic tends
// to match several passages of the article that answers it.
function addArticleFeatures(rows: Candidate[]): void {
  const byArticle = new Map<string, number[]>();
  for (const { entry, f } of rows) {
    const list = byArticle.get(entry.passage.articleId);
    if (list) list.push(f.bm25);
    else byArticle.set(entry.passage.articleId, [f.bm25]);
  }
  const support = new Map<string, { article: number; breadth: number }>();
  for (const [id, list] of byArticle) {
    const best = list.length > 3 ? list.sort((x, y) => y - x) : list;
    const article = ((best[0] ?? 0) + (best[1] ?? 0) + (best[2] ?? 0)) / 3;
    support.set(id, { article, breadth: Math.log1p(list.length) / BREADTH_SCALE });
  }
  for (const { entry, f } of rows) Object.assign(f, support.get(entry.passage.articleId));
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
