import type { Logger } from 'pino';
import type { FootnoteEngine, ReindexReport } from '../engine/api.js';

/**
 * The bot's reindex. The engine already lets concurrent calls share one run; this logs each run
 * once and, after a successful one, `announce` tells the other shards to load the new snapshot;
 * its failure is logged, not thrown, because this shard's index is already up to date.
 */
export function createReindexer(
  engine: FootnoteEngine,
  log: Logger,
  announce: () => Promise<void> = async () => undefined,
): () => Promise<ReindexReport> {
  let last: Promise<ReindexReport> | null = null;
  return async () => {
    const run = engine.reindex();
    if (run === last) return run; // a caller that joined a run already being reported
    last = run;
    const report = await run;
    log.info({ ...report, skipped: report.skipped.length }, 'reindex finished');
    await announce().catch((err: unknown) =>
      log.warn({ err }, 'could not tell other shards to refresh'),
    );
    return report;
  };
}
