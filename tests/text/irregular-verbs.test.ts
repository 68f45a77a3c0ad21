import { describe, expect, it } from 'vitest';
import { pastFormTerms } from '../../src/text/irregular-verbs.js';
import { stem } from '../../src/text/tokenize.js';

describe('irregular verbs', () => {
  it('give the index terms of a base form’s past forms', () => {
    expect(pastFormTerms(stem('drink'))).toEqual(['drank', 'drunk']);
    expect(pastFormTerms(stem('fly'))).toEqual([stem('flew'), stem('flown')]);
    expect(pastFormTerms(stem('seek'))).toEqual([stem('sought')]);
  });

  it("give a regular verb's past form only where the stemmer parts it from the base", () => {
    // User test: "When did Adeyinka-Holt die?" found nothing in "she died peacefully".
    expect(pastFormTerms(stem('die'))).toEqual([stem('died')]);
    expect(pastFormTerms(stem('tie'))).toEqual([stem('tied')]);
    expect(stem('walked')).toBe(stem('walk'));
    expect(pastFormTerms(stem('walk'))).toEqual([]);
    // Review: "lied" stems to "li", the surname Li ("Did Putin lie…?" found Li Xin).
    expect(pastFormTerms(stem('lie'))).toEqual([]);
  });

  it('leave out forms more often another word, and every other word', () => {
    for (const base of ['leave', 'find', 'feed', 'win', 'shoot', 'think', 'make'])
      expect(pastFormTerms(stem(base)), base).toEqual([]);
    expect(pastFormTerms('tank')).toEqual([]);
    expect(pastFormTerms('constructor')).toEqual([]);
  });
});
