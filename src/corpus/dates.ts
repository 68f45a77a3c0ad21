// An article's date as a reader compares dates: YYYY-MM-DD. Only unambiguous forms are read
// ("03/04/2024" is March or April depending on the writer); anything else is kept as written.

/** A date as isoDate writes one it could read. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A month's name, whole or abbreviated ("Sept.", "March"), as a regular expression's source. */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A weekday's name, whole or abbreviated ("Tues.", "Monday,"), as a regular expression's source. */
export const WEEKDAY_NAME = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH = `(${MONTH_NAME})`;
const WEEKDAY = `(?:${WEEKDAY_NAME}\\s+)?`;
const LABEL = '(?:(?:posted|published|updated)(?:\\s+on)?:?\\s+)?';
// After the date: nothing, a time ("10:15 AM", "T09:30:00Z"), or a time zone's offset.
const AFTER = '(?=$|[T\\s,])(?:[T\\s,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\b.*)?\\s*$';

const NUMERIC = new RegExp(`^${LABEL}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${AFTER}`, 'i');
const MONTH_FIRST = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${AFTER}`,
  'i',
);
const DAY_FIRST = new RegExp(
  `^${LABEL}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${AFTER}`,
  'i',
);

/**
 * `written` as YYYY-MM-DD when it is a date in a form that says which ("2024-05-17T23:30:00-05:00",
 * "March 3, 2024 10:15 AM", "3 March 2024"), else as written. A time stamp keeps the day it was
 * written with: converting "23:30 -05:00" to UTC would move the story to the next day.
 */
export function isoDate(written: string): string {
  const text = written.trim();
  let match = NUMERIC.exec(text);
  if (match) return valid(match[1]!, Number(match[3]), Number(match[4])) ?? text;
  match = MONTH_FIRST.exec(text);
  if (match) return valid(match[3]!, monthOf(match[1]!), Number(match[2])) ?? text;
  match = DAY_FIRST.exec(text);
  if (match) return valid(match[3]!, monthOf(match[2]!), Number(match[1])) ?? text;
  return text;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** "2024-02-09", or undefined for a day no calendar has (February 30th). */
function valid(year: string, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(Number(year), month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
