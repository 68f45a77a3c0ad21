/** Direct quotations of an article with their speakers, by rules over marks and reporting clauses. */
import type { Article } from '../corpus/types.js';
import {
  accordingAt,
  accordingTo,
  attributeAfter,
  attributeBare,
  attributeBefore,
  attributeNextSentence,
  isTopicLabel,
  policeAfter,
  possessiveSpeaker,
  reportedSpeakers,
  saysThis,
  type Attribution,
} from './attribution.js';
import { ownCopy } from '../text/own-copy.js';
import { isStopWord } from '../text/tokenize.js';
import { findQuoteSpans, quoteStyle, withoutNicknames, type QuoteSpan } from './marks.js';
import {
  chunks,
  isBodyNoun,
  sentenceSubject,
  sentenceSubjects,
  subjectAfter,
  subjectBefore,
} from './clauses.js';
import { ArticleEntities, COMPANIONS } from './entities.js';
import { AGE } from './described-people.js';
import { isNationalBody, isPair } from './subject.js';
import { readsAsRole } from './references.js';
import { ArticlePeople, type Person } from './people.js';
import { SpeakerState, type Source } from './speaker-memory.js';
import {
  cleanName,
  documentAuthor,
  endsPossessive,
  isCap,
  isPersonNoun,
  isRoleNoun,
  leadingName,
  readChunk,
  stripTitles,
  type Subject,
} from './subject.js';
import { sentenceRanges, tokenizeParagraph, type Token } from './tokens.js';
import { mayBeTranscript } from './transcript.js';
import { transcriptSpeakers } from './transcript-speakers.js';
import { namerOf } from './labels.js';
import { workMaker, type Maker } from './works.js';
import {
  AUTHORED_DOCUMENTS,
  AUTHORING_PARTICIPLES,
  DOCUMENT_PARTICIPLES,
  describedGender,
  KIN_NOUNS,
  MONTHS,
  POSITIONS,
  PREPOSITIONS,
  SENT_DOCUMENTS,
  WEEKDAYS,
  WORK_NOUNS,
} from './lexicon.js';
import {
  isAdverbForm,
  isAdverbOrParticiple,
  isPlainWord,
  isPresentVerb,
  isVerbForm,
  lexiconType,
} from './lexicon-types.js';
import { isSaying, isStanceVerb } from './verbs.js';
import {
  givenNameGender,
  isEnglishWord,
  isGivenNameOfAnyKind,
  isKnownGivenName,
  isOrgName,
  isTitle,
} from '../text/names.js';

/** What kind of source a speaker is. */
export type SpeakerType = 'person' | 'organisation';

/** One direct quotation found in an article. */
export interface ExtractedQuote {
  /** The quotation without its marks. */
  text: string;
  /** Full name as introduced in this article, or null when no speaker is identifiable. */
  speaker: string | null;
  /** As written at the attribution: "he", "Mr. Song", "Galauskas". */
  mention: string | null;
  /** The speaker's role as the article gives it. */
  descriptor?: string;
  /** Set with `speaker`: a person or an organisation ("IRCC said"). */
  speakerType?: SpeakerType;
  /** "scare": a scare quote or title ("motherland", "The Lioness"): kept with its speaker, not shown by /quote. */
  kind: 'full' | 'partial' | 'scare';
  /** 1-based index into article.paragraphs where the quote starts. */
  paragraph: number;
  /** An organisation's acronym as the article spells it out ("Central Water Commission (CWC)"). */
  acronym?: string;
}

/** How a quotation got its source: its own reporting clause, a neighbour's, or none. */
type How = 'own' | 'carried' | 'loose' | 'none';

interface Found {
  span: QuoteSpan;
  source: Source | null;
  how: How;
  kind: 'full' | 'partial';
  sentence: number;
  /** The quotation opens its paragraph. */
  first: boolean;
  /** The quotation opens its sentence. */
  opens: boolean;
  /** For a phrase quoted mid-sentence with no reporting clause: the sentence's named subject. */
  loose?: Source | null;
  /** Its own clause is set off at the sentence's end (", said Ann Park."), reporting all of it. */
  setOff?: boolean;
  /** The name of a show, book or article ("on ABC’s “This Week”"): nobody's words. */
  work?: boolean;
  /** The title of a work its maker is given for ("her memoir, “Tough Choices”"): theirs, a scare quote. */
  made?: boolean;
  /** Its speaker is carried over a paragraph that named no one: a guess a repeated copy overrules. */
  guessed?: boolean;
}

/** Extracts every direct quotation from an article's paragraphs, attributed where the text allows. */
export function extractQuotes(written: Article): ExtractedQuote[] {
  // Most articles write no ʻokina before a capital: read as they are.
  if (!written.paragraphs.some((text) => OKINA_OPENER.test(text))) return extractFrom(written);
  // Each word moved, by how it is read: only those are given back ("Oʻahu" is written so).
  const moved = new Map<string, string>();
  const paragraphs = written.paragraphs.map((text) =>
    text.replace(OKINA_WORDS, (word) => {
      const read = okinaMoved(word);
      moved.set(read, word);
      return read;
    }),
  );
  const back = (text: string): string =>
    text.replace(MOVED_WORDS, (word) => moved.get(word) ?? word);
  return extractFrom({ ...written, paragraphs }).map((q) => ({
    ...q,
    text: back(q.text),
    speaker: q.speaker && back(q.speaker),
    mention: q.mention && back(q.mention),
    ...(q.descriptor ? { descriptor: back(q.descriptor) } : {}),
  }));
}

/**
 * "ʻOfa Mateaki, 72, says…": a Tongan or Hawaiian name opening on an ʻokina (U+02BB) before its
 * capital is read with the mark moved after the capital ("Oʻfa", the same length, so spans and
 * offsets hold), as every test of a capitalised word reads the first letter; speakers, mentions
 * and quotations are given back as written. Not inside a word ("Hawaiʻi").
 */
const OKINA_OPENER = /(?<!\p{L})ʻ\p{Lu}/u;
/** "ʻOfa" read as "Oʻfa". */
const okinaMoved = (word: string): string => `${word.charAt(1)}ʻ${word.slice(2)}`;

/** The words opening on an ʻokina and a capital. */
const OKINA_WORDS = /(?<!\p{L})ʻ\p{Lu}\p{L}*/gu;
/** Words that may be one of them, read with the mark moved. */
const MOVED_WORDS = /(?<!\p{L})\p{Lu}ʻ\p{L}*/gu;

function extractFrom(written: Article): ExtractedQuote[] {
  const article = withoutShoutedOpeners(withAgencyDatelines(written));
  const people = new ArticlePeople();
  const doubled = article.paragraphs.map((text) => findQuoteSpans(text));
  const style = quoteStyle(article.paragraphs, doubled);
  // A paragraph of a single-style article that quotes only with double marks is read as such.
  const marked =
    style === 'double'
      ? doubled
      : article.paragraphs.map((text, p) => {
          const found = findQuoteSpans(text, style);
          return found.length === 0 ? (doubled[p] ?? []) : found;
        });
  // `Juan "Chico" Manriquez`: a nickname is part of a name, neither a quotation nor words of it.
  const read = article.paragraphs.map((text, p) => withoutNicknames(text, marked[p] ?? []));
  const spans = read.map((r) => r.spans);
  // An interview's transcript may hold no quotation marks at all ("Watanabe: Because…").
  const transcript = mayBeTranscript(article.paragraphs);
  if (!transcript && spans.every((s) => s.length === 0)) return [];
  const ahead = quotesAhead(spans);
  const parsed = article.paragraphs.map((text, p) => {
    const own = spans[p] ?? [];
    // Reporting verbs matter only where attribution reads (below); elsewhere, only names do.
    const words = read[p]?.text ?? text;
    return { spans: own, tokens: tokenizeParagraph(words, own, { verbs: ahead[p] ?? true }) };
  });
  people.scan(parsed.map((x) => x.tokens));
  // An interview's layout: two paragraphs or more that only ask, not a reporter's one question.
  const asks = parsed.map((x, p) => isQuestionParagraph(article.paragraphs[p] ?? '', x.spans));
  const interview = asks.filter(Boolean).length >= 2;
  // Its answers inline: "How did the band start? “In my uncle’s kava bar…”", twice or more.
  const inline = parsed.map((x, p) => asksThenQuotes(article.paragraphs[p] ?? '', x.spans));
  const inlineInterview = inline.filter(Boolean).length >= 2;
  const entities = new ArticleEntities(article.paragraphs);
  const state = new SpeakerState(people, entities);
  // An interview laid out by topic: two paragraphs or more that open on a topic's label.
  state.byTopic = parsed.filter(({ tokens }) => opensOnTopic(topicLead(tokens))).length >= 2;
  const out: ExtractedQuote[] = [];
  // Quotations whose speaker is a guess (Found.guessed).
  const guessed = new Set<ExtractedQuote>();
  // The parts of a quotation left open at paragraphs' ends that no clause of their own attributed.
  let runOn: ExtractedQuote[] = [];
  parsed.forEach(({ spans, tokens }, p) => {
    const later = { paragraphs: article.paragraphs, p, out, state, entities };
    namedAfter(later);
    identifiedAfter(later);
    if (!ahead[p]) {
      // Who spoke far before any quotation would only be forgotten again: nothing to note.
      [state.pending, state.runOn, runOn] = [null, null, []];
      return;
    }
    const signed = signature(tokens, article.paragraphs[p + 1], parsed[p + 1]?.tokens, {
      lede: p === 0,
      verbs: ahead[p + 1] === true,
    });
    state.afterQuestion = interview && p > 0 && asks[p - 1] === true;
    state.askedInline = inlineInterview && inline[p] === true;
    state.asking = /^\s*Q\s*[:.]/.test(article.paragraphs[p] ?? '');
    // "Tamsin Oduya, a former trustee, is also running.": the next answers may be hers.
    if (!asks[p] && spans.length === 0 && state.namedIn(p)) state.interviewee = null;
    const found = readParagraph(spans, tokens, p, state, signed);
    const opening = found[0];
    // "“… again.¶“Nobody went home,” said Priya Nair.": a quotation running over paragraphs is
    // attributed after its last part, and the attribution holds for all of it.
    if (runOn.length > 0 && opening?.first && opening.how === 'own' && opening.source?.person) {
      const fields = speakerFields(toQuote(opening, p, entities));
      for (const part of runOn) Object.assign(part, fields);
    }
    // A paragraph only continuing the open quotation passes it on to the next.
    const continued = runOn;
    runOn = [];
    for (const f of found) {
      if (f.work || (f.made && !f.source?.person)) continue;
      const q = toQuote(f, p, entities);
      if (f.made) q.kind = 'scare';
      if (f.guessed) guessed.add(q);
      const label = asLabel(f, article.paragraphs[p] ?? '');
      if (label) {
        // A scare quote nobody is said to use is just emphasis: nothing to attribute or show;
        // unless the sentence gives it as a name ("a nickname: “the Cheese Grater”").
        if ((!q.speaker && !label.named) || f.how === 'carried') continue;
        q.kind = 'scare';
      }
      out.push(q);
      const open = !f.span.closed && f.how !== 'own' && f === found[found.length - 1];
      runOn = !open ? [] : found.length === 1 && f.first ? [...continued, q] : [q];
    }
  });
  repeated(out, guessed);
  const spoken = transcript ? transcriptSpeakers(article.paragraphs, people, entities, state) : [];
  for (const { line, person } of spoken) {
    const q: ExtractedQuote = {
      text: ownCopy(line.text),
      speaker: copyOrNull(person.name),
      mention: ownCopy(line.label),
      kind: 'full',
      paragraph: line.paragraph + 1,
    };
    q.speakerType = speakerType(person, entities);
    out.push(q);
  }
  withAcronyms(out, entities);
  // In the article's order: a transcript's lines among the quotations in marks.
  return spoken.length > 0 ? out.sort((a, b) => a.paragraph - b.paragraph) : out;
}

/** What a paragraph naming someone speakers left unnamed before it reads (namedAfter, identifiedAfter). */
interface NamedLater {
  paragraphs: readonly string[];
  /** The paragraph being read. */
  p: number;
  /** The quotations of the paragraphs before it. */
  out: ExtractedQuote[];
  state: SpeakerState;
  entities: ArticleEntities;
}

/**
 * "The owner of Rosie's Diner was among the first back inside. “…,” she said. ¶ That owner,
 * Rosalind Pike, said…": a paragraph opening on a role and then a name names the quotations left
 * without a speaker in the two paragraphs before it that the role's person spoke (roleSpeaker).
 * So does one saying whom a description was ("The carver is Darren Joseph, 56") for the
 * quotations that description spoke ("“…,” the carver says"), whatever its noun.
 */
function namedAfter({ paragraphs, p, out, state, entities }: NamedLater): void {
  const text = paragraphs[p] ?? '';
  const setOff = ROLE_THEN_NAME.exec(text);
  // "The carver is Darren Joseph, 56,": the article says whom its noun was, whatever the noun.
  const m = setOff ?? DESCRIBED_IS_NAME.exec(text);
  const role = m?.[1];
  if (!m || !role || (setOff && !isRoleNoun(role))) return;
  // Said so by the description itself ("the carver says"), not by a pronoun.
  const described = setOff ? null : describedBy(role, true);
  const spokeAs = described
    ? (q: ExtractedQuote): boolean => described.test(q.mention ?? '')
    : roleSpeaker(role, paragraphs);
  // The two paragraphs before are the last quotations found, in the article's order.
  let from = out.length;
  while (from > 0 && out[from - 1]!.paragraph - 1 >= p - 2) from--;
  const unnamed = out.slice(from).filter((q) => !q.speaker && q.kind !== 'scare' && spokeAs(q));
  if (unnamed.length === 0) return;
  const name = stripTitles(m[2]!.split(' ')).join(' ');
  const person = state.resolve({ kind: 'name', mention: m[2]!, name }, p).person;
  if (!person || person.org) return;
  // Their gender as the article shows it ("Ms Keedy", "she"), not by name lists ("Étienne" is
  // listed as a woman's).
  const honorific = /^(?:(Mr)|Mrs|Ms|Miss)\.? /.exec(m[2]!);
  const gender =
    person.gender && !person.genderByName
      ? person.gender
      : honorific
        ? honorific[1]
          ? 'm'
          : 'f'
        : undefined;
  nameQuotes(unnamed, person, gender, entities);
}

/**
 * "A seaweed farmer from Paje says… ¶ “…,” the 48-year-old mother of five said. ¶ Mwanaisha Said
 * Juma is one of about 25,000 seaweed farmers": delayed identification. An early paragraph opening
 * on a person's name, when the article named no one before it, names the quotations left without a
 * speaker before it that a pronoun or a description ("the CEO told…") attributed.
 */
