// Spelling for every content word, not only names: a question term that neither the corpus nor
// English knows is a typo to correct ("putn", "drinck"), or noise to leave out ("zzzz"); a term
// English knows is never "corrected" into a corpus word (a question about the weather is not
// about "whether" or "heather"), unless it is among English's rarest and not written as a name
// (src/search/meaning/query.ts).
import { capitalised } from '../../text/capitalised.js';
import { isEnglishWord } from '../../text/names.js';
import { isStopWord, QUESTION_WORDS, termOf } from '../../text/tokenize.js';
import type { WordVectors } from './vectors.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one deletion, transposition, substitution or insertion away from `term`. */
export function edits1(term: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(term);
  return out;
}

/** Shortest term that may be corrected against English (shorter ones turn into other words). */
export const MIN_ENGLISH_FIX = 6;

/**
 * The most frequent English term (a row of `vectors`) one edit from `term`, or null. When the
 * term has none, the word as `written` (lower case) is tried: stemming can cut a misspelt word
 * below the length a fix needs, or away from its stem ("colege" stems to "coleg"; "college" to
 * "colleg").
 */
export function englishSpelling(
  term: string,
  vectors: WordVectors,
  written?: string,
): string | null {
  const fix = (typed: string, asTerm: (variant: string) => string | null): string | null => {
    if (typed.length < MIN_ENGLISH_FIX || !/^[a-z]+$/.test(typed)) return null;
    let best: string | null = null;
    let bestRank = Infinity;
    for (const variant of edits1(typed)) {
      // Same first letter, as for names: people rarely misspell how a word starts.
      if (variant[0] !== typed[0]) continue;
      const candidate = asTerm(variant);
      const row = candidate === null ? -1 : vectors.row(candidate);
      if (row >= 0 && vectors.rank(row) < bestRank) {
        best = candidate;
        bestRank = vectors.rank(row);
      }
    }
    return best;
  };
  return (
    fix(term, (variant) => variant) ??
    (written && written !== term
      ? fix(written, (variant) => termOf(variant))
      : // "hugegd" is its own term, and its fix "hugged" a word whose term is "hug": by variants
        // English writes, as "huged" would be the commoner "huge".
        fix(term, (variant) => (isEnglishWord(variant) ? termOf(variant) : null)))
  );
}

/**
 * True when one edit makes `term` a question word ("wich", "wher"): a word that asks, not one the
 * answer holds. Only question words: one edit from any stop word, names ("Thao", "Abe") and words
 * a corpus fix would mend ("thip", "kown") were dropped too.
 */
export function misspeltQuestionWord(term: string): boolean {
  if (term.length < 3) return false;
  for (const variant of edits1(term)) if (QUESTION_WORDS.has(variant)) return true;
  return false;
}

/**
 * True when swapping two letters side by side makes `term` a stop word ("teh", "adn", "taht"): a
 * slip of the keys over a word that asks for nothing. Swaps alone, as other edits made names and
 * words a corpus fix mends into stop words too (see misspeltQuestionWord).
 */
export function transposedStopWord(term: string): boolean {
  if (term.length < 3) return false;
  for (let i = 0; i + 1 < term.length; i++) {
    const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (swapped !== term && isStopWord(swapped)) return true;
  }
  return false;
}

/** Words a question word opens a question before: "wat did", "wher is", "hw many". */
const ASKING_NEXT =
  /^(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|many|much|long|old|far|often)$/i;

/**
 * The question with a misspelt question word opening it spelt right ("wat did Putin say…" →
 * "what did…", "wher is…", "hw many…"), so that what it asks is read as asked; else as it is.
 * Only a word the corpus does not write (`inCorpus`), one edit from a single question word (or one
 * letter short of a single one), and before a word a question word opens on: "wat" is a word in
 * English ("Wat Arun"), so the word tables alone do not tell.
 */
export function mendQuestionWord(question: string, inCorpus: (word: string) => boolean): string {
  const m = /^(\W*)(\p{L}+)\s+(\p{L}+)/u.exec(question);
  if (!m) return question;
  const [, lead = '', written = '', next = ''] = m;
  const word = written.toLowerCase();
  // Not a stop word ("There are how many…", "Were many soldiers killed?"), which the corpus
  // never holds as a term.
  if (isStopWord(word) || !ASKING_NEXT.test(next) || inCorpus(word)) return question;
  // A letter left out before any other slip: "wher" is "where", though "when" is an edit away too.
  const all = [...edits1(word)].filter((variant) => QUESTION_WORDS.has(variant));
  const longer = all.filter((variant) => variant.length > word.length);
  const near = all.length === 1 ? all : longer;
  if (near.length !== 1) return question;
  const mended = /^\p{Lu}/u.test(written) ? capitalised(near[0]!) : near[0]!;
  return `${lead}${mended}${question.slice(lead.length + written.length)}`;
}
