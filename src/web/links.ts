import { createHmac, timingSafeEqual } from 'node:crypto';
import { withDerivedCitation } from '../answers/result.js';
import type { Citation } from '../answers/types.js';
import { guildOf } from '../corpus/ids.js';
import type { WebConfig } from '../config.js';

/*
 * Addresses in the web reader. The shared corpus is public: `/a/<id>#p7`. A server's own
 * additions are readable only through a link the bot signed for that server: the article id,
 * the server and an expiry time, under an HMAC keyed by LINK_SECRET. Anything else is a 404, so a
 * guessed address tells nobody whether the article exists.
 */

const DAY_MS = 86_400_000;

/** How links are made: where the reader is reached, and the key and lifetime of signed links. */
export interface LinkOptions {
  /** The reader's address, no trailing slash (PUBLIC_URL, or the local address for the console). */
  base: string;
  /** Without a secret, a server's additions get no link. */
  secret?: string;
  days?: number;
  /** For tests: the time links are made at. */
  now?: () => number;
}

/** The reader's path of an article, before any query or fragment. */
function articlePath(id: string): string {
  return `/${articleHref(id)}`;
}

/**
 * The same path relative to the reader's root, for the reader's own pages: a proxy may serve it
 * under a path of its own (PUBLIC_URL https://host/footnote), which a root-absolute link misses.
 */
export function articleHref(id: string): string {
  return `a/${encodeURIComponent(id)}`;
}

/** `?p=7#p7`: the cited paragraph highlighted by the server and scrolled to by the browser. */
function paragraphSuffix(paragraph: number | undefined, query: URLSearchParams): string {
  if (paragraph !== undefined) query.set('p', String(paragraph));
  const q = query.toString();
  return `${q ? `?${q}` : ''}${paragraph !== undefined ? `#p${paragraph}` : ''}`;
}

function signature(secret: string, id: string, guild: string, expires: number): string {
  return createHmac('sha256', secret)
    .update(`footnote-reader\n${id}\n${guild}\n${expires}`)
    .digest('base64url');
}

/**
 * The reader's address of article `id` at `paragraph`; signed when the article is a server's
 * addition. Undefined when it cannot be linked (an addition without a secret to sign with).
 */
export function articleLink(
  options: LinkOptions,
  id: string,
  paragraph?: number,
): string | undefined {
  const query = new URLSearchParams();
  const guild = guildOf(id);
  if (guild !== undefined) {
    if (!options.secret) return undefined;
    const now = options.now?.() ?? Date.now();
    const expires = Math.floor((now + (options.days ?? 90) * DAY_MS) / 1000);
    query.set('e', String(expires));
    query.set('s', signature(options.secret, id, guild, expires));
  }
  return `${options.base}${articlePath(id)}${paragraphSuffix(paragraph, query)}`;
}

/** The link of a citation, when it names its article and the article can be linked. */
export function citationLink(options: LinkOptions, citation: Citation): string | undefined {
  return citation.article === undefined
    ? undefined
    : articleLink(options, citation.article, citation.paragraph);
}

/**
 * The scope in which a request may read article `id`: the shared corpus (no server) for a shared
 * article; for a server's addition, that server, only with an unexpired signature made for
 * exactly this article and server. Null when it may not.
 */
export function readScope(
  id: string,
  query: URLSearchParams,
  secret: string | undefined,
  now = Date.now(),
): { guild?: string } | null {
  const guild = guildOf(id);
  if (guild === undefined) return {};
  const expires = Number(query.get('e'));
  const given = query.get('s');
  if (!secret || !given || !Number.isSafeInteger(expires) || expires * 1000 <= now) return null;
  const wanted = Buffer.from(signature(secret, id, guild, expires));
  const got = Buffer.from(given);
  return got.length === wanted.length && timingSafeEqual(got, wanted) ? { guild } : null;
}

/**
 * `answer` with each citation carrying its reader link (where one can be made); a copy. A citation
 * is linked when first read, so a result whose excerpt is chosen when read (answerQuestion) is
 * not made to choose it here: the link cites the excerpt's paragraph.
 */
export function withLinks<
  T extends { citation: Citation },
  A extends { results?: T[]; quotes?: T[]; reported?: T[] },
>(answer: A, options: LinkOptions | undefined): A {
  if (!options) return answer;
  const derive = (citation: Citation): Citation => linkedCitation(options, citation);
  const link = (item: T): T => withDerivedCitation(item, derive);
  const out = { ...answer };
  if (answer.results) out.results = answer.results.map(link);
  if (answer.quotes) out.quotes = answer.quotes.map(link);
  if (answer.reported) out.reported = answer.reported.map(link);
  return out;
}

/** `citation` with its reader link, when the door links citations (`options`). */
export function linkedCitation(options: LinkOptions | undefined, citation: Citation): Citation {
  if (!options) return citation;
  const url = citationLink(options, citation);
  return url ? { ...citation, link: url } : citation;
}

/**
 * How a door links citations: to PUBLIC_URL when set, else to `local` (the console's own reader),
 * else not at all (Discord without PUBLIC_URL keeps text citations).
 */
export function linkOptions(web: WebConfig, local?: string): LinkOptions | undefined {
  const base = web.publicUrl ?? local;
  if (!base) return undefined;
  return { base, secret: web.linkSecret, days: web.linkDays };
}
