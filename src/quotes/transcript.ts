/**
 * Interview transcripts, whose answers carry no quotation marks: "Watanabe: Because this time…",
 * "A: Get the shot.", "O'DRISCOLL: And their dogs." Each labelled paragraph is its speaker's words.
 */

/** A paragraph opening on a speaker's label, and what follows it. */
export interface TranscriptLine {
  /** 0-based paragraph index. */
  paragraph: number;
  /** As written: "Q", "A", "Watanabe", "O'DRISCOLL", "Alex Seitz-Wald". */
  label: string;
  /** The paragraph after the label. */
  text: string;
}

/** "Q:", "A:" or one to three capitalised words, then a colon and the words spoken. */
const LABELLED =
  /^\s*(Q|A|\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2})\s*:\s+(\S[\s\S]*?)\s*$/u;

/**
 * The labelled lines of an interview's transcript, or none when the article is not laid out as one.
 * A layout shows itself by its answers: a question labelled "Q" and an answer labelled "A", or one
 * speaker's label opening two paragraphs or more. A list ("Sanders: Win in a walk.", "Cruz: Just
 * hang on.") names each once; so does a paragraph opening on "Update:" or "Photo:". A name's
 * label counts only when `isSpeaker` accepts it (someone the article names).
 */
export function transcriptLines(
  paragraphs: readonly string[],
  isSpeaker: (label: string, paragraph: number) => boolean,
): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    // Most paragraphs have no colon near their start: no pattern to run.
    const colon = text.indexOf(':');
    if (colon < 1 || colon > 48) continue;
    const m = LABELLED.exec(text);
    // "Clinton: 1,769.": a tally by name is no one's words.
    if (m && /\p{L}/u.test(m[2] ?? ''))
      lines.push({ paragraph: p, label: m[1] ?? '', text: m[2] ?? '' });
  }
  if (lines.length < 2) return [];
  const counts = new Map<string, number>();
  for (const line of lines)
    counts.set(labelKey(line.label), (counts.get(labelKey(line.label)) ?? 0) + 1);
  const asked = counts.has('q') && counts.has('a');
  const named = (line: TranscriptLine): boolean =>
    !isLetterLabel(line.label) && isSpeaker(line.label, line.paragraph);
  const repeated = lines.some((l) => named(l) && (counts.get(labelKey(l.label)) ?? 0) >= 2);
  if (!asked && !repeated) return [];
  const kept = lines.filter((l) => (asked && labelKey(l.label) === 'a') || (repeated && named(l)));
  return withContinuations(kept, lines, paragraphs);
}

/**
 * "A: It started earlier.¶Most of those patients were children.¶Q: …": a paragraph between two
 * labelled ones, neither a question nor quoting anyone nor a stage direction, goes on with the
 * answer before it. Not one after the transcript's last line, where the article's own prose may
 * resume.
 */
function withContinuations(
  kept: TranscriptLine[],
  lines: TranscriptLine[],
  paragraphs: readonly string[],
): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  const starts = lines.map((l) => l.paragraph);
  for (const line of kept) {
    out.push(line);
    const next = starts.find((p) => p > line.paragraph) ?? -1;
    for (let p = line.paragraph + 1; p < next; p++) {
      const text = (paragraphs[p] ?? '').trim();
      if (!text || /\?\s*$/.test(text) || /["“”«»]/.test(text)) break;
      // "(BEGIN VIDEO CLIP.)", "….": a stage direction or a gap, no one's words.
      if (/^[([].*[)\]][.]?$/.test(text) || (text.match(/\p{L}+/gu) ?? []).length < 3) break;
      out.push({ paragraph: p, label: line.label, text });
    }
  }
  return out;
}

/** Whether two paragraphs or more open on what may be a speaker's label ("Q:", "Watanabe:"): cheap, before any reading. */
export function mayBeTranscript(paragraphs: readonly string[]): boolean {
  let count = 0;
  for (const text of paragraphs) {
    const colon = text.indexOf(':');
    if (colon > 0 && colon <= 48 && /^\s*\p{Lu}/u.test(text) && ++count >= 2) return true;
  }
  return false;
}

const labelKey = (label: string): string => label.toLowerCase();

/** "Q" and "A" label the interviewer and the person interviewed, not a name. */
export const isLetterLabel = (label: string): boolean => label === 'Q' || label === 'A';

/**
 * "Kenji Watanabe is the chief executive…" before "Watanabe: Because…": the capitalised words the
 * article wrote before the label's name in the paragraphs before `paragraph`, when the opening of
 * a sentence kept them from being read as a name ("Kenji" is in no list of given names). Titles are
 * left to the caller. Null when the article never writes the name with words before it.
 */
export function writtenInFull(
  paragraphs: readonly string[],
  label: string,
  paragraph: number,
): string[] | null {
  const name = labelAsName(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const run = new RegExp(`((?:\\p{Lu}[\\p{L}’'.-]*\\s){1,3})${name}(?![\\p{L}])`, 'u');
  for (let p = 0; p < paragraph; p++) {
    const m = run.exec(paragraphs[p] ?? '');
    if (m) return [...(m[1] ?? '').trim().split(/\s+/), labelAsName(label)];
  }
  return null;
}

/** "O'DRISCOLL" as a name is written elsewhere: "O'Driscoll"; "Watanabe" stays. */
export function labelAsName(label: string): string {
  if (label !== label.toUpperCase()) return label;
  return label
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
