/** Reading the subject of a clause across commas: appositives, inverted verbs, sentence subjects. */
import {
  FUNCTION_WORDS,
  MONTHS,
  PLACES,
  PREPOSITIONS,
  PRONOUNS,
  ROLES,
  SUBORDINATORS,
  TITLED_NOUNS,
  ORG_NOUNS,
} from './lexicon.js';
import {
  cleanName,
  endsPossessive,
  firmByPossessive,
  isCap,
  officeOfHolder,
  isPersonNoun,
  isRoleNoun,
  isRoleWords,
  isSchoolYear,
  leadingName,
  readChunk,
  type Subject,
} from './subject.js';
import { datelineEnd, type Token } from './tokens.js';
import { isActorNoun, lexiconType } from './lexicon-types.js';
import {
  NAME_PARTICLES,
  OFFICE_NOUNS,
  isAnyGivenName,
  isEnglishWord,
  isFirstName,
  isGivenInFullName,
  isOrgName,
  isTitle,
} from '../text/names.js';

/** True when a chunk reads as an appositive description ("a security expert at X"). */
/** Adverbs an appositive may open on: "also a GOP hopeful", "now the party's leader". */
const ALSO = /^(?:also|now|still|once|formerly|himself|herself|themselves)$/i;

export function isDescription(words: string[]): boolean {
  const first = words[0] ?? '';
  // "…in Portland, Maine, on Thursday afternoon, Trump…": when, not who the place is.
  if (isTimePhrase(words)) return false;
  // "Ted Cruz, also a GOP presidential hopeful, said": an adverb before the description.
  if (ALSO.test(first) && /^(a|an|the|one|another|his|her|their|its)$/i.test(words[1] ?? ''))
    return true;
  return (
    // Party tags, ages and home states: "Jason Chaffetz, R-Utah,", "Cory James, 22, of Flint, Mich.,".
    /^([RDI]-\p{Lu}|\d)/u.test(first) ||
    isPlace(words) ||
    /^(a|an|the|one|another|his|her|their|its|our|who|which|whose)$/i.test(first) ||
    // "New Jersey’s sitting governor"
    words.slice(0, 3).some((w, i) => endsPossessive(w) && /^\p{Ll}/u.test(words[i + 1] ?? '')) ||
    // Lowercase starts an appositive, unless it is a verb phrase ("has set up a website",
    // "tabled her report").
    (!isCap(first) && !PRONOUNS.has(first) && !FUNCTION_WORDS.has(first) && !isVerbPhrase(words)) ||
    isTitle(first) ||
    // "NSW chief health officer", "Ontario Nurses' Association president": a role ends it.
    (words.length > 1 && ROLES.has(words[words.length - 1] ?? '')) ||
    roleOfSomething(words)
  );
}

/** "Managing Director", "Chief Executive Officer": a role written as a title, capitalised. */
function isTitledRole(words: string[]): boolean {
  return (
    words.length > 1 &&
    words.every((w) => isCap(w) || w === 'and' || w === '&') &&
    isRoleNoun(words[words.length - 1])
  );
}

/**
 * "the engineer points to his knees": "the", up to two lowercase words, a role noun, then a verb's
 * word; not a description going on ("the senator from Texas", "the governor and a friend").
 */
function actsAfterRole(part: string[]): boolean {
  const role = part.findIndex((w, i) => i > 0 && i <= 3 && /^\p{Ll}/u.test(w) && isRoleNoun(w));
  const next = part[role + 1] ?? '';
  return (
    role > 0 &&
    /^\p{Ll}/u.test(next) &&
    !PREPOSITIONS.has(next) &&
    !FUNCTION_WORDS.has(next) &&
    !DESCRIPTION_GOES_ON.has(next)
  );
}

/** Words after a role noun that carry its description on: "the neurosurgeon turned candidate". */
const DESCRIPTION_GOES_ON = new Set([
  'and',
  'or',
  'nor',
  'turned',
  'whose',
  'whom',
  'himself',
  'herself',
]);

/** A preposition, then a day, a month or a year: "on Thursday afternoon", "in March", "in 2016". */
function isTimePhrase(words: string[]): boolean {
  // Asked of every chunk read as a description: most open on no preposition.
  if (!PREPOSITIONS.has(words[0] ?? '')) return false;
  const next = words[1] ?? '';
  return YEAR.test(next) || MONTH.test(next) || lexiconType(next) === 'time';
}

const YEAR = /^(?:1[89]|20)\d\d$/;
// Every month by name: compromise's lexicon types neither "March" nor "May" as a time.
const MONTH = new RegExp(`^(?:${MONTHS})$`);

/** "South Carolina director for Sanders": capitalised qualifiers, a role, and whose it is. */
function roleOfSomething(words: string[]): boolean {
  const k = words.findIndex((w) => /^\p{Ll}/u.test(w));
  const role = words[k] ?? '';
  return (
    k >= 1 &&
    k <= 3 &&
    (ROLES.has(role) || isActorNoun(role)) &&
    PREPOSITIONS.has(words[k + 1] ?? '')
  );
}

/** A chunk that only names a place, by the listed places or compromise's lexicon ("Sacramento"). */
function isPlace(words: string[]): boolean {
  if (words.length > 3) return false;
  const name = words.join(' ').replace(/\.$/, '');
  return (words.length <= 2 && PLACES.has(name.toLowerCase())) || lexiconType(name) === 'place';
}

/**
 * Whether `near`, a body's name ("University of Jaffna"), is set off after a part that ends on a
 * unit of a body someone is "of" or "at" ("… of the Department of Economics", "a lecturer at the
 * School of Law"): where they work, not who speaks.
 */
