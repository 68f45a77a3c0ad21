/** Finding quoted spans in one paragraph, tolerant of the mark mistakes real articles make. */

/** One quoted stretch of a paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the paragraph end when the quote is left open. */
  close: number;
  /** The quotation without its marks, trimmed. */
  text: string;
  /** False when the paragraph ended before a closing mark (a quote running on, or a stray mark). */
  closed: boolean;
}

const CURLY_OPEN = new Set(['“', '„', '«', '‟']);
const CURLY_CLOSE = new Set(['”', '»']);
const STRAIGHT = new Set(['"', '＂']);

const MARKS = /[“„«‟”»"＂]/g;
const SPACE = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f']);
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.has(c);

/** Next non-space character at or after `i`. */
function nextVisible(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && SPACE.has(text[j] ?? '')) j++;
  return text[j];
}

/** Whether a mark at `i` reads as an opening mark by its surroundings. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = nextVisible(text, i + 1);
  if (after === undefined || /[,.;:!?]/.test(after)) return false;
  const c = text[i] ?? '';
  if (CURLY_OPEN.has(c)) return true;
  // A straight or closing mark opens after a space or bracket and before a word; invisible
  // direction and zero-width marks pasted from social media count as nothing.
  const beforeOk =
    before === undefined ||
    /[\s([{—–\-/:\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(before);
  return beforeOk && (STRAIGHT.has(c) ? !isSpace(text[i + 1]) : /[\p{L}\p{N}'‘(…[]/u.test(after));
}

/** Whether a mark at `i` reads as a closing mark: right after a word or comma, before a space or stop. */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return !isSpace(before) && (isSpace(after) || /[,.;:!?)\]—–]/.test(after ?? ''));
}

function countClosers(text: string): number {
  let n = 0;
  for (let i = text.indexOf('”'); i >= 0; i = text.indexOf('”', i + 1)) n++;
  for (let i = text.indexOf('»'); i >= 0; i = text.indexOf('»', i + 1)) n++;
  return n;
}

function makeSpan(text: string, open: number, close: number, closed: boolean): QuoteSpan | null {
  const inner = text.slice(open + 1, closed ? close - 1 : close).trim();
  return /[\p{L}\p{N}]/u.test(inner) ? { open, close, text: inner, closed } : null;
}

/** All quoted spans of a paragraph, in order. Nested quotes stay inside their outer quote. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  let depth = 0;
  // A straight-marked quotation nested in a curly one ("He said "no" to me").
  let innerStraight = false;
  const push = (span: QuoteSpan | null): void => {
    if (span) spans.push(span);
  };
  // Closing marks still ahead, kept as we go: deciding nested-or-restart must not rescan the text.
  let closersAhead = countClosers(text);
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = m[0];
    if (CURLY_CLOSE.has(c)) closersAhead--;
    if (open < 0) {
      if ((CURLY_OPEN.has(c) || STRAIGHT.has(c) || CURLY_CLOSE.has(c)) && opensHere(text, i)) {
        open = i;
        straight = STRAIGHT.has(c);
        depth = 0;
        innerStraight = false;
      }
      continue;
    }
    const close = (): void => {
      push(makeSpan(text, open, i + 1, true));
      open = -1;
    };
    if (straight) {
      // Mixed marks: `"We chase them,” said Borges` closes on the curly mark.
      if (STRAIGHT.has(c)) close();
      else if (CURLY_OPEN.has(c) && opensHere(text, i)) depth++;
      else if (depth > 0) depth--;
      else if (closesHere(text, i)) close();
    } else if (CURLY_CLOSE.has(c)) {
      if (depth > 0) depth--;
      else close();
    } else if (STRAIGHT.has(c)) {
      // `“It's unusual," said Noble`: a straight mark after a word closes unless it ends a nested quote.
      if (innerStraight) innerStraight = false;
      else if (opensHere(text, i)) innerStraight = true;
      else if (depth === 0 && closesHere(text, i)) close();
    } else if (depth === 0 && closesHere(text, i)) {
      // An opening mark typed where the closing one belongs: `“It's unusual,“ said Noble`.
      close();
    } else if (CURLY_OPEN.has(c) && opensHere(text, i)) {
      // A second opener: a nested quote if enough closers follow, else the first was never closed.
      if (closersAhead >= depth + 2) depth++;
      else {
        push(makeSpan(text, open, i, false));
        open = i;
      }
    }
  }
  if (open >= 0) push(makeSpan(text, open, text.length, false));
  return spans;
}
