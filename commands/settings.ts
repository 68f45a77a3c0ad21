import { moderatorCommand, moderatorGuild } from '../src/discord/moderators.js';
import { readOptions, type OptionDef } from '../src/discord/options.js';
import { notice } from '../src/discord/response.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

const OPTIONS = [
  {
    type: 'boolean',
    name: 'find-sources',
    description: 'Let members use Apps → Find sources on messages here',
    required: true,
  },
] as const satisfies readonly OptionDef[];

export const data = moderatorCommand(
  'settings',
  "Turn this server's optional features on or off (moderators)",
  OPTIONS,
);

export const examples = ['/settings find-sources: False'];

/** Saves the server's choice and says what it now is, privately. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const guild = await moderatorGuild(
    interaction,
    'Only members with the **Manage Server** permission can change these settings.',
  );
  if (!guild) return;
  const options = readOptions(interaction.options, OPTIONS);
  const on = options['find-sources'];
  await ctx.settings.update(guild, { findSources: on });
  ctx.log.info({ guild, user: interaction.user.id, findSources: on }, 'settings changed');
  await interaction.reply(notice(`**Find sources** is now ${on ? 'on' : 'off'} in this server.`));
}
