import { describe, expect, it } from 'vitest';
import { isActorNoun } from '../../src/quotes/lexicon-types.js';

describe('isActorNoun', () => {
  it.each([
    // compromise's own Actor nouns.
    ['teacher', true],
    ['farmer', true],
    // Who does what a verb compromise lists says.
    ['forecaster', true],
    ['organizer', true],
    // Adjectives and comparatives that end like agent nouns are not people.
    ['former', false],
    ['clearer', false],
    ['closer', false],
    ['other', false],
    // Other words.
    ['utility', false],
    ['together', false],
    ['typewriter', false],
  ])('%s → %s', (word, expected) => {
    expect(isActorNoun(word)).toBe(expected);
  });
});
