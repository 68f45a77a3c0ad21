import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  channelObject,
  guildCreate,
  makeGuild,
  makeUser,
  memberObject,
  messageFields,
  userObject,
  permissionsOf,
  PERMISSIONS,
  type GuildFixture,
  type PeerUser,
} from './fixtures.js';
import { Gateway, type GatewaySession } from './gateway.js';
import { choicesProblem, messageProblem, type Choice, type MessageBody } from './limits.js';
import { shardOf, snowflake } from './snowflake.js';

/** A registered slash command as the peer stores it. */
export interface StoredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  description: string;
  type: number;
  options?: { name: string; type: number; required?: boolean; autocomplete?: boolean }[];
  default_member_permissions: string | null;
  [key: string]: unknown;
}

/** A message the bot created, as the peer stores (and returns) it. */
export interface StoredMessage extends Required<
  Pick<MessageBody, 'content' | 'embeds' | 'components'>
> {
  id: string;
  channel_id: string;
  flags: number;
  /** True while the message is a deferred "thinking…" placeholder. */
  loading: boolean;
  deleted: boolean;
  interaction_metadata: {
    id: string;
    type: number;
    user: Record<string, unknown>;
    authorizing_integration_owners: Record<string, string>;
  };
  [key: string]: unknown;
}

/** One thing the bot sent about an interaction, accepted or refused. */
export interface Sent {
  kind: 'callback' | 'edit' | 'followup' | 'delete';
  type?: number;
  body: MessageBody & { choices?: Choice[] };
  status: number;
  error?: string;
  /** Milliseconds since the interaction was dispatched. */
  ms: number;
}

type Kind = 'command' | 'autocomplete' | 'component';
const ALLOWED_CALLBACKS: Record<Kind, number[]> = {
  command: [4, 5, 9],
  autocomplete: [8],
  component: [4, 5, 6, 7, 9],
};

/** A dispatched interaction and everything the bot answered. */
export class InteractionRecord extends EventEmitter {
  readonly sent: Sent[] = [];
  acknowledged = false;
  ackMs?: number;
  original?: StoredMessage;
  readonly followUps: StoredMessage[] = [];
  choices?: Choice[];
  dispatchedAt = 0;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly kind: Kind,
    readonly user: PeerUser,
    readonly guild: GuildFixture,
    /** For a button click: the message the button is on. */
    readonly source?: StoredMessage,
  ) {
    super();
  }

  /** True once the bot has answered in full (a reply, an update, choices, or a deferral resolved). */
  get settled(): boolean {
    const ok = this.sent.filter((s) => s.status < 300);
    const callback = ok.find((s) => s.kind === 'callback');
    if (!callback) return false;
    if ([4, 7, 8, 9].includes(callback.type ?? 0)) return true;
    return ok.some((s) => s.kind === 'edit' || s.kind === 'followup');
  }

  /** Resolves when `predicate` holds (default: settled); rejects after `timeoutMs` with what was seen. */
  async waitFor(
    predicate: (r: this) => boolean = (r) => r.settled,
    timeoutMs = 8000,
  ): Promise<this> {
    if (predicate(this)) return this;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('sent', check);
        reject(
          new Error(
            `interaction ${this.kind} not answered in ${timeoutMs} ms; saw ${JSON.stringify(this.sent)}`,
          ),
        );
      }, timeoutMs);
      const check = (): void => {
        if (!predicate(this)) return;
        clearTimeout(timer);
        this.off('sent', check);
        resolve(this);
      };
      this.on('sent', check);
    });
  }

  /** Every message body the bot sent for this interaction (callbacks with data, edits, follow-ups). */
  get bodies(): MessageBody[] {
    return this.sent
      .filter((s) => s.kind !== 'delete' && s.type !== 5 && s.type !== 6 && s.type !== 8)
      .map((s) => s.body);
  }

  /** The message a user now sees: the last follow-up, else the original. */
  get visible(): StoredMessage | undefined {
    return this.followUps.at(-1) ?? (this.original?.deleted ? undefined : this.original);
  }

  record(sent: Omit<Sent, 'ms'>): void {
    this.sent.push({ ...sent, ms: Date.now() - this.dispatchedAt });
    this.emit('sent');
  }
}

