import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { thousands } from '../../src/text/count.js';
import { DuplicateError, NotFoundError } from '../../src/storage/errors.js';
import { ownsGuild } from '../../src/storage/shards.js';
import type { ChangeBy, Storage, StorageBackend } from '../../src/storage/types.js';
import { ARTICLES, additionOf, guildOnShard, textChars, useBackend } from './fixtures.js';

const MOD: ChangeBy = { by: { id: '111111111111111111', name: 'mod' }, via: 'discord' };
const G1 = guildOnShard(0, 2);
const G2 = guildOnShard(1, 2);

const BACKENDS: StorageBackend[] = ['files', 'pglite', 'postgres'];

describe.each(BACKENDS)('storage on %s', (backend) => {
  const suite = useBackend(backend, 'storage suite');
  let store: Storage;
  beforeEach(() => {
    store = suite.store();
  });

  it('keeps an added article whole, with who added it, and audits it', async () => {
    const harbin = additionOf(ARTICLES.harbin, G1, 'https://example.com/news/harbin');
    const { addition, audit } = await store.add(harbin, MOD);
    expect(audit).toMatchObject({
      sequence: 1,
      action: 'add',
      guild: G1,
      by: MOD.by,
      via: 'discord',
    });
    expect(audit.article).toEqual({ name: harbin.name, title: harbin.title, url: harbin.url });
    const [stored, ...rest] = await store.additions(G1);
    expect(rest).toEqual([]);
    expect(stored).toEqual(addition);
    expect(stored).toMatchObject({
      markdown: harbin.markdown,
      fingerprint: harbin.fingerprint,
      title: harbin.title,
      urls: ['https://example.com/news/harbin'],
      addedBy: MOD.by,
    });
    expect(stored!.title).toMatch(/Putin/);
    expect(await store.additions(G2)).toEqual([]);
    expect(await store.lastSequence()).toBe(1);
  });

  it('refuses an article past the server’s limit, counted in the record, and leaves nothing behind', async () => {
    await store.add(additionOf(ARTICLES.harbin, G1, 'https://example.com/a'), MOD, { articles: 1 });
    const over = store.add(additionOf(ARTICLES.second, G1, 'https://example.com/b'), MOD, {
      articles: 1,
    });
    await expect(over).rejects.toThrow(/already has 1 article of its own, the most it may keep/);
    // Another server has room of its own.
    await store.add(additionOf(ARTICLES.second, G2, 'https://example.com/b'), MOD, { articles: 1 });
    expect((await store.additions(G1)).map((a) => a.url)).toEqual(['https://example.com/a']);
    expect(await store.lastSequence()).toBe(2);
  });

  it('refuses an article past the server’s or all servers’ characters, counted in the record (user test)', async () => {
    const harbin = additionOf(ARTICLES.harbin, G1, 'https://example.com/a');
    const second = additionOf(ARTICLES.second, G1, 'https://example.com/b');
    const [h, s] = [textChars(harbin), textChars(second)];
    expect(Math.min(h, s)).toBeGreaterThan(1_000);
    const room = { articles: 10, chars: h + s - 1 };
    await store.add(harbin, MOD, room);
    await expect(store.add(second, MOD, room)).rejects.toThrow(
      new RegExp(
        `hold ${thousands(h)} of the ${thousands(h + s - 1)} characters of text it may keep; this one \\(${thousands(s)}\\) does not fit`,
      ),
    );
    // Another server has room of its own, but not all servers together.
    const elsewhere = additionOf(ARTICLES.second, G2, 'https://example.com/b');
    await expect(store.add(elsewhere, MOD, { ...room, totalChars: h + s - 1 })).rejects.toThrow(
      /as many added articles as its operator allows, across all servers/,
    );
    await store.add(elsewhere, MOD, { ...room, totalChars: h + s });
    expect((await store.additions(G1)).map((a) => a.url)).toEqual(['https://example.com/a']);
    expect(await store.lastSequence()).toBe(2);
  });

  it('lets one of two machines adding to two servers at once take the last room of all servers', async () => {
    const other = await suite.harness().second();
    const one = additionOf(ARTICLES.harbin, G1, 'https://example.com/a');
    const two = additionOf(ARTICLES.second, G2, 'https://example.com/b');
    const room = {
      articles: 10,
      totalChars: Math.max(textChars(one), textChars(two)),
    };
    const results = await Promise.allSettled([
      store.add(one, MOD, room),
      other.add(two, MOD, room),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost.map((r) => (r.reason as Error).message)).toEqual([
      expect.stringMatching(/across all servers/),
    ]);
    expect(await other.lastSequence()).toBe(1);
  });

  it('refuses the same text or the same address twice in one server, and leaves nothing behind', async () => {
    await store.add(additionOf(ARTICLES.harbin, G1, 'https://example.com/a'), MOD);
    // The same story again under another address: same text.
    const sameText = additionOf(ARTICLES.harbin, G1, 'https://example.com/b');
    await expect(store.add(sameText, MOD)).rejects.toThrow(DuplicateError);
    // Another story claiming an address the server already has, plus a new one.
    const sameUrl = additionOf(ARTICLES.second, G1, 'https://example.com/c');
    sameUrl.urls.push('https://example.com/a');
    const refused = await store.add(sameUrl, MOD).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DuplicateError);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/already in this server's additions: "Putin/);
    expect((await store.additions(G1)).map((a) => a.url)).toEqual(['https://example.com/a']);
    expect(await store.lastSequence()).toBe(1);
    // Nothing of the refused add survived: its other address is free, its text is welcome.
    const retry = additionOf(ARTICLES.second, G1, 'https://example.com/c');
    await store.add(retry, MOD);
    expect((await store.additions(G1)).length).toBe(2);
    // Another server may add the same page.
    await store.add(additionOf(ARTICLES.harbin, G2, 'https://example.com/a'), MOD);
    expect((await store.additions(G2)).length).toBe(1);
  });

  it('lets one of two machines adding the same page at once win; the other hears it is a duplicate', async () => {
    const other = await suite.harness().second();
    const page = additionOf(ARTICLES.page, G1, 'https://example.com/page');
    const results = await Promise.allSettled([store.add(page, MOD), other.add(page, MOD)]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(DuplicateError);
    expect(await store.additions(G1)).toHaveLength(1);
    expect(await other.lastSequence()).toBe(1);
  });

  it('removes an addition with an audit entry, and says when there is none', async () => {
    const harbin = additionOf(ARTICLES.harbin, G1);
    await store.add(harbin, MOD);
    const removed = await store.remove(G1, harbin.name, {
      by: { id: '222222222222222222' },
      via: 'cli',
    });
    expect(removed).toMatchObject({ sequence: 2, action: 'remove', guild: G1, via: 'cli' });
    expect(removed.article?.name).toBe(harbin.name);
    expect(await store.additions(G1)).toEqual([]);
    await expect(store.remove(G1, harbin.name, MOD)).rejects.toThrow(NotFoundError);
    // Gone means gone: it can be added again.
    await store.add(harbin, MOD);
    expect(await store.lastSequence()).toBe(3);
  });

  it('numbers the audit log in order, shared corpus changes included, and reads it from any point', async () => {
    await store.add(additionOf(ARTICLES.harbin, G1), MOD);
    const shared = await store.sharedCorpusChanged({ by: { id: 'operator' }, via: 'cli' });
    expect(shared).toMatchObject({ sequence: 2, action: 'shared-changed' });
    expect(shared.guild).toBeUndefined();
    await store.add(additionOf(ARTICLES.second, G2), MOD);
    const all = await store.auditSince(0);
    expect(all.map((e) => [e.sequence, e.action, e.guild])).toEqual([
      [1, 'add', G1],
      [2, 'shared-changed', undefined],
      [3, 'add', G2],
    ]);
    expect((await store.auditSince(2)).map((e) => e.sequence)).toEqual([3]);
    expect(await store.auditSince(3)).toEqual([]);
    expect(await store.auditSince(0, { limit: 1 })).toHaveLength(1);
  });

  it("loads only the servers on a machine's shards", async () => {
    const G3 = guildOnShard(0, 2, 1);
    await store.add(additionOf(ARTICLES.harbin, G1), MOD);
    await store.add(additionOf(ARTICLES.second, G2), MOD);
    await store.add(additionOf(ARTICLES.page, G3), MOD);
    const shard0 = await store.allAdditions(ownsGuild(2, [0]));
    expect(shard0.map((a) => a.guild).sort()).toEqual([G1, G3].sort());
    const shard1 = await store.allAdditions(ownsGuild(2, [1]));
    expect(shard1.map((a) => a.guild)).toEqual([G2]);
    expect(await store.allAdditions()).toHaveLength(3);
    // Without the text, for listings and for a machine's start-up: the rest exactly as stored.
    const infos = await store.additionInfos(ownsGuild(2, [0]));
    expect(infos).toEqual(shard0.map(({ markdown: _markdown, ...info }) => info));
    expect(infos.some((info) => 'markdown' in info)).toBe(false);
    // Less again, for who added what: the same people and times, every server.
    const owners = await store.additionOwners();
    const key = (a: { guild: string; name: string }) => `${a.guild}/${a.name}`;
    expect(
      owners
        .map((o) => ({ guild: o.guild, name: o.name, addedBy: o.addedBy, at: o.at }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    ).toEqual(
      (await store.allAdditions())
        .map(({ guild, name, addedBy, at }) => ({ guild, name, addedBy, at }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    );
  });

  it('keeps one vote per member and answer, changeable, without the member id', async () => {
    const vote = {
      guild: G1,
      answer: '1300000000000000001',
      member: '333333333333333333',
      question: 'Why did Putin visit Harbin?',
      passages: ['seeds/000_54998b500be7b4bb.txt#1:p3'],
      vote: 1 as const,
    };
    await store.vote(vote);
    await store.vote({ ...vote, vote: -1 });
    await store.vote({ ...vote, member: '444444444444444444' });
    await store.vote({ ...vote, guild: G2, answer: '1300000000000000002' });
    const votes = await store.votes({ answer: vote.answer });
    expect(votes.map((v) => v.vote).sort()).toEqual([-1, 1]);
    expect(votes[0]).toMatchObject({ question: vote.question, passages: vote.passages, guild: G1 });
    expect(new Set(votes.map((v) => v.memberHash)).size).toBe(2);
    expect(JSON.stringify(votes)).not.toContain('333333333333333333');
    expect(await store.votes({ guild: G2 })).toHaveLength(1);
  });

  it('logs questions by server and time', async () => {
    // Two at once, as the question log writes the questions asked during its last write.
    await store.logQuestions([
      {
        guild: G1,
        question: 'Who met Xi?',
        answered: true,
        at: new Date('2026-01-01T00:00:00Z'),
      },
      { guild: G1, question: 'What is the weather on Mars?', answered: false },
    ]);
    await store.logQuestions([{ question: 'A question in DMs', answered: true }]);
    const mine = await store.questions({ guild: G1 });
    expect(mine.map((q) => [q.question, q.answered])).toEqual([
      ['Who met Xi?', true],
      ['What is the weather on Mars?', false],
    ]);
    expect(await store.questions({ since: new Date('2026-06-01T00:00:00Z') })).toHaveLength(2);
    expect(await store.questions()).toHaveLength(3);
  });

  it('finds a logged question by the id of its asking, with the passages its answer held', async () => {
    const passages = ['seeds/000_54998b500be7b4bb.txt¶3', 'seeds/002_754df6e12105acde.txt¶1.2'];
    await store.logQuestions([{ guild: G1, question: 'Who met Xi?', answered: true }]);
    await store.logQuestions([
      {
        guild: G1,
        question: 'Why did Putin visit Harbin?',
        answered: true,
        id: '1300000000000000009',
        passages,
      },
    ]);
    await store.logQuestions([
      {
        question: 'Nothing here?',
        answered: false,
        id: '1300000000000000010',
      },
    ]);
    const found = await store.questionById('1300000000000000009');
    expect(found).toMatchObject({ guild: G1, question: 'Why did Putin visit Harbin?', passages });
    expect(await store.questionById('1300000000000000010')).toMatchObject({ answered: false });
    expect((await store.questionById('1300000000000000010'))!.guild).toBeUndefined();
    expect(await store.questionById('1300000000000000011')).toBeUndefined();
    // Entries without an id read back as before.
    expect((await store.questions({ guild: G1 }))[0]).toEqual({
      guild: G1,
      question: 'Who met Xi?',
      answered: true,
      at: expect.any(String),
    });
  });

  it.each([
    ['a server id that is not one', (s: Storage) => s.additions('../etc')],
    [
      'a file name that leaves the folder',
      (s: Storage) => s.add({ ...additionOf(ARTICLES.harbin, G1), name: '../x.md' }, MOD),
    ],
    [
      'an addition without a fingerprint',
      (s: Storage) => s.add({ ...additionOf(ARTICLES.harbin, G1), fingerprint: 'x' }, MOD),
    ],
    [
      'a change by nobody',
      (s: Storage) => s.add(additionOf(ARTICLES.harbin, G1), { by: { id: '' }, via: 'cli' }),
    ],
    [
      'a vote of 0',
      (s: Storage) =>
        s.vote({ answer: 'a', member: 'm', question: 'q', passages: [], vote: 0 as 1 }),
    ],
    [
      'a question of a megabyte',
      (s: Storage) => s.logQuestions([{ question: 'x'.repeat(1 << 20), answered: false }]),
    ],
    [
      'a question of a megabyte among good ones',
      (s: Storage) =>
        s.logQuestions([
          { question: 'Who met Xi?', answered: true },
          { question: 'x'.repeat(1 << 20), answered: false },
        ]),
    ],
    [
      'a question listing a thousand passages',
      (s: Storage) =>
        s.logQuestions([{ question: 'q', answered: true, passages: Array(1000).fill('p') }]),
    ],
    ['a removal in a bad server', (s: Storage) => s.remove('1', 'x.md', MOD)],
  ])('refuses %s with a clear message and keeps nothing', async (_what, call) => {
    const error = await call(store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.length).toBeGreaterThan(10);
    expect(await store.lastSequence()).toBe(0);
    expect(await store.questions()).toEqual([]);
  });
});
