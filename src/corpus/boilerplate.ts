// Page furniture that scrapers keep: none of it is answer text. Every rule matches a whole SHORT
// paragraph (or, for comment prompts, a prefix glued onto the next paragraph), describing the kind
// of line (a notice, a prompt, a dateline, a link teaser, a caption) rather than listing strings;
// real prose is longer than these lines or has words the rule does not allow, and never matches.
import { MONTH_NAME, WEEKDAY_NAME } from './dates.js';

const MAX_BOILERPLATE_LENGTH = 150;
// A notice or a caption is a few sentences: AP's runs to 152 characters.
const MAX_NOTICE_LENGTH = 300;

const COMMENT_PROMPTS = [
  'please enter your comment!',
  'please enter your name here',
  'please enter your email address here',
  'you have entered an incorrect email address!',
  'save my name, email, and website in this browser for the next time i comment.',
  'leave a reply',
  'leave a comment',
  'cancel reply',
];

const PROMPT_START = /^(?:please enter|you have entered|save my name|leave a|cancel reply)/i;

const FIXED_LINES = new Set(
  [
    ...COMMENT_PROMPTS,
    'source link',
    'read more',
    'read the rest here',
    'continue reading',
    'advertisement',
    'skip advertisement',
    'story continues below advertisement',
    'share this article',
    'share this story',
  ].map(comparable),
);

const PHOTO_CREDIT =
  /^(?:file )?(?:photo|photograph|image|picture|illustration|video)s?(?: credit)?\s*(?::|by\s)\s*\S/i;
const CONTRIBUTED =
  /^(.+?)\s+contributed(?:\s+reporting|\s+to\s+this\s+(?:report|story|article))(?:\s+from\s+(.+?))?\.?$/i;
