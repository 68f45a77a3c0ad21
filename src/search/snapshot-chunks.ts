import type { IndexedPassage } from './index.js';
import type { Passage } from './passages.js';
import {
  encodingOf,
  StoredEntry,
  StoredPassage,
  type TextFile,
  type TextPlace,
} from './stored-text.js';

// A chunk of passages is two snapshot records. The first is one array of 32-bit integers: a count
// n, COLUMNS columns of n, then the runs the end columns point into (paragraph breaks, term ids,
// sentence ends). Ends are cumulative: a passage's run is from the previous passage's end to its
// own. The second record is the passages' texts, one after another.
const COLUMNS = 8;
const enum Column {
  Article = 0, // number of the article in the snapshot header's list
  Paragraph = 1,
  Window = 2, // 0, or the window number the passage's id ends in
  BreakEnd = 3,
  TermEnd = 4,
  SentenceEnd = 5,
  TextEnd = 6, // byte offset in the texts record
  Wide = 7, // 1 when the text is UTF-16: it holds a lone surrogate, which UTF-8 cannot
}

const LONE_SURROGATE = /\p{Cs}/u;

/** A chunk's texts as bytes, and where each passage's ends. */
export interface ChunkTexts {
  bytes: Buffer;
  ends: number[];
  wide: boolean[];
}

/** The texts of `chunk` as one run of bytes: a stored text is copied from its file, not decoded. */
export function gatherTexts(chunk: IndexedPassage[]): ChunkTexts {
  const ends: number[] = [];
  const wide: boolean[] = [];
  const plain = new Map<number, string>();
  const places = new Map<number, TextPlace>();
  let total = 0;
  chunk.forEach(({ passage }, i) => {
    let length: number;
    const place = passage instanceof StoredPassage ? passage.place : undefined;
    if (place) {
      places.set(i, place);
      length = place.length;
      wide.push(place.encoding === 'utf16le');
    } else {
      const text = passage.text;
      plain.set(i, text);
      wide.push(LONE_SURROGATE.test(text));
      length = wide[i] ? text.length * 2 : Buffer.byteLength(text);
    }
    total += length;
    ends.push(total);
  });
  const bytes = Buffer.allocUnsafe(total);
  // Stored texts that lie one after another in one file (a chunk of the snapshot they were loaded
  // from, as they mostly are) are copied in one read: one read per passage was ~0.2 s at ~100k.
  let run: { file: TextFile; offset: number; length: number; at: number } | undefined;
  const flush = () => {
    if (run) run.file.readInto(bytes, run.at, run.offset, run.length);
    run = undefined;
  };
  for (const file of new Set([...places.values()].map((p) => p.file))) file.checkUnchanged();
  chunk.forEach((_, i) => {
    const start = i === 0 ? 0 : ends[i - 1]!;
    const text = plain.get(i);
    if (text !== undefined) {
      bytes.write(text, start, encodingOf(wide[i]!));
      return;
    }
    const { file, offset, length } = places.get(i)!;
    const last = run;
    const follows = last?.file === file && last.offset + last.length === offset;
    if (follows && last.at + last.length === start) last.length += length;
    else {
      flush();
      run = { file, offset, length, at: start };
    }
  });
  flush();
  return { bytes, ends, wide };
}

/** The numbers record of `chunk`: its passages' columns and runs. */
export function packChunk(
  chunk: IndexedPassage[],
  texts: ChunkTexts,
  articleNumbers: ReadonlyMap<string, number>,
): Uint8Array {
  const n = chunk.length;
  let runs = 0;
  for (const e of chunk) runs += e.passage.breaks.length + e.terms.length + e.sentenceEnds.length;
  const out = new Uint32Array(1 + COLUMNS * n + runs);
  out[0] = n;
  const column = (c: Column, i: number) => 1 + c * n + i;
  let at = 1 + COLUMNS * n;
  const put = (c: Column, i: number, run: ArrayLike<number>) => {
    out.set(run, at);
    at += run.length;
    out[column(c, i)] = at;
  };
  // Runs are laid out kind by kind, so each kind's ends count from the start of its own run.
  chunk.forEach((e, i) => {
    const { passage } = e;
    const article = articleNumbers.get(passage.articleId);
    if (article === undefined) throw new Error(`passage ${passage.id} of no indexed article`);
    out[column(Column.Article, i)] = article;
    out[column(Column.Paragraph, i)] = passage.paragraph;
    out[column(Column.Window, i)] = windowOf(passage);
    out[column(Column.TextEnd, i)] = texts.ends[i]!;
    out[column(Column.Wide, i)] = texts.wide[i] ? 1 : 0;
  });
  const base = at;
  chunk.forEach((e, i) => put(Column.BreakEnd, i, e.passage.breaks));
  relative(out, column(Column.BreakEnd, 0), n, base);
  const termBase = at;
  chunk.forEach((e, i) => put(Column.TermEnd, i, e.terms));
  relative(out, column(Column.TermEnd, 0), n, termBase);
  const sentenceBase = at;
  chunk.forEach((e, i) => put(Column.SentenceEnd, i, e.sentenceEnds));
  relative(out, column(Column.SentenceEnd, 0), n, sentenceBase);
  return new Uint8Array(out.buffer);
}

