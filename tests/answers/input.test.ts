import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/answers/input.js';
import { InputError } from '../../src/errors.js';

const what = { empty: 'Empty.', noun: 'question', max: 10 };

describe('cleanInput', () => {
  it('counts characters as a reader sees them, not UTF-16 units or code points', () => {
    // A family of four joined emoji is seven code points and eleven UTF-16 units; a flag, two;
    // "é" typed as "e" and its accent, two.
    for (const one of ['👨‍👩‍👧‍👦', '🇫🇷', 'e\u0301', '😀', 'a'])
      expect(cleanInput(one.repeat(10), what)).toBe(one.repeat(10));
    expect(() => cleanInput('👨‍👩‍👧‍👦'.repeat(11), what)).toThrow(
      new InputError('That question is 11 characters long; use at most 10.'),
    );
  });

  it('separates thousands in the length it refuses', () => {
    expect(() => cleanInput('a'.repeat(12_345), { ...what, max: 1_000 })).toThrow(
      'That question is 12,345 characters long; use at most 1,000.',
    );
  });
});
