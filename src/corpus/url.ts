/**
 * An absolute http(s) URL without tracking parameters (`utm_*`), resolved against `base` when
 * relative; undefined for anything else. Canonical links, front-matter `url:`/`source:` and the
 * address a page came from all go through it, so one page is cited by one address.
 */
export function cleanUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    for (const key of [...url.searchParams.keys()]) {
      if (key.startsWith('utm_')) url.searchParams.delete(key);
    }
    return url.href;
  } catch {
    return undefined; // relative href without a base, or garbage
  }
}
