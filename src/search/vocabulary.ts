import SearchableMap from 'minisearch/SearchableMap';
import { stem } from '../text/tokenize.js';

/**
 * Bits saying what a term can stand for in an answer (see `Vocabulary.kinds`). `day` and `share`
 * are looser: words that date or measure without a digit ("on Tuesday", "by a fifth"), read only
 * by the silence for questions asking when or how many, not by ranking or excerpts.
 */
export const TermKind = { date: 1, number: 2, day: 4, share: 8 } as const;

const MONTHS = 'january february march april june july august september october november december';
const DATE_WORDS = new Set([...MONTHS.split(' '), 'century', 'centuries', 'decade'].map(stem));
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty ' +
    'fifty hundred hundreds thousand thousands million millions billion trillion dozen percent half'
  )
    .split(' ')
    .map(stem),
);

const DAY_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow ' +
    'spring summer autumn winter week weekend month year ago morning afternoon evening night'
  )
    .split(' ')
    .map(stem),
);
const SHARE_WORDS = new Set(
  (
    'third thirds quarter quarters fifth fifths sixth tenth tenths double doubled triple tripled ' +
    'twice quadrupled majority minority'
  )
    .split(' ')
    .map(stem),
);

const YEAR = /^(?:1\d{3}|20\d{2})s?$/; // "1932", "1950s"

/** The TermKind bits of one analysed term: "1932" is a date and a number, "12th" a number. */
export function kindOfTerm(term: string): number {
  if (YEAR.test(term)) return TermKind.date | TermKind.number;
  if (DATE_WORDS.has(term)) return TermKind.date;
  if (/\d/.test(term) || NUMBER_WORDS.has(term)) return TermKind.number;
  if (DAY_WORDS.has(term)) return TermKind.day;
  if (SHARE_WORDS.has(term)) return TermKind.share;
  return 0;
}

/** Term ids and document frequencies, so ranking can weigh query terms by rarity (IDF). */
export class Vocabulary {
  private ids = new Map<string, number>();
  private termList: string[] = [];
  private df = new Int32Array(1024);
  private kindTable = new Uint8Array(0);
  /** The terms in MiniSearch's radix tree, for fuzzy lookups; built on first use. */
  private tree: SearchableMap<number> | null = null;
  private changes = 0;
  private added: AddedCounts | null = { df: new Int32Array(0), documents: 0, length: 0 };
  documents = 0;
  /** Sum of passage lengths in terms, for BM25's length normalisation. */
  totalLength = 0;

  /** The id of `term`, added when new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.ids.set(term, id);
      this.termList.push(term);
      this.tree?.set(term, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The term with this id. */
  termAt(id: number): string {
    return this.termList[id] ?? '';
  }

