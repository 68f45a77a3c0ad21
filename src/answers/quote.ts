import type { ExtractedQuote } from '../quotes/extract.js';
import { citationLink } from '../net/links.js';
import type { SpeakerQuote, SpeakerRegistry } from '../quotes/registry.js';
import { rankByTopic } from '../quotes/topic.js';
import { headRelatedness } from '../search/ranking.js';
import { quotedAt } from '../text/quoted-at.js';
import { splitSentences } from '../text/sentences.js';
import type { QuoteAnswer, QuoteResult } from './types.js';
import { foldText } from '../text/normalize.js';

const DEFAULT_K = 10;

/** How many quotes at most, and on which topic. */
export interface QuoteOptions {
  /** Only quotes that share words with this topic, best first. */
  about?: string;
  /** At most this many quotes (default 10). */
  k?: number;
  /** The text of the paragraph a quote stands in: the sentence reporting it counts for `about`. */
  paragraphOf?: (quote: SpeakerQuote) => string | undefined;
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
    ? rankByTopic(
        found.quotes,
        about,
        (q) => ({
          quote: q.quote.text,
          title: q.article.title,
          context: reportingSentences(options.paragraphOf?.(q) ?? '', q.quote),
        }),
        headRelatedness({ common: false }),
      )
    : [...found.quotes].sort(
        (a, b) => Number(a.quote.kind === 'partial') - Number(b.quote.kind === 'partial'),
      );
  return {
    ...base,
    quotes: onceEach(ranked)
      .slice(0, k)
      .map((q) => toResult(q, found.name)),
  };
}

/**
 * Each quotation once: the same words under the same headline (another edition of the story, a
 * wire copy run twice, a pull quote) are the same quotation to a reader, shown from the first
 * place found. In another story they are said again ("I will not resign", in March and November).
 */
function onceEach(quotes: readonly SpeakerQuote[]): SpeakerQuote[] {
  const seen = new Set<string>();
  return quotes.filter(({ quote, article }) => {
    // foldText, not fold: fold keeps each text it folds in the names' cache.
    const words = foldText(`${article.title}\n${quote.text}`)
      .replace(/[^\p{L}\p{N}\n]+/gu, ' ')
      .trim();
    if (seen.has(words)) return false;
    seen.add(words);
    return true;
  });
}

/**
 * The sentences of `paragraph` that hold `quote` ("He praised Xi as a “comfortable partner…”"),
 * found after its opening mark, without the quotations in them and the speaker's description,
 * which every one of their quotations shares ("a security expert at the Atlantic Council"): none
 * when the paragraph does not hold it.
 */
function reportingSentences(paragraph: string, quote: ExtractedQuote): string {
  const at = quotedAt(paragraph, quote.text);
  if (at < 0) return '';
  const end = at + quote.text.length;
  const around = splitSentences(paragraph)
    .filter((s) => s.end > at && s.start < end)
    .map((s) => s.text)
    .join(' ')
    // Every quotation in them, this one's and anyone else's: only the reporting words count. Not
    // a few words in marks, which may be the topic ("of the “special military operation”").
    .replace(IN_MARKS, (span) => (span.split(/\s+/).length > SCARE_WORDS ? ' ' : span));
  return quote.descriptor ? around.replace(quote.descriptor, ' ') : around;
}

/** Words in quotation marks, curly or straight, double or single, or guillemets. */
const IN_MARKS = /“[^”]*”?|"[^"]*"?|«[^»]*»?|‘[^’]*’|(?<!\p{L})'[^']*'(?!\p{L})/gu;
/** At most this many words in marks are a phrase, kept: more are a quotation. */
const SCARE_WORDS = 4;

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
  const url = citationLink(article.url);
  if (url) result.citation.url = url;
  if (q.descriptor) result.descriptor = q.descriptor;
  if (q.speakerType) result.speakerType = q.speakerType;
  return result;
}
