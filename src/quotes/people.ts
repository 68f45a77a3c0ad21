/** The people one article introduces, so "Galauskas" and "Mr. Song" find their full names. */
import {
  firstNameGender,
  fold,
  givenNameGender,
  isAnyGivenName,
  isEnglishWord,
  isFirstName,
  isGivenInFullName,
  isKnownGivenName,
  isOrgName,
  isTitle,
  isDemonym,
  NAME_PARTICLES,
  nameTokens,
  isHonourPair,
  PATRONYMICS,
  personKey,
  undotted,
  NAME_INITIALS,
} from '../text/names.js';
import {
  cleanName,
  endsPossessive,
  HONORIFIC_GENDERS,
  isHyphenatedName,
  isPair,
  isRegionalDemonym,
  isRoleNoun,
  afterPortfolioWord,
  isSurnameFirst,
  officeObjectLength,
  stripTitles,
  type Subject,
} from './subject.js';
import { ownCopy } from '../text/own-copy.js';
import {
  CALENDAR_NAME,
  describedGender,
  KIN_NOUNS,
  PARTY_ADJECTIVES,
  REGION_WORDS,
  PLACE_OPENER_WORDS,
} from './lexicon.js';
import {
  isAdverbForm,
  isAdverbOrParticiple,
  isPlainWord,
  isVerbForm,
  lexiconType,
} from './lexicon-types.js';
import { datelineEnd, type Token } from './tokens.js';
import { isPlaceByNoun } from './entity-reading.js';
import { labelAsName } from './transcript.js';

export interface Person {
  /** The fullest form the article gives, without titles ("Marcus Galauskas"). */
  name: string;
  tokens: string[];
  org: boolean;
  gender?: 'm' | 'f';
  /** The gender is only the first name's usual one ("Marty"), which the article's pronouns overrule. */
  genderByName?: boolean;
  descriptor?: string;
  /** Every mention and description given ("Vermont Sen. Bernie Sanders"), for "the senator". */
  roleTexts?: string[];
  /** Paragraph indexes where the article names this person, ascending. */
  seen: number[];
  /** The name was written all in capitals and is shown as names are ("JAKE TAPPER"). */
  calmed?: boolean;
}

/**
 * A person with every field in place, unset ones undefined: people of one shape keep the code
 * asking them optimised (fields added as the article told more made a new shape each time).
 */
export function newPerson(name: string, tokens: string[], org: boolean, seen: number[]): Person {
  return {
    name,
    tokens,
    org,
    gender: undefined,
    genderByName: undefined,
    descriptor: undefined,
    roleTexts: undefined,
    seen,
    calmed: undefined,
  };
}

/**
 * A person's name of two words or more written all in capitals, as a transcript's label or a
 * caption writes it: a given name first ("JAKE TAPPER"), not letters ("DNA RNA") or a headline.
 */
function shouted(name: string): boolean {
  if (!/^\p{Lu}[\p{Lu}’'.-]+(?: \p{Lu}[\p{Lu}’'.-]+)+$/u.test(name)) return false;
  // Not letters a given name happens to spell ("DIN ISO"): a surname of four letters or more.
  if (name.length - name.lastIndexOf(' ') - 1 < 4) return false;
  return isKnownGivenName(labelAsName(name.slice(0, name.indexOf(' '))));
}

/** Whom `ArticlePeople.namesSomeoneIn` counts. */
export interface NamedInOptions {
  /** Someone not to count. */
  except?: Person;
  /** Only people this accepts, and only those shown to be people. */
  fits?: (p: Person) => boolean;
}

/** Whom `ArticlePeople.lastNamed` looks for. */
export interface LastNamedOptions {
  /** The gender the first name shows; left out, someone whose gender nothing shows; 'any': anyone. */
  gender?: 'm' | 'f' | 'any';
  /** Only people this accepts; everyone by default. */
  fits?: (p: Person) => boolean;
  /** How many paragraphs back to look: 1 (the one before) by default. */
  back?: number;
}

/** Whether the particles from `i` on lead to a capitalised word ("de la Fuente"). */
function particlesThenCap(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < i + 3 && tokens[j]?.kind === 'word' && NAME_PARTICLES.has(tokens[j]!.text)) j++;
  return isCapWord(tokens[j]);
}

const NOISE = new Set(
  'the a an and but or so yet also then when while after before as if in on at for with by from to this that it he she they we i why how what where'.split(
    ' ',
  ),
);

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Whether a token's text may be a word of a name a run gives (juxtaposed asks aloneIn of no other):
 * a capitalised word's, which opens on a capital (isCapWord) and keeps it when cleaned, or a
 * particle's. Most tokens are neither, and are not worth a map entry.
 */
function mayBeNameWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128 || NAME_PARTICLES.has(text);
}

/** Capitalised word tokens; most tokens are lowercase ASCII, settled without a regex. */
function isCapWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const text = t.text;
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c < 128 && (c < 65 || c > 90)) return false; // digits and symbols
  if (c >= 128 && !/^\p{Lu}/u.test(text)) return false;
  // "a Sh300,000 bond", "Rs500", "RM50,000": an amount in a currency written before it, no one's
  // name (not "VH1", "G20"). A digit second, third or fourth is asked first, without a regex.
  if (isDigit(text, 1) || isDigit(text, 2) || isDigit(text, 3)) {
    if (/^\p{Lu}{1,2}\p{Ll}?\d[\d,.]*\d{2}/u.test(text)) return false;
  }
  return !text.includes('-') || !/-\p{Ll}/u.test(text) || isHyphenatedName(text);
}

function cleanRun(run: string[]): string | null {
  let words = run.map(cleanName);
  const cut = words.findLastIndex((w, i) => i > 0 && NOISE.has(w.toLowerCase()));
  if (cut > 0) words = words.slice(cut);
  while (
    words.length > 1 &&
    /^\p{Lu}{2,}$/u.test(words[0] ?? '') &&
    !/^\p{Lu}{2,}$/u.test(words[1] ?? '')
  ) {
    words = words.slice(1);
  }
  while (words.length > 0 && NOISE.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  while (words.length > 0 && NOISE.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  // "said Brian Fallon August 5": a date after a name is no part of it ("Theresa May" keeps May).
  while (words.length > 1 && CALENDAR_NAME.test(words[words.length - 1] ?? '')) words.pop();
  words = stripTitles(words);
  words = withoutUnlistedTitle(words);
  words = withoutPlaceOpener(words);
  if (isRegionalDemonym(words)) return null;
  return words.length >= 2 && words.length <= 4 ? words.join(' ') : null;
}

/**
 * "the national team of Kyrgyzstan Bakyt Sultanaliev": a place's name before a person's name of
 * two words or more is what the title before it is of, not a given name; unless the place is one
 * ("Georgia May Jagger", "Jordan Ellis Henderson").
 */
function withoutPlaceOpener(words: string[]): string[] {
  if (words.length < 3 || lexiconType(words[0]!) !== 'place' || isAnyGivenName(words[0]!))
    return words;
  // A person's name: words English has for nothing else ("Bakyt Sultanaliev"), or a given name
  // first ("India Raghuram Rajan"); not "Oklahoma City Thunder", "Greenwich Mean Time".
  const rest = words.slice(1);
  const plain = (w: string): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(w) && !lexiconType(w) && !isOrgName(w);
  const named = isKnownGivenName(rest[0]!) || rest.every((w) => !isEnglishWord(w));
  return named && rest.every(plain) ? rest : words;
}

/**
 * "Opposition TD Declan Furlong", "Housing Aoife Kinsella" (of "Minister of State for Housing"),
 * "Pastor Kevin Swanson": capitalised words before a given name and a surname are a title no list
 * has when the last of them reads as one (a role noun, an acronym, a word ending in -ing) and none
 * is a given name, a place or an organisation's word. Not a given name no list has: "Barack
 * Hussein Obama" keeps "Barack".
 */
function withoutUnlistedTitle(words: string[]): string[] {
  // A title, a given name and a surname: three words at least (most runs have two).
  if (words.length < 3) return words;
  const given = words.findIndex((w, i) => i > 0 && isKnownGivenName(w));
  if (given < 1 || words.length - given < 2) return words;
  const title = words.slice(0, given);
  const last = title[title.length - 1] ?? '';
  const titleLike =
    PARTY_ADJECTIVES.test(last) ||
    isRoleNoun(last.toLowerCase()) ||
    /^\p{Lu}{2,4}$/u.test(last) ||
    isVerbForm(last.toLowerCase()) ||
    PORTFOLIO_FORM.test(last);
  // "NDP Energy Critic Laurel Collins": before a role noun, a portfolio may be a body's word.
  const portfolio = isRoleNoun(last.toLowerCase());
  const plain = (w: string): boolean =>
    /^\p{Lu}[\p{L}-]+$/u.test(w) &&
    !isKnownGivenName(w) &&
    (portfolio || !isOrgName(w)) &&
    !lexiconType(w) &&
    !PLACE_PREFIXES.has(w);
  return titleLike && title.every(plain) ? words.slice(given) : words;
}

/**
 * A portfolio's noun by its form: "Sanitation Lindiwe Abrahams-Zulu" (of "Minister of Water and
 * Sanitation"), "SSP Operations Shazia Durrani", "Finance", "Agriculture".
 */
const PORTFOLIO_FORM = /\p{Ll}(?:tions?|ments?|ance|ence|ure|ity|ities|logy)$/u;

/** Portfolios of other forms than PORTFOLIO_FORM's: "Health", "Defence", "Trade". */
const PORTFOLIO_WORDS =
  /^(?:Health|Defen[cs]e|Justice|Trade|Labou?r|Energy|Housing|Transport|Interior|Treasury|Tourism)$/;

// Words opening places named for saints, features and regions: "San Jose", "Fort William", "Lake
// Louise", "Puerto Rico", "North Carolina".
const PLACE_PREFIXES = new Set([
  ...'San Santa Saint St Fort Port Puerto Lake Mount Cape Glen Los Las El La Le'.split(' '),
  ...REGION_WORDS,
]);

// The same runs recur through an article and across a corpus ("United States", "New York").
const cleaned = new Map<string, string | null>();

function cleanRunCached(run: string[]): string | null {
  const key = run.join(' ');
  let name = cleaned.get(key);
  if (name === undefined) {
    if (cleaned.size > 50_000) cleaned.clear();
    // Own copies: a key sliced from an article would keep the whole article in memory.
    const clean = cleanRun(run);
    name = clean === null ? null : ownCopy(clean);
    cleaned.set(ownCopy(key), name);
  }
  return name;
}

/**
 * English words the tagger's word list leaves out: numbers, ordinals, "both", British "whilst"
 * (and CALENDAR_NAME).
 */
const NOT_LISTED_WORD =
  /^(?:both|whilst|amongst|amidst|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|first|second|third)$/iu;

/**
 * A given name's shape: a capital, then lowercase letters only, not ending as a British spelling of
 * a verb form or adverb would ("Neighbouring", "Colourfully"; not "Digital-RGB").
 */
const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$(?<!\p{Ll}{3}(?:ing|ed|ly))/u;

/** A surname's opening: "Prosser", "McLeod", "O’Brien"; not "LEDs". */
const SURNAME_SHAPE = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u;

/** The capitalised word after each known given name ("Derek Thompson" → thompson), lowercased. */
function collectSurnames(paragraphs: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of paragraphs) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1] as Token;
      if (isCapWord(t) && isCapWord(next) && isKnownGivenName(t.text))
        out.add(cleanName(next.text).toLowerCase());
    }
  }
  return out;
}

