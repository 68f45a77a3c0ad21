/**
 * A possessive and a noun for speech opening what a quotation says, where no clause names the
 * speaker (read from PolNeAR's training split, the passages below written for these tests):
 * "X’s refrain … was that “…”", "X’s dictum (…) was, “…”", and "his call for “…”".
 */
import { describe } from 'vitest';
import { itNames } from './speaker-table.js';

describe('a possessive’s noun of speech before “was”', () => {
  itNames('%s', [
    [
      '“Whitfield’s refrain at every debate was that the city “…”": the refrain is hers',
      [
        'Councillor Dana Whitfield campaigned on transit for a decade.',
        'Whitfield’s refrain at every debate was that the city “cannot pave its way out of traffic.”',
      ],
      'pave its way',
      'Dana Whitfield',
    ],
    [
      '“Ellery’s dictum to his players (repeated at every practice) was, “…”": an aside skipped',
      [
        'Tom Ellery coached the Lakers juniors for thirty years.',
        'Ellery’s dictum to his players (repeated at every practice) was, “Nobody outworks us.”',
      ],
      'Nobody outworks us',
      'Tom Ellery',
    ],
    [
      '“Her mother’s message was, “…”": the mother’s words, not the woman named before',
      [
        'Jane Okafor ran for mayor in 2010 and lost by 40 votes.',
        'Her mother’s message was, “Keep going no matter what the count says.”',
      ],
      'Keep going',
      null,
    ],
    [
      '“Ellery’s players said … was that “…”": a verb between the noun and “was” ends the search',
      [
        'Tom Ellery coached the Lakers juniors for thirty years.',
        'Ellery’s players said the lesson they took away was that “nobody in this league outworks us, not ever.”',
      ],
      'nobody in this league',
      null,
    ],
  ]);
});

describe('“his call for “…””', () => {
  itNames('%s', [
    [
      '“Her approval rose after the storm and her call for “…””: a call for words is the caller’s',
      [
        'Premier Alison Redmond toured the flood zone on Tuesday.',
        'Her approval rose after the storm and her call for “a freeze on every eviction” across the province.',
      ],
      'freeze on every eviction',
      'Alison Redmond',
    ],
    [
      '“She renewed her call for “…””: the sentence’s subject too',
      [
        'Premier Alison Redmond toured the flood zone on Tuesday.',
        'She renewed her call for “a national disaster fund that does not wait for the next flood.”',
      ],
      'national disaster fund',
      'Alison Redmond',
    ],
  ]);
});
