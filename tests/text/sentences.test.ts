import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluedStops, splitSentences } from '../../src/text/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps honorifics, initials, months and dotted abbreviations inside a sentence', () => {
    expect(
      texts(
        'President Vladimir V. Putin met Mr. Song on Oct. 1 at the U.S. embassy. Then he left.',
      ),
    ).toEqual([
      'President Vladimir V. Putin met Mr. Song on Oct. 1 at the U.S. embassy.',
      'Then he left.',
    ]);
  });

  it('keeps Canadian and British police and council ranks inside a sentence', () => {
    expect(
      texts('Coun. Brenda Locke and Cst. Jamie Roy spoke. Det. Sgt. Ann Moss did not.'),
    ).toEqual(['Coun. Brenda Locke and Cst. Jamie Roy spoke.', 'Det. Sgt. Ann Moss did not.']);
  });

  it('ends a sentence after closing quotes and on ! and ?', () => {
    expect(texts('“It is done,” he said. “Is it?” Yes! 2023 was big.')).toEqual([
      '“It is done,” he said.',
      '“Is it?”',
      'Yes!',
      '2023 was big.',
    ]);
  });

  it('ends a sentence before a closing mark typed for the opening one (seeds)', () => {
    expect(texts('…at Sydney’s Lowy Institute. ” There is also a defiance.” It ends.')).toEqual([
      '…at Sydney’s Lowy Institute.',
      '” There is also a defiance.”',
      'It ends.',
    ]);
    // A closing mark that closes: no new sentence before it.
    expect(texts('He called it “a mess. ” Then he left.')).toEqual([
      'He called it “a mess. ” Then he left.',
    ]);
  });

  it('splits sentences a scraper glued together', () => {
    expect(texts('from the Western world.Not only that, brands left.')).toEqual([
      'from the Western world.',
      'Not only that, brands left.',
    ]);
  });

  it('finds glued full stops exactly where the lookbehind it replaced did', () => {
    const LOOKBEHIND = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/gu;
    expect(gluedStops('ab.Cd 𝐚𝐚.𝐀a N.Na b.Ca')).toEqual([2, 10]);
    // Lowercase and capital letters inside and outside the BMP (𝐚 and 𝐀 are two units each).
    const unit = fc.constantFrom('a', 'é', 'ß', '𝐚', 'N', 'É', '𝐀', '.', ' ', '1', '\ud835');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        expect(gluedStops(text)).toEqual([...text.matchAll(LOOKBEHIND)].map((m) => m.index));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives offsets that slice back to each sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});
