import type { Config } from '../config.js';
import { ChangeFeed } from '../storage/feed.js';
import { describeStorage, openStorage } from '../storage/open.js';
import { ownsGuild } from '../storage/shards.js';
import { SqlStorage } from '../storage/sql-storage.js';
import type { Storage } from '../storage/types.js';
import { engineOptions, openEngine, type Engine, type EngineOptions } from './engine.js';

/** An engine opened as the configuration says, with the record it keeps servers' additions in. */
export interface Opened {
  engine: Engine;
  storage: Storage;
  /** Stop following other machines' changes and close the record's connections. */
  close(): Promise<void>;
}

/** Which servers this process serves: those of the shards start:sharded gave it, else all. */
export function ownedGuilds(env: NodeJS.ProcessEnv = process.env): (guild: string) => boolean {
  // start:sharded sets a list; discord.js's ShardingManager gives each shard process its number.
  const parsed = env.SHARDS ? (JSON.parse(env.SHARDS) as number[] | number) : undefined;
  const shards = typeof parsed === 'number' ? [parsed] : parsed;
  const count = Number(env.SHARD_COUNT);
  return shards && Number.isInteger(count) && count > 0 ? ownsGuild(count, shards) : () => true;
}

/**
 * Open the engine on the configured corpus and record (Postgres when DATABASE_URL is set, files
 * otherwise). With `follow`, changes other machines commit reach this one's index: a server's
 * additions through LISTEN/NOTIFY (caught up from the audit log after an outage), a change to the
 * shared corpus as a reindex.
 */
export async function openConfigured(
  config: Config,
  options: Pick<EngineOptions, 'log' | 'catchUp' | 'workerThread' | 'buildInIdle'> & {
    follow?: boolean;
  } = {},
): Promise<Opened> {
  const log = options.log ?? (() => {});
  const storage = openStorage({
    databaseUrl: config.databaseUrl,
    guildsDir: config.guildsDir,
    dataDir: config.dataDir,
    memberSecret: config.feedbackSecret,
    log,
  });
  log(describeStorage(storage, config.databaseUrl));
  const owns = ownedGuilds();
  const engine = await openEngine({ ...engineOptions(config), ...options, storage, owns });
  let feed: ChangeFeed | undefined;
  if (options.follow && storage instanceof SqlStorage) {
    // After what the start-up mirror read, so a change committed while it ran is replayed; from
    // the start when the record could not be read (the catch-up then syncs each server once).
    feed = new ChangeFeed(storage, {
      after: engine.mirroredThrough ?? 0,
      owns,
      log,
      onStatus: (status, detail) => log(`change feed ${status}${detail ? `: ${detail}` : ''}`),
      onChange: async (event) => {
        if (event.guild) await engine.syncGuild(event.guild);
        else await engine.reindex();
      },
    });
    await feed.start();
  }
  return {
    engine,
    storage,
    close: async () => {
      await feed?.stop();
      await engine.settle();
      await storage.close();
    },
  };
}
