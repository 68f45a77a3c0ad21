/** Who speaks each line of an interview's transcript (src/quotes/transcript.ts reads its layout). */
import type { ArticleEntities } from './entities.js';
import { isPlainWord, lexiconType } from './lexicon-types.js';
import { isFunctionWord } from './lexicon.js';
import type { ArticlePeople, Person } from './people.js';
import { splitSentences } from '../text/sentences.js';
import type { SpeakerState } from './speaker-memory.js';
import { endsPossessive, HONORIFIC_GENDERS, stripTitles } from './subject.js';
import {
  labelAsName,
  transcriptLines,
  unlabelledAnswers,
  writtenInFull,
  type TranscriptLine,
} from './transcript.js';
import { isOrgName, nameTokens } from '../text/names.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * The lines of an article's interview transcript, each with its speaker: a label's person, or for
 * "A:" the person interviewed. Lines no one is known for are left out.
 */
export function transcriptSpeakers(
  paragraphs: readonly string[],
  people: ArticlePeople,
  entities: ArticleEntities,
  state: SpeakerState,
): { line: TranscriptLine; person: Person }[] {
  const labelled = transcriptLines(paragraphs, (label, p) =>
    labelName(label, p, paragraphs, people, entities),
  );
  const lines = labelled.length > 0 ? labelled : unlabelledAnswers(paragraphs);
  if (lines.length === 0) return [];
  const interviewed = interviewee(paragraphs, lines[0]?.paragraph ?? 0, people);
  const out: { line: TranscriptLine; person: Person }[] = [];
  for (const line of lines) {
    const p = line.paragraph;
    // A name only a sentence's opening had hidden ("Kenji Watanabe is…") joins the article's people.
    if (line.name && !people.knows(nameTokens(line.name).at(-1) ?? '')) people.add(line.name, p);
    // "Ms Byrne:" is Siobhán Byrne, not Declan: an honorific's gender picks between namesakes.
    const gender = honorificGender(line.label);
    const person = line.name
      ? state.resolve(
          { kind: 'name', mention: line.label, name: line.name, ...(gender ? { gender } : {}) },
          p,
        ).person
      : interviewed;
    // "A:" with no one the introduction presents as interviewed is nobody's to show.
    if (person) out.push({ line, person });
  }
  return out;
}

/**
 * The name a transcript's label stands for, or null: the given name or surname of someone the
 * article names in full ("Watanabe", "O'DRISCOLL", "Amara"), or a name a sentence's opening had
 * hidden ("Kenji Watanabe is…" before "Watanabe:"). Never a place, a time or a plain word ("China:",
 * "Astronomy:", "Dear Amy:"), nor a body's name ("Boston Celtics" before "Celtics:", "Elon Musk's
 * Tesla" before "Tesla:").
 */
function labelName(
  label: string,
  p: number,
  paragraphs: readonly string[],
  people: ArticlePeople,
  entities: ArticleEntities,
): string | null {
  // "M.O.:" after "Maeve O’Rourke’s debut novel…", "JT:" after "architect Jin Takahashi (JT)" (not
  // "BUI:", a surname): the one person named in full before with those initials.
  // "KL:", "NFQ:" after "Kevin Lautenbach", "Nasrin Farahani-Quigley" with no brackets: the same,
  // when no one is named with the label as a name ("LEE:", "BUI:").
  // "Mr Rowlands:", "Ms Delacroix-Evans:" in a court's exchange: the honorific shows a person,
  // whose surname the article gave someone named in full (the honorific's gender picks between
  // namesakes when the line is resolved).
  const honoured = HONOURED_LABEL.exec(label)?.[1];
  if (honoured && people.knows(nameTokens(honoured).at(-1) ?? '')) return honoured;
  const dotted = /^(?:\p{Lu}\.){2,4}$/u.test(label);
  const bracketed = (): boolean =>
    paragraphs.slice(0, p).some((text) => text.includes(`(${label})`));
  // Not a surname in capitals ("NG:" after "Irene Ng", whoever "Nick Gray" is), unbracketed.
  const surname = !dotted && people.knows(labelAsName(label)) && !bracketed();
  if (!surname && (dotted || /^\p{Lu}{2,4}$/u.test(label))) {
    const initials = label.replace(/\./g, '');
    const named = people
      .namedBefore(p)
      .filter((person) => initialsForms(person.name).includes(initials));
    if (named.length === 1) return named[0]!.name;
    if (dotted || bracketed()) return null;
  }
  // As the article wrote it before, in capitals too ("O'DRISCOLL", "DARCY McMAHON-OYELARAN").
  const written = writtenAs(label, paragraphs, p);
  const name = written ?? labelAsName(label);
  const words = name.split(' ');
  if (!mayName(name, entities) || (words.length > 1 && isPlainWord(words[0] ?? ''))) return null;
  const tokens = nameTokens(name);
  const last = tokens[tokens.length - 1];
  if (last === undefined) return null;
  // "Alex Seitz-Wald:" as the article names him; not "Dear Amy:" after "Amy Dickinson". A name in
  // full the article wrote before, where a sentence's opening hid it from the people list.
  if (tokens.length > 1 ? people.namedInFull(name) : people.namesPerson(last)) return name;
  if (written && tokens.length > 1 && !isOrgName(name)) return name;
  const run = writtenInFull(paragraphs, label, p);
  if (!run || run.some((w) => isPlainWord(w) || endsPossessive(w) || lexiconType(w) === 'place'))
    return null;
  // "In Watanabe's view": a preposition or a function word opening the run is no given name.
  const full = stripTitles(run);
  const lead = full.findIndex((w) => !isFunctionWord(w.toLowerCase()));
  const found = lead < 0 ? [] : full.slice(lead);
  return found.length >= 2 && !isOrgName(found.join(' ')) ? found.join(' ') : null;
}

