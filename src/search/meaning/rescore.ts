// Rescoring the best lexical candidates by meaning (issue 11): a translation language model
// (how questions are asked about sentences) and word-vector soft matches of the question terms a
// passage lacks. Only rescoring: widening the candidate search with related words adds noise.
import type { TranslatedTerms } from '../excerpt.js';
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
  /** Silence when the subject the question names is related to the best passage below this (Reasons.subject). */
  subjectFloor: number;
}

/** Similarity at which a related word starts to count (0 below, 1 at identity). */
export const SOFT_MIN = 0.55;
/** A term absent from the corpus is covered by a passage word at least this similar. */
const GAP_SIMILARITY = 0.6;

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
  /**
   * How near the passage comes to the subject the question names (QueryMeaning.subject): 1 when
   * it holds every term or there is none, else the similarity of its nearest word to the furthest
   * term it lacks (the question's other terms do not count as near words).
   */
  subject: number;
  /**
   * "Who is Taiwan's president?": the name found for the question's description ("lai"), which
   * weighs in excerpts as all the question terms it stands for together (src/search/described.ts).
   */
  named?: { term: string; for: string[] };
}

/** Models the meaning step uses; scripts may swap in others (a table learned from one half). */
export const meaningModels: {
  vectors: () => WordVectors | null;
  translation: () => TranslationTable | null;
} = { vectors: wordVectors, translation: translationTable };

/**
 * Per-vocabulary work arrays indexed by term id, reused by every question (JavaScript runs one
 * question at a time): dense arrays instead of maps and sets keep rescoring under a millisecond.
 */
class Scratch {
  /** Vector row by term id: -2 not looked up yet, -1 none or one of English's commonest words. */
  rows: Int32Array;
  /** Question slot of a term id for the current question, -1 when the question lacks it. */
  slot: Int32Array;
  /** Start of a term id's entries in `explainSlots`/`explainProbs` + 1 (0: explains nothing). */
  explainAt: Int32Array;
  /** Position of a term id in the current question's similarity cache + 1 (0: not cached). */
  simAt: Int32Array;
  /**
   * The current question's similarities, cache position * question terms + slot, NaN until
   * computed: kept from question to question (grown, never shrunk), as a fresh array per question
   * was ~40 KB of garbage for each (npm run bench:load, sampled with the heap profiler).
   */
  sims: Float64Array = new Float64Array(4096);
  /**
   * The current question's t(q | a) entries, chained by term id from `explainAt`: each one's
   * question slot, probability, and the next entry of the same id + 1 (0 at its last). Kept from
   * question to question like `sims`: arrays grown entry by entry were ~60 KB of garbage each.
   */
  explainSlots = new Int32Array(4096);
  explainProbs = new Float64Array(4096);
  explainNext = new Int32Array(4096);
  /** The candidate a term id was last listed for (see `listDistinct`), by id. */
  listedFor: Int32Array;
  listed = 0;
  /** A candidate's distinct term ids, and those of them with a vector row, in passage order. */
  distinct = new Int32Array(256);
  vectored = new Int32Array(256);
  distinctCount = 0;
  vectoredCount = 0;

  constructor(size: number) {
    this.rows = new Int32Array(size).fill(-2);
    this.slot = new Int32Array(size).fill(-1);
    this.explainAt = new Int32Array(size);
    this.simAt = new Int32Array(size);
    this.listedFor = new Int32Array(size);
  }

  /** Grown to hold `size` ids, keeping the rows already looked up. */
  fit(size: number): Scratch {
    if (size <= this.rows.length) return this;
    const grown = new Scratch(Math.max(size, this.rows.length * 2));
    grown.rows.set(this.rows);
    return grown;
  }

