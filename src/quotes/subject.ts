/** Reading who a reporting clause names: a person, a pronoun, or a description ("a spokesman"). */
import { isFirstName, isOrgName, isTitle, NAME_PARTICLES, stripTitles } from '../text/names.js';
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
    'oh well please dear sir madam okay ok along amid despite during following given had has ' +
    'have is was were did does will would can could should must might shall do being having ' +
    'unlike like without within between through across toward towards upon via per two three ' +
    'four five six seven eight nine ten dozens hundreds thousands millions several american ' +
    'americans local national federal state people hours minutes days weeks months years moments ' +
    'much part half none'
  ).split(' '),
);

const PREPOSITIONS = new Set(
  'for of at with from to by about in on into near among under over like than behind'.split(' '),
);

/** Places that follow a comma as locations ("in Columbus, Ohio, said"), never speakers. */
const PLACES = new Set(
  (
    'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,' +
    'hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,' +
    'michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,' +
    'new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,' +
    'rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,' +
    'west virginia,wisconsin,wyoming,d.c,ala,ariz,ark,calif,colo,conn,fla,ga,ill,ind,kan,ky,' +
    'md,mass,mich,minn,mo,mont,neb,nev,n.h,n.j,n.m,n.y,n.c,n.d,okla,ore,pa,r.i,s.c,s.d,tenn,' +
    'tex,va,vt,wis,wyo,england,france,germany,china,russia,japan,mexico,canada,israel,iran,iraq,' +
    'syria,britain,london,paris,beijing,moscow'
  ).split(','),
);

