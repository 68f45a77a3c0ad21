import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXCERPT_CHARS,
  escapeMarkdown,
  highlight,
  makeExcerpt,
  stripMarkdown,
} from '../../src/search/excerpt.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { PassageIndex, indexPassage } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/ranking.js';
import { TermKind, Vocabulary } from '../../src/search/vocabulary.js';
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

describe('makeExcerpt with an answer kind', () => {
  const opening =
    'The bridge opened to great crowds and a brass band. The new bridge opened in 1932 after years of work.';

  it('starts, for a "when" question, with the sentence that holds a date', () => {
    const weights = weightsFor('When did the bridge open?');
    expect(makeExcerpt(opening, weights).offset).toBe(0);
    const excerpt = makeExcerpt(opening, weights, { expects: TermKind.date });
    expect(excerpt.offset).toBe(opening.indexOf('The new bridge'));
    expect(stripMarkdown(excerpt.text)).toBe('The new bridge opened in 1932 after years of work.');
  });

  it('does not count a date the question itself gives', () => {
    const weights = weightsFor('Which bridge opened in 1932?');
    const other =
      'The old bridge opened in 1932 to crowds. The new bridge opened later, in silence.';
    expect(makeExcerpt(other, weights, { expects: TermKind.date }).offset).toBe(0);
  });
});

describe('makeExcerpt from indexed terms', () => {
  const questions = [
    'Which institute did Putin visit?',
    'When did trade between China and Russia reach a record?',
    'How many billion dollars of trade?',
    'What did Putin and Xi drink in the pavilion?',
    'Who is a security expert at the Atlantic Council?',
  ];

  const indexedFor = (text: string, vocabulary: Vocabulary, favour: string) => {
    const { terms: ids, sentenceEnds } = indexPassage(
      { id: 'p', articleId: 'a', paragraph: 1, breaks: [], text },
      vocabulary,
    );
    const weights = new Map([[vocabulary.lookup(favour), 1]]);
    return { terms: ids, sentenceEnds, weights, kinds: vocabulary.kinds() };
  };

  it('scores one-line passages from the term ids and falls back to the text for others', () => {
    const vocabulary = new Vocabulary();
    const oneLine = 'Alpha beta went north. Gamma delta went south.';
    const indexed = indexedFor(oneLine, vocabulary, 'gamma');
    // The two weight maps disagree on purpose: the one that decides shows which path ran.
    expect(makeExcerpt(oneLine, weightsFor('alpha'), { indexed }).offset).toBe(
      oneLine.indexOf('Gamma'),
    );
    const twoLines = 'Alpha beta went north\nGamma delta went south.';
    const fallback = indexedFor(twoLines, vocabulary, 'gamma');
    expect(makeExcerpt(twoLines, weightsFor('alpha'), { indexed: fallback }).offset).toBe(0);
  });

  it('chooses exactly what tokenizing the passage again would choose', async () => {
    const { articles } = await loadCorpus('seeds');
    const index = PassageIndex.build(articles);
    const kinds = index.vocabulary.kinds();
    let compared = 0;
    for (const question of questions) {
      const query = parseQuery(question, index);
      const weights = new Map(query.terms.map((t) => [t.term, t.idf]));
      const byId = new Map(query.terms.map((t) => [t.id, t.idf]));
      for (const { passage, terms: ids, sentenceEnds } of index.passages.values()) {
        const options = { expects: query.expects };
        const indexed = { terms: ids, sentenceEnds, weights: byId, kinds };
        expect(makeExcerpt(passage.text, weights, { ...options, indexed })).toEqual(
          makeExcerpt(passage.text, weights, options),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('highlight', () => {
  it('escapes markdown from the article and bolds adjacent terms as one run', () => {
    expect(highlight('Xi Jinping *hugged* Putin_', weightsFor('Xi Jinping'))).toBe(
      '**Xi Jinping** \\*hugged\\* Putin\\_',
    );
  });

  it('bolds a run across spaces and line breaks but not across punctuation', () => {
    const weights = weightsFor('Xi Jinping Putin');
    expect(highlight('Xi\nJinping met Xi, Putin.', weights)).toBe(
      '**Xi\nJinping** met **Xi**, **Putin**.',
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
