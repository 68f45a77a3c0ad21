import { columns, graphemeColumns, splitGraphemes } from './columns.js';

/** A terminal colour code ("\x1b[1m"). */
const SGR = String.raw`\x1b\[[0-9;]*m`;
const ANSI = new RegExp(SGR, 'g');
const CODE = new RegExp(`^${SGR}$`);
/** A text split on this keeps its colour codes as parts of their own. */
const AROUND_CODES = new RegExp(`(${SGR})`);
// eslint-disable-next-line no-control-regex
const RESET = /^\x1b\[(?:0|22)?m$/;

/** Columns a string takes on a terminal, colour codes not counted. */
function visible(text: string): number {
  return columns(text.replace(ANSI, ''));
}

/** A piece of a line that is never split, and the spaces before it (kept unless a line breaks there). */
interface Piece {
  space: string;
  text: string;
  width: number;
}

/**
 * Word-wrap `text` to `width` columns, counted as a terminal shows them (CJK and emoji take two).
 * Each line keeps its indent, and continuation lines hang under the text after a list marker
 * ("1. ", "- "). A word longer than the line (a URL) is never cut, so it stays clickable; a run
 * of CJK, written without spaces, breaks between its characters. Spaces are kept as written
 * except where a line breaks. Without a width (output to a pipe) the text is left as it is.
 */
export function wrap(text: string, width: number | undefined): string {
  if (!width || width < 20) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visible(line) <= width) return line;
  const [, lead = ''] = /^(\s*(?:\d+\.\s|[-—]\s)?)/.exec(line) ?? [];
  const hang = ' '.repeat(visible(lead));
  const out: string[] = [];
  let current = lead;
  let length = visible(lead);
  let first = true;
  for (const { space, text, width: size } of pieces(line.slice(lead.length))) {
    if (!first && length + space.length + size > width) {
      out.push(current);
      current = hang + text;
      length = hang.length + size;
    } else {
      current += first ? text : space + text;
      length += (first ? 0 : space.length) + size;
    }
    first = false;
  }
  out.push(current);
  return out.join('\n');
}

/** The pieces of `text` a line may break between: its words, and each character of a CJK run. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  for (const [, space = '', word = ''] of text.matchAll(/( *)([^ ]+)/g)) {
    splitWord(word).forEach((part, i) =>
      result.push({ space: i === 0 ? space : '', text: part, width: visible(part) }),
    );
  }
  return result;
}

// An address a terminal makes a link of: cut between its CJK characters, it would be none.
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/i;

// A line may not start with closing punctuation (，。」) nor end with opening punctuation (「（).
const NO_BREAK_BEFORE = /^[\p{Pe}\p{Po}\p{Pf}]/u;
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]$/u;

/**
 * A word without spaces, cut where a line may break: beside each wide (CJK) character, but not
 * before closing punctuation nor after opening. Colour codes go with the character they style.
 */
function splitWord(word: string): string[] {
  const plain = word.replace(ANSI, '');
  if (visible(word) === plain.length || LINK.test(plain)) return [word];
  // Graphemes, each with the colour codes before it (a reset goes with the one it ends).
  const units: { text: string; wide: boolean; visible: string }[] = [];
  let pending = '';
  for (const token of word.split(AROUND_CODES)) {
    if (!token) continue;
    if (CODE.test(token)) {
      const last = units.at(-1);
      if (RESET.test(token) && last) last.text += token;
      else pending += token;
      continue;
    }
    for (const g of splitGraphemes(token)) {
      units.push({ text: pending + g, wide: graphemeColumns(g) === 2, visible: g });
      pending = '';
    }
  }
  if (pending) {
    const last = units.at(-1);
    if (last) last.text += pending;
    else units.push({ text: pending, wide: false, visible: '' });
  }
  const parts: string[] = [];
  units.forEach((unit, i) => {
    const before = units[i - 1];
    const breaks =
      before !== undefined &&
      (before.wide || unit.wide) &&
      !NO_BREAK_BEFORE.test(unit.visible) &&
      !NO_BREAK_AFTER.test(before.visible);
    if (breaks || parts.length === 0) parts.push(unit.text);
    else parts[parts.length - 1] += unit.text;
  });
  return parts;
}
