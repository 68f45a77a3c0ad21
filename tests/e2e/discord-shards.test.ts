import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSharded } from './peer/harness.js';

/*
 * `npm run start:sharded` against a peer that recommends two shards, with one guild per shard:
 * both shards run in one process around one engine, so both answer, and a change made through one
 * is served at once by the right servers without any broadcast between processes.
 */

let h: Awaited<ReturnType<typeof launchSharded>>;

beforeAll(async () => {
  h = await launchSharded(2, { FETCH_ALLOW: '127.0.0.1' });
  await h.manager.waitForLog((l) => l.msg === 'Footnote is online', 90_000);
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

describe('sharded bot', () => {
  it('runs the shard count Discord recommends in one process, one connection each', () => {
    expect(h.peer.shards.map(([id]) => id).sort()).toEqual([0, 1]);
    expect(h.peer.shards.every(([, count]) => count === 2)).toBe(true);
    const started = h.manager.logs.find((l) => l.msg === 'starting shards in one process')!;
    expect(started.totalShards).toBe(2);
    expect(started.shards).toEqual([0, 1]);
    expect(new Set(h.manager.logs.map((l) => l.pid)).size).toBe(1);
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

  it('serves a /reindex made on one shard in every server, with nothing to broadcast', async () => {
    const r = await h.peer
      .slash(h.peer.user('mod', true), 'reindex', {}, { guild: h.peer.guilds[0] })
      .waitFor();
    expect(r.original!.content).toMatch(/Reindex finished/);
    const other = await h.peer
      .slash(
        h.peer.user('alice'),
        'ask',
        { question: 'Why did Putin visit Harbin?' },
        { guild: h.peer.guilds[1] },
      )
      .waitFor();
    expect(other.original!.embeds.length).toBeGreaterThan(0);
    expect(h.manager.logs.some((l) => l.msg === 'refresh requested')).toBe(false);
  });

  it('keeps an /add on one shard to its own server', async () => {
    // The page comes from 127.0.0.1, which the bot may fetch only through FETCH_ALLOW.
    const article =
      '# Tide mill reopens in Woodbridge\n\nThe tide mill at Woodbridge ground its first flour in thirty years on Saturday, driven by the ebb of the River Deben through a restored wheel.\n';
    const web = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/markdown' }).end(article);
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(web.address() as { port: number }).port}/tide-mill.md`;
    try {
      const [first, second] = [h.peer.guilds[0]!, h.peer.guilds[1]!];
      const added = await h.peer
        .slash(h.peer.user('mod', true), 'add', { url }, { guild: first })
        .waitFor(undefined, 20_000);
      expect(JSON.stringify(added.original)).toMatch(/Added.*Tide mill reopens in Woodbridge/);
      const question = 'When did the Woodbridge tide mill grind flour again?';
      const ask = async (guild: typeof first) =>
        JSON.stringify(
          (
            await h.peer
              .slash(h.peer.user('alice'), 'ask', { question }, { guild })
              .waitFor(undefined, 10_000)
          ).original,
        );
      expect(await ask(first)).toMatch(/Tide mill reopens in Woodbridge/);
      expect(await ask(second)).not.toMatch(/Tide mill reopens in Woodbridge/);
    } finally {
      await new Promise((resolve) => web.close(resolve));
    }
  });
});
