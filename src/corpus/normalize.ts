// One pass over the text, with the replacement chosen per match: corpus text is megabytes and the
// matches are rare, so separate replace() passes cost more than they do.
// - line breaks (\r\n, \r, NEL, LS, PS) become \n;
// - Unicode spaces (tab, NBSP, narrow NBSP, thin/hair spaces…) become plain spaces; the
//   ideographic space U+3000 is left alone so CJK text passes through untouched;
// - zero-width space, word joiner, BOM, soft hyphen and C0/C1 control characters are removed;
//   so are the bidirectional embeddings, overrides and isolates (U+202A–E, U+2066–9): one left
//   open turns the rest of a line around where it is shown ("\u202Eevil" in a title, an excerpt).
//   ZWJ and ZWNJ are kept: they matter inside emoji sequences and Persian or Indic words, and so
//   are the plain direction marks (LRM, RLM), which reverse nothing.
const SPECIALS =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /\r\n?|[\u0085\u2028\u2029]|[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F]|[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LINE_BREAK = /^(?:\r\n?|[\u0085\u2028\u2029])$/;
const SPACE = /^[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F]$/;

/** Line endings to \n, odd spaces to ' ', invisible and control characters removed, Unicode NFC. */
export function normalizeText(text: string): string {
  const replaced = hasSpecial(text)
    ? text.replace(SPECIALS, (match) =>
        LINE_BREAK.test(match) ? '\n' : SPACE.test(match) ? ' ' : '',
      )
    : text;
  return replaced.normalize('NFC');
}

/**
 * Exactly the characters SPECIALS matches. A plain loop over char codes is several times faster than the
 * regex, and most files contain none of these characters, so the regex usually never runs.
 */
function hasSpecial(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x0a : c < 0x7f ? false : c <= 0xa0 || c === 0xad || isWideSpecial(c)) {
      return true;
    }
  }
  return false;
}

function isWideSpecial(c: number): boolean {
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202f) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0xfeff
  );
}

/** Collapse runs of spaces and newlines and trim: the form every stored paragraph takes. */
export function collapseSpaces(text: string): string {
  // includes() is far cheaper than a regex pass, and most paragraphs need no change.
  const clean =
    !text.includes('\n') && !text.includes('  ') && !text.startsWith(' ') && !text.endsWith(' ');
  return clean ? text : text.replace(/[ \n]+/g, ' ').trim();
}

/**
 * One line of plain text, whatever it held: the reader turns NEL, LS and PS into line breaks, so
 * they are flattened here too — a title must never open a new front-matter line.
 */
export function oneLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}
