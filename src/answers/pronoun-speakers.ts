import type { Passage } from '../search/passages.js';
import type { ExtractedQuote } from '../quotes/index.js';
import { wholeWordAt } from '../text/whole-word.js';
import type { Referent } from '../text/referents.js';

/** What an excerpt needs of one extracted quotation: where it is, who spoke, and how named. */
export type SpokenQuote = Pick<
  ExtractedQuote,
  'text' | 'paragraph' | 'speaker' | 'mention' | 'kind'
>;

/** An article's quotations by article id, as the engine extracted them (undefined: none known). */
export type QuotesOf = (articleId: string) => readonly SpokenQuote[] | undefined;

/** A pronoun the quotation rules read as its speaker. */
const PRONOUN = /^(?:he|she|they)$/i;

/** Whether a text holds a pronoun's attribution beside a quotation mark ("…,” he added"). */
export function mayNameSpeaker(text: string): boolean {
  return /[”"’],?\s+(?:he|she|they)\b|\b(?:He|She|They)\s+\p{Ll}+[^.!?]*[“"]/u.test(text);
}

/** How far from its quotation a pronoun may stand and still be its attribution. */
const REACH = 80;

/**
 * "He praised Xi as a “comfortable partner”", "“…,” he added": the speaker the quotation rules
 * found for a pronoun, as a name for the pronoun in an excerpt ("He [Vladimir Putin] praised…"),
 * read from the article's extracted quotations of the passage's paragraphs. The pronoun is the one
 * nearest the quotation within REACH characters, before or after it; none there, nothing.
 */
export function pronounSpeakers(passage: Passage, quotes: readonly SpokenQuote[]): Referent[] {
  const first = passage.paragraph;
  const last = first + passage.breaks.length;
  const text = passage.text;
  const out: Referent[] = [];
  for (const q of quotes) {
    if (q.paragraph < first || q.paragraph > last || q.kind === 'scare') continue;
    if (!q.speaker || !q.mention || !PRONOUN.test(q.mention) || !q.text) continue;
    const at = text.indexOf(q.text.slice(0, 40));
    if (at < 0) continue;
    // A quotation running past the passage's end has no pronoun after it here.
    const tail = text.indexOf(q.text.slice(-20), at);
    const end = tail < 0 ? text.length : tail + Math.min(20, q.text.length);
    const near = nearestWord(text, q.mention, at, end);
    if (near < 0 || out.some((r) => r.start === near)) continue;
    out.push({ start: near, end: near + q.mention.length, mention: q.mention, name: q.speaker });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where `word` stands whole nearest the span [from, to) of `text`, within REACH; -1 if nowhere. */
function nearestWord(text: string, word: string, from: number, to: number): number {
  let best = -1;
  let distance = REACH + 1;
  for (let at = wholeWordAt(text, word); at >= 0; at = wholeWordAt(text, word, at + 1)) {
    const d = at < from ? from - (at + word.length) : at >= to ? at - to : -1;
    if (d >= 0 && d < distance) [best, distance] = [at, d];
  }
  return best;
}
