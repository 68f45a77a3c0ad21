// Zero-width space, word joiner, BOM and soft hyphen are invisible noise in scraped text. ZWJ and
// ZWNJ are kept: they are meaningful inside emoji sequences and Persian or Indic words.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// Unicode spaces (NBSP, narrow NBSP, figure/thin/hair spaces…) become plain spaces. The
// ideographic space U+3000 is left alone so CJK text passes through untouched.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
// C0/C1 control characters other than newline: a stray ESC or a Windows-1252 hole.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/** Line endings to \n, odd spaces to ' ', invisible and control characters removed, Unicode NFC. */
export function normalizeText(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .normalize('NFC');
}

/** Collapse runs of spaces and trim: the form every stored paragraph takes. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \n]+/g, ' ').trim();
}
