// Acronyms an article spells out: "Financial Accountability Office (FAO)", "the National Disaster
// Management Authority, or NDMA," and names in another language's order ("(DMB)").
import { escapeRegExp } from '../text/escape-regexp.js';
import { isOrgName, isTitle } from '../text/names.js';
import { CALENDAR_NAME } from './lexicon.js';
import { lexiconType } from './lexicon-types.js';

/**
 * Each acronym the article spells out ("Canada Mortgage and Housing Corporation (CMHC)"), with the
 * name it stands for; `namesBody` says whether a lowercase word names an organisation
 * ("federation"), for names whose initials do not spell the acronym.
 */
export function readAcronyms(
  paragraphs: string[],
  namesBody: (word: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of paragraphs) {
    // "Financial Accountability Office (FAO)"; "The National Disaster Management Authority, or NDMA,".
    // "the Kogi State Emergency Management Agency, SEMA, said": set off by commas, as Nigerian and
    // other papers write them; the body's name is every capitalised word after "the".
    const setOff = SET_OFF_CORE.test(text) ? text.matchAll(SET_OFF_ACRONYM) : [];
    for (const m of setOff) {
      const acronym = m[1]!;
      const before = text.slice(Math.max(0, m.index - 120), m.index);
      const full = spelledOut(before, acronym, namesBody, false);
      // Not an office's title ("The Inspector-General of Police, IGP, Kayode Egbetokun"): its
      // letters stand for whoever holds it.
      if (!full || out.has(acronym) || spellsOfficeTitle(full)) continue;
      // Capitalised words only, no "-based" or possessive ("the Lagos-based …", "The UN's …").
      const named = new RegExp(
        String.raw`\b[Tt]he\s+((?:\p{Lu}\p{L}*\s+){0,3})${escapeRegExp(full)}$`,
        'u',
      ).exec(before);
      out.set(acronym, `${named?.[1] ?? ''}${full}`);
    }
    if (!text.includes('(') && !text.includes(', or ')) continue;
    // "(Cosatu)", "(Unesco)": as British and South African papers write acronyms said as words,
    // only where the words before spell them; "(MoHFW)", "(DoJ)" keep a small word's letter;
    // "(SANParks)" ends on the name's last word whole ("South African National Parks").
    for (const m of text.matchAll(SYLLABIC)) {
      // "Nigerian Meteorological Agency (NiMet)": each capital opens a word's first letters.
      const acronym = m[1]!;
      const full = syllablesSpelled(text.slice(Math.max(0, m.index - 120), m.index), acronym);
      if (
        full &&
        !out.has(acronym) &&
        namesBody(full.slice(full.lastIndexOf(' ') + 1).toLowerCase())
      )
        out.set(acronym, full.replace(/^The /, ''));
    }
    for (const m of text.matchAll(
      /\((\p{Lu}{2,6}|\p{Lu}(?:\p{Ll}?\p{Lu}){1,5})\)|,\s+or\s+(\p{Lu}{2,6})\b|\((\p{Lu}\p{Ll}{2,7})\)|\((\p{Lu}{2,5})(\p{Lu}\p{Ll}{2,8})\)/gu,
    )) {
      const acronym = m[1] ?? m[2] ?? m[3] ?? `${m[4]}${m[5]}`;
      const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index);
      // The capitals spell the name, whose last word is the one written whole.
      const spelled = m[4] ? `${m[4]}${m[5]!.charAt(0)}` : acronym;
      // Only the words' own initials for a word written whole ("XYZBoard" spells nothing).
      const full = spelledOut(before, spelled, namesBody, !m[3] && !m[5]);
      if (m[5] && !full?.endsWith(` ${m[5]}`)) continue;
      // A word in brackets only for a body's name: "Thomas Oliver Murphy (Tom)" is a nickname.
      const body = (name: string): boolean =>
        namesBody(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) || isOrgName(name);
      if (full && !out.has(acronym) && (!m[3] || body(full))) {
        // "The Malaysian Anti-Corruption Commission (MACC)" opening a sentence: "The" is no part
        // (unless the acronym spells it: "The Salvation Army (TSA)").
        const own = acronym.startsWith('T') ? full : full.replace(/^The /, '');
        out.set(acronym, withPlace(text.slice(0, m.index), own));
      }
    }
  }
  return out;
}

