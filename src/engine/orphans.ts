import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** An `.adding-*.tmp` this old was left by a process that stopped mid-write. */
const STALE_ADD_MS = 10 * 60_000;

/**
 * Remove temporary files of our own naming that a killed process left behind: snapshot temps
 * (`<snapshot>.<pid>.<random>.tmp`) whose process is gone, and additions' `.adding-*.tmp` files
 * older than ten minutes. Returns how many bytes were freed.
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
        if (!/^\.adding-[0-9a-f]+\.tmp$/.test(name)) continue;
        const path = join(folder, name);
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

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
