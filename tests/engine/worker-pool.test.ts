import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareObtained } from '../../src/additions/prepare.js';
import { InterruptedError } from '../../src/engine/drain.js';
import { openEngine } from '../../src/engine/engine.js';
import { analyseFile, runTask } from '../../src/engine/heavy-work.js';
import { HeavyWorker, ownBuffer, type WarmUp } from '../../src/engine/worker-pool.js';
import { updateState } from '../../src/engine/update.js';
import { warmUpOn } from '../../src/engine/warm-worker.js';
import { waitFor } from '../storage/wait.js';
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

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('a worker kept warm', () => {
  it('warms at once, is replaced by a fresh warm one after idling from real work, and close() ends that', async () => {
    const pool = new HeavyWorker({ idleMs: 50 });
    // Counted as each warm-up starts, before any worker answers: a warm-up that should not happen
    // shows at once, however slowly a fresh worker starts on a busy machine.
    let started = 0;
    const titles: string[] = [];
    const warmUp: WarmUp = async (run) => {
      started++;
      titles.push((await run('prepare', { obtained })).article.title);
    };
    try {
      await pool.keepWarm(warmUp);
      expect(titles).toEqual(['Keepers restore the Skerryvore lighthouse']);
      // Warm and idle, with no real work done: kept, not replaced (the idle time is 50 ms).
      await pause(400);
      expect(started).toBe(1);
      // Real work, then idle: replaced by a fresh worker that warms again, once.
      await pool.run('prepare', { obtained });
      await waitFor('the second warm-up', () => titles.length === 2);
      await pause(400);
      expect(started).toBe(2);
      // Closed (a shutdown): a later task still runs, but nothing is warmed again after it.
      await pool.close();
      await pool.run('prepare', { obtained });
      await pause(400);
      expect(started).toBe(2);
    } finally {
      await pool.stop();
    }
  });

  it('replaces a worker that dies with a warm one, but not one that dies warming up', async () => {
    const pool = new HeavyWorker();
    // The thread ending on its own (out of memory, a crash), as terminate() from outside ends it.
    const kill = (): Promise<number> | undefined =>
      (pool as unknown as { worker?: { terminate(): Promise<number> } }).worker?.terminate();
    let started = 0;
    let warmed = 0;
    let dieWarming = false;
    const warmUp: WarmUp = async (run) => {
      started++;
      const task = run('prepare', { obtained });
      if (dieWarming) await kill();
      await task;
      warmed++;
    };
    try {
      await pool.keepWarm(warmUp);
      expect(started).toBe(1);
      // Dies busy: its task fails, and a fresh worker is warmed at once.
      const big = { ...obtained, bytes: new TextEncoder().encode(PAGE.repeat(400)) };
      const busy = pool.run('prepare', { obtained: big });
      await kill();
      await expect(busy).rejects.toThrow(/worker thread stopped/);
      await waitFor('the warm-up after the death', () => warmed === 2);
      // Dies while warming up: not warmed again, which would only repeat; the next task still runs.
      dieWarming = true;
      await kill();
      await waitFor('the warm-up after the second death', () => started === 3);
      await pause(400);
      expect(started).toBe(3);
      expect((await pool.run('prepare', { obtained })).article.title).toMatch(/Skerryvore/);
    } finally {
      await pool.close();
    }
  });

  it('refuses the tasks of a warm-up still reading its input when close() comes', async () => {
    const pool = new HeavyWorker();
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let refused: unknown;
    const warming = pool.keepWarm(async (run) => {
      await gate;
      await run('prepare', { obtained }).catch((error: unknown) => {
        refused = error;
        throw error;
      });
    });
    await pool.close();
    release();
    await warming;
    expect(String(refused)).toMatch(/no longer kept warm/);
  });

  it('a warm-up that fails leaves the worker usable, and keepWarm still resolves', async () => {
    const pool = new HeavyWorker();
    try {
      const empty = { ...obtained, bytes: new TextEncoder().encode('<html><body></body></html>') };
      await expect(
        pool.keepWarm(async (run) => void (await run('prepare', { obtained: empty }))),
      ).resolves.toBeUndefined();
      expect((await pool.run('prepare', { obtained })).article.title).toMatch(/Skerryvore/);
    } finally {
      await pool.close();
    }
  });

  it("reads the corpus's smallest file, then the same article as a page, each twice", async () => {
    const roots = { shared: 'seeds' };
    const { state } = await updateState(roots, null);
    const tasks: string[] = [];
    const titles = new Set<string>();
    const warmUp = warmUpOn(roots, () => state);
    await warmUp(async (task, input) => {
      tasks.push(task);
      const out = await runTask(task, input);
      if ('article' in out) titles.add(out.article.title);
      if ('articles' in out) for (const a of out.articles) titles.add(a.info.title);
      return out;
    });
    expect(tasks).toEqual(['analyse', 'prepare', 'analyse', 'prepare']);
    // The page is the file's own article again: one title, the one the index holds.
    const smallest = [...state.files].sort((a, b) => a.size - b.size)[0]!;
    const id = state.fileArticles[smallest.file]![0]!;
    expect([...titles]).toEqual([state.index.articles.get(id)!.title]);
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
