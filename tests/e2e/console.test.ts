import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The local console (`npm start` without a token) and the `footnote` command as a person at a
 * terminal uses them: questions piped in or typed on a pseudo-terminal, output as printed.
 */

const data = mkdtempSync(join(tmpdir(), 'footnote-console-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

const ENV = {
  ...process.env,
  NO_COLOR: '1',
  DISCORD_TOKEN: '',
  PUBLIC_URL: '',
  CORPUS_DIR: 'seeds',
  DATA_DIR: data,
  GUILDS_DIR: join(data, 'guilds'),
  WEB_PORT: '0',
};

/** Runs the console with `lines` typed in, then /exit; resolves with what it printed. */
function consoleSession(
  lines: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: ENV });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
    child.stdin.end([...lines, '/exit', ''].join('\n'));
  });
}

function footnote(...args: string[]): string {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    encoding: 'utf8',
    env: ENV,
    timeout: 60_000,
  }).stdout;
}

const QUESTIONS = [
  'What did Xi and Putin drink?',
  'what did putin and xi drnik',
  'zyxxy quorbled flimflam',
];

describe('the console', () => {
  let session: Awaited<ReturnType<typeof consoleSession>>;
  beforeAll(async () => {
    session = await consoleSession([
      QUESTIONS[0]!,
      `/ask ${QUESTIONS[1]}`,
      `/ask ${QUESTIONS[2]}`,
      '/quote Gala\u0007usk\u001bas',
      `/quote ${'Galauskas '.repeat(50)}`,
      '/speakers',
      '/quote Galauskas about:Korea',
    ]);
  }, 90_000);

  it('answers every line and ends cleanly', () => {
    expect(session.code).toBe(0);
    expect(session.out).toMatch(/Nothing in the corpus answers “zyxxy quorbled flimflam”/);
    // Only the first index of this fresh DATA_DIR is told; no question failed to be logged.
    expect(session.err).toMatch(/^footnote: indexed 6 articles[^\n]*\n$/);
  });

  it('logs each question asked, after answering, with the passages shown', () => {
    const logged = readFileSync(join(data, 'questions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.map((q) => [q.question, q.answered, 'guild' in q])).toEqual([
      [QUESTIONS[0], true, false],
      [QUESTIONS[1], true, false],
      [QUESTIONS[2], false, false],
    ]);
    const answer = JSON.parse(footnote('ask', QUESTIONS[0]!, '--json')) as {
      results: { passageId: string }[];
    };
    expect(logged[0]!.passages).toEqual(answer.results.map((r) => r.passageId));
    // The operator's view groups the misspelt paraphrase with its question.
    const stats = JSON.parse(footnote('stats', '--json')) as { top: { count: number }[] };
    expect(stats.top[0]!.count).toBe(2);
  });

  it('strips control characters from /quote and refuses an overlong name, as /ask does', () => {
    expect(session.out).toContain('No quotes from Gala usk as in the corpus.');
    expect(session.out).not.toContain('\u0007');
    expect(session.out).not.toContain('\u001b');
    expect(session.out).toMatch(/That name is 499 characters long; use at most 200\./);
  });

  it('reads "about:" as Discord writes the option, as well as "about"', () => {
    expect(session.out).not.toMatch(/No quotes from Galauskas about/);
    expect(session.out).toMatch(/North Korea/);
  });

  it('points the console to /sources when nothing answers', () => {
    expect(session.out).toMatch(/flimflam”\. Try other words, or \/sources to see/);
  });

  it('agrees counts with their nouns', () => {
    expect(session.out).toMatch(/: 1 quote in 1 article\n/);
    expect(session.out).not.toMatch(/\b1 (quotes|articles)\b/);
  });
});

describe('footnote on a terminal', () => {
  it("wraps its answer at the terminal's width; piped, it leaves lines whole", () => {
    const command = `stty cols 60; node --import tsx src/cli/bin.ts ask 'Why did Putin visit Harbin?' -k 2`;
    // `script` (util-linux) runs the command on a pseudo-terminal, as a person's shell would.
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: ENV });
    expect(tty.status).toBe(0);
    const lines = tty.stdout.replace(/\r/g, '').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const piped = footnote('ask', 'Why did Putin visit Harbin?', '-k', '2');
    expect(Math.max(...piped.split('\n').map((l) => l.length))).toBeGreaterThan(60);
  });
});

describe('footnote on a corpus holding an unreadable file', () => {
  it('tells the "skipped" line once, and again only when the scan finds something new', () => {
    const corpus = join(data, 'odd-corpus');
    cpSync('seeds', corpus, { recursive: true });
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    const run = () =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/bin.ts',
          'sources',
          '--corpus',
          corpus,
          '--data',
          join(data, 'odd'),
        ],
        { encoding: 'utf8', env: ENV, timeout: 60_000 },
      ).stderr;
    expect(run()).toMatch(/^footnote: skipped binary\.txt: binary file/m);
    expect(run()).toBe('');
    writeFileSync(join(corpus, 'empty.txt'), '');
    const third = run();
    expect(third).toMatch(/skipped empty\.txt/);
    expect(third).not.toMatch(/binary\.txt/);
    expect(run()).toBe('');
  });
});
