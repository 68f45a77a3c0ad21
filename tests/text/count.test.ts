import { describe, expect, it } from 'vitest';
import { count, thousands } from '../../src/text/count.js';

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
