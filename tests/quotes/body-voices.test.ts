/** Speaking through a spokesperson or a document, as British and Canadian copy writes it. */
import { describe } from 'vitest';
import { itNames } from './speaker-table.js';

describe('a body’s spokesperson and documents', () => {
  itNames('%s', [
    [
      'a spokesperson named by a long body’s name before the noun (probe round 39)',
      [
        'Waiting times for children’s mental health services in England have risen again.',
        'A Department of Health and Social Care spokesperson said: “We know there is more to do.”',
      ],
      'We know there is more to do',
      'Department of Health and Social Care spokesperson',
    ],
    [
      'a body’s report by its noun’s possessive (probe round 39)',
      [
        'The Canadian Institute for Rural Health Policy, a think tank based in Sudbury, analyzed closure notices.',
        '“Rural emergency departments are closing for want of people,” the institute’s report states.',
      ],
      'closing for want of people',
      'Canadian Institute for Rural Health Policy',
    ],
    [
      'a person’s document by a description’s possessive',
      [
        'Dr. Anita Rao, a surgeon at the hospital, reviewed the files.',
        '“The delays were avoidable,” the surgeon’s report states.',
      ],
      'The delays were avoidable',
      'Anita Rao',
    ],
  ]);
});
