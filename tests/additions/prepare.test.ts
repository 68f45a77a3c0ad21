import { describe, expect, it } from 'vitest';
import { MAX_ADD_BYTES, obtainSource, prepareObtained } from '../../src/additions/prepare.js';

describe('obtainSource', () => {
  it('refuses a file just over the limit with sizes that differ', async () => {
    const bytes = new Uint8Array(MAX_ADD_BYTES + 55);
    await expect(obtainSource({ kind: 'file', name: 'big.txt', bytes })).rejects.toThrow(
      'That file is 5,242,935 bytes; I add files of at most 5 MB (5,242,880 bytes).',
    );
  });

  it('refuses an attachment far over the limit in megabytes', async () => {
    const source = {
      kind: 'attachment' as const,
      name: 'big.md',
      url: 'https://x.invalid/',
      size: 12e6,
    };
    await expect(obtainSource(source)).rejects.toThrow(
      'That file is 11.4 MB; I add files of at most 5 MB.',
    );
  });
});

const page = (
  canonical: string,
) => `<html><head><title>Keepers restore the Skerryvore lighthouse</title>
<link rel="canonical" href="${canonical}"></head><body>
<article><h1>Keepers restore the Skerryvore lighthouse</h1>
<p>The granite tower of the Skerryvore lighthouse, twelve miles off the coast of Tiree, reopened on Monday after a two-year restoration paid for by a fishing cooperative.</p>
<p>“We were told the light would go dark for good, and the whole island said no,” said Ingrid Halvorsen, the chair of the cooperative.</p>
</article></body></html>`;

describe('prepareObtained', () => {
  it('saves a page fetched with tracking parameters under its address without them', () => {
    // Its canonical link is on another site, so the fetched address is cited; the saved file's
    // front matter reads back without utm_* (d119deb), which refused the page as unfaithful.
    const fetched = 'https://news.example/skerryvore?utm_source=tw&id=7';
    const prepared = prepareObtained({
      bytes: new TextEncoder().encode(page('https://syndication.example/skerryvore')),
      kind: 'html',
      url: fetched,
      asked: fetched,
    });
    expect(prepared.article.url).toBe('https://news.example/skerryvore?id=7');
    expect(prepared.markdown).not.toContain('utm_source');
  });
});
