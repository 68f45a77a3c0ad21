import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansFor, terms, tokenSpans } from '../../src/text/tokenize.js';

describe('terms', () => {
  it('folds case and diacritics so name spellings meet', () => {
    expect(terms('Galauskas')).toEqual(terms('galauskas'));
    expect(terms('Galauskás')).toEqual(terms('GALAUSKAS'));
  });

  it('stems inflections to one term and drops stop words and question words', () => {
    expect(terms('universities')).toEqual(terms('university'));
    expect(terms('Which university did Putin visit?')).toEqual(['univers', 'putin', 'visit']);
  });

  it('drops possessive endings', () => {
    expect(terms('Putin’s visit')).toEqual(terms("Putin's visit"));
    expect(terms('Putin’s')).toEqual(['putin']);
  });

  it('indexes CJK characters one by one, next to Latin words', () => {
    expect(terms('Xi Jinping (習近平)')).toEqual(['xi', 'jinp', '習', '近', '平']);
  });

  it('returns nothing for punctuation, stop words and empty text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('?!… — “”')).toEqual([]);
    expect(terms('what is the of and')).toEqual([]);
  });
});

describe('tokenSpans', () => {
  it('points every span at the word it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const span of tokenSpans(text)) {
          const word = text.slice(span.start, span.end);
          expect(word.length).toBeGreaterThan(0);
          expect(/[\p{L}\p{N}]/u.test(word)).toBe(true);
        }
      }),
    );
  });

  it('makes no span of the punctuation between CJK characters', () => {
    const text = "\u{20000}'\u{20000}";
    expect(tokenSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '\u{20000}',
      '\u{20000}',
    ]);
  });

  it('keeps spans in order and non-overlapping', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const spans = tokenSpans(text);
        for (let i = 1; i < spans.length; i++) {
          expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
      }),
    );
  });
});

describe('spansFor', () => {
  // The wanted terms are those of the text itself, a few of them: what marking a question's terms
  // in an excerpt asks.
  const marked = (spans: { term: string | null }[], wanted: Set<string>): boolean[] =>
    spans.map((s) => s.term !== null && wanted.has(s.term));

  it('marks the words tokenSpans gives a wanted term, at the same places', () => {
    const text =
      "Émile Zola's “J'accuse…!” (1898) named 1990s ICBMs, Œuvres and 北京 in Ångström-thin ties, eyed.";
    const all = tokenSpans(text);
    for (const wanted of [
      ['zola', 'jaccus', 'ei'],
      ['1990', 'icbm', '北'],
      ['emil', 'oeuvr', 'angstrom', 'ti'],
    ]) {
      const set = new Set(wanted);
      const spans = spansFor(text, set);
      expect(spans.map((s) => [s.start, s.end])).toEqual(all.map((s) => [s.start, s.end]));
      expect(marked(spans, set)).toEqual(marked(all, set));
      expect(marked(spans, set).filter(Boolean).length).toBe(wanted.length);
    }
  });

  it('agrees with tokenSpans on words the stemmer cuts', () => {
    const word = fc.stringMatching(
      /^[a-zA-Z][a-zA-Z0-9]{0,3}(?:s|es|ies|eed|ed|ing|y|ying|yed|ys|ational|ness)?$/,
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.nat(), (words, pick) => {
        const text = words.join(' ');
        const all = tokenSpans(text);
        const terms = all.flatMap((s) => (s.term === null ? [] : [s.term]));
        const wanted = new Set(terms.filter((_, i) => (pick >> (i % 16)) & 1));
        expect(marked(spansFor(text, wanted), wanted)).toEqual(marked(all, wanted));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with tokenSpans on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), (text, pick) => {
        const all = tokenSpans(text);
        const terms = all.flatMap((s) => (s.term === null ? [] : [s.term]));
        const wanted = new Set(terms.filter((_, i) => (pick >> (i % 16)) & 1));
        expect(marked(spansFor(text, wanted), wanted)).toEqual(marked(all, wanted));
      }),
    );
  });
});
