import { comparable } from './boilerplate.js';

/** What a saved page says its headline is, in several places. */
export interface HeadlineClues {
  /** Titles the page states: its metadata title (JSON-LD, og:title), then its `<title>`. */
  stated: (string | undefined)[];
  /** The article's `<h1>`: the headline as the page shows it. */
  h1?: string;
  /** The site's name, when the page states it (og:site_name). */
  siteName?: string;
}

// Between a headline and the site's name in a <title>: "Storm Knocks Out Power - Valley Times".
const SITE_SEPARATOR = /\s(?:[|\-–—·•»/]|::)\s/g;
// A site's name is short; a longer part is more headline.
const MAX_SITE_WORDS = 5;
// A headline is shorter than this; a longer <h1> is a page's lead or a mistake.
const MAX_H1_LENGTH = 300;
// Agreeing by a shared start needs this many words: "News" opens many headlines.
const MIN_SHARED_WORDS = 3;

/**
 * The headline a reader would expect, and the site's name when the page's titles reveal it. The
 * `<h1>` wins when a stated title agrees with it (the same words, or one starting with the other:
 * the `<title>` often shortens the headline and adds the site's name), since a site's logo or a
 * section's name can be the `<h1>` too. Otherwise a stated title, without the site's name when the
 * page names its site.
 */
export function chooseHeadline(clues: HeadlineClues): { title?: string; siteName?: string } {
  const stated = clues.stated.filter((t): t is string => t !== undefined);
  const { h1 } = clues;
  let siteName = clues.siteName;
  if (h1 !== undefined && h1.length <= MAX_H1_LENGTH && !sameWords(h1, siteName)) {
    let agreed = false;
    for (const title of stated) {
      const parts = title.split(SITE_SEPARATOR);
      const at = parts.findIndex((part) => agrees(h1, part));
      if (at === -1) {
        agreed ||= agrees(h1, title);
        continue;
      }
      // The <h1> is the last and shorter part of "Storm Knocks Out Power - Valley Times": the
      // site's logo. Not the first part, however short: "Fire closes I-5 | The Seattle Times"
      // (review of b3a18f7).
      const last = at === parts.length - 1 && at > 0;
      if (last && parts[at]!.length < parts.filter((_, i) => i !== at).join(' ').length) {
        siteName ??= parts.length === 2 ? parts[at] : undefined;
        agreed = false;
        break;
      }
      agreed = true;
      siteName ??= siteOf(parts, at);
    }
    if (agreed) return { title: h1, siteName };
  }
  const title = stated[0];
  return { title: title && withoutSite(title, siteName), siteName };
}

/** The same words, or one headline starting with the other's first three words or more. */
function agrees(a: string, b: string): boolean {
  const [x, y] = [comparable(a), comparable(b)];
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(`${short} `) && short.split(' ').length >= MIN_SHARED_WORDS;
}

/**
 * In "Headline - Site" (or "Site » Headline"), the part beside the headline, if it is short enough
 * to be a name; in "Headline - Section - Site", the last.
 */
function siteOf(parts: string[], headlineAt: number): string | undefined {
  if (parts.length < 2 || (parts.length > 2 && headlineAt !== 0)) return undefined;
  const site = parts[headlineAt === 0 ? parts.length - 1 : 0]!.trim();
  return site.split(/\s+/).length <= MAX_SITE_WORDS ? site : undefined;
}

/** "Storm Knocks Out Power | Valley Times" without "Valley Times", the page's stated site name. */
function withoutSite(title: string, siteName: string | undefined): string {
  const marks = [...title.matchAll(SITE_SEPARATOR)];
  const [first, last] = [marks[0], marks[marks.length - 1]];
  if (siteName === undefined || !first || !last) return title;
  if (sameWords(title.slice(last.index + last[0].length), siteName))
    return title.slice(0, last.index);
  if (sameWords(title.slice(0, first.index), siteName))
    return title.slice(first.index + first[0].length);
  return title;
}

function sameWords(a: string, b: string | undefined): boolean {
  return b !== undefined && comparable(a) === comparable(b);
}
