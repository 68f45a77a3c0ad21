import { guildOf } from '../corpus/roots.js';
import type { ExtractedQuote, SpeakerRegistry } from '../quotes/index.js';
import type { ArticleInfo } from '../search/index.js';
import type { ArticleFilter } from '../search/query.js';
import { buildRegistry, type EngineState } from './state.js';

/*
 * What one server sees: the shared corpus plus its own additions. Outside a server (DMs, the
 * console and the CLI without --guild) only the shared corpus is visible. Everything here is
 * derived from one immutable state and cached with it, so a swap drops the caches too.
 */

interface ScopeCache {
  /** Article ids of each server's additions. */
  guilds: Map<string, string[]>;
  registries: Map<string, SpeakerRegistry>;
}

const caches = new WeakMap<EngineState, ScopeCache>();

function cacheOf(state: EngineState): ScopeCache {
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

/** The registry of the shared corpus: what every scope starts from. */
export function sharedRegistry(
  articles: Map<string, ArticleInfo>,
  quotes: Record<string, ExtractedQuote[]>,
): SpeakerRegistry {
  return buildRegistry(articles, quotes, (id) => guildOf(id) === undefined);
}

/** Article ids of `guild`'s own additions, in id order. */
export function guildArticleIds(state: EngineState, guild: string): string[] {
  return cacheOf(state).guilds.get(guild) ?? [];
}

/** The search filter for a scope; undefined when nothing would be filtered out. */
export function articleFilter(
  state: EngineState,
  guild: string | undefined,
): ArticleFilter | undefined {
  const { guilds } = cacheOf(state);
  if (guilds.size === 0) return undefined;
  return (id) => visibleIn(id, guild);
}

/** True when `guild` may see the article `id`. */
export function visibleIn(id: string, guild: string | undefined): boolean {
  const owner = guildOf(id);
  return owner === undefined || owner === guild;
}

/** The speaker registry a scope searches: shared speakers plus those of the server's additions. */
export function registryFor(state: EngineState, guild: string | undefined): SpeakerRegistry {
  if (guild === undefined) return state.registry;
  const cache = cacheOf(state);
  if (!cache.guilds.has(guild)) return state.registry;
  let registry = cache.registries.get(guild);
  if (!registry) {
    registry = buildRegistry(state.index.articles, state.quotes, (id) => visibleIn(id, guild));
    cache.registries.set(guild, registry);
  }
  return registry;
}
