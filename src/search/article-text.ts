import type { PassageIndex } from './index.js';
import type { Passage } from './passages.js';

/**
 * An article's passages in order, looked up by id: `<article>¶<paragraph>`, or
 * `<article>¶<paragraph>.<window>` for the windows of a long paragraph. Only the article's own
 * passages are read, not every passage of the index. Undefined when the article is not indexed.
 */
export function articlePassages(
  index: PassageIndex,
  articleId: string,
  until = Infinity,
): Passage[] | undefined {
  const info = index.articles.get(articleId);
  if (!info) return undefined;
  const out: Passage[] = [];
  let p = 1;
  // `until`: the passages holding paragraphs before that 1-based one, and no more.
  while (p <= info.paragraphs && p < until) {
    const whole = index.passages.get(`${articleId}¶${p}`)?.passage;
    if (whole) out.push(whole);
    else out.push(...windowsOf(index, articleId, p));
    p += whole ? whole.breaks.length + 1 : 1;
  }
  return out;
}

/**
 * An article's paragraphs, rebuilt from its passages (the index keeps no other copy of the text),
 * numbered as citations are; with `until`, only those before that 1-based paragraph (and any a
 * passage holding them joins after them). Undefined when the article is not indexed.
 */
export function articleParagraphs(
  index: PassageIndex,
  articleId: string,
  until = Infinity,
): string[] | undefined {
  const info = index.articles.get(articleId);
  if (!info) return undefined;
  const out: string[] = [];
  for (const passage of articlePassages(index, articleId, until)!) {
    const window = passage.id !== `${articleId}¶${passage.paragraph}`;
    // A window after the first of its paragraph joins the ones before it.
    if (window && out.length === passage.paragraph) out[out.length - 1] += ` ${passage.text}`;
    else {
      // A paragraph with nothing indexed keeps its place, empty, so numbers stay as cited.
      while (out.length < passage.paragraph - 1) out.push('');
      out.push(...(window ? [passage.text] : splitAtBreaks(passage)));
    }
  }
  while (out.length < Math.min(info.paragraphs, until - 1)) out.push('');
  return out;
}

/** The paragraphs a passage joined, cut where each began. */
function splitAtBreaks(passage: Passage): string[] {
  const starts = [0, ...passage.breaks];
  const text = passage.text;
  return starts.map((start, i) => {
    const next = starts[i + 1];
    // Joined with '\n', so a paragraph ends one character before the next starts.
    return text.slice(start, next === undefined ? undefined : next - 1);
  });
}

/** The windows of a long paragraph, in order (none if none is indexed). */
function windowsOf(index: PassageIndex, articleId: string, paragraph: number): Passage[] {
  const out: Passage[] = [];
  for (let n = 1; ; n++) {
    const entry = index.passages.get(`${articleId}¶${paragraph}.${n}`);
    if (!entry) return out;
    out.push(entry.passage);
  }
}
