import { splitSentences, type Sentence } from '../text/sentences.js';
import { spansFor, tokenSpans, type TokenSpan } from '../text/tokenize.js';
import { kindOfTerm } from './vocabulary.js';

/** Longest excerpt, in characters of text (markdown aside). */
export const EXCERPT_CHARS = 320;

/** A run of an excerpt's text worth marking: offsets into the excerpt's plain text. */
export interface Highlight {
  start: number;
  end: number;
  /**
   * `matched`: a question term (or a spelling of one) found here; `related`: a word the question
   * did not use, taken for one it did ("trip" for "visit", a name for "the Russian president").
   */
  kind: 'matched' | 'related';
}

/** The part of a passage shown to a user, and where it starts in the passage. */
export interface Excerpt {
  /** Plain article text, "…" where cut; no markup of any kind (each door renders its own). */
  text: string;
  /** Where the question's terms are, in order, not overlapping. */
  highlights: Highlight[];
  /** Offset in the passage where `text` starts (for citing its paragraph). */
  offset: number;
  /**
   * Offset of the sentence that answers best: where `text` starts, or the sentence after the
   * first when the one before it holds the question's terms too (see `leadsIn`).
   */
  answer: number;
}

/**
 * A sentence opening on a quotation ("“Exchanges…,” Mr. Song said."): whoever the sentence has
 * speaking says those words. One quoting in its middle may quote someone else ("Mr. Song said he
 * disagreed with the minister, who had called the plan “reckless”").
 */
