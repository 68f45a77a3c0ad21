import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnv, launch, runScript } from './peer/harness.js';
import { DiscordPeer } from './peer/peer.js';

/*
 * The bot under stress: cooldowns, a dropped gateway, bad configuration, and shutdown. One bot
 * process for the file, stopped by the last test.
 */

const EPHEMERAL = 64;
let h: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  // SHARD_COUNT=auto as in .env.example: discord.js must not read it as a (NaN) shard count.
  h = await launch({ COOLDOWN_SECONDS: '30', SHARD_COUNT: 'auto' });
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

describe('cooldown', () => {
  it('refuses a second /ask within the cooldown, privately, with a relative time', async () => {
    const alice = h.peer.user('alice');
    const first = await h.peer.slash(alice, 'ask', { question: 'Harbin' }).waitFor();
    expect(first.original!.embeds.length).toBeGreaterThan(0);
    const second = await h.peer.slash(alice, 'ask', { question: 'Harbin again' }).waitFor();
    expect(second.sent[0]).toMatchObject({ kind: 'callback', type: 4 });
    expect(second.sent[0]!.body.flags).toBe(EPHEMERAL);
    const at = Number(/<t:(\d+):R>/.exec(second.sent[0]!.body.content!)?.[1]);
    expect(at * 1000).toBeGreaterThan(Date.now() + 20_000);
    expect(at * 1000).toBeLessThanOrEqual(Date.now() + 31_000);
    const bob = await h.peer.slash(h.peer.user('bob'), 'ask', { question: 'Harbin' }).waitFor();
    expect(bob.sent[0]).toMatchObject({ kind: 'callback', type: 4 });
    expect(bob.original!.embeds.length).toBeGreaterThan(0);
  });
});

describe('connection loss', () => {
  it('reconnects after the gateway drops and keeps answering', async () => {
    const before = h.bot.logs.length;
    h.peer.dropConnections();
    const back = (l: { msg: string }): boolean =>
      l.msg === 'shard resumed' || l.msg === 'shard ready';
    await h.bot.waitForLog(back, 20_000, before);
    expect(
      h.bot.logs
        .slice(before)
        .some((l) => l.msg === 'shard disconnected' || l.msg === 'shard reconnecting'),
    ).toBe(true);
    await h.peer.waitForShards(1);
    const r = await h.peer.slash(h.peer.user('carol'), 'sources').waitFor();
    expect(r.original!.embeds[0]!.title).toMatch(/^Sources in the corpus/);
  });
});

describe('configuration errors', () => {
  it.each([
    [{ DISCORD_APP_ID: 'not-an-id' }, /^deploy-commands: DISCORD_APP_ID must be a Discord id/],
    [{ DISCORD_APP_ID: '' }, /^deploy-commands: DISCORD_APP_ID is required/],
    [
      { DISCORD_API_URL: 'localhost:1' },
      /^deploy-commands: DISCORD_API_URL must be an http\(s\) URL/,
    ],
  ])('deploy-commands refuses %j with one line', async (bad, message) => {
    const peer = new DiscordPeer();
    const result = await runScript('scripts/deploy-commands.ts', {
      ...botEnv(peer, '/tmp'),
      ...bad,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

describe('start-up failures', () => {
  it('refuses a malformed DISCORD_APP_ID with one line naming it', async () => {
    const result = await runScript('src/main.ts', { ...h.env, DISCORD_APP_ID: 'abc' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^DISCORD_APP_ID must be a Discord id/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so in one line when Discord refuses the token', async () => {
    const result = await runScript('src/main.ts', {
      ...h.env,
      DISCORD_TOKEN: 'wrong-token-abcdefghijklmnop',
      LOG_LEVEL: 'silent',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/could not connect to Discord/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('shutdown', () => {
  it('disconnects cleanly and exits 0 on SIGTERM', async () => {
    h.bot.child.kill('SIGTERM');
    const code = await h.bot.exited;
    expect(code).toBe(0);
    const said = h.bot.logs.map((l) => l.msg);
    expect(said.some((m) => m.startsWith('SIGTERM: finishing the work in flight'))).toBe(true);
    expect(said).toContain('drained; disconnected from Discord');
  });
});
