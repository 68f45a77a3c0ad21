import { escapeRegExp } from './escape-regexp.js';
import { isStopWord } from './tokenize.js';

/**
 * "The school" standing for a body the article named before it: "Harbin Institute of Technology is
 * known for its rocket research… ¶ Mr Putin's visit to the school was full of symbolism. … the
 * school is on the U.S.'s so-called Entity List." Asked "Which school is on the Entity List?", the
 * paragraph that answers only says "the school"; its excerpt names it (src/answers/result.ts).
 *
 * A description is resolved only where the article leaves no doubt: the nearest mention before it
 * of a body whose head word the noun can stand for ("Institute" for "the school"), a description
 * already resolved counting as one; when that is a name, the article must be about it (it opens a
 * sentence, or the headline has its word) and name no other such body within four paragraphs.
 */

/** How many paragraphs before a passage are read for the bodies it describes. */
const LOOKBACK = 12;

/** A description of a passage and the name it stands for. */
export interface Referent {
  /** Offsets of the description ("the school") in the passage. */
  start: number;
  end: number;
  mention: string;
  name: string;
  /**
   * The text names the body itself before the description ("Harbin Institute of Technology is
   * known for… The institute also trains…"): the name matters only where an excerpt leaves it out.
   */
  inText?: boolean;
}

const EDUCATION = [
  'University',
  'College',
  'Institute',
  'Academy',
  'School',
  'Polytechnic',
  'Conservatory',
  'Seminary',
];
const THINK_TANK = [
  'Institute',
  'Institution',
  'Council',
  'Center',
  'Centre',
  'Foundation',
  'Forum',
];
const FIRM = [
  'Inc',
  'Corp',
  'Corporation',
  'Company',
  'Co',
  'Ltd',
  'Limited',
  'LLC',
  'Plc',
  'PLC',
  'Holdings',
  'Industries',
  'Technologies',
  'Enterprises',
  'Motors',
  'Airlines',
  'Airways',
];
// Broad on purpose: a second body of the kind named nearby makes a description ambiguous, and the
// more of the kinds' names are known, the more often that is seen ("the agency" after the Food and
// Drug Administration and the European Medicines Agency is neither).
const AGENCY = ['Agency', 'Administration', 'Organization', 'Organisation', 'Service', 'Office'];
const REGULATOR = ['Commission', 'Authority', 'Agency', 'Board', 'Administration', 'Office'];

/**
 * The head words of the names each noun can stand for. Left out, as too often no body at all or
 * another than the last named: "office", "service", "board", "administration" ("the Trump
 * administration" after "the Food and Drug Administration"), "group", "business", "centre"; and
 * "party", since parties are named without the word ("Labour", "Congress", "the Liberals") and "the
 * party" then takes the one named with it.
 */
const HEADS: Readonly<Record<string, readonly string[]>> = {
  school: EDUCATION,
  // Not a school: "the university" after "Harvard Law School" is Harvard, which has no head word.
  university: ['University', 'Institute', 'Polytechnic'],
  college: ['College', 'University', 'Institute', 'Academy'],
  institute: ['Institute', 'Institution', 'University', 'Academy'],
  academy: ['Academy', 'Institute', 'University', 'College', 'School'],
  polytechnic: ['Polytechnic', 'Institute', 'University'],
  'think tank': THINK_TANK,
  'think-tank': THINK_TANK,
  company: FIRM,
  firm: FIRM,
  corporation: FIRM,
  conglomerate: FIRM,
  carmaker: [...FIRM, 'Motor'],
  automaker: [...FIRM, 'Motor'],
  manufacturer: FIRM,
  retailer: FIRM,
  airline: ['Airlines', 'Airways'],
  carrier: ['Airlines', 'Airways'],
  bank: ['Bank', 'Bancorp'],
  lender: ['Bank', 'Bancorp'],
  insurer: ['Insurance', 'Assurance'],
  ministry: ['Ministry'],
  department: ['Department'],
  agency: AGENCY,
  bureau: ['Bureau'],
  commission: ['Commission'],
  committee: ['Committee'],
  council: ['Council'],
  authority: ['Authority'],
  regulator: REGULATOR,
  watchdog: REGULATOR,
  court: ['Court'],
  tribunal: ['Tribunal'],
  hospital: ['Hospital', 'Infirmary'],
  clinic: ['Clinic'],
  museum: ['Museum'],
  gallery: ['Gallery'],
  union: ['Union'],
  association: ['Association'],
  federation: ['Federation'],
  league: ['League'],
  club: ['Club'],
  foundation: ['Foundation'],
  charity: ['Foundation', 'Trust', 'Charity'],
  fund: ['Fund', 'System', 'Plan', 'Board', 'Trust'],
  church: ['Church'],
  cathedral: ['Cathedral'],
  mosque: ['Mosque'],
  temple: ['Temple'],
  airport: ['Airport'],
  stadium: ['Stadium', 'Arena', 'Ground', 'Park', 'Field', 'Oval'],
  hotel: ['Hotel'],
  festival: ['Festival'],
  fair: ['Fair', 'Expo', 'Exhibition'],
  exhibition: ['Exhibition', 'Expo', 'Fair'],
  conference: ['Conference'],
};

