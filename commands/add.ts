import type { AddReport, AddSource } from '../src/engine/api.js';
import { InputError } from '../src/errors.js';
import { renderAddReport } from '../src/discord/render/additions.js';
import { NEEDS_MANAGE_SERVER_TO_CHANGE } from '../src/discord/render/notices.js';
import { moderatorCommand, moderatorGuild } from '../src/discord/moderators.js';
import { readOptions, type OptionDef } from '../src/discord/options.js';
import { deferOptions, notice, toEdit } from '../src/discord/response.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

const OPTIONS = [
  { type: 'string', name: 'url', description: 'Link to the article (https://…)', maxLength: 2000 },
  { type: 'attachment', name: 'file', description: 'Or attach the article (.txt, .md, .html)' },
  {
    type: 'string',
    name: 'title',
    description: 'Title to show instead of the page title',
    maxLength: 300,
  },
] as const satisfies readonly OptionDef[];

export const data = moderatorCommand(
  'add',
  "Add an article to this server's corpus (moderators)",
  OPTIONS,
);

export const examples = ['/add url: https://example.com/news/story', '/add file: story.md'];

/** Downloads (or reads the attachment), saves the article in this server's folder and indexes it. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const guild = await moderatorGuild(interaction, NEEDS_MANAGE_SERVER_TO_CHANGE);
  if (!guild) return;
  const options = readOptions(interaction.options, OPTIONS);
  const source = sourceOf(options.url, options.file);
  const use = ctx.addLimit.reserve(interaction.user.id);
  if (!use) {
    const retryAt = ctx.addLimit.retryAt(interaction.user.id) ?? Date.now();
    const minutes = Math.round(ctx.addLimit.windowMs / 60_000);
    await interaction.reply(
      notice(
        `You have added ${ctx.addLimit.max} articles in the last ${minutes} minutes; you can add more <t:${Math.ceil(retryAt / 1000)}:R>.`,
      ),
    );
    return;
  }
  let report: AddReport;
  try {
    await interaction.deferReply(deferOptions(true));
    report = await ctx.engine.addArticle({
      guild,
      by: { id: interaction.user.id, name: interaction.user.username },
      source,
      title: options.title,
      via: 'discord',
    });
  } catch (error) {
    // Only an add that went through counts: a refused one (duplicate, quota, bad page) costs nothing.
    use.release();
    throw error;
  }
  ctx.log.info({ guild, user: interaction.user.id, id: report.id }, 'added');
  await ctx.corpusChanged();
  await interaction.editReply(toEdit(renderAddReport(report)));
}

function sourceOf(
  url: string | undefined,
  file: { name: string; url: string; size: number } | undefined,
): AddSource {
  if (url && file) throw new InputError('Give either `url:` or `file:`, not both.');
  // <https://…> is how Discord users keep a link from unfurling.
  if (url) return { kind: 'url', url: url.trim().replace(/^<(.*)>$/, '$1') };
  if (file) return { kind: 'attachment', name: file.name, url: file.url, size: file.size };
  throw new InputError('Give the article as `url:` (a link) or `file:` (an attachment).');
}
