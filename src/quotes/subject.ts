/** Reading who one comma-free chunk names: a person, a pronoun, or a description ("a spokesman"). */
import { wordTable } from '../text/word-table.js';
import {
  HONOUR_STYLE,
  isFirstName,
  isFriendsOf,
  isGivenInFullName,
  isHonourPair,
  isKnownGivenName,
  isAnyGivenName,
  OFFICE_MODIFIER,
  isEnglishWord,
  isOrgName,
  isParticleSurname,
  isTitle,
  NAME_PARTICLES,
  PATRONYMICS,
  stripTitles as stripCommonTitles,
  OFFICE_NOUNS,
  POSSESSIVE_NAME_WORD,
  undotted,
  withoutHonourStyle,
  titlesBody,
  NAME_INITIALS,
} from '../text/names.js';
import type { Token } from './tokens.js';
import { HONOURS, MEMBER_TITLES } from '../text/ranks.js';
import {
  isActorNoun,
  isDemonym,
  isDoubledAgent,
  isMostlyVerb,
  isPlainWord,
  isPresentVerb,
  isVerbForm,
  lexiconType,
} from './lexicon-types.js';
import {
  DOCUMENTS,
  FUNCTION_WORDS,
  KIN_NOUNS,
  NOT_NAME,
  ORG_NOUNS,
  PLACES,
  POSITIONS,
  PREPOSITIONS,
  PRONOUNS,
  REGION_WORDS,
  ROLES,
  VOICE,
  VOICE_LINK,
} from './lexicon.js';
import { isReportingVerb } from './verbs.js';

/** What an attribution names as its source. */
export interface Subject {
  kind: 'name' | 'pronoun' | 'nominal';
  /** As written: "Mr. Song", "he", "a spokesman for the campaign". */
  mention: string;
  /** For names: the name without titles ("Song"); for pronouns the pronoun, lowercase. */
  name?: string;
  org?: boolean;
  /** Honorific gender, when the mention carries one (Mr. / Ms.). */
  gender?: 'm' | 'f';
  descriptor?: string;
  /** The pronoun is a passive verb's ("it was announced", "It was written by"): it names no one. */
  passive?: boolean;
  /** A pronoun's quotation, the words it attributes ("“Craig sees things I don’t,” he says"). */
  quote?: string;
}

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  // ASCII settles without the regular expression: \p{Lu} there is A-Z; "al-Rashid" is a name too.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 105 && isParticleSurname(w));
  return /^\p{Lu}/u.test(w);
};
// A capital and a dot: two code units, or three for a capital beyond the BMP.
const isInitial = (w: string): boolean =>
  (w.length === 2 || w.length === 3) && w.endsWith('.') && /^\p{Lu}\.$/u.test(w);
/**
 * "Moscow-based", "Los Angeles-area", "Anti-war": a lowercase part after a hyphen makes a
 * description, unless the word is a hyphenated given name ("Wei-ling", "Jean-luc"): a short
 * capitalised part that is no English prefix, then a short syllable; or a double surname whose
 * second part opens on an elided particle ("Comeau-d’Entremont").
 */
