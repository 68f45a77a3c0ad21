import type { InPassing } from '../quotes/registry.js';
import type { SpeakerType } from './types.js';

/** What each door prints after an organisation's name; a person needs no label. */
export function orgNote(type: SpeakerType | undefined): string {
  return type === 'organisation' ? ' (organisation)' : '';
}

/**
 * "I found no quotation by William Lai in the corpus, only words in marks beside their name:
 * “motherland”.": why /quote shows nothing for a name the corpus does set words in marks beside
 * (scare quotes, whose speaker is the rules' reading, not always who said them); `mark` sets off
 * the name (bold on Discord).
 */
export function inPassingText(
  { speaker, phrases }: InPassing,
  mark: (text: string) => string,
): string {
  const words = phrases.map((p) => `“${p}”`).join(', ');
  return `I found no quotation by ${mark(speaker)} in the corpus, only words in marks beside their name: ${words}.`;
}

/**
 * "I found no quotation by Wishnik in the corpus, but the articles report what they said:": the
 * line before the passages of reported speech (QuoteAnswer.reported), after the words in marks
 * beside the name when there are some; `about`, the topic asked, when none was on it.
 */
export function reportedText(
  name: string,
  { inPassing, about }: { inPassing?: InPassing; about?: string },
  mark: (text: string) => string,
): string {
  if (inPassing) return `${inPassingText(inPassing, mark)} The articles report what they said:`;
  const topic = about ? ` about “${about}”` : '';
  return `I found no quotation by ${mark(name)}${topic} in the corpus, but the articles report what they said:`;
}

/** "The corpus names Kim Jong Un but never shows them speaking.": why "what did X say" found nothing. */
export function unspokenText(name: string, mark: (text: string) => string): string {
  return `The corpus names ${mark(name)} but never shows them speaking.`;
}
