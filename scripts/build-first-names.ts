// First names and their usual gender beyond compromise's lexicon: models/first-names.txt.
//   npm install --no-save gender-detection-from-name && npx tsx scripts/build-first-names.ts
// compromise knows the commonest English names; news from Ireland, New Zealand, South Africa or
// India names people it does not ("Aoife", "Priya", "Kwame"), and a pronoun then has no gender to
// go by. The source (MIT) lists ~60k names by language; its English list comes first, as its own
// lookup does. Names compromise already genders are left out: its answer stands.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FIRST_NAMES_FILE, givenNameGender } from '../src/text/names.js';

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
const out = new Map<string, 'm' | 'f'>();
for (const map of maps) {
  for (const [name, gender] of map) {
    // Letters only, three or more: no initials, no "jo-ann" spellings our tokens never hold.
    if (out.has(name) || !/^\p{Ll}{3,}$/u.test(name) || givenNameGender(name)) continue;
    if (gender === 'male' || gender === 'female') out.set(name, gender === 'male' ? 'm' : 'f');
  }
}
const lines = [...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, g]) => `${g} ${n}`);
writeFileSync(FIRST_NAMES_FILE, `${lines.join('\n')}\n`);
console.log(`${lines.length} names → ${FIRST_NAMES_FILE}`);
