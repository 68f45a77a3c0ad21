import { fold, isDemonym, isTitle } from '../text/names.js';
import { isStopWord, stem } from '../text/tokenize.js';
import { CALENDAR_NAME, ORG_NOUNS } from '../quotes/lexicon.js';
import { isPersonNoun } from '../quotes/subject.js';

/**
 * Someone a question describes rather than names: "the Russian leader", "Taiwan's president",
 * "the Atlantic Council expert". `head` is what they are (a person's or an organisation's noun,
 * or an age), `qualifiers` the capitalised words that narrow it ("Russian", "Taiwan", "Atlantic",
 * "Council"). Articles name them ("Russian President Vladimir Putin", "Marcus Galauskas, a
 * security expert at the Atlantic Council"), and their passages then write only the name.
 */
export interface Description {
  head: string;
  qualifiers: string[];
}

/** How similar two stemmed words are in meaning (0 when no model knows them). */
export type Relatedness = (a: string, b: string) => number;

/** A word of a description this similar to the head stands for it ("President" for "leader", 0.68). */
const RELATED_HEAD = 0.6;

/** Whether a word may say what someone described is: a person's or an organisation's noun, an age. */
export function isDescriptionHead(word: string): boolean {
  const one = word.replace(/s$/, '');
  return (
    isPersonNoun(word) ||
    isPersonNoun(one) ||
    ORG_NOUNS.has(word) ||
    ORG_NOUNS.has(one) ||
    /^\d{1,3}-year-olds?$/.test(word)
  );
}

/** Capitalised words that may qualify a noun ("Russian", "Taiwan"): no title, "The" or month. */
export const isQualifier = (w: string): boolean =>
  /^\p{Lu}/u.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()) && !CALENDAR_NAME.test(w);

/** A word as written, without the punctuation around it and a possessive's "'s". */
export function bareWord(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
}

/** A word without the punctuation around it. */
export const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** A word without the punctuation around it nor a possessive's "'s" ("Putin’s": "Putin"). */
const owner = (w: string): string => bare(w).replace(/['’]s$/u, '');
/** Whether a word ends its sentence: not an initial or a title's abbreviation ("V.", "Dr."). */
export const ends = (w: string): boolean =>
  /[.!?]["”’]?$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !isTitle(w.slice(0, -1));

/** Whether an article writes every qualifier (or its people's or country's name). */
export const writesAll = (article: readonly string[][], qualifiers: readonly string[]): boolean =>
  qualifiers.every((q) => article.some((p) => p.some((w) => sameQualifier(q, bare(w)))));

/**
 * How well the one a name's last word stands for fits a description, by what an article writes
 * beside one of its mentions (describingWords): the head itself (2) or a word related to it (1:
 * "Russian President Vladimir Putin" for "leader"), plus the qualifiers, all among those words (2)
 * or somewhere else (1, `qualifiedElsewhere`: "Taiwan" for "President William Lai"). Not a
 * mention whose title gives another people ("Chinese President Xi Jinping" is not Taiwan's). 0: no
 * fit.
 */
export function describedFit(
  name: string,
  article: readonly string[][],
  { head, qualifiers }: Description,
  related: Relatedness,
  qualifiedElsewhere: boolean,
): number {
  const headStem = stem(head);
  const qualifies = (words: readonly string[]): boolean =>
    qualifiers.every((q) => words.some((w) => sameQualifier(q, bare(w))));
  const inArticle = qualifiers.length === 0 || qualifiedElsewhere ? 1 : 0;
  let best = 0;
  for (const paragraph of article) {
    paragraph.forEach((written, i) => {
      if (owner(written) !== name) return;
      // The name's title: the capitalised words right before it.
      let t = i;
      while (t > 0 && !ends(paragraph[t - 1]!) && /^(?:\p{Lu}|of$)/u.test(bare(paragraph[t - 1]!)))
        t--;
      const other = paragraph
        .slice(t, i)
        .some((w) => isDemonym(bare(w)) && !qualifiers.some((q) => sameQualifier(q, bare(w))));
      if (other && qualifiers.length > 0) return;
      const window = describingWords(paragraph, i);
      let headFit = name === head ? 2 : 0;
      for (const w of window) {
        if (headFit === 2) break;
        const s = stem(fold(bare(w)).toLowerCase());
        if (s === headStem) headFit = 2;
        else if (s.length > 2 && related(headStem, s) >= RELATED_HEAD) headFit = 1;
      }
      const qualifierFit = qualifies(window) ? 2 : inArticle;
      if (headFit > 0 && qualifierFit > 0) best = Math.max(best, headFit + qualifierFit);
    });
  }
  return best;
}

/**
 * The words describing the name at position `i` of a paragraph: up to five before it in its
 * clause ("Moscow-based foreign policy expert Fyodor Lukyanov", "Russian President Vladimir
 * Putin"), and the phrase set off after it ("Galauskas, a security expert at the Atlantic
 * Council,"); not the rest of its sentence, which may describe others ("CIA Director William
 * Burns said that Chinese President Xi…").
 */
function describingWords(words: readonly string[], i: number): string[] {
  let from = i;
  while (from > Math.max(0, i - 5)) {
    const w = words[from - 1]!;
    const lower = bare(w);
    if (ends(w) || w.endsWith(',') || (isStopWord(lower) && !/^(?:of|for)$/.test(lower))) break;
    from--;
  }
  const out = words.slice(from, i + 1);
  // The name's last word, or the one after it when it ends the name ("Wang Aoli (王傲立),").
  let at = i;
  if (!words[at]!.endsWith(',') && /^\(/.test(words[at + 1] ?? '')) at++;
  if (!words[at]!.endsWith(',')) return out;
  for (let j = at + 1; j < Math.min(words.length, at + 13); j++) {
    out.push(words[j]!);
    if (ends(words[j]!) || words[j]!.endsWith(',')) break;
  }
  return out;
}

/**
 * Whether a qualifier of the question is the word written, or its country or people: "Russian"
 * for "Russia", "Chinese" for "China", "Taiwanese" for "Taiwan".
 */
export function sameQualifier(qualifier: string, written: string): boolean {
  const [a, b] = [fold(qualifier).toLowerCase(), fold(written).toLowerCase()];
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  for (const base of [short, short.slice(0, -1)]) {
    if (long.startsWith(base) && PEOPLE_ENDING.test(long.slice(base.length))) return true;
  }
  return false;
}

/** How a people's or a country's name ends past what the two share. */
const PEOPLE_ENDING = /^(?:n|an|ian|ese|nese|i|ish|ic|y)$/;

/** The weakest fit of a description: a word related to the head, the qualifiers elsewhere. */
export const WEAK_FIT = 2;
