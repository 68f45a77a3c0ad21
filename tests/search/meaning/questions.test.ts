// The questions issue 11 quotes, asked of the shipped seed articles: each failed before the meaning
// step (a paraphrase, a misspelling, an unknown word, a near-topic question the corpus can't answer).
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answers/ask.js';
import { loadCorpus } from '../../../src/corpus/index.js';
import { PassageIndex } from '../../../src/search/index.js';

let index: PassageIndex;

beforeAll(async () => {
  const { articles } = await loadCorpus('seeds');
  index = PassageIndex.build(articles);
});

const ask = (question: string) => answerQuestion(index, question, { k: 3 }).results;

const HARBIN_SCHOOL = /Harbin Institute of Technology/;

describe('questions asked in other words than the article’s', () => {
  it.each([
    // The README's first example: the article says "trip", "school", "academy", "institute".
    'Which university did Putin visit?',
    'Which school did the Russian leader tour in Harbin?',
    // Misspelt ordinary words as well as the name.
    'Wher did Puttin go to universty?',
  ])('“%s” has Harbin Institute of Technology in the top 3', (question) => {
    const passages = ask(question).map((r) => r.passage);
    expect(
      passages.some((p) => HARBIN_SCHOOL.test(p)),
      passages.join('\n---\n'),
    ).toBe(true);
  });

  it.each(['What did Xi and Putin drink?', 'What did Xi and Putn drinck?'])(
    '“%s” shows the sentence about the drink, not the hug',
    (question) => {
      const [first] = ask(question);
      expect(first, question).toBeDefined();
      expect(first!.excerpt).toMatch(/drank tea|shot of vodka/);
    },
  );

  it('does not let one unknown word silence what the other words answer', () => {
    const plain = ask('tea vodka');
    const noisy = ask('tea zzzz vodka');
    expect(plain.length).toBeGreaterThan(0);
    expect(noisy.map((r) => r.passage)).toEqual(plain.map((r) => r.passage));
  });
});

describe('near-topic questions the corpus cannot answer', () => {
  it.each(["What did Putin say about Ukraine's army?", 'What is the weather in Beijing today?'])(
    '“%s” gets honest silence',
    (question) => {
      expect(ask(question).map((r) => r.excerpt)).toEqual([]);
    },
  );
});
