import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeBy, Storage } from '../storage/types.js';

/** In DATA_DIR: this machine reindexed a changed shared corpus and has not told the others yet. */
const UNTOLD = 'shared-change-untold';

/**
 * Tell the other machines that the shared corpus changed here, so they reindex theirs: after a
 * `footnote index` that found a change (`changed`), or one an earlier run could not announce.
 * The mark is written before trying, so a failure (Postgres down) leaves it for the next
 * `footnote index` to announce, even when that finds nothing new to index. Throws what the
 * storage threw.
 */
export async function announceSharedChange(
  storage: Storage,
  dataDir: string,
  changed: boolean,
  change: ChangeBy,
): Promise<void> {
  // One machine: there is nobody to tell.
  if (storage.backend === 'files') return;
  const mark = join(dataDir, UNTOLD);
  if (changed) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(mark, `${new Date().toISOString()}\n`);
  } else if (
    !(await stat(mark).then(
      () => true,
      () => false,
    ))
  ) {
    return;
  }
  await storage.sharedCorpusChanged(change);
  await rm(mark, { force: true });
}
