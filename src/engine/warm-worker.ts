// What a fresh worker thread runs before real work (see HeavyWorker.keepWarm): one of the shared
// corpus's own files read as a reindex reads it, then the same article as a web page, as an
// `/add url:` gets one, twice over, so that V8 has compiled the code both paths run.
import { guildOf } from '../corpus/ids.js';
import { pathOf, type CorpusRoots } from '../corpus/roots.js';
import { articleParagraphs } from '../search/article-text.js';
import { escapeHtml } from '../text/escape-html.js';
import type { FileFingerprint } from '../corpus/types.js';
import type { EngineState } from './update.js';
import type { WarmUp } from './worker-pool.js';

const ROUNDS = 2;

/**
 * A warm-up on the smallest shared file of whatever state is serving when it runs (a large one
 * would only make the start slower). The file's fingerprint is the state's: nothing is read or
 * hashed on this thread.
 */
export function warmUpOn(roots: CorpusRoots, current: () => EngineState): WarmUp {
  return async (run) => {
    const state = current();
    let file: FileFingerprint | undefined;
    for (const f of state.files) {
      if (guildOf(f.file) === undefined && (!file || f.size < file.size)) file = f;
    }
    const id = file && state.fileArticles[file.file]?.[0];
    const paragraphs = id && articleParagraphs(state.index, id);
    const title = id && state.index.articles.get(id)?.title;
    const path = file && pathOf(roots, file.file);
    if (!file || !paragraphs || !title || !path) return;
    const page = pageOf(title, paragraphs);
    for (let round = 0; round < ROUNDS; round++) {
      await run('analyse', { ...file, path });
      const bytes = new TextEncoder().encode(page);
      await run('prepare', { obtained: { bytes, kind: 'html', name: 'warm-up.html' } });
    }
  };
}

/** The article as a plain news page: a title and one <p> per paragraph. */
function pageOf(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const head = escapeHtml(title);
  return `<!doctype html><html><head><title>${head}</title></head><body><article><h1>${head}</h1>\n${body}</article></body></html>`;
}
