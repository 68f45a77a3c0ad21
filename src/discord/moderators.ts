import { PermissionFlagsBits } from 'discord.js';
import { GUILD_ONLY } from './render/notices.js';
import { notice } from './response.js';
import type { SlashInteraction } from './types.js';

/**
 * The server a moderator-only command runs in, or null after telling the user privately why not
 * (outside a server, or without Manage Server). Discord hides such commands from members, but a
 * server can override that, so the permission is checked here too.
 */
export async function moderatorGuild(
  interaction: SlashInteraction,
  refusal: string,
): Promise<string | null> {
  if (!interaction.inGuild() || !interaction.guildId) {
    await interaction.reply(notice(GUILD_ONLY));
    return null;
  }
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await interaction.reply(notice(refusal));
    return null;
  }
  return interaction.guildId;
}
