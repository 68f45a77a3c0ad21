import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { StorageUnavailableError } from '../../src/storage/errors.js';
import { migrateToPostgres } from '../../src/storage/migrate-to-postgres.js';
import { describeStorage, openStorage } from '../../src/storage/open.js';
import { ARTICLES, additionOf, guildOnShard } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-open-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('choosing the storage', () => {
  it('uses files without DATABASE_URL, as a fresh clone does', async () => {
    const storage = openStorage({ guildsDir: join(dir, 'g'), dataDir: join(dir, 'd') });
    expect(storage.backend).toBe('files');
    expect(describeStorage(storage)).toMatch(/files/);
    expect(await storage.lastSequence()).toBe(0);
  });

  it('reads DATABASE_URL, refusing anything but a Postgres URL without echoing it', () => {
    const url = 'postgres://bot:s3cret@db.internal:5432/footnote';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const bad = () => loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/footnote' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/DATABASE_URL must be a Postgres connection URL/);
    expect(bad).not.toThrow(/s3cret/);
  });

  it('starts while Postgres is unreachable and refuses changes with a clear message', async () => {
    // Port 1 on localhost: nothing listens there, so the connection is refused at once.
    const databaseUrl = 'postgres://bot:s3cret@127.0.0.1:1/footnote';
    const storage = openStorage({ databaseUrl, guildsDir: dir, dataDir: dir });
    expect(storage.backend).toBe('postgres');
    expect(describeStorage(storage, databaseUrl)).toBe(
      'storage: postgres at postgres://bot:***@127.0.0.1:1/footnote',
    );
    const add = storage.add(additionOf(ARTICLES.harbin, guildOnShard(0, 1)), {
      by: { id: '1' },
      via: 'cli',
    });
    await expect(add).rejects.toThrow(StorageUnavailableError);
    await expect(storage.lastSequence()).rejects.toThrow(/cannot be reached right now/);
    await storage.close();
  });

  it('migrate-to-postgres says what it needs', async () => {
    await expect(migrateToPostgres({ guildsDir: dir, dataDir: dir })).rejects.toThrow(
      /DATABASE_URL is not set/,
    );
  });
});
