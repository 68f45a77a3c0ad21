import { capitalised } from '../text/capitalised.js';
import { fold, isDemonym, isOnePersonsName, isTitle } from '../text/names.js';
import { isStopWord, stem } from '../text/tokenize.js';
import { CALENDAR_NAME, ORG_NOUNS } from '../quotes/lexicon.js';
import { isPersonNoun } from '../quotes/subject.js';
import { lexiconType } from '../quotes/lexicon-types.js';
import { remembered } from '../quotes/article-names.js';
import { articleParagraphs } from './article-text.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import type { Passage } from './passages.js';

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
  /** Lowercase words before the head that say which one ("defence" in "defence minister"). */
  modifiers?: string[];
}

/** How similar two stemmed words are in meaning (0 when no model knows them). */
export type Relatedness = (a: string, b: string) => number;

/** A word of a description this similar to the head stands for it ("President" for "leader", 0.68). */
const RELATED_HEAD = 0.6;
/**
 * Offices of state and government: one asked for is that office, wherever the vectors put others
 * ("president" is no "Minister of National Defense"). Not a trade ("analyst", "envoy", "chief"),
 * whose near words may stand for it.
 */
const OFFICE =
  /^(?:president|minister|premier|chancellor|governor|mayor|king|queen|emperor|pope|senator)$/;

/** Ranks within an office, written as they are: a vice president is no President (0.83 near). */
const RANK = /^(?:vice|deputy|acting|assistant|associate|former|interim|first)$/;

/**
 * A modifier is written so or spelled otherwise ("defence", "defense": 0.85), not merely related
 * ("security", "policy": 0.68).
 */
const SAME_MODIFIER = 0.8;

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
  /^\p{Lu}/u.test(w) &&
  !isTitle(w) &&
  // "US" is no "us".
  (/^\p{Lu}{2,}$/u.test(w) || !isStopWord(w.toLowerCase())) &&
  !CALENDAR_NAME.test(w);

/**
 * A description's words with "of" and its qualifiers turned round as a possessive says them: "the
 * president of Taiwan" as "Taiwan the president", so one reading serves both. Words after "of"
 * that are not all qualifiers ("the head of the ministry") are left as they are.
 */
export function ofAsPossessive(words: readonly string[]): string[] {
  // The first "of": "the governor of the Bank of England" is the Bank of England's governor.
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of < 1) return [...words];
  const after = words.slice(of + 1).filter((w) => !/^(?:the|of)$/i.test(w));
  if (after.length === 0 || !after.every(isQualifier)) return [...words];
  return [...after, ...words.slice(0, of)];
}

