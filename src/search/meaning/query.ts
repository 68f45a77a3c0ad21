// A parsed question revised by meaning: typos the corpus cannot fix corrected against English,
// words nobody knows left out, and each term's vector row for soft matching.
import { pastFormTerms } from '../../text/irregular-verbs.js';
import { isEnglishWord } from '../../text/names.js';
import type { TermCounts } from '../visible-counts.js';
import type { PassageIndex } from '../index.js';
import { termVisible } from '../postings.js';
import { askedKind } from './answer-type.js';
import { edits1, englishSpelling, misspeltQuestionWord, transposedStopWord } from './spelling.js';
import { askedSubject } from './subject.js';
import { terms as analyse, tokenSpans } from '../../text/tokenize.js';
import { wordVectors, type WordVectors } from './vectors.js';

/** A query term as src/search/query.ts has it (declared here: that file imports this one). */
interface QueryTerm {
  term: string;
  id: number;
  idf: number;
}

/** The parts of a parsed query that revising changes. */
interface RevisableQuery {
  terms: QueryTerm[];
  totalIdf: number;
  /** What each term weighs, as the asker sees the corpus. */
  counts: TermCounts;
  /** "What did vladimir putin say…": a name asked for, however it is written. */
  speaker?: string[];
}

/** What the meaning step knows of a query beyond its terms. */
export interface QueryMeaning {
  /** Vector row of each query term (-1: none), in `query.terms` order. */
  rows: Int32Array;
  /** Terms left out as noise: unknown to the corpus and to English, and no spelling fixes them. */
  ignored: string[];
  /** Misspelt words and what they were read as. */
  corrected: [string, string][];
  /** The kind of thing a which/what question asks for, as an index term ("univers"). */
  kind: string | null;
  /** Index terms of the subject the question names ("how many tanks", "say about Ukraine's army"). */
  subject: string[];
  /** Terms no passage holds that the question writes as names ("say about Japan"). */
  absentNames: string[];
  /** Terms the question writes side by side as parts of one name ("Vladimir Putin"), in pairs. */
  oneName: [string, string][];
}

// The rarer half of the vector table's 100,000 terms are more often typos than words ("wich"
// 77,251st, "vist" 91,690th): such a term gets the spelling fixes an unknown one does, unless the
// question writes it as a name ("Did Chinh meet Xi?", "What did CISA warn of?").
const RARE_RANK = 50_000;

function knownEnglish(term: string, vectors: WordVectors, names: () => Set<string>): boolean {
  const row = vectors.row(term);
  return row >= 0 && (vectors.rank(row) < RARE_RANK || names().has(term));
}

/** What a second reading of the question tells about its terms. */
interface Written {
  /** Terms of the words `question` capitalises after its first: names, whatever a table says. */
  names: Set<string>;
  /** Each term's word as written, in the question's case (the first, when words share a term). */
  spelt: Map<string, string>;
  /** Names' terms written one after the other ("Vladimir Putin"; not "Xi and Putin"). */
  oneName: [string, string][];
}

function writtenIn(question: string): Written {
  const names = new Set<string>();
  const spelt = new Map<string, string>();
  const oneName: [string, string][] = [];
  let previous: string | null = null;
  let end = 0;
  tokenSpans(question).forEach((span, i) => {
    const word = question.slice(span.start, span.end);
    const name = span.term !== null && i > 0 && /^\p{Lu}/u.test(word);
    // Side by side: "Xi, Putin" are two.
    const beside = /^\s+$/.test(question.slice(end, span.start));
    if (name && beside && previous !== null && previous !== span.term)
      oneName.push([previous, span.term!]);
    previous = name ? span.term : null;
    end = span.end;
    if (span.term === null) return;
    if (!spelt.has(span.term)) spelt.set(span.term, word);
    if (name) names.add(span.term);
  });
  return { names, spelt, oneName };
}

/** The asked speaker's words, each beside the next ("vladimir putin" typed in lowercase). */
function speakerPairs(speaker: readonly string[] | undefined): [string, string][] {
  const parts = (speaker ?? []).flatMap((word) => analyse(word));
  return parts.slice(1).map((term, i) => [parts[i]!, term]);
}

