import type * as ReadabilityModule from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { InputError } from '../errors.js';
import { lazyModule } from '../modules.js';
import { normalizeText, oneLine } from './normalize.js';
import { splitParagraphs } from './paragraphs.js';
import { cleanUrl } from './url.js';
import { inferTitle } from './title.js';
import { chooseHeadline } from './headline.js';
import { bylineNames } from './boilerplate.js';

/** The main text of an HTML page and what a citation needs. */
export interface HtmlArticle {
  title: string;
  url?: string;
  author?: string;
  date?: string;
  /** The site's name (og:site_name, or the part of the `<title>` beside the headline). */
  siteName?: string;
  paragraphs: string[];
}

// linkedom's DOM is typed by linkedom itself; this is the small structural slice we walk.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  body: DomNode | null;
  title: string;
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'SELECT',
]);
// Headings are section furniture, not answer text (the page title is kept separately).
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
// Never article text. Removed before Readability runs, because on a page with little text
// Readability falls back to the whole body, navigation included. Captions are matched by the
// whole class names WordPress and news themes give them, never by a part ("has-caption" wraps
// whole articles).
const PAGE_FURNITURE = [
  'nav, footer, aside, form, script, style, noscript, figcaption',
  '[role="navigation"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]',
  '.caption, .wp-caption, .wp-caption-text, .photo-caption, .image-caption, .media-caption',
].join(', ');

// Loaded with the first HTML page: most corpora are Markdown and text, and loading these took
// most of a cold `footnote ask`.
const linkedom = lazyModule<typeof LinkedomModule>('linkedom');
const readability = lazyModule<typeof ReadabilityModule>('@mozilla/readability');

/** HTML page -> main text via Readability: title, canonical URL, author, date and paragraphs. */
export function extractHtmlArticle(html: string, pageUrl?: string): HtmlArticle | null {
  const page = readHtmlPage(html, pageUrl);
  return page && { ...page, title: page.title ?? inferTitle(page.paragraphs[0]!) };
}

/** Like extractHtmlArticle, but without inventing a title when the page states none. */
export function readHtmlPage(
  html: string,
  pageUrl?: string,
): (Omit<HtmlArticle, 'title'> & { title?: string }) | null {
  refuseDeepNesting(html);
  const { document } = linkedom().parseHTML(ensureDocument(html)) as unknown as {
    document: DomDocument;
  };
  const url = canonicalUrl(document, pageUrl);
  const date = pageDate(document);
  const documentTitle = clean(document.title);
  const h1 = clean(firstOf(document, ['article h1', 'main h1', 'h1'])?.textContent);
  removeFurniture(document);
  const parsed = new (readability().Readability)<DomNode>(document as never, {
    serializer: (node) => node as never,
  }).parse();
  const root = parsed?.content ?? document.body;
  if (!root) return null;
  const paragraphs = splitParagraphs(normalizeText(blockText(root)));
  if (paragraphs.length === 0) return null;
  const headline = chooseHeadline({
    stated: [clean(parsed?.title), documentTitle],
    h1,
    siteName: clean(parsed?.siteName),
  });
  return {
    title: headline.title ?? h1,
    url,
    siteName: headline.siteName,
    author: authorOf(clean(parsed?.byline)),
    date: clean(parsed?.publishedTime) ?? date,
    paragraphs,
  };
}

/** linkedom wants a whole document; a bare fragment would leave `body` empty. */
function ensureDocument(html: string): string {
  return /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function canonicalUrl(document: DomDocument, pageUrl?: string): string | undefined {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  // og:url is absolute by spec, so it can anchor a relative canonical link on a saved page.
  const base = cleanUrl(pageUrl) ?? cleanUrl(og);
  return cleanUrl(canonical, base) ?? base;
}

/** The first element matching the first selector that matches any. */
function firstOf(
  document: DomDocument,
  selectors: string[],
): ReturnType<DomDocument['querySelector']> {
  for (const selector of selectors) {
    const found = document.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** A byline Readability took from the page's text ("By Bob Writer · Posted March 3, 2024") gives its names. */
function authorOf(byline: string | undefined): string | undefined {
  return byline && (bylineNames(byline) ?? byline);
}

// Where a page states its date, beside those Readability reads (JSON-LD, article:published_time).
const DATE_META = [
  'itemprop="datePublished"',
  'name="date"',
  'name="pubdate"',
  'name="publish-date"',
  'name="dc.date"',
]
  .map((attribute) => `meta[${attribute}]`)
  .join(', ');

function pageDate(document: DomDocument): string | undefined {
  const meta = document.querySelector(DATE_META);
  const time = document.querySelector('time[datetime]');
  return clean(meta?.getAttribute('content') ?? time?.getAttribute('datetime'));
}

function removeFurniture(document: DomDocument): void {
  for (const node of Array.from(document.querySelectorAll(PAGE_FURNITURE))) node.remove();
}

/** Text with a blank line at every block boundary, so paragraphs survive as blocks. */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || HEADINGS.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) out.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out.join('');
}

function clean(value: string | null | undefined): string | undefined {
  const text = value && oneLine(value);
  return text ? text : undefined;
}

/** Deeper than any real article page; DOM building and Readability slow down with its square. */
export const MAX_HTML_DEPTH = 400;

// Elements that never hold others, or whose end tag may be left out: they do not nest.
const FLAT_ELEMENTS = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp html head body'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g;

/**
 * Refuse a page nested so deeply that reading it would stall the process (thousands of nested
 * <div>s take seconds, a crafted 5 MB page minutes), before any DOM is built.
 */
export function refuseDeepNesting(html: string): void {
  let depth = 0;
  for (const [, close, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing || FLAT_ELEMENTS.has(name!.toLowerCase())) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_DEPTH) {
      throw new InputError(
        `the page nests its HTML more than ${MAX_HTML_DEPTH} levels deep; no article page does, so it was not read`,
      );
    }
  }
}
