// Learn t(question term | answer-sentence term), IBM Model 1 by EM, from SQuAD's training questions.
//   npx tsx scripts/build-translation.ts                      all 84,599 → models/translation.bin
//   npx tsx scripts/build-translation.ts --half learn --out F  the `learn` article half only (for eval),
//                                          less the articles held out of it (heldOutOfTable: to tune weights on)
// Each question is paired with the sentence of its paragraph that holds its answer; both become
// sets of index terms, and the sentence gets a NULL term for question words nothing explains.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { terms } from '../src/text/tokenize.js';
import { TRANSLATION_FILE, TranslationTable } from '../src/search/meaning/translation.js';
import { answerSentence } from './overlap.js';
import { articleHalf, heldOutOfTable, loadTrainQuestions, paragraphOf } from './squad.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const half = opt('--half');
const out = opt('--out') ?? TRANSLATION_FILE;
const ITERATIONS = 5;
/** Pairs below this probability, or whose sentence term was seen fewer times, are not kept. */
const MIN_PROB = 0.01;
const MIN_SOURCE_COUNT = 10;

const NULL = '\u0000';
const ids = new Map<string, number>();
const names: string[] = [];
const idOf = (t: string): number => {
  let id = ids.get(t);
  if (id === undefined) {
    id = names.length;
    ids.set(t, id);
    names.push(t);
  }
  return id;
};
idOf(NULL);

// Examples as flat lists of pair indices: for each question term, one pair per sentence term.
const pairIds = new Map<number, number>();
const pairSource: number[] = [];
const pairTarget: number[] = [];
const examples: { q: number; s: number; pairs: Int32Array }[] = [];
const sourceCount = new Map<number, number>();
let used = 0;
for (const q of loadTrainQuestions()) {
  const file = q.file ?? '';
  if (half && (articleHalf(file) !== half || heldOutOfTable(file))) continue;
  const paragraph = paragraphOf(q);
  if (!paragraph) continue;
  const asked = [...new Set(terms(q.question))].map(idOf);
  const sentence = [...new Set(terms(answerSentence(paragraph, q.answers, q.question)))].map(idOf);
  if (asked.length === 0 || sentence.length === 0) continue;
  sentence.push(0);
  for (const a of sentence) sourceCount.set(a, (sourceCount.get(a) ?? 0) + 1);
  const pairs = new Int32Array(asked.length * sentence.length);
  let k = 0;
  for (const t of asked) {
    for (const a of sentence) {
      const key = t * 4_194_304 + a;
      let p = pairIds.get(key);
      if (p === undefined) {
        p = pairSource.length;
        pairIds.set(key, p);
        pairSource.push(a);
        pairTarget.push(t);
      }
      pairs[k++] = p;
    }
  }
  examples.push({ q: asked.length, s: sentence.length, pairs });
  used++;
}
console.log(
  `${used} question–sentence pairs, ${names.length} terms, ${pairSource.length} term pairs`,
);

const t = new Float64Array(pairSource.length).fill(1 / names.length);
const count = new Float64Array(pairSource.length);
const total = new Float64Array(names.length);
for (let it = 0; it < ITERATIONS; it++) {
  count.fill(0);
  total.fill(0);
  for (const { q, s, pairs } of examples) {
    for (let i = 0; i < q; i++) {
      let denom = 0;
      for (let j = 0; j < s; j++) denom += t[pairs[i * s + j]!]!;
      for (let j = 0; j < s; j++) {
        const p = pairs[i * s + j]!;
        const c = t[p]! / denom;
        count[p]! += c;
        total[pairSource[p]!]! += c;
      }
    }
  }
  for (let p = 0; p < t.length; p++) t[p] = count[p]! / (total[pairSource[p]!] || 1);
  console.log(`iteration ${it + 1}`);
}

const table = new Map<string, Map<string, number>>();
for (let p = 0; p < t.length; p++) {
  const a = pairSource[p]!;
  if (a === 0 || t[p]! < MIN_PROB || (sourceCount.get(a) ?? 0) < MIN_SOURCE_COUNT) continue;
  const q = names[pairTarget[p]!]!;
  let row = table.get(q);
  if (!row) table.set(q, (row = new Map()));
  row.set(names[a]!, t[p]!);
}
const bytes = TranslationTable.encode(table);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const kept = [...table.values()].reduce((n, r) => n + r.size, 0);
console.log(`${kept} pairs kept (t ≥ ${MIN_PROB}), ${(bytes.length / 1e6).toFixed(1)} MB → ${out}`);
