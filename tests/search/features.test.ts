import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { FEATURE_NAMES } from '../../src/search/features.js';
import { PassageIndex, type IndexedPassage } from '../../src/search/index.js';
import { searchPostings } from '../../src/search/postings.js';
import { parseQuery, type Query } from '../../src/search/query.js';
import { candidates, DEFAULT_WEIGHTS, lexicalScores } from '../../src/search/ranking.js';

// The windows (near, span, typed) slide only over the places where a term enters or leaves them,
// and each candidate's score sums a row of features: both must give what the plain versions gave, to the bit,
// or rankings could tie and break differently. The plain versions are kept here as references.

let index: PassageIndex;
let questions: string[];

beforeAll(async () => {
  const { articles } = await loadCorpus('seeds');
  index = PassageIndex.build(articles);
  const asked = ['eval/seeds-paraphrases.jsonl', 'eval/seeds-unanswerable.jsonl'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { question: string }).question),
  );
  // And questions made of a passage's own words, several to a window, some asking when or how
  // many (a typed window): a fixed pseudo-random choice, the same at every run.
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 48271) % 2147483647) % n) | 0;
  const made: string[] = [];
  for (const entry of index.passages.values()) {
    const words = entry.passage.text.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
    if (words.length < 6) continue;
    for (const opener of ['', 'When did ', 'How many ', '']) {
      // The last from the passage's first words: a window's first step is a term entering it.
      const at = made.length % 4 === 3 ? 0 : random(words.length - 5);
      const picked = [0, 1, 2, 3, 4, 5].filter(() => random(3) > 0).map((k) => words[at + k]);
      made.push(`${opener}${picked.join(' ')} ${words[random(words.length)]}`);
    }
  }
  questions = [...asked, ...made];
});

/** The share of the question in the best run of `width` terms, one step per term (the reference). */
function denseWindow(entry: IndexedPassage, query: Query, width: number, typed: boolean): number {
  const kept = query.terms
    .filter((t) => t.id >= 0)
    .sort((a, b) => b.idf - a.idf)
    .slice(0, 31);
  const slotOf = new Map(kept.map((t, i) => [t.id, i]));
  const share = kept.map((t) => t.idf / (query.totalIdf || 1));
  const kinds = index.vocabulary.kinds();
  const count = new Array<number>(kept.length).fill(0);
  const { terms } = entry;
  let inside = 0;
  let answers = 0;
  let best = 0;
  for (let right = 0; right < terms.length; right++) {
    const slot = slotOf.get(terms[right]!) ?? -1;
    if (slot >= 0) {
      if (count[slot]!++ === 0) inside += share[slot]!;
    } else if (kinds[terms[right]!]! & query.expects) answers++;
    const left = right - width;
    if (left >= 0) {
      const out = slotOf.get(terms[left]!) ?? -1;
      if (out >= 0) {
        if (--count[out]! === 0) inside -= share[out]!;
      } else if (kinds[terms[left]!]! & query.expects) answers--;
    }
    if (inside > best && (!typed || answers > 0)) best = inside;
  }
  return best;
}

describe('passage features', () => {
  it('finds the same best windows as a step over every term, to the bit', () => {
    let compared = 0;
    let typed = 0;
    for (const question of questions) {
      const query = parseQuery(question, index);
      for (const { entry, f } of candidates(index, query)) {
        // One query term or none: every window holds what the passage holds (no window taken).
        if (f.near !== f.coverage || f.span !== f.coverage) {
          expect(f.near, question).toBe(denseWindow(entry, query, 4, false));
          expect(f.span, question).toBe(denseWindow(entry, query, 8, false));
        }
        expect(f.typed, question).toBe(query.expects ? denseWindow(entry, query, 10, true) : 0);
        if (f.typed > 0) typed++;
        compared++;
      }
    }
    // The comparisons covered many passages, typed windows among them.
    expect(compared).toBeGreaterThan(1000);
    expect(typed).toBeGreaterThan(50);
  });

  it('scores each candidate as a loop over the weighed features’ names adds them, to the bit', () => {
    let compared = 0;
    for (const question of questions.slice(0, 80)) {
      const query = parseQuery(question, index);
      const scores = new Map(lexicalScores(index, query).map((s) => [s.entry, s.score]));
      for (const { entry, f } of candidates(index, query)) {
        let loop = 0;
        for (const name of FEATURE_NAMES) loop += DEFAULT_WEIGHTS[name] * f[name];
        expect(scores.get(entry), question).toBe(loop);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('gives each candidate its article’s evidence as a sort of the article’s list would', () => {
    let compared = 0;
    for (const question of questions) {
      const rows = candidates(index, parseQuery(question, index));
      const byArticle = new Map<string, number[]>();
      for (const { entry, f } of rows) {
        const list = byArticle.get(entry.passage.articleId) ?? [];
        byArticle.set(entry.passage.articleId, [...list, f.bm25]);
      }
      for (const { entry, f } of rows) {
        const list = byArticle.get(entry.passage.articleId)!;
        const best = list.length > 3 ? [...list].sort((x, y) => y - x) : list;
        const article = ((best[0] ?? 0) + (best[1] ?? 0) + (best[2] ?? 0)) / 3;
        expect(f.article, question).toBe(article);
        expect(f.breadth, question).toBe(Math.log1p(list.length) / Math.log(101));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('cuts the candidate list where a full sort of the scores would', () => {
    let cut = 0;
    for (const question of questions) {
      const { terms } = parseQuery(question, index);
      const all = searchPostings(index, terms, 100_000);
      for (const limit of [1, 3, 10, 25]) {
        if (all.length <= limit) continue;
        expect(searchPostings(index, terms, limit), question).toEqual(all.slice(0, limit));
        cut++;
      }
    }
    expect(cut).toBeGreaterThan(200);
  });
});
