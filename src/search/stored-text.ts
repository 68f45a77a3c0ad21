import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Passage } from './passages.js';

// A snapshot's passage text stays in the file until asked for. At ~100k passages the text is
// 100 MB: parsed into strings at start-up it was most of a start-up's time and of its fresh memory
// (which this machine's first touch makes dear), yet a question reads the text of a handful of
// passages. Reading one from the page cache takes a few microseconds.

// A file is closed as soon as no passage reads from it: after a snapshot is written its passages
// read from the new file (StoredPassage.moveTo), and passages taken out of the index keep their
// text in memory instead (detach), so the file it replaced is closed there and then, not held open
// with its blocks on disk. Passages that leave without either (a state dropped whole) let their
// file go when they are collected: the registry closes it then.
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // A throw here would end the process; an explicit close unregisters first, so none is expected.
  }
});

/** Read `length` bytes at `offset` of `fd` into `into` at `at`; false when the file ends first. */
export function readWhole(
  fd: number,
  into: Uint8Array,
  at: number,
  offset: number,
  length: number,
): boolean {
  for (let done = 0; done < length;) {
    const n = readSync(fd, into, at + done, length - done, offset + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

/** `buffer` when it holds `length` bytes, else a new one of at least twice its size. */
export function roomFor(buffer: Buffer, length: number): Buffer {
  return buffer.length >= length ? buffer : Buffer.allocUnsafe(Math.max(length, buffer.length * 2));
}

/** How a passage's text is encoded in the file: UTF-8, or UTF-16 for text UTF-8 cannot hold. */
export type TextEncoding = 'utf8' | 'utf16le';

/** The encoding of a text stored as UTF-16 (`wide`) or UTF-8. */
export const encodingOf = (wide: boolean): TextEncoding => (wide ? 'utf16le' : 'utf8');

/** An open snapshot file that passage texts are read from, by offset. */
export class TextFile {
  readonly #fd: number;
  /** Size and modification time as read or written: a change means someone rewrote it in place. */
  readonly #identity: string;
  #users = 0;
  #owned = false;
  #closed = false;

  constructor(
    fd: number,
    readonly path: string,
  ) {
    this.#fd = fd;
    this.#identity = identityOf(fd);
  }

  /**
   * Throws when the file is no longer as it was read or written (copied over in place, cut
   * short): its texts must not be copied into a new snapshot, which would checksum them afresh.
   */
  checkUnchanged(): void {
    if (identityOf(this.#fd) !== this.#identity) {
      throw new Error(`${this.path} was changed on disk while in use; restart to rebuild it`);
    }
  }

  /**
   * Take charge of the descriptor: closed once no passage reads from this file, or once this
   * object is unreachable. Until then the caller closes it (a load that failed half-way).
   */
  own(): this {
    this.#owned = true;
    closer.register(this, this.#fd, this);
    if (this.#users === 0) this.close();
    return this;
  }

  /** One more passage reads from this file. */
  use(): void {
    this.#users++;
  }

  /** One passage fewer reads from this file. */
  release(): void {
    this.#users--;
    if (this.#users === 0 && this.#owned) this.close();
  }

  private close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closer.unregister(this);
    closeSync(this.#fd);
  }

  /** The `length` bytes at `offset`, read into `into` at `at`. */
  readInto(into: Uint8Array, at: number, offset: number, length: number): void {
    if (!readWhole(this.#fd, into, at, offset, length)) {
      throw new Error(`${this.path} was cut short while in use; restart to rebuild it`);
    }
  }

  /** The text of `length` bytes at `offset`. */
  text(offset: number, length: number, wide: boolean): string {
    scratch = roomFor(scratch, length);
    this.readInto(scratch, 0, offset, length);
    return scratch.toString(encodingOf(wide), 0, length);
  }
}

let scratch: Buffer = Buffer.allocUnsafe(1 << 16);

function identityOf(fd: number): string {
  const st = fstatSync(fd);
  return `${st.size}:${st.mtimeMs}`;
}

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
  #file: TextFile | undefined;
  #offset = 0;
  #length = 0;
  #wide = false;
  /** The text itself, once detached from the file. */
  #kept: string | undefined;

  constructor(
    readonly id: string,
    readonly articleId: string,
    readonly paragraph: number,
    readonly breaks: number[],
    place: TextPlace,
  ) {
    this.moveTo(place);
  }

  get text(): string {
    if (this.#kept !== undefined) return this.#kept;
    let text = recent.get(this);
    if (text === undefined) {
      text = this.#file!.text(this.#offset, this.#length, this.#wide);
      if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    } else recent.delete(this);
    recent.set(this, text);
    return text;
  }

  /** Where the text is kept, or undefined once it is kept in memory. */
  get place(): TextPlace | undefined {
    if (!this.#file) return undefined;
    const encoding = encodingOf(this.#wide);
    return { file: this.#file, offset: this.#offset, length: this.#length, encoding };
  }

  /** Read the text from now on from `place`: the same text, in a newer snapshot. */
  moveTo(place: TextPlace): void {
    place.file.use();
    this.#file?.release();
    this.#file = place.file;
    this.#offset = place.offset;
    this.#length = place.length;
    this.#wide = place.encoding === 'utf16le';
    this.#kept = undefined;
  }

  /** Keep the text in memory and let the file go: for a passage taken out of the index. */
  detach(): void {
    if (!this.#file) return;
    this.#kept = this.text;
    this.#file.release();
    this.#file = undefined;
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
 * ~95k passages, all made at start-up and all kept. An IndexedPassage (index.ts) by its shape.
 */
export class StoredEntry {
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
