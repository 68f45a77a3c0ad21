const LETTER = /\p{L}/u;

/**
 * The first place from `from` where `words` stand whole in `text`, no letter touching them ("he"
 * not in "the" or "hear"); -1 if none, and for no words.
 */
export function wholeWordAt(text: string, words: string, from = 0): number {
  if (!words) return -1;
  for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + words.length)))
      return at;
  }
  return -1;
}
