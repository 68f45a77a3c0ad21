import type { Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { RESTARTING, settleWithin } from '../engine/drain.js';
import { notice } from './response.js';

/**
 * The bot's side of a shutdown: once it begins, every new interaction is told "Footnote is
 * restarting" (autocomplete gets no choices), and the handlers already running are waited for so
 * each moderator and member gets the real outcome of what they asked.
 */
export class InteractionDrain {
  private draining = false;
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly log: Logger) {}

  /** Stop taking new interactions. */
  begin(): void {
    this.draining = true;
  }

  /** True, once the interaction has been answered, when it came after the drain began. */
  refuses(interaction: Interaction): boolean {
    if (!this.draining) return false;
    const answer = interaction.isAutocomplete()
      ? interaction.respond([])
      : interaction.isRepliable()
        ? interaction.reply(notice(RESTARTING))
        : Promise.resolve();
    this.track(
      answer.catch((err: unknown) => this.log.warn({ err }, 'could not say we are restarting')),
    );
    return true;
  }

  /** Count `work` as in flight until it settles. */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  /** Wait up to `ms` for the interactions in flight; resolves to how many are still running. */
  async settle(ms: number): Promise<number> {
    await settleWithin(this.running, ms);
    return this.running.size;
  }
}
