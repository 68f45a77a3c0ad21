import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiscordPeer } from './peer.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** One structured log line from the bot. */
export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A running bot process and everything it logged. */
export interface BotProcess {
  child: ChildProcess;
  logs: LogLine[];
  /** Lines on stdout/stderr that were not JSON logs. */
  other: string[];
  /** Resolves with the first log line from index `since` on matching `test`. */
  waitForLog(
    test: (line: LogLine) => boolean,
    timeoutMs?: number,
    since?: number,
  ): Promise<LogLine>;
  exited: Promise<number | null>;
}

/** The environment a user would put in .env, pointed at `peer`. */
export function botEnv(
  peer: DiscordPeer,
  dataDir: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: peer.token,
    DISCORD_APP_ID: peer.appId,
    DISCORD_GUILD_ID: peer.guild.id,
    DISCORD_API_URL: peer.apiUrl,
    CORPUS_DIR: 'seeds',
    DATA_DIR: dataDir,
    // Never the repo's own corpus/guilds: each run adds into its own temporary folder.
    GUILDS_DIR: path.join(dataDir, 'guilds'),
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    // Any free port: test files run side by side, each with its own bot and reader.
    WEB_PORT: '0',
    ...extra,
  };
}

/** Runs a TypeScript entry point of the repo with `env`; resolves with its exit code and output. */
export function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Starts the bot process (`entry`, default `npm run start:dev`'s src/main.ts) and collects its logs.
 * A built entry (dist/….js, what `npm start` runs) starts without tsx.
 */
export function startBotProcess(env: NodeJS.ProcessEnv, entry = 'src/main.ts'): BotProcess {
  const args = entry.endsWith('.js') ? [entry] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, args, { cwd: ROOT, env });
  const logs: LogLine[] = [];
  const other: string[] = [];
  const waiters = new Set<() => void>();
  const take = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        other.push(line);
      }
    }
    for (const wake of waiters) wake();
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForLog = (
    test: (line: LogLine) => boolean,
    timeoutMs = 30_000,
    since = 0,
  ): Promise<LogLine> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = logs.slice(since).find(test);
        if (!found) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(
          new Error(
            `log line not seen in ${timeoutMs} ms; logs: ${JSON.stringify(logs.slice(-10))} ${other.join('\n')}`,
          ),
        );
      }, timeoutMs);
      waiters.add(check);
      child.on('exit', (code) => {
        check();
        if (!waiters.has(check)) return;
        waiters.delete(check);
        clearTimeout(timer);
        reject(new Error(`bot exited (${code}) before the log line; output: ${other.join('\n')}`));
      });
      check();
    });
  return { child, logs, other, waitForLog, exited };
}

/** The people the bot's tests act as: two members and a moderator (Manage Server). */
export function testUsers(peer: DiscordPeer) {
  return { alice: peer.user('alice'), bob: peer.user('bob'), mod: peer.user('mod', true) };
}

/** A peer, registered commands, and a bot online against it: one per test file. */
export async function launch(
  extraEnv: Record<string, string> = {},
  peerOptions: ConstructorParameters<typeof DiscordPeer>[0] = {},
  entry = 'src/main.ts',
) {
  const peer = await new DiscordPeer(peerOptions).start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'footnote-e2e-'));
  const env = botEnv(peer, dataDir, extraEnv);
  const deploy = await runScript('scripts/deploy-commands.ts', env);
  if (deploy.code !== 0) throw new Error(`deploy-commands failed: ${deploy.stderr}`);
  const bot = startBotProcess(env, entry);
  await bot.waitForLog((l) => l.msg === 'Footnote is online', 60_000);
  const stop = async (): Promise<void> => {
    if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
    await bot.exited;
    await peer.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { peer, bot, env, deploy, dataDir, stop };
}

/** A peer recommending `shards` shards, global commands, and `npm run start:sharded` (one process) against it. */
export async function launchSharded(shards: number, extraEnv: Record<string, string> = {}) {
  const peer = await new DiscordPeer({ recommendedShards: shards, guilds: shards }).start();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'footnote-e2e-shards-'));
  // No guild id: commands are registered globally, so every guild (and shard) has them.
  const env = botEnv(peer, dataDir, { DISCORD_GUILD_ID: '', ...extraEnv });
  const deploy = await runScript('scripts/deploy-commands.ts', env);
  if (deploy.code !== 0) throw new Error(`deploy-commands failed: ${deploy.stderr}`);
  const manager = startBotProcess(env, 'src/shard.ts');
  const stop = async (): Promise<void> => {
    if (manager.child.exitCode === null) manager.child.kill('SIGTERM');
    await manager.exited;
    await peer.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { peer, manager, env, deploy, dataDir, stop };
}
