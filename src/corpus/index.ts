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
  // One read per file gives both the fingerprint and the articles.
  const reads = await mapLimit(candidates, READ_CONCURRENCY, (c) => readRegularFile(c.path));
  const articles: Article[] = [];
  const files: ScannedFile[] = [];
  reads.forEach((read, i) => {
    const { path, file } = candidates[i]!;
    if ('reason' in read) return void skipped.push({ file, reason: read.reason });
    files.push({ path, file, size: read.size, hash: read.hash });
    const parsed = articlesFrom(file, read.bytes);
    if ('articles' in parsed) articles.push(...parsed.articles);
    else skipped.push(parsed.skipped);
  });
  return { articles, skipped: sortByFile(skipped), files };
}
