import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/text/own-copy.js';

describe('ownCopy', () => {
  it.each([
    ['short', 'Putin'],
    ['plain text', 'Researchers drilled ice cores at Vostok station.'],
    ['Latin-1 cut from wider text', 'Gonzàlez said — “no” 習近平'.slice(0, 16)],
    ['CJK and emoji', '習近平 met Putin 😀 in Beijing on Thursday'],
    ['a lone surrogate', 'broken \ud800 surrogate in a long line'],
  ])('keeps %s exactly', (_, text) => {
    expect(ownCopy(text)).toBe(text);
  });

  it('copies a slice of a long text without changing it', () => {
    const page = `${'Navigation Home News '.repeat(1000)}The passage that is kept.`;
    const kept = page.slice(page.indexOf('The passage'));
    expect(ownCopy(kept)).toBe('The passage that is kept.');
  });
});
