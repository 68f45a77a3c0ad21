/**
 * `npm run start:sharded:processes`: runs the bot as several shards under discord.js's
 * ShardingManager, one process (and one index) per shard; `npm run start:sharded` runs them in one.
 * SHARD_COUNT fixes the number of shards (default: Discord's recommendation); SHARD_LIST runs only
 * some of them, so several machines can split one bot. Each shard is a full `src/main.ts` process
 * serving the same snapshot; a /reindex on one shard is broadcast so all load the new snapshot.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './discord/logger.js';
import { shardSettings } from './discord/recommended-shards.js';

// Built, this file is dist/src/shard-processes.js and its shards run the built main.js; from the
// sources (tsx), main.ts through tsx.
const BUILT = import.meta.url.endsWith('.js');
const MAIN = fileURLToPath(new URL(BUILT ? './main.js' : './main.ts', import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'footnote-shards');
  const { token, count } = await shardSettings(config);
  const manager = new ShardingManager(MAIN, {
    token,
    totalShards: count,
    shardList: config.sharding.list ?? 'auto',
    execArgv: BUILT ? [] : ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => watchShard(shard, log));
  log.info({ totalShards: count, shardList: config.sharding.list ?? 'all' }, 'spawning shards');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'stopping shards');
      for (const shard of manager.shards.values()) shard.kill();
      process.exit(0);
    });
  }
  await manager.spawn({ amount: count, timeout: 120_000 });
  log.info({ shards: [...manager.shards.keys()] }, 'all shards ready');
}

function watchShard(shard: Shard, log: Logger): void {
  const id = shard.id;
  log.info({ shard: id }, 'shard launched');
  shard.on('death', (child) =>
    log.error(
      { shard: id, exitCode: 'exitCode' in child ? child.exitCode : null },
      'shard died; respawning',
    ),
  );
  shard.on('disconnect', () => log.warn({ shard: id }, 'shard disconnected'));
  shard.on('reconnecting', () => log.info({ shard: id }, 'shard reconnecting'));
  shard.on('error', (err) => log.error({ shard: id, err }, 'shard error'));
}

process.on('unhandledRejection', (reason) =>
  console.error('unhandled rejection in shard manager:', reason),
);

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? message : `start:sharded failed: ${message}`);
  process.exit(1);
});
