import type { AddReport, RemoveReport, SourceEntry } from '../../engine/api.js';
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Body } from '../response.js';
import { count } from '../../text/count.js';
import { linkTarget, safeText, trimWords } from '../text.js';
import { titleLink } from './citation.js';

/** What /add indexed, for the moderator who asked. */
export function renderAddReport(report: AddReport): Body {
  const lines = [
    `**Added** ${titleLink(report.title, linkTarget(report.url), 200)}`,
    `${count(report.paragraphs, 'paragraph')} in ${count(report.passages, 'passage')}, ${count(report.quotes, 'quote')} found.`,
  ];
  if (report.speakers.length > 0) {
    const names = report.speakers.slice(0, 10).map((n) => safeText(trimWords(n, 60)));
    const more = report.speakers.length > 10 ? ` and ${report.speakers.length - 10} more` : '';
    lines.push(`Speakers: ${names.join(', ')}${more}.`);
  }
  lines.push('Members of this server can `/ask` about it now; `/remove` takes it out again.');
  return { content: lines.join('\n') };
}

/** What /remove took out. */
export function renderRemoveReport(report: RemoveReport): Body {
  const title = safeText(trimWords(report.title, 200));
  return {
    content: `**Removed** **${title}**: ${count(report.passages, 'passage')} and ${count(report.quotes, 'quote')} are gone from this server's index.`,
  };
}

/** /remove's autocomplete: this server's additions whose title contains what was typed. */
export function additionChoices(
  entries: SourceEntry[],
  typed: string,
): APIApplicationCommandOptionChoice<string>[] {
  const needle = typed.trim().toLowerCase();
  return (
    entries
      .filter((e) => !needle || e.title.toLowerCase().includes(needle) || e.id.includes(needle))
      .slice(0, 25)
      // The value is the name within the server's folder: a whole id can exceed Discord's 100 chars.
      .map((e) => {
        const value = (e.name ?? e.id).slice(0, 100);
        return { name: trimWords(e.title, 100) || value, value };
      })
  );
}
