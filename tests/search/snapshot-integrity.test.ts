import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/engine.js';
import { RECORD_KIND, snapshotRecords } from '../helpers/snapshot-records.js';

/*
 * A snapshot someone edited must not be served as edited (issue 15, item 5): each record carries a
 * checksum of its bytes; a mismatch rebuilds the index from the corpus, with one log line.
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

/** Damages the first record of `kind` that `edit` changes, keeping the old checksum. */
async function tamper(kind: number, edit: (payload: Buffer) => boolean): Promise<number> {
  const [name] = await readdir(data);
  const path = join(data, name!);
  const bytes = await readFile(path);
  const record = snapshotRecords(bytes).find((r) => r.kind === kind && edit(r.payload));
  if (!record) throw new Error('no record to tamper with');
  await writeFile(path, bytes);
  return record.number;
}

// Same length, so that only the checksum can tell.
const editText = (payload: Buffer): boolean => {
  const at = payload.indexOf('Harbin');
  if (at < 0) return false;
  payload.write('Zqxjkv', at);
  return true;
};

const scrambleTerms = (payload: Buffer): boolean => {
  // The record's second half is term ids and sentence ends.
  payload.subarray(payload.length >> 1).reverse();
  return true;
};

describe('a tampered snapshot', () => {
  it.each([
    ['edited passage text', RECORD_KIND.texts, editText],
    ['scrambled term ids', RECORD_KIND.passages, scrambleTerms],
  ])('with %s is rebuilt from the corpus, with one log line', async (_, kind, edit) => {
    const first = await open();
    const answer = first.ask(QUESTION);
    expect(JSON.stringify(answer)).toMatch(/Harbin/);
    const record = await tamper(kind, edit);

    const log: string[] = [];
    const second = await open(log);
    expect(log.filter((l) => l.startsWith('rebuilding'))).toEqual([
      `rebuilding the index: corrupt snapshot (checksum mismatch on record ${record})`,
    ]);
    expect(second.ask(QUESTION)).toEqual(answer);
    expect(second.ask('Zqxjkv').results).toEqual([]);

    // The rebuilt snapshot is whole again: the next start loads it without a word.
    const quiet: string[] = [];
    const third = await open(quiet);
    expect(quiet).toEqual([]);
    expect(third.ask(QUESTION)).toEqual(answer);
  });

  it('with an edited quotation is rebuilt once the quotes are first read', async () => {
    const first = await open();
    const quotes = first.quote('Galauskas');
    expect(quotes.quotes.length).toBeGreaterThan(0);
    const record = await tamper(RECORD_KIND.later, (payload) => {
      const at = payload.indexOf('Galauskas');
      if (at >= 0) payload.write('Qqqqqqqqq', at);
      return at >= 0;
    });
    expect(record).toBeGreaterThan(1);

    const log: string[] = [];
    const second = await open(log);
    // Questions are answered before the quotes are read: the start-up does not wait for them.
    expect(second.ask(QUESTION).results.length).toBeGreaterThan(0);
    expect(log).toEqual([]);
    expect(JSON.stringify(second.quote('Galauskas'))).not.toMatch(/Qqqqqqqqq/);
    expect(log).toEqual([
      "rebuilding the index: the snapshot's quotes cannot be read (checksum mismatch on the later record)",
    ]);
    await second.reindex(); // queued after the rebuild
    expect(second.quote('Galauskas')).toEqual(quotes);
    const quiet: string[] = [];
    expect((await open(quiet)).quote('Galauskas')).toEqual(quotes);
    expect(quiet).toEqual([]);
  });

  it('without its checksums is rebuilt too', async () => {
    await open();
    const [name] = await readdir(data);
    const path = join(data, name!);
    const bytes = await readFile(path);
    for (const record of snapshotRecords(bytes)) bytes.writeUInt32LE(0, record.head + 8);
    await writeFile(path, bytes);
    const log: string[] = [];
    await open(log);
    expect(log.filter((l) => l.startsWith('rebuilding'))).toEqual([
      'rebuilding the index: corrupt snapshot (checksum mismatch on record 1)',
    ]);
  });
});
