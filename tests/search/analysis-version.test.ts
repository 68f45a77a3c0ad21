// A snapshot keeps each article as the analyser read it: its passages' terms and its quotations.
// An unchanged file is never read again, so a change to the analyser (tokenizing, the quote rules)
// reaches a served corpus only when the snapshot's version no longer matches and it is rebuilt.
// This test fails when the analysis of a fixed set of texts changes and SNAPSHOT_VERSION did not.
// A change that shows in none of them (the style set exercises most quote rules, not all) passes
// unnoticed: bump the version by hand then.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { analyseArticle } from '../../src/search/index.js';
import { SNAPSHOT_VERSION } from '../../src/search/snapshot.js';
import { caseArticle, loadCases } from '../quotes/styles/cases.js';

/** The analysis's digest recorded for each snapshot version (only the current one matters). */
const DIGESTS: Record<number, string> = {
  12: 'bca85de484ee4c190da0eb02e65324902145a52bdea4fdc2d9da2dd987f6064f',
  13: '29938301829dd5b2d2cc3d02471ccc8f29c323d4a393c47fedbe0b05fd721aae',
  14: '784891c9403e60650835bf41370593f23138b51df26a2c7cbd35858f3817eff3',
  15: '43bdf10686ac7fddc1f6ac06825d73831d10ab70478e1bd0e2300598992f4293',
  16: 'fc126fb2065d79b5d97edcfa078966608fbc7c03635cf9c4af0514271906ee1d',
  17: '8f03b2f531f0897ea3ec647b36e80e19c720a71c16681691a7c411c429883f67',
  18: 'f8416fb530fa958c46616080614cc2b69c7dde56561cbda5a4843455266f55a9',
  19: 'bc926f05220a68c828b2435f7657ecc84d44f224089af820a0132c71df2c6b37',
};

async function analysisDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['seeds', 'tests/fixtures/corpus', 'tests/fixtures/markdown']) {
    const { articles } = await loadCorpus(dir);
    for (const article of articles) {
      const { titleTerms, passages } = analyseArticle(article);
      hash.update(JSON.stringify([article.id, titleTerms]));
      for (const p of passages)
        hash.update(JSON.stringify([p.passage.text, p.terms, p.sentenceEnds]));
      hash.update(JSON.stringify(extractQuotes(article)));
    }
  }
  // The style set's short articles: nearly every change to the quote rules shows in them.
  for (const c of loadCases()) hash.update(JSON.stringify(extractQuotes(caseArticle(c))));
  return hash.digest('hex');
}

describe('snapshot version and the analysis it stands for', () => {
  it('changes the version whenever the analysis of the fixed texts changes', async () => {
    const digest = await analysisDigest();
    expect(
      digest,
      `The analysis changed (passages, terms or quotes): bump SNAPSHOT_VERSION in ` +
        `src/search/snapshot.ts (now ${SNAPSHOT_VERSION}) so served snapshots are rebuilt, and ` +
        `record ${SNAPSHOT_VERSION + 1}: '${digest}' in DIGESTS here.`,
    ).toBe(DIGESTS[SNAPSHOT_VERSION]);
  });
});
