import { additionChoices, renderRemoveReport } from '../src/discord/render/additions.js';
import { NEEDS_MANAGE_SERVER_TO_CHANGE } from '../src/discord/render/notices.js';
import { moderatorCommand, moderatorGuild } from '../src/discord/moderators.js';
import { readOptions, type OptionDef } from '../src/discord/options.js';
import { deferOptions, toEdit } from '../src/discord/response.js';
import type {
  AutocompleteInteraction,
  CommandContext,
  SlashInteraction,
} from '../src/discord/types.js';

const OPTIONS = [
  {
    type: 'string',
    name: 'article',
    description: 'One of the articles this server added',
    required: true,
    maxLength: 200,
    autocomplete: true,
  },
] as const satisfies readonly OptionDef[];

export const data = moderatorCommand(
  'remove',
  'Take an article this server added out of its corpus (moderators)',
  OPTIONS,
);

export const examples = ['/remove article: (pick from the list)'];

/** Removes the file, its passages and its quotes; the shared corpus cannot be touched from here. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const guild = await moderatorGuild(interaction, NEEDS_MANAGE_SERVER_TO_CHANGE);
  if (!guild) return;
  const { article } = readOptions(interaction.options, OPTIONS);
  await interaction.deferReply(deferOptions(true));
  const report = await ctx.engine.removeArticle({
    guild,
    by: { id: interaction.user.id, name: interaction.user.username },
    id: article,
    via: 'discord',
  });
  ctx.log.info({ guild, user: interaction.user.id, id: report.id }, 'removed');
  await ctx.corpusChanged();
  await interaction.editReply(toEdit(renderRemoveReport(report)));
}

/** This server's additions, newest first, filtered by what was typed. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: CommandContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const guild = interaction.guildId;
  const entries = guild ? ctx.engine.additions(guild) : [];
  await interaction.respond(additionChoices(entries, focused.value.slice(0, 200)));
}