/**
 * Each given name and surname the article writes after a title that is a given name too ("Dean
 * Jane Whitaker") or before it set off in lowercase ("Jane Whitaker, dean of…", "…, the dean"),
 * by the title and the surname.
 */
function titledNames(paragraphs: Token[][]): Map<string, string> {
  const out = new Map<string, string>();
  const titleOf = (t: Token | undefined): string | undefined =>
    t && isGivenInFullName(t.text) && isTitle(t.text) ? t.text.toLowerCase() : undefined;
  for (const tokens of paragraphs) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!isCapWord(tokens[i]) || !isCapWord(tokens[i + 1])) continue;
      const [given, surname] = [tokens[i]!.text, tokens[i + 1]!.text];
      const before = /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')
        ? titleOf(tokens[i - 1])
        : undefined;
      const set =
        tokens[i + 2]?.text === ','
          ? tokens[tokens[i + 3]?.text === 'the' ? i + 4 : i + 3]
          : undefined;
      const after = set && /^\p{Ll}/u.test(set.text) ? titleOf(set) : undefined;
      const title = before ?? after;
      if (title && !isTitle(given)) out.set(`${title} ${surname}`, `${given} ${surname}`);
    }
  }
  return out;
}

/**
 * Each title and given name the article writes before a surname ("Aunty Dorothy Mallarda-Cox",
 * "Dr Kevin Walsh", "their uncle, Dave Kerr"), lowercased title first, with the full name; a pair
 * written before two surnames is left out.
 */
function titledGivenNames(paragraphs: Token[][]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const tokens of paragraphs) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      // "Their uncle, Dave Kerr, pulled them out": a title set off before the name too.
      const title = (tokens[i - 1]!.text === ',' ? tokens[i - 2] : tokens[i - 1])?.text ?? '';
      if (!isCapWord(tokens[i]) || !isCapWord(tokens[i + 1]) || !isTitle(title)) continue;
      const [given, surname] = [tokens[i]!.text, cleanName(tokens[i + 1]!.text)];
      // A given name by a list: not "President Obama Speech".
      if (isTitle(given) || isCapWord(tokens[i + 2]) || !isAnyGivenName(given)) continue;
      const key = `${undotted(title)} ${given}`;
      const full = `${given} ${surname}`;
      out.set(key, out.has(key) && out.get(key) !== full ? null : full);
    }
  }
  return out;
}

/** The capital letters honorifics open on ("M" of "Mr", "G" of "Gogo"), as character codes. */
const HONORIFIC_INITIALS = new Set(
  Object.keys(HONORIFIC_GENDERS).map((word) => word.toUpperCase().charCodeAt(0)),
);

/** Indefinite pronouns: "Someone", "Nobody", "Others". */
const INDEFINITE = /^(?:(?:some|no|any|every)(?:one|body)|others|(?:some|no|any|every)thing)$/i;

/** Capitalised words after another word or a comma: names, not sentence starts. */
function collectMidCaps(tokens: Token[], midCaps: Set<string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    // "“Q,” Guardian said": after a quotation closed by a comma the sentence goes on.
    const goesOn = prev.kind === 'quote' && prev.text.endsWith(',');
    if ((prev.kind === 'word' || prev.text === ',' || goesOn) && isCapWord(t))
      midCaps.add(t.text.toLowerCase());
  }
}

/** Candidate full names in a paragraph's tokens: runs of two or more capitalised words, titles removed. */
function nameRuns(
  tokens: Token[],
  common: (word: string, next: string) => boolean,
  shortened: (pair: string) => boolean,
): string[] {
  const out: string[] = [];
  // A run is a stretch of tokens, from `start` (-1 when none is open): most are one word, no
  // name, and are never copied out.
  let start = -1;
  let atStart = false;
  // Where a sentence opens after a dateline's dash.
  const dateline = datelineEnd(tokens) || -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let end: number;
    if (isCapWord(t)) {
      if (start < 0) {
        start = i;
        const prev = tokens[i - 1];
        atStart =
          !prev ||
          (prev.kind === 'punct' &&
            (prev.text === '.' || prev.text === '!' || prev.text === '?')) ||
          prev.kind === 'quote' ||
          // "MONTREAL — Sisters Claudine and…", "IQALUIT — Printmaker Aalasi Qiatsuk…" (not
          // "OTTAWA — Will Amos says…").
          (i === dateline && (isPluralRoleWord(t.text) || isRoleNoun(t.text.toLowerCase())));
      }
      if (!endsPossessive(t.text)) continue;
      end = i + 1;
    } else if (start < 0) {
      continue;
    } else if (t.kind === 'word' && NAME_PARTICLES.has(t.text) && particlesThenCap(tokens, i)) {
      // A particle before a capitalised word stays in the run ("Ursula von der Leyen", "Tomás de
      // la Fuente").
      continue;
    } else end = i;
    addRun(out, tokens, start, end, atStart, common, shortened);
    start = -1;
  }
  if (start >= 0) addRun(out, tokens, start, tokens.length, atStart, common, shortened);
  return out;
}

/**
 * Adds to `out` the name the run of tokens from `from` to `end` gives, if any. A plain function,
 * not a closure in nameRuns: run under tsx, each closure made is named by a property write, which
 * cost 0.3 % of quote extraction here.
 */
function addRun(
  out: string[],
  tokens: Token[],
  from: number,
  end: number,
  atStart: boolean,
  common: (word: string, next: string) => boolean,
  shortened: (pair: string) => boolean,
): void {
  // A single word is no name either way: only a longer run needs the common-word test.
  if (end - from < 2) return;
  // "Asserting Clinton…", "Billionaire Donald Trump…": a sentence's first word is rarely a name.
  const opener = (tokens[from] as Token).text;
  const next = (tokens[from + 1] as Token).text;
  const first =
    atStart &&
    common(opener, next) &&
    !placedBody(tokens, from, end) &&
    !legalName(tokens, from, end) &&
    !givenNamesOpen(opener, next, end - from) &&
    !namesBody(tokens, from, end) &&
    !isHonourPair(opener, next) &&
    !setOffAfter(tokens, from, end) &&
    !unlistedThreeNames(tokens, from, end, shortened) &&
    // "Tran Quoc Bao, deputy director…, said": a Vietnamese name opens on its surname.
    !(end - from === 3 && isSurnameFirst([opener, next, (tokens[from + 2] as Token).text]))
      ? from + 1
      : from;
  if (end - first < 2) return;
  const run: string[] = [];
  for (let k = afterPortfolio(tokens, first, end); k < end; k++)
    run.push((tokens[k] as Token).text);
  const name = cleanRunCached(run);
  if (name) out.push(name);
}

/**
 * "Minister for Foreign Affairs Penny Wong", "Minister of Finance Chrystia Freeland": after a
 * title's (or "of State"'s) "for" or "of", and the portfolio's words before an "and", the run
 * opens on the portfolio. The name is from its first given name a list knows, else (see below)
 * its last two words; not when the run is a body's name. Else `from`.
 */
function afterPortfolio(tokens: Token[], from: number, end: number): number {
  let at = from - 1;
  // "Secretary of Health and Human Services Robert F. Kennedy Jr.", "Minister for Housing, Local
  // Government and Heritage Darragh O'Brien": the portfolio's words before an "and" too.
  if (tokens[at]?.text === 'and') {
    let j = at - 1;
    while (j >= 0 && (isCapWord(tokens[j]) || tokens[j]!.text === ',')) j--;
    if (j < at - 1) at = j;
  }
  // "Leader of the Opposition Ripun Kalita", "Speaker of the House…": after a title's "of the",
  // what the office is of (officeObjectLength).
  if (tokens[at]?.text === 'the' && tokens[at - 1]?.text === 'of') {
    const title = tokens[at - 2]?.text ?? '';
    if (!/^\p{Lu}/u.test(title) || !isTitle(title) || isOrgName(cleanName(tokens[end - 1]!.text)))
      return from;
    return from + officeObjectLength(tokens.slice(from, end).map((t) => t.text));
  }
  const link = tokens[at]?.text;
  if ((link !== 'for' && link !== 'of') || end - from < 3) return from;
  // "Secretary of State for Health Mary Lyons", "Minister of State for Housing…" too.
  const state = tokens[at - 1]?.text === 'State' && tokens[at - 2]?.text === 'of';
  const title = tokens[at - (state ? 3 : 1)]?.text ?? '';
  const titled = /^\p{Lu}/u.test(title) && isTitle(title);
  if (!titled && !(link === 'of' && officeChainBefore(tokens, at))) return from;
  // Not a body's name: "Commander of Air Combat Command".
  if (isOrgName(cleanName(tokens[end - 1]!.text))) return from;
  // "Transport Jasmine Ong Li Ping": a given name the wider list has from names in full too.
  for (let k = from + 1; k < end - 1; k++) {
    const word = tokens[k]!.text;
    // "Inspector-General of Police Tan Sri Razarudin Husain": after an honour ("Sri" is a given
    // name too).
    if (isHonourPair(word, tokens[k + 1]!.text) && end - k >= 4) return k + 2;
    // "Minister for Trade Lim Hui Min": a Chinese name, its one-syllable surname first.
    if (isAnyGivenName(word)) return k - 1 > from && surnameFirst(tokens, k - 1, end) ? k - 1 : k;
    // "Superintendent of Police K.R. Venkataraghavan": initials, when only initials stand before
    // the surname; not "Citibank N.A. Jane Fraser", "U.P. Prashant Kumar" (a body's, a state's).
    if (
      NAME_INITIALS.test(word) &&
      tokens.slice(k, end - 1).every((t) => NAME_INITIALS.test(t.text))
    )
      return k;
  }
  // Before a name no list knows, a portfolio of two words ("Home Affairs Zulkifli Hamzah"), one by
  // its form or a known one ("Finance Chrystia Freeland", "Health Gao Qiang"), or a place; three
  // words are as often a body ("Air Combat Command").
  const first = tokens[from]!.text;
  // So is a plural word of what an office is of ("of the Cabinet of Ministers Daniyar
  // Amangeldiev").
  const portfolio =
    PORTFOLIO_FORM.test(first) ||
    PORTFOLIO_WORDS.test(first) ||
    lexiconType(first) === 'place' ||
    (!titled && /\p{Ll}s$/u.test(first) && isEnglishWord(first.toLowerCase()));
  if (!(end - from >= 4 || portfolio)) return from;
  // "National Development Ong Kai Wen": a Chinese name's three syllables.
  return end - 3 > from && surnameFirst(tokens, end - 3, end) ? end - 3 : end - 2;
}

