import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The footnote command as a user runs it: its own process, the seeds, a fresh data folder.
const data = mkdtempSync(join(tmpdir(), 'footnote-cli-main-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

function footnote(args: string[], input = '') {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', ...args, '--corpus', 'seeds', '--data', data],
    {
      input,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DISCORD_TOKEN: '', GUILDS_DIR: join(data, 'guilds') },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a mistyped option with --json or --jsonl', () => {
  it.each([
    [['ask', 'bridge', '--bogus', '--json'], "Unknown option '--bogus'. Run footnote help."],
    // Node calls "-k -1" ambiguous (it could be two options); the user meant a value for -k.
    [['ask', 'bridge', '-k', '-1', '--json'], '-k takes a whole number from 1 to 20.'],
    [['ask', 'bridge', '--json', '-k'], '-k takes a whole number from 1 to 20.'],
    [['ask', '--jsonl', '--guild'], '--guild takes a Discord server id (17–20 digits).'],
    [['sources', '--json=yes'], '--json takes no value.'],
    [['--json'], 'Name a command; footnote help lists them.'],
    // A command that writes no lines of JSON says so, instead of printing prose (review).
    [['sources', '--jsonl'], '--jsonl is for ask and quotes; sources takes --json.'],
    [['quote', 'Xi', '--jsonl'], '--jsonl is for ask and quotes; quote takes --json.'],
    // An option the command does not take was silently ignored.
    [['sources', '-k', '3', '--json'], '-k is for ask and quote; sources does not take it.'],
    [['speakers', '--about', 'x', '--json'], '--about is for quote; speakers does not take it.'],
    [['quote', 'Xi', '--title', 'T', '--json'], '--title is for add; quote does not take it.'],
    [
      ['index', '--guild', '111111111111111111', '--json'],
      '--guild is for ask, quote, speakers, quotes, sources, add, remove, feedback and stats; index does not take it.',
    ],
    // Number() took hexadecimal, exponents and spaces.
    ...['1e1', '0x3', ' 3', '3.0', '=3'].map((k): [string[], string] => [
      ['ask', 'bridge', '-k', k, '--json'],
      '-k takes a whole number from 1 to 20.',
    ]),
  ])('%j: the error as JSON on stdout, one line on stderr, exit 2', (args, message) => {
    const { code, stdout, stderr } = footnote(args);
    expect(code).toBe(2);
    expect(stdout).toBe(`${JSON.stringify({ error: message })}\n`);
    expect(stderr).toBe(`footnote: ${message}\n`);
  });

  it('without either, stdout stays empty', () => {
    const { code, stdout, stderr } = footnote(['ask', 'bridge', '-k', '-1']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('footnote: -k takes a whole number from 1 to 20.\n');
  });
});

describe('-k N', () => {
  it('is also written -k=N and --k=N', () => {
    const results = (args: string[]) => {
      const { code, stdout } = footnote(['ask', 'What did Xi and Putin drink?', ...args, '--json']);
      expect(code, args.join(' ')).toBe(0);
      return (JSON.parse(stdout) as { results: unknown[] }).results.length;
    };
    expect(results(['-k', '1'])).toBe(1);
    expect(results(['-k=1'])).toBe(1);
    expect(results(['--k=2'])).toBe(2);
  }, 60_000);
});

describe('footnote ask "QUESTION" --jsonl', () => {
  it('is refused: --jsonl reads its questions from stdin, so the one given would be ignored', () => {
    const { code, stdout, stderr } = footnote(['ask', 'Who is Wei Fenghe?', '--jsonl']);
    expect(code).toBe(2);
    const message =
      '--jsonl reads questions one per line from standard input; ask one question with --json.';
    expect(stdout).toBe(`${JSON.stringify({ error: message })}\n`);
    expect(stderr).toBe(`footnote: ${message}\n`);
  });
});

describe('footnote ask --jsonl', () => {
  it('answers every input line with one output line, a blank one with an error object', () => {
    const input = [
      'Who is Wei Fenghe?',
      '',
      '   ',
      'x'.repeat(1001),
      'What did Xi and Putin drink?',
    ];
    const { code, stdout } = footnote(['ask', '--jsonl'], `${input.join('\n')}\n`);
    // Every line was read and answered: a bad one is reported in its own line, not by the exit code.
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((r) => r.question)).toEqual(input);
    const empty = { results: [], error: 'Ask a question: the question is empty.' };
    expect(records[1]).toEqual({ question: '', ...empty });
    expect(records[2]).toEqual({ question: '   ', ...empty });
    expect(records[3]).toMatchObject({ results: [], error: expect.stringMatching(/at most/) });
    expect(records[4]!.results).not.toEqual([]);
  });
});

describe('footnote remove', () => {
  const GUILD = '111111111111111111';
  const article = join(data, 'lighthouse.md');
  writeFileSync(
    article,
    '# Lighthouse keeper retires\n\nAfter forty years tending the lamp at Point Reyes, keeper ' +
      'Martha Quill climbed the 300 steps one last time on Sunday.\n',
  );

  it('takes an id without its extension, and names the near one when it has no match', () => {
    const added = footnote(['add', article, '--guild', GUILD, '--json']);
    expect(added.code).toBe(0);
    // "guild:111…/lighthouse-keeper-retires-2a9b551c9a.md" → "lighthouse-keeper-retires-2a9b551c9a"
    const name = (JSON.parse(added.stdout) as { id: string }).id.split('/')[1]!;
    const bare = name.replace(/\.md$/, '');

    const typo = footnote(['remove', `${bare.slice(0, -1)}x`, '--guild', GUILD]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      `footnote: This server has no added article "${bare.slice(0, -1)}x"; did you mean ${name}? ` +
        `footnote sources --guild ${GUILD} lists what it has added.\n`,
    );

    const removed = footnote(['remove', bare, '--guild', GUILD]);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe('Removed "Lighthouse keeper retires" (1 passage, 0 quotes).\n');
  }, 60_000);
});

describe('footnote quotes --jsonl', () => {
  it('cites each quotation by its article, whose paragraph holds it, as /quote does', async () => {
    const { parseArticles } = await import('../../src/corpus/index.js');
    const { readFileSync, readdirSync } = await import('node:fs');
    const articles = new Map(
      readdirSync('seeds').flatMap((file) =>
        parseArticles(file, readFileSync(join('seeds', file))).map((a) => [a.id, a] as const),
      ),
    );
    const { code, stdout } = footnote(['quotes', '--jsonl']);
    expect(code).toBe(0);
    const records = stdout
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { quote: string; citation: { article: string; paragraph: number } },
      );
    // The seeds' second file holds several stories: a citation by file alone opened the first.
    expect(new Set(records.map((r) => r.citation.article)).size).toBeGreaterThan(2);
    for (const { quote, citation } of records) {
      const paragraph = articles.get(citation.article)?.paragraphs[citation.paragraph - 1] ?? '';
      expect(paragraph.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' ').slice(0, 30));
    }
  });
});

describe('footnote quote NAME --json', () => {
  it("gives reported speech in ask's shape: excerpt in **bold**, text, highlights into text", () => {
    type Result = { excerpt: string; text: string; highlights: { start: number; end: number }[] };
    const parse = (stdout: string) =>
      JSON.parse(stdout) as { results: Result[]; reported: Result[] };
    const quote = footnote(['quote', 'Wishnik', '--json']);
    expect(quote.code).toBe(1);
    const ask = footnote(['ask', 'What did Wishnik say?', '--json']);
    // One parser for both: each highlight marks a word of `text`, and `excerpt` bolds it.
    for (const r of [...parse(quote.stdout).reported, ...parse(ask.stdout).results]) {
      expect(r.highlights.length).toBeGreaterThan(0);
      const marked = r.highlights.map((h) => `**${r.text.slice(h.start, h.end)}**`);
      for (const bold of marked) expect(r.excerpt).toContain(bold);
      expect(r.excerpt.replace(/\*\*/g, '')).toBe(r.text);
    }
    expect(parse(quote.stdout).reported[0]!.excerpt).toMatch(/\*\*Wishnik\*\*/);
  }, 60_000);
});
