/**
 * A coordinator and a purpose opening a sentence before its subject ("But to give you a sense of
 * the evening, Okafor went on…") hold no subject: the subject after them owns a phrase quoted
 * later in the sentence, past a title quoted before it. Made-up passages.
 */
import { describe } from 'vitest';
import { itDoesNotName, itNames } from './speaker-table.js';

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

// A review of d942c44: "to" before a noun phrase or a verb of hearing or quoting opens whose view the
// sentence gives, and the words quoted are that view's, not the subject's.
describe('a coordinator and "to" opening whose view follows', () => {
  itDoesNotName('%s', [
    [
      '“Yet to the farmers who depend on the river, Whitfield is “…””: not Whitfield',
      [
        'The governor, Dan Whitfield, signed the order.',
        'Yet to the farmers who depend on the river for irrigation, Whitfield is “a traitor.”',
      ],
      'a traitor',
      'Dan Whitfield',
    ],
    [
      '“But to listen to the workers on the factory floor, Price is “…””: not Price',
      [
        'The chief executive, Hannah Price, said profits had doubled.',
        'But to listen to the workers on the factory floor, Price is “living in another world.”',
      ],
      'living in another world',
      'Hannah Price',
    ],
  ]);
  itNames('%s', [
    [
      '“And to quote the opposition’s finance critic, Sandra Vale, it is “…””: Vale’s words',
      [
        'The treasurer, Paul Oduya, tabled the budget on Tuesday.',
        'And to quote the opposition’s finance critic, Sandra Vale, it is “a document of despair.”',
      ],
      'a document of despair',
      'Sandra Vale',
    ],
  ]);
});
