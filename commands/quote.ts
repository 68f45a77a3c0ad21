import { renderQuotePage } from '../src/discord/render/quote.js';
import { refusedByCooldown } from '../src/discord/cooldown-refusal.js';
import { withLinks } from '../src/web/links.js';
import { openSession, turnPage } from '../src/discord/paging.js';
import { buildCommand, readOptions, type OptionDef } from '../src/discord/options.js';
import { replyWhenReady } from '../src/discord/first-response.js';
import { toChoices } from '../src/discord/response.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandContext,
  SlashInteraction,
} from '../src/discord/types.js';

const MAX_QUOTES = 15;
const PER_PAGE = 3;

const OPTIONS = [
  {
    type: 'string',
    name: 'speaker',
    description: 'Who said it',
    required: true,
    maxLength: 100,
    autocomplete: true,
  },
  { type: 'string', name: 'about', description: 'Only quotes on this topic', maxLength: 200 },
  { type: 'boolean', name: 'private', description: 'Only you see the quotes' },
] as const satisfies readonly OptionDef[];

export const data = buildCommand(
  'quote',
  'Find direct quotations by a speaker in the corpus',
  OPTIONS,
);

/** Shown when the corpus has no speakers; /help otherwise names one it has (corpusExamples). */
export const examples = ['/quote speaker: (a name; suggestions appear as you type)'];

/** Quotations by the named speaker, with their role and citations, paged. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const options = readOptions(interaction.options, OPTIONS);
  if (await refusedByCooldown(interaction, ctx, 'quote')) return;
  const guild = interaction.guildId ?? undefined;
  await replyWhenReady(
    interaction,
    () => {
      const answer = withLinks(
        ctx.engine.quote(options.speaker, {
          about: options.about,
          k: MAX_QUOTES,
          guild,
        }),
        ctx.links,
      );
      const session = openSession(
        ctx,
        interaction.user.id,
        { kind: 'quote', answer, perPage: PER_PAGE },
        guild,
      );
      return renderQuotePage(answer, 0, PER_PAGE, session.id);
    },
    { ephemeral: options.private ?? false },
  );
}

/** Speaker names from the engine's in-memory registry; never slow, never throws at the user. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: CommandContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const names =
    focused.name === 'speaker'
      ? ctx.engine.completeSpeaker(focused.value.slice(0, 100), {
          guild: interaction.guildId ?? undefined,
        })
      : [];
  await interaction.respond(toChoices(names));
}

/** Previous / more quotes, for the person who asked. */
export async function button(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  args: string[],
): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'page') return;
  await turnPage(interaction, ctx, rest, 'quote', (d, page, sid) =>
    renderQuotePage(d.answer, page, d.perPage, sid),
  );
}