/** "wich", "wat": one edit from which or what, the words that name the kind asked for. */
function asksWhichOrWhat(word: string): boolean {
  const near = edits1(word);
  return near.has('which') || near.has('what');
}

/** A longer form stands in for a word the corpus lacks: up to this many letters more… */
const EXTEND_LETTERS = 4;
/** …of a word this long at least… */
const EXTEND_MIN = 4;
/**
 * …when the two are this similar: "northeast" / "northeastern" 0.79, "particular" / "particularly"
 * 0.77; not "ever" / "everything" 0.65, "expose" / "exposure" 0.64, "great" / "greater" 0.62 (a
 * review of seeds' every pair found those at 0.6).
 */
const EXTEND_SIMILARITY = 0.7;
const SHORT_FIX = 4; // a corpus term one edit away fixes words from this length ("putn")
const SHORT_LOOKUPS = 3; // each walks the vocabulary's tree: a few per question ("Wich colege did Putn vist")

/**
 * Revise `query` in place: correct unknown terms (against the corpus, then English), drop noise
 * from the question's weight, and attach vector rows. Without vectors only corpus fixes happen.
 */
export function reviseQuery(
  question: string,
  query: RevisableQuery,
  index: PassageIndex,
  allow?: (articleId: string) => boolean,
  vectors: WordVectors | null = wordVectors(),
): QueryMeaning {
  const vocab = index.vocabulary;
  const usable = (id: number): boolean =>
    vocab.frequency(id) > 0 && (!allow || termVisible(index, id, allow));
  const ignored: string[] = [];
  const corrected: [string, string][] = [];
  const askingWords: string[] = []; // "wich": how the question wrote which or what
  const kept: QueryTerm[] = [];
  const unknown: QueryTerm[] = [];
  // Read only when a term is unknown to the corpus: most questions need no second tokenizing.
  let written: Written | undefined;
  const namesOf = (): Set<string> => (written ??= writtenIn(question)).names;
  const spelt = (term: string): string | undefined =>
    (written ??= writtenIn(question)).spelt.get(term);
  const wordOf = (term: string): string | undefined => spelt(term)?.toLowerCase();
  const subject = askedSubject(question, (term) => vectors?.isCommon(term) ?? false);
  let lookups = 0;
  // "Did Putin drink vodka?" of a corpus that only writes "drank": the verb as the corpus has it.
  const pastOf = (term: string): number => {
    for (const past of pastFormTerms(term)) {
      const id = vocab.lookup(past);
      if (id >= 0 && usable(id)) return id;
    }
    return -1;
  };
  // "…in the northeast?" of a corpus that only writes "northeastern": a longer form of the word
  // the corpus has, when the vectors say it means much the same.
  const extendedOf = (term: string): number => {
    if (!vectors || term.length < EXTEND_MIN) return -1;
    const from = vectors.row(term);
    if (from < 0) return -1;
    for (const id of vocab.extensions(term, EXTEND_LETTERS)) {
      if (!usable(id)) continue;
      // A row the table lacks (-1) is 0 similar.
      if (vectors.similarity(from, vectors.row(vocab.termAt(id))) >= EXTEND_SIMILARITY) return id;
    }
    return -1;
  };
  // A word the corpus lacks as the corpus writes it: its past form first ("drank"), else a longer
  // form; -1 for neither.
  const corpusForm = (term: string): number => {
    const past = pastOf(term);
    return past >= 0 ? past : extendedOf(term);
  };
  const asWritten = new Map<QueryTerm, QueryTerm>(); // the question's term a kept one stands for
  for (const t of query.terms) {
    const form = t.id < 0 ? corpusForm(t.term) : -1;
    if (form >= 0) {
      const term = vocab.termAt(form);
      if (!kept.some((k) => k.term === term)) {
        const standIn = { term, id: form, idf: query.counts.idf(form) };
        kept.push(standIn);
        asWritten.set(standIn, t);
      }
      continue;
    }
    // "how many teh homes…": a stop word typed with two keys swapped, though the web writes it
    // often enough for the vectors to know it. Not an English word so swapped ("saw", "won").
    if (t.id < 0 && transposedStopWord(t.term) && !namesOf().has(t.term)) {
      const word = wordOf(t.term) ?? t.term;
      if (!isEnglishWord(word)) {
        ignored.push(t.term);
        continue;
      }
    }
    if (t.id >= 0 || /\d/.test(t.term) || (vectors && knownEnglish(t.term, vectors, namesOf))) {
      kept.push(t);
      continue;
    }
    if (!namesOf().has(t.term) && misspeltQuestionWord(t.term)) {
      ignored.push(t.term);
      const word = wordOf(t.term);
      if (word && /^[a-z]+$/.test(word) && asksWhichOrWhat(word)) askingWords.push(word);
      continue;
    }
    // Long terms were already looked up in the corpus by parseQuery; short ones get one edit here.
    const short = t.term.length >= SHORT_FIX && t.term.length < 6 && lookups++ < SHORT_LOOKUPS;
    const near = short ? vocab.nearest(t.term, 1, usable) : -1;
    const fixed =
      near >= 0 ? vocab.termAt(near) : vectors && englishSpelling(t.term, vectors, wordOf(t.term));
    if (!fixed) {
      unknown.push(t);
      continue;
    }
    corrected.push([t.term, fixed]);
    const id = near >= 0 ? near : vocab.lookup(fixed);
    const usableId = id >= 0 && usable(id) ? id : pastOf(fixed);
    const term = usableId >= 0 ? vocab.termAt(usableId) : fixed;
    if (!kept.some((k) => k.term === term)) {
      const fix = { term, id: usableId, idf: query.counts.idf(usableId) };
      kept.push(fix);
      asWritten.set(fix, t);
    }
  }
  // A word nobody knows is noise beside two words that are known ("tea zzzz vodka"); with fewer,
  // it may be what the question is about ("When did covid start?"), and silence is the answer.
  // So is it when it is the subject the question names ("say about Zzyzx"): kept, it is missing
  // from every passage.
  // Nor is a word written as a name that is nowhere near a corpus word ("…drink in Inverkip?"): a
  // place or person the corpus never mentions. One near a corpus word, first letter included, is
  // more likely misspelt ("Xi Jinpeng" of "Jinping", whose stem is "jinp"; "Jhongnanhai"); a word
  // in capitals is shouted, no name ("DRNIK").
  const unknownName = (term: string): boolean => {
    const word = namesOf().has(term) ? spelt(term) : undefined;
    if (!word || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
    // Only the words this server's articles hold: another server's addition ("Inverkip marina
    // expands") must not turn its question's unknown place into noise (review of 82c715f).
    for (let n = Math.max(4, term.length - 3); n < term.length; n++) {
      const id = vocab.lookup(term.slice(0, n));
      if (id >= 0 && usable(id)) return false;
    }
    return !vocab.hasNear(term, 2, usable);
  };
  const noise = (t: QueryTerm): boolean =>
    kept.length >= 2 && !subject.includes(t.term) && !unknownName(t.term);
  ignored.push(...unknown.filter(noise).map((t) => t.term));
  kept.push(...unknown.filter((t) => !noise(t)));
  const order = (t: QueryTerm): number => query.terms.indexOf(asWritten.get(t) ?? t);
  kept.sort((a, b) => order(a) - order(b));
  query.terms = kept;
  query.totalIdf = kept.reduce((sum, t) => sum + t.idf, 0);
  const rows = Int32Array.from(kept, (t) => (vectors ? vectors.row(t.term) : -1));
  // The subject and kind as the query spells them: "say about Ukrane" asks about "ukrain".
  // A past form the corpus writes stands for the question's verb too ("drink" → "drank").
  const spell = (term: string): string =>
    [...asWritten].find(([, asked]) => asked.term === term)?.[0].term ??
    corrected.find(([typed]) => typed === term)?.[1] ??
    term;
  const kind = askedKind(question, askingWords);
  const absentNames = kept.filter((t) => t.id < 0 && namesOf().has(t.term)).map((t) => t.term);
  return {
    rows,
    ignored,
    corrected,
    kind: kind && spell(kind),
    subject: subject.filter((t) => !ignored.includes(t)).map(spell),
    absentNames,
    oneName: [
      ...new Map(
        [...(written ??= writtenIn(question)).oneName, ...speakerPairs(query.speaker)].map(
          ([a, b]) => [`${spell(a)} ${spell(b)}`, [spell(a), spell(b)] as [string, string]],
        ),
      ).values(),
    ],
  };
}
