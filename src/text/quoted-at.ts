/** Where a quotation extracted from a text stands in it. */

/** Marks that only open a quotation, in English and other newsrooms' styles. */
const OPENING = new Set(['“', '‘', '«', '„', '‹', '‚']);
/**
 * Marks that open or close one: opening only at the text's start or after a space ("…talks.”
 * Peace is possible" is no quotation of "Peace is possible"); ” so is a closing mark typed for the
 * opening one ("…Institute. ” There is also…").
 */
const EITHER = new Set(['"', "'", '”']);

/**
 * Where the words of `quote` start in `text` right after an opening quotation mark (a space
 * between allowed: "« Bonjour »"), or -1. Its first words written without marks elsewhere in the
 * text ("Peace is possible, the mediators insisted") are not the quotation.
 */
export function quotedAt(text: string, quote: string): number {
  const start = quote.slice(0, 40);
  if (!start) return -1;
  for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) {
    const mark = text[at - 1] === ' ' ? at - 2 : at - 1;
    const before = text[mark];
    if (before === undefined) continue;
    if (OPENING.has(before)) return at;
    if (EITHER.has(before) && (mark === 0 || /\s/.test(text[mark - 1]!))) return at;
  }
  return -1;
}
