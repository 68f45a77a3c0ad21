import type { Citation } from '../../answers/types.js';
import { linkTarget, safeText, trimWords, unlinkedText } from '../text.js';

/**
 * "[Title](url) · host · paragraph 4": where a reader can check the excerpt. With a reader link
 * (PUBLIC_URL set) the paragraph opens the article there, at the cited passage.
 */
export function citationLine(citation: Citation): string {
  const title = safeText(trimWords(citation.title || 'Untitled', 200));
  const url = linkTarget(citation.url);
  const linked = url ? `[${title}](${url})` : `**${title}**`;
  const reader = linkTarget(citation.link);
  const paragraph = `paragraph ${citation.paragraph}`;
  return `${linked} · ${sourceLabel(citation.source, citation.url)} · ${reader ? `[${paragraph}](${reader})` : paragraph}`;
}

/** The site's host name when the source is a URL, else the corpus file path or claimed source. */
export function sourceLabel(source: string, url?: string): string {
  const host = hostOf(url ?? source);
  return host ? safeText(trimWords(host, 120)) : unlinkedText(trimWords(source, 120));
}

function hostOf(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
