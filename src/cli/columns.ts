/**
 * Terminal columns by Unicode's East Asian Width: a wide (W) or fullwidth (F) character takes two
 * columns, a combining mark or zero-width joiner none, anything else one. Written here rather than
 * depending on `string-width`: this is all the wrapper needs, and `Intl.Segmenter` (Node 20) does
 * the grapheme splitting that package brings.
 * @see https://www.unicode.org/reports/tr11/ (East Asian Width)
 */

/** Code point ranges of East Asian Width W and F (EastAsianWidth.txt), emoji aside. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2329, 0x232a],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff], // Tangut, Khitan
  [0x1aff0, 0x1b2ff], // Kana supplement and extensions, Nushu
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x2fffd], // CJK extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G–H
];

const ZERO = /^(?:\p{M}|\p{Cf}|\p{Cc}|[\u1160-\u11ff])+$/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function wideCodePoint(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

/** Columns one grapheme (a user-perceived character) takes on a terminal: 0, 1 or 2. */
export function graphemeColumns(grapheme: string): number {
  if (ZERO.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  return wideCodePoint(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/** The graphemes of `text`, in order. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Columns `text` takes on a terminal (no escape codes in it). */
export function columns(text: string): number {
  // Plain ASCII, the common case, is one column a character.

  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let total = 0;
  for (const g of splitGraphemes(text)) total += graphemeColumns(g);
  return total;
}
