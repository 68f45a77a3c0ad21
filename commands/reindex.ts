import { PermissionFlagsBits, InteractionContextType } from 'discord.js';
import { renderReindexReport } from '../src/discord/render/reindex.js';
import { GUILD_ONLY, NEEDS_MANAGE_SERVER } from '../src/discord/render/notices.js';
import { buildCommand } from '../src/discord/options.js';
import { deferOptions, notice, toEdit } from '../src/discord/response.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

export const data = buildCommand(
  'reindex',
  'Rebuild the index from the corpus folder (moderators)',
  [],
)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const examples = ['/reindex'];

/**
 * Rebuilds the index. Discord hides the command from members without Manage Server, but a server
 * can override that, so the permission is checked here too.
 */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  if (!interaction.inGuild()) {
    await interaction.reply(notice(GUILD_ONLY));
    return;
  }
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await interaction.reply(notice(NEEDS_MANAGE_SERVER));
    return;
  }
  await interaction.deferReply(deferOptions(true));
  const report = await ctx.reindex();
  await interaction.editReply(toEdit(renderReindexReport(report)));
}
