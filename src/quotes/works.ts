/**
 * Who made a work whose title is in marks: a book's, an album's, a film's, a campaign's title is its
 * maker's words, kept as a scare quote with them as its speaker ("Hazel Tutcho’s debut novel, “The
 * Salt Year,”"). A title named in passing is nobody's: a show someone spoke on ("said on ABC’s “This
 * Week”"), a book someone is the author of (PolNeAR's annotators quote neither).
 */
import { ownerAt, POSSESSIVE_PRONOUN } from './attribution.js';
import { subjectAfter } from './clauses.js';
import { isCap, isPersonNoun, readChunk, type Subject } from './subject.js';
import type { Token } from './tokens.js';

/** Nouns for what someone makes under a title. */
const MADE = new Set(
  (
    'memoir book novel novella biography autobiography collection anthology album record single ' +
    'song ep play musical opera film documentary podcast series painting sculpture mural ' +
    'installation exhibition show campaign cookbook poem debut project initiative'
  ).split(' '),
);

/** Verbs of making before "by" after a title: "“Fourth and Forever,” directed by Anjali Ramaswamy". */
const MADE_BY =
  /^(?:directed|written|painted|produced|published|composed|created|illustrated|edited|curated|choreographed|recorded|designed|photographed|penned|co-written|self-published)$/;

/** Words between a possessive and its work: "debut", "new", "six-part", "212-page". */
const QUALIFIER = /^(?:\p{Ll}[\p{Ll}-]*|\d[\p{L}\d-]*)$/u;

/**
 * Who made a work, as the sentence gives them: a name or description to resolve, `'subject'` for
 * the sentence's subject ("Graeme Ostrowski has turned it into a memoir, “…”"), or `'latest'` for
 * the person the article was last about ("The book, “…”, follows…").
 */
export type Maker = Subject | 'subject' | 'latest';

/**
 * The maker of the work whose title is the quotation `title` between `lead` (the sentence up to it)
 * and `rest` (the sentence after it); null when the sentence gives none.
 */
export function workMaker(lead: Token[], title: string, rest: Token[]): Maker | null {
  // A comma inside the marks ("“…,” an album") sets off what follows as one after them does.
  return makerBefore(lead) ?? makerAfter(rest, /,$/.test(title));
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
  if (end === lead.length && /^\p{Lu}.*['’]s$/u.test(lead[end - 1]?.text ?? ''))
    return possessor(lead, end - 1, true);
  return ownedWork(lead, end, true);
}

/**
 * The maker of the work whose noun ends at `end`: "her memoir", "the 41-year-old’s memoir",
 * "Oksana Hrytsenko-Blake, whose 1989 novel"; "a memoir" is the sentence's subject's, and "The
 * book" or "The result" opening a sentence the latest person's.
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
    if (pronoun) return { kind: 'pronoun', mention: t.text, name: pronoun };
    if (/['’]s$/.test(t.text)) return possessor(tokens, i);
    if (word === 'whose' && tokens[i - 1]?.text === ',') return nameBefore(tokens, i - 1);
    if (/^(?:an?|new)$/.test(word)) return 'subject';
    if (/^(?:the|that|this)$/.test(word)) return opens && i === 0 ? 'latest' : null;
    if (!QUALIFIER.test(t.text)) return null;
  }
  return null;
}

/** The name of capitalised words ending right before `end`: "Oksana Hrytsenko-Blake" of ", whose". */
function nameBefore(tokens: Token[], end: number): Subject | null {
  let start = end;
  while (start > 0 && tokens[start - 1]?.kind === 'word' && isCap(tokens[start - 1]!.text)) start--;
  const subject = start < end ? readChunk(tokens.slice(start, end).map((t) => t.text)) : null;
  return subject?.kind === 'name' ? subject : null;
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
  const first = i - (owner?.mention.split(' ').length ?? 1);
  if (/^(?:on|of|with|for|to|in|from|at)$/i.test(lead[first]?.text ?? '')) return null;
  // Right before the title, a person's: not "the Affordable Care Act’s “Cadillac Tax”".
  if (direct && /^the$/i.test(lead[first]?.text ?? '')) return null;
  return owner;
}

/**
 * "“…,” directed by Anjali Ramaswamy", "“…” was painted over five months by Itzel Moctezuma", "“…,”
 * the 41-year-old’s memoir".
 */
function makerAfter(rest: Token[], comma: boolean): Maker | null {
  let i = rest[0]?.text === ',' ? 1 : 0;
  // Its appositive, right after the comma: "the 41-year-old’s memoir", "an album she describes…".
  for (let end = i + 2; (comma || i === 1) && end <= i + 5 && end <= rest.length; end++) {
    const owner = ownedWork(rest.slice(i), end - i, false);
    if (owner) return owner;
  }
  while (/^(?:was|is|has|had|been)$/.test(rest[i]?.text ?? '')) i++;
  if (!MADE_BY.test(rest[i]?.text ?? '')) return null;
  const by = rest.findIndex((t, j) => j > i && j <= i + 5 && t.text === 'by');
  if (by < 0) return null;
  const maker = subjectAfter(rest.slice(by + 1));
  return maker?.kind === 'name' || maker?.kind === 'nominal' ? maker : null;
}