const OPENS_ON_QUOTE = /^\s*[“"«„]/;

/** How an excerpt is chosen besides the query terms' weights. */
export interface ExcerptOptions {
  /** Longest excerpt in characters (EXCERPT_CHARS). */
  maxChars?: number;
  /** TermKind bits the answer carries (a date for "when"): a sentence holding one is preferred. */
  expects?: number;
  /** The passage as indexed: sentences are then scored from its term ids, not tokenized again. */
  indexed?: IndexedTerms;
  /** Passage words that question words are asked with: a sentence holding them covers those. */
  translated?: TranslatedTerms;
  /**
   * Offsets in the passage of what the question asks for first: where the person a "what did X
   * say" question names speaks. The best sentence holding one is the answer, if one does.
   */
  prefer?: readonly number[];
  /**
   * Of the preferred sentences, those opening on a quotation first when any does: "What did Song
   * Zhongping say?" asks for his words ("“Exchanges…,” Mr. Song said.") before a report of them.
   * Only for a question of the name alone: its other words ("about the drills") choose.
   */
  ownWords?: boolean;
}

/**
 * The question's terms and the passage terms learned to be asked about with them
 * (src/search/meaning/translation.ts): t(question term | passage term) by passage term.
 */
export interface TranslatedTerms {
  /** Each question term's weight, by slot (its place in the question). */
  weights: readonly number[];
  /** The slot of a question term, by term and by vocabulary id. */
  slotByTerm: ReadonlyMap<string, number>;
  slotById: ReadonlyMap<number, number>;
  /** For each slot, the passage term ids its term is asked with and t(question term | each). */
  sourceIds: readonly (readonly number[])[];
  sourceProbs: readonly (readonly number[])[];
  /** The same by term: for passage text tokenized again. */
  byTerm(): (term: string, sums: Float64Array) => void;
}

/** A passage's term ids and sentence ends (IndexedPassage), with the query's weights by id. */
export interface IndexedTerms {
  terms: Uint32Array;
  sentenceEnds: Uint32Array;
  weights: ReadonlyMap<number, number>;
  /** TermKind bits by term id (Vocabulary.kinds). */
  kinds: Uint8Array;
}

// How much a sentence holding a term of the expected kind gains: chosen on the first half of the
// SQuAD questions (excerpt@1 +0.5 point there, +0.4 on the second half).
const KIND_BONUS = 0.5;

/**
 * The sentence that best answers the query (after the one before it, when that holds the query's
 * terms too and both fit), followed by the sentences after it while they fit, with query terms
 * highlighted; a sentence too long on its own is cut around its matches.
 */
export function makeExcerpt(
  passage: string,
  weights: ReadonlyMap<string, number>,
  {
    maxChars = EXCERPT_CHARS,
    expects = 0,
    indexed,
    translated,
    prefer = [],
    ownWords = false,
  }: ExcerptOptions = {},
): Excerpt {
  const sentences = lineSentences(passage);
  if (sentences.length === 0) return { text: '', highlights: [], offset: 0, answer: 0 };
  const scores =
    (indexed && scoresFromIndex(passage, sentences.length, indexed, expects, translated)) ??
    scoresFromText(sentences, weights, expects, translated);
  const speaks = (i: number): boolean =>
    prefer.some((at) => at >= sentences[i]!.start && at < sentences[i]!.end);
  const quotes = (i: number): boolean => speaks(i) && OPENS_ON_QUOTE.test(sentences[i]!.text);
  const holds = ownWords && sentences.some((_, i) => quotes(i)) ? quotes : speaks;
  const preferred = prefer.length > 0 && sentences.some((_, i) => holds(i));
  let best = -1;
  scores.forEach((score, i) => {
    if ((!preferred || holds(i)) && (best < 0 || score > scores[best]!)) best = i;
  });
  const answer = sentences[best]!;
  if (answer.text.length > maxChars) {
    return {
      ...cutAroundMatches(answer, tokenSpans(answer.text), weights, maxChars),
      offset: answer.start,
      answer: answer.start,
    };
  }
  const first = leadsIn(sentences, scores, best, maxChars) ? sentences[best - 1]! : answer;
  // Within the answer's paragraph: its citation opens that one (not the next a passage joins),
  // unless the paragraph ends by leading into the next ("…gave one reason:").
  let end = best;
  while (
    end + 1 < sentences.length &&
    (sentences[end + 1]!.line === sentences[end]!.line ||
      sentences[end]!.text.trimEnd().endsWith(':')) &&
    sentences[end + 1]!.end - first.start <= maxChars
  )
    end++;
  const shown = passage.slice(first.start, sentences[end]!.end);
  const text =
    `${shown}${beginningOf(sentences[end + 1], sentences[end]!, maxChars - shown.length)}`
      .replace(/\s*\n\s*/g, ' ')
      .replace(STRAY_OPENER, '');
  return {
    text,
    highlights: highlight(text, weights),
    offset: first.start,
    answer: answer.start,
  };
}

/**
 * The passage's sentences line by line, offsets into the whole passage. Written out, not spread
 * from splitSentences' own: copying each sentence with `...` was half of this step's time.
 */
function lineSentences(passage: string): LineSentence[] {
  const out: LineSentence[] = [];
  let at = 0;
  let line = 0;
  for (const text of passage.split('\n')) {
    for (const s of splitSentences(text))
      out.push({ text: s.text, start: s.start + at, end: s.end + at, line });
    at += text.length + 1;
    line++;
  }
  return out;
}

/**
 * Whether the sentence before the best one opens the excerpt: when it is in the same paragraph,
 * holds the question's terms as well (its score at least LEAD_SHARE of the best's) and both fit.
 * Sentence scores tell apart the sentences about a question more surely than which of them
 * answers it: the answer was in the sentence right before the chosen one for 63 of the 185
 * training questions whose top passage held the answer but whose excerpt did not.
 */
function leadsIn(
  sentences: readonly LineSentence[],
  scores: readonly number[],
  best: number,
  maxChars: number,
): boolean {
  const before = sentences[best - 1];
  const answer = sentences[best]!;
  return (
    before !== undefined &&
    before.line === answer.line &&
    scores[best - 1]! >= LEAD_SHARE * scores[best]! &&
    answer.end - before.start <= maxChars
  );
}

// Chosen on 3,000 training questions of held-out learn articles: excerpt@1 0.7610 → 0.7700 there
// (0.7697 at 0.1, 0.7687 at 0.35, 0.7673 at 0.5, 0.7683 at 0: always), 0.7251 → 0.7311 on the
// report half.
const LEAD_SHARE = 0.2;

/**
 * The next sentence of the paragraph as far as `room` characters allow, cut after a word and
 * marked "…", so that an excerpt uses its length: the answer often follows the sentence that
 * matched ("…the school, housed in Bond Hall, offers a five-year undergraduate program…").
 * Nothing when fewer than FILL_MIN characters of it fit. Excerpt@1 0.7507 → 0.7593 on 3,000
 * training questions of held-out learn articles, 0.709 → 0.719 on the report half.
 */
function beginningOf(next: LineSentence | undefined, last: LineSentence, room: number): string {
  if (!next || next.line !== last.line) return '';
  // A space before it and the "…" after it.
  const part = next.text.slice(0, Math.max(0, room - 2));
  const cut = part.lastIndexOf(' ');
  if (cut < FILL_MIN) return '';
  const words = part
    .slice(0, cut)
    .replace(STRAY_OPENER, '')
    .replace(/[\s,;:—–-]+$/, '');
  return ` ${words}…`;
}

/** The fewest characters of a next sentence worth showing. */
const FILL_MIN = 30;

type LineSentence = Sentence & { line: number };

// The index split the passage into the same sentences when it is one line and every sentence
// holds a term (the index keeps no end for a sentence without one); otherwise null.
function scoresFromIndex(
  passage: string,
  count: number,
  { terms, sentenceEnds, weights, kinds }: IndexedTerms,
  expects: number,
  translated: TranslatedTerms | undefined,
): number[] | null {
  if (sentenceEnds.length !== count || passage.includes('\n')) return null;
  const matches: SentenceMatch<number>[] = [];
  let start = 0;
  for (const end of sentenceEnds) {
    const match = emptyMatch<number>(translated?.weights.length ?? 0);
    for (let i = start; i < end; i++) {
      const id = terms[i]!;
      if (weights.has(id)) {
        if (!match.found.includes(id)) match.found.push(id);
        match.hits++;
      } else if (kinds[id]! & expects) match.typed = true;
    }
    matches.push(match);
    start = end;
  }
  if (translated) addTranslations(matches, terms, sentenceEnds, translated);
  return scoreSentences(matches, weights, translated);
}

// Each sentence's Σ t(q | its terms) by question slot: the passage's occurrences of each term id
// as a linked list (first occurrence by id, then the next), walked for each source of each slot.
function addTranslations(
  matches: SentenceMatch<number>[],
  terms: Uint32Array,
  sentenceEnds: Uint32Array,
  translated: TranslatedTerms,
): void {
  if (nextAt.length < terms.length) {
    nextAt = new Int32Array(Math.max(terms.length, nextAt.length * 2));
    sentenceAt = new Uint16Array(nextAt.length);
  }
  const next = nextAt;
  const sentence = sentenceAt;
  let k = 0;
  try {
    for (let i = terms.length - 1; i >= 0; i--) {
      const id = terms[i]!;
      if (id >= firstAt.length) firstAt = grown(firstAt, id + 1);
      next[i] = firstAt[id]! - 1;
      firstAt[id] = i + 1;
    }
    for (let i = 0; i < terms.length; i++) {
      while (i >= sentenceEnds[k]!) k++;
      sentence[i] = k;
    }
    const first = firstAt;
    translated.sourceIds.forEach((ids, slot) => {
      const probs = translated.sourceProbs[slot]!;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        for (let i = id < first.length ? first[id]! - 1 : -1; i >= 0; i = next[i]!) {
          matches[sentence[i]!]!.explained![slot]! += probs[j]!;
        }
      }
    });
  } finally {
    // Left all zero for the next passage.
    for (let i = 0; i < terms.length; i++) if (terms[i]! < firstAt.length) firstAt[terms[i]!] = 0;
  }
  for (const match of matches) held(match, translated.slotById);
}

