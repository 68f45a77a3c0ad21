import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  isActorNoun,
  isAdverbForm,
  isAdverbOrParticiple,
  isMostlyVerb,
  isDoubledAgent,
} from '../../src/quotes/lexicon-types.js';

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
    // Someone by a field or practice, not a verb or an adjective ending so.
    ['linguist', true],
    ['pharmacist', true],
    ['persist', false],
    ['racist', false],
  ])('%s → %s', (word, expected) => {
    expect(isActorNoun(word)).toBe(expected);
  });
});

describe('isAdverbForm', () => {
  it('reads -wards and -ly after an adjective as adverbs, not names ending so', () => {
    for (const w of ['Afterwards', 'Finally', 'Recently', 'Happily'])
      expect(isAdverbForm(w)).toBe(true);
    for (const w of ['Kelly', 'Daly', 'Connolly', 'Emily', 'Beverly'])
      expect(isAdverbForm(w)).toBe(false);
  });
});

describe('isDoubledAgent', () => {
  it('reads an agent noun whose verb doubles its consonant, not a word listed as itself', () => {
    for (const w of ['spinner', 'runner', 'swimmer']) expect(isDoubledAgent(w)).toBe(true);
    for (const w of ['hammer', 'matter', 'dinner', 'teacher'])
      expect(isDoubledAgent(w)).toBe(false);
  });
});

describe('isAdverbOrParticiple and isMostlyVerb', () => {
  it('reads adverbs and participles opening a sentence by the tagger lexicon', () => {
    for (const w of ['Domestically', 'Similarly', 'Previously', 'Led', 'Asked'])
      expect(isAdverbOrParticiple(w), w).toBe(true);
  });
  it('leaves names that are nouns or adjectives too, and words it lacks', () => {
    for (const w of [
      'Root',
      'Silver',
      'Strong',
      'Shelter',
      'Wolves',
      'Patience',
      'Early',
      'Kasich',
    ])
      expect(isAdverbOrParticiple(w), w).toBe(false);
  });
  it('tells a verb from a noun spelled as one', () => {
    expect(isMostlyVerb('told')).toBe(true);
    expect(isMostlyVerb('describes')).toBe(true);
    for (const w of ['reports', 'claims', 'recall', 'vows']) expect(isMostlyVerb(w), w).toBe(false);
  });

  // The lexicon's text is scanned for the entries these readers need, not parsed whole: the scan
  // must find every one a parse finds (the first tag "VBN|JJ" included) and no other.
  it('reads every entry of the lexicon a JSON parse reads', () => {
    const file = createRequire(import.meta.url).resolve(
      'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
    );
    const lexicon = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    let verbs = 0;
    for (const [word, tags] of Object.entries(lexicon)) {
      if (!Array.isArray(tags) || typeof tags[0] !== 'string') continue;
      const first = tags[0];
      const nounToo = tags.some((t) => t === 'JJ' || t === 'NN' || t === 'NNS');
      const expected = first.startsWith('VB') && !nounToo;
      if (expected) verbs++;
      if (isMostlyVerb(word) !== expected) expect(isMostlyVerb(word), word).toBe(expected);
    }
    expect(verbs).toBeGreaterThan(5000);
    // Entries whose first tag joins two ("VBN|JJ") count by their first, as a parse reads them.
    expect(isMostlyVerb('Confiscated')).toBe(true);
    expect(isMostlyVerb('ratcheting')).toBe(true);
  });
});
