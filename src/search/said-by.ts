import { editDistance, fold, isTitle, typoBudget } from '../text/names.js';
import { isStopWord } from '../text/tokenize.js';
import { isReportingVerb } from '../quotes/verbs.js';
import { articleParagraphs } from './article-text.js';
import type { IndexedPassage, PassageIndex } from './index.js';

/**
 * "What did Kim Jong Un say to Putin at the spaceport?": a question asking what someone said is
 * answered only by a passage where they speak. Ranked by its words, it found the paragraph that
 * names Kim Jong Un as Putin's guest, which answers nothing.
 */
const ASKS_SAID = /^\s*what\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|tell|tweet|post)\b/i;

/** The words naming whom a "what did X say" question asks about ("Kim", "Jong", "Un"); else null. */
export function speakerAsked(question: string): string[] | null {
  const asked = ASKS_SAID.exec(question)?.[1];
  if (!asked) return null;
  const words = asked
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()));
  return words.length > 0 ? words : null;
}

/** How far from a name its reporting verb may stand ("Galauskas, a security expert at…, said"). */
const REACH = 8;

/**
 * Whether a passage shows someone the words name speaking: a reporting verb in the same sentence
 * within a few words of one of them ("Galauskas said", "said Richard McGregor", "according to
 * Song"), or a pronoun's ("“…,” he added") in a passage or a paragraph before it that names them
 * (`before`, read only then).
 */
export function speaksIn(
  text: string,
  names: readonly string[],
  before: string | (() => string) = '',
): boolean {
  // As the question may spell them: without diacritics, or misspelt ("Galauskás", "Galauskis").
  const asked = names.map((n) => fold(n));
  const isNamed = (word: string): boolean => {
    const w = fold(word.replace(/['’]s$/u, ''));
    return asked.some(
      (n) => n === w || (w.length > 4 && editDistance(n, w) <= typoBudget(w.length)),
    );
  };
  const words = text.split(/\s+/);
  const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const ends = (w: string): boolean => /[.!?]["”’]?$/u.test(w);
  for (let i = 0; i < words.length; i++) {
    if (!isNamed(bare(words[i]!))) continue;
    for (let j = i + 1; j < Math.min(words.length, i + REACH); j++) {
      if (isReportingVerb(bare(words[j]!).toLowerCase())) return true;
      if (ends(words[j]!)) break;
    }
    // Before it, only the verb right before the name and its titles: "said Dr. Richard McGregor",
    // "according to Song" (not "Galauskas said the trip… when Putin hosted Kim Jong Un").
    for (let j = i - 1; j >= Math.max(0, i - 4) && !ends(words[j]!); j--) {
      const w = bare(words[j]!);
      if (
        isReportingVerb(w.toLowerCase()) ||
        (w === 'to' && bare(words[j - 1] ?? '') === 'according')
      )
        return true;
      if (!/^\p{Lu}/u.test(w)) break;
    }
  }
  if (!/[”"’],?\s+(?:he|she|they)\s+\p{Ll}+/u.test(text)) return false;
  const mentions = (t: string): boolean => t.split(/\s+/).some((w) => isNamed(bare(w)));
  return mentions(text) || mentions(typeof before === 'string' ? before : before());
}

/**
 * The passages, of those ranked for a "what did X say" question (Query.speaker), where X speaks;
 * the paragraph before each is read only for a pronoun's attribution.
 */
export function spokenIn<T extends { entry: IndexedPassage }>(
  index: PassageIndex,
  speaker: readonly string[],
  ranked: T[],
): T[] {
  return ranked.filter(({ entry: { passage } }) =>
    speaksIn(
      passage.text,
      speaker,
      () => articleParagraphs(index, passage.articleId, passage.paragraph)?.at(-1) ?? '',
    ),
  );
}
