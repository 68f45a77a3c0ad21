/**
 * Interview transcripts, whose answers carry no quotation marks: "Watanabe: Because this time…",
 * "A: Get the shot.", "O'DRISCOLL: And their dogs." Each labelled paragraph is its speaker's words.
 */
import { escapeRegExp } from '../text/escape-regexp.js';

/** A paragraph opening on a speaker's label, and what follows it. */
export interface TranscriptLine {
  /** 0-based paragraph index. */
  paragraph: number;
  /** As written: "Q", "A", "Watanabe", "O'DRISCOLL", "Alex Seitz-Wald". */
  label: string;
  /** The name the label stands for ("Kenji Watanabe" for "Watanabe"); null for "Q" and "A". */
  name: string | null;
  /** The paragraph after the label. */
  text: string;
}

/**
 * "Q:", "A:" or one to three capitalised words, then a colon and the words spoken; or "Q." and "A.".
 * A broadcast transcript's role in capitals may follow the name ("SCOTT RAINES, HOST:").
 */
const LABELLED =
  /^(?:(Q|A|\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2})(?:,\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?)?\s*:|(Q|A)\.)\s+(\S[\s\S]*)$/u;

/** "SCOTT RAINES, HOST:", "MARY LOUISE KELLY, BYLINE:": a broadcast transcript's label. */
const BROADCAST = /^\p{Lu}[\p{Lu}’'. -]*, (?:HOST|BYLINE|ANCHOR|CO-HOST)\s*:/u;

/** A first sentence reporting someone within its first words: the article's prose, no answer. */
const PROSE_REPORTS =
  /^([^.!?]{0,60}?)\b(?:said|says|told|tells|added|adds|asked|asks|according to)\b/;

/** An introduction that presents an interview ("She spoke with reporter…", "edited and condensed"). */
const INTERVIEW =
  /\b(?:(?:spoke|speaks|speaking|talked|talks|talking|sat down|chatted)\s+(?:with|to)\b|(?<!\bin (?:an?|the|his|her|their)(?: [\w-]+)? )interview(?!ed)|edited\b|condensed\b|transcript|conversation\b|questions\s+(?:go\s+)?to\b|questions\s+(?:for|with)\b|questioned\s+by\b|cross-examin)/i;

/** What answers sound like: someone speaking of themselves or to someone ("I", "we", "you"). */
const PERSONAL =
  /(?:^|[^\p{L}’'])(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|me|us|you|your)(?![\p{L}’'])/iu;

/** A paragraph that reports speech rather than being it ("Reed said the plan…"). */
const REPORTING = /\b(?:said|says|told|tells|added|adds|asked|asks|according to)\b/;

/** How far into a paragraph a speaker's label may end. */
const LABEL_END = 48;

/**
 * A colon near a paragraph's start, where a speaker's label would end, or "Q." or "A." opening it:
 * most paragraphs have neither.
 */
function colonNearStart(text: string): boolean {
  const colon = text.indexOf(':');
  return (colon > 0 && colon <= LABEL_END) || /^\s*[QA]\.\s/.test(text);
}

/**
 * The labelled lines of an interview's transcript, or none when the article is not laid out as one.
 * A layout shows itself by its answers: "Q:" and "A:" after an introduction that presents an
 * interview ("She spoke with reporter…", "edited and condensed"), or a speaker's label opening two
 * paragraphs or more, when the introduction presents an interview or two such lines speak as
 * people do ("I", "we", "you"; not a recap's "Celtics: Boston shot 48%…", a poll's "Trump: 47 per
 * cent", a list's "Sanders: Win in a walk."). `speaker` gives the name a label stands for (someone
 * the article names) or null, and is asked once a label. A paragraph whose words after the label
 * open on quotation marks is left to them.
 */
export function transcriptLines(
  paragraphs: readonly string[],
  speaker: (label: string, paragraph: number) => string | null,
): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const text = (paragraphs[p] ?? '').trim();
    if (!colonNearStart(text)) continue;
    const m = LABELLED.exec(text);
    // "A: “…”": a quotation in marks is left to them; not one an answer quotes ("A: No decision
    // has been made. I've heard people say, “They're closing Eastgate,” and…").
    if (/["“”]/.test(text) && !(m?.[3] && /^\p{L}/u.test(m[3]))) continue;
    // "Clinton: 1,769.": a tally by name is no one's words.
    if (m && /\p{L}/u.test(m[3] ?? ''))
      lines.push({ paragraph: p, label: m[1] ?? m[2] ?? '', name: null, text: m[3] ?? '' });
  }
  if (lines.length < 2) return [];
  const counts = new Map<string, number>();
  for (const line of lines)
    counts.set(labelKey(line.label), (counts.get(labelKey(line.label)) ?? 0) + 1);
  // The introduction ends at the first label written twice: a dateline before it ("Chennai: As
  // Tamil Nadu prepares…, The Chronicle spoke to…") is part of it.
  const opens = lines.find((l) => (counts.get(labelKey(l.label)) ?? 0) >= 2) ?? lines[0];
  const intro = paragraphs.slice(0, opens?.paragraph ?? 0).join(' ');
  const interview =
    INTERVIEW.test(intro) || paragraphs.some((text) => BROADCAST.test(text.trimStart()));
  // Each repeated label's name, asked once, at its first line; after an introduction presenting
  // an interview, a label used once too ("Grange: And they would stop anyone building…").
  const names = new Map<string, string | null>();
  lines.forEach((line, i) => {
    const key = labelKey(line.label);
    // A label once must read as words spoken, too: not a description of its bearer ("Dana Ruiz: A
    // 64-year-old retired teacher, Ruiz has lived…" in a candidates' guide) nor a tally or grade
    // ("Auston Matthews: Two goals…", "Marcus Lee: 22, of Scarborough").
    // In an interview, a label once between two lines of another is one side of a dialogue
    // ("Ahmed Rafiq: The night shift."), unless it tallies ("Lee: Two goals and an assist."); not
    // a plug after the last question ("Miriam Toews: The author reads… on Thursday").
    const [before, after] = [lines[i - 1], lines[i + 1]];
    const dialogue =
      interview &&
      !TALLY.test(line.text) &&
      !!before &&
      !!after &&
      labelKey(before.label) === labelKey(after.label) &&
      labelKey(before.label) !== key;
    const often = (counts.get(key) ?? 0) >= 2 || (interview && (spoken(line) || dialogue));
    if (!isLetterLabel(line.label) && often && !names.has(key))
      names.set(key, speaker(line.label, line.paragraph));
  });
  for (const line of lines) line.name = names.get(labelKey(line.label)) ?? null;
  const asked = interview && counts.has('q') && counts.has('a');
  const kept = lines.filter((l) =>
    isLetterLabel(l.label) ? asked && l.label === 'A' : l.name !== null,
  );
  if (kept.length === 0) return [];
  if (!interview && kept.filter((l) => PERSONAL.test(l.text)).length < 2) return [];
  return withContinuations(kept, lines, paragraphs);
}

/**
 * "A: It started earlier.¶Most of those patients were children.¶Q: …": a paragraph between two
 * labelled ones, neither a question nor quoting or reporting anyone nor a stage direction, goes
 * on with the answer before it. Not one after the transcript's last line, where the article's own
 * prose may resume.
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
      if (!text || /\?\s*$/.test(text) || /["“”«»]/.test(text) || REPORTING.test(text)) break;
      // "(BEGIN VIDEO CLIP.)", "….": a stage direction or a gap, no one's words.
      if (/^[([].*[)\]][.]?$/.test(text) || (text.match(/\p{L}+/gu) ?? []).length < 3) break;
      out.push({ paragraph: p, label: line.label, name: line.name, text });
    }
  }
  return out;
}

/**
 * Whether two paragraphs or more open on what may be a speaker's label ("Q:", "Watanabe:"), or ask
 * a question as an unlabelled interview's do: cheap, before any reading.
 */
export function mayBeTranscript(paragraphs: readonly string[]): boolean {
  let [labels, questions] = [0, 0];
  for (const text of paragraphs) {
    if (colonNearStart(text) && /^\s*\p{Lu}/u.test(text) && ++labels >= 2) return true;
    if (isQuestionLine(text)) questions++;
  }
  // Unlabelled questions and answers carry the note or the introduction unlabelledAnswers asks for.
  return questions >= 2 && paragraphs.some((text) => QA_NOTE.test(text) || presentsQA(text));
}

/**
 * "CBC Hamilton spoke with Kyle Van Boxmeer… This interview has been edited for length and
 * clarity. ¶ Who are you most worried about? ¶ Older adults living alone…": an interview laid out
 * as questions and answers with no labels, after an introduction that presents one. Its answers,
 * as "A" lines (each paragraph after a question, up to the next), or none when the article is not
 * laid out so: two questions at least, after the note a Q&A carries, and answers that speak as
 * people do ("I", "we", "you"; two of them, or half when there are fewer), not an explainer's
 * headings ("What is a heat dome?") over the writer's own answers.
 */
export function unlabelledAnswers(paragraphs: readonly string[]): TranscriptLine[] {
  const questions: number[] = [];
  paragraphs.forEach((text, p) => {
    if (isQuestionLine(text)) questions.push(p);
  });
  const first = questions[0] ?? 0;
  if (questions.length < 2 || first === 0) return [];
  // A layout with labels ("A: Because they needed help") is left to them; one label ("Note:
  // This interview has been edited…") makes none.
  const labels = paragraphs.filter((text) => colonNearStart(text) && LABELLED.test(text.trim()));
  if (labels.length >= 2) return [];
  // The note a Q&A carries ("This interview has been edited for length and clarity"); or an
  // introduction presenting one ("Five questions with…", "we sat down with…", "The Globe spoke
  // with her…") when the answers speak as themselves ("I", "we"): an explainer's own questions
  // and answers may follow "spoke with experts" too, and address the reader ("you") at most.
  const intro = paragraphs.slice(0, first).join(' ');
  const noted = QA_NOTE.test(intro);
  if (!noted && (!presentsQA(intro) || WRITER_ASKS.test(intro))) return [];
  const out: TranscriptLine[] = [];
  questions.forEach((q, i) => {
    // After the last question, its answer's first paragraph only: the article's prose may resume.
    const next = questions[i + 1] ?? Math.min(paragraphs.length, q + 2);
    for (let p = q + 1; p < next; p++) {
      const text = (paragraphs[p] ?? '').trim();
      // The article's prose resuming reports someone in its first words ("Gallery director Tom
      // Reilly said…", "Her teacher told us…"); an answer may report someone later ("Probably my
      // coach. She says I think too much", "I'd be lying if I said…") or in its own voice ("My
      // coach says a lot of things").
      const lead = PROSE_REPORTS.exec(text)?.[1];
      const reports = lead !== undefined && !FIRST_PERSON.test(lead);
      if (!text || /["“”«»]/.test(text) || reports) break;
      out.push({ paragraph: p, label: 'A', name: null, text });
    }
  });
  const personal = out.filter((l) => (noted ? PERSONAL : FIRST_PERSON).test(l.text)).length;
  return personal >= Math.min(2, Math.ceil(out.length / 2)) ? out : [];
}

/**
 * An introduction presenting an interview: "Five questions with…", "sat down with", "spoke with
 * her", "She spoke to Conor Leavy", "We caught up with her", "The Herald put questions to…", "We
 * asked her about…", "In this interview with our correspondent", "Excerpts:".
 */
const QA_INTRO =
  /\b(?:questions (?:with|for)|(?:sat|sit|sits) down with|(?:spoke|speaks|talked|talks|chatted) (?:with|to) (?:him|her|them)\b|(?:she|he|they) (?:spoke|speaks|talked|talks|chatted) (?:with|to)\b|(?:we|I) caught up with|put (?:\w+ ){0,2}questions to|we asked (?:him|her|them)\b|in this interview\b|excerpts:)/i;

/**
 * "X speaks with ADEKUNLE ADEMOLA about…": the interviewer in capitals, as Nigerian papers write
 * it; not letters ("spoke with UK PM Keir Starmer", "US CDC officials").
 */
const SPEAKS_WITH_SHOUTED =
  /\b(?:spoke|speaks|talked|talks) (?:with|to) \p{Lu}{3,} \p{Lu}{3,}(?: about\b|,)/u;

const presentsQA = (text: string): boolean => QA_INTRO.test(text) || SPEAKS_WITH_SHOUTED.test(text);

/** A columnist's own "I sat down with my accountant": the writer's questions, no interview. */
const WRITER_ASKS = /\bI (?:sat|sit) down with\b|\bquestions (?:with|for) (?:my|our)\b/;

/** Speaking of oneself: "I", "we", "my", "our", in any case but "US" (the country). */
const FIRST_PERSON =
  /(?:^|[^\p{L}’'])(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?![\p{L}’'])/u;

/** The note a Q&A carries: "This interview has been edited for length and clarity". */
const QA_NOTE = /\b(?:edited|condensed)\b/i;

/** A paragraph that only asks, as an interviewer's question: short, ending on "?", quoting no one. */
function isQuestionLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 300 && t.endsWith('?') && !/["“”]/.test(t);
}

const labelKey = (label: string): string => label.toLowerCase();

/** A labelled line that reads as its bearer's words rather than as something said of them. */
function spoken(line: TranscriptLine): boolean {
  if (PERSONAL.test(line.text)) return true;
  const surname = line.label.split(' ').pop() ?? line.label;
  return !line.text.includes(surname) && !DESCRIBED.test(line.text);
}

/** A line opening on a number or a count: a tally. */
const TALLY = /^(?:\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|No)\b)/;

/** A line opening on an article, a number or a count: a description or a tally. */
const DESCRIBED = /^(?:\d|(?:A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|No)\b)/;

/** "Q" and "A" label the interviewer and the person interviewed, not a name. */
const isLetterLabel = (label: string): boolean => label === 'Q' || label === 'A';

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
  const name = escapeRegExp(labelAsName(label));
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
