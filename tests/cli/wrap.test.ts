import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
