import { takeSource, type IndexedPassage, type PassageIndex } from './index.js';

/** Which passages hold each term and how often, as flat arrays. */
export interface TermLists {
  /** Passage numbers holding term id t: docs[starts[t]] up to docs[starts[t + 1]]. */
  starts: Uint32Array;
  docs: Uint32Array;
  /** Occurrences of the term in each of those passages. */
  counts: Uint16Array;
}

/**
 * The term lists of an index's passages (candidate search in microseconds): the lists as laid out
 * last, plus those of the passages added since, kept apart. An /add lays out only its own
 * passages' lists (and the earlier additions'), not the whole corpus's again: at ~95k passages
 * the whole was 30 MB of fresh memory, ~0.13 s of a first /add on this machine.
 */
export interface Postings extends TermLists {
  /** Passages by number. */
  entries: IndexedPassage[];
  /** The lists of passages added since `starts`/`docs`/`counts` were laid out. */
  added?: TermLists;
  /** BM25's length normalisation per passage: 1 - b + b * length / average length. */
  lengthNorm: Float64Array;
}

/** The added passages' lists are laid out with the rest once they hold this share of the whole. */
const ADDED_SHARE = 1 / 8;

/** The term lists of `postings`, the added ones last (a term's passages are in both, in order). */
export function listsOf(postings: Postings): TermLists[] {
  return postings.added ? [postings, postings.added] : [postings];
}

/** All of `postings`' lists laid out as one, as a snapshot keeps them. */
export function mergedLists(postings: Postings): TermLists {
  const { added } = postings;
  if (!added) return postings;
  return laidOut(
    [postings, added],
    postings.entries,
    postings.entries.length,
    added.starts.length - 1,
  );
}

/** A term of a candidate search, with its weight. */
export interface SearchTerm {
  id: number;
  idf: number;
}

const K1 = 1.2;
const B = 0.75;
// BM25+'s floor for a term that is present at all (as MiniSearch scores, which this replaced).
const DELTA = 0.5;

// Derived from the passages on first use and kept while the vocabulary's counts do not move: every
// passage added to or removed from an index is counted there.
const cache = new WeakMap<PassageIndex, { version: number; postings: Postings }>();

/**
 * The postings of `index`, built on first use and again after the index changes. A copy of an
 * index (an /add's) that kept its source's passages in order and added others extends the
 * source's postings: a copy of what was there plus the new passages, not a walk over every term
 * of the corpus.
 */
export function postingsOf(index: PassageIndex): Postings {
  const cached = cache.get(index);
  if (cached && cached.version === index.vocabulary.version) return cached.postings;
  const source = takeSource(index);
  const before = source && cache.get(source);
  const entries = [...index.passages.values()];
  const extended =
    source && before?.version === source.vocabulary.version
      ? extendPostings(index, entries, before.postings)
      : undefined;
  const postings = extended ?? buildPostings(index, entries);
  cache.set(index, { version: index.vocabulary.version, postings });
  return postings;
}

/** The term lists a snapshot kept: the postings of `index`'s passages in its order, not derived. */
export type StoredPostings = Pick<Postings, 'starts' | 'docs' | 'counts'>;

/**
 * Take `stored` as the postings of `index` (just loaded from a snapshot) instead of deriving them:
 * at ~100k passages the derivation was a third of a start-up. Lists that do not fit the index
 * (wrong sizes, a passage number out of range) are refused with an error.
 */
export function adoptPostings(index: PassageIndex, stored: StoredPostings): void {
  const entries = [...index.passages.values()];
  const { starts, docs, counts } = stored;
  const fits =
    starts.length === index.vocabulary.size + 1 &&
    starts[0] === 0 &&
    starts[starts.length - 1] === docs.length &&
    counts.length === docs.length &&
    isAscending(starts) &&
    maxOf(docs) < entries.length;
  if (!fits) throw new Error('term lists do not fit the passages');
  const postings = { entries, starts, docs, counts, lengthNorm: lengthNorms(entries) };
  cache.set(index, { version: index.vocabulary.version, postings });
}

