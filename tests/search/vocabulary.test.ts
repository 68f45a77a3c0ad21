import { describe, expect, it } from 'vitest';
import { TermKind, Vocabulary, kindOfTerm } from '../../src/search/vocabulary.js';
import { terms } from '../../src/text/tokenize.js';

const { date, number } = TermKind;

describe('kindOfTerm', () => {
  it.each([
    ['1932', date | number],
    ['1950s', date | number],
    ['September', date],
    ['centuries', date],
    ['decade', date],
    ['12th', number],
    ['240', number],
    ['twenty', number],
    ['million', number],
    ['May', 0], // the month is also the verb
    ['bridge', 0],
    ['9999', number], // four digits but no year
  ])('“%s” is kind %i', (word, kind) => {
    const [term] = terms(word);
    expect(kindOfTerm(term!)).toBe(kind);
  });
});

describe('Vocabulary', () => {
  it('gives the kinds of terms added after the first call', () => {
    const vocab = new Vocabulary();
    const bridge = vocab.idOf('bridge');
    expect(Array.from(vocab.kinds())).toEqual([0]);
    const year = vocab.idOf('1932');
    expect(vocab.kinds()[bridge]).toBe(0);
    expect(vocab.kinds()[year]).toBe(date | number);
  });

  it('moves its version with every passage counted in or out', () => {
    const vocab = new Vocabulary();
    const ids = [vocab.idOf('bridge'), vocab.idOf('harbour')];
    const start = vocab.version;
    vocab.count(ids, 1);
    vocab.count(ids, -1);
    expect(vocab.version).toBe(start + 2);
    expect(vocab.documents).toBe(0);
  });
});
