import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { PassageIndex } from '../../src/search/index.js';
import { mayNameSpeaker, pronounSpeakers } from '../../src/answers/pronoun-speakers.js';

const article: Article = {
  id: 'council.txt',
  file: 'council.txt',
  story: 0,
  title: 'Council backs the theatre',
  source: 'council.txt',
  paragraphs: [
    'Maria Lopez, the mayor of Eastport, opened the meeting on Tuesday.',
    'The hall was full. “We will rebuild the theatre, whatever it costs,” she said, and then the council voted.',
    'Her deputy, Tom Reyes, was more careful. He called the plan “ambitious but possible”.',
  ],
};

// The three short paragraphs make one passage, as the index joins them.
function passage() {
  const index = PassageIndex.build([article]);
  return index.passages.get('council.txt¶1')!.passage;
}

describe('pronounSpeakers', () => {
  it('names the pronoun of a statement’s attribution by the speaker the rules found', () => {
    const quotes = extractQuotes(article);
    const { text } = passage();
    // Not the "he" of "the" or "theatre", nor the scare quote's "He".
    expect(pronounSpeakers(passage(), quotes)).toEqual([
      {
        start: text.indexOf(' she ') + 1,
        end: text.indexOf(' she ') + 4,
        mention: 'she',
        name: 'Maria Lopez',
      },
    ]);
  });

  it('reads only the passage’s paragraphs', () => {
    const quotes = extractQuotes(article).map((q) => ({ ...q, paragraph: q.paragraph + 3 }));
    expect(pronounSpeakers(passage(), quotes)).toEqual([]);
  });

  it('tells a text that may name a speaker so from one that cannot', () => {
    expect(mayNameSpeaker(article.paragraphs[0]!)).toBe(false);
    expect(mayNameSpeaker(article.paragraphs[1]!)).toBe(true);
    expect(mayNameSpeaker('He praised Xi as a “comfortable partner”.')).toBe(true);
  });
});

describe('pronounSpeakers: a quotation running past the passage', () => {
  const told: Article = {
    ...article,
    id: 'told.txt',
    file: 'told.txt',
    source: 'told.txt',
    paragraphs: [
      'Maria Lopez spoke first.',
      '“I told them again and again that she would win it for all of us here,” she said.',
    ],
  };

  it('names no pronoun inside it', () => {
    const index = PassageIndex.build([told]);
    const { passage } = index.passages.get('told.txt¶1')!;
    // As a quotation whose end is past the passage reads: only its opening is in the passage.
    const quotes = extractQuotes(told).map((q) => ({
      ...q,
      text: `${q.text} and more words after`,
    }));
    expect(quotes.some((q) => q.mention === 'she' && q.speaker === 'Maria Lopez')).toBe(true);
    // Its "she" inside ("she would win") is no attribution; none is read before it either.
    expect(pronounSpeakers(passage, quotes)).toEqual([]);
  });
});
