import type { SpeakerRegistry } from '../quotes/registry.js';
import { isPersonNoun } from '../quotes/subject.js';
import {
  bareWord,
  DescribedArticles,
  isQualifier,
  ofAsPossessive,
  WHO_FIT,
  type Description,
} from '../search/described.js';
import type { PassageIndex } from '../search/index.js';
import { parseQuery, type ArticleFilter } from '../search/query.js';
import { headRelatedness, rank } from '../search/ranking.js';
import { isStopWord, termOf, terms } from '../text/tokenize.js';
import { fold, isDemonym, isEnglishWord, isTitle } from '../text/names.js';
import { lexiconType } from '../quotes/lexicon-types.js';
import { capitalised } from '../text/capitalised.js';

/**
 * "/quote the Russian president", "/quote security expert": a speaker asked for by what they are,
 * not by name. The noun (a person's) and the words before it: capitalised ones qualify it
 * ("Russian"), at most two lowercase ones say which ("security"). Null for anything else.
 */
export function quotedDescription(query: string): Description | null {
  const words = ofAsPossessive(query.split(/\s+/).map(bareWord).filter(Boolean));
  const head = words.at(-1)?.toLowerCase() ?? '';
  if (!isPersonNoun(head) && !isPersonNoun(head.replace(/s$/, ''))) return null;
  // "US" is no "us": a word in capitals stays, however a stop word spells it.
  const before = words
    .slice(0, -1)
    .filter((w) => !isStopWord(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w));
  const qualifiers = before.filter(isQualifier);
  const modifiers = before.filter((w) => /^\p{Ll}/u.test(w));
  if (qualifiers.length + modifiers.length < before.length || modifiers.length > 2) return null;
  return modifiers.length > 0 ? { head, qualifiers, modifiers } : { head, qualifiers };
}

/**
 * A description typed in lowercase as the articles write it: "the turkish president" is "the
 * Turkish president", since a qualifier is read by its capital. Only nationalities and places no
 * English word spells ("taiwan", not "nice" or "reading"); anything but a description is left as
 * typed.
 */
export function withCapitalQualifiers(query: string): string {
  // "the us president": after "the", "us" is no pronoun.
  const country = query.replace(/\b(the\s+)us\b/giu, '$1US');
  const written = country.replace(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu, (word) => {
    const up = capitalised(word);
    const place = lexiconType(up) === 'place' && !isEnglishWord(word);
    return !isStopWord(word) && (isDemonym(up) || place) ? up : word;
  });
  return quotedDescription(written) ? written : query;
}

/** A name's last word, but for a generational suffix ("Martin Luther King Jr.": "King"). */
function surnameOf(name: string): string {
  const words = name.split(' ');
  const last = words.length > 1 && /^(?:Jr|Sr|I{2,3}|IV)\.?$/.test(words.at(-1)!) ? -2 : -1;
  return words.at(last)!.replace(/,$/, '');
}

/** How many passages the articles describing someone are looked for in. */
const POOL = 20;

/**
 * Whom a described speaker is: the search's best passages for the description give the articles,
 * and of the speakers quoted in them the one whose surname those articles describe so best (by
 * WHO_FIT at least: "Russian President Vladimir Putin"). Several equally: they are suggested.
 */
export function speakerDescribedAs(
  index: PassageIndex,
  registry: SpeakerRegistry,
  query: string,
  filter?: ArticleFilter,
): { speaker: string } | { suggestions: string[] } | null {
  const description = quotedDescription(query);
  if (!description) return null;
  const parsed = parseQuery(query, index, filter);
  if (parsed.terms.length === 0) return null;
  const found = rank(index, parsed, { k: POOL, ...(filter ? { filter } : {}) });
  const ids = new Set(found.map((s) => s.entry.passage.articleId));
  if (ids.size === 0) return null;
  // A plural ("senators", "officials") asks for people, whom no organisation's voice is; each is
  // described as one is ("senator": the office, not what vectors put near it, "Federal").
  const plural = !isPersonNoun(description.head);
  const one = plural ? { ...description, head: description.head.replace(/s$/, '') } : description;
  const described = new DescribedArticles(index, ids, one, headRelatedness());
  let best = WHO_FIT;
  let fitting: string[] = [];
  for (const speaker of registry.quotedIn(ids)) {
    if (plural && speaker.type === 'organisation') continue;
    const surname = surnameOf(speaker.name);
    let fit = 0;
    for (const id of speaker.articles) {
      if (ids.has(id)) fit = Math.max(fit, described.fit(surname, id, { across: true }));
    }
    if (fit > best) [best, fitting] = [fit, [speaker.name]];
    else if (fit === best) fitting.push(speaker.name);
  }
  if (fitting.length === 0) return null;
  return fitting.length === 1 ? { speaker: fitting[0]! } : { suggestions: fitting };
}

/**
 * A run of capitalised words: a name, with any title before it ("Chinese President Xi Jinping",
 * "Chinese President Dr. Xi Jinping", "the President of France Emmanuel Macron").
 */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*\.?(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*\.?)*/gu;

/** How many words after its title a name may have: more is a headline ("Xi Jinping Welcomes…"). */
const NAME_WORDS = 3;

/**
 * Whom the articles describe so, quoted or not: "/quote the Chinese president" is Xi Jinping, whom
 * they title "Chinese President Xi Jinping" and never quote. The answer "Who is the Chinese
 * president?" names (Reasons.named), written in full after a title holding every word of the
 * description ("President Xi Jinping" is not "the French president"). Null when the description
 * is none or no passage titles anyone so.
 */
export function holderDescribedAs(
  index: PassageIndex,
  query: string,
  filter?: ArticleFilter,
): string | null {
  const description = quotedDescription(query);
  // A qualifier the index has no term for ("US") cannot be checked in a title: no one.
  if (!description || description.qualifiers.some((q) => terms(q).length === 0)) return null;
  const parsed = parseQuery(`Who is ${query}?`, index, filter);
  if (!parsed.who) return null;
  const [best] = rank(index, parsed, { k: 1, ...(filter ? { filter } : {}) });
  const named = best?.reasons?.named?.term;
  if (!best || !named) return null;
  const asked = [description.head, ...description.qualifiers].flatMap((w) => terms(w));
  const described = new Set(terms(query));
  // "Sheinbaum-Pardo" is one term to the search ("sheinbaum pardo"), two to `terms`.
  const names = (word: string): boolean => {
    const bare = word.replace(/\.$/, '');
    return termOf(fold(bare).toLowerCase()) === named || terms(bare).at(-1) === named;
  };
  for (const [run] of best.entry.passage.text.matchAll(NAME_RUN)) {
    const words = run.split(/\s+/);
    // The title: the description's words, titles ("Dr.") and joining words ("of", "the").
    const at = words.findIndex((w) => !isTitle(w) && !terms(w).every((t) => described.has(t)));
    const end = at > 0 ? words.findIndex((w, i) => i >= at && names(w)) : -1;
    if (end < 0 || end - at >= NAME_WORDS) continue;
    const title = new Set(words.slice(0, at).flatMap((w) => terms(w)));
    if (asked.every((t) => title.has(t)))
      return words
        .slice(at, end + 1)
        .join(' ')
        .replace(/\.$/, '');
  }
  return null;
}
