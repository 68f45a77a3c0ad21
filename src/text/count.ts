/** "2,000,000": a number as messages show it, thousands separated. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** "1 quote", "2 quotes", "1,075 articles": a number with its noun agreeing. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${thousands(n)} ${n === 1 ? singular : plural}`;
}
