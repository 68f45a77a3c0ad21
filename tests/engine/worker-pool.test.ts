import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareObtained } from '../../src/additions/prepare.js';
import { InterruptedError } from '../../src/engine/drain.js';
import { openEngine } from '../../src/engine/engine.js';
import { analyseFile } from '../../src/engine/heavy-work.js';
import { HeavyWorker, ownBuffer } from '../../src/engine/worker-pool.js';
import { InputError } from '../../src/errors.js';
import { PassageIndex } from '../../src/search/index.js';
import { parseArticles } from '../../src/corpus/parse.js';

const PAGE = `<html><head><title>Keepers restore the Skerryvore lighthouse</title></head><body>
<article><h1>Keepers restore the Skerryvore lighthouse</h1>
<p>The granite tower of the Skerryvore lighthouse, twelve miles off the coast of Tiree, reopened on Monday after a two-year restoration paid for by a fishing cooperative.</p>
<p>“We were told the light would go dark for good, and the whole island said no,” said Ingrid Halvorsen, the chair of the cooperative.</p>
</article></body></html>`;

const worker = new HeavyWorker();
afterAll(() => worker.stop());

const obtained = {
  bytes: new TextEncoder().encode(PAGE),
  kind: 'html' as const,
  url: 'https://news.example/skerryvore',
  asked: 'https://news.example/skerryvore',
};

describe('HeavyWorker', () => {
  it('prepares a page on the worker exactly as this thread would', async () => {
    const there = await worker.run('prepare', { obtained });
    expect(there).toEqual(prepareObtained(obtained));
    expect(there.article.title).toBe('Keepers restore the Skerryvore lighthouse');
  });

  it('analyses a file on the worker into the index this thread would build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'footnote-worker-'));
    try {
      const { markdown } = prepareObtained(obtained);
      const path = join(dir, 'page.md');
      await writeFile(path, markdown);
      const file = { path, file: '123456789012345678/page.md', size: markdown.length, hash: '' };
      const there = await worker.run('analyse', file);
      expect(there).toEqual(await analyseFile(file));
      if (!('articles' in there)) throw new Error('the file was skipped');
      expect(there.articles[0]!.quotes.map((q) => q.speaker)).toContain('Ingrid Halvorsen');
      // Term ids given on this thread from the worker's terms match indexing here.
      const fromWorker = PassageIndex.empty();
      for (const article of there.articles) fromWorker.addAnalysed(article);
      const here = PassageIndex.build(parseArticles(file.file, new TextEncoder().encode(markdown)));
      expect([...fromWorker.passages.values()].map((p) => [...p.terms])).toEqual(
        [...here.passages.values()].map((p) => [...p.terms]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('moves a fetched page to the worker instead of copying it, with the same result', async () => {
    const bytes = new TextEncoder().encode(PAGE);
    const moved = { ...obtained, bytes };
    const there = await worker.run('prepare', { obtained: moved }, { transfer: ownBuffer(bytes) });
    expect(bytes.byteLength).toBe(0);
    expect(there).toEqual(prepareObtained(obtained));
  });

  it('moves only a buffer a view spans whole: never a slice of a shared one', () => {
    const whole = Buffer.concat([Buffer.alloc(5000), Buffer.alloc(5000)]);
    expect(ownBuffer(whole)).toEqual([whole.buffer]);
    // Small Buffers share Node's pool; a slice shares its parent's memory.
    expect(ownBuffer(Buffer.from('a short page'))).toEqual([]);
    expect(ownBuffer(whole.subarray(10))).toEqual([]);
  });

  it('gives back bad input as an InputError with its message', async () => {
    const empty = { ...obtained, bytes: new TextEncoder().encode('<html><body></body></html>') };
    const failed = worker.run('prepare', { obtained: empty });
    await expect(failed).rejects.toThrow(InputError);
    await expect(failed).rejects.toThrow(/no article text|could not/i);
  });

  it('stops the task and the worker when the signal aborts, and starts a new one after', async () => {
    const abort = new AbortController();
    const big = { ...obtained, bytes: new TextEncoder().encode(PAGE.repeat(400)) };
    const running = worker.run('prepare', { obtained: big }, { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toThrow(InterruptedError);
    await expect(worker.run('prepare', { obtained }, { signal: abort.signal })).rejects.toThrow(
      InterruptedError,
    );
    expect((await worker.run('prepare', { obtained })).article.title).toMatch(/Skerryvore/);
  });
});

describe('an engine with workerThread', () => {
  it('adds an article through the worker that answers and reports as one added in-thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'footnote-worker-engine-'));
    try {
      const guild = '123456789012345678';
      const source = { kind: 'file' as const, name: 'page.html', bytes: obtained.bytes };
      const reports = [];
      const answers = [];
      for (const workerThread of [true, false]) {
        const at = join(dir, String(workerThread));
        const engine = await openEngine({
          corpusDir: 'seeds',
          dataDir: at,
          guildsDir: join(at, 'guilds'),
          workerThread,
        });
        const { ms: _ms, ...report } = await engine.addArticle({
          guild,
          by: { id: '1' },
          source,
          via: 'cli',
        });
        reports.push(report);
        answers.push(engine.ask('Who paid for the Skerryvore lighthouse restoration?', { guild }));
        expect(await engine.drain!(1000)).toEqual({ finished: 1, interrupted: 0, abandoned: 0 });
      }
      expect(reports[0]).toEqual(reports[1]);
      expect(reports[0]).toMatchObject({ quotes: 1, speakers: ['Ingrid Halvorsen'] });
      expect(JSON.stringify(answers[0])).toMatch(/fishing cooperative/);
      expect(answers[0]).toEqual(answers[1]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
