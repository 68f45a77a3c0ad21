/** Reading who a reporting clause names: a person, a pronoun, or a description ("a spokesman"). */
import { isOrgName, isTitle, NAME_PARTICLES, stripTitles } from '../text/names.js';
import type { Token } from './tokens.js';

/** What an attribution names as its source. */
export interface Subject {
  kind: 'name' | 'pronoun' | 'nominal';
  /** As written: "Mr. Song", "he", "a spokesman for the campaign". */
  mention: string;
  /** For names: the name without titles ("Song"); for pronouns the pronoun, lowercase. */
  name?: string;
  org?: boolean;
  /** Honorific gender, when the mention carries one (Mr. / Ms.). */
  gender?: 'm' | 'f';
  descriptor?: string;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Capitalised words that start sentences or clauses but are never part of a name. */
const NOT_NAME = new Set(
  (
    'the a an and but or so yet still also then now meanwhile however instead later earlier ' +
    'when while after before as if though although because since in on at of for with by from ' +
    'to this that these those there here it its his her their our my your he she they we i you ' +
    'asked speaking writing responding according today yesterday tonight monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december last next one another some many most both ' +
    'all each every no not only even just indeed finally first second third again what who ' +
    'whom which where why how mostly besides moreover further furthermore thus hence yes ' +
    'oh well please dear sir madam okay ok'
  ).split(' '),
);

const PREPOSITIONS = new Set(
  'for of at with from to by about in on into near among under over like than behind'.split(' '),
);

const DETERMINERS = /^(a|an|the|one|another|his|her|their|its|our|two|three|several|some)$/i;

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);

/** Index where the run of name tokens ending at `end` (exclusive) starts. */
function runStart(words: string[], end: number): number {
  let i = end;
  while (i > 0) {
    const w = words[i - 1] ?? '';
    const prev = words[i - 2] ?? '';
    if (isCap(w) || isInitial(w)) i--;
    else if (NAME_PARTICLES.has(w) && isCap(prev) && i < end) i--;
    else if (/^(of|for)$/.test(w) && isTitle(words[i] ?? '') === false && isTitle(prev) && i < end)
      i--;
    else break;
  }
  while (i < end && NOT_NAME.has((words[i] ?? '').toLowerCase())) i++;
  return i;
}

function genderOf(words: string[]): 'm' | 'f' | undefined {
  for (const w of words) {
    const t = w.toLowerCase().replace(/\.$/, '');
    if (t === 'mr') return 'm';
    if (t === 'mrs' || t === 'ms' || t === 'miss') return 'f';
  }
  return undefined;
}

