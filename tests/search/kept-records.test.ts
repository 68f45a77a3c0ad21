import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKept, THREAD_BYTES, type KeptRecord } from '../../src/search/kept-records.js';

let dir: string;
let fd: number | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-kept-'));
});

afterEach(async () => {
  if (fd !== undefined) closeSync(fd);
  fd = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A file of `sizes.length` payloads of random bytes, with where each lies and its CRC. */
async function payloadFile(sizes: number[]) {
  const payloads = sizes.map((size) => randomBytes(size));
  const records: KeptRecord[] = [];
  let at = 5; // not at the start, as in a snapshot
  payloads.forEach((p, i) => {
    records.push({ number: i + 2, at, length: p.length, crc: crc32(p) });
    at += p.length;
  });
  const path = join(dir, 'records');
  await writeFile(path, Buffer.concat([Buffer.from('head\n'), ...payloads]));
  fd = openSync(path, 'r');
  return { fd, records, payloads };
}

describe('kept records', () => {
  it.each([
    ['the reading threads, unchecked', [1000, 4, 300_000], false],
    ['a thread of their own, checked', [THREAD_BYTES - 8, 4, 8], true],
  ])('of a snapshot are read whole by %s', async (_, sizes, checked) => {
    const { fd, records, payloads } = await payloadFile(sizes as number[]);
    const reads = readKept(fd, records);
    expect(reads.checked).toBe(checked);
    for (const [i, r] of records.entries()) {
      const payload = await reads.get(r.number)!;
      expect(payload.length).toBe(payloads[i]!.length);
      expect(crc32(payload)).toBe(r.crc);
    }
    expect(reads.get(1)).toBeUndefined();
    await reads.close();
  });

  it('on their own thread, stop at a bad checksum and name the record', async () => {
    const { fd, records } = await payloadFile([THREAD_BYTES, 16, 16]);
    const bad = records.map((r, i) => (i === 1 ? { ...r, crc: r.crc ^ 1 } : r));
    const reads = readKept(fd, bad);
    await expect(reads.get(2)!).resolves.toHaveLength(THREAD_BYTES);
    await expect(reads.get(3)!).rejects.toThrow('checksum mismatch on record 3');
    await expect(reads.get(4)!).rejects.toThrow('checksum mismatch on record 3');
    await reads.close();
  });

  it('on their own thread, report a file cut short', async () => {
    const { fd, records } = await payloadFile([THREAD_BYTES, 16]);
    const long = records.map((r, i) => (i === 1 ? { ...r, length: r.length + 10 } : r));
    const reads = readKept(fd, long);
    await expect(reads.get(3)!).rejects.toThrow('cut off');
    await reads.close();
  });

  it('can be stopped before they are all read, and then nothing reads the file', async () => {
    const { fd, records } = await payloadFile([THREAD_BYTES, THREAD_BYTES]);
    const reads = readKept(fd, records);
    await reads.close();
    await expect(reads.get(3)!).rejects.toThrow('the snapshot reading thread stopped');
  });
});
