import { guildOf } from '../corpus/ids.js';
import { articlePassages } from './article-text.js';
import type { PassageIndex } from './index.js';
import { bm25Idf, type AddedCounts, type Vocabulary } from './vocabulary.js';

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

/** A server's own additions' counts: few terms, kept in a map. */
interface OwnCounts {
  df: Map<number, number>;
  documents: number;
  length: number;
}

/** Each server's own additions' counts, for a vocabulary as it stood at `version`. */
interface Own {
  version: number;
  byGuild: Map<string, OwnCounts>;
  /** Each server's article ids, grouped once a version. */
  ids: Map<string, string[]> | null;
}

const owned = new WeakMap<Vocabulary, Own>();

const NONE: OwnCounts = { df: new Map(), documents: 0, length: 0 };

/**
 * The counts for a question searching `filter`'s articles: the whole index's, unless the filter is
 * a server's. Then another server's additions weigh nothing: a server adding 200 articles on
 * Harbin made "harbin" a common word in every other server's questions. The vocabulary keeps all
 * additions' share as passages are counted; a server's own are counted from its passages, once
 * for each version of the index it asks of.
 */
export function countsFor(
  index: PassageIndex,
  filter?: (articleId: string) => boolean,
): TermCounts {
  const vocab = index.vocabulary;
  if (!filter || !('guild' in filter)) return vocab;
  const { guild } = filter as ServerFilter;
  const additions = vocab.additions() ?? countedAdditions(index);
  const mine = guild === undefined ? NONE : ownCounts(index, guild);
  const documents = vocab.documents - additions.documents + mine.documents;
  const length = vocab.totalLength - additions.length + mine.length;
  const frequency = (id: number): number =>
    id < 0 ? 0 : vocab.frequency(id) - (additions.df[id] ?? 0) + (mine.df.get(id) ?? 0);
  return {
    frequency,
    documents,
    idf: (id) => bm25Idf(frequency(id), documents),
    averageLength: () => (documents ? length / documents : 1),
  };
}

/** The additions' share of a vocabulary read from a snapshot: counted once, then kept by it. */
function countedAdditions(index: PassageIndex): AddedCounts {
  const df = new Int32Array(index.vocabulary.size);
  const ids = [...index.articles.keys()].filter((id) => guildOf(id) !== undefined);
  const { documents, length } = eachPassage(index, ids, (term) => df[term]!++);
  const counts = { df, documents, length };
  index.vocabulary.countAdditions(counts);
  return counts;
}

/** `guild`'s own additions' counts for the index as it stands. */
function ownCounts(index: PassageIndex, guild: string): OwnCounts {
  const vocab = index.vocabulary;
  let own = owned.get(vocab);
  if (!own || own.version !== vocab.version) {
    own = { version: vocab.version, byGuild: new Map(), ids: null };
    owned.set(vocab, own);
  }
  let counts = own.byGuild.get(guild);
  if (!counts) {
    own.ids ??= byGuild(index);
    const df = new Map<number, number>();
    const ids = own.ids.get(guild) ?? [];
    counts = { df, ...eachPassage(index, ids, (term) => df.set(term, (df.get(term) ?? 0) + 1)) };
    own.byGuild.set(guild, counts);
  }
  return counts;
}

/** The servers' additions' ids, by server. */
function byGuild(index: PassageIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of index.articles.keys()) {
    const guild = guildOf(id);
    if (guild === undefined) continue;
    const ids = out.get(guild);
    if (ids) ids.push(id);
    else out.set(guild, [id]);
  }
  return out;
}

/**
 * Each term of each passage of the articles `ids`, once a passage (`count`), and how many
 * passages and terms they hold.
 */
function eachPassage(
  index: PassageIndex,
  ids: readonly string[],
  count: (term: number) => void,
): { documents: number; length: number } {
  let documents = 0;
  let length = 0;
  for (const id of ids) {
    for (const passage of articlePassages(index, id) ?? []) {
      const entry = index.passages.get(passage.id);
      if (!entry) continue;
      documents++;
      length += entry.termCount;
      for (const term of new Set(entry.terms)) count(term);
    }
  }
  return { documents, length };
}
