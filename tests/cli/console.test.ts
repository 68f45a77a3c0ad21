import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { openEngine } from '../../src/engine/engine.js';
import { seedsCorpus, type SeedsCorpus } from '../helpers/guild-corpus.js';

const GUILD = '111111111111111111';

let folder: SeedsCorpus;
beforeEach(async () => {
  folder = await seedsCorpus('footnote-console-unit-');
  for (const name of ['a', 'b', 'c'])
    await folder.add(
      GUILD,
      `${name}.txt`,
      `Town ${name} pontoons\n\nThe harbour board of Town ${name} approved new pontoons on Monday.`,
    );
});
afterEach(() => folder.remove());

/** What the console prints for `lines` typed in one at a time, then /exit. */
async function session(lines: (string | (() => Promise<void>))[]): Promise<string> {
  const engine = await folder.open();
  const [input, output] = [new PassThrough(), new PassThrough()];
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const done = runConsole(engine, { input, output });
  for (const line of lines) {
    if (typeof line === 'string') input.write(`${line}\n`);
    else await line();
  }
  input.end('/exit\n');
  await done;
  await engine.settle();
  return out;
}

describe("the console's counts", () => {
  it("are the shared corpus's, as /sources lists it, with servers' additions apart", async () => {
    const out = await session([
      '/sources',
      async () => {
        await writeFile(join(folder.corpus, 'wexbury.txt'), 'Wexbury\n\nThe ferry sailed.');
        await writeFile(join(folder.corpus, 'hollins.txt'), 'Hollins\n\nThe quarry flooded.');
      },
      '/reindex',
      '/sources',
    ]);
    const listed = [...out.matchAll(/^(?:footnote> )?(\d+) articles:$/gm)].map((m) => Number(m[1]));
    expect(listed).toHaveLength(2);
    const [before, after] = listed as [number, number];
    expect(after).toBe(before + 2);
    expect(out).toMatch(new RegExp(`^Footnote console — ${before} articles, `, 'm'));
    expect(out).toMatch(
      new RegExp(`: 2 added, 0 updated, 0 removed, ${before} unchanged — ${after} articles, `),
    );
    expect(out).toMatch(/ passages in the shared corpus\.$/m);
    expect(out).toMatch(
      /^Servers' additions, each searched only in its server: 0 added, 0 updated, 0 removed, 3 unchanged — 3 articles, 3 passages\.$/m,
    );
  });
});

describe("the console's wrapping", () => {
  it("follows the terminal's width when its window is resized", async () => {
    const engine = await folder.open();
    const input = new PassThrough();
    // A terminal 40 columns wide, as process.stdout is: Node updates `columns` on SIGWINCH.
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 40 });
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    const done = runConsole(engine, { input, output });
    const listing = async (): Promise<string[]> => {
      const from = out.length;
      input.write('/sources\n');
      // The prompt after the listing, where readline puts the cursor after it.
      // eslint-disable-next-line no-control-regex
      await vi.waitFor(() => expect(out.slice(from)).toMatch(/footnote> (\x1b\[\d+G)?$/));
      // eslint-disable-next-line no-control-regex
      const text = out.slice(from).replace(/\x1b\[[0-9;]*[mGJ]/g, '');
      return text.split('\n').filter((line) => !line.startsWith('footnote>'));
    };
    const narrow = await listing();
    output.columns = 100;
    const wide = await listing();
    input.end('/exit\n');
    await done;
    await engine.settle();
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(Math.max(...wide.map((l) => l.length))).toBeGreaterThan(40);
    expect(Math.max(...wide.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(wide.length).toBeLessThan(narrow.length);
  });
});

describe("the console's welcome", () => {
  /** The "Try:" line the console greets a corpus of `files` with. */
  async function tryLine(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'footnote-console-welcome-'));
    try {
      await mkdir(join(dir, 'corpus'));
      for (const [name, text] of Object.entries(files))
        await writeFile(join(dir, 'corpus', name), text);
      const engine = await openEngine({
        corpusDir: join(dir, 'corpus'),
        dataDir: join(dir, 'data'),
      });
      const [input, output] = [new PassThrough(), new PassThrough()];
      let out = '';
      output.on('data', (d: Buffer) => (out += d.toString()));
      const done = runConsole(engine, { input, output });
      input.end('/exit\n');
      await done;
      await engine.settle();
      return /^Try: (.*)$/m.exec(out)?.[1] ?? '';
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it("suggests the loaded corpus's own speaker and a question it answers", async () => {
    const line = await tryLine({
      'budget.txt':
        'Council Approves Budget\n\nThe city council approved a $12 million budget on Wednesday, ' +
        'including funds for new parks and libraries.\n\n"This budget invests in our ' +
        'neighborhoods," said resident Maria Lopez.\n',
    });
    // Not the seeds' Putin and Galauskas, which this corpus has never heard of.
    expect(line).not.toMatch(/Putin|Galauskas/);
    expect(line).toMatch(
      /^\/ask .*Maria Lopez.*\? {3}\/quote Maria Lopez {3}\/sources {3}\/help {3}\/exit$/,
    );
  });

  it('offers only the commands that need no example when the corpus quotes no one', async () => {
    expect(await tryLine({})).toBe('/sources   /help   /exit');
  });
});
