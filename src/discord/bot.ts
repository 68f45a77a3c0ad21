import { once } from 'node:events';
import { join } from 'node:path';
import { Client, DefaultRestOptions, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, forceExitMs, type Config } from '../config.js';
import type { FootnoteEngine } from '../engine/api.js';
import type { Feedback } from '../engine/feedback.js';
import { Cooldowns, RateLimit } from './cooldowns.js';
import { loadCommands } from './loader.js';
import type { LinkOptions } from '../web/links.js';
import type { GatewayStatus } from './gateway-status.js';
import { GuildSettings } from './guild-settings.js';
import { createLogger } from './logger.js';
import { registeredCommands } from './registered.js';
import { createReindexer } from './reindexer.js';
import { InteractionDrain } from './drain.js';
import { createRouter } from './router.js';
import { SessionStore } from './sessions.js';
import { announceRefresh, listenForRefresh } from './shard-sync.js';
import { warmAgent } from './warm-connections.js';
import type { CommandContext, PagedData } from './types.js';
import { watchClient, watchProcess } from './watch.js';

/** Each moderator may /add this many articles per window. */
const ADDS_PER_WINDOW = 10;
const ADD_WINDOW_MS = 10 * 60_000;

/** What the process around the bot lends it: health, metrics and reader links. */
export interface BotExtras {
  /** Follows the gateway for /healthz. */
  gateway?: GatewayStatus;
  metrics?: CommandContext['metrics'];
  links?: LinkOptions;
  /** The question log, votes and /stats, kept in the engine's storage. */
  feedback?: Feedback;
}

/** A running bot. */
export interface Bot {
  /**
   * Drains (new interactions are told the bot is restarting; adds, removes and reindexes in flight
   * finish or roll back within SHUTDOWN_SECONDS, and their callers get the outcome), then
   * disconnects from Discord and waits for the engine's snapshot to be written. Resolves to the exit code: 1 when work had to be abandoned.
   */
  stop(): Promise<number>;
}

/** After the engine's drain, how long replies to interactions in flight may still take. */
const REPLY_GRACE_MS = 5000;

/**
 * Connects to Discord (or the peer at DISCORD_API_URL), serves the commands in commands/, and
 * resolves once the bot is ready. SIGINT/SIGTERM stop it cleanly and end the process.
 */
export async function startBot(
  config: Config,
  engine: FootnoteEngine,
  logger: Logger = createLogger(config.logLevel),
  extras: BotExtras = {},
): Promise<Bot> {
  const discord = config.discord;
  if (!discord) throw new ConfigError('DISCORD_TOKEN is not set, so there is no bot to start');
  // Under the ShardingManager, every line says which shard(s) this process runs.
  const log = process.env.SHARDS ? logger.child({ shards: process.env.SHARDS }) : logger;
  const modules = await loadCommands();
  forgetNonNumericShardCount();
  // Opened while the bot logs in (not waited for), so the first replies need not connect first.
  const warm = warmAgent(discord.apiUrl ?? DefaultRestOptions.api);
  void warm.ready.then((open) => log.debug({ open }, 'connections to the API waiting'));
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(discord.apiUrl ? { api: discord.apiUrl } : {}), agent: warm.agent },
    // Every embed, component and choice the bot sends is already in the API's shape (response.ts);
    // the default deep-copies each through a snake_case conversion, ~0.1 ms of every reply.
    jsonTransformer: (data: unknown) => data,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      // Each interaction carries its member and user whole, and the bot reads them from there
      // only; cached, every member who ever asked stayed in memory (discord.js never sweeps them).
      GuildMemberManager: {
        maxSize: 0,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
  const ctx: CommandContext = {
    engine,
    sessions: new SessionStore<PagedData>(),
    cooldowns: new Cooldowns(config.cooldownSeconds),
    addLimit: new RateLimit(ADDS_PER_WINDOW, ADD_WINDOW_MS),
    reindex: createReindexer(engine, log, () => announceRefresh(client)),
    corpusChanged: () =>
      announceRefresh(client).catch((err: unknown) =>
        log.warn({ err }, 'could not tell other shards to refresh'),
      ),
    log,
    commands: () => modules,
    settings: new GuildSettings(join(config.dataDir, 'guild-settings.json')),
    metrics: extras.metrics,
    links: extras.links,
    feedback: extras.feedback,
  };
  const route = createRouter(modules, ctx);
  const drain = new InteractionDrain(log);
  client.on(Events.InteractionCreate, (interaction) => {
    if (drain.refuses(interaction)) return;
    drain.track(
      route(interaction).catch((err: unknown) => log.error({ err }, 'interaction routing failed')),
    );
  });
  extras.gateway?.watch(client);
  const stopRefresh = listenForRefresh(client, engine, log, config.sharding.refreshSeconds);

  let stopping: Promise<number> | undefined;
  const stop = (): Promise<number> =>
    (stopping ??= (async () => {
      drain.begin();
      const report = await engine.drain?.(config.shutdownSeconds * 1000);
      const unanswered = await drain.settle(REPLY_GRACE_MS);
      // The questions just answered are logged before the process leaves (for /stats and votes).
      await extras.feedback?.flush();
      stopRefresh();
      await client.destroy();
      await warm.close();
      // The last add's snapshot may still be on its way to disk.
      await engine.settle();
      const abandoned = (report?.abandoned ?? 0) + unanswered;
      log.info({ ...report, unanswered }, 'drained; disconnected from Discord');
      return abandoned > 0 ? 1 : 0;
    })());
  watchProcess(log, stop, forceExitMs(config));
  // A supervisor restarts on failure only: a bot Discord will never let back in must not exit 0.
  watchClient(client, log, (code, meaning) => {
    log.fatal({ code }, `Discord closed the gateway for good (${code}, ${meaning}); exiting`);
    void stop().finally(() => process.exit(1));
  });

  const ready = once(client, Events.ClientReady);
  const slow = setTimeout(
    () => log.warn('still waiting for Discord to say READY after 30 s'),
    30_000,
  );
  try {
    await client.login(discord.token);
    await ready;
  } catch (error) {
    await stop().catch(() => undefined);
    throw new Error(`could not connect to Discord: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(slow);
  }

  const registered = await registeredCommands(client, discord).catch((err: unknown) => {
    log.warn({ err }, 'could not list the registered commands');
    return null;
  });
  const missing = registered
    ? modules.map((m) => m.data.name).filter((n) => !registered.includes(n))
    : [];
  log.info(
    {
      user: client.user?.tag,
      corpus: engine.stats(),
      indexLoadMs: engine.stats().loadMs,
      commandsLoaded: modules.map((m) => m.data.name),
      commandsRegistered: registered,
      scope: discord.guildId ? `guild ${discord.guildId}` : 'global',
    },
    'Footnote is online',
  );
  if (missing.length > 0)
    log.warn({ missing }, 'commands not registered with Discord: run npm run deploy-commands');
  return { stop };
}

/**
 * discord.js reads SHARD_COUNT from the environment as a number; our documented "auto" (or an
 * empty value from .env) would become NaN. Outside the ShardingManager it means nothing here.
 */
function forgetNonNumericShardCount(): void {
  if (process.env.SHARDING_MANAGER) return;
  if (!/^\d+$/.test(process.env.SHARD_COUNT ?? '')) delete process.env.SHARD_COUNT;
}
