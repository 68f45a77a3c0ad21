import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { PassageIndex } from '../../src/search/index.js';
import { loadSnapshot, saveSnapshot, SNAPSHOT_VERSION } from '../../src/search/snapshot.js';
import { StoredPassage } from '../../src/search/stored-text.js';
import { RECORD_KIND, snapshotRecords } from '../helpers/snapshot-records.js';

let seeds: Article[];
let dir: string;
let path: string;

beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).articles;
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-snapshot-'));
  path = join(dir, 'snapshot.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Enough passages for many chunk lines (200 passages each): the seeds repeated under new ids.
function manyArticles(times: number): Article[] {
  return Array.from({ length: times }, (_, r) =>
    seeds.map((a) => ({ ...a, id: `${a.id}~${r}`, file: `${a.file}~${r}` })),
  ).flat();
}

const save = (index: PassageIndex, extra: unknown = { note: 'kept' }, later?: unknown) =>
  saveSnapshot(path, { files: [], fileArticles: { 'a.md': ['a'] }, index, extra, later });

describe('snapshot', () => {
  it('round-trips an index over several chunks: same passages, same answers', async () => {
    const index = PassageIndex.build(manyArticles(120));
    expect(index.passages.size).toBeGreaterThan(4000);
    await save(index);
    const records = snapshotRecords(await readFile(path));
    expect(records.filter((r) => r.kind === RECORD_KIND.texts).length).toBeGreaterThan(4);

    const loaded = await loadSnapshot<{ note: string }>(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    const copy = loaded.data.index;
    expect(loaded.data.extra).toEqual({ note: 'kept' });
    expect(loaded.data.fileArticles).toEqual({ 'a.md': ['a'] });
    expect([...copy.passages.keys()]).toEqual([...index.passages.keys()]);
    for (const [id, entry] of index.passages) {
      const other = copy.passages.get(id)!;
      expect(other.passage).toBeInstanceOf(StoredPassage);
      expect(plain(other.passage)).toEqual(entry.passage);
      expect(Array.from(other.terms)).toEqual(Array.from(entry.terms));
      expect(Array.from(other.sentenceEnds)).toEqual(Array.from(entry.sentenceEnds));
    }
    const question = 'What did Putin and Xi drink in the pavilion?';
    expect(answerQuestion(copy, question)).toEqual(answerQuestion(index, question));
  });

  it('keeps text past ASCII exactly, in names and keys too, and lines longer than a read', async () => {
    // The second article's text holds a lone surrogate, which only UTF-16 keeps.
    const text = 'Zoë said “déjà vu” in 北京 🐉 — twice, in a sentence long enough to stand alone.';
    const lone = `A lone \ud800 surrogate, kept as it was, in a sentence that is long enough too.`;
    const [article] = seeds;
    const index = PassageIndex.build([
      {
        ...article!,
        id: 'café-ü.md',
        file: 'café-ü.md',
        title: 'Über 北京',
        paragraphs: [text],
      },
      { ...article!, id: 'lone.md', file: 'lone.md', paragraphs: [lone] },
    ]);
    // An extra line of more than 1 MB spans several of the reader's blocks; a lone surrogate
    // (JSON escapes it) and keys past ASCII come back as they were.
    const long = `${'ü'.repeat(3 << 20)} \ud800 end`;
    const keyed = { 'café-ü.md': ['Ærø'], plain: 'ascii' };
    await save(index, { long, keyed });

    const loaded = await loadSnapshot<{ long: string; keyed: typeof keyed }>(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    const [entry, second] = [...loaded.data.index.passages.values()];
    expect(entry!.passage.text).toBe(text);
    expect(second!.passage.text).toBe(lone);
    expect(entry!.passage.articleId).toBe('café-ü.md');
    expect(loaded.data.index.articles.get('café-ü.md')?.title).toBe('Über 北京');
    expect(loaded.data.extra.long).toBe(long);
    expect(loaded.data.extra.keyed).toEqual(keyed);
  });

  it('leaves texts in the file, and reads them from the newest snapshot once it is written', async () => {
    const index = PassageIndex.build(seeds);
    await save(index);
    const loaded = await loadSnapshot(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    const stored = [...loaded.data.index.passages.values()].map((e) => e.passage as StoredPassage);
    const before = stored.map((p) => p.place!.file);
    // Written again over itself, as the engine does after an add: the texts move to the new file.
    await saveSnapshot(path, { ...loaded.data, extra: { note: 'again' } });
    expect(stored.every((p, i) => p.place!.file !== before[i])).toBe(true);
    // Written elsewhere and that file removed: an open file is still read.
    const elsewhere = join(dir, 'elsewhere.json');
    await saveSnapshot(elsewhere, { ...loaded.data, extra: null });
    await rm(elsewhere);
    await writeFile(path, 'overwritten');
    for (const [id, entry] of index.passages) {
      expect(loaded.data.index.passages.get(id)!.passage.text).toBe(entry.passage.text);
    }
  });

  it('writes stored and new passages of one chunk back exactly', async () => {
    const [first, ...rest] = seeds;
    await save(PassageIndex.build(rest));
    const loaded = await loadSnapshot(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    // Stored texts with a new article's among them, and one taken out between them.
    const index = loaded.data.index.clone();
    index.add([first!]);
    index.remove([rest[1]!.id]);
    const expected = new Map([...index.passages].map(([id, e]) => [id, e.passage.text]));
    await save(index);
    const again = await loadSnapshot(path);
    if (!('data' in again)) throw new Error(again.problem);
    const texts = new Map([...again.data.index.passages].map(([id, e]) => [id, e.passage.text]));
    expect(texts).toEqual(expected);
  });

  it('reports a folder where the snapshot should be as unreadable, without throwing', async () => {
    await mkdir(path);
    expect(await loadSnapshot(path)).toEqual({
      problem: expect.stringMatching(/^unreadable snapshot/),
    });
  });

  it('reports a missing file as no snapshot yet', async () => {
    expect(await loadSnapshot(path)).toEqual({ problem: 'no snapshot yet' });
  });

  it('refuses a snapshot of another version without reading it whole', async () => {
    await writeFile(path, `{"version":${SNAPSHOT_VERSION - 1},"passages":1}\n{not json at all`);
    expect(await loadSnapshot(path)).toEqual({
      problem: `snapshot version ${SNAPSHOT_VERSION - 1}`,
    });
  });

  it.each([
    ['garbage', () => 'PK\u0003\u0004 binary junk'],
    ['an empty file', () => ''],
    [
      'a file cut off before its end line',
      (text: string) => text.slice(0, text.lastIndexOf('{"end"')),
    ],
    ['a file cut inside a chunk', (text: string) => text.slice(0, Math.floor(text.length * 0.6))],
    ['a chunk record dropped', (text: string) => dropRecord(text, 2)],
    ['a record longer than the file', (text: string) => withLength(text, 1, 0x7fffffff)],
    ['a chunk twice', (text: string) => repeatRecords(text, 2, 3)],
    ['an extra record of another shape', (text: string) => replaceExtra(text, '{}')],
    ['a line of something else', (text: string) => `${text}{"end":0}\n`],
  ])('reports %s as a corrupt snapshot', async (_, damage) => {
    await save(PassageIndex.build(manyArticles(60)));
    await writeFile(path, damage(await readFile(path, 'latin1')), 'latin1');
    const loaded = await loadSnapshot(path);
    expect(loaded).toEqual({ problem: expect.stringMatching(/^corrupt snapshot/) });
  });
});

describe('a damaged record length', () => {
  it('is refused before anything is allocated for it', async () => {
    await save(PassageIndex.build(seeds));
    const bytes = await readFile(path);
    const postings = snapshotRecords(bytes).find((r) => r.kind === RECORD_KIND.postings)!;
    // A whole number of 32-bit words, so only the length check against the file can refuse it.
    bytes.writeUInt32LE(0x7ffffffc, postings.head + 4);
    await writeFile(path, bytes);
    expect(await loadSnapshot(path)).toEqual({
      problem: `corrupt snapshot (record ${postings.number} runs past the end)`,
    });
  });
});

describe('the later record', () => {
  const later = { quotes: { a: [{ text: 'a quotation “in full”', speaker: 'Ann Example' }] } };

  it('is read, checked and parsed on first use, once', async () => {
    await save(PassageIndex.build(seeds), null, later);
    const loaded = await loadSnapshot(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    const first = loaded.data.readLater();
    expect(first).toEqual(later);
    expect(loaded.data.readLater()).toBe(first);
  });

  it('is not checked on load: a damaged one loads, and fails when first read', async () => {
    await save(PassageIndex.build(seeds), null, later);
    const bytes = await readFile(path);
    const record = snapshotRecords(bytes).find((r) => r.kind === RECORD_KIND.later)!;
    record.payload.write('X', record.payload.indexOf('Ann'));
    await writeFile(path, bytes);
    const loaded = await loadSnapshot(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    expect(loaded.data.index.passages.size).toBe(PassageIndex.build(seeds).passages.size);
    expect(() => loaded.data.readLater()).toThrow('checksum mismatch on the later record');
  });
});

describe('snapshot file handles', () => {
  // Descriptors open on the snapshot (another test's loaded snapshots close theirs when collected).
  const openOn = async (file: string) => {
    const links = await Promise.all(
      (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
    );
    return links.filter((link) => link.startsWith(file)).length;
  };

  it.runIf(existsSync('/proc/self/fd'))('are all closed after rejected loads', async () => {
    await save(PassageIndex.build(seeds));
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    for (let i = 0; i < 20; i++) await loadSnapshot(path);
    await writeFile(path, `{"version":${SNAPSHOT_VERSION},"passages":1}\nnot json\n`);
    for (let i = 0; i < 20; i++) await loadSnapshot(path);
    expect(await openOn(path)).toBe(0);
  });

  it.runIf(existsSync('/proc/self/fd'))(
    'let a replaced snapshot go as soon as its passages moved to the new one or were taken out',
    async () => {
      await save(PassageIndex.build(seeds));
      const loaded = await loadSnapshot(path);
      if (!('data' in loaded)) throw new Error(loaded.problem);
      expect(await openOn(path)).toBe(1);
      // An article taken out (its passages keep their text), then the rest written over it.
      const index = loaded.data.index.clone();
      index.remove([seeds[0]!.id]);
      await save(index);
      // The later record is still to be read from the old file; once it is, the file goes.
      expect(await openOn(path)).toBe(2);
      expect(loaded.data.readLater()).toBeNull();
      expect(await openOn(path)).toBe(1); // the new file only: the old one is closed, not deleted-but-open
      const removed = [...loaded.data.index.passages.values()].find(
        (e) => e.passage.articleId === seeds[0]!.id,
      )!;
      expect(removed.passage.text).toBe(
        PassageIndex.build(seeds).passages.get(removed.passage.id)!.passage.text,
      );
    },
  );

  it('refuses to copy texts from a snapshot changed on disk while in use', async () => {
    await save(PassageIndex.build(seeds));
    const loaded = await loadSnapshot(path);
    if (!('data' in loaded)) throw new Error(loaded.problem);
    // Rewritten in place (as `cp other.json snapshot.json` does): same inode, other bytes.
    const bytes = await readFile(path);
    await writeFile(path, Buffer.concat([bytes, Buffer.from('tail')]));
    const elsewhere = join(dir, 'elsewhere.json');
    await expect(saveSnapshot(elsewhere, { ...loaded.data, extra: null })).rejects.toThrow(
      /changed on disk while in use/,
    );
    expect(existsSync(elsewhere)).toBe(false);
  });
});

function dropRecord(text: string, number: number): string {
  const records = snapshotRecords(Buffer.from(text, 'latin1'));
  const { head, payload } = records[number - 1]!;
  return text.slice(0, head) + text.slice(payload.byteOffset + payload.length);
}

/** `text` with record `number`'s length field set to `length`. */
function withLength(text: string, number: number, length: number): string {
  const bytes = Buffer.from(text, 'latin1');
  bytes.writeUInt32LE(length, snapshotRecords(bytes)[number - 1]!.head + 4);
  return bytes.toString('latin1');
}

/** `text` with records `from` to `to` (numbers) written again right after them. */
function repeatRecords(text: string, from: number, to: number): string {
  const records = snapshotRecords(Buffer.from(text, 'latin1'));
  const start = records[from - 1]!.head;
  const last = records[to - 1]!;
  const end = last.head + 12 + last.payload.length;
  return text.slice(0, end) + text.slice(start, end) + text.slice(end);
}

/** `text` with its extra record's JSON replaced, length and checksum made right. */
function replaceExtra(text: string, json: string): string {
  const records = snapshotRecords(Buffer.from(text, 'latin1'));
  const extra = records.find((r) => r.kind === RECORD_KIND.extra)!;
  const payload = Buffer.from(json);
  const head = Buffer.alloc(12);
  head.writeUInt32LE(extra.kind, 0);
  head.writeUInt32LE(payload.length, 4);
  head.writeUInt32LE(crc32(payload), 8);
  const end = extra.head + 12 + extra.payload.length;
  return (
    text.slice(0, extra.head) + Buffer.concat([head, payload]).toString('latin1') + text.slice(end)
  );
}

const plain = (passage: object): unknown => JSON.parse(JSON.stringify(passage));

describe('snapshot of an empty corpus', () => {
  it('loads again instead of reading as corrupt (an empty record keeps its checksum)', async () => {
    await save(PassageIndex.build([]));
    const loaded = await loadSnapshot(path);
    expect('problem' in loaded ? loaded.problem : 'loaded').toBe('loaded');
  });
});
