/** Reporting verbs ("said", "tweeted", "warns") in every inflection newsrooms use. */
import { wordTable } from '../text/word-table.js';

const LEMMAS = (
  'say tell add note argue warn insist write tweet explain state declare claim assert ' +
  'acknowledge admit announce answer reply respond ask continue conclude comment remark observe ' +
  'recall suggest predict promise pledge vow urge demand complain concede contend counter ' +
  'caution emphasize emphasise stress joke quip laugh shout yell scream chant cry whisper mutter ' +
  'boast brag blast slam criticize criticise accuse charge allege call describe label dub ' +
  'characterize praise hail tout mock ridicule lament report reveal disclose confirm deny ' +
  'dismiss reject rebut retort interject interrupt mention repeat reiterate recount testify ' +
  'wonder muse posit opine offer sigh grumble fume snap snipe scoff sneer jab quote post text ' +
  'email retweet blog read proclaim affirm maintain reason speculate advise assure reassure ' +
  'inform instruct order agree disagree object protest plead beg implore exclaim gush rave rant ' +
  'threaten hint imply indicate signal highlight underscore elaborate clarify correct reflect ' +
  'summarize confide confess apologize bemoan decry denounce condemn scold chide rebuke lecture ' +
  'preach swear thunder roar bellow cheer groan moan whine tease taunt challenge question ' +
  'query press demur recommend propose insinuate remind concur estimate forecast guess ' +
  'retell chirp sniff snarl growl pronounce ponder vent gripe rail fret caution quote defend point ' +
  'bark beam exhort surmise react remember retaliate refer thank nickname brand term christen ' +
  'specify'
).split(/\s+/);

const IRREGULAR = wordTable<string[]>({
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  read: ['read'],
  swear: ['swore', 'sworn'],
  speak: ['spoke', 'spoken'],
});

/** Verbs whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set('admit quip snap jab rebut regret dub beg refer'.split(' '));

function inflect(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const stem = DOUBLING.has(lemma) ? lemma + lemma.slice(-1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    const b = lemma.slice(0, -1);
    forms.push(b + 'ies', b + 'ied', lemma + 'ing');
  } else {
    forms.push(/(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
    if (!IRREGULAR[lemma]) forms.push(lemma.endsWith('e') ? lemma + 'd' : stem + 'ed');
    forms.push(/[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : stem + 'ing');
    // British spelling doubles a final l after one vowel: "labelled", "signalling".
    if (/[^aeiou][aeiou]l$/.test(lemma)) forms.push(lemma + 'led', lemma + 'ling');
  }
  return forms;
}

/**
 * Forms that report speech where the lemma's others do not: a judge "ruled" (not "under FIFA
 * rules", "the ruling party").
 */
const ONLY_FORMS = ['ruled'];

/** Every inflected reporting verb form, lowercase. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...LEMMAS.flatMap(inflect),
  ...ONLY_FORMS,
]);

/**
 * Forms that report speech only with a particle or object, kept out of bare matching; and
 * "referring", whose clause says what a quotation meant ("“Build a wall,” referring to the vow");
 * "point" forms report only before "out" (tokens.ts), not as in "percentage points".
 */
const WEAK = new Set(
  'post posts text texts order orders offer offers referring point points pointed pointing'.split(
    ' ',
  ),
);

/** Lemmas whose bare form is mostly a verb; other bare forms ("a call", "the report") are nouns. */
const BARE_OK = new Set(
  'say tell add write ask argue insist warn explain predict suggest declare admit agree recall wonder'.split(
    ' ',
  ),
);
const LEMMA_SET = new Set(LEMMAS);

const VERB_LENGTH = {
  min: Math.min(...[...REPORTING_VERBS].map((v) => v.length)),
  max: Math.max(...[...REPORTING_VERBS].map((v) => v.length)),
};
// First letters of the verb forms, both cases, by character code (all forms are ASCII).
const VERB_INITIALS = new Uint8Array(128);
for (const verb of REPORTING_VERBS) {
  VERB_INITIALS[verb.toLowerCase().charCodeAt(0)] = 1;
  VERB_INITIALS[verb.toUpperCase().charCodeAt(0)] = 1;
}

// Length, first and last letter of every form (lowercase, all ASCII), by index: one read turns
// away most words that pass the first-letter test ("the", "and", "that") before hashing them.
const SHAPE_INDEX = (length: number, first: number, last: number): number =>
  (length * 128 + first) * 128 + last;
const VERB_SHAPES = new Uint8Array(SHAPE_INDEX(VERB_LENGTH.max + 1, 0, 0));
for (const verb of REPORTING_VERBS)
  VERB_SHAPES[SHAPE_INDEX(verb.length, verb.charCodeAt(0), verb.charCodeAt(verb.length - 1))] = 1;

/** True when a word (any case) is a reporting verb form. */
export function isReportingVerb(word: string): boolean {
  // Most words are not verbs: their length or first letter settles them without a lookup, and a
  // direct lookup of the word as written settles most of the rest without lowercasing.
  if (word.length < VERB_LENGTH.min || word.length > VERB_LENGTH.max) return false;
  const code = word.charCodeAt(0);
  if (code >= 128 || !VERB_INITIALS[code]) return false;
  const upper = code >= 65 && code <= 90;
  // Only a capitalised word is lowercased, and only an ASCII last letter is settled here (the
  // Kelvin sign lowercases to "k").
  const end = word.charCodeAt(word.length - 1);
  if (end < 128) {
    const last = upper && end >= 65 && end <= 90 ? end | 32 : end;
    if (!VERB_SHAPES[SHAPE_INDEX(word.length, upper ? code | 32 : code, last)]) return false;
  }
  const w = upper ? word.toLowerCase() : word;
  if (!REPORTING_VERBS.has(w)) return false;
  return !WEAK.has(w) && (!LEMMA_SET.has(w) || BARE_OK.has(w));
}

/** A reporting verb's bare form, which is a verb after "to" ("to call", "to describe"). */
export function isReportingLemma(word: string): boolean {
  return LEMMA_SET.has(word) && !WEAK.has(word);
}

/** Verbs that take no person as object, so "…, said Jane Doe" puts the speaker after them. */
const INVERTIBLE: ReadonlySet<string> = new Set(
  (
    'say add write note explain argue continue observe recall remark insist conclude state ' +
    'declare assert counter quip joke reply respond concede acknowledge admit contend caution ' +
    'predict suggest complain opine agree tweet muse recount reason wonder remember'
  )
    .split(' ')
    .flatMap(inflect),
);

/** True for a reporting verb form that can stand before its subject: "said", "wrote", "adds". */
export function isInvertibleVerb(word: string): boolean {
  return INVERTIBLE.has(word.toLowerCase()) && !/ing$/.test(word);
}

/** A verb of saying proper ("said", "told", "testified"), not one a reporting clause may also have ("accused"). */
export function isSaying(word: string): boolean {
  return isInvertibleVerb(word) || /^(?:told|tells|testified|testifies)$/.test(word);
}

/** Verbs of a stand taken in public: "rejected calls for", "vowed", "defended the plan". */
const STANCES: ReadonlySet<string> = new Set(
  'reject deny dismiss defend vow urge warn announce pledge promise demand condemn denounce call'
    .split(' ')
    .flatMap(inflect),
);

/** True for a form of a verb by which someone takes a stand in public ("rejected", "vows"). */
export function isStanceVerb(word: string): boolean {
  return STANCES.has(word.toLowerCase()) && !/ing$/.test(word);
}
