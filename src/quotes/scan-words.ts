// The word scanner of quote extraction, written out by hand: the regular expression it replaces
// (kept as WORD_PATTERN, which the tests hold it to) cost about 175 ns a token on its own, half
// of tokenizing, most of it in building a match array per token. Characters are read as UTF-16
// code units (a code point only at a surrogate pair) and classed by table: codePointAt on every
// character, and a string per space, cost this loop half its time.
//
//   [\p{L}\p{N}@#$%&]+(?:['’.-][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?\.?
//   | [,;:.!?—–―] | (?<=\s)-+(?=\s) | \n

/** The pattern `scanWords` follows, token for token. */
export const WORD_PATTERN =
  /[\p{L}\p{N}@#$%&]+(?:['’.-][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?\.?|[,;:.!?—–―]|(?<=\s)-+(?=\s)|\n/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;
/** The characters that are tokens of their own: clause and sentence punctuation, dashes. */
export const PUNCTUATION = ',;:.!?—–―';

// Letter-or-digit and space answers for code points above ASCII, worked out once each.
const wide = new Map<number, boolean>();
const wideSpace = new Map<number, boolean>();

// ASCII classes by code: 1 a letter or digit, 2 a symbol that may start a word (@ # $ % &).
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) ASCII[c] = 1;
  else if ('@#$%&'.includes(ch)) ASCII[c] = 2;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return code >= 0 && ASCII[code] === 1;
  let known = wide.get(code);
  if (known === undefined)
    wide.set(code, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(code))));
  return known;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  let known = wideSpace.get(code);
  if (known === undefined) wideSpace.set(code, (known = SPACE.test(String.fromCharCode(code))));
  return known;
}

const PUNCTUATION_CODES = new Set(Array.from(PUNCTUATION, (c) => c.charCodeAt(0)));

const isWordStart = (code: number): boolean =>
  code < 128 ? code >= 0 && ASCII[code] !== 0 : isLetterOrDigit(code);

// Code point at `i` (-1 past the end) and its length in UTF-16 units. charCodeAt settles all but
// the lead half of a surrogate pair, and keeps the code a small integer, as the loops want it.
// Every read that may fall past the end goes through here: charCodeAt there gives NaN, and each
// such read threw the optimised loop back to slower code ("out of bounds"), again and again on a
// cold start.
function codeAt(text: string, i: number): number {
  if (i >= text.length) return -1;
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code;
}
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** Where the token `nextToken` last found ends. */
export let tokenEnd = 0;

/**
 * Where the next token WORD_PATTERN would match at or after `from` starts (text.length when there
 * is none); it ends at `tokenEnd`. A position and a module variable, not a string or a callback:
 * tokens.ts reads each token's first character and cuts out only the words, in its own loop.
 */
export function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const code = codeAt(text, i);
    if (isWordStart(code)) {
      let j = i + width(code);
      for (let c = codeAt(text, j); j < n && isWordStart(c); c = codeAt(text, j)) j += width(c);
      // (?:['’.-][\p{L}\p{N}]+)*
      for (;;) {
        const joiner = codeAt(text, j);
        if (joiner !== 39 && joiner !== 0x2019 && joiner !== 46 && joiner !== 45) break;
        let c = codeAt(text, j + 1);
        if (!(j + 1 < n && isLetterOrDigit(c))) break;
        j += 1;
        for (; j < n && isLetterOrDigit(c); c = codeAt(text, j)) j += width(c);
      }
      // (?:(?<=s)['’](?![\p{L}\p{N}]))?
      const quote = codeAt(text, j);
      if (
        text.charCodeAt(j - 1) === 115 &&
        (quote === 39 || quote === 0x2019) &&
        !(j + 1 < n && isLetterOrDigit(codeAt(text, j + 1)))
      ) {
        j++;
      }
      if (codeAt(text, j) === 46) j++; // \.?
      tokenEnd = j;
      return i;
    }
    // Spaces are the commonest character between words: nothing to find.
    if (code === 32) {
      i++;
      continue;
    }
    if (PUNCTUATION_CODES.has(code) || code === 10) {
      tokenEnd = i + 1;
      return i;
    }
    if (code === 45 && i > 0 && isSpace(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (codeAt(text, j) === 45) j++;
      if (j < n && isSpace(text.charCodeAt(j))) {
        tokenEnd = j;
        return i;
      }
    }
    i += width(code);
  }
  tokenEnd = n;
  return n;
}

/** Call `emit` with each token WORD_PATTERN would match in `text`, in order. */
export function scanWords(text: string, emit: (token: string) => void): void {
  for (let i = nextToken(text, 0); i < text.length;) {
    const end = tokenEnd;
    emit(text.slice(i, end));
    i = nextToken(text, end);
  }
}
