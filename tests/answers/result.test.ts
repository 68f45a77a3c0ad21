import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, type Engine } from '../../src/engine/engine.js';

// Excerpts as the engine shows them on the seeds, with the quotation rules' speakers.
describe('an excerpt opening inside a quotation', () => {
  let data: string;
  let engine: Engine;
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'footnote-who-said-'));
    engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
  });
  afterAll(async () => {
    await engine.settle();
    await rm(data, { recursive: true, force: true });
  });
  const first = (question: string): string => engine.ask(question).results[0]?.excerpt ?? '';

  it('ends with whose quotation it opens inside when it does not name them', () => {
    // "“China does not need…,” he added. “This visit, conducted so publicly, is a clear and
    // symbolic sign…”": the excerpt opens on the second quotation, after "he added".
    const excerpt = first('Who said the visit is a symbolic sign?');
    expect(excerpt).toMatch(/^“This visit, conducted so publicly/);
    expect(excerpt).toMatch(/” — Marcus Galauskas$/);
  });

  it('adds nothing where the excerpt names the speaker, by any word of the name', () => {
    const song = first(
      'Who said exchanges at university level are in line with national interests?',
    );
    expect(song).toMatch(/Mr\. Song said\.$/);
    expect(first('Who said we had a shot of vodka?')).toMatch(/Putin said\.$/);
  });

  it('says whose quotation it is for any question, not only "who said"', () => {
    expect(first('Is the visit a symbolic sign?')).toMatch(/” — Marcus Galauskas$/);
  });
});