export function isHyphenatedName(w: string): boolean {
  // "Comeau-d’Entremont": a surname joined to one opening on an elided particle.
  if (/^\p{Lu}\p{Ll}+-[dl]['’]\p{Lu}\p{Ll}+$/u.test(w)) return true;
  const m = /^(\p{Lu}\p{Ll}{1,5})-(\p{Ll}{2,5})$/u.exec(w);
  return !!m && !ENGLISH_PREFIX.test(m[1] ?? '') && !DESCRIBING_PART.test(m[2] ?? '');
}
const ENGLISH_PREFIX =
  /^(co|ex|anti|pro|non|mid|post|pre|self|well|long|full|half|all|re|vice|sub|semi|over|under|right|left|far|high|low|one|two|three|four|five|six|ten|year|first|second|top|much|ever|off|out|big|old|new)$/i;
const DESCRIBING_PART =
  /^(based|area|born|bred|led|run|owned|wide|level|style|like|made|era|old|year|time|term|known|type|class|scale|side|sided|free)$/;
const isNameWord = (w: string): boolean =>
  (isCap(w) &&
    (!w.includes('-') || !/-\p{Ll}/u.test(w) || isHyphenatedName(w)) &&
    !NEGATION.test(w)) ||
  isInitial(w);
/** "Don’t take my word for it": a verb's negative contraction is never a name. */
const NEGATION = /n['’]t$/;
/** How a pair's names join into one speaker ("John Bolton and Sebastian Gorka"). */
export const PAIR_JOIN = ' and ';

/** True for a speaker who is two people named together. */
export const isPair = (name: string): boolean => name.includes(PAIR_JOIN);

/** A word ending in a possessive mark ("Clinton’s", "Sanders'"), read as /['’]s?$/ does. */
export function endsPossessive(text: string): boolean {
  const n = text.length;
  let c = text.charCodeAt(n - 1);
  if (c === 115 /* s */ && n > 1) c = text.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}
export const cleanName = (w: string): string => (endsPossessive(w) ? w.replace(/['’]s?$/, '') : w);

/** Titles of local and Commonwealth offices ("Councillor Ray Obi", "MP Jo Platt"), after the common ones. */
const OFFICE_TITLES = new Set(
  (
    'councillor councilor alderman alderwoman constable inspector superintendent sheriff treasurer ' +
    'mp mla mpp msp td trustee reeve warden assemblyman assemblywoman assemblymember councilman ' +
    'councilwoman councilmember selectman selectwoman supervisor taoiseach tánaiste tanaiste ' +
    'comhairle'
  ).split(' '),
);

export const isOfficeTitle = (w: string): boolean => isTitle(w) || OFFICE_TITLES.has(undotted(w));

/** A name's words without leading titles, common or local. */
export function stripTitles(words: string[]): string[] {
  // "General Motors", "General Electric": a body compromise's lexicon knows has no title.
  if (
    words.length === 2 &&
    isTitle(words[0] ?? '') &&
    lexiconType(words.join(' ')) === 'organisation'
  )
    return words;
  // "Labour MP Jo Platt", "Bank of England Governor Andrew Bailey": a title inside the run ends the
  // description; the name is the two or more words after it.
  // Not a father's title after "bin" or "binti" ("Nur Syazwani binti Haji Md Yusof").
  const inner = words.findLastIndex(
    (w, i) =>
      i > 0 &&
      i < words.length - 2 &&
      isOfficeTitle(w) &&
      isCap(words[i + 1] ?? '') &&
      !PATRONYMICS.has(words[i - 1] ?? ''),
  );
  let out = stripCommonTitles(inner > 0 ? words.slice(inner + 1) : words);
  // Not the first word of a body's name ("TD Bank Group" is no TD's name).
  while (
    out.length > 1 &&
    OFFICE_TITLES.has(undotted(out[0] ?? '')) &&
    !isOrgName(out.slice(1).join(' '))
  ) {
    out = stripCommonTitles(out.slice(1));
  }
  // "Datuk Seri Rahman Idris": "Seri" after a Malaysian honorific is the honorific's.
  out = withoutHonourStyle(words[words.length - out.length - 1] ?? '', out);
  // "Minister for Health Ong Wei Lun": the surname written first is the name's, not the title's.
  // Only after a portfolio's English word ("Health", "Industry"): not a place an office is of or
  // for ("Mayor of Napa Ian Roy", "Mayor of Santa Fe Ed Lee"), nor "Minister for Whānau Ora Kiri Tau".
  const at = words.length - out.length - 1;
  const before = words[at];
  if (
    out.length === 2 &&
    before &&
    afterPortfolioWord(words, at) &&
    isSurnameFirst([before, ...out])
  )
    out = [before, ...out];
  // "Sarah Ingleby KC", "Tom Reed MP", "Thandiwe Mokoena OBE": honours and offices after a
  // person's name (a given name first) are no part of it, as "Sarah Ingleby" is the same person.
  // As written, in capitals: "Nguyen Thi Am" keeps "Am".
  while (
    out.length > 2 &&
    POST_NOMINALS.has((out[out.length - 1] ?? '').replace(/\./g, '')) &&
    isKnownGivenName(out[0] ?? '')
  )
    out = out.slice(0, -1);
  // "Moncrieff-Boyd LJ said", "Vos MR", "Hale J": a judge's title after the surname, as law
  // reports write it, whatever the name before; "J" only after a surname alone ("Anil Kumar J",
  // as some Indian papers write a name, ends on an initial).
  if (out.length >= 2) {
    const last = out[out.length - 1]!;
    const judge = last === 'J' ? out.length === 2 : JUDGES_AFTER.test(last);
    if (judge && /^\p{Lu}\p{Ll}/u.test(out[out.length - 2]!)) out = out.slice(0, -1);
  }
  return fromGivenName(out);
}

/** Judges' titles after a surname: Lord or Lady Justice, Lord Chief Justice, Master of the Rolls. */
const JUDGES_AFTER = /^(?:LJ|LCJ|MR)$/;

/**
 * "Calgary Insurance Broker Tom Reyes": capitalised words of place, trade or office before a given
 * name and a surname describe the person, as lowercase ones would ("Calgary insurance broker").
 * Only before a given name a list knows, with no given name before it ("Mary Ann Smith") and no
 * body's or place's word after it, nor a lowercase word before ("Bank of America Merrill Lynch").
 */
function fromGivenName(words: string[]): string[] {
  if (words.length < 3) return words;
  // "Sustainability Farah Iskandar" of "Minister of State for Sustainability Farah Iskandar": a
  // portfolio's abstract noun before a given name the wider lists know.
  // Not a given name of that form ("Felicity Jane Harcourt", "Charity Okoro").
  const opener = words[0] ?? '';
  const portfolio =
    PORTFOLIO.test(opener) && !isKnownGivenName(opener) && !isGivenInFullName(opener);
  // "Development Ong Kai Wen" of "Minister for National Development Ong Kai Wen".
  if (portfolio && words.length >= 4 && isSurnameFirst(words.slice(-3))) return words.slice(-3);
  const given = (w: string): boolean =>
    isFirstName(w) || (portfolio && (isKnownGivenName(w) || isGivenInFullName(w)));
  const at = words.findIndex((w, i) => i > 0 && given(w));
  if (at < 0 || at > words.length - 2 || words.length - at > 3) return words;
  const before = words.slice(0, at);
  const rest = words.slice(at);
  if (
    before.some((w) => isFirstName(w) || !isCap(w)) ||
    rest.some((w) => isOrgName(w) || lexiconType(w) === 'place')
  )
    return words;
  const describes = (w: string): boolean =>
    isOrgName(w) ||
    isOfficeTitle(w) ||
    lexiconType(w) === 'place' ||
    isActorNoun(w.toLowerCase()) ||
    (portfolio && PORTFOLIO.test(w));
  return before.some(describes) ? rest : words;
}

/**
 * Whether the word before `at` is a portfolio's English word ("Health", "Trade", "Development")
 * and not part of a place with the word at `at` ("Santa Fe").
 */
export function afterPortfolioWord(words: readonly string[], at: number): boolean {
  const portfolio = words[at - 1] ?? '';
  return (
    /^\p{Lu}\p{Ll}+$/u.test(portfolio) &&
    isEnglishWord(portfolio.toLowerCase()) &&
    lexiconType(`${portfolio} ${words[at] ?? ''}`) !== 'place'
  );
}

/**
 * "Ong Kai Wen", "Lim Hui Min": three short syllables, the first no English word, given name or title:
 * a Chinese name, its surname written first.
 */
export function isSurnameFirst(words: readonly string[]): boolean {
  const surname = words[0] ?? '';
  return (
    words.length === 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}{1,3}$/u.test(w)) &&
    !isEnglishWord(surname.toLowerCase()) &&
    !isAnyGivenName(surname) &&
    // "Fr Colm Daly", "Pte Ann Ross": a title's short form.
    !isOfficeTitle(surname) &&
    !HONORIFIC.test(surname) &&
    !SHORT_TITLES.test(surname)
  );
}

/** Short forms of titles no title list has: "Pte", "Snr", "Bro" ("Msgr" is a title already). */
const SHORT_TITLES = /^(?:Snr|Sr|Jnr|Jr|Br|Bro|Sis|Pte|Amb|Mgr|Gran|Cdr|Cpt|Spc)$/;

/** A portfolio's abstract noun, by its ending: "Sustainability", "Development", "Education", "Finance". */
const PORTFOLIO = /^\p{Lu}\p{Ll}+(?:ity|ment|tion|sion|ance|ence|ure|ics|ism)$/u;

/**
 * Letters after a name for honours, silks, degrees and seats ("KC", "SC", "OBE", "PhD", "MP"),
 * dropped only after a given name a list knows (stripTitles); not those that are more often
 * something else ("MD", "AM").
 */
const POST_NOMINALS = new Set([
  ...HONOURS,
  ...MEMBER_TITLES.map((t) => t.toUpperCase()),
  ...'KC QC GBE MHA TD MEP AO OAM JP'.split(' '),
]);

/** Index where the run of name tokens ending at `end` (exclusive) starts. */
function runStart(words: string[], end: number): number {
  let i = end;
  while (i > 0) {
    const w = words[i - 1] ?? '';
    const prev = words[i - 2] ?? '';
    // "The Blaze’s Matt Walsh": a possessive before the name belongs to its description.
    // "the Ontario Nurses' Association": a plural possessive before a body's word is its name's.
    if (i < end && endsPossessive(w) && !isBodyPossessive(w, words.slice(i, end), prev)) break;
    if (isNameWord(w)) i--;
    else if (
      NAME_PARTICLES.has(w) &&
      i < end &&
      isCap(words[particlesStart(words, i - 1) - 1] ?? '')
    )
      i--;
    else if (/^(of|for)$/.test(w) && ofJoinsAt(words, i - 1) && i < end) i--;
    else if (i < end && isPortfolioAnd(words, 0, i - 1)) i--;
    // "the Canadian Union of Public Employees", "the British Medical Association": a nationality
    // opens an organisation's name.
    else if (i < end && opensBody(words.slice(i - 1, end))) i--;
    else break;
  }
  return i;
}

/** An office's letters with dots: "P.M. Modi", "M.P. Tharoor", "C.M. Stalin", "D.G.P. Yadav". */
const isTitleLetters = (word: string): boolean => {
  const letters = word.replace(/\./g, '');
  return (
    ROLES.has(letters.toLowerCase()) || isOfficeTitle(letters) || /^(?:CM|A?DGP|IGP)$/.test(letters)
  );
};

/** A country's or a city's letters with dots: "U.S.", "U.K.", "D.C.". */
const PLACE_INITIALS =
  /^(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|D\.C\.|L\.A\.|N\.Y\.|B\.C\.|P\.E\.I\.|N\.Z\.)$/;

/**
 * A nationality or an ordinal before a body's name, which opens it: "Canadian" of "Canadian Union
 * of …", "First" of "Migiskan Falls First Nation" or "First Baptist Church".
 */
const opensBody = (words: string[]): boolean =>
  (isDemonym(words[0] ?? '') || ORDINAL_WORD.test(words[0] ?? '')) &&
  words.slice(1).some((w) => isCap(w) && isOrgName(cleanName(w)));

const ORDINAL_WORD = /^(First|Second|Third)$/;

/**
 * "the Ontario Nurses’ Association", "the Premier’s Office": whether a possessive, with the word
 * `before` it, opens the name of the body named by the capitalised words `after` it.
 */
function isBodyPossessive(w: string, after: string[], before = ''): boolean {
  if (!endsPossessive(w) || !isCap(after[0] ?? '')) return false;
  // The capitalised words after it: "Aid Society" of "the Children’s Aid Society".
  const end = after.findIndex((a, i) => !isCap(a) || (i > 0 && endsPossessive(after[i - 1] ?? '')));
  const body = (end < 0 ? after : after.slice(0, end)).map(cleanName).join(' ');
  const owner = cleanName(w);
  return (
    isOrgName(body) &&
    (/s['’]$/.test(w) ||
      // Not a body's own last word: "the Department of Justice’s Commission for…".
      (isOwningOffice(owner) && !/^(?:of|for)$/.test(before)) ||
      // "the Alzheimer’s Association": named for someone, after "the" (not "Canada’s Competition
      // Bureau", a place's, nor "Smith’s company").
      (/^(?:the)?$/i.test(before) &&
        /^\p{Lu}\p{Ll}+$/u.test(owner) &&
        !lexiconType(owner) &&
        !isKnownGivenName(owner) &&
        !isEnglishWord(owner.toLowerCase())))
  );
}

/**
 * "the Premier’s Office", "the Attorney General’s Office", "the Children’s Aid Society": an
 * office's title, or a plural without a final s, owning a body's word is part of the body's name
 * (not "Canada’s Competition Bureau", where the owner is a place).
 */
const isOwningOffice = (w: string): boolean =>
  isTitle(w) || /^(?:Children|Women|Men|People)$/.test(w);

const ofJoins = (before: string): boolean =>
  isTitle(before) || (isCap(before) && isOrgName(cleanName(before)));

/**
 * Whether the "of" or "for" at `at` joins the words before it to those after: after a title or a
 * body's word, and after a title's "of State" ("Minister of State for Electronics").
 */
const ofJoinsAt = (words: string[], at: number): boolean =>
  ofJoins(words[at - 1] ?? '') || isTitlesState(words, at - 1);

/**
 * "Minister for Health and Social Care Wes Streeting": an "and" at `at` inside the portfolio a
 * title's "for" or "of" opened, up to four capitalised words after it and no given name before
 * it (not "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin").
 */
function isPortfolioAnd(words: string[], start: number, at: number): boolean {
  if ((words[at] !== 'and' && words[at] !== '&') || !isCap(words[at + 1] ?? '')) return false;
  for (let k = at - 2; k >= start + 1 && k >= at - 5; k--) {
    if (words[k] !== 'for' && words[k] !== 'of') continue;
    const titled = isTitle(words[k - 1] ?? '') || isTitlesState(words, k - 1);
    return titled && words.slice(k + 1, at).every((w) => isCap(w) && !isFirstName(w));
  }
  return false;
}

/** "State" of a title's "of State" ("Minister of State", "Secretary of State"). */
const isTitlesState = (words: string[], at: number): boolean =>
  words[at] === 'State' && words[at - 1] === 'of' && isTitle(words[at - 2] ?? '');

/** "von der Leyen", "de la Fuente": where the particles from `at` on end (at most three). */
function particlesEnd(words: string[], at: number): number {
  let j = at;
  while (j < at + 3 && NAME_PARTICLES.has(words[j] ?? '')) j++;
  return j;
}

/** Where the particles ending at `at` (inclusive) start (at most three). */
function particlesStart(words: string[], at: number): number {
  let i = at;
  while (i > at - 3 && i >= 0 && NAME_PARTICLES.has(words[i] ?? '')) i--;
  return i + 1;
}

/** End (exclusive) of the run of name tokens starting at `start`. */
function runEnd(words: string[], start: number): number {
  let j = start;
  while (j < words.length) {
    const w = words[j] ?? '';
    if (isNameWord(w)) j++;
    else if (NAME_PARTICLES.has(w) && j > start && isCap(words[particlesEnd(words, j)] ?? '')) j++;
    // "Secretary of State", "the Illinois Board of Elections": "of" inside a title or an institution.
    else if (/^(of|for)$/.test(w) && isCap(words[j + 1] ?? '') && ofJoinsAt(words, j)) j++;
    else if (isPortfolioAnd(words, start, j)) j++;
    // "Amsterdam & Partners", "Procter & Gamble": "&" joins a firm's name; not before a title or
    // a given name ("Rudy Giuliani & Sen. Jeff Sessions", "St Mark & St John").
    else if (
      w === '&' &&
      j > start &&
      isCap(words[j + 1] ?? '') &&
      !isTitle(words[j + 1]!) &&
      !isFirstName(words[j + 1]!)
    )
      j++;
    else break;
    // "said the Women’s College Hospital": not a body's own possessive.
    if (j > start && endsPossessive(w) && !isBodyPossessive(w, words.slice(j), words[j - 2])) break;
  }
  return j;
}

function genderOf(words: string[]): 'm' | 'f' | undefined {
  for (const w of words) {
    // No honorific is longer than "Madam.": most words are settled without lowercasing them.
    if (w.length > 6) continue;
    const gender = HONORIFIC_GENDERS[undotted(w)];
    if (gender) return gender;
  }
  return undefined;
}

/** The gender an honorific gives, by its lowercase letters: "Mr", "Ms", "Madam" (Singapore). */
export const HONORIFIC_GENDERS = wordTable<'m' | 'f'>({
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  madam: 'f',
  mdm: 'f',
  // South African: "Gogo Zulu" (grandmother), "Mam’ Ntuli", "Ntate Mokoena".
  gogo: 'f',
  mam: 'f',
  ntate: 'm',
});

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|hon|encik)\.?$/i;

/** Whether words[i] is a title of courtesy, or a word of an honour ("Datuk Seri", "Tan Sri"). */
function isCourtesyAt(words: string[], i: number): boolean {
  const w = words[i] ?? '';
  if (isHonourPair(w, words[i + 1] ?? '') || isHonourPair(words[i - 1] ?? '', w)) return true;
  return COURTESY_TITLE.test(w) || (HONOUR_STYLE.test(w) && i > 0 && isCourtesyAt(words, i - 1));
}

/** Titles of learning and knighthood, which say something of someone where nothing else does. */
const LEARNED = /^(?:dr|prof|sir|dame)\.?$/i;

/** Titles of courtesy, learning and honour, which say who someone is, not what they do. */
const COURTESY_TITLE =
  /^(?:dr|prof|sir|dame|dat(?:uk|o|in)|alhaj[ia]|haji(?:ya|a)?|hajj?ah|shri|smt|shrimati)\.?$/i;

const isShouted = (w: string): boolean => {
  // A lowercase ASCII letter first or second settles most words without a replace.
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if ((a >= 97 && a <= 122) || (b >= 97 && b <= 122)) return false;
  return /^\p{Lu}{2,}$/u.test(w.replace(/[.-]/g, ''));
};

/**
 * "the State Department", "Justice Department": an organisation's noun after a capitalised word
 * that alone would be a title or a common word, which here names the office.
 */
function officeName(words: string[]): string | null {
  const noun = words[words.length - 1] ?? '';
  if (words.length < 2 || !OFFICE_NOUNS.test(noun)) return null;
  const word = words[words.length - 2] ?? '';
  const lower = word.toLowerCase();
  if (!isCap(word) || FUNCTION_WORDS.has(lower) || /^(the|a|an|former|acting|then|ex)$/.test(lower))
    return null;
  if (!(NOT_NAME.has(lower) || isTitle(lower)) || words.some(isFirstName)) return null;
  return `${word} ${noun}`;
}

/** Whether a run ending in a title still names someone: an institution's or a person's last word. */
/** Titles that are common surnames too. */
const SURNAME_TITLES =
  /^(?:Sheikh|Bishop|Dean|Judge|Major|Marshal|Pope|King|Prince|Knight|Abbott)$/;

function endsOnSurname(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length < 2) return false;
  // "Imran Sheikh", "Ayesha Bishop": a title that is a common surname, after any given name a
  // list knows; "Vaughan Mayor", "Tory Leader" are no names.
  const surname = SURNAME_TITLES.test(last) && isKnownGivenName(words[0] ?? '');
  return isOrgName(last) || isFirstName(words[0] ?? '') || surname;
}

/** A subject for the name words `run` (titles included), with role words before it. */
function named(run: string[], pre: string[]): Subject | null {
  let words = run
    .map((w, i) => (isBodyPossessive(w, run.slice(i + 1), run[i - 1]) ? w : cleanName(w)))
    .filter(Boolean);
  const office = officeName(words);
  if (office) return { kind: 'name', mention: office, name: office, org: true };
  // "Cleveland The Trump…", "U.S. While Clinton": a common word inside a run ends what came before.
  const cut = words.findLastIndex(
    (w, i) =>
      i > 0 &&
      NOT_NAME.has(w.toLowerCase()) &&
      !(/^(of|for)$/.test(w) && ofJoinsAt(words, i)) &&
      !isTitlesState(words, i) &&
      !isPortfolioAnd(words, 0, i) &&
      // "Electronics and IT": a portfolio's word in capitals is no common word.
      !(/^\p{Lu}{2,}$/u.test(w) && isPortfolioAnd(words, 0, i - 1)),
  );
  if (cut > 0) words = words.slice(cut);
  // Datelines: "LONDON Donald Trump", "ATLANTIC CITY Hillary Clinton"; but an acronym of three
  // letters or fewer before an organisation's word names the organisation ("NBC News"), where
  // before a surname it is a title ("DCI Reed", "PM Albanese").
  // So does a province's before a word that is no given name ("BC Hydro", "NB Power"), and a
  // body's the lexicon knows before a place's name ("NHS Highland", "BBC Scotland": a body's
  // branch; not "DCI Hastings", "PM Austin": a rank's before a surname).
  const acronym =
    words.length === 2 &&
    (words[0] ?? '').length <= 3 &&
    (isOrgName(words[1] ?? '') ||
      (PROVINCE_CODES.test(words[0] ?? '') && !isFirstName(words[1] ?? '')) ||
      (lexiconType(words[0] ?? '') === 'organisation' && lexiconType(words[1] ?? '') === 'place'));
  // Not a name's initials before its surname ("K.P. Krishnan", "G. M. Young"), where a country's
  // ("U.S. Clinton") goes.
  const initialled =
    words.length > 1 &&
    words
      .slice(0, -1)
      .every((w) => NAME_INITIALS.test(w) && !PLACE_INITIALS.test(w) && !isTitleLetters(w));
  // "Ratings agency AM Best", "telecoms firm BT Group": after a lowercase noun describing it, a
  // firm's name opening on capitals, not a dateline (before a given name or a title it may be a
  // rank's: "Detective DCI Reed").
  const noun = pre[pre.length - 1] ?? '';
  const firmAfterNoun =
    words.length === 2 &&
    /^\p{Ll}+$/u.test(noun) &&
    (ORG_NOUNS.has(noun) || isRoleNoun(noun)) &&
    !isAnyGivenName(words[1] ?? '') &&
    !isTitle(words[1] ?? '');
  while (
    words.length > 1 &&
    isShouted(words[0] ?? '') &&
    !words.every(isShouted) &&
    !acronym &&
    !initialled &&
    !firmAfterNoun
  )
    words = words.slice(1);
  // "American" opening "American Federation of Teachers" is the organisation's own word.
  while (words.length > 0 && NOT_NAME.has((words[0] ?? '').toLowerCase()) && !opensBody(words))
    words = words.slice(1);
  while (words.length > 0 && NOT_NAME.has((words[words.length - 1] ?? '').toLowerCase())) {
    words = words.slice(0, -1);
  }
  const last = words[words.length - 1] ?? '';
  // A run ending in a title is a role ("Senate Majority Leader"), unless an institution ends it
  // ("the White House said") or a first name starts it ("Howard Dean", "Amy Pope").
  if (words.length === 0 || (isTitle(last) && !endsOnSurname(words))) return null;
  // Party and state tags ("R-Wis.", "D-Md.") describe the name before them; "Syrians" or
  // "Koreans" are peoples, not persons.
  // Not "Albanese", "Varghese", "Genovese": a word in -ese is a people only as a nationality.
  if (
    words.length === 1 &&
    (/^([RDI]-\p{Lu}|\p{Lu}[\p{L}-]*(ians|eans|cans)$)/u.test(last) ||
      (last.endsWith('ese') && isDemonym(last)))
  )
    return null;
  const nameWords = stripTitles(words);
  // "Commissioner for Transportation": an office's title and what it is for, with no name after.
  if (/^(?:of|for)$/.test(nameWords[0] ?? '') || isRegionalDemonym(nameWords)) return null;
  const name = nameWords.join(' ');
  const subject: Subject = {
    kind: 'name',
    mention: words.join(' '),
    name,
    org: isOrgName(name),
  };
  const gender = genderOf(words);
  if (gender) subject.gender = gender;
  // Honorifics say nothing about a role: "Mr. Song" has no descriptor of its own.
  const titles = words.slice(0, words.length - nameWords.length).filter((w) => !HONORIFIC.test(w));
  // Nor do titles of courtesy and honour right before the name, after a role's word: "GOP
  // presidential candidate Dr. Ben Carson", "Prime Minister Datuk Seri Anwar Ibrahim" are a
  // candidate and a prime minister (not "former Dr. Martens chief executive", "Notre Dame").
  const described = [...pre, ...titles];
  let kept = described.length;
  while (kept > 0 && isCourtesyAt(described, kept - 1)) kept--;
  const lead = described[kept - 1] ?? '';
  // An honour of two words is one whatever comes before ("of Police Tan Sri").
  const pair = isHonourPair(described[kept] ?? '', described[kept + 1] ?? '');
  const trimmed =
    kept < described.length && kept > 0 && (/^\p{Ll}/u.test(lead) || isTitle(lead) || pair);
  // Honours alone are no role at all ("Tan Sri", "Datuk Seri"), as a doctor's "Dr." is one
  // ("Prof Tan Sri Dzulkifli": "Prof").
  const shown =
    kept === 0
      ? described.filter((w) => LEARNED.test(w))
      : trimmed
        ? described.slice(0, kept)
        : described;
  const role = shown.join(' ').trim();
  if (role && pre.length <= 8 && isRoleWords(pre)) {
    subject.descriptor = role;
  }
  return subject;
}

/**
 * "McDonald's", "Standard & Poor's": capitalised words ending on a possessive, all of a reporting
 * verb's subject before it or after it, name a firm so ("McDonald's said", "said McDonald's."; the
 * tokenizer reads a verb after a possessive only where it cannot be a noun: not "Trump's remarks").
 */
export function firmByPossessive(words: string[]): Subject | null {
  const last = words[words.length - 1] ?? '';
  if (words.length > 4 || !POSSESSIVE_NAME_WORD.test(last)) return null;
  if (!words.every((w, i) => (w === '&' && i > 0) || isCap(w))) return null;
  // "Prosecutor Ann Jones's says": a title, or a given name before another word, is a person's
  // ("Macy's" and "Ben & Jerry's" are firms).
  const given = words.length > 1 && isFirstName(words[0] ?? '') && !words.includes('&');
  if (given || words.some(isTitle)) return null;
  const name = words.join(' ');
  return { kind: 'name', mention: name, name, org: true };
}

/** "West African", "South Korean", "Central Asian": a people by a region's words, no one's name. */
export function isRegionalDemonym(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 1 && isDemonym(last) && words.slice(0, -1).every((w) => REGION_WORDS.has(w))
  );
}

/** Words before a name that read as its role ("longtime Democratic pollster"), not as a clause. */
export function isRoleWords(pre: string[]): boolean {
  return pre.every((w, i) => {
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || /^(this|these|those|there|here)$/.test(lower)) return false;
    if (PREPOSITIONS.has(lower) && (i === 0 || i === pre.length - 1 || lower !== 'of'))
      return false;
    // "the retired teacher still gets Christmas cards": a verb after an adverb, right before the
    // name ("director of public works Dana Whitlock" holds no verb).
    if (i === pre.length - 1 && isPresentVerb(lower) && verbAfter(pre, i)) return false;
    // "Nobody told Marta Lindqvist…": a reporting verb before the name ends no title; "Consumer
    // Reports analyst", "claims adjuster" write nouns.
    if (i > 0 && w === lower && isReportingVerb(w) && isMostlyVerb(w)) return false;
    return (
      !/(ed|ing)$/.test(lower) ||
      /^(retired|elected|acting|operating|managing|presiding|red|ed)$/.test(lower)
    );
  });
}

/**
 * Whether `pre[i]` reads as a verb: after an adverb ("still gets"), or after a noun a description
 * opened on an article ("The book accuses"), not after "of" ("director of public works").
 */
function verbAfter(pre: string[], i: number): boolean {
  if (ADVERB_BEFORE.test(pre[i - 1] ?? '')) return true;
  return /^(the|a|an)$/i.test(pre[0] ?? '') && i >= 2 && (pre[i - 2] ?? '').toLowerCase() !== 'of';
}

/** Adverbs that put a verb after them: "still gets", "now runs", "often calls". */
const ADVERB_BEFORE =
  /^(?:still|also|now|often|always|never|only|just|even|usually|already|\p{Ll}+ly)$/iu;

/** "A spokesperson for": whose voice it is may take more words than a description does. */
const SPOKES_FOR = new RegExp(`^(?:a|an|the) ${VOICE} ${VOICE_LINK}$`, 'i');

/** A spokesperson's noun ending a description: "A Canada Post spokesperson". */
const VOICE_LAST = new RegExp(`^${VOICE}$`, 'i');

/** A short description that can stand as a speaker ("the campaign", "a spokesman for X"). */
function isNounPhrase(words: string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  // "A spokeswoman for the Department of Transport and Main Roads", "A Department of Health and
  // Social Care spokesperson": whose voice may take words.
  const voice = SPOKES_FOR.test(words.slice(0, 3).join(' ')) || VOICE_LAST.test(last);
  const limit = voice ? 12 : 7;
  return (
    words.length <= limit &&
    !FUNCTION_WORDS.has(last) &&
    !FUNCTION_WORDS.has(first) &&
    !words.some((w) => /^(that|who|which|said|says|told)$/i.test(w))
  );
}

export const nominal = (words: string[]): Subject | null =>
  isNounPhrase(words) ? { kind: 'nominal', mention: words.join(' ') } : null;

/** "the Grade 12 student": "the", a school year and a noun, a description of someone. */
export const isSchoolYear = (words: string[]): boolean =>
  /^the$/i.test(words[0] ?? '') &&
  /^(?:Grade|Year)$/.test(words[1] ?? '') &&
  /^\d{1,2}$/.test(words[2] ?? '');

/** Reads one comma-free chunk whose name comes last ("longtime pollster Pat Caddell"). */
/** The name of the capitalised words ending right before `end` ("Oksana Hrytsenko-Blake" of ", whose"), or null. */
export function nameEndingAt(tokens: readonly Token[], end: number): Subject | null {
  let start = end;
  while (start > 0 && tokens[start - 1]?.kind === 'word' && isCap(tokens[start - 1]!.text)) start--;
  const subject = start < end ? readChunk(tokens.slice(start, end).map((t) => t.text)) : null;
  return subject?.kind === 'name' ? subject : null;
}

export function readChunk(words: string[]): Subject | null {
  const clean = words.filter((w) => w !== '' && !/^[—–―-]$/.test(w));
  // "Sanders himself acknowledged", "Reed and Park both denounced": the word only stresses the name.
  if (clean.length > 1 && /^(himself|herself|both)$/i.test(clean[clean.length - 1] ?? ''))
    clean.pop();
  // "Chief Adewale Bankole, SAN, argued": letters after a name set off are no name of their own.
  if (clean.length === 0 || (clean.length === 1 && POST_NOMINALS.has(clean[0]!))) return null;
  if (clean.length === 1 && PRONOUNS.has((clean[0] ?? '').toLowerCase())) {
    return { kind: 'pronoun', mention: clean[0] ?? '', name: (clean[0] ?? '').toLowerCase() };
  }
  const last = clean[clean.length - 1] ?? '';
  // "what she called", "he's said", "Q: You’ve said": the pronoun right before the verb is its
  // subject.
  const pronoun = /^(he|she|you)(?:['’](?:s|d|ll|ve|re))?$/i.exec(last)?.[1]?.toLowerCase();
  if (pronoun) return { kind: 'pronoun', mention: last, name: pronoun };
  if (opensOnOffice(clean)) {
    const holder = holderAfterOffice(clean);
    if (holder) return holder;
    // "Head of Sport of the Kumtor Gold Company": such an office with no name after it describes
    // its holder; its first word names no one.
    if (isUnheldOffice(clean)) return { kind: 'nominal', mention: clean.join(' ') };
  }
  // "the 34-year-old Dubliner": an age before a capitalised noun describes someone by both.
  if (
    clean.length === 3 &&
    /^the$/i.test(clean[0] ?? '') &&
    /^\d{1,3}-year-old$/.test(clean[1] ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(last)
  )
    return nominal(clean);
  // "the Grade 12 student": a school year describes someone; it names no one.
  if (isSchoolYear(clean)) return nominal(clean);
  // "the American said": a nationality standing for someone (resolved as "the Scot" is); so does
  // a party's member ("the Republican told reporters", for "Rep. X, R-Texas").
  if (
    clean.length === 2 &&
    /^the$/i.test(clean[0] ?? '') &&
    (isDemonym(last) || /^(?:Republican|Democrat)$/.test(last)) &&
    /^\p{Lu}\p{Ll}+$/u.test(last)
  )
    return { kind: 'name', mention: last, name: last, org: false, descriptor: 'the' };
  // "the MP for Bristol North", "But the GM of the Canucks": such a role, then what it is of or for.
  const opener = /^(but|and|yet|so)$/i.test(clean[0] ?? '') ? 1 : 0;
  const role = clean[opener + 1] ?? '';
  if (
    /^the$/i.test(clean[opener] ?? '') &&
    /^\p{Lu}+$/u.test(role) &&
    ROLES.has(role.toLowerCase()) &&
    PREPOSITIONS.has((clean[opener + 2] ?? '').toLowerCase())
  )
    return nominal(clean.slice(opener));
  // "the National Hurricane Center in Miami": a body, then where it is.
  const where = clean.indexOf('in', 3);
  if (
    where > 0 &&
    where >= clean.length - 3 &&
    /^the$/i.test(clean[0] ?? '') &&
    clean.slice(where + 1).every(isCap) &&
    clean.slice(1, where).every(isCap) &&
    isOrgName(clean.slice(1, where).join(' '))
  )
    return readChunk(clean.slice(0, where));
  // "Argentina's Undersecretariat of Fisheries and Aquaculture", "The Kurdistan Region's Ministry
  // of Agriculture and Water Resources": a place's own body, by its name.
  const possessive = clean.findIndex((w, i) => i < 3 && endsPossessive(w));
  const owner = clean
    .slice(0, possessive + 1)
    .every((w, i) => isCap(w) || (i === 0 && /^the$/i.test(w)));
  const body =
    (possessive >= 0 && owner ? bodyName(clean.slice(possessive + 1)) : null) ??
    bodyName(/^the$/i.test(clean[0] ?? '') ? clean.slice(1) : clean);
  if (body) return { kind: 'name', mention: clean.join(' '), name: body, org: true };
  const owned = ownerBefore(clean);
  if (owned) return owned;
  // "the United Parts Workers union said", "the Teamsters union": the union of that name, its
  // members in the plural; not an employer's ("the TTC union", "the Air Canada union") nor a
  // place's ("the Ontario union").
  const unionName = clean.slice(1, -1);
  if (
    last === 'union' &&
    /^the$/i.test(clean[0] ?? '') &&
    /^\p{Lu}\p{Ll}+[^s’']s$/u.test(unionName[unionName.length - 1] ?? '') &&
    unionName.every((w) => isCap(w) && lexiconType(w) !== 'place' && !isDemonym(w))
  ) {
    const union = named(unionName, ['the']);
    if (union?.kind === 'name') return { ...union, mention: clean.join(' '), org: true };
  }
  if (!isNameWord(last) || endsPossessive(last)) return nominal(clean);
  // "the Toronto MP", "the Tesla CEO": a role written in capitals ends a description, not a name;
  // so does an office capitalised as some papers write it ("the Premier", "the Taoiseach").
  // So does such an office after capitalised words qualifying it ("the Opposition Leader", "the
  // Victorian Premier", "the First Minister", "the Chief Minister").
  if (
    /^the$/i.test(clean[0] ?? '') &&
    ((/^\p{Lu}+$/u.test(last) && ROLES.has(last.toLowerCase())) ||
      (clean.length <= 4 &&
        isOfficeTitle(last) &&
        isRoleNoun(last.toLowerCase()) &&
        clean.slice(1, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isFirstName(w))))
  )
    return nominal(clean);
  let start = runStart(clean, clean.length);
  while (
    start < clean.length &&
    NOT_NAME.has((clean[start] ?? '').toLowerCase()) &&
    !opensBody(clean.slice(start))
  )
    start++;
  // "the State Department": a common word naming an organisation's office stays in its name.
  if (start === clean.length - 1 && isOrgName(last) && isCap(clean[start - 1] ?? '')) start--;
  const run = clean.slice(start);
  let b = start - 1;
  if (/^(the|a|an)$/i.test(clean[b] ?? '')) b--;
  if (PREPOSITIONS.has((clean[b] ?? '').toLowerCase())) {
    // "George Zornick of The Nation": the person before the preposition is the subject.
    const owner = b >= 1 && isNameWord(clean[b - 1] ?? '') ? readChunk(clean.slice(0, b)) : null;
    if (owner?.kind === 'name' && !owner.org) {
      const tail = clean.slice(b).join(' ');
      return { ...owner, descriptor: owner.descriptor ? `${owner.descriptor} ${tail}` : tail };
    }
    const author = documentAuthor(clean);
    if (author) return author;
    // "Speaker of the House Rep. Paul Ryan": a title right before the name settles it; but "a
    // spokeswoman for Ms Castellano" is her voice.
    if (b === 2 && SPOKES_FOR.test(clean.slice(0, 3).join(' '))) return nominal(clean);
    return isTitledName(run) ? named(run, clean.slice(0, start)) : nominal(clean);
  }
  const pre = clean.slice(0, start);
  const pair = namedPair(pre, run);
  if (pair) return pair;
  // "a pro-Clinton super PAC", "director of the House Majority PAC": descriptions, not names;
  // "a defensive Obama" is a person described in passing.
  // "one senior Democrat" as "a senior Democrat"; but in "one which historian X calls" X is named.
  const unnamed =
    /^(a|an)$/i.test(pre[0] ?? '') ||
    (/^(one|another)$/i.test(pre[0] ?? '') && isRoleWords(pre.slice(1)));
  if (unnamed && pre.length > 1 && !isDescribedName(run, pre)) return nominal(clean);
  const lastPre = (pre[pre.length - 1] ?? '').toLowerCase();
  const prep = /^(the|a|an)$/.test(lastPre) ? (pre[pre.length - 2] ?? '').toLowerCase() : lastPre;
  if (PREPOSITIONS.has(prep)) return nominal(clean);
  if (PLACES.has(undotted(clean.slice(start).join(' ')))) return nominal(clean);
  // "one Democrat", "a Republican": a word that is no one's name after an article describes someone.
  return named(clean.slice(start), pre) ?? (unnamed ? nominal(clean) : null);
}

/**
 * "Head coach of the national team of Kyrgyzstan Bakyt Sultanaliev", "Chairman of the Board of
 * Directors of Kumtor Gold Company Tengiz Bolturuk": a long office, what it is of, then its
 * holder's name, as wire copy translated from Russian or Chinese writes them. The office opens
 * the chunk on capitalised or role words up to its first "of"; the name is its last two or three
 * words, none a word, place, body's or title's, after a word the office's object ends on (a
 * word, place or body's noun: "Kyrgyzstan", "Company", "Ministers").
 */
export function officeOfHolder(words: string[]): Subject | null {
  return opensOnOffice(words) ? holderAfterOffice(words) : null;
}

/** officeOfHolder's reading, for words opensOnOffice has passed. */
function holderAfterOffice(words: string[]): Subject | null {
  const of = words.indexOf('of');
  for (const n of [3, 2]) {
    const at = words.length - n;
    const name = words.slice(at);
    if (at - 1 <= of || !name.every((w, i) => isHolderNameWord(w, name[i - 1]))) continue;
    // "…of New Zealand Christopher Luxon", "…of Air Astana Ibrahim Canliel": a name opens on its
    // given name, not on a place's or a body's last word before it.
    if (n === 3 && !isKnownGivenName(name[0]!) && isKnownGivenName(name[1]!)) continue;
    if (lexiconType(`${words[at - 1]} ${name[0]}`) === 'place') continue;
    if (!endsOfficeObject(words, at)) continue;
    // Written with its office, as titled names are ("Former Secretary of State Madeleine Albright").
    const holder = named(name, words.slice(0, at));
    return holder?.kind === 'name' ? { ...holder, mention: words.join(' ') } : holder;
  }
  return null;
}

/**
 * "Head of Sport of the Kumtor Gold Company", "Minister of Foreign Affairs": an office (words
 * opensOnOffice has passed) whose object ends the chunk, on a body's noun, a place, or two words
 * English has for other things than names ("Mayor of London Sadiq Khan" ends on a name).
 */
function isUnheldOffice(words: string[]): boolean {
  if (words.length < 3) return false;
  const [other, last] = words.slice(-2) as [string, string];
  const word = (w: string): boolean => isEnglishWord(w.toLowerCase()) && !isAnyGivenName(w);
  return isOrgName(last) || lexiconType(last) === 'place' || (word(last) && word(other));
}

/**
 * An office's title opening `words`, capitalised, up to its first "of": title or role words and
 * what qualifies them only ("First Deputy Chairman", "Head coach"), no name ("Mr. Morgan of").
 */
function opensOnOffice(words: string[]): boolean {
  const of = words.indexOf('of');
  if (of < 1 || !isCap(words[0] ?? '')) return false;
  return words
    .slice(0, of)
    .every(
      (w) =>
        isTitle(w) ||
        isRoleNoun(w.toLowerCase()) ||
        OFFICE_MODIFIER.test(w) ||
        /^(?:First|Second|Third)$/.test(w),
    );
}

/**
 * Whether what an office is of ends right before `at`, on a capitalised word, place or body's
 * noun ("Kyrgyzstan", "New Zealand", "Company"); not "of" ("Director of the Port of Tanjung
 * Pelepas" names no one).
 */
function endsOfficeObject(words: string[], at: number): boolean {
  const word = words[at - 1] ?? '';
  if (!isCap(word)) return false;
  const place =
    lexiconType(word) === 'place' || lexiconType(words.slice(at - 2, at).join(' ')) === 'place';
  return place || isEnglishWord(word.toLowerCase()) || isOrgName(word);
}

/**
 * A word of a person's name after a long office: no word, place, body's noun or title ("Bakyt"),
 * or a surname English has after a listed given name ("Mark Young", "Hope King").
 */
function isHolderNameWord(w: string, given?: string): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$/u.test(w) &&
    (!isEnglishWord(w.toLowerCase()) ||
      isAnyGivenName(w) ||
      (!!given && isKnownGivenName(given))) &&
    lexiconType(w) !== 'place' &&
    !isOrgName(w) &&
    !isTitle(w)
  );
}

const BODY_JOINS = new Set(['of', 'for', 'and', 'the', '&']);

/** A public body's noun that what it is of may follow: "… Committee of the House of Commons". */
const BODY_BEFORE_OF =
  /^(?:Committee|Council|Department|Ministry|Board|Commission|Agency|Bureau|Office|Service|Authority|Tribunal|Inquiry)$/;

/** Nouns a government's name opens on before "of" and its place ("City of Winnipeg"). */
const GOVERNMENTS = new Set([
  'City',
  'Town',
  'Township',
  'Village',
  'Municipality',
  'County',
  'District',
  'Region',
  'Province',
  'Government',
]);

// Bodies named for the country or province they serve: "Statistics Canada", "Hydro-Québec",
// "Sport England", "Tourism Australia".
const NATION_NAMED =
  /^(?:Canada|Québec|Quebec|Ontario|Australia|England|Scotland|Wales|Ireland|Britain|Zealand)$/;

/**
 * A word that is no first name or place, then a country or province: a national body ("Health
 * Canada"); so are portfolios listed before it, as federal departments are named: up to five
 * words, a comma list of single words before one "and", then one to three words ("Fisheries and
 * Oceans Canada", "Immigration, Refugees and Citizenship Canada", "Employment and Social
 * Development Canada"); none a given name, a place or a region's word.
 */
export function isNationalBody(name: string): boolean {
  // "Hydro-Québec", "Radio-Canada": one hyphenated word.
  const spaced = name.split(/[\s,]+/);
  const words = spaced.length === 1 ? name.split('-') : spaced;
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || words.length > 6 || !NATION_NAMED.test(last)) return false;
  // "Fire and Emergency New Zealand", "Statistics New Zealand".
  if (last === 'Zealand' && words[words.length - 2] !== 'New') return false;
  const and = words.indexOf('and');
  if (and === 0 || (and > 0 && (and < words.length - 4 || and > words.length - 3))) return false;
  // Not a region ("Southwestern Ontario", "Atlantic Canada").
  const portfolio = (w: string): boolean =>
    w.split('-').every((part) => /^\p{Lu}\p{Ll}+$/u.test(part)) &&
    !/^(?:North|South|East|West)/.test(w) &&
    !isFirstName(w) &&
    !REGION_WORDS.has(w) &&
    lexiconType(w) !== 'place';
  const country = last === 'Zealand' ? words.length - 2 : words.length - 1;
  // "New Zealand" itself is a country, no body.
  if (country < 1) return false;
  return words.slice(0, country).every((w, i) => i === and || portfolio(w));
}

/**
 * A public body's name in full, or null: "Association of Municipalities of Ontario", "Office for
 * National Statistics" (a word naming a body, then "of" or "for"), "Australian Competition and
 * Consumer Commission", "Fisheries and Oceans Canada" (names joined by "and", ending on a word
 * naming a body or on "Canada", as federal departments do), "Marks & Spencer". Only capitalised
 * words and the words joining them, none a title before a name, none a given name unless "&"
 * joins them: "Jane Doe of the Heritage Foundation" is a person.
 */
function bodyName(words: string[]): string | null {
  // Most chunks hold no word joining a body's name: settled before anything else is asked.
  const join = words.findIndex((w) => BODY_JOINS.has(w));
  if (
    join < 1 ||
    words.length < 3 ||
    !isCap(words[0] ?? '') ||
    !isCap(words[words.length - 1] ?? '')
  )
    return null;
  if (!words.every((w) => BODY_JOINS.has(w) || (isCap(w) && !endsPossessive(w)))) return null;
  // "Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear", "Bank of England Governor
  // Bailey": a title before a name starts a person; not titles alone after "of the" ("Office of
  // the Chief Coroner"; "Bank of England Deputy Governor" still starts one).
  const isTitleWord = (w: string): boolean => isTitle(w) || w.split('-').some(isTitle);
  // Not before a body's noun and what it is for: "State Council for", "General Confederation of"
  // are no one's titles ("Mrs Hill of Leeds" is hers).
  const titled = (w: string, i: number): boolean =>
    isTitleWord(w) &&
    i + 1 < words.length &&
    !BODY_JOINS.has(words[i + 1] ?? '') &&
    !(i > 0 && titlesBody(words, i)) &&
    !(/^(?:the|of)$/.test(words[i - 1] ?? '') && words.slice(i + 1).every(isTitleWord));
  if (words.some(titled)) return null;
  // "Procter & Gamble", "Marks & Spencer", "Great Plains & Western Railway": "&" joins a firm's
  // name, whatever words it joins (a given name too); not "Procter & Gamble CEO Jon Moeller".
  if (words[join] === '&' && words.every((w) => w === '&' || isCap(w)) && words.length <= 6) {
    return words.join(' ');
  }
  if (words.some(isFirstName)) return null;
  // "the City of Winnipeg", "the Regional Municipality of Durham": a government by its place.
  const head = words[join - 1] ?? '';
  // "Centers for Disease Control and Prevention", "National Institutes of Health": in the plural too.
  const bodyWord = isOrgName(head) || (/[^s]s$/.test(head) && isOrgName(head.slice(0, -1)));
  // "Friends of the Earth", "Friends of Miller Park" (isFriendsOf): a group by what it stands for.
  const opens =
    /^(of|for)$/.test(words[join] ?? '') &&
    (bodyWord || GOVERNMENTS.has(head) || isFriendsOf(words));
  const last = words[words.length - 1] ?? '';
  // Portfolios joined by "and", the last a body's word: not "Smith and Jones of Statistics Canada".
  // What the body is of may follow its word: "Health and Social Care Committee of the House of
  // Commons".
  const of = words.findIndex((w, i) => i > join && (w === 'of' || w === 'for'));
  const bodyOf = of > join + 1 && BODY_BEFORE_OF.test(words[of - 1] ?? '');
  const joined =
    words[join] === 'and' &&
    words[join + 1] !== 'the' &&
    (of < 0 || bodyOf) &&
    (isOrgName(of < 0 ? last : (words[of - 1] ?? '')) ||
      last === 'Canada' ||
      isNationalBody(words.join(' ')));
  return opens || joined ? words.join(' ') : null;
}

/**
 * "David Albright and Ann Park of Washington’s Institute for Science", "Tom Reed of the campaign":
 * people named in full before "of", "at" or "with" are the subject, what follows describes them.
 */
function ownerBefore(words: string[]): Subject | null {
  if (words.length < 4) return null;
  const at = words.findIndex(
    (w, i) => i > 1 && (w === 'of' || w === 'at' || w === 'with') && isNameWord(words[i - 1] ?? ''),
  );
  if (at < 0) return null;
  const owner = readChunk(words.slice(0, at));
  if (owner?.kind !== 'name' || owner.org || !owner.name?.includes(' ')) return null;
  const tail = words.slice(at).join(' ');
  return { ...owner, descriptor: owner.descriptor ? `${owner.descriptor} ${tail}` : tail };
}

/**
 * "a Wednesday editorial in The Des Moines Register", "a letter from the Justice Department": a
 * document speaks for whoever sent or published it ("in" only for what a paper publishes), unless
 * the name is a place ("an ad from Iowa").
 */
export function documentAuthor(words: string[]): Subject | null {
  // "from", "by" or "in" must follow the noun, among the first five words: most chunks (leadingName
  // asks of every one) have none there, and are settled before any word is lowercased.
  if (!hasEarlyPreposition(words)) return null;
  const d = documentAt(words);
  const noun = (words[d] ?? '').toLowerCase();
  const prep = words[d + 1] ?? '';
  if (d < 0 || !/^(from|by|in)$/.test(prep)) return null;
  // The document opens the chunk: "She wrote an op-ed in the Toronto Star" is hers, not the paper's.
  if (d > 0 && !/^(a|an|the|this|that|one)$/i.test(words[0] ?? '')) return null;
  if (prep === 'in' && !/^(editorial|column|op-ed)$/.test(noun)) return null;
  const start = /^(the|The)$/.test(words[d + 2] ?? '') ? d + 3 : d + 2;
  const end = runEnd(words, start);
  if (end === start || (end < words.length && !/^\p{Ll}/u.test(words[end] ?? ''))) return null;
  const author = named(words.slice(start, end), []);
  const name = (author?.name ?? '').toLowerCase();
  return author && !PLACES.has(name) && lexiconType(name) !== 'place' ? author : null;
}

/** Whether "from", "by" or "in" is among a chunk's second to fifth words, where documentAuthor reads. */
function hasEarlyPreposition(words: string[]): boolean {
  for (let i = 1; i <= 4 && i < words.length; i++) {
    const w = words[i];
    if (w === 'from' || w === 'by' || w === 'in') return true;
  }
  return false;
}

/** Index of a document's noun among a chunk's first four words, or -1. */
function documentAt(words: string[]): number {
  // Only the first four are read: leadingName asks of every chunk, however long.
  for (let i = 0; i < 4 && i < words.length; i++)
    if (DOCUMENTS.has((words[i] as string).toLowerCase())) return i;
  return -1;
}

/**
 * "Former Ambassador John Bolton and Breitbart editor Dr. Sebastian Gorka": two people named
 * together, each by a full name, the second perhaps after its own role words, speak together
 * ("John Bolton and Sebastian Gorka"). Not an organisation and a person ("Yahoo News and anchor
 * Katie Couric"), nor a name the first only qualifies.
 */
function namedPair(pre: string[], run: string[]): Subject | null {
  const and = pre.lastIndexOf('and');
  if (and < 1) return null;
  // Between "and" and the second name, role words at most: "Breitbart News National Security editor".
  const between = pre.slice(and + 1);
  const last = between[between.length - 1];
  if (between.length > 0 && !isRoleNoun(last) && !isRoleWords(between)) return null;
  if (between.length > 0 && isRoleNoun(last) && between.length > 6) return null;
  // "Codevia CEO and co-founder Radu Mureșan": two roles of one person, not two people.
  // Not a surname that is a trade's word or a title too, after a given name ("Anthony Barber and
  // Sree Padma", "John Major and Tony Blair").
  const before = pre[and - 1] ?? '';
  const surname = isFirstName(pre[and - 2] ?? '') || isKnownGivenName(pre[and - 2] ?? '');
  if (!surname && (isTitle(before) || (/^\p{Ll}/u.test(before) && isRoleNoun(before)))) return null;
  const first = readChunk(pre.slice(0, and));
  const second = named(run, []);
  if (first?.kind !== 'name' || !second || second.org) return null;
  // "Yahoo News and former TV network anchor Katie Couric": the organisation is the person's.
  if (first.org) return isRoleNoun(last) && second.name?.includes(' ') ? named(run, between) : null;
  const names = [first.name ?? '', second.name ?? ''];
  // "Reed and Park said": two surnames alone make a pair too, when nothing else is in the chunk.
  const surnames = and === 1 && pre.length === 2 && names.every((n) => !n.includes(' '));
  if (!names.every((n) => (surnames || n.includes(' ')) && !isOrgName(n))) return null;
  if (surnames && names.some((n) => PLACES.has(n.toLowerCase()) || lexiconType(n) === 'place'))
    return null;
  return { kind: 'name', mention: [...pre, ...run].join(' '), name: names.join(PAIR_JOIN) };
}

/**
 * "said Tom Reed and Ann Park", "Two analysts, Patrick Megahan and Chris Harman, found…": a pair
 * opening a chunk, the second name ending it or running into its verb.
 */
function pairFrom(words: string[], and: number): Subject | null {
  // "Yahoo News and former TV network anchor Katie Couric": after an organisation, the name after
  // the role noun.
  const org = isOrgName(words[and - 1] ?? '');
  const role = org ? words.findIndex((w, x) => x > and && x <= and + 6 && isRoleNoun(w)) : -1;
  const from = role > 0 && isNameWord(words[role + 1] ?? '') ? role + 1 : and + 1;
  const k = words.findIndex((w, x) => x >= from && isNameWord(w));
  if (k < 0 || k > and + 7) return null;
  const end = runEnd(words, k);
  if (end < words.length && !/^\p{Ll}/u.test(words[end] ?? '')) return null;
  return namedPair(words.slice(0, k), words.slice(k, end));
}

/** "House Rep. Paul Ryan": a personal name after a title, not an institution. */
function isTitledName(run: string[]): boolean {
  const i = run.findLastIndex((w) => isTitle(w));
  return i >= 0 && i < run.length - 1 && !isOrgName(run.slice(i + 1).join(' '));
}

/** "a defensive Obama": one name after lowercase words, none of them a role. */
function isDescribedName(run: string[], pre: string[]): boolean {
  const [name = ''] = run;
  // "an angry Ann Park": a full name, first name first, can be described in passing too.
  const person = run.length === 1 || (run.length <= 3 && isFirstName(name));
  return (
    person &&
    !isTitle(name) &&
    !isOrgName(run.join(' ')) &&
    pre.slice(1).every((w) => /^\p{Ll}+$/u.test(w) && !ROLES.has(w))
  );
}

/** What a capitalised word before a hyphen describes a name by: "Calgary-based", "ASX-listed". */
export const DESCRIBED_BY =
  'based|area|born|raised|bred|led|backed|funded|linked|owned|leaning|aligned|allied|run|listed|headquartered|controlled|operated';

/** "Los Angeles-based", "Saudi-backed": a name made into a word describing something. */
export const DESCRIBING_SUFFIX = new RegExp(`^\\p{Lu}\\S*-(${DESCRIBED_BY})$`, 'u');

const PLACE_PREPOSITIONS = new Set('in at into from to across near outside inside'.split(' '));

/** The person named by the words right at the end, whatever comes before: "footage of Hillary Clinton". */
export function trailingName(tokens: Token[]): Subject | null {
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && tokens[i]?.kind === 'word'; i--) {
    words.unshift(tokens[i]?.text ?? '');
  }
  const start = runStart(words, words.length);
  if (start === words.length) return null;
  const subject = named(words.slice(start), []);
  return subject && !subject.org && !PLACES.has((subject.name ?? '').toLowerCase())
    ? subject
    : null;
}

/** Canada's provinces by their postal codes, which open bodies' names ("BC Hydro", "NB Power"). */
const PROVINCE_CODES = /^(?:BC|AB|SK|MB|ON|QC|NB|NS|PE|NL|PEI|YT|NT|NU)$/;

/** Words for a numbered seat on a council or board ("Ward 4", "District 9"). */
const SEATS = /^(?:Ward|District|Division|Precinct|Zone|Area|Region|Seat)$/;

/** Reads a chunk whose name comes first ("Judicial Watch president Tom Fitton, …", "the senator"). */
export function leadingName(words: string[]): Subject | null {
  // "Q: You’ve said…": an interviewer's label opens the line, not a name.
  if (words[0] === 'Q' && words.length > 1) return leadingName(words.slice(1));
  const first = words[0] ?? '';
  const author = words.length > 2 ? documentAuthor(words) : null;
  if (author) return author;
  // "he's committed to…", "she'd said": a contracted pronoun is still the subject.
  const lower = first.toLowerCase();
  const pronoun =
    lower.includes("'") || lower.includes('’') ? lower.replace(/['’](s|d|ll|ve|re)$/, '') : lower;
  if (PRONOUNS.has(pronoun)) return { kind: 'pronoun', mention: first, name: pronoun };
  let i = 0;
  while (i < words.length && i < 8) {
    const w = words[i] ?? '';
    if (
      !isNameWord(w) ||
      (NOT_NAME.has(w.toLowerCase()) &&
        !(OFFICE_NOUNS.test(words[i + 1] ?? '') && officeName([w, words[i + 1] ?? ''])))
    ) {
      i++;
      continue;
    }
    const j = runEnd(words, i);
    // "Ward 4 Coun. Daniel Mensah-Boateng", "District 9 Supervisor Ann Park": a numbered seat
    // before a name describes it.
    if (
      j === i + 1 &&
      SEATS.test(w) &&
      /^\d{1,3}$/.test(words[j] ?? '') &&
      isNameWord(words[j + 1] ?? '')
    ) {
      i = j + 1;
      continue;
    }
    // "Los Angeles-based attorney Edgar Martirosyan": a place before "-based" describes.
    if (words[j]?.includes('-') && DESCRIBING_SUFFIX.test(words[j] ?? '')) {
      i = j + 1;
      continue;
    }
    // "Carson’s longtime friend": a possessive name qualifies a description, or the name after it
    // ("Clinton’s top aide Jake Sullivan", "The Post’s Ruth Marcus").
    if (
      j < words.length &&
      endsPossessive(words[j - 1] ?? '') &&
      !isBodyPossessive(words[j - 1] ?? '', words.slice(j), words[j - 2])
    )
      return afterPossessive(words, j);
    // "the base chief stayed in Libya": a name after a place preposition is no subject.
    const before = (words[i - 1] ?? '').toLowerCase();
    const prep = /^(the|a|an)$/.test(before) ? (words[i - 2] ?? '').toLowerCase() : before;
    if (PLACE_PREPOSITIONS.has(prep)) return nominal(words.slice(0, 8));
    // "the laid-back Dartmouth resident", "the Vermont senator": a name before the role noun of a
    // description only qualifies it.
    // Unless a name follows the role: "The Ghanaian painter Akosua Mensah-Delacroix spoke" (below).
    // "The Thenmalai district administration has ordered…": one word no list knows as a person's,
    // before two nouns, names where the body is, not who acts.
    if (qualifiesCompound(words, i, j)) return nominal(words.slice(0, 8));
    const role = roleGap(words, j);
    const modifier = isModifier(words, i, j);
    if ((modifier && role <= j) || (!modifier && qualifiesObject(words, i, j)))
      return nominal(words.slice(0, 8));
    // Not after a person's full name and a verb ("Elin Lindqvist beat world champion Maria
    // Santos"), someone acting on the name; "Carolina Panthers head coach Ron Rivera" is a team's,
    // however its first word reads, and "Bernie Sanders campaign manager Faiz Shakir" a campaign's.
    if (role > j && !actsOn(words, i, j)) {
      const k = runEnd(words, role);
      return named(words.slice(role, k), words.slice(0, role));
    }
    if (words.slice(i, j).every((t) => isTitle(t))) {
      // "Leader of the Opposition Ripun Kalita": what the office is of opens the run after it.
      const held = words[j] === 'of' ? holderAfterOfThe(words, j) : null;
      if (held) return held;
      i = j;
      continue;
    }
    const pair = words[j] === 'and' ? pairFrom(words, j) : null;
    if (pair) return pair;
    // "former Ohio Gov. and party Chairman Tom Wexler": two titles of one person, whose name
    // follows the second.
    if (words[j] === 'and' && isTitle(words[j - 1] ?? '')) {
      i = j + 1;
      continue;
    }
    // "said the TD": a role written in capitals after "the" is a description, as "the TD said" is.
    const one = words[i] ?? '';
    if (
      j === i + 1 &&
      /^the$/i.test(before) &&
      /^\p{Lu}+$/u.test(one) &&
      ROLES.has(one.toLowerCase())
    )
      return nominal(words.slice(0, 8));
    // "one New Hampshire Democrat": a run ending in a role is a description of someone unnamed.
    const subject = named(words.slice(i, j), words.slice(0, i));
    return subject ?? (isCap(first) ? null : nominal(words.slice(0, 8)));
  }
  return isCap(first) ? null : nominal(words.slice(0, 8));
}

/**
 * The holder named after an office's "of the" at `of` when the run after it opens on what the
 * office is of ("Leader of the Opposition Ripun Kalita": Ripun Kalita), or null.
 */
function holderAfterOfThe(words: string[], of: number): Subject | null {
  const at = of + 2;
  if (!/^the$/i.test(words[of + 1] ?? '') || !isNameWord(words[at] ?? '')) return null;
  const run = words.slice(at, runEnd(words, at));
  const object = officeObjectLength(run);
  if (object === 0 || isOrgName(run.join(' '))) return null;
  const holder = named(run.slice(object), words.slice(0, at + object));
  return holder?.kind === 'name' ? holder : null;
}

/**
 * How many words opening a run after an office's "of the" are what the office is of, not its
 * holder's name ("Opposition" of "Leader of the Opposition Ripun Kalita", "Federal Reserve" of
 * "Chair of the Federal Reserve Jerome Powell"): words English has and no list gives as a given
 * name, two words at least left for the name.
 */
export function officeObjectLength(run: readonly string[]): number {
  let n = 0;
  while (n < run.length - 2 && isEnglishWord(run[n]!) && !isAnyGivenName(run[n]!)) n++;
  return n;
}

/** Whether the run words[i..j] is a person's full name and a verb follows it (leadingName). */
function actsOn(words: string[], i: number, j: number): boolean {
  const gap = words[j] ?? '';
  const verb = ACTING.test(gap) || isVerbForm(gap) || isPresentVerb(gap) || isMostlyVerb(gap);
  return verb && isPersonRun(words.slice(i, j));
}

/** Past tenses a sport's or a contest's lede puts between two names, that no list reads as verbs. */
const ACTING = /^(?:beat|met|led|won|lost|hit|saw|took|got|gave|upset|overcame|outlasted)$/;

/** A person's full name by its first word ("Elin Lindqvist"), not a body's or a place's ("Sierra Leone"). */
function isPersonRun(run: string[]): boolean {
  const name = run.join(' ');
  return (
    run.length >= 2 &&
    isFirstName(run[0] ?? '') &&
    !isOrgName(name) &&
    lexiconType(name) !== 'place'
  );
}

/** "The Thenmalai district administration": "The", one capitalised word, two lowercase nouns. */
function qualifiesCompound(words: string[], i: number, j: number): boolean {
  if (i !== 1 || j !== 2 || !/^the$/i.test(words[0] ?? '')) return false;
  const word = words[1] ?? '';
  if (lexiconType(word) === 'person' || isKnownGivenName(word)) return false;
  // Not a verb in -s after the name ("The Mahabharata compliments them").
  const noun = words[2] ?? '';
  const next = words[3] ?? '';
  if (noun.endsWith('s') || !isPlainNoun(noun) || !isPlainNoun(next) || PRONOUNS.has(next))
    return false;
  // Not a role before a name: "The Labour party leader Keir Starmer spoke", "The Birmingham city
  // council leader John Cotton": a capitalised word within two more lowercase words of the nouns.
  let k = 4;
  while (k < 7 && /^\p{Ll}/u.test(words[k] ?? '')) k++;
  return !isCap(words[k] ?? '') || k > 5;
}

/** A lowercase word that is no function word nor a verb's form: "district", "administration". */
const isPlainNoun = (w: string): boolean =>
  /^\p{Ll}{3,}$/u.test(w) &&
  !FUNCTION_WORDS.has(w) &&
  !isVerbForm(w) &&
  !isPresentVerb(w) &&
  !isReportingVerb(w) &&
  !/(?:ed|ly)$/.test(w);

/** A name run from `i` to `j` after "the" (and adjectives), followed by a role noun that ends the chunk. */
function isModifier(words: string[], i: number, j: number): boolean {
  const noun = words[j] ?? '';
  if (
    !/^(the|a|an|one|another)$/i.test(words[0] ?? '') ||
    i === 0 ||
    !/^\p{Ll}[\p{Ll}-]*$/u.test(noun)
  )
    return false;
  const between = words.slice(1, i);
  const plain = between.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !FUNCTION_WORDS.has(w));
  // A player's position too: "The former Wallabies flanker said" (his old team qualifies it).
  const role = ROLES.has(noun) || isActorNoun(noun) || POSITIONS.has(noun);
  // Not a plural or a past form ("boss" is neither).
  return plain && (role || j === words.length - 1) && !/(?:ed|[^s]s)$/.test(noun);
}

/**
 * "The head of a Manitoba charity says", "a spokesman for the northern Manitoba Indigenous
 * organization": a place's or a people's name after a preposition and its article (and an
 * adjective or two), before a lowercase noun, only qualifies that noun. Not "the head of the
 * Sierra Club said": a verb is no noun.
 */
function qualifiesObject(words: string[], i: number, j: number): boolean {
  const noun = words[j] ?? '';
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || /(ed|s)$/.test(noun) || FUNCTION_WORDS.has(noun))
    return false;
  if (isReportingVerb(noun)) return false;
  // A person's or a body's name may be the object itself: "give the chair of the DNC authority",
  // "a spokesman for the Clinton campaign" (read as Clinton's, as before).
  const run = words.slice(i, j);
  if (
    run.some((w) => /^\p{Lu}{2,}$/u.test(w) || lexiconType(w) === 'person' || isKnownGivenName(w))
  )
    return false;
  let k = i - 1;
  while (k > i - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k] ?? '') && !ARTICLES.test(words[k] ?? ''))
    k--;
  return ARTICLES.test(words[k] ?? '') && OBJECT_PREPOSITIONS.has(words[k - 1] ?? '');
}

