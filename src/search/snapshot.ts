import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { FileFingerprint } from '../corpus/types.js';
import { PassageIndex, type ArticleInfo, type IndexedPassage } from './index.js';
import { readKept, type KeptReads } from './kept-records.js';
import { adoptPostings, mergedLists, postingsOf, type StoredPostings } from './postings.js';
import { gatherTexts, moveTexts, packChunk, unpackChunk } from './snapshot-chunks.js';
import { readWhole, roomFor, StoredPassage, TextFile } from './stored-text.js';
import { Vocabulary, type VocabularyJSON } from './vocabulary.js';

/**
 * Bumped whenever the analyser or the layout changes, so old snapshots are rebuilt, not misread.
 * The quote rules are the analyser too: a snapshot keeps each article's quotations, and an
 * unchanged file is never read again (tests/search/analysis-version.test.ts asks for the bump).
 */
export const SNAPSHOT_VERSION = 297;

/** Everything a start-up needs to serve without reading the corpus again. */
export interface SnapshotData<Extra> {
  files: FileFingerprint[];
  /** Article ids each file yielded, for incremental reindex. */
  fileArticles: Record<string, string[]>;
  index: PassageIndex;
  /** Whatever else the engine keeps per snapshot (the files it skipped). */
  extra: Extra;
  /** What a start-up need not wait for (the extracted quotes): written like the extra. */
  later?: unknown;
}

/** A snapshot as loaded: its `later` is parsed when `readLater` is first called. */
export interface LoadedSnapshot<Extra> extends Omit<SnapshotData<Extra>, 'later'> {
  /** The saved `later` (null when there was none); throws when its record does not parse. */
  readLater: () => unknown;
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
  /** JSON like the extra, left in the file until first used (SnapshotData.later). */
  Later = 8,
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
      const { starts, docs, counts } = mergedLists(postingsOf(data.index));
      await record(
        Kind.Postings,
        bytesOf(Uint32Array.of(starts.length)),
        bytesOf(starts),
        bytesOf(docs),
      );
      await record(Kind.Counts, bytesOf(counts));
      await record(Kind.Extra, Buffer.from(JSON.stringify({ extra: data.extra })));
      await record(Kind.Later, Buffer.from(JSON.stringify({ later: data.later ?? null })));
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
    // An empty part is skipped: Node 20's crc32 of an empty view over an empty buffer returns 0,
    // not the running value, so an empty corpus's snapshot read as corrupt at every start.
    parts.reduce((crc, part) => (part.length === 0 ? crc : crc32(part, crc)), 0),
    8,
  );
  return head;
}

