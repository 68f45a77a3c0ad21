import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/marks.js';
import {
  liveStampEnd,
  sentenceRanges,
  tokenizeParagraph,
  type Token,
} from '../../src/quotes/tokens.js';

const tokens = (text: string): Token[] => tokenizeParagraph(text, findQuoteSpans(text));
const verbs = (text: string): string[] =>
  tokens(text)
    .filter((t) => t.verb)
    .map((t) => t.text);

describe('tokenizeParagraph', () => {
  it('keeps the apostrophe of a plural possessive', () => {
    expect(tokens('Tom Reed, Sanders’ campaign manager, said so.').map((t) => t.text)).toContain(
      'Sanders’',
    );
  });

  it.each([
    ['after a possessive', 'Hale dismissed Jones’s remarks as fiction.', ['dismissed']],
    ['after a determiner', 'She read the report and her emails.', []],
    ['after a number', 'He sent two tweets and said nothing.', ['said']],
    ['after a preposition', 'Amid calls for comments, he said nothing.', ['said']],
    ['capitalised inside a sentence', 'He said the United States would act.', ['said']],
    ['in "put it"', 'As Dana Brandt put it, the deal is dead.', ['put']],
    ['"he’s said"', 'He’s said it before.', ['said']],
  ])('marks reporting verbs: a noun %s is none', (_name, text, expected) => {
    expect(verbs(text)).toEqual(expected);
  });

  it('without verbs, gives the same tokens with no verb marked', () => {
    const text = 'As Dana Brandt put it, “the deal is dead,” she said.Trump added more.';
    const plain = tokenizeParagraph(text, findQuoteSpans(text), { verbs: false });
    const full = tokens(text);
    expect(plain.map((t) => [t.text, t.kind, t.quote])).toEqual(
      full.map((t) => [t.text, t.kind, t.quote]),
    );
    expect(full.some((t) => t.verb)).toBe(true);
    expect(plain.some((t) => t.verb)).toBe(false);
  });

  it('does not split a number at its thousands comma', () => {
    expect(tokens('They admitted 250,000 Syrians.').map((t) => t.text)).toEqual([
      'They',
      'admitted',
      '250000',
      'Syrians',
      '.',
    ]);
  });

  it('keeps the dot of a party tag inside the sentence', () => {
    const t = tokens('Tom Reed, R-Ky., said it.');
    expect(sentenceRanges(t)).toHaveLength(1);
    expect(t.map((x) => x.text)).toContain('R-Ky.');
  });
});

describe('sentenceRanges around quotations', () => {
  const count = (text: string): number => sentenceRanges(tokens(text)).length;

  it('ends the sentence after a quotation ending in a full stop before a capital', () => {
    expect(count('Jane Doe said, “We will win.” The senator then recalled a story.')).toBe(2);
  });

  it('keeps an inverted verb after a full stop in the sentence', () => {
    expect(count('“We will win.” said Jane Doe.')).toBe(1);
  });

  it('keeps a question running on into its reporting clause', () => {
    expect(count('“Why not?” Jane Doe asked reporters.')).toBe(1);
  });
});

describe('liveStampEnd', () => {
  it('ends a live update’s time before a capital or a quotation mark', () => {
    expect(liveStampEnd('09:41 First witness today is Dr Fiona Haldane.')).toBe(6);
    expect(liveStampEnd('14:48 — The authority has just issued an update:')).toBe(8);
    expect(liveStampEnd('2:16 p.m.: That was police Chief Anita Marsh.')).toBe(11);
  });

  it('leaves a number before lowercase words alone', () => {
    expect(liveStampEnd('12.50 per cent of voters backed the plan.')).toBe(0);
    expect(liveStampEnd('4.15 a.m. was when the alarm went.')).toBe(0);
    expect(liveStampEnd('The meeting began at 09:41 sharp.')).toBe(0);
  });
});
