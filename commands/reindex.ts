import { renderReindexReport } from '../src/discord/render/reindex.js';
import { sourceTotals } from '../src/engine/catalog.js';
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
  // Other servers' additions are theirs: neither their file names nor how many they are shown
  // here. The index as this server sees it: the shared corpus and its own additions.
  const skipped = report.skipped.filter((s) => s.guild === undefined || s.guild === guild);
  const own = ctx.engine.additions(guild);
  const { shared } = report;
  const seen = {
    ...report,
    ...shared,
    unchanged: shared.unchanged + own.length,
    articles: shared.articles + own.length,
    passages: shared.passages + sourceTotals(own).passages,
    skipped,
  };
  await interaction.editReply(toEdit(renderReindexReport(seen)));
}
