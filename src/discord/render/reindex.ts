import type { ReindexReport } from '../../engine/api.js';
import type { Body } from '../response.js';
import { safeText, trimWords } from '../text.js';
import { count } from '../../text/count.js';

/** What a reindex changed and how long it took, for the moderator who asked. */
export function renderReindexReport(report: ReindexReport): Body {
  const changed = report.added + report.updated + report.removed;
  const lines = [
    `**Reindex finished in ${formatMs(report.ms)}** — ${changed === 0 ? 'nothing changed' : `${count(changed, 'file')} changed`}.`,
    `Added ${report.added} · updated ${report.updated} · removed ${report.removed} · unchanged ${report.unchanged}`,
    `The index now holds ${count(report.articles, 'article')} and ${count(report.passages, 'passage')}.`,
  ];
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${count(report.skipped.length, 'file')}:`);
    for (const skip of report.skipped.slice(0, 10)) {
      lines.push(
        `• ${safeText(trimWords(skip.file, 80))}: ${safeText(trimWords(skip.reason, 120))}`,
      );
    }
    if (report.skipped.length > 10) lines.push(`…and ${report.skipped.length - 10} more.`);
  }
  return { content: lines.join('\n') };
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
