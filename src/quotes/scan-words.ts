// The word scanner of quote extraction, written out by hand: the regular expression it replaces
// (kept as WORD_PATTERN, which the tests hold it to) cost about 175 ns a token on its own, half
// of tokenizing, most of it in building a match array per token.
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

function isLetterOrDigit(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
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

const isWordStart = (code: number): boolean =>
  isLetterOrDigit(code) || code === 64 || code === 35 || code === 36 || code === 37 || code === 38;

// Code point at `i` (NaN past the end) and its length in UTF-16 units.
const codeAt = (text: string, i: number): number => text.codePointAt(i) ?? NaN;
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** Call `emit` with each token WORD_PATTERN would match in `text`, in order. */
export function scanWords(text: string, emit: (token: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = codeAt(text, i);
    if (isWordStart(code)) {
      let j = i + width(code);
      for (let c = codeAt(text, j); j < n && isWordStart(c); c = codeAt(text, j)) j += width(c);
      // (?:['’.-][\p{L}\p{N}]+)*
      for (;;) {
        const joiner = text.charCodeAt(j);
        if (joiner !== 39 && joiner !== 0x2019 && joiner !== 46 && joiner !== 45) break;
        let c = codeAt(text, j + 1);
        if (!(j + 1 < n && isLetterOrDigit(c))) break;
        j += 1;
        for (; j < n && isLetterOrDigit(c); c = codeAt(text, j)) j += width(c);
      }
      // (?:(?<=s)['’](?![\p{L}\p{N}]))?
      const quote = text.charCodeAt(j);
      if (
        text.charCodeAt(j - 1) === 115 &&
        (quote === 39 || quote === 0x2019) &&
        !(j + 1 < n && isLetterOrDigit(codeAt(text, j + 1)))
      ) {
        j++;
      }
      if (text.charCodeAt(j) === 46) j++; // \.?
      emit(text.slice(i, j));
      i = j;
      continue;
    }
    const ch = text[i]!;
    if (PUNCTUATION.includes(ch) || ch === '\n') {
      emit(ch);
      i++;
      continue;
    }
    if (code === 45 && i > 0 && isSpace(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (text.charCodeAt(j) === 45) j++;
      if (j < n && isSpace(text.charCodeAt(j))) {
        emit(text.slice(i, j));
        i = j;
        continue;
      }
    }
    i += width(code);
  }
}
