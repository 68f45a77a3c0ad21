import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../../src/answers/types.js';
import {
  renderAnswerPage,
  renderNoAnswer,
  renderPassage,
} from '../../../src/discord/render/ask.js';
import { toEdit } from '../../../src/discord/response.js';
import { messageProblem } from '../../e2e/peer/limits.js';
import { MARKDOWN_QUESTION, openFixtureEngine, type FixtureEngine } from '../../helpers/engine.js';

// Results as the real engine produces them, on an article whose text holds markdown characters;
// each copy gets its own citation so pages can be told apart.
let fixture: FixtureEngine;
let real: AnswerResult;
beforeAll(async () => {
  fixture = await openFixtureEngine();
  real = fixture.engine.ask(MARKDOWN_QUESTION).results[0]!;
});
afterAll(() => fixture.close());

const result = (n: number, extra: Partial<AnswerResult['citation']> = {}): AnswerResult => ({
  ...real,
  citation: {
    title: `Article ${n}`,
    source: `https://example.com/a${n}`,
    url: `https://example.com/a${n}`,
    paragraph: n,
    ...extra,
  },
});
const answer = (count: number, question = 'Why Harbin?'): Answer => ({
  question,
  results: Array.from({ length: count }, (_, i) => result(i + 1)),
});
const labels = (body: ReturnType<typeof renderAnswerPage>): string[] =>
  (body.components ?? []).flatMap((row) =>
    row.components.map((c) => ('label' in c ? String(c.label) : '')),
  );

describe('renderAnswerPage', () => {
  it.each([
    // results, perPage, page, embeds shown, first title, buttons
    [3, 3, 0, 3, 'Result 1 of 3', ['Full passage 1', 'Full passage 2', 'Full passage 3']],
    [
      7,
      3,
      0,
      3,
      'Result 1 of 7',
      ['Previous', 'More results', 'Full passage 1', 'Full passage 2', 'Full passage 3'],
    ],
    [7, 3, 2, 1, 'Result 7 of 7', ['Previous', 'More results', 'Full passage 7']],
    [7, 3, 99, 1, 'Result 7 of 7', ['Previous', 'More results', 'Full passage 7']],
    [1, 5, 0, 1, 'Result 1 of 1', ['Full passage 1']],
  ])(
    '%i results, %i per page, page %i → %i embeds',
    (count, perPage, page, shown, title, buttons) => {
      const body = renderAnswerPage(answer(count), page, perPage, 'sid1');
      expect(body.embeds).toHaveLength(shown);
      expect(body.embeds![0]!.title).toBe(title);
      expect(labels(body)).toEqual(buttons);
      expect(messageProblem(toEdit(body))).toBeNull();
    },
  );

  it('shows the excerpt with matched terms bold, article markdown escaped once, and a linked citation', () => {
    expect(real.excerpt).toContain('rate_cap at 5*3 [provisional]');
    const body = renderAnswerPage(answer(1), 0, 3, 's');
    const description = body.embeds![0]!.description!;
    // One backslash before each markdown character: Discord shows the text as written.
    expect(description).toContain('rate**\\_**cap** at 5\\*3 \\[provisional\\]');
    expect(description).toMatch(/\*\*harbour board\b/);
    expect(description).not.toContain('\\\\');
    expect(description).toContain(
      '[Article 1](https://example.com/a1) · example.com · paragraph 1',
    );
  });

  it('names the file when an article has no URL, and neutralises mentions in the question', () => {
    const a: Answer = {
      question: 'hey @everyone <@123456789012345678>',
      results: [result(1, { url: undefined, source: 'news/a.txt' })],
    };
    const body = renderAnswerPage(a, 0, 3, 's');
    expect(body.embeds![0]!.description).toContain('**Article 1** · news/a.txt · paragraph 1');
    expect(body.content).not.toMatch(/@everyone|<@\d+>/);
  });

  it('disables Previous on the first page and More results on the last', () => {
    const first = renderAnswerPage(answer(6), 0, 3, 's').components![0]!.components;
    const last = renderAnswerPage(answer(6), 1, 3, 's').components![0]!.components;
    expect(first.map((b) => ('disabled' in b ? b.disabled : null))).toEqual([true, false]);
    expect(last.map((b) => ('disabled' in b ? b.disabled : null))).toEqual([false, true]);
  });

  // The engine chooses an excerpt when it is first read, so a later page's come from its paging.
  it('renders a later page of a real answer as it renders the same answer read in full first', () => {
    const ask = () => fixture.engine.ask('trade between China and Russia', { k: 15 });
    const read = JSON.parse(JSON.stringify(ask())) as Answer;
    expect(read.results.length).toBeGreaterThan(6);
    const page2 = renderAnswerPage(ask(), 1, 3, 's');
    expect(page2).toEqual(renderAnswerPage(read, 1, 3, 's'));
    expect(page2.embeds!.map((e) => e.title)).toEqual([
      `Result 4 of ${read.results.length}`,
      `Result 5 of ${read.results.length}`,
      `Result 6 of ${read.results.length}`,
    ]);
    expect(page2.embeds![0]!.description).toContain(
      `paragraph ${read.results[3]!.citation.paragraph}`,
    );
  });

  it('says plainly when nothing answers, pointing to /sources', () => {
    expect(renderAnswerPage(answer(0), 0, 3, 's')).toEqual(renderNoAnswer('Why Harbin?'));
    expect(renderNoAnswer('x').content).toMatch(/nothing in the corpus.*\/sources/s);
    // For "what did X say", that the corpus names X but never shows them speaking, made safe.
    expect(renderNoAnswer('x', 'Kim Jong Un').content).toContain(
      'The corpus names **Kim Jong Un** but never shows them speaking.',
    );
    expect(renderNoAnswer('x', '@everyone *Kim*').content).not.toMatch(/@everyone|\*Kim\*/);
  });
});

describe('renderPassage', () => {
  it('shows the whole passage with its citation within the description limit', () => {
    const long: AnswerResult = { ...result(2), passage: 'word '.repeat(2000) };
    const body = renderPassage(long, 1);
    expect(body.embeds![0]!.title).toBe('Full passage 2');
    expect(body.embeds![0]!.description!.length).toBeLessThanOrEqual(4096);
    expect(body.embeds![0]!.description).toContain('paragraph 2');
  });
});
