import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/engine/engine.js';
import { openSeedsEngine, type FixtureEngine } from '../helpers/engine.js';

/** A story URL of about 1,550 characters, as tracking parameters make them. */
export const longUrl = (i: number): string =>
  `https://news.example.com/story-${i}?ref=${'abcdefghij'.repeat(150)}`;

/** Twelve articles with 240-character headlines and ~1,550-character URLs. */
const longArticles = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `long-${String(i).padStart(2, '0')}.md`,
    `---\ntitle: "Lighthouse report ${i} ${'with a very long headline about the harbour '.repeat(5)}"\nurl: ${longUrl(i)}\n---\n\n` +
      `The lighthouse keepers of Skerryvore number ${i} reported storms and a broken lantern on Tuesday night.\n`,
  ]),
);

/** A quotation of about 4,300 characters, attributed after the marks. */
const bigQuote = (n: number): string =>
  `“${Array.from({ length: 60 }, (_, k) => `the ferry sailing number ${n}-${k} was cancelled again because of the gale`).join(', and ')},” ` +
  'said Annika Rautio, the chair of the harbour board.';

/** Files of the corpus, by name: long quotes, long titles and URLs, a title that is an address. */
export const LONG_CORPUS: Record<string, string> = {
  ...longArticles,
  'ferry.md':
    '---\ntitle: "Ferry cancellations anger islanders"\nurl: https://news.example.com/ferry\n---\n\n' +
    [1, 2, 3, 4].map(bigQuote).join('\n\n') +
    '\n',
  'bank.md':
    '---\ntitle: "https://bank.example.com/login"\nurl: https://evil.example.net/x\n---\n\n' +
    'The bank said its login page for the ferry company moved on Tuesday.\n',
};

/**
 * For a describe block: the real engine over LONG_CORPUS (what a corpus of long quotations, long
 * headlines and tracking URLs gives), opened before its tests and closed after.
 */
export function useLongCorpus(): () => Engine {
  let dir: string;
  let opened: FixtureEngine | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'footnote-long-'));
    for (const [name, text] of Object.entries(LONG_CORPUS)) await writeFile(join(dir, name), text);
    opened = await openSeedsEngine(dir);
  });
  afterAll(async () => {
    await opened?.close();
    await rm(dir, { recursive: true, force: true });
  });
  return () => opened!.engine;
}