/** Reads one comma-free chunk of words as a name, pronoun or description. */
export function readChunk(words: string[]): Subject | null {
  const clean = words.filter((w) => w !== '' && !/^[—–―-]$/.test(w));
  if (clean.length === 0) return null;
  const text = clean.join(' ');
  if (clean.length === 1 && PRONOUNS.has(text.toLowerCase())) {
    return { kind: 'pronoun', mention: text, name: text.toLowerCase() };
  }
  const last = clean[clean.length - 1] ?? '';
  const start = isCap(last) ? runStart(clean, clean.length) : clean.length;
  const run = clean.slice(start);
  const before = clean[start - 1]?.toLowerCase() ?? '';
  if (run.length === 0 || /['’]s$/.test(last) || (PREPOSITIONS.has(before) && start > 1)) {
    return isNounPhrase(clean) ? { kind: 'nominal', mention: text } : null;
  }
  const nameWords = stripTitles(run);
  const name = nameWords.join(' ');
  const pre = clean.slice(0, start);
  const descriptor = pre.length > 0 && pre.length <= 8 ? describe(pre, run, nameWords) : undefined;
  const subject: Subject = {
    kind: 'name',
    mention: run.join(' '),
    name,
    org: isOrgName(name),
    gender: genderOf(run),
  };
  if (descriptor) subject.descriptor = descriptor;
  return subject;
}

const FUNCTION_WORDS = new Set(
  (
    'and or but that to be been being had has have was were is are would will could should ' +
    'not when while as if than then so did do does said says also which who it this'
  ).split(' '),
);

/** A short description that can stand as a speaker ("the campaign", "a spokesman for X"). */
function isNounPhrase(words: string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length <= 7 && !FUNCTION_WORDS.has(last) && !FUNCTION_WORDS.has((words[0] ?? '').toLowerCase());
}

/** The first named subject of a sentence: "Republican candidate Donald Trump quickly took…" → Trump. */
export function sentenceSubject(tokens: Token[]): Subject | null {
  for (const part of chunks(tokens)) {
    if (PREPOSITIONS.has((part[0] ?? '').toLowerCase()) || /^(after|when|while|as|if|because|before)$/i.test(part[0] ?? ''))
      continue;
    let i = 0;
    while (i < part.length && i < 8) {
      const w = part[i] ?? '';
      if (isCap(w) && !NOT_NAME.has(w.toLowerCase())) {
        let j = i;
        while (j < part.length && (isCap(part[j] ?? '') || isInitial(part[j] ?? ''))) j++;
        const run = part.slice(i, j);
        if (!run.every((t) => isTitle(t))) {
          const subject = readChunk(part.slice(0, j));
          return subject?.kind === 'name' ? subject : null;
        }
        i = j;
      } else if (PRONOUNS.has(w.toLowerCase()) && i === 0) {
        return readChunk([w]);
      } else i++;
    }
    return null;
  }
  return null;
}

/** The role words before a name ("longtime Democratic pollster"), when they read as one. */
function describe(pre: string[], run: string[], nameWords: string[]): string | undefined {
  if (PREPOSITIONS.has((pre[0] ?? '').toLowerCase()) || pre.some((w) => /^(that|who|which)$/.test(w)))
    return undefined;
  const titles = run.slice(0, run.length - nameWords.length);
  return [...pre, ...titles].join(' ');
}

/** True when a chunk reads as an appositive description ("a security expert at X"). */
export function isDescription(words: string[]): boolean {
  const first = words[0] ?? '';
  return DETERMINERS.test(first) || (!isCap(first) && !PRONOUNS.has(first)) || isTitle(first);
}

/** Splits words on commas into chunks. */
export function chunks(tokens: Token[]): string[][] {
  const out: string[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text === ',') out.push([]);
    else if (t.kind === 'word') out[out.length - 1]?.push(t.text);
  }
  return out.filter((c) => c.length > 0);
}

/**
 * The subject of a reporting verb from the tokens before it (same clause):
 * "Marcus Galauskas, a security expert," / "A top strategist, John Weaver," / "he".
 */
export function subjectBefore(tokens: Token[]): Subject | null {
  const parts = chunks(tokens);
  const near = parts[parts.length - 1];
  if (!near) return null;
  const nearSubject = readChunk(near);
  const far = parts.length > 1 ? parts[parts.length - 2] : undefined;
  const farSubject = far && far.length <= 8 ? readChunk(far) : null;
  if (nearSubject?.kind === 'nominal' && farSubject?.kind === 'name' && isDescription(near)) {
    return { ...farSubject, descriptor: near.join(' ') };
  }
  if (nearSubject?.kind === 'name' && far && farSubject?.kind === 'nominal' && isDescription(far)) {
    return { ...nearSubject, descriptor: far.join(' ') };
  }
  return nearSubject;
}

/** Reads a chunk whose name comes first ("Marcus Galauskas in a statement", "the senator"). */
function readLeading(words: string[]): Subject | null {
  const first = words[0] ?? '';
  if (PRONOUNS.has(first.toLowerCase())) {
    return { kind: 'pronoun', mention: first, name: first.toLowerCase() };
  }
  let end = 0;
  while (end < words.length) {
    const w = words[end] ?? '';
    const ok = isCap(w) || isInitial(w) || (NAME_PARTICLES.has(w) && isCap(words[end + 1] ?? ''));
    if (!ok) break;
    end++;
  }
  if (end === 0) return readChunk(words.slice(0, 8));
  return readChunk(words.slice(0, end));
}

const NOT_DESCRIPTION = /^(who|which|whose|adding|saying|noting|in|on|at|as|after|when|while|and|but|during|before|referring|speaking|according)$/i;

/** The subject after an inverted verb ("said Marcus Galauskas, a security expert at X"). */
export function subjectAfter(tokens: Token[]): Subject | null {
  const parts = chunks(tokens);
  const head = parts[0];
  if (!head) return null;
  const subject = readLeading(head);
  const next = parts[1];
  if (subject?.kind === 'name' && next && isDescription(next) && !NOT_DESCRIPTION.test(next[0] ?? '')) {
    return { ...subject, descriptor: next.slice(0, 20).join(' ') };
  }
  return subject;
}