  /** The id of `term`, or -1 when it was never seen (a seen term may have left every passage). */
  lookup(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /**
   * The id of the passage term nearest to `term`, within `maxDistance` edits and starting with the
   * same letter, the most frequent among equals, that `accept` takes; -1 when there is none. For
   * a misspelt name or long word in a question.
   */
  nearest(term: string, maxDistance: number, accept: (id: number) => boolean = () => true): number {
    if (maxDistance < 1) return -1;
    return this.similar(term, maxDistance).find(accept) ?? -1;
  }

  // Candidate ids by term, kept while the frequencies that order them do not move.
  private similarCache = new Map<string, number[]>();
  private similarVersion = -1;

  private similar(term: string, maxDistance: number): number[] {
    if (this.similarVersion !== this.changes || this.similarCache.size > 10_000) {
      this.similarCache.clear();
      this.similarVersion = this.changes;
    }
    const key = `${maxDistance}:${term}`;
    let ids = this.similarCache.get(key);
    if (ids) return ids;
    const found: { id: number; distance: number; df: number }[] = [];
    for (const near of this.held(term, maxDistance)) {
      if (this.termList[near.id]![0] === term[0]) found.push(near);
    }
    found.sort((a, b) => a.distance - b.distance || b.df - a.df || a.id - b.id);
    ids = found.map((f) => f.id);
    this.similarCache.set(key, ids);
    return ids;
  }

  /**
   * Whether a term the corpus holds is within `maxDistance` edits of `term`, whatever its first
   * letter ("Jhongnanhai" of "zhongnanhai"), unlike `nearest`, which keeps the first letter.
   */
  hasNear(
    term: string,
    maxDistance: number,
    accept: (id: number) => boolean = () => true,
  ): boolean {
    for (const { id } of this.held(term, maxDistance)) if (accept(id)) return true;
    return false;
  }

  /** Terms within `maxDistance` edits of `term` that some passage holds, with their distance. */
  private *held(
    term: string,
    maxDistance: number,
  ): Generator<{ id: number; distance: number; df: number }> {
    for (const [candidate, [id, distance]] of this.fuzzyTree().fuzzyGet(term, maxDistance)) {
      const df = this.heldFrequency(candidate, id);
      if (df > 0) yield { id, distance, df };
    }
  }

  /**
   * How many passages hold the tree's `candidate` under `id`: 0 for a term of a copy of this
   * vocabulary that shares the tree and added terms of its own.
   */
  private heldFrequency(candidate: string, id: number): number {
    return id < this.size && this.termList[id] === candidate ? this.frequency(id) : 0;
  }

  /**
   * Terms some passage holds that extend `term` by a few letters ("northeast" → "northeastern",
   * "russia" → "russian"), the most frequent first: where a word the corpus lacks may be written in
   * another form of it.
   */
  extensions(term: string, maxExtra: number): number[] {
    const found: { id: number; df: number }[] = [];
    for (const [candidate, id] of this.fuzzyTree().atPrefix(term)) {
      if (candidate.length === term.length || candidate.length > term.length + maxExtra) continue;
      const df = this.heldFrequency(candidate, id);
      if (df > 0) found.push({ id, df });
    }
    return found.sort((a, b) => b.df - a.df || a.id - b.id).map((f) => f.id);
  }

  /** Build the fuzzy-lookup tree now rather than on the first question that needs it. */
  fuzzyTree(): SearchableMap<number> {
    if (!this.tree) {
      const tree = new SearchableMap<number>();
      this.termList.forEach((term, id) => tree.set(term, id));
      this.tree = tree;
    }
    return this.tree;
  }

  /**
   * A copy to change while this one keeps serving. Terms are only ever appended, so the copy
   * shares the fuzzy-lookup tree and adds its new terms to it; each vocabulary checks what the
   * tree gives against its own terms.
   */
  clone(): Vocabulary {
    // Copied whole (a Map copies its table at once) rather than term by term, as fromJSON must:
    // an /add clones the vocabulary of the whole corpus.
    const copy = new Vocabulary();
    copy.ids = new Map(this.ids);
    copy.termList = this.termList.slice();
    copy.df = this.df.slice();
    copy.kindTable = this.kindTable; // replaced, never written in place, when it grows
    copy.documents = this.documents;
    copy.totalLength = this.totalLength;
    copy.tree = this.tree;
    copy.added = this.added && { ...this.added, df: this.added.df.slice() };
    return copy;
  }

  /** TermKind bits by term id, for every term known so far (computed once per term). */
  kinds(): Uint8Array {
    const known = this.kindTable.length;
    if (known < this.termList.length) {
      const grown = new Uint8Array(this.termList.length);
      grown.set(this.kindTable);
      for (let id = known; id < grown.length; id++) grown[id] = kindOfTerm(this.termList[id]!);
      this.kindTable = grown;
    }
    return this.kindTable;
  }

  /** How many terms the vocabulary holds (ids run from 0 to size - 1). */
  get size(): number {
    return this.termList.length;
  }

  /**
   * Count one passage in or out (`sign` 1 or -1) of the frequencies; one of a server's additions
   * (`added`) of theirs too.
   */
  count(termIds: ArrayLike<number>, sign: 1 | -1, added = false): void {
    const counts = added ? this.added : null;
    if (counts && counts.df.length < this.df.length) {
      const grown = new Int32Array(this.df.length);
      grown.set(counts.df);
      counts.df = grown;
    }
    for (const id of new Set(Array.from(termIds))) {
      this.df[id]! += sign;
      if (counts) counts.df[id]! += sign;
    }
    this.documents += sign;
    this.totalLength += sign * termIds.length;
    if (counts) {
      counts.documents += sign;
      counts.length += sign * termIds.length;
    }
    this.changes++;
  }

  /**
   * The servers' additions' share of the counts, kept as passages are counted in and out; null
   * for a vocabulary read from a snapshot until `countAdditions` gives it.
   */
  additions(): AddedCounts | null {
    return this.added;
  }

  /** The additions' share of a vocabulary read from a snapshot, counted from its passages. */
  countAdditions(counts: AddedCounts): void {
    this.added = counts;
  }

  /** Moves whenever a passage is counted in or out: data derived from the passages is stale then. */
  get version(): number {
    return this.changes;
  }

  /** Average passage length in terms. */
  averageLength(): number {
    return this.documents ? this.totalLength / this.documents : 1;
  }

  /** How many passages contain the term with this id (0 for -1). */
  frequency(id: number): number {
    return id < 0 ? 0 : (this.df[id] ?? 0);
  }

  /** BM25's inverse document frequency: rare terms weigh more; unknown terms weigh most. */
  idf(id: number): number {
    return bm25Idf(this.frequency(id), this.documents);
  }

  toJSON(): VocabularyJSON {
    return {
      totalLength: this.totalLength,
      terms: this.termList,
      df: Array.from(this.df.subarray(0, this.termList.length)),
      documents: this.documents,
    };
  }

  static fromJSON(data: VocabularyJSON): Vocabulary {
    const vocab = new Vocabulary();
    // The saved list is taken as it is and indexed in one pass (a start-up's share of this was a
    // tenth); a list that repeats a term cannot have come from a vocabulary.
    vocab.termList = data.terms;
    data.terms.forEach((term, id) => vocab.ids.set(term, id));
    if (vocab.ids.size !== data.terms.length) throw new Error('vocabulary repeats a term');
    vocab.df = new Int32Array(Math.max(1024, data.terms.length));
    vocab.df.set(data.df);
    vocab.documents = data.documents;
    vocab.totalLength = data.totalLength;
    vocab.added = null;
    return vocab;
  }
}

/** BM25's inverse document frequency of a term `df` of `documents` passages hold. */
export function bm25Idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** How many passages of the servers' additions hold each term, and their number and length. */
export interface AddedCounts {
  df: Int32Array;
  documents: number;
  length: number;
}

/** The vocabulary as saved in a snapshot. */
export interface VocabularyJSON {
  terms: string[];
  df: number[];
  documents: number;
  totalLength: number;
}
