import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/engine.js';
import { excerptHtml, html } from '../../src/web/html.js';

describe('html', () => {
  it('escapes interpolated text and keeps fragments', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}${html`<b>ok</b>`}</p>`.html).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;<b>ok</b></p>',
    );
  });

  it.each([
    ['a b c', [{ start: 2, end: 3 }], 'a <mark class="matched">b</mark> c'],
    ['<script>', [{ start: 1, end: 7 }], '&lt;<mark class="matched">script</mark>&gt;'],
    ['5 * 3 = 15', [{ start: 8, end: 10 }], '5 * 3 = <mark class="matched">15</mark>'],
    ['cut short', [{ start: 4, end: 40 }], 'cut <mark class="matched">short</mark>'],
  ])('excerptHtml(%j, %j) is %j', (text, spans, out) => {
    const highlights = spans.map((s) => ({ ...s, kind: 'matched' as const }));
    expect(excerptHtml(text, highlights).html).toBe(out);
  });

  it('marks the query terms of real excerpts and leaves no markdown behind', async () => {
    const data = await mkdtemp(join(tmpdir(), 'footnote-html-'));
    try {
      const engine = await openEngine({ corpusDir: 'seeds', dataDir: data });
      const answer = engine.ask('Why did Putin visit Harbin?', { k: 5 });
      for (const r of answer.results) {
        const out = excerptHtml(r.excerpt, r.highlights).html;
        const marked = [...out.matchAll(/<mark class="matched">([^<]+)<\/mark>/g)].map((m) => m[1]);
        expect(marked).toEqual(r.highlights.map((h) => r.excerpt.slice(h.start, h.end)));
        expect(marked.length).toBeGreaterThan(0);
        expect(out.replace(/<\/?mark[^>]*>/g, '').replace(/&#39;/g, "'")).toBe(r.excerpt);
      }
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
