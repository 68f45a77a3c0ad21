import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SQUAD = '/work/shared/eval/squad';
const HAVE_SQUAD = existsSync(`${SQUAD}/articles`) && existsSync(`${SQUAD}/meta.json`);

describe('loadCorpus', () => {
  it('loads the seed folder: one story from 000, five from 002, nothing skipped', async () => {
    const { articles, skipped, files } = await loadCorpus(SEEDS);
    expect(skipped).toEqual([]);
    expect(files.map((f) => f.file)).toEqual([
      '000_54998b500be7b4bb.txt',
      '002_754df6e12105acde.txt',
    ]);
    expect(articles.map((a) => a.id)).toEqual([
      '000_54998b500be7b4bb.txt',
      '002_754df6e12105acde.txt',
      '002_754df6e12105acde.txt#2',
      '002_754df6e12105acde.txt#3',
      '002_754df6e12105acde.txt#4',
      '002_754df6e12105acde.txt#5',
    ]);
  });

  // The SQuAD articles are the regression check for cleaning: Wikipedia prose in which nothing
  // is boilerplate and no paragraph is a teaser, so every paragraph must come through, unsplit.
  it.skipIf(!HAVE_SQUAD)(
    `keeps every SQuAD article and paragraph (skipped when ${SQUAD} is absent)`,
    async () => {
      const meta = JSON.parse(readFileSync(`${SQUAD}/meta.json`, 'utf8')) as {
        articles: number;
        paragraphs: number;
      };
      const { articles, skipped } = await loadCorpus(`${SQUAD}/articles`);
      expect(skipped).toEqual([]);
      expect(articles).toHaveLength(meta.articles);
      expect(articles.every((a) => a.story === 0 && a.title !== '')).toBe(true);
      expect(articles.reduce((n, a) => n + a.paragraphs.length, 0)).toBe(meta.paragraphs);
    },
  );
});
