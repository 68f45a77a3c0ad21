import { comparable } from './boilerplate.js';

const MAX_HEADLINE_LENGTH = 160;
const MAX_INFERRED_TITLE = 80;
const CRUMB_ROOT = /^(?:home|start|startseite|inicio|accueil)\b/i;
const CRUMB_SEPARATOR = /\s[›»>/|]\s/;

/** Cut `text` to at most `max` characters on a word boundary, marking the cut with "…". */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/**
 * A title for a story without a headline: a short first paragraph whole (it is often a headline
 * that ends with a period), else its first words.
 */
export function inferTitle(firstParagraph: string): string {
  if (firstParagraph.length <= MAX_HEADLINE_LENGTH) return tidyTitle(firstParagraph);
  return truncateWords(firstParagraph, MAX_INFERRED_TITLE);
}

/** Drop a headline's closing period, but not the last dot of an abbreviation ("U.S."). */
export function tidyTitle(title: string): string {
  const last = title.slice(title.lastIndexOf(' ') + 1);
  const abbreviation = last.indexOf('.') < last.length - 1 || last.length <= 3;
  return last.endsWith('.') && !abbreviation ? title.slice(0, -1) : title;
}

/**
 * Does the first paragraph of a plain-text story read as its headline? Short, and either without
 * a closing period (leads end with one) or in Title Case ("Stealth Over Health: … Optics.").
 */
export function looksLikeHeadline(paragraph: string): boolean {
  if (paragraph.length > MAX_HEADLINE_LENGTH || /[,;:\-–—]$/.test(paragraph)) return false;
  return !paragraph.endsWith('.') || isTitleCase(paragraph);
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]/u.test(word) && word.length > 3);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && capitalised >= words.length * 0.8;
}

/**
 * Navigation crumbs scraped above the headline: "Home News Putin’s China visit…" followed by the
 * headline itself, or "Home › World › Asia".
 */
export function isCrumbTrail(paragraph: string, next: string | undefined): boolean {
  if (paragraph.length > MAX_HEADLINE_LENGTH || !CRUMB_ROOT.test(paragraph)) return false;
  if (CRUMB_SEPARATOR.test(paragraph)) return true;
  return next !== undefined && next.length < paragraph.length && sameText(paragraph, next, true);
}

/** Equal ignoring case and punctuation; with `suffix`, `a` may have extra words before `b`. */
export function sameText(a: string, b: string, suffix = false): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return y !== '' && (x === y || (suffix && x.endsWith(` ${y}`)));
}