function isAffiliation(near: string[], before: string[]): boolean {
  if (!/^\p{Lu}/u.test(near[0] ?? '') || !near.some((w) => isOrgName(w))) return false;
  // The unit's name runs from the first "of" or "at" to the part's end: "the Department of
  // Economics" (capitalised words, and "of", "for", "and" between them).
  const at = before.findIndex((w) => w === 'of' || w === 'at');
  const unit = at > 0 ? before.slice(before[at + 1] === 'the' ? at + 2 : at + 1) : [];
  return (
    unit.length > 0 &&
    /^\p{Lu}/u.test(unit[0]!) &&
    unit.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and)$/.test(w)) &&
    isOrgName(unit[0]!) &&
    // Opening on the person, by a title, a name no English word, or a description ("a lecturer
    // at the Department of Economics"): not "Responding to claims by Dr Amina Yusuf of the
    // Department of Surgery, Kenyatta National Hospital said".
    (isTitle(before[0] ?? '') ||
      /^(?:a|an)$/.test(before[0] ?? '') ||
      (/^\p{Lu}/u.test(before[0] ?? '') && !isEnglishWord(before[0]!)))
  );
}

/** "tabled her report", "visited the site": a past tense before a determiner is a predicate. */
function isVerbPhrase(words: string[]): boolean {
  return /^\p{Ll}{3,}ed$/u.test(words[0] ?? '') && DETERMINER.test(words[1] ?? '');
}

const DETERMINER = /^(the|a|an|her|his|their|its|our|my|this|that|these|those)$/;

/** Splits words on commas (and dashes, for appositives) into chunks. */
export function chunks(tokens: Token[], dashes = false): string[][] {
  const chunk = chunkReader(tokens, dashes);
  const out: string[][] = [];
  for (let part = chunk(0); part; part = chunk(out.length)) out.push(part);
  return out;
}

/**
 * The chunks `chunks` gives, each read only when first asked for (by its index; undefined past
 * the last): a sentence's subject is mostly settled by its first chunk or two.
 */
function chunkReader(tokens: Token[], dashes = false): (c: number) => string[] | undefined {
  const read: string[][] = [];
  let i = 0;
  let inName = -1; // the end of a body's name whose commas are its own ("Immigration, Refugees…")
  let tried = -1; // commas up to here were asked about and begin no body's name
  return (c) => {
    while (read.length <= c && i < tokens.length) {
      const words: string[] = [];
      for (; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        // Asked once a comma: a long list without a body's name after it is read once, not again
        // from each of its commas.
        if (i > inName && i > tried && t.text === ',' && words.length > 0) {
          inName = listedBody(tokens, i);
          // Only a list that was read and named no body is skipped: "In a statement, a
          // spokesperson for Immigration, Refugees and Citizenship Canada" asks again.
          if (inName < 0 && isPortfolio(tokens[i - 1]) && isCapToken(tokens[i + 1]))
            tried = i + LISTED_MOST;
        }
        // The body's own comma stays with its word: "Immigration, Refugees and Citizenship Canada".
        if (i < inName && t.text === ',') {
          words[words.length - 1] += ',';
          continue;
        }
        if (endsChunk(t, dashes)) {
          if (words.length === 0) continue; // nothing between two commas: no chunk
          i++;
          break;
        }
        if (t.kind === 'word') words.push(t.text);
      }
      if (words.length > 0) read.push(words);
    }
    return read[c];
  };
}

const isCapToken = (t: Token | undefined): boolean => t?.kind === 'word' && isCap(t.text);

/**
 * "Immigration, Refugees and Citizenship Canada", "Ministry of Children, Community and Social
 * Services": where the comma at `comma` is one inside a body's name listing its portfolios, the
 * index of the name's last word; else -1. The list runs on capitalised words and commas to an
 * "and", and its last word names a body or is "Canada", as federal departments' names end.
 */
export function listedBody(tokens: Token[], comma: number): number {
  if (!isCapToken(tokens[comma + 1]) || !isPortfolio(tokens[comma - 1])) return -1;
  // "Department of Agriculture, Fisheries and Forestry", "Council for Science, Technology and
  // Environment": an office's portfolios, one of them a word firms' names end on ("Fisheries").
  const ofOffice =
    /^(?:of|for)$/.test(tokens[comma - 2]?.text ?? '') &&
    OFFICE_NOUNS.test(tokens[comma - 3]?.text ?? '');
  // Alone between the list's marks: not "Beaumont Hospital", "Network Rail" (a body of its own).
  const listed = (j: number): boolean => {
    const t = tokens[j]!;
    if (isPortfolio(t)) return true;
    const alone = tokens[j - 1]?.text === ',' && /^(?:,|and)$/.test(tokens[j + 1]?.text ?? '');
    return (
      ofOffice && alone && PORTFOLIO_SHAPE.test(t.text) && !isTitle(t.text) && !isFirstName(t.text)
    );
  };
  let and = -1;
  let j = comma + 1;
  // Departments' names are short: a list reaching further names no one body.
  for (const end = Math.min(tokens.length, comma + LISTED_MOST); j < end; j++) {
    const t = tokens[j] as Token;
    // Portfolios, not bodies or titles of their own: "MSNBC, CNN and Fox Business Network" are
    // three, and "Jane Doe, President and CEO of Acme" is a person.
    if (isCapToken(t) && (and > 0 ? !isTitle(t.text) : listed(j))) continue;
    if (t.text === ',' && and < 0 && isCapToken(tokens[j + 1])) continue;
    // "Agriculture, Food and the Marine": Ireland's departments write an article after "and".
    // One portfolio's word after it: not "Finance, Revenue and the Central Bank", another body.
    const article =
      tokens[j + 1]?.text === 'the' && isPortfolio(tokens[j + 2]) && !isCapToken(tokens[j + 3]);
    if (t.text === 'and' && and < 0 && (isCapToken(tokens[j + 1]) || article)) {
      and = j;
      if (article) j++;
      continue;
    }
    break;
  }
  const last = tokens[j - 1]?.text ?? '';
  // "Ministry of Agriculture, Forestry and Fisheries": an office "of" its portfolios, whatever
  // the last one's word.
  // Not "The Department of Energy, Exxon and Chevron": no item the lexicon knows as a firm.
  const office =
    ofOffice && tokens.slice(comma + 1, j).every((t) => !isCapToken(t) || !lexiconType(t.text));
  const body =
    office || last === 'Canada' || (isOrgName(last) && /\p{Ll}/u.test(last) && !isTitle(last));
  return and > 0 && body ? j - 1 : -1;
}

