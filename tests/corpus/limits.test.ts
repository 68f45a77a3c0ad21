import { describe, expect, it } from 'vitest';
import { formatOverLimit } from '../../src/corpus/limits.js';

const MB = 1024 * 1024;

describe('formatOverLimit', () => {
  it.each([
    // A size that rounds to the limit is given in bytes, so the two never read the same.
    [5 * MB + 55, 5 * MB, '5,242,935 bytes', '5 MB (5,242,880 bytes)'],
    [10 * MB + 40, 10 * MB, '10,485,800 bytes', '10 MB (10,485,760 bytes)'],
    [5.3 * MB, 5 * MB, '5.3 MB', '5 MB'],
    [12 * MB, 5 * MB, '12 MB', '5 MB'],
    [2048, 1024, '2 KB', '1 KB'],
  ])('%i over %i: %s, %s', (size, limit, shown, max) => {
    expect(formatOverLimit(size, limit)).toEqual({ size: shown, limit: max });
  });
});
