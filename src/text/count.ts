/** "2,000,000": a number as messages show it, thousands separated. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 quote", "2 quotes", "1,075 articles": a number with its noun agreeing. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : plural}`;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * How many characters a reader sees in `text`: "😀" is one (two UTF-16 units), and so are "é"
 * typed as "e" and its accent, a flag, and a family of four joined emoji (seven code points).
 */
export function characters(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** UTF-16 units the text kept may take a character on average: a page echoing it stays small. */
const UNITS_PER_CHARACTER = 4;

/**
 * The first `max` characters of `text`, counted as `characters` counts them and cut between two
 * characters, in at most `max` × 4 UTF-16 units: 1,000 ordinary characters are kept whole, 1,000
 * family emoji (11 units each) the first 363, and one "character" of 10,000 combining marks its
 * first 4,000 units.
 */
export function firstCharacters(text: string, max: number): string {
  const units = max * UNITS_PER_CHARACTER;
  if (text.length <= max) return text;
  let n = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (n++ === max) return text.slice(0, index);
    if (index + segment.length > units) {
      if (index > 0) return text.slice(0, index);
      // Never between the halves of a surrogate pair.
      return text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(units - 1)) ? units - 1 : units);
    }
  }
  return text;
}
