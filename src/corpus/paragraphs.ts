import { isBoilerplate } from './boilerplate.js';
import { collapseSpaces } from './normalize.js';

// Nobody hard-wraps prose wider than this; a block with a longer line holds one paragraph per line.
const MAX_WRAP_WIDTH = 100;
// Nor narrower than this: a block of short lines is a list of short paragraphs.
const MIN_WRAP_WIDTH = 50;
const LIST_ITEM = /^\s*(?:[-*+•‣◦]\s|\d{1,3}[.)]\s)/;
const ENDS_SENTENCE = /[.!?:;"”’)\]…]$/;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}“"‘'([]/u;

/**
 * Split normalized text into paragraphs. Blank lines always separate paragraphs; inside a block,
 * long lines are one paragraph each (scrapers that use single newlines) while hard-wrapped lines
 * are joined back together.
 */
export function splitParagraphs(text: string): string[] {
  return splitBlocks(text).flatMap(splitBlock).map(collapseSpaces).filter(Boolean);
}

/** The blank-line separated blocks of `text`, each as its non-empty lines. */
export function splitBlocks(text: string): string[][] {
  return text
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
}

function splitBlock(lines: string[]): string[] {
  const width = Math.max(...lines.map((line) => line.trimEnd().length));
  if (lines.length === 1 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return lines;
  const paragraphs: string[][] = [[lines[0]!]];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (endsParagraph(lines[i - 1]!.trimEnd(), line, width)) paragraphs.push([line]);
    else paragraphs.at(-1)!.push(line);
  }
  return paragraphs.map((group) => group.join(' '));
}

/**
 * A wrapped line ends only because the next word did not fit. If it would have fitted, the line
 * break is the author's; we also want a sentence end or a capital to agree, because one overlong
 * line (a URL) can make the block's width look wider than the real wrap width.
 */
function endsParagraph(line: string, next: string, width: number): boolean {
  // "Source link" or a photo credit is a line of its own, never part of a wrapped paragraph.
  if (LIST_ITEM.test(next) || isBoilerplate(line.trim()) || isBoilerplate(next.trim())) return true;
  const nextWord = next.trim().split(' ', 1)[0] ?? '';
  const wouldFit = line.length + 1 + nextWord.length <= width;
  return wouldFit && (ENDS_SENTENCE.test(line) || STARTS_SENTENCE.test(next.trim()));
}
