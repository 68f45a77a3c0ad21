import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/corpus/normalize.js';
import { splitParagraphs } from '../../src/corpus/paragraphs.js';

const nonSpace = (text: string) => text.replace(/\s/g, '');

describe('splitParagraphs', () => {
  it('splits on blank lines', () => {
    expect(splitParagraphs('One paragraph.\n\nTwo paragraph.\n \n\n\tThree.')).toEqual([
      'One paragraph.',
      'Two paragraph.',
      'Three.',
    ]);
  });

  it('keeps long single-newline lines as separate paragraphs', () => {
    const a =
      'Russia and China have responded to the US national security strategy by vowing to expand their cooperation further.';
    const b = 'Putin’s visit begins today.';
    const c =
      'Underlining his close personal relationship with Xi, Putin told a Chinese state broadcaster that Xi is a friend.';
    expect(splitParagraphs(`${a}\n${b}\n${c}`)).toEqual([a, b, c]);
  });

  it('joins hard-wrapped lines inside a blank-line separated paragraph', () => {
    const wrapped = [
      'The council voted on Tuesday to expand the tram network to the northern',
      'districts. The plan has been debated for more than a decade and will cost',
      'about 400 million euros.',
      '',
      'Construction starts next spring.',
    ].join('\n');
    expect(splitParagraphs(wrapped)).toEqual([
      'The council voted on Tuesday to expand the tram network to the northern districts. The plan has been debated for more than a decade and will cost about 400 million euros.',
      'Construction starts next spring.',
    ]);
  });

  it('breaks a wrapped block where a short line ends a sentence', () => {
    const text = [
      'The council voted on Tuesday to expand the tram network to the northern',
      'districts.',
      'Construction is due to start next spring, the mayor said on Wednesday.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'The council voted on Tuesday to expand the tram network to the northern districts.',
      'Construction is due to start next spring, the mayor said on Wednesday.',
    ]);
  });

  it('joins ragged lines broken mid-sentence (links lost by a scraper)', () => {
    const text =
      'Editor’s note: Donald Trump regularly\nincites\npolitical violence and is a serial liar, rampant xenophobe,\nracist and birther.';
    expect(splitParagraphs(text)).toEqual([
      'Editor’s note: Donald Trump regularly incites political violence and is a serial liar, rampant xenophobe, racist and birther.',
    ]);
  });

  it('keeps list items apart', () => {
    expect(
      splitParagraphs('Tasks ahead of her tonight:\n- Sell her presidency\n- Tell more jokes'),
    ).toEqual(['Tasks ahead of her tonight:', '- Sell her presidency', '- Tell more jokes']);
  });
});

// Text built from words, spaces and every kind of line break the splitter has to handle.
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n', ' \n \n', '\r\n', '\t', '\u00a0'),
  },
  { weight: 1, arbitrary: fc.constantFrom('Word.', '“Quote,”', '- item', '1. item', '習近平') },
);
const document = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('splitParagraphs properties', () => {
  it('never loses or invents a non-whitespace character', () => {
    fc.assert(
      fc.property(document, (raw) => {
        const text = normalizeText(raw);
        expect(nonSpace(splitParagraphs(text).join(''))).toBe(nonSpace(text));
      }),
    );
  });

  it('gives trimmed, single-line, non-empty paragraphs with single spaces', () => {
    fc.assert(
      fc.property(document, (raw) => {
        for (const paragraph of splitParagraphs(normalizeText(raw))) {
          expect(paragraph).not.toBe('');
          expect(paragraph).not.toMatch(/\n| {2}|^ | $/);
        }
      }),
    );
  });

  it('gives the same paragraphs whatever the line endings', () => {
    fc.assert(
      fc.property(document, (raw) => {
        const unix = splitParagraphs(normalizeText(raw.replace(/\r\n/g, '\n')));
        expect(splitParagraphs(normalizeText(unix.join('\r\n\r\n')))).toEqual(unix);
      }),
    );
  });
});
