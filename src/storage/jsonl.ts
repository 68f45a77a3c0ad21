import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Append one JSON line. */
export async function appendJsonLine(path: string, record: unknown): Promise<void> {
  await appendJsonLines(path, [record]);
}

/**
 * Append one JSON line per record, all in one append of whole lines, so writers in several
 * processes never interleave inside a line. After a torn last line (a process killed mid-append)
 * the records start on a line of their own: glued to the torn one, the first would be lost too.
 */
export async function appendJsonLines(path: string, records: readonly unknown[]): Promise<void> {
  if (records.length === 0) return;
  const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
  // The folder is made only when missing: a busy bot appends its question log several times a
  // second, and a mkdir before each append was one more trip through the thread pool each time.
  await appendWhole(path, text).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true });
    await appendWhole(path, text);
  });
}

/** Append `text` (whole lines), after a line break when the file does not end with one. */
async function appendWhole(path: string, text: string): Promise<void> {
  const file = await open(path, 'a+');
  try {
    const { size } = await file.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await file.read(last, 0, 1, size - 1);
    await file.appendFile(size > 0 && last[0] !== 0x0a ? `\n${text}` : text);
  } finally {
    await file.close();
  }
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