  /** Room for `length` explain entries, keeping the first `used`. */
  explainRoom(length: number, used: number): void {
    if (length <= this.explainSlots.length) return;
    const size = Math.max(length, this.explainSlots.length * 2);
    const grow = <T extends Int32Array | Float64Array>(a: T, made: T): T => {
      made.set(a.subarray(0, used));
      return made;
    };
    this.explainSlots = grow(this.explainSlots, new Int32Array(size));
    this.explainProbs = grow(this.explainProbs, new Float64Array(size));
    this.explainNext = grow(this.explainNext, new Int32Array(size));
  }

  /** `sims` with room for `length` entries, keeping the first `used`. */
  simsFor(length: number, used: number): Float64Array {
    if (length > this.sims.length) {
      const grown = new Float64Array(Math.max(length, this.sims.length * 2));
      grown.set(this.sims.subarray(0, used));
      this.sims = grown;
    }
    return this.sims;
  }
}

const scratchOf = new WeakMap<Vocabulary, Scratch>();

function scratchFor(vocab: Vocabulary): Scratch {
  const had = scratchOf.get(vocab) ?? new Scratch(Math.max(vocab.size, 1024));
  const scratch = had.fit(vocab.size);
  if (scratch !== had || !scratchOf.has(vocab)) scratchOf.set(vocab, scratch);
  return scratch;
}

