import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { articleParagraphs, articlePassages } from '../../src/search/article-text.js';
import { PassageIndex } from '../../src/search/index.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('articleParagraphs', () => {
  it("gives back every seed article's paragraphs from the index, numbered as citations are", async () => {
    const { articles } = await loadCorpus('seeds');
    expect(articles.length).toBeGreaterThan(0);
    const index = PassageIndex.build(articles);
    for (const article of articles) {
      expect(articleParagraphs(index, article.id)?.map(squash)).toEqual(
        article.paragraphs.map(squash),
      );
    }
  });

  it("finds each seed article's passages by id, in order: those a walk of the index finds", async () => {
    const { articles } = await loadCorpus('seeds');
    const index = PassageIndex.build(articles);
    for (const article of articles) {
      const walked = [...index.passages.values()]
        .filter((e) => e.passage.articleId === article.id)
        .map((e) => e.passage.id);
      expect(articlePassages(index, article.id)?.map((p) => p.id)).toEqual(walked);
    }
  });

  it('is undefined for an article not in the index', () => {
    expect(articleParagraphs(PassageIndex.empty(), 'nope.txt')).toBeUndefined();
  });

  it('survives short paragraphs joined into one passage and long ones cut into windows', () => {
    const sentence = fc
      .array(fc.constantFrom('harbour', 'council', 'budget', 'grebes', 'otters', 'stone'), {
        minLength: 3,
        maxLength: 12,
      })
      .map((words) => `${words.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 60 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), (paragraphs) => {
        const article: Article = {
          id: 'a.txt',
          file: 'a.txt',
          story: 0,
          title: 'Title',
          source: 'a.txt',
          paragraphs,
        };
        const index = PassageIndex.build([article]);
        expect(articleParagraphs(index, 'a.txt')?.map(squash)).toEqual(paragraphs.map(squash));
      }),
      { numRuns: 60 },
    );
  });
});
