import { beforeAll, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answers/ask.js';
import type { Answer } from '../../src/answers/types.js';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Article } from '../../src/corpus/types.js';
import { PassageIndex } from '../../src/search/index.js';
import { withLinks } from '../../src/web/links.js';
import { chosen } from '../helpers/excerpts.js';

// Every excerpt the engine chooses, counted: /ask fetches 15 passages and shows 3 at a time.
vi.mock('../../src/search/excerpt.js', async (importOriginal) =>
  (await import('../helpers/excerpts.js')).countingExcerpts(await importOriginal()),
);

const QUESTION = 'trade between China and Russia';
const PAGE_2 = [3, 4, 5];
let articles: Article[];
let index: PassageIndex;

beforeAll(async () => {
  ({ articles } = await loadCorpus('seeds'));
  index = PassageIndex.build(articles);
});

/** Every field of `answer` read, in order, as plain data: what an eager answer held. */
const readInOrder = (answer: Answer): Answer => JSON.parse(JSON.stringify(answer)) as Answer;

const ask = (): Answer => answerQuestion(index, QUESTION, { k: 15 });

describe('answerQuestion: excerpts chosen when read', () => {
  it('chooses no excerpt until one is read, and each one once', () => {
    chosen.count = 0;
    const answer = ask();
    expect(answer.results.length).toBeGreaterThan(PAGE_2.at(-1)!);
    expect(chosen.count).toBe(0);
    const result = answer.results[4]!;
    expect(result.citation.paragraph).toBeGreaterThan(0);
    expect(result.excerpt.length).toBeGreaterThan(0);
    expect(result.highlights.length).toBeGreaterThan(0);
    expect(chosen.count).toBe(1);
  });

  it('gives page 2, read first, the excerpts, highlights and paragraphs of an answer read in order', () => {
    const eager = readInOrder(ask());
    const lazy = ask();
    const page2 = PAGE_2.map((i) => ({ ...lazy.results[i]! }));
    expect(page2).toEqual(PAGE_2.map((i) => eager.results[i]));
    expect(readInOrder(lazy)).toEqual(eager);
    // The excerpt answers the question: its highlights mark the question's words in it.
    for (const { excerpt, highlights } of page2) {
      const marked = highlights.map((h) => excerpt.slice(h.start, h.end).toLowerCase());
      expect(marked.some((w) => /trade|china|russia/.test(w))).toBe(true);
    }
  });

  it('keeps the excerpts of the index the question was asked of when the index changes later', () => {
    const changing = PassageIndex.build(articles.slice(0, 1));
    const eager = readInOrder(answerQuestion(changing, QUESTION, { k: 15 }));
    const lazy = answerQuestion(changing, QUESTION, { k: 15 });
    changing.add(articles.slice(1));
    expect(readInOrder(lazy)).toEqual(eager);
  });

  it('links citations without choosing excerpts, and the link cites the excerpt’s paragraph', () => {
    chosen.count = 0;
    const linked = withLinks(ask(), { base: 'https://r.example' });
    expect(chosen.count).toBe(0);
    const citation = linked.results[4]!.citation;
    expect(chosen.count).toBe(1);
    expect(citation.link).toBe(
      `https://r.example/a/${encodeURIComponent(citation.article!)}?p=${citation.paragraph}#p${citation.paragraph}`,
    );
    expect(readInOrder(linked).results.map((r) => r.citation.paragraph)).toEqual(
      readInOrder(ask()).results.map((r) => r.citation.paragraph),
    );
  });
});

