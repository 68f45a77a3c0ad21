import { describe, expect, it } from 'vitest';
import { guildFileKey } from '../../src/corpus/ids.js';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { findDuplicate } from '../../src/additions/duplicates.js';
import { articleTerms, normalizeUrl, textFingerprint } from '../../src/additions/prepare.js';
import { PassageIndex } from '../../src/search/index.js';

const A = '111111111111111111';
const B = '222222222222222222';

/** `article` as another file would hold it: its own id, in a server's additions or the corpus. */
function copyOf(article: Article, file: string, changes: Partial<Article> = {}): Article {
  return { ...article, id: file, file, source: file, url: undefined, ...changes };
}

describe('findDuplicate', async () => {
  const { articles } = await loadCorpus('seeds');
  const original = articles.find((a) => a.paragraphs.length >= 4)!;
  const inA = copyOf(original, guildFileKey(A, 'copy.md'));
  const linked = { ...articles.find((a) => a !== original)!, url: 'https://news.example/story' };
  // The shared corpus without the original: the only earlier copy is server A's.
  const shared = articles
    .filter((a) => a !== original)
    .map((a) => (a.id === linked.id ? linked : a));
  const index = PassageIndex.build([...shared, inA]);

  const check = (guild: string, article: Article, urls: string[] = []) =>
    findDuplicate(index, guild, {
      fingerprint: textFingerprint(article),
      urls,
      terms: articleTerms(article),
    });

  it("finds the same text in the server's additions, however it is paragraphed and spaced", () => {
    const joined = copyOf(original, 'new.md', {
      paragraphs: [original.paragraphs.slice(0, 2).join('  '), ...original.paragraphs.slice(2)],
    });
    expect(check(A, original)).toBe(inA.id);
    expect(check(A, joined)).toBe(inA.id);
  });

  it('finds the same text typed with other spaces around its punctuation', () => {
    const respaced = copyOf(original, 'new.md', {
      paragraphs: original.paragraphs.map((p) => p.replace(/([.,])(\s|$)/g, ' $1$2')),
    });
    expect(respaced.paragraphs).not.toEqual(original.paragraphs);
    expect(check(A, respaced)).toBe(inA.id);
  });

  it('tells apart texts that differ only in a sign, a symbol or emoji (review)', () => {
    const one = (text: string): string =>
      textFingerprint(copyOf(original, 'one.md', { paragraphs: [text] }));
    expect(one('It was -15 degrees; sales rose by $5 million.')).not.toBe(
      one('It was 15 degrees; sales rose by €5 million.'),
    );
    expect(one('🎉🎉🎉 👍 !!!')).not.toBe(one('😡 😡 ??? 👎'));
    expect(one('It rose on Friday .')).toBe(one('It rose on  Friday.'));
  });

  it("does not see another server's additions", () => {
    expect(check(B, original)).toBeUndefined();
  });

  it('does not take an article sharing its rarest words for the same text', () => {
    const edited = copyOf(original, 'new.md', {
      paragraphs: [...original.paragraphs.slice(0, -1), 'A correction was appended later.'],
    });
    expect(check(A, edited)).toBeUndefined();
  });

  it('finds a shared article by any of its URLs', () => {
    const fresh = copyOf(original, 'new.md', { paragraphs: ['Nothing like any article.'] });
    expect(check(B, fresh, ['https://elsewhere.example/a', normalizeUrl(linked.url)])).toBe(
      linked.id,
    );
    expect(check(B, fresh, ['https://elsewhere.example/a'])).toBeUndefined();
  });
});
