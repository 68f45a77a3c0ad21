import { randomBytes } from 'node:crypto';

/** One paged result set, remembered so its buttons keep working after the command returns. */
export interface Session<T> {
  id: string;
  owner: string;
  data: T;
  page: number;
  expiresAt: number;
  /** The text of each article the data shows, as the engine's `version` gave it when created. */
  versions?: ReadonlyMap<string, string | undefined>;
}

/**
 * In-memory state behind message buttons, keyed by a short id carried in each button's custom_id.
 * Entries live `ttlMs` from their last use (default 30 minutes, so buttons work well past 15), and
 * the oldest are dropped beyond `max` so memory stays bounded however busy the bot is.
 */
export class SessionStore<T> {
  private readonly entries = new Map<string, Session<T>>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly max = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers `data` for `owner` (with the `versions` of what it shows) and returns the new session. */
  create(owner: string, data: T, versions?: Session<T>['versions']): Session<T> {
    this.sweep();
    const session: Session<T> = {
      id: newId(),
      owner,
      data,
      page: 0,
      expiresAt: this.now() + this.ttlMs,
      ...(versions ? { versions } : {}),
    };
    this.entries.set(session.id, session);
    return session;
  }

  /** The live session for `id` (its lifetime renewed), or undefined once expired. */
  get(id: string): Session<T> | undefined {
    const session = this.entries.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    session.expiresAt = this.now() + this.ttlMs;
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    this.entries.delete(id);
    this.entries.set(id, session);
    return session;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.entries) {
      if (session.expiresAt <= now || this.entries.size >= this.max) this.entries.delete(id);
      else break;
    }
  }
}

// Random bytes are drawn 6 KB at a time: a randomBytes call per id cost ~60 µs of every /ask.
const ID_BYTES = 6;
let pool = Buffer.alloc(0);
let used = 0;

/** 8 url-safe characters: short enough for custom_id, too many to guess. */
function newId(): string {
  if (used + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * 1024);
    used = 0;
  }
  used += ID_BYTES;
  return pool.toString('base64url', used - ID_BYTES, used);
}
