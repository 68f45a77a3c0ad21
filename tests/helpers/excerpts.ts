import type * as ExcerptModule from '../../src/search/excerpt.js';

/** How many excerpts were chosen, in a test file that mocks excerpt.js with countingExcerpts. */
export const chosen = { count: 0 };

/**
 * excerpt.js with every excerpt chosen counted in `chosen`: answers choose them when read, e.g.
 * `vi.mock('…/excerpt.js', async (real) => (await import('…/excerpts.js')).countingExcerpts(await real()))`.
 */
export function countingExcerpts(real: typeof ExcerptModule): typeof ExcerptModule {
  return {
    ...real,
    makeExcerpt: (...args) => {
      chosen.count++;
      return real.makeExcerpt(...args);
    },
  };
}
