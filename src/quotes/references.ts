/** Descriptions that name a source without a name: spokespeople, role nouns, ages, "the company". */
import { POLICE_FORCE } from './bodies.js';
import type { ArticleEntities } from './entities.js';
import { isOrgName } from '../text/names.js';
import { lexiconType } from './lexicon-types.js';
import { ORG_NOUNS, VOICE, VOICE_LINK } from './lexicon.js';
import { isRoleNoun, stripTitles } from './subject.js';

const FOR_ORG = new RegExp(`^(?:a|an|the)\\s+${VOICE}\\s+${VOICE_LINK}\\s+(?:the\\s+)?(.+)$`, 'i');
const ORG_SPOKES = new RegExp(`^(?:a|an|the)\\s+(.+?)\\s+${VOICE}$`, 'i');
const BARE_SPOKES = new RegExp(`^(?:a|an|the)\\s+${VOICE}$`, 'i');

/** Who speaks for someone named. */
const SPEAKS_FOR = '(lawyers?|attorneys?|family|relatives|parents)';

/** "a lawyer for X", "the family of X" (a name, capitalised, after). */
const FOR_PERSON = new RegExp(
  `^(?:[Aa]n?|[Tt]he)\\s+${SPEAKS_FOR}\\s+(?:for|of)\\s+(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})$`,
  'u',
);

/** "Aiden Marsh’s family", "Marsh's lawyer": the same, by a possessive. */
const PERSONS_OWN = new RegExp(
  `^(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['’]s?\\s+${SPEAKS_FOR}$`,
  'u',
);

/** "Ahmadi and her colleagues", "Reed and his co-authors": the one named, for the group. */
const AND_COLLEAGUES =
  /^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+and\s+(?:his|her|their)\s+(?:colleagues|co-authors|coauthors|team|collaborators)$/u;

/** Words for a body other than the one the article named with the noun. */
const OTHER_BODY = /\b(?:rival|other|opposition|parent|competing)\b/;

/** "Peel police", "Toronto police": police by the place they serve. */
const PLACE_POLICE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+police$/u;

/** "the Marsh family": a family by its name. */
const FAMILY_NAME = /^the\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+family$/u;

/** "the spokesman", "A spokeswoman": a spokesperson the mention names no one for; the role, or null. */
export function bareSpokesperson(mention: string): string | null {
  return BARE_SPOKES.exec(mention)?.[1]?.toLowerCase() ?? null;
}

/** A source named only by description, resolved to a display name. */
export interface Referent {
  name: string;
  org: boolean;
}

/**
 * "a spokesperson for Canada Post" → Canada Post spokesperson (the organisation's voice, not the
 * organisation, and not nobody); "the mayor", "the 39-year-old", "the company" → whom the article
 * introduced so. Null when the article gives no one.
 */
export function referent(
  mention: string,
  paragraph: number,
  entities: ArticleEntities,
): Referent | null {
  // "the family of Aiden Marsh", "a lawyer for Marsh", "the Marsh family": people speaking for
  // someone named, not that someone (often the dead or the accused), and not nobody.
  // "Halloran's lawyer" speaks for the Brock Halloran named before.
  const forPerson = FOR_PERSON.exec(mention);
  const owned = forPerson ? null : PERSONS_OWN.exec(mention);
  const relation = forPerson?.[1] ?? owned?.[2];
  const person = forPerson?.[2] ?? owned?.[1];
  if (relation && person) {
    return { name: `${entities.inFull(person, paragraph)} ${relation.toLowerCase()}`, org: false };
  }
  // "“…,” Ahmadi and her colleagues wrote.": a study's words are its lead author's.
  const lead = AND_COLLEAGUES.exec(mention)?.[1];
  if (lead) return { name: entities.inFull(lead, paragraph), org: false };
  const family = FAMILY_NAME.exec(mention);
  if (family) return { name: `${family[1]} family`, org: false };
  // "The family of Arthur Penwell said in a statement… “…,” the family said.": the family the
  // article named last, in this paragraph or the few before.
  if (/^the family$/i.test(mention)) {
    const named = entities.familyNear(paragraph);
    if (named) return { name: `${entities.inFull(named, paragraph)} family`, org: false };
  }
  // Both patterns name a spokesperson or representative: most mentions are settled without them.
  const lower = mention.toLowerCase();
  const speaks = lower.includes('spokes') || lower.includes('representative');
  const spokes = speaks ? FOR_ORG.exec(mention) : null;
  const orgSpokes = speaks && !spokes ? ORG_SPOKES.exec(mention) : null;
  const org = spokes ? spokes[2] : orgSpokes?.[1];
  const role = spokes ? spokes[1] : orgSpokes?.[2];
  // "a department spokesperson", "a spokesman for the ministry", "a spokesperson for the
  // Oslo-based company": a description ending on a body's noun is the organisation the article
  // named so before; "a representative for the singer", the person the article named so ("Singer
  // Leyla Marr"). Not "a spokesperson for the rival airline", "the opposition party": another
  // than the one named.
  if (org && role && /(?:^|\s)\p{Ll}+$/u.test(org) && !OTHER_BODY.test(org)) {
    const named = entities.refer(`the ${org}`, paragraph);
    if (named) return { name: `${named.name} ${role.toLowerCase()}`, org: false };
  }
  // "a spokesperson for developer Harbourside Homes": the name after what the body is.
  const own = org && withoutDescription(org);
  if (own && role && /^\p{Lu}/u.test(own) && !/\s(who|that|which)\s/.test(org)) {
    // "a Commission spokesperson" after "The European Commission has…": a body's noun alone, as
    // written capitalised, is the body the article named so ("the Commission said"), when it
    // named one only (not after the European and the Data Protection Commissions).
    const byNoun = (): string | undefined =>
      ORG_NOUNS.has(own.toLowerCase()) && bodiesEndingOn(own, paragraph, entities) === 1
        ? entities.refer(`the ${own.toLowerCase()}`, paragraph)?.name
        : undefined;
    const full =
      entities.expand(own) ??
      entities.bodyStartingWith(own, paragraph) ??
      byNoun() ??
      entities.initialled(own) ??
      (spokes ? personInFull(own, paragraph, entities) : null) ??
      own;
    return { name: `${full} ${role.toLowerCase()}`, org: false };
  }
  // "Peel police said": a place's police, as the article named the service ("Peel Regional Police").
  const place = PLACE_POLICE.exec(mention)?.[1];
  const service = place
    ? entities.bodyStartingWith(place, paragraph, (body) => POLICE_FORCE.test(body))
    : null;
  if (service) return { name: service, org: true };
  // "the spokesman": the person the article gave that role ("Doug Dobson, a spokesman for X"),
  // else the voice it gave an organisation ("a spokesman for the Saskatchewan Health Authority").
  const referred = entities.refer(mention, paragraph);
  if (/^the\s/i.test(mention) && bareSpokesperson(mention)) {
    if (referred && !entities.isOrganisation(referred.name)) return referred;
    const voice = entities.spokespersonNear(paragraph);
    if (voice) return { name: voice, org: false };
  }
  return referred ?? affiliation(mention) ?? placeGovernment(mention, entities);
}

