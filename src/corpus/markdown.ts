/** Markdown reduced to the structure Footnote keeps: a title and plain-text paragraphs. */
export interface MarkdownBody {
  heading?: string;
  text: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;

/**
 * Take a leading `# Heading` (or `Heading` underlined with `===`) as the title, drop other headings
 * and horizontal rules (section furniture, not answer text), strip list/quote markers and inline
 * markup.
 */
export function readMarkdown(markdown: string): MarkdownBody {
  const text = markdown.includes('\\') ? markdown.replace(ESCAPED, hide) : markdown;
  const lines = text.split('\n');
  const heading = takeTitle(lines);
  dropSetextHeadings(lines);
  const body = lines.map(stripLineMarkup).join('\n');
  const clean = body.includes('<!--') ? body.replace(/<!--[\s\S]*?-->/g, '') : body;
  const restore = (s: string): string => (text === markdown ? s : s.replace(HIDDEN, show));
  return { heading: heading ? restore(heading) : undefined, text: restore(clean) };
}

/** Remove and return the level-1 heading on the first line of text, if there is one. */
function takeTitle(lines: string[]): string | undefined {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return undefined;
  const atx = ATX_HEADING.exec(lines[first]!);
  if (atx) {
    if (atx[1] !== '#') return undefined;
    lines.splice(first, 1);
    return atx[2];
  }
  if (!isSetextHeading(lines, first) || !lines[first + 1]!.trim().startsWith('=')) return undefined;
  return lines.splice(first, 2)[0]!.trim();
}

// "Heading" over a line of `=` or `-`. Only a short line alone in its block, not ending like a
// sentence, counts: a paragraph with a rule under it keeps its text (the rule is dropped).
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const MAX_SETEXT_HEADING = 160;
const NOT_HEADING_TEXT = /^\s*(?:[-*+>]|\d{1,3}[.)])(?:\s|$)|[.,;:]$/;

function isSetextHeading(lines: string[], index: number): boolean {
  const text = lines[index]!.trim();
  return (
    SETEXT_UNDERLINE.test(lines[index + 1] ?? '') &&
    text !== '' &&
    text.length <= MAX_SETEXT_HEADING &&
    (index === 0 || lines[index - 1]!.trim() === '') &&
    !NOT_HEADING_TEXT.test(text) &&
    !ATX_HEADING.test(lines[index]!) &&
    !RULE.test(lines[index]!)
  );
}

/** Blank setext headings, text and underline, as ATX headings are. */
function dropSetextHeadings(lines: string[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    if (isSetextHeading(lines, i)) lines[i] = lines[i + 1] = '';
  }
}

// A backslash-escaped punctuation character is that character, never markup. While the markup
// rules run it stands in the private-use area (U+E000 + its code), then comes back.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;
const HIDDEN = /[\uE000-\uE07F]/g;
const hide = (_: string, c: string): string => String.fromCharCode(0xe000 + c.charCodeAt(0));
const show = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xe000);

// Single `*` and `_` emphasis opens after a space, bracket, quote or dash and closes before one or
// before punctuation, so `snake_case`, `2*3*4` and "a * b" are left alone.
const OPENS = '(^|[\\s([{“"‘\'—–-])';
const CLOSES = '(?=$|[\\s)\\]}.,;:!?”"’\'—–-])';
const emphasis = (mark: string): RegExp =>
  new RegExp(`${OPENS}\\${mark}(?=\\S)([^${mark}]*?\\S)\\${mark}${CLOSES}`, 'g');

// Each rule runs only when its marker occurs: corpus files are megabytes of mostly plain lines.
const INLINE_RULES: [marker: string, pattern: RegExp, replacement: string][] = [
  ['![', /!\[[^\]]*\]\([^)]*\)/g, ''],
  ['](', /\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))+(?:\s+"[^"]*")?\)/g, '$1'],
  ['<http', /<(https?:\/\/[^>\s]+)>/g, '$1'],
  ['**', /\*\*(?=\S)([^*]+?\S)\*\*/g, '$1'],
  ['__', /__(?=\S)([^_]+?\S)__/g, '$1'],
  ['*', emphasis('*'), '$1$2'],
  ['_', emphasis('_'), '$1$2'],
  ['`', /`([^`]+)`/g, '$1'],
];

// Only lines opening with one of these can be a heading, rule, quote or list item.
const BLOCK_MARKERS = new Set([' ', '\t', '#', '>', '-', '*', '_', '+', '=']);

/** Headings and rules become blank lines; quote and list markers and inline markup go. */
function stripLineMarkup(line: string): string {
  let text = line;
  if (BLOCK_MARKERS.has(line[0] ?? '')) {
    // A stray setext underline (under a list item or a long paragraph) is no text either.
    if (ATX_HEADING.test(line) || RULE.test(line) || SETEXT_UNDERLINE.test(line)) return '';
    text = text.replace(/^(\s*)(?:>\s?)+/, '$1').replace(/^(\s*)[-*+][ \t]+/, '$1- ');
  }
  for (const [marker, pattern, replacement] of INLINE_RULES) {
    if (text.includes(marker)) text = text.replace(pattern, replacement);
  }
  return text;
}
