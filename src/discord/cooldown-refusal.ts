import { cooldownText } from './render/notices.js';
import { notice } from './response.js';
import type { CommandContext, Respondable } from './types.js';

/**
 * Starts `command`'s cooldown for the user, or, when one is running, tells them privately when
 * to retry and returns true so the command stops there.
 */
export async function refusedByCooldown(
  interaction: Respondable,
  ctx: CommandContext,
  command: string,
): Promise<boolean> {
  const retryAt = ctx.cooldowns.take(interaction.user.id, command);
  if (retryAt === null) return false;
  await interaction.reply(notice(cooldownText(command, retryAt)));
  return true;
}