function rowOf(scratch: Scratch, id: number, vocab: Vocabulary, vectors: WordVectors): number {
  let r = scratch.rows[id]!;
  if (r === -2) {
    r = vectors.row(vocab.termAt(id));
    // English's commonest words are never a related word.
    if (vectors.isCommonRow(r)) r = -1;
    scratch.rows[id] = r;
  }
  return r;
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
  const subject = terms.map((t) => meaning.subject.includes(t.term));
  const { counts } = query;
  const background = terms.map(
    (t) => Math.max(counts.frequency(t.id), 0.5) / (counts.documents + 1),
  );
  const scratch = scratchFor(vocab);
  const touched: number[] = []; // ids whose scratch entries this question set, reset at the end
  const cached: number[] = []; // ids whose similarities this question cached, in cache order
  try {
    terms.forEach((t, slot) => {
      if (t.id >= 0 && scratch.slot[t.id] === -1) {
        scratch.slot[t.id] = slot;
        touched.push(t.id);
      }
    });
    // t(q | a) by passage term id a: which question slots it explains, and how well.
    let explained = 0;
    if (table) {
      terms.forEach((t, slot) => {
        const { ids, probs } = sourcesOf(table, t.term, vocab);
        scratch.explainRoom(explained + ids.length, explained);
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j]!;
          if (scratch.explainAt[id] === 0 && scratch.slot[id] === -1) touched.push(id);
          scratch.explainSlots[explained] = slot;
          scratch.explainProbs[explained] = probs[j]!;
          scratch.explainNext[explained++] = scratch.explainAt[id]!;
          scratch.explainAt[id] = explained;
        }
      });
    }
    const { explainSlots, explainProbs, explainNext } = scratch;
    // "Which college…?" of a corpus that never says "college": the kind of thing asked for may
    // be named by a common word ("school", "university"), which counts for it though common
    // words count for no other term.
    const kindSlot = terms.findIndex((t) => t.term === meaning.kind && t.id < 0);
    // Similarity of a question slot to a passage term, computed once per question and pair.
    let sims = scratch.sims;
    const similarity = (slot: number, id: number): number => {
      let at = scratch.simAt[id]!;
      if (at === 0) {
        const used = cached.length * terms.length;
        sims = scratch.simsFor(used + terms.length, used);
        sims.fill(NaN, used, used + terms.length);
        cached.push(id);
        at = scratch.simAt[id] = cached.length;
      }
      const key = (at - 1) * terms.length + slot;
      let s = sims[key]!;
      if (Number.isNaN(s)) {
        const r = rowOf(scratch, id, vocab, vectors!);
        s = sims[key] = r >= 0 ? vectors!.similarity(meaning.rows[slot]!, r) : 0;
        if (slot === kindSlot && r < 0) {
          const row = vectors!.row(vocab.termAt(id));
          if (row >= 0) s = sims[key] = vectors!.similarity(meaning.rows[slot]!, row);
        }
      }
      return s;
    };
    // The nearest of `list`'s terms to question slot `i` beyond `best`, the first of equals
    // winning. Indexed loops: iterating a typed array with for…of allocated an iterator result
    // per term here (~30 KB a question). Never another of the question's own terms: "Ukraine" is
    // not covered by the "Putin" the question also asks about, nor "warheads" by its "nuclear";
    // but "Vladimir" is, by the "Putin" of one name (QueryMeaning.oneName).
    const oneName = new Set(
      meaning.oneName.flatMap(([a, b]) => {
        const [i, j] = [terms.findIndex((t) => t.term === a), terms.findIndex((t) => t.term === b)];
        return i < 0 || j < 0 ? [] : [i * terms.length + j, j * terms.length + i];
      }),
    );
    const nearest = (
      i: number,
      list: ArrayLike<number>,
      found: { best: number; id: number },
      length = list.length,
    ): void => {
      for (let j = 0; j < length; j++) {
        const id = list[j]!;
        const asked = scratch.slot[id]!;
        if (asked >= 0 && !oneName.has(i * terms.length + asked)) continue;
        const sim = similarity(i, id);
        if (sim > found.best) {
          found.best = sim;
          found.id = id;
        }
      }
    };
    const reasons: Reasons[] = [];
    const entity = withKind
      ? kindMatches(query, meaning, top, vectors)
      : new Float64Array(top.length);
    const tlm = new Float64Array(top.length);
    const soft = new Float64Array(top.length);
    const acc = new Float64Array(terms.length);
    const present = new Uint8Array(terms.length);
    top.forEach((s, k) => {
      const { terms: ids } = s.entry;
      // The passage's words are looked through once for each question term it lacks: each
      // distinct word once, and past those without a vector row, which are near nothing (0) but
      // to the kind asked for. A later copy of a word, or a word at 0, never beats the nearest
      // so far (`nearest` takes only a greater similarity), so the nearest comes out the same.
      let listed = false;
      const nearestWord = (i: number, found: { best: number; id: number }): void => {
        if (!listed) {
          listDistinct(scratch, ids, vocab, vectors!);
          listed = true;
        }
        if (i === kindSlot) nearest(i, scratch.distinct, found, scratch.distinctCount);
        else nearest(i, scratch.vectored, found, scratch.vectoredCount);
      };
      const title = index.articles.get(s.entry.passage.articleId)?.titleTerms ?? [];
      acc.fill(0);
      present.fill(0);
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        const slot = scratch.slot[id]!;
        if (slot >= 0) present[slot] = 1;
        for (let e = scratch.explainAt[id]!; e !== 0; e = explainNext[e - 1]!) {
          acc[explainSlots[e - 1]!]! += explainProbs[e - 1]!;
        }
      }
      for (let j = 0; j < title.length; j++) {
        const slot = scratch.slot[title[j]!]!;
        if (slot >= 0) present[slot] = 1;
      }
      let lm = 0;
      for (let i = 0; i < terms.length; i++) {
        lm += share[i]! * Math.log1p(acc[i]! / (ids.length || 1) / background[i]!);
      }
      tlm[k] = lm;
      const why: Reasons = { matched: [], related: [], coverage: 0, gap: 0, subject: 1 };
      for (let i = 0; i < terms.length; i++) {
        if (present[i]) {
          why.matched.push(terms[i]!.term);
          why.coverage += share[i]!;
          continue;
        }
        // A term no passage holds is the question's own content: left uncovered, it is a gap.
        const absent = terms[i]!.id < 0;
        if (!vectors || meaning.rows[i]! < 0) {
          if (absent) why.gap = Math.max(why.gap, share[i]!);
          if (subject[i]) why.subject = 0;
          continue;
        }
        // The title's words first, then the passage's: the first of equally near words wins.
        const found = { best: 0, id: -1 };
        nearest(i, title, found);
        nearestWord(i, found);
        const { best, id: bestId } = found;
        const near = credit(best);
        if (absent && best < GAP_SIMILARITY) why.gap = Math.max(why.gap, share[i]!);
        if (subject[i]) {
          // A name no passage holds ("what did McGregor say about Japan?") is not stood for by
          // a related word ("Asia").
          const name = absent && meaning.absentNames.includes(terms[i]!.term);
          why.subject = name ? 0 : Math.min(why.subject, best);
        }
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
  } finally {
    for (const id of touched) {
      scratch.slot[id] = -1;
      scratch.explainAt[id] = 0;
    }
    for (const id of cached) scratch.simAt[id] = 0;
  }
}