/**
 * "the Karnataka government", "the Hokkaido prefectural government": a place's government, by
 * the place.
 */
const PLACE_GOVERNMENT =
  /^[Tt]he\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+((?:(?:state|provincial|prefectural|regional|county|city|federal|municipal)\s+)?(?:government|administration))$/u;

/**
 * A place's government, as the article writes it ("Karnataka government"), for a mention of it:
 * a place the lexicon knows, or one the article writes as where something is ("in Hokkaido");
 * not a party's or a leader's ("the NDP provincial government", "the Kenney provincial
 * government").
 */
function placeGovernment(mention: string, entities: ArticleEntities): Referent | null {
  const m = PLACE_GOVERNMENT.exec(mention);
  if (!m) return null;
  const place = m[1]!;
  const known = lexiconType(place) === 'place' || entities.writes(`in ${place}`);
  return known ? { name: `${place} ${m[2]}`, org: true } : null;
}

/**
 * "a spokeswoman for Ms Castellano", "for Transport Minister Bronwyn Castellano": the person the
 * article named in full, without the title; null when the words name no one so, or have no title
 * to show a person: "a spokesperson for Ford" may be the carmaker beside Premier Doug Ford ("a
 * Kestrel spokeswoman" is left alone by the caller).
 */
function personInFull(name: string, paragraph: number, entities: ArticleEntities): string | null {
  const bare = stripTitles(name.split(/\s+/)).join(' ');
  if (bare === name) return null;
  const full = entities.inFull(bare, paragraph);
  return full.includes(' ') && !entities.isOrganisation(full) ? full : null;
}

/** Words that join an organisation's name ("Department of Transport and Main Roads"). */
const NAME_JOINS = /^(?:of|and|for|the|de|du|des|la|le|on|in|at|&)$/;

/**
 * "Democratic presidential candidate Hillary Clinton" → "Hillary Clinton": a description's words
 * before a name are no part of it; the words that join a body's name are.
 */
function withoutDescription(name: string): string {
  const words = name.split(/\s+/);
  const k = words.findLastIndex((w) => /^\p{Ll}/u.test(w) && !NAME_JOINS.test(w));
  // "Ontario's health ministry in Toronto": what follows a body's own noun is no name.
  const rest = words.slice(k + 1);
  return k >= 0 && /^\p{Lu}/u.test(rest[0] ?? '') ? rest.join(' ') : name;
}

/**
 * "a New Hampshire Democrat", "one senior Republican", "a Clinton campaign aide": an unnamed
 * source identified by affiliation stands as that description, as "a spokesperson for X" does.
 */
