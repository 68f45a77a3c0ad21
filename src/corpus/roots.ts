import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { scanCorpus, sortByFile, type CorpusScan } from './scan.js';

/**
 * Where articles live: the shared corpus the operator keeps on disk, and optionally a folder of
 * per-server additions laid out as `<guilds>/<server id>/<file>` (what /add writes).
 */
export interface CorpusRoots {
  shared: string;
  guilds?: string;
}

/** File keys (and so article ids) of a server's additions start with this, then the server id. */
export const GUILD_PREFIX = 'guild:';

const SERVER_ID = /^\d{17,20}$/;

/** True when `id` looks like a Discord server id; only such folders are ever read or written. */
export function isServerId(id: string): boolean {
  return SERVER_ID.test(id);
}

/** The corpus key of `name` in a server's additions: `guild:<id>/<name>`. */
export function guildFileKey(guild: string, name: string): string {
  return `${GUILD_PREFIX}${guild}/${name}`;
}

/** The server whose addition an article id or file key belongs to; undefined for the shared corpus. */
export function guildOf(key: string): string | undefined {
  if (!key.startsWith(GUILD_PREFIX)) return undefined;
  const slash = key.indexOf('/', GUILD_PREFIX.length);
  return slash < 0 ? undefined : key.slice(GUILD_PREFIX.length, slash);
}

/** Fingerprint every file of the shared corpus and of every server's additions. */
export async function scanRoots(roots: CorpusRoots): Promise<CorpusScan> {
  const exclude = roots.guilds ? [roots.guilds] : [];
  const shared = await scanCorpus(roots.shared, { exclude });
  if (!roots.guilds) return shared;
  const extra = await scanGuilds(roots.guilds);
  return {
    files: [...shared.files, ...extra.files],
    skipped: sortByFile([...shared.skipped, ...extra.skipped]),
  };
}

async function scanGuilds(dir: string): Promise<CorpusScan> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: CorpusScan = { files: [], skipped: [] };
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    if (!isServerId(name)) {
      out.skipped.push({ file: `${GUILD_PREFIX}${name}`, reason: 'not a server id folder' });
      continue;
    }
    const scan = await scanCorpus(join(dir, name)).catch(() => null);
    if (!scan) continue; // a plain file or an unreadable folder in the additions root
    for (const f of scan.files) out.files.push({ ...f, file: guildFileKey(name, f.file) });
    for (const s of scan.skipped) out.skipped.push({ ...s, file: guildFileKey(name, s.file) });
  }
  return out;
}
