import { guildOf } from '../corpus/ids.js';
import { fingerprintKeys, scanRoots, type CorpusRoots } from '../corpus/roots.js';
import type { ScannedFile } from '../corpus/scan.js';
import type { FileFingerprint, SkippedFile } from '../corpus/types.js';
import type { ExtractedQuote, SpeakerRegistry } from '../quotes/index.js';
import { PassageIndex } from '../search/index.js';
import type { ReindexCounts, ReindexReport } from './api.js';
import { NO_COUNTS, sumCounts } from './reindex-counts.js';
import { sharedRegistry } from './guilds.js';
import { analyseFile, type AnalysedFile } from './heavy-work.js';
import { InterruptedError } from './drain.js';
import { WorkerStopped } from './worker-pool.js';

/** Reads one changed file for the index: in this thread, or on a worker thread (worker-pool.ts). */
export type FileReader = (file: ScannedFile) => Promise<AnalysedFile>;

/**
 * `read(file)`, a fault in reading it one skipped file: one article that trips a rule ("left the
 * estate to his son," ending a paragraph once threw in the quotation rules) stopped every command
 * and the console from starting.
 */
async function readContained(read: FileReader, file: ScannedFile): Promise<AnalysedFile> {
  try {
    return await read(file);
  } catch (error) {
    // A shutdown or a stopped worker is no fault of the file: the change fails, nothing is saved.
    if (error instanceof InterruptedError || error instanceof WorkerStopped) throw error;
    const why = error instanceof Error ? error.message : String(error);
    return { skipped: { file: file.file, reason: `${FAULT} ${why})` } };
  }
}

/** How a file skipped for a fault in Footnote is reported; it is read again at the next scan. */
const FAULT = 'could not be read (a fault in Footnote:';

/** Whether a file was skipped for a fault in Footnote rather than for what it holds. */
const faulted = (skip: SkippedFile): boolean => skip.reason.startsWith(FAULT);

/** Everything one version of the corpus serves from; replaced whole, never edited in place. */
export interface EngineState {
  index: PassageIndex;
  files: FileFingerprint[];
  /** Article ids each file yielded. */
  fileArticles: Record<string, string[]>;
  /**
   * Extracted quotations by article id. A function: a state loaded from a snapshot parses them
   * on first use (a tenth of a start-up at ~100k passages), in idle time for a long-running door.
   */
  quotes: () => Record<string, ExtractedQuote[]>;
  /** Files that held no readable article, with why. */
  skipped: SkippedFile[];
  /** The shared corpus's speakers, built on first use. */
  registry: () => SpeakerRegistry;
}

/** A state with no articles: what a build starts from. */
export function emptyState(): EngineState {
  const index = PassageIndex.empty();
  return {
    index,
    files: [],
    fileArticles: {},
    quotes: () => ({}),
    skipped: [],
    registry: sharedRegistry(index.articles, () => ({})),
  };
}

/** A new state and what changed to make it. */
export interface Update {
  state: EngineState;
  report: ReindexReport;
  changed: boolean;
}

/**
 * Bring the state `loading` gives up to date with the corpus on disk: only added, changed and
 * removed files are read; the result is a new state built beside the old one, which keeps serving
 * meanwhile. The corpus is walked while `loading` (a snapshot being read) is still under way.
 */
export async function updateState(
  roots: CorpusRoots,
  loading: EngineState | null | Promise<EngineState | null>,
  read: FileReader = analyseFile,
): Promise<Update> {
  const started = performance.now();
  const scan = await scanRoots(
    roots,
    Promise.resolve(loading).then((p) => p?.files ?? []),
  );
  const previous = await loading;
  const before = new Map((previous?.files ?? []).map((f) => [f.file, f.hash]));
  const now = new Set(scan.files.map((f) => f.file));
  // A file a fault kept out is read again: a fixed build, or a passing fault, may read it.
  const retried = new Set((previous?.skipped ?? []).filter(faulted).map((s) => s.file));
  const changed = scan.files.filter((f) => before.get(f.file) !== f.hash || retried.has(f.file));
  const removed = [...before.keys()].filter((f) => !now.has(f));
  const changedKeys = new Set(changed.map((f) => f.file));
  const keptSkips = (previous?.skipped ?? []).filter(
    (s) => now.has(s.file) && !changedKeys.has(s.file),
  );
  return applyChanges(previous, {
    files: scan.files,
    changed,
    removed,
    scanSkipped: scan.skipped,
    keptSkips,
    started,
    read,
  });
}

/**
 * Bring `previous` up to date for the named files only (a server's /add or /remove): nothing
 * else is walked or hashed. A key whose file is gone is removed.
 */
