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
    expect(firstCharacters(`${family}${family}ab`, 3)).toBe(family);
    expect(characters(firstCharacters('é'.normalize('NFD').repeat(50), 7))).toBe(7);
  });

  it('keeps a short question whole, marks and all, and cuts a long one within 4 units a character', () => {
    const zalgo = `x${'\u0301'.repeat(20)}`;
    expect(firstCharacters(`What did Putin ${zalgo} say?`, 1000)).toBe(
      `What did Putin ${zalgo} say?`,
    );
    const marks = `a${'\u0301'.repeat(10_000)}b`;
    expect(firstCharacters(marks, 10)).toBe(marks.slice(0, 40));
    const family = '👨‍👩‍👧‍👦';
    expect(firstCharacters(family.repeat(1000), 1000)).toBe(family.repeat(363));
  });
});
