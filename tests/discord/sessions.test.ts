import { describe, expect, it } from 'vitest';
import { Cooldowns } from '../../src/discord/cooldowns.js';
import { SessionStore } from '../../src/discord/sessions.js';

describe('SessionStore', () => {
  it('keeps a session alive while used, and forgets it after the TTL', () => {
    let now = 0;
    const store = new SessionStore<string>(15 * 60_000, 100, () => now);
    const s = store.create('owner', 'data');
    expect(s.id).toMatch(/^[\w-]{8}$/);
    now = 14 * 60_000;
    expect(store.get(s.id)?.data).toBe('data');
    now = 28 * 60_000; // 14 minutes after the last use
    expect(store.get(s.id)?.owner).toBe('owner');
    now = 44 * 60_000;
    expect(store.get(s.id)).toBeUndefined();
  });

  it('evicts the least recently used beyond its capacity', () => {
    const store = new SessionStore<number>(60_000, 3, () => 0);
    const ids = [1, 2, 3].map((n) => store.create('o', n).id);
    store.get(ids[0]!);
    store.create('o', 4);
    expect(store.size).toBe(3);
    expect(store.get(ids[1]!)).toBeUndefined();
    expect(store.get(ids[0]!)?.data).toBe(1);
  });
});

describe('Cooldowns', () => {
  it('lets a user run each command once per period and says when to retry', () => {
    let now = 1000;
    const cd = new Cooldowns(5, () => now);
    expect(cd.take('u', 'ask')).toBeNull();
    expect(cd.take('u', 'ask')).toBe(6000);
    expect(cd.take('u', 'quote')).toBeNull();
    expect(cd.take('v', 'ask')).toBeNull();
    now = 6000;
    expect(cd.take('u', 'ask')).toBeNull();
  });

  it('is off at 0 seconds', () => {
    const cd = new Cooldowns(0);
    expect(cd.take('u', 'ask')).toBeNull();
    expect(cd.take('u', 'ask')).toBeNull();
  });
});
