// Page furniture that scrapers keep: none of it is answer text. Every rule matches a whole SHORT
// paragraph (or, for comment prompts, a prefix glued onto the next paragraph); real prose is
// longer than these lines and never matches.

const MAX_BOILERPLATE_LENGTH = 150;

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

/** True for a whole paragraph that is page furniture: prompts, "Source link", credits, bylines. */
export function isBoilerplate(paragraph: string): boolean {
  if (paragraph.length > MAX_BOILERPLATE_LENGTH) return false;
  if (FIXED_LINES.has(comparable(paragraph))) return true;
  if (PHOTO_CREDIT.test(paragraph)) return true;
  if (isPaywallPrompt(paragraph)) return true;
  return isCreditLine(paragraph);
}

/**
 * Every sentence of the paragraph asks the reader to subscribe or log in (user test): a short
 * one, with no clause set off ("Sign in with Apple was down for three hours, the company said."
 * is news).
 */
function isPaywallPrompt(paragraph: string): boolean {
  return paragraph.split(/(?<=[.!?])\s+/).every((sentence) => {
    const text = sentence.trim();
    return PAYWALL_SENTENCE.test(text) && !text.includes(',') && text.split(/\s+/).length <= 10;
  });
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
  const byline = BYLINE.exec(line);
  return byline !== null && line.length <= 80 && isNameList(byline[1]!);
}

/** "Wang Aoli", "Jeff Mason; Editing by Mary Milliken", "The Associated Press": names only. */
function isNameList(text: string): boolean {
  const words = text.split(/[\s,;&/]+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 16 &&
    words.every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || NAME_GLUE.has(word.toLowerCase()))
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