/**
 * "according to the Minnesota Department of Natural Resources. … the DNR said": an acronym the
 * article uses without spelling it out stands for a body it named before the acronym's first use,
 * whose capitalised words' initials spell it in order (small words between them skipped); three
 * letters or more, as two ("UN", "US") spell too many names; nor when two bodies spell it. Asked
 * of an acronym readAcronyms did not find spelled out; null for none.
 */
export function unspelledAcronym(
  paragraphs: readonly string[],
  acronym: string,
  namesBody: (word: string) => boolean,
): string | null {
  if (!/^[A-Z]{3,6}$/.test(acronym)) return null;
  const spelled = new Set<string>();
  for (let p = 0; p < paragraphs.length && spelled.size < 2; p++) {
    const text = paragraphs[p] ?? '';
    const use = firstUse(text, acronym);
    for (const name of namesSpelled(text, use < 0 ? text.length : use, acronym, namesBody))
      spelled.add(name);
    // Only names written before its first use.
    if (use >= 0) break;
  }
  // "The Canadian Bar Association … The Canadian Bankers Association": "CBA" is neither.
  return spelled.size === 1 ? [...spelled][0]! : null;
}

/** Where `text` first writes the acronym as a word of its own, or -1. */
function firstUse(text: string, acronym: string): number {
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1))
    if (isWordAt(text, at, acronym.length)) return at;
  return -1;
}

/**
 * Whether the capitals at `at` are a word of their own ("DNR", "RCMP"): no letter, digit, "&",
 * "-" or "." before them, and none of those but a full stop ending a sentence after them.
 */
function isWordAt(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + length);
  if (before && /[\p{L}\d&.-]/u.test(before)) return false;
  if (after && /[\p{L}\d&-]/u.test(after)) return false;
  return after !== '.' || !/\p{L}/u.test(text.charAt(at + length + 1));
}

/** Small words a body's name may hold between the capitalised ones its acronym spells. */
const SMALL_WORDS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/**
 * The bodies' names in `text` before `upTo` whose capitalised words' initials spell `acronym` in
 * a row (up to two small words between them), the last a word bodies are named by, each with the
 * place the article names it with. Found from each capitalised word opening on its first letter.
 */
