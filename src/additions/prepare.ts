import { createHash } from 'node:crypto';
import type { AddSource } from '../engine/api.js';
import { parseArticles } from '../corpus/parse.js';
import { CORPUS_EXTENSIONS, fileKind, formatOverLimit, type FileKind } from '../corpus/limits.js';
import type { Article } from '../corpus/types.js';
import { InputError } from '../errors.js';
import { download, type DownloadPolicy } from '../net/download.js';
import { pageCitationUrl } from '../net/links.js';
import { toPassages, type Passage } from '../search/passages.js';
import { foldText } from '../text/normalize.js';
import { terms as analyse } from '../text/tokenize.js';
import { oneLine } from '../corpus/normalize.js';
import { renderAddition } from './store.js';
import { cleanUrl } from '../corpus/url.js';

/** The most an added page or file may weigh (checked while downloading, not after). */
export const MAX_ADD_BYTES = 5 * 1024 * 1024;

/** An article ready to be saved: its Markdown file and what identifies it. */
export interface Prepared {
  article: Article;
  markdown: string;
  /** Normalised text hash: the same story added twice has the same one. */
  fingerprint: string;
  /** Characters of text it will index (what quotas count). */
  chars: number;
  /** Its distinct terms as the index analyses them: where the duplicate check finds the rarest. */
  terms: string[];
  /**
   * Every URL the article is known by (as asked, after redirects, its same-site canonical),
   * normalised; never one a file merely claims.
   */
  urls: string[];
}

const EXTENSION_BY_KIND: Record<FileKind, string> = {
  html: '.html',
  markdown: '.md',
  text: '.txt',
};

/** A page or file as fetched or read, before parsing. */
export interface Obtained {
  bytes: Uint8Array;
  kind: FileKind;
  /** The address actually fetched (after redirects), for a page. */
  url?: string;
  /** The address the moderator gave, for a page. */
  asked?: string;
  /** The file's own name, for an attachment or a file on disk. */
  name?: string;
  /** True when `bytes` were downloaded here and nothing else holds them (they may move, uncopied). */
  downloaded?: boolean;
}

/**
 * Reduce what obtainSource fetched or read to the one article it holds, exactly as the corpus
 * reader will read it back from disk (the saved Markdown is parsed again, so the report matches
 * the index): parse, clean, render the Markdown, read it back and fingerprint it. Pure, so a
 * worker thread can run it.
 */
export function prepareObtained(obtained: Obtained, options: { title?: string } = {}): Prepared {
  const { bytes, kind, url, asked } = obtained;
  const stories = readable(obtained, () =>
    parseArticles(`page${EXTENSION_BY_KIND[kind]}`, bytes, url ? { url } : {}),
  );
  // A page's main story only: teasers for other stories glued to its end are not what was added.
  const main = stories[0]!;
  // A page's own <title> can be any length (one of 120 KB was seen): it is cut like a moderator's.
  const title = cleanTitle(options.title) ?? cleanTitle(main.title) ?? main.title;
  const draft: Article = { ...main, title, ...citedAs(obtained, main.url) };
  const markdown = renderAddition(draft);
  const [article, ...extra] = parseArticles('added.md', new TextEncoder().encode(markdown));
  if (!article) throw new InputError('That page has no article text I can use.');
  // What is saved must read back as this one article, with this title and address: nothing in
  // the page or the moderator's title may add a story or a front-matter line.
  if (extra.length > 0 || article.title !== oneLine(draft.title) || article.url !== draft.url) {
    throw new InputError('That page could not be saved faithfully; try another copy of it.');
  }
  const urls = [asked, url, article.url].filter((u): u is string => Boolean(u)).map(normalizeUrl);
  const passages = toPassages(article).map((p) => p.text);
  return {
    article,
    markdown,
    fingerprint: fingerprintOf(passages),
    chars: textLength(passages),
    urls: [...new Set(urls)],
    terms: distinctTerms(passages),
  };
}

/**
 * Characters of text an addition's Markdown file gives the index (what quotas count; the
 * `chars` prepareObtained reports for it). A file that holds no article gives none.
 */
export function markdownChars(markdown: string): number {
  try {
    const articles = parseArticles('added.md', new TextEncoder().encode(markdown));
    return textLength(articles.flatMap(toPassages).map((p) => p.text));
  } catch (error) {
    if (error instanceof InputError) return 0;
    throw error;
  }
}

function textLength(texts: string[]): number {
  return texts.reduce((n, text) => n + text.length, 0);
}

/**
 * The distinct terms of `article`'s passages, as the index analyses them. Tokenizing a 1 MB page
 * takes ~0.1 s: prepareObtained does it on the worker thread, not the duplicate check.
 */