// addTranslations' scratch, kept from passage to passage: a term id's first place in the passage
// + 1 (0: none), by id; each place's next place of the same id (-1: none) and its sentence. A map
// of first places, made for every excerpt, was most of the step's time.
let firstAt: Int32Array = new Int32Array(0);
let nextAt = new Int32Array(256);
let sentenceAt = new Uint16Array(256);

function grown(array: Int32Array, size: number): Int32Array {
  const made = new Int32Array(Math.max(size, array.length * 2));
  made.set(array);
  return made;
}

function scoresFromText(
  sentences: Sentence[],
  weights: ReadonlyMap<string, number>,
  expects: number,
  translated: TranslatedTerms | undefined,
): number[] {
  const sources = translated?.byTerm();
  const slots = translated?.weights.length ?? 0;
  const matches = sentences.map((s) =>
    sentenceMatch(tokenSpans(s.text), weights, expects, sources, slots),
  );
  if (translated) matches.forEach((m) => held(m, translated.slotByTerm));
  return scoreSentences(matches, weights, translated);
}

function sentenceMatch(
  spans: TokenSpan[],
  weights: ReadonlyMap<string, number>,
  expects: number,
  sources: ((term: string, sums: Float64Array) => void) | undefined,
  slots: number,
): SentenceMatch<string> {
  const match = emptyMatch<string>(slots);
  for (const span of spans) {
    if (span.term === null) continue;
    if (sources) sources(span.term, match.explained!);
    if (weights.has(span.term)) {
      if (!match.found.includes(span.term)) match.found.push(span.term);
      match.hits++;
    } else if (expects && kindOfTerm(span.term) & expects) match.typed = true;
  }
  return match;
}

/** The question terms one sentence holds (distinct), how often, and whether it holds the kind asked. */
interface SentenceMatch<K> {
  found: K[];
  hits: number;
  typed: boolean;
  /** Σ t(question term | sentence term) over the sentence's terms, by question slot; -1: held. */
  explained: Float64Array | null;
}

// `slots` question terms to credit by translation (0: none).
function emptyMatch<K>(slots: number): SentenceMatch<K> {
  return { found: [], hits: 0, typed: false, explained: slots ? new Float64Array(slots) : null };
}

