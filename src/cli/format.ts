import type { AddReport, ReindexCounts, ReindexReport, SourceEntry } from '../engine/api.js';
import { sumCounts } from '../engine/reindex-counts.js';
import type {
  Answer,
  AnswerResult,
  Citation,
  QuoteAnswer,
  SpeakerSummary,
} from '../answers/types.js';
import { usageLine, type QuotaUsage } from '../additions/quotas.js';
import { boldMarkdown, renderSpans } from '../answers/highlights.js';
import { inPassingText, orgNote, reportedText, unspokenText } from '../answers/speaker.js';
import { count, thousands } from '../text/count.js';
import { editDistance } from '../text/names.js';
import { wordsByTerm } from '../text/tokenize.js';

const BOLD = '\x1b[1m';
const ITALIC = '\x1b[3m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** Terminal styling, or none (pipes, NO_COLOR), and the width to wrap at (none for pipes). */
export interface Style {
  color: boolean;
  width?: number;
}

/** The style an output stream takes: colour and wrapping on a terminal only. */
export function styleFor(output: NodeJS.WritableStream): Style {
  const tty = output as { isTTY?: boolean; columns?: number };
  return {
    color: Boolean(tty.isTTY) && !process.env.NO_COLOR,
    width: tty.isTTY ? tty.columns : undefined,
  };
}

/** The citation, and under it the reader's link when there is one. */
function citationLines(citation: Citation, style: Style): string {
  const where = `${citation.title} — ${citation.source}, paragraph ${citation.paragraph}`;
  return dim(where, style) + (citation.link ? `\n   ${citation.link}` : '');
}

// Highlighted terms become terminal bold (related words italic); without colour the excerpt is the article's plain text.
function emphasis(result: AnswerResult, style: Style): string {
  if (!style.color) return result.excerpt;
  return renderSpans(result.excerpt, result.highlights, {
    plain: (s) => s,
    mark: (s, kind) => `${kind === 'related' ? ITALIC : BOLD}${s}${RESET}`,
  });
}

function dim(text: string, style: Style): string {
  return style.color ? `${DIM}${text}${RESET}` : text;
}

/**
 * An answer as `--json` prints it: `excerpt` carries **bold** around matched terms and no other
 * markup; `text` is the plain excerpt and `highlights` its spans (offsets into `text`).
 */
export function answerJson(answer: Answer): unknown {
  return {
    question: answer.question,
    results: answer.results.map((result) => resultJson(result, answer.question)),
    ...(answer.unspoken ? { unspoken: answer.unspoken } : {}),
  };
}

/**
 * A quote answer as `--json` prints it: its `reported` passages take `ask`'s shape (`excerpt` in
 * **bold**, `text`, `highlights` into `text`), so one parser reads both.
 */
export function quoteJson(answer: QuoteAnswer): unknown {
  if (!answer.reported) return answer;
  // The words the passages were found by, for `matched` and `related` as written.
  const asked = [answer.query, answer.about].filter(Boolean).join(' ');
  return { ...answer, reported: answer.reported.map((r) => resultJson(r, asked)) };
}

/** One result as `--json` prints it. */
function resultJson({ excerpt, highlights, ...rest }: AnswerResult, question: string): unknown {
  return {
    excerpt: boldMarkdown(excerpt, highlights),
    text: excerpt,
    highlights,
    ...rest,
    ...asWords(rest, question),
  };
}

