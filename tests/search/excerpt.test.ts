import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { boldMarkdown } from '../../src/answers/highlights.js';
import type { Article } from '../../src/corpus/types.js';
import { EXCERPT_CHARS, highlight, makeExcerpt, type Excerpt } from '../../src/search/excerpt.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { PassageIndex, indexPassage } from '../../src/search/index.js';
import { questionSources, translatedTerms } from '../../src/search/meaning/rescore.js';
import { parseQuery } from '../../src/search/query.js';
import { TermKind, Vocabulary } from '../../src/search/vocabulary.js';
import { terms } from '../../src/text/tokenize.js';

const weightsFor = (question: string): Map<string, number> =>
  new Map(terms(question).map((t) => [t, 1]));
const bolded = (excerpt: Excerpt): string => boldMarkdown(excerpt.text, excerpt.highlights);

describe('makeExcerpt', () => {
  const passage =
    'Putin arrived on Thursday. The show of camaraderie was the final touch of the talks. ' +
    'Harbin Institute of Technology is known for its rocket research. Trade grew last year.';

  it('starts with the sentence that best answers the question, terms highlighted', () => {
    const excerpt = makeExcerpt(
      passage,
      weightsFor('What is Harbin Institute of Technology known for?'),
    );
    expect(bolded(excerpt).startsWith('**Harbin Institute**')).toBe(true);
    expect(bolded(excerpt)).toContain('**known**');
    expect(excerpt.text.startsWith('Harbin Institute of Technology')).toBe(true);
    expect(excerpt.offset).toBe(passage.indexOf('Harbin'));
  });

  it('adds the following sentences while they fit, never more than the limit', () => {
    const excerpt = makeExcerpt(passage, weightsFor('camaraderie'));
    expect(excerpt.text).toBe(
      'The show of camaraderie was the final touch of the talks. Harbin Institute of Technology is known for its rocket research. Trade grew last year.',
    );
  });

  it('fills its length with the start of the next sentence of the paragraph, cut after a word', () => {
    const school =
      'The School of Architecture was established in 1899 in a small brick building. ' +
      'Today the school, housed in Bond Hall, offers a five-year undergraduate program leading ' +
      'to the Bachelor of Architecture degree, with a third year in Rome.';
    const first = 'The School of Architecture was established in 1899 in a small brick building.';
    const excerptOf = (text: string, maxChars: number): string =>
      makeExcerpt(text, weightsFor('When was the School of Architecture established?'), {
        maxChars,
      }).text;
    const filled = excerptOf(school, 160);
    expect(filled).toBe(
      `${first} Today the school, housed in Bond Hall, offers a five-year undergraduate program…`,
    );
    expect(filled.length).toBeLessThanOrEqual(160);
    // Not when fewer than 30 characters of it fit, nor from the next paragraph.
    expect(excerptOf(school, 100)).toBe(first);
    expect(excerptOf(school.replace('building. ', 'building.\n'), 160)).toBe(first);
  });

  it('cuts an over-long sentence around its matches, on word boundaries, with ellipses', () => {
    const long = `${'Filler words keep coming here '.repeat(20)}the submarine technology is silent ${'and more filler text follows '.repeat(20)}.`;
    const excerpt = makeExcerpt(long, weightsFor('silent submarine technology'));
    const plain = excerpt.text;
    expect(plain.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(plain).toContain('submarine technology is silent');
    for (const h of excerpt.highlights) {
      expect(
        terms(plain.slice(h.start, h.end)).every((t) =>
          weightsFor('silent submarine technology').has(t),
        ),
      ).toBe(true);
    }
    expect(plain.startsWith('…')).toBe(true);
    expect(plain.endsWith('…')).toBe(true);
    const inner = plain.slice(1, -1);
    expect(long).toContain(inner);
    expect(long[long.indexOf(inner) - 1]).toBe(' ');
  });

  it('cuts an over-long sentence with its matches in the middle, not at an end', () => {
    const long = `${'alpha beta gamma '.repeat(20)}the submarine ${'delta epsilon zeta '.repeat(20)}.`;
    const { text } = makeExcerpt(long, weightsFor('submarine'), { maxChars: 120 });
    const at = text.indexOf('submarine');
    // As much text before the match as after it, within a word or two.
    expect(Math.abs(at - (text.length - at - 'submarine'.length))).toBeLessThan(20);
  });

  it('stays within the limit for any text, never breaks a word, and keeps spans inside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('alpha', 'beta', 'Gamma.', 'delta,', '**', '_x_', 'epsilon'), {
          maxLength: 200,
        }),
        (words) => {
          const text = words.join(' ');
          const excerpt = makeExcerpt(text, weightsFor('beta gamma'));
          const plain = excerpt.text;
          expect(plain.length).toBeLessThanOrEqual(EXCERPT_CHARS);
          let at = 0;
          for (const h of excerpt.highlights) {
            expect(h.start).toBeGreaterThanOrEqual(at);
            expect(h.end).toBeGreaterThan(h.start);
            expect(h.end).toBeLessThanOrEqual(plain.length);
            at = h.end;
          }
          for (const word of plain.replace(/…/g, ' ').split(/\s+/).filter(Boolean)) {
            expect(words.join(' ')).toContain(word);
          }
        },
      ),
    );
  });
});

