import { readdir, realpath, stat } from 'node:fs/promises';
import { lstatSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { FileFingerprint, SkippedFile } from './types.js';
import { InputError } from '../errors.js';
import { CORPUS_EXTENSIONS, fileKind } from './limits.js';
import { describeFsError, readRegularFile, refuse } from './read-file.js';
import { mapLimit } from './concurrency.js';

/** A corpus file found by a scan: its fingerprint plus where it lives. */
export interface ScannedFile extends FileFingerprint {
  /** Absolute path on disk. */
  path: string;
}

/** Every corpus file under a folder, fingerprinted, and the entries that could not be. */
export interface CorpusScan {
  files: ScannedFile[];
  skipped: SkippedFile[];
}

/** A corpus file found by the walk, not read yet. */
export interface Candidate {
  path: string;
  file: string;
  /** What stat said of it during the walk (see `FileFingerprint.stamp`). */
  stamp?: string;
  changedMs?: number;
}

const HASH_CONCURRENCY = 16;
// The walk looks at entries with synchronous lstat: ~5 µs each here, against ~25 µs of main-thread
// time for each asynchronous call's round trip through the thread pool (2,210 files: 11 ms against
// 30-60 ms). It lets other work run after every so many entries, so a walk of a big corpus while
// the bot serves (a reindex) never holds the event loop for long, even on a slow disk.
const ENTRIES_PER_TURN = 64;

/** What a walk leaves out besides hidden entries. */
export interface WalkOptions {
  /** Folders not to enter (e.g. the servers' additions when they live inside the corpus). */
  exclude?: string[];
}

/** What a scan may already know: the fingerprint a file had last time, by its key. */
export type KnownFiles = (
  file: string,
) => FileFingerprint | undefined | Promise<FileFingerprint | undefined>;

// A file changed less than this before it was hashed may change again within the same tick of a
// coarse clock (some filesystems keep whole seconds): its stamp is not kept, so it is read again.
const QUIET_MS = 2000;

/**
 * Walk `dir` recursively; fingerprint every .txt/.md/.markdown/.html/.htm file (size + sha256).
 * A file whose stamp is the one `known` has for it is not read again: its hash is reused.
 */
export async function scanCorpus(
  dir: string,
  options: WalkOptions & { known?: KnownFiles } = {},
): Promise<CorpusScan> {
  const { candidates, skipped } = await walkCorpus(dir, options);
  const files: ScannedFile[] = [];
  const started = Date.now();
  const reads = await mapLimit(candidates, HASH_CONCURRENCY, async (c) => {
    const before = await options.known?.(c.file);
    if (before?.stamp !== undefined && before.stamp === c.stamp) return before;
    return readRegularFile(c.path, true);
  });
  reads.forEach((read, i) => {
    const { path, file, stamp, changedMs = started } = candidates[i]!;
    if ('reason' in read) skipped.push({ file, reason: read.reason });
    else if (stamp && changedMs < started - QUIET_MS)
      files.push({ path, file, size: read.size, hash: read.hash, stamp });
    else files.push({ path, file, size: read.size, hash: read.hash });
  });
  return { files, skipped: sortByFile(skipped) };
}

/** A file's stamp: its inode, size, modification and change times (see FileFingerprint). */
function stampOf(st: Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The corpus files under `dir` (in path order, not read yet) and the entries refused on sight. */
export async function walkCorpus(
  dir: string,
  options: WalkOptions = {},
): Promise<{ candidates: Candidate[]; skipped: SkippedFile[] }> {
  const root = await corpusRoot(dir);
  const skipped: SkippedFile[] = [];
  const candidates: Candidate[] = [];
  const exclude = new Set<string>();
  for (const path of options.exclude ?? []) exclude.add(await canonicalPath(path));
  const dirs = new Set([root]);
  await walk(root, root, { root, skipped, candidates, dirs, exclude, files: new Map() });
  return { candidates: candidates.sort(byFile), skipped };
}

/** Skipped entries in path order, for stable reports. */
export function sortByFile(skipped: SkippedFile[]): SkippedFile[] {
  return skipped.sort(byFile);
}

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * The real path of `path`, or, for a folder that does not exist yet (the servers' additions
 * before the first /add), its nearest existing ancestor's real path plus the rest: a walk that
 * runs while the folder is being created must still recognise it.
 */
async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await canonicalPath(parent), basename(absolute));
}

