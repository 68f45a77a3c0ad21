import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine.js';
import { excerptHtml, html } from '../../src/web/html.js';

describe('html', () => {
  it('escapes interpolated text and keeps fragments', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}${html`<b>ok</b>`}</p>`.html).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;<b>ok</b></p>',
    );
  });

  it.each([
    ['a **b** c', 'a <mark>b</mark> c'],
    ['5 \\* 3 = **15**', '5 * 3 = <mark>15</mark>'],
    ['\\***x**', '*<mark>x</mark>'],
    ['**<script>**', '<mark>&lt;script&gt;</mark>'],
    ['**open', '<mark>open</mark>'],
  ])('excerptHtml(%j) is %j', (markdown, out) => {
    expect(excerptHtml(markdown).html).toBe(out);
  });

  it('marks the query terms of real excerpts and leaves no markdown behind', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-html-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
      const answer = engine.ask('Why did Putin visit Harbin?', { k: 5 });
      for (const r of answer.results) {
        const out = excerptHtml(r.excerpt).html;
        expect(out).toMatch(/<mark>[^<]+<\/mark>/);
        expect(out).not.toMatch(/\*\*|\\[*_`~|>#[\]]/);
      }
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
