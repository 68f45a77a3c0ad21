import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../src/answers/types.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openEngine } from '../../src/engine/engine.js';
import { chosen } from '../helpers/excerpts.js';

// Every excerpt chosen, counted: answers choose them when read, and the warm-up must still run them.
vi.mock('../../src/search/excerpt.js', async (importOriginal) =>
  (await import('../helpers/excerpts.js')).countingExcerpts(await importOriginal()),
);

let dir: string;
let corpus: string;
let data: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'footnote-engine-'));
  corpus = join(dir, 'corpus');
  data = join(dir, 'data');
  await cp('seeds', corpus, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = (log: string[] = []) =>
  openEngine({ corpusDir: corpus, dataDir: data, log: (line) => log.push(line) });

const ARTICLE = `# Ice cores from Vostok

Researchers drilled ice cores at Vostok station in Antarctica to read the climate of the past 400,000 years from trapped air bubbles.
`;

describe('engine snapshot', () => {
  it('writes a snapshot on first start and serves the same answers from it next time', async () => {
    const first = await open();
    const answer = first.ask('Which university did Putin visit?');
    expect(await readdir(data)).toEqual([expect.stringMatching(/^snapshot-corpus-\w+\.json$/)]);
    const log: string[] = [];
    const second = await open(log);
    expect(log.filter((l) => l.startsWith('indexed'))).toEqual([]);
    expect(second.ask('Which university did Putin visit?')).toEqual(answer);
    expect(second.stats().passages).toBe(first.stats().passages);
  });

  it('rebuilds a corrupt snapshot instead of failing', async () => {
    const first = await open();
    const [name] = await readdir(data);
    await writeFile(join(data, name!), '{"version": 3, "files": [', 'utf8');
    const log: string[] = [];
    const second = await open(log);
    expect(log.join('\n')).toMatch(/corrupt snapshot/);
    expect(second.stats().passages).toBe(first.stats().passages);
    expect(second.ask('Who is Wei Fenghe?').results.length).toBeGreaterThan(0);
  });
});

// User test (c2/fm.md): a file's author and date were read but shown nowhere, and its
// `source: Example Daily` became the url.
describe('an article’s publication, author and date', () => {
  it('reach the listing and the reader, from a fresh index and from the snapshot', async () => {
    await writeFile(
      join(corpus, 'bridge.md'),
      `---\ntitle: Harbor Bridge Reopens\nurl: https://example.com/bridge\nsource: Example Daily\nauthor: Jane Roe\ndate: May 1, 2024\n---\n\nThe Harbor Bridge reopened on Monday after six months of repairs, city officials said.\n`,
      'utf8',
    );
    const stated = {
      source: 'Example Daily',
      url: 'https://example.com/bridge',
      author: 'Jane Roe',
      date: '2024-05-01',
    };
    for (const engine of [await open(), await open()]) {
      expect(engine.sources().find((s) => s.id === 'bridge.md')).toMatchObject(stated);
      expect(engine.article('bridge.md')?.entry).toMatchObject(stated);
    }
  });
});

describe('engine reindex', () => {
  it('processes only added, changed and removed files', async () => {
    const engine = await open();
    const before = engine.stats().articles;
    expect(engine.ask('What did researchers drill at Vostok station?').results).toEqual([]);

    await writeFile(join(corpus, 'vostok.md'), ARTICLE);
    let report = await engine.reindex();
    expect(report).toMatchObject({ added: 1, updated: 0, removed: 0, articles: before + 1 });
    expect(report.unchanged).toBe(before);
    const hit = engine.ask('What did researchers drill at Vostok station?').results[0];
    expect(hit?.citation).toMatchObject({ title: 'Ice cores from Vostok', source: 'vostok.md' });

    await writeFile(join(corpus, 'vostok.md'), ARTICLE.replace('400,000', '800,000'));
    report = await engine.reindex();
    expect(report).toMatchObject({ added: 0, updated: 1, removed: 0 });
    expect(
      engine.ask('How many years of climate do the Vostok cores hold?').results[0]?.passage,
    ).toContain('800,000');

    await rm(join(corpus, 'vostok.md'));
    report = await engine.reindex();
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 1, articles: before });
    expect(engine.ask('What did researchers drill at Vostok station?').results).toEqual([]);
  });

  it('reports nothing changed when nothing did', async () => {
    const engine = await open();
    const report = await engine.reindex();
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0 });
  });

  it('shares one run between concurrent calls', async () => {
    const engine = await open();
    await writeFile(join(corpus, 'vostok.md'), ARTICLE);
    const [a, b] = await Promise.all([engine.reindex(), engine.reindex()]);
    expect(a).toBe(b);
    expect(a.added).toBe(1);
  });

  it('keeps serving the old index when a reindex fails', async () => {
    const engine = await open();
    const answer = engine.ask('Who is Wei Fenghe?');
    await rm(corpus, { recursive: true });
    await expect(engine.reindex()).rejects.toThrow(InputError);
    expect(engine.ask('Who is Wei Fenghe?')).toEqual(answer);
  });

  it('skips broken files with a reason and indexes everything else', async () => {
    await writeFile(join(corpus, 'empty.txt'), '');
    await writeFile(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    await writeFile(join(corpus, 'vostok.md'), ARTICLE);
    const log: string[] = [];
    const engine = await open(log);
    expect(log.filter((l) => l.startsWith('skipped'))).toEqual([
      expect.stringMatching(/^skipped binary\.txt: .*binary/i),
      expect.stringMatching(/^skipped empty\.txt: .*empty/i),
    ]);
    expect(
      engine.ask('What did researchers drill at Vostok station?').results[0]?.citation.title,
    ).toBe('Ice cores from Vostok');
  });

  it('tells the skipped files once, and again only when the scan finds another', async () => {
    await writeFile(join(corpus, 'empty.txt'), '');
    await writeFile(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const skips = async (): Promise<string[]> => {
      const log: string[] = [];
      const engine = await open(log);
      expect(engine.skipped().map((s) => s.file)).toContain('empty.txt');
      return log.filter((l) => l.startsWith('skipped'));
    };
    expect(await skips()).toHaveLength(2);
    expect(await skips()).toEqual([]);
    await writeFile(join(corpus, 'blank.md'), '   \n');
    expect(await skips()).toEqual([expect.stringMatching(/^skipped blank\.md: /)]);
    expect(await skips()).toEqual([]);
  });

  it('refuses a corpus folder that does not exist', async () => {
    await expect(openEngine({ corpusDir: join(dir, 'missing'), dataDir: data })).rejects.toThrow(
      InputError,
    );
  });
});