function maxOf(values: Uint32Array): number {
  let max = -1;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

function isAscending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

const NO_POSTINGS: Postings = {
  entries: [],
  starts: new Uint32Array(1),
  docs: new Uint32Array(0),
  counts: new Uint16Array(0),
  lengthNorm: new Float64Array(0),
};

/** The postings of `entries`, the passages of `index` in its order: those of nothing, extended. */
export function buildPostings(index: PassageIndex, entries: IndexedPassage[]): Postings {
  return extendPostings(index, entries, NO_POSTINGS)!;
}

/**
 * `before` extended by the passages `entries` holds past its own, or undefined when `entries` does
 * not begin with exactly `before`'s passages (something was removed: build from scratch).
 */
export function extendPostings(
  index: PassageIndex,
  entries: IndexedPassage[],
  before: Postings,
): Postings | undefined {
  const kept = before.entries.length;
  if (entries.length < kept) return undefined;
  for (let n = 0; n < kept; n++) if (entries[n] !== before.entries[n]) return undefined;
  const size = index.vocabulary.size;
  // Terms only ever get new, higher ids.
  if (listsOf(before).some((l) => size < l.starts.length - 1)) return undefined;
  const lengthNorm = lengthNorms(entries);
  if (kept > 0) {
    const added = laidOut(before.added ? [before.added] : [], entries, kept, size);
    const { starts, docs, counts } = before;
    if (added.docs.length < docs.length * ADDED_SHARE) {
      return { entries, starts, docs, counts, added, lengthNorm };
    }
  }
  return { entries, ...laidOut(listsOf(before), entries, kept, size), lengthNorm };
}

/**
 * One layout of the term lists `priors` (a term's passages from each, in turn) and those of the
 * passages from number `from` on in `entries`, over term ids below `size`.
 */
function laidOut(
  priors: TermLists[],
  entries: IndexedPassage[],
  from: number,
  size: number,
): TermLists {
  const lastSeen = new Int32Array(size).fill(-1);
  const starts = new Uint32Array(size + 1);
  countTerms(entries, from, lastSeen, starts);
  for (const prior of priors) {
    const known = prior.starts.length - 1;
    for (let t = 0; t < known; t++) starts[t + 1]! += prior.starts[t + 1]! - prior.starts[t]!;
  }
  for (let t = 0; t < size; t++) starts[t + 1]! += starts[t]!;
  const docs = new Uint32Array(starts[size]!);
  const counts = new Uint16Array(starts[size]!);
  const next = starts.slice(0, size);
  for (const prior of priors) {
    const known = prior.starts.length - 1;
    for (let t = 0; t < known; t++) {
      const start = prior.starts[t]!;
      const end = prior.starts[t + 1]!;
      if (end === start) continue;
      docs.set(prior.docs.subarray(start, end), next[t]);
      counts.set(prior.counts.subarray(start, end), next[t]);
      next[t]! += end - start;
    }
  }
  fillTerms(entries, from, next, lastSeen.fill(-1), docs, counts);
  return { starts, docs, counts };
}

/** Count, per term, the passages from number `from` on holding it, into `starts[t + 1]`. */
function countTerms(
  entries: IndexedPassage[],
  from: number,
  lastSeen: Int32Array,
  starts: Uint32Array,
): void {
  for (let n = from; n < entries.length; n++) {
    for (const t of entries[n]!.terms) {
      if (lastSeen[t] !== n) {
        lastSeen[t] = n;
        starts[t + 1]!++;
      }
    }
  }
}

/** Write the postings of the passages from number `from` on, each term's at `next[t]` onwards. */
function fillTerms(
  entries: IndexedPassage[],
  from: number,
  next: Uint32Array,
  lastSeen: Int32Array,
  docs: Uint32Array,
  counts: Uint16Array,
): void {
  for (let n = from; n < entries.length; n++) {
    for (const t of entries[n]!.terms) {
      if (lastSeen[t] !== n) {
        lastSeen[t] = n;
        docs[next[t]!] = n;
        counts[next[t]!++] = 1;
      } else if (counts[next[t]! - 1]! < 0xffff) counts[next[t]! - 1]!++;
    }
  }
}

function lengthNorms(entries: IndexedPassage[]): Float64Array {
  // Loops over lengths, not Float64Array.from with a callback (~40-80 ms at ~100k passages).
  const lengths = new Uint32Array(entries.length);
  let totalLength = 0;
  for (let n = 0; n < entries.length; n++) {
    lengths[n] = entries[n]!.termCount;
    totalLength += lengths[n]!;
  }
  const average = totalLength / (entries.length || 1);
  const out = new Float64Array(entries.length);
  for (let n = 0; n < entries.length; n++) out[n] = 1 - B + (B * lengths[n]!) / average;
  return out;
}

// Scratch per passage number, reused query after query (cleared through the touched list).
let scores = new Float64Array(0);
let matched = new Uint16Array(0);
// The passage numbers a query touched, in the order it did, and how many: a list grown number by
// number was ~35 KB of garbage a question.
let touchedList = new Int32Array(1024);
let touchedCount = 0;

/** Passage number `n` touched: the list grown when full. */
function touch(n: number): void {
  if (touchedCount === touchedList.length) {
    const grown = new Int32Array(touchedList.length * 2);
    grown.set(touchedList);
    touchedList = grown;
  }
  touchedList[touchedCount++] = n;
}

/**
 * The `limit` passages scoring highest on BM25 over `terms` times the number of terms they hold,
 * among those whose article `allow` accepts: filtered before the cut, so a passage that may not be
 * shown never takes a slot.
 */
export function searchPostings(
  index: PassageIndex,
  terms: SearchTerm[],
  limit: number,
  allow?: (articleId: string) => boolean,
): IndexedPassage[] {
  const postings = postingsOf(index);
  const { entries } = postings;
  if (scores.length < entries.length) {
    scores = new Float64Array(entries.length);
    matched = new Uint16Array(entries.length);
  }
  touchedCount = 0;
  let final: Float64Array;
  try {
    accumulate(postings, terms, allow && articleCheck(entries, allow));
  } finally {
    // Collected even when `allow` throws: the scratch must be left all zero.
    final = collect(touchedList.subarray(0, touchedCount));
  }
  return best(final, touchedList.subarray(0, touchedCount), limit).map((n) => entries[n]!);
}

function accumulate(
  postings: Postings,
  terms: SearchTerm[],
  allowed: ((n: number) => boolean) | undefined,
): void {
  const { lengthNorm } = postings;
  const all = listsOf(postings);
  for (const { id, idf } of terms) {
    // A term's passages from each list in turn: the order one merged list would give them.
    for (const { starts, docs, counts } of all) {
      if (id < 0 || id + 1 >= starts.length) continue;
      for (let i = starts[id]!; i < starts[id + 1]!; i++) {
        const n = docs[i]!;
        if (allowed && !allowed(n)) continue;
        const tf = counts[i]!;
        if (matched[n]!++ === 0) touch(n);
        scores[n]! += idf * (DELTA + (tf * (K1 + 1)) / (tf + K1 * lengthNorm[n]!));
      }
    }
  }
}

function collect(touched: Int32Array): Float64Array {
  const final = new Float64Array(touched.length);
  for (let i = 0; i < touched.length; i++) {
    const n = touched[i]!;
    final[i] = scores[n]! * matched[n]!;
    scores[n] = 0;
    matched[n] = 0;
  }
  return final;
}

// The passage numbers with the `limit` highest scores, best first (ties in passage order). Only
// those need ordering: selection in a copy finds the score that admits them.
function best(final: Float64Array, touched: Int32Array, limit: number): number[] {
  const cut = final.length > limit ? select(final.slice(), final.length - limit) : -Infinity;
  const kept: number[] = [];
  for (let i = 0; i < final.length; i++) if (final[i]! >= cut) kept.push(i);
  kept.sort((a, b) => final[b]! - final[a]! || touched[a]! - touched[b]!);
  return kept.slice(0, limit).map((i) => touched[i]!);
}

/**
 * The value a numeric sort of `values` would put at index `k` (Hoare's selection, which reorders
 * `values`): a full sort of some thousands of scores was a twentieth of an answer.
 */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k]!;
}

function articleCheck(entries: IndexedPassage[], allow: (articleId: string) => boolean) {
  const verdicts = new Map<string, boolean>();
  return (n: number): boolean => {
    const articleId = entries[n]!.passage.articleId;
    let ok = verdicts.get(articleId);
    if (ok === undefined) verdicts.set(articleId, (ok = allow(articleId)));
    return ok;
  };
}

/** True when a passage of an article `allow` accepts holds the term with this id. */
export function termVisible(
  index: PassageIndex,
  id: number,
  allow: (articleId: string) => boolean,
): boolean {
  const postings = postingsOf(index);
  for (const { starts, docs } of listsOf(postings)) {
    if (id < 0 || id + 1 >= starts.length) continue;
    for (let i = starts[id]!; i < starts[id + 1]!; i++) {
      if (allow(postings.entries[docs[i]!]!.passage.articleId)) return true;
    }
  }
  return false;
}
