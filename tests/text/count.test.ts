import { describe, expect, it } from 'vitest';
import { characters, count, firstCharacters, thousands } from '../../src/text/count.js';

describe('count', () => {
  it.each([
    [0, 'quote', '0 quotes'],
    [1, 'quote', '1 quote'],
    [2, 'passage', '2 passages'],
    [1075, 'article', '1,075 articles'],
    [2_000_000, 'character', '2,000,000 characters'],
  ])('%i %s: %s', (n, noun, expected) => {
    expect(count(n, noun)).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(count(2, 'person', 'people')).toBe('2 people');
  });
});

describe('thousands', () => {
  it.each([
    [999, '999'],
    [1075, '1,075'],
    [2_127_692, '2,127,692'],
  ])('%i: %s', (n, expected) => {
    expect(thousands(n)).toBe(expected);
  });
});

describe('firstCharacters', () => {
  it('keeps the first characters as a reader counts them, never half of one', () => {
    expect(firstCharacters('abc', 5)).toBe('abc');
    expect(firstCharacters('😀'.repeat(10), 3)).toBe('😀😀😀');
    const family = '👨‍👩‍👧‍👦';
    expect(firstCharacters(family.repeat(3), 2)).toBe(family.repeat(2));
    expect(characters(firstCharacters('é'.normalize('NFD').repeat(50), 7))).toBe(7);
  });

  it('ends before a character of thousands of combining marks', () => {
    const zalgo = `a${'\u0301'.repeat(10_000)}b`;
    expect(firstCharacters(zalgo, 10)).toBe(zalgo.slice(0, 16));
    expect(firstCharacters(`xy${zalgo}`, 10)).toBe('xy');
    const kiss = '👩🏻‍❤️‍💋‍👨🏼';
    expect(firstCharacters(kiss.repeat(3), 2)).toBe(kiss.repeat(2));
  });
});
