import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { alive } from '../storage/file-lock.js';

/** An `.adding-<hex>.tmp` (the older naming, without a pid) this old was left by a stopped process. */
const STALE_ADD_MS = 10 * 60_000;

/**
 * Remove temporary files of our own naming that a killed process left behind: snapshot temps
 * (`<snapshot>.<pid>.<random>.tmp`) and additions' temps (`.adding-<pid>-<random>.tmp`) whose
 * process is gone, and older `.adding-<random>.tmp` files past ten minutes. Returns how many bytes
 * were freed.
 */
export async function removeOrphans(snapshotPath: string, guildsDir?: string): Promise<number> {
  let freed = 0;
  const remove = async (path: string): Promise<void> => {
    const size = await stat(path).then(
      (s) => s.size,
      () => 0,
    );
    await rm(path, { force: true });
    freed += size;
  };
  const prefix = `${basename(snapshotPath)}.`;
  for (const name of await readdir(dirname(snapshotPath)).catch(() => [])) {
    const pid = /^\.?(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (name.startsWith(prefix) && pid && !alive(Number(pid))) {
      await remove(join(dirname(snapshotPath), name));
    }
  }
  if (guildsDir) {
    for (const guild of await readdir(guildsDir).catch(() => [])) {
      const folder = join(guildsDir, guild);
      for (const name of await readdir(folder).catch(() => [])) {
        const path = join(folder, name);
        const pid = /^\.adding-(\d+)-[0-9a-f]+\.tmp$/.exec(name)?.[1];
        if (pid) {
          if (!alive(Number(pid))) await remove(path);
          continue;
        }
        if (!/^\.adding-[0-9a-f]+\.tmp$/.test(name)) continue;
        const age =
          Date.now() -
          (await stat(path).then(
            (s) => s.mtimeMs,
            () => Date.now(),
          ));
        if (age > STALE_ADD_MS) await remove(path);
      }
    }
  }
  return freed;
}