// The question terms the sentence holds itself are not credited by translation too.
function held<K>(match: SentenceMatch<K>, slotOf: ReadonlyMap<K, number>): void {
  for (const k of match.found) {
    const slot = slotOf.get(k);
    if (slot !== undefined) match.explained![slot] = -1;
  }
}

// A question term a sentence lacks counts as held, in full from this much translation probability
// (Σ t(q | sentence term)) and in part below: "Where was she born?" covered by "her birth". Chosen
// on the learn half of SQuAD (excerpt@1 0.709 → 0.716 there; from 0.02 to 0.2 all helped).
const TRANSLATED_FULL = 0.05;

// A question term weighs more in a sentence the fewer of the passage's sentences hold it: the
// article's subject, in every sentence, does not say which one answers ("Who first discovered
// epinephrine?" — the sentence with "discovered"). Chosen on the learn half of SQuAD: excerpt@1
// +0.8 point there (weight × sentences / sentences holding the term; squared spreads helped less).
function scoreSentences<K>(
  matches: SentenceMatch<K>[],
  weights: ReadonlyMap<K, number>,
  translated?: TranslatedTerms,
): number[] {
  const spread = new Map<K, number>();
  for (const { found } of matches) for (const k of found) spread.set(k, (spread.get(k) ?? 0) + 1);
  return matches.map(({ found, hits, typed, explained }) => {
    let score = 0;
    for (const k of found) score += (weights.get(k)! * matches.length) / spread.get(k)!;
    if (explained) {
      explained.forEach((sum, slot) => {
        if (sum > 0) score += translated!.weights[slot]! * Math.min(1, sum / TRANSLATED_FULL);
      });
    }
    return kindBonus(score + 0.01 * hits, typed);
  });
}

function kindBonus(score: number, typed: boolean): number {
  return typed ? score * (1 + KIND_BONUS) : score;
}

// Slide a window of maxChars over the sentence, starting at word starts, keeping the one whose
// matched terms weigh most; cut on word boundaries and mark the cuts with an ellipsis.
function cutAroundMatches(
  sentence: Sentence,
  spans: TokenSpan[],
  weights: ReadonlyMap<string, number>,
  maxChars: number,
): { text: string; highlights: Highlight[] } {
  const text = sentence.text;
  const budget = maxChars - 2; // room for the two ellipses
  const weightOf = (span: TokenSpan): number =>
    span.term === null ? 0 : (weights.get(span.term) ?? 0);
  let bestStart = 0;
  let bestScore = -1;
  let lastStart = 0;
  let score = 0;
  let j = 0;
  for (const start of spans) {
    while (j < spans.length && spans[j]!.end <= start.start + budget)
      score += weightOf(spans[j++]!);
    if (score > bestScore) {
      bestScore = score;
      bestStart = start.start;
    }
    if (score === bestScore) lastStart = start.start;
    score -= weightOf(start);
  }
  // Of the windows holding as much, the middle one: the first put the matches at its end, with
  // nothing after them, where the answer often is (excerpt@1 on 3,000 training questions of
  // held-out learn articles 0.7593 → 0.7610, alike from a third to two thirds of the way; the
  // last window lost: 0.7577).
  const middle = (bestStart + lastStart) / 2;
  bestStart = spans.find((s) => s.start >= middle)?.start ?? bestStart;
  // Back up to the start of the sentence when the best window would begin near it anyway.
  if (bestStart < 40) bestStart = 0;
  const inside = spans.filter((s) => s.start >= bestStart && s.end <= bestStart + budget);
  const last = inside[inside.length - 1];
  const stop = last ? last.end : Math.min(text.length, bestStart + budget);
  const body = text.slice(bestStart, stop);
  const lead = bestStart > 0 ? '…' : '';
  return {
    text: `${lead}${body}${stop < text.length ? '…' : ''}`,
    highlights: highlight(body, weights).map((h) => ({
      ...h,
      start: h.start + lead.length,
      end: h.end + lead.length,
    })),
  };
}

// Scraped paragraphs sometimes end on an opening mark whose quotation never follows.
const STRAY_OPENER = /\s+[“"‘]$/;

/** Where `text` holds a weighted term: adjacent matches (only blanks between) make one run. */
export function highlight(text: string, weights: ReadonlyMap<string, number>): Highlight[] {
  const runs: Highlight[] = [];
  let open: Highlight | null = null;
  for (const span of spansFor(text, weights.keys())) {
    const match = span.term !== null && weights.has(span.term);
    if (open && (!match || !isBlank(text, open.end, span.start))) {
      runs.push(open);
      open = null;
    }
    if (!match) continue;
    if (open) open.end = span.end;
    else open = { start: span.start, end: span.end, kind: 'matched' };
  }
  if (open) runs.push(open);
  return runs;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}
