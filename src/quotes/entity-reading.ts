/**
 * Reading one paragraph's names: each capitalised run, the titles, roles, ages and descriptions
 * written around it, and what its words alone say it is (article-names.ts keeps them by paragraph
 * for the readings layered on it).
 */
import { wordTable } from '../text/word-table.js';
import {
  isAnyGivenName,
  isEnglishWord,
  isFirstName,
  isKnownGivenName,
  isOrgName,
  isTitle,
  isTitledBody,
  NAME_PARTICLES,
  isHonourPair,
  SURNAME_PARTICLE,
  undotted,
  withoutHonourStyle,
} from '../text/names.js';
import { HONOURS, MEMBER_TITLES, RANK_ABBREVIATIONS, STATE_ABBREVIATIONS } from '../text/ranks.js';
import { isReportingVerb } from './verbs.js';
import { ABBREVIATIONS, liveStampEnd, SENTENCE_OPENERS } from './tokens.js';
import {
  CALENDAR_NAME,
  FUNCTION_WORDS,
  MONTHS,
  NOT_NAME,
  ORG_NOUNS,
  PLACES,
  POSITIONS,
  PREPOSITIONS,
  REGION_WORDS,
  ROLE_MODIFIERS,
  ROLES,
  WEEKDAYS,
} from './lexicon.js';
import {
  isAdverbForm,
  isDemonym,
  isPlainWord,
  isPresentVerb,
  isVerbForm,
  lexiconType,
} from './lexicon-types.js';
import {
  DESCRIBING_SUFFIX,
  isPersonNoun,
  isNationalBody,
  isPluralRole,
  isRoleNoun,
  isRoleWords,
} from './subject.js';
import { DOUBLE_QUOTED } from './marks.js';

/** What a candidate speaker is. Places, times and first-person words never speak. */
export type NameType = 'person' | 'organisation' | 'place' | 'time' | 'self' | 'unknown';

/** A named thing in the article: where it is named and what the text around it says. */
export interface Entity {
  name: string;
  type: NameType;
  /** Lowercase words introducing it: titles before, appositives after, "who owns…". */
  roles: Set<string>;
  age?: number;
  /** A lowercase title right before the name ("prosecutor" in "Crown prosecutor Alexandra Pappas"). */
  title?: string;
  /** The words of a description set off after the name (", the senior coroner for Derby,"). */
  appositive?: string[];
  paragraphs: number[];
  /** Whether `type` has been settled from the name's words. */
  typed?: boolean;
  /** Named after "its" or "their": something a firm owns ("its Kidaclear Night Cough"), no firm. */
  owned?: boolean;
  /** Named as what someone opened, founded or runs ("She opened Harvest Corner"): no person. */
  business?: boolean;
  /**
   * Named as whom an interview, a statement or an email was given to ("In an interview with Vanity
   * Fair", "in a statement to the Star", "told the Herald that"): an outlet.
   */
  outlet?: boolean;
  /**
   * Capitalised words that qualify the role written before the name, lowercase: whose side or
   * body ("england" of "England shooter Helen Housby", "conservative" of "Conservative MP X").
   */
  sides?: Set<string>;
  /** Whose the person is by a possessive before the name, lowercase: "scotiabank" of "Scotiabank’s Helen Brandt". */
  owner?: string;
}

/**
 * Capitalised runs, joined over "of", "for", "the" inside organisation names (not "and": pairs).
 * Sticky: `nextCapRun` finds where one can start and matches it there.
 */
const CAP_RUN = new RegExp(
  `\\p{Lu}[\\p{L}\\p{N}’'.&-]*(?:\\s+(?:(?:of|for|the|on|&|${[...NAME_PARTICLES].join('|')})\\s+)*(?:\\p{Lu}|${SURNAME_PARTICLE}\\p{Lu})[\\p{L}\\p{N}’'.&-]*)*`,
  'uy',
);

// Whether a code point above ASCII is an uppercase letter, worked out once each.
const wideUpper = new Map<number, boolean>();

function isUpperCode(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let known = wideUpper.get(code);
  if (known === undefined)
    wideUpper.set(code, (known = /^\p{Lu}$/u.test(String.fromCodePoint(code))));
  return known;
}

const LOWER_BEFORE = /\p{Ll}/u;

/**
 * The first capitalised run at or after `from`, as a global CAP_RUN would find it: a run starts at
 * any capital, so the capitals are found by code and only they are matched. Asking the pattern to
 * search tested every character against \p{Lu}'s ranges: a fifth of reading a paragraph's names.
 */
function nextCapRun(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length;) {
    const code = text.codePointAt(i) as number;
    // "iPhone", "eBay": a capital inside a word opens no name.
    if (isUpperCode(code) && !(i > 0 && LOWER_BEFORE.test(text[i - 1]!))) {
      CAP_RUN.lastIndex = i;
      const m = CAP_RUN.exec(text);
      if (m) return m;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return null;
}

const HONORIFIC_WORDS = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Madam',
  'Mdm',
  'Dr',
  'Sir',
  'Dame',
  'Lady',
  'Lord',
];
export const HONORIFIC = new RegExp(`^(${HONORIFIC_WORDS.join('|')})\\.?$`);
/** The last characters HONORIFIC's words end on, with or without the dot: a pre-check. */
const HONORIFIC_ENDS = `${HONORIFIC_WORDS.map((w) => w.slice(-1)).join('')}.`;

const CORPORATE_DOT = /\s(?:Inc|Corp|Co|Ltd|Bros)\.$/;

const OFFICE_AFTER_TITLE =
  /^(Department|Ministry|Office|Agency|Bureau|Commission|Council|Committee|Service|Centre|Center|Institute|Canada|League|Party)$/;

/** ", the regulator announced", ", the company said" closing a sentence. */
const CLOSING_NOUN =
  /,\s+the\s+([a-z]+)\s+(?:said|says|announced|added|stated|reported|confirmed|warned)\b/;

/**
 * "As deputy minister of finance under two prime ministers, Ms. ": an opening "As" and an office,
 * with what it is of, then the name (after an honorific, if any). Not "As a senior official…",
 * a kind of work, which a later anonymous "official" may share.
 */
const HELD_AS =
  /(?:^|[.!?]\s+)As (?:the )?(?!an? )([\p{Ll}-]+(?: [\p{Ll}-]+){0,2}?)(?: (?:of|for|at|with|under|in) [^,]{1,60})?, (?:(?:Mr|Mrs|Ms|Dr)\.? )?$/u;

/**
 * "for", a plural role noun, then "like", ending what is written before a name: whom a story is
 * about ("a disaster for farmers like Gord Enns"), not peers named in passing ("the city
 * celebrates musicians like Drake", "Longtime residents like Doug Fenwick say").
 */
const ONE_OF = /\bfor (?:\p{Ll}+ )?(\p{Ll}{3,})s,? like $/u;

/** Role nouns that stand for offices' titles ("the leader" for a president or a chair). */
const OFFICE_WORDS = new Set(['leader', 'official', 'member', 'head', 'executive']);

/** Nouns for kin, which a compound gives to two people, one each ("father-son"). */
const KIN_NOUNS =
  /^(?:mother|father|daughter|son|sister|brother|husband|wife|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|parent|child)$/;

const LEAD_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'to', 'by']);

/**
 * An entity named in paragraph `p`, with every field in place and unset: entities of one shape
 * keep the code that fills and asks them optimised (a field added later made another shape each
 * time, and V8 threw away and recompiled readParagraph, a third of a second each, a dozen times).
 */
function newEntity(name: string, type: NameType, p: number): Entity {
  return {
    name,
    type,
    roles: new Set(),
    paragraphs: [p],
    age: undefined,
    title: undefined,
    appositive: undefined,
    typed: undefined,
    owned: undefined,
    business: undefined,
    outlet: undefined,
    sides: undefined,
    owner: undefined,
  };
}

/** An entity's type: the article's evidence, else its words, worked out when first asked. */
export function kind(e: Entity): NameType {
  if (e.type === 'unknown' && !e.typed) e.type = typeByWords(e.name);
  e.typed = true;
  return e.type;
}

