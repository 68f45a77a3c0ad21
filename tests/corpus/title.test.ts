import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCrumbTrail, tidyTitle, truncateWords } from '../../src/corpus/title.js';

describe('truncateWords', () => {
  it('cuts on a word boundary and marks the cut', () => {
    expect(truncateWords('Just a month after beginning his new term in office', 30)).toBe(
      'Just a month after beginning…',
    );
    expect(truncateWords('Short title', 30)).toBe('Short title');
  });

  it('never exceeds the limit and keeps a prefix of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (text, max) => {
        const cut = truncateWords(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        expect(cut.endsWith('…')).toBe(true);
        expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      }),
    );
  });
});

describe('tidyTitle', () => {
  it.each([
    ['Trump didn’t need to meet with Peña Nieto.', 'Trump didn’t need to meet with Peña Nieto'],
    ['Old Hands Help Russia Navigate U.S.', 'Old Hands Help Russia Navigate U.S.'],
    ['Is Trump done?', 'Is Trump done?'],
    ['No period', 'No period'],
  ])('%j -> %j', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe('isCrumbTrail', () => {
  const headline = 'Putin’s China visit highlights military ties, worrying West';
  it('recognises crumbs that end with the headline, or use separators', () => {
    expect(isCrumbTrail(`Home News ${headline}`, headline)).toBe(true);
    expect(isCrumbTrail('Home › World › Asia', undefined)).toBe(true);
  });
  it('leaves prose that happens to start with "Home"', () => {
    expect(isCrumbTrail('Home prices rose again in May, the agency said.', headline)).toBe(false);
    expect(isCrumbTrail(`Home News ${headline}`, 'A different story')).toBe(false);
  });
});
