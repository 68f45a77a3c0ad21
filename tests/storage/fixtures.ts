import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeUrl, textFingerprint } from '../../src/additions/prepare.js';
import { additionFileName, renderAddition } from '../../src/additions/store.js';
import { parseArticles } from '../../src/corpus/parse.js';
import { toPassages } from '../../src/search/passages.js';
import { FileStorage } from '../../src/storage/files.js';
import { openPglite } from '../../src/storage/pglite-client.js';
import { openPostgres } from '../../src/storage/pg-client.js';
import { SqlStorage } from '../../src/storage/sql-storage.js';
import type { SqlClient } from '../../src/storage/sql.js';
import type { NewAddition, Storage, StorageBackend } from '../../src/storage/types.js';
import { PostgresCluster } from './postgres-cluster.js';

/** Real articles: the two seed stories and the HTML page the corpus tests read. */
export const ARTICLES = {
  harbin: 'seeds/000_54998b500be7b4bb.txt',
  second: 'seeds/002_754df6e12105acde.txt',
  page: 'tests/fixtures/corpus/harbin-visit.html',
} as const;

/** A server id on shard `shard` of `count`: its timestamp part is what the partition reads. */
export function guildOnShard(shard: number, count: number, n = 0): string {
  const stamp = 1_300_000_000_000n + BigInt(count * n + shard);
  return String((stamp << 22n) | 4242n);
}

/**
 * An addition as /add makes one from a real file: parsed, saved as Markdown (with `url` in its
 * front matter when given), read back, fingerprinted and named.
 */
export function additionOf(file: string, guild: string, url?: string): NewAddition {
  const [main] = parseArticles(file.split('/').pop()!, readFileSync(file));
  const markdown = renderAddition({ ...main!, ...(url ? { url } : {}) });
  const [article] = parseArticles('added.md', new TextEncoder().encode(markdown));
  const fingerprint = textFingerprint(article!);
  return {
    guild,
    name: additionFileName(article!.title, fingerprint),
    title: article!.title,
    ...(article!.url ? { url: article!.url } : {}),
    fingerprint,
    urls: article!.url ? [normalizeUrl(article!.url)] : [],
    markdown,
  };
}

/** Characters of text an addition gives the index: what the quotas count. */
export function textChars(addition: NewAddition): number {
  const articles = parseArticles('added.md', new TextEncoder().encode(addition.markdown));
  return articles.flatMap(toPassages).reduce((n, p) => n + p.text.length, 0);
}

/** One backend for a suite: a fresh storage per test, and a second "machine" on the same data. */
export interface BackendHarness {
  backend: StorageBackend;
  fresh(): Promise<Storage>;
  /** Another machine on the storage `fresh` last made (its own connections where the backend has them). */
  second(): Promise<Storage>;
  /** A Postgres connection for checks below the interface (SQL backends). */
  sql?(): SqlClient;
  close(): Promise<void>;
}

export async function harness(backend: StorageBackend): Promise<BackendHarness> {
  if (backend === 'files') return filesHarness();
  if (backend === 'pglite') return pgliteHarness();
  return postgresHarness();
}

async function filesHarness(): Promise<BackendHarness> {
  const dirs: string[] = [];
  let current: FileStorage | undefined;
  return {
    backend: 'files',
    async fresh() {
      const dir = await mkdtemp(join(tmpdir(), 'footnote-files-'));
      dirs.push(dir);
      current = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: join(dir, 'data') });
      return current;
    },
    // Files serve one process: its shards share one instance, whose changes run one at a time.
    // Two processes on one folder are not kept apart; that is what Postgres is for.
    async second() {
      return current!;
    },
    async close() {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

async function pgliteHarness(): Promise<BackendHarness> {
  // Starting PGlite takes seconds, so one database serves the suite, emptied before each test.
  const db = await openPglite();
  const storage = new SqlStorage(db);
  await storage.ready();
  return {
    backend: 'pglite',
    async fresh() {
      await db.exec(`TRUNCATE additions, addition_urls, audit_log, feedback_votes, question_log
        RESTART IDENTITY CASCADE`);
      return storage;
    },
    // One connection in one process: the second machine shares it (it sees the same constraints).
    async second() {
      return new SqlStorage(db);
    },
    sql: () => db,
    close: () => db.close(),
  };
}

async function postgresHarness(): Promise<BackendHarness> {
  const cluster = await PostgresCluster.start();
  const open: SqlStorage[] = [];
  let url = '';
  let n = 0;
  const connect = () => {
    const storage = new SqlStorage(openPostgres({ connectionString: url }));
    open.push(storage);
    return storage;
  };
  return {
    backend: 'postgres',
    async fresh() {
      url = await cluster.createDatabase(`test_${++n}`);
      return connect();
    },
    async second() {
      return connect();
    },
    sql: () => open.at(-1)!.db,
    async close() {
      await Promise.all(open.map((s) => s.close().catch(() => undefined)));
      await cluster.destroy();
    },
  };
}

/**
 * The hooks of a suite on `backend`: the harness starts once (and says which backend the suite
 * used), each test gets a fresh, migrated storage.
 */
export function useBackend(
  backend: StorageBackend,
  suite: string,
): { harness: () => BackendHarness; store: () => Storage } {
  let h: BackendHarness | undefined;
  let current: Storage | undefined;
  beforeAll(async () => {
    h = await harness(backend);
    console.log(`${suite}: backend ${h.backend}`);
  }, 180_000);
  afterAll(() => h?.close());
  beforeEach(async () => {
    current = await h!.fresh();
    expect(current.backend).toBe(backend);
    if (current instanceof SqlStorage) await current.ready();
  });
  return { harness: () => h!, store: () => current! };
}
