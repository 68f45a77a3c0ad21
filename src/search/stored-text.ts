import { closeSync, readSync } from 'node:fs';
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

/** A passage read from a snapshot: everything in memory but its text, which is read when asked. */
export class StoredPassage implements Passage {
  #place: TextPlace;

  constructor(
    readonly id: string,
    readonly articleId: string,
    readonly paragraph: number,
    readonly breaks: number[],
    place: TextPlace,
  ) {
    this.#place = place;
  }

  get text(): string {
    const { file, offset, length, encoding } = this.#place;
    return file.text(offset, length, encoding);
  }

  /** Where the text is kept. */
  get place(): TextPlace {
    return this.#place;
  }

  /** Read the text from now on from `place`: the same text, in a newer snapshot. */
  moveTo(place: TextPlace): void {
    this.#place = place;
  }

  /** As a plain passage (JSON keeps only own fields; the text is a getter). */
  toJSON(): Passage {
    return {
      id: this.id,
      articleId: this.articleId,
      paragraph: this.paragraph,
      breaks: this.breaks,
      text: this.text,
    };
  }
}
