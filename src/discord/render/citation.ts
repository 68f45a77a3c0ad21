import type { Citation } from '../../answers/types.js';
import { fitText, linkTarget, unlinkedText } from '../text.js';

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
 * "[Title](url)" in at most `room` characters, its title in at most `max`; the title in bold
 * when there is no link or the link does not fit. The title is never shortened to make room for
 * a link, and a masked link is never cut.
 */
export function titleLink(
  title: string,
  url: string | undefined,
  max: number,
  room = max + LINK_MAX + 4,
): string {
  const text = fitText(title.replace(/\s+/g, ' ').trim(), Math.min(max, room - 4));
  const linked = url && url.length <= LINK_MAX ? `[${text}](${url})` : undefined;
  return linked && linked.length <= room ? linked : `**${text}**`;
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
