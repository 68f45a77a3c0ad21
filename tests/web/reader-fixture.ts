import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, type Engine } from '../../src/engine/engine.js';
import { Metrics, meteredEngine } from '../../src/web/metrics.js';
import { startReader, type Reader } from '../../src/web/server.js';

/** Two servers: A has added an article, B has not. */
export const GUILD_A = '111111111111111111';
export const GUILD_B = '222222222222222222';
export const SECRET = 'test-secret-0123456789abcdef0123456789';

/** An article whose text holds markup that must be shown, never run. */
export const HOSTILE = `Council hears a script in the minutes

The town council of Wexbury met on Tuesday to approve the harbour budget, and the clerk read into the minutes a line a resident had sent: <script>document.title = "pwned"</script> <img src=x onerror="document.title='pwned'"> followed by a plea for more benches.

Councillors voted seven to two for the harbour budget, which pays for new pontoons and a ramp for small boats before the summer season starts.`;

/** Server A's own addition: never visible to B, to search or to the sources page. */
export const PRIVATE = `Quarry ponds to become a nature reserve

The flooded Hollins quarry ponds will become a nature reserve next spring, the parish trust said on Thursday, after a survey found nesting grebes and otters along the northern bank.

The trust will fence the deepest pond and build a boardwalk with a bird hide, paid for by a grant from the county and a sale of reclaimed quarry stone.`;

/** An article whose front matter names an address on the operator's own network as its source. */
export const LOCAL_SOURCE = `---
title: Harbour pontoons open for the season
url: http://127.0.0.1:8080/admin/pontoons
---

The new pontoons in Wexbury harbour opened on Saturday, a week ahead of the sailing season.`;

/** A copy of the seeds plus the hostile article, server A's addition, an engine and its reader. */
export async function readerFixture(): Promise<{
  dir: string;
  engine: Engine;
  reader: Reader;
  metrics: Metrics;
  setUnhealthy(reason: string | null): void;
  close(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'footnote-reader-'));
  const corpus = join(dir, 'corpus');
  const guilds = join(dir, 'guilds');
  await cp('seeds', corpus, { recursive: true });
  await writeFile(join(corpus, 'council-minutes.txt'), HOSTILE);
  await writeFile(join(corpus, 'harbour-pontoons.md'), LOCAL_SOURCE);
  await mkdir(join(guilds, GUILD_A), { recursive: true });
  await writeFile(join(guilds, GUILD_A, 'quarry-ponds.txt'), PRIVATE);
  const opened = await openEngine({
    corpusDir: corpus,
    dataDir: join(dir, 'data'),
    guildsDir: guilds,
  });
  const metrics = new Metrics(opened);
  const engine = meteredEngine(opened, metrics);
  let problem: string | null = null;
  const reader = await startReader(
    { engine, metrics, linkSecret: SECRET, unhealthy: () => problem },
    0,
  );
  return {
    dir,
    engine,
    reader,
    metrics,
    setUnhealthy: (reason) => {
      problem = reason;
    },
    close: async () => {
      await reader.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
