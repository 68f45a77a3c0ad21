/**
 * What an article's own words say a name is: a place ("in Atlantic City", "Brantford, Ont."), a
 * thing or a doing, a person, or something that speaks ("Loblaws said"), so that places, things and
 * times never speak.
 */
import { wordTable } from '../text/word-table.js';
import { ArticleNames, LETTER, ownsAt, remembered } from './article-names.js';
import {
  isAnyGivenName,
  isEnglishWord,
  isGivenNameOfAnyKind,
  isDemonym,
  isFirstName,
  isOrgName,
  isTitle,
  undotted,
} from '../text/names.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { PLACES, ROLES, SPOKESPEOPLE } from './lexicon.js';
import {
  isActorNoun,
  isAdjective,
  isAdverbForm,
  isPlainWord,
  isPresentVerb,
  isVerbForm,
  lexiconType,
} from './lexicon-types.js';
import { HONORIFIC, isStreet, typeByWords, type Entity } from './entity-reading.js';
import { DESCRIBED_BY } from './subject.js';

/** What a legislator may be introduced as (titles as written, lowercase and undotted). */
const LAWMAKERS = [
  'lawmaker',
  'legislator',
  'solon',
  'representative',
  'rep',
  'senator',
  'sen',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
  'mp',
  'mla',
  'mpp',
  'msp',
  'td',
];

