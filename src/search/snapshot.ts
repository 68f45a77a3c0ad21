import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { FileFingerprint } from '../corpus/types.js';
import { PassageIndex, type ArticleInfo, type IndexedPassage } from './index.js';
import type { Passage } from './passages.js';
import { Vocabulary, type VocabularyJSON } from './vocabulary.js';

/** Bumped whenever the analyser or the layout changes, so old snapshots are rebuilt, not misread. */
export const SNAPSHOT_VERSION = 8;

/** Everything a start-up needs to serve without reading the corpus again. */
export interface SnapshotData<Extra> {
  files: FileFingerprint[];
  /** Article ids each file yielded, for incremental reindex. */
  fileArticles: Record<string, string[]>;
  index: PassageIndex;
  /** Whatever else the engine keeps per snapshot (extracted quotes). */
  extra: Extra;
}

// The snapshot is a file of JSON lines, read and written a line at a time so that neither end ever
// holds the whole file as one string (at 100k passages that string alone was 120 MB, and parsing
// it more than doubled a start-up's peak memory). The first line says what follows; passages come
// in chunks with their term ids packed; the last line repeats the count, so a cut-off file is
// recognised rather than half loaded. Each line ends in a tab and the CRC-32 of its JSON, checked
// before the line is parsed: an edited passage or scrambled term ids are found, not served (CRC-32
// finds corruption and hand edits at a third of SHA-256's cost; anyone able to write the data folder
// could rewrite any checksum anyway).
interface HeaderLine {
  version: number;
  passages: number;
  files: FileFingerprint[];
  fileArticles: Record<string, string[]>;
  articles: ArticleInfo[];
  vocabulary: VocabularyJSON;
}

interface ChunkLine {
  passages: Passage[];
  /** Term ids of every passage, concatenated, base64; offsets say where each passage's run ends. */
  terms: string;
  termEnds: string;
  sentenceEnds: string;
  sentenceRuns: string;
}

