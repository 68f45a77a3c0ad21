import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  fitExcerpt,
  fitText,
  linkTarget,
  neutraliseMentions,
  noticeText,
  safeExcerpt,
  safeText,
  trimWords,
  unlinkedText,
} from '../../src/discord/text.js';
import { citationLine } from '../../src/discord/render/citation.js';
import { cooldownText, errorText, NEEDS_MANAGE_SERVER } from '../../src/discord/render/notices.js';

const UNSAFE = /@everyone|@here|<@[!&]?\d+>|<#\d+>/i;

describe('trimWords', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['the quick brown fox jumps', 15, 'the quick…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['ends with an escape \\* here', 21, 'ends with an escape…'],
    ['', 5, ''],
  ])('trims %j to %i characters as %j', (text, max, expected) => {
    expect(trimWords(text, max)).toBe(expected);
  });

  it('never exceeds the limit, and only changes text that was too long', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = trimWords(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(out).toBe(text);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
  });

  it('does not split a surrogate pair', () => {
    const out = trimWords('😀'.repeat(10), 6);
    expect(out).toBe('😀😀…');
  });
});

describe('neutraliseMentions and escapeMarkdown', () => {
  it.each([
    ['hi @everyone', 'hi @\u200beveryone'],
    ['@HERE now', '@\u200bHERE now'],
    ['ping <@123456789012345678>', 'ping <\u200b@123456789012345678>'],
    ['role <@&123456789012345678>', 'role <\u200b@&123456789012345678>'],
    ['chan <#123456789012345678>', 'chan <\u200b#123456789012345678>'],
    ['mail me@example.com', 'mail me@example.com'],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseMentions(input)).toBe(expected);
  });

  it.each([
    ['*not italic*', '\\*not italic\\*'],
    ['snake_case and ~~strike~~', 'snake\\_case and \\~\\~strike\\~\\~'],
    ['||spoiler|| `code`', '\\|\\|spoiler\\|\\| \\`code\\`'],
    ['[masked](http://evil)', '\\[masked\\](http://evil)'],
    ['# Heading\n> quote\n- item\n1. first', '\\# Heading\n\\> quote\n\\- item\n1\\. first'],
    ['plain, text; 3-4 words', 'plain, text; 3-4 words'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('makes text safe as escaping and neutralising would, with or without characters to escape', () => {
    const unit = fc.constantFrom(...'ab 1\n\\*_~`|<>[]@#.-&!'.split(''), '@everyone', '<@12>');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(safeText(text)).toBe(escapeMarkdown(neutraliseMentions(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no mention that Discord would render, whatever the input', () => {
    const pieces = fc.constantFrom(
      '@everyone',
      '@here',
      '<@1234567890>',
      '<@!42>',
      '<@&77>',
      '<#9>',
      ' ',
      'x',
      '**',
      '@',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const at = text.indexOf('x');
        const spans = at < 0 ? [] : [{ start: at, end: at + 1, kind: 'matched' as const }];
        expect(safeExcerpt(text, spans)).not.toMatch(UNSAFE);
      }),
    );
  });
});

describe('safeExcerpt', () => {
  const span = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, kind: 'matched' as const };
  };
  it.each([
    ['why Putin went', ['Putin'], 'why **Putin** went'],
    ['a and b_c', ['a', 'b_c'], '**a** and **b\\_c**'],
    ['odd ** marker', [], 'odd \\*\\* marker'],
    ['@everyone said', ['@everyone'], '**@\u200beveryone** said'],
  ])('bolds the spans of %j and escapes the rest', (input, words, expected) => {
    expect(
      safeExcerpt(
        input,
        words.map((w) => span(input, w)),
      ),
    ).toBe(expected);
  });

  it('writes a related word in italics, not bold: the question did not use it', () => {
    const text = 'the trip to Harbin_city';
    const highlights = [
      { ...span(text, 'trip'), kind: 'related' as const },
      span(text, 'Harbin_city'),
    ];
    expect(safeExcerpt(text, highlights)).toBe('the *trip* to **Harbin\\_city**');
  });
});

describe('fitText', () => {
  it('fits the escaped text even when escaping lengthens it', () => {
    const raw = '*_'.repeat(100);
    const out = fitText(raw, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith('…')).toBe(true);
  });

  it('keeps article asterisks as text: they are escaped, not read as bold markers', () => {
    expect(fitText('alpha **beta** gamma', 40)).toBe('alpha \\*\\*beta\\*\\* gamma');
  });
});

describe('fitExcerpt', () => {
  it('drops a span the trim cut off and never leaves half a bold marker', () => {
    const text = 'alpha beta gamma delta epsilon zeta';
    const spans = [
      { start: 6, end: 10, kind: 'matched' as const },
      { start: 17, end: 30, kind: 'matched' as const },
    ];
    const out = fitExcerpt(text, spans, 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.startsWith('alpha **beta**')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect((out.match(/\*\*/g) ?? []).length).toBe(2);
  });
});

describe('linkTarget', () => {
  it.each([
    ['https://example.com/a_(b)', 'https://example.com/a_%28b%29'],
    ['javascript:alert(1)', undefined],
    ['seeds/file.txt', undefined],
    [undefined, undefined],
    ['http://127.0.0.2:8080/', undefined],
    ['http://localhost/admin', undefined],
    ['https://bank.example@evil.example/login', undefined],
  ])('%j → %j', (url, expected) => {
    expect(linkTarget(url)).toBe(expected);
  });
});

describe('unlinkedText', () => {
  it.each([
    [
      'claimed source: https://accounts.example-bank.com.evil.example/login',
      'claimed source: `https://accounts.example-bank.com.evil.example/login`',
    ],
    ['see http://a.example/`x` and *b*', "see `http://a.example/'x'` and \\*b\\*"],
    ['report.md', 'report.md'],
  ])('%j → %j', (text, expected) => {
    expect(unlinkedText(text)).toBe(expected);
  });
});

describe('citationLine', () => {
  const line = (url: string | undefined, source: string): string =>
    citationLine({ title: 'Harbour reopens', source, paragraph: 2, ...(url ? { url } : {}) });

  it('links a public address and names its host', () => {
    expect(line('https://www.news.example/a', 'https://www.news.example/a')).toBe(
      '[Harbour reopens](https://www.news.example/a) · news.example · paragraph 2',
    );
  });

  it('shows a claimed source as code, never as a link', () => {
    const text = line(undefined, 'claimed source: https://evil.example/login');
    expect(text).toBe(
      '**Harbour reopens** · claimed source: `https://evil.example/login` · paragraph 2',
    );
    expect(text).not.toMatch(/\]\(/);
  });

  it('links no loopback address, whatever the engine holds', () => {
    expect(line('http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/a')).toBe(
      '**Harbour reopens** · 127\\.0.0.1 · paragraph 2',
    );
  });
});

describe('noticeText', () => {
  it.each([
    NEEDS_MANAGE_SERVER,
    cooldownText('ask', 1_700_000_000_000),
    cooldownText('Find sources', 1_700_000_000_000),
    errorText('1A2B3C'),
    'Please give a value for `question:`.',
    'Remove articles with `/remove` to make room.',
    '**Find sources** is now on in this server.',
  ])('keeps our own notice %j as it is', (text) => {
    expect(noticeText(text)).toBe(text);
  });

  it.each([
    ['"[Verify](https://phish.example/login)"', '"\\[Verify\\](https://phish.example/login)"'],
    ['"||spoiler||"', '"\\|\\|spoiler\\|\\|"'],
    ['"`code`" and "`rm -rf /`"', '"\\`code\\`" and "\\`rm -rf /\\`"'],
    ['# Heading\n-# small\n> quoted', '\\# Heading\n\\-# small\n\\> quoted'],
    ['@everyone <@123456789012345678>', '@\u200beveryone \\<\u200b@123456789012345678\\>'],
    ['"**bold** *it* __u__"', '"\\*\\*bold\\*\\* \\*it\\* \\_\\_u\\_\\_"'],
  ])('shows untrusted %j as text', (text, expected) => {
    expect(noticeText(text)).toBe(expected);
  });
});
