import { REST, Routes } from 'discord.js';
import { ConfigError, type Config } from '../config.js';

/**
 * Discord's recommended shard count, asked at DISCORD_API_URL when set (discord.js's helper cannot).
 * @see https://discord.com/developers/docs/events/gateway#get-gateway-bot
 */
export async function recommendedShards(token: string, apiUrl?: string): Promise<number> {
  const rest = new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

/** The bot token and how many shards the bot has in all (SHARD_COUNT, or Discord's advice for "auto"). */
export async function shardSettings(config: Config): Promise<{ token: string; count: number }> {
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN is not set; sharding needs a bot token');
  const { token, apiUrl } = config.discord;
  const count =
    config.sharding.count === 'auto'
      ? await recommendedShards(token, apiUrl)
      : config.sharding.count;
  return { token, count };
}
