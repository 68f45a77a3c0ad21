import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, startBotProcess, type BotProcess } from './peer/harness.js';

/*
 * The bot process's life: a gateway close no reconnect can mend (4004 authentication failed,
 * 4010–4014) must end it with a non-zero code, so a supervisor told to restart on failure brings
 * the bot back; a tampered snapshot must be rebuilt at start-up, not served.
 */

let h: Awaited<ReturnType<typeof launch>> | undefined;
let restarted: BotProcess | undefined;

afterEach(async () => {
  restarted?.child.kill('SIGTERM');
  await restarted?.exited;
  await h?.stop();
  [h, restarted] = [undefined, undefined];
});

describe('unrecoverable gateway close', () => {
  it.each([4004])(
    'logs one line and exits non-zero on close %i',
    async (code) => {
      h = await launch();
      const before = h.bot.logs.length;
      h.peer.dropConnections(code);
      const exit = await h.bot.exited;
      expect(exit).not.toBe(0);
      expect(exit).not.toBeNull();
      const fatal = h.bot.logs.slice(before).filter((l) => l.level >= 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toContain(`(${code}, `);
      expect(fatal[0]!.code).toBe(code);
    },
    90_000,
  );
});

describe('a tampered snapshot', () => {
  it('is rebuilt at start-up with one log line, and answers come from the corpus', async () => {
    h = await launch();
    const question = { question: 'Why did Putin visit Harbin?' };
    const before = await h.peer.slash(h.peer.user('erin'), 'ask', question).waitFor();
    expect(JSON.stringify(before.original)).toMatch(/Harbin/);
    h.bot.child.kill('SIGTERM');
    await h.bot.exited;

    // Edit passage text inside the snapshot (same length), leaving the record's checksum as it was.
    const [name] = (await readdir(h.dataDir)).filter((f) => f.startsWith('snapshot-'));
    const file = path.join(h.dataDir, name!);
    const text = await readFile(file, 'latin1');
    await writeFile(file, text.replaceAll('Harbin', 'Zqxjkv'), 'latin1');

    restarted = startBotProcess(h.env);
    await restarted.waitForLog((l) => l.msg === 'Footnote is online', 60_000);
    const rebuilt = restarted.logs.filter((l) => l.msg.startsWith('rebuilding the index'));
    expect(rebuilt.map((l) => l.msg)).toEqual([
      expect.stringMatching(
        /^rebuilding the index: corrupt snapshot \(checksum mismatch on record \d+\)$/,
      ),
    ]);
    await h.peer.waitForShards(1);
    const after = await h.peer.slash(h.peer.user('frank'), 'ask', question).waitFor();
    expect(JSON.stringify(after.original)).toMatch(/Harbin/);
    expect(JSON.stringify(after.original)).not.toMatch(/Zqxjkv/);
  }, 120_000);
});
