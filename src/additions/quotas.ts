import { guildOf } from '../corpus/ids.js';
import type { PassageIndex } from '../search/index.js';
import { InputError } from '../errors.js';
import { count, thousands } from '../text/count.js';

/**
 * How much a server may add. Anyone can create a server and be its moderator, so every server's
 * corpus is capped, and so is the sum of all of them: the shared process holds them all.
 */
export interface Quotas {
  /** Articles one server may keep. */
  guildArticles: number;
  /** Characters of indexed text one server may keep. */
  guildChars: number;
  /** Characters of indexed text all servers' additions together may take. */
  totalChars: number;
  /** Characters of text one article may have. */
  articleChars: number;
}

/** Roomy for a normal server (a news article is 3,000–10,000 characters). */
export const DEFAULT_QUOTAS: Quotas = {
  guildArticles: 200,
  guildChars: 2_000_000,
  totalChars: 100_000_000,
  articleChars: 200_000,
};

/** What a server holds against its quota. */
export interface QuotaUsage {
  articles: number;
  maxArticles: number;
  chars: number;
  maxChars: number;
}

/** "This server's additions: 3 of 200 articles, 12,000 of 2,000,000 characters of text". */
export function usageLine(quota: QuotaUsage): string {
  return `This server's additions: ${thousands(quota.articles)} of ${count(quota.maxArticles, 'article')}, ${thousands(quota.chars)} of ${count(quota.maxChars, 'character')} of text`;
}

/** A refusal that names the limit and how to make room. */
export class QuotaError extends InputError {
  override name = 'QuotaError';
}

const counted = new WeakMap<PassageIndex, { byGuild: Map<string, number>; total: number }>();

/** Indexed characters of each server's additions, and of all of them (counted once per index). */
export function additionChars(index: PassageIndex): {
  byGuild: Map<string, number>;
  total: number;
} {
  const known = counted.get(index);
  if (known) return known;
  const byGuild = new Map<string, number>();
  let total = 0;
  for (const { passage } of index.passages.values()) {
    const guild = guildOf(passage.articleId);
    if (guild === undefined) continue;
    const chars = passage.text.length; // read once: a stored passage's text comes from disk
    byGuild.set(guild, (byGuild.get(guild) ?? 0) + chars);
    total += chars;
  }
  counted.set(index, { byGuild, total });
  return { byGuild, total };
}

const ROOM = 'Remove articles with `/remove` to make room.';

/** The refusal of an article past a server's limit of `articles`. */
export function articleLimitError(articles: number): QuotaError {
  return new QuotaError(
    `This server already has ${count(articles, 'article')} of its own, the most it may keep. ${ROOM}`,
  );
}

/** What one server, and all servers together, may keep: checked where additions are recorded. */
export interface AdditionLimits {
  /** Articles one server may keep. */
  articles: number;
  /** Characters of indexed text one server's additions may hold (unchecked when left out). */
  chars?: number;
  /** Characters of indexed text all servers' additions may hold together (unchecked when left out). */
  totalChars?: number;
}

/** The limits the record checks again where additions are recorded (`Storage.add`). */
export function recordLimits(quotas: Quotas): Required<AdditionLimits> {
  return {
    articles: quotas.guildArticles,
    chars: quotas.guildChars,
    totalChars: quotas.totalChars,
  };
}

/** Refuse an article of `chars` characters that would not fit. */
export function checkQuota(
  usage: { articles: number; chars: number; total: number },
  chars: number,
  quotas: Quotas,
): void {
  if (chars > quotas.articleChars) {
    throw new QuotaError(
      `That article has ${thousands(chars)} characters of text; one article may have at most ${thousands(quotas.articleChars)}.`,
    );
  }
  checkRoom(usage, chars, recordLimits(quotas));
}

/**
 * Refuse an article of `chars` characters when its server already keeps `limits.articles`, or
 * it would take the server's or all servers' characters past `limits` (a limit left out is not
 * checked). `usage`: what the server (`articles`, `chars`) and all servers (`total`) hold.
 */
export function checkRoom(
  usage: { articles: number; chars: number; total: number },
  chars: number,
  limits: AdditionLimits,
): void {
  if (usage.articles >= limits.articles) throw articleLimitError(usage.articles);
  if (limits.chars !== undefined && usage.chars + chars > limits.chars) {
    throw new QuotaError(
      `This server's articles hold ${thousands(usage.chars)} of the ${thousands(limits.chars)} characters of text it may keep; this one (${thousands(chars)}) does not fit. ${ROOM}`,
    );
  }
  if (limits.totalChars !== undefined && usage.total + chars > limits.totalChars) {
    throw new QuotaError(
      'The bot holds as many added articles as its operator allows, across all servers; it cannot take more now. Removing articles here makes room too.',
    );
  }
}
