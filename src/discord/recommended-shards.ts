import { REST, Routes } from 'discord.js';

/**
 * Discord's recommended shard count, asked at DISCORD_API_URL when set (discord.js's helper cannot).
 * @see https://discord.com/developers/docs/events/gateway#get-gateway-bot
 */
export async function recommendedShards(token: string, apiUrl?: string): Promise<number> {
  const rest = new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}
