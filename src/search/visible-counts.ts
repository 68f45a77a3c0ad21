import { guildOf } from '../corpus/ids.js';
import { articlePassages } from './article-text.js';
import type { PassageIndex } from './index.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * How many passages hold a term, and how many there are, as the asker sees the corpus: what a
 * term weighs (BM25's idf) and which terms are too common to search for candidates with.
 */
export interface TermCounts {
  frequency(id: number): number;
  readonly documents: number;
  idf(id: number): number;
  /** Average passage length in terms, which BM25 normalises by. */
  averageLength(): number;
}

/**
 * A filter that shows the shared corpus and one server's additions (`guild`), as the engine makes
 * it: its counts leave other servers' additions out.
 */
export type ServerFilter = ((articleId: string) => boolean) & {
  readonly guild: string | undefined;
};

/** The filter showing the shared corpus and `guild`'s additions (none without a server). */
export function serverFilter(
  guild: string | undefined,
  visible: (articleId: string) => boolean,
): ServerFilter {
  return Object.assign(visible, { guild });
}

/** Passages, their terms and term frequencies, of a group of articles. */
interface Counted {
  df: Map<number, number>;
  passages: number;
  length: number;
}

interface Cache {
  version: number;
  additions: Counted;
  own: Map<string, Counted>;
}

const caches = new WeakMap<Vocabulary, Cache>();

/**
 * The counts for a question searching `filter`'s articles: the whole index's, unless the filter is
 * a server's. Then another server's additions weigh nothing: a server adding 200 articles on
 * Harbin made "harbin" a common word in every other server's questions.
 */
export function countsFor(
  index: PassageIndex,
  filter?: (articleId: string) => boolean,
): TermCounts {
  const vocab = index.vocabulary;
  if (!filter || !('guild' in filter)) return vocab;
  const { guild } = filter as ServerFilter;
  const cache = cacheOf(index);
  let own = cache.own.get(guild ?? '');
  if (!own) {
    own =
      guild === undefined
        ? { df: new Map(), passages: 0, length: 0 }
        : counted(index, (g) => g === guild);
    cache.own.set(guild ?? '', own);
  }
  const { additions } = cache;
  const mine = own;
  const documents = vocab.documents - additions.passages + mine.passages;
  const length = vocab.averageLength() * vocab.documents - additions.length + mine.length;
  const frequency = (id: number): number =>
    id < 0 ? 0 : vocab.frequency(id) - (additions.df.get(id) ?? 0) + (mine.df.get(id) ?? 0);
  return {
    frequency,
    documents,
    idf: (id) => {
      const df = frequency(id);
      return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    },
    averageLength: () => (documents ? length / documents : 1),
  };
}

/** The index's additions counted, and each server's own as asked for, until a passage changes. */
function cacheOf(index: PassageIndex): Cache {
  const vocab = index.vocabulary;
  let cache = caches.get(vocab);
  if (!cache || cache.version !== vocab.version) {
    cache = {
      version: vocab.version,
      additions: counted(index, () => true),
      own: new Map(),
    };
    caches.set(vocab, cache);
  }
  return cache;
}

/** The passages and term frequencies of the servers' additions whose server `take` accepts. */
function counted(index: PassageIndex, take: (guild: string) => boolean): Counted {
  const df = new Map<number, number>();
  let passages = 0;
  let length = 0;
  for (const id of index.articles.keys()) {
    const guild = guildOf(id);
    if (guild === undefined || !take(guild)) continue;
    for (const passage of articlePassages(index, id) ?? []) {
      const entry = index.passages.get(passage.id);
      if (!entry) continue;
      passages++;
      length += entry.termCount;
      for (const term of new Set(entry.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  return { df, passages, length };
}