describe('makeExcerpt opening on the sentence before the best', () => {
  // "dam" and "river" in the first sentence, "dam" and "finished" in the second, which answers.
  const dam =
    'The Hoover Dam holds back the Colorado River in Black Canyon. Work on the dam was ' +
    'finished in 1936, two years early. Tours of the turbine halls run daily.';
  const term = (word: string): string => terms(word)[0]!;
  const weights = new Map([
    [term('dam'), 1],
    [term('finished'), 3],
    [term('river'), 1],
  ]);

  it('leads in with the sentence before when it holds question terms too and both fit', () => {
    const excerpt = makeExcerpt(dam, weights);
    expect(excerpt.answer).toBe(dam.indexOf('Work on the dam'));
    expect(excerpt.offset).toBe(0);
    expect(excerpt.text.startsWith('The Hoover Dam holds back')).toBe(true);
    expect(bolded(excerpt)).toContain('**finished**');
  });

  it('opens on the best sentence when the one before holds no question term', () => {
    const excerpt = makeExcerpt(dam, new Map([[term('finished'), 3]]));
    expect(excerpt.offset).toBe(dam.indexOf('Work on the dam'));
    expect(excerpt.answer).toBe(excerpt.offset);
  });

  it('opens on the best sentence when the two would not fit', () => {
    const excerpt = makeExcerpt(dam, weights, { maxChars: 80 });
    expect(excerpt.text.startsWith('Work on the dam was finished in 1936')).toBe(true);
  });

  it('never leads in from the paragraph before', () => {
    const split = dam.replace('Canyon. ', 'Canyon.\n');
    expect(makeExcerpt(split, weights).offset).toBe(split.indexOf('Work on the dam'));
  });
});

describe('makeExcerpt with an answer kind', () => {
  const opening =
    'The bridge opened to great crowds and a brass band. The new bridge opened in 1932 after years of work.';

  it('starts, for a "when" question, with the sentence that holds a date', () => {
    const weights = weightsFor('When did the bridge open?');
    expect(makeExcerpt(opening, weights).offset).toBe(0);
    const excerpt = makeExcerpt(opening, weights, { expects: TermKind.date });
    expect(excerpt.answer).toBe(opening.indexOf('The new bridge'));
    // The first sentence, holding the question's terms too, leads in: both fit.
    expect(excerpt.text).toBe(opening);
  });

  it('does not count a date the question itself gives', () => {
    const weights = weightsFor('Which bridge opened in 1932?');
    const other =
      'The old bridge opened in 1932 to crowds. The new bridge opened later, in silence.';
    expect(makeExcerpt(other, weights, { expects: TermKind.date }).offset).toBe(0);
  });
});

