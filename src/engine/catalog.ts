import { guildOf, nameInGuild, visibleIn } from '../corpus/ids.js';
import { citationLink } from '../net/links.js';
import type { ExtractedQuote } from '../quotes/index.js';
import type { ArticleInfo } from '../search/index.js';
import type { Actor, EngineStats, SourceEntry } from './api.js';
import { guildArticleIds, registryFor } from './guilds.js';
import type { EngineState } from './update.js';

/** Who added each server article still present, and when (from the audit log). */
export type AddedBy = ReadonlyMap<string, Actor & { at: string }>;

/**
 * What the corpus holds, as listings: sources, a server's additions, counts and every quote.
 * The listing is built once per state and per audit reading, then filtered per server.
 */
export class Catalog {
  private cache: { state: EngineState; addedBy: AddedBy; list: SourceEntry[] } | null = null;

  /** The shared corpus plus `guild`'s additions, in id order. */
  sources(state: EngineState, addedBy: AddedBy, guild?: string): SourceEntry[] {
    return this.all(state, addedBy).filter((e) => visibleIn(e.id, guild));
  }

  /** A server's additions, newest first. */
  additions(state: EngineState, addedBy: AddedBy, guild: string): SourceEntry[] {
    const ids = new Set(guildArticleIds(state, guild));
    return this.all(state, addedBy)
      .filter((e) => ids.has(e.id))
      .sort((a, b) => (b.addedBy?.at ?? '').localeCompare(a.addedBy?.at ?? ''));
  }

  /** How many passages an article has in `state`. */
  passageCount(state: EngineState, addedBy: AddedBy, articleId: string): number {
    return this.all(state, addedBy).find((e) => e.id === articleId)?.passages ?? 0;
  }

  private all(state: EngineState, addedBy: AddedBy): SourceEntry[] {
    if (this.cache?.state === state && this.cache.addedBy === addedBy) return this.cache.list;
    const passages = new Map<string, number>();
    for (const entry of state.index.passages.values()) {
      const id = entry.passage.articleId;
      passages.set(id, (passages.get(id) ?? 0) + 1);
    }
    const quotes = state.quotes();
    const list = [...state.index.articles.values()]
      .map((a) => {
        const entry: SourceEntry = {
          id: a.id,
          title: a.title,
          source: a.source,
          file: a.file,
          paragraphs: a.paragraphs,
          passages: passages.get(a.id) ?? 0,
          quotes: shownQuotes(quotes[a.id]).length,
        };
        const url = citationLink(a.url);
        if (url) entry.url = url;
        if (a.author) entry.author = a.author;
        if (a.date) entry.date = a.date;
        const guild = guildOf(a.id);
        if (guild !== undefined) {
          entry.guild = guild;
          entry.name = nameInGuild(a.id);
        }
        const by = addedBy.get(a.id);
        if (by) entry.addedBy = by;
        return entry;
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    this.cache = { state, addedBy, list };
    return list;
  }
}

/**
 * The size of a listing: `sources()` without a server is what the console and the reader search,
 * where `stats()` also counts every server's additions.
 */
export function sourceTotals(entries: SourceEntry[]): {
  articles: number;
  passages: number;
  quotes: number;
} {
  let [passages, quotes] = [0, 0];
  for (const e of entries) [passages, quotes] = [passages + e.passages, quotes + e.quotes];
  return { articles: entries.length, passages, quotes };
}

/**
 * Sizes of what `state` serves. The quotes and speakers are counted when read (getters): a start-up
 * that logs only the index's size does not wait for the quotes to be parsed from the snapshot.
 */
export function statsOf(state: EngineState, loadMs: number): EngineStats {
  return {
    articles: state.index.articles.size,
    passages: state.index.passages.size,
    get quotes() {
      // As /quote and /sources count them: scare quotes are kept, not shown.
      return Object.values(state.quotes()).reduce((n, q) => n + shownQuotes(q).length, 0);
    },
    get speakers() {
      return state.registry().list().length;
    },
    loadMs,
  };
}

/** The quotations /quote shows of an article's: not the words in marks kept as scare quotes. */
export function shownQuotes(quotes: readonly ExtractedQuote[] | undefined): ExtractedQuote[] {
  return quotes?.filter((q) => q.kind !== 'scare') ?? [];
}

/** Every extracted quotation `guild` can see, with its article, in corpus order. */
export function quotesIn(
  state: EngineState,
  guild?: string,
): { article: ArticleInfo; quote: ExtractedQuote }[] {
  const { index } = state;
  const quotes = state.quotes();
  const registry = registryFor(state, guild);
  const out: { article: ArticleInfo; quote: ExtractedQuote }[] = [];
  for (const id of Object.keys(quotes).sort()) {
    const article = index.articles.get(id);
    if (!article || !visibleIn(id, guild)) continue;
    // Article-level names ("Putin") become the corpus-wide speaker ("Vladimir V. Putin").
    for (const quote of quotes[id]!) {
      out.push({ article, quote: { ...quote, speaker: registry.canonical(quote.speaker) } });
    }
  }
  return out;
}
