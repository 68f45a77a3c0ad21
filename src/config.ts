import dotenv from 'dotenv';
import * as z from 'zod/mini';

/** A missing or malformed setting; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Everything the process reads from its environment, validated once at start-up. */
export interface Config {
  /** Absent when no DISCORD_TOKEN is set: the local console runs instead of the bot. */
  discord?: { token: string; appId: string; guildId?: string; apiUrl?: string };
  corpusDir: string;
  dataDir: string;
  /** Where /add saves each server's articles: `<guildsDir>/<server id>/`. */
  guildsDir: string;
  /** Private addresses /add may fetch from anyway (tests on 127.0.0.1); empty in production. */
  fetchAllow: string[];
  /** Per-user pause between /ask or /quote calls; 0 turns the cooldown off. */
  cooldownSeconds: number;
  /**
   * At SIGTERM/SIGINT, how long adds, removes and reindexes in flight may take to finish before
   * they are interrupted and rolled back (keep it below the supervisor's kill timeout).
   */
  shutdownSeconds: number;
  logLevel: string;
  /** How much servers may add with /add. */
  quotas: {
    guildArticles: number;
    guildChars: number;
    totalChars: number;
    articleChars: number;
  };
  /** Postgres keeps servers' additions, the audit log and feedback when set; files otherwise. */
  databaseUrl?: string;
  /** Key for the hash a vote keeps of its member's id (FEEDBACK_SECRET, else LINK_SECRET). */
  feedbackSecret?: string;
  sharding: {
    /** 'auto' asks Discord (GET /gateway/bot) for its recommendation. */
    count: number | 'auto';
    /** The shard ids this machine runs; all of them when absent. */
    list?: number[];
    /** Poll for a newer snapshot this often (0 = only on broadcast), for shards on several machines. */
    refreshSeconds: number;
  };
  /** The web reader, /healthz and /metrics, served on 127.0.0.1. */
  web: WebConfig;
}

/** Where the reader listens and how the links the bot hands out are made. */
export interface WebConfig {
  /** 0 picks a free port (tests); the welcome line prints the one in use. */
  port: number;
  /** The address Discord links use (a proxy in front of the reader); without it embeds keep text citations. */
  publicUrl?: string;
  /** Key for the signed links to a server's own additions; without it those get no link. */
  linkSecret?: string;
  /** How long a signed link stays valid. */
  linkDays: number;
}

/** The reader's port when WEB_PORT is unset. */
export const DEFAULT_WEB_PORT = 8787;

// zod/mini: the same checks as zod's chained API, at ~20 KB of the command line's bundle instead
// of ~730 KB, whose parsing was ~60 ms of every cold `footnote` call.
const matching = (pattern: RegExp, message: string) =>
  z.optional(z.string().check(z.regex(pattern, message)));
