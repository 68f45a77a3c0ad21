/**
 * `npm run bench:shards [CORPUS_DIR]`: peak RSS of the bot serving 4 shards in one process
 * (`start:sharded`) against 4 processes under the ShardingManager (`start:sharded:processes`), and
 * of 1 shard, each against the local Discord-protocol peer, with the SQuAD articles (or seeds/)
 * as the corpus. RSS is summed over the whole process tree, sampled every 50 ms; every shard answers
 * a question before the peak is read. Figures only, no verdict.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { botEnv, runScript, startBotProcess } from '../tests/e2e/peer/harness.js';
import { DiscordPeer } from '../tests/e2e/peer/peer.js';
import { SQUAD_ARTICLES, row } from './squad.js';

const run = promisify(execFile);
const corpus = process.argv[2] ?? (existsSync(SQUAD_ARTICLES) ? SQUAD_ARTICLES : 'seeds');

interface Setup {
  label: string;
  entry: string;
  shards: number;
  /** The log line that says every shard is connected. */
  ready: string;
}

const SETUPS: Setup[] = [
  { label: '1 shard, 1 process', entry: 'src/shard.ts', shards: 1, ready: 'Footnote is online' },
  { label: '4 shards, 1 process', entry: 'src/shard.ts', shards: 4, ready: 'Footnote is online' },
  {
    label: '4 shards, 4 processes',
    entry: 'src/shard-processes.ts',
    shards: 4,
    ready: 'all shards ready',
  },
];

/** Resident memory of `root` and every process below it, in MB. */
function treeRssMb(root: number): { mb: number; processes: number } {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while being read
    }
  }
  let kb = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      processes++;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { mb: kb / 1024, processes };
}

async function measure(
  setup: Setup,
  snapshotDir: string,
): Promise<{ peakMb: number; processes: number; readyMs: number }> {
  const peer = await new DiscordPeer({
    recommendedShards: setup.shards,
    guilds: setup.shards,
  }).start();
  const dataDir = await mkdtemp(join(tmpdir(), 'footnote-bench-shards-'));
  // Every setup starts from the same snapshot, as on a machine that has run before.
  cpSync(join(snapshotDir, 'data'), dataDir, { recursive: true });
  const env = botEnv(peer, dataDir, {
    // A snapshot is named after its guilds folder: every setup's is the one it was built with.
    GUILDS_DIR: join(snapshotDir, 'guilds'),
    DISCORD_GUILD_ID: '',
    CORPUS_DIR: corpus,
    LOG_LEVEL: 'info',
  });
  try {
    const deploy = await runScript('scripts/deploy-commands.ts', env);
    if (deploy.code !== 0) throw new Error(`deploy-commands failed: ${deploy.stderr}`);
    const started = performance.now();
    const bot = startBotProcess(env, setup.entry);
    let peak = { mb: 0, processes: 0 };
    const sampler = setInterval(() => {
      const now = treeRssMb(bot.child.pid!);
      if (now.mb > peak.mb) peak = now;
    }, 50);
    try {
      await bot.waitForLog((l) => l.msg === setup.ready, 180_000);
      const readyMs = performance.now() - started;
      for (const guild of peer.guilds) {
        await peer
          .slash(peer.user('bench'), 'ask', { question: 'What did the report say?' }, { guild })
          .waitFor(undefined, 30_000);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { peakMb: peak.mb, processes: peak.processes, readyMs };
    } finally {
      clearInterval(sampler);
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  } finally {
    await peer.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const widths = [24, 10, 14, 12, 12];
console.log(`corpus: ${corpus}`);
console.log(row(['', 'processes', 'peak RSS MB', 'vs 1 shard', 'ready ms'], widths));
// The snapshot is built once, not once a setup: the same corpus gives the same snapshot.
const snapshotDir = await mkdtemp(join(tmpdir(), 'footnote-bench-snapshot-'));
await run(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'index'], {
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CORPUS_DIR: corpus,
    DATA_DIR: join(snapshotDir, 'data'),
    GUILDS_DIR: join(snapshotDir, 'guilds'),
  },
});
try {
  let one = 0;
  for (const setup of SETUPS) {
    const m = await measure(setup, snapshotDir);
    one ||= m.peakMb;
    console.log(
      row(
        [
          setup.label,
          m.processes,
          m.peakMb.toFixed(0),
          `${(m.peakMb / one).toFixed(2)}×`,
          m.readyMs.toFixed(0),
        ],
        widths,
      ),
    );
  }
} finally {
  await rm(snapshotDir, { recursive: true, force: true });
}
