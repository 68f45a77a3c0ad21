import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Append one JSON line. */
export async function appendJsonLine(path: string, record: unknown): Promise<void> {
  await appendJsonLines(path, [record]);
}

/**
 * Append one JSON line per record, all in one append of whole lines, so writers in several
 * processes never interleave inside a line.
 */
export async function appendJsonLines(path: string, records: readonly unknown[]): Promise<void> {
  if (records.length === 0) return;
  const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
  // The folder is made only when missing: a busy bot appends its question log several times a
  // second, and a mkdir before each append was one more trip through the thread pool each time.
  await appendFile(path, text).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, text);
  });
}

/**
 * Every record of a JSON-lines file that `accept` recognises, in file order. A missing file is
 * empty; a torn last line after a crash, or a line in an unknown shape, is passed over.
 */
export async function readJsonLines<T>(
  path: string,
  accept: (value: unknown) => value is T,
): Promise<T[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (accept(value)) out.push(value);
  }
  return out;
}