function relative(out: Uint32Array, from: number, n: number, base: number): void {
  for (let i = from; i < from + n; i++) out[i]! -= base;
}

/** The passage id a chunk rebuilds from article, paragraph and window. */
function idOf(articleId: string, paragraph: number, window: number): string {
  return window === 0 ? `${articleId}¶${paragraph}` : `${articleId}¶${paragraph}.${window}`;
}

/** The window number `passage`'s id ends in (0 for none); an id of any other form is refused. */
function windowOf(passage: Passage): number {
  const prefix = `${passage.articleId}¶${passage.paragraph}`;
  const rest = passage.id.slice(prefix.length);
  const window = rest === '' ? 0 : /^\.[1-9]\d*$/.test(rest) ? Number(rest.slice(1)) : -1;
  if (
    !passage.id.startsWith(prefix) ||
    window < 0 ||
    idOf(passage.articleId, passage.paragraph, window) !== passage.id
  ) {
    throw new Error(`passage id ${passage.id} is not of the article's form`);
  }
  return window;
}

/** A chunk's passages read back, their texts left at `textsAt` in `file`. */
export function unpackChunk(
  numbers: Uint32Array,
  articleIds: readonly string[],
  file: TextFile,
  textsAt: number,
  textBytes: number,
): IndexedPassage[] {
  const n = numbers[0] ?? 0;
  const head = 1 + COLUMNS * n;
  if (numbers.length < head) throw new Error('passage data does not line up');
  const column = (c: Column, i: number) => numbers[1 + c * n + i]!;
  const end = (c: Column) => (n === 0 ? 0 : column(c, n - 1));
  // The runs follow the columns kind by kind: all breaks, all term ids, all sentence ends.
  const breaksAt = head;
  const termsAt = breaksAt + end(Column.BreakEnd);
  const sentencesAt = termsAt + end(Column.TermEnd);
  if (sentencesAt + end(Column.SentenceEnd) !== numbers.length) {
    throw new Error('passage data does not line up');
  }
  const out: IndexedPassage[] = [];
  for (let i = 0; i < n; i++) {
    const run = (c: Column, runStart: number): [number, number] => {
      const from = runStart + (i === 0 ? 0 : column(c, i - 1));
      const to = runStart + column(c, i);
      if (to < from || to > numbers.length) throw new Error('bad run offsets');
      return [from, to];
    };
    const articleId = articleIds[column(Column.Article, i)];
    const textStart = i === 0 ? 0 : column(Column.TextEnd, i - 1);
    const textEnd = column(Column.TextEnd, i);
    if (articleId === undefined || textEnd < textStart || textEnd > textBytes) {
      throw new Error('passage data does not line up');
    }
    const paragraph = column(Column.Paragraph, i);
    const passage = new StoredPassage(
      idOf(articleId, paragraph, column(Column.Window, i)),
      articleId,
      paragraph,
      breaksOf(numbers.subarray(...run(Column.BreakEnd, breaksAt))),
      {
        file,
        offset: textsAt + textStart,
        length: textEnd - textStart,
        encoding: encodingOf(column(Column.Wide, i) === 1),
      },
    );
    out.push(
      new StoredEntry(
        passage,
        numbers,
        run(Column.TermEnd, termsAt),
        run(Column.SentenceEnd, sentencesAt),
      ),
    );
  }
  return out;
}

// Most passages are one paragraph, with no breaks: they share one empty list (frozen, so that a
// push into it fails rather than changes them all).
const NO_BREAKS: number[] = Object.freeze([]) as unknown as number[];

const breaksOf = (run: Uint32Array): number[] => (run.length === 0 ? NO_BREAKS : Array.from(run));

/** Point each stored passage of `chunk` at its text in a newly written snapshot. */
export function moveTexts(
  chunk: IndexedPassage[],
  texts: Pick<ChunkTexts, 'ends' | 'wide'>,
  file: TextFile,
  textsAt: number,
): void {
  chunk.forEach(({ passage }, i) => {
    if (!(passage instanceof StoredPassage)) return;
    const start = i === 0 ? 0 : texts.ends[i - 1]!;
    passage.moveTo({
      file,
      offset: textsAt + start,
      length: texts.ends[i]! - start,
      encoding: encodingOf(texts.wide[i]!),
    });
  });
}
