import { unspokenText } from '../../answers/speaker.js';
import type { Answer, AnswerResult } from '../../answers/types.js';
import type { Body } from '../response.js';
import { LIMITS } from '../limits.js';
import { fitExcerpt, fitText, safeText, trimWords } from '../text.js';
import { citationLine } from './citation.js';
import { button, clampPage, pageCount, pager, rows } from './components.js';

const COLOUR = 0x3b82f6;

/**
 * One page of /ask results with paging and "Full passage" buttons tied to session `sid`, and 👍 / 👎
 * for the passages on the page when `votes` (the id the question was logged under) is given.
 */
export function renderAnswerPage(
  answer: Answer,
  page: number,
  perPage: number,
  sid: string,
  votes?: string,
): Body {
  if (answer.results.length === 0) return renderNoAnswer(answer.question, answer.unspoken);
  const pages = pageCount(answer.results.length, perPage);
  const current = clampPage(page, pages);
  const first = current * perPage;
  const shown = answer.results.slice(first, first + perPage);
  const embeds = shown.map((result, i) => resultEmbed(result, first + i, answer.results.length));
  const fullButtons = shown.map((_, i) =>
    button(`ask:full:${sid}:${first + i}`, `Full passage ${first + i + 1}`),
  );
  return {
    content: `${questionLine(answer.question)}${pages > 1 ? `\n-# Page ${current + 1} of ${pages}` : ''}`,
    embeds,
    components: [
      ...rows([
        ...pager(`ask:page:${sid}`, current, pages),
        ...(votes ? voteButtons(votes, first, shown.length) : []),
      ]),
      ...rows(fullButtons),
    ],
  };
}

/**
 * 👍 and 👎 on the passages `first` to `first + count` of the answer logged as `asked`: the log
 * entry holds the question and passage ids, so the button carries only where to find them.
 */
function voteButtons(asked: string, first: number, count: number) {
  const id = (way: 'up' | 'down'): string => `ask:vote:${asked}:${first}:${count}:${way}`;
  return [button(id('up'), '👍'), button(id('down'), '👎')];
}

/**
 * "Nothing in the corpus" with a pointer to /sources, and, for "what did X say", that the corpus
 * names X but never shows them speaking (`unspoken`).
 */
export function renderNoAnswer(question: string, unspoken?: string): Body {
  const why = unspoken
    ? ` ${unspokenText(safeText(trimWords(unspoken, 100)), (name) => `**${name}**`)}`
    : '';
  return {
    content:
      `${questionLine(question)}\nI found nothing in the corpus that answers this.${why} ` +
      'Try other words, or see what the corpus covers with `/sources`.',
  };
}

/** The whole passage behind result `index`, with its citation. */
export function renderPassage(result: AnswerResult, index: number): Body {
  const citation = citationLine(result.citation);
  const room = LIMITS.embedDescription - citation.length - 2;
  return {
    embeds: [
      {
        title: `Full passage ${index + 1}`,
        description: `${fitText(result.passage, room)}\n\n${citation}`,
        color: COLOUR,
      },
    ],
  };
}

/** One result as an embed: the excerpt, then its citation. */
export function resultEmbed(
  result: AnswerResult,
  index: number,
  total: number,
): {
  title: string;
  description: string;
  color: number;
} {
  const citation = citationLine(result.citation);
  const room = LIMITS.embedDescription - citation.length - 2;
  return {
    title: `Result ${index + 1} of ${total}`,
    description: `${fitExcerpt(result.excerpt, result.highlights, room)}\n\n${citation}`,
    color: COLOUR,
  };
}

function questionLine(question: string): string {
  return `**Q:** ${safeText(trimWords(question.replace(/\s+/g, ' ').trim(), 300))}`;
}
