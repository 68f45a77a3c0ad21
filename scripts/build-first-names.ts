// First names and their usual gender beyond compromise's lexicon: models/first-names.txt.
//   npm install --no-save gender-detection-from-name && npx tsx scripts/build-first-names.ts
// compromise knows the commonest English names; news from Ireland, New Zealand, South Africa or
// India names people it does not ("Aoife", "Priya", "Kwame"), and a pronoun then has no gender to
// go by. The source (MIT) lists ~60k names by language; its English list comes first, as its own
// lookup does. Names compromise already genders are left out: its answer stands; so are names
// that are also words, and names the languages disagree on.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordVectors } from '../src/search/meaning/vectors.js';
import { FIRST_NAMES_FILE, givenNameGender, readCompromiseLexicon } from '../src/text/names.js';
import { termOf } from '../src/text/tokenize.js';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de'];
let maps: Map<string, string>[];
try {
  maps = LANGUAGES.map(
    (lang) => require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>,
  );
} catch {
  console.error('Install the source first: npm install --no-save gender-detection-from-name');
  process.exit(2);
}
// Words compromise knows in any other sense ("general", "india", "ford", "grace"), or as a first
// name of either gender ("morgan"), and English's commonest words ("apple", "fox"): no gender.
const { lexicon, unpack } = readCompromiseLexicon();
const known = new Set(Object.values(lexicon).flatMap((packed) => Object.keys(unpack(packed))));
const vectors = wordVectors();
const common = (name: string): boolean => {
  const row = vectors?.row(termOf(name) ?? name) ?? -1;
  return row >= 0 && (vectors?.rank(row) ?? Infinity) < COMMON_WORDS;
};
const COMMON_WORDS = 5000;
const out = new Map<string, 'm' | 'f' | null>();
for (const map of maps) {
  for (const [name, said] of map) {
    // Letters only, three or more: no initials, no "jo-ann" spellings our tokens never hold.
    if (!/^\p{Ll}{3,}$/u.test(name) || givenNameGender(name) || known.has(name)) continue;
    if (said !== 'male' && said !== 'female') continue;
    const gender = said === 'male' ? 'm' : 'f';
    // A name one language gives to men and another to women ("andrea") has no gender to go by.
    const had = out.get(name);
    out.set(name, had === undefined || had === gender ? gender : null);
  }
}
// A name the languages disagree on is still a given name ("imran", "andrea"): listed without a
// gender ("x imran"), for telling a name from a word, never for a pronoun.
for (const [name] of out) if (common(name)) out.delete(name);
// Names that are also words, which compromise tags as a person's and a verb's, a noun's or an
// adjective's ("nick", "mark", "bill", "frank"), but genders in neither list: their gender holds
// only inside a full name ("Mark Jones", "Nick Witney"), written with a capital letter ("M mark"),
// never to tell a name opening a sentence from a word ("Mark the date"). Not a place's ("Virginia",
// "Austin") nor a date's ("April").
const PERSON_AND_WORD = ['Person|Verb', 'Person|Noun', 'Person|Adj'];
const inNames = new Map<string, 'm' | 'f' | null>();
for (const tag of PERSON_AND_WORD) {
  for (const name of Object.keys(unpack(lexicon[tag] ?? ''))) {
    if (!/^\p{Ll}{3,}$/u.test(name) || givenNameGender(name)) continue;
    for (const map of maps) {
      const said = map.get(name);
      if (said !== 'male' && said !== 'female') continue;
      const gender = said === 'male' ? 'm' : 'f';
      const had = inNames.get(name);
      inNames.set(name, had === undefined || had === gender ? gender : null);
    }
  }
}
const lines = [
  ...[...out].map(([n, g]) => `${g ?? 'x'} ${n}`),
  ...[...inNames].filter(([, g]) => g !== null).map(([n, g]) => `${g!.toUpperCase()} ${n}`),
].sort((a, b) => (a.slice(2) < b.slice(2) ? -1 : 1));
writeFileSync(FIRST_NAMES_FILE, `${lines.join('\n')}\n`);
console.log(
  `${lines.length} names (${inNames.size} only inside a full name) → ${FIRST_NAMES_FILE}`,
);
