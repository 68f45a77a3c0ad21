import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('footnote with DATABASE_URL while Postgres is down', () => {
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
