// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** Columns a string takes on a terminal, colour codes not counted. */
function visible(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * Word-wrap `text` to `width` columns. Each line keeps its indent, and continuation lines hang
 * under the text after a list marker ("1. ", "- "). A word longer than the line (a URL) is never
 * cut, so it stays clickable. Without a width (output to a pipe) the text is left as it is.
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
  for (const word of line.slice(lead.length).split(/ +/).filter(Boolean)) {
    const size = visible(word);
    if (!first && length + 1 + size > width) {
      out.push(current);
      current = hang + word;
      length = hang.length + size;
    } else {
      current += first ? word : ` ${word}`;
      length += (first ? 0 : 1) + size;
    }
    first = false;
  }
  out.push(current);
  return out.join('\n');
}
