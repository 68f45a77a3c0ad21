import { readArticles } from '../corpus/index.js';
import { guildOf, scanRoots, type CorpusRoots } from '../corpus/roots.js';
import type { SkippedFile } from '../corpus/types.js';
import type { ReindexReport } from '../answers/types.js';
import { PassageIndex } from '../search/index.js';
import { sharedRegistry } from './scope.js';
import { quotesOf, type EngineState } from './state.js';

/**
 * Bring `previous` up to date with the corpus on disk: only added, changed and removed files are
 * read; the result is a new state built beside the old one, which keeps serving meanwhile.
 */
export async function updateState(
  roots: CorpusRoots,
  previous: EngineState | null,
): Promise<{ state: EngineState; report: ReindexReport; changed: boolean }> {
  const started = performance.now();
  const scan = await scanRoots(roots);
  const before = new Map((previous?.files ?? []).map((f) => [f.file, f.hash]));
  const now = new Set(scan.files.map((f) => f.file));
  const changedFiles = scan.files.filter((f) => before.get(f.file) !== f.hash);
  const removedFiles = [...before.keys()].filter((f) => !now.has(f));

  const skipped: SkippedFile[] = [...scan.skipped];
  const fileArticles: Record<string, string[]> = { ...(previous?.fileArticles ?? {}) };
  const keptSkips = (previous?.skipped ?? []).filter(
    (s) => now.has(s.file) && !changedFiles.some((f) => f.file === s.file),
  );
  const oldIds = new Set<string>();
  for (const file of [...changedFiles.map((f) => f.file), ...removedFiles]) {
    for (const id of previous?.fileArticles[file] ?? []) oldIds.add(id);
  }
  for (const file of removedFiles) delete fileArticles[file];

  const changed = changedFiles.length > 0 || removedFiles.length > 0 || !previous;
  const files = scan.files.map(({ file, size, hash }) => ({ file, size, hash }));
  if (!changed && previous) {
    const state = { ...previous, files, skipped: [...scan.skipped, ...keptSkips] };
    return { state, changed: false, report: report(previous, 0, 0, 0, skipped, started) };
  }

  // A server's add or remove leaves the shared corpus, and so its speaker registry, as it was.
  const sharedTouched = [...changedFiles.map((f) => f.file), ...removedFiles].some(
    (file) => guildOf(file) === undefined,
  );
  const index = previous ? previous.index.clone() : PassageIndex.empty();
  index.remove(oldIds);
  const quotes = { ...(previous?.quotes ?? {}) };
  for (const id of oldIds) delete quotes[id];
  // A file at a time: its articles are indexed and their quotes taken, then let go, so a full
  // build never holds the whole corpus's text twice (as articles and as passages).
  const freshIds = new Set<string>();
  for (const file of changedFiles) {
    const read = await readArticles(file);
    if ('skipped' in read) {
      skipped.push(read.skipped);
      fileArticles[file.file] = [];
      continue;
    }
    index.add(read.articles);
    Object.assign(quotes, quotesOf(read.articles));
    fileArticles[file.file] = read.articles.map((a) => a.id);
    for (const a of read.articles) freshIds.add(a.id);
  }
  const state: EngineState = {
    index,
    files,
    fileArticles,
    quotes,
    skipped: [...skipped, ...keptSkips],
    registry:
      previous && !sharedTouched ? previous.registry : sharedRegistry(index.articles, quotes),
  };
  const updated = [...freshIds].filter((id) => oldIds.has(id)).length;
  const added = freshIds.size - updated;
  const removed = [...oldIds].filter((id) => !freshIds.has(id)).length;
  return { state, changed: true, report: report(state, added, updated, removed, skipped, started) };
}

function report(
  state: EngineState,
  added: number,
  updated: number,
  removed: number,
  skipped: SkippedFile[],
  started: number,
): ReindexReport {
  const articles = state.index.articles.size;
  return {
    added,
    updated,
    removed,
    unchanged: articles - added - updated,
    skipped,
    articles,
    passages: state.index.passages.size,
    ms: Math.round(performance.now() - started),
  };
}
