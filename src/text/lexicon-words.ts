/**
 * The words quote attribution asks the two lexicons about, precomputed: models/lexicon-words.txt.
 * Scanning natural's 4 MB tagger lexicon and unpacking compromise's took ~100 ms of the first
 * quote extraction of every process (a moderator's first /add); reading this file takes ~20 ms.
 * scripts/build-lexicon-words.ts writes it with buildLexiconWords(); a test checks it matches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The word sets read from the lexicons; see each field. */
export interface LexiconWords {
  /**
   * The tagger lexicon's words whose likeliest tag is an adverb's or a verb's, with the bits of
   * TAGGER_BITS (case kept: "Domestically", "told").
   */
  tagged: Map<string, number>;
  /** The tagger lexicon's lowercase words: English words, not names no list knows. */
  english: Set<string>;
  /**
   * Words in -ian, -ean and -ese that may be a nationality, faith or trade, lowercase: the tagger
   * lexicon's capitalised ones ("Presbyterian", "Laotian") and compromise's under a tag for no
   * person ("historian", "indonesian").
   */
  nationLike: Set<string>;
  /** The places compromise lists, lowercase ("slovenia", "bali", "boston"). */
  places: Set<string>;
}

/** What the tagger lexicon says of a word, as bits: its likeliest tag, then any tag it lists. */
export const TAGGER_BITS = {
  /** likeliest RB */
  adverb: 1,
  /** likeliest VBN or VBD */
  participle: 2,
  /** likeliest VBZ */
  present: 4,
  /** likeliest any VB* */
  verb: 8,
  /** NNP or NNPS among its tags */
  proper: 16,
  /** JJ, NN or NNS among its tags */
  nounOrAdjective: 32,
} as const;

/** Whether the tagger lexicon's likeliest tag for a lowercase word is a verb's ("blame", "hate"). */
export function isLikeliestVerb(word: string): boolean {
  return ((lexiconWords().tagged.get(word) ?? 0) & TAGGER_BITS.verb) !== 0;
}

export const LEXICON_WORDS_FILE = fileURLToPath(
  new URL('../../models/lexicon-words.txt', import.meta.url),
);

let read: LexiconWords | null = null;

/**
 * The shipped word sets, read once. Without the file every set is empty, as the readers had it
 * when a lexicon could not be read: each says what an empty set means for it.
 */
export function lexiconWords(): LexiconWords {
  if (read) return read;
  read = emptyWords();
  try {
    read = parseLexiconWords(readFileSync(LEXICON_WORDS_FILE, 'utf8'));
  } catch {
    // Typing only sharpens attribution; the readers fall back as without the lexicons.
  }
  return read;
}

function emptyWords(): LexiconWords {
  return { tagged: new Map(), english: new Set(), nationLike: new Set(), places: new Set() };
}

const SECTIONS = ['tagged', 'english', 'nationLike', 'places'] as const;

/** The file's text: a header line, then each section as `@name` and one word a line. */
export function formatLexiconWords(words: LexiconWords): string {
  const lines = [
    '# Built by scripts/build-lexicon-words.ts from the lexicons of natural and compromise.',
  ];
  for (const section of SECTIONS) {
    lines.push(`@${section}`);
    if (section === 'tagged') {
      for (const [word, bits] of words.tagged) lines.push(`${word}\t${bits}`);
    } else lines.push(...words[section]);
  }
  return `${lines.join('\n')}\n`;
}

