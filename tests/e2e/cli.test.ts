import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKDOWN_QUESTION } from '../helpers/engine.js';

const data = mkdtempSync(join(tmpdir(), 'footnote-cli-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

function footnote(args: string[], input?: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', ...args, '--data', data],
    {
      input,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        DISCORD_TOKEN: '',
        PUBLIC_URL: '',
        GUILDS_DIR: join(data, 'guilds'),
      },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('footnote ask --json', () => {
  it('prints exactly one JSON answer in the documented shape', () => {
    const { code, stdout } = footnote([
      'ask',
      'Which university did Putin visit?',
      '--json',
      '-k',
      '2',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      question: string;
      results: {
        excerpt: string;
        passage: string;
        score: number;
        citation: Record<string, unknown>;
      }[];
    };
    expect(answer.question).toBe('Which university did Putin visit?');
    expect(answer.results).toHaveLength(2);
    for (const r of answer.results) {
      expect(typeof r.excerpt).toBe('string');
      expect(r.passage).toContain(r.excerpt.replace(/\*\*/g, '').replace(/…/g, '').slice(0, 20));
      expect(typeof r.score).toBe('number');
      expect(r.citation).toEqual({
        title: expect.any(String),
        source: expect.stringMatching(/\.txt$/),
        paragraph: expect.any(Number),
        article: expect.stringMatching(/\.txt$/),
      });
    }
  });

  it('answers "nothing" with an empty result list, not an error', () => {
    const { code, stdout } = footnote([
      'ask',
      'What is the boiling point of liquid nitrogen?',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      question: 'What is the boiling point of liquid nitrogen?',
      results: [],
    });
  });
});

describe('an article whose text holds markdown characters', () => {
  // The shipped seeds plus the fixture article with `rate_cap at 5*3 [provisional]`.
  const corpus = join(data, 'markdown-corpus');
  cpSync('seeds', corpus, { recursive: true });
  cpSync('tests/fixtures/markdown', corpus, { recursive: true });

  it('--json: bold around matched terms and no other escaping, with the spans listed', () => {
    const { code, stdout } = footnote(['ask', MARKDOWN_QUESTION, '--json', '--corpus', corpus]);
    expect(code).toBe(0);
    const first = (JSON.parse(stdout) as { results: Record<string, unknown>[] }).results[0]!;
    expect(first.excerpt).toContain('rate**_**cap** at 5*3 [provisional]');
    expect(first.excerpt).not.toContain('\\');
    const text = first.text as string;
    expect(text).toContain('rate_cap at 5*3 [provisional]');
    const spans = first.highlights as { start: number; end: number; kind: string }[];
    expect(spans.map((h) => text.slice(h.start, h.end))).toContain('cap');
    expect(new Set(spans.map((h) => h.kind))).toEqual(new Set(['matched']));
  });

  it('the console shows the article text as written, without ** or backslashes', () => {
    const { code, stdout } = footnote(['ask', MARKDOWN_QUESTION, '--corpus', corpus]);
    expect(code).toBe(0);
    expect(stdout).toContain('rate_cap at 5*3 [provisional]');
    expect(stdout).not.toMatch(/\*\*|\\/);
  });
});

describe('footnote index', () => {
  it('reports what changed since the last index: added, changed and removed files', () => {
    const corpus = join(data, 'index-corpus');
    mkdirSync(corpus);
    const story = (title: string, body: string) => `${title}\n\n${body}\n`;
    writeFileSync(
      join(corpus, 'a.txt'),
      story('Harbour opens', 'The new harbour opened on Monday.'),
    );
    writeFileSync(
      join(corpus, 'b.txt'),
      story('Bridge closes', 'The old bridge closed for repairs.'),
    );
    const index = () => {
      const run = footnote(['index', '--json', '--corpus', corpus]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as Record<string, number>;
    };
    expect(index()).toMatchObject({ added: 2, updated: 0, removed: 0 });
    expect(index()).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 2 });

    appendFileSync(join(corpus, 'a.txt'), '\nA paragraph added later about the harbour ferry.\n');
    rmSync(join(corpus, 'b.txt'));
    writeFileSync(
      join(corpus, 'c.txt'),
      story('Ferry times', 'The ferry runs every twenty minutes.'),
    );
    expect(index()).toMatchObject({ added: 1, updated: 1, removed: 1 });
  });
});

describe('footnote bad input', () => {
  it.each([
    ['an empty question', ['ask', ''], /question is empty/],
    ['punctuation only', ['ask', '?!'], /no words to search for/],
    ['10,000 characters', ['ask', 'x'.repeat(10_000)], /at most/],
    ['a bad -k', ['ask', 'putin', '-k', 'lots'], /-k takes a whole number/],
    ['a missing corpus', ['ask', 'putin', '--corpus', '/nonexistent/folder'], /nonexistent/],
    ['an unknown command', ['frobnicate'], /Unknown command/],
  ])('%s: a clear message on stderr, exit 2, no stack trace', (_label, args, message) => {
    const { code, stdout, stderr } = footnote(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('footnote ask with no answer', () => {
  it('points to the command that lists the corpus, not the console’s', () => {
    const { code, stdout } = footnote(['ask', 'zyxxy quorbled flimflam']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Try other words, or footnote sources to see what it covers\./);
  });
});

describe('footnote quote of a name no one speaks as', () => {
  it('exits 1, as the README says, with the nearest names', () => {
    const { code, stdout } = footnote(['quote', 'Galauskos']);
    expect(code).toBe(0);
    const unknown = footnote(['quote', 'Zbigniew Qwerty']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/No quotes from Zbigniew Qwerty/);
    expect(stdout).toMatch(/Galauskas/);
  });
});

describe('footnote with a mistyped command', () => {
  it('says so before reading the corpus: no index is built for it', () => {
    const fresh = join(data, 'never-opened');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'speakrs', '--data', fresh],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown command "speakrs"/);
    expect(result.stderr).not.toMatch(/indexed/);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('footnote piped into a reader that stops early ("| head")', () => {
  it('ends quietly, with no EPIPE stack trace', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'ask', '--jsonl', '--data', data],
      { env: { ...process.env, NO_COLOR: '1', GUILDS_DIR: join(data, 'guilds') } },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Far more answers than a pipe holds: writes go on after the reader has gone.
    child.stdin.end('What did Putin and Xi drink?\n'.repeat(2000));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});

describe('footnote ask --jsonl', () => {
  it.each([
    'Did Putin and Xi drink in a pavilion newly opened for official visits?',
    // Misspelt: the related pair names the question's word as typed ("universty").
    'Wher did Puttin go to universty?',
  ])(
    'says why a passage was chosen in words the question or the passage wrote, not stems: %s',
    (question) => {
      const { code, stdout } = footnote(['ask', question, '--json']);
      expect(code).toBe(0);
      const { results } = JSON.parse(stdout) as {
        results: {
          passage: string;
          citation: { title: string };
          matched: string[];
          related: [string, string][];
        }[];
      };
      const written = (word: string, text: string): boolean =>
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .includes(word);
      const words = results.flatMap((r) => r.matched.concat(r.related.flat()));
      expect(words.length).toBeGreaterThan(3);
      for (const r of results) {
        const text = `${question} ${r.citation.title} ${r.passage}`;
        for (const word of r.matched) expect(written(word, text)).toBe(true);
        for (const [asked, found] of r.related) {
          expect(written(asked, question)).toBe(true);
          expect(written(found, `${r.citation.title} ${r.passage}`)).toBe(true);
        }
      }
    },
  );

  it('gives a refused question to a script as JSON on stdout, not only on stderr', () => {
    const { code, stdout, stderr } = footnote(['ask', 'the', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: expect.stringMatching(/no words to search/) });
    expect(stderr).toMatch(/no words to search/);
  });

  it('answers one question per line and reports bad lines without stopping', () => {
    const { code, stdout } = footnote(
      ['ask', '--jsonl'],
      'Who is Wei Fenghe?\n?!\nWhat did Putin and Xi drink in the pavilion?\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.question)).toEqual([
      'Who is Wei Fenghe?',
      '?!',
      'What did Putin and Xi drink in the pavilion?',
    ]);
    expect(lines[1]).toMatchObject({ results: [], error: expect.stringMatching(/no words/) });
    expect((lines[2]!.results as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('mistyped options', () => {
  it.each([
    [['ask', 'x', '-k', '-1'], 'footnote: -k takes a whole number from 1 to 20.\n'],
    [['ask', 'x', '--bogus'], "footnote: Unknown option '--bogus'. Run footnote help.\n"],
  ])('%j gets one line saying what is wrong, exit code 2', (args, line) => {
    const { code, stderr, stdout } = footnote(args);
    expect(code).toBe(2);
    expect(stderr).toBe(line);
    expect(stdout).toBe('');
  });
});

describe('a corpus of one article', () => {
  it('is "indexed 1 article", in the singular (review)', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'footnote-one-'));
    try {
      cpSync('seeds/000_54998b500be7b4bb.txt', join(corpus, 'harbin.txt'));
      const { code, stderr } = footnote([
        'sources',
        '--corpus',
        corpus,
        '--data',
        join(corpus, 'data'),
      ]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/indexed 1 article \(1 new/);
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  });
});

describe('footnote add', () => {
  it('says a file that is not there is not there (not that it "disappeared")', () => {
    const { code, stderr } = footnote(['add', 'no-such-story.md', '--guild', '123456789012345678']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no-such-story\.md: no such file/);
  });
});

describe('footnote sources', () => {
  it('lists every story, teasers included, as JSON', () => {
    const { code, stdout } = footnote(['sources', '--json']);
    expect(code).toBe(0);
    const sources = JSON.parse(stdout) as { id: string; title: string }[];
    expect(sources.length).toBeGreaterThanOrEqual(6);
    expect(sources.map((s) => s.title)).toContain(
      'Putin’s China visit highlights military ties, worrying West',
    );
  });
});