/**
 * "Chairman of the Board of Directors of", "Head coach of the national team of": an office's
 * title, then what it is of over more than one "of", ending on the "of" at `at`; words only, no
 * verb or punctuation, and up to a dozen of them.
 */
function officeChainBefore(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 12; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.verb) return false;
    if (isTitle(t.text) || (/^\p{Lu}/u.test(t.text) && isRoleNoun(t.text.toLowerCase())))
      return j < at - 1 && tokens.slice(j + 1, at).some((u) => u.text === 'of');
  }
  return false;
}

/**
 * The three words of `tokens` from `at` to `end` are a Chinese name, surname first (isSurnameFirst),
 * after a portfolio's word (afterPortfolioWord).
 */
const surnameFirst = (tokens: Token[], at: number, end: number): boolean => {
  if (end - at !== 3) return false;
  const words = tokens.slice(at - 1, end).map((t) => t.text);
  return afterPortfolioWord(words, 1) && isSurnameFirst(words.slice(1));
};

/**
 * "Kerensa Pengelly, from Newquay, beat…", "Zarmina Khattak, who became…": two capitalised words
 * opening a sentence and set off by what describes a person (where from, who, an age) are a name
 * whose given name no list knows, not a sentence's first word before a surname; not when the first
 * is a word English has for anything else ("Meanwhile Smith, who…").
 */
function setOffAfter(tokens: Token[], from: number, end: number): boolean {
  // "Finbarr Ó Ceallaigh, whose…", "Lowri Ap Ifan, 24,": a surname may open on a particle.
  const particle = end - from === 3 && SURNAME_PARTICLE.test((tokens[from + 1] as Token).text);
  // "Mariaan van der Merwe, a school principal,": one or two lowercase particles between the
  // first word and the last show a given name before a surname, set off or not.
  const inner = tokens.slice(from + 1, end - 1).map((t) => t.text);
  const lowered =
    inner.length >= 1 &&
    inner.length <= 2 &&
    inner.every((w) => /^\p{Ll}/u.test(w) && NAME_PARTICLES.has(w));
  if (!lowered && ((end - from !== 2 && !particle) || tokens[end]?.text !== ',')) return false;
  const opener = (tokens[from] as Token).text;
  if (isPlainWord(opener) || isAdverbForm(opener) || lexiconType(opener) || isTitle(opener))
    return false;
  return lowered || PERSON_SET_OFF.test(tokens[end + 1]?.text ?? '');
}

/**
 * Two capitalised words opening a run of them somewhere in the article ("Rilwan Akiolu" of "“…,”
 * Rilwan Akiolu said"), for unlistedThreeNames.
 */
function runOpenings(paragraphs: Token[][]): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const tokens of paragraphs) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!isCapWord(tokens[i]) || !isCapWord(tokens[i + 1]) || isCapWord(tokens[i - 1])) continue;
      pairs.add(`${tokens[i]!.text} ${tokens[i + 1]!.text}`);
    }
  }
  return pairs;
}

/**
 * "Dambar Bahadur Khadka, general secretary of…", "Pasang Dawa Sherpa said": a sentence opening on
 * three capitalised words, the first two in no English list (nor a role, a nationality or a place;
 * the first not shaped as a trade, the second no given name), set off by a comma or before a verb,
 * is one person's name of three words, the first its own.
 */
function unlistedThreeNames(
  tokens: Token[],
  from: number,
  end: number,
  shortened: (pair: string) => boolean,
): boolean {
  if (end - from !== 3) return false;
  // Not a plural ("Proteas Temba Bavuma"), nor where the article writes the last two alone ("Oba
  // Rilwan Akiolu… ¶ “…,” Rilwan Akiolu said": an honour no list has).
  if ((tokens[from] as Token).text.endsWith('s')) return false;
  const second = (tokens[from + 1] as Token).text;
  if (shortened(`${second} ${(tokens[from + 2] as Token).text}`)) return false;
  for (let k = from; k < from + 2; k++) {
    const word = (tokens[k] as Token).text;
    if (
      !GIVEN_NAME_SHAPE.test(word) ||
      isEnglishWord(word) ||
      isTitle(word) ||
      isRoleNoun(word.toLowerCase()) ||
      isDemonym(word) ||
      lexiconType(word)
    )
      return false;
  }
  // "Newsagent Dennis Ollerton": a given name second opens the name after a description; so does
  // a word shaped as a trade no list has ("Herder Batbayar Ganzorig").
  if (isKnownGivenName((tokens[from + 1] as Token).text)) return false;
  if (/(?:er|or|ist)$/.test((tokens[from] as Token).text)) return false;
  const after = tokens[end];
  return after?.text === ',' || (after?.kind === 'word' && after.verb);
}

/** Words opening what sets off a person's name: "from Newquay", "who became", "whose father", "41,". */
const PERSON_SET_OFF = /^(?:from|who|whose|aged|\d{1,3})$/;

/**
 * A capitalised particle opening an Irish, Scottish or Welsh surname. Not Dutch or Romance ones:
 * "Dutchman Van Dijk, 32," and "Springbok De Klerk, 31," open on a description.
 */
const SURNAME_PARTICLE = /^(?:Ó|Ní|Nic|Mac|Ap|Ab)$/;

/** Welsh and Kalenjin particles for "son of": "ap Iorwerth", "arap Moi". */
const PATRONYMIC_PARTICLES = /^(?:ap|arap)$/;

/**
 * "Grace Ama Mensah, a nurse,", "Mark Anthony Brown said": a given name that is a word too, then
 * another given name, then one more word, is someone's three names, not a sentence's first word
 * before a name (not "Summer Olympics", nor "Rose Garden").
 */
function givenNamesOpen(opener: string, next: string, length: number): boolean {
  // "Mark de Groot, who runs…": a given name that is a word too, before a surname's particle.
  if (isGivenInFullName(opener) && NAME_PARTICLES.has(next)) return true;
  // "Rhodri ap Iorwerth said", "Kibet arap Rono said": "son of" follows a given name, and a word
  // no English list knows before it is one ("Meanwhile de Blasio", "Garda Ó Briain", "Midfielder
  // de Villiers" keep their other particles to the surname).
  if (PATRONYMIC_PARTICLES.test(next))
    return !isEnglishWord(opener) && !isRoleNoun(opener.toLowerCase()) && !isDemonym(opener);
  return length === 3 && isGivenInFullName(opener) && isKnownGivenName(next);
}

/**
 * "Moreton Shores Regional Council says…", "Ardoch Mhor Distillery was founded…": a word no English
 * list knows opening a body's name at a sentence start is the name's own first word.
 */
function namesBody(tokens: Token[], from: number, end: number): boolean {
  const run: string[] = [];
  for (let k = from; k < end; k++) run.push(cleanName((tokens[k] as Token).text));
  // Not by a possessive alone ("Wernher von Braun's granddaughter"; "Moreton Shores Regional
  // Council's campaign" is still a body's). The cheaper question first.
  return isOrgName(run.join(' ')) && !isEnglishWord((tokens[from] as Token).text);
}

/**
 * "Halifax Regional Police are investigating", "Northern Territory Police said": a place, or a
 * region's word, opening a sentence is the first word of the body the run names, not a word
 * before a name ("Regional Police"). Only those: no list tells "Coastal" of "Coastal Ferries
 * Ltd." from "Grocer" of "Grocer Westfield Foods".
 */
function placedBody(tokens: Token[], from: number, end: number): boolean {
  const opener = (tokens[from] as Token).text;
  if (!REGION_WORDS.has(opener) && lexiconType(opener) !== 'place') return false;
  const run: string[] = [];
  for (let k = from; k < end; k++) run.push((tokens[k] as Token).text);
  return isOrgName(run.join(' '));
}

/**
 * "Halvorsen Shipping ASA reported…": a firm's legal name, by the ending a registry gives it, opens
 * on its first word when that is a name the lexicon knows a person by (a founder's). Not any word
 * no list knows: "Carmaker Stellantis NV", "Grocer Westfield Foods Ltd" open on a description.
 */
function legalName(tokens: Token[], from: number, end: number): boolean {
  if (end - from < 3 || !LEGAL_SUFFIX.test((tokens[end - 1] as Token).text)) return false;
  const opener = (tokens[from] as Token).text;
  return lexiconType(opener) === 'person' && !isTitle(opener);
}

/**
 * The endings of a firm's registered name: "Ltd", "Inc.", "plc", "ASA", "AS", "AB", "GmbH". Not
 * bodies.ts's LEGAL_ENDINGS, which also holds words a later mention drops ("Holdings", "Group").
 */
const LEGAL_SUFFIX =
  /^(?:Ltd\.?|Limited|Inc\.?|Incorporated|[Pp][Ll][Cc]|Corp\.?|Corporation|LLC|LLP|ASA|AS|AB|AG|SA|S\.A\.|NV|N\.V\.|BV|SE|SpA|Oyj|GmbH|Pty|Bhd)$/;

/**
 * "Fort Lacroix RCMP said…", "New Brunswick RCMP said…": a sentence's first word that opens a
 * place's name, by a word places start with or a name the lexicon knows as a place.
 */
function opensPlace(word: string, next: string): boolean {
  return PLACE_OPENERS.has(word) || lexiconType(`${word} ${next}`) === 'place';
}

/** Words that open places' names and seldom a sentence otherwise ("Fort McMurray", "Lake Louise"). */
const PLACE_OPENERS = new Set(['Fort', 'Port', 'Mount', 'Lake', 'Cape', 'Point', 'Saint', 'St.']);

/** A Latin letter with a diacritic: "á", "ø", "ñ". */
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]/;

