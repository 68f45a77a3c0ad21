// Words that turn round what a sentence says: "not", "no", "never", "without", "none", "-n't".
const SOURCE = String.raw`\b(?:not|no|never|without|none)\b|\w*n['’]t\b`;
const ANY = new RegExp(SOURCE, 'i');
// Global, for String.match only (a global pattern's `test` would keep its place).
const EACH = new RegExp(SOURCE, 'gi');

/** Whether `text` holds a negation ("Why didn't Putin go?", "a city without a port"). */
export const isNegated = (text: string): boolean => ANY.test(text);

/** The negations `text` writes, lower case, in order ("will not close": ["not"]). */
export const negations = (text: string): string[] =>
  (text.match(EACH) ?? []).map((w) => w.toLowerCase());
