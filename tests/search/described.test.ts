import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { answerQuestion } from '../../src/answers/ask.js';
import { sameQualifier } from '../../src/search/described.js';
import { PassageIndex } from '../../src/search/index.js';

describe('sameQualifier', () => {
  it.each([
    ['Russia', 'Russian'],
    ['China', 'Chinese'],
    ['Taiwan', 'Taiwanese'],
    ['France', 'French'],
    ['Turkey', 'Turkish'],
    ['Netherlands', 'Dutch'],
    ['US', 'American'],
    ['Canada', 'Canadian'],
    ['Moscow', 'Moscow-based'],
  ])('“%s” is “%s”', (qualifier, written) => {
    expect(sameQualifier(qualifier, written)).toBe(true);
    expect(sameQualifier(written, qualifier)).toBe(true);
  });

  it.each([
    ['Austria', 'Australian'],
    ['Iran', 'Iraqi'],
    ['Russia', 'Chinese'],
    ['US', 'us'],
  ])('“%s” is not “%s”', (qualifier, written) => {
    expect(sameQualifier(qualifier, written)).toBe(false);
  });
});

describe('who holds an office, where a country’s people is no ending of its name', () => {
  const article: Article = {
    id: 'summit.txt',
    file: 'summit.txt',
    story: 0,
    title: 'Leaders meet in Ankara',
    source: 'summit.txt',
    paragraphs: [
      'French President Emmanuel Macron arrived in Ankara on Monday for talks with Turkish President Recep Tayyip Erdogan on trade and migration.',
      'The two presidents spoke for three hours, officials said, and agreed to meet again in Paris next spring.',
    ],
  };
  const index = PassageIndex.build([article]);

  it.each([
    ["Who is France's president?", /Emmanuel Macron/],
    ["Who is Turkey's president?", /Recep Tayyip Erdogan/],
  ])('%s', (question, name) => {
    const { results } = answerQuestion(index, question);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.passage).toMatch(name);
  });
});
