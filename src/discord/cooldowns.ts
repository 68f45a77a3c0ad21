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
 * At most `max` uses per `windowMs` for each user, on a sliding window (e.g. /add: 10 per 10 min).
 * A use is counted only when `record` says it happened, so refused attempts cost nothing.
 */
export class RateLimit {
  private readonly uses = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when the user may go ahead now, else when they may try again. Counts nothing. */
  retryAt(user: string): number | null {
    const recent = this.recent(user, this.now());
    return recent.length >= this.max ? recent[0]! + this.windowMs : null;
  }

  /** Counts one use by `user` (one that went through). */
  record(user: string): void {
    const now = this.now();
    this.uses.set(user, [...this.recent(user, now), now]);
    if (this.uses.size > 10_000) this.prune(now);
  }

  private recent(user: string, now: number): number[] {
    return (this.uses.get(user) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [user, times] of this.uses) {
      if (times.every((t) => t <= now - this.windowMs)) this.uses.delete(user);
    }
  }
}