/** Role nouns and the words an introduction may use for the same role. */
export const ROLE_SYNONYMS = wordTable<string[]>({
  proprietor: ['owner', 'owns', 'runs', 'proprietor'],
  owner: ['owner', 'owns', 'runs', 'proprietor'],
  chief: ['chief'],
  // Ranks as Canadian papers abbreviate them before a name ("Coun. Marcus Delgado", "Cst. Roy").
  councillor: ['councillor', 'councilor', 'council', 'coun', 'cllr', 'cr'],
  premier: ['premier'],
  mayor: ['mayor'],
  chair: ['chair', 'chairman', 'chairwoman', 'chairperson'],
  chairman: ['chair', 'chairman'],
  chairwoman: ['chair', 'chairwoman'],
  minister: ['minister'],
  founder: ['founder', 'founded'],
  coach: ['coach', 'coaches', 'coached'],
  // "Dr Fiachra Mac Giolla Rua, who edited it for An Gúm, … the editor said".
  editor: ['editor', 'edited', 'edits'],
  // "the skipper" for "Captain Callum Redgrave", as cricket and rugby write it.
  skipper: ['skipper', 'captain', 'capt'],
  captain: ['captain', 'capt', 'skipper'],
  // "the GM" for "general manager Sandra Whitlock".
  gm: ['gm', 'manager'],
  // "the Leinster boss" for a head coach or manager, as British and Irish sport writes it.
  boss: ['boss', 'coach', 'manager'],
  manager: ['manager', 'manages', 'boss'],
  // "the CEO" for "Chief Executive Rosalind Okwu"; "the CFO" for "Chief Financial Officer X".
  ceo: ['ceo', 'executive'],
  cao: ['cao', 'administrative'],
  cto: ['cto', 'technology'],
  pm: ['pm', 'prime'],
  coo: ['coo', 'operating'],
  cfo: ['cfo', 'financial'],
  // "the artist" for "the Glasgow-based painter Chidi Okonkwo-Reid".
  artist: ['artist', 'painter', 'sculptor', 'photographer', 'printmaker', 'illustrator', 'potter'],
  principal: ['principal'],
  chef: ['chef'],
  farmer: ['farmer', 'farm'],
  doctor: ['doctor', 'dr', 'physician'],
  // "the emergency physician" for "Dr Suresh Pillai, the hospital's director of emergency medicine".
  physician: ['physician', 'doctor', 'dr'],
  // "the official" for "Championship referee Martin Ashworth", as sport writes a referee.
  official: ['official', 'referee', 'umpire'],
  professor: ['professor', 'prof'],
  // "the academic" for "Prof Siobhán Ní Bhriain, a demographer at University College Cork".
  academic: ['academic', 'professor', 'prof', 'lecturer'],
  // "the officer" for "Const. Jenna Wolfe", "Sgt. Ray Dunn": a police rank is an officer's.
  officer: [
    'officer',
    'constable',
    'const',
    'cst',
    'sergeant',
    'sgt',
    'corporal',
    'cpl',
    'detective',
    'det',
    'trooper',
  ],
  constable: ['constable', 'const', 'cst'],
  sergeant: ['sergeant', 'sgt'],
  alderman: ['alderman', 'alderwoman', 'ald'],
  corporal: ['corporal', 'cpl'],
  detective: ['detective', 'det'],
  inspector: ['inspector', 'insp'],
  superintendent: ['superintendent', 'supt'],
  // "the union leader" for "union president Gord Pomeroy".
  leader: ['leader', 'president', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson'],
  spokesperson: SPOKESPEOPLE,
  resident: ['resident'],
  // "Ontario Superior Court Justice Harriet Okonkwo-Bell … the judge wrote".
  judge: ['judge', 'justice'],
  // "The Rev. Clarence Whitfield … the pastor said".
  pastor: ['pastor', 'rev', 'reverend'],
  priest: ['priest', 'fr', 'monsignor', 'msgr'],
  // Given by how the article titles them (entity-reading: "District Attorney X", "His attorney, X,").
  prosecutor: ['prosecutor'],
  // "the defence told the court" for "Defence lawyer Paul Nakamura" (fits: a lawyer).
  defence: ['defence', 'defense'],
  defense: ['defence', 'defense'],
  lawyer: ['lawyer'],
  // "written and directed by Tomás Echeverría … the director said".
  director: ['director', 'directed'],
  // "the researcher" for the lead author of a study, a scientist or a professor.
  researcher: ['researcher', 'author', 'scientist', 'professor', 'prof', 'investigator'],
  scientist: ['scientist', 'researcher'],
  // "the pacer" for "a left-arm fast bowler", as South Asian and Australian cricket writes it.
  pacer: ['pacer', 'paceman', 'quick', 'seamer', 'bowler'],
  paceman: ['pacer', 'paceman', 'quick', 'seamer', 'bowler'],
  seamer: ['pacer', 'paceman', 'seamer', 'bowler'],
  // "the lawmaker" for "Sen. X", "the solon" (as Philippine papers write it) for "Leyte 3rd
  // District Rep. X"; not any "member" ("Union member Tom Reed").
  lawmaker: LAWMAKERS,
  legislator: LAWMAKERS,
  solon: LAWMAKERS,
});

/**
 * Heads whose person may be given any science's noun ("Neuroscientist Eleni Karamanlis… the
 * researcher", "Epidemiologist Ama Owusu… the scientist"): roles ending so stand in for them.
 */
export const SCIENCE_HEADS: ReadonlySet<string> = new Set(['researcher', 'scientist']);
export const SCIENCE_ROLE = /(?:scientist|ologist)$/;

/** Offices that run what follows them: "chief executive of", "the founder of the". */
const LEADS_OF =
  /\b(?:chief executive|CEO|managing director|executive director|general manager|founder|co-founder|owner|chair(?:man|woman|person)?|president|vice-president|head) of (?:the )?$/i;

/** "his celebrated wood-fire restaurant,": a possessive description set off, and its head noun. */
const OWNED = /^(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)\s*[,.;]/u;

/**
 * What is posted somewhere, after the platform's name as its modifier: "an emotional Instagram
 * post", "her TikTok account", "the council's Facebook page".
 */
const POSTED_ON =
  /^(?:post|posts|account|page|feed|story|stories|video|videos|reel|reels|livestream|channel|profile|handle|thread|message|messages)\b/;

/**
 * A work's noun right before a title: "her hit series Kitchen Rescue", "the podcast Night Shift".
 * Only nouns no verb is spelled as ("show", "film", "play" are: "polls show Trump ahead").
 */
const WORK_BEFORE =
  /\b(?:series|sitcom|podcast|documentary|docuseries|memoir|novel|album|musical|programme|thriller|movie) $/;

/** A lowercase "from", "in" or "near", a town and a comma: what follows is where the town is. */
const REGION_AFTER_TOWN = /\b(?:from|in|near) \p{Lu}[\p{L}-]+, $/u;

/**
 * A province's or state's abbreviation as Canadian and US papers write it after a town ("Brantford,
 * Ont.", "Truro, N.S.", "Springfield, Ill."): not "Inc.", "Jr.", "Ph.D.".
 */
const REGION_AFTER =
  /^(?:(?:Ont|Que|Alta|Sask|Man|Nfld|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Qld|Vic|Tas)\.|(?:B\.C|N\.S|N\.B|N\.L|P\.E\.I|N\.W\.T|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|R\.I|S\.C|S\.D|W\.Va)\.)/;

/** Words after a name that end it: "through Castlebar on Saturday". */
const NAME_ENDS =
  /^\s+(?:on|in|at|to|for|from|and|or|with|by|during|since|after|before|last|this|next|where|which|that|when|while|as|but|early|late)\b/;

/**
 * A name a road's noun ends: "Maple Avenue", "Sussex Drive". Not "Street": "Wall Street", "Bay
 * Street" and "Downing Street" stand for who works there; nor "Lane", a surname as often.
 */
const THOROUGHFARE =
  / (?:Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Crescent|Highway|Parkway|Terrace)$/;

/** Prepositions a place follows ("marched through Castlebar", "off Cape Hotham"). */
const PLACE_PREPOSITION = /\b(?:in|near|outside|across|off|through)\s$/i;
/** The same but "in", which a firm's name follows too ("Shares in Brightwater Energy"). */
const STRICT_PLACE_PREPOSITION = /\b(?:near|outside|across|off|through)\s$/i;

/**
 * The capitalised words written right before a number ("Ward 3", "Article 16"), as
 * `/\b([A-Z][A-Za-z]*) \d/g` would find them (ASCII: a quick sieve). Found from each space before a
 * digit, back over its word: the pattern tried every position of the article, about 1% of quote
 * extraction for a set read once an article.
 */
function wordsBeforeNumbers(text: string): string[] {
  const out: string[] = [];
  SPACE_DIGIT.lastIndex = 0;
  while (SPACE_DIGIT.test(text)) {
    const end = SPACE_DIGIT.lastIndex - 2;
    // \b before the word: it starts where the run of ASCII word characters before the space does.
    let start = end;
    while (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) start--;
    const first = text.charCodeAt(start);
    if (start === end || first < 65 || first > 90) continue;
    let letters = true;
    for (let i = start + 1; i < end && letters; i++)
      letters = isAsciiLetterCode(text.charCodeAt(i));
    if (letters) out.push(text.slice(start, end));
  }
  return out;
}

const SPACE_DIGIT = / [0-9]/g;

/** \w's characters, as \b reads them without the u and i flags (NaN, before a text's start: no). */
export const isAsciiWordCode = (c: number): boolean =>
  isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** "grew up in Wagga Wagga", "lives in Ōpōtiki", "born in Mthatha": only a place follows. */
const LIVED_IN = /\b(?:grew up|born|raised|lives|lived|living|based|settled)\s+in\s$/i;

/**
 * "Riverton Hawks", "Edmonton Oilers": a team's name, two words or more ending on a plural; or a
 * football club's ("Leeds United", "Harrowgate Town", "Bristol Rovers" is plural already).
 */
export const isTeamName = (name: string): boolean =>
  /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)* (?:\p{Lu}\p{Ll}+[^s\s]s|United|City|Town|Athletic|Albion|Hotspur|Argyle|FC)$/u.test(
    name,
  );