/** Lowercase nouns naming a role, which put a name after them: "campaign spokesman Hogan Gidley". */
const ROLES = new Set(
  (
    'president spokesman spokeswoman spokesperson director chairman chairwoman chair founder ' +
    'ceo leader head executive manager adviser advisor aide strategist pollster analyst expert ' +
    'professor senator secretary correspondent reporter host anchor editor columnist writer ' +
    'author candidate nominee member official economist attorney lawyer resident voter ' +
    'supporter delegate commissioner governor mayor staffer consultant operative historian ' +
    'scientist fellow researcher student activist organizer owner surrogate chief partner ' +
    'lawmaker congressman congresswoman representative commentator contributor pastor minister ' +
    'general officer agent coach judge justice sheriff chancellor diplomat ambassador donor ' +
    'businessman businesswoman billionaire veteran mother father wife husband son daughter ' +
    'friend colleague rival opponent critic ally star actor actress singer comedian rapper ' +
    'cofounder co-founder publisher producer anchorwoman anchorman speaker treasurer'
  ).split(' '),
);

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
// "Moscow-based", "Los Angeles-area": a lowercase part after a hyphen makes a description.
const isNameWord = (w: string): boolean => (isCap(w) && !/-\p{Ll}/u.test(w)) || isInitial(w);
const cleanName = (w: string): string => w.replace(/['’]s?$/, '');

/** Index where the run of name tokens ending at `end` (exclusive) starts. */
function runStart(words: string[], end: number): number {
  let i = end;
  while (i > 0) {
    const w = words[i - 1] ?? '';
    const prev = words[i - 2] ?? '';
    if (isNameWord(w)) i--;
    else if (NAME_PARTICLES.has(w) && isCap(prev) && i < end) i--;
    else if (/^(of|for)$/.test(w) && isTitle(prev) && i < end) i--;
    else break;
  }
  return i;
}

/** End (exclusive) of the run of name tokens starting at `start`. */
function runEnd(words: string[], start: number): number {
  let j = start;
  while (j < words.length) {
    const w = words[j] ?? '';
    if (isNameWord(w)) j++;
    else if (NAME_PARTICLES.has(w) && isCap(words[j + 1] ?? '') && j > start) j++;
    else if (/^(of|for)$/.test(w) && isTitle(words[j - 1] ?? '') && isCap(words[j + 1] ?? '')) j++;
    else break;
    if (/['’]s?$/.test(w) && j > start) break;
  }
  return j;
}

function genderOf(words: string[]): 'm' | 'f' | undefined {
  for (const w of words) {
    const t = w.toLowerCase().replace(/\.$/, '');
    if (t === 'mr') return 'm';
    if (t === 'mrs' || t === 'ms' || t === 'miss') return 'f';
  }
  return undefined;
}

const HONORIFIC = /^(mr|mrs|ms|miss|mx)\.?$/i;

const isShouted = (w: string): boolean => /^\p{Lu}{2,}$/u.test(w.replace(/[.-]/g, ''));

/** A subject for the name words `run` (titles included), with role words before it. */
function named(run: string[], pre: string[]): Subject | null {
  let words = run.map(cleanName).filter(Boolean);
  // "Cleveland The Trump…", "U.S. While Clinton": a common word inside a run ends what came before.
  const cut = words.findLastIndex((w, i) => i > 0 && NOT_NAME.has(w.toLowerCase()));
  if (cut > 0) words = words.slice(cut);
  // Datelines: "LONDON Donald Trump", "ATLANTIC CITY Hillary Clinton".
  while (words.length > 1 && isShouted(words[0] ?? '') && !words.every(isShouted))
    words = words.slice(1);
  while (words.length > 0 && NOT_NAME.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  while (words.length > 0 && NOT_NAME.has((words[words.length - 1] ?? '').toLowerCase())) {
    words = words.slice(0, -1);
  }
  const last = words[words.length - 1] ?? '';
  // A run ending in a title is a role ("Senate Majority Leader"), unless an institution ends it
  // ("the White House said").
  if (words.length === 0 || (isTitle(last) && !(words.length > 1 && isOrgName(last)))) return null;
  // Party and state tags ("R-Wis.", "D-Md.") describe the name before them.
  if (words.length === 1 && /^[RDI]-\p{Lu}/u.test(words[0] ?? '')) return null;
  const nameWords = stripTitles(words);
  const name = nameWords.join(' ');
  const subject: Subject = {
    kind: 'name',
    mention: words.join(' '),
    name,
    org: isOrgName(name),
  };
  const gender = genderOf(words);
  if (gender) subject.gender = gender;
  // Honorifics say nothing about a role: "Mr. Song" has no descriptor of its own.
  const titles = words.slice(0, words.length - nameWords.length).filter((w) => !HONORIFIC.test(w));
  const role = [...pre, ...titles].join(' ').trim();
  if (role && pre.length <= 8 && isRoleWords(pre)) {
    subject.descriptor = role;
  }
  return subject;
}

/** Words before a name that read as its role ("longtime Democratic pollster"), not as a clause. */
function isRoleWords(pre: string[]): boolean {
  return pre.every((w, i) => {
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || /^(this|these|those|there|here)$/.test(lower)) return false;
    if (PREPOSITIONS.has(lower) && (i === 0 || i === pre.length - 1 || lower !== 'of'))
      return false;
    return !/(ed|ing)$/.test(lower) || /^(retired|elected|acting|red|ed)$/.test(lower);
  });
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
  const first = (words[0] ?? '').toLowerCase();
  return (
    words.length <= 7 &&
    !FUNCTION_WORDS.has(last) &&
    !FUNCTION_WORDS.has(first) &&
    !words.some((w) => /^(that|who|which|said|says|told)$/i.test(w))
  );
}

const nominal = (words: string[]): Subject | null =>
  isNounPhrase(words) ? { kind: 'nominal', mention: words.join(' ') } : null;

/** Reads one comma-free chunk whose name comes last ("longtime pollster Pat Caddell"). */
export function readChunk(words: string[]): Subject | null {
  const clean = words.filter((w) => w !== '' && !/^[—–―-]$/.test(w));
  // "Sanders himself acknowledged": the reflexive only stresses the name.
  if (clean.length > 1 && /^(himself|herself)$/i.test(clean[clean.length - 1] ?? '')) clean.pop();
  if (clean.length === 0) return null;
  if (clean.length === 1 && PRONOUNS.has((clean[0] ?? '').toLowerCase())) {
    return { kind: 'pronoun', mention: clean[0] ?? '', name: (clean[0] ?? '').toLowerCase() };
  }
  const last = clean[clean.length - 1] ?? '';
  // "what she called": the pronoun right before the verb is its subject.
  if (/^(he|she)$/i.test(last)) return { kind: 'pronoun', mention: last, name: last.toLowerCase() };
  if (!isNameWord(last) || /['’]s?$/.test(last)) return nominal(clean);
  let start = runStart(clean, clean.length);
  while (start < clean.length && NOT_NAME.has((clean[start] ?? '').toLowerCase())) start++;
  const before = (clean[start - 1] ?? '').toLowerCase();
  if (PREPOSITIONS.has(before)) {
    // "George Zornick of The Nation": the person before the preposition is the subject.
    const owner =
      start >= 2 && isNameWord(clean[start - 2] ?? '')
        ? readChunk(clean.slice(0, start - 1))
        : null;
    if (owner?.kind === 'name' && !owner.org) {
      return { ...owner, descriptor: clean.slice(start - 1).join(' ') };
    }
    return nominal(clean);
  }
  const pre = clean.slice(0, start);
  // "a pro-Clinton super PAC", "director of the House Majority PAC": descriptions, not names.
  if (/^(a|an)$/i.test(pre[0] ?? '') && pre.length > 1) return nominal(clean);
  const lastPre = (pre[pre.length - 1] ?? '').toLowerCase();
  const prep = /^(the|a|an)$/.test(lastPre) ? (pre[pre.length - 2] ?? '').toLowerCase() : lastPre;
  if (PREPOSITIONS.has(prep)) return nominal(clean);
  if (PLACES.has(clean.slice(start).join(' ').toLowerCase().replace(/\.$/, '')))
    return nominal(clean);
  return named(clean.slice(start), pre);
}

const DESCRIBING_SUFFIX =
  /^\p{Lu}\S*-(based|area|born|raised|bred|led|backed|funded|linked|owned|leaning|aligned|allied|run)$/u;

const PLACE_PREPOSITIONS = new Set('in at into from to across near outside inside'.split(' '));

/** The person named by the words right at the end, whatever comes before: "footage of Hillary Clinton". */
export function trailingName(tokens: Token[]): Subject | null {
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && tokens[i]?.kind === 'word'; i--) {
    words.unshift(tokens[i]?.text ?? '');
  }
  const start = runStart(words, words.length);
  if (start === words.length) return null;
  const subject = named(words.slice(start), []);
  return subject && !subject.org && !PLACES.has((subject.name ?? '').toLowerCase())
    ? subject
    : null;
}

/** Reads a chunk whose name comes first ("Judicial Watch president Tom Fitton, …", "the senator"). */
export function leadingName(words: string[]): Subject | null {
  const first = words[0] ?? '';
  // "he's committed to…", "she'd said": a contracted pronoun is still the subject.
  const pronoun = first.toLowerCase().replace(/['’](s|d|ll|ve|re)$/, '');
  if (PRONOUNS.has(pronoun)) return { kind: 'pronoun', mention: first, name: pronoun };
  let i = 0;
  while (i < words.length && i < 8) {
    const w = words[i] ?? '';
    if (!isNameWord(w) || NOT_NAME.has(w.toLowerCase())) {
      i++;
      continue;
    }
    const j = runEnd(words, i);
    // "Los Angeles-based attorney Edgar Martirosyan": a place before "-based" describes.
    if (DESCRIBING_SUFFIX.test(words[j] ?? '')) {
      i = j + 1;
      continue;
    }
    // "Carson’s longtime friend": a possessive name qualifies a description, or the name after it
    // ("Clinton’s top aide Jake Sullivan", "The Post’s Ruth Marcus").
    if (/['’]s?$/.test(words[j - 1] ?? '') && j < words.length) return afterPossessive(words, j);
    // "the base chief stayed in Libya": a name after a place preposition is no subject.
    const before = (words[i - 1] ?? '').toLowerCase();
    const prep = /^(the|a|an)$/.test(before) ? (words[i - 2] ?? '').toLowerCase() : before;
    if (PLACE_PREPOSITIONS.has(prep)) return nominal(words.slice(0, 8));
    const role = roleGap(words, j);
    if (role > j) {
      const k = runEnd(words, role);
      return named(words.slice(role, k), words.slice(0, role));
    }
    if (words.slice(i, j).every((t) => isTitle(t))) {
      i = j;
      continue;
    }
    return named(words.slice(i, j), words.slice(0, i));
  }
  return isCap(first) ? null : nominal(words.slice(0, 8));
}

/** The name after "X’s" and role words, or the whole chunk as a description. */
function afterPossessive(words: string[], j: number): Subject | null {
  for (let k = j; k < j + 6 && k < words.length; k++) {
    if (!isNameWord(words[k] ?? '')) continue;
    if (!isRoleWords(words.slice(j, k))) break;
    const end = runEnd(words, k);
    return named(words.slice(k, end), words.slice(0, k));
  }
  return nominal(words.slice(0, 8));
}

/** After a name run ending at `j`: where a second name starts when role words lie between. */
function roleGap(words: string[], j: number): number {
  for (let k = j; k < j + 4 && k < words.length; k++) {
    const w = words[k] ?? '';
    // "co-host", "ex-aide": a prefixed role is still a role.
    const role = (words[k - 1] ?? '').toLowerCase().replace(/^(co|ex|vice)-/, '');
    if (isNameWord(w)) return k > j && ROLES.has(role) ? k : -1;
    if (isCap(w) || /[^\p{L}-]/u.test(w)) return -1;
  }
  return -1;
}

/** True when a chunk reads as an appositive description ("a security expert at X"). */
export function isDescription(words: string[]): boolean {
  const first = words[0] ?? '';
  return (
    // Party tags, ages and home states: "Jason Chaffetz, R-Utah,", "Cory James, 22, of Flint, Mich.,".
    /^([RDI]-\p{Lu}|\d)/u.test(first) ||
    (words.length <= 2 && PLACES.has(words.join(' ').toLowerCase().replace(/\.$/, ''))) ||
    /^(a|an|the|one|another|his|her|their|its|our|who|which|whose)$/i.test(first) ||
    /['’]s?$/.test(first) ||
    (!isCap(first) && !PRONOUNS.has(first)) ||
    isTitle(first)
  );
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
  // "Scott Pruitt, one of the officials suing the EPA, said": a name inside a description is its object.
  const inDescription = nearSubject?.kind === 'name' && parts.length > 1 && isDescription(near);
  if (nearSubject && nearSubject.kind !== 'nominal' && !inDescription) {
    const far = parts[parts.length - 2];
    if (
      nearSubject.kind === 'name' &&
      far &&
      far.length <= 8 &&
      /^(a|an|the)$/i.test(far[0] ?? '')
    ) {
      return { ...nearSubject, descriptor: far.join(' ') };
    }
    return nearSubject;
  }
  // "Massie used to back Paul, but now said": a second verb shares the sentence's subject.
  if (!nearSubject && /^(and|but|yet)$/i.test(near[0] ?? '')) return sentenceSubject(tokens);
  // "Geoff Garin, a pollster who works with X, a super PAC, said": walk back over appositives.
  const descriptions: string[][] = [];
  for (let i = parts.length - 1; i >= 0 && descriptions.length < 3; i--) {
    const part = parts[i] ?? [];
    const subject = i === parts.length - 1 ? nearSubject : readChunk(part);
    if (subject?.kind === 'name' && i < parts.length - 1 && !opensClause(part)) {
      return { ...subject, descriptor: descriptions.map((d) => d.join(' ')).join(', ') };
    }
    // "President Obama said he expected that Americans": a clause, not an appositive.
    if (!isDescription(part) || part.some((w) => /^(said|says|told|tells)$/i.test(w))) break;
    descriptions.unshift(part);
  }
  return nearSubject;
}

/** "when asked about Trump", "during a visit to Ohio": a chunk whose names are not its subject. */
const opensClause = (words: string[]): boolean => {
  const first = (words[0] ?? '').toLowerCase();
  return SUBORDINATORS.has(first) || PREPOSITIONS.has(first);
};

const NOT_DESCRIPTION =
  /^(who|which|whose|adding|saying|noting|in|on|at|as|after|when|while|and|but|during|before|referring|speaking|according|told|to|with|from)$/i;

/** The subject after an inverted verb ("said Marcus Galauskas, a security expert at X"). */
export function subjectAfter(tokens: Token[]): Subject | null {
  const parts = chunks(tokens);
  const head = parts[0];
  if (!head) return null;
  const subject = leadingName(head);
  const next = parts[1];
  if (
    subject?.kind === 'name' &&
    !subject.descriptor &&
    next &&
    isDescription(next) &&
    !NOT_DESCRIPTION.test(next[0] ?? '')
  ) {
    return { ...subject, descriptor: next.slice(0, 20).join(' ') };
  }
  return subject;
}

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|\d.*)$/;

/** Words that may follow the name in "…, said Jane Doe on Monday": the clause ends with the name. */
const AFTER_INVERTED = new Set(
  (
    'on in at during of from to for with who whose which when after before while as because ' +
    'himself herself yesterday today tonight last this earlier later recently'
  ).split(' '),
);

/**
 * The name after a verb set off by a comma ("…, said Paul Beck, a professor."), but only when the
 * clause ends at the name: in "Trump, a rival, said Clinton lied" Clinton is what was said.
 */
export function invertedSubject(tokens: Token[]): Subject | null {
  const head = chunks(tokens)[0];
  const first = (head?.[0] ?? '').toLowerCase();
  // "…, said on Twitter", "…, said Thursday on Fox News": what follows is not the speaker.
  if (!head || AFTER_INVERTED.has(first) || PREPOSITIONS.has(first) || CALENDAR.test(first))
    return null;
  const subject = subjectAfter(tokens);
  if (subject?.kind !== 'name') return null;
  const last = subject.mention.split(' ').pop() ?? '';
  const end = head.findIndex((w) => cleanName(w) === last);
  const next = head[end + 1];
  return end >= 0 && (next === undefined || AFTER_INVERTED.has(next.toLowerCase()))
    ? subject
    : null;
}

const SUBORDINATORS = new Set(
  'after when while as if because before although though since despite unless until once whether'.split(
    ' ',
  ),
);

/** "Speaking in Salem", "Asked about it": but not "Reed Okafor" or "Fred said". */
function isParticiple(part: string[]): boolean {
  const [word = '', next = ''] = part;
  return /^\p{Lu}\p{Ll}{2,}(ing|ed)$/u.test(word) && !isCap(next) && !isFirstName(word);
}

/** The first named subject of a sentence: "Republican candidate Donald Trump quickly took…" → Trump. */
export function sentenceSubject(tokens: Token[]): Subject | null {
  const parts = chunks(tokens);
  for (let c = 0; c < parts.length; c++) {
    const part = parts[c] ?? [];
    const first = (part[0] ?? '').toLowerCase();
    // Prepositional and participle openers ("In Iowa", "Speaking in Salem") hold no subject.
    if (PREPOSITIONS.has(first) || SUBORDINATORS.has(first) || isParticiple(part)) continue;
    const subject = leadingName(part);
    // "Earlier this week, Clinton shared…": an opener without a name holds no subject.
    if (!subject) continue;
    if (subject.kind === 'nominal') return null;
    // A chunk that is only a name ("…in St. Clairsville, Ohio, …") is a subject only before an appositive.
    const alone = subject.kind === 'name' && part.length === subject.mention.split(' ').length;
    const next = parts[c + 1];
    if (alone && !(next && isDescription(next))) continue;
    if (alone && next && subject.kind === 'name' && !subject.descriptor) {
      return { ...subject, descriptor: next.slice(0, 20).join(' ') };
    }
    return subject;
  }
  return null;
}
