/** Markdown reduced to the structure Footnote keeps: a title and plain-text paragraphs. */
export interface MarkdownBody {
  heading?: string;
  text: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:[-*_][ \t]*){3,}$/;

/**
 * Take a leading `# Heading` as the title, drop other headings and horizontal rules (section
 * furniture, not answer text), strip list/quote markers and inline markup.
 */
export function readMarkdown(markdown: string): MarkdownBody {
  const text = markdown.includes('\\') ? markdown.replace(ESCAPED, hide) : markdown;
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const top = first >= 0 ? ATX_HEADING.exec(lines[first]!) : null;
  const heading = top?.[1] === '#' ? top[2] : undefined;
  if (heading !== undefined) lines.splice(first, 1);
  const body = lines.map(stripLineMarkup).join('\n');
  const clean = body.includes('<!--') ? body.replace(/<!--[\s\S]*?-->/g, '') : body;
  const restore = (s: string): string => (text === markdown ? s : s.replace(HIDDEN, show));
  return { heading: heading ? restore(heading) : undefined, text: restore(clean) };
}

// A backslash-escaped punctuation character is that character, never markup. While the markup
// rules run it stands in the private-use area (U+E000 + its code), then comes back.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;
const HIDDEN = /[\uE000-\uE07F]/g;
const hide = (_: string, c: string): string => String.fromCharCode(0xe000 + c.charCodeAt(0));
const show = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xe000);

// Each rule runs only when its marker occurs: corpus files are megabytes of mostly plain lines.
const INLINE_RULES: [marker: string, pattern: RegExp, replacement: string][] = [
  ['![', /!\[[^\]]*\]\([^)]*\)/g, ''],
  ['](', /\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))+(?:\s+"[^"]*")?\)/g, '$1'],
  ['<http', /<(https?:\/\/[^>\s]+)>/g, '$1'],
  ['**', /\*\*(?=\S)([^*]+?\S)\*\*/g, '$1'],
  ['__', /__(?=\S)([^_]+?\S)__/g, '$1'],
  ['*', /(^|[\s(])\*(?=\S)([^*]+?\S)\*(?=$|[\s).,;:!?])/g, '$1$2'],
  ['`', /`([^`]+)`/g, '$1'],
];

// Only lines opening with one of these can be a heading, rule, quote or list item.
const BLOCK_MARKERS = new Set([' ', '\t', '#', '>', '-', '*', '_', '+']);

/** Headings and rules become blank lines; quote and list markers and inline markup go. */
function stripLineMarkup(line: string): string {
  let text = line;
  if (BLOCK_MARKERS.has(line[0] ?? '')) {
    if (ATX_HEADING.test(line) || RULE.test(line)) return '';
    text = text.replace(/^(\s*)(?:>\s?)+/, '$1').replace(/^(\s*)[-*+][ \t]+/, '$1- ');
  }
  for (const [marker, pattern, replacement] of INLINE_RULES) {
    if (text.includes(marker)) text = text.replace(pattern, replacement);
  }
  return text;
}
