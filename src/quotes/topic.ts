/** Ranking one speaker's quotes by a topic ("about: visit"). */
import { terms } from '../text/tokenize.js';

/**
 * Quotes sharing stemmed words with the topic, best first: each topic term found in the quote
 * counts once, rarer terms (among this speaker's quotes) more; the article title counts a third.
 */
export function rankByTopic<T>(
  quotes: T[],
  about: string,
  textOf: (quote: T) => { quote: string; title: string },
): T[] {
  const wanted = [...new Set(terms(about))];
  if (wanted.length === 0) return [];
  const bags = quotes.map((q) => {
    const { quote, title } = textOf(q);
    return { quote: new Set(terms(quote)), title: new Set(terms(title)) };
  });
  const df = new Map(
    wanted.map((t) => [t, bags.filter((b) => b.quote.has(t) || b.title.has(t)).length]),
  );
  const idf = (t: string): number => Math.log(1 + quotes.length / (1 + (df.get(t) ?? 0)));
  const scored = quotes.map((q, i) => {
    const bag = bags[i];
    let score = 0;
    for (const t of wanted) {
      if (bag?.quote.has(t)) score += idf(t);
      else if (bag?.title.has(t)) score += idf(t) / 3;
    }
    return { q, score, i };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((s) => s.q);
}
