import type { SpeakerQuote, SpeakerRegistry } from '../quotes/registry.js';
import { rankByTopic } from '../quotes/topic.js';
import type { QuoteAnswer, QuoteResult } from './types.js';

const DEFAULT_K = 10;

/** How many quotes at most, and on which topic. */
export interface QuoteOptions {
  /** Only quotes that share words with this topic, best first. */
  about?: string;
  /** At most this many quotes (default 10). */
  k?: number;
}

/**
 * A speaker's quotes for /quote: the speaker `query` names (forgiving lookup). With `about`, only
 * quotes that share words with the topic, best first; without it, full quotations before
 * fragments, in corpus order. An unknown speaker gets no quotes and the nearest names.
 */
export function answerQuote(
  registry: SpeakerRegistry,
  query: string,
  options: QuoteOptions = {},
): QuoteAnswer {
  const about = options.about?.trim() || undefined;
  const k = Math.max(1, options.k ?? DEFAULT_K);
  const { speaker, suggestions } = registry.resolve(query);
  const found = speaker ? registry.speaker(speaker) : undefined;
  const base: QuoteAnswer = { query, speaker: found?.name ?? null, quotes: [], suggestions };
  if (found?.type) base.speakerType = found.type;
  if (about) base.about = about;
  if (!found) {
    const passing = registry.inPassing(query);
    // The name asked for is in the corpus: no other names to suggest.
    return passing ? { ...base, suggestions: [], inPassing: passing } : base;
  }
  const ranked = about
    ? rankByTopic(found.quotes, about, (q) => ({ quote: q.quote.text, title: q.article.title }))
    : [...found.quotes].sort(
        (a, b) => Number(a.quote.kind === 'partial') - Number(b.quote.kind === 'partial'),
      );
  return { ...base, quotes: ranked.slice(0, k).map((q) => toResult(q, found.name)) };
}

function toResult({ quote: q, article }: SpeakerQuote, speaker: string): QuoteResult {
  const result: QuoteResult = {
    quote: q.text,
    speaker,
    mention: q.mention,
    kind: q.kind,
    citation: {
      title: article.title,
      source: article.source,
      paragraph: q.paragraph,
      article: article.id,
    },
  };
  if (article.url) result.citation.url = article.url;
  if (q.descriptor) result.descriptor = q.descriptor;
  if (q.speakerType) result.speakerType = q.speakerType;
  return result;
}
