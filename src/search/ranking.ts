import type { IndexedPassage, PassageIndex } from './index.js';
import { negations } from '../text/negation.js';
import type { Passage } from './passages.js';
import {
  FEATURE_AT,
  FEATURE_COUNT,
  FEATURE_NAMES,
  featuresAt,
  passageFeatures,
  type FeatureName,
  type Features,
} from './features.js';
import { searchPostings } from './postings.js';
import { TermKind } from './vocabulary.js';
import { termOf } from '../text/tokenize.js';
import { fold } from '../text/names.js';
import { capitalised } from '../text/capitalised.js';
import type { ArticleFilter, Query } from './query.js';
import {
  meaningModels,
  SOFT_MIN,
  rescoreByMeaning,
  type MeaningWeights,
  type Reasons,
} from './meaning/rescore.js';
import { spokenByDescribed, spokenIn, writtenAsName, type PronounSpeakers } from './said-by.js';
import {
  keepDescribed,
  namesWritten,
  WHO_FIT,
  type Description,
  type Relatedness,
} from './described.js';

/** A passage with its final score and how much of the question it covers. */
export interface Scored {
  entry: IndexedPassage;
  score: number;
  /** Share of the question's IDF mass found in the passage, 0..1. */
  coverage: number;
  /** Question terms matched and related (set for the candidates the meaning step rescored). */
  reasons?: Reasons;
  /**
   * For a question asking when or how many: whether the passage holds an answer of that kind at all
   * (`answerKinds`). Set on the best passage only, after one that holds it is moved up to lead
   * (KIND_REACH); unset for other questions.
   */
  holdsKind?: boolean;
  /**
   * For "what did X say": where in the passage X is shown speaking (offsets into its text), so the
   * excerpt opens there. Set by said-by on the passages it keeps.
   */
  speaks?: number[];
  /**
   * For "what did the Russian leader say": the last word of the name the description was found to
   * be ("Putin"). Set by said-by on the passages it keeps.
   */
  describes?: string;
}

/** Feature weights plus the search settings; the defaults come from `scripts/tune.ts --fit`. */
export type RankingWeights = Record<FeatureName, number> &
  MeaningWeights & {
    /** BM25 term-frequency saturation and length normalisation. */
    k1: number;
    b: number;
    /** Share of a sentence pair's mass that counts (a pair must beat one sentence clearly). */
    pair: number;
    /** How many candidates are rescored. */
    candidates: number;
    /** Terms in more than this share of passages are left to rescoring, not candidate search. */
    commonShare: number;
    /** Below this coverage the best passage is not an answer. */
    floor: number;
    /** Nor below this score: a passage matching only the question's lesser words. */
    scoreFloor: number;
    /** 1: silence when a question asks when or how many and the best passage has no date or number. */
    kindFloor: number;
  };

// Fitted by `scripts/tune.ts --fit '{"coverage":0}' coverage` on 3,030 training questions of the
// `learn` article half and checked on the 1,495 report questions of the `report` half (r@1/3/5
// 0.794/0.890/0.916 there; the weights fitted on the report set itself gave 0.792/0.892/0.918).
// Coverage stays the no-answer floor's measure; as a feature it is held at 0, `subject` carries
// it (a negative weight on covering the question would read oddly).
export const DEFAULT_WEIGHTS: RankingWeights = {
  bm25: 0.373,
  article: 0.135,
  breadth: 0.168,
  title: 0.176,
  coverage: 0,
  subject: 0.451,
  sentence: 0.711,
  bigram: 0.198,
  near: 0.265,
  span: 0.088,
  typed: 0.258,
  length: -0.053,
  lead: 0.011,
  k1: 1.2,
  b: 0.75,
  pair: 0.75,
  candidates: 300,
  commonShare: 0.05,
  floor: 0.25,
  scoreFloor: 0.85,
  // Meaning (src/search/meaning), by scripts/tune-meaning.ts on the learn half's held-out training
  // questions; keyGap on the tune half of eval/seeds-*.jsonl. The `entity` feature lost recall
  // there (r@1 −0.3 point at 0.2) and stays off. Rescoring depth likewise: the smallest within
  // 0.2 point of the best r@1 + r@5 (20: 0.783 / 0.921; 30: 0.783 / 0.923), a third less work.
  // Tuned again on the training questions of learn articles the table never saw (heldOutOfTable in
  // scripts/squad.ts), the translation LM adds nothing at r@1 (0 and 0.1 tie, 0.839 on 4,000 tune
  // questions) and related words little (+0.6 point at 0.9); 0.1 / 0.9 / 15 is best there, but it
  // is no better on the report half (0.787 / 0.918 against 0.789 / 0.919, npm run eval), and it
  // silences four of the seed paraphrases' tune half: the silence floors below were set with
  // today's weights.
  translation: 0.2,
  related: 1.6,
  entity: 0,
  rescore: 20,
  keyGap: 0.4,
  // By scripts/tune-silence.ts: the tune half's unanswerable questions rise further at 0.7 (0.647
  // silent against 0.529 at 0.6), but the held half does not (0.471 at both) and SQuAD's report
  // half loses a tenth of a point more, so 0.6, the gap's own similarity.
  subjectFloor: 0.6,
  // By scripts/tune-silence.ts: it silences 2 more of the tune half's 17 unanswerable questions
  // (0.471 → 0.588; the held half 0.471 → 0.529 before days counted as dates, 0.471 since) and
  // no paraphrase; SQuAD's learn half loses 0.1 point at @1 and 0.2 at @5, its report half 0.2
  // and 0.3. Days count ("on Tuesday", "last spring"): a news passage dates events so.
  kindFloor: 1,
};

