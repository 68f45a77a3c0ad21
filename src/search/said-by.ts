import { editDistance, fold, isAnyGivenName, isTitle, typoBudget } from '../text/names.js';
import { isAdjective, isPlainWord, lexiconType } from '../quotes/lexicon-types.js';
import { isLikeliestVerb } from '../text/lexicon-words.js';
import { isStopWord, termOf } from '../text/tokenize.js';
import { isInvertibleVerb, isReportingVerb } from '../quotes/verbs.js';
import { isPersonNoun } from '../quotes/subject.js';
import {
  bare,
  bareWord,
  ends,
  isDescriptionHead,
  isPlaceOrPeople,
  isQualifier,
  keepDescribed,
  lastNameWords,
  ofAsPossessive,
  owner,
  sameQualifier,
  type Description,
  type Relatedness,
  WEAK_FIT,
} from './described.js';
import { articleParagraphs } from './article-text.js';
import { remembered } from '../quotes/article-names.js';
import { PREPOSITIONS } from '../quotes/lexicon.js';
import { listsOf, postingsOf } from './postings.js';
import type { IndexedPassage, PassageIndex } from './index.js';
import type { Passage } from './passages.js';
import type { Referent } from '../text/referents.js';

/**
 * "What did Kim Jong Un say to Putin at the spaceport?": a question asking what someone said is
 * answered only by a passage where they speak. Ranked by its words, it found the paragraph that
 * names Kim Jong Un as Putin's guest, which answers nothing.
 */
const ASKS_SAID = /^\s*what\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|tell|tweet|post)\b/i;

/**
 * A "what did X say" question asked of `name` in place of X: "What did the Russian president say
 * about Xi?" as "What did Putin say about Xi?".
 */
export function askedOf(question: string, name: string): string {
  return question.replace(ASKS_SAID, (said, asked: string) => said.replace(asked, name));
}

/** The words naming whom a "what did X say" question asks about ("Kim", "Jong", "Un"); else null. */
export function speakerAsked(question: string): string[] | null {
  const asked = ASKS_SAID.exec(question)?.[1];
  if (!asked) return null;
  // A described speaker's words are no name ("the Russian leader": not "Russian").
  if (speakerDescribed(question)) return null;
  // A name typed in lowercase ("what did putin say about xi") is read in lowercase.
  const named = /\p{Lu}/u.test(asked) ? /^\p{Lu}/u : /^\p{Ll}/u;
  const words = asked
    .split(/\s+/)
    .map(bareWord)
    .filter((w) => named.test(w) && !isTitle(w) && !isStopWord(w.toLowerCase()));
  return words.length > 0 ? words : null;
}

/** How many, which says nothing of who: "the two leaders". */
const COUNTS = /^(?:two|three|four|five|both|several|many)$/;

/** "the two heads of state": leaders. */
const HEADS_OF_STATE = /\bheads? of state$/i;

/**
 * The speaker a "what did … say" question describes by a noun, if it does: "What did the Russian
 * leader say…", "What did Taiwan's president say…". Their capitalised words, taken for a name,
 * kept only passages where "Taiwan" or "Russian" spoke, and none did.
 */
export function speakerDescribed(question: string): Description | null {
  const asked = ASKS_SAID.exec(question)?.[1]?.replace(HEADS_OF_STATE, 'leaders');
  if (!asked) return null;
  const words = ofAsPossessive(asked.split(/\s+/).map(bareWord).filter(Boolean));
  const head = words.at(-1)?.toLowerCase() ?? '';
  // A name's word ends it ("the European Union"), or no noun does ("Putin really").
  if (!isDescriptionHead(head) || words.at(-1) !== head) return null;
  const before = words.slice(0, -1);
  const qualifiers = before.filter(isQualifier);
  // "Russia's defence minister": not its foreign minister.
  const modifiers = before.filter((w) => /^\p{Ll}/u.test(w) && !isStopWord(w) && !COUNTS.test(w));
  return modifiers.length > 0 && modifiers.length <= 2
    ? { head, qualifiers, modifiers }
    : { head, qualifiers };
}

/** How far from a name its reporting verb may stand ("Galauskas, a security expert, said"). */
const REACH = 8;

/**
 * Whether a passage shows someone the words name speaking: a reporting verb in the same sentence
 * within a few words of one of them ("Galauskas said", "said Richard McGregor", "according to
 * Song"), or a pronoun's ("“…,” he added") in a passage or a paragraph before it that names them
 * (`before`, read only then). Where the quotation rules gave the passage's pronouns their speakers
 * (`pronouns`: "he added" is Marcus Galauskas), those names decide instead.
 */
