import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { guildFolder, writeAtomically } from '../additions/store.js';
import { isServerId } from '../corpus/ids.js';
import type { Storage, StoredAddition } from './types.js';

/** What a mirror run changed on disk. */
export interface MirrorReport {
  written: number;
  removed: number;
  unchanged: number;
}

/**
 * Make `folder` (this machine's local GUILDS_DIR) hold exactly the additions of the servers it owns,
 * as the corpus reader expects them: `<folder>/<server>/<name>.md`. A file already holding the
 * same text is left untouched, so the next incremental reindex sees only what changed. Called at
 * start-up (all owned servers) and for each change the feed delivers (`guilds`: that server).
 */
export async function mirrorAdditions(
  storage: Storage,
  folder: string,
  scope: { owns: (guild: string) => boolean; guilds?: string[] },
): Promise<MirrorReport> {
  const wanted = scope.guilds
    ? (await Promise.all(scope.guilds.filter(scope.owns).map((g) => storage.additions(g)))).flat()
    : await storage.allAdditions(scope.owns);
  const byGuild = new Map<string, StoredAddition[]>();
  for (const a of wanted) byGuild.set(a.guild, [...(byGuild.get(a.guild) ?? []), a]);
  const present = scope.guilds ?? (await readdir(folder).catch(() => [] as string[]));
  const guilds = new Set([...byGuild.keys(), ...present.filter(isServerId)]);
  const report: MirrorReport = { written: 0, removed: 0, unchanged: 0 };
  for (const guild of guilds) {
    const dir = guildFolder(folder, guild);
    const keep = scope.owns(guild) ? (byGuild.get(guild) ?? []) : [];
    const names = new Set(keep.map((a) => a.name));
    for (const a of keep) {
      const path = join(dir, a.name);
      const current = await readFile(path, 'utf8').catch(() => undefined);
      if (current === a.markdown) {
        report.unchanged++;
      } else {
        await writeAtomically(path, a.markdown);
        report.written++;
      }
    }
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.startsWith('.') || names.has(name)) continue;
      await rm(join(dir, name), { force: true });
      report.removed++;
    }
  }
  return report;
}
