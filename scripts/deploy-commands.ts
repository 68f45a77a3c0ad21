/**
 * Registers Footnote's slash commands with Discord: in DISCORD_GUILD_ID when set (instant, for
 * testing), else globally (may take up to an hour to show everywhere). Run once after changes.
 */
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { CommandLoadError, loadCommands } from '../src/discord/loader.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN is not set; it is needed to register commands');
  const { token, appId, guildId, apiUrl } = config.discord;
  const modules = await loadCommands();
  const body = modules.map((m) => m.data.toJSON());
  const rest = new REST({ version: '10', ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
  const route = guildId
    ? Routes.applicationGuildCommands(appId, guildId)
    : Routes.applicationCommands(appId);
  const stored = (await rest.put(route, { body })) as { name: string; id: string; type?: number }[];
  const where = guildId
    ? `guild ${guildId}`
    : 'all servers (global; may take up to an hour to appear)';
  console.log(`Registered ${stored.length} commands in ${where}:`);
  for (const command of stored) {
    // A message command (type 3) is found on a message, under Apps, by its name.
    const name = command.type === 3 ? `Apps → ${command.name}` : `/${command.name}`;
    console.log(`  ${name}  (id ${command.id})`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof CommandLoadError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(known ? `deploy-commands: ${message}` : `deploy-commands failed: ${message}`);
  process.exit(1);
});