/** DEFAULT_WEIGHTS with every silence floor open: for scripts that score the floors themselves. */
export const OPEN_FLOORS: RankingWeights = {
  ...DEFAULT_WEIGHTS,
  scoreFloor: 0,
  floor: 0,
  keyGap: 1,
  subjectFloor: 0,
  kindFloor: 0,
};

const BREADTH_SCALE = Math.log(101); // breadth is 1 for an article with 100 candidates

/** A rescored candidate. */
export interface Candidate {
  entry: IndexedPassage;
  f: Features;
}

/** How a search ranks and which passages it may return. */
export interface RankOptions {
  /** How many passages at most (after near-duplicates are dropped). Default 3. */
  k?: number;
  /** Feature weights and search settings. Default DEFAULT_WEIGHTS. */
  weights?: RankingWeights;
  /** Which articles may be returned (a server's scope); applied before the candidate cut. */
  filter?: ArticleFilter;
  /**
   * Whom the quotation rules found a passage's pronoun attributions stand for: "what did X say"
   * keeps a passage whose "he added" is X's, not every one that names X beside someone's "he".
   */
  pronounSpeakers?: PronounSpeakers;
}

/** The best passages for `query`, best first; empty when none covers enough of the question. */
export function rank(
  index: PassageIndex,
  query: Query,
  { k = 3, weights = DEFAULT_WEIGHTS, filter, pronounSpeakers }: RankOptions = {},
): Scored[] {
  const scored = lexicalScores(index, query, { weights, filter });
  if (query.meaning) rescoreByMeaning(index, query, query.meaning, scored, weights);
  const wanted = answerKinds(query.expects);
  if (scored[0] && wanted) {
    const kinds = index.vocabulary.kinds();
    const holds = (s: Scored, bits = wanted): boolean =>
      s.entry.terms.some((id) => (kinds[id]! & bits) !== 0);
    // "How old is the Harbin Institute of Technology?": the best passage names it and gives no
    // number, the third gives "the 103-year-old university". Where the floor asks for an answer of
    // the kind, one of the first few that holds one and scores near the best leads, before the
    // floor reads it; else silence, as before.
    // To lead in place of the best, a "when" question's passage must date something: any number
    // lets the best passage stand ("681", "31 BC"), not another ("pay 15 dollars… with 12 lanes").
    const leads = query.expects & TermKind.date ? TermKind.date | TermKind.day : wanted;
    const best = scored[0].score;
    const at =
      weights.kindFloor > 0
        ? scored
            .slice(0, KIND_REACH)
            .findIndex((s, i) =>
              i === 0 ? holds(s) : holds(s, leads) && s.score >= best * KIND_NEAR,
            )
        : -1;
    if (at > 0) scored.unshift(...scored.splice(at, 1));
    scored[0]!.holdsKind = holds(scored[0]!);
  }
  const top = scored[0];
  if (isSilent(top, weights)) return [];
  const shown = (n: number): Scored[] =>
    distinct(scored, n).filter((s) => covered(s) >= weights.floor / 2);
  // "What did Putin say about Trump?": where he speaks of what was asked, not every passage where
  // he speaks. As near to the subject as a related word must be to count at all: the silence
  // floor (subjectFloor, 0.6) dropped "commercial transactions" for trade (0.57) on the seeds.
  // A passage past those rescored has no reasons: it must hold the subject's words themselves.
  let subjectIds: number[] | undefined;
  const onSubject = (s: Scored): boolean => {
    if (s.reasons) return s.reasons.subject >= SOFT_MIN;
    subjectIds ??= (query.meaning?.subject ?? []).map((t) => index.vocabulary.lookup(t));
    return subjectIds.every((id) => id >= 0 && s.entry.terms.includes(id));
  };
  // Asked for what someone said, or who holds an office: looked for among more passages than
  // shown, as those where someone else speaks, or no one fits, go; none left is an honest silence.
  const pool = (n = DESCRIBED_POOL): Scored[] => shown(Math.max(k, n));
  // "What did Kim Jong Un say…?": only passages where he speaks.
  if (query.speaker) {
    const spoken = spokenIn(index, query.speaker, pool(SPEAKER_POOL), pronounSpeakers);
    const kept = spoken.filter(onSubject);
    // A name typed in lowercase may be none ("What did the poll say?", "what did the report say
    // about ukraine?"): unless an article writes it as a name where it speaks, the question is
    // ranked as any other when nothing is kept.
    const speaker = query.speaker;
    const named =
      writtenAsName(speaker) ||
      spoken.some((s) => speaker.some((w) => s.entry.passage.text.includes(capitalised(w))));
    if (kept.length > 0 || named) return kept.slice(0, k);
  }
  // "What did the Russian leader say…?": where the one the articles describe so speaks.
  if (query.described) {
    const related = headRelatedness();
    // Whom the articles describe so is read from every passage of the pool, on the subject or not.
    const spoken = spokenByDescribed(index, query.described, pool(), related, pronounSpeakers);
    return spoken.filter(onSubject).slice(0, k);
  }
  // "Who is Taiwan's president?": a passage naming someone the articles describe so.
  if (query.who) return holdersOf(index, query.who, pool()).slice(0, k);
  return shown(k);
}

