import { describe, expect, it } from 'vitest';
import { readAcronyms } from '../../src/quotes/acronyms.js';

const bodies = (word: string): boolean => ['federation', 'regulator', 'office'].includes(word);

describe('readAcronyms', () => {
  it.each([
    [
      'The Canada Mortgage and Housing Corporation (CMHC) released its forecast.',
      'CMHC',
      'Canada Mortgage and Housing Corporation',
    ],
    [
      'The Financial Accountability Office of Ontario (FAO) said so.',
      'FAO',
      'Financial Accountability Office of Ontario',
    ],
    [
      'The National Disaster Management Authority, or NDMA, warned of floods.',
      'NDMA',
      'National Disaster Management Authority',
    ],
    // Initials in another language's order still stand for the name before them.
    ['The German Metalworkers Federation (DMB) objected.', 'DMB', 'German Metalworkers Federation'],
  ])('%s → %s', (text, acronym, name) => {
    expect(readAcronyms([text], bodies).get(acronym)).toBe(name);
  });

  it('spells out nothing for brackets that hold no acronym of the words before', () => {
    expect(readAcronyms(['Prices rose (again) in May (AB).'], bodies).size).toBe(0);
  });
});
