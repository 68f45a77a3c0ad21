import type { Logger } from 'pino';
import type { ReindexReport } from '../answers/types.js';
import type { FootnoteEngine } from '../engine-api.js';

/**
 * A reindex that coalesces: calls made while one runs share its result. After a successful run,
 * `announce` tells the other shards to load the new snapshot; its failure is logged, not thrown,
 * because this shard's index is already up to date.
 */
export function createReindexer(
  engine: FootnoteEngine,
  log: Logger,
  announce: () => Promise<void> = async () => undefined,
): () => Promise<ReindexReport> {
  let running: Promise<ReindexReport> | null = null;
  const run = async (): Promise<ReindexReport> => {
    const report = await engine.reindex();
    log.info({ ...report, skipped: report.skipped.length }, 'reindex finished');
    await announce().catch((err: unknown) =>
      log.warn({ err }, 'could not tell other shards to refresh'),
    );
    return report;
  };
  return () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
}
