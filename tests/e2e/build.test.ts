import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What `npm install` builds and `npm start`, the shards and the footnote bin run: the compiled
// JavaScript. Built here into a folder of its own, so the test sees the sources as they are now.
const dir = mkdtempSync(join(tmpdir(), 'footnote-build-'));
const out = join(dir, 'dist');

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', DISCORD_TOKEN: '', ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  const tsc = run([
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
    '--outDir',
    out,
    '--tsBuildInfoFile',
    join(dir, '.tsbuildinfo'),
  ]);
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(run(['scripts/build-assets.mjs', out]).code).toBe(0);
  const bundle = run(['scripts/bundle-cli.mjs', out]);
  expect(bundle.stderr).toBe('');
  expect(bundle.code).toBe(0);
  // Beside the repository's packages, as dist/ is.
  cpSync('package.json', join(dir, 'package.json'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `footnote ask QUESTION --json` through a built entry: its answer, after checking it ran clean. */
function askJson<T>(entry: string, question: string, data: string): T {
  const { code, stdout, stderr } = run([
    join(out, entry),
    'ask',
    question,
    '--json',
    '--data',
    join(dir, data),
  ]);
  expect(stderr).not.toMatch(/Error|tsx/);
  expect(code).toBe(0);
  return JSON.parse(stdout) as T;
}

describe('the built JavaScript', () => {
  it('answers from the seeds through the built command line, with no TypeScript loader', () => {
    const answer = askJson<{ results: { passage: string }[] }>(
      'src/cli/bin.js',
      'Which institute did Putin visit?',
      'data',
    );
    expect(answer.results[0]?.passage).toContain('Harbin Institute of Technology');
  });

  it('answers through the bundled command line, word vectors found beside the built code', () => {
    const answer = askJson<{ results: { related: string[][] }[] }>(
      'src/cli/bin.bundle.js',
      'Which school did the Russian leader tour in Harbin?',
      'data-bundle',
    );
    // Related terms come only from the word vectors: none without the model file.
    expect(answer.results.flatMap((r) => r.related)).toContainEqual(['tour', 'visit']);
  });

  it('gives each bundled module the address of its own built file', () => {
    const bundle = join(out, 'src/cli/bin.bundle.js');
    const text = readFileSync(bundle, 'utf8');
    const rewritten = [...text.matchAll(/new URL\("([^"]+)", import\.meta\.url\)\.href/g)].map(
      (m) => m[1]!,
    );
    // vectors, translation table, migrations, the worker pool, names, lazily loaded packages
    expect(rewritten.length).toBeGreaterThanOrEqual(5);
    for (const file of rewritten) expect(existsSync(resolve(dirname(bundle), file))).toBe(true);
  });

  it('loads every slash command module from its built file', () => {
    const loader = join(out, 'src/discord/loader.js');
    const script = `const { loadCommands } = await import(${JSON.stringify(loader)});
      const modules = await loadCommands();
      console.log(modules.map((m) => m.data.name).sort().join(','));`;
    const { code, stdout, stderr } = run(['--input-type=module', '-e', script]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split(',')).toEqual(
      expect.arrayContaining(['add', 'ask', 'quote', 'sources']),
    );
  });

  it('finds the word vectors beside the built code', () => {
    const vectors = join(out, 'src/search/meaning/vectors.js');
    const script = `const { VECTORS_FILE } = await import(${JSON.stringify(vectors)});
      const { existsSync } = await import('node:fs');
      console.log(existsSync(VECTORS_FILE));`;
    const { code, stdout } = run(['--input-type=module', '-e', script]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('true');
  });

  it('finds the storage migrations beside the built code', () => {
    const migrate = join(out, 'src/storage/migrate.js');
    const script = `const { readMigrations } = await import(${JSON.stringify(migrate)});
      console.log((await readMigrations()).length);`;
    const { code, stdout } = run(['--input-type=module', '-e', script]);
    expect(code).toBe(0);
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  });
});
