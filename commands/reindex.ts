import { renderReindexReport } from '../src/discord/render/reindex.js';
import { reindexSeenBy } from '../src/engine/reindex-counts.js';
import { NEEDS_MANAGE_SERVER } from '../src/discord/render/notices.js';
import { moderatorCommand, moderatorGuild } from '../src/discord/moderators.js';
import { deferOptions, toEdit } from '../src/discord/response.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

export const data = moderatorCommand(
  'reindex',
  'Rebuild the index from the corpus folder (moderators)',
  [],
);

export const examples = ['/reindex'];

/** Rebuilds the index (moderators; see moderatorGuild for why the permission is checked here). */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const guild = await moderatorGuild(interaction, NEEDS_MANAGE_SERVER);
  if (!guild) return;
  // Started before the deferral's round trip, so calls that arrive together share one run; a
  // failure is awaited below, after the deferral, and so reaches the moderator.
  const running = ctx.reindex();
  running.catch(() => undefined);
  await interaction.deferReply(deferOptions(true));
  const report = await running;
  await interaction.editReply(toEdit(renderReindexReport(reindexSeenBy(report, guild))));
}
