import type { Citation } from '../../answers/types.js';
import { fitText, linkTarget, safeText, unlinkedText } from '../text.js';

/**
 * Longest address put behind link text. Tracking parameters can make a story's URL thousands of
 * characters long; such a link is left out, and the host shown beside the title names the site.
 */
const LINK_MAX = 512;

/**
 * "[Title](url) · host · paragraph 4": where a reader can check the excerpt. With a reader link
 * (PUBLIC_URL set) the paragraph opens the article there, at the cited passage.
 */
export function citationLine(citation: Citation): string {
  const linked = titleLink(citation.title || 'Untitled', linkTarget(citation.url), 200);
  const reader = linkTarget(citation.link);
  const paragraph = `paragraph ${citation.paragraph}`;
  const where = reader && reader.length <= LINK_MAX ? `[${paragraph}](${reader})` : paragraph;
  return `${linked} · ${sourceLabel(citation.source, citation.url)} · ${where}`;
}

/**
 * A title that reads as a web address: a URL or "www." anywhere, a domain with a path, or a bare
 * domain. As link text it would name a site the link need not go to.
 */
const ADDRESS =
  /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/|^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/**
 * "[Title](url)" in at most `room` characters, its title in at most `max`; the title in bold
 * when there is no link or the link does not fit. The title is never shortened to make room for
 * a link, and a masked link is never cut. A title that reads as an address is never link text:
 * it is shown unlinked, and the link beside it says only "link".
 */
export function titleLink(
  title: string,
  url: string | undefined,
  max: number,
  room = max + LINK_MAX + 4,
): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const address = ADDRESS.test(clean);
  const text = fitText(clean, Math.min(max, room - 4), address ? unlinkedText : safeText);
  if (!url || url.length > LINK_MAX) return `**${text}**`;
  const linked = address ? `**${text}** ([link](${url}))` : `[${text}](${url})`;
  return linked.length <= room ? linked : `**${text}**`;
}

/** The site's host name when the source is a URL, else the corpus file path or claimed source. */
export function sourceLabel(source: string, url?: string): string {
  const host = hostOf(url ?? source);
  return host ? fitText(host, 120) : fitText(source, 120, unlinkedText);
}

function hostOf(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
