const COMBINING_MARKS = /\p{M}+/gu;

// Letters that carry their mark inside them, so NFKD leaves them whole.
const UNMARKED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNMARKED_LETTERS = /[łøđðħıßæœþ]/g;

/** Lower-case and strip diacritics so "Galauskás", "GALAUSKAS" and "galauskas" compare equal. */
export function foldText(text: string): string {
  const folded = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  return folded.replace(UNMARKED_LETTERS, (c) => UNMARKED[c]!);
}
