import { cooldownText } from './render/notices.js';
import { notice } from './response.js';
import type { CommandContext, SlashInteraction } from './types.js';

/** Per-user, per-command cooldowns so one user cannot flood a channel. */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Starts the cooldown for `user` on `command` and returns null, or returns the time (ms epoch)
   * when they may try again if one is running.
   */
  take(user: string, command: string): number | null {
    if (this.seconds <= 0) return null;
    const key = `${command}:${user}`;
    const now = this.now();
    const retryAt = this.until.get(key);
    if (retryAt !== undefined && retryAt > now) return retryAt;
    if (this.until.size > 10_000) this.prune(now);
    this.until.set(key, now + this.seconds * 1000);
    return null;
  }

  private prune(now: number): void {
    for (const [key, at] of this.until) if (at <= now) this.until.delete(key);
  }
}

/**
 * Starts `command`'s cooldown for the user, or, when one is running, tells them privately when
 * to retry and returns true so the command stops there.
 */
export async function refusedByCooldown(
  interaction: SlashInteraction,
  ctx: CommandContext,
  command: string,
): Promise<boolean> {
  const retryAt = ctx.cooldowns.take(interaction.user.id, command);
  if (retryAt === null) return false;
  await interaction.reply(notice(cooldownText(command, retryAt)));
  return true;
}
