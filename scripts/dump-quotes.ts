/**
 * Every quotation extraction finds, with all its fields, over PolNeAR's articles, SQuAD's and
 * seeds/: one JSON line per article in OUT/polnear.jsonl, OUT/squad.jsonl and OUT/seeds.jsonl.
 * Two dumps compared byte for byte (`cmp`) show whether a change meant to keep behaviour did:
 *
 *   npx tsx scripts/dump-quotes.ts /tmp/before   # at the commit before
 *   npx tsx scripts/dump-quotes.ts /tmp/after    # with the change
 *   for f in polnear squad seeds; do cmp /tmp/before/$f.jsonl /tmp/after/$f.jsonl; done
 *
 * Agreement on these 1,300-odd articles is evidence, not proof: the tests must pass as well.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/index.js';
import { extractQuotes } from '../src/quotes/index.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.FOOTNOTE_SHARED ?? join(root, '../shared'));
const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx scripts/dump-quotes.ts OUT_DIR\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const corpora: [string, string][] = [
  ['polnear', join(shared, 'eval/quotes/articles')],
  ['squad', join(shared, 'eval/squad/articles')],
  ['seeds', join(root, 'seeds')],
];
for (const [name, dir] of corpora) {
  const { articles } = await loadCorpus(dir);
  const lines = articles.map((a) => JSON.stringify({ doc: a.id, q: extractQuotes(a) }));
  writeFileSync(join(out, `${name}.jsonl`), `${lines.join('\n')}\n`);
  process.stdout.write(`${name}: ${articles.length} articles → ${join(out, `${name}.jsonl`)}\n`);
}
