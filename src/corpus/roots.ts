import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { guildFileKey, guildOf, isServerId, nameInGuild, strayGuildKey } from './ids.js';
import { describeFsError, readRegularFile } from './read-file.js';
import { scanCorpus, sortByFile, type CorpusScan, type ScannedFile } from './scan.js';
import type { FileFingerprint } from './types.js';

/**
 * Where articles live: the shared corpus the operator keeps on disk, and optionally a folder of
 * per-server additions laid out as `<guilds>/<server id>/<file>` (what /add writes).
 */
export interface CorpusRoots {
  shared: string;
  guilds?: string;
}

/**
 * Fingerprint every file of the shared corpus and of every server's additions; a file unchanged
 * since `known` was taken is not read again.
 */
export async function scanRoots(
  roots: CorpusRoots,
  known: readonly FileFingerprint[] | Promise<readonly FileFingerprint[]> = [],
): Promise<CorpusScan> {
  const exclude = roots.guilds ? [roots.guilds] : [];
  // The walk does not wait for what is known (a snapshot still loading): only the comparison does.
  const byKey = Promise.resolve(known).then((k) => new Map(k.map((f) => [f.file, f])));
  // Awaited below unless the walk fails first or finds no file: never an unhandled rejection.
  byKey.catch(() => undefined);
  const shared = await scanCorpus(roots.shared, {
    exclude,
    known: async (file) => (await byKey).get(file),
  });
  if (!roots.guilds) return shared;
  const extra = await scanGuilds(roots.guilds, await byKey);
  return {
    files: [...shared.files, ...extra.files],
    skipped: sortByFile([...shared.skipped, ...extra.skipped]),
  };
}

/**
 * Fingerprint just the files with these keys (what one /add or /remove touched); a key whose
 * file does not exist is left out of both lists.
 */
export async function fingerprintKeys(roots: CorpusRoots, keys: string[]): Promise<CorpusScan> {
  const out: CorpusScan = { files: [], skipped: [] };
  for (const file of keys) {
    const path = pathOf(roots, file);
    if (!path) continue;
    const exists = await stat(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
    );
    if (!exists) continue;
    const read = await readRegularFile(path);
    if ('reason' in read) out.skipped.push({ file, reason: read.reason });
    else out.files.push({ path, file, size: read.size, hash: read.hash } satisfies ScannedFile);
  }
  return out;
}

/** Where the file with corpus key `file` lives; undefined for a server's key without GUILDS_DIR. */
export function pathOf(roots: CorpusRoots, file: string): string | undefined {
  const guild = guildOf(file);
  if (guild === undefined) return join(roots.shared, file);
  return roots.guilds ? join(roots.guilds, guild, nameInGuild(file)) : undefined;
}

async function scanGuilds(
  dir: string,
  known: ReadonlyMap<string, FileFingerprint>,
): Promise<CorpusScan> {
  const out: CorpusScan = { files: [], skipped: [] };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    // No folder yet is normal before the first /add; anything else is worth a line.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      out.skipped.push({ file: strayGuildKey(''), reason: reasonOf(error) });
    }
    return out;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    if (!isServerId(name)) {
      out.skipped.push({ file: strayGuildKey(name), reason: 'not a server id folder' });
      continue;
    }
    let scan: CorpusScan;
    try {
      scan = await scanCorpus(join(dir, name), {
        known: (file) => known.get(guildFileKey(name, file)),
      });
    } catch (error) {
      // A plain file or an unreadable folder: reported, so a server's additions never vanish silently.
      out.skipped.push({ file: strayGuildKey(name), reason: reasonOf(error) });
      continue;
    }
    for (const f of scan.files) out.files.push({ ...f, file: guildFileKey(name, f.file) });
    for (const s of scan.skipped) out.skipped.push({ ...s, file: guildFileKey(name, s.file) });
  }
  return out;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && 'code' in error)
    return describeFsError(error as NodeJS.ErrnoException);
  return error instanceof Error ? error.message : String(error);
}
