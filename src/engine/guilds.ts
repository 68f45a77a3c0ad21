import { guildOf, visibleIn } from '../corpus/ids.js';
import { serverFilter } from '../search/visible-counts.js';
import type { Article } from '../corpus/types.js';
import { SpeakerRegistry, type ExtractedQuote } from '../quotes/index.js';
import type { ArticleInfo, PassageIndex } from '../search/index.js';
import type { ArticleFilter } from '../search/query.js';

/*
 * What one server sees: the shared corpus plus its own additions. Outside a server (DMs, the
 * console and the CLI without --guild) only the shared corpus is visible. Everything here is
 * derived from one immutable state and cached with it, so a swap drops the caches too.
 */

/** The parts of a served state that visibility is computed from. */
export interface Visible {
  index: PassageIndex;
  /** Extracted quotations by article id (read from the snapshot on first use). */
  quotes: () => Record<string, ExtractedQuote[]>;
  /** The shared corpus's speakers, built on first use (see `sharedRegistry`). */
  registry: () => SpeakerRegistry;
}

interface GuildCache {
  /** Article ids of each server's additions. */
  guilds: Map<string, string[]>;
  registries: Map<string, SpeakerRegistry>;
}

const caches = new WeakMap<Visible, GuildCache>();

function cacheOf(state: Visible): GuildCache {
  let cache = caches.get(state);
  if (!cache) {
    const guilds = new Map<string, string[]>();
    for (const id of state.index.articles.keys()) {
      const guild = guildOf(id);
      if (guild !== undefined) guilds.set(guild, [...(guilds.get(guild) ?? []), id]);
    }
    cache = { guilds, registries: new Map() };
    caches.set(state, cache);
  }
  return cache;
}

/**
 * The registry of the shared corpus, what every server's registry starts from: built on first use
 * and kept, since a start-up or a `footnote ask` may never need it (a tenth of a start-up's time).
 */
export function sharedRegistry(
  articles: Map<string, ArticleInfo>,
  quotes: Visible['quotes'],
): () => SpeakerRegistry {
  let registry: SpeakerRegistry | undefined;
  // The inputs are let go once it is built: later states that share it need not keep them.
  let from: (Pick<Visible, 'quotes'> & { articles: Map<string, ArticleInfo> }) | undefined = {
    articles,
    quotes,
  };
  return () => {
    if (!registry) {
      registry = buildRegistry(from!.articles, from!.quotes(), (id) => guildOf(id) === undefined);
      from = undefined;
    }
    return registry;
  };
}

/** Article ids of `guild`'s own additions, in id order. */
export function guildArticleIds(state: Visible, guild: string): string[] {
  return cacheOf(state).guilds.get(guild) ?? [];
}

/** The search filter for a server; undefined when nothing would be filtered out. */
export function articleFilter(
  state: Visible,
  guild: string | undefined,
): ArticleFilter | undefined {
  const { guilds } = cacheOf(state);
  if (guilds.size === 0) return undefined;
  return serverFilter(guild, (id) => visibleIn(id, guild));
}

/** The speaker registry a server searches: shared speakers plus those of its additions. */
export function registryFor(state: Visible, guild: string | undefined): SpeakerRegistry {
  if (guild === undefined) return state.registry();
  const cache = cacheOf(state);
  if (!cache.guilds.has(guild)) return state.registry();
  let registry = cache.registries.get(guild);
  if (!registry) {
    registry = buildRegistry(state.index.articles, state.quotes(), (id) => visibleIn(id, guild));
    cache.registries.set(guild, registry);
  }
  return registry;
}

// The speaker registry over the quotations of the articles `include` accepts.
function buildRegistry(
  articles: Map<string, ArticleInfo>,
  quotes: Record<string, ExtractedQuote[]>,
  include: (articleId: string) => boolean,
): SpeakerRegistry {
  const entries: { article: Article; quotes: ExtractedQuote[] }[] = [];
  for (const [id, list] of Object.entries(quotes)) {
    if (!include(id)) continue;
    const info = articles.get(id);
    if (!info || list.length === 0) continue;
    entries.push({ article: articleOf(info), quotes: list });
  }
  return SpeakerRegistry.build(entries);
}

// The registry cites articles by title, source and URL; the index keeps those, not the text.
function articleOf(info: ArticleInfo): Article {
  const article: Article = {
    id: info.id,
    file: info.file,
    story: 0,
    title: info.title,
    source: info.source,
    paragraphs: [],
  };
  if (info.url) article.url = info.url;
  return article;
}
