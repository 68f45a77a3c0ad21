/**
 * Several machines on one real Postgres server: what needs separate connections (LISTEN/NOTIFY
 * between machines) and the server going down and coming back. No Postgres, no pass: these fail
 * with how to install it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../src/storage/errors.js';
import { ChangeFeed, type ChangeEvent } from '../../src/storage/feed.js';
import { FileStorage } from '../../src/storage/files.js';
import { openPostgres } from '../../src/storage/pg-client.js';
import { ownsGuild } from '../../src/storage/shards.js';
import { SqlStorage } from '../../src/storage/sql-storage.js';
import type { ChangeBy } from '../../src/storage/types.js';
import { ARTICLES, additionOf, guildOnShard } from './fixtures.js';
import { PostgresCluster } from './postgres-cluster.js';
import { waitFor } from './wait.js';

const run = promisify(execFile);
const MOD: ChangeBy = { by: { id: '111111111111111111', name: 'mod' }, via: 'discord' };
const OPERATOR: ChangeBy = { by: { id: 'operator' }, via: 'cli' };
const G0 = guildOnShard(0, 2);
const G1 = guildOnShard(1, 2);

/** One machine: its own pool, and a feed for the shard it runs. */
interface Machine {
  store: SqlStorage;
  feed: ChangeFeed;
  events: ChangeEvent[];
  status: string[];
}

let cluster: PostgresCluster;
let url: string;
let n = 0;
let machines: Machine[] = [];

beforeAll(async () => {
  cluster = await PostgresCluster.start();
  console.log(`machines suite: backend postgres (private cluster on port ${cluster.port})`);
}, 180_000);
afterAll(async () => {
  await cluster?.destroy();
});
beforeEach(async () => {
  url = await cluster.createDatabase(`machines_${++n}`);
});
afterEach(async () => {
  for (const m of machines) {
    await m.feed.stop();
    await m.store.close().catch(() => undefined);
  }
  machines = [];
});

async function machine(shard: number, backoffMs = 200): Promise<Machine> {
  const store = new SqlStorage(openPostgres({ connectionString: url, connectTimeoutMs: 2000 }));
  const events: ChangeEvent[] = [];
  const status: string[] = [];
  const feed = new ChangeFeed(store, {
    after: 0,
    owns: ownsGuild(2, [shard]),
    onChange: (e) => void events.push(e),
    onStatus: (s) => void status.push(s),
    backoffMs,
    maxBackoffMs: 2000,
  });
  await feed.start();
  const m = { store, feed, events, status };
  machines.push(m);
  return m;
}

describe('machines sharing one Postgres', () => {
  it("each hears its own servers' changes made on the other, and both hear shared ones", async () => {
    const a = await machine(0);
    const b = await machine(1);
    await a.store.add(additionOf(ARTICLES.harbin, G1, 'https://example.com/h'), MOD);
    await b.store.add(additionOf(ARTICLES.harbin, G0, 'https://example.com/h'), MOD);
    const operator = new SqlStorage(openPostgres({ connectionString: url }));
    await operator.sharedCorpusChanged(OPERATOR);
    await operator.close();
    for (const m of [a, b]) await waitFor('three changes', () => m.feed.lastSequence === 3);
    expect(b.events).toEqual([
      { sequence: 1, action: 'add', guild: G1, via: 'notify' },
      { sequence: 3, action: 'shared-changed', via: 'notify' },
    ]);
    expect(a.events).toEqual([
      { sequence: 2, action: 'add', guild: G0, via: 'notify' },
      { sequence: 3, action: 'shared-changed', via: 'notify' },
    ]);
  });

  it('a machine whose connection drops catches up from the audit log on reconnect', async () => {
    const a = await machine(0);
    const b = await machine(1, 1500);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
    );
    await admin.end();
    await waitFor('both feeds to notice', () =>
      [a, b].every((m) => m.status.at(-1) === 'disconnected'),
    );
    // Committed while nobody listens: no notification reaches either machine.
    await a.store.add(additionOf(ARTICLES.second, G1), MOD);
    await waitFor('the change to be caught up', () => b.feed.lastSequence === 1);
    expect(b.events).toEqual([{ sequence: 1, action: 'add', guild: G1, via: 'catch-up' }]);
    expect(b.status).toEqual(['connected', 'disconnected', 'connected']);
  });

  it('Postgres going down refuses changes cleanly; when it returns, changes work and are caught up', async () => {
    const a = await machine(0);
    const b = await machine(1, 300);
    await a.store.add(additionOf(ARTICLES.harbin, G1), MOD);
    await waitFor('the first change', () => b.feed.lastSequence === 1);

    await cluster.stopServer();
    try {
      await waitFor('the feed to notice', () => b.status.at(-1) === 'disconnected');
      const refused = await a.store.add(additionOf(ARTICLES.second, G1), MOD).catch((e) => e);
      expect(refused).toBeInstanceOf(StorageUnavailableError);
      expect((refused as Error).message).toMatch(
        /cannot be reached right now.*questions are still answered/,
      );
      await expect(a.store.remove(G1, additionOf(ARTICLES.harbin, G1).name, MOD)).rejects.toThrow(
        StorageUnavailableError,
      );
    } finally {
      await cluster.startServer();
    }

    // The pool reconnects on its own; the refused add left nothing, so the same page now goes in.
    await a.store.add(additionOf(ARTICLES.second, G1), MOD);
    await a.store.add(additionOf(ARTICLES.page, G0), MOD);
    await b.store.sharedCorpusChanged(OPERATOR);
    await waitFor(
      'every change on the machine that lost its feed',
      () => b.feed.lastSequence === 4,
    );
    expect(b.events.map((e) => [e.sequence, e.action, e.guild])).toEqual([
      [1, 'add', G1],
      [2, 'add', G1],
      [4, 'shared-changed', undefined],
    ]);
    expect(b.status.at(-1)).toBe('connected');
    expect((await b.store.additions(G1)).length).toBe(2);
    console.log(
      `after the outage, machine B got: ${b.events.map((e) => `${e.sequence} via ${e.via}`).join(', ')}`,
    );
  });
});

describe('npm run migrate-to-postgres', () => {
  it('copies a file installation into the database named by DATABASE_URL, twice without doubling', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'footnote-migrate-'));
    try {
      const files = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: join(dir, 'data') });
      await files.add(additionOf(ARTICLES.harbin, G0, 'https://example.com/h'), MOD);
      await files.add(additionOf(ARTICLES.second, G1), MOD);
      const env = {
        ...process.env,
        DATABASE_URL: url,
        GUILDS_DIR: join(dir, 'guilds'),
        DATA_DIR: join(dir, 'data'),
      };
      const first = await run(
        process.execPath,
        ['--import', 'tsx', 'scripts/migrate-to-postgres.ts'],
        { env },
      );
      expect(first.stdout).toContain('additions: 2 copied, 0 already in Postgres');
      expect(first.stdout).toContain('audit log: 2 entries copied, 0 already in Postgres');
      const second = await run(
        process.execPath,
        ['--import', 'tsx', 'scripts/migrate-to-postgres.ts'],
        { env },
      );
      expect(second.stdout).toContain('additions: 0 copied, 2 already in Postgres');
      const store = new SqlStorage(openPostgres({ connectionString: url }));
      expect((await store.allAdditions()).map((a) => a.guild).sort()).toEqual([G0, G1].sort());
      expect(await store.lastSequence()).toBe(2);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
