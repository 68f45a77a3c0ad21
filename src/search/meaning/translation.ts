// How questions are asked about sentences: t(question term | sentence term), an IBM Model 1 table
// (Berger & Lafferty 1999; Xue, Jeon & Croft 2008) learned by scripts/build-translation.ts from
// SQuAD's training questions (CC BY-SA 4.0, see models/README.md). Read on first use, as views.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { byCodeUnits, indexOfSorted, lazyModel } from './model-file.js';

/** Where the shipped table lives. */
export const TRANSLATION_FILE = fileURLToPath(
  new URL('../../../models/translation.bin', import.meta.url),
);

const MAGIC = 0x31544e46; // "FNT1"
const HEADER_BYTES = 16;
const PROB_SCALE = 65535;

/** Sentence terms that a question term translates from, with t(question term | sentence term). */
export interface Sources {
  terms: string[];
  probs: number[];
}

/** An IBM Model 1 table keyed by question term. */
export class TranslationTable {
  private constructor(
    /** Every term of the table in code-unit order (binary search, no map to build). */
    readonly terms: string[],
    private readonly offsets: Uint32Array,
    private readonly targets: Uint32Array,
    private readonly probs: Uint16Array,
  ) {}

  private row(term: string): number {
    return indexOfSorted(this.terms, term);
  }

  /** The sentence terms that `question` (an index term) is learned to be asked with, and how often. */
  sources(question: string): Sources {
    const r = this.row(question);
    if (r < 0) return { terms: [], probs: [] };
    const out: Sources = { terms: [], probs: [] };
    for (let i = this.offsets[r]!; i < this.offsets[r + 1]!; i++) {
      out.terms.push(this.terms[this.targets[i]!]!);
      out.probs.push(this.probs[i]! / PROB_SCALE);
    }
    return out;
  }

  /** t(question | sentence), 0 when the table has no such pair. */
  probability(question: string, sentence: string): number {
    const { terms, probs } = this.sources(question);
    const i = terms.indexOf(sentence);
    return i < 0 ? 0 : probs[i]!;
  }

  /** Encode `table` (question term → sentence term → probability) in the format `fromBuffer` reads. */
  static encode(table: Map<string, Map<string, number>>): Buffer {
    const all = new Set<string>();
    for (const [q, row] of table) {
      all.add(q);
      for (const a of row.keys()) all.add(a);
    }
    const terms = [...all].sort(byCodeUnits);
    const rowOf = new Map(terms.map((t, i) => [t, i]));
    const offsets = new Uint32Array(terms.length + 1);
    const targets: number[] = [];
    const probs: number[] = [];
    terms.forEach((q, r) => {
      offsets[r] = targets.length;
      const row = [...(table.get(q) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]);
      for (const [a, p] of row) {
        targets.push(rowOf.get(a)!);
        probs.push(Math.max(1, Math.min(PROB_SCALE, Math.round(p * PROB_SCALE))));
      }
    });
    offsets[terms.length] = targets.length;
    const words = Buffer.from(terms.join('\n'), 'utf8');
    const padded = Math.ceil(words.length / 4) * 4;
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(terms.length, 4);
    header.writeUInt32LE(targets.length, 8);
    header.writeUInt32LE(words.length, 12);
    return Buffer.concat([
      header,
      words,
      Buffer.alloc(padded - words.length),
      Buffer.from(offsets.buffer),
      Buffer.from(Uint32Array.from(targets).buffer),
      Buffer.from(Uint16Array.from(probs).buffer),
    ]);
  }

  /** Read a table written by `encode`; throws on a file of another format. */
  static fromBuffer(buf: Buffer): TranslationTable {
    if (buf.length < HEADER_BYTES || buf.readUInt32LE(0) !== MAGIC) {
      throw new Error('not a translation table (bad magic number)');
    }
    const count = buf.readUInt32LE(4);
    const entries = buf.readUInt32LE(8);
    const wordBytes = buf.readUInt32LE(12);
    const offsetsAt = HEADER_BYTES + Math.ceil(wordBytes / 4) * 4;
    const targetsAt = offsetsAt + (count + 1) * 4;
    const probsAt = targetsAt + entries * 4;
    if (buf.length < probsAt + entries * 2) throw new Error('translation table is truncated');
    const terms = buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordBytes).split('\n');
    if (terms.length !== count) throw new Error('translation table has a damaged term list');
    // A copy of the numbers keeps the typed arrays aligned whatever offset the buffer has.
    const body = buf.buffer.slice(
      buf.byteOffset + offsetsAt,
      buf.byteOffset + probsAt + entries * 2,
    );
    return new TranslationTable(
      terms,
      new Uint32Array(body, 0, count + 1),
      new Uint32Array(body, (count + 1) * 4, entries),
      new Uint16Array(body, targetsAt - offsetsAt + entries * 4, entries),
    );
  }

  /** Read a table file. */
  static load(file: string): TranslationTable {
    return TranslationTable.fromBuffer(readFileSync(file));
  }
}

/** The shipped table, read on first call; null (translation off) when missing or damaged. */
export const translationTable = lazyModel(TRANSLATION_FILE, (bytes) =>
  TranslationTable.fromBuffer(bytes),
);
