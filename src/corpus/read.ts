import type { Article, SkippedFile } from './types.js';
import type { ScannedFile } from './scan.js';
import { InputError } from '../errors.js';
import { parseArticles } from './parse.js';
import { readRegularFile } from './read-file.js';

/** Decode, parse, clean and split one scanned file into its stories. */
export async function readArticles(
  file: ScannedFile,
): Promise<{ articles: Article[] } | { skipped: SkippedFile }> {
  const read = await readRegularFile(file.path);
  if ('reason' in read) return { skipped: { file: file.file, reason: read.reason } };
  return articlesFrom(file.file, read.bytes);
}

/** parseArticles with its failures turned into a skipped-file line. */
export function articlesFrom(
  file: string,
  bytes: Uint8Array,
): { articles: Article[] } | { skipped: SkippedFile } {
  try {
    return { articles: parseArticles(file, bytes) };
  } catch (error) {
    // A parser bug on one odd file must not stop the other files from loading.
    const reason =
      error instanceof InputError ? error.message : `could not be parsed (${String(error)})`;
    return { skipped: { file, reason } };
  }
}