/**
 * "Irene and Paolo Castellano have farmed olives…": two given names sharing the surname after
 * them, each a person in full ("Irene Castellano"), whom a later "Irene" means. Only opening a
 * sentence, after a plural noun for kin, or before a plural verb (togetherAfter), of given names
 * the lists know, before a word that is neither one nor a body's.
 */
function sharedSurnames(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== 'and') continue;
    const [a, b, surname] = [tokens[i - 1]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!isCapWord(a) || !isCapWord(b) || !isCapWord(surname)) continue;
    // "brothers Harjit and Gurpreet Sandhu": after a plural noun for kin, the first given name
    // may be one no list knows, if it is no English word or place.
    const kin = /^\p{Ll}/u.test(tokens[i - 2]?.text ?? '') && isPluralRoleWord(tokens[i - 2]!.text);
    // Opening a sentence on such a noun ("Sisters Maureen and Pat Kennedy"), the two are given
    // names whatever the lists say ("Pat" is in none), and their surname may be one ("Kennedy"),
    // if it is no English word ("Partners Ernst and Young Global").
    const kinOpens =
      isPluralRoleWord(tokens[i - 2]?.text ?? '') &&
      opensSentence(tokens, i - 2) &&
      !isEnglishWord(surname.text) &&
      !lexiconType(a.text) &&
      !lexiconType(b.text);
    // "Rob and Jenny Hartwig": given names both, one of them no English word as well.
    const given = (t: Token): boolean => isAnyGivenName(t.text);
    const listed =
      (isKnownGivenName(a.text) && (isKnownGivenName(b.text) || given(b))) ||
      (given(a) && isKnownGivenName(b.text));
    const firstGiven =
      listed ||
      kinOpens ||
      (kin &&
        !isEnglishWord(a.text.toLowerCase()) &&
        !lexiconType(a.text) &&
        isKnownGivenName(b.text));
    if (!firstGiven) continue;
    // A common given name is no surname ("Mary and John Paul"); a rarer one may be ("Kimber").
    if ((isFirstName(surname.text) && !kinOpens) || isOrgName(surname.text)) continue;
    // "Irene and Paolo Castellano’s olive grove": a possessive may name one of them, or their kin.
    if (endsPossessive(surname.text)) continue;
    // Opening its sentence, or after "Siblings" opening it: mid-sentence, "Madonna and Guy
    // Ritchie" are two people, one named in full.
    const opener =
      isCapWord(tokens[i - 2]) && isPluralRoleWord(tokens[i - 2]!.text) ? i - 2 : i - 1;
    if (
      !kin &&
      !opensSentence(tokens, opener) &&
      !afterPlaceOpener(tokens, opener) &&
      !togetherAfter(tokens, i)
    )
      continue;
    const after = tokens[i + 3];
    if (after && isCapWord(after)) continue;
    out.push(`${a.text} ${surname.text}`, `${b.text} ${surname.text}`);
  }
  return out;
}

/**
 * "… are Dev and Anjali Mistry, who have run the shop for 22 years", "Dev and Anjali Mistry have
 * run…": a plural verb right after the surname, or after ", who", says the two names (around the
 * "and" at `and`) are one pair.
 */
function togetherAfter(tokens: Token[], and: number): boolean {
  // Not after someone's noun ("Taylor Swift's friend Selena and Jake Gyllenhaal, who were…"):
  // the word before the first given name.
  const before = tokens[and - 2];
  if (before && /^\p{Ll}/u.test(before.text) && isRoleNoun(before.text)) return false;
  const at = and + 3; // after the surname
  const who = tokens[at]?.text === ',' && tokens[at + 1]?.text === 'who';
  return /^(?:have|are|were|both)$/.test(tokens[who ? at + 2 : at]?.text ?? '');
}

/**
 * Whether the token at `i` opens a sentence: the first, or after a full stop, a quotation or a
 * dateline's dash ("MONTREAL — Claudine and Odile Viens…").
 */
function opensSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind === 'quote' || (prev.kind === 'punct' && /^[.!?]$/.test(prev.text)))
    return true;
  return prev.kind === 'punct' && datelineEnd(tokens) === i;
}

/**
 * Whether the token at `i` follows a sentence's opening phrase of place set off by a comma ("In
 * Southeast Portland, Ramon and Delia Fuentes spent the night…").
 */
function afterPlaceOpener(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  let start = i - 2;
  while (start > 0 && !/^[.!?]$/.test(tokens[start - 1]?.text ?? '')) start--;
  if (tokens.slice(start, i - 1).some((t) => t.text === ',' || t.kind === 'quote')) return false;
  return PLACE_OPENER.test(tokens[start]?.text ?? '');
}

/** Words opening a sentence's phrase of place ("In", "Outside", "Further along"). */
const PLACE_OPENER = new RegExp(`^(?:${PLACE_OPENER_WORDS})$`);

/** "Siblings", "Sisters": a plural noun for people that may open such a pair. */
const isPluralRoleWord = (word: string): boolean =>
  /^(?:siblings|sisters|brothers|twins|spouses|couple|partners|parents|cousins)$/i.test(word);

/**
 * Whether the person's gender is only what models/first-names.txt says of a first name
 * compromise does not know: a guess an honorific or a pronoun no one else fits overrules.
 */
export function genderOnlyFromList(person: Person): boolean {
  return !!person.genderByName && !isFirstName(person.tokens[0] ?? '');
}

