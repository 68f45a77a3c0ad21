import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderAddition } from '../../src/additions/store.js';
import { parseArticles } from '../../src/corpus/parse.js';
import { toPassages } from '../../src/search/passages.js';
import { withFileLock } from '../../src/storage/file-lock.js';
import { FileStorage } from '../../src/storage/files.js';
import type { AdditionLimits } from '../../src/storage/types.js';

/*
 * Several processes sharing one folder of additions (user test: six `footnote add`s at once put
 * six articles in a server allowed three, and one process's start took out another's add under
 * way). Each child process is a real FileStorage adding one article, as a `footnote add` does.
 */

const GUILD = '123456789012345678';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-processes-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const CHILD = `
import { createHash } from 'node:crypto';
import { renderAddition } from './src/additions/store.ts';
import { FileStorage } from './src/storage/files.ts';
const [dir, n, limits] = process.argv.slice(-3);
const storage = new FileStorage({ guildsDir: dir + '/guilds', dataDir: dir });
await storage.recover();
const title = 'Pier number ' + n;
const name = 'pier-' + n + '.md';
const markdown = renderAddition({ id: name, file: name, title, source: 'file', story: 0,
  paragraphs: ['The ' + title + ' was opened on Monday by the harbour trust, which paid for it.'] });
const fingerprint = createHash('sha256').update(title).digest('hex');
try {
  await storage.add({ guild: '${GUILD}', name, title, fingerprint, urls: [], markdown },
    { by: { id: '42', name: 'mod' }, via: 'cli' }, JSON.parse(limits));
  console.log('added');
} catch (error) {
  console.log('refused: ' + error.message);
}
`;

function child(n: number, limits: AdditionLimits = { articles: 3 }): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        CHILD,
        dir,
        String(n),
        JSON.stringify(limits),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', () => resolve(out.trim()));
  });
}

describe('FileStorage across processes', () => {
  it('keeps a server to its limit and its audit log whole when six processes add at once', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => child(n)));
    expect(results.filter((r) => r === 'added')).toHaveLength(3);
    for (const r of results.filter((r) => r !== 'added'))
      expect(r).toMatch(/^refused: This server already has 3 articles/);
    const files = (await readdir(join(dir, 'guilds', GUILD))).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(3);
    const adds = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(adds).toHaveLength(3);
    expect(await readdir(join(dir, 'guilds'))).not.toContain('.lock');
  }, 60_000);

  it('keeps a server to its characters when six processes add at once (user test)', async () => {
    // Each pier's story has the same length: room for three of them.
    const markdown = renderAddition({
      id: 'pier.md',
      file: 'pier.md',
      title: 'Pier number 1',
      source: 'file',
      story: 0,
      paragraphs: [
        'The Pier number 1 was opened on Monday by the harbour trust, which paid for it.',
      ],
    });
    const [article] = parseArticles('added.md', new TextEncoder().encode(markdown));
    const chars = toPassages(article!).reduce((n, p) => n + p.text.length, 0);
    const limits = { articles: 10, chars: 3 * chars };
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => child(n, limits)));
    expect(results.filter((r) => r === 'added')).toHaveLength(3);
    for (const r of results.filter((r) => r !== 'added'))
      expect(r).toMatch(
        new RegExp(
          `^refused: This server's articles hold ${3 * chars} of the ${3 * chars} characters`,
        ),
      );
    const files = (await readdir(join(dir, 'guilds', GUILD))).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(3);
  }, 60_000);
});

describe('FileStorage start-up', () => {
  it('takes no lock and creates nothing when no change was left half-done (review)', async () => {
    const storage = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: dir });
    expect(await storage.recover()).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('withFileLock', () => {
  it('takes over a lock whose process is gone', async () => {
    const path = join(dir, '.lock');
    await writeFile(path, '999999999'); // no such process
    expect(await withFileLock(path, async () => 'ran')).toBe('ran');
    await expect(readFile(path, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('takes over a lock minutes old, whatever process has its pid now (review)', async () => {
    const path = join(dir, '.lock');
    await writeFile(path, '1'); // pid 1 is alive: a restart gave it to another process
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(path, old, old);
    expect(await withFileLock(path, async () => 'ran')).toBe('ran');
  });

  it('runs one holder at a time within a process too', async () => {
    const path = join(dir, '.lock');
    const order: string[] = [];
    const hold = (name: string) =>
      withFileLock(path, async () => {
        order.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 30));
        order.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b')]);
    // Which of the two takes the lock first is the file system's race; that one finishes before
    // the other starts. (Asserting "a" first failed a clean-clone CI run: "b" had won.)
    const first = order[0]?.slice(0, 1) === 'b' ? 'b' : 'a';
    const second = first === 'a' ? 'b' : 'a';
    expect(order).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });
});
