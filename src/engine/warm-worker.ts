// What a fresh worker thread runs before real work (see HeavyWorker.keepWarm): one of the shared
// corpus's own files read as a reindex reads it, then the same article as a web page, as an
// `/add url:` gets one, twice over, so that V8 has compiled the code both paths run.
import { fingerprintKeys, type CorpusRoots } from '../corpus/roots.js';
import { guildOf } from '../corpus/ids.js';
import { articleParagraphs } from '../search/article-text.js';
import type { EngineState } from './update.js';
import type { WarmUp } from './worker-pool.js';

const ROUNDS = 2;

/** A warm-up on the first shared file of whatever state is serving when it runs. */
export function warmUpOn(roots: CorpusRoots, current: () => EngineState): WarmUp {
  return async (run) => {
    const state = current();
    const file = state.files.find((f) => guildOf(f.file) === undefined)?.file;
    const id = file && state.fileArticles[file]?.[0];
    const paragraphs = id && articleParagraphs(state.index, id);
    const title = id && state.index.articles.get(id)?.title;
    if (!file || !paragraphs || !title) return;
    const [scanned] = (await fingerprintKeys(roots, [file])).files;
    if (!scanned) return;
    const page = pageOf(title, paragraphs);
    for (let round = 0; round < ROUNDS; round++) {
      await run('analyse', scanned);
      const bytes = new TextEncoder().encode(page);
      await run('prepare', { obtained: { bytes, kind: 'html', name: 'warm-up.html' } });
    }
  };
}

/** The article as a plain news page: a title and one <p> per paragraph. */
function pageOf(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>\n${body}</article></body></html>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
