/**
 * A coordinator and a purpose opening a sentence before its subject ("But to give you a sense of
 * the evening, Okafor went on…") hold no subject: the subject after them owns a phrase quoted
 * later in the sentence, past a title quoted before it. Made-up passages.
 */
import { describe } from 'vitest';
import { itNames } from './speaker-table.js';

describe('a coordinator and a purpose open the sentence before its subject', () => {
  itNames('%s', [
    [
      '“But to give you a sense of the evening, Okafor went on to plug “…,” thank… — “…”: Okafor’s phrase',
      [
        'Senator Grace Okafor spoke to supporters in Dayton on Friday night, while her rival, Mark Bell, held a rally in Toledo.',
        'But to give you a sense of the evening, Okafor went on to plug her memoir “Open Roads,” thank the volunteers and praise the local brewery — “which makes the best stout in Ohio.”',
      ],
      'best stout in Ohio',
      'Grace Okafor',
    ],
  ]);
});
