import { renderSourcesPage, SOURCES_PER_PAGE } from '../src/discord/render/sources.js';
import { turnPage } from '../src/discord/paging.js';
import { buildCommand, readOptions, type OptionDef } from '../src/discord/options.js';
import { toReply } from '../src/discord/response.js';
import type { ButtonInteraction, CommandContext, SlashInteraction } from '../src/discord/types.js';

const OPTIONS = [
  {
    type: 'integer',
    name: 'page',
    description: 'Which page of the listing (default 1)',
    min: 1,
    max: 1000,
  },
] as const satisfies readonly OptionDef[];

export const data = buildCommand(
  'sources',
  'List the articles in the corpus, with sources and counts',
  OPTIONS,
);

export const examples = ['/sources', '/sources page: 2'];

/** The corpus listing, from memory; paging buttons when it spans several pages. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const options = readOptions(interaction.options, OPTIONS);
  const guild = interaction.guildId ?? undefined;
  const entries = ctx.engine.sources(guild);
  const quota = guild === undefined ? undefined : ctx.engine.quota(guild);
  const page = (options.page ?? 1) - 1;
  const paged = entries.length > SOURCES_PER_PAGE;
  const session = paged
    ? ctx.sessions.create(interaction.user.id, { kind: 'sources', entries, quota })
    : undefined;
  await interaction.reply(toReply(renderSourcesPage(entries, page, session?.id, quota)));
}

/** Previous / next page, for the person who asked. */
export async function button(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  args: string[],
): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'page') return;
  await turnPage(interaction, ctx, rest, 'sources', (d, page, sid) =>
    renderSourcesPage(d.entries, page, sid, d.quota),
  );
}
