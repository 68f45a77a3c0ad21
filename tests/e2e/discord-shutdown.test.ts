import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, runScript, startBotProcess, type BotProcess } from './peer/harness.js';
import { DiscordPeer, type InteractionRecord } from './peer/peer.js';
import type { PeerUser } from './peer/fixtures.js';

/*
 * SIGTERM in the middle of a large /add and of a /reindex (issue 15, item 2). A test-only hook
 * (FOOTNOTE_TEST_PAUSE_AT=<phase>[:hold], read only under NODE_ENV=test) holds the change at each
 * named phase; the bot is sent SIGTERM there. With `:hold` the change stays held past the drain's
 * deadline (SHUTDOWN_SECONDS=1), so it is interrupted and must roll back; without it, the drain
 * lets the change finish. Either way the moderator hears the real outcome, the process exits 0,
 * and the next process (which checks the previous phase, then runs the next) finds the audit log,
 * the index, /sources and the folders in agreement, with no temporary file left.
 *
 * One peer, one data folder and one corpus build for the whole file; each page is ~1 MB (about
 * 120 KB of article text, the rest scripts and navigation).
 */

const EPHEMERAL = 64;
const WORDS = ['alder', 'birch', 'cedar', 'dogwood', 'elm', 'fir', 'ginkgo', 'hazel', 'ilex'];

