import type { SpeakerType } from './types.js';

/** What each door prints after an organisation's name; a person needs no label. */
export function orgNote(type: SpeakerType | undefined): string {
  return type === 'organisation' ? ' (organisation)' : '';
}