async function corpusRoot(dir: string): Promise<string> {
  const st = await stat(dir).catch(() => undefined);
  if (!st) throw new InputError(`Corpus folder not found: ${dir}`);
  if (!st.isDirectory()) throw new InputError(`Corpus path is not a folder: ${dir}`);
  return realpath(dir);
}

interface Walk {
  root: string;
  skipped: SkippedFile[];
  candidates: Candidate[];
  /** Real paths of folders already entered: a folder reached twice is a loop or a duplicate. */
  dirs: Set<string>;
  exclude: Set<string>;
  /** Real path -> the candidate taken for it, so a symlinked file is not indexed twice. */
  files: Map<string, { index: number; link: boolean }>;
}

async function walk(dir: string, realDir: string, state: Walk): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    state.skipped.push({
      file: rel(state, dir) || '.',
      reason: `folder ${describeFsError(error as NodeJS.ErrnoException)}`,
    });
    return;
  }
  // Hidden entries (.git, .DS_Store, editor swap files) are never corpus content. The results are
  // sorted once the walk is done.
  const visible = names.filter((n) => !n.startsWith('.'));
  for (let i = 0; i < visible.length; i++) {
    if (i > 0 && i % ENTRIES_PER_TURN === 0) await new Promise(setImmediate);
    const name = visible[i]!;
    await visit(join(dir, name), join(realDir, name), state);
  }
}

/** `real` is the entry's real path unless the entry itself is a symlink. */
async function visit(path: string, real: string, state: Walk): Promise<void> {
  const file = rel(state, path);
  const skip = (reason: string): void => void state.skipped.push({ file, reason });
  let st: Stats;
  let link = false;
  try {
    st = lstatSync(path);
    link = st.isSymbolicLink();
    if (link) st = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return skip(
      code === 'ENOENT'
        ? 'broken symlink (its target does not exist)'
        : describeFsError(error as NodeJS.ErrnoException),
    );
  }
  if (st.isDirectory()) return enterFolder(path, state, skip);
  const kind = fileKind(path);
  if (!kind)
    return skip(`not a corpus file type; the corpus reads ${CORPUS_EXTENSIONS.join(', ')}`);
  const refused = refuse(st);
  if (refused) return skip(refused);
  const target = link ? await realpath(path).catch(() => path) : real;
  takeFile(state, { path, file, stamp: stampOf(st), changedMs: st.ctimeMs }, target, link);
}

/** Keep one candidate per real file, preferring the file itself over a symlink to it. */
function takeFile(state: Walk, candidate: Candidate, real: string, link: boolean): void {
  const taken = state.files.get(real);
  if (!taken) {
    state.files.set(real, { index: state.candidates.push(candidate) - 1, link });
    return;
  }
  const kept = state.candidates[taken.index]!;
  // The choice must not depend on the order in which the walk met the two entries.
  const better = taken.link !== link ? !link : candidate.file < kept.file;
  const [keep, drop] = better ? [candidate, kept] : [kept, candidate];
  state.candidates[taken.index] = keep;
  state.files.set(real, { index: taken.index, link: taken.link && link });
  state.skipped.push({
    file: drop.file,
    reason: `duplicate: a symlink to ${keep.file}, which is already in the corpus`,
  });
}

async function enterFolder(
  path: string,
  state: Walk,
  skip: (reason: string) => void,
): Promise<void> {
  const real = await realpath(path).catch(() => undefined);
  if (!real) return skip('folder could not be resolved');
  if (state.exclude.has(real) || state.exclude.has(path)) return;
  if (state.dirs.has(real)) {
    const parent = await realpath(dirname(path));
    const loop = parent === real || parent.startsWith(real + sep);
    return skip(
      loop
        ? 'symlink loop (points back to a folder that contains it)'
        : 'duplicate folder: a symlink to a folder already in the corpus',
    );
  }
  state.dirs.add(real);
  await walk(path, real, state);
}

/** Corpus-relative path with forward slashes, as articles and fingerprints store it. */
function rel(state: Walk, path: string): string {
  return relative(state.root, path).split(sep).join('/');
}
