import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/engine.js';

/*
 * A snapshot someone edited must not be served as edited (issue 15, item 5): each line carries a
 * checksum of its JSON; a mismatch rebuilds the index from the corpus, with one log line.
 */

let dir: string;
let corpus: string;
let data: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-integrity-'));
  corpus = join(dir, 'corpus');
  data = join(dir, 'data');
  await cp('seeds', corpus, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (log: string[] = []) =>
  openEngine({ corpusDir: corpus, dataDir: data, log: (line) => log.push(line) });

const QUESTION = 'Why did Putin visit Harbin?';

/** Rewrites the JSON of the first passage line that `edit` changes, keeping the old checksum. */
async function tamper(edit: (chunk: Record<string, unknown>) => boolean): Promise<number> {
  const [name] = await readdir(data);
  const path = join(data, name!);
  const lines = (await readFile(path, 'utf8')).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i]!.lastIndexOf('\t');
    const chunk = JSON.parse(lines[i]!.slice(0, tab)) as Record<string, unknown>;
    if (!('passages' in chunk) || !edit(chunk)) continue;
    lines[i] = `${JSON.stringify(chunk)}${lines[i]!.slice(tab)}`;
    await writeFile(path, lines.join('\n'));
    return i + 1;
  }
  throw new Error('no line to tamper with');
}

type Passage = { text: string };

const editText = (chunk: Record<string, unknown>): boolean => {
  const passage = (chunk.passages as Passage[]).find((p) => p.text.includes('Harbin'));
  if (!passage) return false;
  passage.text = passage.text.replaceAll('Harbin', 'Hamburg');
  return true;
};

const scrambleTerms = (chunk: Record<string, unknown>): boolean => {
  const ids = new Uint32Array(new Uint8Array(Buffer.from(chunk.terms as string, 'base64')).buffer);
  ids.reverse();
  chunk.terms = Buffer.from(ids.buffer).toString('base64');
  return true;
};

describe('a tampered snapshot', () => {
  it.each([
    ['edited passage text', editText],
    ['scrambled term ids', scrambleTerms],
  ])('with %s is rebuilt from the corpus, with one log line', async (_, edit) => {
    const first = await open();
    const answer = first.ask(QUESTION);
    expect(JSON.stringify(answer)).toMatch(/Harbin/);
    const line = await tamper(edit);

    const log: string[] = [];
    const second = await open(log);
    expect(log.filter((l) => l.startsWith('rebuilding'))).toEqual([
      `rebuilding the index: corrupt snapshot (checksum mismatch on line ${line})`,
    ]);
    expect(second.ask(QUESTION)).toEqual(answer);
    expect(second.ask('Hamburg').results).toEqual([]);

    // The rebuilt snapshot is whole again: the next start loads it without a word.
    const quiet: string[] = [];
    const third = await open(quiet);
    expect(quiet).toEqual([]);
    expect(third.ask(QUESTION)).toEqual(answer);
  });

  it('without its checksums is rebuilt too', async () => {
    await open();
    const [name] = await readdir(data);
    const path = join(data, name!);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/\t[0-9a-f]{8}\n/g, '\n'));
    const log: string[] = [];
    await open(log);
    expect(log.filter((l) => l.startsWith('rebuilding'))).toEqual([
      'rebuilding the index: corrupt snapshot (no checksum on line 1)',
    ]);
  });
});
