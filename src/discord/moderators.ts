import { InteractionContextType, PermissionFlagsBits, type SlashCommandBuilder } from 'discord.js';
import { buildCommand, type OptionDef } from './options.js';
import { GUILD_ONLY } from './render/notices.js';
import { notice } from './response.js';
import type { SlashInteraction } from './types.js';

/*
 * Moderator-only commands: how they are declared to Discord and checked again when they run.
 */

/**
 * A command for moderators only: offered in servers, to members who can Manage Server (checked again
 * when it runs: moderatorGuild).
 */
export function moderatorCommand(
  name: string,
  description: string,
  defs: readonly OptionDef[],
): SlashCommandBuilder {
  return buildCommand(name, description, defs)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
}

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
