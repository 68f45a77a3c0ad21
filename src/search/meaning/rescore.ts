// Rescoring the best lexical candidates by meaning (issue 11): a translation language model
// (how questions are asked about sentences) and word-vector soft matches of the question terms a
// passage lacks. Only rescoring: widening the candidate search with related words adds noise.
import type { IndexedPassage, PassageIndex } from '../index.js';
import type { Query } from '../query.js';
import type { Vocabulary } from '../vocabulary.js';
import { nameHeads } from './answer-type.js';
import type { QueryMeaning } from './query.js';
import { translationTable, type TranslationTable } from './translation.js';
import { wordVectors, type WordVectors } from './vectors.js';

/** How much meaning counts, beside the lexical features' weights. */
export interface MeaningWeights {
  /** Weight of the translation LM score (divided by the best candidate's). */
  translation: number;
  /** Weight of the soft-matched share of the question (terms the passage lacks, by similarity). */
  related: number;
  /** Weight of a name in the passage whose head is the kind a which/what question asks for. */
  entity: number;
  /** How many of the best lexical candidates are rescored. */
  rescore: number;
  /** Silence when one question term this heavy (share of the question) is neither held nor related. */
  keyGap: number;
}

/** Similarity at which a related word starts to count (0 below, 1 at identity). */
const SOFT_MIN = 0.55;
/** A term absent from the corpus is covered by a passage word at least this similar. */
const GAP_SIMILARITY = 0.6;
/** English's most common words are near everything in vector space: never a related word. */
const COMMON_RANK = 300;

/** A ranked passage as src/search/ranking.ts has it (declared here: that file imports this one). */
interface Scored {
  entry: IndexedPassage;
  score: number;
  reasons?: Reasons;
}

/** Why a passage was chosen: question terms it holds and related pairs (question, passage). */
export interface Reasons {
  matched: string[];
  related: [string, string][];
  /** Share of the question's weight the passage covers exactly or by related words, 0..1. */
  coverage: number;
  /** The largest share of one question term that no passage holds and this one relates to only weakly. */
  gap: number;
}

/** Models the meaning step uses; scripts may swap in others (a table learned from one half). */
export const meaningModels: {
  vectors: () => WordVectors | null;
  translation: () => TranslationTable | null;
} = { vectors: wordVectors, translation: translationTable };

const rowCache = new WeakMap<Vocabulary, Int32Array>();

// Vector row of each vocabulary id, looked up once per id (-2: not looked up yet).
function rowTable(vocab: Vocabulary): Int32Array {
  let rows = rowCache.get(vocab);
  if (!rows || rows.length < vocab.size) {
    const grown = new Int32Array(Math.max(vocab.size, 1024)).fill(-2);
    if (rows) grown.set(rows);
    rowCache.set(vocab, (rows = grown));
  }
  return rows;
}

function rowOf(rows: Int32Array, id: number, vocab: Vocabulary, vectors: WordVectors): number {
  if (rows[id] === -2) rows[id] = vectors.row(vocab.termAt(id));
  return rows[id]!;
}

// A question term's sources as vocabulary ids, kept per vocabulary (questions repeat terms).
const sourceCache = new WeakMap<Vocabulary, { size: number; map: Map<string, Sources> }>();
interface Sources {
  ids: number[];
  probs: number[];
}

function sourcesOf(table: TranslationTable, term: string, vocab: Vocabulary): Sources {
  let cache = sourceCache.get(vocab);
  if (!cache || cache.size !== vocab.size || cache.map.size > 20_000) {
    sourceCache.set(vocab, (cache = { size: vocab.size, map: new Map() }));
  }
  let found = cache.map.get(term);
  if (!found) {
    const { terms, probs } = table.sources(term);
    found = { ids: [], probs: [] };
    terms.forEach((a, j) => {
      const id = vocab.lookup(a);
      if (id >= 0) {
        found!.ids.push(id);
        found!.probs.push(probs[j]!);
      }
    });
    cache.map.set(term, found);
  }
  return found;
}

/** What meaning says of some candidates: translation LM (divided by the best), soft-matched share. */
export interface MeaningFeatures {
  translation: Float64Array;
  related: Float64Array;
  entity: Float64Array;
  reasons: Reasons[];
}

/**
 * Rescore the first `weights.rescore` of `scored` (sorted, best first) in place, re-sort them and
 * set their reasons.
 */
export function rescoreByMeaning(
  index: PassageIndex,
  query: Query,
  meaning: QueryMeaning,
  scored: Scored[],
  weights: MeaningWeights,
): void {
  const top = scored.slice(0, weights.rescore);
  if (top.length === 0 || query.totalIdf <= 0) return;
  const f = meaningFeatures(index, query, meaning, top, weights.entity !== 0);
  top.forEach((s, k) => {
    s.score +=
      weights.translation * f.translation[k]! +
      weights.related * f.related[k]! +
      weights.entity * f.entity[k]!;
    s.reasons = f.reasons[k];
  });
  top.sort((a, b) => b.score - a.score);
  scored.splice(0, top.length, ...top);
}