/** A portfolio's shape: one capitalised word. */
const PORTFOLIO_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/** How many tokens a department's name listing its portfolios may run to from its first comma. */
const LISTED_MOST = 12;

/** A portfolio's word: "Refugees", "Community"; no given name, title, body or "FedEx". */
function isPortfolio(t: Token | undefined): boolean {
  const w = t?.text ?? '';
  return (
    t?.kind === 'word' &&
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    !isOrgName(w) &&
    !isTitle(w) &&
    !isFirstName(w)
  );
}

function endsChunk(t: Token, dashes: boolean): boolean {
  if (t.kind === 'punct') return t.text === ',' || (dashes && /^[—–―]$/.test(t.text));
  // "on “CBS This Morning,” Sanders said": the comma inside the marks sets off what follows.
  return t.kind === 'quote' && t.text.endsWith(',');
}

/**
 * The subject of a reporting verb from the tokens before it (same clause):
 * "Marcus Galauskas, a security expert," / "A top strategist, John Weaver," / "he".
 */
export function subjectBefore(tokens: Token[]): Subject | null {
  // "A former candidate -- John McCain, who lost in 2008 -- said": dashes set off appositives too.
  const parts = chunks(afterDateline(tokens), true);
  // "The civic body, in a statement, said": an aside set off before the verb is not its subject
  // (but "in a clip that Judge Mosman called" is no aside, nor "after Becky Quick said").
  const last = parts[parts.length - 1] ?? [];
  const aside = ASIDE.test(last[0] ?? '') && last.length <= 6 && tokens.at(-1)?.text === ',';
  if (parts.length > 1 && aside) parts.pop();
  let near = parts[parts.length - 1];
  if (!near) return null;
  // "The veteran striker, 34, fumed": an age set off after a description is no subject of its own
  // (after a name, "Harriet Mbeki, 61, says", the walk back over descriptions below reads it).
  const owner = parts[parts.length - 2];
  if (
    owner &&
    owner.length <= 6 &&
    /^(?:[Tt]he|[Aa]n?)$/.test(owner[0] ?? '') &&
    near.length === 1 &&
    /^\d{1,3}$/.test(near[0] ?? '')
  ) {
    parts.pop();
    near = parts[parts.length - 1]!;
  }
  const nearSubject = firmByPossessive(near) ?? readChunk(near) ?? coordinatedSubject(near);
  // "Scott Pruitt, one of the officials suing the EPA, said": a name inside a description is its object.
  const inDescription =
    nearSubject?.kind === 'name' &&
    parts.length > 1 &&
    (isDescription(near) || isParticipial(near)) &&
    near.some((w) => /^\p{Ll}/u.test(w)) &&
    !isRoleAndName(near, nearSubject);
  // "Michael Seaman, who lives outside the state capital, Sacramento, said": a place set off last
  // is where the subject lives; the name is further back.
  // So is a body set off after a person's unit in it: "Prof. Selvaratnam Kugathasan of the
  // Department of Economics, University of Jaffna, said".
  const affiliation = parts.length > 1 && isAffiliation(near, parts[parts.length - 2]!);
  const place = affiliation || (parts.length > 1 && isPlace(near));
  // "Shailesh Chandra, Managing Director, Tata Motors Ltd, said": the body is where the role is
  // held, the name before the role holds it.
  const role = parts[parts.length - 2];
  const holder =
    nearSubject?.kind === 'name' && parts.length >= 3 && role && isTitledRole(role)
      ? readChunk(parts[parts.length - 3] ?? [])
      : null;
  if (holder?.kind === 'name' && !holder.org)
    return { ...holder, descriptor: `${role!.join(' ')}, ${near.join(' ')}` };
  // "Maria Lopez, who runs the shop with her husband, Tom Lopez, said": a name set off after the
  // noun a relative clause ends on is that noun's; the clause's own subject, before it, speaks.
  // Only where the sentence opens on that subject: not "In a statement that describes Mrs.
  // Dubose, who is determined to…, Atticus tells Jem".
  const relative = parts[parts.length - 2];
  if (
    nearSubject?.kind === 'name' &&
    !place &&
    parts.length === 3 &&
    parts[0]!.every((w) => /^\p{Lu}/u.test(w)) &&
    !/^(?:unlike|like|behind|alongside|besides|beside|replacing|for|of|after|before|with|without|against|despite)$/i.test(
      parts[0]![0] ?? '',
    ) &&
    /^(?:who|whose)$/i.test(relative?.[0] ?? '') &&
    /^\p{Ll}+$/u.test(relative?.at(-1) ?? '')
  ) {
    const head = readChunk(parts[parts.length - 3]!);
    if (head?.kind === 'name' && !head.org) return head;
  }
  if (nearSubject && nearSubject.kind !== 'nominal' && !inDescription && !place) {
    const far = parts[parts.length - 2];
    if (
      nearSubject.kind === 'name' &&
      far &&
      far.length <= 8 &&
      /^(a|an|the)$/i.test(far[0] ?? '')
    ) {
      return { ...nearSubject, descriptor: far.join(' ') };
    }
    return nearSubject;
  }
  // "…, and she used to stand over my desk and say": the pronoun opening a coordinated clause.
  const pronoun = (near[1] ?? '').toLowerCase();
  if (!nearSubject && OWN_CLAUSE.test(near[0] ?? '') && /^(he|she|they)$/.test(pronoun))
    return { kind: 'pronoun', mention: near[1] ?? '', name: pronoun };
  // "Massie used to back Paul, but now said": a second verb shares the sentence's subject.
  if (!nearSubject && OWN_CLAUSE.test(near[0] ?? '')) return sentenceSubject(tokens);
  // "The father of three, speaking from his sister's home, said": an aside opening on a participle
  // tells what the subject did; the description before it is the subject.
  if (nearSubject?.kind === 'nominal' && parts.length === 2 && isParticipial(near)) {
    const opening = readChunk(parts[0] ?? []);
    if (opening?.kind === 'nominal' && /^the$/i.test(parts[0]?.[0] ?? '')) return opening;
  }
  // "Geoff Garin, a pollster who works with X, a super PAC, said": walk back over appositives.
  const descriptions: string[][] = [];
  for (let i = parts.length - 1; i >= 0 && descriptions.length < 5; i--) {
    const part = parts[i] ?? [];
    // The body set off last is where the subject works: part of their description.
    if (i === parts.length - 1 && affiliation) {
      descriptions.unshift(part);
      continue;
    }
    const subject =
      i === parts.length - 1 && !place
        ? nearSubject
        : i === 0
          ? openingPart(part, parts[1])
          : readChunk(part);
    if (subject?.kind === 'name' && i < parts.length - 1 && ownsClause(part, subject)) {
      return { ...subject, descriptor: descriptions.map((d) => d.join(' ')).join(', ') };
    }
    // "one neighbour, who asked not to be named, said", "the mayor, who took office in May,
    // said": a description opening the subject is the one its relative clause is set off after
    // (not "Tom Reed, a retired teacher, who lives nearby, said": a name before it owns both).
    if (
      subject?.kind === 'nominal' &&
      i === 0 &&
      parts.length > 1 &&
      /^(?:a|an|one|another|the)$/i.test(part[0] ?? '') &&
      part.length <= 5 &&
      /^(?:who|whose)$/i.test(parts[i + 1]?.[0] ?? '') &&
      // Not "a woman, who gave her name only as Lorna, said": the clause names her.
      !(parts[i + 1] ?? []).some((w) => /^(?:name|called|identified)$/i.test(w))
    )
      return subject;
    // "Ted Cruz, when asked about it, responded": a clause set off inside the subject's own.
    if (i > 0 && SUBORDINATORS.has((part[0] ?? '').toLowerCase())) continue;
    // "President Obama said he expected that Americans": a clause, not an appositive.
    const described = isDescription(part) || isParticipial(part);
    if (!described || part.some((w) => /^(said|says|told|tells)$/i.test(w))) break;
    descriptions.unshift(part);
  }
  return nearSubject;
}