const REPORTING_BY = /^(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+(.+?)\.?$/i;
const BYLINE = /^by\s+(.+)$/i;
// Lower-case words that may sit between the capitalised parts of a list of names.
const NAME_GLUE = new Set(
  'and in from by for of de da di del der van von la le al el bin editing writing reporting additional'.split(
    ' ',
  ),
);

/**
 * A sentence of a paywall's or a sign-up box's prompt: "Subscribe to continue reading.", "Already a
 * subscriber? Log in.", "Get unlimited access for just $1 a week.", "Cancel anytime."
 */
const PAYWALL_SENTENCE =
  /^(?:subscribe|sign up|sign in|log in|already a (?:subscriber|member)|get (?:unlimited|full|digital) access|cancel any ?time|start your free trial|become a (?:subscriber|member)|create a free account|register (?:now |for free )?to (?:continue|read)|you have reached your (?:free )?(?:article|story) limit|this (?:article|story|content) is (?:for|available to) (?:subscribers|members))\b/i;

/**
 * A sentence of a copyright or redistribution notice: "Copyright 2024 The Associated Press.",
 * "© 2024 The Daily Ledger.", "All rights reserved.", "This material may not be published,
 * broadcast, rewritten or redistributed without permission."
 */
const NOTICE_SENTENCE =
  /^(?:(?:copyright\s+(?:©\s*|\(c\)\s*)?|©\s*|\(c\)\s*)\d{4}\b|all rights reserved\b|this (?:material|article|story|content) (?:may|must) not be (?:published|reproduced|copied|redistributed)\b)/i;
/** A sentence asking the reader to follow, click or install: "Follow us on Twitter @APpolitics." */
const SOCIAL_SENTENCE =
  /^(?:(?:follow|find|like|join) us (?:on|at)\b|click here\b|(?:download|get) (?:our|the [\w-]+) app\b|sign up for our (?:free )?newsletters?\b)/i;
/**
 * A sentence of a comment box's prompt: "Leave a comment below.", "Let us know in the comments.",
 * "Join the conversation." Whole sentences only: "Leave a comment below the line, the judge
 * told jurors." is news.
 */
const WHERE_COMMENTS = '(?: (?:below|here|in the comments?(?: section)?(?: below)?))';
const COMMENT_SENTENCE = new RegExp(
  `^(?:(?:(?:leave|post|add|write|drop) (?:a|your) (?:comments?|reply|thoughts)|share your thoughts|sound off|join the (?:conversation|discussion))${WHERE_COMMENTS}?|(?:let us know|tell us)(?: what you think| your thoughts)?${WHERE_COMMENTS})[.!]?$`,
  'i',
);
/** A question leading into a comment prompt ("Have thoughts?"); never furniture on its own. */
const COMMENT_LEAD =
  /^(?:(?:have|got) (?:thoughts|an opinion|something to say)|what do you think|what are your thoughts)\?$/i;
const MAX_PROMPT_WORDS = 16;

// A link teaser between paragraphs: "Read more: Our coverage of the hospital", "RELATED: …".
const TEASER_LABEL =
  /^(?:read more|related(?: coverage| stories| articles)?|see also|more on this|also read|read next)\s*:\s*\S/i;
const MAX_TEASER_LENGTH = 120;

// A dateline-only line: time stamps, each perhaps labelled ("Posted: May 3, 2024 | Updated: May 4,
// 2024 6:12 a.m.", "May 18, 2024 Updated 10:41 a.m."), and nothing else.
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${WEEKDAY_NAME} )?(?:${MONTH_NAME} ${DAY}(?:,? \\d{4})?|${DAY} ${MONTH_NAME},?(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const TIME = '\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?';
const STAMP = `(?:${DATE}(?:,? (?:at )?${TIME})?|${TIME}(?:,? (?:on )?${DATE})?|\\d+ (?:minutes?|hours?|days?) ago)`;
const LABEL = '(?:(?:last|first|originally) )?(?:posted|updated|published|modified)(?: on| at)?:?';
const LABELLED_STAMP = `(?:${LABEL} )?${STAMP}`;
const DATELINE = new RegExp(`^${LABELLED_STAMP}(?: ?[|•·,–—-]? ${LABELLED_STAMP})*$`, 'i');
const DATE_LABEL = new RegExp(LABEL, 'i');
// Where a byline ends and its dateline begins: "By Bob Writer · Posted March 3, 2024", "By Mara
// Lindqvist, Posted: May 3, 2024" (a comma only before a label: "By JANE DOE, Staff Writer").
const BYLINE_BREAK =
  /\s*[|•·–—]\s*|\s+-\s+|,\s*(?=(?:(?:last|first|originally) )?(?:posted|updated|published|modified)\b)/gi;

/** True for a whole paragraph that is page furniture: prompts, "Source link", credits, bylines. */
export function isBoilerplate(paragraph: string): boolean {
  if (paragraph.length > MAX_NOTICE_LENGTH) return false;
  // These two judge every sentence, or the closing credit, so they may look at a longer paragraph.
  if (isPrompt(paragraph) || isCaption(paragraph)) return true;
  if (paragraph.length > MAX_BOILERPLATE_LENGTH) return false;
  if (FIXED_LINES.has(comparable(paragraph))) return true;
  if (PHOTO_CREDIT.test(paragraph) || isDatelineOnly(paragraph)) return true;
  if (paragraph.length <= MAX_TEASER_LENGTH && TEASER_LABEL.test(paragraph)) return true;
  return isCreditLine(paragraph);
}

/**
 * Every sentence of the paragraph is a prompt or a notice, not news. A paywall sentence is short
 * and sets off no clause ("Sign in with Apple was down for three hours, the company said." is
 * news); a copyright notice may list verbs ("published, broadcast, rewritten").
 */
function isPrompt(paragraph: string): boolean {
  // News fails on its first sentence: the rest are not looked at (this runs on most paragraphs).
  let prompt = false;
  for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
    const kind = promptKind(sentence);
    if (kind === undefined) return false;
    prompt ||= kind === 'prompt';
  }
  return prompt;
}

/** A prompt's sentence, a question that only leads into one ("Have thoughts?"), or news. */
function promptKind(sentence: string): 'prompt' | 'lead' | undefined {
  const text = sentence.trim();
  const words = text.split(/\s+/).length;
  if (PAYWALL_SENTENCE.test(text)) return !text.includes(',') && words <= 10 ? 'prompt' : undefined;
  if (words > MAX_PROMPT_WORDS) return undefined;
  if ([NOTICE_SENTENCE, SOCIAL_SENTENCE, COMMENT_SENTENCE].some((rule) => rule.test(text)))
    return 'prompt';
  return COMMENT_LEAD.test(text) ? 'lead' : undefined;
}

/** Only dates, times and a Posted/Updated/Published label: "May 18, 2024 Updated 10:41 a.m." */
function isDatelineOnly(paragraph: string): boolean {
  return DATE_LABEL.test(paragraph) && DATELINE.test(paragraph);
}

// A caption that a page kept outside <figcaption>: text closed by its credit ("… leave their
// homes. Credit: Sam Ortiz for the Herald", "… on Friday. (Photo: Jamie Lee/The Daily Ledger)").
const CLOSING_CREDIT =
  /(?:^|[.!?”"]\s+)(?:(?:photo|image|picture)\s+)?credits?:\s+([^()]+?)\.?$|\((?:file\s+)?(?:photo|photograph|image|picture)s?(?:\s+credit)?:\s+([^()]+)\)\.?$/i;
const CREDIT_GLUE = new Set(['the', 'via', 'for', 'and', 'of']);

function isCaption(paragraph: string): boolean {
  const credit = CLOSING_CREDIT.exec(paragraph);
  const names = credit?.[1] ?? credit?.[2];
  return names !== undefined && isNameList(names, CREDIT_GLUE);
}

/**
 * Remove comment-form prompts glued onto the start of real text when the page lost the line
 * break ("Please enter your name hereJust a month after…").
 */
export function stripGluedPrompts(paragraph: string): string {
  if (!PROMPT_START.test(paragraph)) return paragraph;
  let text = paragraph;
  for (let changed = true; changed;) {
    changed = false;
    for (const prompt of COMMENT_PROMPTS) {
      if (text.length > prompt.length && text.slice(0, prompt.length).toLowerCase() === prompt) {
        text = text.slice(prompt.length).trimStart();
        changed = true;
      }
    }
  }
  return text;
}

function isCreditLine(line: string): boolean {
  const contributed = CONTRIBUTED.exec(line);
  if (contributed) return isNameList(contributed[1]!);
  const reporting = REPORTING_BY.exec(line);
  if (reporting) return isNameList(reporting[1]!);
  return bylineNames(line) !== undefined;
}

/**
 * The names a byline gives, alone or before its date: "By Bob Writer · Posted March 3, 2024" and
 * "By Bob Writer" give "Bob Writer"; a line that is no byline gives undefined.
 */
export function bylineNames(line: string): string | undefined {
  return splitByline(line)?.names;
}

// A kicker's time, not a writer: "By Monday - March 4, 2024", "By Noon", "By May 2025". Whole
// weekdays only, and a month only before a number: "By Sun Jun", "By April May" are writers.
const NO_WRITER = new RegExp(
  `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|noon|midnight|${MONTH_NAME}\\s+\\d+)$`,
  'i',
);

/** A byline's names, and the dateline after them if any. */
function splitByline(line: string): { names: string; dateline?: string } | undefined {
  const whole = BYLINE.exec(line);
  if (!whole) return undefined;
  const writers = (names: string): boolean => isNameList(names) && !NO_WRITER.test(names);
  if (line.length <= 80 && writers(whole[1]!)) return { names: whole[1]! };
  for (const { index, 0: mark } of line.matchAll(BYLINE_BREAK)) {
    const byline = BYLINE.exec(line.slice(0, index));
    const dateline = line.slice(index + mark.length);
    if (byline && writers(byline[1]!) && DATELINE.test(dateline))
      return { names: byline[1]!, dateline };
  }
  return undefined;
}

// One stamp of a dateline, with its label: "Posted: June 4, 2024 10:15 AM".
const LABELLED_STAMPS = new RegExp(`(${LABEL} )?(${STAMP})`, 'gi');

/**
 * The publication date a dateline line states ("Posted: June 4, 2024 10:15 AM", "By Bob Writer ·
 * Posted March 3, 2024", "May 18, 2024 Updated 10:41 a.m."): its first stamp not labelled as an
 * update, as written. Undefined for a line that is no dateline.
 */
export function datelineStamp(line: string): string | undefined {
  if (line.length > MAX_BOILERPLATE_LENGTH) return undefined;
  const dateline = DATELINE.test(line) ? line : splitByline(line)?.dateline;
  if (dateline === undefined) return undefined;
  for (const [, label, stamp] of dateline.matchAll(LABELLED_STAMPS)) {
    if (!/updated|modified/i.test(label ?? '')) return stamp;
  }
  return undefined;
}

/** "Wang Aoli", "Jeff Mason; Editing by Mary Milliken", "The Associated Press": names only. */
function isNameList(text: string, glue: ReadonlySet<string> = NAME_GLUE): boolean {
  const words = text.split(/[\s,;&/]+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 16 &&
    words.every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || glue.has(word.toLowerCase()))
  );
}

/** Case, spacing and trailing punctuation do not matter when comparing short lines. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/[\s.:!…]+$/, '')
    .trim();
}
