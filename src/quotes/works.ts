/**
 * Who made a work whose title is in marks: a book's, an album's, a film's, a campaign's title is its
 * maker's words, kept as a scare quote with them as its speaker ("Hazel Tutcho’s debut novel, “The
 * Salt Year,”"). A title named in passing is nobody's: a show someone spoke on ("said on ABC’s “This
 * Week”"), a book someone is the author of (PolNeAR's annotators quote neither).
 */
import { isPossessive, ownerAt, POSSESSIVE_PRONOUN } from './attribution.js';
import { subjectAfter } from './clauses.js';
import { WORK_NOUNS } from './lexicon.js';
import { isCap, isPersonNoun, nameEndingAt, type Subject } from './subject.js';
import type { Token } from './tokens.js';
import { isTitle } from '../text/names.js';

/** Nouns for what someone makes under a title: the nouns for a work, and more. */
const MADE = new Set([
  ...WORK_NOUNS,
  ...(
    'novella biography autobiography collection anthology record single ep opera painting ' +
    'sculpture mural installation exhibition campaign cookbook poem debut project initiative'
  ).split(' '),
]);

/** Verbs of making before "by" after a title: "“Fourth and Forever,” directed by Anjali Ramaswamy". */
const MADE_BY =
  /^(?:directed|written|painted|produced|published|composed|created|illustrated|edited|curated|choreographed|recorded|designed|photographed|penned|co-written|self-published)$/;

/**
 * Verbs of making that give "a memoir, “…”" to the sentence's subject: "has turned four decades of
 * shift work into a memoir", "released a new album", "has written about it in a memoir". Not "was
 * reading a novel, “Purity,”".
 */
const MAKING =
  /^(?:wrote|written|writes|writing|released|releases|releasing|published|publishes|launched|launches|launching|turned|turns|recorded|records|made|makes|produced|directed|painted|composed|penned|self-published|unveiled|unveils|debuted|premiered|premieres|back)$/;

/**
 * Works one person makes, which "The book, “…”" may give the person the story is about; not a
 * film, a show or a campaign, which many make ("The movie, “13 Hours…,” is based on a book").
 */
const ownWork = (noun: Token): boolean =>
  /^(?:book|memoir|novel|novella|album|record|single|song|collection|exhibition|poem|debut|result)$/i.test(
    noun.text,
  );

/** Words between a possessive and its work: "debut", "new", "six-part", "212-page". */
const QUALIFIER = /^(?:\p{Ll}[\p{Ll}-]*|\d[\p{L}\d-]*)$/u;

/** Prepositions before a possessive that make the work someone else's topic or stage: "on ABC’s". */
const PASSING = /^(?:on|of|with|for|to|in|from|at)$/i;

/**
 * Who made a work, as the sentence gives them: a name or description to resolve, `'subject'` for
 * the sentence's subject ("Graeme Ostrowski has turned it into a memoir, “…”"), or `'latest'` for
 * the person the article was last about ("The book, “…”, follows…").
 */
export type Maker = Subject | 'subject' | 'latest';

/**
 * The maker of the work whose title is the quotation `title` between `lead` (the sentence up to it)
 * and `rest` (the sentence after it); null when the sentence gives none. A maker the sentence names
 * ("her memoir", "directed by X") comes before a guess from the subject or the story.
 */
export function workMaker(lead: Token[], title: string, rest: Token[]): Maker | null {
  const before = makerBefore(lead);
  if (before && typeof before !== 'string') return before;
  // A comma inside the marks ("“…,” an album") sets off what follows as one after them does.
  // A bare "by" after it only inside a sentence: not a headline's byline ("—“…,” by Variety’s X:").
  const inside = lead.filter((t) => t.kind === 'word').length >= 2;
  const after = makerAfter(rest, /,$/.test(title), inside);
  if (after) return after;
  // "a memoir" is the subject's only in a sentence of making.
  return before === 'subject' && !lead.some((t) => MAKING.test(t.text)) ? null : before;
}

/**
 * "Hazel Tutcho’s debut novel, “…”", "her memoir, “…”", "his new play, titled “…”", "the
 * singer’s album “…”": a possessive, up to three qualifying words and a noun for a made work.
 */
function makerBefore(lead: Token[]): Maker | null {
  let end = lead.length;
  if (lead[end - 1]?.text === ',') end--;
  if (/^(?:titled|entitled|called)$/.test(lead[end - 1]?.text ?? '')) end--;
  if (lead[end - 1]?.text === ',') end--;
  // "Nollaig Breathnach’s “The Quiet Emigrants of Erris” opens…": the possessive right before it.
  // Not a thing's: "the Affordable Care Act’s “Cadillac Tax”".
  if (end === lead.length && isPossessive(lead[end - 1])) return possessor(lead, end - 1, true);
  return ownedWork(lead, end, true);
}

