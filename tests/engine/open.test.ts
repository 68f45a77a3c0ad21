/**
 * The engine opened as `npm start` and the CLI open it, on a real Postgres server: what a
 * machine's start-up mirror and change feed do to its servers' additions. No Postgres, no pass:
 * these fail with how to install it.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Engine } from '../../src/engine/engine.js';
import { openConfigured, type Opened } from '../../src/engine/open.js';
import { FileStorage } from '../../src/storage/files.js';
import { migrateToPostgres } from '../../src/storage/migrate-to-postgres.js';
import { openPostgres } from '../../src/storage/pg-client.js';
import { SqlStorage } from '../../src/storage/sql-storage.js';
import type { ChangeBy, NewAddition } from '../../src/storage/types.js';
import { ARTICLES, additionOf, guildOnShard } from '../storage/fixtures.js';
import { PostgresCluster } from '../storage/postgres-cluster.js';
import { waitFor } from '../storage/wait.js';

const MOD: ChangeBy = { by: { id: '111111111111111111', name: 'mod' }, via: 'discord' };
const G0 = guildOnShard(0, 2);
const G1 = guildOnShard(1, 2);

let cluster: PostgresCluster;
let n = 0;
let root: string;
let url: string;
let config: Config;
const opened: Opened[] = [];
const stores: SqlStorage[] = [];

beforeAll(async () => {
  cluster = await PostgresCluster.start();
  console.log(`engine open suite: backend postgres (private cluster on port ${cluster.port})`);
}, 180_000);
afterAll(() => cluster?.destroy());
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'footnote-open-engine-'));
  await cp('seeds', join(root, 'corpus'), { recursive: true });
  url = await cluster.createDatabase(`open_${++n}`);
  config = loadConfig({
    CORPUS_DIR: join(root, 'corpus'),
    DATA_DIR: join(root, 'data'),
    GUILDS_DIR: join(root, 'guilds'),
    DATABASE_URL: url,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const o of opened.splice(0)) await o.close().catch(() => undefined);
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  delete process.env.SHARDS;
  delete process.env.SHARD_COUNT;
  await rm(root, { recursive: true, force: true });
});

/** Another machine, or the operator's `footnote add` elsewhere: its own connection to the record. */
function record(): SqlStorage {
  const store = new SqlStorage(openPostgres({ connectionString: url, connectTimeoutMs: 2000 }));
  stores.push(store);
  return store;
}

/** A machine starting, as `npm start` opens it (`follow`) or as a CLI command does. */
async function start(
  options: { follow?: boolean; log?: (line: string) => void; shard?: number } = {},
): Promise<Opened> {
  if (options.shard === undefined) delete process.env.SHARDS;
  else Object.assign(process.env, { SHARDS: `[${options.shard}]`, SHARD_COUNT: '2' });
  const o = await openConfigured(config, { follow: options.follow, log: options.log });
  opened.push(o);
  return o;
}

async function stop(o: Opened): Promise<void> {
  opened.splice(opened.indexOf(o), 1);
  await o.close();
}

const files = (guild: string): Promise<string[]> =>
  readdir(join(config.guildsDir, guild))
    .then((names) => names.filter((name) => !name.startsWith('.')).sort())
    .catch(() => []);

describe('moving a file installation to Postgres', () => {
  it('keeps additions the record has never heard of, says how to copy them, and migrate-to-postgres copies them', async () => {
    // Two `footnote add`s on the files installation, then DATABASE_URL set before the migration.
    const local = new FileStorage({ guildsDir: config.guildsDir, dataDir: config.dataDir });
    const harbin = additionOf(ARTICLES.harbin, G0, 'https://example.com/harbin');
    const second = additionOf(ARTICLES.second, G0);
    await local.add(harbin, MOD);
    await local.add(second, MOD);
    const lines: string[] = [];
    const machine = await start({ log: (line) => lines.push(line) });
    expect(await files(G0)).toEqual([harbin.name, second.name].sort());
    expect(lines.join('\n')).toMatch(
      /GUILDS_DIR holds 2 additions postgres has no record of .*npm run migrate-to-postgres/,
    );
    expect(machine.engine.additions(G0).map((a) => a.name)).toEqual(
      expect.arrayContaining([harbin.name, second.name]),
    );
    await stop(machine);

    const copied = await migrateToPostgres(config);
    expect(copied.additions).toEqual({ copied: 2, present: 0 });

    // From now on the record decides: what it removes goes from the machine's folder too.
    await record().remove(G0, second.name, MOD);
    lines.length = 0;
    await start({ log: (line) => lines.push(line) });
    expect(await files(G0)).toEqual([harbin.name]);
    expect(lines.join('\n')).toContain('additions from postgres: 0 written, 1 removed');
    expect(lines.join('\n')).not.toContain('no record of');
  });
});

