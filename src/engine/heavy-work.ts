import { prepareObtained, type Obtained, type Prepared } from '../additions/prepare.js';
import { readArticles } from '../corpus/index.js';
import type { ScannedFile } from '../corpus/scan.js';
import type { SkippedFile } from '../corpus/types.js';
import { extractQuotes, type ExtractedQuote } from '../quotes/index.js';
import { analyseArticle, type AnalysedArticle } from '../search/index.js';

/** One file read for the index: its articles analysed and their quotes, or why it was skipped. */
export type AnalysedFile =
  { articles: (AnalysedArticle & { quotes: ExtractedQuote[] })[] } | { skipped: SkippedFile };

/** Read, parse and clean one file, take its quotes and tokenize its passages. */
export async function analyseFile(file: ScannedFile): Promise<AnalysedFile> {
  const read = await readArticles(file);
  if ('skipped' in read) return read;
  return {
    articles: read.articles.map((article) => ({
      ...analyseArticle(article),
      quotes: extractQuotes(article),
    })),
  };
}

/** The work a worker thread does, by name: what each task takes and gives back. */
export interface HeavyTasks {
  prepare: { input: { obtained: Obtained; title?: string }; output: Prepared };
  analyse: { input: ScannedFile; output: AnalysedFile };
}

export type TaskName = keyof HeavyTasks;

/** Run one task here, in this thread: what the worker calls, and the pool when it has no worker. */
export async function runTask<T extends TaskName>(
  task: T,
  input: HeavyTasks[T]['input'],
): Promise<HeavyTasks[T]['output']> {
  if (task === 'prepare') {
    const { obtained, title } = input as HeavyTasks['prepare']['input'];
    return prepareObtained(obtained, { title }) as HeavyTasks[T]['output'];
  }
  return (await analyseFile(input as ScannedFile)) as HeavyTasks[T]['output'];
}
