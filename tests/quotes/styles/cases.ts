/**
 * Attribution cases in newsroom styles other than PolNeAR's (Canadian, British, Australian, wire
 * copy, features, interviews), made up for this purpose, and how a case is scored.
 *
 * Held-out rule, fixed before any rule was written: cases with an even id are held out. Rules are
 * tuned on the odd half only; the even half is reported, and its failures are not read while tuning.
 * The first held-out batch (ids 2–64) was written with the first tuning cases; the later ones (even
 * ids from SECOND_BATCH) were written by sessions that read none of the extraction rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { splitParagraphs } from '../../../src/corpus/paragraphs.js';
import type { Article } from '../../../src/corpus/types.js';
import type { ExtractedQuote } from '../../../src/quotes/index.js';

const caseSchema = z.object({
  id: z.number().int().positive(),
  style: z.string(),
  /** The passage; paragraphs separated by blank lines. */
  text: z.string(),
  /** A stretch of the quotation the case is about, as written in `text`. */
  quote: z.string(),
  /** Gold speaker by full name as the passage introduces it; null when no one is named. */
  speaker: z.string().nullable(),
  /** "scare": a scare quote or title, kept out of /quote but still attributed in the dump. */
  kind: z.enum(['statement', 'scare']),
  type: z.enum(['person', 'organisation']).optional(),
});

export type StyleCase = z.infer<typeof caseSchema>;