const ARTICLES = /^(?:the|a|an)$/;
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from']);

/** The name after "X’s" and role words, or the whole chunk as a description. */
function afterPossessive(words: string[], j: number): Subject | null {
  for (let k = j; k < j + 6 && k < words.length; k++) {
    if (!isNameWord(words[k] ?? '')) continue;
    if (!isRoleWords(words.slice(j, k))) break;
    const end = runEnd(words, k);
    return named(words.slice(k, end), words.slice(0, k));
  }
  return nominal(words.slice(0, 8));
}

/**
 * "Olympic rower Hannah Birch": one capitalised word, one lowercase noun, then a first name — the
 * noun is a role. Not "Reed attacked Jim Cole" or "Reed supports Jim Cole".
 */
function adjectiveRole(words: string[], j: number, k: number): boolean {
  const gap = words[j] ?? '';
  return (
    k === j + 1 &&
    isFirstName(words[k] ?? '') &&
    !isNameWord(words[j - 2] ?? '') &&
    /^\p{Ll}+$/u.test(gap) &&
    !/(ed|s)$/.test(gap)
  );
}

/** "Former US secretary of state Madeleine Albright": a role noun and its "of" phrase before the name. */
function roleOf(words: string[], j: number, k: number): boolean {
  return k - j >= 3 && isRoleNoun(words[j]) && words[j + 1] === 'of';
}

