/** Text hygiene for anything from articles or users that Discord will render. */
import { markdownMark, renderSpans } from '../answers/highlights.js';
import type { Highlight } from '../answers/types.js';
import { citationLink } from '../net/links.js';
import { MASS_MENTION, MENTION } from '../text/mentions.js';

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, on a word boundary when one is near, marking the cut with "…". */
export function trimWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ELLIPSIS.length);
  const space = cut.search(/\s\S*$/);
  // Only back up to a space when it does not throw away most of the budget (one giant word).
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  cut = dropBrokenTail(cut.trimEnd());
  return `${cut}${ELLIPSIS}`;
}

/** A cut must not end in half a surrogate pair or a lone escaping backslash. */
function dropBrokenTail(text: string): string {
  let out = text;
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (slashes % 2 === 1) out = out.slice(0, -1);
  return out;
}

/** Breaks @everyone, @here and <@id>/<@&id>/<#id> so they neither ping nor render as mentions. */
export function neutraliseMentions(text: string): string {
  return text.replace(MASS_MENTION, '@\u200b$1').replace(MENTION, '<\u200b$1$2>');
}

/** Escapes Discord markdown so article text shows as written (no stray italics, spoilers, links). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|<>[\]]/g, '\\$&')
    .replace(/^(\s*)([#>-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

// Every character either function above acts on: text without one is safe as it is (most runs
// of an excerpt between two highlights), and five regular expressions are spared.
const NEEDS_CARE = /[\\*_~`|<>[\]@#.-]/;

/** Untrusted text made safe to render: mentions neutralised, markdown escaped. */
export function safeText(text: string): string {
  return NEEDS_CARE.test(text) ? escapeMarkdown(neutraliseMentions(text)) : text;
}

// The markup our own notices use, which untrusted text cannot turn into anything worse: bold
// capitalised words (**Manage Server**), a command or an option as typed (`/remove`, `url:`), a
// timestamp (<t:1700000000:R>). A page's `code` or **text** stays as written.
const OWN_MARKUP =
  /(\*\*\p{Lu}[\p{L} ]{0,39}\*\*|`\/[a-z][a-z0-9_-]{0,31}`|`[a-z][a-z0-9_-]{0,31}:`|<t:\d{1,13}(?::[tTdDfFR])?>)/u;

/**
 * A notice's text made safe where it repeats untrusted text (a page's title, a file's name, a
 * server's Content-Type): no masked links, spoilers, code, headings or mentions, while the bold
 * words, command names and timestamps of our own messages still render.
 */
export function noticeText(text: string): string {
  return text
    .split(OWN_MARKUP)
    .map((part, i) => (i % 2 === 1 ? part : safeText(part)))
    .join('');
}

/** An excerpt's plain text made safe, its highlights in **bold** (related words in *italics*). */
export function safeExcerpt(text: string, highlights: readonly Highlight[]): string {
  return renderSpans(text, highlights, {
    plain: safeText,
    mark: (s, kind) => markdownMark(safeText(s), kind),
  });
}

/** An excerpt fitted into `max` characters of Discord markdown, trimmed on word boundaries. */
export function fitExcerpt(text: string, highlights: readonly Highlight[], max: number): string {
  // A trimmed copy keeps the spans that end within the part of `text` it still holds.
  return fitText(text, max, (raw) => {
    let same = 0;
    while (same < raw.length && raw[same] === text[same]) same++;
    return safeExcerpt(
      raw,
      highlights.filter((h) => h.end <= same),
    );
  });
}

/**
 * Formats `raw` with `format` (which may lengthen it, e.g. by escaping) and trims `raw` on word
 * boundaries until the formatted text fits in `max` characters.
 */
export function fitText(
  raw: string,
  max: number,
  format: (s: string) => string = safeText,
): string {
  let budget = raw.length;
  let out = format(raw);
  while (out.length > max && budget > 0) {
    // Shrink in proportion: escaping can double the length, so the excess alone would overshoot.
    budget = Math.max(0, Math.min(budget - 1, Math.floor((budget * max) / out.length)));
    out = format(trimWords(raw, budget));
  }
  return out.length > max ? '' : out;
}

/**
 * A URL safe to put inside a markdown link: a public http(s) address (never loopback, private or
 * with credentials, see citationLink), no characters that end the link early.
 */
export function linkTarget(url: string | undefined): string | undefined {
  const link = citationLink(url);
  if (!link || /\s/.test(link)) return undefined;
  return link.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Untrusted text that may hold web addresses, made safe with no address clickable: each address
 * goes in a code span, which Discord never turns into a link (a page's claimed source is shown,
 * not linked).
 */
export function unlinkedText(text: string): string {
  return text
    .split(/([a-z][a-z0-9+.-]*:\/\/\S+)/i)
    .map((part, i) => (i % 2 === 1 ? `\`${part.replace(/`/g, "'")}\`` : safeText(part)))
    .join('');
}
