import { closeSync, readSync } from 'node:fs';
import type { IndexedPassage } from './index.js';
import type { Passage } from './passages.js';

// A snapshot's passage text stays in the file until asked for. At ~100k passages the text is
// 100 MB: parsed into strings at start-up it was most of a start-up's time and of its fresh memory
// (which this machine's first touch makes dear), yet a question reads the text of a handful of
// passages. Reading one from the page cache takes a few microseconds.

// Each file is closed when nothing reads from it any more: the passages of a newer snapshot move
// to it (see StoredPassage.moveTo), and an old file replaced on disk is then let go, not kept open
// (and its blocks kept on disk) for the life of the process.
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing holds it.
  }
});

/** How a passage's text is encoded in the file: UTF-8, or UTF-16 for text UTF-8 cannot hold. */
export type TextEncoding = 'utf8' | 'utf16le';

/** An open snapshot file that passage texts are read from, by offset. */
export class TextFile {
  readonly #fd: number;

  constructor(fd: number) {
    this.#fd = fd;
  }

  /** Take ownership of the descriptor: it is closed once this object is unreachable. */
  closeWhenUnreachable(): this {
    closer.register(this, this.#fd);
    return this;
  }

  /** The `length` bytes at `offset`, read into `into` at `at`. */
  readInto(into: Uint8Array, at: number, offset: number, length: number): void {
    let done = 0;
    while (done < length) {
      const n = readSync(this.#fd, into, at + done, length - done, offset + done);
      if (n === 0) throw new Error('snapshot text cut off');
      done += n;
    }
  }

  /** The text of `length` bytes at `offset`. */
  text(offset: number, length: number, encoding: TextEncoding): string {
    if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2));
    this.readInto(scratch, 0, offset, length);
    return scratch.toString(encoding, 0, length);
  }
}

let scratch = Buffer.allocUnsafe(1 << 16);

/** Where a stored passage's text is: file, byte offset and length, encoding. */
export interface TextPlace {
  file: TextFile;
  offset: number;
  length: number;
  encoding: TextEncoding;
}

// The texts read last, most recent last: a passage shown again (a popular question, the next page
// of an answer, the rescoring of the same candidates) is not read again. A few MB at most.
const RECENT_TEXTS = 4096;
const recent = new Map<StoredPassage, string>();

/** A passage read from a snapshot: everything in memory but its text, which is read when asked. */
export class StoredPassage implements Passage {
  // Where the text is, as fields rather than a TextPlace: one object fewer per passage (at ~100k
  // passages every object a start-up makes is paid for again by the collector).
  #file: TextFile;
  #offset: number;
  #length: number;
  #wide: boolean;

  constructor(
    readonly id: string,
    readonly articleId: string,
    readonly paragraph: number,
    readonly breaks: number[],
    place: TextPlace,
  ) {
    this.#file = place.file;
    this.#offset = place.offset;
    this.#length = place.length;
    this.#wide = place.encoding === 'utf16le';
  }

  get text(): string {
    let text = recent.get(this);
    if (text === undefined) {
      text = this.#file.text(this.#offset, this.#length, this.#wide ? 'utf16le' : 'utf8');
      if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    } else recent.delete(this);
    recent.set(this, text);
    return text;
  }

  /** Where the text is kept. */
  get place(): TextPlace {
    const encoding = this.#wide ? 'utf16le' : 'utf8';
    return { file: this.#file, offset: this.#offset, length: this.#length, encoding };
  }

  /** Read the text from now on from `place`: the same text, in a newer snapshot. */
  moveTo(place: TextPlace): void {
    this.#file = place.file;
    this.#offset = place.offset;
    this.#length = place.length;
    this.#wide = place.encoding === 'utf16le';
  }

  /** As a plain passage (JSON keeps only own fields; the text is a getter). */
  toJSON(): Passage {
    const { id, articleId, paragraph, breaks, text } = this;
    return { id, articleId, paragraph, breaks, text };
  }
}

/**
 * A passage's index entry read from a snapshot: its term ids and sentence ends stay in the chunk's
 * array and are cut out when asked. Two typed-array views per passage were ~17 MB of objects at
 * ~95k passages, all made at start-up and all kept.
 */
export class StoredEntry implements IndexedPassage {
  readonly #numbers: Uint32Array;
  readonly #terms: number;
  readonly #sentences: number;
  readonly #sentencesEnd: number;
  /** How many terms the passage has (its length, for ranking), without cutting them out. */
  readonly termCount: number;

  /** `terms` and `sentences`: where each run starts and ends in `numbers`. */
  constructor(
    readonly passage: StoredPassage,
    numbers: Uint32Array,
    terms: [number, number],
    sentences: [number, number],
  ) {
    this.#numbers = numbers;
    this.#terms = terms[0];
    this.termCount = terms[1] - terms[0];
    this.#sentences = sentences[0];
    this.#sentencesEnd = sentences[1];
  }

  get terms(): Uint32Array {
    return this.#numbers.subarray(this.#terms, this.#terms + this.termCount);
  }

  get sentenceEnds(): Uint32Array {
    return this.#numbers.subarray(this.#sentences, this.#sentencesEnd);
  }
}
