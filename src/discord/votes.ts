import { InputError } from '../errors.js';
import { replyWhenReady } from './first-response.js';
import type { ButtonInteraction, CommandContext } from './types.js';

const WAYS = { up: { vote: 1, mark: '👍' }, down: { vote: -1, mark: '👎' } } as const;

/**
 * A click on 👍 or 👎 under an /ask answer (`args`: the asking's id, the first passage shown, how
 * many, up or down). One vote per member and answer; a second click changes it. Answered privately.
 */
export async function castVote(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  args: string[],
): Promise<void> {
  const [asked, firstText, countText, wayText] = args;
  const first = Number(firstText);
  const count = Number(countText);
  const way = wayText === 'up' || wayText === 'down' ? WAYS[wayText] : undefined;
  if (!ctx.feedback || !asked || !way || !Number.isInteger(first) || !Number.isInteger(count))
    throw new InputError('This button no longer works. Run `/ask` again.');
  const feedback = ctx.feedback;
  // Reading the log entry is a storage round trip: deferred if it ever nears Discord's 3 s.
  await replyWhenReady(
    interaction,
    async () => {
      await feedback.vote({
        asked,
        answer: interaction.message.id,
        member: interaction.user.id,
        first,
        count,
        vote: way.vote,
      });
      return { content: `Thanks — recorded ${way.mark}; you can change it.` };
    },
    { ephemeral: true },
  );
}
