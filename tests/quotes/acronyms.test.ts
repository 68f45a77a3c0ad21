import { describe, expect, it } from 'vitest';
import { readAcronyms, unspelledAcronym } from '../../src/quotes/acronyms.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { article } from './fixtures.js';

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
    // Written as a word, as British and South African papers do.
    [
      'The Congress of South African Trade Unions (Cosatu) called a strike.',
      'Cosatu',
      'Congress of South African Trade Unions',
    ],
    // Letters kept from an older name: the initials among them, in order, first and last.
    [
      "The United Nations Children's Fund (UNICEF) warned of famine.",
      'UNICEF',
      "United Nations Children's Fund",
    ],
  ])('%s → %s', (text, acronym, name) => {
    expect(readAcronyms([text], bodies).get(acronym)).toBe(name);
  });

  it('spells out nothing for brackets that hold no acronym of the words before', () => {
    expect(readAcronyms(['Prices rose (again) in May (AB).'], bodies).size).toBe(0);
  });

  it('reads a word in brackets as an acronym only where the words before spell it', () => {
    // Capitals in another order stand for a name; a word in brackets does not.
    const text = 'The Lakeshore Power Generation Utility Board (Hydro) met on Monday.';
    expect(readAcronyms([text], bodies).size).toBe(0);
  });

  describe('an acronym the article never spells out', () => {
    const named =
      'A snowmobiler was rescued on Sunday, according to the Minnesota Department of Natural Resources.';
    const used = '“No ice is ever 100% safe,” the DNR said in a news release.';

    it('stands for the body named before it whose initials spell it, with its place', () => {
      expect(unspelledAcronym([named, used], 'DNR', bodies)).toBe(
        'Minnesota Department of Natural Resources',
      );
      const police =
        'Officers of the Royal Canadian Mounted Police arrived. The RCMP said two men fled.';
      expect(unspelledAcronym([police], 'RCMP', bodies)).toBe('Royal Canadian Mounted Police');
    });

    it('stands for no name written after it, nor for a name that is no body', () => {
      expect(unspelledAcronym([used, named], 'DNR', bodies)).toBeNull();
      const actor = 'Jean Claude Van Damme flew in. JCVD said he loved the city.';
      expect(unspelledAcronym([actor], 'JCVD', bodies)).toBeNull();
    });

    it('needs three letters or more', () => {
      const text = 'The United Nations met. The UN said the talks would resume.';
      expect(unspelledAcronym([text], 'UN', bodies)).toBeNull();
    });

    it('gives the quotation to the body by its full name', () => {
      const quotes = extractQuotes(article('dnr.txt', 'Ice rescue', named, used));
      expect(quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
        ['Minnesota Department of Natural Resources', 'organisation'],
      ]);
    });
  });
});
