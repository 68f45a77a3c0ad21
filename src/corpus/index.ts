// Corpus ingestion, files -> articles. One module per step:
//   scan.ts        walk the folder (hidden entries, symlink loops, non-regular files refused)
//   read-file.ts   safe read: stat before open, size limit, sha256 fingerprint
//   decode.ts      BOMs, UTF-8, Windows-1252 fallback, binary detection
//   normalize.ts   line endings, odd spaces, invisible characters, NFC
//   front-matter.ts, markdown.ts, html.ts   the three formats
//   paragraphs.ts  blank-line vs single-newline paragraphs, hard-wrap joining
//   clean.ts, boilerplate.ts, title.ts      page furniture out, headline in
//   headline.ts    a saved page's headline among its <h1>, og:title and <title>
//   dates.ts       an article's stated date as YYYY-MM-DD when it reads as one
//   stories.ts     teasers for other articles split into stories of their own
import type { Article, SkippedFile } from './types.js';
import { mapLimit } from './concurrency.js';
import { articlesFrom } from './read.js';
import { readRegularFile } from './read-file.js';
import { sortByFile, walkCorpus, type ScannedFile } from './scan.js';

export type { Article, FileFingerprint, SkippedFile } from './types.js';
export { scanCorpus, type CorpusScan, type ScannedFile } from './scan.js';
export { readArticles } from './read.js';
export { parseArticles } from './parse.js';
export { extractHtmlArticle, type HtmlArticle } from './html.js';
export { MAX_FILE_BYTES, CORPUS_EXTENSIONS } from './limits.js';

const READ_CONCURRENCY = 16;

/**
 * Scan `dir` and read every file: all articles in path order, one line per skipped file, and the
 * fingerprints of every file read (including those that held no article, so they are not retried
 * until they change).
 */
export async function loadCorpus(
  dir: string,
): Promise<{ articles: Article[]; skipped: SkippedFile[]; files: ScannedFile[] }> {
  const { candidates, skipped } = await walkCorpus(dir);
  // One read per file gives both the fingerprint and the articles; parsing each file as soon as
  // it arrives overlaps CPU work with the reads still in flight.
  const results = await mapLimit(candidates, READ_CONCURRENCY, async ({ path, file }) => {
    const read = await readRegularFile(path, true);
    if ('reason' in read) return { skipped: { file, reason: read.reason } };
    const fingerprint: ScannedFile = { path, file, size: read.size, hash: read.hash };
    return { fingerprint, ...articlesFrom(file, read.bytes) };
  });
  const articles: Article[] = [];
  const files: ScannedFile[] = [];
  for (const result of results) {
    if ('fingerprint' in result) files.push(result.fingerprint);
    if ('articles' in result) articles.push(...result.articles);
    else skipped.push(result.skipped);
  }
  return { articles, skipped: sortByFile(skipped), files };
}