/** ", Refugees" of "Immigration, Refugees and Citizenship Canada": capitalised words after commas. */
const PORTFOLIOS = /^(?:, \p{Lu}\p{Ll}+){1,3}(?= and \p{Lu})/u;

// Honours and members' letters after a name ("Chaand Nagpaul CBE", "Jane Doe MPP") are a person's.
const POST_NOMINALS = new Set([...HONOURS, 'III', ...MEMBER_TITLES].map((t) => t.toUpperCase()));

/** "Saskatchewan RCMP", "Surrey RCMP": a place's branch of a body known by its acronym. */
function isLocalForce(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length >= 2 &&
    /^\p{Lu}{3,6}$/u.test(last) &&
    !POST_NOMINALS.has(last.toUpperCase()) &&
    words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))
  );
}

/** Typing from the words alone: a first name, an organisation word, compromise's lexicon. */
export function typeByWords(name: string): NameType {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lexical = lexiconType(name);
  if (lexical === 'time') return 'time';
  // "Maple Crest Drive", "Queen St.": a street, whatever first name opens it.
  if (isStreet(name)) return 'place';
  // "Roman Catholic Archdiocese": three words or more ending on a church's body are that body,
  // whatever given name opens them (not any body's word: "Karen L. Hill", "Margaret Smith Court").
  if (words.length > 2 && CHURCH_BODY.test(last)) return 'organisation';
  // "Regina Police Service", "Victoria Police": a public body by its last word, whatever given
  // name its place opens on; "Service" and "Council" are surnames too ("Tom Service"), so only
  // after three words or more or a first word no given name.
  if (
    PUBLIC_BODY_END.test(last) &&
    (!SURNAME_TOO.test(last) || words.length > 2 || !isFirstName(words[0] ?? ''))
  )
    return 'organisation';
  if (words.length > 1 && INSTITUTION_END.test(last)) return 'organisation';
  // "Ashton Rovers", "Morgan Athletic": a football club's name, whatever given name opens it.
  if (words.length > 1 && CLUB_END.test(last)) return 'organisation';
  // "Harlan Biotech", "Jordan Foods": two words ending on what only a firm is called.
  if (words.length === 2 && FIRM_END.test(last)) return 'organisation';
  if (words.length > 1 && isFirstName(words[0] ?? '')) return 'person';
  // "Point Pleasant Park" (but "Ann Park", above, is a person).
  if (isPlaceByNoun(name)) return 'place';
  if (isOrgName(name) || lexical === 'organisation') return 'organisation';
  if (lexical) return lexical;
  if (isNationalBody(name) || isLocalForce(words)) return 'organisation';
  // "Western Australia", "Northern Ontario": a region's word before a place.
  if (words.length === 2 && REGION_WORDS.has(words[0]!) && lexiconType(last) === 'place')
    return 'place';
  // "American Red Cross", "Canadian Cancer Society": a nationality before a body's name.
  if (words.length > 2 && isDemonym(words[0] ?? '')) {
    if (typeByWords(words.slice(1).join(' ')) === 'organisation') return 'organisation';
  }
  return 'unknown';
}

/** A street's name by its last word: "Maple Crest Drive", "Great South Road", "Queen St.". */
export function isStreet(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last !== name && STREET.test(last) && !isOrgName(name);
}

// Not "Court", "Way", "Place" or "Lane": the Ontario Superior Court, the United Way, Nathan Lane.
const STREET =
  /^(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Boulevard|Blvd\.?|Crescent|Highway|Parkway|Terrace|Trail)$/;

/**
 * Where a capitalised run ends at a sentence's full stop: after a word of it, not its last, of
 * three letters or more that ends in a dot and is no abbreviation ("Corp.", "Bros.", "Gov.") nor
 * title ("the Governor."; initials, "J.", "U.S.", and "St." are shorter); or after an abbreviation,
 * a title or an acronym before a word that only opens sentences ("Sen. The", "REIT. In"). The
 * run's length otherwise.
 */
