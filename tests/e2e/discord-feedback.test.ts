import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, testUsers } from './peer/harness.js';
import { PeerRefusal, type InteractionRecord, type StoredMessage } from './peer/peer.js';
import type { PeerUser } from './peer/fixtures.js';

/*
 * Feedback, the question log and /stats through the real bot process and the Discord-protocol
 * peer, checked against what the `footnote` command reads from the same DATA_DIR.
 */

const EPHEMERAL = 64;
const QUESTION = 'What did Xi and Putin drink?';

let h: Awaited<ReturnType<typeof launch>>;
let alice: PeerUser, bob: PeerUser, mod: PeerUser;

beforeAll(async () => {
  h = await launch();
  ({ alice, bob, mod } = testUsers(h.peer));
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

async function run(record: InteractionRecord): Promise<InteractionRecord> {
  await record.waitFor(undefined, 15_000);
  await h.bot.waitForLog((l) => / handled$/.test(l.msg) && l.interaction === record.id, 15_000);
  expect(record.sent.filter((s) => s.status >= 300)).toEqual([]);
  expect(h.bot.logs.filter((l) => l.interaction === record.id && l.level >= 40)).toEqual([]);
  return record;
}

/** The `footnote` command on the bot's DATA_DIR, run as the operator would. */
async function footnote(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', ...args],
    { cwd: path.resolve(import.meta.dirname, '../..'), env: h.env, timeout: 60_000 },
  );
  return stdout;
}

/** Waits until the bot has logged `question` (it logs after replying, in the background). */
async function logged(question: string): Promise<void> {
  const file = path.join(h.dataDir, 'questions.jsonl');
  for (let i = 0; i < 100; i++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.includes(JSON.stringify(question))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`"${question}" was never logged`);
}

const labels = (message: StoredMessage | undefined): string[][] =>
  (message?.components ?? []).map((row) => (row.components ?? []).map((b) => b.label ?? ''));

const reply = (r: InteractionRecord): { flags?: number; content?: string } =>
  r.sent[0]!.body as { flags?: number; content?: string };

describe('👍 / 👎 under /ask answers', () => {
  let asked: InteractionRecord;
  beforeAll(async () => {
    asked = await run(h.peer.slash(alice, 'ask', { question: QUESTION, results: 2 }));
    await logged(QUESTION);
  });

  it('sit beside the paging buttons, within five a row', () => {
    expect(labels(asked.original)).toEqual([
      ['Previous', 'More results', '👍', '👎'],
      ['Full passage 1', 'Full passage 2'],
    ]);
    const ids = asked.original!.components.flatMap((r) => r.components ?? []);
    for (const b of ids) expect(b.custom_id!.length).toBeLessThanOrEqual(100);
  });

  it('records one vote per member and answer, changeable, with the question and passages shown', async () => {
    const up = await run(h.peer.click(bob, asked.original, '👍'));
    expect(reply(up).flags).toBe(EPHEMERAL);
    expect(reply(up).content).toBe('Thanks — recorded 👍; you can change it.');
    const down = await run(h.peer.click(bob, asked.original, '👎'));
    expect(reply(down).content).toBe('Thanks — recorded 👎; you can change it.');

    const votes = JSON.parse(await footnote('feedback', '--json')) as Record<string, unknown>[];
    // The passages the bot showed are those the same question gets in this server.
    const answer = JSON.parse(
      await footnote('ask', QUESTION, '-k', '15', '--guild', h.peer.guild.id, '--json'),
    ) as { results: { passageId: string }[] };
    const shown = answer.results.slice(0, 2).map((r) => r.passageId);
    expect(shown).toHaveLength(2);
    expect(votes).toEqual([
      {
        answer: asked.original!.id,
        guild: h.peer.guild.id,
        memberHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        question: QUESTION,
        passages: shown,
        vote: -1,
        at: expect.any(String),
      },
    ]);
    expect(JSON.stringify(votes)).not.toContain(bob.id);
  });

  it('records the passages of the page the voter sees', async () => {
    await run(h.peer.click(alice, asked.original, 'More results'));
    await run(h.peer.click(alice, asked.original, '👍'));
    const votes = JSON.parse(await footnote('feedback', '--guild', h.peer.guild.id, '--json')) as {
      vote: number;
      passages: string[];
    }[];
    const answer = JSON.parse(
      await footnote('ask', QUESTION, '-k', '15', '--guild', h.peer.guild.id, '--json'),
    ) as { results: { passageId: string }[] };
    expect(votes.map((v) => v.vote).sort()).toEqual([-1, 1]);
    expect(votes.find((v) => v.vote === 1)!.passages).toEqual(
      answer.results.slice(2, 4).map((r) => r.passageId),
    );
    const readable = await footnote('feedback');
    expect(readable).toContain(`Q: ${QUESTION}`);
    expect(readable).toMatch(/👎.*\n.*\n.*\n\n👍/);
  });

  it('puts no vote buttons under "nothing in the corpus"', async () => {
    const r = await run(h.peer.slash(alice, 'ask', { question: 'zyxxy quorbled flimflam' }));
    expect(labels(r.original)).toEqual([]);
  });
});

describe('/stats', () => {
  beforeAll(async () => {
    for (const question of [
      'what did putin and xi drnik',
      'What is the weather on Mars?',
      "what's the weather on mars",
      'Why did Putin visit Harbin?',
    ]) {
      await run(h.peer.slash(bob, 'ask', { question }));
      await logged(question);
    }
  });

  it('is hidden from members without Manage Server, and refused when a server shows it anyway', async () => {
    expect(() => h.peer.slash(alice, 'stats')).toThrow(PeerRefusal);
    const r = await run(h.peer.slash(alice, 'stats', {}, { force: true }));
    expect(reply(r).flags).toBe(EPHEMERAL);
    expect(reply(r).content).toMatch(/Manage Server/);
    expect(JSON.stringify(r.bodies)).not.toContain('weather');
  });

  it("shows a moderator the server's counts, paraphrases grouped, privately", async () => {
    const r = await run(h.peer.slash(mod, 'stats'));
    expect(r.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    const fields = new Map(r.original!.embeds[0]!.fields!.map((f) => [f.name, f.value]));
    // Six questions: the drink question twice (once misspelt), Mars twice, Harbin, and nonsense.
    expect(fields.get('Last 7 days')).toBe('6 questions · 3 answered (50%) · 3 with nothing');
    expect(fields.get('Last 30 days')).toBe('6 questions · 3 answered (50%) · 3 with nothing');
    expect(fields.get('Most asked (30 days)')).toMatch(
      /^\*\*2×\*\* What did Xi and Putin drink\? \(\+1 other wording\)\n\*\*2×\*\* What is the weather on Mars\? \(\+1 other wording\)/,
    );
    expect(fields.get('Found nothing (30 days)')).toMatch(
      /^\*\*2×\*\* What is the weather on Mars\? \(\+1 other wording\)\n\*\*1×\*\* zyxxy quorbled flimflam$/,
    );
    expect(fields.get('Answers rated (30 days)')).toBe('2 votes, 50% 👍');
  });

  it('gives the operator the same figures with footnote stats', async () => {
    const stats = JSON.parse(await footnote('stats', '--guild', h.peer.guild.id, '--json')) as {
      windows: { asked: number; answered: number }[];
      top: { question: string; count: number; wordings: string[] }[];
      votes: { up: number; down: number };
    };
    expect(stats.windows.map((w) => [w.asked, w.answered])).toEqual([
      [6, 3],
      [6, 3],
    ]);
    expect(stats.top[0]).toEqual({
      question: QUESTION,
      count: 2,
      wordings: [QUESTION, 'what did putin and xi drnik'],
    });
    expect(stats.votes).toEqual({ up: 1, down: 1 });
    const other = JSON.parse(await footnote('stats', '--guild', '1300000000000000000', '--json'));
    expect(other.windows[1].asked).toBe(0);
    expect(await footnote('stats')).toMatch(
      /Questions asked in every server\n {2}last 7 days: {2}6 questions/,
    );
  });
});
