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

/** At most `max` uses per `windowMs` for each user, on a sliding window (e.g. /add: 10 per 10 min). */
export class RateLimit {
  private readonly uses = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a use and returns null, or returns when the user may try again without counting. */
  take(user: string): number | null {
    const now = this.now();
    const recent = (this.uses.get(user) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.max) {
      this.uses.set(user, recent);
      return recent[0]! + this.windowMs;
    }
    recent.push(now);
    this.uses.set(user, recent);
    if (this.uses.size > 10_000) this.prune(now);
    return null;
  }

  private prune(now: number): void {
    for (const [user, times] of this.uses) {
      if (times.every((t) => t <= now - this.windowMs)) this.uses.delete(user);
    }
  }
}
