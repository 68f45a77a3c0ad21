import type { Answer } from '../../answers/types.js';
import type { Body } from '../response.js';
import { safeText, trimWords } from '../text.js';
import { resultEmbed } from './ask.js';

/**
 * The passages the corpus holds on a claim from a message, or that it holds none. Retrieval finds
 * what bears on the claim's words; whether a passage supports it is for the reader to judge, so
 * the text says so rather than promising support.
 */
export function renderFindSources(claim: string, answer: Answer): Body {
  const line = `**Claim:** ${safeText(trimWords(claim, 300))}`;
  if (answer.results.length === 0) {
    return {
      content: `${line}\nThe corpus has nothing on this: no article in it covers these words. \`/sources\` lists what it covers.`,
    };
  }
  return {
    content: `${line}\nWhat the corpus says on this, to check the claim against:`,
    embeds: answer.results.map((r, i) => resultEmbed(r, i, answer.results.length)),
  };
}
