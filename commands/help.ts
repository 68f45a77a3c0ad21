import { renderHelp } from '../src/discord/render/help.js';
import { corpusExamples } from '../src/discord/examples.js';
import { buildCommand } from '../src/discord/options.js';
import { toReply } from '../src/discord/response.js';
import type { CommandContext, SlashInteraction } from '../src/discord/types.js';

export const data = buildCommand('help', 'What Footnote can do, with examples', []);

export const examples = ['/help'];

/** Every command's description and examples, privately. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  // Examples name speakers and questions this server's corpus really has.
  const derived = corpusExamples(ctx.engine, interaction.guildId ?? undefined);
  const entries = ctx.commands().map((c) => ({
    // A message command has no description of its own; its examples say where to find it.
    name: c.data.description ? `/${c.data.name}` : c.data.name,
    description: c.data.description ?? '',
    examples: derived[c.data.name] ?? c.examples,
  }));
  await interaction.reply(toReply(renderHelp(entries), { ephemeral: true }));
}
