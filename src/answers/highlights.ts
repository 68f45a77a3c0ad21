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

/** A question's own word in Markdown `**bold**`; a word taken for one, in `*italics*`. */
export function markdownMark(text: string, kind: Highlight['kind']): string {
  return kind === 'related' ? `*${text}*` : `**${text}**`;
}

/** The excerpt as the JSON output shows it: highlights marked (markdownMark), nothing escaped. */
export function boldMarkdown(text: string, highlights: readonly Highlight[]): string {
  return renderSpans(text, highlights, { plain: (s) => s, mark: markdownMark });
}
