import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './peer/harness.js';
import { PeerRefusal } from './peer/peer.js';

/*
 * The bot with its web reader: citation links in embeds, "Find sources" through the peer's
 * message commands, /settings, /healthz following the gateway, and /metrics.
 */

const EPHEMERAL = 64;
const PUBLIC_URL = 'https://footnote.example.org';
let h: Awaited<ReturnType<typeof launch>>;
let reader: string;

beforeAll(async () => {
  h = await launch({ PUBLIC_URL, LINK_SECRET: 'e2e-secret-0123456789abcdef0123456789' });
  const line = await h.bot.waitForLog((l) => typeof l.url === 'string' && /reader/.test(l.msg));
  reader = line.url as string;
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

const health = async () => {
  const res = await fetch(`${reader}/healthz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
};

/** Polls /healthz until it answers `status`; returns what it said. */
async function healthBecomes(status: number, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const h = await health();
    if (h.status === status) return h;
    if (Date.now() > until)
      throw new Error(`/healthz still ${h.status}: ${JSON.stringify(h.body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('citation links', () => {
  it("links each /ask citation's paragraph to the reader at PUBLIC_URL, and the link opens there", async () => {
    const r = await h.peer
      .slash(h.peer.user('ana'), 'ask', { question: 'Why did Putin visit Harbin?' })
      .waitFor();
    const description = r.original!.embeds[0]!.description!;
    const m = /\[paragraph (\d+)\]\((https:\/\/footnote\.example\.org\/a\/[^)]+)\)/.exec(
      description,
    );
    expect(m).not.toBeNull();
    const local = m![2]!.replace(PUBLIC_URL, reader).replace(/#.*/, '');
    const page = await (await fetch(local)).text();
    expect(page).toMatch(new RegExp(`<p id="p${m![1]}"\\s+class="cited"`));
  });
});

describe('Find sources', () => {
  it('answers privately with the passages on a message’s claim', async () => {
    const r = await h.peer
      .messageCommand(h.peer.user('ben'), 'Find sources', {
        content:
          'Putin visited a university in Harbin known for defense research <@123456789012345678>',
        author: h.peer.user('someone'),
      })
      .waitFor();
    expect(r.sent[0]).toMatchObject({ kind: 'callback', type: 5 });
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.original!.content).toMatch(/^\*\*Claim:\*\* Putin visited a university in Harbin/);
    expect(r.original!.content).not.toContain('<@');
    expect(r.original!.embeds.length).toBeGreaterThan(0);
    expect(r.original!.embeds[0]!.description).toMatch(/Harbin|university/i);
  });

  it('says when the corpus has nothing on it, and when the message has no text', async () => {
    const none = await h.peer
      .messageCommand(h.peer.user('ben'), 'Find sources', {
        content: 'Zebras juggle quasars nightly',
      })
      .waitFor();
    expect(none.original!.content).toMatch(/The corpus has nothing on this/);
    expect(none.original!.embeds).toEqual([]);
    const empty = await h.peer
      .messageCommand(h.peer.user('ben'), 'Find sources', { content: '' })
      .waitFor();
    expect(empty.sent[0]).toMatchObject({ kind: 'callback', type: 4 });
    expect(empty.sent[0]!.body.content).toBe('That message has no text to check.');
  });

  it("can be turned off by the server's moderators only", async () => {
    const member = h.peer.user('cara');
    expect(() => h.peer.slash(member, 'settings', { 'find-sources': false })).toThrow(PeerRefusal);
    const forced = await h.peer
      .slash(member, 'settings', { 'find-sources': false }, { force: true })
      .waitFor();
    expect(forced.sent[0]!.body.content).toMatch(/Manage Server/);
    const mod = h.peer.user('mod', true);
    const off = await h.peer.slash(mod, 'settings', { 'find-sources': false }).waitFor();
    expect(off.sent[0]!.body).toMatchObject({
      flags: EPHEMERAL,
      content: '**Find sources** is now off in this server.',
    });
    const refused = await h.peer
      .messageCommand(member, 'Find sources', { content: 'Putin visited Harbin' })
      .waitFor();
    expect(refused.sent[0]!.body.content).toMatch(/turned \*\*Find sources\*\* off/);
    await h.peer.slash(mod, 'settings', { 'find-sources': true }).waitFor();
    const back = await h.peer
      .messageCommand(member, 'Find sources', { content: 'Putin visited Harbin' })
      .waitFor();
    expect(back.original!.embeds.length).toBeGreaterThan(0);
  });
});

describe('health and metrics', () => {
  it('counts commands by name and outcome, and answers vs nothing', async () => {
    const text = await (await fetch(`${reader}/metrics`)).text();
    expect(text).toMatch(/^footnote_commands_total\{command="ask",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^footnote_commands_total\{command="Find sources",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^footnote_answers_total\{result="nothing"\} [1-9]/m);
    expect(text).toMatch(
      /^footnote_command_duration_seconds_bucket\{le="\+Inf",command="ask"\} [1-9]/m,
    );
    expect(text).toMatch(/^footnote_index_passages [1-9]/m);
  });

  it('/healthz is 503 while the gateway is down and 200 once it is back', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });
    h.peer.refuseConnections(true);
    h.peer.dropConnections();
    const down = await healthBecomes(503);
    expect(down.body).toMatchObject({
      status: 'unavailable',
      reason: expect.stringMatching(/gateway/),
    });
    h.peer.refuseConnections(false);
    await healthBecomes(200, 60_000);
    await h.peer.waitForShards(1);
    const r = await h.peer.slash(h.peer.user('dan'), 'sources').waitFor();
    expect(r.original!.embeds[0]!.title).toMatch(/^Sources in the corpus/);
  }, 90_000);
});
