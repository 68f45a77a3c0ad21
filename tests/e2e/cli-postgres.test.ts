import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresCluster } from '../storage/postgres-cluster.js';

/*
 * The footnote command on a machine of several, with DATABASE_URL set (a private Postgres on
 * 127.0.0.1), while that Postgres goes down and comes back (user test).
 */

let cluster: PostgresCluster;
let url: string;
let dir: string;

beforeAll(async () => {
  cluster = await PostgresCluster.start();
  url = await cluster.createDatabase('cli');
  dir = await mkdtemp(join(tmpdir(), 'footnote-cli-postgres-'));
  await cp('seeds', join(dir, 'corpus'), { recursive: true });
}, 120_000);
afterAll(async () => {
  await cluster?.destroy();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function footnote(
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
      env: {
        ...process.env,
        NO_COLOR: '1',
        DISCORD_TOKEN: '',
        DATABASE_URL: url,
        CORPUS_DIR: join(dir, 'corpus'),
        DATA_DIR: join(dir, 'data'),
        GUILDS_DIR: join(dir, 'guilds'),
      },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** How many times the other machines were told to reindex their shared corpus. */
async function announcements(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'shared-changed'",
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('footnote with DATABASE_URL while Postgres is down', () => {
  it('index says the others were not told, and the next index once it is back tells them', async () => {
    expect((await footnote('index')).code).toBe(0);
    expect(await announcements()).toBe(1);

    await cluster.stopServer();
    try {
      await writeFile(
        join(dir, 'corpus', 'lighthouse.md'),
        '# Lighthouse relit\n\nVolunteers relit the Orford Ness lamp on Friday.\n',
      );
      const down = await footnote('index');
      expect(down.code).toBe(2);
      expect(down.stdout).toMatch(/1 added, 0 updated, 0 removed/);
      expect(down.stderr).toContain(
        'footnote: This machine reindexed, but the other machines could not be told to reindex theirs: the database cannot be reached. Run `footnote index` again once it is back; it tells them then.',
      );
      // Run again while still down: nothing new to index, and still nobody told.
      const again = await footnote('index', '--json');
      expect(again.code).toBe(2);
      expect(JSON.parse(again.stdout)).toMatchObject({
        added: 0,
        error: expect.stringMatching(/could not be told/),
      });
    } finally {
      await cluster.startServer();
    }

    const back = await footnote('index');
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/0 added, 0 updated, 0 removed/);
    expect(await announcements()).toBe(2);
    // Told once: a later index with nothing new announces nothing.
    expect((await footnote('index')).code).toBe(0);
    expect(await announcements()).toBe(2);
  }, 120_000);

  it('stats and feedback say that statistics and votes are what cannot be read', async () => {
    await cluster.stopServer();
    try {
      const stats = await footnote('stats');
      expect(stats.code).toBe(2);
      expect(stats.stderr).toContain(
        'footnote: The database cannot be reached right now, so statistics cannot be read; questions are still answered.',
      );
      const feedback = await footnote('feedback');
      expect(feedback.code).toBe(2);
      expect(feedback.stderr).toContain(
        'footnote: The database cannot be reached right now, so the votes cannot be read; questions are still answered.',
      );
      // The start-up's own warning says what it could not read, and why.
      expect(stats.stderr).toMatch(
        /^footnote: could not read who added what: the database cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/m,
      );
    } finally {
      await cluster.startServer();
    }
  }, 120_000);
});
