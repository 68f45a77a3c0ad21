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

/** UTF-16 units a character may take: the longest emoji sequences take 15 ("👩🏻‍❤️‍💋‍👨🏼"). */
const UNITS_PER_CHARACTER = 16;

/**
 * The first `max` characters of `text`, counted as `characters` counts them, cut between two
 * characters and before one longer than any writing needs: a "character" of 10,000 combining
 * marks ends the text (keeping its first 16 units when it opens it).
 */
export function firstCharacters(text: string, max: number): string {
  let n = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (n++ === max) return text.slice(0, index);
    if (segment.length > UNITS_PER_CHARACTER) {
      if (index > 0) return text.slice(0, index);
      // Never between the halves of a surrogate pair.
      const end = UNITS_PER_CHARACTER - (/[\uD800-\uDBFF]/.test(text.charAt(15)) ? 1 : 0);
      return text.slice(0, end);
    }
  }
  return text;
}
