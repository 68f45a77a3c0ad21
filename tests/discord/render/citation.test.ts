import { describe, expect, it } from 'vitest';
import { citationLine } from '../../../src/discord/render/citation.js';
import { useLongCorpus } from '../long-corpus.js';

const engine = useLongCorpus();

/** The citation the real engine gives for the passage that answers `question`. */
const citationFor = (question: string) => engine().ask(question).results[0]!.citation;

describe('citationLine', () => {
  it('leaves out a link of ~1,550 characters: the bold title and its host', () => {
    const citation = citationFor('Skerryvore lighthouse keepers lantern number 3');
    expect(citation.url!.length).toBeGreaterThan(1500);
    const line = citationLine(citation);
    expect(line).toMatch(
      /^\*\*Lighthouse report \d+ with a very long headline[^*]*\*\* · news\.example\.com · paragraph 1$/,
    );
    expect(line.length).toBeLessThan(250);
  });
});
