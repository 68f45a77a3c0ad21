import { GuildSettings } from '../../src/discord/guild-settings.js';
import { PermissionFlagsBits } from 'discord.js';
import { pino } from 'pino';
import { Cooldowns, RateLimit } from '../../src/discord/cooldowns.js';
import type { AttachmentValue } from '../../src/discord/options.js';
import { createReindexer } from '../../src/discord/reindexer.js';
import type { Edit, Reply } from '../../src/discord/response.js';
import { SessionStore } from '../../src/discord/sessions.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  CommandContext,
  CommandModule,
  PagedData,
  SlashInteraction,
} from '../../src/discord/types.js';
import type { FootnoteEngine } from '../../src/engine/api.js';

/** One call a handler made on a fake interaction. */
export type Call =
  | { method: 'reply' | 'followUp'; payload: Reply }
  | { method: 'editReply' | 'update'; payload: Edit }
  | { method: 'deferReply'; payload: { flags?: number } }
  | { method: 'deleteReply'; payload?: undefined };

/** Records calls and tracks deferred/replied the way discord.js does, refusing a second reply. */
class Recorder {
  deferred = false;
  replied = false;
  readonly calls: Call[] = [];
  constructor(readonly user: { id: string; username?: string }) {}
  async reply(payload: Reply): Promise<void> {
    this.ack();
    this.replied = true;
    this.calls.push({ method: 'reply', payload });
  }
  async deferReply(payload: { flags?: number }): Promise<void> {
    this.ack();
    this.deferred = true;
    this.calls.push({ method: 'deferReply', payload });
  }
  async editReply(payload: Edit): Promise<void> {
    if (!this.deferred && !this.replied) throw new Error('editReply before reply');
    this.replied = true;
    this.calls.push({ method: 'editReply', payload });
  }
  async deleteReply(): Promise<void> {
    this.calls.push({ method: 'deleteReply' });
  }
  async followUp(payload: Reply): Promise<void> {
    if (!this.deferred && !this.replied) throw new Error('followUp before reply');
    this.calls.push({ method: 'followUp', payload });
  }
  async update(payload: Edit): Promise<void> {
    this.ack();
    this.replied = true;
    this.calls.push({ method: 'update', payload });
  }
  /** The last message-bearing payload the user would see. */
  get last(): Reply | Edit | undefined {
    const shown = this.calls.filter((c) => c.method !== 'deferReply' && c.method !== 'deleteReply');
    return shown.at(-1)?.payload as Reply | Edit | undefined;
  }
  private ack(): void {
    if (this.deferred || this.replied) throw new Error('Interaction has already been acknowledged');
  }
}

let interactions = 0;

/** A fake slash command interaction with `options`. */
export function slash(
  commandName: string,
  options: Record<string, string | number | boolean> = {},
  user = 'u1',
  permissions: bigint = 0n,
  guildId: string | null = GUILD_A,
  attachments: Record<string, AttachmentValue> = {},
): SlashInteraction & Recorder {
  const fake = new Recorder({ id: user, username: `name-${user}` }) as Recorder & SlashInteraction;
  Object.assign(fake, {
    id: String(1_300_000_000_000_000_000n + BigInt(++interactions)),
    commandName,
    guildId,
    memberPermissions: { has: (p: bigint) => (permissions & p) === p },
    inGuild: () => guildId !== null,
    options: {
      get: (name: string) =>
        name in attachments
          ? { attachment: attachments[name] }
          : name in options
            ? { value: options[name] }
            : null,
    },
  });
  return fake;
}

/** A fake button click on `customId`, on message `messageId`. */
export function click(
  customId: string,
  user = 'u1',
  messageId = 'm1',
  guildId: string | null = GUILD_A,
): ButtonInteraction & Recorder {
  const fake = new Recorder({ id: user }) as Recorder & ButtonInteraction;
  Object.assign(fake, { customId, message: { id: messageId }, guildId });
  return fake;
}

/** A fake autocomplete keystroke; `responses` collects what the handler answered. */
export function typing(
  commandName: string,
  name: string,
  value: string,
  guildId: string | null = GUILD_A,
): AutocompleteInteraction & { responses: unknown[][] } {
  const responses: unknown[][] = [];
  return {
    commandName,
    guildId,
    user: { id: 'u1' },
    responded: false,
    responses,
    options: { getFocused: () => ({ name, value }) },
    async respond(choices) {
      responses.push(choices);
      this.responded = true;
    },
  };
}

export const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;

/** Two servers' ids for scope tests. */
export const GUILD_A = '111111111111111111';
export const GUILD_B = '222222222222222222';

/** A command context around `engine`, with silent logs. */
export function context(
  engine: FootnoteEngine,
  modules: CommandModule[] = [],
  cooldownSeconds = 0,
): CommandContext {
  const log = pino({ level: 'silent' });
  return {
    engine,
    sessions: new SessionStore<PagedData>(),
    cooldowns: new Cooldowns(cooldownSeconds),
    addLimit: new RateLimit(10, 600_000),
    reindex: createReindexer(engine, log),
    corpusChanged: async () => undefined,
    log,
    commands: () => modules,
    settings: new GuildSettings(),
  };
}
