/** Where a quotation extracted from a text stands in it. */

/**
 * Marks a quotation opens with, in English and other newsrooms' styles; and a closing mark typed
 * for the opening one ("…Institute. ” There is also…").
 */
const OPENING = new Set(['“', '"', '‘', "'", '«', '„', '‹', '‚', '”']);

/**
 * Where the words of `quote` start in `text` right after an opening quotation mark (a space
 * between allowed: "« Bonjour »"), or -1. Its first words written without marks elsewhere in the
 * text ("Peace is possible, the mediators insisted") are not the quotation.
 */
export function quotedAt(text: string, quote: string): number {
  const start = quote.slice(0, 40);
  if (!start) return -1;
  for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
    const before = text[at - 1] === ' ' ? text[at - 2] : text[at - 1];
    if (before !== undefined && OPENING.has(before)) return at;
  }
  return -1;
}
