import type { ReindexCounts, ReindexReport } from './api.js';

/** No articles and no changes. */
export const NO_COUNTS: ReindexCounts = Object.freeze({
  added: 0,
  updated: 0,
  removed: 0,
  unchanged: 0,
  articles: 0,
  passages: 0,
});

/** Counts added together: the shared corpus and a server's additions, or all servers'. */
export function sumCounts(...all: ReindexCounts[]): ReindexCounts {
  const sum = { ...NO_COUNTS };
  for (const c of all)
    for (const key of Object.keys(sum) as (keyof ReindexCounts)[]) sum[key] += c[key];
  return sum;
}

/**
 * A reindex as a server sees it: the shared corpus's changes and its own additions', with its own
 * skipped files; other servers' additions are theirs, neither counted nor named.
 */
export function reindexSeenBy(report: ReindexReport, guild: string): ReindexReport {
  const own = report.guilds[guild] ?? NO_COUNTS;
  return {
    ...sumCounts(report.shared, own),
    shared: report.shared,
    guilds: { [guild]: own },
    skipped: report.skipped.filter((s) => s.guild === undefined || s.guild === guild),
    ms: report.ms,
  };
}
