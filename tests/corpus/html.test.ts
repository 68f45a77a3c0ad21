import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, parseArticles } from '../../src/corpus/index.js';

const FIXTURE = new URL('../fixtures/corpus/harbin-visit.html', import.meta.url);
const bytes = readFileSync(FIXTURE);
const html = bytes.toString('utf8');
const CANONICAL = 'https://www.dailyledger.example/world/asia/2024/05/17/putin-harbin-visit';

describe('extractHtmlArticle on a saved news page', () => {
  const page = extractHtmlArticle(html)!;

  it('reads the title, canonical URL (resolved, no tracking), author and date', () => {
    expect(page).toMatchObject({
      title: 'Putin tours Harbin defence university on second day of China visit',
      url: CANONICAL,
      author: 'Mara Lindqvist',
      date: '2024-05-17T09:30:00Z',
    });
  });

  it('keeps the story paragraphs in order, with entities and NBSP decoded', () => {
    expect(page.paragraphs[0]).toMatch(/^President Vladimir V\. Putin on Friday visited/);
    expect(page.paragraphs).toContain(
      'Putin said on Thursday that more than 90 percent of commercial transactions between Russia and China are now settled in rubles or yuan, a shift meant to blunt the effect of Western sanctions.',
    );
    expect(page.paragraphs.join(' ')).toContain('Xi Jinping (習近平)');
  });

  it.each([
    'Photo: Wang Lei/Xinhua',
    'Wang Lei/Getty Images',
    'Visitors at the opening of the fair on Friday. Wang Lei for The Daily Ledger',
  ])('leaves out the photo caption %j of a page without an article element', (caption) => {
    const p = (text: string) => `<p>${text}</p>`;
    const page = `<html><head><title>Harbin fair opens</title></head><body><h1>Harbin fair opens</h1>
${p('The annual Harbin trade fair opened on Friday with more than two thousand exhibitors from Russia and China, the organisers said in a statement that also listed new halls for machinery.')}
<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>
${p('Visitors queued for hours to enter the machinery halls, where Russian firms showed tractors and drilling equipment built for the cold northern winters of both countries.')}
</body></html>`;
    const paragraphs = extractHtmlArticle(page)!.paragraphs;
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join('\n')).not.toContain('Wang Lei');
  });

  it('leaves out navigation, cookie banner, headings, related links, comments and footer', () => {
    const text = page.paragraphs.join('\n');
    for (const furniture of [
      'Subscribe for $1 a week',
      'We use cookies',
      'Trade in local currencies',
      'Why the yuan is replacing the dollar',
      'Post Comment',
      'All rights reserved',
      'Privacy policy',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe('parseArticles on HTML', () => {
  // Review probe (c1/boiler.html, c3/split.html): a date-only line and captions the page did not
  // put in <figcaption> were answer text.
  it('drops a dateline-only paragraph and captions outside <figcaption>', () => {
    const page = `<html><head><title>Wildfire forces evacuation</title></head><body><article>
<div class="dateline-meta"><time datetime="2024-05-18T09:00:00Z">May 18, 2024</time> Updated 10:41 a.m.</div>
<p>Firefighters battled a fast-moving wildfire on Sunday that forced the evacuation of about 3,000 residents, fire officials said.</p>
<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Governor Tom Ellis speaks at a briefing in the state capital on Sunday.</p></div>
<p>Governor Tom Ellis declared a state of emergency for the county. “We will send every resource we have,” Ellis said. The state updated its figures at 10:41 a.m.</p>
<div class="caption">Smoke rises above Cedar Falls. Credit: Sam Ortiz for the Herald</div>
</article></body></html>`;
    const [article] = parseArticles('fire.html', new TextEncoder().encode(page));
    expect(article!.paragraphs).toEqual([
      expect.stringMatching(/^Firefighters battled/),
      expect.stringMatching(/^Governor Tom Ellis declared .* at 10:41 a\.m\.$/),
    ]);
  });

  // User test (c2/saved.html, c7/page.html): the byline-and-dateline line was paragraph 1, so
  // every citation's paragraph number was one off, and the comment prompt was answer text.
  it('drops a byline with its dateline and a comment prompt, numbering from the lead', () => {
    const page = `<html><head><title>Council Approves Budget</title></head><body><article>
<h1>Council Approves Budget</h1>
<p class="byline">By Bob Writer · Posted March 3, 2024</p>
<p>The city council approved a $12 million budget on Wednesday, including funds for new parks.</p>
<p>Posted guards stood by the gate as the council voted.</p>
<p>Have thoughts? Leave a comment below.</p>
</article></body></html>`;
    const [article] = parseArticles('budget.html', new TextEncoder().encode(page));
    expect(article!.paragraphs).toEqual([
      'The city council approved a $12 million budget on Wednesday, including funds for new parks.',
      'Posted guards stood by the gate as the council voted.',
    ]);
  });

  // User test (c7/page.html): the title was the <title>, "Storm Knocks Out Power - Valley Times".
  it('takes the <h1> the <title> shortens, and cites the site when the page has no address', () => {
    const page = (
      head: string,
    ) => `<html><head><title>Storm Knocks Out Power - Valley Times</title>${head}</head>
<body><header><h1>Valley Times</h1></header><article><h1>Storm Knocks Out Power to 30,000 Homes</h1>
<p>A fierce storm knocked out power to 30,000 homes across the valley on Tuesday night, utility officials said.</p>
</article></body></html>`;
    const read = (head: string) =>
      parseArticles('storm.html', new TextEncoder().encode(page(head)))[0];
    expect(read('')).toMatchObject({
      title: 'Storm Knocks Out Power to 30,000 Homes',
      source: 'Valley Times',
    });
    const url = 'https://valleytimes.example/storm';
    expect(read(`<link rel="canonical" href="${url}">`)).toMatchObject({ url, source: url });
  });

  // User test (c2/saved.html, c7/page.html): a page's author and date, stated in its meta tags or
  // only in its byline and dateline, reach the article; the date as YYYY-MM-DD.
  it.each([
    [
      'meta tags',
      `<meta property="article:published_time" content="2024-05-17T23:30:00-05:00"><meta name="author" content="Ann Lee">`,
      '<p>Updated May 20, 2024</p>',
      { author: 'Ann Lee', date: '2024-05-17' },
    ],
    [
      'a <time datetime>',
      '',
      '<div class="meta"><time datetime="2024-05-17T08:00:00Z"></time></div>',
      { date: '2024-05-17' },
    ],
    [
      'a byline and a dateline',
      '',
      '<p>By Lena Park</p><p>Updated May 20, 2024</p><p>Posted: May 17, 2024 10:15 AM</p>',
      { author: 'Lena Park', date: '2024-05-17' },
    ],
    [
      'a byline with its dateline',
      '',
      '<p class="byline">By Bob Writer · Posted May 17, 2024</p>',
      { author: 'Bob Writer', date: '2024-05-17' },
    ],
  ])('reads the author and date from %s', (_, head, top, stated) => {
    const page = `<html><head><title>Ferry resumes</title>${head}</head><body><article><h1>Ferry resumes</h1>${top}
<p>The island ferry resumed service on Friday after a two-week strike ended, the operator said in a statement.</p></article></body></html>`;
    const [article] = parseArticles('ferry.html', new TextEncoder().encode(page));
    expect({ author: article!.author, date: article!.date }).toEqual({
      author: undefined,
      ...stated,
    });
    expect(article!.paragraphs).toHaveLength(1);
  });

  it('gives one cited article without boilerplate lines', () => {
    const [article, ...rest] = parseArticles('world/harbin.html', bytes);
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      id: 'world/harbin.html',
      url: CANONICAL,
      source: CANONICAL,
      title: 'Putin tours Harbin defence university on second day of China visit',
    });
    expect(article!.paragraphs).toHaveLength(5);
    expect(article!.paragraphs.join('\n')).not.toMatch(
      /Advertisement|contributed reporting|Photo:/i,
    );
  });

  it('resolves a relative canonical link against the page URL it came from', () => {
    const page =
      '<html><head><link rel="canonical" href="/a/b"></head><body><p>Enough text here.</p></body></html>';
    expect(extractHtmlArticle(page, 'https://site.example/x?y=1')!.url).toBe(
      'https://site.example/a/b',
    );
  });

  it('removes a bidirectional override from the title and the text (user test)', () => {
    const page =
      '<html><head><title>\u202Eevil\u202C Flood defences</title></head>' +
      '<body><p>\u202EThe council met on Tuesday to discuss the new flood defences.</p></body></html>';
    const article = extractHtmlArticle(page, 'https://site.example/x');
    expect(article!.title).toBe('evil Flood defences');
    expect(article!.paragraphs).toEqual([
      'The council met on Tuesday to discuss the new flood defences.',
    ]);
  });

  it('handles a bare fragment and honours a declared legacy charset', () => {
    // "Le café coûte 3 €." in ISO-8859-15, where € is 0xA4 (Windows-1252 would read "¤").
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const latin9 = Uint8Array.from([
      ...ascii('<meta charset="iso-8859-15"><p>Le caf'),
      0xe9,
      ...ascii(' co'),
      0xfb,
      ...ascii('te 3 '),
      0xa4,
      ...ascii('.</p>'),
    ]);
    expect(parseArticles('cafe.htm', latin9)[0]!.paragraphs).toEqual(['Le café coûte 3 €.']);
  });

  it('refuses a page with no text', () => {
    expect(() =>
      parseArticles(
        'empty.html',
        new TextEncoder().encode('<html><body><nav>Home</nav></body></html>'),
      ),
    ).toThrow(/no article text/);
  });
});

describe('deeply nested pages', () => {
  it('are refused quickly with a reason, before any DOM is built', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>Text of the article.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    expect(() => parseArticles('deep.html', new TextEncoder().encode(deep))).toThrow(
      /nests its HTML more than 400 levels/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still read pages whose paragraphs and list items leave their end tags out', () => {
    const items = Array.from(
      { length: 600 },
      (_, i) => `<li>Item ${i} of the list<p>Para ${i}`,
    ).join('');
    const page = `<html><body><article><h1>Long list</h1><p>The council published the full list of six hundred streets to be resurfaced this year, with the dates work begins on each.<ul>${items}</ul></article></body></html>`;
    expect(
      parseArticles('list.html', new TextEncoder().encode(page))[0]!.paragraphs.length,
    ).toBeGreaterThan(1);
  });
});
