import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The operator's side of /add and /remove: the same checks, from a shell.

const dir = mkdtempSync(join(tmpdir(), 'footnote-cli-guilds-'));
const guilds = join(dir, 'guilds');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const A = '333333333333333333';
const B = '444444444444444444';

function footnote(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', ...args, '--data', dir],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DISCORD_TOKEN: '', GUILDS_DIR: guilds },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const article = join(dir, 'vostok.md');
writeFileSync(
  article,
  `# Ice cores from Vostok

Researchers drilled ice cores at Vostok station in Antarctica to read the climate of the past 400,000 years from trapped air bubbles.

"The bubbles are a library of old air," said Tomas Lindqvist, a glaciologist who led the drilling team.
`,
);
const QUESTION = 'What did researchers drill at Vostok station?';
const passages = (out: string) =>
  (JSON.parse(out) as { results: { passage: string }[] }).results.map((r) => r.passage).join('\n');

describe('footnote add / remove --guild', () => {
  it('adds a file for one server, answers as that server sees the corpus, and removes it', () => {
    const added = footnote('add', article, '--guild', A, '--json');
    expect(added.stderr).not.toMatch(/error/i);
    expect(added.code).toBe(0);
    const report = JSON.parse(added.stdout) as { id: string; quotes: number; speakers: string[] };
    expect(report).toMatchObject({ quotes: 1, speakers: ['Tomas Lindqvist'] });

    expect(passages(footnote('ask', QUESTION, '--guild', A, '--json').stdout)).toMatch(/ice cores/);
    expect(passages(footnote('ask', QUESTION, '--guild', B, '--json').stdout)).not.toMatch(
      /ice cores/,
    );
    expect(passages(footnote('ask', QUESTION, '--json').stdout)).not.toMatch(/ice cores/);
    expect(footnote('quote', 'Lindqvist', '--guild', A).stdout).toMatch(/library of old air/);
    expect(footnote('quote', 'Lindqvist', '--guild', B).code).toBe(1);

    const sources = JSON.parse(footnote('sources', '--guild', A, '--json').stdout) as {
      id: string;
      guild?: string;
      addedBy?: { id: string };
    }[];
    expect(sources.find((s) => s.id === report.id)).toMatchObject({
      guild: A,
      addedBy: { id: expect.stringMatching(/^cli:/) },
    });

    const again = footnote('add', article, '--guild', A);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already in this server's additions/);

    const removed = footnote('remove', report.id, '--guild', A);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed "Ice cores from Vostok"/);
    expect(passages(footnote('ask', QUESTION, '--guild', A, '--json').stdout)).not.toMatch(
      /ice cores/,
    );
    expect(readdirSync(join(guilds, A))).toEqual([]);
  }, 90_000); // several CLI processes in a row: tens of seconds on a busy 2-core machine

  it('refuses a bad server id, a missing file and a missing --guild without a stack trace', () => {
    for (const args of [
      ['add', article, '--guild', '../../etc'],
      ['add', join(dir, 'missing.md'), '--guild', A],
      ['add', article],
      ['remove', 'x.md'],
      ['ask', QUESTION, '--guild', 'abc'],
    ]) {
      const { code, stderr } = footnote(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^footnote: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
