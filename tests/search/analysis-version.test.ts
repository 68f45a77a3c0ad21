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

/** The analysis's digest for the current snapshot version (earlier ones are never read again). */
const DIGESTS: Record<number, string> = {
  297: '1e1e67d489e6422b7971996d8d820608f94d5d4dff0a1e96ca5b71a28a19b9bb',
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
        `record ${SNAPSHOT_VERSION + 1}: '${digest}' in DIGESTS here, in place of ${SNAPSHOT_VERSION}.`,
    ).toBe(DIGESTS[SNAPSHOT_VERSION]);
  });
});
