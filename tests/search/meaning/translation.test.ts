import { describe, expect, it } from 'vitest';
import { TranslationTable, translationTable } from '../../../src/search/meaning/translation.js';
import { termOf } from '../../../src/text/tokenize.js';

describe('translation table format', () => {
  it('round-trips question terms, their sources and probabilities', () => {
    const table = new Map([
      [
        'visit',
        new Map([
          ['visit', 0.9],
          ['trip', 0.05],
        ]),
      ],
      ['year', new Map([['1897', 0.4]])],
    ]);
    const read = TranslationTable.fromBuffer(TranslationTable.encode(table));
    expect(read.sources('visit').terms).toEqual(['visit', 'trip']);
    expect(read.probability('visit', 'trip')).toBeCloseTo(0.05, 4);
    expect(read.probability('year', '1897')).toBeCloseTo(0.4, 4);
    expect(read.probability('trip', 'visit')).toBe(0);
    expect(read.sources('unknown').terms).toEqual([]);
  });

  it('refuses bytes of another format with a clear error', () => {
    expect(() => TranslationTable.fromBuffer(Buffer.from('not a table'))).toThrow(/bad magic/);
  });
});

describe('the shipped table', () => {
  const table = translationTable();

  it('is there and mostly translates a word from itself', () => {
    expect(table).not.toBeNull();
    const t = (q: string, a: string) => table!.probability(termOf(q)!, termOf(a)!);
    expect(t('university', 'university')).toBeGreaterThan(0.5);
    expect(t('founded', 'founded')).toBeGreaterThan(0.5);
  });

  it('learned that "what year" questions are asked of sentences holding years', () => {
    const sources = table!.sources(termOf('year')!).terms;
    expect(sources.slice(0, 30).filter((s) => /^1\d{3}$/.test(s)).length).toBeGreaterThan(3);
  });
});
