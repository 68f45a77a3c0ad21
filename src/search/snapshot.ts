import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, read } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import type { FileFingerprint } from '../corpus/types.js';
import { PassageIndex, type ArticleInfo, type IndexedPassage } from './index.js';
import { adoptPostings, postingsOf, type StoredPostings } from './postings.js';
import { gatherTexts, moveTexts, packChunk, unpackChunk } from './snapshot-chunks.js';
import { StoredPassage, TextFile } from './stored-text.js';
import { Vocabulary, type VocabularyJSON } from './vocabulary.js';

/** Bumped whenever the analyser or the layout changes, so old snapshots are rebuilt, not misread. */
export const SNAPSHOT_VERSION = 10;

/** Everything a start-up needs to serve without reading the corpus again. */
export interface SnapshotData<Extra> {
  files: FileFingerprint[];
  /** Article ids each file yielded, for incremental reindex. */
  fileArticles: Record<string, string[]>;
  index: PassageIndex;
  /** Whatever else the engine keeps per snapshot (extracted quotes). */
  extra: Extra;
}

// The snapshot is a first line naming its version, then records: a 12-byte head (kind, payload
// length, CRC-32 of the payload; little-endian) and the payload. The header and the extra are JSON.
// Passages come in chunks of two records (see snapshot-chunks.ts): their numbers, read straight
// into memory, and their texts, which are checked but left in the file until a passage's text is
// asked for (see stored-text.ts). The term lists candidate search walks follow, as they were
// derived (postings.ts). The last record repeats the count, so a cut-off file is
// recognised rather than half loaded. A checksum mismatch anywhere rejects the snapshot: an edited
// passage or scrambled term ids are found, not served (CRC-32 finds corruption and hand edits at a
// third of SHA-256's cost; anyone able to write the data folder could rewrite any checksum anyway).
interface HeaderRecord {
  version: number;
  passages: number;
  files: FileFingerprint[];
  fileArticles: Record<string, string[]>;
  articles: ArticleInfo[];
  vocabulary: VocabularyJSON;
}

const enum Kind {
  Header = 1,
  Passages = 2,
  Texts = 3,
  Extra = 4,
  End = 5,
  /** The term lists (postings.ts): the count of starts, the starts, then the passage numbers. */
  Postings = 6,
  /** The occurrences that go with the passage numbers, 16 bits each. */
  Counts = 7,
}

// Passages per chunk: each of a chunk's two records is some 0.5-0.8 MB.
const CHUNK = 1000;
const HEAD_BYTES = 12;
const HEADER = /^\{"version":(\d+)[,}]/;
const FIRST_LINE = `{"version":${SNAPSHOT_VERSION}}\n`;

