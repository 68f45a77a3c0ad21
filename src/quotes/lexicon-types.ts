/**
 * What compromise's lexicon says a name is: a place, an organisation, a time or a person. Read
 * from its packed data once (~30 ms) rather than running its tagger (~2 ms a phrase, 1.5 s to load).
 */
import { lexiconWords, TAGGER_BITS } from '../text/lexicon-words.js';
import { fold, readCompromiseLexicon } from '../text/names.js';

const { adverb: ADVERB, participle: PARTICIPLE, present: PRESENT, verb: VERB } = TAGGER_BITS;
const { proper: PROPER, nounOrAdjective: NOUN_OR_ADJECTIVE } = TAGGER_BITS;

export type LexiconType = 'person' | 'organisation' | 'place' | 'time';

const TAGS: Record<string, LexiconType> = {
  Place: 'place',
  City: 'place',
  Country: 'place',
  Region: 'place',
  'Person|Place': 'place',
  Organization: 'organisation',
  SportsTeam: 'organisation',
  Month: 'time',
  WeekDay: 'time',
  Date: 'time',
  'Person|Date': 'time',
  Person: 'person',
  FirstName: 'person',
  LastName: 'person',
};

/** What is read from compromise's lexicon, once: the types of names, and the nouns for people. */
interface Lexicon {
  types: Map<string, LexiconType>;
  /** People by what they do ("developer", "cleric", "farmer"): compromise's Actor tag. */
  actors: Set<string>;
  /** Words that are never a name on their own: nationalities, adverbs, pronouns ("German", "More"). */
  plain: Set<string>;
  /** Verbs as compromise lists them, uninflected ("forecast", "manage"), nouns too ("vote"). */
  verbs: Set<string>;
  /** Words it lists as adjectives or comparatives ("former", "clear", "better"). */
  adjectives: Set<string>;
}

let read: Lexicon | null = null;

function load(): Lexicon {
  const out: Lexicon = {
    types: new Map(),
    actors: new Set(),
    plain: new Set(),
    verbs: new Set(),
    adjectives: new Set(),
  };
  try {
    const { lexicon, unpack } = readCompromiseLexicon();
    for (const [tag, type] of Object.entries(TAGS)) {
      for (const w of Object.keys(unpack(lexicon[tag] ?? '')))
        if (!out.types.has(w)) out.types.set(w, type);
    }
    // "may", "march" and "august" are words before they are months: compromise leaves them out too.
    for (const tag of ['Actor', 'Actor|Verb']) {
      for (const w of Object.keys(unpack(lexicon[tag] ?? '')))
        if (!w.includes(' ')) out.actors.add(w);
    }
    for (const tag of PLAIN_TAGS) {
      for (const w of Object.keys(unpack(lexicon[tag] ?? '')))
        if (!out.types.has(w)) out.plain.add(w);
    }
    // Only the tags agent nouns need: unpacking every tag doubled the lexicon's reading time.
    for (const [tag, packed] of Object.entries(lexicon)) {
      const adjective = /^(Adj|Comparable|Comparative)/.test(tag);
      const verb = tag === 'Infinitive' || tag === 'Noun|Verb';
      if (!adjective && !verb) continue;
      for (const w of Object.keys(unpack(packed))) (adjective ? out.adjectives : out.verbs).add(w);
    }
  } catch {
    // Typing only sharpens attribution; without the lexicon, names go by the article's evidence
    // and role nouns are the listed ROLES only.
  }
  return out;
}

/** Tags of words that do not name anyone: "German", "Likewise", "Be", "Anyone", "Whether". */
const PLAIN_TAGS = [
  'Demonym',
  'Adverb',
  'Infinitive',
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'Modal',
  'QuestionWord',
];

/** A single word compromise's lexicon knows as no name: a nationality, an adverb, a pronoun. */
export function isPlainWord(word: string): boolean {
  read ??= load();
  return read.plain.has(fold(word));
}

/** "Canadian", "American": a nationality, by compromise's lexicon (read once, in text/names.ts). */
export { isDemonym } from '../text/names.js';

/**
 * "Afterwards", "Finally": an adverb by its form (compromise tags these by suffix, not in its
 * lexicon): -wards, or -ly after an adjective the lexicon lists ("final"), not "Kelly" or "Daly"
 * (nor "Woodward"). Some surnames have the form too ("Cleverly"): callers ask how it is used.
 */
export function isAdverbForm(word: string): boolean {
  const lower = fold(word);
  if (/^[a-z]{3,}wards$/.test(lower)) return true;
  if (!/^[a-z]{4,}ly$/.test(lower)) return false;
  read ??= load();
  const base = lower.slice(0, -2);
  // "happily", "gently": the adjective's final y or le.
  return [base, base.replace(/i$/, 'y'), `${base}le`].some((w) => read!.adjectives.has(w));
}

/** A lowercase word compromise's lexicon lists as an adjective or comparative ("young", "former"). */
export function isAdjective(word: string): boolean {
  read ??= load();
  return read.adjectives.has(word);
}

