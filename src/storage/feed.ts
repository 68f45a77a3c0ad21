import type { SqlStorage } from './sql-storage.js';
import { CHANGES_CHANNEL } from './sql-storage.js';
import type { AuditAction } from './types.js';

const CATCH_UP_PAGE = 1000;
/** Tries of a change that fails to apply before the feed waits for that server's next change. */
const MAX_TRIES = 8;

/** A change another machine (or this one) committed, as the feed delivers it. */
export interface ChangeEvent {
  sequence: number;
  action: AuditAction;
  /** Absent for a change to the shared corpus (every machine reindexes). */
  guild?: string;
  /**
   * `notify` when announced live, `catch-up` when read from the audit log after a gap or outage
   * (then only a server's newest change, and the newest shared one, are delivered).
   */
  via: 'notify' | 'catch-up';
}

export interface ChangeFeedOptions {
  /** The last audit sequence this machine has applied (its snapshot says); changes after it are delivered. */
  after: number;
  /** Whether this machine serves a server; changes to the others are skipped. */
  owns: (guild: string) => boolean;
  /**
   * Apply one change; events arrive one at a time, in sequence order. It is to bring the whole
   * server (or, for a shared change, the whole corpus) up to date, not to replay the one change:
   * a catch-up delivers only the newest of each.
   */
  onChange: (event: ChangeEvent) => void | Promise<void>;
  /** Told when the feed connects or loses its connection (to refuse /add while down, to log). */
  onStatus?: (status: 'connected' | 'disconnected', detail?: string) => void;
  /** First wait before reconnecting (default 500 ms), doubled each failure up to `maxBackoffMs` (30 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

/**
 * A machine's view of everyone's changes: LISTEN on the changes channel, and on every (re)connect
 * read the audit log after the last sequence applied, so a notification missed while disconnected
 * is caught up. A lost connection is retried with exponential backoff until `stop()`.
 */
export class ChangeFeed {
  private last: number;
  private connected = false;
  private stopped = false;
  private stopListening: (() => Promise<void>) | null = null;
  private chain: Promise<void> = Promise.resolve();
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  /**
   * Changes that could not be applied, by server (undefined: the shared corpus), to try again,
   * with how often each has been tried.
   */
  private failed = new Map<string | undefined, { event: ChangeEvent; tries: number }>();
  private reapply: NodeJS.Timeout | null = null;
  private reapplyFailures = 0;

  constructor(
    private readonly storage: SqlStorage,
    private readonly options: ChangeFeedOptions,
  ) {
    this.last = options.after;
  }

  /** How many servers (or the shared corpus) wait for a change that failed to be applied again. */
  get pending(): number {
    return this.failed.size;
  }

  /** The last sequence delivered or skipped: what to resume after. */
  get lastSequence(): number {
    return this.last;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** Connect now; when Postgres is down the feed keeps retrying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.reapply) clearTimeout(this.reapply);
    await this.stopListening?.();
    this.stopListening = null;
    await this.chain;
  }