export function articleTerms(article: Article): string[] {
  return distinctTerms(toPassages(article).map((p) => p.text));
}

function distinctTerms(texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) for (const term of analyse(text)) out.add(term);
  return [...out];
}

/**
 * What an added article cites. A fetched page: the address actually fetched, or its canonical URL
 * on the same site. A file: no link at all; a URL its front matter or canonical tag claims is kept
 * as plain text, since anyone can write any address into a file.
 */
function citedAs(obtained: Obtained, claimed: string | undefined): Pick<Article, 'url' | 'source'> {
  if (obtained.asked === undefined) {
    const name = obtained.name ?? 'file';
    return { url: undefined, source: claimed ? `claimed source: ${claimed}` : name };
  }
  // Cleaned as the saved file's front matter will read it back (no utm_* parameters).
  const url = cleanUrl(pageCitationUrl(obtained.url ?? obtained.asked, claimed));
  return { url, source: url ?? obtained.asked };
}

/** Download the page or attachment, or take the file's bytes, within /add's limits. */
export async function obtainSource(
  source: AddSource,
  policy: Partial<DownloadPolicy> = {},
): Promise<Obtained> {
  const limits = { maxBytes: MAX_ADD_BYTES, ...policy };
  if (source.kind === 'url') {
    const page = await download(source.url, limits);
    return {
      bytes: page.body,
      kind: page.kind,
      url: page.url,
      asked: source.url,
      downloaded: true,
    };
  }
  const kind = fileKind(source.name);
  if (!kind) {
    throw new InputError(
      `"${source.name.slice(0, 100)}" is not a file type I can add; attach ${CORPUS_EXTENSIONS.join(', ')}.`,
    );
  }
  const size = source.kind === 'file' ? source.bytes.length : source.size;
  if (size > limits.maxBytes) {
    const over = formatOverLimit(size, limits.maxBytes);
    throw new InputError(`That file is ${over.size}; I add files of at most ${over.limit}.`);
  }
  if (size === 0) throw new InputError('That file is empty.');
  if (source.kind === 'file') return { bytes: source.bytes, kind, name: source.name };
  // The attachment's extension says how to read it; the CDN's content type may be generic.
  const file = await download(source.url, { ...limits, kind });
  return { bytes: file.body, kind, name: source.name, downloaded: true };
}

/**
 * The reader's reason a file holds no article ("binary file (NUL bytes), 196 KB") as a sentence
 * for whoever added it.
 */
function readable<T>(obtained: Obtained, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const what = obtained.name === undefined ? 'That page' : 'That file';
    throw new InputError(`${what} could not be added: ${error.message.replace(/\.$/, '')}.`);
  }
}

function cleanTitle(title: string | undefined): string | undefined {
  const flat = title
    // eslint-disable-next-line no-control-regex
    ?.replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat ? flat.slice(0, 300) : undefined;
}

/** The same article text, however it was spaced or accented, hashes the same. */
export function textFingerprint(article: Article): string {
  return fingerprintOf(toPassages(article).map((p) => p.text));
}

// Passage objects survive index clones and are replaced when their article is read again, so an
// article's fingerprint is computed once, not on every add (≈0.4 s for all of SQuAD).
const fingerprints = new WeakMap<Passage, string>();

/** textFingerprint of an indexed article, from its passages (in any order). */
export function passagesFingerprint(passages: Passage[]): string {
  const ordered = [...passages].sort(
    (a, b) => a.paragraph - b.paragraph || (a.window ?? 0) - (b.window ?? 0),
  );
  const first = ordered[0]!;
  let fingerprint = fingerprints.get(first);
  if (fingerprint === undefined) {
    fingerprint = fingerprintOf(ordered.map((p) => p.text));
    fingerprints.set(first, fingerprint);
  }
  return fingerprint;
}
/**
 * Hash of passage texts in article order, case, accents and spacing folded away, and a space
 * beside punctuation with them: a copy typed "Friday ." for "Friday." is the same text (a user's
 * review added it twice, and `/quote` listed each quotation twice). Symbols count: "-15 degrees"
 * is not "15 degrees", "$5" not "€5", and emoji are text.
 */
function fingerprintOf(texts: string[]): string {
  const text = foldText(texts.join(' '))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\p{L}\p{N} ]) ?/gu, '$1')
    .trim();
  return createHash('sha256').update(text).digest('hex');
}

/** A URL as duplicates are compared: no fragment, tracking parameters or trailing slash. */
export function normalizeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$)/i.test(key)) url.searchParams.delete(key);
    }
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.host}${path}${url.search}`.toLowerCase();
  } catch {
    return raw.trim().toLowerCase();
  }
}
