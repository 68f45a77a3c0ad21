import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerJson,
  formatAnswer,
  formatQuotes,
  formatReindex,
  formatSources,
  formatSpeakers,
} from '../../src/cli/format.js';
import { openEngine, type Engine } from '../../src/engine/engine.js';
import { sumCounts } from '../../src/engine/reindex-counts.js';
import { withLinks } from '../../src/web/links.js';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('terminal formatting', () => {
  // The engine's real answers on the seeds.
  let data: string;
  let engine: Engine;
  beforeAll(async () => {
    data = await mkdtemp(join(tmpdir(), 'footnote-format-'));
    engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
  });
  afterAll(async () => {
    await engine.settle();
    await rm(data, { recursive: true, force: true });
  });

  it('makes counts agree with their nouns', () => {
    const speakers = formatSpeakers([
      { name: 'Li Xin', quotes: 1, articles: 1 },
      { name: 'Vladimir Putin', quotes: 4, articles: 2 },
    ]);
    expect(speakers).toBe(
      '- Li Xin: 1 quote in 1 article\n- Vladimir Putin: 4 quotes in 2 articles',
    );
    const sources = formatSources([
      {
        id: 'a.txt',
        title: 'A',
        source: 'a.txt',
        file: 'a.txt',
        paragraphs: 1,
        passages: 1,
        quotes: 0,
      },
    ]);
    expect(sources).toBe('1 article:\n- A (a.txt) — 1 paragraph, 0 quotes');
  });

  it('tells apart the stories one file holds', () => {
    const lines = formatSources(engine.sources()).split('\n');
    const file = lines.filter((l) => l.includes('(002_754df6e12105acde.txt'));
    expect(file).toHaveLength(5);
    file.forEach((line, i) =>
      expect(line).toContain(`(002_754df6e12105acde.txt, story ${i + 1} of 5) — `),
    );
    // A file of one story is listed as before.
    expect(lines).toContain(
      '- Putin’s China visit highlights military ties, worrying West (000_54998b500be7b4bb.txt) — 23 paragraphs, 8 quotes',
    );
  });

  it('lists who wrote an article and when, beside its source', () => {
    const entry = { id: 'a.md', title: 'A', source: 'Example Daily', file: 'a.md' };
    const counts = { paragraphs: 2, passages: 1, quotes: 1 };
    const stated = { author: 'Jane Roe', date: '2024-05-01' };
    expect(formatSources([{ ...entry, ...counts, ...stated }])).toBe(
      '1 article:\n- A (Example Daily, by Jane Roe, 2024-05-01) — 2 paragraphs, 1 quote',
    );
    expect(formatSources([{ ...entry, ...counts, date: 'Spring 2024' }])).toBe(
      '1 article:\n- A (Example Daily, Spring 2024) — 2 paragraphs, 1 quote',
    );
  });

  it("gives a reindex's shared counts, and servers' additions on their own line", () => {
    const shared = { added: 2, updated: 0, removed: 0, unchanged: 9, articles: 11, passages: 43 };
    const report = { ...shared, shared, guilds: {}, skipped: [], ms: 5 };
    expect(formatReindex(report)).toBe(
      'Reindexed in 5 ms: 2 added, 0 updated, 0 removed, 9 unchanged — 11 articles, 43 passages in the shared corpus.',
    );
    const a = { added: 12, updated: 0, removed: 0, unchanged: 0, articles: 12, passages: 990 };
    const b = { added: 0, updated: 0, removed: 0, unchanged: 5, articles: 5, passages: 10 };
    const guilds = { '111': a, '222': b };
    const all = sumCounts(shared, a, b);
    expect(formatReindex({ ...all, shared, guilds, skipped: [], ms: 5 }).split('\n')).toEqual([
      'Reindexed in 5 ms: 2 added, 0 updated, 0 removed, 9 unchanged — 11 articles, 43 passages in the shared corpus.',
      "Servers' additions, each searched only in its server: 12 added, 0 updated, 0 removed, 5 unchanged — 17 articles, 1,000 passages.",
    ]);
  });

  it("separates thousands in a server's room, as Discord's /sources does", () => {
    const entry = { id: 'a.txt', title: 'A', source: 'a.txt', file: 'a.txt' };
    const sources = formatSources([{ ...entry, paragraphs: 3, passages: 1, quotes: 1 }], {
      articles: 1,
      maxArticles: 200,
      chars: 1075,
      maxChars: 2_000_000,
    });
    expect(sources.split('\n').at(-1)).toBe(
      "This server's additions: 1 of 200 articles, 1,075 of 2,000,000 characters of text.",
    );
  });

  it('names whom the corpus has only words in marks beside (the engine’s real answer on seeds)', async () => {
    // Then what the articles report him saying: "…, President William Lai said yesterday".
    const [line, , first, citation, ...rest] = formatQuotes(engine.quote('Lai'), {
      color: false,
    }).split('\n');
    expect(line).toBe(
      'I found no quotation by William Lai in the corpus, only words in marks beside their name: “motherland”. The articles report what they said:',
    );
    expect(first).toMatch(/^1\. .*Lai said/);
    expect(citation).toMatch(/paragraph 1$/);
    expect(rest).toEqual([]);
  });

  it('shows reported speech for a name never quoted, and nothing for a name never reported', async () => {
    const wishnik = formatQuotes(engine.quote('Wishnik'), { color: false });
    expect(wishnik).toMatch(
      /^I found no quotation by Wishnik in the corpus, but the articles report what they said:\n\n1\. /,
    );
    expect(wishnik).toContain('Elizabeth Wishnik, a senior research scientist');
    expect(wishnik).toContain('2. ');
    // With a topic, only what they said about it.
    const about = engine.quote('Wishnik', { about: 'submarines' });
    expect(about.reported?.[0]?.citation.paragraph).toBe(18);
    // Someone the corpus never names, or names only as spoken of: as before.
    expect(formatQuotes(engine.quote('Zhang'), { color: false })).toBe(
      'No quotes from Zhang in the corpus.',
    );
    expect(engine.quote('Kim Jong Un').reported).toBeUndefined();
    // A name typed in lowercase is asked as a name; a common word nobody is shown speaking as is none.
    expect(engine.quote('wishnik').reported).toHaveLength(2);
    expect(engine.quote('poll').reported).toBeUndefined();
    // Nor a common word, a place, a people and a title, though a reporting verb may follow them
    // ("The statement pledged…"), nor a question pasted in for a name.
    for (const name of ['statement', 'Russia', 'Beijing', 'Chinese President', 'Wishnik say? Xi'])
      expect(engine.quote(name).reported).toBeUndefined();
    // A description is asked as one: whom the articles describe so, where they speak, or, never
    // quoted, whom they title so ("Chinese President Xi Jinping": 1fd7705).
    expect(engine.quote("Taiwan's president").reported?.[0]?.excerpt).toMatch(/Lai said/);
    expect(engine.quote('the Chinese president').reported?.[0]?.excerpt).toMatch(/Xi accused/);
    // By the given name alone, as by the surname.
    expect(engine.quote('Elizabeth').reported?.[0]?.excerpt).toMatch(/^Elizabeth Wishnik, a/);
  });

  it('answers each /quote the README suggests, with quotations or reported speech', () => {
    const names = [...readFileSync('README.md', 'utf8').matchAll(/^\/quote (.+)$/gm)].map(
      (m) => m[1]!,
    );
    expect(names).toContain('Wishnik');
    for (const name of names) {
      const answer = engine.quote(name);
      expect(answer.quotes.length + (answer.reported?.length ?? 0), name).toBeGreaterThan(0);
    }
  });

  it('shows reported speech on the topic asked when a speaker said nothing on it in marks', () => {
    const answer = engine.quote('Putin', { about: 'sanctions' });
    expect(answer.quotes).toEqual([]);
    const text = formatQuotes(answer, { color: false });
    expect(text).toMatch(
      /^I found no quotation by Vladimir Putin about “sanctions” in the corpus, but the articles report what they said:\n\n1\. /,
    );
    expect(text).toContain('Putin said on Thursday that more than 90% of commercial transactions');
    // On a topic they have quotations on, only those.
    expect(engine.quote('Putin', { about: 'vodka' }).reported).toBeUndefined();
  });

  it('says, for "what did X say", that the corpus names X but never shows them speaking', () => {
    expect(formatAnswer(engine.ask('What did Kim Jong Un say?'), { color: false })).toBe(
      'Nothing in the corpus answers “What did Kim Jong Un say?”. The corpus names Kim Jong Un but never shows them speaking. Try other words, or /sources to see what it covers.',
    );
    expect(answerJson(engine.ask('What did Kim Jong Un say?'))).toEqual({
      question: 'What did Kim Jong Un say?',
      results: [],
      unspoken: 'Kim Jong Un',
    });
  });

  it('prints the reader link under each citation of a real answer', async () => {
    const answer = withLinks(engine.ask('Which university did Putin visit?'), {
      base: 'http://127.0.0.1:8787',
    });
    const lines = formatAnswer(answer, { color: false }).split('\n');
    const links = lines.filter((l) => l.startsWith('   http://127.0.0.1:8787/a/'));
    expect(links).toHaveLength(answer.results.length);
    answer.results.forEach((r, i) => {
      expect(links[i]).toBe(`   ${r.citation.link}`);
      expect(links[i]).toMatch(
        new RegExp(`\\?p=${r.citation.paragraph}#p${r.citation.paragraph}$`),
      );
    });
  });
});
