import type { Article } from '../../src/corpus/types.js';
import { extractQuotes, SpeakerRegistry, type ExtractedQuote } from '../../src/quotes/index.js';

/** An article of the given paragraphs, cited by a made-up URL. */
export function article(id: string, title: string, ...paragraphs: string[]): Article {
  return {
    id,
    file: id,
    story: 0,
    title,
    source: `https://example.com/${id}`,
    url: `https://example.com/${id}`,
    paragraphs,
  };
}

/** One article's quotes and the registry built from them alone. */
export function registryOf(one: Article): { quotes: ExtractedQuote[]; registry: SpeakerRegistry } {
  const quotes = extractQuotes(one);
  return { quotes, registry: SpeakerRegistry.build([{ article: one, quotes }]) };
}
