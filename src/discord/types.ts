import type { APIApplicationCommandOptionChoice, MessageFlags } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer, QuoteAnswer } from '../answers/types.js';
import type { ReindexReport, SourceEntry } from '../engine/api.js';
import type { QuotaUsage } from '../additions/quotas.js';
import type { FootnoteEngine } from '../engine/api.js';
import type { Feedback } from '../engine/feedback.js';
import type { LinkOptions } from '../web/links.js';
import type { Outcome } from '../web/metrics.js';
import type { Cooldowns, RateLimit } from './cooldowns.js';
import type { GuildSettings } from './guild-settings.js';
import type { OptionSource } from './options.js';
import type { Edit, Reply } from './response.js';
import type { SessionStore } from './sessions.js';

/*
 * The parts of discord.js interactions that handlers use. discord.js's classes satisfy these
 * structurally; unit tests satisfy them with small fakes, no network needed.
 */

/** Anything that can be answered once and then edited or followed up. */
export interface Respondable {
  user: { id: string; username?: string };
  /** When Discord created it (ms epoch, from its snowflake id); Discord wants a response within 3 s. */
  createdTimestamp?: number;
  deferred: boolean;
  replied: boolean;
  reply(options: Reply): Promise<unknown>;
  deferReply(options: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  editReply(options: Edit): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(options: Reply): Promise<unknown>;
}

/** A slash command invocation. */
export interface SlashInteraction extends Respondable {
  /** The interaction's snowflake: an /ask's feedback buttons name it. */
  id: string;
  commandName: string;
  memberPermissions: { has(permission: bigint): boolean } | null;
  /** The server it was used in; null in DMs. */
  guildId: string | null;
  inGuild(): boolean;
  options: OptionSource;
}

/**
 * A message command (Apps → "Find sources" on a message): the message it was used on.
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
export interface MessageCommandInteraction extends Respondable {
  commandName: string;
  guildId: string | null;
  targetMessage: { id: string; content: string };
}

/** A click on one of our message buttons. */
export interface ButtonInteraction extends Respondable {
  customId: string;
  /** The server the message is in; null in DMs. */
  guildId: string | null;
  /** The message the button is on. */
  message: { id: string };
  update(options: Edit): Promise<unknown>;
}

/** A keystroke in an autocomplete option. */
export interface AutocompleteInteraction {
  commandName: string;
  user: { id: string };
  guildId: string | null;
  responded: boolean;
  options: { getFocused(getFull: true): { name: string; value: string } };
  respond(choices: APIApplicationCommandOptionChoice<string>[]): Promise<unknown>;
}

/** What one page of a paged result needs to be re-rendered on a button click. */
export type PagedData =
  | { kind: 'ask'; answer: Answer; perPage: number; votes?: string }
  | { kind: 'quote'; answer: QuoteAnswer; perPage: number }
  | { kind: 'sources'; entries: SourceEntry[]; quota?: QuotaUsage };

/** Everything a command may use; one per bot process. */
export interface CommandContext {
  engine: FootnoteEngine;
  sessions: SessionStore<PagedData>;
  cooldowns: Cooldowns;
  /** Per-moderator limit on /add. */
  addLimit: RateLimit;
  /** Coalesced reindex that also tells the other shards to load the new snapshot. */
  reindex(): Promise<ReindexReport>;
  /** Tell the other shards that this one changed the corpus (after /add or /remove). */
  corpusChanged(): Promise<void>;
  log: Logger;
  /** Every loaded command, for /help. */
  commands(): readonly CommandModule[];
  /** What each server's moderators turned on or off. */
  settings: GuildSettings;
  /** Counts each command by outcome and time, for /metrics. */
  metrics?: { command(name: string, outcome: Outcome, seconds: number): void };
  /** How citations link into the web reader; absent without PUBLIC_URL (text citations). */
  links?: LinkOptions;
  /** The question log, votes and /stats; absent when the bot runs without storage (unit tests). */
  feedback?: Feedback;
}

/** The JSON Discord registers, as SlashCommandBuilder (or, for type 3, ContextMenuCommandBuilder) produces it. */
export interface CommandDefinition {
  name: string;
  /** Empty for a message command: Discord shows those by name only. */
  description?: string;
  toJSON(): { name: string; description?: string; type?: number } & Record<string, unknown>;
}

/** One file in commands/: its definition, its handler, and optional autocomplete and buttons. */
export interface CommandModule {
  data: CommandDefinition;
  /** Example invocations for /help. */
  examples: readonly string[];
  /** The slash command's handler; for a message command (definition type 3), its handler. */
  execute(
    interaction: SlashInteraction | MessageCommandInteraction,
    ctx: CommandContext,
  ): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Clicks on buttons whose custom_id starts with `<command name>:`; `args` is the rest split on ':'. */
  button?(interaction: ButtonInteraction, ctx: CommandContext, args: string[]): Promise<void>;
}