/**
 * The maker of the work whose noun ends at `end`: "her memoir", "the 41-year-old’s memoir",
 * "Oksana Hrytsenko-Blake, whose 1989 novel"; "a memoir" is the sentence's subject's, and "The
 * book" or "The result" opening a sentence (`opens`) the latest person's.
 */
function ownedWork(tokens: Token[], end: number, opens: boolean): Maker | null {
  const noun = tokens[end - 1];
  if (noun?.kind !== 'word') return null;
  const made = MADE.has(noun.text.toLowerCase());
  if (!made && !(noun.text === 'result' && end === 2)) return null;
  for (let i = end - 2; i >= 0 && i >= end - 5; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return null;
    const word = t.text.toLowerCase();
    const pronoun = POSSESSIVE_PRONOUN[word];
    // "she wrote in her memoir", "for her third novel": a pronoun's work is theirs, however named.
    if (pronoun) return { kind: 'pronoun', mention: t.text, name: pronoun };
    if (/['’]s$/.test(t.text)) return possessor(tokens, i);
    if (word === 'whose' && tokens[i - 1]?.text === ',') return nameEndingAt(tokens, i - 1);
    // Not "the author of a memoir": someone's topic, not their making.
    if (/^an?$/.test(word)) return /^(?:of|on)$/.test(tokens[i - 1]?.text ?? '') ? null : 'subject';
    if (/^(?:the|that|this)$/.test(word))
      return opens && i === 0 && ownWork(noun) ? 'latest' : null;
    if (!QUALIFIER.test(t.text)) return null;
  }
  return null;
}

/**
 * Whether the words before the possessive `tokens[i]` make the work one named in passing: a
 * preposition ("on host Stephen Colbert’s", "a contestant on Trump’s"), over the capitalised
 * words, titles and role nouns of its owner's name.
 */
function passing(tokens: Token[], i: number): boolean {
  let start = i;
  while (start > 0) {
    const t = tokens[start - 1]!;
    const owner = t.kind === 'word' && (isCap(t.text) || isTitle(t.text) || isPersonNoun(t.text));
    if (!owner || PASSING.test(t.text)) break;
    start--;
  }
  return PASSING.test(tokens[start - 1]?.text ?? '');
}

/**
 * The owner a possessive names: a person's name ("Hazel Tutcho’s") or a description of one ("the
 * 41-year-old’s", "the singer’s"). Not after "on" or "of": a show someone appeared on ("a contestant
 * on Trump’s reality TV show") or a book someone wrote about.
 */
function possessor(lead: Token[], i: number, direct = false): Subject | null {
  const word = lead[i]!.text;
  const stem = word.slice(0, -2);
  if (/^\p{Ll}/u.test(word) || /^\d/.test(word)) {
    // "the 41-year-old’s memoir", "the singer’s album".
    const the = lead[i - 1]?.text;
    const described = /-old$/.test(stem) || isPersonNoun(stem);
    return /^the$/i.test(the ?? '') && described
      ? { kind: 'nominal', mention: `${the} ${stem}` }
      : null;
  }
  const owner = ownerAt(lead, i);
  if (!owner || passing(lead, i)) return null;
  // Right before the title, a person's: not "the Affordable Care Act’s “Cadillac Tax”".
  const first = i - owner.mention.split(' ').length;
  return direct && /^the$/i.test(lead[first]?.text ?? '') ? null : owner;
}

/**
 * "“…,” directed by Anjali Ramaswamy", "“…” was painted over five months by Itzel Moctezuma", "“…,”
 * by Jonathan Franzen", "“…,” the 41-year-old’s memoir". Not the quotation's own reporting clause
 * ("“We Won,” her campaign said").
 */
function makerAfter(rest: Token[], comma: boolean, bareBy: boolean): Maker | null {
  let i = rest[0]?.text === ',' ? 1 : 0;
  const set = rest.slice(i);
  // Its appositive, right after the comma: "the 41-year-old’s memoir", "an album she describes…".
  for (let end = 2; (comma || i === 1) && end <= 5 && end <= set.length; end++) {
    const owner = set[end]?.verb ? null : ownedWork(set, end, false);
    if (owner) return owner;
  }
  while (/^(?:was|is|has|had|been)$/.test(rest[i]?.text ?? '')) i++;
  const made = MADE_BY.test(rest[i]?.text ?? '');
  if (!made && !(bareBy && rest[i]?.text === 'by')) return null;
  const by = rest.findIndex((t, j) => j >= i && j <= i + 5 && t.text === 'by');
  // Someone the article names, not "written by a Spanish comedy troupe".
  if (by < 0 || /^(?:an?|one)$/i.test(rest[by + 1]?.text ?? '')) return null;
  const maker = subjectAfter(rest.slice(by + 1));
  return maker?.kind === 'name' || maker?.kind === 'nominal' ? maker : null;
}