describe('makeExcerpt preferring where the person asked about speaks', () => {
  const text =
    'Ties between Putin and Xi are close. Photos showed the pair. In an interview, Putin told a broadcaster that Xi was a friend.';

  it('answers with the best sentence holding a preferred offset, if one does', () => {
    const weights = weightsFor('What did Putin say about Xi?');
    expect(makeExcerpt(text, weights).answer).toBe(0);
    const told = text.indexOf('Putin told');
    expect(makeExcerpt(text, weights, { prefer: [told] }).answer).toBe(
      text.indexOf('In an interview'),
    );
    // An offset no sentence holds changes nothing.
    expect(makeExcerpt(text, weights, { prefer: [text.length + 5] }).answer).toBe(0);
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

describe('the excerpt the engine shows first', () => {
  const article = (id: string, paragraph: string): Article => ({
    id,
    file: id,
    story: 0,
    title: 'Medicine',
    source: id,
    paragraphs: [paragraph],
  });
  const hormone = article(
    'epinephrine.md',
    'Epinephrine, or adrenaline, is a hormone and a medication. The Japanese chemist Jokichi ' +
      'Takamine isolated it in 1901, working in a laboratory in New York. Epinephrine, also called ' +
      'adrenaline, is released by the adrenal glands in moments of stress, and adrenaline raises ' +
      'the heart rate. Doctors give epinephrine for anaphylaxis and cardiac arrest, and adrenaline ' +
      'pens are carried by people with severe allergies. Epinephrine, sold as adrenaline, is on ' +
      "the World Health Organization's list of essential medicines.",
  );
  const chemist = article(
    'takamine.md',
    'Jokichi Takamine came from Takaoka, a city in Toyama. The chemist isolated epinephrine in ' +
      '1901 and later gave cherry trees to Washington.',
  );
  const analyst = (): string =>
    'Karel Hruby was a Czech neurologist who studied the memory of dreams. Hruby came into the ' +
    'world in Příbor, in Moravia, and his birth there was in May 1856. In Vienna Hruby studied ' +
    'medicine, opened a practice for nervous disorders, and wrote the books on dreams, ' +
    'jokes and the unconscious that made Hruby famous far beyond the city he lived in until the ' +
    'Nazi annexation of Austria drove him to exile in London.';
  const college: Article = {
    ...article('kestrel.md', ''),
    title: 'Kestrel Bay College',
    paragraphs: [
      'Retired priests and brothers reside in Fatima House, a former retreat centre near the ' +
        'lake. While not a graduate, the novelist Ada Brook has praised writers from Kestrel Bay ' +
        'College and its press.',
    ],
  };
  let index: PassageIndex;
  const firstExcerpt = (question: string): string =>
    answerQuestion(index, question).results[0]?.excerpt ?? '';
  // What makeExcerpt is given for one article's passage, as the engine gives it.
  const indexedQuestion = (query: ReturnType<typeof parseQuery>, articleId: string) => {
    const entry = [...index.passages.values()].find((e) => e.passage.articleId === articleId)!;
    return {
      text: entry.passage.text,
      weights: new Map(query.terms.map((t) => [t.term, t.idf])),
      options: {
        indexed: {
          terms: entry.terms,
          sentenceEnds: entry.sentenceEnds,
          weights: new Map(query.terms.map((t) => [t.id, t.idf])),
          kinds: index.vocabulary.kinds(),
        },
      },
    };
  };
  const indexedExcerpt = (question: string, articleId: string) => {
    const { text, weights, options } = indexedQuestion(parseQuery(question, index), articleId);
    return { text, answer: makeExcerpt(text, weights, options).answer };
  };

  beforeAll(async () => {
    const { articles } = await loadCorpus('seeds');
    index = PassageIndex.build([
      ...articles,
      hormone,
      chemist,
      article('hruby.md', analyst()),
      college,
    ]);
  });

  it('weighs a question term less in a passage whose every sentence holds it', () => {
    // "epinephrine" and "adrenaline" are in four of five sentences; only one says "isolated".
    const question = 'Who isolated epinephrine, or adrenaline?';
    const { text, answer } = indexedExcerpt(question, 'epinephrine.md');
    expect(text.slice(answer)).toMatch(
      /^The Japanese chemist Jokichi Takamine isolated it in 1901/,
    );
    // The engine's reply shows it; the first sentence, which names both terms, may lead in.
    expect(firstExcerpt(question)).toMatch(
      /^(?:Epinephrine, or adrenaline, is a hormone and a medication\. )?The Japanese chemist/,
    );
  });

  it("weighs the article's subject less: a question names it to say where, not which sentence", () => {
    // The second sentence holds three of the question's words, all from the title; the first two.
    const excerpt = firstExcerpt('Which people are in Fatima House at Kestrel Bay College?');
    expect(excerpt).toMatch(/^Retired priests and brothers reside in Fatima House/);
  });

  it('counts a question word covered by a word questions are learned to be asked about', () => {
    // Each sentence names Hruby, the last twice; only the translation table relates "born" to
    // "birth". (The engine's own answer is silence: no passage has the word "born".)
    const query = parseQuery('Where was Hruby born?', index);
    const { text, weights, options } = indexedQuestion(query, 'hruby.md');
    const plain = makeExcerpt(text, weights, options);
    expect(plain.text.startsWith('In Vienna Hruby studied')).toBe(true);
    expect(plain.text).not.toContain('Příbor');
    const sources = questionSources(query.terms, index.vocabulary)!;
    const translated = makeExcerpt(text, weights, {
      ...options,
      translated: translatedTerms(sources),
    });
    expect(translated.answer).toBe(text.indexOf('Hruby came into the world'));
    expect(translated.text).toContain('his birth there was in May 1856');
    // Tokenizing the text again finds the same sentence.
    expect(makeExcerpt(text, weights, { translated: translatedTerms(sources) })).toEqual(
      translated,
    );
  });
});

describe('highlight', () => {
  const marked = (text: string, question: string) =>
    boldMarkdown(text, highlight(text, weightsFor(question)));

  it('leaves article text as it is and marks adjacent terms as one run', () => {
    expect(marked('Xi Jinping *hugged* Putin_', 'Xi Jinping')).toBe(
      '**Xi Jinping** *hugged* Putin_',
    );
  });

  it('marks a run across spaces and line breaks but not across punctuation', () => {
    expect(marked('Xi\nJinping met Xi, Putin.', 'Xi Jinping Putin')).toBe(
      '**Xi\nJinping** met **Xi**, **Putin**.',
    );
  });

  it('gives ordered, non-overlapping spans that each hold a question term', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const weights = weightsFor('a b c');
        let at = 0;
        for (const h of highlight(text, weights)) {
          expect(h.start).toBeGreaterThanOrEqual(at);
          expect(terms(text.slice(h.start, h.end)).some((t) => weights.has(t))).toBe(true);
          at = h.end;
        }
      }),
    );
  });
});

