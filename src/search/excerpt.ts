import { splitSentences, type Sentence } from '../text/sentences.js';
import { tokenSpans, type TokenSpan } from '../text/tokenize.js';

/** Longest excerpt, in characters of text (markdown aside). */
export const EXCERPT_CHARS = 320;

/** The part of a passage shown to a user, and where it starts in the passage. */
export interface Excerpt {
  /** Markdown: query terms in **bold**, article text escaped, "…" where cut. */
  text: string;
  /** Offset of the answering sentence in the passage (for citing its paragraph). */
  offset: number;
}

/**
 * The sentence that best answers the query, followed by the sentences after it while they fit,
 * with query terms in bold; a sentence too long on its own is cut around its matches.
 */
export function makeExcerpt(
  passage: string,
  weights: ReadonlyMap<string, number>,
  maxChars = EXCERPT_CHARS,
): Excerpt {
  const sentences = passage.split('\n').flatMap((line, i, lines) => {
    const at = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return splitSentences(line).map((s) => ({ ...s, start: s.start + at, end: s.end + at }));
  });
  if (sentences.length === 0) return { text: '', offset: 0 };
  const scored = sentences.map((s) => ({ s, spans: tokenSpans(s.text), score: 0 }));
  for (const item of scored) item.score = sentenceScore(item.spans, weights);
  let best = 0;
  scored.forEach((item, i) => {
    if (item.score > scored[best]!.score) best = i;
  });
  const first = scored[best]!;
  if (first.s.text.length > maxChars) {
    return {
      text: cutAroundMatches(first.s, first.spans, weights, maxChars),
      offset: first.s.start,
    };
  }
  let end = best;
  while (end + 1 < sentences.length && sentences[end + 1]!.end - first.s.start <= maxChars) end++;
  const text = passage
    .slice(first.s.start, sentences[end]!.end)
    .replace(/\s*\n\s*/g, ' ')
    .replace(STRAY_OPENER, '');
  return { text: highlight(text, weights), offset: first.s.start };
}

function sentenceScore(spans: TokenSpan[], weights: ReadonlyMap<string, number>): number {
  const found = new Set<string>();
  let hits = 0;
  for (const span of spans) {
    if (span.term !== null && weights.has(span.term)) {
      found.add(span.term);
      hits++;
    }
  }
  let score = 0;
  for (const term of found) score += weights.get(term)!;
  return score + 0.01 * hits;
}

// Slide a window of maxChars over the sentence, starting at word starts, keeping the one whose
// matched terms weigh most; cut on word boundaries and mark the cuts with an ellipsis.
function cutAroundMatches(
  sentence: Sentence,
  spans: TokenSpan[],
  weights: ReadonlyMap<string, number>,
  maxChars: number,
): string {
  const text = sentence.text;
  const budget = maxChars - 2; // room for the two ellipses
  const weightOf = (span: TokenSpan): number =>
    span.term === null ? 0 : (weights.get(span.term) ?? 0);
  let bestStart = 0;
  let bestScore = -1;
  let score = 0;
  let j = 0;
  for (const start of spans) {
    while (j < spans.length && spans[j]!.end <= start.start + budget)
      score += weightOf(spans[j++]!);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start.start;
    }
    score -= weightOf(start);
  }
  // Back up to the start of the sentence when the best window would begin near it anyway.
  if (bestStart < 40) bestStart = 0;
  const inside = spans.filter((s) => s.start >= bestStart && s.end <= bestStart + budget);
  const last = inside[inside.length - 1];
  const stop = last ? last.end : Math.min(text.length, bestStart + budget);
  const body = highlight(text.slice(bestStart, stop), weights);
  return `${bestStart > 0 ? '…' : ''}${body}${stop < text.length ? '…' : ''}`;
}

// Scraped paragraphs sometimes end on an opening mark whose quotation never follows.
const STRAY_OPENER = /\s+[“"‘]$/;

const MARKDOWN = /([\\*_`~|>#[\]])/g;

/** Escape markdown in article text and put query terms in bold (adjacent ones in one run). */
export function highlight(text: string, weights: ReadonlyMap<string, number>): string {
  let out = '';
  let at = 0;
  let open = false;
  for (const span of tokenSpans(text)) {
    const match = span.term !== null && weights.has(span.term);
    const gap = text.slice(at, span.start);
    if (open && (!match || !/^\s*$/.test(gap))) {
      out += '**';
      open = false;
    }
    out += escapeMarkdown(gap);
    if (match && !open) {
      out += '**';
      open = true;
    }
    out += escapeMarkdown(text.slice(span.start, span.end));
    at = span.end;
  }
  if (open) out += '**';
  return out + escapeMarkdown(text.slice(at));
}

/** Backslash-escape characters that Discord (and most renderers) read as markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, '\\$1');
}

/** Plain text of an excerpt: bold markers and escapes removed. */
export function stripMarkdown(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\([\\*_`~|>#[\]])/g, '$1');
}