/**
 * An event by its last word, after a place's or sponsor's: "Ottawa Marathon", "Calgary Stampede",
 * "Canadian Open", "Lakehead Writers Festival"; not someone named so ("Paresh Gala", "Kevin
 * Derby").
 */
const EVENT =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* (?:Marathon|Festival|Stampede|Olympics|Games|Cup|Open|Championships?|Classic|Tournament|Regatta|Expo|Exhibition|Gala|Summit|Parade|Derby|Grand Prix|Invitational|Jamboree|Carnival|Awards?|Prize|Medal|Trophy)$/u;

/** An honour's last word: a cup, trophy, award, prize or medal. */
const HONOUR = / (?:Cup|Trophy|Awards?|Prize|Medal)$/;

function isEvent(name: string): boolean {
  if (!EVENT.test(name)) return false;
  // "Stanley Cup", "Lou Marsh Trophy": an honour's word ends no one's name.
  if (HONOUR.test(name)) return true;
  const words = name.split(' ');
  // A place's or a known word's name before the noun ("Ottawa Marathon", "Canadian Open"), or
  // more words than a person's name has; not "Paresh Gala", a given name no list holds.
  const first = words[0] ?? '';
  return (
    !isFirstName(first) &&
    (words.length > 2 ||
      lexiconType(first) !== undefined ||
      isDemonym(first) ||
      isPlainWord(first.toLowerCase()))
  );
}

/** One capitalised word in the plural, as a team's last word is ("Lions", "Oilers"). */
const TEAM_WORD = /^\p{Lu}\p{Ll}+[^s\s]s$/u;
/** The capitalised words right before a place in the text ("BC " before "Lions"). */
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*) $/u;

const SELF = /^(i|i['’]m|i['’]ve|i['’]d|i['’]ll|we|we['’]re|me|my|us|our)$/i;
/**
 * "dropped RM37 to RM3,912", "S$37", "US$37m", "R2.5m": a sum in a currency written before it,
 * which says nothing; nor does a road ("the A614"); "MI5", "U2" or "G7" may.
 */
const AMOUNT =
  /^(?:(?:RM|Rs|K?Sh|Ksh|Rp|Tk|[RNPK]|\p{Lu}{0,2}\$)\d[\d,.]*(?:bn|m|k|tn)?|\p{Lu}\d{3,4})$/u;

/**
 * Whether `text` writes `name` with `before` matching where it opens and `after` where it ends,
 * both sticky patterns (null: anything). The same as one pattern with the name escaped inside,
 * without compiling a pattern for every name: a pattern with Unicode classes costs a fraction of
 * a millisecond to compile, and hundreds of names are asked about over a corpus.
 */
export function writtenWith(
  text: string,
  name: string,
  before: RegExp | null,
  after: RegExp,
): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (before) before.lastIndex = at;
    after.lastIndex = at + name.length;
    if ((!before || before.test(text)) && after.test(text)) return true;
  }
  return false;
}

/** What after a name makes it a county's or a district's ("Jackson and Josephine counties"). */
const COUNTY_AFTER = /(?: and \p{Lu}[\p{L}-]+)? (?:count(?:y|ies)|township|district)s?\b/uy;

/**
 * A reporting verb's subject (readSpeaks): not an object's, "A seafood processor on
 * Newfoundland’s Northern Peninsula says"; "Vardhan Agritech on Monday said", a day between.
 */
