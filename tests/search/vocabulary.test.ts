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

  it('finds the nearest passage term for a misspelling, the most frequent among equals', () => {
    const vocab = new Vocabulary();
    const counted = (term: string, passages: number) => {
      const id = vocab.idOf(term);
      for (let i = 0; i < passages; i++) vocab.count([id], 1);
      return id;
    };
    const galauskas = counted('galauska', 3);
    const galauski = counted('galauski', 1); // a namesake one letter away, rarer
    counted('galaxi', 5);
    expect(vocab.nearest('galauska', 1)).toBe(galauskas); // itself, distance 0
    expect(vocab.nearest('galauske', 1)).toBe(galauskas); // one away from both: the commoner
    expect(vocab.nearest('galausko', 0)).toBe(-1);
    expect(vocab.nearest('gelauskoi', 1)).toBe(-1); // two edits away
    expect(vocab.nearest('gelauskoi', 2)).toBe(galauski);
    expect(vocab.nearest('galauskiz', 1)).toBe(galauski);
  });

  it('looks up terms added after its tree was built, and skips terms no passage has any more', () => {
    const vocab = new Vocabulary();
    const old = vocab.idOf('harbour');
    vocab.count([old], 1);
    expect(vocab.nearest('harbor', 1)).toBe(old);
    const later = vocab.idOf('zhongnanhai');
    vocab.count([later], 1);
    expect(vocab.nearest('zhongnanhia', 2)).toBe(later);
    vocab.count([old], -1);
    expect(vocab.nearest('harbor', 1)).toBe(-1);
  });

  it('lists the longer forms of a term that passages hold, the most frequent first', () => {
    const vocab = new Vocabulary();
    const held = (term: string, passages: number): number => {
      const id = vocab.idOf(term);
      for (let i = 0; i < passages; i++) vocab.count([id], 1);
      return id;
    };
    const northern = held('northern', 1);
    const northerly = held('northerli', 3);
    held('northernmost', 5); // four letters too many
    held('north', 2); // the term itself
    const gone = held('northerns', 1);
    vocab.count([gone], -1); // no passage has it any more
    vocab.idOf('northers'); // never counted
    expect(vocab.extensions('north', 4)).toEqual([northerly, northern]);
    expect(vocab.extensions('south', 4)).toEqual([]);
  });

  it('never swaps the first letter', () => {
    const vocab = new Vocabulary();
    vocab.count([vocab.idOf('ovid')], 1);
    expect(vocab.nearest('covid', 1)).toBe(-1);
    expect(vocab.nearest('ovod', 1)).toBe(vocab.lookup('ovid'));
  });

  it('copies terms, frequencies and kinds, and the copy changes apart from the original', () => {
    const vocab = new Vocabulary();
    const ids = ['harbour', '1932', 'ferry'].map((t) => vocab.idOf(t));
    vocab.count(ids, 1);
    vocab.count([ids[0]!], 1);
    const kinds = vocab.kinds().slice();
    const copy = vocab.clone();
    expect(copy.toJSON()).toEqual(vocab.toJSON());
    expect(Array.from(copy.kinds())).toEqual(Array.from(kinds));

    const added = copy.idOf('pier');
    copy.count([added, ids[2]!], 1);
    expect(copy.kinds()[added]).toBe(0);
    expect(vocab.lookup('pier')).toBe(-1);
    expect(vocab.size).toBe(3);
    expect(vocab.frequency(ids[2]!)).toBe(1);
    expect(vocab.documents).toBe(2);
    vocab.count([ids[1]!], -1);
    expect(copy.frequency(ids[1]!)).toBe(1);
    expect(Array.from(vocab.kinds())).toEqual(Array.from(kinds));
  });

  it('shares its tree with a copy without seeing the copy’s new terms', () => {
    const vocab = new Vocabulary();
    vocab.count([vocab.idOf('harbour')], 1);
    vocab.fuzzyTree();
    const copy = vocab.clone();
    const added = copy.idOf('zhongnanhai');
    copy.count([added], 1);
    expect(copy.fuzzyTree()).toBe(vocab.fuzzyTree());
    expect(copy.nearest('zhongnanhia', 2)).toBe(added);
    expect(vocab.nearest('zhongnanhia', 2)).toBe(-1);
    // A copy that is thrown away leaves an entry whose id the next copy gives to another term.
    const next = vocab.clone();
    const other = next.idOf('zhongshan');
    next.count([other], 1);
    expect(other).toBe(added);
    expect(next.nearest('zhongnanhia', 2)).toBe(-1);
    expect(next.nearest('zhongshen', 1)).toBe(other);
  });
});