export function speaksIn(
  text: string,
  names: readonly string[],
  before: string | (() => string) = '',
  pronouns: readonly Referent[] = [],
): boolean {
  return speakingAt(text, names, pronouns).length > 0 || pronounNear(text, names, before, pronouns);
}

/**
 * Where the quotation rules gave the passage's pronouns no speaker: whether a pronoun's
 * attribution ("“…,” he added") stands in a passage, or beside a paragraph before it, naming them.
 * The pronouns they gave someone else decide.
 */
function pronounNear(
  text: string,
  names: readonly string[],
  before: string | (() => string),
  pronouns: readonly Referent[],
): boolean {
  if (pronouns.length > 0 || !PRONOUN_SAYS.test(text)) return false;
  const named = namedAt(names);
  const mentions = (t: string): boolean => t.split(/\s+/).some((_, i, words) => named(words, i));
  return mentions(text) || mentions(typeof before === 'string' ? before : before());
}

/** Whether a question wrote the speaker it names with capitals: one typed in lowercase may be no name. */
export const writtenAsName = (words: readonly string[]): boolean =>
  words.some((w) => /\p{Lu}/u.test(w));

/**
 * Where in `text` someone the words name is shown speaking: each of their words a reporting verb
 * shows speaking ("Putin told"), and each pronoun the quotation rules gave them ("He praised…").
 * The excerpt of a "what did X say" answer opens on one of these sentences.
 */
