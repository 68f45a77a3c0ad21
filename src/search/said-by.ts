import { editDistance, fold, isDemonym, isTitle, typoBudget } from '../text/names.js';
import { isStopWord, stem } from '../text/tokenize.js';
import { isReportingVerb } from '../quotes/verbs.js';
import { CALENDAR_NAME, ORG_NOUNS } from '../quotes/lexicon.js';
import { isPersonNoun } from '../quotes/subject.js';
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
  // A described speaker's words are no name ("the Russian leader": not "Russian").
  if (speakerDescribed(question)) return null;
  const words = asked
    .split(/\s+/)
    .map(bareWord)
    .filter((w) => /^\p{Lu}/u.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()));
  return words.length > 0 ? words : null;
}

/**
 * "What did the Russian leader say…", "What did Taiwan's president say…", "What did the Atlantic
 * Council expert say…": whom the question describes rather than names. `head` is what they are
 * (a person's or an organisation's noun, or an age), `qualifiers` the capitalised words that
 * narrow it ("Russian", "Taiwan", "Atlantic", "Council"). Their capitalised words, taken for a
 * name, kept only passages where "Taiwan" or "Russian" spoke, and none did.
 */
export interface DescribedSpeaker {
  head: string;
  qualifiers: string[];
}

/** "the two heads of state": leaders. */
const HEADS_OF_STATE = /\bheads? of state$/i;

/** The speaker a "what did … say" question describes by a noun, if it does. */
export function speakerDescribed(question: string): DescribedSpeaker | null {
  const asked = ASKS_SAID.exec(question)?.[1]?.replace(HEADS_OF_STATE, 'leaders');
  if (!asked) return null;
  const words = asked.split(/\s+/).map(bareWord).filter(Boolean);
  const head = words.at(-1)?.toLowerCase() ?? '';
  const one = head.replace(/s$/, '');
  const noun =
    isPersonNoun(head) ||
    isPersonNoun(one) ||
    ORG_NOUNS.has(head) ||
    ORG_NOUNS.has(one) ||
    /^\d{1,3}-year-olds?$/.test(head);
  // A name's word ends it ("the European Union"), or no noun does ("Putin really").
  if (!noun || words.at(-1) !== head) return null;
  const qualifiers = words
    .slice(0, -1)
    .filter((w) => /^\p{Lu}/u.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()));
  return { head, qualifiers };
}

/** A word as written, without the punctuation around it and a possessive's "'s". */
function bareWord(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
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
  if (words.some((w, i) => isNamed(bare(w)) && speaksAt(words, i))) return true;
  if (!PRONOUN_SAYS.test(text)) return false;
  const mentions = (t: string): boolean => t.split(/\s+/).some((w) => isNamed(bare(w)));
  return mentions(text) || mentions(typeof before === 'string' ? before : before());
}

