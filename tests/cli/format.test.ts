import { describe, expect, it } from 'vitest';
import { formatAnswer, formatQuotes, formatSources, formatSpeakers } from '../../src/cli/format.js';
import { openEngine } from '../../src/engine/engine.js';
import { withLinks } from '../../src/web/links.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('terminal formatting', () => {
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

  it('names whom the corpus has only words in marks beside (the engine’s real answer on seeds)', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-format-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
      expect(formatQuotes(engine.quote('Lai'), { color: false })).toBe(
        'I found no quotation by William Lai in the corpus, only words in marks beside their name: “motherland”.',
      );
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });

  it('prints the reader link under each citation of a real answer', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-format-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
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
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