function sentenceEndIn(run: string): number {
  if (!run.includes('. ')) return run.length;
  for (const m of run.matchAll(/\p{Lu}(\p{Ll}{2,})\.\s/gu)) {
    const word = m[0].slice(0, -2);
    const type = lexiconType(word);
    if (type === 'place' || type === 'time' || isPlainWord(word) || CALENDAR_NAME.test(word))
      return (m.index ?? 0) + word.length + 1;
    // "…according to Battalion Chief Kaveh Moradi-Sullivan. Caltrans closed…": a name's last word
    // keeps no dot of its own, unlike an abbreviation ("Gov. Tom Reed", "Acme Corp. Ltd").
    const lower = word.toLowerCase();
    if (!ABBREVIATIONS.has(lower) && !NAME_ABBREVIATIONS.has(lower) && !isTitle(word))
      return (m.index ?? 0) + word.length + 1;
    // "…with Premier Wes Calloway. The interview…": a word that only opens sentences after it.
    const end = (m.index ?? 0) + m[0].length;
    if (SENTENCE_OPENER.test(run.slice(end))) return end - 1;
  }
  // "…owned by Crestline Residential REIT. In an emailed statement…": an acronym before a word
  // that only opens sentences (not dotted initials, "U.S. In").
  for (const m of run.matchAll(/(?<![\p{L}.])\p{Lu}{2,}\.\s/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (SENTENCE_OPENER.test(run.slice(end))) return end - 1;
  }
  return run.length;
}

/**
 * Abbreviations inside bodies' names, which end no name though they may end a sentence ("Dept. of
 * Agriculture", "Sault Ste. Marie", "Minnesota Nurses Assn."): not "Bros.", which ends sentences
 * ("signed with Warner Bros. Madonna…") as often as it goes on with a name.
 */
const NAME_ABBREVIATIONS = new Set('assn dept univ pty ste hon messrs intl natl mfg'.split(' '));

/** Such a word opening the rest of a run (tokens.ts's SENTENCE_OPENERS): "…Calloway. The interview". */
const SENTENCE_OPENER = new RegExp(`^(?:${SENTENCE_OPENERS})(?![\\p{L}’'.-])`, 'u');

/** Whether `owner` ("Japan's ", "New Zealand's ") is a place's possessive. */
function isPlaceOwner(owner: string): boolean {
  const place = owner.replace(/['’]s $/u, '');
  return lexiconType(place) === 'place' || PLACES.has(place.toLowerCase());
}

/**
 * Whether `owner` is a place's possessive and `rest` two or three words the words alone type as a
 * person's or nothing's ("Ethiopia's Tsegaye Alemu-Worku", whose given name no list knows), as
 * sport and wire copy name athletes and officials: not a body's or a place's name.
 */
function placeOwnsPerson(owner: string, rest: string): boolean {
  const words = rest.split(' ').length;
  if (words < 2 || words > 3 || !isPlaceOwner(owner)) return false;
  const type = typeByWords(rest);
  return (type === 'person' || type === 'unknown') && !isOrgName(rest);
}

/**
 * Whether `owner` is a place's possessive and `rest` a company's name: by its legal form or as the
 * lexicon knows it ("Japan's Tanaka Motors Corp."). Not any body's: "Canada's Drug Agency" is the
 * agency's name.
 */
function placeOwnsBody(owner: string, rest: string): boolean {
  return isPlaceOwner(owner) && (COMPANY_FORM.test(rest) || lexiconType(rest) === 'organisation');
}

/** A company's legal form ending its name: "Tanaka Motors Corp.", "BP Plc", "Siemens AG". */
const COMPANY_FORM =
  / (?:Corp|Corporation|Inc|Plc|PLC|plc|AG|Ltd|Limited|Co|SA|NV|SE|GmbH|LLC|ASA|AB|Holdings)\.?$/;

/**
 * "Mwambashi Water and Sanitation Company", "Kenya Power and Lighting Company": a body named for
 * two of the services utilities provide, the first ending a name of its own, before a body's word
 * (not "Thames Water and Environment Agency officers", two bodies).
 */
function utility(whole: string, joined: string): boolean {
  const words = joined.split(' ');
  const service = whole.slice(whole.lastIndexOf(' ') + 1).toLowerCase();
  return (
    words.length === 2 &&
    whole.includes(' ') &&
    UTILITY_SERVICES.has(service) &&
    UTILITY_SERVICES.has(words[0]!.toLowerCase()) &&
    isOrgName(words[1]!)
  );
}

/** What utilities provide, as their names pair them ("Water and Sewerage", "Power and Lighting"). */
const UTILITY_SERVICES = new Set(
  'water sanitation sewerage sewage sewer drainage power lighting light electricity gas energy heat heating'.split(
    ' ',
  ),
);

/** A body named for its fields of study or work: "Royal College of…", "Institute for…". */
const FIELDS_OF =
  /^(?:\p{Lu}\p{Ll}+ ){0,2}(?:College|Institute|Society|Association|Academy|Federation|Faculty|School|Centre|Center|Council|Board|Foundation|Chamber) (?:of|for) /u;

/** Every capitalised run of a paragraph with the role words and ages around it, in order. */
export function readParagraph(
  raw: string,
  p: number,
  acronyms: Map<string, string>,
  titlesInUse: ReadonlySet<string>,
): Entity[] {
  const out: Entity[] = [];
  for (const [acronym, name] of acronyms) {
    if (raw.includes(`(${acronym})`)) out.push(newEntity(name, 'organisation', p));
  }
  // What people say is not what the article introduces.
  // Most paragraphs quote no one: no pattern asked of them.
  const quotes = raw.includes('"') || raw.includes('“');
  const text = quotes ? raw.replace(DOUBLE_QUOTED, (q) => ' '.repeat(q.length)) : raw;
  // Datelines and agency credits ("SYDNEY, March 3 (Reuters) -", "TORONTO (CP) —") name no one.
  const datelineEnd = p === 0 ? dateline(text) : 0;
  // "09:03 Welcome to live coverage": the update's sentence opens after its time.
  const stampEnd = liveStampEnd(text);
  // Names an acronym stands for, asked of every run: a set made once a paragraph.
  const spelled = new Set(acronyms.values());
  let resume = 0;
  for (let m = nextCapRun(text, 0); m; m = nextCapRun(text, resume)) {
    // "…since March. Acme Water Corp. runs the plant": a sentence's full stop ends the run.
    let whole = m[0].slice(0, sentenceEndIn(m[0]));
    // "U.S. Securities and Exchange Commission": "and" inside a body's name, which ends on a word
    // bodies are named by; not a pair of people ("Tom Reed and Ann Park Foundation" is rare).
    // "Immigration, Refugees and Citizenship Canada": portfolios listed before a federal
    // department's "and".
    const listed = PORTFOLIOS.exec(text.slice(m.index + whole.length, m.index + whole.length + 80));
    const list = listed ? `${whole}${listed[0]}` : whole;
    if (text.startsWith(' and ', m.index + list.length) && !isFirstName(whole.split(' ')[0]!)) {
      const next = nextCapRun(text, m.index + list.length + 5);
      const joined = next?.index === m.index + list.length + 5 ? next[0].replace(DATED, '') : '';
      const last = joined.slice(joined.lastIndexOf(' ') + 1);
      // "Ministry of Health and Family Welfare", "Ministry of Interior and National
      // Administration": a ministry's portfolios listed after "of"; not a person after it
      // ("the Department of Justice and Attorney General Pam Bondi").
      const opener = joined.split(' ')[0] ?? '';
      // So are a college's or a society's fields: "Royal College of Acute and Emergency Medicine",
      // not another body ("…of Medicine and Ryerson University", "…and Harvard").
      const fields =
        FIELDS_OF.test(whole) &&
        !isOrgName(last) &&
        !lexiconType(opener) &&
        !/^\p{Lu}{2,}/u.test(opener) &&
        // Words of a field, two or more, not a person's name ("…for Fiscal Studies and Torsten
        // Bell, the pensions minister") nor another body's ("Royal College of Nursing and Unison").
        joined.includes(' ') &&
        joined.split(' ').every((w) => isEnglishWord(w.replace(/[.,]$/, '')));
      const portfolios =
        (/^(?:Ministry|Department) (?:of|for) /.test(whole) || fields) &&
        joined !== '' &&
        joined.split(' ').length <= 3 &&
        !isTitle(opener) &&
        !isFirstName(opener);
      // "Environment, Urbanization and Climate Change Ministry": portfolios listed before the
      // ministry's noun, as Turkish and Gulf papers write them.
      const listedOffice = !!listed && /\s(?:Ministry|Department)$/.test(joined);
      const department =
        portfolios ||
        listedOffice ||
        utility(whole, joined) ||
        (joined !== '' && isNationalBody(`${list} and ${joined}`));
      // Not two bodies ("the Archdiocese of Milwaukee and Catholic News Service").
      if (
        department ||
        (!listed && joined && joined !== last && isOrgName(last) && !isOrgName(whole))
      )
        whole = `${list} and ${joined}`;
    }
    resume = m.index + whole.length;
    // "Tanager Midstream Ltd. on Friday": a day or month after "on" ends the name.
    // "CUPE Local 79": a union local's number is its name's.
    const local = /Local$/.test(whole) ? /^ \d+\b/.exec(text.slice(resume)) : null;
    const run = whole.replace(DATED, '') + (local?.[0] ?? '');
    const at = m.index;
    const lead = text.slice(Math.max(0, at - 60), at);
    if (at < datelineEnd) continue;
    if (lead.endsWith('(') && text[at + run.length] === ')') continue;
    // What the lead ends on, its trailing spaces dropped: asked by its last character, not by
    // patterns anchored at its end (which try every position of it first).
    const ending = lead.trimEnd();
    const sentenceStart =
      at === 0 || endsOn(ending, '.!?”"—–:-') || ending === '' || at === stampEnd;
    // "Hearthline Products Inc." keeps the dot of its abbreviation; a sentence's full stop goes.
    const bare = run.replace(/['’]s?$/, '').replace(/,$/, '');
    let name = dropTitles(CORPORATE_DOT.test(bare) ? bare : bare.replace(/\.$/, ''), sentenceStart);
    // Nor a month cut short ("on Oct. 14"), whose dot went with the sentence's.
    const lower = name.toLowerCase();
    if (!name || NOT_NAME.has(lower) || NOT_NAME_DOTTED.has(lower)) continue;
    // "the Prime Minister of Canada": an office of a place, which is no one's name.
    if (name.startsWith('of ') || name.startsWith('for ')) continue;
    // "Labour’s Rachel Oduya", "Canada’s Wayne Gretzky": a possessive before a given name
    // qualifies the person, it is no part of the name.
    // So does a nationality ("American Tyler Brooks"), which "the American" finds as a role.
    // "New Zealand's Liam Tuhiwai": a place's name of up to three words.
    const owner = name.includes('s ')
      ? /^(?:\p{Lu}[\p{L}.-]* ){0,2}\p{Lu}[\p{L}.-]*['’]s (?=\p{Lu})/u.exec(name)?.[0]
      : undefined;
    const demonym = name.includes(' ') ? /^\p{Lu}\p{Ll}+ (?=\p{Lu})/u.exec(name)?.[0] : undefined;
    const nationality = demonym && isDemonym(demonym.trim()) ? demonym : undefined;
    const qualifier = owner ?? nationality;
    // A nationality only before a given name compromise knows ("American Legion" stays whole).
    const given = qualifier ? firstWord(name.slice(qualifier.length)) : '';
    // "Japan's Tanaka Motors Corp.", "Britain's BP Plc": a country's possessive before a body's
    // name, as wire copy writes it, is no part of the name either.
    const qualifies =
      !!qualifier &&
      (owner
        ? isKnownGivenName(given) ||
          placeOwnsBody(owner, name.slice(owner.length)) ||
          placeOwnsPerson(owner, name.slice(owner.length))
        : isFirstName(given));
    if (qualifies) name = name.slice(qualifier!.length);
    // "Lyle Pankratz of the RM of Coulee Bend": a person's name ends before whom they are of.
    // So does "Ray Dunn of the Brandon Police Service": two words no body's, of a body.
    const of = name.indexOf(' of ');
    // "Sen. Martin Cole of Idaho": where, for "the Idaho senator".
    let from: string | undefined;
    // "Sen. Martin Cole of Idaho": after a title too.
    // Its first word that is no title, worked out only for a name with "of" in it.
    const untitled = (): string => name.split(' ').find((w) => !isTitle(w)) ?? '';
    if (of > 0 && (isFirstName(untitled()) || isMemberOf(name, of))) {
      const place = name.slice(of + 4);
      if (lexiconType(place) === 'place') from = place.toLowerCase();
      name = name.slice(0, of);
    }
    // "Rookie quarterback Ryan Obuya threw…": a role opening a sentence before another role's
    // noun is a description of the name after it, no name of its own.
    if (
      sentenceStart &&
      !name.includes(' ') &&
      isRoleNoun(name.toLowerCase()) &&
      isRoleNoun(
        /^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(text.slice(at + run.length, at + run.length + 60))?.[1],
      )
    )
      continue;
    // "Auto parts supplier Mackinaw Components said…", "Software maker Arclight…": a word opening
    // a sentence, then lowercase nouns ending on a role's before a name, is what the name is.
    if (
      sentenceStart &&
      !name.includes(' ') &&
      !isFirstName(name) &&
      !isOrgName(name) &&
      describesNext(text.slice(at + run.length, at + run.length + 60))
    )
      continue;
    // "Afterwards, the 26-year-old admitted": an adverb opening a sentence names no one.
    if (
      sentenceStart &&
      !name.includes(' ') &&
      text.startsWith(',', at + run.length) &&
      isAdverbForm(name)
    )
      continue;
    // "Affected workers will receive…", "Trained staff": a participle opening a sentence before
    // its noun names no one ("Fielding said", "Browning has" are names before their verbs).
    if (sentenceStart && !name.includes(' ') && isParticiple(name)) {
      const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(at + run.length, at + run.length + 30))?.[1];
      if (next && !isReportingVerb(next) && !isVerbForm(next) && !AUXILIARIES.test(next)) continue;
    }
    // "Demand for advanced chips…", "Shares in the company rose", "Fire officials said": a word
    // opening a sentence is a common noun by what follows (opensOnNoun; "Qantas for the first
    // time", "Vale in a filing", "Loblaw in February" are firms); "its iPad Air": a product's
    // words after its camel-cased name.
    if (
      !name.includes(' ') &&
      ((sentenceStart &&
        opensOnNoun(name, text.slice(at + run.length, at + run.length + 24)) &&
        !isFirstName(name) &&
        !isOrgName(name)) ||
        CAMEL_BEFORE.test(lastWordOf(lead)))
    )
      continue;
    // "Fly-half Kwabena Mensah-Hart kicked 17 points", "Midfielder Ada Obi scored": a person's
    // noun opening a sentence, before a name, is its title, as it is written lowercase elsewhere;
    // not a given name ("Jean-Claude Van Damme"), nor the first word of a body's name ("Centre
    // Wellington Council") or of an office's title ("Secretary of State Elliot Brandt").
    const title = sentenceStart ? openingTitle(name, titlesInUse) : null;
    if (title) name = name.slice(title.length + 1);
    const entity = newEntity(name, 'unknown', p);
    if (title) entity.title = title.toLowerCase();
    noteContext(entity, run, lead, text.slice(at + run.length, at + run.length + 90));
    if (qualifies && nationality) entity.roles.add(nationality.trim().toLowerCase());
    if (qualifies && owner) entity.owner = owner.replace(/['’]s $/u, '').toLowerCase();
    if (from) entity.roles.add(from);
    // "its Kidaclear Night Cough & Cold": what a firm owns, its name's words after "&" too. The
    // patterns are asked of the lead's last words only: the longest word each matches and one
    // character before it, for its \b ("their": 6; "co-founded": 11).
    if ((ending !== lead && /\b(?:its|their)$/i.test(ending.slice(-6))) || ending.endsWith('&'))
      entity.owned = true;
    // Not "ran Tom Reed’s campaign": whose something it is.
    if (ending !== lead && BUSINESS_VERB.test(ending.slice(-11)) && !/['’]s?$/.test(run))
      entity.business = true;
    // "Reeve Lyle Pankratz": the capitalised title the name was read without is its title.
    const opening = run.slice(0, run.indexOf(' '));
    if (
      !entity.title &&
      run.includes(` ${name}`) &&
      !name.startsWith(opening) &&
      /^\p{Lu}\p{Ll}+$/u.test(opening)
    )
      entity.title = opening.toLowerCase();
    // "The CRTC will require…, the regulator announced on Monday": the sentence's subject is what
    // its closing clause calls it; not people in the plural ("Residents should boil water…, the
    // department said"), but a team so named ("Rangers have completed the signing…, the club said").
    // Not a common word opening the sentence before its noun ("Net profit rose…, the group said").
    if (sentenceStart && !modifiesNext(name, text.slice(at + run.length, at + run.length + 30))) {
      const noun = CLOSING_NOUN.exec(sentenceRest(text, at + run.length))?.[1];
      const people = isPluralRole(name) && noun !== 'club' && noun !== 'team';
      if (noun && ORG_NOUNS.has(noun) && !people) entity.roles.add(noun);
    }
    if (spelled.has(name)) entity.type = 'organisation';
    out.push(entity);
  }
  return out;
}

/**
 * Whether a one-word name opening a sentence is a figure's word before what it qualifies ("Net
 * profit", "Revenue at Tarnlow", "Pension sales"), not a body's name before its verb ("Revenue
 * seized…", "Arsenal supporters…", "Unite members…").
 */
function modifiesNext(name: string, after: string): boolean {
  if (!FIGURE_WORDS.test(name)) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  // A past tense no lexicon lists is still a verb ("Revenue seized…").
  return (
    !!next &&
    !next.endsWith('ed') &&
    !isVerbForm(next) &&
    !isPresentVerb(next) &&
    !AUXILIARIES.test(next)
  );
}

/** Words a company's or an economy's figures open on. */
const FIGURE_WORDS =
  /^(?:Net|Gross|Total|Revenue|Revenues|Sales|Income|Production|Output|Demand|Profit|Profits|Turnover|Earnings|Pension|Industry|Exports|Imports|Spending|Inflation|Unemployment|Operating|Pre-tax)$/;

/**
 * The words before an outlet given an interview or a statement: "In an interview with", "an
 * interview to", "said in a statement to the", "a statement sent to", "told the" (a name after
 * "the" is no person's).
 */
const INTERVIEW_WITH =
  /\b(?:interview (?:with|to)|(?:statement|email)(?: sent| emailed)? to(?: the)?|told the)\s+$/i;

/** A word opening lowercase with a capital inside ("iPad", "eBay"), then a space. */
const CAMEL_BEFORE = /(?:^|\s)\p{Ll}+\p{Lu}\p{L}*\s$/u;

/**
 * The lead from its last space but one character on: all of it CAMEL_BEFORE can match, as its
 * word holds no space and it ends on one.
 */
const lastWordOf = (lead: string): string =>
  lead.slice(Math.max(0, lead.lastIndexOf(' ', lead.length - 2)));

/** Whether text ends on one of `marks`. */
const endsOn = (text: string, marks: string): boolean =>
  text !== '' && marks.includes(text.charAt(text.length - 1));

/** The text up to its first space. */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** NOT_NAME's words written with a dot, without it ("oct" for "oct."). */
const NOT_NAME_DOTTED = new Set(
  [...NOT_NAME].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)),
);

/**
 * Whether a word opening a sentence is a common noun by what follows it: "for" and a lowercase
 * word other than an article, a possessive or a time ("Demand for advanced"), people in the
 * plural after a public service's word, or, for a plural, "in" and a month or "the".
 */
/**
 * Whether the text after a sentence's first word runs on through one to three lowercase nouns to a
 * role's or a firm's noun, a capitalised name and the sentence's verb ("parts supplier Mackinaw
 * Components said", "maker Arclight Systems has"): no past or reporting verb, no function word
 * before the name ("said coach Bill Reed", "has hired coach…"), where a present tense reads as a
 * plural noun ("parts"); but "Okafor joins manager Tom Reed at the club" has its verb before.
 */
function describesNext(after: string): boolean {
  const m = DESCRIBED_NEXT.exec(after);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  const verb = m[2]!;
  return (
    (isRoleNoun(words[words.length - 1]) || ORG_NOUNS.has(words[words.length - 1]!)) &&
    words.every(
      (w) =>
        !FUNCTION_WORDS.has(w) && !AUXILIARIES.test(w) && !isReportingVerb(w) && !isVerbForm(w),
    ) &&
    (isReportingVerb(verb) ||
      AUXILIARIES.test(verb) ||
      isVerbForm(verb) ||
      isPresentVerb(verb) ||
      /\p{Ll}ed$/u.test(verb))
  );
}

/** Offices over a field, before "of" and the field ("general manager of football"). */
const OFFICE_HEADS =
  /^(?:manager|director|head|chief|secretary|minister|president|officer|coordinator|commissioner|controller)$/;

/** DESCRIBED_NEXT's parts: the lowercase words, then, after the name, the next word. */
const DESCRIBED_NEXT =
  /^((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s+\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s+(\p{Ll}+)\b/u;

function opensOnNoun(word: string, after: string): boolean {
  if (FOR_NOUN.test(after)) return true;
  // "Fire officials said", "Police officers": a service's word before people in the plural (not
  // "WestJet pilots", "Uber drivers").
  if (ROLE_MODIFIERS.test(word.toLowerCase()) && isRoleNoun(/^\s+(\p{Ll}+)s\b/u.exec(after)?.[1]))
    return true;
  // "Sales in March", "Prices in the region", "Shares in the company" (not "Qantas in", "Airbus
  // in", "Sobeys in the West", "Loblaws in the Maritimes").
  return /[^aiouy]es$/.test(word) && IN_THE_OR_MONTH.test(after);
}

const IN_THE_OR_MONTH = new RegExp(`^\\s+in\\s+(?:the|its|their|${MONTHS})\\b`);

const FOR_NOUN =
  /^\s+for\s+(?!(?:the|a|an|its|his|her|their|years|decades|months|weeks|now|once|more)\b)\p{Ll}/u;

/** Last words only firms' names end on, never a surname. */
const FIRM_END =
  /^(?:Inc\.?|Corp\.?|Ltd\.?|LLC|Holdings|Group|Industries|Foods|Technologies|Systems|Solutions|Brands|Logistics|Laboratories|Therapeutics|Pharmaceuticals|Biotech|Pharma|Minerals|Mining|Resources|Motors|Airlines|Airways|Telecom|Insurance|Investments|Properties|Utilities|Energy)$/;

/** What a public body's name ends on. */
const PUBLIC_BODY_END =
  /^(?:Police|Constabulary|Service|Services|Department|Ministry|Agency|Authority|Commission|Council)$/;

/** What an institution's name of two words or more ends on ("Royal Alexandra Hospital"). */
const INSTITUTION_END =
  /^(?:Hospital|Infirmary|Hospice|Clinic|University|College|Institute|Museum|Library)$/;
/**
 * What only a football club's name ends on ("Bristol Rovers", "Leeds United", "Ashton Rovers
 * FC"); not Albion or Argyle, surnames too ("Iestyn Albion, an economist").
 */
const CLUB_END = /^(?:Rovers|Wanderers|United|Athletic|Hotspur|FC|AFC)$/;

/** Those that are also surnames. */
const SURNAME_TOO = /^(?:Service|Council)$/;

/** A church's bodies, never a surname. */
const CHURCH_BODY = /^(?:Archdiocese|Diocese|Parish)$/;

const PLACE_END =
  /^(?:Park|Square|Beach|Bridge|Island|Harbour|Harbor|Plaza|Gardens|Tower|Towers|Stadium|Arena|Airport|Palace|Castle)$/;

/**
 * What a place's name opens on: "Loch Tay", "Lake Louise", "Mount Hood", "Cape Breton". Not Glen or
 * River, given names too ("Glen Coe" and "River Thames" stay unknown; Glen Campbell is a person).
 */
const PLACE_HEAD = /^(?:Lake|Loch|Lough|Mount|Mt\.?|Cape|Isle|Fort|Port)$/;

/**
 * What the name of a place in nature may end on whatever opens it, as no one's surname does:
 * "Shima Peninsula", "Jordan Valley" (not Bay, Ocean or Strait, which are: Michael Bay, Billy
 * Ocean, George Strait). Not a county, district or province, whose council may speak by its name.
 */
const LAND_END =
  /^(?:Peninsula|Archipelago|Canyon|Desert|Glacier|Valley|Mountains|Islands|Delta|Plateau|Basin|Estuary|Reservoir)$/;

/**
 * "Point Pleasant Park", "Trump Tower": a place by the noun it ends on (LAND_END's whatever opens
 * it), when an English word opens it and no given name does ("Ann Park", "Inbee Park", "Aoife
 * Castle" are people); "Lake Louise" by the noun it opens on.
 */
export function isPlaceByNoun(name: string): boolean {
  const words = name.split(' ');
  const first = words[0]!;
  // people.scan asks this of every run of capitalised words: the nouns, then the name lists.
  if (words.length < 2) return false;
  if (LAND_END.test(words.at(-1)!)) return true;
  if (!(PLACE_END.test(words.at(-1)!) && isEnglishWord(first)) && !PLACE_HEAD.test(first))
    return false;
  return !isFirstName(first) && !isAnyGivenName(first);
}

/** "Ray Dunn of the Brandon Police Service": two capitalised words, no body's, before one. */
function isMemberOf(name: string, of: number): boolean {
  const head = name.slice(0, of).split(' ');
  const body = name.slice(of + 4).replace(/^the /, '');
  return head.length === 2 && !head.some((w) => isOrgName(w)) && isOrgName(body);
}

/** "Trained", "Affected": a verb form by the lexicon or by its "-ed", and no given name ("Mohammed"). */
function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (isVerbForm(lower) || /^\p{Ll}{4,}ed$/u.test(lower)) && !isKnownGivenName(word);
}

/** Verbs whose object is a business or a body, not a person: "She opened Harvest Corner in 2019". */
const BUSINESS_VERB = /\b(?:opened|reopened|founded|co-founded|cofounded|runs|ran|owns|owned)$/;

/** Verbs and joins after which a capitalised word opening a sentence is its subject. */
const AUXILIARIES =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does|and|or)$/;

const DATED = new RegExp(`\\s+on\\s+(?:${WEEKDAYS}|${MONTHS})\\b.*$`, 'u');

/** Up to 300 characters from `from` to the sentence's end, for its closing clause. */
export function sentenceRest(text: string, from: number): string {
  const rest = text.slice(from, from + 300);
  // The text before the first match, as split(…)[0] gives it, without splitting the rest.
  const end = rest.search(/[.!?](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Where a wire dateline ends in a first paragraph, or 0. */
function dateline(text: string): number {
  // "BEN TRE (Vietnam) (AFP) –": a country's or state's parentheses before the agency's too.
  const m = /^[\p{Lu}\s,.]{2,40}(?:,[^—–()-]{0,30})?(?:\s*\([^)]{1,20}\))*\s*[-—–]\s/u.exec(text);
  return m ? m[0].length : 0;
}

/** Titles before the name ("Surrey Mayor Doug Renwick") become roles; the name is what follows. */
function dropTitles(run: string, sentenceStart: boolean): string {
  const words = run.split(/\s+/);
  // A run opening a sentence with a common word ("Shares", "The") starts at the next word; not a
  // month that is a given name before a surname ("June Aperahama, 72, began knitting").
  const givenMonth = (): boolean =>
    words.length === 2 &&
    /^(?:April|May|June)$/.test(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}/u.test(words[1] ?? '') &&
    !CALENDAR_NAME.test(words[1] ?? '') &&
    !isOrgName(words[1] ?? '') &&
    !lexiconType(words[1] ?? '');
  if (
    sentenceStart &&
    words.length > 1 &&
    NOT_NAME.has((words[0] ?? '').toLowerCase()) &&
    !givenMonth()
  )
    words.shift();
  // "Shares of Maple Grove Foods fell": a sentence's first word before "of" is a common noun.
  if (sentenceStart && /^(of|for)$/.test(words[1] ?? '') && /s$/.test(words[0] ?? ''))
    words.shift();
  while (/^\p{Ll}/u.test(words[0] ?? '')) words.shift();
  // "Two-time Olympian Mireille Fontaine": how many times opens a description, not a name; so
  // does where ("Mumbai-based Shrinath Pharmaceuticals", "Ontario-based Northvale Dairy").
  if (words.length > 2 && /^\p{Lu}\p{Ll}+-time$/u.test(words[0] ?? '')) words.shift();
  if (words.length > 1 && DESCRIBING_SUFFIX.test(words[0] ?? '')) words.shift();
  // "GM Ross Atkins", "CEO Rebecca Saunders": a role in capitals before a given name.
  if (
    /^\p{Lu}{2,4}$/u.test(words[0] ?? '') &&
    ROLES.has((words[0] ?? '').toLowerCase()) &&
    isFirstName(words[1] ?? '')
  )
    words.shift();
  // "Justice Department", "Justice Centre for Constitutional Freedoms": an office's name, no title.
  // Nor "Canadian Premier Basketball League": a body's name keeps the title word it holds.
  const body = isTitledBody(words, (w) => TITLE_WORDS.has(undotted(w)));
  const title = body
    ? -1
    : words.findLastIndex(
        (w, i) => TITLE_WORDS.has(undotted(w)) && !OFFICE_AFTER_TITLE.test(words[i + 1] ?? ''),
      );
  let rest = title >= 0 && title < words.length - 1 ? words.slice(title + 1) : words;
  // "Minister Dato' Sri Armizan Mohd Ali": an honour, and the name as written after it.
  const honoured = withoutHonour(rest);
  if (honoured) return honoured.join(' ');
  // "Reeve Lyle Pankratz", "Elder Mary Thomas", "Coroner Dirk Huyer": a word no list has as a
  // title, before a given name and a surname, is one; so is a compound of role nouns before any
  // given name the wider list knows ("Singer-songwriter Tova Lindgren").
  const [first, given] = rest;
  const compound = !!first?.includes('-') && first.toLowerCase().split('-').every(isRoleNoun);
  if (
    rest.length >= 3 &&
    /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first ?? '') &&
    (isFirstName(given ?? '') || (compound && isKnownGivenName(given ?? ''))) &&
    !isFirstName(first ?? '') &&
    !isOrgName(first ?? '') &&
    !lexiconType(first ?? '')
  )
    rest = rest.slice(1);
  // "Resident Priya Naidoo", "Farmer Darcy Koehn": a noun for a person before a given name and a
  // surname, as a sentence opens on it.
  else if (
    sentenceStart &&
    rest.length === 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(first ?? '') &&
    isRoleNoun(first!.toLowerCase()) &&
    isKnownGivenName(given ?? '') &&
    !isKnownGivenName(first!)
  )
    rest = rest.slice(1);
  return rest.join(' ');
}

/**
 * "Datuk Mohd Fauzi Abdul Rahman", "Datuk Seri Ahmad Zulkifli", "Tan Sri Razarudin Husain", "Smt.
 * Anjali Deshpande": a name of two words or more after an honour of Malaysian or Indian copy (and
 * its style: "Seri", "Paduka"), as the article goes on to name the person; null when none opens
 * the run. Not a body's name ("Datuk Keramat Holdings Bhd", "Smt Sharda Trust"). Not "Alhaji", a
 * given name in Sierra Leone and the Gambia, nor "Haji", which Malay names hold inside them
 * ("Ahmad bin Haji Osman"); nor "Encik" and "Shri", which open shops' names as often ("Encik Tan
 * Kopitiam", "Shri Ganesh Jewellers"). The rest is the name as written: the next word is a given
 * name.
 */
function withoutHonour(words: string[]): string[] | null {
  const honour = undotted(words[0] ?? '')
    .toLowerCase()
    .replace(/['’]$/, '');
  const pair = isHonourPair(words[0] ?? '', words[1] ?? '');
  if (!pair && !COURTESY_HONOURS.has(honour)) return null;
  const rest = withoutHonourStyle(honour, words.slice(pair ? 2 : 1));
  if (rest.length < 2 || !rest.every((w) => /^\p{Lu}/u.test(w))) return null;
  // "Datuk Dr Ahmad Fadzli Hashim": a title after the honour is found as any title is.
  if (TITLE_WORDS.has(undotted(rest[0]!).toLowerCase())) return null;
  const name = rest.join(' ');
  return isOrgName(name) || lexiconType(name) === 'organisation' ? null : rest;
}

const COURTESY_HONOURS = new Set(['datuk', 'dato', 'datin', 'smt', 'shrimati', 'hajah']);

export const TITLE_WORDS = new Set(
  (
    'mayor premier chief councillor councilor minister president chancellor senator governor ' +
    'sen rep gov ' +
    'sir dame mr mrs ms dr lady lord chef coach professor prof treasurer commissioner ' +
    'superintendent inspector constable sergeant officer sgt justice judge executive ceo cfo coo ' +
    'captain capt rev revd reverend'
  )
    .split(' ')
    .concat(RANK_ABBREVIATIONS, MEMBER_TITLES),
);

/**
 * A possessive description ending in a comma right before a name: "her son,", "the store's
 * owner,". It introduces the name only when the name is set off after too (DESCRIBED_AFTER):
 * "Accompanied by his lawyer, Tom Reyes told reporters" names no lawyer.
 */
const DESCRIBED_BEFORE =
  /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|(?:\p{L}+|(?:\p{Lu}\.){2,})['’]s)\s+((?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),\s*$/u;
const DESCRIBED_AFTER = /^\s*(?:[,.;:]|$)/;
/** Words for a lawyer, and those that make one a prosecutor. */
const LAWYERS = ['attorney', 'counsel', 'solicitor', 'barrister'];
const PROSECUTING = ['district', 'crown', 'prosecuting', "state's"];

/** "The film was written and directed by ": a work, then what its maker did, before the name. */
const MADE_BY =
  /\b(?:film|movie|documentary|play|series|show|album|book|novel|musical|opera|production)\b[^.]{0,60}\b(\p{Ll}{3,}ed)\s+by\s+$/u;

/** ", R-Fla.,", " (D-N.Y.)": a US lawmaker's party and state. */
const PARTY_TAG = /^(?:,\s+|\s+\()([RDI])-((?:[A-Z][a-z]*\.?){1,3})(?=[,)\s]|$)/;
/**
 * "The utility, " opening a sentence before a name: a lowercase noun, a word or two before it;
 * after a conjunction too ("But the judge, Sir Alastair Pemberton-Oakes, said").
 */
const THE_NOUN_BEFORE =
  /(?:^|[.!?]\s+)(?:The|(?:But|And|Yet|So) the)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),\s*$/u;
/**
 * "the Tánaiste, ", "The Victorian Premier, ", "At one point the Mayor of Kirklees, ": an office
 * capitalised (and where), set off before a name, opening a sentence or after a comma, "and" or
 * any word but a preposition (not "In a letter to the Tánaiste, Ms Walsh,").
 */
const OFFICE_BEFORE =
  /(?:^|[.!?]\s+|,\s+|\band\s+|(?<=\s)(?<!\b(?:to|with|by|for|from|of|about|at|on|in|into|against|as|like|than)\s))[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?,\s*$/u;

/** Ages as ledes spell them before a name: "Seventeen-year-old Czech qualifier Tereza Novotná". */
const AGE_WORDS = wordTable<number>(
  Object.fromEntries(
    'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
      .split(' ')
      .map((w, i) => [w, 10 + i]),
  ),
);

/** "17-year-old Czech qualifier " right before a name: its age, with up to three words between. */
const AGE_BEFORE = /(?:^|\s)(\d{1,3}|\p{L}+)-year-old\s+((?:[\p{L}-]+\s+){0,3})$/u;

/** The last word of a paper's or a broadcaster's name: "CBC News", "the Globe and Mail". */
const MEDIA_END =
  /\b(?:News|Radio|Television|TV|Times|Post|Herald|Star|Globe|Journal|Gazette|Tribune|Telegraph|Guardian|Press|Sun|Mail|Mirror|Express|Observer|Chronicle|Examiner|Inquirer|Bulletin|Magazine)$/;

/** Words after an outlet given something: "told the Star that", "told the Herald on Monday". */
const OUTLET_AFTER =
  /^\s+(?:that|on|in|about|last|this|earlier|it|he|she|they|its|his|her|their|the|a|an|and|but|when|after|before|as|at|for|by|from|with|during|via)\b/;

function noteContext(entity: Entity, run: string, lead: string, after: string): void {
  // "sold under the Sunny Bench brand": what a firm sells, not the firm.
  if (/^\s+brands?\b/.test(after)) entity.owned = true;
  // Not a firm's name before whom of it the words went to ("told the Magna plant managers", "in
  // an email to Loblaw executives"); an interview is always given to an outlet.
  if (INTERVIEW_WITH.test(lead.slice(-32))) {
    const interview = /\binterview (?:with|to)\s+$/i.test(lead.slice(-20));
    const modifies = /^\s+\p{Ll}/u.test(after) && !OUTLET_AFTER.test(after);
    if (interview || !modifies) entity.outlet = true;
  }
  // "told CBC News the…", "told the Globe and Mail": a paper or a broadcaster by its name's last
  // word, whatever follows.
  if (/\btold (?:the )?(?:\p{Lu}\p{L}* and )?$/u.test(lead.slice(-24)) && MEDIA_END.test(run))
    entity.outlet = true;
  const aged = lead.includes('-year-old') ? AGE_BEFORE.exec(lead) : null;
  const years =
    aged && (/^\d/.test(aged[1]!) ? Number(aged[1]) : AGE_WORDS[aged[1]!.toLowerCase()]);
  // Not "the 17-year-old son of Tom Reed": the age is the son's.
  // Nor "the 16-year-old punched teacher Mark Doyle": a verb between.
  const between = aged?.[2] ?? '';
  // Nor "the 39-year-old told Justice Harinder Bassi": a reporting verb between, whose object is named.
  if (
    years &&
    !/\b(?:of|for|and|to|with|by|from)\s|\p{Ll}ed\s/u.test(between) &&
    !between.split(/\s+/).some(isReportingVerb)
  )
    entity.age = years;
  // "Dr. Bonnie Henry": the title without its dot, as "the doctor" looks for it.
  // Most runs are one word, with nothing before the name (runs hold no space at either end).
  if (/\s/.test(run)) {
    const words = run.split(/\s+/);
    for (const w of words.slice(0, -1)) entity.roles.add(undotted(w));
    // "Conservative MP Jane Smith": the words before a title in the run are a side.
    const title = words.findLastIndex((w, i) => i > 0 && i < words.length - 1 && isTitle(w));
    for (const w of words.slice(0, Math.max(title, 0)))
      (entity.sides ??= new Set()).add(undotted(w));
  }
  // The lead without its trailing spaces, whose last character rules out most patterns below.
  const ending = lead.trimEnd();
  if (
    (endsOn(ending, HONORIFIC_ENDS) &&
      HONORIFIC.test(lead.slice(-8).trim().split(/\s+/).pop() ?? '')) ||
    HONORIFIC.test(firstWord(run))
  )
    entity.type = 'person';
  // Its parts are functions of their own: a branch first taken makes V8 recompile that part,
  // not all of noteContext (a third of a second each time).
  noteLeadRoles(entity, lead);
  // "As deputy minister of finance under two prime ministers, Ms. Stroud shaped budgets": the
  // office a sentence opens on, set off before the name.
  const held = lead.endsWith(', ') || lead.endsWith('. ') ? HELD_AS.exec(lead) : null;
  if (held && isRoleNoun(held[1]!.slice(held[1]!.lastIndexOf(' ') + 1)))
    for (const w of held[1]!.split(' ')) entity.roles.add(w);
  // "for hunters like Jaypeetee Akavak": one of those the plural names, by a noun for what people
  // do, not an office ("thought leaders like X" holds none). Not "such as", which lists peers in
  // passing ("later composers such as Claude Debussy" in a life of Chopin).
  const like = lead.endsWith(' like ') ? ONE_OF.exec(lead) : null;
  if (like && isRoleNoun(like[1]!) && !isTitle(like[1]!) && !OFFICE_WORDS.has(like[1]!))
    entity.roles.add(like[1]!);
  // A description set off before: "confirmed by her son, Thomas Halloran", "the club's coach, X",
  // or a sentence opening on what the name is: "The utility, Pacific Gas Co., said…".
  const setOff = ending.endsWith(',') && DESCRIBED_AFTER.test(after);
  const shortLead = lead.slice(-60);
  const before = setOff
    ? (DESCRIBED_BEFORE.exec(shortLead) ?? THE_NOUN_BEFORE.exec(shortLead))
    : null;
  if (before) {
    const described = before[1]!.toLowerCase().split(/\s+/);
    for (const w of described) entity.roles.add(w);
    entity.appositive ??= ['the', ...described];
  }
  // "The Taoiseach, Declan Furlong, and the Tánaiste, Pádraig Ó Ceallaigh,": for "the Tánaiste".
  const office = setOff ? OFFICE_BEFORE.exec(shortLead) : null;
  if (office) {
    const described = office[1]!.toLowerCase().split(/\s+/);
    if (isRoleNoun(described[described.length - 1])) for (const w of described) entity.roles.add(w);
  }
  // Appositive after: ", the chairman of the inquiry,", ", 24,", ", who owns the shop".
  // "Sen. Marco Rubio, R-Fla.,", "Rep. Jim Clyburn (D-S.C.)": party and state, for "the Florida
  // senator" (a state of two words gives its words, "new", "york").
  const tag = after.includes('-') ? PARTY_TAG.exec(after) : null;
  const state = tag ? STATE_ABBREVIATIONS[tag[2]!.replace(/\./g, '').toLowerCase()] : undefined;
  if (tag && state) {
    entity.roles.add(tag[1] === 'R' ? 'republican' : tag[1] === 'D' ? 'democrat' : 'independent');
    for (const w of state.split(' ')) entity.roles.add(w);
  }
  // "The film was written and directed by Tomás Echeverría": what someone made a work as, for
  // "the director" (not "Traffic was directed by Garda Sergeant Tom Walsh").
  const by = ending.endsWith('by') && lead.includes(' by ') ? MADE_BY.exec(lead) : null;
  if (by) entity.roles.add(by[1]!);
  noteAppositive(entity, after);
  notePredicate(entity, ending, after);
  // "District Attorney Curtis Moody", "Crown attorney X" prosecute; "His attorney, X," is a
  // lawyer; an attorney or solicitor general is neither.
  if (
    entity.roles.size > 0 &&
    !entity.roles.has('general') &&
    LAWYERS.some((w) => entity.roles.has(w))
  )
    entity.roles.add(PROSECUTING.some((w) => entity.roles.has(w)) ? 'prosecutor' : 'lawyer');
  if (entity.roles.has('who') && entity.type === 'unknown') entity.type = 'person';
  // "Singer-songwriter Tova Lindgren" is a singer and a songwriter: "the singer" finds her.
  // Most names have no hyphenated word near them: settled by the text read.
  if (!run.includes('-') && !lead.includes('-') && !after.includes('-')) return;
  noteCompoundRoles(entity);
}

/** Lowercase role words right before: "union president Carla Mendes", "the cybersecurity firm X". */
function noteLeadRoles(entity: Entity, lead: string): void {
  const words = lead.slice(-60).split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  let reach = words.length - 3;
  for (let i = words.length - 1; i >= 0 && i >= reach; i--) {
    const w = words[i] ?? '';
    // "The … School Board has confirmed Red Pine Public School": a verb ends the role words ("top
    // seed Rafael Nadal" does not).
    if (
      FUNCTION_WORDS.has(w) ||
      (isVerbForm(w) && !isRoleWords([w])) ||
      isPresentVerb(w) ||
      isReportingVerb(w)
    )
      break;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w)) {
      // "Crown prosecutor Alexandra Pappas": the capitalised word a role noun follows qualifies it.
      // "Castlebridge United manager Paolo Ventrini": all the words of the body's name do, for
      // "the Castlebridge boss".
      if (i < words.length - 1) {
        for (let j = i; j > i - 3 && /^\p{Lu}[\p{L}-]*$/u.test(words[j] ?? ''); j--) {
          entity.roles.add(words[j]!.toLowerCase());
          (entity.sides ??= new Set()).add(words[j]!.toLowerCase());
        }
      }
      break;
    }
    // "a spokesman for the Saskatchewan Health Authority": a person's role before a preposition
    // is someone else's; "the trade group for the Blue Cross Blue Shield plans" is the name's own
    // (after "for" or "of"), not "the emergency department at the Sainte-Anne hospital" (after
    // "at", "with", "from", "to" or "by", where it is or whom it deals with).
    if (LEAD_PREPOSITIONS.has(w)) {
      const noun = words[i - 1] ?? '';
      // "Eels general manager of football Peter Vlahos-Kent", "director of communications Ann
      // Park": an office over a field, whose holder the words before "of" name too (the office's
      // noun their title, for "the football boss").
      // Not "the coach of sprinter Amara Okafor", "the lawyer of midfielder Tom Reed": a role
      // of someone with a role of their own.
      if (
        w === 'of' &&
        i < words.length - 1 &&
        OFFICE_HEADS.test(noun) &&
        !isRoleNoun(words[i + 1]) &&
        !POSITIONS.has(words[i + 1] ?? '')
      ) {
        entity.title = noun;
        reach = i - 3;
        continue;
      }
      if (ORG_NOUNS.has(noun) && (w === 'for' || w === 'of')) entity.roles.add(noun);
      break;
    }
    // "The National Weather Service office in Granger": what is in a place describes no one.
    if (PREPOSITIONS.has(w)) break;
    entity.roles.add(w);
    // "Crown prosecutor Alexandra Pappas": the word right before the name is her title (not "the"
    // of "the Front Lawn").
    if (i === words.length - 1 && !/^(?:the|a|an)$/.test(w)) entity.title = w;
  }
}

/** Appositive after: ", the chairman of the inquiry,", ", 24,", ", who owns the shop". */
function noteAppositive(entity: Entity, after: string): void {
  // "pensioner Gloria Mthembu (74)": an age in brackets, as South African and British papers give it;
  // not a list of goals' minutes ("Harry Kane (23) and Phil Foden (67)").
  const bracketed = /^\s+\((\d{1,3})\)/.exec(after)?.[1];
  const listed = /^\s+\(\d{1,3}\)(?:,|\s+and)\s+\p{Lu}[^()]{0,40}\(\d/u.test(after);
  if (bracketed && !listed && Number(bracketed) < 120) {
    entity.age = Number(bracketed);
    entity.type = 'person';
  }
  const appositive = /^,\s+([^,.;:“”"]{1,80})/.exec(after)?.[1] ?? '';
  // ", from Glasgow,": where someone is from, for "the Glaswegian".
  const from = /^from\s+(\p{Lu}[\p{L}-]+)$/u.exec(appositive)?.[1];
  if (from && (lexiconType(from) === 'place' || PLACES.has(from.toLowerCase())))
    entity.roles.add(from.toLowerCase());
  // ", 21,", ", a 21-year-old from Quebec City,": an age given.
  const age = /^(?:(\d{1,3})|an? (\d{1,3})-year-old\b.*)$/.exec(appositive.trim());
  if (age?.[2]) {
    // Not "Canadian Tire, a 102-year-old retailer,": a body's age.
    if (!ORG_NOUNS.has(appositive.trim().split(/\s+/)[2] ?? '')) {
      entity.age = Number(age[2]);
      entity.type = 'person';
    }
  } else if (age) {
    entity.age = Number(age[1]);
    entity.type = 'person';
    // ", 70, a Regina lawyer,": what someone is, after the age.
    const described = /^,\s+\d{1,3},\s+((?:the|a|an)\s[^,.;:“”"]{1,80})/.exec(after)?.[1];
    if (described) entity.appositive ??= described.toLowerCase().split(/\s+/).slice(0, 8);
  }
  // ", the Canadian Food Inspection Agency (CFIA) says.": a clause's subject, no appositive.
  const clause = (): boolean => appositive.split(/\s+/).some((w) => isReportingVerb(w));
  if (/^(who|the|a|an)\b/i.test(appositive) && !clause()) {
    const described = appositive.toLowerCase().split(/\s+/).slice(0, 8);
    for (const w of described) entity.roles.add(w);
    if (/^(the|a|an)\b/i.test(appositive)) entity.appositive = described;
  } else if (/^\p{Ll}/u.test(appositive) && !clause()) {
    // ", chief scientist at the Mekong Delta Research Institute (MDRI),": a role with no article,
    // and the body's words and acronym it is at, for "the MDRI scientist".
    const words = appositive.split(/\s+/);
    // The last role noun before a preposition, within four words ("chief scientist at").
    const end = words.findIndex((w) => PREPOSITIONS.has(w));
    const role = words.findLastIndex((w, i) => i < 4 && (end < 0 || i < end) && isRoleNoun(w));
    if (role >= 0 && isRoleWords(words.slice(0, role + 1))) {
      for (const w of words.slice(0, role + 1)) entity.roles.add(w);
      // Only the acronym: "operations manager at Kerry Airport" is no "Kerry boss".
      for (const w of words.slice(role + 1))
        if (/^\(\p{Lu}{2,6}\)$/u.test(w)) entity.roles.add(w.slice(1, -1).toLowerCase());
    }
  }
}

/** What a sentence of its own says the name is, after a copula (PREDICATE). */
function notePredicate(entity: Entity, ending: string, after: string): void {
  // What a sentence of its own says someone is: "Priya Nair is president of the association",
  // "…has been the principal of…", "…was a paramedic for 20 years". After "a" or "the" a noun
  // phrase, up to a preposition; without, only a role noun ("was named", "is expected" give none).
  // Only of a name opening its sentence or clause ("The man who attacked Const. Jenna Wolfe was a
  // security guard" says nothing of her).
  const opens = ending === '' || endsOn(ending, '.!?,;:”"');
  const predicate = opens ? PREDICATE.exec(after) : null;
  if (predicate) {
    const words = predicate[2]!.split(/\s+/);
    const end = words.findIndex((w) => PREPOSITIONS.has(w));
    const phrase = end < 0 ? words : words.slice(0, end);
    const role = predicate[1] ? phrase.length - 1 : phrase.findIndex((w) => isRoleNoun(w));
    if (role >= 0 && isRoleWords(phrase.slice(0, role + 1))) {
      for (const w of phrase.slice(0, role + 1)) entity.roles.add(w);
      // Read as a description set off would be: "the paramedic" looks for one introduced so.
      if (predicate[1]) entity.appositive ??= [predicate[1], ...phrase];
    }
  }
}

/** "Singer-songwriter Tova Lindgren" is a singer and a songwriter: "the singer" finds her. */
function noteCompoundRoles(entity: Entity): void {
  for (const role of entity.roles) {
    if (!role.includes('-')) continue;
    const parts = role.split('-');
    // Not kin ("Mother-daughter team Ruth Allen and Ana Allen": each is one of them).
    if (parts.every((w) => isRoleNoun(w) && !KIN_NOUNS.test(w)))
      for (const w of parts) entity.roles.add(w);
  }
}

/** A copula after a name, its article if any, and up to three lowercase words: what the name is. */
const PREDICATE =
  /^\s+(?:is|was|has\s+been|had\s+been|became|remains|serves\s+as|served\s+as|(?:took|takes|has\s+taken)\s+over\s+as|stepped\s+in\s+as|(?:works|worked|started|joined)\s+as)\s+(?:(the|a|an)\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?![’'\p{L}])/u;

/** The first word of a name opening a sentence when it is the name's title, else null (readParagraph). */
function openingTitle(name: string, titlesInUse: ReadonlySet<string>): string | null {
  const space = name.indexOf(' ');
  if (space < 0) return null;
  const first = name.slice(0, space);
  const lower = first.toLowerCase();
  // "Thrompon Dil Bahadur Gurung… the thrompon said": a title the article itself uses so.
  return /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name.slice(space + 1)) &&
    (isPersonNoun(lower) || POSITIONS.has(lower) || titlesInUse.has(lower)) &&
    !isFirstName(first) &&
    !isOrgName(name)
    ? first
    : null;
}