describe('engine warm-up', () => {
  it('answers nothing anyone sees and changes no answer, on a corpus and on an empty one', async () => {
    const engine = await open();
    const before = engine.ask('Which university did Putin visit?');
    chosen.count = 0;
    engine.warmUp({ rounds: 4 });
    // Each answer's excerpts are read, so the code that chooses them is compiled before a burst.
    expect(chosen.count).toBeGreaterThanOrEqual(4);
    engine.warmUp();
    expect(engine.ask('Which university did Putin visit?')).toEqual(before);
    await mkdir(join(dir, 'nothing'));
    const empty = await openEngine({
      corpusDir: join(dir, 'nothing'),
      dataDir: join(dir, 'empty'),
    });
    expect(empty.stats().articles).toBe(0);
    expect(() => empty.warmUp()).not.toThrow();
  });

  it("hands each warm-up answer to the door's own rendering", async () => {
    const engine = await open();
    const shown: Answer[] = [];
    engine.warmUp({ rounds: 5, show: (answer) => shown.push(answer) });
    expect(shown).toHaveLength(5);
    // Real answers to the corpus's own titles (passages to render, for most), as a door gets them.
    const titles = engine.sources().map((s) => s.title);
    for (const answer of shown) expect(titles).toContain(answer.question);
    expect(shown.filter((a) => a.results.length > 0).length).toBeGreaterThan(2);
  });

  it('counts the quotations /sources and /quote show, not the scare quotes kept beside them', async () => {
    const engine = await open();
    const listed = engine.sources().reduce((n, s) => n + s.quotes, 0);
    expect(engine.stats().quotes).toBe(listed);
    // The seeds keep “motherland” and “limited” as scare quotes.
    const kept = engine.allQuotes().filter(({ quote }) => quote.kind === 'scare');
    expect(kept.length).toBeGreaterThan(0);
    expect(engine.allQuotes().length).toBe(listed + kept.length);
  });
});

