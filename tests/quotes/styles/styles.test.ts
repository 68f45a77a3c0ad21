import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/index.js';
import { caseArticle, isHeldOut, judge, loadCases } from './cases.js';

const cases = loadCases();
const tuning = cases.filter((c) => !isHeldOut(c));
const heldOut = cases.filter(isHeldOut);

describe('style set', () => {
  // The first 64 cases were split in halves before any rule was written; cases added since are
  // tuning cases for new rules (odd ids above 64), so the held-out half stays those 32.
  it('has at least 60 cases, half of the first 64 held out, every style in both halves', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.map((c) => c.id)).toEqual(Array.from({ length: 32 }, (_, i) => 2 * i + 2));
    expect(tuning.length).toBeGreaterThanOrEqual(heldOut.length);
    const styles = (list: typeof cases): string[] => [...new Set(list.map((c) => c.style))].sort();
    expect(styles(heldOut)).toEqual(styles(tuning));
    for (const c of cases) expect(c.text).toContain(c.quote);
  });
});

/**
 * Tuning cases the rules do not get right yet, each with why. Expecting their check to throw keeps
 * them honest: the test breaks when one starts passing, so it must then leave this list.
 */
const KNOWN_MISSES = new Map<number, string>([
  // Keeping such quotes (how === 'own') was tried: PolNeAR train attribution fell 87.7 -> 87.3
  // and end-to-end F1 82.9 -> 82.5, as PolNeAR gives most of them a speaker we cannot name.
  [59, 'a scare quote with no named speaker is dropped, not kept as "scare" with none'],
  [129, 'a descriptor the article never gave ("the retired schoolteacher") finds no one'],
  [191, 'a place the article never gave ("the Toronto MP") rules out the one MP it named'],
  [229, '"he" two paragraphs after "her husband, Derek," looks only one paragraph back'],
  [281, 'a descriptor the article never gave ("the prime minister") finds no one'],
  [
    243,
    'a given name no list knows ("Maya"), opening a sentence before a known surname, reads as an opener ("Afterwards Johnson")',
  ],
]);

describe('style set: tuning half', () => {
  it.each(tuning.map((c) => [c.id, c.style, c.quote, c.speaker, c.kind, c] as const))(
    '#%i %s: “%s” → %s (%s)',
    (id, _style, _quote, speaker, kind, c) => {
      const check = (): void => {
        const outcome = judge(c, extractQuotes(caseArticle(c)));
        expect(outcome.found, 'quote found').toBeDefined();
        expect(outcome.found?.speaker ?? null).toBe(speaker);
        expect(outcome.kind).toBe(kind);
        // A person or an organisation, as /quote and the speaker list show it.
        if (c.type && speaker) expect(outcome.found?.speakerType).toBe(c.type);
      };
      if (KNOWN_MISSES.has(id)) expect(check).toThrow();
      else check();
    },
  );
});

// The held-out half is asserted as a whole so that its failures are not listed one by one while
// rules are written. The target is 0.90; the floor below guards against regressions at
// today's measured level (28/32), which is short of that target.
describe('style set: held-out half', () => {
  it('stays at or above 0.87 speaker accuracy (target 0.90, not yet reached)', () => {
    const right = heldOut.filter((c) => judge(c, extractQuotes(caseArticle(c))).correct).length;
    expect(right / heldOut.length).toBeGreaterThanOrEqual(0.87);
  });
});