/**
 * List a passage's distinct term ids in `scratch.distinct`, in order of first occurrence, and those
 * of them with a vector row in `scratch.vectored`, each with its count.
 */
function listDistinct(
  scratch: Scratch,
  ids: Uint32Array,
  vocab: Vocabulary,
  vectors: WordVectors,
): void {
  if (scratch.distinct.length < ids.length) {
    scratch.distinct = new Int32Array(Math.max(ids.length, scratch.distinct.length * 2));
    scratch.vectored = new Int32Array(scratch.distinct.length);
  }
  // A new mark for each passage; all cleared before the mark would wrap.
  if (scratch.listed === 0x7fffffff) {
    scratch.listedFor.fill(0);
    scratch.listed = 0;
  }
  const mark = ++scratch.listed;
  const { listedFor, distinct, vectored } = scratch;
  let all = 0;
  let withRow = 0;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j]!;
    if (listedFor[id] === mark) continue;
    listedFor[id] = mark;
    distinct[all++] = id;
    if (rowOf(scratch, id, vocab, vectors) >= 0) vectored[withRow++] = id;
  }
  scratch.distinctCount = all;
  scratch.vectoredCount = withRow;
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
    const { heads, rows } = namesOf(s.entry, vectors);
    heads.forEach((head, h) => {
      // A name made of the question's own subject is not its answer.
      if (asked.has(head) && head !== meaning.kind) return;
      out[k] = Math.max(out[k]!, credit(vectors.similarity(row, rows[h]!)));
    });
  });
  return out;
}

// A passage's name heads and their vector rows, found once per passage (its text never changes).
interface Names {
  heads: string[];
  rows: Int32Array;
  vectors: WordVectors;
}
const namesCache = new WeakMap<IndexedPassage, Names>();

function namesOf(entry: IndexedPassage, vectors: WordVectors): Names {
  let names = namesCache.get(entry);
  if (names?.vectors !== vectors) {
    const heads = nameHeads(entry.passage.text);
    names = { heads, rows: Int32Array.from(heads, (h) => vectors.row(h)), vectors };
    namesCache.set(entry, names);
  }
  return names;
}

/**
 * Share of a missing question term's weight that its related passage term carries in excerpts:
 * 0.3 since a term held by few of a passage's sentences weighs more there (src/search/excerpt.ts),
 * as a related word usually is (learn half of SQuAD: excerpt@1 0.708 at 0.6, 0.709 at 0.3).
 */
const RELATED_WEIGHT = 0.3;

/** A related passage term's weight in excerpts, a share of the question term's it stands for. */
export interface RelatedWeight {
  term: string;
  /** Its vocabulary id, or -1. */
  id: number;
  weight: number;
}

const NO_RELATED: readonly RelatedWeight[] = [];

/**
 * The excerpt weights a passage's related terms add (see Reasons), their ids looked up now: an
 * excerpt chosen later (answerQuestion) then needs neither this vocabulary nor copies of the
 * question's weights until it is.
 */
