import { tidyTitle, truncateWords } from './title.js';

/** One story inside a file: its own title (when it brought one) and paragraphs. */
export interface Story {
  title?: string;
  paragraphs: string[];
}

// "CELEBRATION: The PRC turned 75…" — an all-capitals kicker, then the teaser's text.
const KICKER =
  /^((?:[\p{Lu}\p{N}][\p{Lu}\p{N}'’&-]*)(?: [\p{Lu}\p{N}][\p{Lu}\p{N}'’&-]*){0,4}[:?!])\s+(?=[\p{Lu}“"‘'])/u;
const MIN_TEASER_LENGTH = 200;
const MAX_TEASER_TITLE = 110;

/**
 * Split a file's paragraphs into stories. A paragraph opening with an all-capitals kicker and cut
 * off mid-sentence is a teaser for another article that a scraper appended ("CELEBRATION: The PRC
 * turned 75…"); each one becomes its own story. Both signs are required, so a transcript line
 * ("PUTIN: We had vodka.") or a correction notice stays in its story.
 */
export function splitStories(paragraphs: string[]): Story[] {
  const stories: Story[] = [{ paragraphs: [] }];
  for (const paragraph of paragraphs) {
    const teaser = parseTeaser(paragraph);
    if (teaser) stories.push(teaser);
    else stories.at(-1)!.paragraphs.push(paragraph);
  }
  return stories.filter((story) => story.paragraphs.length > 0);
}

function parseTeaser(paragraph: string): Story | undefined {
  if (paragraph.length < MIN_TEASER_LENGTH || !/\p{L}$/u.test(paragraph)) return undefined;
  const match = KICKER.exec(paragraph);
  const kicker = match?.[1];
  if (!match || !kicker || (kicker.match(/\p{Lu}/gu)?.length ?? 0) < 3) return undefined;
  const text = paragraph.slice(match[0].length);
  return {
    title: tidyTitle(truncateWords(`${kicker} ${subhead(text)}`, MAX_TEASER_TITLE)),
    paragraphs: [text],
  };
}

/**
 * The teaser's sub-headline runs into its lead without punctuation ("…, Lai said The People’s
 * Republic…"): end it at the first sentence end or at "said" followed by a capital.
 */
function subhead(text: string): string {
  const end = /[.!?](?=\s+[\p{Lu}“"‘])|\bsaid(?=\s+[\p{Lu}“"‘])/u.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : text;
}