/** Write the snapshot atomically: a temp file beside it, synced, then renamed over the old one. */
export async function saveSnapshot<Extra>(path: string, data: SnapshotData<Extra>): Promise<void> {
  if (endianness() !== 'LE') throw new Error('snapshots are kept on little-endian machines only');
  const entries = [...data.index.passages.values()];
  const articles = [...data.index.articles.values()];
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const moves: ((file: TextFile) => void)[] = [];
    const file = await open(temp, 'w');
    try {
      let position = 0;
      // Offsets of moved texts are counted here, so every write is checked to be whole.
      const write = async (bytes: Uint8Array) => {
        for (let done = 0; done < bytes.length;) {
          done += (await file.write(bytes, done, bytes.length - done, position + done))
            .bytesWritten;
        }
        position += bytes.length;
      };
      const record = async (kind: Kind, ...parts: Uint8Array[]) => {
        await write(recordHead(kind, parts));
        for (const part of parts) await write(part);
      };
      await write(Buffer.from(FIRST_LINE));
      const header: HeaderRecord = {
        version: SNAPSHOT_VERSION,
        passages: entries.length,
        files: data.files,
        fileArticles: data.fileArticles,
        articles,
        vocabulary: data.index.vocabulary.toJSON(),
      };
      await record(Kind.Header, Buffer.from(JSON.stringify(header)));
      const articleNumbers = new Map(articles.map((a, i) => [a.id, i]));
      for (let at = 0; at < entries.length; at += CHUNK) {
        const chunk = entries.slice(at, at + CHUNK);
        const texts = gatherTexts(chunk);
        await record(Kind.Passages, packChunk(chunk, texts, articleNumbers));
        const textsAt = position + HEAD_BYTES;
        await record(Kind.Texts, texts.bytes);
        if (chunk.some((e) => e.passage instanceof StoredPassage)) {
          // Not the bytes: a save would otherwise hold every chunk's text until the rename.
          const { ends, wide } = texts;
          moves.push((saved) => moveTexts(chunk, { ends, wide }, saved, textsAt));
        }
      }
      const { starts, docs, counts } = postingsOf(data.index);
      await record(
        Kind.Postings,
        bytesOf(Uint32Array.of(starts.length)),
        bytesOf(starts),
        bytesOf(docs),
      );
      await record(Kind.Counts, bytesOf(counts));
      await record(Kind.Extra, Buffer.from(JSON.stringify({ extra: data.extra })));
      await record(Kind.End, Buffer.from(JSON.stringify({ end: entries.length })));
      await file.sync();
    } finally {
      await file.close();
    }
    if (moves.length === 0) await rename(temp, path);
    else await renameAndMove(temp, path, moves);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Rename the written snapshot into place, then read the stored passages' texts from it. */
async function renameAndMove(
  temp: string,
  path: string,
  moves: ((file: TextFile) => void)[],
): Promise<void> {
  // Opened before the rename, so it is this file whatever replaces it later.
  const reader = openSync(temp, 'r');
  try {
    await rename(temp, path);
  } catch (err) {
    closeSync(reader);
    throw err;
  }
  // The old file is let go once no passage reads from it.
  const saved = new TextFile(reader, path);
  for (const move of moves) move(saved);
  saved.own();
}

/** The head of a record whose payload is `parts` one after another. */
function recordHead(kind: Kind, parts: Uint8Array[]): Buffer {
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  head.writeUInt32LE(kind, 0);
  head.writeUInt32LE(
    parts.reduce((n, part) => n + part.length, 0),
    4,
  );
  head.writeUInt32LE(
    parts.reduce((crc, part) => crc32(part, crc), 0),
    8,
  );
  return head;
}

const bytesOf = (array: Uint32Array | Uint16Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Read a snapshot: its data, or why it cannot be used (none yet, corrupt, another version). */
export async function loadSnapshot<Extra>(
  path: string,
): Promise<{ data: SnapshotData<Extra> } | { problem: string }> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { problem: 'no snapshot yet' };
  }
  // One descriptor for the version check, the read and the passages' texts afterwards: a snapshot
  // renamed into place meanwhile is not half read. A rejected one leaves no descriptor open.
  let kept = false;
  try {
    const first = Buffer.alloc(64);
    const { bytesRead } = await readAsync(fd, first, 0, 64, 0);
    // Checked on the first bytes, so a snapshot of an older layout is not read whole to learn it.
    const version = HEADER.exec(first.toString('latin1', 0, bytesRead))?.[1];
    if (version === undefined) return { problem: 'corrupt snapshot (no header)' };
    if (Number(version) !== SNAPSHOT_VERSION) return { problem: `snapshot version ${version}` };
    if (endianness() !== 'LE') return { problem: 'snapshot of a little-endian machine' };
    try {
      const texts = new TextFile(fd, path);
      const data = await readRecords<Extra>(fd, texts, fstatSync(fd).size);
      texts.own();
      kept = true;
      return { data };
    } catch (err) {
      return { problem: `corrupt snapshot (${(err as Error).message})` };
    }
  } catch (err) {
    // Not readable at all (a folder in its place, an I/O error): rebuilt like a corrupt one.
    return { problem: `unreadable snapshot (${(err as Error).message})` };
  } finally {
    if (!kept) closeSync(fd);
  }
}
const readAsync = promisify(read);

/** The `length` bytes at `position` of `fd` into `into`, or an error when the file ends first. */
async function readFully(fd: number, into: Uint8Array, length: number, position: number) {
  for (let done = 0; done < length;) {
    const { bytesRead } = await readAsync(fd, into, done, length - done, position + done);
    if (bytesRead === 0) throw new Error('cut off');
    done += bytesRead;
  }
}

/** A record as read: its kind, where its payload lies, the payload, and where the next begins. */
interface ReadRecord {
  kind: Kind;
  at: number;
  length: number;
  payload: Uint8Array;
  end: number;
}

/**
 * The record at `position`, its checksum verified, or undefined at the end of the file. The
 * passages' numbers and the term lists get memory of their own (views into it are kept); other
 * payloads are read into `buffers[turn]`, grown for a record longer than itself.
 */
async function readRecord(
  fd: number,
  position: number,
  size: number,
  number: number,
  buffers: Buffer[],
  turn: number,
): Promise<ReadRecord | undefined> {
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  const { bytesRead } = await readAsync(fd, head, 0, HEAD_BYTES, position);
  if (bytesRead === 0) return undefined;
  if (bytesRead < HEAD_BYTES) throw new Error('cut off');
  const kind = head.readUInt32LE(0) as Kind;
  const length = head.readUInt32LE(4);
  const at = position + HEAD_BYTES;
  // Checked before anything is allocated for it: a damaged length can be gigabytes.
  if (at + length > size) throw new Error('cut off');
  let payload: Uint8Array;
  if (kind === Kind.Passages || kind === Kind.Postings || kind === Kind.Counts) {
    if (length % 4 !== 0 && kind !== Kind.Counts) throw new Error(`bad length of record ${number}`);
    payload = new Uint8Array(length);
  } else {
    if (buffers[turn]!.length < length) {
      buffers[turn] = Buffer.allocUnsafe(Math.max(length, buffers[turn]!.length * 2));
    }
    payload = buffers[turn]!.subarray(0, length);
  }
  await readFully(fd, payload, length, at);
  if (crc32(payload) !== head.readUInt32LE(8)) {
    throw new Error(`checksum mismatch on record ${number}`);
  }
  return { kind, at, length, payload, end: at + length };
}

