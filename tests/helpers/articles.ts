import type { Article } from '../../src/corpus/types.js';

/** A handmade article of `paragraphs`, read from the file `${id}.md`. */
export const articleOf = (id: string, title: string, paragraphs: string[]): Article => ({
  id,
  file: `${id}.md`,
  story: 0,
  title,
  source: `${id}.md`,
  paragraphs,
});
