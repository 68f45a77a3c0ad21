import { TextDecoder } from 'node:util';
import type { Article } from './types.js';
import { InputError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { parseFrontMatter, type FileMeta } from './front-matter.js';
import { readHtmlPage } from './html.js';
import { fileKind } from './limits.js';
import { readMarkdown } from './markdown.js';
import { normalizeText } from './normalize.js';
import { splitParagraphs } from './paragraphs.js';
import { cleanStory } from './clean.js';
import { splitStories } from './stories.js';
import { inferTitle } from './title.js';
import { cleanUrl } from './url.js';
import { ISO_DATE, isoDate } from './dates.js';
import { bylineNames, datelineStamp } from './boilerplate.js';

/** A file's text reduced to the parts articles are built from. */
interface ParsedFile {
  meta: FileMeta;
  /** The site an HTML page names (og:site_name, its <title>): cited when it has no address. */
  siteName?: string;
  /** The title the file states outright (front matter, `# Heading`, HTML title). */
  title?: string;
  paragraphs: string[];
}

/**
 * Decode, parse, clean and split one file's bytes into its stories. `file` is the path relative to
 * the corpus root. Throws InputError naming the reason when the bytes hold no article (empty,
 * binary, nothing left after cleaning).
 */
export function parseArticles(file: string, bytes: Uint8Array, hint?: { url?: string }): Article[] {
  const kind = fileKind(file) ?? 'text';
  const decoded = decodeBytes(bytes, kind === 'html' ? declaredCharset(bytes) : undefined);
  if ('reason' in decoded) throw new InputError(decoded.reason);
  const text = normalizeText(decoded.text);
  const parsed =
    kind === 'html' ? parseHtml(text, hint?.url) : parsePlain(text, kind === 'markdown');
  // Only a web address is an address: `url: file:///etc/passwd` is ignored. Every address loses
  // its tracking parameters, as an HTML page's canonical link does.
  const url = urlOf(parsed.meta.url) ?? cleanUrl(hint?.url) ?? urlOf(parsed.meta.source);
  const stated = parsed.meta.source;
  const publication = stated !== undefined && !urlOf(stated) ? stated : undefined;
  const date = parsed.meta.date && isoDate(parsed.meta.date);
  const { title, paragraphs } = cleanStory(parsed.paragraphs, parsed.title);
  if (paragraphs.length === 0)
    throw new InputError('no article text (only boilerplate or blank lines)');
  return splitStories(paragraphs).map((story, index) => {
    const first = index === 0;
    return {
      id: first ? file : `${file}#${index + 1}`,
      file,
      story: index,
      title: story.title ?? (first ? title : undefined) ?? inferTitle(story.paragraphs[0]!),
      url,
      // A front-matter `source` that is not a URL names the publication: cited beside the url.
      source: publication ?? url ?? parsed.siteName ?? file,
      // The author and date of the page belong to its main story, not to teasers appended to it.
      author: first ? parsed.meta.author : undefined,
      date: first ? date : undefined,
      paragraphs: story.paragraphs,
    };
  });
}

function parsePlain(text: string, markdown: boolean): ParsedFile {
  const { meta, body } = parseFrontMatter(text);
  if (!markdown) return { meta, title: meta.title, paragraphs: splitParagraphs(body) };
  const md = readMarkdown(body);
  const paragraphs = splitParagraphs(md.text).map((p) => p.replace(/^- /, ''));
  return { meta, title: meta.title ?? md.heading, paragraphs };
}

function parseHtml(html: string, pageUrl?: string): ParsedFile {
  const page = readHtmlPage(html, pageUrl);
  if (!page) return { meta: {}, paragraphs: [] };
  const { title, url, siteName } = page;
  const above = bylineAbove(page.paragraphs);
  const author = page.author ?? above.author;
  const date = page.date ?? above.date;
  return {
    meta: { title, url, author, date },
    siteName,
    title,
    paragraphs: page.paragraphs,
  };
}

// A byline or dateline stands above the lead, after a kicker or the other at most.
const BYLINE_PARAGRAPHS = 4;

/** What a page states only in its text, above the lead: "By Lena Park", "Posted: June 4, 2024". */
function bylineAbove(paragraphs: string[]): { author?: string; date?: string } {
  const found: { author?: string; date?: string } = {};
  for (const paragraph of paragraphs.slice(0, BYLINE_PARAGRAPHS)) {
    found.author ??= bylineNames(paragraph);
    const stamp = datelineStamp(paragraph);
    const date = stamp && isoDate(stamp);
    if (date && ISO_DATE.test(date)) found.date ??= date;
  }
  return found;
}

function urlOf(source: string | undefined): string | undefined {
  return source && /^https?:\/\/\S+$/i.test(source) ? cleanUrl(source) : undefined;
}

/** The charset an HTML page declares in its first kilobyte, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