/** A refusal by the peer's dispatcher, as a Discord client would refuse (e.g. a hidden command). */
export class PeerRefusal extends Error {}

interface PeerOptions {
  token?: string;
  appId?: string;
  /** How long the bot has to acknowledge an interaction (Discord: 3 s). */
  deadlineMs?: number;
  guilds?: number;
  /** What GET /gateway/bot recommends. */
  recommendedShards?: number;
}

/**
 * A Discord-protocol peer on 127.0.0.1: REST under /api/v10 and a JSON gateway, enforcing the
 * rules Discord enforces, recording everything the bot sends so tests can assert on it.
 */
export class DiscordPeer {
  readonly token: string;
  readonly appId: string;
  readonly deadlineMs: number;
  readonly guilds: GuildFixture[];
  readonly owner = makeUser('owner', true);
  readonly botUser: Record<string, unknown>;
  readonly commands = new Map<string, StoredCommand[]>();
  readonly interactions = new Map<string, InteractionRecord>();
  /** Every REST request: method, path and status, in order. */
  readonly requests: { method: string; path: string; status: number; body?: unknown }[] = [];
  private readonly server: Server;
  private readonly gateway: Gateway;
  private readonly recommendedShards: number;
  private readonly failures: { kind: Sent['kind']; status: number; code: number }[] = [];
  port = 0;

