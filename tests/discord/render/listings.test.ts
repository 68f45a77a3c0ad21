import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteAnswer } from '../../../src/answers/types.js';
import type { ReindexReport, SourceEntry } from '../../../src/engine/api.js';
import { renderHelp } from '../../../src/discord/render/help.js';
import { renderQuotePage } from '../../../src/discord/render/quote.js';
import { renderReindexReport } from '../../../src/discord/render/reindex.js';
import { renderSourcesPage } from '../../../src/discord/render/sources.js';
import { toEdit } from '../../../src/discord/response.js';
import { messageProblem } from '../../e2e/peer/limits.js';
import { openFixtureEngine, type FixtureEngine } from '../../helpers/engine.js';

// Answers as the real engine gives them: a quote holding @everyone and *markdown* (and words in
// marks beside a name, with both), and the seed articles' sources, copied to make as many as a
// test needs.
let fixture: FixtureEngine;
let realQuote: QuoteAnswer;
let realSources: SourceEntry[];
beforeAll(async () => {
  fixture = await openFixtureEngine();
  realQuote = fixture.engine.quote('Rautio');
  realSources = fixture.engine.sources();
});
afterAll(() => fixture.close());

const quotes = (n: number): QuoteAnswer => {
  const [one] = realQuote.quotes;
  return {
    ...realQuote,
    quotes: Array.from({ length: n }, (_, i) => ({
      ...one!,
      kind: i % 2 === 0 ? ('full' as const) : ('partial' as const),
      citation: { ...one!.citation, paragraph: i + 3 },
    })),
  };
};

describe('renderQuotePage', () => {
  it('shows the quote, speaker with role and citation, with no live mention', () => {
    const body = renderQuotePage(quotes(2), 0, 3, 's');
    expect(body.content).toContain('Quotes by Annika Rautio');
    const d = body.embeds![0]!.description!;
    expect(d).toMatch(
      /^“Tell @\u200beveryone the \\\*new\\\* rates start in May, not before”\n— \*\*Annika Rautio\*\*, the chair/,
    );
    expect(d).toContain(
      '**Harbour board sets new mooring rates** · harbour-rates.txt · paragraph 3',
    );
    expect(body.embeds![1]!.description).toMatch(/^“…Tell/);
    expect(messageProblem(toEdit(body))).toBeNull();
  });

  it.each([
    [4, 0, 3, ['Previous', 'More results']],
    [3, 0, 3, []],
  ])('%i quotes, page %i of %i per page → buttons %j', (n, page, perPage, buttons) => {
    const body = renderQuotePage(quotes(n), page, perPage, 's');
    expect(
      (body.components ?? []).flatMap((r) =>
        r.components.map((c) => ('label' in c ? c.label : '')),
      ),
    ).toEqual(buttons);
  });

  it.each([
    [
      { query: 'mcgreger', speaker: null, quotes: [], suggestions: ['Richard McGregor'] },
      /no speaker called “mcgreger”.*Did you mean \*\*Richard McGregor\*\*/,
    ],
    [
      { query: 'zz', speaker: null, quotes: [], suggestions: [] },
      /no speaker called “zz”.*\/sources/,
    ],
    [
      { query: 'xi', about: 'tea', speaker: 'Xi Jinping', quotes: [], suggestions: [] },
      /no quotes by \*\*Xi Jinping\*\* about “tea”/,
    ],
  ])('explains an empty answer %#', (answer, message) => {
    expect(renderQuotePage(answer as QuoteAnswer, 0, 3, 's').content).toMatch(message);
  });

  it('shows the passages reporting someone the corpus never quotes in marks', () => {
    // Seeds: "Elizabeth Wishnik, a senior research scientist…, said sales began to slow…" and
    // "Wishnik said Russia’s insistence…": her words are reported, never quoted.
    const answer = fixture.engine.quote('Wishnik');
    expect(answer.speaker).toBeNull();
    expect(answer.suggestions).toEqual([]);
    const body = renderQuotePage(answer, 0, 3, 's');
    expect(body.content).toBe(
      'I found no quotation by **Wishnik** in the corpus, but the articles report what they said:',
    );
    expect(body.embeds).toHaveLength(2);
    for (const embed of body.embeds!) expect(embed.description).toMatch(/Wishnik/);
    expect(messageProblem(toEdit(body))).toBeNull();
  });

  it('names whom the corpus has only words in marks beside, those words made safe', () => {
    const answer = fixture.engine.quote('Ekholm');
    expect(answer.inPassing?.speaker).toBe('Dag Ekholm');
    // And the sentence that sets them beside it, as reported speech.
    const body = renderQuotePage(answer, 0, 3, 's');
    expect(body.content).toBe(
      'I found no quotation by **Dag Ekholm** in the corpus, only words in marks beside their name: “@\u200beveryone’s \\*burden\\*”. The articles report what they said:',
    );
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds![0]!.description).toMatch(/\*\*Dag Ekholm\*\* called the old schedule/);
    expect(body.embeds![0]!.description).not.toMatch(/@everyone/);
    expect(messageProblem(toEdit(body))).toBeNull();
  });
});