describe('answerQuestion: bodies a passage only describes', () => {
  it('names "the school" in the excerpt and in refers, where the article named it before', () => {
    const answer = answerQuestion(index, 'Which school is on the Entity List?');
    const first = answer.results[0]!;
    expect(first.excerpt).toContain('the school [Harbin Institute of Technology] is on');
    expect(first.refers).toContainEqual(['the school', 'Harbin Institute of Technology']);
    // The question's words are marked where they stand in the new text.
    const marked = first.highlights.map((h) => first.excerpt.slice(h.start, h.end));
    expect(marked).toContain('school');
    expect(marked.join(' ')).toMatch(/Entity List/);
  });

  it("marks a word taken for the question's as related, never as the question's own", () => {
    // User test: "Ben" bolded for "Daniel", "Perth" for "Adelaide", as if the question had them.
    const question = 'Which school did the Russian leader tour in Harbin?';
    const { results } = answerQuestion(index, question, { k: 5 });
    const asked = new Set(['school', 'russian', 'leader', 'tour', 'harbin']);
    const kinds = new Set<string>();
    for (const { excerpt, highlights } of results) {
      for (const h of highlights) {
        const words = excerpt.slice(h.start, h.end).toLowerCase().split(/\W+/);
        // "Harbin's" and "schools" are the question's words; "visit" and "trip" are not.
        const own = words.some((w) => [...asked].some((a) => w.startsWith(a)));
        expect([excerpt.slice(h.start, h.end), h.kind]).toEqual([
          excerpt.slice(h.start, h.end),
          own ? 'matched' : 'related',
        ]);
        kinds.add(h.kind);
      }
    }
    expect([...kinds].sort()).toEqual(['matched', 'related']);
  });

  it("splits a run of words side by side into the question's own and related ones (review)", () => {
    // "Harbin Institute": "Institute" stands for "college".
    const { results } = answerQuestion(index, 'How old is the Harbin college?', { k: 3 });
    const asked = /^(?:old|harbin|college)$/i;
    const spans = results.flatMap((r) =>
      r.highlights.map((h) => ({
        words: r.excerpt.slice(h.start, h.end).split(/\s+/),
        kind: h.kind,
      })),
    );
    expect(spans.some((s) => s.kind === 'related')).toBe(true);
    for (const { words, kind } of spans)
      for (const word of words)
        expect([word, kind]).toEqual([word, asked.test(word) ? 'matched' : 'related']);
  });

  it('marks the name asked in place of a description as related in its passages (review)', () => {
    const { results } = answerQuestion(index, 'What did the Russian president say?', { k: 5 });
    const putin = results.flatMap((r) =>
      r.highlights.filter((h) => r.excerpt.slice(h.start, h.end) === 'Putin').map((h) => h.kind),
    );
    expect(putin.length).toBeGreaterThan(0);
    expect(new Set(putin)).toEqual(new Set(['related']));
  });

  it('names a body the passage named before the sentence the excerpt shows, and only there', () => {
    // "Harbin Institute of Technology is known for… The institute also trains North Korean
    // scientists…": the excerpt is the second sentence alone.
    const answer = answerQuestion(index, 'Who trains North Korean scientists?');
    const first = answer.results[0]!;
    expect(first.excerpt).toMatch(/^The institute \[Harbin Institute of Technology\] also trains/);
    expect(first.refers).toContainEqual(['The institute', 'Harbin Institute of Technology']);
    // Where the excerpt shows the name itself, neither a bracket nor a refers entry.
    const whole = answerQuestion(index, 'What is Harbin Institute of Technology known for?');
    const known = whole.results.find((r) =>
      r.excerpt.includes('Harbin Institute of Technology is known'),
    );
    expect(known).toBeDefined();
    expect(known!.excerpt).not.toContain('[Harbin Institute of Technology]');
    expect(known!.refers ?? []).not.toContainEqual([
      'The institute',
      'Harbin Institute of Technology',
    ]);
  });

  it('leaves refers out of a passage that describes no body named before it', () => {
    const answer = answerQuestion(index, 'What did Xi and Putin drink?');
    const plain = answer.results.find(
      (r) => !/\bthe (?:school|university|academy)\b/i.test(r.passage),
    );
    expect(plain).toBeDefined();
    expect(plain!.refers).toBeUndefined();
    expect(JSON.stringify(plain)).not.toContain('"refers"');
  });
});

describe('answerQuestion: where the name of a described body goes', () => {
  it('after the description the passage resolved, not the same words before it', () => {
    const text = [
      'Acme Holdings Inc. bought the Riverton paper mill in 2019 from a family that had run it for three generations, promising at the time to keep every one of its 400 jobs in the town.',
      'Staff in the company town said on Tuesday that the company would close the mill in March, after two years of falling orders for newsprint and a fire that shut one of its machines.',
    ];
    const built = PassageIndex.build([
      {
        id: 'mill',
        file: 'mill.txt',
        story: 0,
        title: 'Mill to close',
        source: 'mill.txt',
        paragraphs: text,
      },
    ] as Article[]);
    const first = answerQuestion(built, 'When will the mill close in March?', {
      k: 5,
    }).results.find((r) => r.passage.startsWith('Staff'));
    expect(first?.excerpt).toContain('that the company [Acme Holdings Inc.] would close');
    expect(first?.excerpt).toContain('company town said');
    expect(first?.excerpt).not.toContain('company [Acme Holdings Inc.] town');
  });
});
