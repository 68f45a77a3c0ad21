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
