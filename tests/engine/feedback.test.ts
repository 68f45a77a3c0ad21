import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as ask from '../../commands/ask.js';
import { Feedback } from '../../src/engine/feedback.js';
import { InputError } from '../../src/errors.js';
import { FileStorage } from '../../src/storage/files.js';
import { context, slash } from '../discord/fake-interaction.js';
import { openFixtureEngine, type FixtureEngine } from '../helpers/engine.js';

const GUILD = '1300000000000000001';
let fixture: FixtureEngine;
let dir: string;

beforeAll(async () => {
  fixture = await openFixtureEngine();
  dir = await mkdtemp(join(tmpdir(), 'footnote-feedback-'));
});

afterAll(async () => {
  await fixture?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Storage on a fresh folder of its own. */
async function storageIn(name: string): Promise<FileStorage> {
  const data = join(dir, name);
  return new FileStorage({ guildsDir: join(data, 'guilds'), dataDir: data });
}

describe('Feedback', () => {
  it('logs a question in the background: a storage failure is reported, never thrown', async () => {
    // DATA_DIR is a file, so every append fails as a full or read-only disk would.
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'not a folder');
    const errors: Error[] = [];
    const feedback = new Feedback(
      new FileStorage({ guildsDir: join(dir, 'g'), dataDir: blocked }),
      (e) => errors.push(e),
    );
    const answer = fixture.engine.ask('What did Xi and Putin drink?');
    expect(feedback.logAsked(answer, { guild: GUILD, id: '1' })).toBeUndefined();
    expect(errors).toEqual([]);
    await feedback.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/ENOTDIR|EEXIST/);
  });

  it('writes the questions in the order they were asked, however fast they come', async () => {
    const storage = await storageIn('order');
    const feedback = new Feedback(storage, (e) => {
      throw e;
    });
    const asked = Array.from({ length: 30 }, (_, i) => `Why did Putin visit Harbin, take ${i}?`);
    for (const q of asked) feedback.logAsked({ question: q, results: [] }, { guild: GUILD });
    await feedback.flush();
    expect((await storage.questions()).map((q) => q.question)).toEqual(asked);
  });

  it('logs the questions asked while a write runs together, in one write after it', async () => {
    const storage = await storageIn('batches');
    const write = storage.logQuestions.bind(storage);
    const writes: string[][] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    storage.logQuestions = async (entries) => {
      writes.push(entries.map((e) => e.question));
      if (writes.length === 1) await held;
      await write(entries);
    };
    const feedback = new Feedback(storage, (e) => {
      throw e;
    });
    const log = (question: string) => feedback.logAsked({ question, results: [] });
    log('First?');
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    for (const q of ['Second?', 'Third?', 'Fourth?']) log(q);
    release();
    await feedback.flush();
    expect(writes).toEqual([['First?'], ['Second?', 'Third?', 'Fourth?']]);
    expect((await storage.questions()).map((q) => q.question)).toEqual([
      'First?',
      'Second?',
      'Third?',
      'Fourth?',
    ]);
  });

  it('records a vote with the question and the passages of the page voted on, changeable', async () => {
    const storage = await storageIn('votes');
    const feedback = new Feedback(storage, (e) => {
      throw e;
    });
    const answer = fixture.engine.ask('What did Xi and Putin drink?', { k: 6, guild: GUILD });
    feedback.logAsked(answer, { guild: GUILD, id: '1300000000000000100' });
    await feedback.flush();
    const vote = { asked: '1300000000000000100', answer: 'm1', member: 'u1', first: 2, count: 2 };
    await feedback.vote({ ...vote, vote: 1 });
    await feedback.vote({ ...vote, vote: -1 });
    const votes = await feedback.votes(GUILD);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({
      guild: GUILD,
      question: 'What did Xi and Putin drink?',
      passages: answer.results.slice(2, 4).map((r) => r.passageId),
      vote: -1,
    });
    expect(await feedback.votes('1300000000000000002')).toEqual([]);
    await expect(feedback.vote({ ...vote, asked: '42', vote: 1 })).rejects.toThrow(InputError);
  });

  it('counts the last 7 and 30 days, answered and nothing, and the share of 👍', async () => {
    const storage = await storageIn('stats');
    const now = new Date('2026-11-29T12:00:00Z');
    const daysAgo = (n: number): Date => new Date(now.getTime() - n * 86_400_000);
    const log = (question: string, answered: boolean, days: number, guild = GUILD) =>
      storage.logQuestions([{ guild, question, answered, at: daysAgo(days) }]);
    await log('Why did Putin visit Harbin?', true, 1);
    await log('why did putn visit harbin', true, 10);
    await log('What is the weather on Mars?', false, 2);
    await log('What is the weather on Mars?', false, 40);
    await log('Who met Xi?', true, 1, '1300000000000000002');
    const stats = await new Feedback(storage, () => undefined).stats({ guild: GUILD, now });
    expect(stats.windows).toEqual([
      { days: 7, asked: 2, answered: 1, nothing: 1 },
      { days: 30, asked: 3, answered: 2, nothing: 1 },
    ]);
    expect(stats.top.map((g) => [g.question, g.count])).toEqual([
      ['Why did Putin visit Harbin?', 2],
      ['What is the weather on Mars?', 1],
    ]);
    expect(stats.unanswered.map((g) => g.question)).toEqual(['What is the weather on Mars?']);
    const all = await new Feedback(storage, () => undefined).stats({ now });
    expect(all.windows[1].asked).toBe(4);
    expect(all.guild).toBeUndefined();
  });
});

describe('/ask with feedback', () => {
  it('answers although the question log cannot be written, and tells only the operator', async () => {
    const blocked = join(dir, 'blocked-ask');
    await writeFile(blocked, 'not a folder');
    const errors: Error[] = [];
    const ctx = context(fixture.engine);
    ctx.feedback = new Feedback(
      new FileStorage({ guildsDir: join(dir, 'g2'), dataDir: blocked }),
      (e) => errors.push(e),
    );
    const i = slash('ask', { question: 'What did Xi and Putin drink?' }, 'u1', 0n, GUILD);
    await ask.execute(i, ctx);
    await ctx.feedback.flush();
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(JSON.stringify(i.last)).not.toMatch(/ENOTDIR|went wrong/);
    expect(errors).toHaveLength(1);
    // The vote buttons follow the paging buttons in the first row.
    expect(i.last!.components![0]!.components.map((b) => ('label' in b ? b.label : ''))).toEqual([
      'Previous',
      'More results',
      '👍',
      '👎',
    ]);
  });

  it('counts a question asked privately but never shows its words to moderators', async () => {
    const storage = await storageIn('private');
    const ctx = context(fixture.engine);
    ctx.feedback = new Feedback(storage, (e) => {
      throw e;
    });
    const question = 'What did my doctor say about my diagnosis?';
    await ask.execute(slash('ask', { question, private: true }, 'u1', 0n, GUILD), ctx);
    await ask.execute(slash('ask', { question: 'Who met Xi?' }, 'u2', 0n, GUILD), ctx);
    await ctx.feedback.flush();
    expect(JSON.stringify(await storage.questions())).not.toContain('doctor');
    const stats = await ctx.feedback.stats({ guild: GUILD });
    expect(stats.windows[0]!.asked).toBe(2);
    expect(stats.top.map((g) => g.question)).toEqual(['Who met Xi?']);
    expect(stats.unanswered).toEqual([]);
  });
});
