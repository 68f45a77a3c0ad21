import { groupQuestions, type QuestionGroup } from '../answers/same-question.js';
import { count } from '../text/count.js';
import type { Storage } from '../storage/types.js';

/**
 * What the log holds for a question asked with /ask private: (its words are the asker's alone;
 * moderators' /stats counts it but never lists it, and a vote on it names no question).
 */
export const PRIVATE_QUESTION = '(asked privately)';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Questions asked over a number of days, and how many found an answer. */
export interface AskedOver {
  days: number;
  asked: number;
  answered: number;
  /** Answered "nothing in the corpus". */
  nothing: number;
}

/** What moderators (one server) or the operator (all of them) learn from the question log and votes. */
export interface QuestionStats {
  /** The server the figures are for; absent for every server (and DMs and the console). */
  guild?: string;
  /** The last 7 and 30 days. */
  windows: [AskedOver, AskedOver];
  /** The most-asked questions of the last 30 days, paraphrases grouped. */
  top: QuestionGroup[];
  /** The questions of the last 30 days the corpus had nothing on, most asked first. */
  unanswered: QuestionGroup[];
  /** Votes on answers in the last 30 days. */
  votes: { up: number; down: number };
}

/** Options for questionStats. */
export interface StatsOptions {
  /** One server's figures; every server's when absent. */
  guild?: string;
  /** The end of the windows (default now). */
  now?: Date;
  /** How many top and unanswered questions to list (default 5). */
  limit?: number;
}

/** Figures for `/stats` and `footnote stats`, read from the question log and the votes. */
export async function questionStats(
  storage: Storage,
  options: StatsOptions = {},
): Promise<QuestionStats> {
  const now = options.now ?? new Date();
  const since = (days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString();
  const filter = options.guild === undefined ? {} : { guild: options.guild };
  const [month, votes] = await Promise.all([
    storage.questions({ ...filter, since: new Date(since(30)) }),
    storage.votes(filter),
  ]);
  const window = (days: number): AskedOver => {
    const asked = month.filter((q) => q.at >= since(days));
    const answered = asked.filter((q) => q.answered).length;
    return { days, asked: asked.length, answered, nothing: asked.length - answered };
  };
  const limit = options.limit ?? 5;
  // Asked privately: counted, never listed.
  const shown = month.filter((q) => q.question !== PRIVATE_QUESTION);
  const recentVotes = votes.filter((v) => v.at >= since(30));
  return {
    ...filter,
    windows: [window(7), window(30)],
    top: groupQuestions(shown.map((q) => q.question)).slice(0, limit),
    unanswered: groupQuestions(shown.filter((q) => !q.answered).map((q) => q.question)).slice(
      0,
      limit,
    ),
    votes: {
      up: recentVotes.filter((v) => v.vote === 1).length,
      down: recentVotes.filter((v) => v.vote === -1).length,
    },
  };
}

/** The share of 👍 among votes, null when there are none. */
function upShare(votes: { up: number; down: number }): number | null {
  const total = votes.up + votes.down;
  return total === 0 ? null : votes.up / total;
}

/** The share of questions that found an answer, null when none were asked. */
function answeredShare(window: AskedOver): number | null {
  return window.asked === 0 ? null : window.answered / window.asked;
}

/** "12 asked · 9 answered (75%) · 3 with nothing": plain text, each door marks it up. */
export function describeWindow(window: AskedOver): string {
  const share = answeredShare(window);
  if (share === null) return 'no questions';
  return `${count(window.asked, 'question')} · ${window.answered} answered (${percent(share)}) · ${window.nothing} with nothing`;
}

/** "4 votes, 75% 👍" or "no votes yet". */
export function describeVotes(votes: { up: number; down: number }): string {
  const share = upShare(votes);
  if (share === null) return 'no votes yet';
  return `${count(votes.up + votes.down, 'vote')}, ${percent(share)} 👍`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
