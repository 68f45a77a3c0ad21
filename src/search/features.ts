import type { IndexedPassage, PassageIndex } from './index.js';
import type { Query } from './query.js';

/** What ranking knows of a candidate passage; each feature has a weight of the same name. */
export const FEATURE_NAMES = [
  /** BM25 over all query terms, divided by the best candidate's. */
  'bm25',
  /** The mean BM25 of the article's three best candidates (topic evidence). */
  'article',
  /** How many candidates the article has, on a log scale (0..1). */
  'breadth',
  /** Share of the question's IDF mass in the article title. */
  'title',
  /** Share of the question's IDF mass in the passage. */
  'coverage',
  /** As coverage, with the title's terms counted as present: a passage rarely repeats its subject. */
  'subject',
  /** Best sentence or adjacent pair, title terms counted as present. */
  'sentence',
  /** Adjacent query-term pairs found adjacent in the passage. */
  'bigram',
  /** Best run of NEAR_TERMS consecutive terms, and of SPAN_TERMS. */
  'near',
  'span',
  /** Best run of TYPED_TERMS terms that also holds a term of the kind the question asks for. */
  'typed',
  /** Log of the passage length in terms (longer passages match more by chance). */
  'length',
  /** 1 for an article's first passage, which defines its subject. */
  'lead',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** How many features a passage has: the width of a row of `passageFeatures`' matrix. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Each feature's place in a row, by name. */
export const FEATURE_AT = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  FeatureName,
  number
>;

/** Row `i` of a feature matrix as named features. */
export function featuresAt(rows: Float64Array, i: number): Features {
  const f = {} as Features;
  FEATURE_NAMES.forEach((name, k) => (f[name] = rows[i * FEATURE_COUNT + k]!));
  return f;
}

/** BM25's and the sentence pair's settings (see RankingWeights). */
export interface FeatureSettings {
  k1: number;
  b: number;
  pair: number;
}

const NEAR_TERMS = 4;
const SPAN_TERMS = 8;
const TYPED_TERMS = 10;

/**
 * The features of each passage against `query`, one row of FEATURE_COUNT a passage in
 * FEATURE_NAMES order: BM25 not yet divided, article ones left at 0. Rows, not an object a
 * passage: 300 objects of 13 numbers each were the largest garbage of an answer.
 */
export function passageFeatures(
  index: PassageIndex,
  query: Query,
  entries: IndexedPassage[],
  settings: FeatureSettings,
): Float64Array {
  const slots = slotsOf(query, index);
  try {
    const avgLength = query.counts.averageLength();
    const titleMasks = new Map<string, number>();
    const rows = new Float64Array(entries.length * FEATURE_COUNT);
    entries.forEach((entry, i) => {
      const articleId = entry.passage.articleId;
      let titleMask = titleMasks.get(articleId);
      if (titleMask === undefined) {
        titleMask = maskOf(index.articles.get(articleId)?.titleTerms ?? [], slots);
        titleMasks.set(articleId, titleMask);
      }
      features(entry, slots, titleMask, settings, avgLength, rows, i * FEATURE_COUNT);
    });
    return rows;
  } finally {
    // The slot table is shared scratch: leave it all zero for the next query.
    for (const id of slots.ids) slots.table[id] = 0;
  }
}

/** Query terms as bit slots, so per-passage loops test membership with one array read. */
interface Slots {
  /** Slot + 1 by term id, 0 for other terms. */
  table: Uint8Array;
  ids: number[];
  idf: Float64Array;
  /** idf divided by the question's total: masses come out as shares of the question. */
  share: Float64Array;
  /** For slot i, a mask of the slots whose term follows term i in the question. */
  follows: Int32Array;
  /** TermKind bits by term id, and the bits the question asks for. */
  kinds: Uint8Array;
  expects: number;
  /** Counts per slot, reused passage after passage. */
  tf: Int32Array;
  count: Int32Array;
}

const MAX_SLOTS = 31; // one bit each in a 32-bit mask
let slotTable = new Uint8Array(0);
// Where the passage holds a query term (its slot) or, for a question expecting a kind, a term of
// that kind (slot -1), in order: the windows slide over these alone. Kept from question to
// question like slotTable, grown when a passage is longer than any before.
let placeAt = new Int32Array(256);
let placeSlot = new Int32Array(256);

function slotsOf(query: Query, index: PassageIndex): Slots {
  const kept = query.terms
    .filter((t) => t.id >= 0)
    .sort((a, b) => b.idf - a.idf)
    .slice(0, MAX_SLOTS);
  const size = index.vocabulary.size;
  if (slotTable.length < size) slotTable = new Uint8Array(Math.max(size, slotTable.length * 2));
  const table = slotTable;
  kept.forEach((t, i) => (table[t.id] = i + 1));
  const follows = new Int32Array(kept.length);
  for (let i = 1; i < query.sequence.length; i++) {
    const a = (table[query.sequence[i - 1]!] ?? 0) - 1;
    const b = (table[query.sequence[i]!] ?? 0) - 1;
    if (a >= 0 && b >= 0) follows[a]! |= 1 << b;
  }
  const total = query.totalIdf || 1;
  return {
    table,
    ids: kept.map((t) => t.id),
    idf: Float64Array.from(kept, (t) => t.idf),
    share: Float64Array.from(kept, (t) => t.idf / total),
    follows,
    kinds: index.vocabulary.kinds(),
    expects: query.expects,
    tf: new Int32Array(kept.length),
    count: new Int32Array(kept.length),
  };
}

function maskOf(ids: number[], slots: Slots): number {
  let mask = 0;
  for (const id of ids) {
    const slot = slots.table[id]! - 1;
    if (slot >= 0) mask |= 1 << slot;
  }
  return mask;
}

function mass(mask: number, weights: Float64Array): number {
  let total = 0;
  for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) total += weights[i]!;
  return total;
}

