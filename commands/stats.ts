import { InputError } from '../src/errors.js';
import { replyWhenReady } from '../src/discord/first-response.js';
import { moderatorCommand, moderatorGuild } from '../src/discord/moderators.js';
import { renderStats } from '../src/discord/render/stats.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

export const data = moderatorCommand(
  'stats',
  'What members asked here, what found nothing, and how answers were rated (moderators)',
  [],
);

export const examples = ['/stats'];

/** This server's question log and votes, privately (moderators; checked again in moderatorGuild). */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const guild = await moderatorGuild(
    interaction,
    "Only members with the **Manage Server** permission can see this server's statistics.",
  );
  if (!guild) return;
  const feedback = ctx.feedback;
  if (!feedback) throw new InputError('This bot keeps no question log, so it has no statistics.');
  // Reading the log is a storage round trip: deferred (privately) if it nears Discord's 3 s.
  await replyWhenReady(interaction, async () => renderStats(await feedback.stats({ guild })), {
    ephemeral: true,
  });
}