const bytesOf = (array: Uint32Array | Uint16Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Read a snapshot: its data, or why it cannot be used (none yet, corrupt, another version). */
export async function loadSnapshot<Extra>(
  path: string,
): Promise<{ data: LoadedSnapshot<Extra> } | { problem: string }> {
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
    const bytesRead = readSync(fd, first, 0, 64, 0);
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
/** A record's head as found in the file: its number (the header is 1), kind, payload and checksum. */
interface RecordHead {
  number: number;
  kind: Kind;
  /** Where the payload begins. */
  at: number;
  length: number;
  crc: number;
}

/** The heads of every record in the file, walked before any payload is read. */
function recordHeads(fd: number, size: number): RecordHead[] {
  const heads: RecordHead[] = [];
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  for (let position = FIRST_LINE.length; position < size;) {
    if (readSync(fd, head, 0, HEAD_BYTES, position) < HEAD_BYTES) throw new Error('cut off');
    const kind = head.readUInt32LE(0) as Kind;
    const length = head.readUInt32LE(4);
    const at = position + HEAD_BYTES;
    // Checked before anything is allocated for it: a damaged length can be gigabytes.
    if (at + length > size) throw new Error(`record ${heads.length + 1} runs past the end`);
    const words = kind === Kind.Passages || kind === Kind.Postings;
    if (words && length % 4 !== 0) throw new Error(`bad length of record ${heads.length + 1}`);
    heads.push({ number: heads.length + 1, kind, at, length, crc: head.readUInt32LE(8) });
    position = at + length;
  }
  return heads;
}

const EMPTY = new Uint8Array(0);

/** Records whose payload is kept in memory (views into it are kept): read into memory of their own. */
const isKept = (kind: Kind) =>
  kind === Kind.Passages || kind === Kind.Postings || kind === Kind.Counts;

/**
 * The payload of record `head`, its checksum verified. Records not kept (texts, JSON) are read
 * into `scratch` (grown for a longer one) straight away: from the page cache into memory already
 * touched, a synchronous read is cheaper than a round trip through the reading threads.
 */
async function payloadOf(
  fd: number,
  head: RecordHead,
  kept: KeptReads,
  scratch: { buffer: Buffer },
): Promise<Uint8Array> {
  let payload: Uint8Array;
  const read = kept.get(head.number);
  if (read) {
    payload = await read;
    if (kept.checked) return payload;
  } else {
    scratch.buffer = roomFor(scratch.buffer, head.length);
    payload = scratch.buffer.subarray(0, head.length);
    if (!readWhole(fd, payload, 0, head.at, head.length)) throw new Error('cut off');
  }
  if (crc32(payload) !== head.crc) throw new Error(`checksum mismatch on record ${head.number}`);
  return payload;
}

async function readRecords<Extra>(
  fd: number,
  texts: TextFile,
  size: number,
): Promise<LoadedSnapshot<Extra>> {
  let header: HeaderRecord | undefined;
  let articleIds: string[] = [];
  const passages = new Map<string, IndexedPassage>();
  let numbers: Uint32Array | undefined; // of the chunk whose texts come next
  let lists: Omit<StoredPostings, 'counts'> | undefined;
  let counts: Uint16Array | undefined;
  let extra: { extra: Extra } | undefined;
  let later: RecordHead | undefined;
  let ended = false;
  const heads = recordHeads(fd, size);
  const kept = readKept(
    fd,
    heads.filter((h) => isKept(h.kind)),
  );
  const scratch = { buffer: Buffer.allocUnsafe(1 << 20) };
  try {
    for (const head of heads) {
      const { number, kind, at, length } = head;
      if (ended) throw new Error('data after the end');
      // Read, checked and parsed when first asked for (see laterOf), so not read here at all.
      const payload = kind === Kind.Later ? EMPTY : await payloadOf(fd, head, kept, scratch);
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
      } else if (kind === Kind.Later && !numbers && !later) {
        later = head;
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
    await kept.close();
  }
  if (!header || !lists || !counts || !extra || !later || !ended) throw new Error('cut off');
  const articles = new Map(header.articles.map((a) => [a.id, a]));
  const vocabulary = Vocabulary.fromJSON(header.vocabulary);
  const index = new PassageIndex(vocabulary, passages, articles);
  adoptPostings(index, { ...lists, counts });
  const { files, fileArticles } = header;
  return { files, fileArticles, index, extra: extra.extra, readLater: laterOf(texts, later) };
}

/**
 * Read, check and parse the later record the first time it is asked for. The file stays open
 * for it until then (a snapshot saved meanwhile replaces this one's path, not its descriptor).
 */
function laterOf(file: TextFile, record: RecordHead) {
  file.use();
  let pending = true;
  let value: unknown;
  return (): unknown => {
    if (!pending) return value;
    file.checkUnchanged();
    const bytes = Buffer.allocUnsafe(record.length);
    file.readInto(bytes, 0, record.at, record.length);
    if (crc32(bytes) !== record.crc) throw new Error('checksum mismatch on the later record');
    const parsed = parseJson(bytes);
    if (typeof parsed !== 'object' || parsed === null || !('later' in parsed)) {
      throw new Error('later record of another shape');
    }
    value = parsed.later;
    pending = false;
    file.release();
    return value;
  };
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
