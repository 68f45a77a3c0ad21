import { renderSpans } from '../answers/highlights.js';
import type { Highlight } from '../answers/types.js';
import { escapeHtml } from '../text/escape-html.js';

/*
 * HTML for the reader: every piece of article text passes through `escapeHtml` exactly once, here
 * at the door. Pages carry no script and no inline style, so the Content-Security-Policy can
 * forbid both.
 */

/** A fragment of HTML that is already safe: made only by the helpers here. */
export interface Html {
  readonly html: string;
}

/** Mark a string as HTML; only for markup written in this code, never for data. */
export function raw(html: string): Html {
  return { html };
}

/** A template tag: interpolated strings are escaped, Html fragments and arrays of them are not. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += piece(value) + strings[i + 1]!;
  });
  return raw(out);
}

function piece(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(piece).join('');
  if (typeof value === 'object' && 'html' in value) return (value as Html).html;
  return escapeHtml(String(value));
}

/** An excerpt (plain text) with the question's terms, as the engine found them, in <mark>. */
export function excerptHtml(text: string, highlights: readonly Highlight[]): Html {
  return raw(
    renderSpans(text, highlights, {
      plain: escapeHtml,
      mark: (s, kind) => `<mark class="${kind}">${escapeHtml(s)}</mark>`,
    }),
  );
}

/** Where a page sits in the reader, for the links of its header. */
export interface PageOptions {
  /** What the search box holds. */
  query?: string;
  /**
   * The reader's root relative to the page: "./" for a page at the top ("/sources"), "../" for
   * one a folder down ("/a/<id>"). Links are relative so that a proxy may serve the reader under
   * a path of its own (PUBLIC_URL https://host/footnote) and strip it.
   */
  root?: './' | '../';
}

/** A whole page: title, the shared stylesheet, a header with the search box, and `body`. */
export function page(
  title: string,
  body: Html,
  { query = '', root = './' }: PageOptions = {},
): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${title} · Footnote</title>
        <link rel="stylesheet" href="${root}style.css" />
      </head>
      <body>
        <header>
          <a class="home" href="${root}">Footnote</a>
          <form action="${root}search" method="get" role="search">
            <input
              type="search"
              name="q"
              value="${query}"
              aria-label="Question"
              placeholder="Ask the corpus a question"
              maxlength="1000"
            />
            <button type="submit">Ask</button>
          </form>
          <a href="${root}sources">Sources</a>
        </header>
        <main>${body}</main>
      </body>
    </html> `.html;
}

/** The stylesheet, served from /style.css (an inline one would need 'unsafe-inline'). */
export const STYLE = `
body { font: 17px/1.55 Georgia, 'Times New Roman', serif; margin: 0; color: #1f2328; background: #fff; }
header { display: flex; gap: 1em; align-items: center; padding: .6em 1em; border-bottom: 1px solid #d0d7de;
  font-family: system-ui, sans-serif; font-size: 15px; position: sticky; top: 0; z-index: 1; background: #f6f8fa; }
header form { flex: 1; display: flex; gap: .4em; }
header input { flex: 1; font: inherit; padding: .3em .5em; }
.home { font-weight: bold; text-decoration: none; color: inherit; }
main { max-width: 42em; margin: 0 auto; padding: 1em 1.2em 40vh; }
h1 { line-height: 1.25; }
.meta { font-family: system-ui, sans-serif; font-size: 14px; color: #57606a; }
article p { position: relative; padding: .2em .5em; margin: 0 -.5em 1em; border-radius: 4px; scroll-margin-top: 4em; }
article p .n { position: absolute; left: -2.6em; width: 2em; text-align: right; font: 12px system-ui, sans-serif;
  color: #8c959f; text-decoration: none; padding-top: .35em; }
article p:target, article p.cited { background: #fff3bf; box-shadow: 0 0 0 2px #f2c94c; }
mark { background: #fff3bf; }
mark.related { background: none; font-style: italic; border-bottom: 1px dotted #a16207; }
ol.results li { margin-bottom: 1.2em; }
.cite { font-family: system-ui, sans-serif; font-size: 14px; }
table { border-collapse: collapse; font-family: system-ui, sans-serif; font-size: 14px; width: 100%; }
td, th { text-align: left; padding: .3em .5em; border-bottom: 1px solid #eaeef2; vertical-align: top; }
td.num, th.num { text-align: right; }
`;
