// Shared by the SQuAD evaluation and the benchmark: where the data is and how to score it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared/eval/squad beside the project, or SQUAD_DIR. */
export const SQUAD_DIR = resolve(process.env.SQUAD_DIR ?? join(here, '../../shared/eval/squad'));
export const SQUAD_ARTICLES = join(SQUAD_DIR, 'articles');

export interface SquadQuestion {
  id: string;
  question: string;
  answers: string[];
  /** `articles/NAME.md` and the paragraph's index after the title (0-based). */
  file?: string;
  paragraph_index?: number;
}

/**
 * The article halves that keep learning and reporting apart (issue 11): the 442 article files in
 * name order, even positions `learn`, odd ones `report`. Anything the evaluation uses that is
 * learned (translation table, weights, floors) comes from `learn` training questions only.
 */
export function articleHalf(file: string): 'learn' | 'report' {
  return (halves ??= readHalves()).get(file)?.half ?? 'learn';
}

/**
 * Whether a `learn` article is held out of the translation table the evaluation uses: every
 * HOLD_EVERY-th of the learn half (in name order). Meaning weights and floors are tuned on its
 * training questions. Whole articles, not every tenth question as before: a held question's
 * siblings about the same paragraph taught the table its answer sentence, so the tuning credited
 * the table with more than it gives on articles it never saw.
 */
export function heldOutOfTable(file: string): boolean {
  return (halves ??= readHalves()).get(file)?.held ?? false;
}

function readHalves(): Map<string, { half: 'learn' | 'report'; held: boolean }> {
  const names = readdirSync(SQUAD_ARTICLES)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return new Map(
    names.map((n, i) => [
      `articles/${n}`,
      { half: i % 2 === 0 ? 'learn' : 'report', held: i % 2 === 0 && (i / 2) % HOLD_EVERY === 0 },
    ]),
  );
}
let halves: Map<string, { half: 'learn' | 'report'; held: boolean }> | undefined;

/** One learn article in HOLD_EVERY is kept out of the evaluation's translation table. */
const HOLD_EVERY = 5;

/** The 84,599 training questions (for learning only, never reported on). */
export function loadTrainQuestions(): SquadQuestion[] {
  return readJsonl(join(SQUAD_DIR, 'train-questions.jsonl'));
}

/** The first `n` training questions of the learn articles held out of its table: tune on these. */
export function tuneQuestions(n = Infinity): SquadQuestion[] {
  return loadTrainQuestions()
    .filter((q) => heldOutOfTable(q.file ?? ''))
    .slice(0, n);
}

/** The report questions of the report article half: check on these, never tune. */
export function reportHalfQuestions(): SquadQuestion[] {
  return loadQuestions().filter((q) => articleHalf(q.file ?? '') === 'report');
}

function readJsonl(file: string): SquadQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SquadQuestion);
}

const paragraphCache = new Map<string, string[]>();

/** The paragraph a question was written about (the file's blank-line blocks after its title). */
export function paragraphOf(q: SquadQuestion): string {
  if (!q.file || q.paragraph_index === undefined) return '';
  let blocks = paragraphCache.get(q.file);
  if (!blocks) {
    blocks = readFileSync(join(SQUAD_DIR, q.file), 'utf8').split(/\n\n+/);
    paragraphCache.set(q.file, blocks);
  }
  return blocks[q.paragraph_index + 1] ?? '';
}

/** The evaluation questions, or an explanation and exit when the data is not there. */
export function loadQuestions(limit = Infinity): SquadQuestion[] {
  const file = join(SQUAD_DIR, 'questions.jsonl');
  if (!existsSync(file)) {
    console.error(
      `No SQuAD data at ${SQUAD_DIR} (set SQUAD_DIR to the folder holding questions.jsonl).`,
    );
    process.exit(2);
  }
  return readJsonl(file).slice(0, limit);
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** True when `text` contains one of the gold answers (case-insensitive, whitespace-normalised). */
export function containsAnswer(text: string, answers: string[]): boolean {
  const t = norm(text);
  return answers.some((a) => t.includes(norm(a)));
}

/** Median and 99th percentile of a list of milliseconds. */
export function percentiles(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** The middle value (the upper middle of an even count). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** A fixed-width table row. */
export function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((c, i) => {
      const s =
        typeof c === 'number'
          ? Number.isNaN(c)
            ? '-'
            : Number.isInteger(c)
              ? String(c)
              : c.toFixed(3)
          : c;
      return i === 0 ? s.padEnd(widths[i]!) : s.padStart(widths[i]!);
    })
    .join('  ');
}
