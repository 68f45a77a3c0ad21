import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendJsonLine, appendJsonLines, readJsonLines } from '../../src/storage/jsonl.js';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

const isRecord = (v: unknown): v is { n: number } =>
  typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number';

describe('JSON lines', () => {
  it('makes the folder on the first append, then appends whole lines in order', async () => {
    dir = await mkdtemp(join(tmpdir(), 'footnote-jsonl-'));
    const path = join(dir, 'a', 'b', 'log.jsonl');
    await appendJsonLines(path, [{ n: 1 }, { n: 2 }]);
    await appendJsonLine(path, { n: 3 });
    await appendJsonLines(path, []);
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    expect(await readJsonLines(path, isRecord)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('makes the folder again if it was taken away, and passes other errors on', async () => {
    dir = await mkdtemp(join(tmpdir(), 'footnote-jsonl-'));
    const path = join(dir, 'logs', 'log.jsonl');
    await appendJsonLine(path, { n: 1 });
    await rm(join(dir, 'logs'), { recursive: true });
    await appendJsonLine(path, { n: 2 });
    expect(await readJsonLines(path, isRecord)).toEqual([{ n: 2 }]);
    // A file where the folder should be: no folder can be made, and the error says so.
    await writeFile(join(dir, 'file'), 'x');
    await expect(appendJsonLine(join(dir, 'file', 'log.jsonl'), { n: 3 })).rejects.toThrow();
  });

  it('starts on a new line after a torn last line, so only the torn entry is lost (user test)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'footnote-jsonl-'));
    const path = join(dir, 'audit.jsonl');
    await appendJsonLine(path, { n: 1 });
    // What a process killed in the middle of its append leaves.
    await appendFile(path, '{"n":2,"ac');
    await appendJsonLine(path, { n: 3 });
    await appendJsonLines(path, [{ n: 4 }, { n: 5 }]);
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2,"ac\n{"n":3}\n{"n":4}\n{"n":5}\n');
    expect(await readJsonLines(path, isRecord)).toEqual([{ n: 1 }, { n: 3 }, { n: 4 }, { n: 5 }]);
  });
});