/**
 * "…, but the Reed campaign rejected": a description after a coordinator is the new clause's own
 * subject ("but now said" has none, and shares the sentence's).
 */
/** Coordinators after which a clause names its own subject ("…, but the campaign rejected"). */
const OWN_CLAUSE = /^(and|but|yet)$/i;

const TIME_NOUN =
  /^(?:day|morning|afternoon|evening|night|week|weekend|month|year|season|summer|winter|spring|fall|autumn|time|hour|minute|moment|decade)s?$/i;

function coordinatedSubject(near: string[]): Subject | null {
  if (!OWN_CLAUSE.test(near[0] ?? '') || !/^(the|a|an|one|another)$/i.test(near[1] ?? ''))
    return null;
  // "…, and one morning told his players", "and another time told reporters": a time, not a subject.
  if (/^(one|another)$/i.test(near[1] ?? '') && TIME_NOUN.test(near[2] ?? '')) return null;
  return readChunk(near.slice(1));
}

/**
 * The chunk opening a clause, read as its subject. "Paris, who used to work on Capitol Hill, said":
 * a place's name that a "who" clause describes is a person's (but in "Cory James, of Flint, Mich.,
 * who…" the place set off after a name is where that person lives).
 */
function openingPart(part: string[], next: string[] | undefined): Subject | null {
  const read = readChunk(part);
  const described = next?.[0] === 'who' || (next !== undefined && isDescription(next));
  if (read?.kind !== 'nominal' || !described || !isPlace(part)) return read;
  const name = part.map(cleanName).join(' ');
  return { kind: 'name', mention: name, name };
}

/**
 * "Jane Doe, also campaigning in Ohio, said": a participle phrase set off by commas describes the
 * subject before it, as an appositive does.
 */
function isParticipial(words: string[]): boolean {
  const lead = /^(also|still|now|then|\p{Ll}+ly)$/u.test(words[0] ?? '') ? words[1] : words[0];
  return /^\p{Ll}{3,}ing$/u.test(lead ?? '') && !/^(according|saying|adding)$/.test(lead ?? '');
}

/** "when asked about Trump", "during a visit to Ohio": a chunk whose names are not its subject. */
/**
 * Whether a name read from a chunk is the subject of the clause that follows: not in "when asked
 * about Trump", but in "while Mike Huckabee, the former governor, proposed", where only the
 * subordinator comes before the name.
 */
