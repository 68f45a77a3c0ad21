import { RANK_ABBREVIATIONS } from './ranks.js';

/** One sentence of a text and where it stands in it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  // South Africa's advocates: "Adv. Thuli Madonsela".
  'adv',
  'pres',
  ...RANK_ABBREVIATIONS,
  'messrs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'no',
  'nos',
  'vol',
  'vols',
  'vs',
  'v',
  'etc',
  'al',
  'approx',
  'est',
  'fig',
  'ca',
  'cf',
  'op',
  'pp',
  'ed',
  'eds',
]);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+/g;
// A full stop glued to the next sentence by a scraper ("Western world.Not only"): a full stop
// between two lowercase letters and a capitalised word. Found from the full stop, then the letters
// before it checked: a lookbehind, tried at every position of the text, was two thirds of the
// time of splitting a paragraph, and sentences are split for every excerpt an answer shows.
const GLUED = /\.(?=\p{Lu}\p{Ll})/gu;
const LOWER_PAIR_END = /\p{Ll}{2}$/u;

/** Where a glued full stop is: as `(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})` would match, faster. */
export function gluedStops(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(GLUED)) {
    // Two code points are at most four UTF-16 units.
    if (LOWER_PAIR_END.test(text.slice(Math.max(0, m.index - 4), m.index))) out.push(m.index);
  }
  return out;
}

/** Split text into sentences, keeping abbreviations ("Mr.", "U.S.", "Oct.") and initials inside. */
export function splitSentences(text: string): Sentence[] {
  const cuts: number[] = [];
  // exec on the one global pattern, not matchAll, which clones it and wraps every match; nothing
  // between here and the end of the loop uses BOUNDARY.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (endsSentence(text, m.index, end)) cuts.push(end);
  }
  // The boundaries come in order; glued full stops put among them need a sort.
  const glued = gluedStops(text);
  for (const at of glued) cuts.push(at + 1);
  if (glued.length > 0) cuts.sort((a, b) => a - b);
  cuts.push(text.length);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const cut of cuts) {
    pushTrimmed(text, start, cut, sentences);
    start = cut;
  }
  return sentences;
}

function endsSentence(text: string, punctAt: number, next: number): boolean {
  const following = text.slice(next, next + 3);
  // A new sentence starts with a capital, a digit or an opening quote/bracket; or a closing mark
  // typed for the opening one, apart from its capital ("…Lowy Institute. ” There is also…").
  if (
    !/^["'“‘([]?[\p{Lu}\p{N}]/u.test(following) &&
    !/^[“"‘]/.test(following) &&
    !(/^” \p{Lu}/u.test(following) && !quoteOpen(text, punctAt))
  )
    return false;
  if (text[punctAt] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punctAt - 20), punctAt))?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "Vladimir V. Putin"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "e.g": dotted abbreviations
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether a “ before `at` is still open: a ” after it then closes it, not opens a sentence. */
function quoteOpen(text: string, at: number): boolean {
  let open = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
  }
  return open > 0;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
}