function namesSpelled(
  text: string,
  upTo: number,
  acronym: string,
  namesBody: (word: string) => boolean,
): string[] {
  const found: string[] = [];
  for (
    let at = text.indexOf(acronym[0]!);
    at >= 0 && at < upTo;
    at = text.indexOf(acronym[0]!, at + 1)
  ) {
    // Most capitals are a word's first letter after a space; the second a lowercase one.
    const second = text.charCodeAt(at + 1);
    if (second < 97 || (second > 122 && !/\p{Ll}/u.test(text.charAt(at + 1)))) continue;
    if (at > 0 && text.charCodeAt(at - 1) !== 32 && /[\p{L}\d’'-]/u.test(text.charAt(at - 1)))
      continue;
    const words = text
      .slice(at, Math.min(upTo, at + 30 * acronym.length))
      .split(/\s+/, acronym.length * 3);
    const name: string[] = [];
    let letter = 0;
    let small = 0;
    for (const word of words) {
      const bare = word.replace(/[,;:.’'”)]+$/, '');
      if (letter > 0 && SMALL_WORDS.has(bare) && small < 2 && bare === word) {
        name.push(word);
        small++;
        continue;
      }
      if (bare.charAt(0) !== acronym[letter] || !/^\p{Lu}\p{Ll}/u.test(bare)) break;
      name.push(bare);
      letter++;
      small = 0;
      // A comma or a full stop ends the name.
      if (letter === acronym.length || bare !== word) break;
    }
    if (letter !== acronym.length) continue;
    const full = name.join(' ');
    if (!namesBody(name.at(-1)!.toLowerCase()) && !isOrgName(full)) continue;
    found.push(withPlace(text.slice(0, at + full.length), full));
  }
  return found;
}

/**
 * Whether a name spelled out is an office's title, by its first word ("Inspector-General of
 * Police", "Commissioner of Police", "Chief of Army Staff"); not a body's name opening on a word
 * titles use too ("State Emergency Management Agency").
 */
function spellsOfficeTitle(name: string): boolean {
  const first = name.split(/[\s-]/)[0] ?? '';
  return isTitle(first) && !/^(?:State|House|Senate|National|Federal|General)$/.test(first);
}

/** ", SEMA,": an acronym set off by commas right after a word. */
const SET_OFF_ACRONYM = /(?<=\p{L}),\s(\p{Lu}{2,6}),\s/gu;
/** SET_OFF_ACRONYM without what it asks before the comma: cheap to ask of every paragraph first. */
const SET_OFF_CORE = /,\s\p{Lu}{2,6},\s/u;

/** "(NiMet)", "(AmCham)": an acronym of words' first syllables, each opening on a capital. */
const SYLLABIC = /\((\p{Lu}\p{Ll}{1,3}(?:\p{Lu}\p{Ll}{1,3}){1,3})\)/gu;

/**
 * The name right before an acronym of syllables whose words open on them in order ("Nigerian
 * Meteorological" on "Ni", "Met"), with one capitalised word after them ("Agency"); or null.
 */
function syllablesSpelled(before: string, acronym: string): string | null {
  const syllables = acronym.match(/\p{Lu}\p{Ll}*/gu) ?? [];
  const words = before.trim().split(/\s+/);
  const name = words.slice(-(syllables.length + 1));
  if (name.length !== syllables.length + 1 || !/^\p{Lu}\p{Ll}+$/u.test(name.at(-1) ?? ''))
    return null;
  const spelled = syllables.every((syllable, i) => {
    const word = name[i] ?? '';
    return /^\p{Lu}/u.test(word) && word.toLowerCase().startsWith(syllable.toLowerCase());
  });
  return spelled ? name.join(' ') : null;
}

/**
 * "The Utah Department of Environmental Quality (DEQ)": the place its initials leave out, when
 * the article names the body with it ("the DEQ" is Utah's), opening a sentence or after "the";
 * after "the", two or three capitalised words so left out, whatever they are.
 */
function withPlace(before: string, full: string): string {
  const at = before.lastIndexOf(full);
  if (at < 0) return full;
  const lead = before.slice(0, at);
  // "the Capitol Valley Metropolitan Planning Organization (MPO)": after "the", two or three
  // capitalised words before the spelled-out part (no weekday or month) are the body's name too.
  const named = /\b[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){1,3})$/u.exec(lead)?.[1];
  const words = named?.trim().split(/\s+/) ?? [];
  if (words.length > 1 && !words.some((w) => CALENDAR_NAME.test(w)))
    return `${words.join(' ')} ${full}`;
  const m = /(?:^|[.!?]\s+|\b[Tt]he\s+)(\p{Lu}\p{Ll}+)\s+$/u.exec(lead);
  return m && lexiconType(m[1]!) === 'place' ? `${m[1]} ${full}` : full;
}

/** The words right before `(ACR)` whose initials spell the acronym (small words may be skipped). */
function spelledOut(
  before: string,
  acronym: string,
  namesBody: (word: string) => boolean,
  capitals = true,
): string | null {
  const words = before.trim().split(/\s+/);
  const letters = acronym.toLowerCase();
  // Try the shortest tail of words whose initials match, small words optional.
  for (let start = words.length - 1; start >= 0 && start >= words.length - 10; start--) {
    const tail = words.slice(start);
    if (!/^\p{Lu}/u.test(tail[0] ?? '')) continue;
    // "Centers for Disease Control and Prevention (CDC)" may end on a word after its letters, a
    // name the article opens ("the Centers", "the U.S. Centers"), not one inside a longer name
    // ("Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)").
    const opens = start === 0 || !/^(?:of|for|and|&)$/.test(words[start - 1] ?? '');
    if (
      matches(
        tail.map((w) => w.replace(/[,;:]$/, '')),
        letters,
        opens,
      )
    ) {
      return tail.join(' ').replace(/[,;:]$/, '');
    }
  }
  if (!capitals) return null;
  return (
    skipping(words, letters, namesBody) ??
    foreignSpelling(words, acronym, namesBody) ??
    renamed(words, letters, namesBody)
  );
}

/**
 * "Manchester University NHS Foundation Trust (MFT)": a body whose acronym skips some of its
 * capitalised words: the name's first and last initials are the acronym's, the acronym's letters
 * come in order among its initials, and at most two words are skipped.
 */
function skipping(
  words: string[],
  letters: string,
  namesBody: (word: string) => boolean,
): string | null {
  const name = capitalisedTail(words, letters.length + 2);
  return bodyTail(name, letters, letters.length + 1, namesBody, (initials) =>
    inOrder(letters, initials),
  );
}

/** Up to `most` capitalised words ending `words`, without a closing comma or colon. */
function capitalisedTail(words: string[], most: number): string[] {
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < most; i--) {
    const w = (words[i] ?? '').replace(/[,;:]$/, '');
    if (!/^\p{Lu}/u.test(w)) break;
    name.unshift(w);
  }
  return name;
}

/**
 * "The United Nations Children's Fund (UNICEF)": a body whose acronym kept letters of an older
 * name; three capitalised words or more, the last a word bodies are named by, whose initials are
 * the acronym's first and last letters and others of it in order.
 */
function renamed(
  words: string[],
  letters: string,
  namesBody: (word: string) => boolean,
): string | null {
  const name = capitalisedTail(words, letters.length);
  return bodyTail(name, letters, 3, namesBody, (initials) => inOrder(initials.join(''), letters));
}

/**
 * The longest tail of `name`, of `shortest` words or more, whose initials open and close on the
 * acronym's letters and that `spells` accepts, ending on a word bodies are named by (skipping and
 * renamed's search); null when none does.
 */
function bodyTail(
  name: string[],
  letters: string,
  shortest: number,
  namesBody: (word: string) => boolean,
  spells: (initials: string[]) => boolean,
): string | null {
  for (let start = 0; start <= name.length - shortest; start++) {
    const tail = name.slice(start);
    const initials = tail.map((w) => w.charAt(0).toLowerCase());
    if (initials[0] !== letters[0] || initials.at(-1) !== letters.at(-1) || !spells(initials))
      continue;
    const last = (tail[tail.length - 1] ?? '').toLowerCase();
    if (namesBody(last) || isOrgName(tail.join(' '))) return tail.join(' ');
  }
  return null;
}

/** Whether the letters of `part` come, in order, among those of `whole`. */
function inOrder(part: string, whole: string[] | string): boolean {
  let at = 0;
  for (const c of whole) if (c === part[at]) at++;
  return at === part.length;
}

/**
 * "The German Metalworkers' Federation (DMB)", "the Australian Retail Energy Regulator (AERR)":
 * an acronym right after an organisation's name whose initials it does not spell (its own
 * language's, another order) still stands for that name: as many capitalised words as the
 * acronym has letters, two or more, the last of them a word organisations are named by.
 */
function foreignSpelling(
  words: string[],
  acronym: string,
  namesBody: (word: string) => boolean,
): string | null {
  if (acronym.length < 2) return null;
  const name = capitalisedTail(words, acronym.length);
  if (name.length !== acronym.length) return null;
  const last = (name[name.length - 1] ?? '').toLowerCase();
  return namesBody(last) || isOrgName(name.join(' ')) ? name.join(' ') : null;
}

function matches(words: string[], letters: string, joinedLast = false): boolean {
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w] ?? '';
    // "Électricité du Liban (EDL)": an accented capital gives its plain letter.
    const initial = word.normalize('NFD').charAt(0).toLowerCase();
    const small = /^\p{Ll}/u.test(word);
    // "Financial Accountability Office of Ontario (FAO)": a place after the letters is no part of them.
    if (l === letters.length && l > 0 && /^(of|for)$/.test(word) && w + 2 === words.length)
      return /^\p{Lu}/u.test(words[w + 1] ?? '');
    // "Centers for Disease Control and Prevention (CDC)": a last word joined after the letters.
    // Not another body's name or acronym ("the Canada Border Services Agency and RCMP (CBSA)").
    if (joinedLast && l === letters.length && l > 2 && word === 'and' && w + 2 === words.length)
      return /^\p{Lu}\p{Ll}+$/u.test(words[w + 1] ?? '') && !isOrgName(words[w + 1] ?? '');
    if (small && go(w + 1, l)) return true;
    // "Société de transport de Val-Perron (STVP)": each capitalised part of a hyphenated word
    // may give its letter.
    const parts = word.includes('-') ? word.split('-') : [];
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p))) {
      const initials = parts.map((p) => p.charAt(0).toLowerCase()).join('');
      if (letters.startsWith(initials, l) && go(w + 1, l + initials.length)) return true;
    }
    return initial === letters[l] && go(w + 1, l + 1);
  };
  return go(0, 0);
}
