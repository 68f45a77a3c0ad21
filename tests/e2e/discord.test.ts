import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './peer/harness.js';
import { PeerRefusal, type InteractionRecord, type StoredCommand } from './peer/peer.js';
import type { PeerUser } from './peer/fixtures.js';

/*
 * The real bot process against the Discord-protocol peer: commands registered by the deploy
 * script, interactions dispatched over the gateway, every answer checked against Discord's rules.
 */

const UNSAFE = /@everyone|@here|<@[!&]?\d+>/i;
const EPHEMERAL = 64;

let h: Awaited<ReturnType<typeof launch>>;
let alice: PeerUser;
let bob: PeerUser;
let mod: PeerUser;

beforeAll(async () => {
  h = await launch();
  alice = h.peer.user('alice');
  bob = h.peer.user('bob');
  mod = h.peer.user('mod', true);
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

/** What every answer must satisfy: acknowledged in time, accepted by Discord, pinging nobody. */
function expectWellBehaved(record: InteractionRecord): void {
  expect(record.ackMs).toBeLessThan(3000);
  expect(record.sent.filter((s) => s.status >= 300)).toEqual([]);
  for (const body of record.bodies) {
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body)).not.toMatch(UNSAFE);
  }
}

/** Waits for the answer and for the bot to finish handling it, then checks it; no error may be logged. */
async function run(record: InteractionRecord): Promise<InteractionRecord> {
  await record.waitFor();
  await h.bot.waitForLog((l) => / handled$/.test(l.msg) && l.interaction === record.id, 5000);
  expectWellBehaved(record);
  expect(h.bot.logs.filter((l) => l.interaction === record.id && l.level >= 40)).toEqual([]);
  return record;
}

describe('command registration', () => {
  it('registers the ten commands in the guild, as the deploy script says', () => {
    const stored = h.peer.commands.get(h.peer.guild.id)!;
    expect(stored.map((c) => c.name).sort()).toEqual([
      'Find sources',
      'add',
      'ask',
      'help',
      'quote',
      'reindex',
      'remove',
      'settings',
      'sources',
      'stats',
    ]);
    expect(h.deploy.stdout).toMatch(/Registered 10 commands in guild \d+/);
    for (const c of stored)
      expect(h.deploy.stdout).toContain(c.type === 3 ? `Apps → ${c.name}` : `/${c.name}`);
  });

  it('gives /ask and /quote the documented options, and /reindex Manage Server', () => {
    const byName = new Map<string, StoredCommand>(
      h.peer.commands.get(h.peer.guild.id)!.map((c) => [c.name, c]),
    );
    expect(byName.get('ask')!.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 300 }),
      expect.objectContaining({ name: 'results', type: 4, min_value: 1, max_value: 5 }),
      expect.objectContaining({ name: 'private', type: 5 }),
    ]);
    expect(byName.get('quote')!.options![0]).toEqual(
      expect.objectContaining({ name: 'speaker', required: true, autocomplete: true }),
    );
    expect(byName.get('reindex')!.default_member_permissions).toBe('32');
    for (const name of ['add', 'remove']) {
      expect(byName.get(name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    }
    expect(byName.get('add')!.options!.map((o) => [o.name, o.type])).toEqual([
      ['url', 3],
      ['file', 11],
      ['title', 3],
    ]);
    expect(byName.get('help')!.default_member_permissions).toBeNull();
  });

  it('logs corpus size, index load time and registered commands at start-up', () => {
    const online = h.bot.logs.find((l) => l.msg === 'Footnote is online')!;
    expect((online.corpus as { articles: number }).articles).toBeGreaterThan(0);
    expect(typeof online.indexLoadMs).toBe('number');
    expect(online.commandsRegistered).toEqual([
      'Find sources',
      'add',
      'ask',
      'help',
      'quote',
      'reindex',
      'remove',
      'settings',
      'sources',
      'stats',
    ]);
  });
});