function identifiedAfter({ paragraphs, p, out, state, entities }: NamedLater): void {
  if (p === 0 || p > 3 || out.length === 0) return;
  // By a pronoun or a person's noun ("the CEO", "the 48-year-old mother of five"), not "the
  // family"; nor after a lede about a crime, whose victim may speak before the accused is named.
  const unnamed = out.filter(
    (q) => !q.speaker && q.kind !== 'scare' && byPersonNoun(q.mention ?? ''),
  );
  if (unnamed.length === 0 || entities.ledeOfCrime()) return;
  // "Her name is Kazuko Hamaguchi, and she has been diving since…": the story says whom it told of.
  const told = NAME_IS.exec(paragraphs[p] ?? '');
  // "Kirsten Hollis, the MP for Kelowna, made the remark during question period": whose words
  // they were, an official or not.
  const owned = MADE_REMARK.exec(paragraphs[p] ?? '')?.[1];
  const name = told?.[2] ?? owned ?? entities.openingName(p);
  if (!name || (!told && !owned && !sameStory(paragraphs[0] ?? '', paragraphs[p] ?? '', name)))
    return;
  // No one named before it, nor set off after a role ("The UNO, Mst Rubina Yasmin,", whose given
  // name no list knows).
  for (let q = 0; q < p; q++)
    if (state.namesPersonIn(q) || ROLE_SET_OFF.test(paragraphs[q] ?? '')) return;
  const person = state.resolve({ kind: 'name', mention: name, name }, p).person;
  if (!person || person.org) return;
  // A gender by the article ("Her name is"), else by the common name list: a wrong guess only
  // leaves it unnamed.
  const gender = told
    ? told[1] === 'Her'
      ? 'f'
      : 'm'
    : person.gender && !person.genderByName
      ? person.gender
      : givenNameGender(person.name.split(' ')[0] ?? '');
  nameQuotes(unnamed, person, gender, entities);
}

/**
 * Gives quotations left without a speaker to the person a later paragraph named; not one spoken by
 * a pronoun or a noun of the other gender ("“…,” he said. ¶ That owner, Ms Marion Keedy,").
 */
function nameQuotes(
  quotes: ExtractedQuote[],
  person: Person,
  gender: 'm' | 'f' | undefined,
  entities: ArticleEntities,
): void {
  for (const q of quotes) {
    const said = q.mention?.toLowerCase() ?? '';
    const pronoun = said === 'he' ? 'm' : said === 'she' ? 'f' : describedGender(said);
    if (pronoun && gender && gender !== pronoun) continue;
    q.speaker = ownCopy(person.name);
    q.speakerType = speakerType(person, entities);
  }
}

/**
 * Whether the sentence opening on `name` goes on with the lede's story: a word the lede writes in
 * lowercase ("A seaweed farmer from Paje…" and "Mwanaisha Said Juma is one of 25,000 seaweed
 * farmers"); not someone set off as another's ("Kojo Mensah, his son,", "Priya Sharma, a
 * colleague,").
 */
function sameStory(lede: string, text: string, name: string): boolean {
  const after = text.slice(text.indexOf(name) + name.length);
  const set = /^,\s+(his|her|their|an?)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after);
  if (set && (/^(?:his|her|their)$/.test(set[1]!) || [set[2], set[3]].some(isBeside))) return false;
  const sentence = after.split(/[.!?](?:\s|$)/)[0] ?? '';
  const words = (s: string): string[] =>
    (s.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{3,}/gu) ?? []).filter((w) => !isStopWord(w));
  const own = new Set(words(lede.split(/[.!?](?:\s|$)/)[0] ?? ''));
  return words(sentence.toLowerCase()).some((w) => own.has(w));
}

/**
 * "Her neighbour, Maricel Dela Cruz, arrived…", "His lawyer, Tom Reed, said…": the name set off by
 * commas after "His", "Her" or "Their" and one lowercase noun opening the sentence, or null.
 */
function setOffSubject(tokens: Token[]): Subject | null {
  if (!/^(?:His|Her|Their)$/.test(tokens[0]?.text ?? '') || tokens[2]?.text !== ',') return null;
  if (!/^\p{Ll}+$/u.test(tokens[1]?.text ?? '')) return null;
  let end = 3;
  while (end < tokens.length && end < 8 && tokens[end]!.kind === 'word' && isCap(tokens[end]!.text))
    end++;
  if (end < 5 || tokens[end]?.text !== ',') return null;
  const subject = readChunk(tokens.slice(3, end).map((t) => t.text));
  return subject?.kind === 'name' && !subject.org ? subject : null;
}

/**
 * "Kirsten Hollis, the MP for Kelowna, made the remark…": a paragraph opening on a name (set off
 * or not) whose sentence owns the words quoted before it; the name.
 */