/** The gender an honorific opening a label gives: "Mr Patel" a man, "Ms Byrne" a woman. */
function honorificGender(label: string): 'm' | 'f' | null {
  const first = label.slice(0, label.indexOf(' ')).replace(/\.$/, '').toLowerCase();
  return HONORIFIC_GENDERS[first] ?? null;
}

/** A label of an honorific and a surname: "Mr Rowlands", "Mrs. O’Hara", "Dr Delacroix-Evans". */
const HONOURED_LABEL = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(\p{Lu}[\p{L}’'-]+)$/u;

/**
 * A person's initials as a transcript's label may write them, a hyphenated part counted and not:
 * "Nasrin Farahani-Quigley" is NFQ and NF (bodies.ts's initialsOf reads a body's, capitals only).
 */
function initialsForms(name: string): string[] {
  const words = name.split(' ');
  const ofWords = words.map((w) => w.charAt(0)).join('');
  const ofParts = words.flatMap((w) => w.split('-').map((part) => part.charAt(0))).join('');
  return ofParts === ofWords ? [ofWords] : [ofWords, ofParts];
}

/**
 * A label as the paragraphs before it write it, each word capitalised: "Darcy McMahon-Oyelaran" for
 * "DARCY McMAHON-OYELARAN:", whose capitals lose the name's own; null when they don't write it.
 */
function writtenAs(label: string, paragraphs: readonly string[], p: number): string | null {
  const run = new RegExp(`(?<![\\p{L}])${escapeRegExp(label)}(?![\\p{L}])`, 'giu');
  for (const text of paragraphs.slice(0, p)) {
    for (const [found] of text.matchAll(run))
      if (found.split(' ').every((w) => /^\p{Lu}/u.test(w))) return found;
  }
  return null;
}

/**
 * Whom an interview's "A:" answers belong to: the person its introduction says someone spoke
 * with, else the one it names first; not after "By" or as its reporter, host or other journalist
 * ("She spoke with reporter Colin Baptiste", "Globe reporter Jane Miller spoke with Dr. Ann Lee");
 * null when it names no one else.
 */
function interviewee(
  paragraphs: readonly string[],
  first: number,
  people: ArticlePeople,
): Person | null {
  const intro = paragraphs.slice(0, first).join('\n');
  // "The Current's Matt Galloway spoke with author Esi Edugyan": whom someone spoke with, first.
  // Within that sentence: "he spoke with POLITICO senior writer Michael Grunwald." names no one
  // but journalists, and leaves the interview to whom the introduction named first.
  const spoke = SPOKE_WITH.exec(intro);
  const named = people.namedBefore(first);
  // "She spoke to Conor Leavy": after a pronoun, whom she spoke to is the interviewer; unless the
  // pronoun is a journalist's ("Matt Galloway is the host… He spoke with author Esi Edugyan").
  const pronoun = spoke && /\b(?:she|he|they)\s+$/i.test(intro.slice(0, spoke.index));
  const withAt = spoke && (!pronoun || journalistFirst(named, intro)) ? spoke : null;
  const after = withAt ? withAt.index + withAt[0].length : 0;
  const spans = withAt
    ? [
        [after, sentenceEnd(intro, after)],
        [0, intro.length],
      ]
    : [[0, intro.length]];
  // Someone shown to be a person first, anywhere in the introduction ("new Dixon State coach
  // Simone Achebe" is hers, not the school's; "spoke with her ahead of the Lakehead Writers
  // Festival", not the festival's), else anyone named.
  const shown = named.filter((p) => p.gender !== undefined);
  for (const among of [shown, named]) {
    for (const [from, to] of spans as [number, number][]) {
      const found = firstIn(among, intro, from, to);
      if (found) return found;
    }
  }
  return null;
}

/** The person of `named` the introduction names first between `from` and `to`, not as a journalist or non-respondent. */
function firstIn(named: Person[], intro: string, from: number, to: number): Person | null {
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const person of named) {
    const at = intro.indexOf(person.name, from);
    if (at < 0 || at >= to || at >= bestAt) continue;
    if (JOURNALIST.test(intro.slice(Math.max(0, at - 40), at))) continue;
    // "Incumbent Leonard Ashby did not respond by deadline": no answers of theirs follow.
    if (NOT_ANSWERING.test(intro.slice(at + person.name.length, at + person.name.length + 90)))
      continue;
    [best, bestAt] = [person, at];
  }
  return best;
}

/**
 * Whether the person the introduction names first is a journalist ("Matt Galloway is the host of
 * The Current", "presenter Fiona Hegarty"): a pronoun after means them.
 */
function journalistFirst(named: Person[], intro: string): boolean {
  const first = named
    .map((person) => ({ person, at: intro.indexOf(person.name) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!first) return false;
  const before = intro.slice(Math.max(0, first.at - 40), first.at);
  const after = intro.slice(
    first.at + first.person.name.length,
    first.at + first.person.name.length + 40,
  );
  return JOURNALIST.test(before) || JOURNALIST_AFTER.test(after);
}

/** A journalist's role said after the name: ", the host of", " is the presenter of", ", a reporter". */
const JOURNALIST_AFTER =
  /^,?\s+(?:is\s+|was\s+)?(?:the|a|an|our)\s+(?:\w+\s+)?(?:host|presenter|reporter|correspondent|editor|columnist|anchor|interviewer|producer)\b/i;

/** Words after a name saying the person gave no interview: "did not respond", "declined to comment". */
const NOT_ANSWERING = new RegExp(
  // After the name, and a description set off after it ("Leonard Ashby, the candidate,").
  '^(?:,[^,.]{1,60},)?\\s+(?:' +
    // "did not respond by deadline", "has not responded to requests for comment", "did not
    // return calls"; not "did not respond to treatment", "did not make the team".
    "(?:did not|didn['’]t|has not|hasn['’]t|had not) (?:respond(?:ed)?|reply|replied|return(?:ed)?)" +
    '(?= by| before| when| to (?:a |an |the |our |repeated |several |multiple )?(?:request|question|call|message|email|interview|inquir)|\\.|,| calls| messages| emails)' +
    // "declined to comment", "refused to be interviewed"; not "declined to seek a fourth term".
    '|(?:declined|refused) (?:to (?:comment|be interviewed|speak|answer|participate|take part|be named)|an interview|interview requests)' +
    "|could not be reached|couldn['’]t be reached|(?:was|is) (?:not available|unavailable)" +
    ')',
);

/** Where the sentence holding `at` ends (not at "Dr." of "spoke with Dr. Esi Edugyan"). */
function sentenceEnd(text: string, at: number): number {
  return splitSentences(text).find((s) => s.end > at)?.end ?? text.length;
}

/**
 * Whom an introduction says someone spoke with, or put questions to ("Five questions with…"): what
 * follows it names the person interviewed.
 */
const SPOKE_WITH =
  /\b(?:spoke|speaks|talked|talks|sat down|chatted|caught up|questions)\s+(?:with|to|for)\s/;

/** Words before a journalist's name, a byline or the reporter's or host's role, or a questioning lawyer's. */
const JOURNALIST =
  /(?:^|\b)(?:by|reporter|host|presenter|correspondent|editor|writer|columnist|anchor|interviewer|producer|barrister|counsel|lawyer|solicitor|prosecutor)\s+$/i;

/** A label no place, time or plain word ("China:", "Astronomy:", "Update:"). */
function mayName(name: string, entities: ArticleEntities): boolean {
  const lexical = lexiconType(name);
  return (
    lexical !== 'place' && lexical !== 'time' && !isPlainWord(name) && !entities.cannotSpeak(name)
  );
}
