import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { InputError } from '../../src/engine-api.js';
import { stripMarkdown } from '../../src/search/excerpt.js';
import { PassageIndex } from '../../src/search/index.js';

let index: PassageIndex;

beforeAll(async () => {
  const { articles } = await loadCorpus('seeds');
  index = PassageIndex.build(articles);
});

const top = (question: string) => answerQuestion(index, question, 3).results[0];

describe('ranking on the seed articles', () => {
  it.each([
    ['Which university did Putin visit?', /Harbin Institute of Technology|university/i],
    ['What did Putin and Xi drink in the pavilion?', /tea/],
    ['What was bilateral trade between Russia and China in 2015?', /US\$60 billion/],
    ['Who is Wei Fenghe?', /Minister of National Defense/],
    ['What share of transactions between Russia and China are settled in rubles or yuan?', /90%/],
  ])('answers “%s” with the passage that says so', (question, answer) => {
    const result = top(question);
    expect(result, question).toBeDefined();
    expect(result!.passage).toMatch(answer);
    expect(stripMarkdown(result!.excerpt)).toMatch(answer);
  });

  it('cites the story a teaser passage belongs to, not the article it was glued to', () => {
    const result = top('Did President William Lai say the PRC could be the motherland of the ROC?');
    expect(result?.citation.title).toMatch(/CELEBRATION|PRC/);
    expect(result?.citation.source).toMatch(/002_/);
  });

  it('cites the paragraph the answering sentence is in', () => {
    const result = top('Who is a security expert at the Atlantic Council?');
    expect(result?.citation.title).toMatch(/China visit highlights military ties/);
    expect(result?.passage).toContain('Marcus Galauskas');
    const article = index.articles.get(
      [...index.articles.values()].find((a) => a.title.includes('military ties'))!.id,
    );
    expect(result!.citation.paragraph).toBeGreaterThan(1);
    expect(result!.citation.paragraph).toBeLessThanOrEqual(article!.paragraphs);
  });

  it('says plainly when nothing in the corpus answers', () => {
    expect(answerQuestion(index, 'What is the boiling point of liquid nitrogen?').results).toEqual(
      [],
    );
    expect(answerQuestion(index, 'Who won the 1998 football world cup final?').results).toEqual([]);
  });

  it('meets name spellings with and without diacritics', () => {
    const plain = top('What did Galauskas say about technology?');
    const accented = top('What did Galauskás say about technology?');
    expect(plain?.passage).toContain('Galauskas');
    expect(accented?.passage).toBe(plain?.passage);
  });

  it('finds CJK names in the text', () => {
    expect(top('習近平')?.passage).toContain('習近平');
  });

  it('refuses empty, punctuation-only and oversized questions with a clear message', () => {
    expect(() => answerQuestion(index, '   ')).toThrow(InputError);
    expect(() => answerQuestion(index, '?!?')).toThrow(/no words to search for/);
    expect(() => answerQuestion(index, 'the of and what')).toThrow(InputError);
    expect(() => answerQuestion(index, 'putin '.repeat(2000))).toThrow(/at most/);
  });

  it('treats control characters as spaces', () => {
    expect(top('Which\u0000university\u0007did Putin visit?')?.passage).toBe(
      top('Which university did Putin visit?')?.passage,
    );
  });

  it('never returns the same passage twice', () => {
    const ids = answerQuestion(index, 'Putin Xi China Russia', 10).results.map((r) => r.passage);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