function ownsClause(words: string[], subject: Subject): boolean {
  if (!opensClause(words)) return true;
  // "in what Bay Buchanan, national treasurer for the campaign, called": "what" makes the name
  // the subject of the clause it opens.
  const before = words.slice(0, words.length - subject.mention.split(' ').length);
  if (before.length <= 2 && before[before.length - 1]?.toLowerCase() === 'what') return true;
  return (
    SUBORDINATORS.has((words[0] ?? '').toLowerCase()) &&
    words.length === 1 + subject.mention.split(' ').length
  );
}

const opensClause = (words: string[]): boolean => {
  const first = (words[0] ?? '').toLowerCase();
  return SUBORDINATORS.has(first) || PREPOSITIONS.has(first);
};

const NOT_DESCRIPTION =
  /^(who|which|whose|adding|saying|noting|in|on|at|as|after|when|while|and|but|during|before|referring|speaking|according|told|to|with|from)$/i;

/** "digital consultant Phil Musser": lowercase words ending in a role noun, then the name. */
function isRoleAndName(words: string[], name: Subject): boolean {
  const pre = words.slice(0, words.length - name.mention.split(' ').length);
  const role = pre[pre.length - 1] ?? '';
  // "a terse Miller", "an angry Hollande": the person, described in passing.
  const described = pre.length >= 2 && /^(a|an)$/.test(pre[0] ?? '');
  return (
    pre.length <= 3 &&
    pre.every((w) => /^\p{Ll}+$/u.test(w) && !FUNCTION_WORDS.has(w) && !PREPOSITIONS.has(w)) &&
    (ROLES.has(role) || isActorNoun(role) || described)
  );
}

/** A chunk that is only the name, or lowercase role words and the name ("actress Jamie Lee Curtis"). */
function onlyNamed(words: string[], name: Subject): boolean {
  const role = words.slice(0, words.length - name.mention.split(' ').length);
  return role.length <= 2 && role.every((w) => /^\p{Ll}/u.test(w));
}

/** The subject after an inverted verb ("said Marcus Galauskas, a security expert at X"). */
export function subjectAfter(tokens: Token[]): Subject | null {
  const chunk = chunkReader(tokens);
  const read = chunk(0);
  if (!read) return null;
  // "said a person familiar with the talks who was not authorized to discuss them": a description
  // ends where its relative clause begins, set off by a comma or not.
  // So does "says the woman who was first on the scene": "the", one noun, "who".
  const relative = ONE_OF.test(read[0] ?? '')
    ? read.indexOf('who', 2)
    : /^the$/i.test(read[0] ?? '') && /^\p{Ll}+$/u.test(read[1] ?? '') && read[2] === 'who'
      ? 2
      : -1;
  const head = relative > 0 ? read.slice(0, relative) : read;
  // "said Chairman of the Board of Directors of Kumtor Gold Company Tengiz Bolturuk after…": a
  // long office and its holder's name, up to the first lowercase word after it.
  const held = heldOffice(head) ?? portfolioHolder(head);
  if (held) return held;
  const next = chunk(1);
  // "said Rubio’s deputy campaign manager, Rich Beeson, who…": the name after the role; "said a
  // spokesperson for WestJet", "said the mayor of Surrey": a description whose name is only what
  // it is of or for, read whole.
  const whole = namesOnlyItsObject(head) || isSchoolYear(head) ? readChunk(head) : null;
  const lead = whole?.kind === 'nominal' ? whole : (firmByPossessive(head) ?? leadingName(head));
  // "So said Ontario’s Minister of Municipal Affairs and Housing, Teresa Mancini,": an office's
  // title, then its holder set off.
  const titled = lead?.kind === 'nominal' || isOfficeOf(head);
  const appositive = titled && next ? readChunk(next) : null;
  if (appositive?.kind === 'name' && next && onlyNamed(next, appositive)) {
    return { ...appositive, descriptor: head.join(' ') };
  }
  const subject = lead;
  if (
    subject?.kind === 'name' &&
    !subject.descriptor &&
    next &&
    isDescription(next) &&
    !NOT_DESCRIPTION.test(next[0] ?? '')
  ) {
    return { ...subject, descriptor: next.slice(0, 20).join(' ') };
  }
  return subject;
}

/**
 * "said Chairman of the Board of Directors of Kumtor Gold Company Tengiz Bolturuk after the
 * match": a long office and its holder's name (officeOfHolder), read up to the first lowercase
 * word after a capitalised one past the office's first "of".
 */
function heldOffice(words: string[]): Subject | null {
  const of = words.indexOf('of');
  if (of < 1) return null;
  const end = words.findIndex(
    (w, i) =>
      i > of + 1 &&
      /^\p{Ll}/u.test(w) &&
      !/^(?:of|the|and|for)$/.test(w) &&
      isCap(words[i - 1] ?? ''),
  );
  return officeOfHolder(end < 0 ? words : words.slice(0, end));
}

/**
 * "said Rural and Regional Development Minister Rosli Hamzah": portfolios joined by "and" before
 * an office's title and its holder's name, read whole (readChunk), not as a pair opening on
 * "Rural"; no given name among the portfolio's words ("said John Smith and Mary Jones" is two).
 */
function portfolioHolder(words: string[]): Subject | null {
  // Asked of every clause after a verb: most hold no "and", and no title need be looked for.
  if (!words.includes('and')) return null;
  const title = words.findIndex((w, i) => i >= 2 && isTitle(w));
  if (title < 0 || title > 6 || !words.slice(0, title).includes('and')) return null;
  // "Deputy Rural and …": a title may open the portfolio's words.
  const portfolio = words
    .slice(0, title)
    .every((w, i) => w === 'and' || (isCap(w) && !isAnyGivenName(w) && (i === 0 || !isTitle(w))));
  if (!portfolio || !isCap(words[title + 1] ?? '')) return null;
  // The name ends at the first lowercase word after it ("… Jane Doe on Monday").
  const end = words.findIndex((w, i) => i > title && /^\p{Ll}/u.test(w));
  const chunk = end < 0 ? words : words.slice(0, end);
  const subject = readChunk(chunk);
  return subject?.kind === 'name' && !subject.org ? { ...subject, mention: chunk.join(' ') } : null;
}

