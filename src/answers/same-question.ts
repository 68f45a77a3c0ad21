// "Is this the same question in other words?" for the moderators' statistics: the meaning step's
// matching (stems, spelling against English and the other questions, word vectors) applied to
// two questions instead of a question and a passage.
import { englishSpelling, edits1 } from '../search/meaning/spelling.js';
import { wordVectors, type WordVectors } from '../search/meaning/vectors.js';
import { foldText } from '../text/normalize.js';
import { stem, tokenSpans } from '../text/tokenize.js';
import { searchedWords } from './ask.js';
import { isNegated } from '../text/negation.js';

/**
 * Cosine above which a word stands in for another ("purchase" for "buy"). Chosen with
 * `scripts/tune-grouping.ts` on the `tune` half of made-up pairs (eval/question-pairs.jsonl)
 * and checked on the `held` half; "Russia" and "China" (0.67) stay apart.
 */
export const SAME_WORD_COSINE = 0.72;

/** Words distributional vectors put close together although they mean the opposite. */
const OPPOSITES = [
  'rise fall',
  'increase decrease',
  'win lose',
  'won lost',
  'first last',
  'buy sell',
  'open close',
  'start end',
  'begin end',
  'high low',
  'best worst',
  'support oppose',
  'accept reject',
  'allow ban',
  'enter leave',
  'arrive leave',
  'gain lose',
  'import export',
  'north south',
  'east west',
  'old new',
  'love hate',
  'raise cut',
  'hire fire',
];
// Compared as stems, as the questions' words are.
const OPPOSITE = new Set(
  OPPOSITES.flatMap((pair) => {
    const [a, b] = pair.split(' ').map(stem);
    return [`${a} ${b}`, `${b} ${a}`];
  }),
);

/** What kind of answer a question wants, read from its question word; null when it has none. */
function askedFor(question: string): string | null {
  const m =
    /\b(how\s+(?:many|much|long|old|often|far)|how|who|whom|whose|what|which|when|where|why)\b/i.exec(
      question,
    );
  if (!m) return null;
  const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  return word === 'which' ? 'what' : word === 'whom' ? 'who' : word;
}

/** A question as the comparison sees it. */
export interface QuestionShape {
  /** The question word's kind ("what" for which and what); null for a yes/no or keyword question. */
  asks: string | null;
  negated: boolean;
  /** Content terms (stems), spelling corrected, no repeats. */
  terms: string[];
}

/** Options for grouping; the defaults are what the statistics use. */
export interface SameQuestionOptions {
  /** Word vectors; the shipped table by default (null: words match only as stems). */
  vectors?: WordVectors | null;
  /** See SAME_WORD_COSINE. */
  cosine?: number;
}

/**
 * Read each question's shape. A word whose stem neither English nor the vectors know is corrected
 * to a word one edit away whose stem another question uses ("putn" → putin, "inflaton" →
 * inflation), else to English ("drinck" → drink).
 */
