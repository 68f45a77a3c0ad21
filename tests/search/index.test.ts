import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { analyseArticle, PassageIndex } from '../../src/search/index.js';

describe('PassageIndex.addAnalysedInSlices', () => {
  it('builds the same index as addAnalysed, whatever the slice', async () => {
    const { articles } = await loadCorpus('seeds');
    const analysed = articles.map(analyseArticle);
    const whole = PassageIndex.empty();
    for (const article of analysed) whole.addAnalysed(article);
    for (const slice of [1, 7, 10_000]) {
      const sliced = PassageIndex.empty();
      for (const article of analysed) await sliced.addAnalysedInSlices(article, slice);
      expect(sliced.vocabulary.toJSON()).toEqual(whole.vocabulary.toJSON());
      expect([...sliced.articles]).toEqual([...whole.articles]);
      expect([...sliced.passages]).toEqual([...whole.passages]);
    }
  });
});
