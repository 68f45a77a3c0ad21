import { beforeAll, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import { boldMarkdown } from '../../src/answers/highlights.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { InputError } from '../../src/errors.js';
import { PassageIndex } from '../../src/search/index.js';
import { expectedKind, parseQuery } from '../../src/search/query.js';
import { DEFAULT_WEIGHTS, rank, type RankingWeights } from '../../src/search/ranking.js';
import { TermKind } from '../../src/search/vocabulary.js';
import { articleOf } from '../helpers/articles.js';

let index: PassageIndex;

beforeAll(async () => {
  const { articles } = await loadCorpus('seeds');
  index = PassageIndex.build(articles);
});

const top = (question: string) => answerQuestion(index, question, { k: 3 }).results[0];

describe('ranking on the seed articles', () => {
  it.each([
    ['Which institute did Putin visit?', /Harbin Institute of Technology/],
    ['What did Putin and Xi drink in the pavilion?', /tea/],
    ['What was bilateral trade between Russia and China in 2015?', /US\$60 billion/],
    ['Who is Wei Fenghe?', /Minister of National Defense/],
    ['What share of transactions between Russia and China are settled in rubles or yuan?', /90%/],
    // Two passages name the institute and give no number: the one with its age leads.
    ['How old is the Harbin Institute of Technology?', /103-year-old/],
  ])('answers “%s” with the passage that says so', (question, answer) => {
    const result = top(question);
    expect(result, question).toBeDefined();
    expect(result!.passage).toMatch(answer);
    expect(result!.excerpt).toMatch(answer);
  });

  // The seed names the school only as "Harbin Institute of Technology" on a "trip": no word of this
  // question reaches it, so the answer is a passage reporting the visit in the question's words
  // (since the weights were refitted on training questions, the one that calls it "the school").
  it('answers which university Putin visited with a passage reporting that visit', () => {
    const result = top('Which university did Putin visit?');
    expect(result?.passage).toMatch(/Putin’s visit to the school|visited a state-owned university/);
    expect(result!.excerpt).toMatch(/university/);
  });

  // The seeds are 38 passages: a name in three of them is no common word to leave out of the
  // candidate search (it was, at 5% of passages, and the answer was never a candidate).
  it('searches a small corpus by a name a few of its passages share', () => {
    const { results } = answerQuestion(index, 'Which think tank does Galauskas work for?', {
      k: 3,
    });
    expect(results.map((r) => r.passage).join('\n')).toMatch(/Atlantic Council/);
  });

  it('cites the story a teaser passage belongs to, not the article it was glued to', () => {
    const result = top('Did President William Lai say the PRC could be the motherland of the ROC?');
    expect(result?.citation.title).toMatch(/CELEBRATION|PRC/);
    expect(result?.citation.source).toMatch(/002_/);
  });

  it('cites the paragraph the answering sentence is in', () => {
    const result = top('Who is a security expert at the Atlantic Council?');
    expect(result?.citation.title).toMatch(/China visit highlights military ties/);
    expect(result?.passage).toContain('Marcus Galauskas');
    const article = index.articles.get(
      [...index.articles.values()].find((a) => a.title.includes('military ties'))!.id,
    );
    expect(result!.citation.paragraph).toBeGreaterThan(1);
    expect(result!.citation.paragraph).toBeLessThanOrEqual(article!.paragraphs);
  });

  it('finds what a named person said: reporting verbs do not decide the passage', () => {
    expect(top('What did Galauskas say?')?.passage).toContain('Galauskas');
    expect(top('What has Galauskas told us?')?.passage).toContain('Galauskas');
  });

  it('says plainly when nothing in the corpus answers', () => {
    expect(answerQuestion(index, 'What is the boiling point of liquid nitrogen?').results).toEqual(
      [],
    );
    expect(answerQuestion(index, 'Who won the 1998 football world cup final?').results).toEqual([]);
  });

  it('meets name spellings with and without diacritics', () => {
    const plain = top('What did Galauskas say about technology?');
    const accented = top('What did Galauskás say about technology?');
    expect(plain?.passage).toContain('Galauskas');
    expect(accented?.passage).toBe(plain?.passage);
  });

  it('finds a misspelt name or long word, and bolds the word the passage has', () => {
    const result = top('What did Galauskis say about technology?');
    expect(result?.passage).toBe(top('What did Galauskas say about technology?')?.passage);
    expect(boldMarkdown(result!.excerpt, result!.highlights)).toContain('**Galauskas**');
    expect(top('Where did Putin and Xi drink tea in Zhongnanhia?')?.passage).toContain(
      'Zhongnanhai',
    );
  });

  it('leaves short words and numbers unmatched rather than guess another word or year', () => {
    const terms = (q: string) => parseQuery(q, index).terms.map((t) => [t.term, t.id]);
    // Issue 11: a short misspelt word is read as a corpus term one edit away (`Putn` is Putin).
    expect(terms('Putn')[0]?.[0]).toBe('putin');
    expect(terms('2021')).toEqual([['2021', -1]]);
    expect(index.vocabulary.lookup('2020')).not.toBe(-1); // a year one digit away is there
    expect(terms('Kubernetes')).toEqual([['kubernet', -1]]); // nothing within one edit
    expect(answerQuestion(index, 'What is Kubernetes?').results).toEqual([]);
  });

  it('finds CJK names in the text', () => {
    expect(top('習近平')?.passage).toContain('習近平');
  });

  it('refuses empty, punctuation-only and oversized questions with a clear message', () => {
    expect(() => answerQuestion(index, '   ')).toThrow(InputError);
    expect(() => answerQuestion(index, '?!?')).toThrow(/no words to search for/);
    expect(() => answerQuestion(index, 'the of and what')).toThrow(InputError);
    expect(() => answerQuestion(index, 'putin '.repeat(2000))).toThrow(/at most/);
  });

  it('treats control characters as spaces', () => {
    expect(top('Which\u0000university\u0007did Putin visit?')?.passage).toBe(
      top('Which university did Putin visit?')?.passage,
    );
  });

  it('never returns the same passage twice', () => {
    const ids = answerQuestion(index, 'Putin Xi China Russia', { k: 10 }).results.map(
      (r) => r.passage,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const article = articleOf;

describe('ranking features on handmade articles', () => {
  // Two passages say the bridge opened with the same words; only the longer one says when.
  const bridges = PassageIndex.build([
    article('bridge', 'The harbour crossing', [
      'After eight long years of work by the engineers of the city council and several hundred labourers from the docks, who had feared for their jobs, the harbour bridge finally opened to traffic in 1932.',
      'The harbour bridge opened to traffic with a long parade, led by the engineers of the city council, the mayor and a brass band from the docks.',
      'Ferries had carried commuters across the water for decades before anyone thought of a crossing, and their owners fought the plan in every newspaper of the city.',
    ]),
  ]);
  const ask = (question: string, weights: RankingWeights = DEFAULT_WEIGHTS) =>
    rank(bridges, parseQuery(question, bridges), { k: 3, weights }).map(
      (s) => s.entry.passage.text,
    );

  it('prefers, for a "when" question, the passage that holds a date near the question’s words', () => {
    expect(ask('When did the harbour bridge open to traffic?')[0]).toContain('1932');
    // Without the answer-type feature the shorter passage wins: the feature is what decides. It
    // holds no date, so the silence for such a passage is lifted too.
    expect(
      ask('When did the harbour bridge open to traffic?', {
        ...DEFAULT_WEIGHTS,
        typed: 0,
        kindFloor: 0,
      })[0],
    ).not.toContain('1932');
  });

  it('keeps the plain order for a question that asks for no kind of answer', () => {
    expect(ask('Who led the parade when the harbour bridge opened to traffic?')[0]).toContain(
      'parade',
    );
  });
});

describe('the title as the subject of every passage', () => {
  const index = PassageIndex.build([
    article('bridge', 'The harbour bridge', [
      'Traffic first crossed the bridge in the spring, once it had opened after eight long years of work by the engineers of the council and several hundred labourers from the docks.',
    ]),
    article('roads', 'City roads', [
      'The new harbour road opened to traffic in the spring, the year that work on the tunnel began, and labourers from the docks paved it.',
    ]),
  ]);
  const first = (weights: RankingWeights) =>
    rank(index, parseQuery('When did the harbour bridge open to traffic?', index), {
      k: 2,
      weights,
    })[0]?.entry.passage.articleId;

  it('counts the title’s words as present in a passage that does not repeat them', () => {
    expect(first(DEFAULT_WEIGHTS)).toBe('bridge');
    // Scores without those features fall below the no-answer floor, so it is lowered too; and the
    // roads passage holds no date or number, so the silence for that is lifted as well.
    const without = {
      ...DEFAULT_WEIGHTS,
      subject: 0,
      sentence: 0,
      title: 0,
      scoreFloor: 0,
      kindFloor: 0,
    };
    expect(first(without)).toBe('roads');
  });
});

describe('silence on a question asking when', () => {
  const index = PassageIndex.build([
    article('bridge', 'The harbour bridge', [
      'Engineers of the council and labourers from the docks built the harbour bridge, which carries traffic across the narrows.',
    ]),
    article('market', 'The fish market', [
      'The fish market opened on Tuesday beside the harbour, and traders from the docks sold their catch there.',
    ]),
  ]);
  const ask = (question: string) =>
    rank(index, parseQuery(question, index), { k: 2 }).map((s) => s.entry.passage.articleId);

  it('is silent when the best passage holds no date, number or day', () => {
    expect(ask('When did the harbour bridge open to traffic?')).toEqual([]);
    // The same passage answers a question that asks for no date.
    expect(ask('Who built the harbour bridge?')[0]).toBe('bridge');
  });

  it('answers when the passage dates it by a day ("on Tuesday")', () => {
    expect(ask('When did the fish market open?')[0]).toBe('market');
  });
});

describe('a passage that can answer leading a "when" or "how many" question', () => {
  // A reviewer's articles: the best passage says the bridge opened and gives no date; another,
  // near it, counts dollars and lanes.
  const index = PassageIndex.build([
    article('opens', 'Harbour bridge finally opens', [
      'The harbour bridge opened to traffic after a long delay, and crowds crossed the harbour bridge.',
    ]),
    article('tolls', 'Bridge tolls', [
      'Drivers pay 15 dollars to cross the harbour bridge, which opened with 12 lanes.',
    ]),
    article('fish', 'Fish', ['Fishermen in the harbour say the catch has been poor this season.']),
  ]);
  const ask = (question: string) =>
    rank(index, parseQuery(question, index), { k: 2 }).map((s) => s.entry.passage.articleId);

  it('is a date for "when": a count of dollars or lanes does not answer it', () => {
    expect(ask('When did the harbour bridge open?')).toEqual([]);
  });

  it('is a number for "how many"', () => {
    expect(ask('How many lanes does the harbour bridge have?')[0]).toBe('tolls');
  });
});

describe('expectedKind', () => {
  it.each([
    ['When did the war end?', TermKind.date],
    ['In what year was the treaty signed?', TermKind.date],
    ['During which century did the empire fall?', TermKind.date],
    ['Since when has the bridge been closed?', TermKind.date],
    ['How many people live in Harbin?', TermKind.number],
    ['How much did the bridge cost?', TermKind.number],
    ['What percentage of trade is settled in rubles?', TermKind.number],
    ['Who is Wei Fenghe?', 0],
    ['What happened when the bridge opened?', 0],
    ['When forming compound tenses in Spanish, what auxiliary is no longer used?', 0],
    ['When Beijing hosted the Games, which city bid against it?', 0],
    ['When asked about it, what did she say?', 0],
    ['When King George died?', TermKind.date],
    ['Which university did Putin visit?', 0],
  ])('“%s” expects kind %i', (question, kind) => {
    expect(expectedKind(question)).toBe(kind);
  });
});

describe('misspelt question terms', () => {
  const build = () =>
    PassageIndex.build([
      article('poet', 'A Roman poet', [
        'Ovid wrote the Metamorphoses in Rome and was later exiled by Augustus to Tomis on the Black Sea coast.',
      ]),
      article('expert', 'An expert on trade', [
        'Marcus Galauskas, a security expert at the Atlantic Council, studies trade between Russia and China.',
      ]),
      article('typo', 'A misprint', [
        'Galauskis is how one newsletter misprinted the name of a security expert in its summary.',
      ]),
    ]);
  const termsOf = (index: PassageIndex, question: string, allow?: (id: string) => boolean) =>
    parseQuery(question, index, allow).terms.map((t) => index.vocabulary.termAt(t.id) || t.term);

  it('does not take a word the corpus lacks for a shorter one it has ("covid" is not "Ovid")', () => {
    const index = build();
    expect(termsOf(index, 'When did covid start?')).toEqual(['covid', 'start']);
    expect(answerQuestion(index, 'When did covid start?').results).toEqual([]);
  });

  it('matches the spelling that is left once an article with the other one is removed', () => {
    const index = build();
    expect(termsOf(index, 'Galauskis')).toEqual(['galauski']);
    index.remove(['typo']);
    expect(termsOf(index, 'Galauskis')).toEqual(['galauska']);
  });

  it('ignores spellings only articles outside the asker’s view hold', () => {
    const index = build();
    expect(termsOf(index, 'Galauskis', (id) => id !== 'typo')).toEqual(['galauska']);
    const answer = answerQuestion(index, 'Who is Galauskis?', { filter: (id) => id !== 'typo' });
    const first = answer.results[0]!;
    expect(boldMarkdown(first.excerpt, first.highlights)).toContain('**Galauskas**');
  });

  it('takes a word only articles outside the asker’s view hold for one no passage has', () => {
    // "misprinted" is written only in the hidden article: another server's addition must not turn
    // it into a known word of this server's corpus (review: "harbour dues" answered by "…due to…"
    // once another server added an article on harbour dues).
    const index = build();
    const hidden = (id: string): boolean => id !== 'typo';
    const [word] = parseQuery('misprinted', index, hidden).terms;
    expect(word?.id).toBe(-1);
    expect(parseQuery('misprinted', index).terms[0]?.id).toBeGreaterThanOrEqual(0);
    // Answered as if the hidden article had never been added.
    const ids = (i: PassageIndex, allow?: (id: string) => boolean) =>
      answerQuestion(
        i,
        'Who misprinted the security expert?',
        allow ? { filter: allow } : {},
      ).results.map((r) => r.passageId);
    index.remove(['poet']);
    const without = build();
    without.remove(['typo', 'poet']);
    expect(ids(index, hidden)).toEqual(ids(without));
  });

  it('keeps a place only another server’s addition names unknown, not noise (review of 82c715f)', () => {
    const index = PassageIndex.build([
      article('expert', 'An expert on trade', [
        'Marcus Galauskas, a security expert at the Atlantic Council, studies trade between Russia and China.',
      ]),
      article('marina', 'Inverkip marina expands', [
        'The marina at Inverkip will add two hundred berths next year, the harbour board said.',
      ]),
    ]);
    const hidden = (id: string): boolean => id !== 'marina';
    // Unknown here, the place is what the question is about: silence, as with no such addition.
    expect(
      answerQuestion(index, 'Who studies trade in Inverkip?', { filter: hidden }).results,
    ).toEqual([]);
    expect(
      answerQuestion(index, 'Who studies trade in Inverkp?', { filter: hidden }).results,
    ).toEqual([]);
  });

  it('looks up at most three unknown words per question', () => {
    const index = build();
    const nearest = vi.spyOn(index.vocabulary, 'nearest');
    parseQuery('qwertyuiop asdfghjkl zxcvbnmlk poiuytrewq lkjhgfdsa mnbvcxzlk', index);
    expect(nearest).toHaveBeenCalledTimes(3);
  });
});

describe('editions of one story in several files (user review)', () => {
  const lede = (when: string) =>
    `The Riverside Museum returned a stolen 17th-century painting to the Dutch government on ${when}, museum director Claudia Ferris said. “It belongs in Haarlem, not in our storage room,” Ferris said.`;
  const build = () =>
    PassageIndex.build([
      article('first', 'Museum returns stolen painting', [lede('Thursday')]),
      article('updated', 'Museum returns stolen painting', [
        `${lede('Thursday afternoon')} Correction: An earlier version misstated the year.`,
      ]),
      article('other', 'Haarlem museum storage', [
        'Haarlem’s Frans Hals Museum keeps most of its paintings in a storage room near the station.',
      ]),
    ]);

  it('shows one edition of a passage, the best ranked', () => {
    const { results } = answerQuestion(build(), 'Where does the stolen painting belong?', { k: 5 });
    const ids = results.map((r) => r.passageId.split('¶')[0]);
    expect(ids.filter((id) => id === 'first' || id === 'updated')).toHaveLength(1);
  });

  it('shows both editions when one says the opposite or another number (review of 721f9e6)', () => {
    const school = (when: string, close: string, pupils: string) =>
      `The Western Isles council said on ${when} that the Scalpay primary school ${close} in June because only ${pupils} pupils remain, and that the children would travel to Harris.`;
    const editions = PassageIndex.build([
      article('monday', 'Scalpay school', [school('Monday', 'will close', '4')]),
      article('wednesday', 'Scalpay school', [school('Wednesday', 'will not close', '4')]),
      article('thursday', 'Scalpay school', [school('Thursday', 'will close', '6')]),
    ]);
    const { results } = answerQuestion(editions, 'Will the Scalpay school close in June?', {
      k: 5,
    });
    expect(results.map((r) => r.passageId.split('¶')[0]).sort()).toEqual([
      'monday',
      'thursday',
      'wednesday',
    ]);
  });

  it('keeps passages of one file that share most words (windows of a long paragraph)', () => {
    const index = PassageIndex.build([
      article('long', 'Council budget', [lede('Thursday'), `${lede('Friday')} More to come.`]),
    ]);
    const { results } = answerQuestion(index, 'Where does the stolen painting belong?', { k: 5 });
    expect(results).toHaveLength(2);
  });
});
