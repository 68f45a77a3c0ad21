/** "1 quote", "2 quotes", "0 articles": a number with its noun agreeing. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
