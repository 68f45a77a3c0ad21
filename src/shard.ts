/**
 * `npm run start:sharded`: the shards this machine runs (SHARD_LIST, all of SHARD_COUNT when
 * absent) in one process around one engine, instead of a process and an index per shard. discord.js
 * opens one gateway connection per shard from the one client; Discord routes each server's events
 * to shard `(guild_id >> 22) % SHARD_COUNT`, so per-user state in this process stays correct.
 * `src/shard-processes.ts` keeps the older process-per-shard launcher.
 */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './discord/logger.js';
import { shardSettings } from './discord/recommended-shards.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'footnote-shards');
  const { count } = await shardSettings(config);
  const shards = config.sharding.list ?? Array.from({ length: count }, (_, i) => i);
  // discord.js's Client reads its `shards` and `shardCount` options from these variables.
  process.env.SHARDS = JSON.stringify(shards);
  process.env.SHARD_COUNT = String(count);
  log.info({ totalShards: count, shards }, 'starting shards in one process');
  await import('./main.js');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? message : `start:sharded failed: ${message}`);
  process.exit(1);
});