async function readRecords<Extra>(
  fd: number,
  texts: TextFile,
  size: number,
): Promise<SnapshotData<Extra>> {
  let header: HeaderRecord | undefined;
  let articleIds: string[] = [];
  const passages = new Map<string, IndexedPassage>();
  let numbers: Uint32Array | undefined; // of the chunk whose texts come next
  let lists: Omit<StoredPostings, 'counts'> | undefined;
  let counts: Uint16Array | undefined;
  let extra: { extra: Extra } | undefined;
  let ended = false;
  // The next record is read while this one is worked on (its checksum, its passages), so the disk
  // and the processor are busy at once; two buffers take turns for the records read to be let go.
  const scratch = [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)];
  const readAt = (position: number, number: number) => {
    const record = readRecord(fd, position, size, number, scratch, number % 2);
    record.catch(() => undefined); // awaited in turn below, unless an earlier record failed
    return record;
  };
  let next = readAt(FIRST_LINE.length, 1);
  try {
    for (let number = 1; ; number++) {
      const record = await next;
      if (!record) break;
      if (ended) throw new Error('data after the end');
      next = readAt(record.end, number + 1);
      const { kind, at, length, payload } = record;
      if (!header) {
        if (kind !== Kind.Header) throw new Error('no header record');
        header = headerOf(parseJson(payload));
        if (header.version !== SNAPSHOT_VERSION)
          throw new Error('header does not match its version');
        articleIds = header.articles.map((a) => a.id);
      } else if (kind === Kind.Passages && !numbers) {
        numbers = new Uint32Array(payload.buffer);
      } else if (kind === Kind.Texts && numbers) {
        for (const entry of unpackChunk(numbers, articleIds, texts, at, length)) {
          if (passages.has(entry.passage.id)) throw new Error(`passage ${entry.passage.id} twice`);
          passages.set(entry.passage.id, entry);
        }
        numbers = undefined;
      } else if (kind === Kind.Postings && !numbers) {
        const all = new Uint32Array(payload.buffer);
        const startsEnd = 1 + (all[0] ?? 0);
        if (startsEnd > all.length) throw new Error('bad term lists');
        lists = { starts: all.subarray(1, startsEnd), docs: all.subarray(startsEnd) };
      } else if (kind === Kind.Counts && !numbers && payload.length % 2 === 0) {
        counts = new Uint16Array(payload.buffer);
      } else if (kind === Kind.Extra && !numbers) {
        extra = extraOf<Extra>(parseJson(payload));
      } else if (
        kind === Kind.End &&
        !numbers &&
        (parseJson(payload) as { end?: number }).end === header.passages
      ) {
        if (passages.size !== header.passages) throw new Error('passage count does not match');
        ended = true;
      } else throw new Error(`unexpected record ${number}`);
    }
  } finally {
    // No read may still be under way when the caller closes the file.
    await next.catch(() => undefined);
  }
  if (!header || !lists || !counts || !extra || !ended) throw new Error('cut off');
  const articles = new Map(header.articles.map((a) => [a.id, a]));
  const vocabulary = Vocabulary.fromJSON(header.vocabulary);
  const index = new PassageIndex(vocabulary, passages, articles);
  adoptPostings(index, { ...lists, counts });
  return { files: header.files, fileArticles: header.fileArticles, index, extra: extra.extra };
}

// The JSON records' outline, checked as they are read: a record whose checksum is right can still
// hold something else (written by hand, or by another program). What is inside is checked where
// it is used (the vocabulary, the term lists against the index). By hand, not with a schema
// library: walking the header's 58k-term vocabulary that way took 63 ms of a start-up.
function headerOf(value: unknown): HeaderRecord {
  const h = (value ?? {}) as Partial<HeaderRecord>;
  const fits =
    typeof h.version === 'number' &&
    Number.isInteger(h.passages) &&
    h.passages! >= 0 &&
    Array.isArray(h.files) &&
    typeof h.fileArticles === 'object' &&
    h.fileArticles !== null &&
    Array.isArray(h.articles) &&
    h.articles.every((a) => typeof a?.id === 'string' && typeof a.paragraphs === 'number') &&
    Array.isArray(h.vocabulary?.terms) &&
    Array.isArray(h.vocabulary.df);
  if (!fits) throw new Error('header record of another shape');
  return h as HeaderRecord;
}

function extraOf<Extra>(value: unknown): { extra: Extra } {
  if (typeof value !== 'object' || value === null || !('extra' in value)) {
    throw new Error('extra record of another shape');
  }
  return value as { extra: Extra };
}

function parseJson(bytes: Uint8Array): unknown {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
}
