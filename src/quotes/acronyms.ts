// Acronyms an article spells out: "Financial Accountability Office (FAO)", "the National Disaster
// Management Authority, or NDMA," and names in another language's order ("(DMB)").
import { isOrgName } from '../text/names.js';

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
    if (!text.includes('(') && !text.includes(', or ')) continue;
    for (const m of text.matchAll(/\((\p{Lu}{2,6})\)|,\s+or\s+(\p{Lu}{2,6})\b/gu)) {
      const acronym = m[1] ?? m[2] ?? '';
      const full = spelledOut(
        text.slice(Math.max(0, (m.index ?? 0) - 120), m.index),
        acronym,
        namesBody,
      );
      if (full && !out.has(acronym)) out.set(acronym, full);
    }
  }
  return out;
}

/** The words right before `(ACR)` whose initials spell the acronym (small words may be skipped). */
function spelledOut(
  before: string,
  acronym: string,
  namesBody: (word: string) => boolean,
): string | null {
  const words = before.trim().split(/\s+/);
  const letters = acronym.toLowerCase();
  // Try the shortest tail of words whose initials match, small words optional.
  for (let start = words.length - 1; start >= 0 && start >= words.length - 10; start--) {
    const tail = words.slice(start);
    if (!/^\p{Lu}/u.test(tail[0] ?? '')) continue;
    if (
      matches(
        tail.map((w) => w.replace(/[,;:]$/, '')),
        letters,
      )
    ) {
      return tail.join(' ').replace(/[,;:]$/, '');
    }
  }
  return foreignSpelling(words, acronym, namesBody);
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
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < acronym.length; i--) {
    const w = (words[i] ?? '').replace(/[,;:]$/, '');
    if (!/^\p{Lu}/u.test(w)) break;
    name.unshift(w);
  }
  if (name.length !== acronym.length) return null;
  const last = (name[name.length - 1] ?? '').toLowerCase();
  return namesBody(last) || isOrgName(name.join(' ')) ? name.join(' ') : null;
}

function matches(words: string[], letters: string): boolean {
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w] ?? '';
    const initial = word.charAt(0).toLowerCase();
    const small = /^\p{Ll}/u.test(word);
    // "Financial Accountability Office of Ontario (FAO)": a place after the letters is no part of them.
    if (l === letters.length && l > 0 && /^(of|for)$/.test(word) && w + 2 === words.length)
      return /^\p{Lu}/u.test(words[w + 1] ?? '');
    if (small && go(w + 1, l)) return true;
    return initial === letters[l] && go(w + 1, l + 1);
  };
  return go(0, 0);
}
