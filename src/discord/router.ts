import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { InputError } from '../errors.js';
import type { Outcome } from '../web/metrics.js';
import { errorText } from './render/notices.js';
import { notice } from './response.js';
import type { CommandContext, CommandModule, Respondable } from './types.js';

/** Routes each interaction to its command; whatever a handler throws is answered and logged, never fatal. */
export function createRouter(
  modules: readonly CommandModule[],
  ctx: CommandContext,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(modules.map((m) => [m.data.name, m]));
  return async (interaction) => {
    const started = Date.now();
    // Slash commands and message commands (a message's Apps menu) are both run by name.
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const mod = byName.get(interaction.commandName);
      const meta = {
        command: interaction.commandName,
        user: interaction.user.id,
        interaction: interaction.id,
      };
      const outcome = await guarded(interaction, ctx.log, meta, async () => {
        if (!mod) throw new InputError('This command is not available any more. Try `/help`.');
        await mod.execute(interaction, ctx);
      });
      ctx.metrics?.command(interaction.commandName, outcome, (Date.now() - started) / 1000);
      ctx.log.debug({ ...meta, ms: Date.now() - started }, 'command handled');
    } else if (interaction.isAutocomplete()) {
      const mod = byName.get(interaction.commandName);
      try {
        await (mod?.autocomplete ? mod.autocomplete(interaction, ctx) : interaction.respond([]));
      } catch (error) {
        ctx.log.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
      ctx.log.debug(
        { command: interaction.commandName, interaction: interaction.id, ms: Date.now() - started },
        'autocomplete handled',
      );
    } else if (interaction.isButton()) {
      const [name = '', ...args] = interaction.customId.split(':');
      const mod = byName.get(name);
      const meta = {
        button: interaction.customId,
        user: interaction.user.id,
        interaction: interaction.id,
      };
      await guarded(interaction, ctx.log, meta, async () => {
        if (!mod?.button)
          throw new InputError('This button no longer works. Run the command again.');
        await mod.button(interaction, ctx, args);
      });
      ctx.log.debug({ ...meta, ms: Date.now() - started }, 'button handled');
    }
  };
}

/**
 * Runs `work`; an InputError is shown to the user as is, anything else as "something went wrong
 * (ref …)" with the error logged under the same ref. Always private, and never throws; resolves
 * to how the work ended.
 */
export async function guarded(
  interaction: Respondable,
  log: Logger,
  meta: Record<string, unknown>,
  work: () => Promise<void>,
): Promise<Outcome> {
  let outcome: Outcome = 'ok';
  try {
    await work();
  } catch (error) {
    let text: string;
    if (error instanceof InputError) {
      text = error.message;
      outcome = 'refused';
      log.info({ ...meta, reason: error.message }, 'input refused');
    } else {
      outcome = 'error';
      const ref = newRef();
      text = errorText(ref);
      log.error({ ...meta, ref, err: error }, 'command failed');
    }
    await tellPrivately(interaction, text).catch((err: unknown) =>
      log.warn({ ...meta, err }, 'could not tell the user about the failure'),
    );
  }
  return outcome;
}

/** Answers privately whatever state the interaction is in (fresh, deferred or answered). */
async function tellPrivately(interaction: Respondable, text: string): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(notice(text));
    return;
  }
  // A deferred reply may be public; replace its "thinking…" with a private note.
  if (interaction.deferred && !interaction.replied)
    await interaction.deleteReply().catch(() => undefined);
  await interaction.followUp(notice(text));
}

/** Six hex digits: enough to find one error in a day of logs, short enough to read out. */
function newRef(): string {
  return randomBytes(3).toString('hex').toUpperCase();
}