function affiliation(mention: string): Referent | null {
  // Only "a", "an", "one" or "another" opens one.
  const opening = mention.charCodeAt(0) | 32;
  if (opening !== 97 /* a */ && opening !== 111 /* o */) return null;
  const words = mention.split(/\s+/);
  if (!/^(a|an|one|another)$/i.test(words[0] ?? '')) return null;
  const rest = words.slice(1);
  const head = rest[rest.length - 1] ?? '';
  const capitalised = rest.some((w) => /^\p{Lu}/u.test(w));
  // Not where one is from ("one international student from India").
  // Nor whose or of where one is ("one resident of Old Bridge", "a friend of Mary Jones").
  const lowercaseOnly = rest
    .slice(0, -1)
    .every((w) => /^[\p{L}-]+$/u.test(w) && !/^(?:from|of|to|in|at|with|on)$/.test(w));
  if (rest.length > 4 || !capitalised || !lowercaseOnly) return null;
  // "a trend demographer Hamish Redfern": a description before a person's full name is no part
  // of it.
  const name = rest.slice(-2).join(' ');
  const described = rest.slice(0, -2);
  if (
    described.length > 0 &&
    described.every((w) => /^\p{Ll}/u.test(w)) &&
    /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(name) &&
    !isOrgName(name)
  )
    return { name, org: false };
  return /^\p{Lu}\p{Ll}+$/u.test(head) || isRoleNoun(head)
    ? { name: rest.join(' '), org: false }
    : null;
}

/**
 * Whether a descriptor read at an attribution is a role to show beside the speaker's name ("a
 * security expert at X", "House Speaker", "Sen."), not what the clause happened to hold: a
 * determiner alone ("The"), a clause ("both of his parents were very strict", "shouted to the
 * crowd"), an opener ("on the other hand", "though interested in Albert", "hours after"), a number
 * ("1970"), or words of the speaker's own name ("A von" for John von Neumann).
 */
export function readsAsRole(descriptor: string, speaker: string | null): boolean {
  const written = descriptor.split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  const first = words[0] ?? '';
  if (words.length > 20 || NOT_OPENING_ROLE.has(first)) return false;
  // Only lowercase words can be a verb or a cut-off phrase: "Fed Chair", "Assembly Speaker", "a
  // spokeswoman for Theresa May", "an editor at Time" are roles.
  const lower = (i: number): boolean => /^\p{Ll}/u.test(written[i] ?? '');
  // "shouted to the crowd", "jointly with…", not "acting director" or "award-winning author".
  const role = words.some((w) => isRoleNoun(w));
  if (lower(0) && /(ing|ed|ly)$/.test(first) && !role) return false;
  // A clause ("the race had 10 candidates"), or words cut off mid-phrase ("hours after").
  if (words.some((w, i) => lower(i) && CLAUSE_VERBS.has(w))) return false;
  if (lower(words.length - 1) && NOT_ENDING_ROLE.has(words[words.length - 1] ?? '')) return false;
  const own = new Set((speaker ?? '').toLowerCase().split(/\s+/));
  // A word that says something: not a determiner, a number, nor a word of the name itself.
  return words.some((w) => /^\p{L}[\p{L}.'’-]*$/u.test(w) && !DETERMINERS.has(w) && !own.has(w));
}

// Words no role opens on: prepositions, conjunctions, adverbs, quantities ("who owns the shop" is one).
const NOT_OPENING_ROLE = new Set(
  (
    'in on at during after before when while as with for from to by which that though ' +
    'although because since and but or so then both also hours days years note each two three ' +
    'meanwhile yet however whereas now still instead later earlier thus hence therefore indeed'
  ).split(' '),
);

/** Forms of "be", "have" and the modals: a descriptor holding one is a clause. */
const CLAUSE_VERBS = new Set(
  'is are was were be been has have had will would could should can may might'.split(' '),
);

const DETERMINERS = new Set('a an the this that these those his her their its'.split(' '));

/** Words a role never ends on: cut off after a determiner, preposition or conjunction; a time. */
const NOT_ENDING_ROLE = new Set(
  (
    'a an the of to in on at by for from with after before against about over between and or but ' +
    'year day week month time'
  ).split(' '),
);

/** How many bodies' names, of two words or more, the paragraphs up to `paragraph` end on `noun`. */
function bodiesEndingOn(noun: string, paragraph: number, entities: ArticleEntities): number {
  const names = new Set<string>();
  const pattern = new RegExp(
    `(?:\\p{Lu}[\\p{L}’'-]*\\s(?:(?:of|for|and)\\s)?){1,5}${noun}\\b`,
    'gu',
  );
  for (let p = 0; p <= paragraph; p++) {
    for (const m of entities.paragraphText(p).matchAll(pattern)) {
      const name = m[0].replace(/^(?:A|An|The)\s/, '');
      // Not a possessive's ("von der Leyen's Commission"), another way of naming a body.
      if (name !== noun && !/['’]s\s\S+$/u.test(name)) names.add(name);
    }
  }
  // Nor an acronym's beside a name in full ("EU Commission" beside "the European Commission");
  // alone it is the one ("the UK Gambling Commission").
  const spelled = [...names].filter((name) => !/^\p{Lu}{2,4}\s/u.test(name));
  return spelled.length > 0 ? spelled.length : names.size;
}
