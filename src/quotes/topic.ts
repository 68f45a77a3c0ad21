/** Ranking one speaker's quotes by a topic ("about: visit"). */
import { terms } from '../text/tokenize.js';

/** What a quote is matched against: its words, the sentence reporting it, its article's title. */
export interface TopicText {
  quote: string;
  title: string;
  /** The sentences of the quote's paragraph that hold it ("He praised Xi as a “…”"). */
  context?: string;
}

/** How near two stemmed terms are in meaning, 0..1 (none: only the words themselves count). */
export type TermRelatedness = (a: string, b: string) => number;

// What a topic term counts where it is found, against its count in the quotation itself: the
// sentence reporting the quotation says what it is about ("He praised Xi as…") less surely.
const IN_CONTEXT = 0.5;
const IN_TITLE = 1 / 3;
// A related word in the quotation ("war" ~ "military" 0.74, "friendship" ~
// "relations" 0.72), from this similarity up: below it the vectors' neighbours drift ("war" ~
// "decade" 0.69).
export const RELATED_MIN = 0.7;
const RELATED_WEIGHT = 0.5;

/**
 * Quotes sharing stemmed words with the topic, best first: each topic term counts once, where it
 * counts most (the quotation, the sentence reporting it, a related word, the article title), rarer
 * terms (among this speaker's quotes) more. Quotes matched by their article's title alone only when
 * no other is matched.
 */
export function rankByTopic<T>(
  quotes: T[],
  about: string,
  textOf: (quote: T) => TopicText,
  related: TermRelatedness = () => 0,
): T[] {
  const wanted = [...new Set(terms(about))];
  if (wanted.length === 0) return [];
  const bags = quotes.map((q) => {
    const { quote, title, context = '' } = textOf(q);
    return {
      quote: new Set(terms(quote)),
      context: new Set(terms(context)),
      title: new Set(terms(title)),
    };
  });
  const weightOf = (bag: (typeof bags)[number], t: string): number => {
    if (bag.quote.has(t)) return 1;
    if (bag.context.has(t)) return IN_CONTEXT;
    // Related words in the quotation only: its sentence's other words seldom say what it is about.
    let near = 0;
    for (const word of bag.quote) near = Math.max(near, related(t, word));
    const soft = near >= RELATED_MIN ? RELATED_WEIGHT * near : 0;
    return Math.max(soft, bag.title.has(t) ? IN_TITLE : 0);
  };
  const weights = bags.map((bag) => wanted.map((t) => weightOf(bag, t)));
  const df = wanted.map((_, j) => weights.filter((w) => w[j]! > 0).length);
  const idf = (j: number): number => Math.log(1 + quotes.length / (1 + df[j]!));
  const scored = quotes.map((q, i) => {
    let score = 0;
    weights[i]!.forEach((w, j) => (score += w * idf(j)));
    return { q, score, i, own: weights[i]!.some((w) => w > IN_TITLE) };
  });
  // The title alone says what an article is about, not each quotation in it: it decides only when
  // no quotation is about the topic by its own words or its sentence's.
  const anyOwn = scored.some((s) => s.own);
  return scored
    .filter((s) => s.score > 0 && (s.own || !anyOwn))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((s) => s.q);
}