describe('quote input', () => {
  it('strips control characters and caps names like questions', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-quote-input-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
      expect(engine.quote('Gala\u0000us\u001bkas').speaker).toBeNull();
      expect(engine.quote('Galauskas\u0007').speaker).toBe('Marcus Galauskas');
      // An override would turn the echoed name around in a reply ("No quotes from …").
      expect(engine.quote('\u202eGalauskas').speaker).toBe('Marcus Galauskas');
      expect(engine.ask('\u202eWhat did Putin drink?').question).toBe('What did Putin drink?');
      // Inside a word it goes as it does from an article's text, not leaving two halves of a name.
      expect(engine.quote('Gala\u2066us\u2069kas').speaker).toBe('Marcus Galauskas');
      // Between a word and a capital it parts them, as a space did (review).
      expect(engine.quote('Marcus\u2066Galauskas\u2069').speaker).toBe('Marcus Galauskas');
      // Nobody is everyone's president: not the presidents the seeds report speaking (review).
      const mentioned = engine.quote("@everyone's president");
      expect(mentioned.quotes).toEqual([]);
      expect(mentioned.reported ?? []).toEqual([]);
      expect(engine.quote("Taiwan's president").reported?.length).toBeGreaterThan(0);
      expect(() => engine.quote('x'.repeat(201))).toThrow(/at most 200/);
      expect(() => engine.quote('\u0000\u0001 ')).toThrow(InputError);
      expect(() => engine.quote('Galauskas', { about: 'y'.repeat(1001) })).toThrow(InputError);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});

describe('excerpts name whom a pronoun quotes', () => {
  it('gives the speaker the quotation rules found, from a fresh index and from the snapshot', async () => {
    for (const engine of [await open(), await open()]) {
      const [praised] = engine.ask('Who called Xi a comfortable partner?').results;
      expect(praised!.excerpt).toMatch(/^He \[Vladimir Putin\] praised Xi/);
      expect(praised!.refers).toContainEqual(['He', 'Vladimir Putin']);
      const [added] = engine.ask('Does China need to host Putin to transfer technology?').results;
      expect(added!.excerpt).toMatch(/” he \[Marcus Galauskas\] added\./);
    }
  });
});

describe('/quote by what someone is', () => {
  it('finds the speaker the articles describe so, or suggests those who fit alike', async () => {
    const engine = await open();
    const russian = engine.quote('the Russian president');
    expect(russian.speaker).toBe('Vladimir Putin');
    expect(russian.query).toBe('the Russian president');
    expect(russian.quotes.length).toBeGreaterThan(0);
    expect(engine.quote('security expert').speaker).toBe('Marcus Galauskas');
    // Two experts fit "the expert" alike: both suggested, neither chosen.
    const expert = engine.quote('the expert');
    expect(expert.speaker).toBeNull();
    expect(expert.suggestions).toEqual(
      expect.arrayContaining(['Marcus Galauskas', 'Fyodor Lukyanov']),
    );
    // No article names a mayor; an organisation's name is no description of a person.
    expect(engine.quote('the mayor').speaker).toBeNull();
    expect(engine.quote('Atlantic Council').speaker).toBeNull();
  });
});
