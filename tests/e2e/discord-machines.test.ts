/**
 * Two machines and one real Postgres, end to end through the Discord-protocol peer (issue 13):
 * each machine runs `npm run start:sharded` for one of two shards (SHARD_LIST=0, SHARD_LIST=1)
 * with its own data folder and its own copy of the shared corpus, and no folder in common. An
 * /add reaches only the machine owning that server; the operator's reindex of the shared corpus
 * reaches both through Postgres; and Postgres going down mid-run stops additions, not answers.
 * No Postgres, no pass: the suite fails with how to install it.
 */
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresCluster } from '../storage/postgres-cluster.js';
import { botEnv, runScript, startBotProcess, type BotProcess } from './peer/harness.js';
import type { GuildFixture } from './peer/fixtures.js';
import { DiscordPeer, type InteractionRecord } from './peer/peer.js';

const ONLINE = 'Footnote is online';
const QUESTION = 'When did the Woodbridge tide mill grind flour again?';
const MILL =
  '# Tide mill reopens in Woodbridge\n\nThe tide mill at Woodbridge ground its first flour in thirty years on Saturday, driven by the ebb of the River Deben through a restored wheel.\n';
const LIGHTHOUSE =
  '# Orford Ness lighthouse light relit\n\nVolunteers relit the lamp of the Orford Ness lighthouse on Friday, eleven years after the keepers switched it off for good.\n';
const OBSERVATORY =
  '# Observatory on Bodmin Moor counts meteors\n\nAstronomers at the Bodmin Moor observatory counted four hundred meteors in one night of the Perseid shower.\n';

interface Machine {
  bot: BotProcess;
  corpus: string;
  data: string;
}

let cluster: PostgresCluster;
let databaseUrl: string;
let peer: DiscordPeer;
let web: Server;
let base: string;
let root: string;
const machines: Machine[] = [];

/** The env of one machine: its shard of two, its own folders, the one database. */
function machineEnv(shard: number, corpus: string, data: string): NodeJS.ProcessEnv {
  return botEnv(peer, data, {
    DISCORD_GUILD_ID: '',
    SHARD_COUNT: '2',
    SHARD_LIST: String(shard),
    CORPUS_DIR: corpus,
    DATABASE_URL: databaseUrl,
    FETCH_ALLOW: '127.0.0.1',
  });
}

beforeAll(async () => {
  cluster = await PostgresCluster.start();
  databaseUrl = await cluster.createDatabase('machines_e2e');
  console.log(`two-machine suite: backend postgres (private cluster on port ${cluster.port})`);
  peer = await new DiscordPeer({ recommendedShards: 2, guilds: 2 }).start();
  const pages: Record<string, string> = { '/mill.md': MILL, '/observatory.md': OBSERVATORY };
  web = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': 'text/markdown' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(web.address() as { port: number }).port}`;
  root = await mkdtemp(path.join(tmpdir(), 'footnote-machines-'));
  for (const shard of [0, 1]) {
    const corpus = path.join(root, `corpus-${shard}`);
    const data = path.join(root, `data-${shard}`);
    await cp('seeds', corpus, { recursive: true });
    if (shard === 0) {
      const deploy = await runScript('scripts/deploy-commands.ts', machineEnv(0, corpus, data));
      if (deploy.code !== 0) throw new Error(`deploy-commands failed: ${deploy.stderr}`);
    }
    machines.push({
      bot: startBotProcess(machineEnv(shard, corpus, data), 'src/shard.ts'),
      corpus,
      data,
    });
  }
  await Promise.all(machines.map((m) => m.bot.waitForLog((l) => l.msg === ONLINE, 120_000)));
}, 300_000);

afterAll(async () => {
  for (const { bot } of machines) if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
  await Promise.all(machines.map((m) => m.bot.exited));
  await peer?.stop();
  await new Promise((resolve) => (web ? web.close(resolve) : resolve(undefined)));
  await cluster?.destroy();
  if (root) await rm(root, { recursive: true, force: true });
}, 120_000);

const guild = (shard: number): GuildFixture => peer.guilds[shard]!;

/** Waits for the machine serving `g` to finish `record`; what the member sees, as text. */
async function run(g: GuildFixture, record: InteractionRecord): Promise<string> {
  await record.waitFor(undefined, 30_000);
  const owner = machines[peer.guilds.indexOf(g)]!.bot;
  await owner.waitForLog((l) => / handled$/.test(l.msg) && l.interaction === record.id, 15_000);
  return JSON.stringify(record.visible ?? record.original);
}

