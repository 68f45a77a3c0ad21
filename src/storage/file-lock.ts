// Processes sharing one folder of additions (the bot and `footnote add`, two `footnote add`s)
// change it one at a time: whoever holds the lock file does. A lock whose holder is gone (killed,
// crashed) is taken over.
import { open, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long to wait for another process's change before giving up with a message. */
const WAIT_MS = 30_000;
/** A lock this old is its holder's no longer. */
const STALE_MS = 2 * 60_000;
const POLL_MS = 25;

/** Whether a process of this machine is still running. */
export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Run `task` holding the lock file at `path` (created with this process's pid, removed after). */
export async function withFileLock<T>(path: string, task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return null;
      throw error;
    });
    if (handle) {
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      break;
    }
    // An empty file is a holder between creating and writing it: wait for it like any other.
    // A change holds the lock for well under a second: one held for minutes was left by a
    // process that is gone, whatever process has its pid now (after a restart).
    const holder = Number(await readFile(path, 'utf8').catch(() => ''));
    const age = await stat(path).then(
      (st) => Date.now() - st.mtimeMs,
      () => 0,
    );
    if ((holder > 0 && !alive(holder)) || age > STALE_MS) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `another footnote process (pid ${holder || 'unknown'}) has been changing the additions for ${WAIT_MS / 1000} s; remove ${path} if it is gone`,
      );
    }
    await sleep(POLL_MS);
  }
  try {
    return await task();
  } finally {
    await rm(path, { force: true });
  }
}