/** A role noun, by the listed roles or compromise's lexicon; "co-host", "ex-aide" are roles too. */
export function isRoleNoun(word: string | undefined): boolean {
  const lower = (word ?? '').toLowerCase();
  const role = lower.replace(/^(co|ex|vice)-/, '');
  if (ROLES.has(role) || isActorNoun(role) || isCompoundRole(role)) return true;
  // "co-ordinator", as Canadian and British copy spells "coordinator".
  const joined = lower.replace('-', '');
  if (role !== lower && (ROLES.has(joined) || isActorNoun(joined))) return true;
  // "singer-songwriter", "player-coach", "writer-director": two roles joined.
  const parts = role.split('-');
  return parts.length === 2 && parts.every((part) => part !== '' && isRoleNoun(part));
}

/** A noun for one person: a role or trade, a player's position, a relative ("the winger", "the mother"). */
export function isPersonNoun(word: string | undefined): boolean {
  const w = (word ?? '').toLowerCase();
  return isRoleNoun(w) || POSITIONS.has(w) || KIN_NOUNS.has(w);
}

/** "Analysts at Peel Hunt said", "Residents said": a role noun in the plural, a group, never "he". */
export function isPluralRole(name: string): boolean {
  // "MPs", "Opposition MPs", "Liberal MPs": an office's letters in the plural, after a word
  // that qualifies it.
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (/^\p{Lu}{2,4}s$/u.test(last) && words.length <= 2 && !isFirstName(words[0] ?? ''))
    return isOfficeTitle(last.slice(0, -1));
  // "Fishermen have been advised…", "Congressmen": a compound in -man in the plural (not
  // "Carmen", "Yemen" or the historian Sozomen).
  if (/^\p{Lu}\p{Ll}+men$/u.test(name))
    return name.length >= 8 || isPersonNoun(`${name.slice(0, -3).toLowerCase()}man`);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return false;
  const one = name.slice(0, -1).toLowerCase();
  return isRoleNoun(one) || one === 'fan';
}

