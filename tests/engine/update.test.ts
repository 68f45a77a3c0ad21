import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedsCorpus, type SeedsCorpus } from '../helpers/guild-corpus.js';

const GUILD = '111111111111111111';

let folder: SeedsCorpus;
beforeEach(async () => {
  folder = await seedsCorpus('footnote-update-');
});
afterEach(() => folder.remove());

const story = (title: string) =>
  `${title}\n\nThe harbour board met on Monday to approve new pontoons for ${title}, the clerk said.`;

describe('a reindex report', () => {
  it("counts the shared corpus apart from servers' additions", async () => {
    const engine = await folder.open();
    const shared = engine.sources().length;
    // Two files dropped into the corpus; three a server added from another process meanwhile.
    await writeFile(join(folder.corpus, 'wexbury.txt'), story('Wexbury'));
    await writeFile(join(folder.corpus, 'hollins.txt'), story('Hollins'));
    for (const name of ['a', 'b', 'c'])
      await folder.add(GUILD, `${name}.txt`, story(`Town ${name}`));

    const report = await engine.reindex();
    expect(report).toMatchObject({ added: 5, articles: shared + 5 });
    expect(report.shared).toMatchObject({
      added: 2,
      updated: 0,
      removed: 0,
      unchanged: shared,
      articles: shared + 2,
    });
    const passages = engine.sources().reduce((n, e) => n + e.passages, 0);
    expect(report.shared.passages).toBe(passages);
    expect(report.passages).toBe(engine.stats().passages);
    await engine.settle();
  });
});

describe('a fault reading one file (user review)', () => {
  it('skips that file with a line saying so, and indexes the rest', async () => {
    const { updateState } = await import('../../src/engine/update.js');
    const { analyseFile } = await import('../../src/engine/heavy-work.js');
    await writeFile(join(folder.corpus, 'faulty.txt'), story('Faulty'));
    const read: typeof analyseFile = (file) =>
      file.file === 'faulty.txt' ? Promise.reject(new Error('a rule tripped')) : analyseFile(file);
    const { state, report } = await updateState(
      { shared: folder.corpus, guilds: folder.guilds },
      null,
      read,
    );
    expect(state.skipped).toEqual([
      { file: 'faulty.txt', reason: expect.stringMatching(/could not be read.*a rule tripped/) },
    ]);
    expect(report.skipped).toHaveLength(1);
    expect(state.index.articles.size).toBeGreaterThan(0);
    // Review of 1c6f893: read again at the next scan, though the file did not change.
    const again = await updateState({ shared: folder.corpus, guilds: folder.guilds }, state);
    expect(again.state.skipped).toEqual([]);
    expect(again.report.added).toBe(1);
    expect([...again.state.index.articles.keys()]).toContain('faulty.txt');
  });

  it('fails the change when the worker stops or a shutdown interrupts it (review)', async () => {
    const { updateState } = await import('../../src/engine/update.js');
    const { WorkerStopped } = await import('../../src/engine/worker-pool.js');
    const { interrupted } = await import('../../src/engine/drain.js');
    const roots = { shared: folder.corpus, guilds: folder.guilds };
    // Skipped for good, the file was never read again: its hash had not changed.
    const stopped = () => Promise.reject(new WorkerStopped('the worker thread was stopped'));
    await expect(updateState(roots, null, stopped)).rejects.toThrow(/worker thread was stopped/);
    await expect(updateState(roots, null, () => Promise.reject(interrupted()))).rejects.toThrow(
      /interrupted/,
    );
  });
});
