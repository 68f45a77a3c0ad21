import type { QuestionGroup } from '../answers/same-question.js';
import { describeVotes, describeWindow, type QuestionStats } from '../engine/question-stats.js';
import type { StoredVote } from '../storage/types.js';
import { count } from '../text/count.js';

/** `footnote feedback`: one block per vote, newest last. */
export function formatVotes(votes: StoredVote[]): string {
  if (votes.length === 0) return 'No votes yet.';
  const lines = votes.map((v) =>
    [
      `${v.vote === 1 ? '👍' : '👎'} ${v.at}  ${v.guild ? `server ${v.guild}` : 'no server'}  answer ${v.answer}`,
      `   Q: ${v.question}`,
      `   passages: ${v.passages.join(', ') || 'none'}`,
    ].join('\n'),
  );
  return `${lines.join('\n\n')}\n\n${count(votes.length, 'vote')}.`;
}

/** `footnote stats`: the windows, the most asked and unanswered questions, and the votes. */
export function formatStats(stats: QuestionStats): string {
  const [week, month] = stats.windows;
  return [
    stats.guild ? `Questions asked in server ${stats.guild}` : 'Questions asked in every server',
    `  last 7 days:  ${describeWindow(week)}`,
    `  last 30 days: ${describeWindow(month)}`,
    `  votes (30 days): ${describeVotes(stats.votes)}`,
    '',
    'Most asked (30 days; other wordings of one question count together):',
    groupLines(stats.top),
    '',
    'Found nothing (30 days):',
    groupLines(stats.unanswered),
  ].join('\n');
}

function groupLines(groups: QuestionGroup[]): string {
  if (groups.length === 0) return '  none';
  return groups
    .map((g) => {
      const also = g.wordings.slice(1).map((w) => `\n       also: ${w}`);
      return `  ${String(g.count).padStart(3)}× ${g.question}${also.join('')}`;
    })
    .join('\n');
}