/** A word of a question as written, without the punctuation around it and a possessive's "'s". */
export function bareWord(word: string): string {
  return owner(word).replace(/[^\p{L}\p{N}'’-]/gu, '');
}

/** A word without the punctuation around it. */
export const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** A word without the punctuation around it nor a possessive's "'s" ("Putin’s": "Putin"). */
export const owner = (w: string): string => bare(w).replace(/['’]s$/u, '');
/** Whether a word ends its sentence: not an initial or a title's abbreviation ("V.", "Dr."). */
export const ends = (w: string): boolean =>
  /[.!?]["”’]?$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !isTitle(w.slice(0, -1));

/** Whether an article writes every qualifier (or its people's or country's name). */
const writesAll = (article: ReadArticle, qualifiers: readonly string[]): boolean =>
  qualifiers.every((q) => [...article.at.keys()].some((w) => sameQualifier(q, w)));

/** An article's paragraphs as words, and where each word (without a possessive) is written. */
export interface ReadArticle {
  words: readonly string[][];
  /** [paragraph, word] positions by the word as `owner` reads it. */
  at: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

/** Reads an article's paragraphs once for describedFit. */
export function readArticle(paragraphs: readonly string[]): ReadArticle {
  const words = paragraphs.map((p) => p.split(/\s+/));
  const at = new Map<string, [number, number][]>();
  words.forEach((list, p) =>
    list.forEach((w, i) => {
      const key = owner(w);
      const places = at.get(key);
      if (places) places.push([p, i]);
      else at.set(key, [[p, i]]);
    }),
  );
  return { words, at };
}

/**
 * How well the one a name's last word stands for fits a description, by what an article writes
 * beside one of its mentions (describingWords): the head itself (2) or a word related to it (1:
 * "Russian President Vladimir Putin" for "leader"), plus the qualifiers, all among those words or
 * none asked (2), or somewhere else (1, `qualifiedElsewhere`: "Taiwan" for "President William
 * Lai"). 0: no fit. Whom a title gives another people is left out before (DescribedArticles).
 */
function describedFit(
  name: string,
  article: ReadArticle,
  { head, qualifiers, modifiers = [] }: Description,
  related: Relatedness,
  { qualifiedElsewhere }: { qualifiedElsewhere: boolean },
): number {
  const headStem = stem(head);
  const office = OFFICE.test(head);
  // Written elsewhere, a country's name tells an office's holder ("Taiwan" for "President
  // William Lai") or a body ("Taiwan's defense ministry"), and a people a trade's ("the Chinese
  // analyst"); a place does not tell a trade's: "the Harbin professor" is no professor in Beijing
  // whose article visits Harbin.
  const elsewhere =
    qualifiedElsewhere && (office || !isPersonNoun(head) || qualifiers.every(isDemonym));
  // Read as the article's words are: "longest-serving" folds to "longest serving" on both sides.
  const modifierStems = modifiers.map((m) => stem(fold(m).toLowerCase()));
  const qualifies = (words: readonly string[]): boolean =>
    qualifiers.every((q) => words.some((w) => sameQualifier(q, bare(w))));
  let best = 0;
  for (const [p, i] of article.at.get(name) ?? []) {
    const paragraph = article.words[p]!;
    const window = describingWords(paragraph, i);
    const stems = window.map((w) => stem(fold(bare(w)).toLowerCase()));
    // "defence minister": a Minister of National Defense, not of Foreign Affairs.
    const modified = modifierStems.every((m, k) =>
      stems.some(
        (s) =>
          s === m || (!RANK.test(modifiers[k]!) && s.length > 2 && related(m, s) >= SAME_MODIFIER),
      ),
    );
    if (!modified) continue;
    let headFit = name === head ? 2 : 0;
    for (const s of stems) {
      if (headFit === 2) break;
      if (s === headStem) headFit = 2;
      // An office asked for is that office, however near the vectors put others ("president":
      // not the "Minister of National Defense", whose "National" is 0.64 near); a word for any
      // ("leader") relates to either.
      else if (!office && s.length > 2 && related(headStem, s) >= RELATED_HEAD) headFit = 1;
    }
    const qualifierFit = qualifies(window) ? 2 : elsewhere ? 1 : 0;
    if (headFit > 0 && qualifierFit > 0) best = Math.max(best, headFit + qualifierFit);
  }
  return best;
}

/**
 * Whether the title before the name at position `i` gives it another people or country than the
 * qualifiers ("Chinese President Xi Jinping", "US President Donald Trump" for "Taiwan's
 * president"): its capitalised words right before it.
 */
function titledOtherwise(
  words: readonly string[],
  i: number,
  qualifiers: readonly string[],
): boolean {
  if (qualifiers.length === 0) return false;
  let t = i;
  while (t > 0 && !ends(words[t - 1]!) && !/[,;:)]$/.test(words[t - 1]!)) {
    if (!/^(?:\p{Lu}|of$)/u.test(bare(words[t - 1]!))) break;
    t--;
  }
  // The words before the title's last word: "Russian" of "Russian President Vladimir Putin", not
  // the name's own ("Santiago Baca Ortiz").
  let title = -1;
  for (let j = t; j < i; j++) if (isTitle(bare(words[j]!))) title = j;
  for (let j = t; j < title; j++) {
    const w = bare(words[j]!);
    if (isPlaceOrPeople(w) && !qualifiers.some((q) => sameQualifier(q, w))) return true;
  }
  return false;
}

/**
 * The words describing the name at position `i` of a paragraph: up to five before it in its
 * clause ("Moscow-based foreign policy expert Fyodor Lukyanov", "Russian President Vladimir
 * Putin") or in a phrase set off before the name ("an openly gay mayor, Ed Murray"), and the
 * phrase set off after it ("Galauskas, a security expert at the Atlantic Council,"); not the rest
 * of its sentence, which may describe others ("CIA Director William Burns said that Chinese
 * President Xi…").
 */
function describingWords(words: readonly string[], i: number): string[] {
  let from = i;
  while (from > Math.max(0, i - 5)) {
    const w = words[from - 1]!;
    const lower = bare(w);
    if (ends(w) || w.endsWith(',') || (isStopWord(lower) && !/^(?:of|for)$/.test(lower))) break;
    from--;
  }
  // "an openly gay mayor, Ed Murray,", "Portugal's then current President, Cavaco Silva": the
  // phrase set off before the name.
  let run = i;
  while (run > 0 && /^\p{Lu}/u.test(words[run - 1]!) && !/[,.]$/.test(words[run - 1]!)) run--;
  if (from >= run && run > 0 && words[run - 1]!.endsWith(',') && !ends(words[run - 1]!)) {
    from = Math.max(0, run - 6);
    for (let j = run - 2; j >= from; j--) {
      if (ends(words[j]!) || words[j]!.endsWith(',')) {
        from = j + 1;
        break;
      }
    }
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
 * for "Russia", "Chinese" for "China", "Taiwanese" for "Taiwan", "French" for "France".
 */
export function sameQualifier(qualifier: string, written: string): boolean {
  // A country or a people is written with its capital ("told us" is no "US").
  if (!/^\p{Lu}/u.test(written)) return false;
  // "Moscow-based" qualifies as "Moscow" does.
  const read = (w: string): string => fold(w.replace(/-based$/i, '')).toLowerCase();
  const [a, b] = [read(qualifier), read(written)];
  if (a === b || PEOPLES.get(a) === b || PEOPLES.get(b) === a) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  for (const base of [short, short.slice(0, -1)]) {
    if (long.startsWith(base) && PEOPLE_ENDING.test(long.slice(base.length))) return true;
  }
  return false;
}

/** Peoples no ending makes of their country's name. */
const PEOPLES = new Map(
  Object.entries({
    france: 'french',
    turkey: 'turkish',
    britain: 'british',
    uk: 'british',
    england: 'english',
    scotland: 'scottish',
    wales: 'welsh',
    ireland: 'irish',
    netherlands: 'dutch',
    holland: 'dutch',
    spain: 'spanish',
    sweden: 'swedish',
    denmark: 'danish',
    finland: 'finnish',
    poland: 'polish',
    switzerland: 'swiss',
    greece: 'greek',
    thailand: 'thai',
    philippines: 'filipino',
    somalia: 'somali',
    us: 'american',
    usa: 'american',
    peru: 'peruvian',
    norway: 'norwegian',
  }),
);

/** How a people's or a country's name ends past what the two share. */
const PEOPLE_ENDING = /^(?:n|an|ian|ese|nese|i|ish|ic|y)$/;

/** The weakest fit of a description: a word related to the head, the qualifiers elsewhere. */
export const WEAK_FIT = 2;

/**
 * The passages of `ranked` naming someone (as `namesIn` reads a passage's text, with the paragraph
 * before it) who fits `description` by at least `min`: those fitting best, or with `all` every
 * one in their order; none is an honest silence. With `across`, the qualifiers may be written in
 * another of these articles naming the same surname ("Taiwan" in one that writes "President
 * William Lai", not in the one where he speaks), and a name fits as in the article describing it
 * best; else in the passage's own article.
 */
export function keepDescribed<T extends { entry: IndexedPassage }>(
  index: PassageIndex,
  description: Description,
  ranked: T[],
  related: Relatedness,
  namesIn: (passage: Passage, before: () => string) => string[],
  {
    min,
    across,
    all = false,
    named,
  }: {
    min: number;
    across: boolean;
    /** Keep every passage fitting by `min`, in their order, not only the best fitting. */
    all?: boolean;
    named?: (item: T, name: string) => void;
  },
): T[] {
  const described = new DescribedArticles(
    index,
    ranked.map(({ entry }) => entry.passage.articleId),
    description,
    related,
  );
  const bestNames: string[] = [];
  const fits = ranked.map(({ entry: { passage } }, n) => {
    const before = (): string =>
      described.words(passage.articleId)[passage.paragraph - 2]?.join(' ') ?? '';
    // Across articles, one person's name ("Putin") is as well described in this passage as anywhere.
    const fit = (name: string): number =>
      across && isOnePersonsName(name)
        ? described.bestFit(name)
        : described.fit(name, passage.articleId, { across });
    let most = 0;
    for (const name of namesIn(passage, before)) {
      const f = fit(name);
      if (f > most) [most, bestNames[n]] = [f, name];
    }
    return most;
  });
  const best = Math.max(0, ...fits);
  if (best < min) return [];
  const kept: T[] = [];
  ranked.forEach((item, i) => {
    if (all ? fits[i]! < min : fits[i] !== best) return;
    kept.push(item);
    named?.(item, bestNames[i]!);
  });
  return kept;
}

/** The fit a name needs to answer who someone described is: the head and the qualifiers shown. */
export const WHO_FIT = 3;

/** "Who is Taiwan's president?", "Who is the president of Portugal?": the rest describes someone. */
const ASKS_WHO = /^\W*who\s+(?:is|was|are|were)\s+(.+?)[\s?.!]*$/i;
/** Words that say when someone held the role: another than any named now may be meant. */
const WHEN_HELD = /^(?:first|last|former|previous|next|late|future|founding|original)$/;
/** Words that add nothing to which one: "the current president". */
const NOW = /^(?:current|currently|present|now|new|recent|incumbent|sitting|the|a|an)$/;

/**
 * Whom a "who is …" question describes by an office (a title's noun) of a country or a people:
 * "Taiwan's president", "the Russian president", "Russia's defence minister" (with "defence" as a
 * modifier), "the president of Portugal". Null for a name ("Who is Galauskas?"), a relation
 * ("Kerry's running mate"), an organisation's office ("the director of the CIA"), a description
 * nothing capitalised narrows ("Who was the first president of the university?") and one of
 * another time ("the former president").
 */
export function askedWho(question: string): Description | null {
  const phrase = ASKS_WHO.exec(question)?.[1];
  if (!phrase) return null;
  const words = phrase.split(/\s+/).map(bareWord).filter(Boolean);
  const of = words.indexOf('of');
  const before = of >= 0 ? words.slice(0, of) : words;
  const after = of >= 0 ? words.slice(of + 1).filter((w) => !NOW.test(w)) : [];
  const head = before.at(-1) ?? '';
  // An office ("president", "minister"), not a relation ("son", "running mate", "designer").
  if (!/^\p{Ll}/u.test(head) || !isTitle(capitalised(head))) return null;
  if (after.some((w) => !isQualifier(w))) return null;
  const qualifiers = [...before.slice(0, -1).filter(isQualifier), ...after];
  // Only a determiner, qualifiers and a modifier before the noun: not "considered to be the…".
  if (before.slice(0, -1).some((w) => !NOW.test(w) && !isQualifier(w) && isStopWord(w)))
    return null;
  const modifiers = before
    .slice(0, -1)
    .filter((w) => /^\p{Ll}/u.test(w) && !NOW.test(w) && !isStopWord(w));
  // One word at most saying which ("defence minister"): a longer phrase is no title.
  if (qualifiers.length === 0 || modifiers.length > 1 || modifiers.some((w) => WHEN_HELD.test(w)))
    return null;
  // Of a country or a people ("Taiwan's", "the Russian"), as news titles officials: not a
  // person's ("Kerry's commander") nor an organisation's, whose offices articles seldom title so.
  if (!qualifiers.every(isPlaceOrPeople)) return null;
  return modifiers.length > 0 ? { head, qualifiers, modifiers } : { head, qualifiers };
}

/** A country's or a people's name: "Taiwan", "Russian", "US". */
export const isPlaceOrPeople = (w: string): boolean =>
  isDemonym(w) || lexiconType(w) === 'place' || w === 'US';

/** The last words of the names a passage writes, but for the description's own qualifiers. */
export function namesWritten(text: string, { qualifiers }: Description): string[] {
  return lastNameWords(
    text,
    (w) => isQualifier(w) && !isDemonym(w) && !qualifiers.some((q) => sameQualifier(q, w)),
  );
}

/** The words of `text` that `isName` takes, each the last of its run of them (possessives read off). */
export function lastNameWords(text: string, isName: (word: string) => boolean): string[] {
  const words = text.split(/\s+/);
  const out = new Set<string>();
  words.forEach((word, i) => {
    const w = owner(word);
    if (isName(w) && (ends(word) || !isName(owner(words[i + 1] ?? '')))) out.add(w);
  });
  return [...out];
}

/**
 * Some articles read for one description, word by word, and how well a name fits it in each
 * (describedFit), with what the other articles say of the same name: the qualifiers written in
 * one that names them (`across`), or another people in a title ("Russian President Vladimir
 * Putin" is not who "Taiwan's president" is where another article titles him only "President").
 */
export class DescribedArticles {
  private readonly articles = new Map<string, ReadArticle>();
  private readonly qualified = new Map<string, boolean>();
  private readonly qualifiedIn = new Map<string, boolean>();
  private readonly others = new Map<string, boolean>();
  private readonly fits = new Map<string, number>();

  constructor(
    index: PassageIndex,
    ids: Iterable<string>,
    private readonly description: Description,
    private readonly related: Relatedness,
  ) {
    for (const id of ids) {
      if (!this.articles.has(id))
        this.articles.set(id, readArticle(articleParagraphs(index, id) ?? []));
    }
  }

  /** An article's paragraphs as words (none when it is not among them). */
  words(articleId: string): readonly string[][] {
    return this.articles.get(articleId)?.words ?? [];
  }

  /**
   * How well `name` fits the description in an article (0 when it is not among them), the
   * qualifiers written in that article or, `across`, in any of them naming the same name.
   */
  fit(name: string, articleId: string, { across }: { across: boolean }): number {
    return remembered(this.fits, `${articleId}\n${name}\n${across}`, () => {
      const article = this.articles.get(articleId);
      if (!article || this.ofOtherPeople(name, articleId)) return 0;
      const qualifiedElsewhere = across
        ? this.qualifiedSomewhere(name)
        : this.writesQualifiers(articleId);
      return describedFit(name, article, this.description, this.related, { qualifiedElsewhere });
    });
  }

  /**
   * How well `name` fits the description in the article that describes them so best ("Russian
   * President Vladimir Putin" in one, "President Vladimir V. Putin" in another): the one person
   * the name stands for in all of them.
   */
  bestFit(name: string): number {
    let best = 0;
    for (const [id, article] of this.articles)
      if (article.at.has(name)) best = Math.max(best, this.fit(name, id, { across: true }));
    return best;
  }

  private writesQualifiers(articleId: string): boolean {
    return remembered(this.qualified, articleId, () => {
      const article = this.articles.get(articleId);
      return !!article && writesAll(article, this.description.qualifiers);
    });
  }

  private qualifiedSomewhere(name: string): boolean {
    return remembered(this.qualifiedIn, name, () =>
      [...this.articles].some(([id, a]) => a.at.has(name) && this.writesQualifiers(id)),
    );
  }

  /**
   * Whether any article titles `name` with another people; for a name that is not one person's
   * everywhere (isOnePersonsName), only its own article.
   */
  private ofOtherPeople(name: string, articleId: string): boolean {
    const { qualifiers } = this.description;
    const own = !isOnePersonsName(name);
    const titled = (a: ReadArticle | undefined): boolean =>
      (a?.at.get(name) ?? []).some(([p, i]) => titledOtherwise(a!.words[p]!, i, qualifiers));
    return remembered(this.others, own ? `${articleId}\n${name}` : name, () =>
      own ? titled(this.articles.get(articleId)) : [...this.articles.values()].some(titled),
    );
  }
}
