import { MAX_QUESTION_CHARS } from '../answers/ask.js';
import type { Answer } from '../answers/types.js';
import { unspokenText } from '../answers/speaker.js';
import type { ArticleText, SourceEntry } from '../engine/api.js';
import { ISO_DATE } from '../corpus/dates.js';
import { excerptHtml, html, page, type Html } from './html.js';
import { count, firstCharacters, thousands } from '../text/count.js';
import { articleHref } from './links.js';
import { citationLink } from '../net/links.js';

/**
 * Only public web addresses become links, as in Discord's citations: not javascript: or file:,
 * nor a loopback or private address a corpus file names ("http://127.0.0.1/admin").
 */
function originalLink(entry: { url?: string; source: string }): Html {
  const url = citationLink(entry.url);
  return url
    ? html`<a href="${url}" rel="noopener noreferrer nofollow">${url}</a>`
    : html`${entry.source}`;
}

/**
 * Where an article is from, who wrote it and when: "Example Daily · https://… · by Jane Roe ·
 * 2024-05-01". A reader weighing what is cited needs its date.
 */
function metaLine(entry: SourceEntry): Html[] {
  const parts: Html[] = [];
  if (entry.url && entry.source !== entry.url) parts.push(html`${entry.source}`);
  parts.push(originalLink(entry));
  if (entry.author) parts.push(html`by ${entry.author}`);
  if (entry.date) parts.push(dateHtml(entry.date));
  return parts.flatMap((part, i) => (i === 0 ? [part] : [html` · `, part]));
}

function dateHtml(date: string): Html {
  return ISO_DATE.test(date) ? html`<time datetime="${date}">${date}</time>` : html`${date}`;
}

/** The front page: a short description and where to go. */
export function homePage(stats: { articles: number; passages: number }): string {
  return page(
    'Reader',
    html`<h1>Footnote reader</h1>
      <p>
        ${count(stats.articles, 'article')}, ${count(stats.passages, 'passage')}. Ask a question
        above for the passages that answer it, each linked to its place in the article, or browse
        the
        <a href="./sources">sources</a>.
      </p>`,
  );
}

/**
 * One article, a paragraph per `<p id="pN">`. `cited` is highlighted by the server as well as by
 * `:target`, so the highlight survives a fragment the browser dropped.
 */
export function articlePage(article: ArticleText, cited?: number): string {
  const { entry, paragraphs } = article;
  const body = paragraphs.map(
    (text, i) =>
      html`<p id="p${i + 1}" ${cited === i + 1 ? html` class="cited"` : ''}>
        <a class="n" href="#p${i + 1}" aria-label="paragraph ${i + 1}">${i + 1}</a>${text}
      </p> `,
  );
  return page(
    entry.title,
    html`<article>
      <h1>${entry.title}</h1>
      <p class="meta">${metaLine(entry)} · ${count(paragraphs.length, 'paragraph')}</p>
      ${body}
    </article>`,
    { root: '../' },
  );
}

/** Characters of the question the search box keeps: as many as /ask takes, to shorten in place. */
const BOX_CHARS = MAX_QUESTION_CHARS;

/** Characters of the question in the page's title: a browser tab shows about 30. */
const TITLE_CHARS = 60;

/**
 * The answers to a question, as /ask gives them, each citation linking into the reader. A long
 * question is echoed only in part, saying so: a 60 KB one is refused in a page of a few KB.
 */
export function searchPage(query: string, answer: Answer | { error: string } | null): string {
  const inBox = firstCharacters(query, BOX_CHARS);
  const inTitle = firstCharacters(query, TITLE_CHARS);
  const title = query ? `“${inTitle}${inTitle === query ? '' : '…'}”` : 'Search';
  const cut =
    inBox === query
      ? ''
      : html`<p class="meta">
          The search box above holds only the start of the question, at most ${thousands(BOX_CHARS)}
          characters.
        </p>`;
  const show = (body: Html) => page(title, html`${body}${cut}`, { query: inBox });
  if (!answer)
    return show(
      html`<h1>Search</h1>
        <p>Type a question above.</p>`,
    );
  if ('error' in answer)
    return show(
      html`<h1>Search</h1>
        <p class="error">${answer.error}</p>`,
    );
  if (answer.results.length === 0) {
    const why = answer.unspoken ? unspokenText(answer.unspoken, (name) => name) : '';
    return show(
      html`<h1>${answer.question}</h1>
        <p>Nothing in the corpus answers this. ${why}</p>
        <p>Try other words, or see what it covers in the <a href="./sources">sources</a>.</p>`,
    );
  }
  const items = answer.results.map((r) => {
    const c = r.citation;
    const href =
      c.article === undefined
        ? undefined
        : `./${articleHref(c.article)}?p=${c.paragraph}#p${c.paragraph}`;
    const title = href ? html`<a class="citation" href="${href}">${c.title}</a>` : html`${c.title}`;
    return html`<li>
      <p>${excerptHtml(r.excerpt, r.highlights)}</p>
      <p class="cite">${title} · ${originalLink(c)} · paragraph ${c.paragraph}</p>
    </li> `;
  });
  return show(
    html`<h1>${answer.question}</h1>
      <ol class="results">
        ${items}
      </ol>`,
  );
}

/** The shared corpus, one row per article. */
export function sourcesPage(entries: SourceEntry[]): string {
  const rows = entries.map(
    (e) =>
      html`<tr>
        <td>
          <a href="./${articleHref(e.id)}">${e.title}</a><br /><span class="meta"
            >${originalLink(e)}</span
          >
        </td>
        <td class="num">${e.paragraphs}</td>
        <td class="num">${e.quotes}</td>
      </tr> `,
  );
  return page(
    'Sources',
    html`<h1>Sources</h1>
      <p>${count(entries.length, 'article')} in the shared corpus.</p>
      <table>
        <thead>
          <tr>
            <th>Article</th>
            <th class="num">Paragraphs</th>
            <th class="num">Quotes</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
  );
}
