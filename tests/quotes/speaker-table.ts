/** Table tests of who speaks: a case is a passage, a stretch of its quotation and its speaker. */
import { expect, it } from 'vitest';
import type { Article } from '../../src/corpus/types.js';
import { extractQuotes } from '../../src/quotes/index.js';

export function article(...paragraphs: string[]): Article {
  return { id: 't.txt', file: 't.txt', story: 0, title: 'Test', source: 't.txt', paragraphs };
}

/** The speaker of the quotation holding `quote` (undefined: no such quotation). */
export const speakerOf = (quote: string, ...paragraphs: string[]): string | null | undefined =>
  extractQuotes(article(...paragraphs)).find((q) => q.text.includes(quote))?.speaker;

/** A case of a table: what it shows, its paragraphs, a stretch of its quotation, a speaker. */
export type SpeakerCase = readonly [string, readonly string[], string, string | null];

/** Each case's quotation is found and given to its speaker (null: found, given to no one). */
export function itNames(title: string, cases: readonly SpeakerCase[]): void {
  it.each(cases)(title, (_, paragraphs, quote, name) => {
    const found = extractQuotes(article(...paragraphs)).find((q) => q.text.includes(quote));
    expect(found, `no quotation holds "${quote}"`).toBeDefined();
    expect(found?.speaker ?? null).toBe(name);
  });
}

/** No case's quotation is given to the person it names. */
export function itDoesNotName(title: string, cases: readonly SpeakerCase[]): void {
  it.each(cases)(title, (_, paragraphs, quote, name) => {
    expect(speakerOf(quote, ...paragraphs) ?? null).not.toBe(name);
  });
}
