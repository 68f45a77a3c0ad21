import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { FileFingerprint } from '../corpus/types.js';
import { MINI_OPTIONS, PassageIndex, type ArticleInfo, type IndexedPassage } from './index.js';
import type { Passage } from './passages.js';
import { Vocabulary, type VocabularyJSON } from './vocabulary.js';

/** Bumped whenever the analyser or the layout changes, so old snapshots are rebuilt, not misread. */
export const SNAPSHOT_VERSION = 3;

/** Everything a start-up needs to serve without reading the corpus again. */
export interface SnapshotData<Extra> {
  files: FileFingerprint[];
  /** Article ids each file yielded, for incremental reindex. */
  fileArticles: Record<string, string[]>;
  index: PassageIndex;
  /** Whatever else the engine keeps per snapshot (extracted quotes). */
  extra: Extra;
}

interface SnapshotJSON {
  version: number;
  files: FileFingerprint[];
  fileArticles: Record<string, string[]>;
  articles: ArticleInfo[];
  passages: Passage[];
  /** Term ids of every passage, concatenated, base64; offsets say where each passage's run ends. */
  terms: string;
  termEnds: string;
  sentenceEnds: string;
  sentenceRuns: string;
  vocabulary: VocabularyJSON;
  mini: AsPlainObject;
  extra: unknown;
}

/** Write the snapshot atomically: a temp file beside it, then a rename. */
export async function saveSnapshot<Extra>(path: string, data: SnapshotData<Extra>): Promise<void> {
  const entries = [...data.index.passages.values()];
  const json: SnapshotJSON = {
    version: SNAPSHOT_VERSION,
    files: data.files,
    fileArticles: data.fileArticles,
    articles: [...data.index.articles.values()],
    passages: entries.map((e) => e.passage),
    ...packRuns(
      entries.map((e) => e.terms),
      'terms',
      'termEnds',
    ),
    ...packRuns(
      entries.map((e) => e.sentenceEnds),
      'sentenceEnds',
      'sentenceRuns',
    ),
    vocabulary: data.index.vocabulary.toJSON(),
    mini: data.index.mini.toJSON(),
    extra: data.extra,
  } as SnapshotJSON;
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(json));
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Read a snapshot; null when there is none, or it is corrupt or from another version (with why). */
export async function loadSnapshot<Extra>(
  path: string,
): Promise<{ data: SnapshotData<Extra> } | { problem: string }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { problem: 'no snapshot yet' };
  }
  try {
    const json = JSON.parse(raw) as SnapshotJSON;
    if (json.version !== SNAPSHOT_VERSION) return { problem: `snapshot version ${json.version}` };
    return { data: fromJSON<Extra>(json) };
  } catch (err) {
    return { problem: `corrupt snapshot (${(err as Error).message})` };
  }
}

function fromJSON<Extra>(json: SnapshotJSON): SnapshotData<Extra> {
  const terms = unpackRuns(json.terms, json.termEnds);
  const sentences = unpackRuns(json.sentenceEnds, json.sentenceRuns);
  if (terms.length !== json.passages.length || sentences.length !== json.passages.length) {
    throw new Error('passage data does not line up');
  }
  const passages = new Map<string, IndexedPassage>();
  json.passages.forEach((passage, i) => {
    passages.set(passage.id, { passage, terms: terms[i]!, sentenceEnds: sentences[i]! });
  });
  const articles = new Map(json.articles.map((a) => [a.id, a]));
  const mini = MiniSearch.loadJS(json.mini, MINI_OPTIONS);
  const index = new PassageIndex(mini, Vocabulary.fromJSON(json.vocabulary), passages, articles);
  return {
    files: json.files,
    fileArticles: json.fileArticles,
    index,
    extra: json.extra as Extra,
  };
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
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('truncated array');
  // Copy into an aligned buffer: Buffer's pool offsets need not be multiples of 4.
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Uint32Array(aligned.buffer);
}
