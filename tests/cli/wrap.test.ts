import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columns } from '../../src/cli/columns.js';
import { wrap } from '../../src/cli/wrap.js';

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('wrap', () => {
  it('hangs continuation lines under the text after a list marker, colour codes not counted', () => {
    const line = `1. \x1b[1mPutin\x1b[0m visited a state-owned university known for its defense research in Harbin`;
    expect(plain(wrap(line, 30)).split('\n')).toEqual([
      '1. Putin visited a state-owned',
      '   university known for its',
      '   defense research in Harbin',
    ]);
  });

  it('keeps a long URL whole on a line of its own, and leaves pipes unwrapped', () => {
    const url = `http://127.0.0.1:8787/a/${'x'.repeat(60)}.txt?p=3#p3`;
    expect(wrap(`   ${url}`, 40)).toBe(`   ${url}`);
    const long = 'word '.repeat(50).trim();
    expect(wrap(long, undefined)).toBe(long);
  });

  it('keeps a URL with CJK in it whole: cut between its characters, it is no link', () => {
    const url = 'https://zh.wikipedia.org/wiki/北京市人民政府新闻办公室发布会';
    const lines = wrap(`1. See ${url} for more on the announcement made.`, 30).split('\n');
    expect(lines).toContain(`   ${url}`);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(
      `1. See ${url} for more on the announcement made.`,
    );
  });

  it('never drops a word and keeps every line within the width unless one word is longer', () => {
    const word = fc.stringMatching(/^[a-zA-Z,.’]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 20, max: 120 }),
        (words, width) => {
          const text = `- ${words.join(' ')}`;
          const out = wrap(text, width);
          expect(out.split(/\s+/).filter(Boolean)).toEqual(text.split(' '));
          for (const line of out.split('\n')) {
            if (line.length > width) expect(line.trim().split(' ').length).toBe(1);
          }
        },
      ),
    );
  });

  it('counts CJK and emoji as the two columns a terminal gives them', () => {
    expect(columns('中文')).toBe(4);
    expect(columns('👍🏽 ok')).toBe(5);
    expect(columns('🇺🇸')).toBe(2);
    expect(columns('café e\u0301')).toBe(6);
    // Halfwidth katakana is narrow.
    expect(columns('ｱｲ')).toBe(2);
    // 19 columns a line, not 11 or 12 as UTF-16 units count them; words of CJK break anywhere.
    expect(
      wrap('- 中文 中文 中文 中文 中文 中文 中文 中文 中文 中文 中文', 20).split('\n'),
    ).toEqual(['- 中文 中文 中文 中', '  文 中文 中文 中文', '  中文 中文 中文 中', '  文']);
  });

  it('breaks a run of CJK between its characters, never before closing punctuation', () => {
    const text = `1. 普京周四抵达哈尔滨，参观了哈尔滨工业大学，这所大学以国防研究闻名，并与\x1b[1m学生\x1b[0m交谈。`;
    const lines = wrap(text, 30).split('\n');
    expect(lines.map(plain)).toEqual([
      '1. 普京周四抵达哈尔滨，参观了',
      '   哈尔滨工业大学，这所大学以',
      '   国防研究闻名，并与学生交',
      '   谈。',
    ]);
    // The bold stays around its characters.
    expect(lines[2]).toContain('\x1b[1m学生\x1b[0m');
  });

  it('keeps runs of spaces where the line does not break', () => {
    const text =
      'Try: /ask Which university did Putin visit?   /quote Galauskas   /sources   /help';
    expect(wrap(text, 40).split('\n')).toEqual([
      'Try: /ask Which university did Putin',
      'visit?   /quote Galauskas   /sources',
      '/help',
    ]);
  });

  it('keeps every line within the width in columns, CJK and emoji among the words', () => {
    const word = fc.stringMatching(/^(?:[a-z]{1,6}|[中文字😀]{1,8}|[，。]){1,3}$/u);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 20, max: 80 }),
        (words, width) => {
          const text = `- ${words.join(' ')}`;
          const out = wrap(text, width);
          // Nothing lost or added but the spaces where lines break.
          expect(out.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
          for (const line of out.split('\n')) {
            if (columns(line) > width) expect(line.trim()).toMatch(/^[^ ]+$/);
            if (line !== out.split('\n')[0]) expect(line).toMatch(/^ {2}\S/);
          }
        },
      ),
    );
  });
});