/** Words opening an aside between a subject and its verb: "in a statement", "on Tuesday". */
const ASIDE = /^(?:in|on|at|during|after|before|via|through|however|meanwhile)$/;

/**
 * What opens a description of someone new: "a person", "one official" (not "the woman who lives
 * next door", whom "the woman" alone would find among those named).
 */
const ONE_OF = /^(?:a|an|one|another)$/i;

/**
 * "a spokesperson for WestJet", "the mayor of Surrey": an article, up to three lowercase words
 * ending on a person's noun, a preposition, then the first name.
 */
function namesOnlyItsObject(words: string[]): boolean {
  if (!/^(a|an|the)$/i.test(words[0] ?? '')) return false;
  // "the MP for Bristol North": a title in capitals is the role, the name after the preposition.
  if (isTitle(words[1] ?? '') && /^\p{Lu}+$/u.test(words[1] ?? '')) {
    return PREPOSITIONS.has((words[2] ?? '').toLowerCase()) && isCap(words[3] ?? '');
  }
  const k = words.findIndex((w) => isCap(w));
  return (
    k >= 3 &&
    k <= 5 &&
    PREPOSITIONS.has((words[k - 1] ?? '').toLowerCase()) &&
    isRoleNoun(words[k - 2]) &&
    words.slice(1, k - 1).every((w) => /^\p{Ll}/u.test(w))
  );
}

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|\d.*)$/;

/** Words that may follow the name in "…, said Jane Doe on Monday": the clause ends with the name. */
const AFTER_INVERTED = new Set(
  (
    'on in at during of from to for with who whose which when after before while as because ' +
    'himself herself yesterday today tonight last this earlier later recently'
  ).split(' '),
);

/**
 * The name after a verb set off by a comma ("…, said Paul Beck, a professor."), but only when the
 * clause ends at the name: in "Trump, a rival, said Clinton lied" Clinton is what was said.
 */
export function invertedSubject(tokens: Token[]): Subject | null {
  const head = chunkReader(tokens)(0);
  const first = (head?.[0] ?? '').toLowerCase();
  // "…, said on Twitter", "…, said Thursday on Fox News": what follows is not the speaker.
  if (!head || AFTER_INVERTED.has(first) || PREPOSITIONS.has(first) || CALENDAR.test(first))
    return null;
  const subject = subjectAfter(tokens);
  if (subject?.kind !== 'name') return null;
  // "…, said the bureau’s director, James B. Comey, on Monday": a role, then the name set off.
  if (subject.descriptor === head.join(' ') && isRoleNoun(head[head.length - 1])) return subject;
  const mention = subject.mention.split(' ');
  const start = head.indexOf(mention[0] ?? '');
  const end = head.findIndex((w) => cleanName(w) === mention[mention.length - 1]);
  const next = head[end + 1];
  // "said the questioning will start with Comey": only role words may come before the name.
  return start >= 0 &&
    isRoleWords(head.slice(0, start)) &&
    (next === undefined || AFTER_INVERTED.has(next.toLowerCase()))
    ? subject
    : null;
}

// Past participles that do not end in -ed and open a clause about the subject as a person ("Told
// Democrats would block it, Ames shrugged"): verbs, never names, so a capitalised word may follow.
// Not "Known as…", "Held in…", "Given…", whose subject is as often a thing.
const IRREGULAR_PARTICIPLE = new Set(
  'Told Shown Caught Brought Driven Beaten Shaken Chosen'.split(' '),
);

/** "Speaking in Salem", "Asked about it", "Told Senate Democrats…": but not "Reed Okafor" or "Fred said". */
function isParticiple(part: string[]): boolean {
  const [word = '', next = ''] = part;
  if (IRREGULAR_PARTICIPLE.has(word) && next !== '') return true;
  if (!word.endsWith('ed') && !word.endsWith('ing')) return false;
  return /^\p{Lu}\p{Ll}{2,}(ing|ed)$/u.test(word) && !isCap(next) && !isFirstName(word);
}

/** "Immediately after the storm", "Early in his campaign", "Here in Columbia": an adverb and a preposition open. */
function isAdverbialOpener(part: string[]): boolean {
  const [word = '', next = ''] = part;
  const adverb =
    (word.endsWith('ly') && /^\p{Lu}\p{Ll}+ly$/u.test(word)) ||
    /^(Early|Late|Soon|Later|Earlier|Here|There|Back|Now|Today|Yesterday)$/.test(word);
  if (!adverb) return false;
  // "Hastily politicizing the tragedy, Trump…": an adverb before a participle opens too.
  const opens =
    PREPOSITIONS.has(next) || SUBORDINATORS.has(next) || /^\p{Ll}{3,}(ing|ed)$/u.test(next);
  return opens && !isFirstName(word);
}

/**
 * "Nearby, college student Kristine Olivar had decided…", "Elsewhere, Liberal MP…": a word English
 * has for anything else, alone before a comma, then lowercase words ending on a person's noun and
 * the name they describe, is an adverb opening it; not a surname set off before who they are
 * ("Brown, a teacher, said", "Countrywide, sued by California Attorney General Jerry Brown").
 */
