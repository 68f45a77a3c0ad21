import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStats } from '../../../src/discord/render/stats.js';
import { toReply } from '../../../src/discord/response.js';
import { questionStats } from '../../../src/engine/question-stats.js';
import { FileStorage } from '../../../src/storage/files.js';
import { messageProblem } from '../../e2e/peer/limits.js';

// Statistics as questionStats computes them from a real question log.
const GUILD = '1300000000000000001';
let dir: string;
let storage: FileStorage;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-stats-render-'));
  storage = new FileStorage({ guildsDir: join(dir, 'guilds'), dataDir: dir });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('renderStats', () => {
  it('says plainly when nothing was asked', async () => {
    const body = renderStats(await questionStats(storage, { guild: GUILD }));
    const fields = body.embeds![0]!.fields!;
    expect(fields.map((f) => f.value)).toEqual([
      'no questions',
      'no questions',
      'no votes yet',
      'none',
      'none',
    ]);
  });

  it('keeps long questions full of markdown inside Discord limits, whole lines only', async () => {
    // Eight questions that do not group (different subjects), so dense with markdown that the five
    // most asked, escaped, pass a field's 1,024 characters; @everyone early enough to be shown.
    const subjects = [
      'ferry',
      'budget',
      'election',
      'vaccine',
      'festival',
      'railway',
      'library',
      'stadium',
    ];
    for (let i = 0; i < 8; i++) {
      const question = `Why did *the* @everyone _${subjects[i]}_ ~~harbour~~ ${'*raise*_fees_ '.repeat(12)}?`;
      for (let n = 0; n <= i % 3; n++)
        await storage.logQuestions([{ guild: GUILD, question, answered: false }]);
    }
    const reply = toReply(renderStats(await questionStats(storage, { guild: GUILD })), {
      ephemeral: true,
    });
    expect(messageProblem(reply)).toBeNull();
    const top = reply.embeds![0]!.fields!.find((f) => f.name === 'Most asked (30 days)')!.value;
    expect(top.length).toBeLessThanOrEqual(1024);
    for (const line of top.split('\n')) expect(line).toMatch(/^\*\*\d+×\*\* Why did \\\*the\\\*/);
    expect(top).not.toContain('@everyone');
  });
});