export function speakingAt(
  text: string,
  names: readonly string[],
  pronouns: readonly Referent[],
): number[] {
  const named = namedAt(names);
  const words: string[] = [];
  const starts: number[] = [];
  const quoted: boolean[] = [];
  let inside = false;
  for (const m of text.matchAll(/\S+/g)) {
    const word = m[0];
    if (/^[([]?[“"]/.test(word)) inside = true;
    words.push(word);
    starts.push(m.index);
    quoted.push(inside);
    if (/[”"]\P{L}*$/u.test(word)) inside = false;
  }
  // A name inside a quotation is quoted, not speaking ("“Ethan Polk. Say it with me.”").
  const at = starts.filter((_, i) => !quoted[i] && named(words, i) && speaksAt(words, i));
  for (const r of pronouns)
    if (r.name.split(' ').some((_, k, nameWords) => named(nameWords, k))) at.push(r.start);
  return at.sort((a, b) => a - b);
}

/**
 * Whether the word at `i` names whom `names` do: one of their words, but a word before the last
 * not before another name's ("William" of "William Lai" is not "CIA Director William Burns"),
 * and the last not after another given name ("Polk" of "Renee Polk" is not Ethan Polk).
 */
function namedAt(names: readonly string[]): (words: readonly string[], i: number) => boolean {
  const isNamed = namedBy(names);
  const last = namedBy(names.slice(-1));
  const other = (word: string | undefined): boolean =>
    word !== undefined && isCapitalised(word) && !isNamed(bare(word));
  // Not a title that is a given name too ("Dean", "Marshal"), nor another form of the one asked
  // ("Joseph" of "Joe Biden", "Vladimir" of "Volodymyr Zelenskyy"): the same first letter.
  const initials = new Set(names.slice(0, -1).map((n) => fold(n).charAt(0)));
  const otherGiven = (word: string | undefined): boolean => {
    if (!other(word) || /[,;:.!?”"]$/.test(word!)) return false;
    const given = bare(word!);
    return isAnyGivenName(given) && !isTitle(given) && !initials.has(fold(given).charAt(0));
  };
  // A name of several words asked with capitals, written in lowercase, is written whole ("the
  // foreign ministry said" for the Foreign Ministry), not one word of it alone ("a defense
  // institute CEO said" is no Lowy Institute's).
  const capitals = names.length > 1 && names.some(isCapitalised);
  const besideAnother = (words: readonly string[], i: number): boolean =>
    [words[i - 1], words[i + 1]].some((w) => w !== undefined && isNamed(bare(w)));
  return (words, i) => {
    const word = bare(words[i]!);
    if (!isNamed(word)) return false;
    if (capitals && /^\p{Ll}/u.test(word) && !besideAnother(words, i)) return false;
    if (names.length < 2) return true;
    if (last(word)) return !otherGiven(words[i - 1]);
    return !other(words[i + 1]);
  };
}

/** Whether a word is one of `names`, as a question may spell them: without diacritics, or misspelt ("Galauskás", "Galauskis"). */
function namedBy(names: readonly string[]): (word: string) => boolean {
  const asked = names.map((n) => fold(n));
  return (word) => {
    const w = fold(word.replace(/['’]s$/u, ''));
    return asked.some(
      (n) => n === w || (w.length > 4 && editDistance(n, w) <= typoBudget(w.length)),
    );
  };
}

/** "“…,” he added": a pronoun's attribution after a quotation. */
const PRONOUN_SAYS = /[”"’],?\s+(?:he|she|they)\s+\p{Ll}+/u;

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Prepositions: a name after one is no subject ("in April said", "with the BBC said"; "After a
 * call with Putin, the minister… said").
 */
const PREPOSITION =
  /^(?:in|on|at|from|of|for|to|by|since|until|during|near|with|after|before|about)$/i;

/** Whether a word closes a quotation ("Putin,”"): a name inside one is not who speaks after it. */
const closesQuote = (word: string): boolean => /[”"]$|[,.!?]’$/.test(word);

/**
 * Whether the capitalised words ending at `end` follow a preposition, over articles and other
 * capitalised words ("in an interview with the BBC", "in the Oval Office").
 */
function afterPreposition(words: readonly string[], end: number): boolean {
  for (let j = end; j >= 0; j--) {
    const w = bare(words[j]!);
    if (PREPOSITION.test(w)) return true;
    if (!isCapitalised(w) && !/^(?:the|a|an)$/i.test(w)) return false;
    if (j < end && /[,;:]$/.test(words[j]!)) return false;
  }
  return false;
}

/** How long a description set off after a name may run before its verb ("Wishnik, a senior…, said"). */
const SET_OFF_REACH = 24;

/** Whether the word at `i` is shown speaking by a reporting verb beside it, in its sentence. */
function speaksAt(words: readonly string[], i: number): boolean {
  // The name's own words run on while capitalised ("Xi Jinping said"), to a comma or the end of
  // a quotation ("…do for Putin,” Galauskas said": Putin is quoted, not speaking).
  let run = i;
  while (
    run + 1 < words.length &&
    !/[,;:)]$/.test(words[run]!) &&
    !closesQuote(words[run]!) &&
    isCapitalised(words[run + 1]!)
  )
    run++;
  // "Putin’s spokesman said", "Ethan Polk’s mother, Renee Polk, said": an owner, not the speaker;
  // "Putin’s said" is "has said".
  if (/['’]s$/u.test(words[run]!) && !isReportingVerb(bare(words[run + 1] ?? ''))) return false;
  // A capitalised word past that run, right before the verb, is someone else's ("Underlining his
  // ties with Xi, Putin told…"), unless joined to the name ("Putin and Xi said", "Putin, Xi and
  // Modi said") or after a preposition ("Wei Fenghe in April said", "…with the BBC said").
  const someoneElse = (j: number): boolean => {
    if (j - 1 <= run || !/^\p{Lu}[^,;:)]*$/u.test(words[j - 1]!)) return false;
    const between = words.slice(run + 1, j);
    const joined =
      /^(?:and|&)$/.test(between[0] ?? '') ||
      (words[run]!.endsWith(',') &&
        between.includes('and') &&
        between.every((w) => w === 'and' || isCapitalised(w)));
    return !joined && !afterPreposition(words, j - 1);
  };
  for (let j = i + 1; j < Math.min(words.length, i + REACH); j++) {
    if (closesQuote(words[j - 1]!)) break;
    if (isReportingVerb(bare(words[j]!).toLowerCase())) return !someoneElse(j);
    if (ends(words[j]!)) break;
  }
  // "Elizabeth Wishnik, a senior research scientist at the Center for Naval Analyses in Virginia,
  // said": past a description set off by commas after the name's run, the verb right after its
  // closing comma; not after a preposition ("After a call with Putin, the minister, who…, said").
  let start = i;
  while (start > 0 && isCapitalised(words[start - 1]!) && !/[,;:.]$/.test(words[start - 1]!))
    start--;
  if (words[run]!.endsWith(',') && !PREPOSITION.test(bare(words[start - 1] ?? ''))) {
    for (let j = run + 1; j < Math.min(words.length - 1, run + SET_OFF_REACH); j++) {
      if (ends(words[j]!) || closesQuote(words[j]!)) break;
      if (words[j]!.endsWith(',') && isReportingVerb(bare(words[j + 1]!).toLowerCase()))
        return true;
    }
  }
  // Before it, only a verb that stands before its subject, right before the name and its titles:
  // "said Dr. Richard McGregor", "according to Song" (not "Galauskas said the trip… when Putin
  // hosted Kim Jong Un", nor "He praised Xi", whose Xi is praised). The verb is lowercase and the
  // titles run without a comma: not "St. Petersburg State University, Mr. Putin’s alma mater".
  const according = (j: number): boolean => /^according$/i.test(bare(words[j] ?? ''));
  // "said hydrologist Ingrid Solberg", "says noted historian Mary Beard", "said council president
  // Maria Lopez": a role between the verb and the name, a person's noun and the adjectives and
  // nouns before it; not "said fans praising striker Erling Haaland", whose striker is praised
  // (review of e5982f6), nor "said fans cheered…", "said aides blame…", "said witnesses near…".
  let role = start;
  if (isPersonNoun(bare(words[role - 1] ?? '')) && !/,$/.test(words[role - 1]!)) {
    while (role > 0 && start - role < 3 && isRoleWord(words[role - 1]!)) role--;
  }
  const roleWords = start - role;
  for (let j = i - 1; j >= Math.max(0, i - 4 - roleWords) && !ends(words[j]!); j--) {
    if (j < start && j >= role) continue;
    const w = bare(words[j]!);
    // Set off from what comes before it ("“…,” said Dr. McGregor"): not a noun's modifier
    // spelled as a verb ("a Chinese state broadcaster").
    if (/^\p{Ll}/u.test(w) && isInvertibleVerb(w) && setOff(words, j)) return true;
    if (w === 'to' && according(j - 1)) return true;
    // "according to the Wall Street Journal": a body's name after its article, and the name's
    // end ("…Journal and South Korean media"), not a word before a noun ("according to the
    // Biden administration").
    if (w === 'the' && bare(words[j - 1] ?? '') === 'to' && according(j - 2))
      return endsName(words, run);
    if (!isCapitalised(w) || /,$/.test(words[j]!)) break;
  }
  return false;
}

/**
 * Whether a word may be part of a role before a name: a person's noun ("fellow"), an adjective
 * ("senior", "noted") or a noun ("council", "state"); not a form in -ing, a preposition ("near",
 * "outside"), a stop word, nor a word likeliest a verb ("blame") or in -ed and no adjective
 * ("cheered").
 */
function isRoleWord(w: string): boolean {
  if (
    !/^\p{Ll}[\p{L}-]*$/u.test(w) ||
    w.endsWith('ing') ||
    ROLE_PREPOSITIONS.has(w) ||
    isStopWord(w)
  )
    return false;
  if (isPersonNoun(w) || isAdjective(w)) return true;
  return !w.endsWith('ed') && !isPlainWord(w) && !isLikeliestVerb(w);
}

/**
 * English's prepositions, some of which a lexicon also lists as adjectives ("near", "outside"):
 * the quotation rules' and those they have no need of.
 */
const ROLE_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  ...(
    'above after against alongside amidst amongst as atop before below beneath besides between down ' +
    'except nearby next off onto opposite out past per round since through till underneath ' +
    'unlike until up versus via'
  ).split(' '),
]);

/** Whether the word at `j` opens its text or follows a comma, colon or quotation's end. */
const setOff = (words: readonly string[], j: number): boolean =>
  j === 0 || /[,:;”"’'»›“]$/.test(words[j - 1]!);

/** Whether a name's words end at `run`: at punctuation, the text's end or a joining word. */
function endsName(words: readonly string[], run: number): boolean {
  const next = words[run + 1];
  return /[,;:.!?)”"’]$/.test(words[run]!) || !next || /^(?:and|or|which|who|that)$/.test(next);
}

/**
 * The passages, of those ranked for a "what did X say" question (Query.speaker), where X speaks;
 * the paragraph before each is read only for a pronoun's attribution.
 */
export function spokenIn<T extends Speaking>(
  index: PassageIndex,
  speaker: readonly string[],
  ranked: T[],
  pronouns: PronounSpeakers = () => [],
): T[] {
  const namesake = namesakeIn(index, speaker);
  return ranked.filter((item) => {
    const { passage } = item.entry;
    const own = pronouns(passage);
    const before = (): string =>
      articleParagraphs(index, passage.articleId, passage.paragraph)?.at(-1) ?? '';
    const at = speakingAt(passage.text, speaker, own);
    if (at.length === 0 && !pronounNear(passage.text, speaker, before, own)) return false;
    // Read only for a passage where the name speaks: the whole article is read for it.
    if (namesake(passage.articleId)) return false;
    item.speaks = at;
    return true;
  });
}

/**
 * Whether an article's `surname` is another person than the one asked by their given names:
 * "What did Ferdinand Marcos say?" is not answered by "…,” Marcos said" where the article names
 * only Imelda Marcos. An article writing the surname with no given name ("Mr. Marcos") may be
 * theirs; a question of the surname alone asks of anyone so named.
 */
function namesakeIn(
  index: PassageIndex,
  speaker: readonly string[],
): (articleId: string) => boolean {
  const surname = speaker.at(-1);
  const given = speaker.slice(0, -1).filter((w) => !isTitle(w));
  if (!surname || given.length === 0) return () => false;
  const asked = namedBy(given);
  const found = new Map<string, boolean>();
  return (articleId) =>
    remembered(found, articleId, () => {
      const mentions = givenNamesOf(articleParagraphs(index, articleId) ?? [], surname);
      // "Home News Putin’s China visit" opens with no one's given names.
      const named = mentions.filter((m) => m.some((w) => isAnyGivenName(w)));
      return named.length > 0 && !named.some((m) => m.some(asked));
    });
}

/**
 * The given names written before each mention of `surname` in `paragraphs`: the capitalised
 * words right before it that are no title ("Vladimir" and "V." of "President Vladimir V.
 * Putin"; none of "Mr. Putin" or a sentence opening on "Putin").
 */
export function givenNamesOf(paragraphs: readonly string[], surname: string): string[][] {
  const out: string[][] = [];
  const isSurname = namedBy([surname]);
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/\s+/);
    words.forEach((word, i) => {
      if (!isCapitalised(word) || !isSurname(owner(word))) return;
      const given: string[] = [];
      for (let j = i - 1; j >= 0 && given.length < 3; j--) {
        const w = words[j]!;
        if (
          !isCapitalised(w) ||
          isTitle(w) ||
          /[,;:!?]$/.test(w) ||
          ends(w) ||
          isStopWord(w.toLowerCase())
        )
          break;
        given.unshift(bare(w));
      }
      out.push(given);
    });
  }
  return out;
}

/** A ranked passage, and where in it the person asked about speaks (set by said-by). */
interface Speaking {
  entry: IndexedPassage;
  speaks?: number[];
  describes?: string;
}

/**
 * The pronoun attributions of a passage whose speakers the quotation rules found ("“…,” he
 * added": Marcus Galauskas), where they stand; empty where they found none.
 */
export type PronounSpeakers = (passage: Passage) => readonly Referent[];

/**
 * The passages, of those ranked for a question about a described speaker (Query.described),
 * where someone the articles describe so speaks: "Putin told…" for "the Russian leader", as an
 * article wrote "Russian President Vladimir Putin"; "Galauskas said" for "the Atlantic Council
 * expert" ("Galauskas, a security expert at the Atlantic Council"). Only the passages whose
 * speaker fits best are kept (describedFit); none that fits is an honest silence.
 */
export function spokenByDescribed<T extends Speaking>(
  index: PassageIndex,
  described: Description,
  ranked: T[],
  related: Relatedness,
  pronouns: PronounSpeakers = () => [],
): T[] {
  const speakers = (passage: Passage, before: () => string): string[] =>
    speakingNames(passage.text, before, described, pronouns(passage));
  return keepDescribed(index, described, ranked, related, speakers, {
    min: WEAK_FIT,
    across: true,
    named: (item, name) => {
      const { passage } = item.entry;
      item.speaks = speakingAt(passage.text, [name], pronouns(passage));
      item.describes = name;
    },
  });
}

/**
 * Who a passage shows speaking: the last word of a name beside a reporting verb ("Putin told",
 * "said Richard McGregor": "McGregor"), the described noun itself ("the president said"), and
 * after a pronoun's attribution ("“…,” he added") every name's last word in the passage and the
 * paragraph before it.
 */
function speakingNames(
  text: string,
  before: () => string,
  { head, qualifiers }: Description,
  pronouns: readonly Referent[],
): string[] {
  const out = new Set<string>();
  // "Taiwan's defense ministry": Taiwan qualifies whoever speaks, and no country or people is
  // the one described ("China maintains…" is no president's).
  const isNameWord = (w: string): boolean =>
    isQualifier(w) && !isPlaceOrPeople(w) && !qualifiers.some((q) => sameQualifier(q, w));
  const lastOfRun = (words: readonly string[], i: number): string => {
    let j = i;
    while (j + 1 < words.length && !ends(words[j]!) && isNameWord(owner(words[j + 1]!))) j++;
    return owner(words[j]!);
  };
  const words = text.split(/\s+/);
  words.forEach((word, i) => {
    const w = owner(word);
    if (!speaksAt(words, i)) return;
    if (w === head) out.add(w);
    else if (isNameWord(w)) out.add(lastOfRun(words, i));
  });
  // Whom the quotation rules found the pronouns stand for, else every name near a pronoun's
  // attribution.
  const named = pronouns.map((r) => r.name);
  const near = named.length > 0 ? named : PRONOUN_SAYS.test(text) ? [text, before()] : [];
  for (const t of near) for (const name of lastNameWords(t, isNameWord)) out.add(name);
  return [...out];
}

/** Nouns for texts, which "say" what they hold: a law, a treaty, a report. */
const TEXTS = new Set(
  (
    'act law bill constitution treaty charter code convention agreement accord declaration ' +
    'resolution regulation regulations directive decree ruling verdict manifesto bible book ' +
    'article guidelines report study survey poll statement communiqué memo letter document'
  ).split(' '),
);

/**
 * Whether a name's words say it is a text, which "says" what it holds ("the Satellite
 * Broadcasting Act", "the Constitution", "the joint statement"): it ends on a noun for one, and
 * no word is a given name or a person's by the lexicon. A person, an organisation or a newspaper
 * is no text ("Mr. Trump", "the Legislative Yuan", "the Washington Post").
 */
export function namesAThing(words: readonly string[]): boolean {
  const last = words.at(-1)?.toLowerCase() ?? '';
  const someone = (w: string): boolean => isAnyGivenName(w) || lexiconType(w) === 'person';
  return TEXTS.has(last) && !words.some(someone);
}

/**
 * How many passages naming someone `namedButSilent` reads at most before it says nothing: of those
 * the asker may see, so another server's additions never change what this one is told.
 */
const SILENT_READS = 400;

/**
 * Whether the articles `allow` accepts write the name `names` spell (its words together, as a
 * name: capitalised, not only opening a sentence) and show them speaking in none of the passages
 * holding it: why "What did Kim Jong Un say?" has no answer. False when they speak somewhere (the
 * question's topic found nothing), when the corpus never writes the name, or when too many
 * passages hold it to read.
 */
export function namedButSilent(
  index: PassageIndex,
  names: readonly string[],
  allow?: (articleId: string) => boolean,
  pronouns: PronounSpeakers = () => [],
): boolean {
  const vocab = index.vocabulary;
  const ids = names.map((w) => vocab.lookup(termOf(fold(w).toLowerCase()) ?? ''));
  if (ids.length === 0 || ids.some((id) => id < 0)) return false;
  // Every passage holding a word of the name: "Xi said" names Xi Jinping too.
  const postings = postingsOf(index);
  const seen = new Set<number>();
  let read = 0;
  let named = false;
  for (const id of new Set(ids)) {
    for (const { starts, docs } of listsOf(postings)) {
      if (id + 1 >= starts.length) continue;
      for (let d = starts[id]!; d < starts[id + 1]!; d++) {
        const n = docs[d]!;
        if (seen.has(n)) continue;
        seen.add(n);
        const { passage } = postings.entries[n]!;
        if (allow && !allow(passage.articleId)) continue;
        if (++read > SILENT_READS) return false;
        named ||= writesName(passage.text, names);
        if (speaksIn(passage.text, names, '', pronouns(passage))) return false;
      }
    }
  }
  return named;
}

/** Whether `text` writes the words of `names` together, capitalised, not only opening a sentence. */
function writesName(text: string, names: readonly string[]): boolean {
  const words = text.split(/\s+/);
  const asked = names.map((n) => fold(n));
  return words.some(
    (_, i) =>
      asked.every((n, k) => {
        const word = words[i + k];
        return word !== undefined && isCapitalised(word) && fold(owner(word)) === n;
      }) &&
      i > 0 &&
      !ends(words[i - 1]!),
  );
}