describe('shard processes sharing one GUILDS_DIR and DATA_DIR', () => {
  it("never delete each other's servers' additions, at a restart or after a reindex", async () => {
    const mill = additionOf(ARTICLES.harbin, G0);
    const observatory = additionOf(ARTICLES.second, G1);
    await record().add(mill, MOD);
    await record().add(observatory, MOD);
    let zero = await start({ follow: true, shard: 0 });
    const one = await start({ follow: true, shard: 1 });
    expect(await files(G0)).toEqual([mill.name]);
    expect(await files(G1)).toEqual([observatory.name]);

    // A deploy restarts shard 0 while shard 1 serves: shard 0's start-up mirror sees G1's folder.
    await stop(zero);
    zero = await start({ follow: true, shard: 0 });
    expect(await files(G1)).toEqual([observatory.name]);
    const [seen] = one.engine.additions(G1);
    expect(one.engine.has(seen!.id, G1)).toBe(true);

    // /reindex on shard 0 is broadcast: shard 1 loads shard 0's snapshot and keeps its server's article.
    await zero.engine.reindex();
    await one.engine.refresh();
    expect(one.engine.additions(G1).map((a) => a.name)).toEqual([observatory.name]);
    expect(zero.engine.additions(G0).map((a) => a.name)).toEqual([mill.name]);
  });
});

describe('a machine following the change feed', () => {
  it('applies a change committed while it was starting', async () => {
    const first = additionOf(ARTICLES.harbin, G0);
    const during = additionOf(ARTICLES.second, G0);
    await record().add(first, MOD);
    let committed = false;
    const machine = await start({
      follow: true,
      log: (line) => {
        // Right after the start-up mirror: the operator's `footnote add` elsewhere commits now,
        // while this machine is still indexing (synchronously, so it is committed before we go on).
        if (line.startsWith('additions from postgres') && !committed) {
          addElsewhere(url, during);
          committed = true;
        }
      },
    });
    expect(committed).toBe(true);
    expect(await record().lastSequence()).toBe(2);
    await waitFor(
      'the change committed during start-up',
      () => machine.engine.additions(G0).some((a) => a.name === during.name),
      10_000,
    );
    expect(await files(G0)).toEqual([first.name, during.name].sort());
  });

  it('that started while Postgres was down syncs each server once when it returns, not the whole history', async () => {
    const store = record();
    const operator: ChangeBy = { by: { id: 'operator' }, via: 'cli' };
    for (let i = 0; i < 10; i++) {
      await store.sharedCorpusChanged(operator);
      await store.add(additionOf(ARTICLES.harbin, G0), MOD);
      await store.remove(G0, additionOf(ARTICLES.harbin, G0).name, MOD);
    }
    await store.add(additionOf(ARTICLES.second, G0), MOD);
    await stop(await start({ follow: true }));
    await store.close();

    const syncs = vi.spyOn(Engine.prototype, 'syncGuild');
    const reindexes = vi.spyOn(Engine.prototype, 'reindex');
    const lines: string[] = [];
    await cluster.stopServer();
    let machine: Opened | undefined;
    try {
      machine = await start({ follow: true, log: (line) => lines.push(line) });
    } finally {
      await cluster.startServer();
    }
    // Said as what it means here (user test): not "adding and removing articles is paused".
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^could not bring servers' additions up to date from postgres: the database cannot be reached \(.*\); answering from this machine's copy$/,
      ),
    );
    await waitFor('the feed to reconnect', () => lines.includes('change feed connected'), 20_000);
    // A change after the outage: once it is applied, everything before it has been.
    const page = additionOf(ARTICLES.page, G0);
    await record().add(page, MOD);
    await waitFor(
      'the change after the outage',
      () => machine!.engine.additions(G0).some((a) => a.name === page.name),
      10_000,
    );
    // Stopping waits for whatever the feed has queued: the counts are final.
    await stop(machine!);
    console.log(
      `after the outage: ${syncs.mock.calls.length} syncs, ${reindexes.mock.calls.length} reindexes`,
    );
    expect(reindexes.mock.calls.length).toBeLessThanOrEqual(1);
    expect(syncs.mock.calls.length).toBeLessThanOrEqual(2);
    expect(
      machine!.engine
        .additions(G0)
        .map((a) => a.name)
        .sort(),
    ).toEqual([additionOf(ARTICLES.second, G0).name, page.name].sort());
  }, 60_000);
});

/**
 * Commit `addition` from another process and wait for it: the caller's event loop is held, as a
 * machine busy indexing would be, while the change commits.
 */
function addElsewhere(databaseUrl: string, addition: NewAddition): void {
  const module = (path: string) => pathToFileURL(resolve(path)).href;
  const script = `
    const { openPostgres } = await import(${JSON.stringify(module('src/storage/pg-client.ts'))});
    const { SqlStorage } = await import(${JSON.stringify(module('src/storage/sql-storage.ts'))});
    const store = new SqlStorage(openPostgres({ connectionString: process.env.URL }));
    await store.add(JSON.parse(process.env.ADDITION), { by: { id: 'operator' }, via: 'cli' });
    await store.close();`;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      env: { ...process.env, URL: databaseUrl, ADDITION: JSON.stringify(addition) },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  if (child.status !== 0) throw new Error(`the add elsewhere failed: ${child.stderr}`);
}