const ask = (g: GuildFixture, question = QUESTION): Promise<string> =>
  run(g, peer.slash(peer.user('alice'), 'ask', { question }, { guild: g }));

const add = (g: GuildFixture, url: string): Promise<string> =>
  run(g, peer.slash(peer.user('mod', true), 'add', { url }, { guild: g }));

/** Asks until `test` holds of the reply (a change announced through Postgres takes a moment). */
async function askUntil(
  g: GuildFixture,
  question: string,
  test: (reply: string) => boolean,
): Promise<string> {
  const deadline = Date.now() + 30_000;
  let reply = '';
  while (Date.now() < deadline) {
    reply = await ask(g, question);
    if (test(reply)) return reply;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return reply;
}

/** Whether `bot` handled any interaction with this id. */
const handled = (bot: BotProcess, id: string): boolean =>
  bot.logs.some((l) => / handled$/.test(l.msg) && l.interaction === id);

describe('two machines, one Postgres', () => {
  it('each machine connects only the shard it was given', () => {
    expect(peer.shards.map(([id]) => id).sort()).toEqual([0, 1]);
    for (const [shard, m] of machines.entries()) {
      const started = m.bot.logs.find((l) => l.msg === 'starting shards in one process')!;
      expect(started.shards).toEqual([shard]);
      expect(started.totalShards).toBe(2);
    }
  });

  it('answers an /add on the machine that owns the server, and only that server sees it', async () => {
    const record = peer.slash(
      peer.user('mod', true),
      'add',
      { url: `${base}/mill.md` },
      { guild: guild(0) },
    );
    expect(await run(guild(0), record)).toMatch(/Added.*Tide mill reopens in Woodbridge/);
    expect(handled(machines[1]!.bot, record.id)).toBe(false);
    expect(await ask(guild(0))).toMatch(/Tide mill reopens in Woodbridge/);
    expect(await ask(guild(1))).not.toMatch(/Tide mill reopens in Woodbridge/);
    // Only the owning machine keeps a copy of the server's additions; the other ignores the change.
    const copies = (m: Machine) =>
      readdir(path.join(m.data, 'guilds', guild(0).id)).catch(() => [] as string[]);
    expect(await copies(machines[0]!)).toEqual([expect.stringMatching(/^tide-mill/)]);
    expect(await copies(machines[1]!)).toEqual([]);
  });

  it("brings the operator's reindex of the shared corpus to both machines", async () => {
    // The operator deploys the new article to every machine's copy, then indexes on one of them.
    for (const m of machines) await writeFile(path.join(m.corpus, 'lighthouse.md'), LIGHTHOUSE);
    const cliData = path.join(root, 'data-cli');
    const result = await runScript('src/cli/bin.ts', machineEnv(0, machines[0]!.corpus, cliData), [
      'index',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const question = 'When was the Orford Ness lighthouse relit?';
    // The article's title, which the reply holds only when it cites the article.
    const cited = /Orford Ness lighthouse light relit/;
    for (const shard of [0, 1]) {
      expect(await askUntil(guild(shard), question, (r) => cited.test(r))).toMatch(cited);
    }
  });

  it('keeps answering while Postgres is down, refuses an /add cleanly, and adds again once it is back', async () => {
    await cluster.stopServer();
    try {
      for (const shard of [0, 1])
        expect(await ask(guild(shard), 'Why did Putin visit Harbin?')).toMatch(/Harbin/);
      const refused = await add(guild(1), `${base}/observatory.md`);
      expect(refused).toMatch(/cannot be reached right now/);
      expect(
        await ask(guild(1), 'How many meteors did the Bodmin Moor observatory count?'),
      ).not.toMatch(/Observatory on Bodmin Moor/);
    } finally {
      await cluster.startServer();
    }
    // The pool reconnects on its next query; retry as a moderator would after the refusal.
    let reply = '';
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      reply = await add(guild(1), `${base}/observatory.md`);
      if (!/cannot be reached/.test(reply)) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(reply).toMatch(/Added.*Observatory on Bodmin Moor/);
    expect(await ask(guild(1), 'How many meteors did the Bodmin Moor observatory count?')).toMatch(
      /Observatory on Bodmin Moor/,
    );
    expect(
      await ask(guild(0), 'How many meteors did the Bodmin Moor observatory count?'),
    ).not.toMatch(/Observatory on Bodmin Moor/);
    for (const { bot } of machines) expect(bot.child.exitCode).toBeNull();
  });
});
