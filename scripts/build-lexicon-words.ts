// The words quote attribution asks natural's tagger lexicon and compromise's lexicon about:
// models/lexicon-words.txt (see src/text/lexicon-words.ts). Rebuild it when either package is
// upgraded (a test fails until then):
//   npx tsx scripts/build-lexicon-words.ts
import { writeFileSync } from 'node:fs';
import {
  buildLexiconWords,
  formatLexiconWords,
  LEXICON_WORDS_FILE,
  readTaggerLexiconText,
} from '../src/text/lexicon-words.js';
import { readCompromiseLexicon } from '../src/text/names.js';

const words = buildLexiconWords(readTaggerLexiconText(), readCompromiseLexicon());
writeFileSync(LEXICON_WORDS_FILE, formatLexiconWords(words));
const sizes = Object.entries(words).map(([name, set]) => `${name} ${(set as Set<string>).size}`);
console.log(`${LEXICON_WORDS_FILE}: ${sizes.join(', ')}`);
