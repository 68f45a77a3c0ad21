import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm start` without a token (the local console) stopped by SIGTERM in the middle of a /reindex:
 * the reindex finishes within the drain, or is interrupted past SHUTDOWN_SECONDS, and the console
 * says which before the process exits 0. FOOTNOTE_TEST_PAUSE_AT (NODE_ENV=test only) holds the
 * reindex where the signal is sent.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'footnote-console-stop-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs the console, types /reindex, sends SIGTERM once it pauses; resolves with what it printed. */
function stopDuringReindex(pause: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NO_COLOR: '1',
      CORPUS_DIR: 'seeds',
      DATA_DIR: dataDir,
      GUILDS_DIR: path.join(dataDir, 'guilds'),
      WEB_PORT: '0',
      NODE_ENV: 'test',
      FOOTNOTE_TEST_PAUSE_AT: pause,
      SHUTDOWN_SECONDS: '1',
    },
  });
  let out = '';
  let signalled = false;
  const take = (chunk: Buffer): void => {
    out += chunk.toString();
    if (out.includes('footnote> ') && !out.includes('Reindexing')) child.stdin.write('/reindex\n');
    if (!signalled && out.includes(`test pause at ${pause.split(':')[0]}`)) {
      signalled = true;
      child.kill('SIGTERM');
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const killer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, out });
    }),
  );
}

describe('SIGTERM in the console during a /reindex', () => {
  it('lets the reindex finish within the drain and exits 0', async () => {
    const { code, out } = await stopDuringReindex('reindex-read');
    expect(out).toMatch(/SIGTERM: finishing the work in flight/);
    expect(out).toMatch(/Reindexed in \d+ ms/);
    expect(code).toBe(0);
  }, 60_000);

  it('interrupts a reindex held past SHUTDOWN_SECONDS, says so, and exits 0', async () => {
    const { code, out } = await stopDuringReindex('reindex-read:hold');
    expect(out).toMatch(/interrupted and nothing was saved/);
    expect(out).not.toMatch(/Reindexed in/);
    expect(code).toBe(0);
    expect((await readdir(dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
