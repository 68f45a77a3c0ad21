import { renderAnswerPage, renderPassage } from '../src/discord/render/ask.js';
import { refusedByCooldown } from '../src/discord/cooldown-refusal.js';
import { withLinks } from '../src/web/links.js';
import { findSession, openSession, turnPage } from '../src/discord/paging.js';
import { buildCommand, readOptions, type OptionDef } from '../src/discord/options.js';
import { checkQuestion } from '../src/answers/ask.js';
import type { Answer } from '../src/answers/types.js';
import { castVote } from '../src/discord/votes.js';
import { replyWhenReady } from '../src/discord/first-response.js';
import { notice, toReply } from '../src/discord/response.js';
import type { ButtonInteraction, CommandContext, SlashInteraction } from '../src/discord/types.js';

/** How many passages one /ask fetches, so "More results" can page without asking again. */
const MAX_RESULTS = 15;

const OPTIONS = [
  {
    type: 'string',
    name: 'question',
    description: 'What you want to know',
    required: true,
    maxLength: 300,
  },
  {
    type: 'integer',
    name: 'results',
    description: 'Answers per page (1–5, default 3)',
    min: 1,
    max: 5,
  },
  { type: 'boolean', name: 'private', description: 'Only you see the answer' },
] as const satisfies readonly OptionDef[];

export const data = buildCommand(
  'ask',
  'Ask a question; get cited passages from the corpus',
  OPTIONS,
);

/** Shown when the corpus gives no example; /help otherwise asks one it answers (corpusExamples). */
export const examples = ['/ask question: (what you want to know) results: 5'];

/** Answers from the corpus, a page of cited excerpts with paging and full-passage buttons. */
export async function execute(interaction: SlashInteraction, ctx: CommandContext): Promise<void> {
  const options = readOptions(interaction.options, OPTIONS);
  // A blank or overlong question is refused privately before anything public can show.
  checkQuestion(options.question);
  if (await refusedByCooldown(interaction, ctx, 'ask')) return;
  const guild = interaction.guildId ?? undefined;
  // Votes find the question and passages through the log entry written under this id.
  const votes = ctx.feedback ? interaction.id : undefined;
  let answer: Answer | undefined;
  // The answer is ready in milliseconds: it goes out as the first response.
  await replyWhenReady(
    interaction,
    () => {
      answer = withLinks(ctx.engine.ask(options.question, { k: MAX_RESULTS, guild }), ctx.links);
      const perPage = options.results ?? 3;
      const session = openSession(
        ctx,
        interaction.user.id,
        { kind: 'ask', answer, perPage, votes },
        guild,
      );
      return renderAnswerPage(answer, 0, perPage, session.id, votes);
    },
    { ephemeral: options.private ?? false },
  );
  // Only after the reply went out, and not awaited: logging never delays or fails an answer.
  // A private question's words are the asker's alone: moderators' /stats never lists them.
  if (answer)
    ctx.feedback?.logAsked(answer, {
      guild,
      id: interaction.id,
      private: options.private === true,
    });
}

/** "More results"/"Previous" (asker only); "Full passage" and 👍/👎 (anyone; answered privately). */
export async function button(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  args: string[],
): Promise<void> {
  const [action, ...rest] = args;
  if (action === 'page') {
    await turnPage(interaction, ctx, rest, 'ask', (d, page, sid) =>
      renderAnswerPage(d.answer, page, d.perPage, sid, d.votes),
    );
    return;
  }
  if (action === 'vote') {
    await castVote(interaction, ctx, rest);
    return;
  }
  const [sid, indexText] = rest;
  const session = await findSession(interaction, ctx, sid, 'ask');
  if (!session) return;
  const index = Number(indexText);
  const result = session.data.answer.results[index];
  if (!result) {
    await interaction.reply(notice('That passage is no longer available. Run `/ask` again.'));
    return;
  }
  await interaction.reply(toReply(renderPassage(result, index), { ephemeral: true }));
}