function isAdverbAlone(part: string[], next: string[] | undefined): boolean {
  const word = part[0] ?? '';
  if (part.length !== 1 || !isEnglishWord(word.toLowerCase()) || isFirstName(word)) return false;
  // Lowercase words ending on a person's noun, then the name: "college student Kristine Olivar".
  const name = next?.findIndex((w) => isCap(w)) ?? -1;
  const noun = next?.[name - 1] ?? '';
  return (
    name >= 1 &&
    next!.slice(0, name).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
    // Not a description of its own: "Nevertheless, a survey by analyst Elena Sadovskaya found".
    !/^(?:a|an|the|this|that|one|some)$/.test(next![0]!) &&
    (isRoleNoun(noun) || isActorNoun(noun))
  );
}

/**
 * Words after "and/but/yet to" opening whose view the sentence gives, not a purpose: "Yet to the
 * farmers…, Whitfield is “a traitor.”", "But to hear her critics tell it", "And to quote the
 * finance critic, Sandra Vale, it is “…”" (review of d942c44).
 */
const WHOSE_VIEW =
  /^(?:the|a|an|this|that|these|those|her|his|their|its|our|my|your|many|most|some|all|any|each|every|much|hear|listen|quote|paraphrase|borrow|cite|read|believe|judge|take|be)$/;

/** Coordinators, as a chunk's lowercased first word. */
const COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'or']);

/** "RENO, Nev. (AP) — Donald Trump says…": the sentence after a dateline's place and agency. */
function afterDateline(tokens: Token[]): Token[] {
  const end = datelineEnd(tokens);
  return end > 0 ? tokens.slice(end) : tokens;
}

/** The first named subject of a sentence: "Republican candidate Donald Trump quickly took…" → Trump. */
export function sentenceSubject(tokens: Token[]): Subject | null {
  return readSubject(tokens, null);
}

/**
 * sentenceSubject, read once, and the description the sentence opens on as its subject, which
 * names no one there ("Asked why, the engineer points to his knees"), or null.
 */
export function sentenceSubjects(tokens: Token[]): {
  subject: Subject | null;
  description: Subject | null;
} {
  const seen: Seen = { description: null };
  return { subject: readSubject(tokens, seen), description: seen.description };
}

/** What readSubject saw on the way: the first description it read as the subject. */
interface Seen {
  description: Subject | null;
}

/** The first words of prepositions of two words: "ahead of", "prior to", "next to". */
const COMPOUND_PREPOSITION = /^(?:ahead|prior|next)$/;

/** Words opening a question's clause ("whether an earlier search could have saved him"). */
const QUESTION_WORD = /^(?:whether|why|how)$/i;

function readSubject(tokens: Token[], seen: Seen | null): Subject | null {
  const chunk = chunkReader(afterDateline(tokens));
  for (let c = 0, part = chunk(0); part; part = chunk(++c)) {
    const first = (part[0] ?? '').toLowerCase();
    // Prepositional and participle openers ("In Iowa", "Speaking in Salem", "Ahead of the vote")
    // hold no subject.
    if (PREPOSITIONS.has(first) || SUBORDINATORS.has(first) || isParticiple(part)) continue;
    if (COMPOUND_PREPOSITION.test(first) && /^(?:of|to)$/.test(part[1] ?? '')) continue;
    // "And after the court ruled, …" is an opener too; "But as the Times noted" names its source.
    // "And although he thanked the crowd, he sounded…" opens the same way ("since then" does not).
    // So does a purpose ("But to give you the tenor of the interview, Trump went on…"); not a
    // topic ("And for Perez…, that means", "and with that Trump broke off").
    if (
      COORDINATORS.has(first) &&
      (/^(after|before|when|while|once|until|if|although|though|because|unless)$/i.test(
        part[1] ?? '',
      ) ||
        (part[1] === 'to' && /^\p{Ll}+$/u.test(part[2] ?? '') && !WHOSE_VIEW.test(part[2]!)))
    )
      continue;
    if (isAdverbialOpener(part)) continue;
    // The next chunk is read only after a one-word opener (most sentences have none).
    if (c === 0 && part.length === 1 && isAdverbAlone(part, chunk(1))) continue;
    // "Speaking in Salem, which hosts the primary, Bush…": a relative clause holds no subject.
    if (c > 0 && /^(which|who|whose|where)$/.test(first)) continue;
    // "But he wanted to know, “Q”", "And then she promised…": the pronoun after a coordinator.
    const lead = COORDINATORS.has(first) && isPronounAfter(part) ? part.slice(1) : part;
    const subject = leadingName(lead[0] === 'then' ? lead.slice(1) : lead);
    // "Ontario’s Environmental Commissioner, Dianne Saxe, tabled…": a title, then the name set off.
    const role = part[part.length - 1] ?? '';
    // "Trump’s Virginia state director, Mike Rubino, reached out": a name before a lowercase role
    // noun only qualifies it.
    // "The chief executive of Thames Water, Chris Weston, apologised": nor does an organisation
    // after the role and "of".
    const described =
      (endsPossessive(part[0] ?? '') && /^\p{Ll}/u.test(role) && isRoleNoun(role)) ||
      isRoleOfName(part) ||
      isOfficeOf(part);
    // "The operator, Westmarch Rail, has apologised": a body's noun, then its name set off.
    const titled =
      described ||
      (!subject && (isTitle(role) || ROLES.has(role.toLowerCase()) || isBodyNoun(part)));
    const named = titled ? appositiveName(part, chunk(c + 1)) : null;
    if (named) return named;
    // "Her third book, The Salt Orchard, follows…": the sentence is about a work.
    if (!subject && namesWork(part) && isCap(chunk(c + 1)?.[0] ?? '')) return null;
    // "Earlier this week, Clinton shared…": a short opener without a name holds no subject.
    if (!subject && part.length <= 6 && isCap(part[0] ?? '')) continue;
    // "Kazakhstan’s foreign minister, Erlan Idrissov, plays down…": the name set off after a role.
    const set = subject?.kind === 'nominal' ? appositiveName(part, chunk(c + 1)) : null;
    if (set) return set;
    // "Preceded by Joe Arpaio, the Arizona sheriff, Trump launched…": after an opener, a
    // description set off describes the opener's object; the subject comes after it.
    // So does a place's own description after a place opening it ("In Nordvest, Copenhagen’s
    // former industrial quarter, Signe Holm Kjærgaard is steaming…").
    const placeOwn =
      endsPossessive(part[0] ?? '') &&
      part.length > 1 &&
      part.slice(1).every((w) => /^\p{Ll}/u.test(w)) &&
      !isPersonNoun(role);
    if (
      subject?.kind === 'nominal' &&
      c > 0 &&
      (/^(the|a|an)$/.test(first) || placeOwn) &&
      chunk(c + 1)
    ) {
      // Unless words follow its noun: "Asked why, the engineer points to his knees, then his head".
      if (seen && !seen.description && actsAfterRole(part)) seen.description = subject;
      continue;
    }
    if (subject?.kind === 'nominal') {
      if (seen) seen.description ??= subject;
      return null;
    }
    if (!subject) return null;
    // A chunk that is only a name ("…in St. Clairsville, Ohio, …") is a subject only before an appositive.
    const alone = subject.kind === 'name' && part.length === subject.mention.split(' ').length;
    const next = chunk(c + 1);
    // "Asked by the family’s barrister, Oluwaseun Adeyemi KC, whether…, Sgt Penhallow paused": a
    // question's clause after the name is no description of it.
    if (alone && !(next && isDescription(next) && !QUESTION_WORD.test(next[0] ?? ''))) continue;
    if (alone && next && subject.kind === 'name' && !subject.descriptor) {
      return { ...subject, descriptor: next.slice(0, 20).join(' ') };
    }
    return subject;
  }
  return null;
}