const entries = (n: number): SourceEntry[] =>
  Array.from({ length: n }, (_, i) => {
    const real = realSources[i % realSources.length]!;
    const url = i % 2 ? `https://news.example/${i}` : undefined;
    return {
      ...real,
      id: `a${i}`,
      title: `Article ${i + 1}`,
      source: url ?? `seeds/${i}.txt`,
      url,
      paragraphs: 10,
      passages: 4,
      quotes: 2,
    };
  });

describe('renderSourcesPage', () => {
  it.each([
    [3, 0, 'sid', 3, 'Page 1 of 1 · 12 passages, 6 quotes', 0],
    [25, 1, 'sid', 10, 'Page 2 of 3 · 100 passages, 50 quotes', 2],
    [25, 7, 'sid', 5, 'Page 3 of 3 · 100 passages, 50 quotes', 2],
    [25, 0, undefined, 10, 'Page 1 of 3 · 100 passages, 50 quotes', 0],
  ])('%i articles, page %i → %i lines, footer %j', (n, page, sid, lines, footer, buttons) => {
    const body = renderSourcesPage(entries(n), page, sid);
    const embed = body.embeds![0]!;
    expect(embed.description!.split('\n')).toHaveLength(lines);
    expect(embed.footer!.text).toBe(footer);
    expect((body.components ?? []).flatMap((r) => r.components)).toHaveLength(buttons);
  });

  it('links titles when the URL is known', () => {
    const lines = renderSourcesPage(entries(2), 0).embeds![0]!.description!.split('\n');
    expect(lines[0]).toBe('**1.** **Article 1** — seeds/0.txt · 10 paragraphs, 2 quotes');
    expect(lines[1]).toBe(
      '**2.** [Article 2](https://news.example/1) — news.example · 10 paragraphs, 2 quotes',
    );
  });

  it('gives the counts of a one-paragraph, one-quote article in the singular (user test)', () => {
    const [one] = entries(1).map((e) => ({ ...e, paragraphs: 1, passages: 1, quotes: 1 }));
    const embed = renderSourcesPage([one!], 0).embeds![0]!;
    expect(embed.description).toMatch(/· 1 paragraph, 1 quote$/);
    expect(embed.footer!.text).toBe('Page 1 of 1 · 1 passage, 1 quote');
    expect(embed.title).toBe('Sources in the corpus (1 article)');
  });

  it('tells a server how much room its additions have left', () => {
    const quota = fixture.engine.quota('111111111111111111');
    const footer = renderSourcesPage(entries(2), 0, undefined, quota).embeds![0]!.footer!.text;
    expect(footer).toContain(
      "This server's additions: 0 of 200 articles, 0 of 2,000,000 characters",
    );
    expect(renderSourcesPage(entries(2), 0).embeds![0]!.footer!.text).not.toContain('This server');
  });

  it('says so when the corpus is empty', () => {
    expect(renderSourcesPage([], 0).content).toMatch(/corpus is empty/);
  });
});

describe('renderReindexReport', () => {
  const counts = { added: 2, updated: 1, removed: 0, unchanged: 5, articles: 8, passages: 40 };
  const report: ReindexReport = { ...counts, shared: counts, guilds: {}, skipped: [], ms: 1234 };
  it.each([
    [
      report,
      [
        'Reindex finished in 1.2 s',
        '3 files changed',
        'Added 2 · updated 1 · removed 0 · unchanged 5',
        '8 articles and 40 passages',
      ],
    ],
    [{ ...report, added: 0, updated: 0, ms: 80 }, ['80 ms', 'nothing changed']],
    [
      { ...report, skipped: [{ file: 'bad_*.bin', reason: 'binary file' }] },
      ['Skipped 1 file:', 'bad\\_\\*.bin: binary file'],
    ],
    [
      { ...report, added: 1, updated: 0, articles: 1, passages: 1 },
      ['1 file changed', 'holds 1 article and 1 passage.'],
    ],
  ])('reports %#', (r, parts) => {
    const content = renderReindexReport(r).content!;
    for (const part of parts) expect(content).toContain(part);
  });
});

describe('renderHelp', () => {
  it('lists each command with its examples, a message command by its name', () => {
    const body = renderHelp([
      { name: '/ask', description: 'Ask a question', examples: ['/ask question: x'] },
      { name: 'Find sources', description: '', examples: ['Apps → Find sources'] },
    ]);
    expect(body.embeds![0]!.fields).toEqual([
      { name: '/ask', value: 'Ask a question\n`/ask question: x`' },
      { name: 'Find sources', value: '`Apps → Find sources`' },
    ]);
  });
});
