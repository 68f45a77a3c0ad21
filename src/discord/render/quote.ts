import { inPassingText, orgNote, reportedText } from '../../answers/speaker.js';
import { resultEmbed } from './ask.js';
import type { QuoteAnswer, QuoteResult } from '../../answers/types.js';
import { embedShare, type Body } from '../response.js';
import { LIMITS } from '../limits.js';
import { fitText } from '../text.js';
import { citationLine } from './citation.js';
import { clampPage, pageCount, pager, rows } from './components.js';

const COLOUR = 0x10b981;

/** One page of quotations with paging buttons tied to session `sid`. */
export function renderQuotePage(
  answer: QuoteAnswer,
  page: number,
  perPage: number,
  sid: string,
): Body {
  if (!answer.speaker || answer.quotes.length === 0) return renderNoQuotes(answer);
  const pages = pageCount(answer.quotes.length, perPage);
  const current = clampPage(page, pages);
  const first = current * perPage;
  const shown = answer.quotes.slice(first, first + perPage);
  const about = answer.about ? ` about “${safe(answer.about)}”` : '';
  return {
    content:
      `**Quotes by ${safe(answer.speaker)}**${orgNote(answer.speakerType)}${about}` +
      (pages > 1 ? `\n-# Page ${current + 1} of ${pages}` : ''),
    // Each quote gets an equal share of the message: all of them are shown whole, none cut or
    // dropped by the 6,000-character limit, so paging by `perPage` counts what is really shown.
    embeds: shown.map((quote, i) =>
      quoteEmbed(quote, first + i, answer.quotes.length, embedShare(shown.length)),
    ),
    components: rows(pager(`quote:page:${sid}`, current, pages)),
  };
}

/** No such speaker (with suggestions), or a known speaker with nothing on the topic. */
export function renderNoQuotes(answer: QuoteAnswer): Body {
  const asked = safe(answer.query);
  const passing = answer.inPassing;
  const reported = answer.reported ?? [];
  if (reported.length > 0) {
    const shown = passing && { speaker: safe(passing.speaker), phrases: passing.phrases.map(safe) };
    const about = answer.about === undefined ? {} : { about: safe(answer.about) };
    const name = answer.speaker ? safe(answer.speaker) : asked;
    return {
      content: reportedText(name, { ...(shown ? { inPassing: shown } : {}), ...about }, bold),
      embeds: reported.map((result, i) => resultEmbed(result, i, reported.length)),
    };
  }
  if (answer.speaker) {
    const about = answer.about ? ` about “${safe(answer.about)}”` : '';
    return { content: `I found no quotes by **${safe(answer.speaker)}**${about} in the corpus.` };
  }
  if (passing) {
    const shown = { speaker: safe(passing.speaker), phrases: passing.phrases.map(safe) };
    return { content: inPassingText(shown, (name) => `**${name}**`) };
  }
  const near = answer.suggestions.slice(0, 5).map((name) => `**${safe(name)}**`);
  const hint =
    near.length > 0
      ? ` Did you mean ${near.join(', ')}?`
      : ' Try `/sources` to see what the corpus covers.';
  return { content: `I know no speaker called “${asked}” in the corpus.${hint}` };
}

/** One quotation in at most `share` characters: its text shortened, never its attribution or citation. */
function quoteEmbed(
  quote: QuoteResult,
  index: number,
  total: number,
  share: number,
): {
  title: string;
  description: string;
  color: number;
} {
  const title = `Quote ${index + 1} of ${total}`;
  const who = quote.speaker ?? quote.mention ?? 'Unnamed speaker';
  const role = quote.descriptor ? `, ${safe(quote.descriptor)}` : '';
  const attribution = `— **${safe(who)}**${orgNote(quote.speakerType)}${role}`;
  const citation = citationLine(quote.citation);
  const description = Math.min(LIMITS.embedDescription, share - title.length);
  const room = description - attribution.length - citation.length - 8;
  // A quotation cut from "…leaders," said X reads better without the comma that led into "said".
  const text = fitText(quote.quote.trim().replace(/[,;:]+$/, ''), room);
  return {
    title,
    description: `${marked(text, quote.kind === 'partial')}\n${attribution}\n\n${citation}`,
    color: COLOUR,
  };
}

/** The text in quotation marks; a partial quotation's "…" at each end, one only where it was cut. */
function marked(text: string, partial: boolean): string {
  if (!partial) return `“${text}”`;
  return `“…${text}${text.endsWith('…') ? '' : '…'}”`;
}

const bold = (name: string): string => `**${name}**`;

/** A name, role or topic on one line, in at most 200 characters once escaped. */
function safe(text: string): string {
  return fitText(text.replace(/\s+/g, ' ').trim(), 200);
}