  /** Resolves once every change received so far has been applied (tests, shutdown). */
  settled(): Promise<void> {
    return this.chain;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.storage.ready();
      const stop = await this.storage.db.listen(CHANGES_CHANNEL, {
        onPayload: (payload) => void this.enqueue(() => this.onPayload(payload)),
        onLost: (error) => this.lost(error.message),
      });
      if (this.stopped) return void (await stop());
      this.stopListening = stop;
      this.connected = true;
      this.failures = 0;
      this.options.onStatus?.('connected');
      // Listening first, then reading: a change committed in between arrives both ways and is
      // delivered once (sequences at or below the last are dropped).
      await this.enqueue(() => this.catchUp());
    } catch (error) {
      this.lost((error as Error).message);
    }
  }

  private backoff(failures: number): number {
    const base = this.options.backoffMs ?? 500;
    return Math.min(base * 2 ** failures, this.options.maxBackoffMs ?? 30_000);
  }

  private lost(detail: string): void {
    if (this.stopped) return;
    const wasConnected = this.connected;
    this.connected = false;
    void this.stopListening?.();
    this.stopListening = null;
    if (this.retry) return;
    if (wasConnected || this.failures === 0) this.options.onStatus?.('disconnected', detail);
    const delay = this.backoff(this.failures);
    this.failures++;
    this.options.log?.(`change feed disconnected (${detail}); retrying in ${delay} ms`);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task).catch((error: unknown) => {
      this.options.log?.(`change feed: ${(error as Error).message}`);
      this.lost((error as Error).message);
    });
    return this.chain;
  }

  private async onPayload(payload: string): Promise<void> {
    const event = parseAnnouncement(payload);
    if (!event || event.sequence <= this.last) return;
    // A gap means something was committed that this machine has not heard of: read the log.
    if (event.sequence !== this.last + 1) return this.catchUp();
    await this.deliver({ ...event, via: 'notify' });
  }

  /**
   * Deliver what the audit log holds after the last sequence applied, coalesced: applying a
   * server's change syncs the whole server and a shared change reindexes everything, so each
   * server's newest change and the newest shared change stand for the rest. A machine that
   * started while Postgres was down reads the whole log here, and syncs each server once.
   */
  private async catchUp(): Promise<void> {
    const newest = new Map<string | undefined, ChangeEvent>();
    let end = this.last;
    for (;;) {
      const records = await this.storage.auditSince(end, { limit: CATCH_UP_PAGE });
      for (const r of records) {
        const event: ChangeEvent = { sequence: r.sequence, action: r.action, via: 'catch-up' };
        if (r.guild) event.guild = r.guild;
        newest.delete(r.guild); // re-inserted last: the map stays in sequence order
        newest.set(r.guild, event);
        end = r.sequence;
      }
      if (records.length < CATCH_UP_PAGE) break;
    }
    // In sequence order, so an interruption resumes before every change not yet delivered.
    for (const event of newest.values()) await this.deliver(event);
    this.last = Math.max(this.last, end);
  }

  private async deliver(event: ChangeEvent): Promise<void> {
    if (event.sequence <= this.last) return;
    if (event.guild === undefined || this.options.owns(event.guild)) await this.apply(event);
    this.last = event.sequence;
  }

  /**
   * Apply one change. One that fails must not stop the feed, nor be forgotten: its server (or the
   * shared corpus) is brought up to date again later, with backoff, until it succeeds or a newer
   * change for it does, MAX_TRIES times in all; then it waits for that server's next change. A
   * restart needs none of this: the start-up mirror reads every server.
   */
  private async apply(event: ChangeEvent): Promise<boolean> {
    const { guild } = event;
    try {
      await this.options.onChange(event);
      this.failed.delete(guild);
      return true;
    } catch (error) {
      const before = this.failed.get(guild);
      const tries = (before?.event === event ? before.tries : 0) + 1;
      const why = `could not apply change ${event.sequence}: ${(error as Error).message}`;
      if (tries >= MAX_TRIES || this.stopped) {
        this.failed.delete(guild);
        this.options.log?.(`${why}; not trying again before the next change to it`);
        return false;
      }
      this.failed.set(guild, { event, tries });
      const delay = this.backoff(this.reapplyFailures);
      this.options.log?.(`${why}; trying again in ${delay} ms`);
      this.reapply ??= setTimeout(() => {
        this.reapply = null;
        void this.enqueue(() => this.applyFailed());
      }, delay);
      return false;
    }
  }

  private async applyFailed(): Promise<void> {
    if (this.stopped) return;
    this.reapplyFailures++;
    let failedAgain = false;
    for (const { event } of [...this.failed.values()]) {
      if (!(await this.apply(event))) failedAgain = true;
    }
    if (!failedAgain) this.reapplyFailures = 0;
  }
}

function parseAnnouncement(payload: string): Omit<ChangeEvent, 'via'> | undefined {
  try {
    const value = JSON.parse(payload) as Partial<ChangeEvent>;
    if (typeof value.sequence !== 'number' || typeof value.action !== 'string') return undefined;
    const event: Omit<ChangeEvent, 'via'> = { sequence: value.sequence, action: value.action };
    if (typeof value.guild === 'string') event.guild = value.guild;
    return event;
  } catch {
    return undefined;
  }
}