/** The sets from the file's text; throws on a line outside a section. */
export function parseLexiconWords(text: string): LexiconWords {
  const words = emptyWords();
  // Each section's lines at once: a Set built from an array, not a branch per line (the file's
  // 70,000 lines took ~30 ms that way).
  const [head = '', ...bodies] = `\n${text}`.split('\n@');
  if (head.split('\n').some((line) => line !== '' && !line.startsWith('#')))
    throw new Error('a word before any section');
  for (const body of bodies) {
    const newline = body.indexOf('\n');
    const name = newline < 0 ? body : body.slice(0, newline);
    const section = SECTIONS.find((s) => s === name);
    if (!section) throw new Error(`unknown section @${name}`);
    const lines = newline < 0 ? [] : body.slice(newline + 1).split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (section !== 'tagged') {
      words[section] = new Set(lines);
      continue;
    }
    for (const line of lines) {
      const tab = line.lastIndexOf('\t');
      words.tagged.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return words;
}

/**
 * The sets from the lexicons themselves: natural's Brill-tagger lexicon (pos-js's, 92,000 words
 * with their tags, case kept) and compromise's packed one. Throws if either cannot be read.
 */
export function buildLexiconWords(
  taggerText: string,
  compromise: { lexicon: Record<string, string>; unpack: (s: string) => Record<string, unknown> },
): LexiconWords {
  const words = emptyWords();
  for (const [, key, first, rest] of taggerText.matchAll(ADVERB_OR_VERB_ENTRY)) {
    const word = key!.includes('\\') ? (JSON.parse(`"${key}"`) as string) : key!;
    // A line of the file holds a word and its bits: no word may break it.
    if (/[\t\n]/.test(word)) throw new Error(`a tagger word with a tab or newline: ${key}`);
    words.tagged.set(word, taggerBits(first!, rest!.match(/[^\s",]+/g) ?? []));
  }
  for (const [, w] of taggerText.matchAll(/"([A-Za-z][A-Za-z'-]*)":/g)) {
    if (w!.charCodeAt(0) >= 97) words.english.add(w!);
    else if (/^[A-Z][a-z]+(?:ian|ean|ese)$/.test(w!)) words.nationLike.add(w!.toLowerCase());
  }
  const { lexicon, unpack } = compromise;
  for (const [tag, packed] of Object.entries(lexicon)) {
    const place = PLACE_TAGS.has(tag);
    if (!place && PERSON_TAG.test(tag)) continue;
    for (const w of Object.keys(unpack(packed))) {
      if (/(?:ian|ean|ese)$/.test(w)) words.nationLike.add(w);
      if (place) words.places.add(w);
    }
  }
  return words;
}

/** The text of natural's Brill-tagger lexicon, for buildLexiconWords. Throws if it cannot be read. */
export function readTaggerLexiconText(): string {
  const file = createRequire(import.meta.url).resolve(
    'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json',
  );
  return readFileSync(file, 'utf8');
}

/**
 * An entry of the tagger lexicon (`"word": ["TAG", …]`) whose first tag is an adverb's or a verb's:
 * the word (JSON-escaped), its first tag, the rest (`, "NN", "JJ"`). The file's text is scanned
 * for those entries, not parsed whole: readers ask about a sixth of its 92,000 words.
 */
const ADVERB_OR_VERB_ENTRY =
  /"((?:[^"\\]|\\.)*)":\s*\[\s*"(RB|VB[^"]*)"((?:\s*,\s*"[^"]*")*)\s*\]/g;

function taggerBits(first: string, rest: string[]): number {
  const listed = [first, ...rest];
  let bits: number = first === 'RB' ? TAGGER_BITS.adverb : TAGGER_BITS.verb;
  if (first === 'VBN' || first === 'VBD') bits |= TAGGER_BITS.participle;
  if (first === 'VBZ') bits |= TAGGER_BITS.present;
  if (listed.some((t) => t === 'NNP' || t === 'NNPS')) bits |= TAGGER_BITS.proper;
  if (listed.some((t) => t === 'JJ' || t === 'NN' || t === 'NNS'))
    bits |= TAGGER_BITS.nounOrAdjective;
  return bits;
}

/** compromise's tags for places ("Person|Place" is a place there too) and for people's names. */
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Person|Place']);
const PERSON_TAG = /^(?:Person|FirstName|LastName|MaleName|FemaleName)/;