/** A ~1 MB page whose article is about a committee named after `word` (unique to this page). */
function bigPage(word: string): string {
  const parts = [
    `<html><head><title>The ${word}wick committee report</title></head><body><article>`,
  ];
  let size = parts[0]!.length;
  for (let i = 0; size < 120_000; i++) {
    const p = `<p>Paragraph ${i} of the ${word}wick report: the committee met for ${i % 11} hours on the harbor budget. "We will fund the ${word}wick ferry this year," said councillor Maren Holt. The plan ${i} was approved.</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article><nav>');
  for (let i = 0; size < 1_000_000; i++) {
    const link = `<a href="/s/${i}">Section ${i}</a><script>var s${i}="${word}";</script>`;
    parts.push(link);
    size += link.length;
  }
  parts.push('</nav></body></html>');
  return parts.join('');
}

let peer: DiscordPeer;
let web: Server;
let base: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let mod: PeerUser;
let bot: BotProcess | undefined;

beforeAll(async () => {
  web = createServer((req, res) => {
    const word = /^\/page\/([a-z]+)$/.exec(req.url ?? '')?.[1];
    if (word) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bigPage(word));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  peer = await new DiscordPeer().start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'footnote-e2e-shutdown-'));
  env = botEnv(peer, dataDir, {
    FETCH_ALLOW: '127.0.0.1',
    NODE_ENV: 'test',
    SHUTDOWN_SECONDS: '1',
  });
  const deploy = await runScript('scripts/deploy-commands.ts', env);
  if (deploy.code !== 0) throw new Error(`deploy-commands failed: ${deploy.stderr}`);
  mod = peer.user('mod', true);
}, 90_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await peer?.stop();
  await new Promise((resolve) => web?.close(resolve));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A bot process, online; `pause` is FOOTNOTE_TEST_PAUSE_AT for it. */
async function start(pause = ''): Promise<BotProcess> {
  const started = startBotProcess({ ...env, FOOTNOTE_TEST_PAUSE_AT: pause });
  bot = started;
  await started.waitForLog((l) => l.msg === 'Footnote is online', 60_000);
  await peer.waitForShards(1);
  return started;
}

/** SIGTERM once `change` is paused at `phase`; then a new /ask must be told to come back later. */
async function stopAt(
  running: BotProcess,
  phase: string,
  change: InteractionRecord,
): Promise<{ code: number | null; reply: string; ask: string }> {
  await running.waitForLog((l) => l.msg === `test pause at ${phase}`, 20_000);
  const since = running.logs.length;
  running.child.kill('SIGTERM');
  await running.waitForLog((l) => /^SIGTERM/.test(l.msg), 5000, since);
  const ask = peer.slash(peer.user('late'), 'ask', { question: 'Who will fund the ferry?' });
  await Promise.all([change.waitFor(undefined, 15_000), ask.waitFor(undefined, 5000)]);
  const code = await Promise.race([
    running.exited,
    new Promise<'hung'>((resolve) => setTimeout(resolve, 15_000, 'hung')),
  ]);
  if (code === 'hung') running.child.kill('SIGKILL');
  expect(code).not.toBe('hung');
  // No reply was refused by Discord's rules (late callback, unknown interaction…).
  expect([...change.sent, ...ask.sent].filter((s) => s.status >= 300)).toEqual([]);
  return {
    code: code === 'hung' ? null : code,
    reply: shown(change),
    ask: shown(ask),
  };
}

const shown = (r: InteractionRecord): string => JSON.stringify(r.visible ?? r.original ?? r.bodies);

/** What the audit log says of the article titled after `word`: its actions, in order. */
async function audited(word: string): Promise<string[]> {
  const text = await readFile(path.join(dataDir, 'audit.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { action: string; article?: { title: string } })
    .filter((e) => e.article?.title.includes(`${word}wick`))
    .map((e) => e.action);
}

/** Every file in the data folder and the server's additions folder. */
async function files(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of [dataDir, path.join(dataDir, 'guilds', peer.guild.id)]) {
    out.push(...(await readdir(dir).catch(() => [] as string[])));
  }
  return out;
}

/** With a fresh process: is the article about `word` saved, audited, indexed and listed, or none? */
async function expectConsistent(word: string, kept: boolean): Promise<void> {
  const additions = (
    await readdir(path.join(dataDir, 'guilds', peer.guild.id)).catch(() => [])
  ).filter((name) => name.startsWith(`the-${word}wick`));
  expect(additions).toHaveLength(kept ? 1 : 0);
  const actions = await audited(word);
  expect(actions.at(-1) ?? 'none').toBe(kept ? 'add' : actions.length ? 'remove' : 'none');
  const answer = await peer
    .slash(peer.user(`reader-${word}`), 'ask', { question: `Who will fund the ${word}wick ferry?` })
    .waitFor(undefined, 8000);
  // The article's title, cited under an answer from it (the question does not hold it).
  const cited = new RegExp(`${word}wick committee report`, 'i');
  if (kept) expect(shown(answer)).toMatch(cited);
  else expect(shown(answer)).not.toMatch(cited);
  const sources = await peer.slash(peer.user(`lister-${word}`), 'sources').waitFor(undefined, 8000);
  if (kept) expect(shown(sources)).toMatch(new RegExp(`${word}wick committee report.*mod`, 'i'));
  else expect(shown(sources)).not.toMatch(new RegExp(`${word}wick`, 'i'));
  // No temporary file of ours (additions, markers, snapshots) is left behind.
  expect((await files()).filter((f) => /\.tmp$|^\.pending-|^\.adding-/.test(f))).toEqual([]);
}

/** Each case: the pause, what the moderator hears, and whether the article must be kept. */
const ADD_CASES: { pause: string; kept: boolean }[] = [
  { pause: 'downloaded:hold', kept: false },
  { pause: 'parsed:hold', kept: false },
  { pause: 'recorded:hold', kept: false },
  { pause: 'indexed:hold', kept: false },
  { pause: 'snapshot-written:hold', kept: true },
  // Held only until the drain begins: the add finishes within the drain.
  { pause: 'indexed', kept: true },
];

describe('SIGTERM during a large /add', () => {
  let previous: { word: string; kept: boolean } | undefined;

  it.each(ADD_CASES.map((c, i) => ({ ...c, word: WORDS[i]! })))(
    'at $pause: the moderator hears the outcome and the restart agrees',
    async ({ pause, kept, word }) => {
      const running = await start(pause);
      if (previous) await expectConsistent(previous.word, previous.kept);
      const add = peer.slash(mod, 'add', { url: `${base}/page/${word}` });
      const { code, reply, ask } = await stopAt(running, pause.split(':')[0]!, add);
      expect(code).toBe(0);
      expect(add.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
      if (kept) expect(reply).toMatch(new RegExp(`Added.*${word}wick committee report`));
      else expect(reply).toMatch(/interrupted and nothing was saved/);
      expect(ask).toMatch(/Footnote is restarting, try again in a minute/);
      expect(running.logs.some((l) => l.level >= 50)).toBe(false);
      previous = { word, kept };
    },
    60_000,
  );

  it('leaves the last case consistent after a plain restart', async () => {
    const running = await start();
    await expectConsistent(previous!.word, previous!.kept);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  }, 60_000);
});

describe('SIGTERM during a /reindex', () => {
  it.each([
    { pause: 'reindex-read:hold', outcome: /interrupted and nothing was saved/ },
    { pause: 'reindex-snapshot-written:hold', outcome: /Reindex finished/ },
  ])(
    'at $pause: the moderator hears the outcome, the old or new index serves after',
    async ({ pause, outcome }) => {
      const running = await start(pause);
      const reindex = peer.slash(mod, 'reindex');
      const { code, reply } = await stopAt(running, pause.split(':')[0]!, reindex);
      expect(code).toBe(0);
      expect(reply).toMatch(outcome);
      const again = await start();
      // Whatever the reindex did, what was added before is still there, and nothing is left over.
      await expectConsistent(WORDS[ADD_CASES.length - 1]!, true);
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    },
    60_000,
  );
});
