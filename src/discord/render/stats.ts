import type { QuestionGroup } from '../../answers/same-question.js';
import { describeVotes, describeWindow, type QuestionStats } from '../../engine/question-stats.js';
import type { Body } from '../response.js';
import { LIMITS } from '../limits.js';
import { safeText, trimWords } from '../text.js';

/** /stats: this server's questions over 7 and 30 days, what was asked most and found nothing, votes. */
export function renderStats(stats: QuestionStats): Body {
  const [week, month] = stats.windows;
  return {
    embeds: [
      {
        title: 'Questions asked in this server',
        fields: [
          { name: 'Last 7 days', value: describeWindow(week), inline: true },
          { name: 'Last 30 days', value: describeWindow(month), inline: true },
          { name: 'Answers rated (30 days)', value: describeVotes(stats.votes), inline: true },
          { name: 'Most asked (30 days)', value: groupList(stats.top) },
          { name: 'Found nothing (30 days)', value: groupList(stats.unanswered) },
        ],
        footer: { text: 'Questions asked in other words count as one.' },
        color: 0x10b981,
      },
    ],
  };
}

// One line per group: how often, its most asked wording, and how many other wordings it has.
// Whole lines are dropped from the end rather than one cut inside its markdown.
function groupList(groups: QuestionGroup[]): string {
  if (groups.length === 0) return 'none';
  const lines = groups.map((g) => {
    const others = g.wordings.length - 1;
    const also = others > 0 ? ` (+${others} other wording${others === 1 ? '' : 's'})` : '';
    return `**${g.count}×** ${safeText(trimWords(g.question, 150))}${also}`;
  });
  while (lines.length > 1 && lines.join('\n').length > LIMITS.embedFieldValue) lines.pop();
  return lines.join('\n');
}