/**
 * The passages of `pool` naming someone the articles describe as `who` (keepDescribed, by WHO_FIT),
 * in their order. The name found stands for the words asked (Reasons.named), so the excerpt opens
 * on the sentence naming them, and `--json` says why ("presid" ~ "lai").
 */
function holdersOf(index: PassageIndex, who: Description, pool: Scored[]): Scored[] {
  const asked = [who.head, ...who.qualifiers].flatMap((w) => termOf(fold(w).toLowerCase()) ?? []);
  const named = (s: Scored, name: string): void => {
    const term = termOf(fold(name).toLowerCase());
    if (!term || !s.reasons) return;
    s.reasons.named = { term, for: asked };
    if (asked[0]) s.reasons.related.push([asked[0], term]);
  };
  const names = (passage: Passage): string[] => namesWritten(passage.text, who);
  return keepDescribed(index, who, pool, headRelatedness(), names, {
    min: WHO_FIT,
    across: false,
    all: true,
    named,
  });
}

/**
 * How far down a "when" or "how many" question looks for a passage holding a date or a number to
 * lead, and how near the best one's score it must be ("When did the harbour bridge open?" is not
 * answered by "The fish market opened on Tuesday", at 0.53 of the bridge passage's score). Tuned
 * on the learn half's training questions of those kinds (1,508): recall@5 0.928 → 0.932, recall@1
 * 0.809 → 0.811, silence 0.017 → 0.012; reaching 2, 3 or 5 deep scores alike, and a nearness of
 * 0.5 would gain 0.002 more at recall@5, 0.7 lose 0.001, 0.8 and 0.9 lose 0.002.
 */
const KIND_REACH = 3;
const KIND_NEAR = 0.6;

/** How many ranked passages a described speaker is looked for in. */
const DESCRIBED_POOL = 10;

/**
 * How many a named one is: a name the corpus writes often ("What did Putin say?") is ranked by
 * little else, and the passages where they speak may stand past the tenth (on the seeds, the
 * 12th, 14th and 16th). Reading a passage for a reporting verb beside the name costs little.
 */
const SPEAKER_POOL = 30;

/**
 * Word similarity by the word vectors, or none when the model is missing. Without `common`, 0 for
 * English's commonest words, which the vectors put near almost anything ("war" ~ "end", "today").
 */
export function headRelatedness({ common = true }: { common?: boolean } = {}): Relatedness {
  const vectors = meaningModels.vectors();
  if (!vectors) return () => 0;
  return (a, b) => {
    const [ra, rb] = [vectors.row(a), vectors.row(b)];
    if (ra < 0 || rb < 0) return 0;
    if (!common && (vectors.isCommonRow(ra) || vectors.isCommonRow(rb))) return 0;
    return vectors.similarity(ra, rb);
  };
}