const snowflake = matching(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const folder = (fallback: string) => z._default(z.string().check(z.minLength(1)), fallback);
const secret = z.optional(
  z.string().check(z.minLength(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)')),
);

/**
 * A whole number with its default. `what` is the message for anything not a whole number; the
 * bounds say "must be N or more" and "must be at most M" unless `range` says it for both.
 */
function whole(
  fallback: number,
  what: string,
  bounds: { min: number; max?: number; range?: string },
) {
  const { min, max, range } = bounds;
  const checks: z.core.$ZodCheck<number>[] = [
    z.multipleOf(1, what),
    z.minimum(min, range ?? `must be ${min} or more`),
  ];
  if (max !== undefined) checks.push(z.maximum(max, range ?? `must be at most ${max}`));
  return z._default(z.coerce.number({ error: what }).check(...checks), fallback);
}
/** A limit: a whole number, 0 or more, with its default. */
const count = (fallback: number) => whole(fallback, 'must be a whole number', { min: 0 });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SHARDS = 'must be "auto" or a whole number of shards (1 or more)';
const PORT = 'must be a port number (0–65535)';
const SECONDS = 'must be a whole number of seconds';

/** One validator per variable, so an error can name exactly the variable at fault. */
const FIELDS = {
  DISCORD_TOKEN: matching(
    /^[\w.-]{20,}$/,
    'must be a bot token (letters, digits, dots; no spaces)',
  ),
  DISCORD_APP_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: matching(
    /^https?:\/\/\S+$/,
    'must be an http(s) URL such as http://127.0.0.1:8080/api',
  ),
  CORPUS_DIR: folder('seeds'),
  DATA_DIR: folder('data'),
  GUILDS_DIR: folder('corpus/guilds'),
  FETCH_ALLOW: matching(
    /^[\d.:a-fA-F/]+(\s*,\s*[\d.:a-fA-F/]+)*$/,
    'must be IP addresses or CIDR ranges separated by commas, e.g. 127.0.0.1',
  ),
  COOLDOWN_SECONDS: whole(5, SECONDS, { min: 0, max: 3600 }),
  SHUTDOWN_SECONDS: whole(20, SECONDS, { min: 1, max: 600 }),
  LOG_LEVEL: z._default(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
    'info',
  ),
  SHARD_COUNT: z._default(
    z.union([z.literal('auto'), z.coerce.number().check(z.multipleOf(1), z.minimum(1, SHARDS))], {
      error: SHARDS,
    }),
    'auto',
  ),
  SHARD_LIST: matching(/^\d+(\s*,\s*\d+)*$/, 'must be shard ids separated by commas, e.g. 0,1,2'),
  GUILD_MAX_ARTICLES: count(200),
  GUILD_MAX_CHARS: count(2_000_000),
  ADDITIONS_MAX_CHARS: count(100_000_000),
  ARTICLE_MAX_CHARS: count(200_000),
  DATABASE_URL: matching(
    /^postgres(ql)?:\/\/\S+$/,
    'must be a Postgres connection URL such as postgres://user:password@host:5432/footnote',
  ),
  REFRESH_SECONDS: whole(0, SECONDS, { min: 0 }),
  WEB_PORT: whole(DEFAULT_WEB_PORT, PORT, { min: 0, max: 65535, range: PORT }),
  PUBLIC_URL: matching(/^https?:\/\/[^\s?#]+$/, 'must be an http(s) URL without query or fragment'),
  LINK_SECRET: secret,
  FEEDBACK_SECRET: secret,
  LINK_DAYS: whole(90, 'must be a whole number of days', { min: 1, max: 3650 }),
} as const;

type Fields = typeof FIELDS;
type Parsed = { [K in keyof Fields]: z.output<Fields[K]> };

/** Reads .env (quietly) unless an environment is passed, validates every variable, and returns the config. */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) dotenv.config({ quiet: true });
  const source = env ?? process.env;
  const values = parseFields(source);
  return {
    discord: discordSettings(values),
    corpusDir: values.CORPUS_DIR,
    dataDir: values.DATA_DIR,
    guildsDir: values.GUILDS_DIR,
    fetchAllow: values.FETCH_ALLOW?.split(',').map((s) => s.trim()) ?? [],
    cooldownSeconds: values.COOLDOWN_SECONDS,
    shutdownSeconds: values.SHUTDOWN_SECONDS,
    logLevel: values.LOG_LEVEL,
    quotas: {
      guildArticles: values.GUILD_MAX_ARTICLES,
      guildChars: values.GUILD_MAX_CHARS,
      totalChars: values.ADDITIONS_MAX_CHARS,
      articleChars: values.ARTICLE_MAX_CHARS,
    },
    databaseUrl: values.DATABASE_URL,
    feedbackSecret: values.FEEDBACK_SECRET ?? values.LINK_SECRET,
    sharding: {
      count: values.SHARD_COUNT,
      list: shardList(values.SHARD_LIST, values.SHARD_COUNT),
      refreshSeconds: values.REFRESH_SECONDS,
    },
    web: {
      port: values.WEB_PORT,
      publicUrl: values.PUBLIC_URL?.replace(/\/+$/, ''),
      linkSecret: values.LINK_SECRET,
      linkDays: values.LINK_DAYS,
    },
  };
}

function parseFields(source: NodeJS.ProcessEnv): Parsed {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FIELDS)) {
    // An empty value (`FOO=` in .env) means "not set", as most .env users expect.
    const raw = source[name]?.trim() || undefined;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const reason = result.error.issues[0]?.message ?? 'is invalid';
      throw new ConfigError(`${name} ${reason}${shown(name, raw)}`);
    }
    out[name] = result.data;
  }
  return out as Parsed;
}

/** Echo the bad value to help the user, except secrets. */
function shown(name: string, raw: string | undefined): string {
  const secret = ['DISCORD_TOKEN', 'DATABASE_URL', 'LINK_SECRET', 'FEEDBACK_SECRET'].includes(name);
  if (raw === undefined || secret) return '';
  return ` (got "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}")`;
}

function discordSettings(values: Parsed): Config['discord'] {
  if (!values.DISCORD_TOKEN) return undefined;
  if (!values.DISCORD_APP_ID) {
    throw new ConfigError(
      'DISCORD_APP_ID is required when DISCORD_TOKEN is set (Developer Portal → your app → Application ID)',
    );
  }
  return {
    token: values.DISCORD_TOKEN,
    appId: values.DISCORD_APP_ID,
    guildId: values.DISCORD_GUILD_ID,
    apiUrl: values.DISCORD_API_URL?.replace(/\/+$/, ''),
  };
}

function shardList(raw: string | undefined, count: number | 'auto'): number[] | undefined {
  if (!raw) return undefined;
  const ids = [...new Set(raw.split(',').map((s) => Number(s.trim())))].sort((a, b) => a - b);
  const tooBig = ids.find((id) => count !== 'auto' && id >= count);
  if (tooBig !== undefined) {
    throw new ConfigError(`SHARD_LIST contains shard ${tooBig}, but SHARD_COUNT is ${count}`);
  }
  return ids;
}

/**
 * How long after SIGTERM/SIGINT a stop may take before the process is ended regardless: the
 * shutdown budget for work in flight, plus time to reply, disconnect and write the snapshot.
 */
export function forceExitMs(config: Pick<Config, 'shutdownSeconds'>): number {
  return config.shutdownSeconds * 1000 + 15_000;
}
