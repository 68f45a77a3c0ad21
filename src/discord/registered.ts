import { Routes, type Client } from 'discord.js';
import type { Config } from '../config.js';

/** Names of the commands Discord has registered for this app (in the guild when one is configured). */
export async function registeredCommands(
  client: Client,
  discord: NonNullable<Config['discord']>,
): Promise<string[]> {
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.appId, discord.guildId)
    : Routes.applicationCommands(discord.appId);
  const commands = (await client.rest.get(route)) as { name: string }[];
  return commands.map((c) => c.name).sort();
}
