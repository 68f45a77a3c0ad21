import { isIP } from 'node:net';
import type * as Tldts from 'tldts';
import { lazyModule } from '../modules.js';
import { specialRange } from './addresses.js';

// The public-suffix list loads with the first page whose canonical address is checked.
const tldts = lazyModule<typeof Tldts>('tldts');

/** Names that only mean something on a local network, never on the public internet. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home.arpa', 'corp'];

/** Private suffixes (github.io, blogspot.com…) count: two sites under one are two registrants. */
const DOMAIN_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * `raw` as a link a reader may be shown, or undefined: http or https only, no user name or
 * password (`https://bank.example@evil.example`), and no host that is a loopback, private,
 * link-local or reserved address or a local-network name. Judged from the text alone (no DNS).
 * Citations' `url` is this too (`ask --json`, `sources --json`), the parsed form, not the text:
 * "http://news.example.com\@192.168.1.1/" is news.example.com to WHATWG parsers, 192.168.1.1 to
 * others (Python's urlsplit).
 */
export function citationLink(raw: string | undefined): string | undefined {
  const url = parse(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (url.username || url.password) return undefined;
  const host = hostName(url);
  if (isIP(host)) return specialRange(host) === undefined ? url.href : undefined;
  if (!host.includes('.') || LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) {
    return undefined;
  }
  return url.href;
}

/**
 * True when `a` and `b` belong to the same registrant: the same registrable domain by the public
 * suffix list (`www.bbc.co.uk` and `bbc.co.uk`, not `bbc.co.uk` and `evil.co.uk`), or the very same
 * host when either is an IP address or has no registrable domain.
 */
export function sameSite(a: string, b: string): boolean {
  const [ua, ub] = [parse(a), parse(b)];
  if (!ua || !ub) return false;
  const [ha, hb] = [hostName(ua), hostName(ub)];
  if (ha === hb) return true;
  if (isIP(ha) || isIP(hb)) return false;
  const { getDomain } = tldts();
  const da = getDomain(ha, DOMAIN_OPTIONS);
  return da !== null && da === getDomain(hb, DOMAIN_OPTIONS);
}

/**
 * The address to cite for a page fetched from `fetched` (after redirects): the page's own
 * canonical URL when it is a showable link on the same site, else the fetched address. A page
 * must not be able to name someone else's site as its source.
 */
export function pageCitationUrl(fetched: string, canonical: string | undefined): string {
  const link = citationLink(canonical);
  return link && sameSite(link, fetched) ? link : fetched;
}

function parse(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw.trim());
  } catch {
    return undefined;
  }
}

/** The host without IPv6 brackets or a trailing dot, lower case. */
function hostName(url: URL): string {
  return url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}
