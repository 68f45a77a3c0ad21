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
 * A use is taken when it starts (`reserve`), so uses running at once count, and given back when
 * it did not go through, so refused attempts cost nothing.
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

  /**
   * Takes one use for `user` now, or null when they have none left (retryAt says when). Fifteen
   * /adds sent at once each took one: counted only once done, all fifteen had gone through.
   */
  reserve(user: string): { release(): void } | null {
    const now = this.now();
    const recent = this.recent(user, now);
    if (recent.length >= this.max) return null;
    this.uses.set(user, [...recent, now]);
    if (this.uses.size > 10_000) this.prune(now);
    let released = false;
    return {
      // Given back: this use did not go through. From the list as it is now: later reservations
      // replaced the one this was taken from.
      release: () => {
        const times = this.uses.get(user);
        const at = released ? -1 : (times?.lastIndexOf(now) ?? -1);
        if (at >= 0) times!.splice(at, 1);
        released = true;
      },
    };
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