export class ArticlePeople {
  private readonly byKey = new Map<string, Person>();
  /**
   * "For Ruth Okoye, the closure is personal. “Q,” she says.": the last person named in full in
   * this paragraph or the one before whose first name has the pronoun's gender, for a pronoun that
   * no speaker or subject fits. Later mentions win; in one paragraph, the later-introduced name.
   * See `LastNamedOptions` for asking without a gender or with a filter.
   */
  lastNamed(paragraph: number, { gender, fits, back = 1 }: LastNamedOptions = {}): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const person of this.byKey.values()) {
      if (gender !== 'any' && person.gender !== gender) continue;
      if (person.tokens.length < 2 || person.org) continue;
      if (fits && !fits(person)) continue;
      const at = Math.max(...person.seen.filter((s) => s <= paragraph && s >= paragraph - back));
      if (at >= bestAt) [best, bestAt] = [person, at];
    }
    return best;
  }

  /**
   * "Mr Te Wharau" after "Hemi Te Wharau": a surname of two words, opening on no given name, is
   * the one person named in full with it ("Von Neumann" after John and Johann von Neumann is
   * neither's).
   */
  private bySurnameOfTwo(name: string, tokens: readonly string[]): Person | undefined {
    const first = name.slice(0, name.indexOf(' '));
    if (tokens.length !== 2 || (isFirstName(first) && !opensSurname(first))) return undefined;
    const ending = (this.byToken.get(tokens[1]!) ?? []).filter(
      (p) => !p.org && p.tokens.length > 2 && p.tokens.at(-2) === tokens[0],
    );
    return ending.length === 1 ? ending[0] : undefined;
  }

  /** The person (not an organisation) the article names in full so, or by that surname of two words. */
  namedSo(name: string): Person | undefined {
    const person = this.byKey.get(personKey(name)) ?? this.bySurnameOfTwo(name, nameTokens(name));
    return person && !person.org ? person : undefined;
  }

  /** Whether the article names a person (not an organisation) in full so ("Alex Seitz-Wald"). */
  namedInFull(name: string): boolean {
    const person = this.byKey.get(personKey(name));
    return !!person && !person.org;
  }

  /** People (not organisations) named in full before `paragraph`: an interview's introduction's. */
  namedBefore(paragraph: number): Person[] {
    const out: Person[] = [];
    for (const person of this.byKey.values()) {
      if (!person.org && person.tokens.length > 1 && (person.seen[0] ?? Infinity) < paragraph)
        out.push(person);
    }
    return out;
  }

  /**
   * "Tane Parata… His wife, Mere Parata… ¶ The couple said…": the two people named in full under
   * one surname whom the article named latest, up to `back` paragraphs before `paragraph`, in the
   * order it named them, if `related` accepts them; none where a third shares the surname.
   */
  latestSurnamePair(
    paragraph: number,
    back: number,
    related: (pair: readonly [Person, Person]) => boolean,
  ): [Person, Person] | null {
    const latest = (p: Person): number => {
      const seen = p.seen.filter((s) => s <= paragraph);
      return seen.length > 0 ? seen[seen.length - 1]! : -1;
    };
    const bySurname = new Map<string, Person[]>();
    for (const person of this.byKey.values()) {
      if (person.org || person.tokens.length < 2 || isPair(person.name)) continue;
      const surname = person.tokens[person.tokens.length - 1]!;
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
    }
    // The group named latest, whether or not it is the pair: not an older pair passed over for it
    // ("Raj and Priya Patel… The couple said" is not John and Carol Hayes, named before them).
    let best: Person[] | null = null;
    let bestAt = -1;
    for (const group of bySurname.values()) {
      const at = Math.max(...group.map(latest));
      if (group.length >= 2 && at >= paragraph - back && at > bestAt) [best, bestAt] = [group, at];
    }
    if (best?.length !== 2) return null;
    const [a, b] = best as [Person, Person];
    const pair: [Person, Person] = this.writtenBefore(a, b) ? [a, b] : [b, a];
    return related(pair) ? pair : null;
  }

  /** Whether the article first names `a` before `b`: by paragraph, then by where in it. */
  writtenBefore(a: Person, b: Person): boolean {
    const [pa, pb] = [a.seen[0] ?? 0, b.seen[0] ?? 0];
    if (pa !== pb) return pa < pb;
    const tokens = this.paragraphs[pa] ?? [];
    const at = (p: Person): number => tokens.findIndex((t) => fold(t.text) === p.tokens[0]);
    return at(a) <= at(b);
  }

  /** The first person named in full in the article whom `fits` accepts: whom a story is about. */
  firstNamed(fits: (p: Person) => boolean): Person | null {
    for (const person of this.byKey.values()) {
      if (!person.org && person.tokens.length > 1 && fits(person)) return person;
    }
    return null;
  }

  /**
   * The person named in full whom a paragraph opens on, after any dateline, by full name or
   * surname ("TORONTO — Ravi Bhatnagar wrote…", "Adeyemi shot 13-for-20…").
   */
  openedBy(paragraph: number): Person | null {
    const tokens = this.paragraphs[paragraph] ?? [];
    const start = datelineEnd(tokens);
    const first = tokens[start];
    if (!first || !isCapWord(first)) return null;
    // Not "Okafor’s father…", which opens on someone else.
    const opens = (words: string[]): boolean =>
      words.every((w, i) => cleanName(tokens[start + i]?.text ?? '') === w) &&
      !endsPossessive(tokens[start + words.length - 1]?.text ?? '');
    for (const person of this.byKey.values()) {
      if (person.org || person.tokens.length < 2) continue;
      const words = person.name.split(' ');
      if (opens(words) || opens(words.slice(-1))) return person;
    }
    return null;
  }

  /** Whether a paragraph opens, after any dateline, on a possessive ("Okafor’s father…"). */
  opensOnPossessive(paragraph: number): boolean {
    const tokens = this.paragraphs[paragraph] ?? [];
    const start = datelineEnd(tokens);
    for (let i = start; i < start + 4 && isCapWord(tokens[i]); i++) {
      if (endsPossessive(tokens[i]!.text)) return true;
    }
    return false;
  }

  /**
   * Whether anyone (not an organisation) is named in the paragraph. With `fits`, only someone a
   * gender or a given name a list knows shows to be a person ("Taylor Brooks"; not "the Dominion
   * Fiction Prize") and `fits` accepts, also by a surname written alone ("Dunn said").
   */
  /** People (not organisations) named in full in the paragraph, in the order first seen. */
  seenIn(paragraph: number): Person[] {
    const out: Person[] = [];
    for (const person of this.byKey.values()) {
      if (!person.org && person.tokens.length > 1 && person.seen.includes(paragraph))
        out.push(person);
    }
    return out;
  }

  namesSomeoneIn(paragraph: number, { except, fits }: NamedInOptions = {}): boolean {
    const counts = (other: Person): boolean =>
      other !== except &&
      !other.org &&
      (!fits ||
        ((!!other.gender || isKnownGivenName(other.name.split(' ')[0] ?? '')) && fits(other)));
    for (const other of this.byKey.values()) {
      if (other.seen.includes(paragraph) && counts(other)) return true;
    }
    if (!fits) return false;
    for (const token of this.paragraphs[paragraph] ?? []) {
      if (!isCapWord(token)) continue;
      const named = this.byToken.get(fold(cleanName(token.text))) ?? [];
      if (named.some((other) => other.tokens.length > 1 && counts(other))) return true;
    }
    return false;
  }

  /** People by each of their name tokens, for surname and family-name lookups. */
  private readonly byToken = new Map<string, Person[]>();
  /** Words the article capitalises inside sentences: names, not sentence starts ("Noting", "Time"). */
  private readonly midCaps = new Set<string>();

  /** Registers every multi-word name in the paragraphs' tokens (outside quotations), in article order. */
  scan(paragraphs: Token[][]): void {
    this.paragraphs = paragraphs;
    this.alone = null;
    this.kinIntroduced.clear();
    for (const tokens of paragraphs) collectMidCaps(tokens, this.midCaps);
    const common = (w: string, next: string): boolean =>
      this.isCommonWord(w) &&
      !this.opensName(w, next) &&
      !opensPlace(w, next) &&
      !this.opensUnlistedName(w, next);
    // Read only when a run asks (unlistedThreeNames): most articles have none that does.
    let openings: ReadonlySet<string> | null = null;
    const shortened = (pair: string): boolean => (openings ??= runOpenings(paragraphs)).has(pair);
    const runs = paragraphs.map((tokens) => nameRuns(tokens, common, shortened));
    const written = new Map<string, number>();
    for (const name of runs.flat()) written.set(name, (written.get(name) ?? 0) + 1);
    // "Kim Kardashian… when Kim and Kanye West were…": a given name the article writes with
    // another surname is that person's, not the pair's. Asked only of a pair sharing a surname
    // (few articles write one): the cheap tests first, not every name of every article classed.
    const elsewhere = (shared: string): boolean => {
      const given = shared.slice(0, shared.indexOf(' ') + 1);
      for (const name of written.keys()) {
        if (!name.startsWith(given) || name === shared || !name.includes(' ')) continue;
        if (!isOrgName(name) && lexiconType(name) !== 'place') return true;
      }
      return false;
    };
    paragraphs.forEach((tokens, p) => {
      for (const name of runs[p]!) {
        // "at Trump Tower": a place, no fuller name for "Trump".
        if (isPlaceByNoun(name)) continue;
        if (!(written.get(name) === 1 && this.juxtaposed(name, p))) this.add(name, p);
      }
      for (const name of sharedSurnames(tokens)) if (!elsewhere(name)) this.add(name, p);
      this.noteHonorifics(tokens);
      this.noteKinGenders(tokens);
    });
  }

  /**
   * "Her daughter, Gráinne Moloney,", "his son Tadhg Ó Sé": the gender a kin noun gives the person named
   * right after it, over what a list says of the given name (or where no list knows it), so that
   * "Ms Moloney said" can be the daughter and not only her mother Bridget.
   */
  private noteKinGenders(tokens: Token[]): void {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const text = tokens[i]!.text;
      // Not a couple's nouns: "Husband and wife Derek Alvarez and Maya Chen".
      if (!KIN_NOUNS.has(text) || /^(?:and|&)$/.test(tokens[i - 1]?.text ?? '')) continue;
      const gender = describedGender(text);
      const from = tokens[i + 1]!.text === ',' ? i + 2 : i + 1;
      let end = from;
      while (end < tokens.length && end - from < 4 && isCapWord(tokens[end])) end++;
      // No name after it: "left the estate to his son," ending a paragraph.
      if (!gender || end - from < 2) continue;
      // Not a sentence's subject after a clause that ended on the noun: "She is survived by her
      // husband, Mayor Karen Bass said" (a title opens it, or a verb follows it).
      const after = tokens[end];
      const subject = isTitle(tokens[from]!.text) || (after?.kind === 'word' && after.verb);
      if (!subject) this.giveGender(tokens.slice(from, end), gender);
    }
  }

  /**
   * "…by Mr Abdulai Kamara and Ms Fatmata Sesay": the gender an honorific gives the person it
   * names in full, wherever in a sentence, over what a list says of the given name.
   */
  private noteHonorifics(tokens: Token[]): void {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const text = tokens[i]!.text;
      // No honorific is longer than "Madam.", and most words open on a letter no honorific does:
      // settled without lowercasing them.
      const gender =
        text.length <= 6 && HONORIFIC_INITIALS.has(text.charCodeAt(0))
          ? HONORIFIC_GENDERS[undotted(text)]
          : undefined;
      if (!gender) continue;
      let end = i + 1;
      while (end < tokens.length && end - i <= 4 && isCapWord(tokens[end])) end++;
      this.giveGender(tokens.slice(i, end), gender);
    }
  }

  /**
   * Gives the person a run of tokens names (an honorific's, a kin noun's) the gender it shows, over
   * what a list says of the given name.
   */
  private giveGender(run: Token[], gender: 'm' | 'f'): void {
    const name = cleanRunCached(run.map((t) => t.text));
    const person = name ? this.byName.get(name) : undefined;
    if (person && !person.org && (!person.gender || person.genderByName))
      [person.gender, person.genderByName] = [gender, false];
  }

  /**
   * "At Bandung Nasser sought…", "According to Barbara Ellen of The Guardian Beyoncé is…": two
   * names side by side, not one. A name written once, after "at", "of The" and the like, whose
   * last word the paragraphs before already wrote alone three times or more, and whose first
   * word is no given name or title: an article names a person in full before it shortens the
   * name, not after.
   */
  private juxtaposed(name: string, paragraph: number): boolean {
    const words = name.split(' ');
    if (words.length !== 2 || isKnownGivenName(words[0]!) || isTitle(words[0]!)) return false;
    // Only after a word that puts a place or a body first ("at", "of The"): "Bill Clinton got in
    // on the game" after many a "Clinton" is Hillary's husband, named in full.
    const tokens = this.paragraphs[paragraph]!;
    const at = tokens.findIndex((t, i) => t.text === words[0] && tokens[i + 1]?.text === words[1]);
    if (!PLACING.test(tokens[at - 1]?.text ?? '')) return false;
    // The third paragraph-ordered time the word stands alone is before this paragraph.
    const third = this.aloneIn().get(words[1]!)?.[2];
    return third !== undefined && third < paragraph;
  }

  /**
   * Where each word stands alone, between words that are not capitalised (juxtaposed): the
   * paragraph of each time, in order; read once an article, not once a name (a long article of
   * many "of X Y" names asked every paragraph before each).
   */
  private aloneIn(): Map<string, number[]> {
    if (this.alone) return this.alone;
    const alone = new Map<string, number[]>();
    this.paragraphs.forEach((tokens, p) => {
      // Whether each token is capitalised, asked once a token rather than once for each neighbour.
      let before = false;
      let here = isCapWord(tokens[0]);
      for (let i = 0; i < tokens.length; i++) {
        const after = isCapWord(tokens[i + 1]);
        const text = tokens[i]!.text;
        if (!before && !after && mayBeNameWord(text)) {
          const at = alone.get(text);
          if (!at) alone.set(text, [p]);
          else if (at.length < 3) at.push(p);
        }
        before = here;
        here = after;
      }
    });
    return (this.alone = alone);
  }

  private alone: Map<string, number[]> | null = null;

  /** A capitalised word the article never uses as a name: not a first name, title or mid-sentence capital. */
  isCommonWord(word: string): boolean {
    // "Priyanka Vasudevan said…": a given name from the wider list is no common word either;
    // nor one with a letter English words seldom have ("Gráinne Ní Fhlannagáin was 58…").
    return (
      !this.midCaps.has(word.toLowerCase()) &&
      !isTitle(word) &&
      !isKnownGivenName(word) &&
      !ACCENTED.test(word)
    );
  }

  /**
   * "Maya Thompson opened the bakery… with her husband, Derek Thompson": a sentence's first word
   * that is a given name as well as a word ("Maya", "Mark", "Grace") opens a name when the word
   * after it is a surname the article writes after another given name ("Derek Thompson"); not
   * "Summer Olympics" or "Rose Garden".
   */
  private opensName(word: string, next: string): boolean {
    if (!isGivenInFullName(word)) return false;
    this.surnames ??= collectSurnames(this.paragraphs);
    return this.surnames.has(next.toLowerCase());
  }

  /**
   * "Gethin Prosser’s try… ¶ Prosser, who made…": a sentence's first word that neither English nor
   * the lists know ("Gethin" is in no list) opens a name when the article writes the word after it
   * alone elsewhere, and never the first word so: a surname used on its own, and a given name
   * that is not a team or a place ("Cardiff" is written alone). Not a number, an ordinal, "Both",
   * a day or a month (English words the word list leaves out), nor before a title ("Tory MP") or
   * letters ("Alphanumeric LEDs").
   */
  private opensUnlistedName(word: string, next: string): boolean {
    if (
      !GIVEN_NAME_SHAPE.test(word) ||
      isEnglishWord(word) ||
      NOT_LISTED_WORD.test(word) ||
      CALENDAR_NAME.test(word) ||
      // "Rapper Drake", "Striker Kane", "Kenyan Kipchoge": a trade or a nationality.
      isRoleNoun(word.toLowerCase()) ||
      isDemonym(word) ||
      lexiconType(word) ||
      !SURNAME_SHAPE.test(next) ||
      isTitle(next)
    )
      return false;
    const alone = this.aloneIn();
    return alone.has(cleanName(next)) && !alone.has(word);
  }

  /** Words the article writes after a given name its lists know ("Thompson" of "Derek Thompson"). */
  private surnames: Set<string> | null = null;
  private paragraphs: Token[][] = [];

  /** The one person the article names in full with this surname, if only one ("Gethin Prosser"). */
  soleNamedBy(word: string): Person | undefined {
    // By the surname only: "Thomas" is not Thomas Tuchel.
    const named = this.sharingSurname(word, Infinity);
    return named.length === 1 ? named[0] : undefined;
  }

  /** People (not organisations) first named in full before `paragraph` with this surname. */
  sharingSurname(word: string, paragraph: number): Person[] {
    const token = fold(cleanName(word));
    return (this.byToken.get(token) ?? []).filter(
      (p) =>
        p.tokens.length > 1 &&
        !p.org &&
        p.tokens.at(-1) === token &&
        (p.seen[0] ?? Infinity) < paragraph,
    );
  }

  /** Whether the article names someone in full with this word ("Cuban" after "Mark Cuban"). */
  knows(word: string): boolean {
    return (this.byToken.get(fold(cleanName(word))) ?? []).some(
      (p) => p.tokens.length > 1 && !p.org,
    );
  }

  /**
   * Whether a folded word is the first or the last of the name of someone named in full and known
   * as a person by a first name's gender, an honorific or a pronoun ("Amara", "Tapper"): not
   * "Astronomy" of a run "Astronomy Astronomical".
   */
  namesPerson(token: string): boolean {
    return (this.byToken.get(token) ?? []).some(
      (p) =>
        !p.org &&
        p.gender !== undefined &&
        p.tokens.length > 1 &&
        (p.tokens[0] === token || p.tokens.at(-1) === token),
    );
  }

  /**
   * "Someone called it…", "Domestically, …", "Led by…": one word opening a sentence that is an
   * indefinite pronoun, an adverb or a participle (isAdverbOrParticiple), which the article never
   * writes as a name: not inside a sentence, not as a given name, a title or a word of someone's
   * full name.
   */
  isWordNotName(name: string): boolean {
    if (name.includes(' ') || !this.isCommonWord(name) || lexiconType(name) === 'person')
      return false;
    return !this.knows(name) && (INDEFINITE.test(name) || isAdverbOrParticiple(name));
  }

  /** Whether a subject read as a name can be one: a capitalised sentence start must recur mid-sentence. */
  plausible(subject: Subject): boolean {
    // "shot back hours later on X.": a letter alone names no one.
    if (/^\p{Lu}\.?$/u.test(subject.name ?? subject.mention)) return false;
    const tokens = nameTokens(subject.name ?? subject.mention);
    const words = (subject.name ?? subject.mention).split(' ');
    // Two words or more, or one hyphenated ("Kaia-Rose"); not a number spelled out ("Sixty-two
    // years later"), nor nationalities joined ("The Polish-Georgian roster").
    if (tokens.length > 1 && !SPELLED_NUMBER.test(words[0] ?? ''))
      return words.length > 1 || !words[0]!.split('-').every(isDemonym);
    const last = (words[words.length - 1] ?? '').toLowerCase();
    if (this.midCaps.has(last)) return true;
    // "Walz approaches it…": a surname of someone the article names in full is a name too.
    if ((this.byToken.get(tokens[0] ?? '') ?? []).some((p) => p.tokens.length > 1)) return true;
    // "Carson defied the question": compromise's lexicon knows the word as a person's name.
    return lexiconType(last) === 'person';
  }

  /** Adds (or finds) a person by full name, noting where they were seen. */
  add(name: string, paragraph: number): Person {
    // A name added before finds its person again; nothing below would change it a second time.
    let person = this.byName.get(name);
    if (person) {
      see(person, paragraph);
      return person;
    }
    const tokens = nameTokens(name);
    const key = personKey(name);
    // "Dean Whitaker" and "Law School Dean Jane Whitaker", before or after: a title that is a
    // given name too (stripTitles keeps it before one name) is the title of someone the article
    // names in full with it.
    const titled = tokens.length === 2 ? this.titledInFull(name) : undefined;
    if (titled) return this.add(titled, paragraph);
    person = this.byKey.get(key);
    person ??= this.bySurnameOfTwo(name, tokens);
    if (!person) {
      const org = isOrgName(name);
      // "SIENNA MARCHETTI, the two-time world champion," as a person's name is written elsewhere.
      person = newPerson(name, tokens, org, []);
      if (!org && shouted(name)) [person.name, person.calmed] = [labelAsName(name), true];
      // "his daughter, Chloe": a lone first name has its usual gender too.
      const gender =
        firstNameGender(name) ?? (tokens.length === 1 ? givenNameGender(name) : undefined);
      if (gender) [person.gender, person.genderByName] = [gender, true];
      this.byKey.set(key, person);
      for (const t of new Set(tokens)) {
        const list = this.byToken.get(t);
        if (list) list.push(person);
        else this.byToken.set(t, [person]);
      }
    } else if (
      (name.length > person.name.length && stripTitles(name.split(' ')).length > 1) ||
      (person.calmed && person.name.toLowerCase() === name.toLowerCase() && !shouted(name))
    ) {
      person.name = name;
    }
    this.byName.set(name, person);
    see(person, paragraph);
    return person;
  }

  /**
   * For "Dean Whitaker", the full name the article writes after the same title ("Dean Jane
   * Whitaker") or before it set off as one ("Jane Whitaker, dean of the law school").
   */
  private titledInFull(name: string): string | undefined {
    const [title = '', surname = ''] = name.split(' ');
    if (!isTitle(title)) return undefined;
    this.titledNames ??= titledNames(this.paragraphs);
    return this.titledNames.get(`${title.toLowerCase()} ${surname}`);
  }

  /**
   * For "Aunty Dorothy", "Dr Kevin", the one full name the article writes after the same title and
   * given name ("Aunty Dorothy Mallarda-Cox"): whom an elder's or a doctor's title with a given name
   * goes on meaning, not whoever else was named Dorothy since.
   */
  private titledInFullByGiven(mention: string): string | undefined {
    const words = mention.split(' ');
    if (words.length !== 2 || !isTitle(words[0]!)) return undefined;
    this.titledGiven ??= titledGivenNames(this.paragraphs);
    return this.titledGiven.get(`${undotted(words[0]!)} ${words[1]}`) ?? undefined;
  }

  /** titledInFullByGiven's reading of the article, once: "aunty dorothy" → "Dorothy Mallarda-Cox". */
  private titledGiven: Map<string, string | null> | null = null;

  /** titledInFull's reading of the article, once: "dean whitaker" → "Jane Whitaker". */
  private titledNames: Map<string, string> | null = null;

  /** Each name `add` was given, with its person: a later name never changes who it is. */
  private readonly byName = new Map<string, Person>();

  /** The person a named subject refers to: a surname or family name finds the full name given earlier. */
  resolve(subject: Subject, paragraph: number): Person {
    // "Aunty Dorothy" as the article wrote it in full; not over a name a caller found ("Uncle
    // Fred" as the nickname of Alfred Mbeki).
    const given = subject.mention.split(' ')[1];
    const titled =
      !subject.name || subject.name === given
        ? this.titledInFullByGiven(subject.mention)
        : undefined;
    let name = titled ?? subject.name ?? subject.mention;
    const words = name.split(' ');
    // "Asserting Clinton said": when the rest is someone already known, the first word was not a name.
    // Not a surname's particle, capitalised or not ("Mr van Dijk", "Van Rijswijk, who…").
    const particle = NAME_PARTICLES.has((words[0] ?? '').toLowerCase());
    if (words.length > 1 && this.isCommonWord(words[0] ?? '') && !particle) {
      const rest = words.slice(1).join(' ');
      const restTokens = nameTokens(rest);
      // Nor a word no English list has where the article writes the surname first: "Tipene
      // Marsters beat the mark… ¶ His uncle, Manu Marsters,", "Aliko Dangote, president of the
      // Dangote Group": a first mention refers back to no one ("Striker Smith" after "Tom Smith"
      // does), nor does a given name ("Sisters Claudine and Odile Viens" opens on a word).
      const known =
        restTokens.length === 1
          ? words.length === 2 &&
            !isEnglishWord(words[0]!) &&
            this.firstWrittenAfter(words[0]!, words[1]!)
            ? undefined
            : this.bySingleToken(restTokens[0] ?? '', paragraph)
          : this.byKey.get(restTokens.join(' '));
      // "Housewife Nor Azizah binti Che Mat said": a role noun opening a longer name is no name.
      if (known || (words.length > 2 && isRoleNoun(words[0]!))) name = rest;
    }
    const tokens = nameTokens(name);
    let person: Person | undefined;
    const malay = malayHonoured(subject);
    if (tokens.length === 1) {
      // "Tan Sri Sanusi": after a Malaysian honour one name is whom a name opens on (a given
      // name, or a Chinese surname), not whose father's name it is ("Akhramsyah … Sanusi").
      if (malay) person = this.openingOn(tokens[0]!);
      person ??= this.bySingleToken(tokens[0] ?? fold(name), paragraph, subject.gender);
      // "K.P. Krishnan" is not the Anjali Krishnan named before: initials another name opens on.
      const initial = /^(\p{Lu})\.(?:\p{Lu}\.)*\s/u.exec(name)?.[1];
      if (initial && person && !person.name.startsWith(initial)) person = undefined;
    } else if (!isFirstName(words[0] ?? '') || opensSurname(words[0] ?? '')) {
      person = this.byTail(tokens, paragraph, subject.gender) ?? this.afterTitle(words);
    }
    if (tokens.length > 1)
      person ??= this.byGivenNames(
        tokens,
        !!subject.gender || titledMention(subject),
        !!subject.gender,
        malay,
      );
    // Not after a title: "Dr Robert Mitchell" after "Robert Mitchell Davies" is someone else.
    if (tokens.length === 2 && !subject.org && !titledMention(subject))
      person ??= this.byNamePart(name);
    person ??= this.add(name, paragraph);
    // "the Teamsters union": a body by how it was named, whatever its name's words suggest.
    if (subject.org && !person.org && !person.gender && / union$/.test(subject.mention))
      person.org = true;
    see(person, paragraph);
    if (subject.gender) [person.gender, person.genderByName] = [subject.gender, false];
    if (subject.descriptor && !person.descriptor) person.descriptor = subject.descriptor;
    // "Atlantic City Mayor Don Guardian": an office's title before a name shows a person, whatever
    // the name's words suggest.
    if (person.org && person.tokens.length > 1 && titledMention(subject)) person.org = false;
    // Kept as written and read only when "the senator" asks: most people are never looked up so.
    for (const text of [subject.mention, subject.descriptor]) {
      if (text && !person.roleTexts?.includes(text)) (person.roleTexts ??= []).push(text);
    }
    return person;
  }

  /** Whether the article's first `surname` is written right after `first` ("Tipene Marsters"). */
  private firstWrittenAfter(first: string, surname: string): boolean {
    if (!this.firstAfter) {
      // Each word's first writing, with the word before it: read once an article.
      this.firstAfter = new Map();
      for (const tokens of this.paragraphs)
        tokens.forEach((t, i) => {
          if (!this.firstAfter!.has(t.text)) this.firstAfter!.set(t.text, tokens[i - 1]?.text);
        });
    }
    return this.firstAfter.get(surname) === first;
  }

  /** firstWrittenAfter's words: each word's first writing and the word before it. */
  private firstAfter: Map<string, string | undefined> | null = null;

  /** The one person named in full whose name opens on `token`, if exactly one is. */
  private openingOn(token: string): Person | undefined {
    const opening = (this.byToken.get(token) ?? []).filter(
      (p) => !p.org && p.tokens.length > 1 && p.tokens[0] === token,
    );
    return opening.length === 1 ? opening[0] : undefined;
  }

  /**
   * "SSP Operations Shazia Durrani told reporters": someone the article's names hold without the
   * words a subject kept before the given name that the scan reads as a title no list has
   * (withoutUnlistedTitle).
   */
  private afterTitle(words: string[]): Person | undefined {
    const kept = withoutUnlistedTitle(words);
    if (kept.length === words.length) return undefined;
    const person = this.byKey.get(personKey(kept.join(' ')));
    return person && !person.org ? person : undefined;
  }

  /**
   * "Dr Nurul Ain said" after "Dr Nurul Ain Mokhtar", "Mr Kim Soon" after "Ong Kim Soon": a
   * titled mention of two words or more is the one person named in full whose first words it is,
   * with one word more, a father's given name ("Mokhtar"; not "Circle" of "Kwame Nkrumah Circle",
   * "Academy" of "Brigham Young Academy"), or with a patronymic and the father's name ("Ms Nur
   * Aisyah" of "Nur Aisyah binti Kamaruddin"); or, after an honorific ("Mr", "Ms": `honoured`), whose
   * last words they are after a family name written first (not "Chief of Staff Katie Walsh"'s
   * "Staff Katie Walsh").
   */
  private byGivenNames(
    tokens: string[],
    titled: boolean,
    honoured: boolean,
    malay: boolean,
  ): Person | undefined {
    const named = (this.byToken.get(tokens[0] ?? '') ?? []).filter(
      (p) => !p.org && p.tokens.length > tokens.length,
    );
    const opens = (p: Person): boolean => tokens.every((t, i) => p.tokens[i] === t);
    const found = named.filter((p) => {
      const extra = p.tokens.length - tokens.length;
      // "Ms Nur Aisyah" after "Ms Nur Aisyah binti Kamaruddin": her given names, then her father's.
      const fathers = extra === 2 && PATRONYMICS.has(p.tokens[tokens.length] ?? '');
      const first =
        (fathers || (extra === 1 && isKnownGivenName(p.tokens.at(-1) ?? ''))) && titled && opens(p);
      const last =
        honoured &&
        !isKnownGivenName(p.tokens[0] ?? '') &&
        tokens.every((t, i) => p.tokens[extra + i] === t);
      return first || last;
    });
    if (found.length > 0 || !malay) return found.length === 1 ? found[0] : undefined;
    // "Datuk Seri Ismail Sabri" of "Ismail Sabri Yaakob": after a Malaysian honour, a last word no
    // English list has is a father's name too, when no one else's name opens on these words
    // ("Nik Ahmad Fadzli" and "Nik Ahmad bin Nik Yusof" leave "Datuk Nik Ahmad" to neither). Not
    // after any title: "Dr Robert Mitchell, the county medical examiner" after "Robert Mitchell
    // Davies" is someone else.
    const opening = named.filter(opens);
    const only = opening.length === 1 ? opening[0]! : undefined;
    return only && only.tokens.length === tokens.length + 1 && !isEnglishWord(only.tokens.at(-1)!)
      ? only
      : undefined;
  }

  /**
   * Two words of one longer name the article gave in full, as Malaysian and Chinese copy writes a
   * second mention: its opening words ("Mohd Faizal" of "Mohd Faizal Abdul Rahman", "Ahmad Zaki"
   * of "Ahmad Zaki Yusof"), where no word of the name is in an English list; or a Chinese name's given names after
   * its surname ("Wei Jie" of "Lim Wei Jie"). Only where one person so named fits.
   */
  private byNamePart(name: string): Person | undefined {
    const honoured = (person: Person): boolean =>
      (person.roleTexts ?? []).some((text) =>
        malayHonoured({ kind: 'name', mention: text, name: person.name }),
      );
    const words = name.split(' ');
    if (words.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) return undefined;
    const unlisted = !words.some(isEnglishWord);
    let found: Person | undefined;
    for (const person of this.byKey.values()) {
      // Both readings below open on the first word asked: most people's names hold it nowhere.
      if (person.org || !person.name.includes(words[0]!)) continue;
      const full = person.name.split(' ');
      // Its opening words only of a long name, or one given with a Malaysian honour: "Muhammad
      // Ali" is not Muhammad Ali Jinnah, nor "Juan Carlos" Juan Carlos Ferrero.
      const opens =
        unlisted &&
        full.length > 2 &&
        words.every((w, i) => full[i] === w) &&
        (full.length > 3 || honoured(person));
      const given = isSurnameFirst(full) && words.every((w, i) => full[i + 1] === w);
      if (!opens && !given) continue;
      // Of one person only: "Nik Ahmad" of "Nik Ahmad Fadzli" and "Nik Ahmad bin Nik Yusof" is
      // neither's.
      if (found) return undefined;
      // The words after them are names too, not a place's or a thing's ("Julia Tuttle Causeway").
      const rest = opens ? full.slice(words.length) : [];
      if (rest.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || isEnglishWord(w))) return undefined;
      found = person;
    }
    return found;
  }

  /**
   * "López Obrador said" after "Andrés Manuel López Obrador": the one person named in full whose
   * name ends in these words (a double surname). Not for a mention opening on a first name
   * ("Katie Walsh" is a whole name), unless that word is a surname's particle as written first
   * ("Dela Cruz-Barker", "Van Dyk"). Of two such ("Ayesha Thornbury-Malik", then her brother
   * "Idris Thornbury-Malik"), the one named latest, unless another was named in that paragraph too.
   */
  private byTail(tokens: string[], paragraph: number, gender?: 'm' | 'f'): Person | undefined {
    const found = (this.byToken.get(tokens[tokens.length - 1] ?? '') ?? []).filter(
      (p) =>
        p.tokens.length > tokens.length &&
        !p.org &&
        (!gender || !p.gender || p.gender === gender) &&
        tokens.every((t, i) => p.tokens[p.tokens.length - tokens.length + i] === t),
    );
    if (found.length < 2) return found[0];
    // Named in the same paragraph as another of them ("Salah Abu-Laban…, wrote film director Osman
    // Abu Laban"): no telling which.
    const latest = Math.max(...found.map((p) => recency(p, paragraph)));
    const last = found.filter((p) => recency(p, paragraph) === latest);
    return last.length === 1 ? last[0] : undefined;
  }

  /**
   * "the senior Cruz adviser": a person the article names in full whom a description's capitalised
   * word names; the source speaks for them.
   */
  namedIn(mention: string, paragraph: number): Person | undefined {
    for (const word of mention.split(' ').slice(1)) {
      if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
      const person = this.bySingleToken(fold(cleanName(word)), paragraph);
      if (person && !person.org && person.tokens.length > 1) return person;
    }
    return undefined;
  }

  /**
   * `gender` from an honorific: "Mr. Obama" is never the Michelle Obama named earlier. A gender
   * only a rarer first name gave (not one of compromise's) yields when no one else fits: "Ms.
   * Sandhu" is Gurpreet Sandhu.
   */
  private bySingleToken(token: string, paragraph: number, gender?: 'm' | 'f'): Person | undefined {
    const all = this.byToken.get(token) ?? [];
    const fitting = all.filter((p) => !gender || !p.gender || p.gender === gender);
    // "Gogo Zulu said" after "Gogo Thandi Zulu" and "Sibusiso Zulu, 14,": a woman the article
    // shows as one before a namesake it shows as neither (her son, her husband). Not for "Mr":
    // "Mr Rahman said" after "Muhammad Faizal Abdul Rahman" may well be the Mizanur Rahman just
    // named, whose gender no list knows.
    const shown = gender === 'f' ? fitting.filter((p) => p.gender === gender) : [];
    const candidates =
      shown.length > 0 ? shown : fitting.length > 0 ? fitting : all.filter(genderOnlyFromList);
    // "Encik Abdullah", "Abdullah said": Abdullah bin Ahmad, not his son Ahmad bin Abdullah. A name
    // holding a father's name is shortened to its given name; unless someone bears the word as a
    // surname ("Mr Abdullah" is Farid Abdullah).
    const surname = candidates.some(
      (p) => p.tokens.at(-1) === token && !p.tokens.some(isPatronymic),
    );
    return (
      (surname
        ? undefined
        : pick(
            candidates,
            paragraph,
            (p) => p.tokens[0] === token && p.tokens.some(isPatronymic),
          )) ??
      pick(
        this.unrelated(candidates, token, paragraph),
        paragraph,
        (p) => p.tokens.at(-1) === token,
      ) ??
      // "Beyoncé said" after "Beyoncé Giselle Knowles" and her "Beyoncé Live": one the article
      // showed to be a person (a gender) before any other name opening on the word.
      pick(candidates, paragraph, (p) => p.tokens[0] === token && !!p.gender) ??
      pick(candidates, paragraph, (p) => p.tokens[0] === token) ??
      // "Quispe said" after "Hilario Quispe Mamani": the first of two surnames (not "Maria" of
      // "Anna Maria Rossi", a given name).
      (isFirstName(token)
        ? undefined
        : pick(
            candidates,
            paragraph,
            (p) =>
              p.tokens.length >= 3 &&
              p.tokens.at(-2) === token &&
              /\s\p{Lu}[\p{L}-]+$/u.test(p.name),
          )) ??
      // "Cheung said" after "Vincent Cheung Ho-yin": the surname before a Chinese given name.
      pick(
        candidates,
        paragraph,
        (p) => p.tokens.length === 4 && p.tokens[1] === token && HK_NAME.test(p.name),
      ) ??
      // "Mr Faizal" after "Muhammad Faizal Abdul Rahman": the given name after a name that opens
      // most Malay men's and women's names, by which they are called.
      pick(
        candidates,
        paragraph,
        (p) => p.tokens.length >= 3 && p.tokens[1] === token && MALAY_OPENERS.has(p.tokens[0]!),
      ) ??
      candidates.find((p) => p.tokens.length === 1)
    );
  }

  /**
   * "His father, Gustav Schwarzenegger, was a police chief… Schwarzenegger said": of several
   * people sharing the surname, a relative the article introduced by a kin noun is not whom the
   * surname alone means; the others are, if any. Not a relative named in this paragraph or the
   * one before, who often speaks for the other ("His daughter, Leah Pinsent, confirmed the death.
   * “…,” Pinsent said.").
   */
  private unrelated(candidates: Person[], surname: string, paragraph: number): Person[] {
    const sharing = candidates.filter((p) => p.tokens.length > 1 && p.tokens.at(-1) === surname);
    if (sharing.length < 2) return candidates;
    const latelyNamed = (p: Person): boolean =>
      p.seen.some((s) => s >= paragraph - 1 && s <= paragraph);
    const kin = new Set(sharing.filter((p) => !latelyNamed(p) && this.introducedAsKin(p)));
    return kin.size > 0 && kin.size < sharing.length
      ? candidates.filter((p) => !kin.has(p))
      : candidates;
  }

  /**
   * Whether the paragraph first naming `person` gives them as someone's relative: a kin noun and
   * its owner right before the name ("His father, Alfred Whitehead,"), opening a list the name is
   * in ("His parents were Gustav Schwarzenegger…"), or set off after it ("Thomas Whitehead, Alfred
   * North's grandfather").
   */
  private introducedAsKin(person: Person): boolean {
    // Asked of every person sharing a surname each time the surname is resolved, and read by
    // scanning the whole paragraph: remembered by what it reads, the first paragraph and the name
    // (a person's name may grow, and an earlier paragraph may be seen later).
    const first = person.seen[0] ?? -1;
    const key = `${first} ${person.name}`;
    let known = this.kinIntroduced.get(key);
    if (known === undefined) {
      known = this.readIntroducedAsKin(this.paragraphs[first] ?? [], person.name);
      this.kinIntroduced.set(key, known);
    }
    return known;
  }

  /** introducedAsKin's answers, by first paragraph and name. */
  private readonly kinIntroduced = new Map<string, boolean>();

  /** introducedAsKin's reading of the paragraph `tokens` first naming `name`. */
  private readIntroducedAsKin(tokens: Token[], name: string): boolean {
    const words = name.split(' ');
    const owner = (t: Token | undefined): boolean =>
      !!t && (KIN_OWNER.test(t.text) || endsPossessive(t.text));
    // "his daughter-in-law, Esca Hayek", "His parents were…" too.
    const kin = (t: Token | undefined): boolean =>
      KIN_NOUNS.has(t?.text.toLowerCase().replace(/-in-law$|s$/, '') ?? '');
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const a = nameEnd(tokens, i, words);
      if (a < 0) continue;
      // "West's mother, Dr. Donda C. (Williams) West": a title may stand before the name (not the
      // kin noun of "his brother Milton Eisenhower").
      const title = tokens[i - 1]?.text ?? '';
      const named = /^\p{Lu}/u.test(title) && isTitle(title) ? i - 1 : i;
      const b = tokens[named - 1]?.text === ',' ? named - 2 : named - 1;
      // "Friedrich's paternal grandfather, Gustav Edler von Hayek": a word or two may describe
      // the relation.
      const described = (k: number): boolean =>
        owner(tokens[k]) && tokens.slice(k + 1, b).every((t) => /^\p{Ll}+$/u.test(t.text));
      if (kin(tokens[b]) && [b - 1, b - 2, b - 3].some(described)) return true;
      // "two children: daughter North West and son Saint West": a kin noun right before the name,
      // opening an item of a list (not "Managing partner Tom Hart", "Soccer mom Jane Hart").
      if (
        b === named - 1 &&
        kin(tokens[b]) &&
        /^\p{Ll}/u.test(tokens[b]!.text) &&
        /^(?:[:;,]|and)$/.test(tokens[b - 1]?.text ?? '')
      )
        return true;
      if (listedAsKin(tokens, named, owner, kin)) return true;
      if (tokens[a]?.text !== ',') continue;
      // "Thomas Whitehead, Alfred North's grandfather": the owner may be a name of a few words.
      for (let k = a + 1; k < Math.min(a + 5, tokens.length - 1); k++) {
        if (owner(tokens[k]) && kin(tokens[k + 1])) return true;
      }
    }
    return false;
  }
}

