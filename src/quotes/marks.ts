/** Finding quoted spans in one paragraph, tolerant of the mark mistakes real articles make. */
import { isEnglishWord, isKnownGivenName } from '../text/names.js';
import { isFunctionWord } from './lexicon.js';
import { lexiconType } from './lexicon-types.js';

/**
 * A stretch in double marks, closed or running to the paragraph's end: what narration is read
 * without, roughly and cheaply, where the quotations' own spans are not needed.
 */
export const DOUBLE_QUOTED = /“[^”]*”?|"[^"]*"?/g;

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

/**
 * Which marks an article quotes with: double (“…”, "…", «…») as most newsrooms do, or single
 * (‘…’, '…') as many British ones do, where double marks then only nest inside.
 */
export type QuoteStyle = 'double' | 'single';

interface Marks {
  open: ReadonlySet<string>;
  close: ReadonlySet<string>;
  straight: ReadonlySet<string>;
  all: RegExp;
}

const DOUBLE: Marks = {
  open: new Set(['“', '„', '«', '‟']),
  close: new Set(['”', '»']),
  straight: new Set(['"', '＂']),
  all: /[“„«‟”»"＂]/g,
};
const SINGLE: Marks = {
  open: new Set(['‘', '‚', '‹', '‛']),
  close: new Set(['’', '›']),
  straight: new Set(["'"]),
  all: /[‘‚‹‛’›']/g,
};

/**
 * The style an article's paragraphs quote in: single when its closed single-marked quotations of
 * three words or more, outside any double-marked one, are at least twice as many as its
 * double-marked ones (British copy); double otherwise, as American copy quotes within quotes, elides ('Bama, 'til)
 * and puts single marks in headlines. Two straight single marks ('') stand for a double one in
 * some archives' copy and count as double.
 */
export function quoteStyle(
  paragraphs: readonly string[],
  doubleSpans: readonly QuoteSpan[][] = paragraphs.map((text) => findQuoteSpans(text)),
): QuoteStyle {
  let double = 0;
  let single = 0;
  paragraphs.forEach((text, p) => {
    const doubled = doubleSpans[p] ?? [];
    const archive = text.includes("''") ? text.split("''").length - 1 : 0;
    double += doubled.length + Math.ceil(archive / 2);
    // Most paragraphs have no single mark opening anything: one test settles them.
    if (!SINGLE_OPENER.test(text)) return;
    // Single marks inside a double-marked quotation are nested, not the article's style.
    let outside = archive > 0 ? text.replaceAll("''", '  ') : text;
    for (const span of doubled) {
      outside =
        outside.slice(0, span.open) +
        ' '.repeat(span.close - span.open) +
        outside.slice(span.close);
    }
    // Three words or more: "‘American Sniper’" in a headline is a title, not a style.
    single += findQuoteSpans(outside, 'single').filter(
      (q) => q.closed && q.text.split(/\s+/).length >= 3,
    ).length;
  });
  return single > 0 && single >= 2 * double ? 'single' : 'double';
}

// A single mark that may open a quotation: after a space or bracket, before a letter. The mark
// is looked for first, and what comes before it only where one is: a third of the time.
const SINGLE_OPENER = /[‘'‚‛](?<=(?:^|[\s([—–])[‘'‚‛])\p{L}/u;

// After an opening single mark: a shortening, not a quotation ('90s, rock 'n' roll, 'em, 'til).
const ELISION = /^(?:\d|n['’]|(?:em|til|cause|bout|tis)\b)/i;
const SPACE = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f']);
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.has(c);

/** Next non-space character at or after `i`. */
function nextVisible(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && SPACE.has(text[j] ?? '')) j++;
  return text[j];
}

/** Whether a mark at `i` reads as an opening mark by its surroundings. */
function opensHere(text: string, i: number, marks: Marks): boolean {
  const before = text[i - 1];
  const after = nextVisible(text, i + 1);
  if (after === undefined || /[,.;:!?]/.test(after)) return false;
  const c = text[i] ?? '';
  if (marks === SINGLE && ELISION.test(text.slice(i + 1, i + 7))) return false;
  if (marks.open.has(c)) return true;
  // A straight or closing mark opens after a space or bracket and before a word; invisible
  // direction and zero-width marks pasted from social media count as nothing.
  const beforeOk =
    before === undefined ||
    /[\s([{—–\-/:\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(before);
  return (
    beforeOk && (marks.straight.has(c) ? !isSpace(text[i + 1]) : /[\p{L}\p{N}'‘(…[]/u.test(after))
  );
}

/** Whether a mark at `i` reads as a closing mark: right after a word or comma, before a space or stop. */
function closesHere(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return !isSpace(before) && (isSpace(after) || /[,.;:!?)\]—–]/.test(after ?? ''));
}

/**
 * "‘Our members’ patience has run out,’ he said": after a plural's s and before a lowercase word, a
 * ’ is the possessive's when another mark further on can close the quotation before a new one opens.
 */
function pluralPossessive(text: string, i: number, marks: Marks): boolean {
  // "rock ’n’ roll": the mark after a lone n is the shortening's.
  if (text[i - 1] === 'n' && /['’‘]/.test(text[i - 2] ?? '')) return true;
  // A plural's s (members’ patience, workers’ £5 rise), or a dropped g (havin’ a laugh).
  const before = text[i - 1] === 's' || text.slice(i - 2, i) === 'in';
  if (!before || !/^\s[\p{Ll}\p{N}£$€]/u.test(text.slice(i + 1, i + 3))) return false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j] ?? '';
    // Another quotation opening first: this mark closed the one before ("‘A’ and ‘B’").
    if (marks.open.has(c) && opensHere(text, j, marks)) return false;
    if ((marks.close.has(c) || marks.straight.has(c)) && closesHere(text, j)) return true;
  }
  return false;
}

function countClosers(text: string, marks: Marks): number {
  let n = 0;
  // A single style's ’ is also the apostrophe: only one that can close counts.
  if (marks === SINGLE) {
    for (let i = 0; i < text.length; i++)
      if (marks.close.has(text[i] ?? '') && closesHere(text, i)) n++;
    return n;
  }
  for (const c of marks.close)
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

function makeSpan(text: string, open: number, close: number, closed: boolean): QuoteSpan | null {
  const inner = text.slice(open + 1, closed ? close - 1 : close).trim();
  return /[\p{L}\p{N}]/u.test(inner) ? { open, close, text: inner, closed } : null;
}

/**
 * All quoted spans of a paragraph, in order. Nested quotes stay inside their outer quote. In the
 * single style a closing ’ is also the apostrophe ("won’t", "Wales’"), so it closes only where a
 * closing mark can stand, and never opens.
 */
export function findQuoteSpans(text: string, style: QuoteStyle = 'double'): QuoteSpan[] {
  const marks = style === 'single' ? SINGLE : DOUBLE;
  const { open: OPEN, close: CLOSE, straight: STRAIGHT } = marks;
  const single = style === 'single';
  const spans: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  let depth = 0;
  // A straight-marked quotation nested in a curly one ("He said "no" to me").
  let innerStraight = false;
  // Closing marks still ahead, kept as we go: deciding nested-or-restart must not rescan the text.
  // Counted at the first mark: most paragraphs have none.
  let closersAhead: number | null = null;
  for (const m of text.matchAll(marks.all)) {
    const i = m.index;
    const c = m[0];
    closersAhead ??= countClosers(text, marks);
    if (CLOSE.has(c) && (!single || closesHere(text, i))) closersAhead--;
    if (open < 0) {
      const opener = OPEN.has(c) || STRAIGHT.has(c) || (!single && CLOSE.has(c));
      if (opener && opensHere(text, i, marks)) {
        open = i;
        straight = STRAIGHT.has(c);
        depth = 0;
        innerStraight = false;
      }
      continue;
    }
    // A single mark between letters is an apostrophe ("won’t", "don't"), whatever the style.
    if (single && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
    // Whether this mark closes the open quotation: set below, acted on once after.
    let closes = false;
    if (straight) {
      // Mixed marks: `"We chase them,” said Borges` closes on the curly mark.
      if (
        STRAIGHT.has(c) &&
        (!single || (closesHere(text, i) && !pluralPossessive(text, i, marks)))
      )
        closes = true;
      else if (OPEN.has(c) && opensHere(text, i, marks)) depth++;
      else if (depth > 0) depth--;
      else closes = closesHere(text, i) && !(single && pluralPossessive(text, i, marks));
    } else if (CLOSE.has(c)) {
      if (depth > 0) depth--;
      else closes = !single || (closesHere(text, i) && !pluralPossessive(text, i, marks));
    } else if (STRAIGHT.has(c)) {
      // `“It's unusual," said Noble`: a straight mark after a word closes unless it ends a nested quote.
      if (innerStraight) innerStraight = false;
      else if (opensHere(text, i, marks)) innerStraight = true;
      else closes = depth === 0 && closesHere(text, i);
    } else if (depth === 0 && closesHere(text, i)) {
      // An opening mark typed where the closing one belongs: `“It's unusual,“ said Noble`.
      closes = true;
    } else if (OPEN.has(c) && opensHere(text, i, marks)) {
      // A second opener: a nested quote if enough closers follow, else the first was never closed.
      if (closersAhead >= depth + 2) depth++;
      else {
        addSpan(spans, makeSpan(text, open, i, false));
        open = i;
      }
    }
    if (closes) {
      addSpan(spans, makeSpan(text, open, i + 1, true));
      open = -1;
    }
  }
  if (open >= 0) addSpan(spans, makeSpan(text, open, text.length, false));
  return spans;
}

/**
 * A paragraph's quotations without the nicknames written inside names (`Juan "Chico" Manriquez`,
 * `Edwin “Buzz” Aldrin`), and its text with each nickname and its marks blanked out, so that the
 * name reads as "Juan Manriquez". Offsets are unchanged: the text keeps its length.
 */
export function withoutNicknames(
  text: string,
  spans: QuoteSpan[],
): { text: string; spans: QuoteSpan[] } {
  const nicknames = spans.filter((span) => isNickname(text, span));
  // `Ramon 'Monching' Alcantara`: in single marks where the article quotes with double ones; not
  // in a headline, whose single marks are scare quotes ("Nicola 'Police' Probe Widens").
  const found = text.includes("'") || text.includes('‘') ? singleMarked(text, spans) : [];
  const single = found.length > 0 && !isTitleCased(text) ? found : [];
  if (nicknames.length === 0 && single.length === 0) return { text, spans };
  // Cut once, in order: spans never overlap.
  const pieces: string[] = [];
  let from = 0;
  const cuts =
    single.length === 0 ? nicknames : [...nicknames, ...single].sort((a, b) => a.open - b.open);
  for (const { open, close } of cuts) {
    pieces.push(text.slice(from, open), ' '.repeat(close - open));
    from = close;
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(''), spans: spans.filter((span) => !nicknames.includes(span)) };
}

/**
 * Between a given name and the next capitalised word, a word or three in capitals with no
 * punctuation: a nickname. Not a headline's phrase ("Hillary ‘Defies Explanation,’ Needs", "Trump
 * ‘The Dealmaker’ Could"): the word before is a given name opening a name (not "John" of "Elton
 * John"), the one after no function word, preposition or time ("Maria “Never” Tuesday").
 */
function isNickname(text: string, span: QuoteSpan): boolean {
  if (!span.closed || span.text.length > 30 || !NICKNAME.test(span.text)) return false;
  const lead = text.slice(Math.max(0, span.open - 40), span.open);
  const before = /(?:^|[^\p{L}])(?:(\p{Lu}\p{Ll}+) )?(\p{Lu}\p{Ll}+) $/u.exec(lead);
  const given = before?.[2];
  const after = /^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(span.close, span.close + 30))?.[1];
  if (!given || !after) return false;
  const next = after.toLowerCase();
  if (isFunctionWord(next)) return false;
  if (lexiconType(after) === 'time' || (before?.[1] && isKnownGivenName(before[1]))) return false;
  // "Dai “Dolphin” Morgan": a given name no list knows, between words no lexicon has for anything
  // else (not "Labour ‘Hero’ Award", "Paris ‘Fashion’ Week").
  const unlisted = (word: string): boolean => {
    const type = lexiconType(word);
    return !isEnglishWord(word.toLowerCase()) && (type === undefined || type === 'person');
  };
  return isKnownGivenName(given) || (unlisted(given) && unlisted(after));
}

/** A headline's casing: four words or more, fewer than a fifth of them lowercase. */
export function isTitleCased(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length / 5;
}

/** Nicknames in single marks outside every quotation span, as isNickname reads them. */
function singleMarked(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const m of text.matchAll(SINGLE_MARKED)) {
    const open = m.index;
    const close = open + m[0].length;
    const span = { open, close, text: m[1]!, closed: true };
    if (spans.some((s) => s.open < close && open < s.close)) continue;
    if (isNickname(text, span)) out.push(span);
  }
  return out;
}

/**
 * A word or three in single marks, straight or curly, after a space: "'Monching'", "‘Big Lou’".
 * The mark is looked for before the space behind it, which was asked at every position: the
 * same matches, a third of the time.
 */
const SINGLE_MARKED = /['‘](?<= ['‘])(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})['’](?= )/gu;

/** One to three words, each capitalised, no punctuation: "Chico", "Big Papi", "El Chapo". */
const NICKNAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

/**
 * Adds the span makeSpan gave, unless it found no word (null). Plain functions here, not closures
 * in findQuoteSpans: run under tsx, each closure made (one a mark) is named by a property write.
 */
function addSpan(spans: QuoteSpan[], span: QuoteSpan | null): void {
  if (span) spans.push(span);
}