/** Share of the question a passage covers by its words, or with related ones once rescored. */
const covered = (s: Scored): number => Math.max(s.coverage, s.reasons?.coverage ?? 0);

/**
 * Honest silence: true when the best passage is no answer. It must score enough, cover enough of
 * the question by its words or related ones, leave no heavy question term uncovered ("the
 * weather") and hold the subject the question names ("Ukraine's army" in "what did Putin say
 * about Ukraine's army?").
 */
export function isSilent(top: Scored | undefined, weights: RankingWeights): boolean {
  if (!top || top.score < weights.scoreFloor || covered(top) < weights.floor) return true;
  // "When did Galauskas join the Atlantic Council?": a passage with no date cannot say.
  if (weights.kindFloor > 0 && top.holdsKind === false) return true;
  const reasons = top.reasons;
  return !!reasons && (reasons.gap > weights.keyGap || reasons.subject < weights.subjectFloor);
}

/** The candidates scored by their lexical features alone, best first. */
export function lexicalScores(
  index: PassageIndex,
  query: Query,
  { weights = DEFAULT_WEIGHTS, filter }: Omit<RankOptions, 'k'> = {},
): Scored[] {
  const { found, rows } = featureRows(index, query, weights, filter);
  // The weights in FEATURE_NAMES order, each row summed in that order from 0: as a loop over the
  // names of `candidates`' features adds them (tests/search/features.test.ts).
  const w = Float64Array.from(FEATURE_NAMES, (name) => weights[name]);
  const scored: Scored[] = found.map((entry, i) => {
    const at = i * FEATURE_COUNT;
    let score = 0;
    for (let k = 0; k < FEATURE_COUNT; k++) score += w[k]! * rows[at + k]!;
    return { entry, coverage: rows[at + FEATURE_AT.coverage]!, score };
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * The TermKind bits a passage must hold one of to answer a question expecting `expects` (0: any).
 * "When…?" is answered by any number ("681", "31 BC"), a day ("on Tuesday", "last spring") or a
 * share; "how many/much…?" by a number or a share ("rise by a fifth"), not a month.
 */
function answerKinds(expects: number): number {
  if (expects & TermKind.date)
    return TermKind.date | TermKind.number | TermKind.day | TermKind.share;
  return expects ? expects | TermKind.share : 0;
}

/** The candidate passages of `query` with their features, in candidate-search order. */
export function candidates(
  index: PassageIndex,
  query: Query,
  { weights = DEFAULT_WEIGHTS, filter }: Omit<RankOptions, 'k'> = {},
): Candidate[] {
  const { found, rows } = featureRows(index, query, weights, filter);
  return found.map((entry, i) => ({ entry, f: featuresAt(rows, i) }));
}

/** The candidates and their features' rows (features.ts), BM25 divided and article ones set. */
function featureRows(
  index: PassageIndex,
  query: Query,
  weights: RankingWeights,
  filter: ArticleFilter | undefined,
): { found: IndexedPassage[]; rows: Float64Array } {
  const found = candidateSearch(index, query, weights, filter);
  const rows = passageFeatures(index, query, found, weights);
  const bm25 = FEATURE_AT.bm25;
  let maxBm25 = 0;
  for (let at = bm25; at < rows.length; at += FEATURE_COUNT) maxBm25 = Math.max(maxBm25, rows[at]!);
  for (let at = bm25; at < rows.length; at += FEATURE_COUNT) rows[at]! /= maxBm25 || 1;
  addArticleFeatures(found, rows);
  return { found, rows };
}

/** Passages a term may be in and still search for candidates, however small the corpus. */
const SMALL_LIST = 50;

// Candidates come from the question's rare terms only: the common ones cost most and tell least.
function candidateSearch(
  index: PassageIndex,
  query: Query,
  weights: RankingWeights,
  filter: ArticleFilter | undefined,
): IndexedPassage[] {
  const known = query.terms.filter((t) => t.id >= 0);
  // In a small corpus every list is short: a name in 3 of 38 passages is no common word.
  const { counts } = query;
  const limit = Math.max(counts.documents * weights.commonShare, SMALL_LIST);
  let chosen = known.filter((t) => counts.frequency(t.id) <= limit);
  // Questions made only of common words still need candidates: use the rarest few.
  if (chosen.length < 2) chosen = [...known].sort((a, b) => b.idf - a.idf).slice(0, 3);
  return searchPostings(index, chosen, weights.candidates, filter);
}

// Topic evidence from the other candidates of the same article: a question about a topic tends
// to match several passages of the article that answers it. Per article: how many candidates,
// and the mean of its three best BM25s (of its up to three in candidate order, when it has no
// more), added in that order as a sort of the article's list would give them. Grouped in typed
// arrays, not a map of lists: those were a tenth of an answer's garbage.
function addArticleFeatures(found: IndexedPassage[], rows: Float64Array): void {
  const groupOf = new Map<string, number>();
  const group = new Int32Array(found.length);
  const count = new Int32Array(found.length);
  // Per group, its first three BM25s in candidate order, then its three best, best first.
  const first = new Float64Array(found.length * 3);
  const top = new Float64Array(found.length * 3).fill(-Infinity);
  found.forEach((entry, i) => {
    const bm25 = rows[i * FEATURE_COUNT + FEATURE_AT.bm25]!;
    let g = groupOf.get(entry.passage.articleId);
    if (g === undefined) groupOf.set(entry.passage.articleId, (g = groupOf.size));
    group[i] = g;
    const n = count[g]!++;
    if (n < 3) first[g * 3 + n] = bm25;
    const at = g * 3;
    if (bm25 > top[at + 2]!) {
      let k = at + 2;
      while (k > at && bm25 > top[k - 1]!) {
        top[k] = top[k - 1]!;
        k--;
      }
      top[k] = bm25;
    }
  });
  for (let i = 0; i < found.length; i++) {
    const g = group[i]!;
    const n = count[g]!;
    const from = n > 3 ? top : first;
    rows[i * FEATURE_COUNT + FEATURE_AT.article] =
      (from[g * 3]! + from[g * 3 + 1]! + from[g * 3 + 2]!) / 3;
    rows[i * FEATURE_COUNT + FEATURE_AT.breadth] = Math.log1p(n) / BREADTH_SCALE;
  }
}

// Near-duplicate passages (the same story filed twice, a repeated paragraph) are shown once.
function distinct(scored: Scored[], k: number): Scored[] {
  const seen = new Set<string>();
  const out: Scored[] = [];
  const kept: Edition[] = [];
  for (const s of scored) {
    const key = fingerprint(s.entry.terms);
    if (seen.has(key)) continue;
    seen.add(key);
    // Another edition of the same story in another file ("on Thursday afternoon", a correction
    // added) is the same passage to a reader: shown once, as the best-ranked.
    const edition: Edition = { entry: s.entry };
    if (kept.some((other) => sameStory(edition, other))) continue;
    kept.push(edition);
    out.push(s);
    if (out.length === k) break;
  }
  return out;
}

/** A passage kept by `distinct`, its term set made only when another article's is compared. */
interface Edition {
  entry: IndexedPassage;
  terms?: Set<number>;
}

/**
 * Whether two passages of different articles are editions of one story: nearly the same terms
 * (sameEdition), and the same negations and numbers (read from their texts only then).
 */
function sameStory(a: Edition, b: Edition): boolean {
  if (a.entry.passage.articleId === b.entry.passage.articleId) return false;
  a.terms ??= new Set(a.entry.terms);
  b.terms ??= new Set(b.entry.terms);
  return (
    sameEdition(a.terms, b.terms) &&
    whatItAsserts(a.entry.passage.text) === whatItAsserts(b.entry.passage.text)
  );
}

/**
 * The words that turn what a passage says, which its terms leave out or weigh little: negations
 * and numbers ("the school will not close", "will close"; "12 dead", "14 dead"). Two editions
 * writing them differently are both shown (review of 721f9e6).
 */
function whatItAsserts(text: string): string {
  return [...negations(text), ...(text.match(/\d+(?:[.,]\d+)*/g) ?? [])].join(' ');
}

/**
 * Whether two passages' terms make them editions of one: the smaller's terms nearly all in the
 * larger (0.9), which is not much larger (0.7 of its terms). One of 20 terms with its correction
 * added (28) is; a paragraph quoted in a longer one is not.
 */
function sameEdition(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 0.7 * large.size) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared >= 0.9 * small.size;
}

/** The first 40 term ids as a string, one character per byte: equal exactly when they are. */
function fingerprint(terms: Uint32Array): string {
  const ids = terms.subarray(0, 40);
  // Joining the ids as decimal text was 3 % of an answer; the bytes themselves make the same key.
  return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength).toString('latin1');
}
