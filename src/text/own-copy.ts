// V8 represents a substring of 13 or more characters as a view into the string it was cut from,
// which then stays in memory as long as the substring does; and a string cut from text that held
// one character above U+00FF keeps two bytes per character even when it has none itself. Text
// the index keeps for good (a passage, a quotation, a cached word) is copied through UTF-8, which
// makes a string of its own, one byte per character where it can: a whole file's raw text is not
// kept alive by one word of it, and a passage of plain Latin text takes half the memory.
const SLICE_MIN = 13;
const LONE_SURROGATE = /\p{Cs}/u; // in u mode a paired surrogate is one astral code point

/** `text` as a compact string of its own, holding no larger string in memory. */
export function ownCopy(text: string): string {
  if (text.length < SLICE_MIN) return text;
  // A lone surrogate has no UTF-8 form: flatten by concatenation instead, which keeps it.
  if (LONE_SURROGATE.test(text)) return ` ${text}`.slice(1);
  return Buffer.from(text, 'utf8').toString('utf8');
}