/**
 * "speechwriter", "policymaker", "assemblywoman": a closed compound, four letters or more before
 * a last part that makes people nouns. Any role noun would take in "wheelchair" (chair),
 * "alternative" (native) or "transparent" (parent).
 */
function isCompoundRole(word: string): boolean {
  for (let i = 4; i <= word.length - 5; i++) {
    if (COMPOUND_HEADS.has(word.slice(i)))
      return /^\p{Ll}+$/u.test(word) && !THING_COMPOUNDS.has(word);
  }
  return false;
}

/** Last parts of closed compounds naming people: "-writer", "-maker", "-woman". */
const COMPOUND_HEADS = new Set(
  'writer maker woman leader teacher member worker surgeon delegate secretary attorney pollster builder'.split(
    ' ',
  ),
);

/** Compounds on those parts that name a thing or a firm, not a person. */
const THING_COMPOUNDS = new Set('typewriter automaker carmaker drugmaker moneymaker'.split(' '));

/** "1st", "22nd": an ordinal, which may stand among role words ("Air Force 1st Lt."). */
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/** A word of a description between an institution and a titled name: an ordinal or a plain role word. */
const describes = (w: string): boolean =>
  ORDINAL.test(w) ||
  (/^\p{Ll}+$/u.test(w) &&
    !/(ed|s)$/.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !isPlainWord(w) &&
    !isReportingVerb(w));