/** A lowercase noun naming what a person does, by compromise's lexicon ("Florida developer X"). */
export function isActorNoun(word: string): boolean {
  read ??= load();
  const { actors, verbs, adjectives, plain, types } = read;
  if (actors.has(word)) return true;
  // "linguist", "pharmacist", "novelist": someone by a field or practice; not a verb ("persist",
  // "enlist") nor an adjective ("racist").
  if (word.length >= 7 && word.endsWith('ist') && /^[a-z]+$/.test(word))
    return !verbs.has(word) && !adjectives.has(word) && !plain.has(word) && !types.has(word);
  // Most words asked about are short or end otherwise: settled before any lookup. A word the
  // lexicon lists otherwise is that word ("former", "under", "whether").
  if (word.length < 6 || !word.endsWith('er') || !/^[a-z]+$/.test(word)) return false;
  if (adjectives.has(word) || plain.has(word) || types.has(word)) return false;
  // Who does what a verb says: "forecaster", "organiser" (forecast, organise); not a comparative
  // ("clearer", "closer": clear and close are adjectives too).
  const agent = (stem: string): boolean => verbs.has(stem) && !adjectives.has(stem);
  return agent(word.slice(0, -2)) || agent(word.slice(0, -1));
}

/**
 * "spinner", "runner", "hitter": an agent noun whose verb doubles its last consonant (spin, run,
 * hit), by compromise's lexicon; not a word it lists as anything itself ("hammer", "matter").
 * Looser than isActorNoun ("letter" passes): for a noun between a body's name and a person's.
 */
export function isDoubledAgent(word: string): boolean {
  const doubled = /^[a-z]{2,}([bdgklmnprt])\1er$/.exec(word);
  if (!doubled) return false;
  read ??= load();
  const { verbs, adjectives, plain, types } = read;
  if (verbs.has(word) || adjectives.has(word) || plain.has(word) || types.has(word)) return false;
  return verbs.has(word.slice(0, -3));
}

/** "confirmed", "hoping", "made": a form of a verb the lexicon lists; not "seed", "king" or "sibling". */
export function isVerbForm(word: string): boolean {
  read ??= load();
  const { verbs } = read;
  // Most words end otherwise: settled by their last letter, before any pattern.
  if (!word.endsWith('d') && !word.endsWith('g')) return false;
  const m = /^(\p{Ll}{2,}?)(e?d|ing)$/u.exec(word);
  if (!m) return false;
  const stem = m[1]!;
  // "confirmed" (confirm), "hoped" (hope), "stopped" (stop), "making" (make); stems of four
  // letters or more, so that "seed" is no form of "see".
  return [stem, `${stem}e`, stem.slice(0, -1)].some((s) => s.length > 3 && verbs.has(s));
}

/** "gets", "takes", "watches": a present-tense verb the lexicon lists, as "still gets Christmas cards". */
export function isPresentVerb(word: string): boolean {
  read ??= load();
  const { verbs } = read;
  if (!word.endsWith('s')) return false;
  // "gets" (get), "watches" (watch), "takes" (take).
  const m = /^(\p{Ll}{2,})(e?s)$/u.exec(word);
  return !!m && (verbs.has(m[1]!) || verbs.has(`${m[1]}e`) || verbs.has(word.slice(0, -1)));
}

/** The lexicon's type for a whole name, or for its last word when that is a place or time. */
export function lexiconType(name: string): LexiconType | undefined {
  read ??= load();
  const { types } = read;
  const key = fold(name);
  const whole = types.get(key);
  if (whole || !key.includes(' ')) return whole;
  const words = key.split(' ');
  const first = types.get(words[0] ?? '');
  // "Cisco Talos": an organisation's name leads its longer form; "Calgary Police" is not a place.
  return first === 'organisation' ? first : undefined;
}

/**
 * "Domestically", "Similarly", "Asked", "Elected": a capitalised word that is an adverb in -ly or a
 * participle in -ed by the part-of-speech lexicon `natural` ships for its Brill tagger (pos-js's,
 * from tagged text, case kept): its capitalised form's likeliest tag is an adverb's (as its
 * lowercase form's is) or a past participle's or past tense's, and the lexicon never tags it as a
 * proper noun. Nouns and adjectives are left alone ("Root", "Wolves", "Patience"), and so are
 * words it has seen as names or other forms that are names too ("Said", "Made", "Together", "Ran",
 * "Held", "Soon", "Prior": reviews found people so named). Without the lexicon's words
 * (models/lexicon-words.txt), no word is either.
 */
export function isAdverbOrParticiple(word: string): boolean {
  const tags = lexiconWords().tagged;
  const flags = tags.get(word) ?? 0;
  if (flags & PROPER) return false;
  if (flags & PARTICIPLE && word.endsWith('ed')) return true;
  return (
    (flags & ADVERB) !== 0 &&
    word.endsWith('ly') &&
    ((tags.get(word.toLowerCase()) ?? 0) & ADVERB) !== 0
  );
}

/**
 * Whether the tagger lexicon's likeliest tag for a lowercase word is a verb's and it never lists
 * it as a noun or an adjective ("told", "describes", "agree"; not "reports", "claims", "recall"
 * or "vows").
 */
export function isMostlyVerb(word: string): boolean {
  const flags = lexiconWords().tagged.get(word) ?? 0;
  return (flags & VERB) !== 0 && (flags & NOUN_OR_ADJECTIVE) === 0;
}

/**
 * "said", "told", "warns", "says": a reporting verb the tagger lexicon lists first as a verb and
 * never as an adjective or a noun, so that after a name's possessive it can only be the verb
 * ("McDonald's said"); not "Trump's remarks", "Biden's promises", "Warren's calls", "Clinton's
 * stated goal" or "Biden's announced plan".
 */
export function isOnlyVerb(word: string): boolean {
  // "the said agreement" is a lawyer's, "says" a plural noun only in "the ayes and says": neither
  // follows a possessive.
  if (word === 'said' || word === 'says') return true;
  const flags = lexiconWords().tagged.get(word) ?? 0;
  return (flags & (PARTICIPLE | PRESENT)) !== 0 && (flags & NOUN_OR_ADJECTIVE) === 0;
}
