import type { Highlight } from './types.js';

/** How a door writes text: `plain` for unmarked runs, `mark` for highlighted ones (both escape). */
export interface SpanStyle {
  plain: (text: string) => string;
  mark: (text: string, kind: Highlight['kind']) => string;
}

/**
 * `text` with its highlights marked the way a door marks them (Discord bold, ANSI, HTML). Spans
 * past the end of `text` (a trimmed copy) are dropped, a span cut by the end is shortened.
 */
export function renderSpans(
  text: string,
  highlights: readonly Highlight[],
  style: SpanStyle,
): string {
  let out = '';
  let at = 0;
  for (const h of highlights) {
    const end = Math.min(h.end, text.length);
    if (h.start < at || h.start >= end) continue;
    out += style.plain(text.slice(at, h.start)) + style.mark(text.slice(h.start, end), h.kind);
    at = end;
  }
  return out + style.plain(text.slice(at));
}

/**
 * The excerpt as the JSON output shows it: highlights in `**bold**`, related words in `*italics*`,
 * nothing else escaped.
 */
export function boldMarkdown(text: string, highlights: readonly Highlight[]): string {
  return renderSpans(text, highlights, {
    plain: (s) => s,
    mark: (s, kind) => (kind === 'related' ? `*${s}*` : `**${s}**`),
  });
}
