import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/corpus/dates.js';

describe('isoDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-5-1', '2024-05-01'],
    ['2024/05/01', '2024-05-01'],
    ['2024-05-17T09:30:00Z', '2024-05-17'],
    // The day as written, not as UTC would have it (the 18th).
    ['2024-05-17T23:30:00-05:00', '2024-05-17'],
    ['March 3, 2024', '2024-03-03'],
    ['Mar. 3, 2024', '2024-03-03'],
    ['Tuesday, June 4, 2024 10:15 AM', '2024-06-04'],
    ['Posted: June 4, 2024 10:15 AM', '2024-06-04'],
    ['3 March 2024', '2024-03-03'],
    ['4th June, 2024', '2024-06-04'],
    ['Sept 9, 2024', '2024-09-09'],
  ])('reads %j as %j', (written, iso) => {
    expect(isoDate(written)).toBe(iso);
  });

  it.each([
    // Day and month are ambiguous, or there is no day, or no such day.
    '03/04/2024',
    'May 2024',
    'Spring 2024',
    '2024-02-30',
    'February 30, 2024',
    'last Tuesday',
    'March 3, 2024, in the afternoon',
  ])('keeps %j as written', (written) => {
    expect(isoDate(written)).toBe(written);
  });
});
