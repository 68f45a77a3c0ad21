import { describe, expect, it } from 'vitest';
import { packIds } from '../../src/search/arena.js';

describe('packIds', () => {
  it('keeps each array’s values, however many arrays share a block', () => {
    const inputs = Array.from({ length: 30_000 }, (_, i) =>
      Array.from({ length: (i % 37) + 1 }, (_, j) => (i * 31 + j) % 100_003),
    );
    const packed = inputs.map(packIds);
    packed.forEach((p, i) => expect(Array.from(p)).toEqual(inputs[i]));
  });

  it('gives arrays that do not overlap: writing one leaves the next as it was', () => {
    const a = packIds([1, 2, 3]);
    const b = packIds([4, 5, 6]);
    a.fill(9);
    expect(Array.from(b)).toEqual([4, 5, 6]);
  });

  it('handles empty and very long arrays', () => {
    expect(packIds([]).length).toBe(0);
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    expect(Array.from(packIds(long))).toEqual(long);
  });
});
