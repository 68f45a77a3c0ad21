import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXCERPT_CHARS,
  escapeMarkdown,
  highlight,
  makeExcerpt,
  stripMarkdown,
} from '../../src/search/excerpt.js';
import { terms } from '../../src/text/tokenize.js';

const weightsFor = (question: string): Map<string, number> =>
  new Map(terms(question).map((t) => [t, 1]));

describe('makeExcerpt', () => {
  const passage =
    'Putin arrived on Thursday. The show of camaraderie was the final touch of the talks. ' +
    'Harbin Institute of Technology is known for its rocket research. Trade grew last year.';

  it('starts with the sentence that best answers the question, terms in bold', () => {
    const excerpt = makeExcerpt(
      passage,
      weightsFor('What is Harbin Institute of Technology known for?'),
    );
    expect(excerpt.text.startsWith('**Harbin Institute**')).toBe(true);
    expect(excerpt.text).toContain('**known**');
    expect(excerpt.offset).toBe(passage.indexOf('Harbin'));
  });

  it('adds the following sentences while they fit, never more than the limit', () => {
    const excerpt = makeExcerpt(passage, weightsFor('camaraderie'));
    expect(stripMarkdown(excerpt.text)).toBe(
      'The show of camaraderie was the final touch of the talks. Harbin Institute of Technology is known for its rocket research. Trade grew last year.',
    );
  });

  it('cuts an over-long sentence around its matches, on word boundaries, with ellipses', () => {
    const long = `${'Filler words keep coming here '.repeat(20)}the submarine technology is silent ${'and more filler text follows '.repeat(20)}.`;
    const excerpt = makeExcerpt(long, weightsFor('silent submarine technology'));
    const plain = stripMarkdown(excerpt.text);
    expect(plain.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(plain).toContain('submarine technology is silent');
    expect(plain.startsWith('…')).toBe(true);
    expect(plain.endsWith('…')).toBe(true);
    const inner = plain.slice(1, -1);
    expect(long).toContain(inner);
    expect(long[long.indexOf(inner) - 1]).toBe(' ');
  });

  it('stays within the limit for any text and never breaks a word or a bold marker', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('alpha', 'beta', 'Gamma.', 'delta,', '**', '_x_', 'epsilon'), {
          maxLength: 200,
        }),
        (words) => {
          const text = words.join(' ');
          const excerpt = makeExcerpt(text, weightsFor('beta gamma'));
          const plain = stripMarkdown(excerpt.text);
          expect(plain.length).toBeLessThanOrEqual(EXCERPT_CHARS);
          expect((excerpt.text.match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
          for (const word of plain.replace(/…/g, ' ').split(/\s+/).filter(Boolean)) {
            expect(words.join(' ')).toContain(word);
          }
        },
      ),
    );
  });
});

describe('highlight', () => {
  it('escapes markdown from the article and bolds adjacent terms as one run', () => {
    expect(highlight('Xi Jinping *hugged* Putin_', weightsFor('Xi Jinping'))).toBe(
      '**Xi Jinping** \\*hugged\\* Putin\\_',
    );
  });

  it('round-trips through stripMarkdown', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        expect(stripMarkdown(highlight(text, weightsFor('a b c')))).toBe(text);
        expect(stripMarkdown(escapeMarkdown(text))).toBe(text);
      }),
    );
  });
});