/** The meaning features of `top` against `query`. */
export function meaningFeatures(
  index: PassageIndex,
  query: Query,
  meaning: QueryMeaning,
  top: Scored[],
  withKind = true,
): MeaningFeatures {
  const vocab = index.vocabulary;
  const vectors = meaningModels.vectors();
  const table = meaningModels.translation();
  const terms = query.terms;
  const share = terms.map((t) => t.idf / query.totalIdf);
  const slotOf = new Map(terms.filter((t) => t.id >= 0).map((t) => [t.id, terms.indexOf(t)]));
  // t(q | a) by passage term id a: which question slots it explains, and how well.
  const explains = new Map<number, [number, number][]>();
  const background = terms.map((t) => Math.max(vocab.frequency(t.id), 0.5) / (vocab.documents + 1));
  if (table) {
    terms.forEach((t, slot) => {
      const { ids, probs } = sourcesOf(table, t.term, vocab);
      ids.forEach((id, j) => {
        const list = explains.get(id);
        if (list) list.push([slot, probs[j]!]);
        else explains.set(id, [[slot, probs[j]!]]);
      });
    });
  }
  const rows = vectors ? rowTable(vocab) : new Int32Array(0);
  const sims = new Map<number, number>();
  const similarity = (slot: number, id: number): number => {
    const key = id * 32 + slot;
    let s = sims.get(key);
    if (s === undefined) {
      const r = vectors ? rowOf(rows, id, vocab, vectors) : -1;
      const common = r >= 0 && vectors && vectors.rank(r) < COMMON_RANK;
      s = r >= 0 && vectors && !common ? vectors.similarity(meaning.rows[slot]!, r) : 0;
      sims.set(key, s);
    }
    return s;
  };
  const reasons: Reasons[] = [];
  const entity = withKind
    ? kindMatches(query, meaning, top, vectors)
    : new Float64Array(top.length);
  const tlm = new Float64Array(top.length);
  const soft = new Float64Array(top.length);
  const acc = new Float64Array(terms.length);
  top.forEach((s, k) => {
    const { terms: ids } = s.entry;
    const title = index.articles.get(s.entry.passage.articleId)?.titleTerms ?? [];
    acc.fill(0);
    const present = new Set<number>();
    const distinct = new Set<number>(title);
    for (const id of ids) {
      distinct.add(id);
      const slot = slotOf.get(id);
      if (slot !== undefined) present.add(slot);
      const list = explains.get(id);
      if (list) for (const [q, p] of list) acc[q]! += p;
    }
    for (const id of title) {
      const slot = slotOf.get(id);
      if (slot !== undefined) present.add(slot);
    }
    let lm = 0;
    for (let i = 0; i < terms.length; i++) {
      lm += share[i]! * Math.log1p(acc[i]! / (ids.length || 1) / background[i]!);
    }
    tlm[k] = lm;
    const why: Reasons = { matched: [], related: [], coverage: 0, gap: 0 };
    for (let i = 0; i < terms.length; i++) {
      if (present.has(i)) {
        why.matched.push(terms[i]!.term);
        why.coverage += share[i]!;
        continue;
      }
      // A term no passage holds is the question's own content: left uncovered, it is a gap.
      const absent = terms[i]!.id < 0;
      if (!vectors || meaning.rows[i]! < 0) {
        if (absent) why.gap = Math.max(why.gap, share[i]!);
        continue;
      }
      let best = 0;
      let bestId = -1;
      for (const id of distinct) {
        const sim = similarity(i, id);
        if (sim > best) {
          best = sim;
          bestId = id;
        }
      }
      const near = credit(best);
      if (absent && best < GAP_SIMILARITY) why.gap = Math.max(why.gap, share[i]!);
      if (near > 0) {
        why.related.push([terms[i]!.term, vocab.termAt(bestId)]);
        soft[k]! += share[i]! * near;
        why.coverage += share[i]! * near;
      }
    }
    reasons.push(why);
  });
  const maxLm = Math.max(...tlm) || 1;
  for (let k = 0; k < tlm.length; k++) tlm[k]! /= maxLm;
  return { translation: tlm, related: soft, entity, reasons };
}

/** Soft credit for a similarity: 0 up to SOFT_MIN, 1 at identity. */
const credit = (similarity: number): number =>
  Math.max(0, (similarity - SOFT_MIN) / (1 - SOFT_MIN));

// For each candidate, how near the head of its best name is to the kind of thing asked for.
function kindMatches(
  query: Query,
  meaning: QueryMeaning,
  top: Scored[],
  vectors: WordVectors | null,
): Float64Array {
  const out = new Float64Array(top.length);
  const row = meaning.kind && vectors ? vectors.row(meaning.kind) : -1;
  if (row < 0 || !vectors) return out;
  const asked = new Set(query.terms.map((t) => t.term));
  top.forEach((s, k) => {
    for (const head of nameHeads(s.entry.passage.text)) {
      // A name made of the question's own subject is not its answer.
      if (asked.has(head) && head !== meaning.kind) continue;
      out[k] = Math.max(out[k]!, credit(vectors.similarity(row, vectors.row(head))));
    }
  });
  return out;
}

/** Share of a missing question term's weight that its related passage term carries in excerpts. */
const RELATED_WEIGHT = 0.6;

/** Excerpt weights by term and by id, with the passage's related terms added (see Reasons). */
export function withRelated(
  byTerm: ReadonlyMap<string, number>,
  byId: ReadonlyMap<number, number>,
  reasons: Reasons | undefined,
  vocab: Vocabulary,
): { byTerm: ReadonlyMap<string, number>; byId: ReadonlyMap<number, number> } {
  if (!reasons || reasons.related.length === 0) return { byTerm, byId };
  const terms = new Map(byTerm);
  const ids = new Map(byId);
  for (const [asked, found] of reasons.related) {
    const weight = RELATED_WEIGHT * (byTerm.get(asked) ?? 0);
    if (terms.has(found)) continue;
    terms.set(found, weight);
    const id = vocab.lookup(found);
    if (id >= 0) ids.set(id, weight);
  }
  return { byTerm: terms, byId: ids };
}