/** "“…,” he added": a pronoun's attribution after a quotation. */
const PRONOUN_SAYS = /[”"’],?\s+(?:he|she|they)\s+\p{Ll}+/u;

const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const ends = (w: string): boolean => /[.!?]["”’]?$/u.test(w);

/** Whether the word at `i` is shown speaking by a reporting verb beside it, in its sentence. */
function speaksAt(words: readonly string[], i: number): boolean {
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
  return false;
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

/** How similar two stemmed words are in meaning (0 when no model knows them). */
export type Relatedness = (a: string, b: string) => number;

/** A word of a description this similar to the head stands for it ("President" for "leader"). */
const RELATED_HEAD = 0.6;

/**
 * The passages, of those ranked for a question about a described speaker (Query.described),
 * where someone the articles describe so speaks: "Putin told…" for "the Russian leader", as an
 * article wrote "Russian President Vladimir Putin"; "Galauskas said" for "the Atlantic Council
 * expert" ("Galauskas, a security expert at the Atlantic Council"). Only the passages whose
 * speaker fits best are kept (describedFit); none that fits is an honest silence.
 */
export function spokenByDescribed<T extends { entry: IndexedPassage }>(
  index: PassageIndex,
  described: DescribedSpeaker,
  ranked: T[],
  related: Relatedness,
): T[] {
  const articles = new Map<string, string[][]>();
  for (const { entry } of ranked) {
    const id = entry.passage.articleId;
    if (!articles.has(id))
      articles.set(
        id,
        (articleParagraphs(index, id) ?? []).map((p) => p.split(/\s+/)),
      );
  }
  // The qualifiers may be written in another of these articles that names the same person
  // ("Taiwan" in one that writes "President William Lai", not in the one where he speaks).
  const elsewhere = new Map<string, boolean>();
  const qualifiedSomewhere = (name: string): boolean => {
    let q = elsewhere.get(name);
    if (q === undefined) {
      q = [...articles.values()].some(
        (a) => a.some((p) => p.some((w) => bare(w) === name)) && writesAll(a, described.qualifiers),
      );
      elsewhere.set(name, q);
    }
    return q;
  };
  const fitOf = new Map<string, number>();
  const fits = ranked.map(({ entry: { passage } }) => {
    const article = articles.get(passage.articleId) ?? [];
    const before = article[passage.paragraph - 2]?.join(' ') ?? '';
    const names = speakingNames(passage.text, before, described);
    const fit = (name: string): number => {
      const key = `${passage.articleId}\n${name}`;
      let f = fitOf.get(key);
      if (f === undefined) {
        f = describedFit(name, article, described, related, qualifiedSomewhere(name));
        fitOf.set(key, f);
      }
      return f;
    };
    return Math.max(0, ...names.map(fit));
  });
  const best = Math.max(0, ...fits);
  return best < MIN_FIT ? [] : ranked.filter((_, i) => fits[i] === best);
}

/** The weakest fit kept: the head only related, the qualifiers only elsewhere in the article. */
const MIN_FIT = 2;

const isNameWordAlone = (w: string): boolean =>
  /^\p{Lu}/u.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()) && !CALENDAR_NAME.test(w);

/** Whether an article writes every qualifier (or its people's or country's name). */
const writesAll = (article: readonly string[][], qualifiers: readonly string[]): boolean =>
  qualifiers.every((q) => article.some((p) => p.some((w) => sameQualifier(q, bare(w)))));

/**
 * Who a passage shows speaking: the last word of a name beside a reporting verb ("Putin told",
 * "said Richard McGregor": "McGregor"), the described noun itself ("the president said"), and
 * after a pronoun's attribution ("“…,” he added") every name's last word in the passage and the
 * paragraph before it.
 */
function speakingNames(
  text: string,
  before: string,
  { head, qualifiers }: DescribedSpeaker,
): string[] {
  const out = new Set<string>();
  // "Taiwan's defense ministry": Taiwan qualifies whoever speaks.
  const isNameWord = (w: string): boolean =>
    isNameWordAlone(w) && !qualifiers.some((q) => sameQualifier(q, w));
  const lastOfRun = (words: readonly string[], i: number): string => {
    let j = i;
    while (j + 1 < words.length && !ends(words[j]!) && isNameWord(bare(words[j + 1]!))) j++;
    return bare(words[j]!);
  };
  const words = text.split(/\s+/);
  words.forEach((word, i) => {
    const w = bare(word);
    if (!speaksAt(words, i)) return;
    if (w === head) out.add(w);
    else if (isNameWord(w)) out.add(lastOfRun(words, i));
  });
  if (PRONOUN_SAYS.test(text)) {
    for (const t of [text, before]) {
      const all = t.split(/\s+/);
      all.forEach((w, i) => {
        if (isNameWord(bare(w)) && !isNameWord(bare(all[i + 1] ?? ''))) out.add(bare(w));
      });
    }
  }
  return [...out];
}

/**
 * How well the one a name's last word stands for fits a description, by what an article writes
 * beside one of its mentions, in a window of its sentence: the head itself (2) or a word related
 * to it (1: "Russian President Vladimir Putin" for "leader"), plus the qualifiers, all in that
 * window (2) or somewhere in the article (1: "Taiwan" for "President William Lai"). Not a mention
 * whose title gives another people ("Chinese President Xi Jinping" is not Taiwan's). 0: no fit.
 */
function describedFit(
  name: string,
  article: readonly string[][],
  { head, qualifiers }: DescribedSpeaker,
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
      if (bare(written) !== name) return;
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
function sameQualifier(qualifier: string, written: string): boolean {
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
