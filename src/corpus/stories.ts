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

// A line of only "* * *", "***", "---", "###" or "===": between stories, or between the scenes
// of one story. Never text.
const SEPARATOR = /^([*#=_~•-])(?:\s*\1){2,}$/u;
const MAX_HEADLINE = 120;
const MIN_HEADLINE_WORDS = 3;

/**
 * Split a file's paragraphs into stories.
 *
 * A paragraph opening with an all-capitals kicker and cut off mid-sentence is a teaser for another
 * article that a scraper appended ("CELEBRATION: The PRC turned 75…"); each one becomes its own
 * story. Both signs are required, so a transcript line ("PUTIN: We had vodka.") or a correction
 * notice stays in its story.
 *
 * A separator line followed by a headline and then body text starts a new story titled by that
 * headline; any other separator is a scene break and is only dropped.
 */
export function splitStories(paragraphs: string[]): Story[] {
  const stories: Story[] = [{ paragraphs: [] }];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (SEPARATOR.test(paragraph)) {
      const headline = paragraphs[i + 1];
      if (opensStory(headline, paragraphs[i + 2])) {
        stories.push({ title: tidyTitle(headline), paragraphs: [] });
        i++;
      }
      continue;
    }
    const teaser = parseTeaser(paragraph);
    if (teaser) stories.push(teaser);
    else stories.at(-1)!.paragraphs.push(paragraph);
  }
  return stories.filter((story) => story.paragraphs.length > 0);
}

/**
 * Does a new story start here, after a separator? Its first paragraph reads as a headline (a
 * short line of a few words, opening with a capital and without closing punctuation) and the
 * next as body text (longer, ending a sentence). After a scene break the text simply goes on
 * with a sentence ("The next morning, she drove to the coast.") or a quotation.
 */
function opensStory(headline: string | undefined, body: string | undefined): headline is string {
  if (headline === undefined || body === undefined || SEPARATOR.test(body)) return false;
  return (
    headline.length <= MAX_HEADLINE &&
    headline.split(/\s+/).length >= MIN_HEADLINE_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(headline) &&
    /[\p{L}\p{N}]$/u.test(headline) &&
    body.length > headline.length * 1.5 &&
    /[.!?”"’)]$/.test(body)
  );
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