/** Words between "the" and the noun that say it is another body ("the other school", "a rival firm"). */
const OTHER = new Set([
  'other',
  'another',
  'rival',
  'first',
  'second',
  'third',
  'next',
  'previous',
  'former',
  'new',
  'old',
  'each',
  'every',
  'any',
  'whole',
  'nearby',
  'local',
  'parent',
  'sister',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

/**
 * Words that may follow a description that is a whole noun phrase: a verb, a preposition, a
 * conjunction ("the school is", "visit to the school was", "the company said"); not a noun it
 * qualifies ("the school year", "the company town").
 */
const FOLLOWERS = new Set(
  (
    'is was has had have will would can could may might should must did does do said says say ' +
    'told added also recently still now then which that who whose where when in on at to for ' +
    'from with by and but or as after before since until while because over under into about ' +
    'against than near within without ' +
    // Past forms without "-ed": "the party met", "the university grew".
    'met won lost made took gave went came began became sent paid kept held led left brought ' +
    'bought sold spent ran found put cut grew rose fell chose heard cannot'
  ).split(' '),
);

const NOUNS = Object.keys(HEADS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "the school", "The 103-year-old university", "the state-owned engineering school". */
const DESCRIPTION = new RegExp(
  String.raw`\b([Tt]he)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}?)(${NOUNS})(?![\p{L}\p{N}-])`,
  'gu',
);

/** "a Christmas party", "an employment tribunal": a body of the kind the article does not name. */
const UNNAMED = new RegExp(
  String.raw`\b([Aa]n?)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}?)(${NOUNS})(?![\p{L}\p{N}-])`,
  'gu',
);

/** A capitalised word, or a word joining two ("of", "for", "and", "&"). */
const NAME_WORD =
  /[\p{Lu}][\p{L}\p{N}'’.&-]*|(?<![\p{L}\p{N}])(?:of|for|and|&|de|the)(?![\p{L}\p{N}])/gu;

/** A name whose head word says what kind of body it is, and where it stands. */
interface Named {
  name: string;
  start: number;
  /** Its head words: the last, and any before "of"/"for" ("Institute" of "… Institute of Technology"). */
  heads: Set<string>;
  /** It opens its sentence: the sentence is about it. */
  opens: boolean;
}

/** Whether `text` holds a description a body may stand behind ("the school"): most excerpts do not. */
export function mayDescribe(text: string): boolean {
  return text.search(DESCRIPTION) >= 0;
}

/**
 * bodyNames of the paragraphs read, kept: the same article's paragraphs are read again for each of
 * its passages an answer shows, and for the next question about it.
 */
const namesRead = new Map<string, Named[]>();
const NAMES_KEPT = 4096;

function bodyNamesKept(text: string): Named[] {
  let names = namesRead.get(text);
  if (!names) {
    if (namesRead.size >= NAMES_KEPT) namesRead.clear();
    names = bodyNames(text);
    namesRead.set(text, names);
  }
  return names;
}

/** Names of two capitalised words or more in `text` ("Harbin Institute of Technology", "Bank of England"). */
export function bodyNames(text: string): Named[] {
  const out: Named[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    // "Podesta Group Inc. and Mercury LLC", "President Obama and the Democratic Party": two names.
    let from = 0;
    run.forEach((w, i) => {
      if (w.word !== 'and' || !twoNames(run.slice(from, i), run.slice(i + 1))) return;
      out.push(...toNamed(text, run.slice(from, i)));
      from = i + 1;
    });
    out.push(...toNamed(text, run.slice(from)));
    run = [];
  };
  for (const m of text.matchAll(NAME_WORD)) {
    const start = m.index;
    const prev = run[run.length - 1];
    // A run goes on across one space only: not over a comma or a full stop ("IndyMac Bank. IndyMac").
    if (prev && (!/^\s+$/.test(text.slice(prev.end, start)) || endsSentence(prev.word))) flush();
    // "…Arm Holdings Ltd. The company…": an abbreviation's full stop may end the sentence too.
    else if (prev && DOTTED.has(prev.word) && isStopWord(m[0].toLowerCase())) flush();
    if (run.length === 0 && !/^\p{Lu}/u.test(m[0])) continue;
    run.push({ word: m[0], start, end: start + m[0].length });
  }
  flush();
  return out;
}

/** Every head word of HEADS. */
const NAMED_HEADS = new Set(Object.values(HEADS).flat());
/** What "of" or "for" may follow inside a name ("Bank of England", "House of Commons"). */
const ALL_HEADS = new Set([...NAMED_HEADS, 'House']);
/** Abbreviations that keep their full stop at a name's end. */
const DOTTED = new Set(['Inc.', 'Co.', 'Corp.', 'Ltd.', 'Bros.']);

/** A capitalised word of a text and where it stands. */
interface Word {
  word: string;
  start: number;
  end: number;
}

/**
 * Whether "and" joins two names ("Podesta Group Inc. and Mercury LLC", "Northfield Institute of
 * Technology and Riverton State University", "Obama and the Democratic Party"), not one ("House
 * Oversight and Government Reform Committee", "Museum of African American History and Culture").
 */
function twoNames(before: Word[], after: Word[]): boolean {
  const headed = (words: Word[]): boolean => words.some((w) => NAMED_HEADS.has(bare(w.word)));
  return after[0]?.word === 'the' || (headed(before) && headed(after));
}

/** Words that open a name's run without being its own: "Rival Next Plc", "March the Bank…". */
const LEADERS = new Set(
  (
    'Rival Neighbouring Neighboring Former Struggling Embattled January February March April ' +
    'June July August September October November December'
  ).split(' '),
);

/** A person's title after a body's name ends the name ("… Governor Andrew Bailey"). */
const TITLES = new Set(
  (
    'Governor President Chair Chairman Chairwoman Chief Executive CEO Director Minister Secretary ' +
    'Professor Dean Principal Commissioner Spokesman Spokeswoman Spokesperson Justice Judge'
  ).split(' '),
);

/** Sentence openers that are no part of a name after them ("Yesterday Harvard University said"). */
const OPENERS = new Set(
  (
    'yesterday today tomorrow meanwhile however earlier later now then also still last next ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

function toNamed(text: string, words: Word[]): Named[] {
  // "of" and "for" join a name only after its head ("Center for Naval Analyses"), not "in New
  // York for Democratic Party officials".
  const joined = words.findIndex(
    (w, i) => i > 0 && /^(?:of|for)$/.test(w.word) && !ALL_HEADS.has(words[i - 1]!.word),
  );
  if (joined > 0)
    return [...toNamed(text, words.slice(0, joined)), ...toNamed(text, words.slice(joined + 1))];
  let run = words;
  // Joining words and a stray full stop end no name: "Institute of", "Harbin Institute."
  while (run.length > 0 && !/^\p{Lu}/u.test(run[run.length - 1]!.word)) run = run.slice(0, -1);
  // Whether the run opens its sentence, before its opening words are dropped ("The Lowy Institute
  // said…" is about the institute).
  const before = text.slice(0, run[0]?.start ?? 0).trimEnd();
  const opens = before === '' || /[.!?:"“”]$/.test(before);
  // A sentence's opening word is no part of the name ("Yesterday Harvard University", "The Lowy
  // Institute"), nor a word after "the" that opens it.
  const opener = (w: string): boolean =>
    isStopWord(w.toLowerCase()) || OPENERS.has(w.toLowerCase());
  while (run.length > 1 && opener(run[0]!.word)) run = run.slice(1);
  // Nor a possessive or a word that sets it beside another ("Britain's Financial Conduct
  // Authority", "Rival Next Plc", "March the Bank of England").
  while (run.length > 2 && (/['’]s$/.test(run[0]!.word) || LEADERS.has(run[0]!.word)))
    run = run.slice(1);
  while (run.length > 1 && opener(run[0]!.word)) run = run.slice(1);
  // A title after the name is someone's ("Bank of England Governor Andrew Bailey").
  const titled = run.findIndex((w, i) => i > 1 && TITLES.has(w.word));
  if (titled > 0) run = run.slice(0, titled);
  while (run.length > 0 && !/^\p{Lu}/u.test(run[run.length - 1]!.word)) run = run.slice(0, -1);
  const capitals = run.filter((w) => /^\p{Lu}/u.test(w.word)).length;
  if (capitals < 2) return [];
  const heads = new Set<string>();
  heads.add(bare(run[run.length - 1]!.word));
  run.forEach((w, i) => {
    if (/^(?:of|for)$/.test(run[i + 1]?.word ?? '')) heads.add(bare(w.word));
  });
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const end = /\.$/.test(last.word) && !DOTTED.has(last.word) ? last.end - 1 : last.end;
  const name = text.slice(first.start, end).replace(/['’]s$/, '');
  return [{ name, start: first.start, heads, opens }];
}

/** A word whose full stop ends its sentence: not "Inc.", "St.", "U.S.", "J.". */
function endsSentence(word: string): boolean {
  return (
    word.endsWith('.') &&
    !DOTTED.has(word) &&
    !/^(?:St|Mt|Dr|Mr|Mrs|Ms|Jr|Sr)\.$/.test(word) &&
    !/^(?:\p{Lu}\.)+$/u.test(word)
  );
}

/** A name's word without its possessive or full stop. */
function bare(word: string): string {
  return word.replace(/['’]s$/, '').replace(/\.$/, '');
}

/** Whether a name's heads include one that `noun` can stand for. */
function fits(named: Named, noun: string): boolean {
  return (HEADS[noun] ?? []).some((h) => named.heads.has(h));
}

/** One name standing for another: the same words, or one held in the other ("Harbin Institute"). */
function same(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** A body named or described at `start` of a paragraph: what the next description may stand for. */
interface Mention {
  start: number;
  /** Null for a body of the kind the article names by no name ("a Christmas party"). */
  body: Named | null;
  /** The noun of an unnamed body ("party"). */
  noun?: string;
  /** By its name, not a description resolved to it. */
  byName: boolean;
}

/** Whether `noun` may stand for what a mention names or describes. */
function mayMean(m: Mention, noun: string): boolean {
  if (m.body) return fits(m.body, noun);
  const kinds = HEADS[m.noun ?? ''] ?? [];
  return (HEADS[noun] ?? []).some((h) => kinds.includes(h));
}

/**
 * The descriptions in `text` of bodies the article named before them, each with that name: in
 * `before()` (the article's paragraphs before `text`; read only if `text` has a description) or
 * earlier in `text` itself; those whose name `text` gives before them are marked `inText`.
 */
export function referents(text: string, before: () => readonly string[], title = ''): Referent[] {
  if (!mayDescribe(text)) return [];
  // The paragraphs just before are read, not the whole article: a body named further back is
  // seldom what "the company" means, and a long article would cost its length at every excerpt.
  const paragraphs = before().slice(-LOOKBACK);
  // An encyclopedia's article is titled with its subject's name ("IBM", "University of Notre
  // Dame"): its "the company" is that subject, whatever else it names, even where the title gives
  // no kind; a description is then resolved to the title or not at all. Only where the article
  // writes its title as it is: a headline in title case seldom is ("Putin Visits Chinese
  // University").
  const named = title.trim();
  if (isName(named) && [text, ...paragraphs].some((p) => p.includes(named))) {
    const subject = bodyNames(named)[0];
    return subject && subject.name === named ? toSubject(text, subject) : [];
  }
  // What each paragraph before names or describes, read in order: "the academy" four paragraphs
  // after "the school" means what "the school" meant, not a university named beside it.
  const history: Mention[][] = [];
  for (const paragraph of paragraphs) history.push(read(paragraph, history, title).mentions);
  return read(text, history, title).found;
}

/** A paragraph's names and resolved descriptions, in order, and its descriptions' names. */
function read(
  text: string,
  history: readonly Mention[][],
  title: string,
): { mentions: Mention[]; found: Referent[] } {
  const own = bodyNamesKept(text);
  const mentions: Mention[] = own.map((body) => ({ start: body.start, body, byName: true }));
  // "A Christmas party… the party", "an employment tribunal… the tribunal": no name to give.
  for (const m of text.matchAll(UNNAMED))
    mentions.push({ start: m.index, body: null, noun: m[2]!, byName: false });
  const found: Referent[] = [];
  // The body the paragraph's last description stood for, and where that description ended.
  let chain: { body: Named; end: number } | null = null;
  for (const m of text.matchAll(DESCRIPTION)) {
    const [whole, , modifiers = '', noun = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!describesOne(modifiers, text.slice(end)) || generic(noun, text.slice(0, start))) continue;
    // A later description of the same kind means the same body, unless a sentence in between opens
    // on another ("…the school. Yale University said the university…").
    const kept: Named | null =
      chain &&
      fits(chain.body, noun) &&
      !own.some((n) => n.start >= chain!.end && n.start < start && n.opens && fits(n, noun))
        ? chain.body
        : null;
    const earlier = mentions.filter((x) => x.start < start).sort((a, b) => a.start - b.start);
    const body: Named | null = kept ?? nearest(noun, [...history, earlier], title);
    if (!body || !qualifies(modifiers, noun, body.name)) continue;
    chain = { body, end };
    mentions.push({ start, body, byName: false });
    const inText = own.some((n) => n.start < start && same(n.name, body.name));
    found.push({ start, end, mention: whole, name: body.name, ...(inText ? { inText } : {}) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, found };
}

/**
 * The body of the nearest mention `noun` can stand for, nearest paragraph first. When that is a
 * name, not a description already resolved: none if the three paragraphs before it or its own name
 * another body of the kind, or if the article is not about it (it neither opens a sentence nor has
 * a word in the headline: "the company" after "Tesla… its battery supplier Panasonic Holdings
 * Corp." is Tesla, which has no head word).
 */
function nearest(noun: string, paragraphs: readonly Mention[][], title: string): Named | null {
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const fitting = paragraphs[p]!.filter((m) => mayMean(m, noun));
    const last = fitting[fitting.length - 1];
    if (!last) continue;
    if (!last.body || !last.byName) return last.body;
    const name = last.body.name;
    const near = paragraphs.slice(Math.max(0, p - 3), p + 1).flat();
    if (near.some((m) => m.byName && mayMean(m, noun) && !same(m.body!.name, name))) return null;
    return last.body.opens || about(last.body, title) ? last.body : null;
  }
  return null;
}

/**
 * Whether the headline has a word of the body's own ("Harbin" of Harbin Institute of Technology),
 * not only its head. A first paragraph naming it is not enough: "Barclays is closing 100
 * branches, blaming the Bank of England's rates" is about Barclays.
 */
function about(body: Named, title: string): boolean {
  const own = body.name
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !NAMED_HEADS.has(w));
  return own.some((w) =>
    new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(w)}(?![\p{L}\p{N}])`, 'u').test(title),
  );
}

/**
 * "On the court", "down the bank", "at the club": a place of play, a river's side, a venue; no
 * body.
 */
function generic(noun: string, before: string): boolean {
  // The word before, from the text's last few characters: a long paragraph is not read again.
  const last = /(\p{L}+)\s*$/u.exec(before.slice(-24))?.[1]?.toLowerCase() ?? '';
  return PLACES_OF[noun]?.includes(last) ?? false;
}

/** The words before a noun that make it a place, not a body (`generic`). */
const PLACES_OF: Readonly<Record<string, readonly string[]>> = {
  court: ['on', 'off', 'onto'],
  bank: ['down', 'along', 'up', 'across', 'over'],
  club: ['at', 'outside'],
};

/** Whether "the … noun" is one body named before: not "the other school", not "the school year". */
function describesOne(modifiers: string, after: string): boolean {
  const words = modifiers.trim().split(/\s+/).filter(Boolean);
  // Nor "the largest stadium in Europe", which says what something is.
  if (
    words.some(
      (w) => OTHER.has(w.toLowerCase()) || isStopWord(w) || /^\p{Lu}/u.test(w) || /est$/.test(w),
    )
  )
    return false;
  if (/^['’]s\b/.test(after) || /^\s*(?:[,.;:!?)”"’]|$)/.test(after)) return true;
  const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
  if (next === 'of' || next === 'for') return false;
  return FOLLOWERS.has(next) || /^\p{Ll}+(?:ly|ed)$/u.test(next);
}

/**
 * Words that judge a body rather than say which ("the embattled lender"); any other word before
 * the noun must be the name's ("the central bank" is not Bank of America), or hyphenated or a
 * number ("the 103-year-old university", "the state-owned firm").
 */
const EVALUATIVE = new Set(
  (
    'embattled troubled beleaguered struggling prestigious elite storied venerable disgraced ' +
    'cash-strapped loss-making ailing famed renowned'
  ).split(' '),
);

/**
 * Whether a description's words fit the name: a noun before the noun says which body, so the name
 * must hold it ("the transportation committee" for "House Transportation and Infrastructure
 * Committee", not "the drafting committee" for "Democratic National Committee").
 */
function qualifies(modifiers: string, noun: string, name: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  const inName = (w: string): boolean => words.some((n) => n.startsWith(stemOf(w)));
  // A fair, a court or a club may be no body at all ("the joyous fair", "the tennis court"):
  // every word before the noun must then be the name's.
  const plain = !EVENTFUL.has(noun);
  return modifiers
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => (plain && (/[-\d]/.test(w) || EVALUATIVE.has(w.toLowerCase()))) || inName(w));
}

/** Nouns that also name no body: an event, a place of play. */
const EVENTFUL = new Set(['fair', 'court', 'club', 'union', 'league', 'festival']);

/** A word without a plural or "-ing" ending, to find it in a name ("machinists" in "Machinists"). */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:ing|s)$/, '');
}

/**
 * A title that is a name, not a headline: at most five words, each capitalised or joining
 * ("Bank of England"), and no capitalised small word a headline in title case has ("Strike
 * Spreads To Ford Motor Company", "Nurses Strike At Royal Melbourne Hospital").
 */
function isName(title: string): boolean {
  const words = title.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.every(
      (w, i) =>
        /^(?:of|for|and|the|de|&)$/.test(w) ||
        (/^[\p{Lu}\p{N}]/u.test(w) && (i === 0 || !isStopWord(w.toLowerCase()))),
    )
  );
}

/** The descriptions in `text` that its article's subject fits, each given its name. */
function toSubject(text: string, subject: Named): Referent[] {
  const own = bodyNames(text);
  const out: Referent[] = [];
  for (const m of text.matchAll(DESCRIPTION)) {
    const [whole, , modifiers = '', noun = ''] = m;
    const start = m.index;
    if (!describesOne(modifiers, text.slice(start + whole.length))) continue;
    if (!fits(subject, noun) || !qualifies(modifiers, noun, subject.name)) continue;
    const inText = own.some((n) => n.start < start && same(n.name, subject.name));
    const end = start + whole.length;
    out.push({ start, end, mention: whole, name: subject.name, ...(inText ? { inText } : {}) });
  }
  return out;
}