// Passages per line: about 75 KB of JSON, so that a line read back is a string V8 allocates among
// its young objects, not a large object of its own with fresh pages from the system.
const CHUNK = 100;
const HEADER = /^\{"version":(\d+),/;

/** Write the snapshot atomically: a temp file beside it, synced, then renamed over the old one. */
export async function saveSnapshot<Extra>(path: string, data: SnapshotData<Extra>): Promise<void> {
  const entries = [...data.index.passages.values()];
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const file = await open(temp, 'w');
    try {
      const line = (value: unknown) => file.write(lineBytes(value));
      const header: HeaderLine = {
        version: SNAPSHOT_VERSION,
        passages: entries.length,
        files: data.files,
        fileArticles: data.fileArticles,
        articles: [...data.index.articles.values()],
        vocabulary: data.index.vocabulary.toJSON(),
      };
      await line(header);
      for (let at = 0; at < entries.length; at += CHUNK) {
        const chunk = entries.slice(at, at + CHUNK);
        const packed: ChunkLine = {
          passages: chunk.map((e) => e.passage),
          ...packRuns(
            chunk.map((e) => e.terms),
            'terms',
            'termEnds',
          ),
          ...packRuns(
            chunk.map((e) => e.sentenceEnds),
            'sentenceEnds',
            'sentenceRuns',
          ),
        };
        await line(packed);
      }
      await line({ extra: data.extra });
      await line({ end: entries.length });
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Read a snapshot: its data, or why it cannot be used (none yet, corrupt, another version). */
export async function loadSnapshot<Extra>(
  path: string,
): Promise<{ data: SnapshotData<Extra> } | { problem: string }> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch {
    return { problem: 'no snapshot yet' };
  }
  // One handle for the version check and the read, closed whatever happens: a snapshot renamed
  // into place meanwhile is not half read, and a rejected one leaves no descriptor open.
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    // Checked on the first bytes, so a snapshot of an older layout is not parsed whole to learn it.
    const version = HEADER.exec(buffer.toString('utf8', 0, bytesRead))?.[1];
    if (version === undefined) return { problem: 'corrupt snapshot (no header)' };
    if (Number(version) !== SNAPSHOT_VERSION) return { problem: `snapshot version ${version}` };
    try {
      return { data: await readLines<Extra>(fileLines(file)) };
    } catch (err) {
      return { problem: `corrupt snapshot (${(err as Error).message})` };
    }
  } finally {
    await file.close();
  }
}

// Read in large chunks and split on newline bytes: node's readline decodes and splits a line of
// 150 KB piece by piece and took a fifth of a start-up. The checksum is taken on the bytes; a line
// is then decoded as Latin-1 (a copy, one byte per character) and the few strings holding
// anything past ASCII are decoded from UTF-8 after parsing: decoding whole lines as UTF-8 made
// two-byte strings twice their size, each a large object of its own, and took as long again as
// the parse.
const READ_CHUNK = 1 << 20;

/**
 * The lines of `file` as bytes, without their newlines: views into one read buffer that the next
 * read reuses, so each must be used before asking for the next. Fresh memory is what a start-up
 * pays for most (the first touch of a page costs far more than a copy into one), so the buffer
 * is allocated once and grows only for a line longer than itself.
 */
async function* fileLines(file: FileHandle): AsyncGenerator<Buffer> {
  let buffer = Buffer.allocUnsafe(READ_CHUNK);
  let kept = 0; // bytes of an unfinished line at the front of the buffer
  for (let position = 0; ;) {
    if (kept === buffer.length) {
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown);
      buffer = grown;
    }
    const { bytesRead } = await file.read(buffer, kept, buffer.length - kept, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const data = buffer.subarray(0, kept + bytesRead);
    let start = 0;
    for (let end = data.indexOf(10); end >= 0; end = data.indexOf(10, start)) {
      yield data.subarray(start, end);
      start = end + 1;
    }
    kept = data.copy(buffer, 0, start);
  }
  if (kept > 0) yield buffer.subarray(0, kept);
}

async function readLines<Extra>(lines: AsyncIterable<Buffer>): Promise<SnapshotData<Extra>> {
  let header: HeaderLine | undefined;
  const passages = new Map<string, IndexedPassage>();
  let extra: { extra: Extra } | undefined;
  let ended = false;
  let number = 0;
  for await (const bytes of lines) {
    number += 1;
    if (ended) throw new Error('data after the end');
    const json = checkedJson(bytes, number);
    const parsed: unknown = JSON.parse(json);
    const line = (HIGH.test(json) ? fromUtf8Bytes(parsed) : parsed) as Record<string, unknown>;
    if (!header) {
      header = line as unknown as HeaderLine;
      if (header.version !== SNAPSHOT_VERSION) throw new Error('header does not match its version');
    } else if ('passages' in line) addChunk(line as unknown as ChunkLine, passages);
    else if ('extra' in line) extra = line as { extra: Extra };
    else if (line.end === header.passages && passages.size === header.passages) ended = true;
    else throw new Error('passage count does not match');
  }
  if (!header || !extra || !ended) throw new Error('cut off');
  const articles = new Map(header.articles.map((a) => [a.id, a]));
  const vocabulary = Vocabulary.fromJSON(header.vocabulary);
  return {
    files: header.files,
    fileArticles: header.fileArticles,
    index: new PassageIndex(vocabulary, passages, articles),
    extra: extra.extra,
  };
}

const CHECKSUM_CHARS = 8;

/** One snapshot line as UTF-8: the value's JSON, a tab (JSON never holds a raw one), its CRC-32. */
function lineBytes(value: unknown): Buffer {
  const json = JSON.stringify(value);
  const bytes = Buffer.from(`${json}\t${'0'.repeat(CHECKSUM_CHARS)}\n`);
  const length = bytes.length - CHECKSUM_CHARS - 2;
  bytes.write(checksum(bytes.subarray(0, length)), length + 1, 'latin1');
  return bytes;
}

// Text past ASCII read back from a line decoded as Latin-1, one byte per character: each UTF-8
// sequence arrives as characters in 0x80-0xff, none of which JSON treats specially.
const HIGH = /[\x80-\xff]/;
const HIGH_RUN = /[\x80-\xff]+/g;
const PAST_LATIN1 = /[\u0100-\uffff]/;

/** `text` with its UTF-8 bytes held one per character decoded, any other character kept. */
function decodeUtf8(text: string): string {
  if (!HIGH.test(text)) return text;
  // Characters past 0xff came from JSON escapes (lone surrogates): only the byte runs are decoded.
  if (PAST_LATIN1.test(text))
    return text.replace(HIGH_RUN, (run) => Buffer.from(run, 'latin1').toString('utf8'));
  return Buffer.from(text, 'latin1').toString('utf8');
}

/** `value` with every string (and key) decoded from UTF-8 bytes held one per character. */
function fromUtf8Bytes(value: unknown): unknown {
  if (typeof value === 'string') return decodeUtf8(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromUtf8Bytes(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!keys.some((key) => HIGH.test(key))) {
    for (const key of keys) record[key] = fromUtf8Bytes(record[key]);
    return record;
  }
  return Object.fromEntries(keys.map((key) => [decodeUtf8(key), fromUtf8Bytes(record[key])]));
}

/** The JSON of snapshot line `number`, or an error when its checksum is missing or wrong. */
function checkedJson(line: Buffer, number: number): string {
  const tab = line.lastIndexOf(9);
  if (tab < 0) throw new Error(`no checksum on line ${number}`);
  const json = line.subarray(0, tab);
  if (checksum(json) !== line.toString('latin1', tab + 1))
    throw new Error(`checksum mismatch on line ${number}`);
  return json.toString('latin1');
}

function checksum(json: Uint8Array): string {
  return crc32(json).toString(16).padStart(8, '0');
}

function addChunk(chunk: ChunkLine, into: Map<string, IndexedPassage>): void {
  const terms = unpackRuns(chunk.terms, chunk.termEnds);
  const sentences = unpackRuns(chunk.sentenceEnds, chunk.sentenceRuns);
  if (terms.length !== chunk.passages.length || sentences.length !== chunk.passages.length) {
    throw new Error('passage data does not line up');
  }
  chunk.passages.forEach((passage, i) => {
    into.set(passage.id, { passage, terms: terms[i]!, sentenceEnds: sentences[i]! });
  });
}

function packRuns<K1 extends string, K2 extends string>(
  runs: Uint32Array[],
  dataKey: K1,
  endsKey: K2,
): Record<K1 | K2, string> {
  const total = runs.reduce((n, r) => n + r.length, 0);
  const all = new Uint32Array(total);
  const ends = new Uint32Array(runs.length);
  let at = 0;
  runs.forEach((run, i) => {
    all.set(run, at);
    at += run.length;
    ends[i] = at;
  });
  return { [dataKey]: toBase64(all), [endsKey]: toBase64(ends) } as Record<K1 | K2, string>;
}

function unpackRuns(data: string, endsData: string): Uint32Array[] {
  const all = fromBase64(data);
  const ends = fromBase64(endsData);
  const runs: Uint32Array[] = [];
  let start = 0;
  for (const end of ends) {
    if (end < start || end > all.length) throw new Error('bad run offsets');
    runs.push(all.subarray(start, end));
    start = end;
  }
  return runs;
}

function toBase64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const length = Buffer.byteLength(text, 'base64');
  if (length % 4 !== 0) throw new Error('truncated array');
  // Decoded straight into an array of its own (aligned, as Uint32Array needs), with no copy.
  const array = new Uint32Array(length / 4);
  Buffer.from(array.buffer).write(text, 'base64');
  return array;
}
