import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLexiconWords,
  formatLexiconWords,
  LEXICON_WORDS_FILE,
  lexiconWords,
  parseLexiconWords,
  readTaggerLexiconText,
} from '../../src/text/lexicon-words.js';
import { readCompromiseLexicon } from '../../src/text/names.js';

describe('models/lexicon-words.txt', () => {
  it('holds what the installed lexicons give (rebuild: npx tsx scripts/build-lexicon-words.ts)', () => {
    const built = formatLexiconWords(
      buildLexiconWords(readTaggerLexiconText(), readCompromiseLexicon()),
    );
    // Compared as text, not with toEqual: a stale file shows as its first differing line.
    const shipped = readFileSync(LEXICON_WORDS_FILE, 'utf8').split('\n');
    const lines = built.split('\n');
    const first = lines.findIndex((line, i) => line !== shipped[i]);
    expect(first === -1 ? null : [first, shipped[first], lines[first]]).toBeNull();
    expect(shipped.length).toBe(lines.length);
  });

  it('reads back every set it was written from', () => {
    const words = lexiconWords();
    expect(words.english.size).toBeGreaterThan(50_000);
    expect(words.tagged.size).toBeGreaterThan(15_000);
    expect(words.english.has('meanwhile')).toBe(true);
    expect(words.english.has('moreton')).toBe(false);
    expect(words.nationLike.has('laotian')).toBe(true);
    expect(words.places.has('slovenia')).toBe(true);
    expect(parseLexiconWords(formatLexiconWords(words))).toEqual(words);
  });

  it('refuses a file it cannot read as sections', () => {
    expect(() => parseLexiconWords('@verbs\ntold\t8\n')).toThrow(/unknown section/);
    expect(() => parseLexiconWords('told\t8\n')).toThrow(/before any section/);
  });
});
