import type { Article } from '../corpus/types.js';
import { ownCopy } from '../text/own-copy.js';
import { splitSentences } from '../text/sentences.js';

/** A retrievable unit: one paragraph, a few short ones together, or a window of a long one. */
export interface Passage {
  /** `${articleId}¶${paragraph}` plus `.${window}` for windows of long paragraphs; stable across reindexes. */
  id: string;
  articleId: string;
  /** 1-based number of the first paragraph in the article. */
  paragraph: number;
  /** Start offsets of each paragraph (after the first) inside `text`, for citing the right one. */
  breaks: number[];
  /** 1-based window number when this passage is a part of one long paragraph. */
  window?: number;
  text: string;
}

const MIN_WORDS = 25; // shorter paragraphs join the next: a one-line paragraph is poor context
const MAX_WORDS = 300; // longer ones are cut into sentence windows of half this size

/** Split an article into passages. */
export function toPassages(article: Article): Passage[] {
  const out: Passage[] = [];
  let pending: { paragraph: number; parts: string[]; words: number } | null = null;
  const flush = (): void => {
    if (!pending) return;
    const { paragraph, parts } = pending;
    const breaks: number[] = [];
    let offset = 0;
    parts.forEach((part, i) => {
      if (i > 0) breaks.push(offset);
      offset += part.length + 1;
    });
    out.push({
      id: `${article.id}¶${paragraph}`,
      articleId: article.id,
      paragraph,
      breaks,
      text: ownCopy(parts.join('\n')),
    });
    pending = null;
  };
  article.paragraphs.forEach((text, i) => {
    const words = countWords(text);
    if (words > MAX_WORDS) {
      flush();
      out.push(...windows(article.id, i + 1, text));
      return;
    }
    pending ??= { paragraph: i + 1, parts: [], words: 0 };
    pending.parts.push(text);
    pending.words += words;
    if (pending.words >= MIN_WORDS) flush();
  });
  const last = out[out.length - 1];
  const tail = pending as { parts: string[]; words: number } | null;
  // A short last paragraph (a sign-off, a one-line coda) belongs with the paragraph before it.
  if (tail && tail.words < MIN_WORDS && last && last.window === undefined) {
    for (const part of tail.parts) {
      last.breaks.push(last.text.length + 1);
      last.text += `\n${part}`;
    }
  } else flush();
  return out;
}

function windows(articleId: string, paragraph: number, text: string): Passage[] {
  const out: Passage[] = [];
  let start = 0;
  let words = 0;
  let end = 0;
  for (const sentence of splitSentences(text)) {
    words += countWords(sentence.text);
    end = sentence.end;
    if (words >= MAX_WORDS / 2) {
      out.push(windowPassage(articleId, paragraph, out.length, text.slice(start, end)));
      start = end;
      words = 0;
    }
  }
  if (start < text.length && text.slice(start).trim()) {
    out.push(windowPassage(articleId, paragraph, out.length, text.slice(start)));
  }
  return out;
}

function windowPassage(articleId: string, paragraph: number, n: number, text: string): Passage {
  return {
    id: `${articleId}¶${paragraph}.${n + 1}`,
    articleId,
    paragraph,
    breaks: [],
    text: ownCopy(text.trim()),
  };
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** The 1-based paragraph number of the character at `offset` in a passage. */
export function paragraphAt(passage: Passage, offset: number): number {
  let n = passage.paragraph;
  for (const b of passage.breaks) if (offset >= b) n++;
  return n;
}