/**
 * "His parents were Gustav Schwarzenegger (August 17, 1907 – …), and Aurelia Schwarzenegger": a
 * name in a list a kin noun and a copula open, back over names, dates, asides and "and" only.
 */
function listedAsKin(
  tokens: Token[],
  at: number,
  owner: (t: Token | undefined) => boolean,
  kin: (t: Token | undefined) => boolean,
): boolean {
  for (let k = at - 1; k > 0; k--) {
    const text = tokens[k]!.text;
    if (COPULA.test(text)) return kin(tokens[k - 1]) && owner(tokens[k - 2]);
    const listed = /^(?:and|née|[,;()–-]|\d+)$/.test(text) || isCapWord(tokens[k]);
    if (!listed) return false;
  }
  return false;
}

/**
 * Where the name `words` written from token `at` ends, an aside in brackets or a nickname in quotes
 * allowed between its words ("Donda C. (Williams) West", "Doud Dwight "Icky" Eisenhower"); -1 when
 * it is not written there.
 */
function nameEnd(tokens: Token[], at: number, words: string[]): number {
  let i = at;
  for (const [k, word] of words.entries()) {
    const close = k > 0 ? ASIDE_CLOSE[tokens[i]?.text ?? ''] : undefined;
    if (close) {
      // Closed within three words: "(Williams)", "“Icky”".
      const end = tokens.slice(i + 1, i + 5).findIndex((t) => t.text === close);
      if (end < 0) return -1;
      i += end + 2;
    }
    if (!tokens[i] || cleanName(tokens[i]!.text) !== word) return -1;
    i++;
  }
  return i;
}

