import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/additions/store.js';
import { guildFileKey } from '../../src/corpus/ids.js';
import { scanRoots } from '../../src/corpus/roots.js';
import { copyFilesToSql } from '../../src/storage/copy-files.js';
import { ChangeFeed, type ChangeEvent } from '../../src/storage/feed.js';
import { mirrorAdditions } from '../../src/storage/mirror.js';
import { FileStorage } from '../../src/storage/files.js';
import { migrate, readMigrations } from '../../src/storage/migrate.js';
import { ownsGuild } from '../../src/storage/shards.js';
import type { SqlStorage } from '../../src/storage/sql-storage.js';
import type { ChangeBy, StorageBackend } from '../../src/storage/types.js';
import { ARTICLES, additionOf, guildOnShard, textChars, useBackend } from './fixtures.js';
import { waitFor } from './wait.js';

const MOD: ChangeBy = { by: { id: '111111111111111111', name: 'mod' }, via: 'discord' };
const G1 = guildOnShard(0, 2);
const G2 = guildOnShard(1, 2);
const SQL_BACKENDS: StorageBackend[] = ['pglite', 'postgres'];

describe.each(SQL_BACKENDS)('Postgres storage on %s', (backend) => {
  const suite = useBackend(backend, 'SQL suite');
  let store: SqlStorage;
  beforeEach(() => {
    store = suite.store() as SqlStorage;
  });

  describe('migrations', () => {
    it('run once, recorded with their checksums; a second start runs none', async () => {
      const files = await readMigrations();
      expect(files.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
      expect(await migrate(store.db)).toEqual([]);
      const { rows } = await store.db.query<{ version: number; checksum: string }>(
        'SELECT version, checksum FROM footnote_migrations ORDER BY version',
      );
      expect(rows).toEqual(files.map((m) => ({ version: m.version, checksum: m.checksum })));
    });

    it('refuse a migration edited after it ran, and a database newer than the code', async () => {
      const [first] = await readMigrations();
      const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: 'edited' };
      await expect(migrate(store.db, [edited])).rejects.toThrow(/changed after it was applied/);
      await expect(migrate(store.db, [])).rejects.toThrow(/newer than this version/);
    });

    it('leave nothing behind when one fails', async () => {
      const all = await readMigrations();
      const broken = {
        version: all.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (a int); SELECT no_such_function();',
        checksum: 'x',
      };
      await expect(migrate(store.db, [...all, broken])).rejects.toThrow(/no_such_function/);
      const { rows } = await store.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half_done'",
      );
      expect(rows[0]!.n).toBe(0);
      expect(await migrate(store.db)).toEqual([]);
    });

    it('refuse a folder with a gap in its numbers', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'footnote-migrations-'));
      await writeFile(join(dir, '001-a.sql'), 'SELECT 1;');
      await writeFile(join(dir, '003-c.sql'), 'SELECT 1;');
      await expect(readMigrations(dir)).rejects.toThrow(/3-c is out of sequence/);
      await rm(dir, { recursive: true });
    });
  });

  describe('characters of text in the record', () => {
    it('are kept with each addition, and counted for rows from before they were', async () => {
      const harbin = additionOf(ARTICLES.harbin, G1, 'https://example.com/a');
      const second = additionOf(ARTICLES.second, G1, 'https://example.com/b');
      await store.add(harbin, MOD);
      const chars = async () =>
        (await store.db.query<{ chars: number | null }>('SELECT chars FROM additions')).rows;
      expect(await chars()).toEqual([{ chars: textChars(harbin) }]);
      // As a row written before migration 003, or copied by an older migrate-to-postgres.
      await store.db.query('UPDATE additions SET chars = NULL');
      const both = textChars(harbin) + textChars(second);
      await expect(store.add(second, MOD, { articles: 10, chars: both - 1 })).rejects.toThrow(
        /does not fit/,
      );
      await store.add(second, MOD, { articles: 10, chars: both });
      expect((await chars()).map((r) => r.chars).sort()).toEqual(
        [textChars(harbin), textChars(second)].sort(),
      );
    });
  });

  describe('migrate-to-postgres', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'footnote-install-'));
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('copies a file installation once: a second run adds no rows', async () => {
      const files = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: join(dir, 'data') });
      // One article saved the way the engine saved it before the storage layer: the file, then a
      // line of the audit log in that format.
      const old = additionOf(ARTICLES.page, G2, 'https://example.com/old');
      await writeAtomically(join(dir, 'guilds', G2, old.name), old.markdown);
      await mkdir(join(dir, 'data'), { recursive: true });
      const line = {
        at: '2026-01-02T03:04:05.000Z',
        action: 'add',
        guild: G2,
        by: { id: '999999999999999999', name: 'old mod' },
        via: 'cli',
        article: { id: guildFileKey(G2, old.name), title: old.title, url: old.url },
      };
      await appendFile(join(dir, 'data', 'audit.jsonl'), `${JSON.stringify(line)}\n`);
      await files.add(additionOf(ARTICLES.harbin, G1, 'https://example.com/harbin'), MOD);
      const gone = additionOf(ARTICLES.second, G1);
      await files.add(gone, MOD);
      await files.remove(G1, gone.name, MOD);
      await files.sharedCorpusChanged({ by: { id: 'operator' }, via: 'cli' });
      await writeFile(join(dir, 'guilds', G1, 'empty-0000000000.md'), '');

      const first = await copyFilesToSql(files, store);
      expect(first.additions).toEqual({ copied: 2, present: 0 });
      expect(first.audit).toEqual({ copied: 5, present: 0 });
      expect(first.unreadable.map((u) => u.name)).toEqual(['empty-0000000000.md']);
      const again = await copyFilesToSql(files, store);
      expect(again.additions).toEqual({ copied: 0, present: 2 });
      expect(again.audit).toEqual({ copied: 0, present: 5 });

      for (const guild of [G1, G2]) {
        expect(await store.additions(guild)).toEqual(await files.additions(guild));
      }
      expect((await store.additions(G2))[0]).toMatchObject({
        addedBy: { id: '999999999999999999', name: 'old mod' },
        at: '2026-01-02T03:04:05.000Z',
        via: 'cli',
      });
      expect(await store.auditSince(0)).toEqual(await files.readAudit());
      // The copied rows are the record from now on: the same page is a duplicate in Postgres too.
      await expect(store.add(old, MOD)).rejects.toThrow(/already in this server's additions/);
    });
  });

  describe('the change feed', () => {
    let feeds: ChangeFeed[] = [];
    afterAll(async () => {
      await Promise.all(feeds.map((f) => f.stop()));
    });
    beforeEach(async () => {
      await Promise.all(feeds.map((f) => f.stop()));
      feeds = [];
    });
    const follow = (after: number, shard: number) => {
      const events: ChangeEvent[] = [];
      const feed = new ChangeFeed(store, {
        after,
        owns: ownsGuild(2, [shard]),
        onChange: (e) => void events.push(e),
      });
      feeds.push(feed);
      return { feed, events };
    };

    it("announces a machine's servers' changes and shared changes, and skips other servers'", async () => {
      const { feed, events } = follow(0, 0);
      await feed.start();
      expect(feed.isConnected).toBe(true);
      await store.add(additionOf(ARTICLES.harbin, G1), MOD);
      await store.add(additionOf(ARTICLES.harbin, G2), MOD);
      await store.sharedCorpusChanged({ by: { id: 'operator' }, via: 'cli' });
      await store.remove(G1, additionOf(ARTICLES.harbin, G1).name, MOD);
      await waitFor('four changes', () => feed.lastSequence === 4);
      await feed.settled();
      expect(events).toEqual([
        { sequence: 1, action: 'add', guild: G1, via: 'notify' },
        { sequence: 3, action: 'shared-changed', via: 'notify' },
        { sequence: 4, action: 'remove', guild: G1, via: 'notify' },
      ]);
    });

    it('catches up from the last sequence a machine applied when it starts', async () => {
      await store.add(additionOf(ARTICLES.harbin, G1), MOD);
      await store.add(additionOf(ARTICLES.second, G1), MOD);
      await store.add(additionOf(ARTICLES.page, G1), MOD);
      const { feed, events } = follow(1, 0);
      await feed.start();
      await feed.settled();
      // Both catch-ups name G1, and syncing G1 once brings both: its newest change stands for them.
      expect(events.map((e) => [e.sequence, e.via])).toEqual([[3, 'catch-up']]);
      await store.add(additionOf(ARTICLES.second, G2), MOD);
      await store.add(additionOf(ARTICLES.page, G2), MOD);
      await store.add(additionOf(ARTICLES.harbin, G2), MOD);
      await store.sharedCorpusChanged({ by: { id: 'operator' }, via: 'cli' });
      await waitFor('seven changes', () => feed.lastSequence === 7);
      await feed.settled();
      expect(events.map((e) => e.sequence)).toEqual([3, 7]);
    });

    it('applies a change that failed again later, until it succeeds', async () => {
      const tried: number[] = [];
      const lines: string[] = [];
      let failuresLeft = 2;
      const feed = new ChangeFeed(store, {
        after: 0,
        owns: () => true,
        backoffMs: 5,
        log: (line) => void lines.push(line),
        onChange: (e) => {
          tried.push(e.sequence);
          if (e.guild === G1 && failuresLeft-- > 0) throw new Error('disk full');
        },
      });
      feeds.push(feed);
      await feed.start();
      await store.add(additionOf(ARTICLES.harbin, G1), MOD);
      await store.add(additionOf(ARTICLES.harbin, G2), MOD);
      await waitFor('both changes read', () => feed.lastSequence === 2);
      // G2's change is not held up by G1's; G1's is tried until it is applied.
      await waitFor('the failed change applied', () => feed.pending === 0 && tried.length === 4);
      await feed.settled();
      // Retries may come before or after change 2 arrives: G1's change thrice, G2's once.
      expect(tried.sort((a, b) => a - b)).toEqual([1, 1, 1, 2]);
      expect(lines.filter((l) => l.includes('could not apply change 1: disk full'))).toHaveLength(
        2,
      );
      expect(lines[0]).toMatch(/trying again in \d+ ms/);
    });

    it('stops trying a change that always fails, until that server changes again', async () => {
      let tried = 0;
      const lines: string[] = [];
      const feed = new ChangeFeed(store, {
        after: 0,
        owns: () => true,
        backoffMs: 1,
        maxBackoffMs: 2,
        log: (line) => void lines.push(line),
        onChange: () => {
          tried++;
          throw new Error('no such server');
        },
      });
      feeds.push(feed);
      await feed.start();
      await store.add(additionOf(ARTICLES.harbin, G1), MOD);
      await waitFor('the change given up', () => lines.some((l) => l.includes('not trying again')));
      await feed.settled();
      expect(feed.pending).toBe(0);
      expect(tried).toBe(8);
    });

    it('forgets a failed change once a newer one for the same server is applied', async () => {
      const tried: number[] = [];
      let failuresLeft = 1;
      const feed = new ChangeFeed(store, {
        after: 0,
        owns: () => true,
        backoffMs: 60_000,
        onChange: (e) => {
          tried.push(e.sequence);
          if (failuresLeft-- > 0) throw new Error('disk full');
        },
      });
      feeds.push(feed);
      await feed.start();
      await store.add(additionOf(ARTICLES.harbin, G1), MOD);
      await waitFor('the first change tried', () => feed.lastSequence === 1);
      expect(feed.pending).toBe(1);
      await store.add(additionOf(ARTICLES.second, G1), MOD);
      await waitFor('the second change applied', () => feed.lastSequence === 2);
      await feed.settled();
      expect(feed.pending).toBe(0);
      expect(tried).toEqual([1, 2]);
    });
  });

  describe("mirroring a machine's servers to its local folder", () => {
    it("writes exactly the owned servers' additions, as the corpus reader reads them", async () => {
      const dir = await mkdtemp(join(tmpdir(), 'footnote-mirror-'));
      try {
        const shared = join(dir, 'shared');
        const local = join(dir, 'guilds');
        await mkdir(shared);
        const harbin = additionOf(ARTICLES.harbin, G1);
        const second = additionOf(ARTICLES.second, G1);
        await store.add(harbin, MOD);
        await store.add(second, MOD);
        await store.add(additionOf(ARTICLES.page, G2), MOD);
        const owns = ownsGuild(2, [0]);
        // A server this process does not own may be another's: shard processes share one
        // folder. Its files are not this mirror's to delete.
        await mkdir(join(local, G2), { recursive: true });
        await writeFile(join(local, G2, 'other-0000000000.md'), '# Other\n\nIts text.\n');
        expect(await mirrorAdditions(store, local, { owns })).toEqual({
          written: 2,
          removed: 0,
          unchanged: 0,
          unrecorded: [],
        });
        expect(await readFile(join(local, G2, 'other-0000000000.md'), 'utf8')).toContain('Other');
        expect(await readFile(join(local, G1, harbin.name), 'utf8')).toBe(harbin.markdown);
        // The corpus reader reads the folder whole: the other server's file is its owner's to keep.
        const scan = await scanRoots({ shared, guilds: local });
        expect(scan.files.map((f) => f.file).sort()).toEqual(
          [
            guildFileKey(G1, harbin.name),
            guildFileKey(G1, second.name),
            guildFileKey(G2, 'other-0000000000.md'),
          ].sort(),
        );
        expect(await mirrorAdditions(store, local, { owns })).toEqual({
          written: 0,
          removed: 0,
          unchanged: 2,
          unrecorded: [],
        });
        // A restart where one file went missing reads just that one's text from the record.
        await rm(join(local, G1, second.name));
        expect(await mirrorAdditions(store, local, { owns })).toEqual({
          written: 1,
          removed: 0,
          unchanged: 1,
          unrecorded: [],
        });
        expect(await readFile(join(local, G1, second.name), 'utf8')).toBe(second.markdown);
        // One change, one server: the feed's event names it. A file the record never had (an
        // installation's addition not yet migrated) is kept and reported, never deleted.
        await store.remove(G1, second.name, MOD);
        await writeFile(join(local, G1, 'unmigrated-0000000000.md'), '# Mine\n\nOnly copy.\n');
        expect(await mirrorAdditions(store, local, { owns, guilds: [G1] })).toEqual({
          written: 0,
          removed: 1,
          unchanged: 1,
          unrecorded: [`${G1}/unmigrated-0000000000.md`],
        });
        expect(await readFile(join(local, G1, 'unmigrated-0000000000.md'), 'utf8')).toContain(
          'Only copy',
        );
        // A sync of a server it does not own (none is ever asked for) touches nothing either.
        expect(await mirrorAdditions(store, local, { owns, guilds: [G2] })).toEqual({
          written: 0,
          removed: 0,
          unchanged: 0,
          unrecorded: [],
        });
        expect(await readdir(join(local, G2))).toEqual(['other-0000000000.md']);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
