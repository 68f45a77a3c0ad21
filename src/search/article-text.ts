import type { PassageIndex } from './index.js';
import type { Passage } from './passages.js';

/**
 * An article's paragraphs, rebuilt from its passages (the index keeps no other copy of the text).
 * Passages are addressed by id, `<article>¶<paragraph>` or `<article>¶<paragraph>.<window>`, so
 * this reads only the article's own passages. Undefined when the article is not indexed.
 */
export function articleParagraphs(index: PassageIndex, articleId: string): string[] | undefined {
  const info = index.articles.get(articleId);
  if (!info) return undefined;
  const out: string[] = [];
  let p = 1;
  while (p <= info.paragraphs) {
    const whole = index.passages.get(`${articleId}¶${p}`)?.passage;
    const parts = whole ? splitAtBreaks(whole) : [windowsOf(index, articleId, p)];
    out.push(...parts);
    p += parts.length;
  }
  return out;
}

/** The paragraphs a passage joined, cut where each began. */
function splitAtBreaks(passage: Passage): string[] {
  const starts = [0, ...passage.breaks];
  return starts.map((start, i) => {
    const next = starts[i + 1];
    // Joined with '\n', so a paragraph ends one character before the next starts.
    return passage.text.slice(start, next === undefined ? undefined : next - 1);
  });
}

/** A long paragraph cut into sentence windows, put back together ('' if none is indexed). */
function windowsOf(index: PassageIndex, articleId: string, paragraph: number): string {
  const pieces: string[] = [];
  for (let n = 1; ; n++) {
    const entry = index.passages.get(`${articleId}¶${paragraph}.${n}`);
    if (!entry) break;
    pieces.push(entry.passage.text);
  }
  return pieces.join(' ');
}