export function shapesOf(
  questions: readonly string[],
  vectors: WordVectors | null,
): QuestionShape[] {
  const words = questions.map(contentWords);
  const counts = new Map<string, number>();
  for (const list of words) {
    for (const t of new Set(list.map((w) => w.term))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const fixes = new Map<string, string>();
  const fix = ({ word, term }: Word): string => {
    if (/\d/.test(term) || !vectors || vectors.row(term) >= 0) return term;
    let fixed = fixes.get(word);
    if (fixed === undefined) {
      fixed = nearInSet(word, term, counts, vectors) ?? englishSpelling(term, vectors) ?? term;
      fixes.set(word, fixed);
    }
    return fixed;
  };
  return questions.map((q, i) => ({
    asks: askedFor(q),
    negated: isNegated(q),
    terms: [...new Set(words[i]!.map(fix))],
  }));
}

interface Word {
  /** As written, folded. */
  word: string;
  term: string;
}

// Auxiliaries and light verbs the index keeps but that do not change what a question asks
// ("when will it open" is "when does it open"; "why did he go visit" is "why did he visit").
const FILLER = new Set('will would shall can could may might must go going gone went'.split(' '));

// The words /ask searches: "@everyone Putin vodka" and "Putin vodka, please?" ask "Putin vodka".
function contentWords(asked: string): Word[] {
  const question = searchedWords(asked);
  return tokenSpans(question).flatMap((span) => {
    const word = foldText(question.slice(span.start, span.end));
    return span.term === null || FILLER.has(word) ? [] : [{ word, term: span.term }];
  });
}

// The stem of a word one edit from `word` that most questions of the set use, when English knows
// it or more questions use it than use `term` (so a common typo never "corrects" the right word).
function nearInSet(
  word: string,
  term: string,
  counts: Map<string, number>,
  vectors: WordVectors,
): string | null {
  if (word.length < 4) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const variant of edits1(word)) {
    if (variant[0] !== word[0]) continue;
    const candidate = stem(variant);
    const n = counts.get(candidate) ?? 0;
    const trusted = vectors.row(candidate) >= 0 || n > (counts.get(term) ?? 0);
    if (n > bestCount && trusted && candidate !== term) {
      best = candidate;
      bestCount = n;
    }
  }
  return best;
}

/** The word vectors `options` names (null: none), else the shipped table. */
function vectorsOf(options: { vectors?: WordVectors | null }): WordVectors | null {
  return options.vectors === undefined ? wordVectors() : options.vectors;
}

/**
 * True when two shapes ask the same thing: the same kind of answer (a question without a question
 * word fits any), both negated or neither, and their terms pair off — the same stem, or (at most
 * one pair per four terms) words whose vectors are close and that are not known opposites. No
 * term is left over ("interest rates" is not "rates") and at least one term is shared.
 */
export function sameShape(
  a: QuestionShape,
  b: QuestionShape,
  options: SameQuestionOptions = {},
): boolean {
  if (a.asks && b.asks && a.asks !== b.asks) return false;
  if (a.negated !== b.negated) return false;
  const restA = a.terms.filter((t) => !b.terms.includes(t));
  const restB = b.terms.filter((t) => !a.terms.includes(t));
  if (restA.length === a.terms.length) return false;
  if (restA.length === 0 && restB.length === 0) return true;
  const vectors = vectorsOf(options);
  if (!vectors) return false;
  const cosine = options.cosine ?? SAME_WORD_COSINE;
  const swaps = Math.max(1, Math.floor(Math.max(a.terms.length, b.terms.length) / 4));
  const pairs = restA
    .flatMap((x) => restB.map((y) => ({ x, y, s: similar(x, y, vectors) })))
    .filter((p) => p.s >= cosine && !OPPOSITE.has(`${p.x} ${p.y}`))
    .sort((p, q) => q.s - p.s);
  const used = new Set<string>();
  let swapped = 0;
  for (const p of pairs) {
    if (used.has(`a:${p.x}`) || used.has(`b:${p.y}`) || swapped >= swaps) continue;
    used.add(`a:${p.x}`).add(`b:${p.y}`);
    swapped++;
  }
  return restA.every((t) => used.has(`a:${t}`)) && restB.every((t) => used.has(`b:${t}`));
}

/** True when question `a` asks what `b` asks, in other words (shapesOf, then sameShape). */
export function sameQuestion(a: string, b: string, options: SameQuestionOptions = {}): boolean {
  const vectors = vectorsOf(options);
  const [x, y] = shapesOf([a, b], vectors);
  return sameShape(x!, y!, { ...options, vectors });
}

function similar(x: string, y: string, vectors: WordVectors): number {
  return vectors.similarity(vectors.row(x), vectors.row(y));
}

/** A group of questions asking the same thing, in other words. */
export interface QuestionGroup {
  /** The wording asked most often (the first asked among equals). */
  question: string;
  /** How many times the group's questions were asked. */
  count: number;
  /** Every wording in the group, most asked first. */
  wordings: string[];
}

/**
 * Group questions that ask the same thing. Identical wordings (case and spacing aside) count
 * together first; then each wording joins the first group, most asked first, whose lead wording
 * it matches (sameShape), else leads a new one. Only the `limit` most asked wordings are compared
 * (the rest are counted under their own wording), so the cost stays bounded on a busy server.
 */
export function groupQuestions(
  questions: readonly string[],
  options: SameQuestionOptions & { limit?: number } = {},
): QuestionGroup[] {
  const byWording = new Map<string, { text: string; count: number; first: number }>();
  questions.forEach((q, i) => {
    // Case, spacing and punctuation aside, one wording.
    const key = q
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const seen = byWording.get(key);
    if (seen) seen.count++;
    else byWording.set(key, { text: q.trim().replace(/\s+/g, ' '), count: 1, first: i });
  });
  const wordings = [...byWording.values()].sort((x, y) => y.count - x.count || x.first - y.first);
  const limit = options.limit ?? 500;
  const compared = wordings.slice(0, limit);
  const vectors = vectorsOf(options);
  const shapes = shapesOf(
    compared.map((w) => w.text),
    vectors,
  );
  const groups: { lead: QuestionShape; group: QuestionGroup }[] = [];
  // Two questions share a term or differ (sameShape): only groups sharing one are compared.
  const byTerm = new Map<string, number[]>();
  compared.forEach((w, i) => {
    const shape = shapes[i]!;
    const candidates = [...new Set(shape.terms.flatMap((t) => byTerm.get(t) ?? []))].sort(
      (a, b) => a - b,
    );
    const at = candidates.find((g) => sameShape(groups[g]!.lead, shape, { ...options, vectors }));
    if (at !== undefined) {
      groups[at]!.group.count += w.count;
      groups[at]!.group.wordings.push(w.text);
      return;
    }
    for (const t of shape.terms) {
      const list = byTerm.get(t);
      if (list) list.push(groups.length);
      else byTerm.set(t, [groups.length]);
    }
    groups.push({ lead: shape, group: { question: w.text, count: w.count, wordings: [w.text] } });
  });
  const out = [
    ...groups.map((g) => g.group),
    ...wordings.slice(limit).map((w) => ({ question: w.text, count: w.count, wordings: [w.text] })),
  ];
  return out.sort((x, y) => y.count - x.count);
}