/** The question's word a corrected term stands for ("universty" for "univers"), by spelling. */
function misspelt(term: string, asked: ReadonlyMap<string, string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const [typed, word] of asked) {
    const distance = editDistance(typed, term);
    if (distance <= 3 && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

/**
 * `matched` and `related` name index terms (stems: "newli", "oper"); a reader wants the words,
 * lowercased: the question's as typed, the passage's (or its title's) as written. A matched word
 * the question misspelt is the passage's; a related one the question's as typed ("universty").
 */
function asWords(
  { matched, related, passage, citation }: Omit<AnswerResult, 'excerpt' | 'highlights'>,
  question: string,
): Pick<AnswerResult, 'matched' | 'related'> {
  if (!matched) return {};
  // Each text read once, however many terms ask it.
  const asked = wordsByTerm(question);
  const [inPassage, inTitle] = [wordsByTerm(passage), wordsByTerm(citation.title)];
  // A related word may be the article title's.
  const found = (term: string): string => inPassage.get(term) ?? inTitle.get(term) ?? term;
  return {
    // A matched word misspelt in the question is shown as the passage has it ("putin" for "Puttin").
    matched: matched.map((term) => asked.get(term) ?? found(term)),
    related: related?.map(([q, p]) => [asked.get(q) ?? misspelt(q, asked) ?? q, found(p)]),
  };
}

/**
 * An answer for a terminal: numbered excerpts, each with its citation. `sources` is how this
 * terminal lists the corpus: the console's "/sources", the command line's "footnote sources".
 */
export function formatAnswer(answer: Answer, style: Style, sources = '/sources'): string {
  if (answer.results.length === 0) {
    const why = answer.unspoken ? ` ${unspokenText(answer.unspoken, (x) => x)}` : '';
    return `Nothing in the corpus answers “${answer.question}”.${why} Try other words, or ${sources} to see what it covers.`;
  }
  return formatResults(answer.results, style);
}

/** Numbered excerpts, each with its citation. */
function formatResults(results: AnswerResult[], style: Style): string {
  return results
    .map((r, i) => `${i + 1}. ${emphasis(r, style)}\n   ${citationLines(r.citation, style)}`)
    .join('\n\n');
}

/** Quotes for a terminal, or what to try when the speaker is unknown. */
export function formatQuotes(answer: QuoteAnswer, style: Style): string {
  if (answer.reported?.length) {
    const line = reportedText(answer.speaker ?? answer.query, answer, (x) => x);
    return `${line}\n\n${formatResults(answer.reported, style)}`;
  }
  if (!answer.speaker && answer.inPassing) return inPassingText(answer.inPassing, (x) => x);
  if (!answer.speaker) {
    const near = answer.suggestions.length
      ? ` Did you mean: ${answer.suggestions.join(', ')}?`
      : '';
    return `No quotes from ${answer.query} in the corpus.${near}`;
  }
  if (answer.quotes.length === 0) {
    return `No quotes from ${answer.speaker}${answer.about ? ` about “${answer.about}”` : ''} in the corpus.`;
  }
  return answer.quotes
    .map((q, i) => {
      const name = q.speaker ? `${q.speaker}${orgNote(q.speakerType)}` : 'unattributed';
      const who = [name, q.descriptor].filter(Boolean).join(', ');
      return `${i + 1}. “${q.quote}”\n   — ${who}\n   ${citationLines(q.citation, style)}`;
    })
    .join('\n\n');
}

/** The corpus listing. */
export function formatSources(sources: SourceEntry[], quota?: QuotaUsage): string {
  if (sources.length === 0) return 'The corpus is empty.';
  const story = storyNumbers(sources);
  const lines = sources.map((s) => {
    const where = `${s.source}${story.get(s) ?? ''}`;
    const from = [where, s.author && `by ${s.author}`, s.date].filter(Boolean).join(', ');
    const line = `- ${s.title} (${from}) — ${count(s.paragraphs, 'paragraph')}, ${count(s.quotes, 'quote')}`;
    if (s.guild === undefined) return line;
    const by = s.addedBy
      ? ` by ${s.addedBy.name ?? s.addedBy.id} on ${s.addedBy.at.slice(0, 10)}`
      : '';
    return `${line} [added to server ${s.guild}${by}; id ${s.name ?? s.id}]`;
  });
  const room = quota ? `\n${usageLine(quota)}.` : '';
  return `${count(sources.length, 'article')}:\n${lines.join('\n')}${room}`;
}

/**
 * ", story 2 of 5" for each article that shares its file with others: a file may hold several
 * stories, and their source alone (the file, or its URL) makes them look alike.
 */
function storyNumbers(sources: SourceEntry[]): Map<SourceEntry, string> {
  const byFile = new Map<string, SourceEntry[]>();
  for (const s of sources) {
    const key = `${s.guild ?? ''}\n${s.file}`;
    const stories = byFile.get(key);
    if (stories) stories.push(s);
    else byFile.set(key, [s]);
  }
  const out = new Map<SourceEntry, string>();
  for (const stories of byFile.values()) {
    if (stories.length < 2) continue;
    stories.forEach((s, i) => out.set(s, `, story ${i + 1} of ${stories.length}`));
  }
  return out;
}

/** The speaker listing. */
export function formatSpeakers(speakers: SpeakerSummary[]): string {
  if (speakers.length === 0) return 'No quoted speakers in the corpus.';
  return speakers
    .map(
      (s) =>
        `- ${s.name}${orgNote(s.type)}${s.descriptor ? `, ${s.descriptor}` : ''}: ${count(s.quotes, 'quote')} in ${count(s.articles, 'article')}`,
    )
    .join('\n');
}

/**
 * What a reindex did: the shared corpus first, then servers' additions on a line of their own,
 * so "28 articles" never stands for the 11 a console or the reader can search.
 */
export function formatReindex(r: ReindexReport): string {
  const lines = [`Reindexed in ${r.ms} ms: ${reindexCounts(r.shared)} in the shared corpus.`];
  const servers = sumCounts(...Object.values(r.guilds));
  if (servers.articles > 0 || servers.removed > 0) {
    lines.push(`Servers' additions, each searched only in its server: ${reindexCounts(servers)}.`);
  }
  for (const s of r.skipped) lines.push(`skipped ${s.file}: ${s.reason}`);
  return lines.join('\n');
}

/** "2 added, 0 updated, 0 removed, 9 unchanged — 11 articles, 43 passages". */
function reindexCounts(c: ReindexCounts): string {
  const changes = `${thousands(c.added)} added, ${thousands(c.updated)} updated, ${thousands(c.removed)} removed, ${thousands(c.unchanged)} unchanged`;
  return `${changes} — ${count(c.articles, 'article')}, ${count(c.passages, 'passage')}`;
}

/** What an add did. */
export function formatAddReport(r: AddReport): string {
  const lines = [
    `Added "${r.title}" (${r.url ?? r.source}) as ${r.file} in ${r.ms} ms: ${count(r.paragraphs, 'paragraph')}, ${count(r.passages, 'passage')}, ${count(r.quotes, 'quote')}.`,
  ];
  if (r.speakers.length > 0) lines.push(`Speakers: ${r.speakers.join(', ')}`);
  return lines.join('\n');
}