/** The mark closing an aside or a nickname inside a name. */
const ASIDE_CLOSE: Record<string, string> = { '(': ')', '"': '"', '“': '”' };

/** A verb that gives the names a kin noun stands for: "His parents were Gustav Schwarzenegger". */
const COPULA = /^(?:was|were|is|are)$/;

/** A word before a place's or a body's name: "At Bandung", "of The Guardian". */
const PLACING = /^(?:at|in|of|from|to|for|by|with|the)$/i;

/** A possessive determiner before a kin noun: "his father", "her husband, Derek Thompson". */
const KIN_OWNER = /^(?:his|her|their)$/i;

/** A number from 21 to 99 spelled out: "Sixty-two", "Forty-six". */
const SPELLED_NUMBER = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\p{L}+$/iu;

/** Names that open most Malay names, the person being called by the next ("Muhammad Faizal"). */
const MALAY_OPENERS = new Set([
  'muhammad',
  'mohammad',
  'mohamad',
  'mohamed',
  'mohd',
  'muhd',
  'nur',
  'nurul',
  'siti',
]);

/**
 * An English given name, a surname and a Chinese given name, hyphenated or in two syllables:
 * "Vincent Cheung Ho-yin", "Jasmine Ong Li Ping" (as Hong Kong and Singapore papers write them).
 */
