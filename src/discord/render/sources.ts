import { usageLine, type QuotaUsage } from '../../additions/quotas.js';
import type { SourceEntry } from '../../engine/api.js';
import { sourceTotals } from '../../engine/catalog.js';
import type { Body } from '../response.js';
import { count, thousands } from '../../text/count.js';
import { LIMITS } from '../limits.js';
import { fitText, linkTarget } from '../text.js';
import { sourceLabel, titleLink } from './citation.js';
import { clampPage, pageCount, pager, rows } from './components.js';

/** Articles per /sources page: ten lines stay readable and far inside the 4,096 description limit. */
export const SOURCES_PER_PAGE = 10;

/**
 * One page of the corpus listing; paging buttons only when `sid` is given. In a server, `quota`
 * says how much room its own additions have left.
 */
export function renderSourcesPage(
  entries: SourceEntry[],
  page: number,
  sid?: string,
  quota?: QuotaUsage,
): Body {
  if (entries.length === 0) {
    return { content: 'The corpus is empty. A moderator can add articles and run `/reindex`.' };
  }
  const pages = pageCount(entries.length, SOURCES_PER_PAGE);
  const current = clampPage(page, pages);
  const first = current * SOURCES_PER_PAGE;
  const lines = entries
    .slice(first, first + SOURCES_PER_PAGE)
    .map((e, i) => sourceLine(e, first + i));
  const totals = summary(entries);
  return {
    // A page past the end (`/sources page: 1000`) shows the last one, and says so.
    ...(page > current ? { content: pastTheEnd(page, pages) } : {}),
    embeds: [
      {
        title: `Sources in the corpus (${count(entries.length, 'article')}${added(entries)})`,
        description: lines.join('\n'),
        footer: { text: `Page ${current + 1} of ${pages} · ${totals}${quotaLine(quota)}` },
        color: 0x6366f1,
      },
    ],
    components: sid ? rows(pager(`sources:page:${sid}`, current, pages, 'Next')) : [],
  };
}

/** Why the page shown is not the one asked for: the listing ends before it. */
function pastTheEnd(page: number, pages: number): string {
  return `There is no page ${thousands(page + 1)}: the listing has ${count(pages, 'page')}; this is page ${thousands(pages)}.`;
}

/** Longest line of the listing: a page of them, with their line breaks, fits one description. */
const LINE_MAX = Math.floor((LIMITS.embedDescription + 1) / SOURCES_PER_PAGE) - 1;

/** One entry on one line of at most LINE_MAX characters: the title gives way, never the rest. */
function sourceLine(entry: SourceEntry, index: number): string {
  const counts = `${count(entry.paragraphs, 'paragraph')}, ${count(entry.quotes, 'quote')}`;
  const added = entry.guild === undefined ? '' : ` · ${addedLabel(entry)}`;
  const head = `**${index + 1}.** `;
  const tail = ` — ${sourceLabel(entry.source, entry.url)} · ${counts}${added}`;
  const room = LINE_MAX - head.length - tail.length;
  return `${head}${titleLink(entry.title || entry.file, linkTarget(entry.url), 150, room)}${tail}`;
}

/** "added here by Ana on 2026-11-22": additions are this server's own, and say who made them. */
function addedLabel(entry: SourceEntry): string {
  const by = entry.addedBy;
  if (!by) return '*added here*';
  const who = fitText(by.name ?? `user ${by.id}`, 40);
  return `*added here by ${who} on ${by.at.slice(0, 10)}*`;
}

/** The server's room on a line of its own, when it has additions to count. */
export function quotaLine(quota: QuotaUsage | undefined): string {
  return quota ? `\n${usageLine(quota)}` : '';
}

function summary(entries: SourceEntry[]): string {
  const { passages, quotes } = sourceTotals(entries);
  return `${count(passages, 'passage')}, ${count(quotes, 'quote')}`;
}

function added(entries: SourceEntry[]): string {
  const n = entries.filter((e) => e.guild !== undefined).length;
  return n > 0 ? `, ${n} added by this server` : '';
}