  constructor(options: PeerOptions = {}) {
    this.token = options.token ?? 'peer-test-token.abcdefghijklmnopqrstuvwxyz';
    this.appId = options.appId ?? snowflake();
    this.deadlineMs = options.deadlineMs ?? 3000;
    this.recommendedShards = options.recommendedShards ?? 1;
    // With several guilds, guild i lands on shard i mod the recommended count, so every shard has one.
    const shards = this.recommendedShards;
    this.guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) =>
      makeGuild(`Test server ${i + 1}`, shards > 1 ? [i % shards, shards] : undefined),
    );
    this.botUser = {
      id: this.appId,
      username: 'Footnote',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.gateway = new Gateway({ token: this.token, onIdentify: (s) => this.onIdentify(s) });
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/gateway')) this.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
  }

  get guild(): GuildFixture {
    return this.guilds[0]!;
  }

  /** The base URL for DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Connected shards, as [shard id, shard count]. */
  get shards(): [number, number][] {
    return [...this.gateway.sessions].map((s) => s.shard);
  }

  get heartbeats(): number {
    return this.gateway.heartbeats;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.gateway.closeAll(1000);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Drops every gateway connection with close `code`: 4000, as a Discord restart would (the bot
   * should reconnect), or an unrecoverable one such as 4004 (the bot should exit non-zero).
   */
  dropConnections(code = 4000): void {
    this.gateway.closeAll(code);
  }

  /** While true, the gateway refuses new connections (an outage), so a dropped bot stays down. */
  refuseConnections(refuse: boolean): void {
    this.gateway.refusing = refuse;
  }

  /** Makes the next request of `kind` fail as Discord sometimes does (default: 403 Missing Access). */
  failNext(kind: Sent['kind'], status = 403, code = 50001): void {
    this.failures.push({ kind, status, code });
  }

  private takeFailure(kind: Sent['kind']): { status: number; code: number } | undefined {
    const i = this.failures.findIndex((f) => f.kind === kind);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }

  /** Resolves once `count` shards have identified and been sent their guilds. */
  async waitForShards(count = 1, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.gateway.sessions.size < count) {
      if (Date.now() > until)
        throw new Error(`only ${this.gateway.sessions.size} of ${count} shards connected`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // ---- dispatching interactions, as a Discord client would ----

  /** Runs slash command `name` as `user`; refused like Discord would when the command is hidden from them. */
  slash(
    user: PeerUser,
    name: string,
    options: Record<string, string | number | boolean> = {},
    settings: {
      guild?: GuildFixture;
      force?: boolean;
      /** Files "uploaded" into attachment options, served from `url` (e.g. a local HTTP server). */
      attachments?: Record<string, { filename: string; url: string; size: number; type?: string }>;
    } = {},
  ): InteractionRecord {
    const guild = settings.guild ?? this.guild;
    const command = this.findCommand(name, guild);
    if (!settings.force) this.checkVisible(command, user);
    const list = this.optionList(command, options);
    const resolved: Record<string, unknown> = {};
    for (const [option, file] of Object.entries(settings.attachments ?? {})) {
      const def = command.options?.find((o) => o.name === option);
      if (def?.type !== 11) throw new PeerRefusal(`/${name} has no attachment option ${option}`);
      const id = snowflake();
      list.push({ name: option, type: 11, value: id });
      resolved[id] = {
        id,
        filename: file.filename,
        size: file.size,
        url: file.url,
        proxy_url: file.url,
        ...(file.type ? { content_type: file.type } : {}),
      };
    }
    return this.dispatch('command', user, guild, {
      type: 2,
      data: {
        id: command.id,
        name,
        type: 1,
        guild_id: guild.id,
        options: list,
        ...(list.some((o) => o.type === 11) ? { resolved: { attachments: resolved } } : {}),
      },
    });
  }

  /** Sends an autocomplete interaction while `user` types `value` into option `focused`. */
  autocomplete(
    user: PeerUser,
    name: string,
    focused: string,
    value: string,
    others: Record<string, string> = {},
    guild: GuildFixture = this.guild,
  ): InteractionRecord {
    const command = this.findCommand(name, guild);
    const options = this.optionList(command, others);
    const type = command.options?.find((o) => o.name === focused)?.type ?? 3;
    options.push({ name: focused, type, value, focused: true });
    return this.dispatch('autocomplete', user, guild, {
      type: 4,
      data: { id: command.id, name, type: 1, guild_id: guild.id, options },
    });
  }

  /** Clicks the button labelled or identified by `match` on `message`, as `user`. */
  click(
    user: PeerUser,
    message: StoredMessage | undefined,
    match: string | RegExp,
  ): InteractionRecord {
    if (!message || message.deleted) throw new PeerRefusal('there is no message to click on');
    const ephemeral = (message.flags & 64) !== 0;
    if (ephemeral && message.interaction_metadata.user.id !== user.id) {
      throw new PeerRefusal('an ephemeral message is only visible to the user who ran the command');
    }
    const buttons = message.components.flatMap((row) => row.components ?? []);
    const test = (s: string | undefined): boolean =>
      typeof match === 'string' ? s === match : !!s && match.test(s);
    const button = buttons.find((b) => test(b.label) || test(b.custom_id));
    if (!button?.custom_id) throw new PeerRefusal(`no button ${String(match)} on the message`);
    if ((button as { disabled?: boolean }).disabled)
      throw new PeerRefusal(`button ${String(match)} is disabled`);
    const guild = this.guilds.find((g) => g.channelId === message.channel_id) ?? this.guild;
    return this.dispatch(
      'component',
      user,
      guild,
      {
        type: 3,
        data: { custom_id: button.custom_id, component_type: 2 },
        message: this.publicMessage(message),
      },
      message,
    );
  }

  /**
   * Runs message command `name` (an Apps entry of a message's menu) on a message `author` wrote,
   * as `user`: an APPLICATION_COMMAND interaction whose data has type 3, the message's id as
   * `target_id` and the message itself in `resolved.messages`.
   * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
   */
  messageCommand(
    user: PeerUser,
    name: string,
    message: { content: string; author?: PeerUser },
    guild: GuildFixture = this.guild,
  ): InteractionRecord {
    const command = this.findCommand(name, guild);
    if (command.type !== 3) throw new PeerRefusal(`${name} is not a message command`);
    this.checkVisible(command, user);
    const target = {
      id: snowflake(),
      type: 0,
      channel_id: guild.channelId,
      guild_id: guild.id,
      author: userObject(message.author ?? user),
      content: message.content,
      ...messageFields(),
      embeds: [],
      components: [],
      flags: 0,
    };
    return this.dispatch('command', user, guild, {
      type: 2,
      data: {
        id: command.id,
        name,
        type: 3,
        guild_id: guild.id,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
    });
  }

  /** A user of this peer's guilds; moderators have Manage Server. */
  user(name: string, moderator = false): PeerUser {
    return makeUser(name, moderator);
  }

  private findCommand(name: string, guild: GuildFixture): StoredCommand {
    const command =
      this.commands.get(guild.id)?.find((c) => c.name === name) ??
      this.commands.get('global')?.find((c) => c.name === name);
    if (!command) throw new PeerRefusal(`/${name} is not registered`);
    return command;
  }

  /** Discord shows a command only to members holding all its default_member_permissions. */
  private checkVisible(command: StoredCommand, user: PeerUser): void {
    if (
      command.default_member_permissions === null ||
      command.default_member_permissions === undefined
    )
      return;
    const needed = BigInt(command.default_member_permissions);
    const has = permissionsOf(user);
    if ((has & PERMISSIONS.administrator) !== 0n) return;
    if ((has & needed) !== needed)
      throw new PeerRefusal(`/${command.name} is hidden from ${user.username}`);
  }

  private optionList(
    command: StoredCommand,
    values: Record<string, string | number | boolean>,
  ): Record<string, unknown>[] {
    return Object.entries(values).map(([name, value]) => {
      const def = command.options?.find((o) => o.name === name);
      if (!def) throw new PeerRefusal(`/${command.name} has no option ${name}`);
      return { name, type: def.type, value };
    });
  }

  private dispatch(
    kind: Kind,
    user: PeerUser,
    guild: GuildFixture,
    extra: Record<string, unknown>,
    source?: StoredMessage,
  ): InteractionRecord {
    const id = snowflake();
    const token = `itok-${id}-${Math.random().toString(36).slice(2)}`;
    const record = new InteractionRecord(id, token, kind, user, guild, source);
    this.interactions.set(token, record);
    const session = [...this.gateway.sessions].find(
      (s) => s.shard[0] === shardOf(guild.id, s.shard[1]),
    );
    if (!session) throw new PeerRefusal(`no shard connected for guild ${guild.id}`);
    record.dispatchedAt = Date.now();
    this.gateway.dispatch(session, 'INTERACTION_CREATE', {
      id,
      application_id: this.appId,
      token,
      version: 1,
      guild_id: guild.id,
      guild: { id: guild.id, locale: 'en-US', features: [] },
      channel_id: guild.channelId,
      channel: channelObject(guild),
      member: memberObject(guild, user),
      app_permissions: permissionsOf(this.owner).toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    });
    return record;
  }

  private onIdentify(session: GatewaySession): void {
    const [shard, count] = session.shard;
    const mine = this.guilds.filter((g) => shardOf(g.id, count) === shard);
    this.gateway.dispatch(session, 'READY', {
      v: 10,
      user: this.botUser,
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard: session.shard,
      application: { id: this.appId, flags: 0 },
    });
    // Discord sends GUILD_CREATE only to connections that asked for the Guilds intent.
    if ((session.intents & 1) === 0) return;
    for (const guild of mine)
      this.gateway.dispatch(session, 'GUILD_CREATE', guildCreate(guild, this.owner.id));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://peer');
    const path = decodeURIComponent(url.pathname);
    const body = await readBody(req);
    const reply = (status: number, payload?: unknown): void => {
      this.requests.push({ method: req.method ?? '', path, status, body });
      if (payload === undefined) {
        res.writeHead(status).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      }
    };
    try {
      this.route(
        req.method ?? 'GET',
        path,
        url.searchParams,
        body,
        req.headers.authorization,
        reply,
      );
    } catch (error) {
      reply(500, { message: (error as Error).message, code: 0 });
    }
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    auth: string | undefined,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    let m: RegExpMatchArray | null;
    if (
      (m = path.match(/^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/)) &&
      method === 'POST'
    ) {
      return this.callback(
        m[1]!,
        m[2]!,
        body as { type: number; data?: MessageBody & { choices?: Choice[] } },
        query,
        reply,
      );
    }
    if ((m = path.match(/^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/))) {
      return this.webhook(method, m[2]!, m[3], body as MessageBody, reply);
    }
    if (auth !== `Bot ${this.token}`) return reply(401, { message: '401: Unauthorized', code: 0 });
    if (path === '/api/v10/gateway/bot' && method === 'GET') {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: 16,
        },
      });
    }
    if (path === '/api/v10/users/@me' && method === 'GET') return reply(200, this.botUser);
    if ((m = path.match(/^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (m[1] !== this.appId) return reply(403, { message: 'Missing Access', code: 50001 });
      const scope = m[2] ?? 'global';
      if (method === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') return this.putCommands(scope, m[2], body, reply);
    }
    reply(404, { message: '404: Not Found', code: 0 });
  }

  private putCommands(
    scope: string,
    guildId: string | undefined,
    body: unknown,
    reply: (s: number, p?: unknown) => void,
  ): void {
    if (!Array.isArray(body)) return reply(400, { message: 'Invalid Form Body', code: 50035 });
    const names = new Set<string>();
    const stored: StoredCommand[] = [];
    for (const raw of body as StoredCommand[]) {
      const problem = commandProblem(raw, names);
      if (problem)
        return reply(400, { message: 'Invalid Form Body', code: 50035, errors: problem });
      names.add(raw.name);
      stored.push({
        ...raw,
        id: snowflake(),
        application_id: this.appId,
        ...(guildId ? { guild_id: guildId } : {}),
        type: raw.type ?? 1,
        default_member_permissions: raw.default_member_permissions ?? null,
        version: snowflake(),
      });
    }
    this.commands.set(scope, stored);
    reply(200, stored);
  }

  private callback(
    id: string,
    token: string,
    body: { type: number; data?: MessageBody & { choices?: Choice[] } },
    query: URLSearchParams,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    const record = this.interactions.get(token);
    const data = body?.data ?? {};
    const refuse = (status: number, code: number, message: string): void => {
      record?.record({ kind: 'callback', type: body?.type, body: data, status, error: message });
      reply(status, { message, code });
    };
    if (!record || record.id !== id) return refuse(404, 10062, 'Unknown interaction');
    const failure = this.takeFailure('callback');
    if (failure) return refuse(failure.status, failure.code, 'injected failure');
    if (Date.now() - record.dispatchedAt > this.deadlineMs)
      return refuse(404, 10062, 'Unknown interaction');
    if (record.acknowledged)
      return refuse(400, 40060, 'Interaction has already been acknowledged.');
    if (!ALLOWED_CALLBACKS[record.kind].includes(body.type))
      return refuse(400, 50035, `callback type ${body.type} not valid here`);
    if (body.type === 8) {
      const problem = choicesProblem(data.choices ?? []);
      if (problem) return refuse(400, 50035, problem);
      record.choices = data.choices ?? [];
    } else if (body.type === 4 || body.type === 7) {
      const problem = messageProblem(data);
      if (problem) return refuse(400, 50035, problem);
    }
    record.acknowledged = true;
    record.ackMs = Date.now() - record.dispatchedAt;
    const message = this.applyCallback(record, body.type, data);
    record.record({
      kind: 'callback',
      type: body.type,
      body: data,
      status: query.get('with_response') === 'true' ? 200 : 204,
    });
    if (query.get('with_response') === 'true') {
      return reply(200, {
        interaction: {
          id,
          type: record.kind === 'command' ? 2 : 3,
          response_message_loading: body.type === 5,
          response_message_ephemeral: ((data.flags ?? 0) & 64) !== 0,
        },
        resource: { type: body.type, ...(message ? { message: this.publicMessage(message) } : {}) },
      });
    }
    reply(204);
  }

  /** Creates or updates the message a callback produces; returns it. */
  private applyCallback(
    record: InteractionRecord,
    type: number,
    data: MessageBody,
  ): StoredMessage | undefined {
    if (type === 4 || type === 5) {
      record.original = this.newMessage(record, data, type === 5);
      return record.original;
    }
    if (type === 7 && record.source) {
      Object.assign(record.source, pickMessage(data), {
        edited_timestamp: new Date().toISOString(),
      });
      record.original = record.source;
      return record.source;
    }
    if (type === 6 && record.source) record.original = record.source;
    return record.original;
  }

  private webhook(
    method: string,
    token: string,
    messageId: string | undefined,
    body: MessageBody,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    const record = this.interactions.get(token);
    const kind: Sent['kind'] =
      method === 'POST' ? 'followup' : method === 'DELETE' ? 'delete' : 'edit';
    const refuse = (status: number, code: number, message: string): void => {
      record?.record({ kind, body: body ?? {}, status, error: message });
      reply(status, { message, code });
    };
    if (!record || !record.acknowledged) return refuse(404, 10015, 'Unknown Webhook');
    const failure = this.takeFailure(kind);
    if (failure) return refuse(failure.status, failure.code, 'injected failure');
    if (method === 'POST' && !messageId) {
      const problem = messageProblem(body);
      if (problem) return refuse(400, 50035, problem);
      const message = this.newMessage(record, body, false);
      record.followUps.push(message);
      record.record({ kind, body, status: 200 });
      return reply(200, this.publicMessage(message));
    }
    const target =
      messageId === '@original'
        ? record.original
        : record.followUps.find((f) => f.id === messageId);
    if (!target || target.deleted) return refuse(404, 10008, 'Unknown Message');
    if (method === 'GET') return reply(200, this.publicMessage(target));
    if (method === 'DELETE') {
      target.deleted = true;
      record.record({ kind, body: {}, status: 204 });
      return reply(204);
    }
    if (method === 'PATCH') {
      const problem = messageProblem({ ...pickMessage(target), ...body }, { edit: true });
      if (problem) return refuse(400, 50035, problem);
      Object.assign(target, pickMessage(body), {
        loading: false,
        edited_timestamp: new Date().toISOString(),
      });
      record.record({ kind, body, status: 200 });
      return reply(200, this.publicMessage(target));
    }
    refuse(405, 0, '405: Method Not Allowed');
  }

  private newMessage(
    record: InteractionRecord,
    data: MessageBody,
    loading: boolean,
  ): StoredMessage {
    return {
      id: snowflake(),
      channel_id: record.guild.channelId,
      type: record.kind === 'component' ? 19 : 20,
      author: this.botUser,
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      flags: (data.flags ?? 0) | (loading ? 128 : 0),
      loading,
      deleted: false,
      allowed_mentions: data.allowed_mentions,
      ...messageFields(),
      webhook_id: this.appId,
      application_id: this.appId,
      interaction_metadata: {
        authorizing_integration_owners: { '0': record.guild.id },
        id: record.id,
        type: record.kind === 'component' ? 3 : 2,
        user: {
          id: record.user.id,
          username: record.user.username,
          discriminator: '0',
          avatar: null,
        },
      },
    };
  }

  /** The message as Discord would return it (without the peer's bookkeeping). */
  private publicMessage(message: StoredMessage): Record<string, unknown> {
    const { loading: _loading, deleted: _deleted, allowed_mentions: _am, ...rest } = message;
    return rest;
  }
}

function pickMessage(body: MessageBody): Partial<MessageBody> {
  const out: Partial<MessageBody> = {};
  if (body.content !== undefined) out.content = body.content;
  if (body.embeds !== undefined) out.embeds = body.embeds;
  if (body.components !== undefined) out.components = body.components;
  return out;
}

function commandProblem(command: StoredCommand, names: Set<string>): string | null {
  if (command.type === 2 || command.type === 3) {
    // User and message commands: a name of 1-32 characters (spaces allowed), no description or options.
    if (!/^[-_ '\p{L}\p{N}]{1,32}$/u.test(command.name ?? ''))
      return `invalid name ${command.name}`;
    if (names.has(command.name)) return `duplicate name ${command.name}`;
    if (command.description) return `${command.name}: context menu commands take no description`;
    if (command.options?.length) return `${command.name}: context menu commands take no options`;
    return null;
  }
  if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(command.name ?? '')) return `invalid name ${command.name}`;
  if (names.has(command.name)) return `duplicate name ${command.name}`;
  if (!command.description || command.description.length > 100)
    return `${command.name}: description must be 1-100`;
  if ((command.options?.length ?? 0) > 25) return `${command.name}: at most 25 options`;
  return null;
}

/** JSON bodies, or the payload_json part of a multipart body. */
async function readBody(req: IncomingMessage): Promise<unknown> {
  // Events, not `for await`: the async iterator cost the peer ~0.15 ms a request, CPU that
  // npm run bench:load took from the bot it measures on the same two cores.
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', resolve);
    req.on('error', reject);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const m = text.match(/name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/);
    return m ? JSON.parse(m[1]!) : undefined;
  }
  return JSON.parse(text);
}