const MADE_REMARK =
  /^((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?:,[^.!?,]{1,80},)? (?:made|delivered) (?:the|those|these) (?:remarks?|comments?)\b/u;

/** "Her name is Kazuko Hamaguchi": a sentence giving the name of whom the story tells of. */
const NAME_IS =
  /(?:^|[.!?]\s+)(Her|His) name is ((?:\p{Lu}[\p{L}'’-]*\s){0,3}\p{Lu}[\p{L}'’-]*)(?=[,.;]|\s+and\b)/u;

/** "he", "she", or "the" and a noun for one person ("the CEO", "the 48-year-old mother of five"). */
function byPersonNoun(mention: string): boolean {
  if (/^(?:he|she)$/i.test(mention)) return true;
  const words = mention.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  const head = of > 1 ? words[of - 1] : words.at(-1);
  return words[0] === 'the' && (isPersonNoun(head) || AGE.test(head ?? ''));
}

/** Whom someone is set off as beside another besides a companion: "a relative", "a lawyer". */
const BESIDE = /^(?:relative|cousin|lawyer|partner|co-worker)$/;

/** Whether a word sets someone off as another's companion or relative ("a colleague"). */
const isBeside = (word: string | undefined): boolean =>
  COMPANIONS.has(word ?? '') || BESIDE.test(word ?? '');

/**
 * Whether a quotation was spoken, by "he", "she" or the role itself ("the owner said"; not "the
 * owner's lawyer"), by whom the article last wrote as "the <role>" before it ("The hospital's
 * director of emergency medicine said…"; not "The owner's son"), with no one else brought in from
 * that sentence on ("One tenant, a delivery rider, said… “…,” he said. ¶ The landlord, X," is not
 * X's; nor "A source close to the minister said… ¶ The minister, X").
 */
function roleSpeaker(role: string, paragraphs: readonly string[]): (q: ExtractedQuote) => boolean {
  const definite = new RegExp(
    `(?:\\b[Tt]he|\\p{L}['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${role}\\b(?!['’]s)`,
    'gu',
  );
  const byRole = describedBy(role);
  return (q) => {
    const mention = q.mention ?? '';
    if (!/^(?:he|she)$/i.test(mention) && !byRole.test(mention)) return false;
    const own = paragraphs[q.paragraph - 1] ?? '';
    // Each paragraph's closed quotations out, the quotation's own opening mark with the rest.
    const before = [
      ...paragraphs.slice(Math.max(0, q.paragraph - 3), q.paragraph - 1),
      own.slice(0, Math.max(0, own.indexOf(q.text) - 1)),
    ]
      .map((text) => text.replace(/“[^”]*”|"[^"]*"/g, ''))
      .join('\n');
    const last = [...before.matchAll(definite)].at(-1);
    if (last?.index === undefined) return false;
    const opens = Math.max(
      ...['. ', '! ', '? ', '\n'].map((end) => before.lastIndexOf(end, last.index)),
    );
    const after = before.slice(last.index + last[0].length);
    return (
      !NEW_SUBJECT.test(before.slice(opens + 1).trimStart()) &&
      ![...after.matchAll(INTRODUCED)].some((m) => isPersonNoun(m[1]) || isPersonNoun(m[2]))
    );
  };
}

/** Positions that are as often a place, a role or a thing: "the centre said in a statement". */
const AMBIGUOUS_POSITIONS = new Set(['guard', 'forward', 'centre', 'center', 'skip', 'catcher']);

/** A sentence opening on someone new who speaks or is set off: "A neighbour who raised the alarm said", "Another teacher, who…". */
const NEW_SUBJECT =
  /(?:^|[.!?”]\s+)(?:A|An|One|Another)\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+(?:,?\s+who\b|\s+(?:said|says|told)\b)/u;

/** Someone else brought in: "One tenant", "his mother", "a delivery rider" (a person's noun after). */
const INTRODUCED =
  /\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/gu;

/**
 * "the owner", "the bakery's owner" (up to three words before the noun), as a mention reads; with
 * `placed`, also where the noun is found ("the woman at the stove").
 */
const describedBy = (role: string, placed = false): RegExp =>
  new RegExp(
    `^the\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${role}${placed ? '(?:\\s+(?:at|in|on|behind|by|beside)\\s.+)?' : ''}$`,
    'iu',
  );

/**
 * A name after a description, an honorific first maybe: "Dr Anjali Deshpande", "Mariaan van der
 * Merwe" (ROLE_THEN_NAME, DESCRIBED_IS_NAME).
 */
const NAME_AFTER_ROLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Fr)\.? )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|van|de|du|der|den|da|dos|von|bin|binti)){1,4}`;

/**
 * "The carver is Darren Joseph, 56,": a paragraph opening on a description (its last word), "is"
 * or "was" and a name.
 */
const DESCRIBED_IS_NAME = new RegExp(
  String.raw`^(?:The|That|This) (?:[\p{Ll}'’-]+ ){0,3}?(\p{Ll}[\p{Ll}-]+) (?:is|was) (${NAME_AFTER_ROLE})[,.]`,
  'u',
);

/**
 * "That owner, Rosalind Pike,", "The director, Dr Anjali Deshpande,": a paragraph's opening role
 * (its last word) and the name set off after it.
 */
const ROLE_THEN_NAME = new RegExp(
  String.raw`^(?:The|That|This) (?:[\p{Ll}'’-]+ ){0,3}?(\p{Ll}[\p{Ll}-]+), (${NAME_AFTER_ROLE}),`,
  'u',
);

/**
 * ROLE_THEN_NAME's shape with any role, an acronym's too, and any name after: "The UNO, Mst Rubina
 * Yasmin,". Only asked whether someone was set off so (identifiedAfter).
 */
const ROLE_SET_OFF = /^(?:The|That|This) (?:[\p{L}'’-]+ ){0,3}?[\p{L}-]+, \p{Lu}/u;

/**
 * "JAMIE Pritchard last night blasted…": a tabloid writes a paragraph's first word in capitals; a
 * given name so written before a surname is read as written in the usual way ("Jamie"), which
 * speakers and mentions show. It keeps its length, so every quotation's text is as the article
 * has it. Not a dateline ("ANN ARBOR, Mich."), nor letters before a body's or a title's word
 * ("ANA Holdings", "ASA Chief Executive"), nor any word of three letters or fewer, as acronyms
 * are. Common words so written are read in lowercase (shoutedCommonWords).
 */
function withoutShoutedOpeners(article: Article): Article {
  let changed = false;
  const paragraphs = article.paragraphs.map((text, p) => {
    const common = p === 0 ? shoutedCommonWords(text, article.paragraphs) : text;
    if (common !== text) {
      changed = true;
      return common;
    }
    const m = SHOUTED_OPENER.exec(text);
    const [shouted, next] = [m?.[1] ?? '', m?.[2] ?? ''];
    if (shouted.length < 4 || isOrgName(next) || isTitle(next)) return text;
    if (!isGivenNameOfAnyKind(shouted)) return text;
    changed = true;
    return `${shouted.charAt(0)}${shouted.slice(1).toLowerCase()}${text.slice(shouted.length)}`;
  });
  return changed ? { ...article, paragraphs } : article;
}

/**
 * "A SEAGULL that has been swiping sausage rolls…", "A PENSIONER who…": a tabloid's lede opening
 * on words in capitals before a lowercase word, read in lowercase (the paragraph's first letter
 * kept) when they are common words: English words of four letters or more, or after "A", "An" or
 * "The" words of six or more, as acronyms seldom are ("The NYPD said", "A NASA probe"); none the
 * article writes in capitals again.
 */
function shoutedCommonWords(text: string, paragraphs: readonly string[]): string {
  const m = SHOUTED_RUN.exec(text);
  if (!m) return text;
  const article = m[1] !== undefined;
  let read = text;
  for (const w of m[2]!.matchAll(/\p{Lu}+/gu)) {
    const word = w[0];
    if (word.length < 4 || !(isEnglishWord(word) || (article && word.length >= 6))) continue;
    if (paragraphs.some((p) => p.split(word).length - 1 > (p === text ? 1 : 0))) continue;
    const at = (m[1]?.length ?? 0) + w.index;
    const lower = at === 0 ? `${word.charAt(0)}${word.slice(1).toLowerCase()}` : word.toLowerCase();
    read = `${read.slice(0, at)}${lower}${read.slice(at + word.length)}`;
  }
  return read;
}

/** A paragraph opening on words in capitals, "A", "An" or "The" before them, then a lowercase word. */
const SHOUTED_RUN = /^((?:A|AN|An|THE|The)\s+)?(\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*)(?=\s+\p{Ll})/u;

/**
 * "Ben Tre (Vietnam) (AFP) – Nguyen Van Thanh scooped…", "Philadelphia (AFP) – US President
 * Barack Obama…": a news agency's dateline written in mixed case is read as one in capitals
 * ("BEN TRE (Vietnam) (AFP) –"), as datelines are found (tokens.ts datelineEnd), so that the place
 * is never taken for a person's name. Each paragraph keeps its length (a place whose capitals
 * would not is left as written), so quotations are as the article has them.
 */
function withAgencyDatelines(article: Article): Article {
  let changed = false;
  const paragraphs = article.paragraphs.map((text) => {
    const place = AGENCY_DATELINE.exec(text)?.[1];
    const upper = place?.toUpperCase();
    if (!place || upper === place || upper!.length !== place.length) return text;
    changed = true;
    return `${upper}${text.slice(place.length)}`;
  });
  return changed ? { ...article, paragraphs } : article;
}

/** A place, a country or state in parentheses or after a comma, an agency's tag and a dash. */
const AGENCY_DATELINE =
  /^(\p{Lu}[\p{Ll}'’.-]*(?: \p{Lu}[\p{Ll}'’.-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?: \([^()]{1,40}\))* \((?:AFP|AP|Reuters|UPI|dpa|Xinhua|Bernama|PTI|IANS|ANI|Yonhap|Kyodo|EFE|ANSA|Anadolu|TASS)\) ?[—–-] /u;

/** A paragraph's first word in capitals, then a capitalised word: "JAMIE Pritchard". */
const SHOUTED_OPENER = /^(\p{Lu}{2,}) (?=(\p{Lu}\p{Ll}+))/u;

const DASHES = /^[—–―-]$/;

/**
 * The words before a quotation that give it as a name: "a nickname:", "dubbed the", "taken to
 * calling", "reads", "refer to it as".
 */
const NAMING =
  /\b(?:nicknamed?|nicknames|dubbed|calling(?:\s+(?:it|them|this|that))?|reads|known\s+as|refer(?:s|red)?\s+to\s+\S+\s+as)\s*:?\s*(?:the\s+|a\s+|an\s+)?$/i;

/**
 * "known locally as", "known informally as": NAMING with an adverb, whose lowercase NAMING's /i
 * cannot ask for ("known Kelly as “the hardest worker”" names no one's label).
 */
const KNOWN_SO_AS = /\b[Kk]nown\s+\p{Ll}+ly\s+as\s*:?\s*(?:the\s+|a\s+|an\s+)?$/u;

/**
 * Words that give what follows as a name, not as what someone thinks of a thing: "nicknamed",
 * "dubbed him", "dubbed the proposals", "known as", "taken to calling (it)", "what some people
 * online are already calling". Not "dubbed Operation Lifeline aims" (a name, then the sentence's
 * verb), nor "calling him" (phoning, as often), nor "Doug Ford is calling it “…”" (his judgement).
 */
const LABELLING = new RegExp(
  `\\b(?:${[
    // "nicknamed", "dubbed him", "dubbed the proposals"
    String.raw`(?:[Nn]icknamed?|[Dd]ubbed)(?:\s+(?:him|her|them|it|(?:the|this|that|these|those|his|its|their)(?:\s+\p{Ll}[\p{L}-]*){1,2}))?`,
    // "known as", "known locally as"
    String.raw`[Kk]nown(?:\s+\p{Ll}+ly)?\s+as`,
    // "have taken to calling (it)", "began calling"
    String.raw`(?:taken\s+to|began|started)\s+calling(?:\s+(?:it|them))?`,
    // "what some people online are already calling": a name in use, given by no one in particular
    String.raw`[Ww]hat\s+(?:[\p{L}-]+\s+){1,4}?(?:are|is|were|was|been)(?:\s+(?:already|now|\p{Ll}+ly))?\s+calling`,
  ].join('|')})\\s*(?:the\\s+|a\\s+|an\\s+)?$`,
  'u',
);

/**
 * Words that give what follows as someone's name for a thing, a label rather than a statement:
 * "has repeatedly called the project “the gold-plated bus stop”", "she calls “Big Red Betty”",
 * "christened". Not "called the plan “a reckless gamble…”", a critic's words (asLabel).
 */
const CALLING =
  /\b(?:calls?|called|christened)(?:\s+(?:him|her|them|it|himself|herself|themselves|(?:the|this|that|these|those|his|its|their)(?:\s+\p{Ll}[\p{L}-]*){1,2}))?\s*(?:the\s+)?$/u;

/**
 * "dismissed the whole project as", "what the lender described as": a short phrase after them is
 * the label someone put on a thing. Unlike LABELLING's, one nobody is said to use is emphasis.
 */
const DESCRIBED_AS =
  /\b(?:described|dismissed|derided|characteri[sz]ed|labell?ed|branded|billed)(?:\s+[\p{L}’'$-]+){0,4}?\s+as\s*(?:the\s+|a\s+|an\s+)?$/u;

/** An article right before a quotation's opening mark: "described as a “…”". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)\s*$/iu;

/** A name opens on an article or a capital ("the bridge to nowhere"), not "at all hours". */
const opensLikeName = (text: string): boolean => /^(?:(?:the|a|an)\s|\p{Lu})/u.test(text.trim());

/** Up to eight words (`most`) with no sentence in them: a phrase that can be a name, not a statement. */
function isPhrase(text: string, most = 8): boolean {
  const words = text
    .trim()
    .replace(/[,.;:]+$/, '')
    .split(/\s+/);
  // A point between digits ("Snowpocalypse 2.0") ends no sentence.
  return words.length <= most && !/[!?…;:]|\.(?!\d)/.test(words.join(' '));
}

/**
 * Whether a quotation is a scare quote or a label rather than a statement, and whether its
 * sentence gives it as a name; null for a statement. "critics have taken to calling “the bridge to
 * nowhere”", "has dubbed the proposals “a charter for fire and rehire”": a phrase given as a name
 * is a label, up to eight words (and kept with no speaker, like a nickname). Not "calling it
 * “inventive, intelligent and complex”", a critic's words.
 */
function asLabel(f: Found, paragraph: string): { named: boolean } | null {
  const scare = isScare(f);
  const short = isPhrase(f.span.text);
  // "what he described as a “war on the suburbs”": the article may stand outside the marks.
  const phrase =
    short &&
    (opensLikeName(f.span.text) ||
      ARTICLE_BEFORE.test(paragraph.slice(Math.max(0, f.span.open - 5), f.span.open)));
  // Most quotations are neither: the words before them are read only for those that may be.
  if (!scare && !short) return null;
  const lead = before(paragraph, f.span);
  // "a practice she has dubbed “eviction by paint roller”": what is dubbed or nicknamed so is a
  // name, however it opens.
  const labelled = short && LABELLING.test(lead);
  // A label is short: "called the bill “the most significant climate legislation in history”" is
  // the senator's judgement, a statement.
  const label = phrase && isPhrase(f.span.text, 5);
  const called = label && CALLING.test(lead) && !/^an?\s/i.test(f.span.text.trim());
  const characterised = called || (label && DESCRIBED_AS.test(lead));
  const named = labelled || NAMING.test(lead) || KNOWN_SO_AS.test(lead);
  return scare || labelled || characterised ? { named } : null;
}

/** Up to 60 characters of the paragraph before a quotation's opening mark, in its sentence. */
function before(paragraph: string, span: QuoteSpan): string {
  const lead = paragraph.slice(Math.max(0, span.open - 60), span.open);
  return lead.slice(Math.max(0, lead.search(/[.!?]\s+[^.!?]*$/) + 1));
}

/** How many paragraphs before a quotation its speaker is still looked for in what they say. */
const LOOKBACK = 3;

/** Per paragraph: whether it or one of the next few holds a quotation, so its speakers matter. */
function quotesAhead(spans: QuoteSpan[][]): boolean[] {
  const out: boolean[] = new Array<boolean>(spans.length).fill(false);
  // Phrases in marks ("the “motherland”", a book's title) take their speaker from their own
  // sentence, or a pronoun for someone just named: the paragraph before is far enough back.
  let nextPhrase = Infinity;
  let nextStatement = Infinity;
  for (let p = spans.length - 1; p >= 0; p--) {
    const own = spans[p] ?? [];
    if (own.length > 0) nextPhrase = p;
    if (own.some((s) => !isScareQuote(s.text))) nextStatement = p;
    out[p] = nextPhrase - p <= 1 || nextStatement - p <= LOOKBACK;
  }
  return out;
}

/** Each organisation's quotations carry the acronym the article spells its name out with, for /quote. */
function withAcronyms(quotes: ExtractedQuote[], entities: ArticleEntities): void {
  for (const q of quotes) {
    if (q.speakerType !== 'organisation' || !q.speaker || q.acronym) continue;
    const acronym = entities.acronymsOf(q.speaker)[0];
    if (acronym) q.acronym = acronym;
  }
}

/** The fields that say who spoke, to copy from one quotation to another. */
function speakerFields(q: ExtractedQuote): Partial<ExtractedQuote> {
  const fields: Partial<ExtractedQuote> = { speaker: q.speaker, mention: q.mention };
  if (q.speakerType) fields.speakerType = q.speakerType;
  if (q.descriptor) fields.descriptor = q.descriptor;
  return fields;
}

/** A quotation the article repeats word for word (a pull quote, a summary) keeps its one speaker. */
function repeated(quotes: ExtractedQuote[], guessed: ReadonlySet<ExtractedQuote>): void {
  const key = (q: ExtractedQuote): string => q.text.replace(/[\s.,;:!?…'’"”]+$/u, '');
  // A guessed speaker gives way to a copy's that is not a guess.
  const known = new Map<string, ExtractedQuote>();
  for (const q of quotes) {
    const had = known.get(key(q));
    if (q.speaker && (!had || (guessed.has(had) && !guessed.has(q)))) known.set(key(q), q);
  }
  for (const q of quotes) {
    const twin = known.get(key(q));
    if (!twin || twin === q) continue;
    if (!q.speaker || (guessed.has(q) && !guessed.has(twin))) Object.assign(q, speakerFields(twin));
  }
}

function toQuote(f: Found, p: number, entities: ArticleEntities): ExtractedQuote {
  const q: ExtractedQuote = {
    text: ownCopy(f.span.text),
    speaker: copyOrNull(f.source?.person?.name),
    mention: copyOrNull(f.source?.mention),
    kind: f.kind,
    paragraph: p + 1,
  };
  const descriptor = f.source?.descriptor;
  // Only a role is shown beside the name: not whatever else the clause held ("on the other hand").
  if (descriptor && readsAsRole(descriptor, q.speaker)) q.descriptor = ownCopy(descriptor);
  const person = f.source?.person;
  if (person) q.speakerType = speakerType(person, entities);
  return q;
}

/**
 * A phrase in marks that is not a statement: short or title-like, and either without a reporting
 * clause of its own or only a fragment of the sentence ("accused of betraying the “motherland”").
 */
function isScare(f: Found): boolean {
  if (!isScareQuote(f.span.text)) return false;
  // "whom the club calls “The Hammer,”": a name given mid-sentence is no statement either.
  if (f.how === 'own') return f.kind === 'partial' || (!f.opens && !/[.!?…]$/.test(f.span.text));
  return !isCarriedSentence(f);
}

/** An organisation by its name's words or the article's evidence; else a person. */
function speakerType(person: Person, entities: ArticleEntities): SpeakerType {
  // "Mrs Hill": an honorific (or a pronoun the article uses for them) shows a person, whatever
  // their name's words suggest; so does a first name's gender ("Mavis").
  if (person.gender && !person.genderByName) return 'person';
  if (person.org) return 'organisation';
  if (person.gender) return 'person';
  // A pair, or a name ending in a role ("Canada Post spokesperson", "Met Office forecaster",
  // "defense institute CEO"), is people, whatever organisation their name carries.
  // Not a federal department's portfolios ("Fisheries and Oceans Canada").
  if (/\sand\s/.test(person.name) && !isNationalBody(person.name)) return 'person';
  const last = person.name.slice(person.name.lastIndexOf(' ') + 1);
  const role = /^\p{Ll}/u.test(last) || /^\p{Lu}+$/u.test(last);
  if (last !== person.name && role && isRoleNoun(last.toLowerCase())) return 'person';
  return entities.isOrganisation(person.name) ? 'organisation' : 'person';
}

/** A whole sentence in marks continuing a speaker ("“Spending will not.”") is a statement, however short. */
function isCarriedSentence(f: Found): boolean {
  return f.how === 'carried' && f.kind === 'full' && /[.!?…]$/.test(f.span.text);
}

function copyOrNull(text: string | null | undefined): string | null {
  return text == null ? null : ownCopy(text);
}

/** Short or Title Case phrases in marks with no reporting clause are scare quotes or titles. */
export function isScareQuote(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "They're closing Eastgate": a contracted verb is a word of a clause, as "They are" is.
  const contracted = words.filter((w) => CONTRACTED_VERB.test(w)).length;
  if (words.length + contracted <= 3) return true;
  // Titles keep prepositions lowercase, however long: "The Nightly Show with Larry Wilmore".
  const content = words.filter((w) => w.length > 3 && !TITLE_PREPOSITIONS.has(w));
  return words.length <= 10 && content.every((w) => /^[\p{Lu}\p{N}'‘"“(]/u.test(w));
}

const TITLE_PREPOSITIONS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'about']);

/** A pronoun and its verb in one word: "They're", "we've", "I'm", "she'll". */
const CONTRACTED_VERB = /^\p{L}+['’](?:re|ve|ll|m|d)\b/iu;

/**
 * "on condition of anonymity", "who requested anonymity", "who asked not to be named", "who did not
 * want to be identified", "who asked that her name not be used", "who wished to remain anonymous",
 * "who declined to give his full name", "who was not authorized to discuss" (said of the source,
 * not "adding that deputies were not authorized").
 */
const ANONYMITY = new RegExp(
  [
    /\b(?:anonymity|not (?:to be|be) (?:named|identified)|declined to be (?:named|identified))\b/,
    /\b(?:who|because \w+|as \w+) (?:was|is|were|are) not authori[sz]ed to (?:speak|comment|discuss|talk)\b/,
    // Only of the source, in its own relative clause: not "the right of donors to remain
    // anonymous" nor "the girl, whose family asked that her name not be published".
    /\bwho (?:\w+ ){0,2}(?:(?:did not|didn['’]t) want to be (?:named|identified)|asked that (?:his|her|their) name not be (?:used|published)|(?:wished|asked|wanted|preferred) to remain anonymous|(?:declined|refused) to give (?:his|her|their) (?:full |last )?name)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** Words for someone who speaks for a body, named or not: "a spokesperson for X", "an aide". */
const VOICE_NOUN = /spokes|representative|^aides?$/i;

/** A time an opening "a" or "one" may count: "A year after the crash, Maria Lopez…". */
const TIME_NOUN =
  /^(?:year|years|day|days|week|weeks|month|months|decade|hour|hours|moment|night|morning|while|time|minute|minutes)$/i;

/**
 * Whether the sentence opens on someone it does not name: "A nurse at…", "One resident, …"; not a
 * time ("A year after the crash, Maria Lopez…"), nor a spokesperson, who speaks for a body however
 * unnamed.
 */
function opensOnSomeone(tokens: Token[], s: number, e: number): boolean {
  const first = /^(?:but|and|yet)$/i.test(tokens[s]?.text ?? '') ? s + 1 : s;
  if (!/^(?:a|an|one|another)$/i.test(tokens[first]?.text ?? '')) return false;
  if (tokens.slice(first + 1, first + 3).some((t) => TIME_NOUN.test(t.text))) return false;
  for (let i = first; i < e; i++) if (VOICE_NOUN.test(tokens[i]!.text)) return false;
  return true;
}

/** Whether a sentence says its source is not to be named. */
function anonymous(tokens: Token[], s: number, e: number): boolean {
  let text = '';
  for (let i = s; i < e; i++) if (tokens[i]!.kind === 'word') text += ` ${tokens[i]!.text}`;
  return ANONYMITY.test(text);
}

/** A question reported, and what opens it: "asked whether", "questioned why", "pressed her on". */
const ASKED = /^(?:asked|asks|questioned|pressed|quizzed)$/;
const QUESTION_OPENER = /^(?:whether|if|why|how|what|when|her|him)$/;

/** Whether a question opens at `i`, or after the name of whom it is put to. */
function asksNext(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < i + 4 && /^\p{Lu}/u.test(tokens[j]?.text ?? '') && tokens[j]!.kind === 'word') j++;
  return QUESTION_OPENER.test(tokens[j]?.text ?? '');
}

/** Verbs by which the sentence after a lone quotation says its subject told of something. */
const TELLS = /^(?:described|describes|recalled|recalls|explained|explains)$/;
const TELLING = /^(?:describing|recalling|explaining)$/;
/**
 * "delivered that message", "issued those words": a sentence giving the quotation as sent, by its
 * verb (DELIVERS) and its noun (DELIVERED).
 */
const DELIVERS = /^(?:delivered|delivers|issued|issues|sent|sends|offered|offers)$/;
const DELIVERED = /^(?:message|messages|warning|words|assessment|verdict|rebuke|pledge|promise)$/;
const OTHERS_WORDS =
  /^(?:saying|hearing|heard|say|said|told|telling|shouting|yelling|screaming|whispering|asking|calling|but)$/;

/**
 * "Shelby Morin, who spotted the man…, described the moment to CBC News", "Delphine Arcand is
 * describing the making of her album", "Liam Carvalho delivered that message on Monday": the
 * name a sentence opens on that tells of the quotation before it, asked only after a quotation
 * opening the article (later, such a sentence may answer another speaker). Not someone recalling another's words ("recalls a stranger saying", "recalls
 * the words of the doctor"; but "described it in those words"), nor a sentence that turns to
 * someone else ("…, but Julie Tran is not buying it").
 */
function tellerOf(first: Token[]): Subject | null {
  const tells = first.findIndex(
    (t, i) =>
      TELLS.test(t.text) ||
      (/^(?:is|was)$/.test(t.text) && TELLING.test(first[i + 1]?.text ?? '')) ||
      // "Canada’s world junior captain, Liam Carvalho, delivered that message on Monday".
      // Not "was sent that message by her landlord", who sent it.
      (DELIVERS.test(t.text) &&
        !/^(?:was|were|is|are|been)$/.test(first[i - 1]?.text ?? '') &&
        /^(?:that|this|those|these)$/.test(first[i + 1]?.text ?? '') &&
        DELIVERED.test(first[i + 2]?.text ?? '')),
  );
  if (tells < 1 || !isCap(first[0]?.text ?? '')) return null;
  const told = first.slice(tells + 1);
  const other = told.some(
    (t, i) => OTHERS_WORDS.test(t.text) || (t.text === 'words' && told[i + 1]?.text === 'of'),
  );
  const found = other ? null : subjectBefore(first.slice(0, tells));
  return found?.kind === 'name' ? found : null;
}

/**
 * "“My mother taught me to cook.” ¶ Leticia Almeida is standing in the kitchen…": after a
 * quotation opening the article, the person named in full whom the next paragraph opens on; not
 * one recalling another's words ("Ron Dueck heard a neighbour say").
 */
function namedOpener(first: Token[]): Subject | null {
  let end = 0;
  while (end < 4 && first[end]?.kind === 'word' && isCap(first[end]!.text)) end++;
  // A verb that sets the scene around them ("is standing", "has run"), not one answering the
  // quotation ("Tom Reed praised the remarks", "Jason Ng recalls the words of the doctor").
  const after = first[end];
  if (end < 2 || after?.kind !== 'word' || !SCENE_VERBS.test(after.text)) return null;
  // "Dana Whitfield was sent that message by her landlord": its receiver, not its sender.
  if (DELIVERS.test(first[end + 1]?.text ?? '')) return null;
  const words = first.slice(0, end).map((t) => t.text);
  if (!isKnownGivenName(words[0] ?? '') || first.some((t) => OTHERS_WORDS.test(t.text)))
    return null;
  const subject = readChunk(words);
  return subject?.kind === 'name' && !subject.org ? subject : null;
}

/** Verbs that set a scene around someone rather than answer a quotation ("is standing"). */
const SCENE_VERBS =
  /^(?:is|was|has|had|sits|sat|stands|stood|runs|ran|owns|owned|lives|lived|spent|grew|works|worked|opened|started|founded|leads|led|keeps|kept)$/;

/** How many tokens a dateline in capitals and its dash open the paragraph with ("SAMBURU —"): 0 for none. */
function datelineWords(tokens: Token[]): number {
  // "SAMBURU —", "WINDSOR, Ont. —": a place in capitals, then its province or state's abbreviation.
  const dash = tokens.findIndex((t) => DASHES.test(t.text));
  if (dash < 1 || dash > 6 || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[0]!.text)) return 0;
  const place = (t: Token): boolean =>
    t.kind === 'word' ? /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) : /^[,.]$/.test(t.text);
  return tokens.slice(1, dash).every(place) ? dash + 1 : 0;
}

/** A live update's time, as tokens: "2:16", "p.m", ".", ":". */
const TIME_STAMP = /^(?:\d{1,2}(?::\d{2})?|[ap]\.?m\.?|[.:—–-])$/i;

/** A wire's or a paper's note on the story itself, after its last paragraph. */
const PUBLICATION_NOTE =
  /^\s*(?:This (?:report|story|article|item) (?:by|from|was|is|has|first)\b|With (?:files|reporting) from\b)/;

/**
 * "That was how Mayor Lucie Bergeron-Hamel framed it", "That's how Coach Ray Dunn put it": the
 * capitalised words (a title and a name) before the verb of putting words so.
 */
const HOW_PUT =
  /^(?:That|This)(?: [’']s| was| is|[’']s) how ((?:\p{Lu}[\p{L}.’'-]* ){1,5}?\p{Lu}[\p{L}’'-]*) (?:put|framed|described|summed|explained|characteri[sz]ed|saw|sees|see) (?:it|up)\b/u;

/**
 * Fact-check and pull-quote layouts: a paragraph that is only a quotation, signed by the next
 * paragraph ("— Bernie Sanders." / "- Clinton, in a debate.") or named by its first sentence
 * ("That was the assessment of X", "So says X", "X, 58, says this while…"; after a quotation
 * opening the article, "X described…"). The name, or null.
 */
function signature(
  tokens: Token[],
  text: string | undefined,
  next: Token[] | undefined,
  { lede, verbs }: { lede: boolean; verbs: boolean },
): Subject | null {
  // A lede's dateline ("SAMBURU —") before the quotation leaves it alone in its paragraph.
  const dated = lede ? datelineWords(tokens) : 0;
  const alone = tokens.every((t, i) => t.kind !== 'word' || i < dated || TIME_STAMP.test(t.text));
  if (!text || !next || !alone) return null;
  // "This report by The Canadian Press was first published May 14.": a wire's note, no signer.
  if (PUBLICATION_NOTE.test(text)) return null;
  // "“Q.”¶That was the assessment of marine biologist Helena Stroud, who…": the next paragraph's
  // first sentence, opening on "That", "This", "Those" ("are the words of") or "The" ("comments
  // came from"), says whose words they were.
  // After a live update's time, too ("2:16 p.m.: That was police Chief Anita Marsh…").
  // So does "With that, Police Chief Ramona Eskridge opened…" after a lede's (later, the
  // paragraph before has often named who spoke).
  const opens = next.findIndex(
    (t) => /^(?:That|This|Those|These|The)(?:[’']s)?$/.test(t.text) || (lede && t.text === 'With'),
  );
  if (opens >= 0 && next.slice(0, opens).every((t) => TIME_STAMP.test(t.text))) {
    const rest = next.slice(opens);
    // "That was how Mayor Lucie Bergeron-Hamel framed it Monday": whose framing it was.
    const how = HOW_PUT.exec(rest.map((t) => t.text).join(' '));
    const put = how ? readChunk(how[1]!.split(' ')) : null;
    if (put?.kind === 'name') return put;
    const [s, e] = sentenceRanges(rest)[0] ?? [0, 0];
    const found = attributeNextSentence(rest.slice(s, e))?.subject;
    return found?.kind === 'name' ? found : null;
  }
  // "So says Naserian Lekishon, a pastoralist…", "Jolene Prewitt, 58, says this while…": a
  // paragraph with no quotation ahead was read without its reporting verbs.
  const read = verbs ? next : tokenizeParagraph(text, [], { verbs: true });
  const [s, e] = sentenceRanges(read)[0] ?? [0, 0];
  const first = read.slice(s, e);
  const v = first.findIndex((t) => t.verb === true);
  const so = v === 1 && /^(So|Thus)$/.test(first[0]?.text ?? '');
  if (so || (v > 0 && saysThis(first.slice(v + 1)))) {
    const found = attributeNextSentence(first)?.subject;
    return found?.kind === 'name' ? found : null;
  }
  const teller = lede ? (tellerOf(first) ?? namedOpener(first)) : null;
  if (teller) return teller;
  if (next.length > 24 || !/^\s*[—–―-]/.test(text)) return null;
  if (next.some((t) => t.kind === 'quote')) return null;
  const signer = next[0]?.kind === 'punct' ? next.slice(1) : next;
  const subject = subjectAfter(signer);
  // The name alone before any description: "- Amber Phillips wrote it." signs nothing.
  const named = chunks(signer)[0]?.length === subject?.mention.split(' ').length;
  return subject?.kind === 'name' && named ? subject : null;
}

function readParagraph(
  spans: QuoteSpan[],
  tokens: Token[],
  p: number,
  state: SpeakerState,
  signed: Subject | null,
): Found[] {
  const sentences = sentenceRanges(tokens);
  const found: Found[] = [];
  const titles: Found[] = [];
  const pending = state.pending;
  state.pending = null;
  sentences.forEach(([s, e], si) => {
    state.sentences++;
    const quotes = indexes(tokens, s, e);
    const head = tokens.slice(s, quotes[0] ?? e);
    const subject = noteSubject(head, p, state);
    if (quotes.length === 0) {
      // A signature line ("— Jane Doe, after the speech.") signs the quotation before it, no other.
      const closes = si === sentences.length - 1 && !DASHES.test(tokens[0]?.text ?? '');
      // Its first reporting verb: not "X is accused of fraud, police said".
      const at = head.findIndex((t) => t.kind === 'word' && t.verb);
      const saying = at >= 0 && isSaying(head[at]!.text);
      const says = saying || (at >= 0 && takesStand(head, at));
      state.subject = subject && {
        source: subject,
        paragraph: p,
        sentence: si,
        closes,
        says,
        // Not someone the sentence reports speaking ("McLeod said the flood killed her cat").
        absent: !saying && ABSENT.test(head.map((t) => t.text).join(' ')),
      };
      // With no quotation the head is the whole sentence; neither reader changes it.
      return noteReported(
        head,
        p,
        state,
        { opens: si === 0, closes: si === sentences.length - 1 },
        subject,
      );
    }
    let from = s;
    for (const qi of quotes) {
      noteNamed(tokens.slice(from, qi), p, state);
      from = qi + 1;
      const after = attributeAfter(tokens, qi, e);
      const lead = tokens.slice(s, qi);
      // "On her coach, Mireille Tanguay, who has said…: “Q”": a topic's label, not who speaks.
      const topical =
        found.length === 0 && (isTopicLabel(lead) || (state.byTopic && opensOnTopic(lead)));
      const ownClause = (): Attribution | null => {
        if (topical) return null;
        const own = attributeBefore(tokens, s, qi);
        // "Halfway through the set, singer Adaeze Nwosu stopped and said: “…”": a word opening a
        // phrase set off before the subject, guessed as a name and no name by the article's
        // evidence; the clause after the comma says who speaks.
        if (!own?.weak || own.subject.kind !== 'name' || state.plausible(own.subject)) return own;
        if (!isEnglishWord(own.subject.mention)) return own;
        const comma = tokens.findIndex((t, i) => i > s && i < qi && t.text === ',');
        // Only after a common word so guessed ("Halfway"), and someone shown to be a person: by a
        // person's noun before the name ("singer Adaeze Nwosu") or a given name a list knows; not
        // "…, Serbo-Croatian…", "…, the 2014 Ivory Tower survey…".
        const after = comma > 0 ? attributeBefore(tokens, comma + 1, qi) : null;
        const subject = after?.subject;
        const noun = subject?.descriptor?.split(' ').at(-1) ?? '';
        const person =
          subject?.kind === 'name' &&
          (isPersonNoun(noun) || isKnownGivenName(subject.mention.split(' ')[0] ?? '')) &&
          state.plausible(subject);
        return after && person ? after : own;
      };
      // "“…,” police said.": the force the article named, when it named one; else as before.
      const police = policeAfter(tokens, qi, e);
      const force = police ? state.policeForce(p) : null;
      const att =
        (force
          ? { subject: { kind: 'name' as const, mention: police!, name: force, org: true } }
          : null) ??
        (after?.introducesNext ? (ownClause() ?? after) : after) ??
        ownClause() ??
        attributeBare(tokens, qi, e) ??
        (qi === e - 1 ? nextSentence(tokens, sentences[si + 1]) : null) ??
        knownNameAfter(tokens, qi, state);
      const span = spans[tokens[qi]?.quote ?? 0] as QuoteSpan;
      const f: Found = {
        span,
        source: null,
        how: 'none',
        kind: kindOf(tokens, s, qi, span.text),
        sentence: si,
        // "On coach Brett Halvorsen: “Q”": a topic's label opening the paragraph, then the answer.
        first: qi === 0 || topical,
        opens: lead.every((t) => t.kind === 'punct'),
      };
      const titled = namesWork(tokens, qi, span.text);
      // "Hazel Tutcho’s debut novel, “The Salt Year,”": a work's title is its maker's words.
      const maker = isTitleCase(span.text, 10)
        ? workMaker(lead, span.text, tokens.slice(qi + 1, e))
        : null;
      const made = maker && madeBy(maker, lead, p, state);
      if (made) {
        // Kept apart until the paragraph is read: a title speaks for no quotation after it.
        [f.source, f.how, f.made] = [made, 'own', true];
        titles.push(f);
        continue;
      } else if (titled) {
        // "said on ABC’s “This Week”": the name of a show someone appeared on is nobody's words.
        f.work = true;
        found.push(f);
        continue;
      } else if (
        att &&
        !(att.weak && att.subject.kind === 'name' && !state.plausible(att.subject))
      ) {
        // A guessed subject must be a name by the article's evidence: not "Immediately after…".
        // "He called…", "“…,” he says.", "…drew Trump’s ire - he called her": a "he" or "she"
        // going on from the sentence or clause before it.
        state.goesOn =
          att.subject.kind === 'pronoun'
            ? goesOnFrom(tokens, sentences, si, qi, att.subject)
            : null;
        let resolved: Source;
        try {
          resolved = state.resolve(
            att.subject.kind === 'pronoun' ? { ...att.subject, quote: span.text } : att.subject,
            p,
          );
        } finally {
          state.goesOn = null;
        }
        f.source =
          (att.weak && coordinated(found, f, lead)) ||
          describedSpeaker(
            resolved,
            att.subject,
            { paragraph: p, sentence: si, first: f.first, adds: addsAfter(tokens, qi, e) },
            state,
          );
        // "Traders say what Clare County Council describes as a “temporary one-way system”": a
        // phrase the speaker gives as someone's name for a thing is theirs when no one says it.
        if (!f.source?.person && isScareQuote(span.text))
          f.source = namedBy(lead, p, state) ?? f.source;
        // "said one Western diplomat, speaking on condition of anonymity": a source the article
        // will not name is nobody's to show, however it describes them; but a body's spokesperson
        // still speaks for the body ("A spokesperson for the minister, who declined to be named").
        // Not a role the article gave someone ("the chief said of the suspect, who declined to
        // give his full name").
        // Nor a place or body set off in that source's description ("A nurse at the Ekiti State
        // University Teaching Hospital, Ado Ekiti, who pleaded anonymity, said…").
        if (
          (att.subject.kind === 'nominal' || opensOnSomeone(tokens, s, qi)) &&
          !VOICE_NOUN.test(att.subject.mention) &&
          !(f.source?.person && /^the\s/i.test(att.subject.mention)) &&
          anonymous(tokens, s, e)
        )
          f.source = { person: null, mention: att.subject.mention };
        f.how = 'own';
        if (att.setOff) f.setOff = true;
      } else carry(f, found, lead, pending, p, state);
      const owner = f.source ? null : possessiveSpeaker(lead, tokens[qi + 1]);
      if (owner && (owner.kind === 'pronoun' || state.plausible(owner)))
        f.loose = state.resolve(owner, p);
      else if (!f.source && f.kind === 'partial' && !groupSays(tokens, qi))
        f.loose =
          namedBy(lead, p, state) ??
          looseSubject(lead, p, state) ??
          (isScareQuote(span.text) ? null : openerOwner(lead, tokens.slice(qi + 1, e), p, state)) ??
          reportedBefore(span, lead, found, p, state);
      found.push(f);
      if (f.source) {
        state.noteSpeaker(f.source.person);
        state.last = { source: f.source, paragraph: p };
        // "In a letter to subscribers, board chair Heather Colquhoun wrote that it was made “…”":
        // the letter is hers for a later "the letter reads".
        const sent = f.how === 'own' && f.source.person ? saidInDocument(tokens.slice(s, e)) : null;
        if (sent) noteDocument(state, f.source, p, sent, tokens.slice(s, e));
        if (state.afterQuestion && f.source.person) state.interviewee = f.source.person;
        state.noteBody(f.source.person);
      }
    }
    if (e - from > 8) noteTail(tokens.slice(from, e), p, state);
  });
  backfill(found);
  if (signed) {
    const source = state.resolve(signed, p);
    for (const f of found)
      if (f.how === 'none' || f.how === 'carried') [f.source, f.how] = [source, 'own'];
  }
  for (const f of found) {
    if (f.how === 'none' && f.loose) {
      f.source = f.loose;
      f.how = 'loose';
    }
  }
  if (titles.length > 0) {
    found.push(...titles);
    found.sort((a, b) => a.span.open - b.span.open);
  }
  const lastSpan = spans[spans.length - 1];
  const lastFound = found[found.length - 1];
  state.runOn =
    lastSpan && !lastSpan.closed && lastFound?.span === lastSpan ? lastFound.source : null;
  return found;
}

/** Whom the namer of a phrase in marks (labels.ts: "what the company calls “…”") stands for. */
function namedBy(lead: Token[], p: number, state: SpeakerState): Source | null {
  const namer = namerOf(lead);
  // A name of one word only as someone's surname: not "Latin", "English", "Time".
  const name = namer?.kind === 'name' ? namer.mention : null;
  if (!namer || (name && !name.includes(' ') && !state.knowsSurname(name))) return null;
  return personFor(namer, p, state);
}

/** Whom a work's maker (works.ts) stands for, in the sentence whose words before it are `lead`. */
function madeBy(maker: Maker, lead: Token[], p: number, state: SpeakerState): Source | null {
  if (maker === 'subject') return looseSubject(lead, p, state);
  if (maker === 'latest') return state.latestPerson();
  return personFor(maker, p, state);
}

/**
 * The person a namer or maker stands for, or null: a name must read as one, and one the article
 * gives no one by ("by local taxi drivers") leaves the quotation to the other rules.
 */
function personFor(subject: Subject, p: number, state: SpeakerState): Source | null {
  if (subject.kind === 'name' && !state.plausible(subject)) return null;
  const source = state.resolve(subject, p);
  return source.person ? source : null;
}

/**
 * "“Q.” Will wrote.", "“Q,” From said.": a word that is no name on its own ("will", "from") is one
 * when the article gives it as someone's surname (George Will, Al From) and a reporting verb follows.
 */
function knownNameAfter(tokens: Token[], qi: number, state: SpeakerState): Attribution | null {
  const [name, verb] = [tokens[qi + 1], tokens[qi + 2]];
  if (name?.kind !== 'word' || !verb?.verb || !/^\p{Lu}\p{Ll}/u.test(name.text)) return null;
  if (!state.knowsSurname(name.text)) return null;
  return { subject: { kind: 'name', mention: name.text, name: name.text } };
}

/**
 * Title Case in marks right after a possessive or "on", "of", "in": a show, book or film. So is a
 * title after the noun for a work ("the reality show “Cake Boss.”", "her memoir, “Tough Choices.”"),
 * and a term after "so-called" is the writer's, not anyone's words.
 */
function namesWork(tokens: Token[], qi: number, text: string): boolean {
  const before = tokens[qi - 1];
  // "—“Hamilton to play Chicago,” by Variety’s Gordon Cox:": a headline opening its line, then
  // its byline.
  const opens = !before || (before.kind === 'punct' && /^[—–―:]$/.test(before.text));
  const by = tokens[qi + 1]?.text === ',' ? tokens[qi + 2] : tokens[qi + 1];
  if (opens && by?.text === 'by' && /,$/.test(text)) return true;
  if (before?.kind !== 'word')
    return isWorkNoun(tokens[qi - 2]) && before?.text === ',' && isTitleCase(text, 10);
  if (before.text.toLowerCase() === 'so-called') return true;
  if (isWorkNoun(before)) return isTitleCase(text, 10);
  if (!isTitleCase(text, 8)) return false;
  // "in an interview with “Fox News Sunday,”", "an ad titled “Unifier?”".
  return endsPossessive(before.text) || /^(on|of|in|from|told|with|titled)$/.test(before.text);
}

const isWorkNoun = (t: Token | undefined): boolean =>
  t?.kind === 'word' && WORK_NOUNS.has(t.text.toLowerCase());

function isTitleCase(text: string, most: number): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return (
    words.length <= most &&
    words.every((w) => w.length <= 3 || TITLE_PREPOSITIONS.has(w) || /^[\p{Lu}\p{N}'‘"“(]/u.test(w))
  );
}

function indexes(tokens: Token[], s: number, e: number): number[] {
  const out: number[] = [];
  for (let i = s; i < e; i++) if (tokens[i]?.kind === 'quote') out.push(i);
  return out;
}

function nextSentence(tokens: Token[], range: [number, number] | undefined): Attribution | null {
  return range ? attributeNextSentence(tokens.slice(range[0], range[1])) : null;
}

/** Words a name before them may do rather than qualify ("Rick Monday noticed", "Díaz first ran"). */
const DOES = new Set(
  (
    'was is has had were are did does would could will can may might must should first then ' +
    'also still later again ran went met told said saw came took gave got made began became and ' +
    'or but who which that'
  ).split(' '),
);

/** Whether a lowercase word after a name is a noun it qualifies: "his own Yale background". */
function qualifiesNoun(next: string): boolean {
  return (
    /^\p{Ll}/u.test(next) &&
    !DOES.has(next) &&
    !PREPOSITIONS.has(next) &&
    !isVerbForm(next) &&
    !isPresentVerb(next) &&
    !isAdverbOrParticiple(next)
  );
}

/**
 * "When I put Albrecht’s point to Ferreira, she agrees – partly.": the one person of the pronoun's
 * gender a "when", "after" or "asked" clause opening the sentence names is whom the pronoun after
 * it means, not whoever spoke last.
 */
function openerPerson(
  tokens: Token[],
  gender: 'm' | 'f',
  p: number,
  state: SpeakerState,
): Source | null {
  if (!/^(?:when|after|as|once|asked|told|shown|pressed|confronted)$/i.test(tokens[0]?.text ?? ''))
    return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2) return null;
  const found = new Map<string, Source>();
  for (let i = 1; i < comma; i++) {
    if (!isCap(tokens[i]!.text) || tokens[i]!.text === 'I') continue;
    let end = i;
    while (end + 1 < comma && isCap(tokens[end + 1]!.text)) end++;
    const words = tokens.slice(i, end + 1).map((t) => t.text);
    const start = i;
    i = end;
    // Not a body ("After the Ludwig Boltzmann Gesellschaft failed…"), nor whom the clause is about
    // ("Asked about Warren, she said"), nor whose something is ("his own Yale background",
    // "Dukakis's Harvard connection").
    if (
      /^(?:the|a|an|about|of|on|over|regarding|against|with)$/i.test(
        tokens[start - 1]?.text ?? '',
      ) ||
      endsPossessive(words.at(-1)!) ||
      qualifiesNoun(tokens[end + 1]?.text ?? '')
    )
      continue;
    const mention = words.join(' ');
    const name: Subject = { kind: 'name', mention, name: mention };
    if (!state.plausible(name)) continue;
    const source = state.resolve(name, p);
    const person = source.person;
    // A surname alone, only for someone the article spoke of lately ("to Ferreira").
    if (!person || person.org || (words.length === 1 && !state.inView(person))) continue;
    const its = person.gender ?? givenNameGender(person.name.split(' ')[0] ?? '');
    if (its === gender) found.set(person.name, source);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The named subject of a sentence is who a later "he" or "she" most likely means. */
function noteSubject(tokens: Token[], p: number, state: SpeakerState): Source | null {
  // "Her neighbour, Maricel Dela Cruz, arrived an hour later. “…,” she said": the name set off
  // after a possessive's noun opening the sentence is its subject.
  const setOff = setOffSubject(tokens);
  if (setOff && state.plausible(setOff)) {
    const source = state.resolve(setOff, p);
    state.noteSpeaker(source.person);
    return source;
  }
  // "As for Trump, he said he was not worried": the topic is whom the sentence's "he" means.
  const topic = topicOf(tokens) ?? possessiveOpener(tokens) ?? clauseOpener(tokens, state);
  if (topic && state.plausible(topic)) state.noteSpeaker(state.resolve(topic, p).person);
  // "Among the guests at the launch was Ahmed Hassan, a 52-year-old accountant…": the person
  // after the verb is the sentence's subject, whom a pronoun after it means.
  const among =
    tokens[0]?.text === 'Among' ? AMONG_WAS.exec(tokens.map((t) => t.text).join(' ')) : null;
  // Words before the name only as a description ending on an age or a person's noun ("retired
  // bus driver Wong Siu-ming", "13-year-old Ahmed Al Hinai"), not "a friend of Jamie Lowe".
  const described = among?.[2]?.trim().split(' ').at(-1) ?? '';
  const opens = !described || AGE.test(described) || isPersonNoun(described);
  if (among && opens && !AMONG_NOT_SPEAKING.test(among[1]!)) {
    const subject: Subject = { kind: 'name', mention: among[3]!, name: among[3]! };
    if (state.plausible(subject)) {
      const source = state.resolve(subject, p);
      state.noteSpeaker(source.person);
      return source;
    }
  }
  // "But a senior official, who asked not to be named, painted a different picture. ¶ “…,” he
  // told Citi News.": the "he" after a source the article will not name is that source (also
  // "Another nurse, who asked not to be named…").
  const first = /^(?:but|and|yet)$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  const indefinite = /^(?:a|an|one|another)$/i.test(tokens[first]?.text ?? '');
  // "A 71-year-old farmer, who gave his name only as Manuel, said…": the name they gave.
  const given = indefinite ? givenOnly(tokens) : null;
  if (given) {
    const source = state.resolve({ kind: 'name', mention: given, name: given }, p);
    state.noteSpeaker(source.person);
    return source;
  }
  if (indefinite && anonymous(tokens, 0, tokens.length)) {
    // Its pronoun, where the sentence gives one ("because he was not authorised"), else its noun's
    // ("A man who did not want to be identified").
    const pronoun = tokens.find((t) => t.text === 'he' || t.text === 'she')?.text;
    const noun = tokens.slice(first + 1, first + 4).map((t) => t.text);
    state.unnamed = {
      paragraph: p,
      gender: pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : describedGender(noun.join(' ')),
    };
    return null;
  }
  // "The 34-year-old was typically understated. “…,” he said.": an age opening a sentence is whom
  // the article gave it, or the story's subject (ArticleEntities ofAge); a pronoun after it, theirs.
  // Not a sentence reporting speech ("The 45-year-old said he had texted her… “Love you Mam.”"):
  // its clause says whose words follow.
  if (
    /^the$/i.test(tokens[0]?.text ?? '') &&
    AGE.test(tokens[1]?.text ?? '') &&
    !tokens.some((t) => t.kind === 'word' && t.verb && isSaying(t.text))
  ) {
    // Not whom the sentence goes on to name ("The 58-year-old… named it after her late mother,
    // Nanay Pacing"); others it names are seldom whom its pronoun after means ("The 24-year-old
    // winner will face either Mei Tanaka or… “…,” she said").
    const person = state.described(`the ${tokens[1]!.text}`, p);
    const surname = person?.name.split(' ').at(-1);
    const other = tokens.slice(2).some((t) => t.text === surname);
    if (person && !other) {
      state.noteSpeaker(person);
      return null;
    }
  }
  const { subject: named, description } = sentenceSubjects(tokens);
  const opening = description ?? named ?? leadingRole(tokens);
  if (opening?.kind === 'nominal' && describedSubject(opening, p, state)) return null;
  if (!opening && kinSpeaks(tokens, p, state)) return null;
  // A description that finds no one leaves the sentence's named subject, if any.
  const subject = opening?.kind === 'nominal' ? named : opening;
  // "When he prised out a few bricks, he found a passage.": the person the pronoun stands for.
  if (subject?.kind === 'pronoun' && /^(he|she)$/.test(subject.name ?? '')) {
    const put = openerPerson(tokens, subject.name === 'he' ? 'm' : 'f', p, state);
    if (put) {
      state.noteSpeaker(put.person);
      return put;
    }
    return state.pronounSubject(subject.name!, p);
  }
  if (subject?.kind !== 'name' || !state.plausible(subject)) return null;
  const source = state.resolve(subject, p);
  state.noteSpeaker(source.person);
  return source;
}

/**
 * The one name a sentence's unnamed subject gave: "who gave his name only as Manuel", "who
 * would give only her first name, Aisha", "identified only as Tom".
 */
function givenOnly(tokens: Token[]): string | null {
  const text = tokens.map((t) => t.text).join(' ');
  const m = GIVEN_ONLY.exec(text);
  return m?.[1] ?? m?.[2] ?? null;
}

/**
 * "Among the guests was Ahmed Hassan": one person named in full after "was" or "is", and what
 * describes them (not "was whether Premier Scott Moe…", "was a friend of Jamie Lowe"); not among
 * the dead, the hurt, the held or the questioned ("Among the dead was Ahmed Hassan… “…,” he said"
 * is the police's).
 */
const AMONG_WAS =
  /^Among\s+([^.;“”]*?)\s(?:was|is)\s+((?:(?:\d{1,3}-year-old|\p{Ll}+)\s+){0,3}?)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}’'-]+)+)/u;

/** Whom "Among … was" names no speaker among: the dead, the hurt, the held, the questioned. */
const AMONG_NOT_SPEAKING =
  /\b(?:dead|killed|injured|wounded|hurt|victims?|missing|arrested|held|detained|charged|casualties|questioned|interviewed|taken|treated|rescued|evacuated|hospitali[sz]ed)\b/;

const GIVEN_ONLY =
  /\b(?:gave|give|giving|gives|provided|offered)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?(?:as\s+)?,?\s*(?:(?:Mr|Mrs|Ms|Miss|Mdm|Madam)\.?\s+)?(\p{Lu}\p{Ll}+)\b|\bidentified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name\s*,?)\s+(\p{Lu}\p{Ll}+)\b/u;

/**
 * "Asked what keeps him coming back, the engineer points to his knees": the person a description
 * opening a sentence stands for ("the", a person's noun), whom a "he" after it then means.
 */
function describedSubject(subject: Subject, p: number, state: SpeakerState): boolean {
  // The description is the chunk's first words: "the", up to two lowercase words, a role noun.
  const words = subject.mention.split(' ');
  const role = words.findIndex((w, i) => i > 0 && i <= 3 && isRoleNoun(w));
  const lower = words.slice(1, role + 1).every((w) => /^\p{Ll}/u.test(w));
  if (!/^the$/i.test(words[0] ?? '') || role < 1 || !lower) return false;
  const mention = words.slice(0, role + 1).join(' ');
  // Only a noun the article wrote before can have been given to someone: most never were.
  if (!state.writtenBefore(words[role]!.toLowerCase(), p)) return false;
  // Remembered for a pronoun after it, not made the sentence's subject (its clause reads that).
  const person = state.described(mention, p);
  state.noteSpeaker(person);
  return person !== null;
}

/**
 * "His brother doesn’t dispute it. “…,” he says.": a relative opening a sentence by a possessive
 * and a kin noun, then speaking (SPEAKING_ACT), is whom a pronoun after it means. Not "His father
 * was a miner", nor "His brother saw everything".
 */
function kinSpeaks(tokens: Token[], p: number, state: SpeakerState): boolean {
  const words = tokens.slice(0, 2).map((t) => t.text);
  if (!/^(?:His|Her)$/.test(words[0] ?? '') || !KIN_NOUNS.has(words[1] ?? '')) return false;
  // The words after the kin noun: a speaking act, after a negation or an adverb at most.
  const next = tokens.slice(2, 5).map((t) => t.text.toLowerCase());
  const act = next.find(
    (w) => !/^(?:does|doesn['’]t|did|didn['’]t|not|n['’]t|also|just|only|quickly)$/.test(w),
  );
  if (!act || !SPEAKING_ACT.has(act)) return false;
  const person = state.described(words.join(' ').toLowerCase(), p);
  if (!person) return false;
  state.noteSpeaker(person);
  return true;
}

/**
 * What a relative does when the pronoun after them speaks: "disagrees", "doesn’t dispute it".
 * Speech only: not "saw", "put him on a plane", "shrugs", "remembers nothing" (a review found the
 * pronoun after such verbs was as often the person the article is about).
 */
const SPEAKING_ACT = new Set(
  // Not a bare "say" ("didn’t say goodbye").
  (
    'says said adds added agree agrees agreed disagree disagrees disagreed dispute ' +
    'disputes disputed admit admits admitted concede concedes conceded insist insists insisted ' +
    'argue argues argued joke jokes joked interject interjects interjected counter counters ' +
    'countered'
  ).split(' '),
);

/**
 * A paragraph's words before its first quotation read as a topic's label: "On the crash in 2022,
 * which left her with a broken ankle:", "On her coach, Mireille Tanguay, who has said…:". Not a
 * day or a count ("On Monday, …", "About 4,000 homes…"), nor a clause that reports the quotation
 * ("On the winning goal, Nylander said:"): a reporting verb only inside a relative clause.
 */
function opensOnTopic(lead: Token[]): boolean {
  if (!/^(?:On|About|Regarding)$/.test(lead[0]?.text ?? '') || lead.at(-1)?.text !== ':')
    return false;
  const next = lead[1]?.text ?? '';
  if (/^\d/.test(next) || NOT_TOPIC.test(next)) return false;
  // Set off by a comma: "…, who has said", not "On the claim that Reed lied, Park said:".
  const relative = lead.findIndex(
    (t, i) => /^(?:who|whom|which)$/.test(t.text) && lead[i - 1]?.text === ',',
  );
  return lead.every((t, i) => !t.verb || (relative >= 0 && i > relative));
}

/** Words after "On" or "About" that open a day or a count, not a topic. */
const NOT_TOPIC = new RegExp(
  `^(?:${WEEKDAYS}|${MONTHS}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|one|half|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|some)$`,
);

/**
 * A paragraph's tokens before its first quotation, when it opens as a topic's label may: most
 * paragraphs are settled by their first word, without a copy of their tokens.
 */
function topicLead(tokens: Token[]): Token[] {
  if (!/^(?:On|About|Regarding)$/.test(tokens[0]?.text ?? '')) return [];
  const at = tokens.findIndex((t) => t.kind === 'quote');
  return at < 0 ? [] : tokens.slice(0, at);
}

/** "Lin Mei’s fate is unclear, but she said…": the person a sentence opens on by a possessive. */
function possessiveOpener(tokens: Token[]): Subject | null {
  // The first mark or possessive, looked for among the first four tokens only.
  let end = 0;
  while (end <= 3 && tokens[end]?.kind === 'word' && !endsPossessive(tokens[end]!.text)) end++;
  if (end < 1 || end > 3 || tokens[end]?.kind !== 'word') return null;
  // "Among Marchand-Vasseur’s own allies": a preposition opening the sentence is no given name.
  const words = tokens.slice(0, end + 1).map((t) => t.text);
  if (!words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  const subject = readChunk(words.map(cleanName));
  if (PREPOSITIONS.has(words[0]!.toLowerCase()) && subject?.mention.startsWith(`${words[0]} `))
    return null;
  return subject?.kind === 'name' && subject.mention.includes(' ') ? subject : null;
}

/**
 * "When Mehmet Yıldırım-Shaw took over…, the orchestra had a deficit": the person named in full
 * right after an opening clause's conjunction, whom a later "he" means unless the main clause
 * names someone after them.
 */
function clauseOpener(tokens: Token[], state: SpeakerState): Subject | null {
  if (!CLAUSE_OPENERS.has(tokens[0]?.text ?? '')) return null;
  let end = 1;
  while (end <= 4 && tokens[end]?.kind === 'word' && isCap(tokens[end]!.text)) end++;
  if (end < 3 || tokens[end]?.kind !== 'word' || isCap(tokens[end]!.text)) return null;
  // A person by a given name the lists know: not "After Hurricane Fiona", "When Morgan Stanley";
  // or, while the article has named no one yet (a feature's lede), by two words no English list
  // has ("When Wanjiku Mwangi lost her job, she…"; not "After Kenyatta Avenue closed", nor,
  // further on, "When Sinn Féin…" or "After Cyclone Freddy struck" before someone's "she").
  const words = tokens.slice(1, end).map((t) => t.text);
  const foreign =
    state.knowsNobody() &&
    !isEnglishWord(words[0]!) &&
    !isEnglishWord(words[words.length - 1]!) &&
    !STORM_WORDS.test(words[0]!);
  if (
    !(isKnownGivenName(words[0] ?? '') || foreign) ||
    lexiconType(words.join(' ')) === 'organisation'
  )
    return null;
  const subject = readChunk(words);
  return subject?.kind === 'name' && !subject.org ? subject : null;
}

const CLAUSE_OPENERS = new Set(['When', 'After', 'Before', 'Since', 'While', 'Once', 'Until']);

/** A storm's or disaster's name opens on its kind ("Cyclone Freddy"), which English lists lack. */
const STORM_WORDS = /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical|Tsunami|Operation)$/;

/** The name in an opening "As for X," or "As to X,", or the person whose view "To X," gives. */
function topicOf(tokens: Token[]): Subject | null {
  const asFor = tokens[0]?.text === 'As' && /^(for|to)$/.test(tokens[1]?.text ?? '');
  return asFor ? openingName(tokens, 2, 4) : viewOf(tokens);
}

/**
 * The person whose view an opening "To X," or "For X," gives ("To political science professor
 * Brigid Harrison, the stare seemed to reflect sadness."; "To Sharp, Trump is the “kind” man").
 */
function viewOf(tokens: Token[]): Subject | null {
  return /^(To|For)$/.test(tokens[0]?.text ?? '') ? openingName(tokens, 1, 10) : null;
}

/** A name from `from` to the sentence's first comma, at most `most` words and no other mark. */
function openingName(tokens: Token[], from: number, most: number): Subject | null {
  const comma = tokens.findIndex((t) => t.kind !== 'word');
  if (tokens[comma]?.text !== ',' || comma < from + 1 || comma > from + most) return null;
  const subject = readChunk(tokens.slice(from, comma).map((t) => t.text));
  return subject?.kind === 'name' ? subject : null;
}

/** Named people reported as speaking in a stretch of a sentence. */
function noteNamed(tokens: Token[], p: number, state: SpeakerState): void {
  // "A nurse at…, Ado Ekiti, who pleaded anonymity, said": the name is where, not who.
  if (opensOnSomeone(tokens, 0, tokens.length) && anonymous(tokens, 0, tokens.length)) return;
  for (const subject of reportedSpeakers(tokens)) {
    if (subject.kind === 'name') state.noteSpeaker(state.resolve(subject, p).person);
  }
}

/**
 * "…, said Alan Abramowitz, a demographer. “He’s trying…,” he said.": the speaker a sentence reports
 * after its last quotation is whom a later pronoun means, the first such clause before the rest.
 */
function noteTail(tokens: Token[], p: number, state: SpeakerState): void {
  const named = reportedSpeakers(tokens).filter((s) => s.kind === 'name');
  for (const subject of named.reverse()) state.noteSpeaker(state.resolve(subject, p).person);
}

/**
 * "X has rejected calls for an inquiry": a stand the sentence's subject took reports them as
 * "said" does; not what was done to them ("was later charged"), nor a verb of a clause of its
 * own ("Reed, whom prosecutors charged with fraud, …").
 */
function takesStand(head: Token[], at: number): boolean {
  if (!isStanceVerb(head[at]!.text)) return false;
  let before = at - 1;
  // Past adverbs: "was later charged", "is also accused".
  while (before >= 0 && isAdverb(head[before]!.text)) before--;
  if (PASSIVE.test(head[before]?.text ?? '')) return false;
  for (let i = 0; i < at; i++) if (RELATIVE.test(head[i]!.text)) return false;
  return true;
}

/** Be and get before a participle: "is accused", "was told", "got called". */
const PASSIVE = /^(?:is|are|was|were|be|been|being|gets?|got)$/i;
const RELATIVE = /^(?:who|whom|whose|which|that)$/i;

const isAdverb = (word: string): boolean =>
  /^(?:later|not|never|previously|once|first)$/i.test(word) ||
  isAdverbForm(word) ||
  (/^\p{Ll}/u.test(word) && isPlainWord(word) && !PASSIVE.test(word));

/**
 * A sentence saying its subject died, was hurt or gave no words: "Burke died at the scene", "was
 * taken to the hospital", "did not immediately respond to a request for comment", "could not be
 * reached".
 */
const ABSENT = new RegExp(
  '\\b(?:died|dies|drowned|(?:was|were) (?:killed|injured|hurt|found dead)|is dead' +
    '|(?:taken|rushed|airlifted|transported) to (?:the |a )?hospital|hospitali[sz]ed' +
    "|could not be reached|couldn['’]t be reached|was (?:not available|unavailable)" +
    "|did not (?:immediately )?(?:return|respond)|didn['’]t (?:immediately )?(?:return|respond)" +
    '|declined to comment)\\b',
);

/**
 * The person a description that found no one means: after reported speech in its paragraph, the
 * one reported ("Chandran said the figures did not add up. “…,” the economist said."); else whom
 * the sentence right before was about (`SpeakerState.describedInView`).
 */
function describedSpeaker(
  source: Source,
  subject: Subject,
  at: { paragraph: number; sentence: number; first: boolean; adds?: boolean },
  state: SpeakerState,
): Source {
  if (source.person) return source;
  const reported =
    subject.kind === 'nominal' ? reportedIn(at.paragraph, subject, state, at.adds) : null;
  if (reported) return { ...reported, mention: subject.mention };
  const person = state.describedInView(subject, at, describedGender(subject.mention));
  return person ? { person, mention: source.mention } : source;
}

/**
 * "Chandran said the figures did not add up. “…,” the economist said.": a role noun after reported
 * speech. "The 29-year-old told the Mirror: “…” ¶ “…,” the dancer added.": after a quotation too
 * when its verb says the same voice goes on (`adds`), in its paragraph or the next, for a person
 * the description may be (SpeakerState.mayGoOn).
 */
function reportedIn(p: number, subject: Subject, state: SpeakerState, adds = false): Source | null {
  if (!/^the\s/i.test(subject.mention)) return null;
  // A role noun or a player's position ("the defender") only: "the campaign’s statement", "the
  // photo" are documents, not the person; nor "the centre", "the guard", which may be a place or a
  // role.
  const head = subject.mention.slice(subject.mention.lastIndexOf(' ') + 1).toLowerCase();
  const position = POSITIONS.has(head) && !AMBIGUOUS_POSITIONS.has(head);
  if (!(isRoleNoun(head) || position) || state.givesRole(head)) return null;
  // Only after reported speech ("Chandran said the figures did not add up"): after a quotation
  // ("“I am sorry,” Bell told the court. “…,” the judge said.") another often speaks. Allowing it
  // there too gave 4 PolNeAR train quotes the right speaker ("the Texas senator") and 2 a wrong one.
  const last = state.last;
  if (!last?.source.person) return null;
  if (last.paragraph === p && last.reported) return last.source;
  // Someone the article named in full: not "a person close to the Clintons" read as "Clintons".
  const { person } = last.source;
  const named = !person.org && person.name.includes(' ') && !isPair(person.name);
  // Of the description's gender, where it has one ("the grandmother" is no Tom Reed).
  const gender = describedGender(subject.mention);
  const fits = !gender || !person.gender || gender === person.gender;
  if (!adds || last.paragraph < p - 1 || !named || !fits) return null;
  return state.mayGoOn(person, p) ? last.source : null;
}

/** Whether the clause after the quotation at `q` (to `end`) reports it with "added" or the like. */
function addsAfter(tokens: Token[], q: number, end: number): boolean {
  for (let i = q + 1; i < end && i <= q + 6; i++) if (ADDS.test(tokens[i]!.text)) return true;
  return false;
}

const ADDS = /^(?:added|adds|continued|continues)$/;

const DOCUMENT_LENGTH = {
  min: Math.min(...[...SENT_DOCUMENTS].map((noun) => noun.length)),
  max: Math.max(...[...SENT_DOCUMENTS].map((noun) => noun.length)),
};

/** "in a statement", "in a news release", "in an emailed statement": the document's noun, or null. */
function saidInDocument(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    // Every sentence is asked: a word of another length than the nouns' is turned away unhashed.
    const text = tokens[i]!.text;
    if (text.length < DOCUMENT_LENGTH.min || text.length > DOCUMENT_LENGTH.max) continue;
    if (!SENT_DOCUMENTS.has(text)) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.text.toLowerCase());
    const at = before.lastIndexOf('in');
    if (at >= 0 && /^(a|an|its|his|her|their)$/.test(before[at + 1] ?? '')) return text;
  }
  return null;
}

/** A description's noun is in the name of the body it found: "the bureau", the Bureau of Meteorology. */
function bodyOwnNoun(subject: Subject, source: Source): boolean {
  const person = source.person;
  if (!person?.org) return false;
  const noun = subject.mention.slice(subject.mention.lastIndexOf(' ') + 1).toLowerCase();
  return noun.length > 2 && person.name.toLowerCase().split(/\s+/).includes(noun);
}

/**
 * Notes that `source` sent the document `noun` its sentence names, with the other documents the
 * sentence names ("the federal letter" beside "In a statement"), for a later "the statement said".
 */
function noteDocument(
  state: SpeakerState,
  source: Source,
  p: number,
  noun: string,
  tokens: Token[],
): void {
  const others = tokens.filter((t) => t.text !== noun && AUTHORED_DOCUMENTS.has(t.text));
  state.document = { source, paragraph: p, noun, others: others.map((t) => t.text) };
}

/** Whether a sentence says its subject published something: "announced", "posted", "issued". */
function publishes(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    // A set lookup first: most words are none of these.
    if (!PUBLISHED.has(t.text)) return false;
    if (/^(was|were|been|be)$/i.test(tokens[i - 1]?.text ?? '')) return false;
    // "posted on Facebook", "posted online"; not "posted a quarterly loss".
    if (t.text === 'posted') return /^(on|to|online)$/.test(tokens[i + 1]?.text ?? '');
    return true;
  });
}

const PUBLISHED = new Set(['announced', 'issued', 'published', 'released', 'tweeted', 'posted']);

/** "read a statement on behalf of her client, Derek Olsen": the name a few words after "behalf of". */
function onBehalfOf(tokens: Token[]): Subject | null {
  const at = tokens.findIndex((t, i) => t.text === 'behalf' && tokens[i + 1]?.text === 'of');
  // Only a statement read or issued so: "filed suit on behalf of Maria Lopez" sends nothing.
  if (at < 0 || !tokens.slice(Math.max(0, at - 5), at).some((t) => t.text === 'statement'))
    return null;
  const rest = tokens.slice(at + 2, at + 10);
  const start = rest.findIndex((t) => t.kind === 'word' && isCap(t.text));
  if (start < 0 || rest.slice(0, start).some((t) => t.kind === 'word' && !/^\p{Ll}/u.test(t.text)))
    return null;
  const words: string[] = [];
  for (let i = start; rest[i]?.kind === 'word' && isCap(rest[i]!.text); i++)
    words.push(rest[i]!.text);
  const subject = words.length >= 2 ? leadingName(words) : null;
  return subject?.kind === 'name' ? subject : null;
}

/** "According to a news release from the Nova Scotia RCMP,": who sent the document cited. */
function citedDocument(tokens: Token[]): Subject | null {
  const at = accordingAt(tokens);
  if (at < 0) return null;
  const words: string[] = [];
  for (let i = at + 2; tokens[i]?.kind === 'word'; i++) words.push(tokens[i]!.text);
  const author = words.length > 2 ? documentAuthor(words) : null;
  return author?.kind === 'name' ? author : null;
}

/**
 * "a briefing note prepared by X", "a report released Thursday by the X", "The review, prepared
 * by consultant X,", "The analysis, by the X,": a document's noun and its author, named after
 * "by" (with at most a participle and a day between, and a role's word before the name); null
 * when none.
 */
function authoredDocument(tokens: Token[]): { author: Subject; noun: string } | null {
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!.text;
    if (!AUTHORED_DOCUMENTS.has(noun)) continue;
    const article = tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:a|an|A|An)$/.test(t.text));
    // "The review, prepared by consultant Harold Beaumont,": the document set off, with its maker.
    const setOff = tokens[i + 1]?.text === ',' && /^(?:the|The)$/.test(tokens[i - 1]?.text ?? '');
    let k = setOff ? i + 2 : i + 1;
    // Set off, only who wrote it ("prepared by", or "by" alone): not "The report, released by
    // Health Minister Adrian Dix,".
    const participles = setOff ? AUTHORING_PARTICIPLES : DOCUMENT_PARTICIPLES;
    if (participles.has(tokens[k]?.text ?? '')) k++;
    else if (setOff && tokens[k]?.text !== 'by') continue;
    if (RELEASE_DAY.test(tokens[k]?.text ?? '')) k++;
    if (!(article || setOff) || tokens[k]?.text !== 'by') continue;
    if (/^(?:the|The)$/.test(tokens[k + 1]?.text ?? '')) k++;
    // "by consultant Harold Beaumont": a role's word before the name.
    else if (isRoleNoun(tokens[k + 1]?.text) && isCap(tokens[k + 2]?.text ?? '')) k++;
    // Its capitalised words, and the small words inside a body's name ("Employment and Social
    // Development Canada").
    const words: string[] = [];
    for (let j = k + 1; tokens[j]?.kind === 'word'; j++) {
      const text = tokens[j]!.text;
      const joins = /^(?:and|of|for|the|&)$/.test(text) && isCap(tokens[j + 1]?.text ?? '');
      if (!isCap(text) && !joins) break;
      words.push(text);
    }
    const author = words.length > 0 ? readChunk(words) : null;
    if (author?.kind === 'name') return { author, noun };
  }
  return null;
}

/** A day a document came out on: "released Thursday by". */
const RELEASE_DAY = new RegExp(`^(?:${WEEKDAYS}|today|yesterday)$`);

/**
 * "In a statement released on Friday, the company blamed…": the subject right after an opening
 * "In a statement…,", a name or "the" and a noun; null for any other sentence.
 */
function documentSender(tokens: Token[]): Subject | null {
  const comma = tokens.findIndex((t) => t.kind !== 'word');
  if (tokens[0]?.text !== 'In' || tokens[comma]?.text !== ',') return null;
  if (!tokens.slice(1, comma).some((t) => SENT_DOCUMENTS.has(t.text))) return null;
  const words: string[] = [];
  for (let i = comma + 1; tokens[i]?.kind === 'word'; i++) words.push(tokens[i]!.text);
  const [article, noun] = words;
  if (article?.toLowerCase() === 'the' && noun && /^\p{Ll}+$/u.test(noun))
    return { kind: 'nominal', mention: `${article} ${noun}` };
  // The name must open the clause: "hospital managers blamed Tom Reyes" names no sender.
  const subject = leadingName(words);
  return subject?.kind === 'name' && words.join(' ').startsWith(subject.mention) ? subject : null;
}

/**
 * The body a sentence opens on (`openingBody`: "Acme Holdings apologised…", "The Smithsonian
 * Institution has returned…"), whom a later "it said" means; not one a sentence names later ("A
 * survey by the Travel Industry Council found…"), nor while another's words were just given
 * ("“…,” Pennywhistle Games said. ¶ The Product Safety Office has published… ¶ “…,” it said.").
 */
function actingBody(body: Person | null, p: number, state: SpeakerState): Person | null {
  const last = state.last;
  const spoke = last && last.paragraph >= p - 1 ? last.source.person : null;
  return spoke && spoke !== body ? null : body;
}

/**
 * "The airline apologised.": a sentence opening on "the" and a body's noun, then its verb, as the
 * article named the body with a name that says it is one ("Samoa Airways"); not "The court heard"
 * (a report of what was said), "The company behind the festival, X,", "The airline was fined", nor
 * a body the noun finds by no name of its kind ("Faro" for the airline).
 */
function bodyByItsNoun(tokens: Token[], p: number, state: SpeakerState): Person | null {
  // Asked of every sentence reporting no one: its first three words, not all of them mapped.
  const [the, noun, verb] = [tokens[0]?.text, tokens[1]?.text, tokens[2]?.text];
  if (!isBodyNoun([the ?? '', noun ?? ''])) return null;
  if (!ACTS.test(verb ?? '') || PASSIVE.test(verb ?? '') || tokens[2]?.verb) return null;
  const body = state.resolve({ kind: 'nominal', mention: `${the} ${noun}` }, p).person;
  return body && state.isBody(body) && isOrgName(body.name) ? body : null;
}

/** A verb's forms after a body's noun: a past or present tense, or an auxiliary. */
const ACTS = /^(?:have|had|\p{Ll}+ed|\p{Ll}+s)$/u;

/**
 * The body a sentence opens on, whatever it did ("Acme Holdings apologised…", "The operator,
 * Westmarch Rail, has apologised"), not one acted on, nor one that had a document written.
 */
function openingBody(tokens: Token[], about: Source | null, state: SpeakerState): Person | null {
  // A body, by the article's evidence too ("Southlink Ferries"); not a plural's ("The PACs, all
  // of which… They… what it calls"); the cheaper questions first (most subjects are people).
  const body = about?.person;
  if (!body || !about?.mention || !state.isBody(body)) return null;
  if (/^\p{Lu}{2,}s$/u.test(about.mention)) return null;
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  const named = about.mention.split(' ');
  // Opening the sentence, after "the" too, or after its noun set off ("The operator, Westmarch
  // Rail, has apologised").
  const from = words.indexOf(named[0]!);
  const opener = words.slice(0, Math.max(from, 0));
  const opens =
    from === 0 ||
    (from > 0 &&
      from <= 3 &&
      /^the$/i.test(opener[0]!) &&
      opener.slice(1).every((w) => /^\p{Ll}/u.test(w)));
  if (!opens || !named.every((w, i) => words[from + i] === w)) return null;
  // Not a body acted on ("Thames Water was fined by Ofwat", "has been sued"), nor one that had a
  // document written ("Acme Holdings commissioned an independent report"), whose "it" is another.
  const rest = words.slice(from + named.length);
  const verb = /^(?:has|have|had)$/.test(rest[0] ?? '') ? rest.slice(1) : rest;
  if (PASSIVE.test(verb[0] ?? '') && PARTICIPLE.test(verb[1] ?? '')) return null;
  return rest.some((w) => ACTED_DOCUMENTS.has(w.toLowerCase())) ? null : body;
}

/** A participle after "was", "is", "been": "fined", "taken", "told", "hit". */
const PARTICIPLE =
  /^(?:\p{Ll}+(?:ed|en|wn)|hit|told|caught|brought|bought|sold|struck|held|found|put|set|made)$/u;

/** What a body may have someone write or carry out, which speaks for itself: "a report". */
const ACTED_DOCUMENTS = new Set(
  'report reports study review survey audit inquiry investigation analysis probe'.split(' '),
);

/** A sentence without quotations: note who it reports as speaking; a trailing colon waits. */
function noteReported(
  tokens: Token[],
  p: number,
  state: SpeakerState,
  place: { opens: boolean; closes: boolean },
  about: Source | null,
): void {
  // The first reporting clause is the main one: "Carter said that critics predicted…". It is
  // noted last, so that a later "he" finds Carter before the critics.
  let main: Source | null = null;
  // Before this sentence's own document, if any, is noted.
  state.documentGoesOn(tokens, p);
  const reported = reportedSpeakers(tokens);
  const sources = reported.map((subject) => {
    const source = state.resolve(subject, p);
    // "the department said crews were called…" is as much the main clause once it finds a body
    // named with its noun ("Sioux Narrows Volunteer Fire Department"; not "the airline" for Air
    // Canada, nor "the department" for a street a misreading found).
    if (!main && (subject.kind !== 'nominal' || bodyOwnNoun(subject, source))) main = source;
    return source;
  });
  // "The board said it had asked the province…": whom a later "it said" means; so is a body the
  // sentence opens on, whatever it did ("Acme Holdings apologised to passengers. “…,” it said.").
  const reporter = sources[0]?.person;
  const opened = reporter ? null : openingBody(tokens, about, state);
  state.noteBody(reporter ?? actingBody(opened, p, state));
  // "…has apologised. A spokeswoman said:": the voice of the body that acted, though someone
  // else spoke just before (SpeakerState.voiceOfLast).
  state.noteActed(reporter ? null : (opened ?? bodyByItsNoun(tokens, p, state)));
  // "In a statement, the company said…", "X said in a news release": not "The Times said Cook
  // provided a written statement", whose statement is Cook's.
  const sent = saidInDocument(tokens);
  if (sent) {
    // "In a statement released on Friday, the company blamed cheap imports": whatever its verb,
    // the sentence's subject sent the statement.
    const subject = sources.length === 0 ? documentSender(tokens) : null;
    const sender = subject ? state.resolve(subject, p) : sources.find((s) => s.person);
    if (sender?.person) noteDocument(state, sender, p, sent, tokens);
    state.noteBody(sender?.person ?? null);
  }
  // "Kestrel Mining announced Tuesday that…", "The fire department posted on Facebook…": what
  // they sent ("the release", "the post") speaks for them; "read a statement on behalf of her
  // client, Derek Olsen": for him.
  // Only a body's, and only when no document was named just before ("The OPP said in a
  // statement…" keeps its statement when a minister then posts on X).
  const behalf = onBehalfOf(tokens);
  const had = state.document && state.document.paragraph >= p - 1;
  const publisher = behalf
    ? state.resolve(behalf, p)
    : !had && publishes(tokens) && (main as Source | null)?.person?.org
      ? main
      : null;
  if (publisher?.person) state.document = { source: publisher, paragraph: p };
  // "According to a news release from the Nova Scotia RCMP, officers…": the release is theirs.
  const cited = citedDocument(tokens);
  const citer = cited ? state.resolve(cited, p) : null;
  if (citer?.person) state.document = { source: citer, paragraph: p };
  // "A briefing note prepared by Employment and Social Development Canada says…", "according to a
  // report released Thursday by the Northern Climate Research Network": a later "the note reads".
  const authored = authoredDocument(tokens);
  const author = authored ? state.resolve(authored.author, p) : null;
  if (authored && author?.person) noteDocument(state, author, p, authored.noun, tokens);
  // "…, according to councillor Sione Fuimaono.": someone a later "he" may mean, though no one
  // the sentence reports as speaking; not over someone who just spoke ("…, according to neighbour
  // Frank Dolan." after a detective spoke leaves "he" the detective).
  // But "The slowdown may prove brief, according to analyst Anand Srinivasan. “…,” he wrote.":
  // opening a paragraph that goes on, the source cited is whom it turns to.
  const accorded = accordingTo(tokens, (word) => state.knowsSurname(word));
  if (accorded && (!state.spokeJustBefore(p) || (place.opens && !place.closes)))
    state.noteSpeaker(state.resolve(accorded, p).person);
  for (const source of sources.reverse()) state.noteSpeaker(source.person);
  // "…asked whether she had…": a question about someone else (SpeakerState.weakMatch).
  if (main) {
    // "…asked Mrs Varcoe whether she had…": after whom it asked, too (an honorific and up to
    // three capitalised words).
    const asked = tokens.some((t, i) => ASKED.test(t.text) && asksNext(tokens, i + 1));
    state.last = { source: main, paragraph: p, reported: true, asked };
  }
  // "One victim, an 84-year-old Whitby woman, told police…", "A spokeswoman for the city said…":
  // someone the article describes and never names is whom the next "she" means, no one earlier.
  const first = reported[0];
  const opening = tokens[/^(?:but|and|yet)$/i.test(tokens[0]?.text ?? '') ? 1 : 0]?.text ?? '';
  // Not "A reporter asked Sanders…", whose next "he" may be Sanders; nor "One of the claims…".
  // Asked last, only of a sentence the rest fits: it asks each capitalised word.
  const namesSomeone = (): boolean =>
    tokens.some((t, i) => i > 1 && isCap(t.text) && state.knowsSurname(t.text));
  if (
    first?.kind === 'nominal' &&
    /^(?:an?|one|another)$/i.test(opening) &&
    !sources[sources.length - 1]?.person &&
    !namesSomeone() &&
    // An anonymous source's own pronoun (noteSubject) says more than the description.
    state.unnamed?.paragraph !== p
  ) {
    // The description up to what it is for or of: "A lawyer for the woman" is no woman, "A
    // statement from her coach" no person.
    const described = /^(?:an?|one|another)\s(\S+(?:\s\S+){0,6})$/i.exec(first.mention)?.[1];
    const own = described?.split(/\s(?:for|of|from|with|at|in|to)\s/)[0];
    const head = own?.slice(own.lastIndexOf(' ') + 1).toLowerCase() ?? '';
    const gender = own ? describedGender(own) : null;
    // Only of a gender the description gives: "A lawyer for the woman said…" may be either.
    if (own && gender && (isRoleNoun(head) || describedGender(head)))
      state.unnamed = { paragraph: p, gender };
  }
  if (!place.closes || tokens[tokens.length - 1]?.text !== ':') return;
  // "Clinton released the following statement:" introduces the next paragraph's quotation.
  const subject = main ? null : (sentenceSubject(tokens) ?? leadingRole(tokens));
  // "He then listed the qualities a nominee needs:" — a pronoun stands for its referent; "The
  // premier offered a blunt assessment:", the one the article gave that role.
  const named = subject?.kind !== 'pronoun' || /^(he|she)$/.test(subject.name ?? '');
  // Not a sentence's first word read as a name ("Excerpts from the press conference:").
  const plausible = subject?.kind !== 'name' || state.plausible(subject);
  const source = subject && named && plausible ? state.resolve(subject, p) : null;
  state.pending = main ?? (subject?.kind === 'nominal' && !source?.person ? null : source);
  // "“…,” the skipper said. ¶ Excerpts from the press conference: ¶ On the pitch: “…”": more of
  // the words of whom the article just quoted.
  // Not one naming whose words follow: "Excerpts from Milind Deora’s resignation letter:",
  // "Transcript of the Prime Minister’s address:" (a capitalised word past the first, or a
  // possessive).
  if (!state.pending && !main && state.last && state.last.paragraph >= p - 2) {
    const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
    const excerpts = words.some((w) => EXCERPT_WORDS.has(w.toLowerCase()));
    const names = words.slice(1).some((w) => /^\p{Lu}|['’]s?$/u.test(w));
    if (excerpts && !names) state.pending = state.last.source;
  }
  if (!state.pending) state.announcedIn = p;
}

/** A colon line's words that bring in more of someone's words: "Excerpts from the interview:". */
const EXCERPT_WORDS = new Set(['excerpts', 'excerpt', 'extracts', 'transcript']);

/** "The premier offered…": "the", then up to two words and a role noun, opening the sentence. */
function leadingRole(tokens: Token[]): Subject | null {
  const words: string[] = [];
  for (let i = 0; i < 4 && tokens[i]?.kind === 'word'; i++) words.push(tokens[i]!.text);
  if (!/^the$/i.test(words[0] ?? '')) return null;
  const k = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isRoleNoun(w));
  return k > 0 ? { kind: 'nominal', mention: words.slice(0, k + 1).join(' ') } : null;
}

/** "Paul Ryan worried that the safety net was becoming “a hammock”": the sentence's subject. */
/**
 * "approaching a “tipping point,” experts say": people the text leaves unnamed say the phrase, not
 * the sentence's subject ("The Great Barrier Reef").
 */
function groupSays(tokens: Token[], qi: number): boolean {
  const at = tokens[qi + 1]?.text === ',' ? qi + 2 : qi + 1;
  const group = tokens[at]?.text ?? '';
  return (
    /^\p{Ll}+s$/u.test(group) && isRoleNoun(group.slice(0, -1)) && tokens[at + 1]?.verb === true
  );
}

function looseSubject(lead: Token[], p: number, state: SpeakerState): Source | null {
  if (isHeadline(lead)) return null;
  // "To Sharp, Trump is the “kind-hearted and caring” man": the phrase is Sharp's view.
  const view = viewOf(lead);
  if (view && state.plausible(view)) return state.resolve(view, p);
  // "…Vincent Foster, an incident Trump brought up as “very fishy”": a name and a past-tense verb
  // in the clause holding the phrase are nearer its source than the sentence's subject.
  const near = clauseSubject(lead, state);
  if (near && state.plausible(near)) return state.resolve(near, p);
  const subject = sentenceSubject(lead.filter((t) => t.kind !== 'quote'));
  // "He commanded the party to “do the right thing”": a pronoun subject stands for its referent.
  if (subject?.kind === 'pronoun' && /^(he|she)$/.test(subject.name ?? ''))
    return state.resolve(subject, p);
  return subject?.kind === 'name' && state.plausible(subject) ? state.resolve(subject, p) : null;
}

/**
 * "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest…": a phrase in
 * the participle clause opening a sentence is the words of the main clause's subject, after it (a
 * show's title, "Speaking to “CBS This Morning,” Rubio…", is nobody's words).
 */
function openerOwner(lead: Token[], rest: Token[], p: number, state: SpeakerState): Source | null {
  if (!opensOnParticiple(lead) || lead.some((t) => t.kind === 'punct')) return null;
  // The main clause's subject opens what follows the phrase, after a "though," at most: not a name
  // further on ("…,” the senator toured Ohio with Ann Park").
  const comma = rest.findIndex((t) => t.text === ',');
  const main = comma >= 0 && comma <= 2 ? rest.slice(comma + 1) : rest;
  const subject = isCap(main[0]?.text ?? '') ? sentenceSubject(main) : null;
  return subject?.kind === 'name' && state.plausible(subject) ? state.resolve(subject, p) : null;
}

/**
 * A sentence opening on an -ing word that goes on with a lowercase one: "Acknowledging that…",
 * "Doing so…". A place or a firm whose name ends in -ing ("Wyoming “is…”", "Boeing") does not.
 * Not clauses.ts's `isParticiple`, which wants two letters before "-ing" ("Doing" has one) and takes
 * "-ed" openers, whose quoted phrase is the asker's ("Asked about “the wall,” Reed said").
 */
function opensOnParticiple(lead: Token[]): boolean {
  return /^\p{Lu}\p{Ll}+ing$/u.test(lead[0]?.text ?? '') && /^\p{Ll}/u.test(lead[1]?.text ?? '');
}

/**
 * "Jahangir said she was angered by the media. Doing so “appeared to be an attempt at…”": a phrase
 * quoted in a sentence whose subject is a doing goes on with the reporting clause earlier in the
 * paragraph, unless a quotation came between or it is only a scare quote.
 */
function reportedBefore(
  span: QuoteSpan,
  lead: Token[],
  found: Found[],
  p: number,
  state: SpeakerState,
): Source | null {
  if (found.length > 0 || state.last?.paragraph !== p || isScareQuote(span.text)) return null;
  // Only where the sentence's subject is the reported doing itself ("Doing so"): "Her rivals see it
  // as “a betrayal…”" is someone else's view.
  if (!opensOnParticiple(lead)) return null;
  return state.last.source;
}

/**
 * The name right before a past-tense verb in the last chunk of the lead, after its first word: a
 * full name, or a surname the article gave in full ("an incident Trump brought up as").
 */
function clauseSubject(lead: Token[], state: SpeakerState): Subject | null {
  const from = lead.findLastIndex((t) => t.kind !== 'word') + 1;
  for (let i = lead.length - 2; i > from; i--) {
    if (!/^\p{Ll}+ed$|^(brought|said|told|wrote)$/u.test(lead[i + 1]?.text ?? '')) continue;
    let start = i;
    while (start > from && isCap(lead[start - 1]?.text ?? '')) start--;
    const words = lead.slice(start, i + 1).map((t) => t.text);
    // "…gathered in the White House East Room followed": a name after "the" or a preposition is
    // that phrase's object.
    const before = (lead[start - 1]?.text ?? '').toLowerCase();
    if (start === from || /^(the|a|an)$/.test(before) || PREPOSITIONS.has(before)) return null;
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
    const subject = readChunk(words);
    if (subject?.kind !== 'name' || subject.org) return null;
    return words.length > 1 || state.knowsSurname(words[0] ?? '') ? subject : null;
  }
  return null;
}

/**
 * "Gina Rodriguez Questioned What It Means To Be “Latino Enough.”": in a headline every word is
 * capitalised, so names run into verbs and no subject can be read.
 */
function isHeadline(lead: Token[]): boolean {
  const words = lead.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length >= 4 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/** Whom an interview's answers belong to (src/quotes/speaker-memory.ts reads it). */
const INTERVIEWED: Subject = { kind: 'pronoun', mention: 'A', name: 'a:' };

/** A paragraph opening on a short question, then a quotation: "Favorite book? “Anything with a dog…”". */
function asksThenQuotes(text: string, spans: QuoteSpan[] | undefined): boolean {
  const first = spans?.[0];
  if (!first) return false;
  const question = text.slice(0, first.open).trim();
  if (!question.endsWith('?') || question.split(/\s+/).length > 40) return false;
  // The question alone, or put to the one answering after a sentence of the interviewer's ("You
  // grew up in Mafeteng. How did famo find you?"); not a news story's "Shopkeeper Tom Reed has
  // traded here for 30 years. Will he stay open? “…”".
  return !/[.!?]\s/.test(question.slice(0, -1)) || /\b(?:you|your)\b/i.test(question);
}

/** A paragraph that only asks: one short sentence or two ending on "?", nothing quoted. */
function isQuestionParagraph(text: string, spans: QuoteSpan[] | undefined): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') && (spans?.length ?? 0) === 0 && trimmed.split(/\s+/).length <= 40;
}

/** A quotation with no clause of its own continues the previous speaker when nothing intervenes. */
function carry(
  f: Found,
  found: Found[],
  lead: Token[],
  pending: Source | null,
  p: number,
  state: SpeakerState,
): void {
  const prev = found[found.length - 1];
  // Nothing but punctuation before the quotation in its sentence, or only a reporting participle
  // that continues the sentence before ("…, Maher said. Adding, “Q”").
  const words = lead.filter((t) => t.kind === 'word');
  const startsSentence =
    f.opens || (words.length === 1 && !!words[0]?.verb && /ing$/.test(words[0].text));
  let source: Source | null = null;
  if (prev && startsSentence && prev.source) source = prev.source;
  // "Trump said the deadlock has “kept us safe” before claiming borders are “tearing families apart.”",
  // unless a new subject comes between: "…called “distasteful,” Santilli expressed a desire to “Q”".
  else if (prev && prev.sentence === f.sentence && prev.how === 'own' && prev.source) {
    const rest = lead.slice(lead.findLastIndex((t) => t.kind === 'quote') + 1);
    const first = rest.find((t) => t.kind === 'word')?.text ?? '';
    const between = /^\p{Lu}/u.test(first) ? sentenceSubject(rest) : null;
    source =
      between?.kind === 'name' && state.plausible(between)
        ? state.resolve(between, p)
        : prev.source;
  } else if (f.first && state.runOn) source = state.runOn;
  else if (f.first && pending) source = pending;
  // Not a question's own reporting verb ("What would you tell someone starting out?"): the
  // answer after it is the interview's.
  else if (
    f.first &&
    !prev &&
    state.last &&
    state.last.paragraph >= p - 1 &&
    !(state.afterQuestion && state.last.paragraph === p - 1)
  )
    source = state.last.source;
  // "“Q,” Locke said.¶The city has spent $2 million.¶“Every dollar…”": a paragraph that is only a
  // quotation, after one that named no one, goes on with the speaker before it.
  else if (
    f.first &&
    f.opens &&
    !prev &&
    state.last?.paragraph === p - 2 &&
    !state.afterQuestion &&
    state.announcedIn !== p - 1 &&
    !(state.subject && state.subject.paragraph >= p - 1) &&
    !state.namedIn(p - 1) &&
    !state.mentionsSource(p - 1)
  ) {
    source = state.last.source;
    f.guessed = true;
  }
  // An interview's layout: a paragraph that is only a quotation, after one that is only a
  // question, is the answer of the person interviewed.
  else if (f.first && f.opens && !prev && state.afterQuestion)
    source = state.resolve(INTERVIEWED, p);
  // Or after the question opening its own paragraph, when the introduction says whom the paper
  // asked (not a news story's "Who pays for the repairs? “The county, in the end.”").
  else if (f.opens && !prev && state.askedInline && state.knowsInterviewee(p))
    source = state.resolve(INTERVIEWED, p);
  // "“No,” he said. Asked if he would do it again: “Yes.”": a question put to whoever just spoke,
  // then the answer.
  else if (
    /^Asked$/.test(words[0]?.text ?? '') &&
    lead[lead.length - 1]?.text === ':' &&
    (prev?.source || (state.last && state.last.paragraph >= p - 1))
  )
    source = prev?.source ?? state.last!.source;
  // "Coan, Santilli's attorney, argues that… “Q.”": the sentence before reported who speaks, also
  // after a phrase quoted earlier in the paragraph that had no speaker of its own.
  else if (startsSentence && !prev?.source && state.last?.paragraph === p)
    source = state.last.source;
  // "Sanders identified bigotry as the reason. “Q.”": the person the sentence before was about.
  else if (
    startsSentence &&
    !prev &&
    state.subject?.sentence === f.sentence - 1 &&
    state.subject.paragraph === p
  )
    source = state.subject.source;
  // "Viguerie is upbeat about Cruz’s chances.¶“Not only can Ted Cruz win…”": a paragraph that is
  // only a quotation continues the person the paragraph before ended on.
  else if (f.first && !prev && state.subject?.closes && state.subject.paragraph === p - 1)
    source = state.subject.source;
  if (source) {
    f.source = source;
    f.how = 'carried';
  }
}

/**
 * "…which Trump had called a “disaster” and promised to “rip up”": a verb joined by "and" after an
 * attributed quotation in the same sentence shares its speaker, not the sentence's first subject.
 */
function coordinated(found: Found[], f: Found, lead: Token[]): Source | null {
  const prev = found[found.length - 1];
  if (prev?.sentence !== f.sentence || prev.how !== 'own' || !prev.source?.person) return null;
  const rest = lead.slice(lead.findLastIndex((t) => t.kind === 'quote') + 1);
  return /^(and|or)$/i.test(rest[0]?.text ?? '') ? prev.source : null;
}

/** `“A.” “B,” he said.`: a quotation right before an attributed one shares its speaker. */
function backfill(found: Found[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i] as Found;
    const next = found[i + 1] as Found;
    const near = next.sentence === f.sentence + 1 || next.sentence === f.sentence;
    // "…defended “New York values,” saying…": a phrase inside a sentence with a subject of its own
    // is that subject's, not the next clause's, unless that clause is set off at the sentence's end
    // ("The FBI did not find “ties,” aside from “casual” ones, said its director, Jim Comey.").
    const reportsAll = next.setOff && next.sentence === f.sentence;
    if (f.how === 'none' && (!f.loose || reportsAll) && next.how === 'own' && near) {
      f.source = next.source;
      f.how = 'carried';
    }
  }
}

function kindOf(tokens: Token[], s: number, qi: number, text: string): 'full' | 'partial' {
  if (!/^[\p{Lu}\p{N}…'‘"“[(]/u.test(text)) return 'partial';
  const lead = tokens.slice(s, qi).filter((t) => t.kind !== 'quote');
  const last = lead[lead.length - 1];
  if (!last || last.text === ':' || last.text === ',' || last.verb) return 'full';
  return 'partial';
}

/**
 * Where a quotation's "he" or "she" opens a sentence ("He called her handling “…”"), follows a
 * quotation opening one ("“…,” he says.") or opens a clause after a dash ("…drew Trump’s ire - he
 * called her “weak”"): the words of the sentence before it in the paragraph, or of the clause
 * before the dash, and those after the pronoun in its sentence (quotations left out). Null for a
 * pronoun anywhere else.
 */
function goesOnFrom(
  tokens: readonly Token[],
  sentences: readonly (readonly [number, number])[],
  si: number,
  qi: number,
  subject: Subject,
): { before: string[]; after: string[]; opens: boolean } | null {
  const [s, e] = sentences[si]!;
  const words = (from: number, to: number): string[] =>
    tokens.slice(from, to).flatMap((t) => (t.kind === 'word' ? [t.text] : []));
  const pronoun = (i: number): boolean =>
    tokens[i]?.kind === 'word' && tokens[i]!.text.toLowerCase() === subject.mention.toLowerCase();
  let first = s;
  while (first < qi && tokens[first]!.kind === 'punct') first++;
  // The quotation opens the sentence: the pronoun is the first word after it.
  let at = first;
  if (first === qi) {
    for (at = qi + 1; at < e && tokens[at]!.kind !== 'word';) at++;
    if (at === e) at = -1;
  }
  if (pronoun(at)) {
    const before = sentences[si - 1];
    const opens = first === qi;
    return before ? { before: words(before[0], before[1]), after: words(at + 1, e), opens } : null;
  }
  for (let i = s + 1; i < qi; i++) {
    if (DASHES.test(tokens[i]!.text) && pronoun(i + 1))
      return { before: words(s, i), after: words(i + 2, e), opens: false };
  }
  return null;
}