const HK_NAME =
  /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+-\p{Ll}+|\p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}{1,3})$/u;

/**
 * Among people named in full that `match` accepts, a person over an organisation, then the one
 * named latest at or before `paragraph` (bySingleToken's choice).
 */
function pick(
  candidates: Person[],
  paragraph: number,
  match: (p: Person) => boolean,
): Person | undefined {
  let best: Person | undefined;
  for (const p of candidates) {
    if (p.tokens.length < 2 || !match(p)) continue;
    if (!best || Number(p.org) - Number(best.org) < 0) best = p;
    else if (p.org === best.org && recency(p, paragraph) > recency(best, paragraph)) best = p;
  }
  return best;
}

/**
 * "Datuk Seri Ismail Sabri", "Tan Sri Muhyiddin": a mention after a Malaysian honour, after which
 * a name's short form is the convention (its courtesy titles too: "Encik", "Haji").
 */
function malayHonoured(subject: Subject): boolean {
  const words = subject.mention.split(' ');
  return words.some((w, i) => MALAY_HONOURS.test(w) || isHonourPair(w, words[i + 1] ?? ''));
}

const MALAY_HONOURS = /^(?:Datuk|Dato['’]?|Datin|Tun|Encik|Haji|Hajah|Hj\.?)$/;

/** A mention whose words before the name include an office's title ("Mayor Don Guardian"). */
function titledMention(subject: Subject): boolean {
  const words = subject.mention.split(' ');
  const before = words.slice(0, words.length - (subject.name ?? '').split(' ').length);
  return before.some((w) => isTitle(w));
}

function see(person: Person, paragraph: number): void {
  const seen = person.seen;
  const at = firstAbove(seen, paragraph - 1);
  if (seen[at] !== paragraph) seen.splice(at, 0, paragraph);
}

/** Index of the first entry above `value` in an ascending list (its length when none is). */
function firstAbove(sorted: number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The latest paragraph at or before `paragraph` naming the person; people named only later rank last. */
function recency(person: Person, paragraph: number): number {
  const at = firstAbove(person.seen, paragraph);
  return at > 0 ? (person.seen[at - 1] ?? 0) : -1000 - (person.seen[0] ?? Infinity);
}

const isPatronymic = (token: string): boolean => PATRONYMICS.has(token);

/** A capitalised particle that opens a surname ("Dela Cruz", "Van Dyk", "De Souza", "Abu Shawish"). */
const opensSurname = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(word) &&
  (NAME_PARTICLES.has(word.toLowerCase()) || word === 'Abu' || word === 'Abou');
