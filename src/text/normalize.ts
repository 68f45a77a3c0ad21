const COMBINING_MARKS = /\p{M}+/gu;

/** Lower-case and strip diacritics so "Galauskás", "GALAUSKAS" and "galauskas" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}