/** Every case of the style set, in file order. */
export function loadCases(): StyleCase[] {
  const file = join(import.meta.dirname, 'cases.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => caseSchema.parse(JSON.parse(line)));
}

/** The fixed held-out rule: even ids. */
export const isHeldOut = (c: StyleCase): boolean => c.id % 2 === 0;

/** The first id of the later batches of cases, written without reading the rules. */
export const SECOND_BATCH = 300;

/**
 * The first id of the batches written after the rules had been tuned on the second (ids 500–579:
 * Irish, New Zealand, Indian, South African, US local, press releases, sport, courts, obituaries,
 * science and tech; and Canadian, British, Australian, wire, business, health, crime and arts
 * copy with bylines and captions between paragraphs): their held-out half measures how far the
 * rules carry to copy they never saw.
 */
export const THIRD_BATCH = 500;

/**
 * The first id of the fourth batch (ids 600–679), written by a session that read none of the rules
 * and measured before any rule was written for it (tuning 32/40, held out 28/40): Canadian copy as
 * CBC, CTV, Global News, The Globe and Mail, the Toronto Star, the National Post, HuffPost Canada,
 * The Canadian Press and local papers write it, and British, Australian, wire, US local, features,
 * Q&A interviews, sport, business, courts, obituaries and science.
 */
export const FOURTH_BATCH = 600;

/**
 * The first id of the fifth batch (ids 700–779), written the same way after the fourth batch's
 * rules, and measured before any rule was written for it (tuning 29/40, held out 34/40): Canadian
 * copy again (CBC, CTV, Global, the Globe, the Star, the National Post, CP, local papers and
 * radio), and British, Australian, wire, US local, features, interviews, sport, business, courts,
 * health and politics.
 */
export const FIFTH_BATCH = 700;

/**
 * The first id of the sixth batch (ids 800–879), written after the fifth batch's rules by a
 * session that read neither the rules nor earlier cases, measured before any rule was written for
 * it (tuning 30/40, held out 30/40): Canadian copy (CBC, CTV, Global, the Globe, the Star, the
 * National Post, CP, local, Quebec news translated from French, business) and British, Australian,
 * New Zealand, Irish, wire, US local, features, interviews, sport, courts and science.
 */
export const SIXTH_BATCH = 800;

/**
 * The first id of the seventh batch (ids 900–979), written after the sixth batch's rules and a
 * review's fixes, by a session that read neither the rules nor earlier cases, and measured before
 * any rule was written for it (tuning 29/40, held out 27/40): Canadian copy (CBC, CTV, Global, the
 * Globe, the Star, the National Post, CP, local, Indigenous affairs, sport, courts) and British,
 * Australian, wire, US local, features, interviews, business, health, obituaries and science.
 */
export const SEVENTH_BATCH = 900;

/**
 * The first id of the eighth batch (ids 1000–1079), written after the seventh batch's rules by a
 * session that read neither the rules nor earlier cases, and measured before any rule was written
 * for it (tuning 26/40, held out 29/40): half Canadian copy (CBC, CTV, Global, the Globe, the Star,
 * the National Post, CP, Radio-Canada in translation, local papers and radio), and British,
 * Australian, wire, US local, features, interviews, sport, business, courts, science, politics,
 * health and arts. Its writer was told, against the issue, to give "a spokesperson for X" as X;
 * the four such golds (1001, 1027, 1046, 1071) were rewritten as "X spokesperson" by a script
 * before it was measured, reading only the sentence naming the spokesperson.
 */
export const EIGHTH_BATCH = 1000;

/**
 * The first id of the ninth batch (ids 1100–1179), written after the eighth batch's rules (and the
 * rules for Canadian bodies' names and titles) by a session that read neither the rules nor
 * earlier cases, told the issue's convention for spokespeople, and measured before any rule was
 * written for it (tuning 26/40, held out 26/40): half Canadian copy, and British, Australian,
 * wire, US local, features, interviews, sport, business, courts, science, politics, health, arts.
 */
export const NINTH_BATCH = 1100;

/**
 * The first id of the tenth batch (ids 1200–1279), written after the ninth batch's rules by a
 * session that read neither the rules nor earlier cases, told the convention for
 * spokespeople, and measured before any rule was written for it (tuning 30/40, held out 30/40):
 * half Canadian copy, and British, Australian, wire, US local, features, interviews, sport,
 * business, courts, science, politics, health and arts.
 */
export const TENTH_BATCH = 1200;

/**
 * The first id of the eleventh batch (ids 1300–1379), written after the tenth batch's rules the
 * same way (tuning 29/40, held out 27/40 before any rule was written for it): half Canadian
 * copy, and British, Australian, wire, US local, features, interviews, sport, business, courts,
 * science, politics, health and arts.
 */
export const ELEVENTH_BATCH = 1300;

/**
 * The first id of the twelfth batch (ids 1400–1479), written after the eleventh batch's rules by
 * a session that read neither the rules nor earlier cases, told the convention for
 * spokespeople, and measured before any rule was written for it (tuning 37/40, held out 31/40):
 * half Canadian copy, and British, Australian, New Zealand, Irish, wire, US local, features,
 * interviews, sport, business, courts, science, politics, health, arts and obituaries. Its style
 * labels were mapped onto the set's own ("wire-ap" to "wire", "qa-interview" to "interview-qa").
 */
export const TWELFTH_BATCH = 1400;

/**
 * The first id of the thirteenth batch (ids 1500–1539), written by a helper that read neither the
 * rules nor earlier cases, after the fifty-fifth session's rules, and measured before any was
 * read (see the DESIGN's quotes section): half Canadian copy, and British, Irish, Australian, New
 * Zealand, wire, US local, features, Q&A, sport, business, courts, science, politics, health,
 * arts and an obituary.
 */
export const THIRTEENTH_BATCH = 1500;

/**
 * The first id of the fourteenth batch (ids 1600–1679), written by a helper that read neither the
 * rules nor earlier cases, after the fifty-seventh session's rules, and measured before any rule
 * was written for it (tuning 33/40, held out 34/40): half Canadian copy (CBC, CTV, Global, the
 * Globe, the Star, the National Post, CP, local papers and radio, Radio-Canada in translation,
 * Indigenous affairs, business), and British, Irish, Australian, New Zealand, South African, wire,
 * US local, features, interviews, Q&A, sport, courts, politics, health, arts, an obituary and the
 * environment.
 */
export const FOURTEENTH_BATCH = 1600;

/**
 * The first id of the fifteenth batch (ids 1700–1779), written the same way after the fourteenth
 * batch's rules, and measured before any rule was written for it (tuning 35/40, held out 34/40):
 * half Canadian copy, and British, Irish, Australian, New Zealand, South African, wire, US local,
 * features, interviews, Q&A, sport, business, courts, science, politics, health, arts, an obituary
 * and the environment. Its writer was told, against the set's convention, to give "the sisters
 * said" no speaker; the one such gold (1729) was rewritten as the pair before it was measured,
 * reading only the sentence attributing the quotation.
 */
export const FIFTEENTH_BATCH = 1700;

/**
 * The first id of the sixteenth batch (ids 1800–1879), written the same way after the fifteenth
 * batch's rules, its writer told the set's convention for pairs, and measured before any rule was
 * written for it (tuning 37/40, held out 36/40): half Canadian copy, and British, Irish,
 * Australian, New Zealand, South African, wire, US local, features, interviews, Q&A, sport,
 * business, courts, science, politics, health, arts, an obituary and the environment.
 */
export const SIXTEENTH_BATCH = 1800;

/**
 * The first id of the seventeenth batch (ids 1900–1979), written the same way after the sixteenth
 * batch's rules, leaning on what makes attribution hard in real copy (quotations over paragraphs,
 * speakers quoted paragraphs after they are named, descriptors set off earlier, bodies by common
 * nouns, colons, attribution in the next sentence), and measured before any rule was written for
 * it (tuning 35/40, held out 32/40): half Canadian copy, and the set's other styles.
 */
export const SEVENTEENTH_BATCH = 1900;

/**
 * The first id of the eighteenth batch (ids 2000–2079), written the same way after the
 * seventeenth batch's rules (ordinary journalism of every kind, about a third harder), and
 * measured before any rule was written for it (tuning 37/40, held out 36/40): half Canadian copy,
 * and the set's other styles.
 */
export const EIGHTEENTH_BATCH = 2000;

/**
 * The first id of the nineteenth batch (ids 2100–2179), written the same way after the
 * eighteenth batch's rules, and measured before any rule was written for it (tuning 33/40, held
 * out 35/40): half Canadian copy, and the set's other styles. Its tuning misses are left for the
 * next session.
 */
export const NINETEENTH_BATCH = 2100;

/** A batch of cases: its ids run from `from` up to, not including, `to`. */
export interface Batch {
  name: string;
  from: number;
  to: number;
}

/** Every batch in id order, each reported and guarded on its own. */
export const BATCHES: readonly Batch[] = (
  [
    ['first', 0],
    ['second', SECOND_BATCH],
    ['third', THIRD_BATCH],
    ['fourth', FOURTH_BATCH],
    ['fifth', FIFTH_BATCH],
    ['sixth', SIXTH_BATCH],
    ['seventh', SEVENTH_BATCH],
    ['eighth', EIGHTH_BATCH],
    ['ninth', NINTH_BATCH],
    ['tenth', TENTH_BATCH],
    ['eleventh', ELEVENTH_BATCH],
    ['twelfth', TWELFTH_BATCH],
    ['thirteenth', THIRTEENTH_BATCH],
    ['fourteenth', FOURTEENTH_BATCH],
    ['fifteenth', FIFTEENTH_BATCH],
    ['sixteenth', SIXTEENTH_BATCH],
    ['seventeenth', SEVENTEENTH_BATCH],
    ['eighteenth', EIGHTEENTH_BATCH],
    ['nineteenth', NINETEENTH_BATCH],
  ] as const
).map(([name, from], i, all) => ({ name, from, to: all[i + 1]?.[1] ?? Infinity }));

/** The cases of `batch` among `cases`. */
export const inBatch = (cases: StyleCase[], batch: Batch): StyleCase[] =>
  cases.filter((c) => c.id >= batch.from && c.id < batch.to);

export function caseArticle(c: StyleCase): Article {
  const file = `style-${c.id}.txt`;
  // Paragraphs as the corpus reader splits a file's text: a line of its own is a paragraph too.
  const paragraphs = splitParagraphs(c.text);
  return { id: file, file, story: 0, title: `Style case ${c.id}`, source: file, paragraphs };
}

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What the extractor made of a case: the quote it found (if any) and whether it is right. */
export interface CaseOutcome {
  found: ExtractedQuote | undefined;
  /** The found quote's kind in the case's terms. */
  kind: StyleCase['kind'] | null;
  correct: boolean;
}

/** Right when the quote is found with the gold speaker, and a scare quote is marked as one. */
export function judge(c: StyleCase, quotes: ExtractedQuote[]): CaseOutcome {
  const want = norm(c.quote);
  const found = quotes.find((q) => {
    const text = norm(q.text);
    return text.includes(want) || (text.length >= 4 && want.includes(text));
  });
  if (!found) return { found, kind: null, correct: false };
  const written: string = found.kind;
  const kind = written === 'scare' ? 'scare' : 'statement';
  const speakerOk = norm(found.speaker ?? '') === norm(c.speaker ?? '');
  return { found, kind, correct: kind === c.kind && speakerOk };
}