export async function updateFiles(
  roots: CorpusRoots,
  previous: EngineState,
  keys: string[],
  read: FileReader = analyseFile,
): Promise<Update> {
  const started = performance.now();
  const wanted = new Set(keys);
  const scan = await fingerprintKeys(roots, keys);
  const before = new Map(previous.files.map((f) => [f.file, f.hash]));
  const present = new Set([...scan.files, ...scan.skipped].map((f) => f.file));
  const files = [
    ...previous.files.filter((f) => !wanted.has(f.file)),
    ...scan.files.map(({ file, size, hash }) => ({ file, size, hash })),
  ];
  return applyChanges(previous, {
    files,
    changed: scan.files.filter((f) => before.get(f.file) !== f.hash),
    removed: keys.filter((k) => before.has(k) && !present.has(k)),
    scanSkipped: scan.skipped,
    keptSkips: previous.skipped.filter((s) => !wanted.has(s.file)),
    started,
    read,
  });
}

interface Changes {
  /** Every file the new state holds. */
  files: FileFingerprint[];
  changed: ScannedFile[];
  removed: string[];
  /** Entries the scan refused (unreadable, too large…). */
  scanSkipped: SkippedFile[];
  /** Earlier read failures of files that have not changed since. */
  keptSkips: SkippedFile[];
  started: number;
  read: FileReader;
}

async function applyChanges(previous: EngineState | null, c: Changes): Promise<Update> {
  const skipped: SkippedFile[] = [...c.scanSkipped];
  const fileArticles: Record<string, string[]> = { ...(previous?.fileArticles ?? {}) };
  const oldIds = new Set<string>();
  for (const file of [...c.changed.map((f) => f.file), ...c.removed]) {
    for (const id of previous?.fileArticles[file] ?? []) oldIds.add(id);
  }
  for (const file of c.removed) delete fileArticles[file];
  const files = c.files.map(({ file, size, hash, stamp }) =>
    stamp === undefined ? { file, size, hash } : { file, size, hash, stamp },
  );

  if (previous && c.changed.length === 0 && c.removed.length === 0) {
    const state = { ...previous, files, skipped: [...c.scanSkipped, ...c.keptSkips] };
    const none = new Set<string>();
    return { state, changed: false, report: report(previous, none, none, skipped, c.started) };
  }

  // A server's add or remove leaves the shared corpus, and so its speaker registry, as it was.
  const sharedTouched = [...c.changed.map((f) => f.file), ...c.removed].some(
    (file) => guildOf(file) === undefined,
  );
  const index = previous ? previous.index.clone() : PassageIndex.empty();
  index.remove(oldIds);
  const quotes = { ...previous?.quotes() };
  for (const id of oldIds) delete quotes[id];
  // A file at a time: its articles are indexed and their quotes taken, then let go, so a full
  // build never holds the whole corpus's text twice (as articles and as passages).
  const freshIds = new Set<string>();
  for (const file of c.changed) {
    const read = await readContained(c.read, file);
    if ('skipped' in read) {
      skipped.push(read.skipped);
      fileArticles[file.file] = [];
      continue;
    }
    for (const article of read.articles) {
      await index.addAnalysedInSlices(article);
      quotes[article.info.id] = article.quotes;
      freshIds.add(article.info.id);
    }
    fileArticles[file.file] = read.articles.map((a) => a.info.id);
  }
  const quotesOf = () => quotes;
  const state: EngineState = {
    index,
    files,
    fileArticles,
    quotes: quotesOf,
    skipped: [...skipped, ...c.keptSkips],
    registry:
      previous && !sharedTouched ? previous.registry : sharedRegistry(index.articles, quotesOf),
  };
  return { state, changed: true, report: report(state, freshIds, oldIds, skipped, c.started) };
}

/** `fresh`: the ids the changed files yield now; `old`: those they (and removed files) had. */
function report(
  state: EngineState,
  fresh: Set<string>,
  old: Set<string>,
  skipped: SkippedFile[],
  started: number,
): ReindexReport {
  const { shared, guilds } = countsByGuild(state, fresh, old);
  return {
    ...sumCounts(shared, ...Object.values(guilds)),
    shared,
    guilds,
    skipped: skipped.map((s) => {
      const guild = guildOf(s.file);
      return guild === undefined ? s : { ...s, guild };
    }),
    ms: Math.round(performance.now() - started),
  };
}

/** The changes and sizes of the shared corpus and of each server's additions, in one walk. */
function countsByGuild(
  state: EngineState,
  fresh: Set<string>,
  old: Set<string>,
): { shared: ReindexCounts; guilds: Record<string, ReindexCounts> } {
  const shared = { ...NO_COUNTS };
  const guilds: Record<string, ReindexCounts> = {};
  const of = (id: string): ReindexCounts => {
    const guild = guildOf(id);
    return guild === undefined ? shared : (guilds[guild] ??= { ...NO_COUNTS });
  };
  for (const id of fresh) of(id)[old.has(id) ? 'updated' : 'added']++;
  for (const id of old) if (!fresh.has(id)) of(id).removed++;
  for (const id of state.index.articles.keys()) of(id).articles++;
  for (const { passage } of state.index.passages.values()) of(passage.articleId).passages++;
  for (const c of [shared, ...Object.values(guilds)])
    c.unchanged = c.articles - c.added - c.updated;
  return { shared, guilds };
}