/** "The operator", "The rail operator": "the", a lowercase word at most, a body's noun. */
export function isBodyNoun(part: string[]): boolean {
  if (!/^the$/i.test(part[0] ?? '') || part.length > 3) return false;
  return part.slice(1).every((w) => /^\p{Ll}/u.test(w)) && ORG_NOUNS.has(part[part.length - 1]!);
}

/**
 * "Her third book, The Salt Orchard, follows…", "The report, Still Waiting, found…": what is set
 * off after a work's noun is its title, not someone (not "A co-star in the film, Anna Lee,").
 */
/** DETERMINER's articles and possessives, any case; not "This series, Jasprit Bumrah is the key". */
const WORK_OWNER = /^(?:the|a|an|her|his|its|their|my|our|your)$/i;

function namesWork(description: string[]): boolean {
  const [first = '', ...rest] = description;
  const noun = rest.at(-1) ?? '';
  // A determiner or a possessive, lowercase words, the noun: not "Two days after the report", "Last
  // series", "Across the series".
  return (
    (WORK_OWNER.test(first) || endsPossessive(first)) &&
    TITLED_NOUNS.has(noun) &&
    rest.length <= 4 &&
    rest.every(
      (w) =>
        /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
        !PREPOSITIONS.has(w) &&
        !SUBORDINATORS.has(w) &&
        !WORK_OWNER.test(w),
    )
  );
}

/**
 * "Her partner, Dean, added": a given name alone, set off after a description, though it is a
 * title's word too ("Dean", "Judge").
 */
function givenNameAlone(words: string[]): Subject | null {
  const [word = ''] = words;
  if (words.length !== 1 || !isTitle(word) || !isGivenInFullName(word)) return null;
  return { kind: 'name', mention: word, name: word, org: false };
}

/** "The chief executive of Thames Water": "the", lowercase words ending in a role noun, "of", a name. */
function isRoleOfName(part: string[]): boolean {
  if (!/^the$/i.test(part[0] ?? '')) return false;
  const of = part.indexOf('of');
  if (of < 2 || of === part.length - 1 || !isRoleNoun(part[of - 1])) return false;
  return (
    part.slice(1, of).every((w) => /^\p{Ll}/u.test(w)) &&
    part.slice(of + 1).every((w) => isCap(w) || NAME_PARTICLES.has(w) || w === 'the')
  );
}

/**
 * "The Minister of State for Nature", "The Secretary of State for Health": "the", an office's
 * capitalised title, "of" or "for", and what it is of; a name set off after it is its holder.
 */
function isOfficeOf(part: string[]): boolean {
  // "The Minister…", "Ontario’s Minister…".
  if (!/^the$/i.test(part[0] ?? '') && !endsPossessive(part[0] ?? '')) return false;
  const of = part.findIndex((w, i) => i >= 2 && (w === 'of' || w === 'for'));
  if (of < 0 || of === part.length - 1) return false;
  // "The then Secretary of State for Defence": a status before the title.
  const title = part.slice(/^(?:then|former|new|acting)$/.test(part[1] ?? '') ? 2 : 1, of);
  return (
    title.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    isTitle(title[title.length - 1] ?? '') &&
    part.slice(of + 1).every((w) => isCap(w) || /^(?:of|for|and|the)$/.test(w))
  );
}

/** "But he …", "And then she …": a coordinator opening the chunk, then a personal pronoun. */
function isPronounAfter(part: string[]): boolean {
  const next = (part[1] === 'then' ? part[2] : part[1]) ?? '';
  return /^(he|she)$/.test(next);
}

/** The name in a chunk that is only a name, set off after a description of it ("the mayor, X,"). */
function appositiveName(description: string[], next: string[] | undefined): Subject | null {
  if (namesWork(description)) return null;
  const name = next ? (readChunk(next) ?? givenNameAlone(next)) : null;
  if (name?.kind !== 'name' || !next || !onlyNamed(next, name)) return null;
  return { ...name, descriptor: description.slice(0, 20).join(' ') };
}
