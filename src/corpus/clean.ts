import { isBoilerplate, stripGluedPrompts } from './boilerplate.js';
import { isCrumbTrail, looksLikeHeadline, sameText, tidyTitle } from './title.js';

const MAX_DECK = 200;

/** Cleaned paragraphs and the title found for them (undefined: infer one from the text). */
export interface CleanedStory {
  title?: string;
  paragraphs: string[];
}

/**
 * Remove page furniture, then find the headline: the stated title, else a headline-like first
 * line. Crumb trails and repeats of the title at the top are dropped too.
 */
export function cleanStory(paragraphs: string[], statedTitle?: string): CleanedStory {
  const rest = paragraphs.map(stripGluedPrompts).filter((p) => p !== '' && !isBoilerplate(p));
  let title = statedTitle;
  dropLeadingFurniture(rest, title);
  if (title === undefined) {
    title = takeHeadline(rest);
    dropLeadingFurniture(rest, title);
  }
  return { title, paragraphs: rest };
}

/**
 * Remove and return the headline at the top of a plain-text story, if it has one. A headline that
 * ends in ";" continues in a deck on the next line ("Candidates vie for vets' support;" / "Trump
 * and Clinton point out…"): the two together are the title.
 */
function takeHeadline(paragraphs: string[]): string | undefined {
  const [first, second] = paragraphs;
  if (first === undefined || paragraphs.length < 2) return undefined;
  if (first.endsWith(';') && isDeck(first, second) && paragraphs.length > 2) {
    paragraphs.splice(0, 2);
    return tidyTitle(`${first} ${second}`);
  }
  if (!looksLikeHeadline(first)) return undefined;
  paragraphs.shift();
  return tidyTitle(first);
}

function isDeck(headline: string, deck: string | undefined): deck is string {
  return headline.length <= MAX_DECK && deck !== undefined && deck.length <= MAX_DECK;
}

function dropLeadingFurniture(paragraphs: string[], title: string | undefined): void {
  for (;;) {
    const [first, second] = paragraphs;
    if (first === undefined) return;
    const repeat = title !== undefined && sameText(first, title);
    const crumbs =
      isCrumbTrail(first, second) || (title !== undefined && isCrumbTrail(first, title));
    if (!repeat && !crumbs) return;
    paragraphs.shift();
  }
}
