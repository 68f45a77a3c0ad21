import type { SpeakerType } from './types.js';

/** What each door prints after an organisation's name; a person needs no label. */
export function orgNote(type: SpeakerType | undefined): string {
  return type === 'organisation' ? ' (organisation)' : '';
}

/**
 * "William Lai is quoted only in passing (“motherland”)…": why /quote shows nothing for someone the
 * corpus does quote; `mark` sets off the name (bold on Discord).
 */
export function inPassingText(
  { speaker, phrases }: { speaker: string; phrases: string[] },
  mark: (text: string) => string,
): string {
  const said = phrases.map((p) => `“${p}”`).join(', ');
  return `${mark(speaker)} is quoted only in passing (${said}), with no statement of their own in the corpus.`;
}
