import type { Article, SkippedFile } from './types.js';
import { mapLimit } from './concurrency.js';
import { readArticles } from './read.js';
import { scanCorpus, type ScannedFile } from './scan.js';

export type { Article, FileFingerprint, SkippedFile } from './types.js';
export { scanCorpus, type CorpusScan, type ScannedFile } from './scan.js';
export { readArticles } from './read.js';
export { parseArticles } from './parse.js';
export { extractHtmlArticle, type HtmlArticle } from './html.js';
export { MAX_FILE_BYTES, CORPUS_EXTENSIONS } from './limits.js';

const READ_CONCURRENCY = 16;

/** Scan `dir` and read every file: all articles, in file order, plus one line per skipped file. */
export async function loadCorpus(
  dir: string,
): Promise<{ articles: Article[]; skipped: SkippedFile[]; files: ScannedFile[] }> {
  const scan = await scanCorpus(dir);
  const reads = await mapLimit(scan.files, READ_CONCURRENCY, readArticles);
  const articles: Article[] = [];
  const skipped = [...scan.skipped];
  for (const read of reads) {
    if ('articles' in read) articles.push(...read.articles);
    else skipped.push(read.skipped);
  }
  return {
    articles,
    skipped: skipped.sort((a, b) => a.file.localeCompare(b.file)),
    files: scan.files,
  };
}