// User test: a passage joins a short paragraph to the next, and the excerpt ran on into it while
// the citation (and the reader's highlight) opened only the first.
describe('an excerpt stays in the paragraph its citation opens', () => {
  it('runs on into the next paragraph when its own ends by leading into it (review)', () => {
    const passage =
      'Asked why, chief executive Mara Quist gave one reason:\nFuel costs have tripled since 2021 and the fleet is old.';
    const excerpt = makeExcerpt(passage, weightsFor('What reason did Mara Quist give?'));
    expect(excerpt.text).toBe(
      'Asked why, chief executive Mara Quist gave one reason: Fuel costs have tripled since 2021 and the fleet is old.',
    );
  });

  it.each([
    'What did Galauskas say about North Korea?',
    'Which university did Putin visit?',
    'What did Xi and Putin drink?',
    'Who is Wei Fenghe?',
  ])('%s', async (question) => {
    const { articles } = await loadCorpus('seeds');
    const index = PassageIndex.build(articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const { results } = answerQuestion(index, question, { k: 5 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const paragraph = byId.get(r.citation.article ?? '')!.paragraphs[r.citation.paragraph - 1]!;
      // The paragraph's own words, apart from the names an editor's brackets add ("the school
      // [Harbin Institute of Technology]").
      const own = (r.refers ?? []).reduce((t, [, name]) => t.replace(` [${name}]`, ''), r.excerpt);
      for (const piece of own.split('…').filter((p) => p.trim()))
        expect(paragraph).toContain(piece.trim());
    }
  });
});
