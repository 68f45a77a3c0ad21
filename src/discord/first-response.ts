import { deferOptions, toEdit, toReply, type Body } from './response.js';
import type { Respondable } from './types.js';

/**
 * How long an answer may take before the bot defers instead. Discord drops an interaction not
 * acknowledged within 3 s of its creation; this leaves room for the gateway and REST legs.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const ANSWER_BUDGET_MS = 1500;

/**
 * A handler starting this long after its interaction was created is behind a queue, and
 * acknowledges before working. Not sooner: a deferral costs a second request, and its edit waits
 * for discord.js's 50 edits/second, so under a burst deferring early made the answers later (in
 * npm run bench:load the deferred ones came 1-2 s after their acks); a ready answer 1.5 s in
 * still has half of Discord's 3 s for its one request.
 */
export const BACKLOG_MS = 1500;

/**
 * Answers in the first response when `work` is ready within `budgetMs` of the interaction's
 * creation, else defers ("thinking…", private when `ephemeral`) and edits the answer in once it
 * is. A first response is not subject to discord.js's client-side 50 requests/second limit; edits
 * are, so an answer that is ready in time must never wait for one. Whatever `work` throws is
 * thrown here, before any response when it fails fast, so a refusal can still be private.
 */
export async function replyWhenReady(
  interaction: Respondable,
  work: () => Body | Promise<Body>,
  options: { ephemeral: boolean; budgetMs?: number },
): Promise<void> {
  const budgetMs = options.budgetMs ?? ANSWER_BUDGET_MS;
  // Clocks may disagree: a negative age is taken as none; one far ahead only means deferring more.
  const age = Math.max(0, Date.now() - (interaction.createdTimestamp ?? Date.now()));
  if (age > BACKLOG_MS) {
    // Interactions are queued behind one another (a burst, a busy event loop): acknowledging
    // before working frees the loop for the next one, so none of them misses the 3 s.
    await interaction.deferReply(deferOptions(options.ephemeral));
    await interaction.editReply(toEdit(await work()));
    return;
  }
  const result = work();
  if (!(result instanceof Promise)) {
    await interaction.reply(toReply(result, options));
    return;
  }
  // Time spent before the handler ran comes out of the budget.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, budgetMs - age));
  });
  // A rejection after the deferral is awaited below; this only keeps it from going unhandled.
  result.catch(() => undefined);
  try {
    const first = await Promise.race([result, late]);
    if (first !== 'late') {
      await interaction.reply(toReply(first, options));
      return;
    }
  } finally {
    clearTimeout(timer);
  }
  await interaction.deferReply(deferOptions(options.ephemeral));
  await interaction.editReply(toEdit(await result));
}