const SAYING_SUBJECT = /(?<!\b(?:on|in|at|of|from|near|for|to|with|by) )\b/uy;
const SAYS_AFTER = /(?:['’]s)?(?: on \p{Lu}\p{Ll}+day)? (?:said|says|told|added|wrote|stated)\b/uy;
/** Or its object, right after the verb: "said Kaiser". */
const SAID_BEFORE = /(?<=\b(?:said|says) )/uy;
/** A word's start or end, as \b has it. */
const WORD_BOUNDARY = /\b/uy;

/** "X said it would", "X, on Monday, announced that it plans" (isOrganisation), after the name. */
const IT_WOULD_AFTER =
  /,?(?: on \p{Lu}\p{Ll}+day)? (?:said|says|announced)(?: on \p{Lu}\p{Ll}+day)?(?: that)? it (?:would|will|plans|planned|expects|expected)\b/uy;

/**
 * Whether `text` writes `word` right after a capitalised word a list knows as a first name, as
 * readGivenNameBefore's pattern finds it (its matches are among these; a match cannot overlap
 * the one before, so not all of these are its matches).
 */
function firstNameBefore(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    CAPITALISED_BEFORE_WORD.lastIndex = at;
    NAME_END.lastIndex = at + word.length;
    const given = CAPITALISED_BEFORE_WORD.exec(text)?.[1];
    if (given && isFirstName(given) && NAME_END.test(text)) return true;
  }
  return false;
}

/** A capitalised word and a space right before a position; the word captured. */
const CAPITALISED_BEFORE_WORD = /(?<=(?<![\p{L}])(\p{Lu}\p{Ll}+) )/uy;
/** No letter goes on from a name: sticky patterns to test at its start and its end. */
export const NAME_START = /(?<![\p{L}])/uy;
export const NAME_END = /(?![\p{L}])/uy;

/** readActs's pattern before the name, as a lookbehind, and after it. */
const ACTING_BEFORE = new RegExp(
  `(?<=(?:^|[.!?:;,—–]\\s+)(?:[Tt]he\\s+)?(?:\\p{Lu}\\S*-(?:${DESCRIBED_BY})\\s+)?)`,
  'uy',
);
const ACTING_AFTER =
  /(?:\s+\([^()]{1,30}\))?(?:\s+(?:in|of|at)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?(?:,\s+(?:which|who)\s[^,]{1,140},)?(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+(?:(?:has|have|had|will|would|can|could|is|was|are|were)\s+)?\p{Ll}+/uy;

/** ArticleNames with what the article's words say each name is. */
export class NameEvidence extends ArticleNames {
  /**
   * Whether a name cannot speak: a place, a time or a first-person word. Only names the lexicon
   * flags are checked against the article's evidence, so most articles are never read for it.
   */
  cannotSpeak(name: string): boolean {
    if (SELF.test(name) || isShouted(name) || AMOUNT.test(name)) return true;
    let known = this.mute.get(name);
    if (known === undefined) {
      const lexical = lexiconType(name);
      // "German", "More", "Afterwards", "Colo.": a nationality, a common word or a state's abbreviation.
      const unnamed =
        !name.includes(' ') &&
        (isPlainWord(name) ||
          PLACES.has(undotted(name)) ||
          this.onlyOpener(name) ||
          this.onlyNumbered(name));
      // "marched through Castlebar", "a Kelowna, B.C., winery owner": where the article puts things.
      // Not asked of a name opening on a given name ("Kelly Marsh"): most names the article has.
      const given = name.includes(' ') ? name.slice(0, name.indexOf(' ')) : name;
      const placed =
        !isFirstName(given) &&
        (this.placeEvidence(name, true) || this.townInRegion(name)) &&
        !this.speaksIn(name);
      // "a hand-painted sign on Maple Avenue": a road, unless the article has it speak; not a
      // person's name ("Diane Lane" opens on a given name).
      const street = THOROUGHFARE.test(name) && !isFirstName(given) && !this.speaksIn(name);
      known =
        (lexical === 'place' || lexical === 'time' || unnamed || placed || street) &&
        !this.expand(name) &&
        !this.personEvidence(name);
      this.mute.set(name, known);
    }
    return known;
  }

  /** "Ward 3 Coun. Ravi Dhaliwal", "the Ward 3 councillor": a word the article writes only before a number. */
  private onlyNumbered(word: string): boolean {
    // Most words are never written before a number: those that are, found once an article.
    this.numbered ??= new Set(this.paragraphs.flatMap(wordsBeforeNumbers));
    if (!this.numbered.has(word)) return false;
    let seen = false;
    for (const { text, end } of this.wholeWords(word, LETTER)) {
      if (!/^ \d/.test(text.slice(end, end + 2))) return false;
      seen = true;
    }
    return seen;
  }

  /** The capitalised words the article writes right before a number (onlyNumbered). */
  private numbered: Set<string> | undefined;

  /**
   * "Afterwards,", "Finally,": an adverb's form, and the article writes it only opening a sentence
   * before a comma ("Cleverly told reporters" is a surname).
   */
  private onlyOpener(word: string): boolean {
    if (!isAdverbForm(word)) return false;
    const use = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])(?!,)`, 'u');
    return !this.paragraphs.some((text) => text.includes(word) && use.test(text));
  }

  /**
   * Whether the article shows a name to be no one a "he" or "she" can mean: a firm's name with an
   * ampersand ("AT&T"), a place the article puts someone in ("in Atlantic City") or a thing it
   * says someone owns ("Brasa, his celebrated wood-fire restaurant,"), unless it also
   * shows a person by it ("someone in Paul Ryan who…" is no place: a first name starts it; "a
   * partner in Xi Jinping" is none either when the article also writes "President Xi Jinping").
   */
  isNoPerson(name: string): boolean {
    let known = this.noPerson.get(name);
    if (known === undefined) {
      known =
        this.namesNoOne(name) ||
        (typeByWords(name) !== 'person' &&
          (this.placeEvidence(name) || this.thingEvidence(name)) &&
          !this.personEvidence(name, true));
      this.noPerson.set(name, known);
    }
    return known;
  }

  /**
   * isNoPerson by the name's own words and where the article writes it, the part cheap enough to
   * ask of everyone a sentence opens on: a firm's "&", a street ("Great South Road"; "Park",
   * "Bridge" are surnames too), a name after "the" ("with the James Webb Space Telescope"), a word
   * only written after a possessive ("St Aldhelm’s Cathedral").
   */
  namesNoOne(name: string): boolean {
    let known = this.noOne.get(name);
    if (known === undefined) {
      known =
        name.includes('&') ||
        // A plural's ", who" is no person's evidence ("Young Latinos, who…").
        this.namesPlural(name) ||
        ((isStreet(name) ||
          isEvent(name) ||
          this.namedAfterThe(name) ||
          (this.ownedWord(name) && typeByWords(name) !== 'person')) &&
          !this.personEvidence(name, true));
      this.noOne.set(name, known);
    }
    return known;
  }

  private readonly noOne = new Map<string, boolean>();

  /**
   * "Young Latinos and Asian Americans, who…", "ran three Boston Marathons": capitalised words that
   * are a plural common noun after an adjective or a place, never one person a "he" or "she" can
   * mean. The last word is a plural by the lexicon ("marathons", "marathon") or by the article,
   * which writes its singular as a modifier ("Latino voters"); the first is no given name, but a
   * place or a word the lexicon lists as an adjective ("Young"). Not "Maxine Waters" (a given name
   * first), nor a surname in -s after a title ("Justice Sessions": no place, no adjective).
   */
  private namesPlural(name: string): boolean {
    const words = name.split(' ');
    if (words.length !== 2) return false;
    const [first = '', last = ''] = words;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || isTitle(first)) return false;
    if (isFirstName(first) || isGivenNameOfAnyKind(first)) return false;
    if (lexiconType(name) === 'person' || lexiconType(last) === 'person') return false;
    const place = lexiconType(first) === 'place' || PLACES.has(first.toLowerCase());
    if (!place && !isAdjective(first.toLowerCase())) return false;
    const lower = last.toLowerCase();
    if (isEnglishWord(lower) && isEnglishWord(lower.slice(0, -1))) return true;
    // "Latino voters": the singular, capitalised, before a lowercase word.
    const singular = last.slice(0, -1);
    for (const { text, end } of this.wholeWords(singular, LETTER)) {
      if (/^ \p{Ll}{3,}/u.test(text.slice(end, end + 5))) return true;
    }
    return false;
  }

  private readonly noPerson = new Map<string, boolean>();

  /** Whether every time the article writes a name, "the" or a preposition comes right before it. */
  protected onlyAfterPreposition(name: string): boolean {
    let seen = false;
    for (const { text, at } of this.wholeWords(name, /[\p{L}-]/u)) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
      if (before !== 'the' && !PLACE_PREPOSITIONS.has(before ?? '')) return false;
      seen = true;
    }
    return seen;
  }

  /** Whether a name is a team's ("Edmonton Oilers", "Leeds United"), by its words. */
  isTeam(name: string): boolean {
    // Not "United States", a place by the lexicon.
    return (
      isTeamName(name) &&
      !isFirstName(name.slice(0, name.indexOf(' '))) &&
      lexiconType(name) !== 'place'
    );
  }

  /**
   * Whether one word is a team's last, written alone after "the" ("The Lions lead the CFL") where
   * the article writes the team in full ("BC Lions"); not a surname ("Sgt. Harjit Bains… Bains").
   */
  isTeamWord(word: string): boolean {
    if (!TEAM_WORD.test(word)) return false;
    // Asked of every candidate for each "he" or "she": read the paragraphs once a word.
    let known = this.teamWords.get(word);
    if (known === undefined) {
      known = this.readTeamWord(word);
      this.teamWords.set(word, known);
    }
    return known;
  }

  private readonly teamWords = new Map<string, boolean>();

  private readTeamWord(word: string): boolean {
    let team = false;
    let the = false;
    for (const { text, at } of this.wholeWords(word, LETTER)) {
      const before = text.slice(Math.max(0, at - 40), at);
      the ||= /(?:^|[^\p{L}])[Tt]he $/u.test(before);
      // Not "The" opening a sentence ("The Ebelings said", a family), nor a title ("Mrs Jennings",
      // "Pope Francis").
      const words = CAPITALISED_BEFORE.exec(before)?.[1]?.replace(/^The(?: |$)/, '');
      const titled = !!words && isTitle(words.slice(words.lastIndexOf(' ') + 1));
      team ||= !!words && !titled && this.isTeam(`${words} ${word}`);
      if (team && the) return true;
    }
    return false;
  }

  /** Whether any paragraph writes this word, whole ("Dublin", not "Dubliner"). */
  writes(word: string): boolean {
    return !this.wholeWords(word, LETTER).next().done;
  }

  /**
   * Whether the article writes a lowercase "the" right before the whole name, of three words or
   * more ("with the James Webb Space Telescope by…"; not "the Virgin Mary", nor "the Kanye West
   * Foundation", whose name runs on).
   */
  private namedAfterThe(name: string): boolean {
    if (name.split(' ').length < 3) return false;
    return this.paragraphs.some((text) => {
      for (let at = text.indexOf(name); at >= 4; at = text.indexOf(name, at + 1)) {
        // The name must end there: punctuation or a function word after it, not a noun it
        // qualifies ("the Andrew Lloyd Webber musical") nor more of a name.
        const after = text.slice(at + name.length, at + name.length + 12);
        if (
          !/^(?:[,.;:!?)]|\s+(?:by|in|on|at|to|for|from|with|and|or|of|was|is|has|had|will|which|that|last|this|next|during|since|after|before|as|when|but)\b)/.test(
            after,
          )
        )
          continue;
        if (text.startsWith('the ', at - 4) && !/\p{L}/u.test(text.charAt(at - 5))) return true;
      }
      return false;
    });
  }

  /**
   * A single word the article only writes after a possessive: "St Aldhelm’s Cathedral"; not after
   * a place's ("Canada’s Trudeau").
   */
  private ownedWord(name: string): boolean {
    if (name.includes(' ')) return false;
    let seen = false;
    for (const { text, at, end } of this.wholeWords(name, /[\p{L}’']/u)) {
      const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      if (!owner || lexiconType(owner) === 'place' || PLACES.has(owner.toLowerCase())) return false;
      // "Arsenal’s Saka said": a club's player who speaks is someone.
      if (/^\s+(?:said|says|told|tells|added|adds|who)\b/.test(text.slice(end, end + 12)))
        return false;
      seen = true;
    }
    return seen;
  }

  /**
   * "Production averaged 184,000 barrels": a single capitalised noun for a doing, unless the
   * article opens a longer name with it ("Constellation Software Inc.").
   */
  protected namesADoing(name: string): boolean {
    if (!/^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness)$/u.test(name)) return false;
    const longer = new RegExp(`\\b${name} \\p{Lu}`, 'u');
    return !this.paragraphs.some((text) => text.includes(`${name} `) && longer.test(text));
  }

  /** "Jackson and Josephine counties": a name the article gives a county (not "Orange County", a run of its own). */
  protected namesCounty(name: string): boolean {
    let known = this.counties.get(name);
    if (known === undefined) {
      known = this.paragraphs.some((text) => writtenWith(text, name, null, COUNTY_AFTER));
      this.counties.set(name, known);
    }
    return known;
  }

  /** namesCounty's answers: the same names are asked for every "the company" the article has. */
  private readonly counties = new Map<string, boolean>();

  /**
   * "in Atlantic City", "outside Sandy Hook": the name right after a preposition of place; with
   * `strict`, not after "in", which firms follow too ("Shares in Brightwater Energy").
   */
  private placeEvidence(name: string, strict = false): boolean {
    const preposition = strict ? STRICT_PLACE_PREPOSITION : PLACE_PREPOSITION;
    for (const text of this.paragraphs) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const before = text.slice(Math.max(0, at - 16), at);
        const after = text.charAt(at + name.length);
        // Not a body's name: "born in Cork University Maternity Hospital".
        const placed = preposition.test(before) || (LIVED_IN.test(before) && !isOrgName(name));
        if (placed && !/['’\p{L}]/u.test(after)) {
          // Strictly, only where the name ends: "outside BBC buildings" puts people by buildings,
          // "through Google Checkout" pays through a service.
          const rest = text.slice(at + name.length, at + name.length + 12);
          if (!strict || /^(?:[,.;:!?)]|$)/.test(rest) || NAME_ENDS.test(rest)) return true;
        }
        if (strict) continue;
        // "from Rochdale, Greater Manchester,", "in Woking, Surrey.": a town's county or region.
        if (/^[,.]/.test(after) && REGION_AFTER_TOWN.test(text.slice(Math.max(0, at - 40), at)))
          return true;
      }
    }
    return false;
  }

  /**
   * "Laiterie Beaumont Inc. said… the closures in Peterborough and Stratford": a firm the article
   * reports speaking, over the nearest name when that one is written as a place and never speaks.
   */
  protected unplaced(
    nearest: Entity | undefined,
    speaking: () => Entity | undefined,
  ): Entity | undefined {
    if (!nearest || !this.placeEvidence(nearest.name) || this.speaksIn(nearest.name))
      return nearest;
    return speaking() ?? nearest;
  }

  /** "Brantford, Ont.", "Springfield, Ill.", "Truro, N.S.": a town written with its region's abbreviation. */
  protected townInRegion(name: string): boolean {
    if (name.includes(' ')) return false;
    // Asked of most names: a plain search for "Name, " settles nearly all of them.
    const comma = `${name}, `;
    return this.paragraphs.some((text) => {
      for (let at = text.indexOf(comma); at >= 0; at = text.indexOf(comma, at + 1)) {
        if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
        if (REGION_AFTER.test(text.slice(at + comma.length, at + comma.length + 8))) return true;
      }
      return false;
    });
  }

  /**
   * Whether the article writes the name as the subject of a reporting verb ("Loblaws said",
   * "said Kaiser"): whatever else it writes of it, it speaks.
   */
  protected speaksIn(name: string): boolean {
    return remembered(this.speaks, name, (n) => this.readSpeaks(n));
  }

  /** speaksIn's answers: a firm is asked about for every "the company" the article has. */
  private readonly speaks = new Map<string, boolean>();

  private readSpeaks(name: string): boolean {
    return this.paragraphs.some(
      (text) =>
        writtenWith(text, name, SAYING_SUBJECT, SAYS_AFTER) ||
        writtenWith(text, name, SAID_BEFORE, WORD_BOUNDARY),
    );
  }

  /** Whether every mention of the name is a possessive: "The RCMP's firearms lab". */
  protected ownerOnly(name: string): boolean {
    let seen = false;
    for (const text of this.paragraphs) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!ownsAt(text, at + name.length)) return false;
        seen = true;
      }
    }
    return seen;
  }

  /**
   * Whether the article writes the word after a given name its lists know ("George Zimmerman" in
   * the lede, "pulled Zimmerman's listing" paragraphs later): a person's surname.
   */
  protected givenNameBefore(word: string): boolean {
    return remembered(this.givenBefore, word, (w) => this.readGivenNameBefore(w));
  }

  /** givenNameBefore's answers, asked of every one-word firm near every "the company". */
  private readonly givenBefore = new Map<string, boolean>();

  private readGivenNameBefore(word: string): boolean {
    const spaced = ` ${word}`;
    const after = new RegExp(
      `(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) ${escapeRegExp(word)}(?![\\p{L}])`,
      'gu',
    );
    // V8 compiles a pattern when first run: only a text where the word follows a given name at
    // all (firstNameBefore, without the pattern) can hold a match.
    return this.paragraphs.some(
      (text) =>
        text.includes(spaced) &&
        firstNameBefore(text, word) &&
        [...text.matchAll(after)].some((m) => isFirstName(m[1]!)),
    );
  }

  /**
   * Whether the article writes the name as a sentence's or clause's subject, doing something:
   * "SaskPower announced Tuesday", "Fisheries and Oceans Canada (DFO) is keeping…", "Bluewater
   * Seafoods Ltd., which bought the plant from Comeau Fisheries, cited…"; not a name after a
   * preposition ("from Comeau Fisheries") or before a noun ("Hydro-Québec customers").
   */
  protected actsIn(name: string): boolean {
    return remembered(this.acts, name, (n) => this.readActs(n));
  }

  /** actsIn's answers, asked for every firm near every "the company". */
  private readonly acts = new Map<string, boolean>();

  private readActs(name: string): boolean {
    const writing = this.paragraphs.filter((text) => text.includes(name));
    if (writing.length === 0) return false;
    const subject = new RegExp(
      // "Nasdaq-listed Ballard Power will…": a describing prefix before the name too.
      `(?:^|[.!?:;,—–]\\s+)(?:[Tt]he\\s+)?(?:\\p{Lu}\\S*-(?:${DESCRIBED_BY})\\s+)?${escapeRegExp(name)}` +
        // "(DFO)", "in Chorley", ", which bought the plant from Comeau Fisheries in 2017,", "on
        // Monday".
        `(?:\\s+\\([^()]{1,30}\\))?(?:\\s+(?:in|of|at)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)?(?:,\\s+(?:which|who)\\s[^,]{1,140},)?(?:\\s+on\\s+\\p{Lu}\\p{Ll}+day)?` +
        // An auxiliary is a verb's ("will close", "has issued"), whatever word follows.
        `\\s+(?:(has|have|had|will|would|can|could|is|was|are|were)\\s+)?(\\p{Ll}+)`,
      'gu',
    );
    return writing.some((text) => {
      // V8 compiles a pattern when first run, which for this one costs a millisecond: only a text
      // where its parts before and after the name match around a mention can hold a match.
      if (!writtenWith(text, name, ACTING_BEFORE, ACTING_AFTER)) return false;
      for (const m of text.matchAll(subject)) {
        const word = m[2]!;
        // "Service was restored", "Comeau Fisheries was bought by…": what is done to a passive
        // subject is no doing of its.
        if (
          m[1] &&
          /^(?:is|was|are|were)$/.test(m[1]) &&
          (/(?:ed|en)$/.test(word) || ACTS.test(word))
        )
          continue;
        // "Enbridge shares rose": a plural noun after the name, then the verb.
        if (!m[1] && isPresentVerb(word) && NEXT_VERB.test(text.slice(m.index! + m[0].length)))
          continue;
        if (m[1] || ACTS.test(word) || isVerbForm(word) || isPresentVerb(word)) return true;
      }
      return false;
    });
  }

  /** Whether the article writes `name` only as what someone runs ("chief executive of X"). */
  private onlyRun(name: string): boolean {
    let run = false;
    for (const { text, at, end } of this.wholeWords(name, LETTER)) {
      const led = LEADS_OF.test(text.slice(Math.max(0, at - 40), at));
      // "head of Jane Doe’s security detail", "founder of Zaha Hadid Architects": not the name's.
      if (!led || ownsAt(text, end) || /^ (?:\p{Lu}|and\b|&)/u.test(text.slice(end, end + 5)))
        return false;
      run = true;
    }
    return run;
  }

  /**
   * Whether the article sets the name off with what someone owns that is no person: "Brasa, his
   * celebrated wood-fire restaurant," (a head noun no list or lexicon gives a person); or writes
   * it only as what someone runs, a platform or a work's title.
   */
  private thingEvidence(name: string): boolean {
    // "opened up in an emotional Instagram post": a platform, one word the article writes only
    // before what is posted on it ("The Stormzy video" is no platform where "Stormzy said" too).
    // "her hit series Kitchen Rescue": a title after its work's noun, not opening on a given name
    // ("During the series Ollie Pope scored…").
    if (!name.includes(' ') && !isAnyGivenName(name) && this.onlyPlatform(name)) return true;
    // "chief executive of Fjordline Shipping", "founder of Brasa": what someone runs, when the
    // article writes the name only so ("Zaha Hadid, founder of Zaha Hadid Architects" and "Tory
    // Burch, founder of Tory Burch" are people: review).
    if (this.onlyRun(name)) return true;
    const opener = name.slice(0, name.includes(' ') ? name.indexOf(' ') : undefined);
    const titled = !isGivenNameOfAnyKind(opener);
    for (const text of this.paragraphs) {
      for (let at = titled ? text.indexOf(name) : -1; at >= 0; at = text.indexOf(name, at + 1)) {
        if (WORK_BEFORE.test(text.slice(Math.max(0, at - 14), at))) return true;
      }
      const at = text.indexOf(`${name}, `);
      if (at < 0) continue;
      const owned = OWNED.exec(text.slice(at + name.length + 2, at + name.length + 80));
      const head = owned?.[1];
      if (head && !isActorNoun(head) && !ROLES.has(head) && !ROLE_SYNONYMS[head]) return true;
    }
    return false;
  }

  /** Whether every time the article writes the word, what is posted on it follows ("Instagram post"). */
  private onlyPlatform(name: string): boolean {
    let seen = false;
    // Whole words only: "Face" inside "Facebook" is no mention of a platform called Face.
    for (const { text, end } of this.wholeWords(name, LETTER)) {
      const after = text.slice(end, end + 15);
      if (!after.startsWith(' ') || !POSTED_ON.test(after.slice(1))) return false;
      seen = true;
    }
    return seen;
  }

  /** cannotSpeak's answers: a place or time name recurs, and each answer reads the article. */
  private readonly mute = new Map<string, boolean>();

  /**
   * An organisation by an acronym the article spells out, by its name's words, or by what it says
   * of itself: "Shopify said on Tuesday it would cut 500 jobs", "Lonestar Voice Link said it would
   * contest the fine" (no person's evidence; a name of several words opening on no given name).
   */
  isOrganisation(name: string): boolean {
    // Asked of every sentence's speaking body (SpeakerState.noteBody): read once a name, as the
    // article's acronyms, the name's words and what the article writes of it never change.
    return remembered(this.organisations, name, (n) => this.readOrganisation(n));
  }

  /** isOrganisation's answers, by name. */
  private readonly organisations = new Map<string, boolean>();

  private readOrganisation(name: string): boolean {
    return (
      this.expand(name) !== undefined ||
      typeByWords(name) === 'organisation' ||
      (opensOnNoGivenName(name) && remembered(this.itself, name, (n) => this.readItself(n)))
    );
  }

  /** isOrganisation's reading of "X said it would", by name. */
  private readonly itself = new Map<string, boolean>();

  /** Whether the article quotes an "it" at all ("“…,” it said"): read once, asked of every name. */
  private quotesIt: boolean | undefined;

  private readItself(name: string): boolean {
    // Only where the article quotes an "it" (not "Zendaya said it was the hardest role… she said").
    this.quotesIt ??= this.paragraphs.some((text) => /\bit (?:said|says|added|wrote)\b/.test(text));
    if (!this.quotesIt) return false;
    const itWould = (text: string): boolean =>
      writtenWith(text, name, WORD_BOUNDARY, IT_WOULD_AFTER);
    return this.paragraphs.some(itWould) && !this.personEvidence(name);
  }

  /**
   * Whether the article shows a name to be a person's: after a first name ("John Bolton", so
   * "Bolton" is no town), after an honorific, or before an age or "who"; with `titles`, after an
   * office's title as well.
   */
  protected personEvidence(name: string, titles = false): boolean {
    for (const text of this.paragraphs) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const before =
          text
            .slice(Math.max(0, at - 20), at)
            .trim()
            .split(/\s+/)
            .pop() ?? '';
        const after = text.slice(at + name.length, at + name.length + 12);
        // "San Jose, California": a first name set off by a comma is not this name's; nor is one
        // owning it ("St Brigid’s Cathedral").
        if ((isFirstName(before) && !/[,;:’']s?$/.test(before)) || HONORIFIC.test(before))
          return true;
        // "President Xi Jinping", "Prime Minister Narendra Modi": an office's title (`titles`).
        if (titles && /^\p{Lu}/u.test(before) && ROLES.has(before.toLowerCase())) return true;
        if (/^,\s+(\d{1,3},|who\b)/.test(after)) return true;
      }
    }
    return false;
  }
}

/**
 * "FORT PIERCE, Fla. —", "UN: PEACEKEEPERS PAYING…": words all in capitals are a dateline or a
 * headline, not a name; acronyms ("FBI", "AT&T") are single words.
 */
const isShouted = (name: string): boolean =>
  / /.test(name) && !/\p{Ll}/u.test(name) && /\p{Lu}{4}/u.test(name);

/** The word right before a name, across spaces: "at " of "at Holmewood Academy". */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** A possessive word right before a name: "St Aldhelm’s " of "St Aldhelm’s Cathedral". */
const OWNER_BEFORE = /(?:^|[^\p{L}’'])(\p{L}+)['’]s $/u;

/** Prepositions a place or an institution follows ("at Holmewood Academy", "in Partick"). */
const PLACE_PREPOSITIONS = new Set([
  'at',
  'in',
  'on',
  'for',
  'from',
  'to',
  'into',
  'near',
  'outside',
  // "Neilson Barnard via Getty Images": a photo's credit.
  'via',
]);

/** Verbs a subject does that no form-reading finds: "is", "says", "cut". */
const ACTS =
  /^(?:is|was|has|had|says|said|told|cut|put|set|let|hit|sent|spent|built|sold|bought|won|lost|made|took|gave|kept|paid|brought|began|became|announced)$/;

/** A past verb right after a word: "rose" of "Enbridge shares rose", "sit" of "stores sit". */
const NEXT_VERB =
  /^\s+(?:\p{Ll}+ed|rose|fell|sat|sit|stood|stand|went|were|are|remain|remained)\b/u;

/** One word, or several whose first is no given name a list knows ("Lonestar Voice Link"). */
function opensOnNoGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return true;
  const first = name.slice(0, space);
  return !isAnyGivenName(first);
}
