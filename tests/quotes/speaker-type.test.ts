import { describe, expect, it } from 'vitest';
import { formatQuotes, formatSpeakers } from '../../src/cli/format.js';
import { renderQuotePage } from '../../src/discord/render/quote.js';
import { answerQuote } from '../../src/answers/quote.js';
import { article, registryOf } from './fixtures.js';

const energy = article(
  'oeb.txt',
  'Rates rise',
  'The Ontario Energy Board (OEB) approved higher electricity rates on Thursday.',
  '“Bills will rise by about four dollars a month for most homes,” the OEB said.',
  'Premier Dan Fenwick defended the decision at Queen’s Park.',
  '“Nobody likes higher bills, but the grid needs the work,” Fenwick said.',
);
const { quotes, registry } = registryOf(energy);

/** Each quotation's speaker and type, of a made-up article of these paragraphs. */
const typed = (...paragraphs: string[]): (string | null | undefined)[][] =>
  registryOf(article('p.txt', 'P', ...paragraphs)).quotes.map((q) => [q.speaker, q.speakerType]);

describe('speaker types', () => {
  it('types an organisation named by its acronym, under its full name, and a person as a person', () => {
    expect(quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['Ontario Energy Board', 'organisation'],
      ['Dan Fenwick', 'person'],
    ]);
  });

  it('types a name an office’s title introduces as a person, though its words name a paper', () => {
    expect(
      typed(
        '“There is no bad publicity,” said Atlantic City Mayor Don Guardian.',
        'Mary Lund, the city clerk, spoke next.',
        '“He was a good corporate neighbor for years,” he said.',
      ),
    ).toEqual([
      ['Don Guardian', 'person'],
      ['Don Guardian', 'person'],
    ]);
  });

  // "Institution" and "Academy" end a body's name: "Smithsonian", ending like a nationality, stays in it.
  it('types an institution or an academy as an organisation, under its whole name', () => {
    expect(
      typed(
        'The Smithsonian Institution said on Thursday, “We have no plans to collect the firearm.”',
        '“The findings are preliminary,” the Russian Academy of Sciences said.',
      ),
    ).toEqual([
      ['Smithsonian Institution', 'organisation'],
      ['Russian Academy of Sciences', 'organisation'],
    ]);
  });

  // Business copy: a firm whose name ends on a possessive, before its verb or after it.
  it('types a firm named with a possessive as an organisation, before or after its verb', () => {
    expect(
      typed(
        'Moody’s said on Friday: “The outlook for the sector is negative.”',
        '“We stand with our franchisees,” said McDonald’s.',
        'Standard & Poor’s warns that the rating is “under review.”',
      ),
    ).toEqual([
      ['Moody’s', 'organisation'],
      ['McDonald’s', 'organisation'],
      ['Standard & Poor’s', 'organisation'],
    ]);
  });

  it('keeps a possessive before a noun for speech the owner’s', () => {
    expect(typed('Trump’s remarks drew a rebuke: “This is outrageous,” said Jane Doe.')).toEqual([
      ['Jane Doe', 'person'],
    ]);
  });

  // Probe: wire copy names a firm once, by one word no list knows, and goes on with "it".
  it('types a one-word name that says what "it" will do as an organisation, whom "it said" means', () => {
    expect(
      typed(
        'Shopify said on Tuesday it would cut 500 jobs, about 10 per cent of its staff.',
        '“This was a difficult decision,” it said in a statement.',
        'Analyst Dana Whitlock said it was the third round of cuts this year.',
        '“Investors expected it,” Whitlock said.',
      ),
    ).toEqual([
      ['Shopify', 'organisation'],
      ['Dana Whitlock', 'person'],
    ]);
  });

  it('keeps one-word names of people who "said it was…" people (review)', () => {
    expect(
      typed(
        'Zendaya said it was the hardest role she had played. “I cried every day on set,” she said.',
      ),
    ).toEqual([['Zendaya', 'person']]);
    expect(
      typed(
        'Starmer said on Monday it would take months to fix. “We inherited a mess,” Starmer said.',
      ),
    ).toEqual([['Starmer', 'person']]);
  });

  it('carries the type onto the /quote answer and the speaker list', () => {
    expect(answerQuote(registry, 'Ontario Energy Board').speakerType).toBe('organisation');
    expect(answerQuote(registry, 'Fenwick').speakerType).toBe('person');
    expect(registry.list().map((s) => [s.name, s.type])).toEqual([
      ['Dan Fenwick', 'person'],
      ['Ontario Energy Board', 'organisation'],
    ]);
  });

  it('shows an organisation as one in Discord and on the terminal, and a person without a label', () => {
    const org = answerQuote(registry, 'Ontario Energy Board');
    const page = renderQuotePage(org, 0, 3, 's');
    expect(page.content).toContain('**Quotes by Ontario Energy Board** (organisation)');
    expect(page.embeds?.[0]?.description).toContain('— **Ontario Energy Board** (organisation)');
    expect(formatQuotes(org, { color: false })).toContain('— Ontario Energy Board (organisation)');
    expect(formatSpeakers(registry.list())).toContain('- Ontario Energy Board (organisation): 1');
    expect(formatSpeakers(registry.list())).toContain('- Dan Fenwick, Premier: 1');
    expect(renderQuotePage(answerQuote(registry, 'Fenwick'), 0, 3, 's').content).not.toContain(
      'organisation',
    );
  });
});
