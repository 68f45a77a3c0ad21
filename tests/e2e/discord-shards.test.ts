import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSharded } from './peer/harness.js';

/*
 * `npm run start:sharded` against a peer that recommends two shards, with one guild per shard:
 * both shards answer, and a /reindex on one makes every shard load the new snapshot.
 */

let h: Awaited<ReturnType<typeof launchSharded>>;

beforeAll(async () => {
  h = await launchSharded(2);
  await h.manager.waitForLog((l) => l.msg === 'all shards ready', 90_000);
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

describe('sharded bot', () => {
  it('spawns the shard count Discord recommends, one connection each', () => {
    expect(h.peer.shards.map(([id]) => id).sort()).toEqual([0, 1]);
    expect(h.peer.shards.every(([, count]) => count === 2)).toBe(true);
    const spawned = h.manager.logs.find((l) => l.msg === 'spawning shards')!;
    expect(spawned.totalShards).toBe(2);
  });

  it('answers in guilds served by different shards', async () => {
    for (const guild of h.peer.guilds) {
      const r = await h.peer
        .slash(h.peer.user('alice'), 'ask', { question: 'Why did Putin visit Harbin?' }, { guild })
        .waitFor();
      expect(r.ackMs).toBeLessThan(3000);
      expect(r.original!.embeds.length).toBeGreaterThan(0);
    }
  });

  it('tells every shard to load the new snapshot after a /reindex on one', async () => {
    const since = h.manager.logs.length;
    const r = await h.peer
      .slash(h.peer.user('mod', true), 'reindex', {}, { guild: h.peer.guilds[0] })
      .waitFor();
    expect(r.original!.content).toMatch(/Reindex finished/);
    for (const shard of ['0', '1']) {
      await h.manager.waitForLog(
        (l) => l.msg === 'refresh requested' && l.shards === shard,
        10_000,
        since,
      );
    }
  });
});