// One pass over the passage's term ids: term frequencies for BM25, the passage's and each
// sentence's set of query terms (a pair of adjacent sentences too, where answers often straddle
// a boundary), adjacent query-term pairs, and where the windows' terms are. The windows slide
// over those places alone.
function features(
  entry: IndexedPassage,
  slots: Slots,
  titleMask: number,
  settings: FeatureSettings,
  avgLength: number,
  out: Float64Array,
  row: number,
): void {
  const { table, idf, share, follows, kinds, expects } = slots;
  const { k1, b, pair } = settings;
  const tf = slots.tf.fill(0);
  const { terms, sentenceEnds } = entry;
  if (placeAt.length < terms.length) {
    placeAt = new Int32Array(Math.max(terms.length, placeAt.length * 2));
    placeSlot = new Int32Array(placeAt.length);
  }
  const at = placeAt;
  const slotAt = placeSlot;
  let places = 0;
  let passageMask = 0;
  let sentenceMask = 0;
  let previousMask = 0;
  let bestSentence = 0;
  let bigram = 0;
  let sentenceIdx = 0;
  let prevSlot = -1;
  // A sentence holding no query term weighs what the title does: its masses are not summed again.
  const titleMass = mass(titleMask, share);
  const length = terms.length;
  // Sentence by sentence, each to its end (the passage's end for the last, or for an end that is
  // out of order), so that the loop over terms tests for none.
  for (let i = 0; i < length;) {
    const next = sentenceEnds[sentenceIdx];
    const end = next !== undefined && next > i && next <= length ? next : length;
    for (; i < end; i++) {
      const slot = table[terms[i]!]! - 1;
      if (slot >= 0) {
        tf[slot]!++;
        sentenceMask |= 1 << slot;
        if (prevSlot >= 0 && follows[prevSlot]! & (1 << slot))
          bigram += (share[prevSlot]! + share[slot]!) / 2;
        at[places] = i;
        slotAt[places++] = slot;
      } else if (expects && kinds[terms[i]!]! & expects) {
        at[places] = i;
        slotAt[places++] = -1;
      }
      prevSlot = slot;
    }
    const one = sentenceMask === 0 ? titleMass : mass(sentenceMask | titleMask, share);
    const both = sentenceMask | previousMask;
    const two = (both === 0 ? titleMass : mass(both | titleMask, share)) * pair;
    bestSentence = Math.max(bestSentence, one, two);
    passageMask |= sentenceMask;
    previousMask = sentenceMask;
    sentenceMask = 0;
    sentenceIdx++;
  }
  const norm = k1 * (1 - b + (b * terms.length) / avgLength);
  let bm25 = 0;
  for (let i = 0; i < tf.length; i++) {
    const n = tf[i]!;
    if (n > 0) bm25 += (idf[i]! * n * (k1 + 1)) / (n + norm);
  }
  const coverage = mass(passageMask, share);
  // With one query term or none, every window holds what the passage holds.
  const single = (passageMask & (passageMask - 1)) === 0;
  out[row + FEATURE_AT.bm25] = bm25;
  out[row + FEATURE_AT.title] = titleMass;
  out[row + FEATURE_AT.coverage] = coverage;
  out[row + FEATURE_AT.subject] = mass(passageMask | titleMask, share);
  out[row + FEATURE_AT.sentence] = bestSentence;
  out[row + FEATURE_AT.bigram] = Math.min(1, bigram);
  out[row + FEATURE_AT.near] = single
    ? coverage
    : bestWindow(terms.length, places, slots, NEAR_TERMS, false);
  out[row + FEATURE_AT.span] = single
    ? coverage
    : bestWindow(terms.length, places, slots, SPAN_TERMS, false);
  out[row + FEATURE_AT.typed] = expects
    ? bestWindow(terms.length, places, slots, TYPED_TERMS, true)
    : 0;
  out[row + FEATURE_AT.length] = Math.log1p(terms.length);
  out[row + FEATURE_AT.lead] = entry.passage.paragraph === 1 ? 1 : 0;
}

// The largest share of the question held by `width` consecutive terms; when `typed`, only
// runs that also hold a term of the kind the question asks for (a year for "when") count. The
// window slides over the passage's `length` terms, but only where a term enters or leaves it
// (placeAt, `places` of them) can its share change: those steps alone are taken, each adding
// before removing as a step over every term would, so the sums come out the same to the bit.
function bestWindow(
  length: number,
  places: number,
  slots: Slots,
  width: number,
  typed: boolean,
): number {
  const { share } = slots;
  const at = placeAt;
  const slotAt = placeSlot;
  const count = slots.count.fill(0);
  let inside = 0;
  let answers = 0;
  let best = 0;
  let enter = 0; // the next place to enter the window, when the window's right end reaches it
  let leave = 0; // the next place to leave it, when the right end is `width` terms past it
  while (enter < places || (leave < places && at[leave]! + width < length)) {
    const right = enter < places ? Math.min(at[enter]!, at[leave]! + width) : at[leave]! + width;
    if (enter < places && at[enter] === right) {
      const slot = slotAt[enter++]!;
      if (slot >= 0) {
        if (count[slot]!++ === 0) inside += share[slot]!;
      } else answers++;
    }
    if (leave < places && at[leave]! + width === right) {
      const slot = slotAt[leave++]!;
      if (slot >= 0) {
        if (--count[slot]! === 0) inside -= share[slot]!;
      } else answers--;
    }
    if (inside > best && (!typed || answers > 0)) best = inside;
  }
  return best;
}
