/** Subjects after a reporting verb (src/quotes/subject.ts), read through whole passages. */
import { describe } from 'vitest';
import { itNames } from './speaker-table.js';

describe('two titles of one person joined by "and"', () => {
  itNames('%s', [
    [
      'a state title, then a committee’s, before the name',
      [
        'Mailers paint the senator as a threat to factory workers.',
        '“That’s what he did last time. He’s reprising that role,” said former Ohio Gov. and National Committee Chairman Tom Wexler.',
      ],
      'reprising that role',
      'Tom Wexler',
    ],
    [
      'a capitalised second title straight before the name',
      ['“We will carry the county,” said Ohio Gov. and Chairman Tom Wexler.'],
      'carry the county',
      'Tom Wexler',
    ],
    [
      'still two people when a name ends the first run',
      ['“We will carry the county,” said Ohio Gov. Tom Wexler and Sen. Ann Park.'],
      'carry the county',
      'Tom Wexler and Ann Park',
    ],
  ]);
});
