import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { refusedByCooldown } from '../src/discord/cooldown-refusal.js';
import { renderFindSources } from '../src/discord/render/find-sources.js';
import { FIND_SOURCES_OFF, NO_CLAIM } from '../src/discord/render/notices.js';
import { deferOptions, notice, toEdit } from '../src/discord/response.js';
import type { CommandContext, MessageCommandInteraction } from '../src/discord/types.js';
import { withLinks } from '../src/web/links.js';
import { CUSTOM_EMOJI, MASS_MENTION_WORD, MENTION } from '../src/text/mentions.js';

/** Passages per check: enough to weigh a claim, few enough to read in one private reply. */
const RESULTS = 3;

/** Longest claim searched; a long message is cut at a word boundary (the engine takes 1,000). */
const MAX_CLAIM_CHARS = 1000;

export const data = new ContextMenuCommandBuilder()
  .setName('Find sources')
  .setType(ApplicationCommandType.Message);

export const examples = [
  'On any message: Apps → Find sources (moderators: /settings find-sources)',
];

/**
 * Takes a message's text as a claim and answers privately with the passages that bear on it, or
 * says the corpus has nothing. Off in servers whose moderators turned it off.
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
export async function execute(
  interaction: MessageCommandInteraction,
  ctx: CommandContext,
): Promise<void> {
  const guild = interaction.guildId ?? undefined;
  if (guild && !(await ctx.settings.of(guild)).findSources) {
    await interaction.reply(notice(FIND_SOURCES_OFF));
    return;
  }
  const claim = claimOf(interaction.targetMessage.content);
  if (!claim) {
    await interaction.reply(notice(NO_CLAIM));
    return;
  }
  if (await refusedByCooldown(interaction, ctx, 'Find sources')) return;
  await interaction.deferReply(deferOptions(true));
  const answer = withLinks(ctx.engine.ask(claim, { k: RESULTS, guild }), ctx.links);
  await interaction.editReply(toEdit(renderFindSources(claim, answer)));
}

/** The words of a message: mentions ("@everyone" too), custom emoji and links are no part of a claim. */
export function claimOf(content: string): string {
  const text = content
    .replace(MENTION, ' ')
    .replace(MASS_MENTION_WORD, ' ')
    .replace(CUSTOM_EMOJI, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_CLAIM_CHARS) return text;
  const cut = text.slice(0, MAX_CLAIM_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim();
}
