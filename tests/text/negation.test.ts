import { describe, expect, it } from 'vitest';
import { isNegated, negations } from '../../src/text/negation.js';

describe('negations', () => {
  it.each([
    ['The school will not close in June.', ['not']],
    ['Why didn’t Putin go, and why won’t Xi?', ['didn’t', 'won’t']],
    [
      'A city without a port, and no airport: none at all, never.',
      ['without', 'no', 'none', 'never'],
    ],
    ['Nothing is known about the notice or Noel.', []],
  ])('%j writes %j', (text, words) => {
    expect(negations(text)).toEqual(words);
    expect(isNegated(text)).toBe(words.length > 0);
  });
});
