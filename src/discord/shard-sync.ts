import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { FootnoteEngine } from '../engine/api.js';

/** The client event every shard listens to; emitted in each shard by broadcastEval. */
export const REFRESH_EVENT = 'footnoteRefresh';

/**
 * Tells every shard of this ShardingManager (this one included, harmlessly) to load the newest
 * snapshot. Without a manager there is nothing to tell.
 */
export async function announceRefresh(client: Client): Promise<void> {
  if (!client.shard) return;
  // broadcastEval sends the function's source to each shard, so it must not close over anything.
  await client.shard.broadcastEval((c) => {
    c.emit('footnoteRefresh');
  });
}

/**
 * Loads a newer snapshot when another shard announces one, and every `pollSeconds` when set
 * (shards on other machines sharing DATA_DIR hear no broadcast). The engine swaps in a snapshot
 * only once it is complete, so a shard never serves a half-written index. Returns a stop function.
 */
export function listenForRefresh(
  client: Client,
  engine: FootnoteEngine,
  log: Logger,
  pollSeconds: number,
): () => void {
  let busy = false;
  const refresh = async (why: string): Promise<void> => {
    log.debug({ why }, 'refresh requested');
    if (busy) return;
    busy = true;
    try {
      if (await engine.refresh())
        log.info({ why, corpus: engine.stats() }, 'loaded a newer snapshot');
    } catch (err) {
      log.error({ err, why }, 'could not load the newer snapshot; still serving the old one');
    } finally {
      busy = false;
    }
  };
  const onEvent = (): void => void refresh('broadcast');
  client.on(REFRESH_EVENT, onEvent);
  const timer =
    pollSeconds > 0 ? setInterval(() => void refresh('poll'), pollSeconds * 1000) : undefined;
  timer?.unref();
  return () => {
    client.off(REFRESH_EVENT, onEvent);
    if (timer) clearInterval(timer);
  };
}
