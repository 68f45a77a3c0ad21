import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopWords } from 'natural/lib/natural/util/stopwords.js';
import { foldText } from './normalize.js';
import { ownCopy } from './own-copy.js';

/** A word of the original text, where it stands, and the index term it yields (null for a stop word). */
export interface TokenSpan {
  start: number;
  end: number;
  term: string | null;
}

// Han, Hiragana, Katakana and Hangul characters are indexed one by one: without a segmenter,
// single characters are what lets a CJK name in an article meet the same name in a question.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Words are runs of letters and digits; an apostrophe inside a word ("don't") keeps it whole,
// a possessive "'s" is dropped so "Putin’s" meets "Putin".
// Cheap pre-check before the script test: CJK code points all lie above U+2E80.
const HAS_WIDE = /[\u2e80-\uffff]/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’]s$/;
const APOSTROPHE = /['’]/g;

/** The words a question asks with ("what", "which"…): stop words, as the answer never holds them. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'whom',
  'whose',
  'which',
  'what',
  'who',
  'when',
  'where',
  'why',
  'how',
]);

const STOP_WORDS = new Set([
  ...naturalStopWords,
  // Question words and fillers natural's list lacks; none of them tells passages apart.
  ...QUESTION_WORDS,
  ...['did', 'does'],
  ...['do', 'was', 'were', 'been', 'being', 'has', 'had', 'having', 'also', 'us', 's'],
  // Reporting verbs: nearly every news paragraph has one, and "say" and "said" stem apart.
  ...['say', 'says', 'said', 'saying', 'tell', 'tells', 'told'],
]);

/** True for words that carry no meaning for retrieval. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

const stemCache = new Map<string, string>();

/** Porter stem of a folded word, memoised: a corpus has far fewer distinct words than tokens. */
export function stem(folded: string): string {
  let stemmed = stemCache.get(folded);
  if (stemmed === undefined) {
    stemmed = /^\p{N}+$/u.test(folded) ? folded : PorterStemmer.stem(folded);
    if (stemCache.size < 500_000) stemCache.set(ownCopy(folded), stemmed);
  }
  return stemmed;
}

/** Index term for one folded word: null for stop words. */
export function termOf(folded: string): string | null {
  const word = folded.replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  if (word.length === 0 || isStopWord(word) || isStopWord(folded)) return null;
  return stem(word);
}

const wordCache = new Map<string, string | null>();

/** Term of a word as written, memoised: folding and stemming dominate indexing time otherwise. */
function termOfWord(word: string): string | null {
  let term = wordCache.get(word);
  if (term === undefined) {
    term = termOf(foldText(word));
    if (wordCache.size < 1_000_000) wordCache.set(ownCopy(word), term);
  }
  return term;
}

/** Every word of `text` with its offsets and its term; CJK characters become one token each. */
export function tokenSpans(text: string): TokenSpan[] {
  return spansOf(text, null);
}

/**
 * tokenSpans, with a word's term worked out only where it may be one of `wanted` (null for any
 * other): for marking a few terms in a text. Folding and the Porter stemmer change only a word's
 * end: a word opening on two ASCII letters or digits has a term opening on those two in lowercase,
 * or on the first alone when the stemmer leaves one letter ("ies" → "i"), or none (a stop word).
 * The second may change where it is a "y" ("eyed" → "ei"), so a word with one, or with an
 * apostrophe there, is told by its first character alone. A word no wanted term may be is neither
 * looked up nor stemmed.
 */
export function spansFor(text: string, wanted: Iterable<string>): TokenSpan[] {
  const opens: Openings = { firsts: new Set(), pairs: new Set(), singles: new Set() };
  for (const term of wanted) {
    const first = term.charCodeAt(0);
    opens.firsts.add(first);
    if (term.length === 1) opens.singles.add(first);
    else opens.pairs.add(pairOf(first, term.charCodeAt(1)));
  }
  return spansOf(text, opens);
}

/** The characters wanted terms open on (code units): the first, the first two, a term of one. */
interface Openings {
  firsts: Set<number>;
  pairs: Set<number>;
  singles: Set<number>;
}

const pairOf = (first: number, second: number): number => first * 0x10000 + second;

// `opens`: what a term worked out may open on; null for any term.
function spansOf(text: string, opens: Openings | null): TokenSpan[] {
  const spans: TokenSpan[] = [];
  // exec on the one global pattern, not matchAll: the iterator cloned the pattern and wrapped
  // every match (~30 KB of garbage an /ask in npm run bench:load). Nothing below uses WORD.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const at = match.index;
    if (HAS_WIDE.test(word) && CJK.test(word)) {
      pushCjkAware(word, at, spans);
      continue;
    }
    const term = opens === null || mayOpen(word, opens) ? termOfWord(word) : null;
    spans.push({ start: at, end: at + word.length, term });
  }
  return spans;
}

// Whether the term of `word` may open as one of `opens` does (see spansFor): unknown for a word
// opening beyond ASCII.
function mayOpen(word: string, opens: Openings): boolean {
  const first = word.charCodeAt(0);
  if (first >= 128) return true;
  const lower = asciiLower(first);
  const second = word.length > 1 ? asciiLower(word.charCodeAt(1)) : -1;
  const letterOrDigit = (second >= 97 && second <= 122) || (second >= 48 && second <= 57);
  if (!letterOrDigit || second === 121) return opens.firsts.has(lower);
  return opens.singles.has(lower) || opens.pairs.has(pairOf(lower, second));
}

/** A-Z as a-z; any other code unit as it is. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function pushCjkAware(word: string, at: number, spans: TokenSpan[]): void {
  let run = '';
  let runStart = at;
  let offset = at;
  const flush = (): void => {
    // What is left between CJK characters may be only joining punctuation ("𠀀'𠀀"): no word.
    if (/[\p{L}\p{N}]/u.test(run))
      spans.push({ start: runStart, end: runStart + run.length, term: termOf(foldText(run)) });
    run = '';
  };
  for (const ch of word) {
    if (CJK.test(ch)) {
      flush();
      spans.push({ start: offset, end: offset + ch.length, term: ch });
    } else {
      if (!run) runStart = offset;
      run += ch;
    }
    offset += ch.length;
  }
  flush();
}

/** Each term of `text` with the first word giving it, lowercased as written ("newli" → "newly"). */
export function wordsByTerm(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const { start, end, term } of tokenSpans(text)) {
    if (term !== null && !words.has(term))
      words.set(term, text.slice(start, end).replace(POSSESSIVE, '').toLowerCase());
  }
  return words;
}

/** The index terms of `text`, in order, stop words removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const span of tokenSpans(text)) if (span.term !== null) out.push(span.term);
  return out;
}