/** Only a-z and hyphens: letters and hyphens by /[^\p{L}-]/u, settled without it. */
function isLowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
}

/** After a name run ending at `j`: where a second name starts when role words lie between. */
function roleGap(words: string[], j: number): number {
  for (let k = j, end = j + 4; k < end && k < words.length; k++) {
    const w = words[k] ?? '';
    // "Veridane co-founder and CEO Avery Lindqvist": two roles joined are one role.
    if (k > j && /^(?:and|&)$/.test(w) && isRoleNoun(words[k - 1]) && isRoleNoun(words[k + 1])) {
      k++;
      end += 2;
      continue;
    }
    if (isNameWord(w)) {
      const role =
        k > j &&
        (isRoleNoun(words[k - 1]) ||
          isDoubledAgent(words[k - 1] ?? '') ||
          roleOf(words, j, k) ||
          adjectiveRole(words, j, k) ||
          titledAfter(words, j, k));
      return role ? k : -1;
    }
    if (isCap(w) || (!isLowerAscii(w) && /[^\p{L}-]/u.test(w) && !ORDINAL.test(w))) return -1;
  }
  return -1;
}

/**
 * "Oversight ranking Democrat Elijah Cummings", "Air Force 1st Lt. Jo Reyes": after one capitalised
 * word or an institution, a run that opens with a title and goes on to a full name is the person, and the words
 * before it only describe them, unless a verb may lie between ("Reed met Gov. Ann Park").
 */
function titledAfter(words: string[], j: number, k: number): boolean {
  // Most runs open on no title: settled before the words before them are read as a body's name.
  const run = words.slice(k, runEnd(words, k)).map(cleanName);
  if (!isTitle(run[0] ?? '')) return false;
  const before = words.slice(runStart(words, j), j);
  const one = before.length === 1 && !isFirstName(before[0] ?? '');
  if (!one && !isOrgName(before.join(' '))) return false;
  return words.slice(j, k).every(describes) && stripTitles(run).length >= 2;
}