describe('a burst of /ask', () => {
  it('answers 30 members asking at once, each in its first response and none late', async () => {
    const questions = ['Why did Putin visit Harbin?', 'Putin Xi talks', 'Which university?'];
    const records = Array.from({ length: 30 }, (_, i) =>
      h.peer.slash(h.peer.user(`burst${i}`), 'ask', { question: questions[i % 3]! }),
    );
    await Promise.all(records.map(run));
    for (const [i, r] of records.entries()) {
      expect(r.sent.map((x) => [x.kind, x.type, x.status])).toEqual([['callback', 4, 204]]);
      expect(r.original!.content).toContain(questions[i % 3]);
      expect(r.original!.embeds.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('/ask', () => {
  it('answers with cited excerpts, terms in bold, within limits', async () => {
    const r = await run(h.peer.slash(alice, 'ask', { question: 'Why did Putin visit Harbin?' }));
    // The answer is the first response: no deferral, no edit through the client's rate limit.
    expect(r.sent.map((x) => [x.kind, x.type])).toEqual([['callback', 4]]);
    const message = r.original!;
    expect(message.embeds.length).toBeGreaterThanOrEqual(1);
    expect(message.embeds.length).toBeLessThanOrEqual(3);
    const first = message.embeds[0]!;
    expect(first.description).toMatch(/\*\*[^*]+\*\*/);
    expect(first.description).toMatch(/· paragraph \d+$/);
    expect(message.content).toContain('Why did Putin visit Harbin?');
  });

  it('neutralises @everyone and user mentions in the question', async () => {
    const r = await run(
      h.peer.slash(alice, 'ask', { question: '@everyone <@123456789012345678> why Harbin @here?' }),
    );
    expect(r.original!.content).toContain('@\u200beveryone');
  });

  it('says plainly when nothing in the corpus answers', async () => {
    const r = await run(h.peer.slash(alice, 'ask', { question: 'zyxxy quorbled flimflam' }));
    expect(r.original!.content).toMatch(/nothing in the corpus.*\/sources/s);
    expect(r.original!.embeds).toEqual([]);
  });

  it('answers privately when asked, and others cannot click on it', async () => {
    const r = await run(h.peer.slash(alice, 'ask', { question: 'Putin Xi talks', private: true }));
    expect(r.sent[0]!.body.flags).toBe(EPHEMERAL);
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(() => h.peer.click(bob, r.original, /^Full passage/)).toThrow(PeerRefusal);
  });
});

describe('/ask buttons', () => {
  let asked: InteractionRecord;
  beforeAll(async () => {
    asked = await run(
      h.peer.slash(alice, 'ask', { question: 'Putin China Russia war', results: 1 }),
    );
  });

  it('pages to the next result for the asker', async () => {
    const before = asked.original!.embeds[0]!.title;
    const click = await run(h.peer.click(alice, asked.original, 'More results'));
    expect(click.sent[0]).toMatchObject({ kind: 'callback', type: 7 });
    expect(asked.original!.embeds[0]!.title).not.toBe(before);
    expect(asked.original!.embeds[0]!.title).toMatch(/^Result 2 of \d+/);
  });

  it('refuses someone else privately and leaves the message alone', async () => {
    const before = JSON.stringify(asked.original!.embeds);
    const click = await run(h.peer.click(bob, asked.original, 'More results'));
    expect(click.sent[0]).toMatchObject({ kind: 'callback', type: 4 });
    expect(click.sent[0]!.body.flags).toBe(EPHEMERAL);
    expect(click.sent[0]!.body.content).toMatch(/Only the person who ran this command/);
    expect(JSON.stringify(asked.original!.embeds)).toBe(before);
  });

  it('shows the full passage privately to anyone who asks', async () => {
    const click = await run(h.peer.click(bob, asked.original, /^Full passage/));
    const body = click.sent[0]!.body;
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.embeds![0]!.title).toMatch(/^Full passage \d+/);
    expect(body.embeds![0]!.description).toMatch(/paragraph \d+$/);
  });
});

describe('/quote', () => {
  it('autocompletes speakers from memory within Discord limits', async () => {
    const r = await run(h.peer.autocomplete(alice, 'quote', 'speaker', 'Ri'));
    expect(r.sent[0]).toMatchObject({ kind: 'callback', type: 8 });
    expect(r.choices!.length).toBeLessThanOrEqual(25);
    expect(r.choices!.map((c) => c.name)).toContain('Richard McGregor');
  });

  it('quotes a speaker with their role and a citation', async () => {
    const r = await run(h.peer.slash(alice, 'quote', { speaker: 'Richard McGregor' }));
    const message = r.original!;
    expect(message.content).toContain('Quotes by Richard McGregor');
    expect(message.embeds[0]!.description).toMatch(/^“.+”\n— \*\*Richard McGregor\*\*/s);
    expect(message.embeds[0]!.description).toMatch(/paragraph \d+$/);
  });

  it('answers an unknown speaker gracefully', async () => {
    const r = await run(h.peer.slash(alice, 'quote', { speaker: 'Nobody Atall' }));
    expect(r.original!.content).toMatch(/no speaker called “Nobody Atall”/);
  });
});

describe('/sources and /help', () => {
  it('lists the corpus articles', async () => {
    const r = await run(h.peer.slash(alice, 'sources'));
    expect(r.sent[0]).toMatchObject({ kind: 'callback', type: 4 });
    const embed = r.original!.embeds[0]!;
    expect(embed.title).toMatch(/^Sources in the corpus \(\d+ articles\)$/);
    expect(embed.description).toMatch(/Putin/);
  });

  it('explains every command privately', async () => {
    const r = await run(h.peer.slash(bob, 'help'));
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    const fields = r.original!.embeds[0]!.fields!;
    expect(fields.map((f) => f.name)).toContain('/reindex');
    // The /quote example names a speaker this corpus has: trying it finds their quotes.
    const quoteHelp = fields.find((f) => f.name === '/quote')!.value;
    const speaker = /`\/quote speaker: ([^`]+?)`/.exec(quoteHelp)![1]!;
    const tried = await run(h.peer.slash(bob, 'quote', { speaker }));
    expect(tried.original!.content).toContain(`Quotes by ${speaker}`);
  });
});

describe('/reindex', () => {
  it('is hidden from members without Manage Server', () => {
    expect(() => h.peer.slash(alice, 'reindex')).toThrow(/hidden/);
  });

  it('is refused in code when a server shows it to a member anyway', async () => {
    const before = h.bot.logs.filter((l) => l.msg === 'reindex finished').length;
    const r = await run(h.peer.slash(alice, 'reindex', {}, { force: true }));
    expect(r.sent[0]!.body.flags).toBe(EPHEMERAL);
    expect(r.sent[0]!.body.content).toMatch(/Manage Server/);
    expect(h.bot.logs.filter((l) => l.msg === 'reindex finished').length).toBe(before);
  });

  it('rebuilds for a moderator, privately, and coalesces concurrent calls', async () => {
    const before = h.bot.logs.filter((l) => l.msg === 'reindex finished').length;
    const [a, b] = [h.peer.slash(mod, 'reindex'), h.peer.slash(mod, 'reindex')];
    await Promise.all([run(a), run(b)]);
    for (const r of [a, b]) {
      expect(r.sent[0]).toMatchObject({ kind: 'callback', type: 5 });
      expect(r.sent[0]!.body.flags).toBe(EPHEMERAL);
      expect(r.original!.content).toMatch(/Reindex finished in/);
    }
    expect(h.bot.logs.filter((l) => l.msg === 'reindex finished').length).toBe(before + 1);
  });
});

describe('failures', () => {
  it("shows the engine's complaint about a question privately, without an error ref", async () => {
    const r = await h.peer.slash(alice, 'ask', { question: '   ' }).waitFor();
    // Refused in the first response, privately: no public "thinking…" ever shows.
    expect(r.sent.map((x) => [x.kind, x.type])).toEqual([['callback', 4]]);
    const note = r.original!;
    expect(note.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(note.content).toMatch(/empty/);
    expect(note.content).not.toMatch(/ref [0-9A-F]{6}/);
    await h.bot.waitForLog((l) => l.msg === 'input refused' && l.interaction === r.id, 5000);
  });

  it('answers a failing command with a private error ref, logs it, and keeps serving', async () => {
    h.peer.failNext('callback');
    const r = await h.peer.slash(alice, 'ask', { question: 'Harbin trade fair' }).waitFor();
    const note = r.original!;
    expect(note.flags & EPHEMERAL).toBe(EPHEMERAL);
    const ref = /ref ([0-9A-F]{6})/.exec(note.content)?.[1];
    expect(ref).toBeDefined();
    const logged = await h.bot.waitForLog((l) => l.msg === 'command failed' && l.ref === ref, 5000);
    expect(logged.command).toBe('ask');

    const after = await run(h.peer.slash(bob, 'ask', { question: 'Harbin trade fair' }));
    expect(after.original!.embeds.length).toBeGreaterThan(0);
    expect(h.bot.child.exitCode).toBeNull();
  });
});
