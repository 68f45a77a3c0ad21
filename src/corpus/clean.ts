import { isBoilerplate, stripGluedPrompts } from './boilerplate.js';
import { isCrumbTrail, looksLikeHeadline, sameText } from './title.js';

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
  if (title === undefined && rest.length > 1 && looksLikeHeadline(rest[0]!)) {
    title = rest.shift();
    dropLeadingFurniture(rest, title);
  }
  return { title, paragraphs: rest };
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
