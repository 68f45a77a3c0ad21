/** The text around quotations as tokens, each quotation standing in as one opaque token. */
import type { QuoteSpan } from './marks.js';
import { isReportingVerb } from './verbs.js';

export interface Token {
  text: string;
  /** 'word', 'punct' (, ; : . ! ? dashes), or 'quote' (a whole quotation; `quote` is its index). */
  kind: 'word' | 'punct' | 'quote';
  quote?: number;
  /** For words: whether it is a reporting verb form, worked out once. */
  verb?: boolean;
}

/** Abbreviations that keep their dot instead of ending a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col st jr sr prof rev capt sgt adm maj cmdr pres supt ' +
    'no vs inc corp co ltd jan feb mar apr aug sept sep oct nov dec ala ariz ark calif colo ' +
    'conn fla ga ill ind kan ky md mass mich minn mo mont neb nev okla ore pa tenn tex va vt ' +
    'wis wyo'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}@#$%&]+(?:['’.-][\p{L}\p{N}]+)*\.?|[,;:.!?—–―]|(?<=\s)-+(?=\s)|\n/gu;

function wordTokens(text: string, out: Token[]): void {
  // Parentheticals ("(R-Texas)", "(魏鳳和)") interrupt names and verbs without adding to them.
  const plain = text.replace(/\([^()]*\)/g, ' ');
  for (const m of plain.matchAll(WORD)) {
    let t = m[0];
    if (t === '\n') {
      out.push({ text: '.', kind: 'punct' });
      continue;
    }
    if (/^([,;:.!?—–―]|-+)$/.test(t)) {
      if (t.startsWith('-')) t = '—';
      out.push({ text: t, kind: 'punct' });
      continue;
    }
    const keepDot =
      t.endsWith('.') &&
      (/^\p{L}\.$/u.test(t) ||
        /\.\p{L}/u.test(t) ||
        ABBREVIATIONS.has(t.slice(0, -1).toLowerCase()));
    if (t.endsWith('.') && !keepDot) {
      t = t.slice(0, -1);
      out.push({ text: t, kind: 'word', verb: isReportingVerb(t) }, { text: '.', kind: 'punct' });
    } else out.push({ text: t, kind: 'word', verb: isReportingVerb(t) });
  }
}

/** Tokens of a paragraph with each quotation replaced by one 'quote' token. */
export function tokenizeParagraph(text: string, spans: QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = 0;
  spans.forEach((span, i) => {
    wordTokens(text.slice(pos, span.open), out);
    out.push({ text: span.text, kind: 'quote', quote: i });
    pos = span.close;
  });
  wordTokens(text.slice(pos), out);
  return out;
}

const ENDS_SENTENCE = /[.!?…]['’"”)]*$/;
const isUpper = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

/** `“Why?” Trump asked reporters.` — a reporting verb right after a quotation keeps the sentence going. */
function leadsToVerb(tokens: Token[], from: number): boolean {
  for (let i = from; i < from + 4 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (t.verb) return i > from || !/ing$/.test(t.text);
  }
  return false;
}

/** True when the token ends a sentence: a full stop, or a quotation that ends in one before a capital. */
export function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?';
  if (t.kind === 'quote') {
    const next = tokens[i + 1];
    if (!ENDS_SENTENCE.test(t.text) || leadsToVerb(tokens, i + 1)) return false;
    return !next || next.kind === 'quote' || isUpper(next);
  }
  return false;
}

/** Splits paragraph tokens into sentences, as [start, end) index ranges. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, i)) {
      if (i + 1 > start) ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}
