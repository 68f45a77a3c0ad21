import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { guildFolder, writeAtomically } from '../additions/store.js';
import { isServerId } from '../corpus/ids.js';
import type { AdditionInfo, Storage, StoredAddition } from './types.js';

/** What a mirror run changed on disk. */
export interface MirrorReport {
  written: number;
  removed: number;
  unchanged: number;
  /**
   * Files of owned servers that the record has never heard of (`<server>/<name>`), left in place:
   * an installation's additions not yet copied by `npm run migrate-to-postgres`, or a record
   * restored from an older backup. Only the operator can say whether they should go.
   */
  unrecorded: string[];
}

/** What the mirror reads from the record. */
export type MirrorSource = Pick<Storage, 'additions' | 'additionInfos' | 'removedNames'>;

/**
 * Make `folder` (this machine's local GUILDS_DIR) hold the additions of the servers it owns, as
 * the corpus reader expects them: `<folder>/<server>/<name>.md`. Called at start-up (all owned
 * servers) and for each change the feed delivers (`guilds`: that server). A file's name carries
 * its text's fingerprint, so a file already there by that name is kept without reading its text
 * from the record: a restart reads only the additions this machine lacks, and the next
 * incremental reindex sees only what changed.
 *
 * Nothing outside the owned servers' folders is touched: shard processes share one GUILDS_DIR,
 * each owning other servers. Within them, a file is deleted only when the record says that
 * addition was removed; one it has never heard of is kept and reported (`unrecorded`), since the
 * files may be the only copy there is.
 */
export async function mirrorAdditions(
  storage: MirrorSource,
  folder: string,
  scope: { owns: (guild: string) => boolean; guilds?: string[] },
): Promise<MirrorReport> {
  const wanted = scope.guilds
    ? (await Promise.all(scope.guilds.filter(scope.owns).map((g) => storage.additions(g)))).flat()
    : await storage.additionInfos(scope.owns);
  const byGuild = new Map<string, AdditionInfo[]>();
  for (const a of wanted) byGuild.set(a.guild, [...(byGuild.get(a.guild) ?? []), a]);
  const present = scope.guilds ?? (await readdir(folder).catch(() => [] as string[]));
  const owned = present.filter((g) => isServerId(g) && scope.owns(g));
  const guilds = new Set([...byGuild.keys(), ...owned]);
  const report: MirrorReport = { written: 0, removed: 0, unchanged: 0, unrecorded: [] };
  for (const guild of guilds) {
    const dir = guildFolder(folder, guild);
    const keep = byGuild.get(guild) ?? [];
    const names = new Set(keep.map((a) => a.name));
    const here = new Set(await readdir(dir).catch(() => [] as string[]));
    const missing = keep.filter((a) => !here.has(a.name) || 'markdown' in a);
    // The text of what is missing (already at hand when one server's additions were read whole).
    const texts = new Map(
      missing.some((a) => !('markdown' in a))
        ? (await storage.additions(guild)).map((t) => [t.name, t.markdown])
        : [],
    );
    for (const a of missing) {
      const markdown = 'markdown' in a ? (a as StoredAddition).markdown : undefined;
      const text = markdown ?? texts.get(a.name);
      if (text === undefined) continue; // removed since it was listed: the next change says so
      const path = join(dir, a.name);
      if ((await readFile(path, 'utf8').catch(() => undefined)) === text) {
        report.unchanged++;
      } else {
        await writeAtomically(path, text);
        report.written++;
      }
    }
    report.unchanged += keep.length - missing.length;
    const extra = [...here].filter((name) => !name.startsWith('.') && !names.has(name));
    const removed = new Set(extra.length > 0 ? await storage.removedNames(guild, extra) : []);
    for (const name of extra) {
      if (!removed.has(name)) {
        report.unrecorded.push(`${guild}/${name}`);
        continue;
      }
      await rm(join(dir, name), { force: true });
      report.removed++;
    }
  }
  return report;
}