export function relatedWeights(
  byTerm: ReadonlyMap<string, number>,
  reasons: Reasons | undefined,
  vocab: Vocabulary,
): readonly RelatedWeight[] {
  if (!reasons || (reasons.related.length === 0 && !reasons.named)) return NO_RELATED;
  const out: RelatedWeight[] = [];
  const named = reasons.named;
  if (named && !byTerm.has(named.term)) {
    const weight = named.for.reduce((sum, t) => sum + (byTerm.get(t) ?? 0), 0);
    out.push({ term: named.term, id: vocab.lookup(named.term), weight });
  }
  for (const [asked, found] of reasons.related) {
    // The first weight given a term stands, as the question's own weight does.
    if (byTerm.has(found) || out.some((r) => r.term === found)) continue;
    const weight = RELATED_WEIGHT * (byTerm.get(asked) ?? 0);
    out.push({ term: found, id: vocab.lookup(found), weight });
  }
  return out;
}

/** Excerpt weights by term and by id, with a passage's `related` terms added. */
export function withRelated(
  byTerm: ReadonlyMap<string, number>,
  byId: ReadonlyMap<number, number>,
  related: readonly RelatedWeight[],
): { byTerm: ReadonlyMap<string, number>; byId: ReadonlyMap<number, number> } {
  if (related.length === 0) return { byTerm, byId };
  const terms = new Map(byTerm);
  const ids = new Map(byId);
  for (const { term, id, weight } of related) {
    terms.set(term, weight);
    if (id >= 0) ids.set(id, weight);
  }
  return { byTerm: terms, byId: ids };
}

/**
 * The passage terms a question's terms are asked with (the translation table), as vocabulary ids:
 * the lists the meaning step cached for each term, shared, not copied (a kept answer holds these,
 * not the vocabulary). Null without a table.
 */
export interface QuestionSources {
  terms: string[];
  /** Each question term's id (-1: none) and weight, by slot. */
  termIds: number[];
  weights: number[];
  /** Each slot's passage term ids and t(question term | each). */
  sources: Sources[];
}

/** The translation sources of `terms` (a query's, weighted by idf) in `vocab`'s ids. */
export function questionSources(
  terms: readonly { term: string; id: number; idf: number }[],
  vocab: Vocabulary,
): QuestionSources | null {
  const table = meaningModels.translation();
  if (!table || terms.length === 0) return null;
  return {
    terms: terms.map((t) => t.term),
    termIds: terms.map((t) => t.id),
    weights: terms.map((t) => t.idf),
    sources: terms.map((t) => sourcesOf(table, t.term, vocab)),
  };
}

/** What makeExcerpt credits translated question terms with. */
export function translatedTerms(sources: QuestionSources): TranslatedTerms {
  const slotByTerm = new Map(sources.terms.map((t, slot) => [t, slot]));
  const slotById = new Map<number, number>();
  sources.termIds.forEach((id, slot) => {
    if (id >= 0) slotById.set(id, slot);
  });
  // Passage text tokenized again (a passage of several lines) is matched by the table's own terms.
  const byTerm = (): ((term: string, sums: Float64Array) => void) => {
    const bySource = new Map<string, [number, number][]>();
    const table = meaningModels.translation();
    sources.terms.forEach((term, slot) => {
      const { terms, probs: p } = table?.sources(term) ?? { terms: [], probs: [] };
      terms.forEach((a, j) => {
        let list = bySource.get(a);
        if (!list) bySource.set(a, (list = []));
        list.push([slot, p[j]!]);
      });
    });
    return (term, sums) => {
      for (const [slot, prob] of bySource.get(term) ?? []) sums[slot]! += prob;
    };
  };
  return {
    weights: sources.weights,
    slotByTerm,
    slotById,
    sourceIds: sources.sources.map((s) => s.ids),
    sourceProbs: sources.sources.map((s) => s.probs),
    byTerm,
  };
}
