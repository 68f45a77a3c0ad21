/**
 * What one article says about the names it uses: organisations introduced with an acronym, the
 * roles and ages given to people, pairs named together, and what kind of thing each name is.
 * Read lazily: most articles never ask, and only the paragraphs a question needs are searched
 * (entity-reading.ts reads one paragraph's names; this file asks across paragraphs).
 */
import {
  firstNameGender,
  isFirstName,
  isKnownGivenName,
  isOrgName,
  isTitle,
  undotted,
} from '../text/names.js';
import { stem } from '../text/tokenize.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { splitSentences } from '../text/sentences.js';
import { readAcronyms } from './acronyms.js';
import {
  LESSER,
  TITLED_NOUNS,
  NOT_NAME,
  ORG_NOUNS,
  PLACES,
  ROLES,
  SPOKESPEOPLE,
  STATUS,
  VOICE,
  VOICE_LINK,
} from './lexicon.js';
import { isActorNoun, isAdverbForm, isPlainWord, lexiconType } from './lexicon-types.js';
import { isReportingVerb } from './verbs.js';
import { DESCRIBING_SUFFIX, isOfficeTitle, isPluralRole, isRoleNoun } from './subject.js';
import {
  HONORIFIC,
  TITLE_WORDS,
  kind,
  readParagraph,
  sentenceRest,
  isStreet,
  typeByWords,
  type Entity,
  type NameType,
} from './entity-reading.js';

export type { NameType };

/** Documents and bodies whose words a quotation may be: a paragraph naming one is no narration. */
const SOURCE_NOUNS =
  /\b(?:memo|report|letter|statement|release|post|tweet|email|e-mail|study|survey|filing|ruling|order|document|ad|editorial|website|brief|complaint)s?\b/i;

/** Organisation nouns that may stand for any organisation named before, not only one named so. */
const GENERIC_ORG_NOUNS = new Set(
  (
    'company firm airline carrier department agency retailer business operator manufacturer ' +
    'carmaker automaker maker insurer lender startup miner producer supermarket grocer brewer ' +
    'builder telco chain utility chipmaker drugmaker'
  ).split(' '),
);

/** Last words of a public body's name, which "the company" never means. */
const PUBLIC_BODY =
  /^(?:Regulator|Commission|Authority|Agency|Ministry|Department|Board|Council|Office|Bureau|Tribunal|Ombudsman|Court|Police|Government|Parliament|Senate|Assembly)$/;

/** Nouns for an organisation and the words its name or introduction may use instead. */
const AIRLINE_WORDS = ['airline', 'carrier', 'airlines', 'airways'];
// Not "office" nor "agency": "the Home Office", "the Border Agency" are no watchdogs.
const WATCHDOG_WORDS = ['regulator', 'watchdog', 'authority', 'commission', 'bureau', 'ombudsman'];
const ORG_SYNONYMS: Record<string, string[]> = {
  airline: AIRLINE_WORDS,
  carrier: AIRLINE_WORDS,
  // "the force" for "the Winnipeg Police Service", "Surrey RCMP".
  force: ['force', 'police', 'constabulary', 'rcmp', 'opp'],
  // "the union" for "the National Association of Further Education Lecturers".
  union: [
    'union',
    'association',
    'federation',
    'alliance',
    'guild',
    'brotherhood',
    'congress',
    // "CUPE Local 79", "Unifor Local 444": a union's branch.
    'local',
  ],
  // "the watchdog" for "the Competition Bureau", "the Financial Conduct Authority".
  watchdog: WATCHDOG_WORDS,
  regulator: WATCHDOG_WORDS,
};

/**
 * Last words of a body's name a generic noun may stand for, only as the last word: "the agency"
 * for "the Australian Space Office", "the Federal Aviation Administration".
 */
const TYPE_SYNONYMS: Record<string, string[]> = {
  agency: ['agency', 'office', 'administration', 'authority', 'service', 'bureau', 'commission'],
  // "the group" for "the American Civil Liberties Union of Texas", an advocacy group by its name.
  group: ['group', 'coalition', 'alliance', 'union', 'network'],
  // "the civic body" for "the Brihanmumbai Municipal Corporation", "the governing body" for a
  // federation: a public or governing body by the word its name ends on.
  body: ['corporation', 'council', 'authority', 'commission', 'body'],
};

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** Role nouns and the words an introduction may use for the same role. */
const ROLE_SYNONYMS: Record<string, string[]> = {
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
  manager: ['manager', 'manages'],
  // "the CEO" for "Chief Executive Rosalind Okwu"; "the CFO" for "Chief Financial Officer X".
  ceo: ['ceo', 'executive'],
  cao: ['cao', 'administrative'],
  cto: ['cto', 'technology'],
  pm: ['pm', 'prime'],
  coo: ['coo', 'operating'],
  cfo: ['cfo', 'financial'],
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
};

/**
 * Words that stand for a role only where the mention also says which ("the Idaho senator", "the
 * Oscar winner"): offices' titles as US papers abbreviate them ("Sen.", "Rep.", "Gov."), and
 * what a winner did ("Thorne, who won an Oscar"; not "who won his seat").
 */
const QUALIFIED_SYNONYMS: Record<string, string> = {
  senator: 'sen',
  representative: 'rep',
  congressman: 'rep',
  congresswoman: 'rep',
  governor: 'gov',
  winner: 'won',
};

const AGE = /^(\d{1,3})-year-old$/;

const POSSESSIVE = /^(?:his|her|their|its|my|our|your)$/i;

/** Kin nouns, whose gender owns them, and the kin that makes someone so ("her grandchildren"). */
const NUMBERS = 'two|three|four|five|six|seven|eight|nine|ten|\\d+';
const COUNT = `(?:${NUMBERS}|young|adult|grown)`;
/** "the mother of three": a description ending on a count of children. */
const OF_COUNT = new RegExp(`^(?:${NUMBERS})$`);
const GRANDCHILDREN = 'grandchildren|grandchild|grandkids|grandsons?|granddaughters?';
const CHILDREN = 'children|child|kids|sons?|daughters?';
const KIN: Record<string, { owner: 'f' | 'm' | 'any'; kin: string }> = {
  grandmother: { owner: 'f', kin: GRANDCHILDREN },
  grandma: { owner: 'f', kin: GRANDCHILDREN },
  grandfather: { owner: 'm', kin: GRANDCHILDREN },
  grandpa: { owner: 'm', kin: GRANDCHILDREN },
  grandparent: { owner: 'any', kin: GRANDCHILDREN },
  mother: { owner: 'f', kin: CHILDREN },
  mom: { owner: 'f', kin: CHILDREN },
  mum: { owner: 'f', kin: CHILDREN },
  father: { owner: 'm', kin: CHILDREN },
  dad: { owner: 'm', kin: CHILDREN },
  parent: { owner: 'any', kin: CHILDREN },
};

/** Kin nouns that give a gender: "her husband, Derek" is a man. */
const KIN_GENDER: Record<string, 'm' | 'f'> = {
  husband: 'm',
  son: 'm',
  brother: 'm',
  father: 'm',
  grandson: 'm',
  nephew: 'm',
  uncle: 'm',
  wife: 'f',
  daughter: 'f',
  sister: 'f',
  mother: 'f',
  granddaughter: 'f',
  niece: 'f',
  aunt: 'f',
};

/** Nouns for someone introduced by their relation to another ("her son, X"). */
const RELATIVES = [
  'son',
  'daughter',
  'child',
  'husband',
  'wife',
  'partner',
  'grandson',
  'granddaughter',
];

/** A spouse's noun, and the gender it gives. */
const SPOUSES: Record<string, 'f' | 'm'> = { wife: 'f', husband: 'm' };

/** Whether the name's given name has this gender ('any': some gender, so a person's name). */
function ofGender(e: Entity, owner: 'f' | 'm' | 'any'): boolean {
  const gender = firstNameGender(e.name);
  return owner === 'any' ? gender !== undefined : gender === owner;
}

/** Words that open a verb's object: "chairs the board", "coaches a team". */
const OBJECT_OPENS = /^(?:the|a|an|his|her|their|its)$/;

/** "his celebrated wood-fire restaurant,": a possessive description set off, and its head noun. */
const OWNED = /^(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}]+)\s*[,.;]/u;

// "a spokesman for the Saskatchewan Health Authority", "a Metrolinx spokesperson".
// Not over "and" ("X and Premier Scott Moe") nor a full stop ("Metrolinx. Trains resumed").
const ORG_WORDS_RUN = String.raw`\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'&-]*)*`;
const SPOKES_FOR = new RegExp(
  String.raw`\b(?:[Aa]n?)\s+${VOICE}\s+${VOICE_LINK}\s+(?:the\s+)?(${ORG_WORDS_RUN})|\b(?:[Aa]n?)\s+(${ORG_WORDS_RUN})\s+${VOICE}\b`,
  'gu',
);

/** A paragraph opening on a group: "Residents of…", "Police said…", "Officials with…". */
const PLURAL_OPENER =
  /^\s*(?:The\s+|Many\s+|Some\s+|Other\s+)?(?:Police|\p{Lu}\p{Ll}+(?:ents|ers|ors|ists|ians|als|ees|bours|bors|ives))\b/u;

/** Capitalised words and the words joining them: "Migiskan Falls First Nation", not "The …". */
const BODY_NAME = /^(?!.*\bThe )\p{Lu}\S*(?: (?:of|for|and|\p{Lu}\S*))*$/u;

/** An official who comments on a story ("Police spokesperson Sarah Jones"), not its subject. */
const isOfficial = (e: Entity): boolean =>
  holdsOffice(e) || SPOKESPEOPLE.some((w) => e.roles.has(w));

const orgish = (e: Entity): boolean => kind(e) === 'organisation' || kind(e) === 'unknown';

/** Words after a description's head noun: "the senior coroner for Derby", "the head of the union". */
const DESCRIPTION_LINKS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on']);

/** A lowercase "from", "in" or "near", a town and a comma: what follows is where the town is. */
const REGION_AFTER_TOWN = /\b(?:from|in|near) \p{Lu}[\p{L}-]+, $/u;

/** An office that watches over something ("Office for Students", "Office of the Privacy Commissioner"). */
const WATCHDOG_OFFICE =
  /^Office (?:for |of (?:the )?(?:[\p{Lu}][\p{L}-]* (?:and )?)*(?:Commissioner|Ombudsman|Regulator|Inspector|Auditor|Rail|Communications))/u;

/** Conjunctions that open a clause before a pair's names ("When Jordan Ellis and Caitlin Moore…"). */
const CLAUSE_CONJUNCTIONS = /^(?:When|After|Before|Since|While|Once|Until|As|Although|Though)$/;

/**
 * A province's or state's abbreviation as Canadian and US papers write it after a town ("Brantford,
 * Ont.", "Truro, N.S.", "Springfield, Ill."): not "Inc.", "Jr.", "Ph.D.".
 */
const REGION_AFTER =
  /^(?:(?:Ont|Que|Alta|Sask|Man|Nfld|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Qld|Vic|Tas)\.|(?:B\.C|N\.S|N\.B|N\.L|P\.E\.I|N\.W\.T|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|R\.I|S\.C|S\.D|W\.Va)\.)/;

/** Words after a name that end it: "through Castlebar on Saturday". */
const NAME_ENDS =
  /^\s+(?:on|in|at|to|for|from|and|or|with|by|during|since|after|before|last|this|next|where|which|that|when|while|as|but|early|late)\b/;

/** Prepositions a place follows ("marched through Castlebar", "off Cape Hotham"). */
const PLACE_PREPOSITION = /\b(?:in|near|outside|across|off|through)\s$/i;
/** The same but "in", which a firm's name follows too ("Shares in Brightwater Energy"). */
const STRICT_PLACE_PREPOSITION = /\b(?:near|outside|across|off|through)\s$/i;

/** A chief officer's letters, whose synonym ("technology") names the office only after "chief". */
const CHIEF_OFFICES = new Set(['cao', 'cto', 'coo']);

/** Nouns for a goaltender, whom "the netminder" finds by the saves the article gives them. */
const KEEPERS = new Set(['netminder', 'goaltender', 'goalie', 'keeper', 'goalkeeper']);

/**
 * "made 38 saves", "stopped 27 of 29 shots", "turned aside all 31 shots": right after a name, a
 * goaltender's night (not a shooter's "had 9 shots").
 */
const SAVES =
  /^,?\s+(?:made\s+\d+\s+saves|(?:stopped|turned aside|kicked out)\s+(?:all\s+)?\d+\s+(?:of\s+\d+\s+)?shots)\b/;

/** "allowed three goals on 27 shots": a goaltender's night too, so two goaltenders leave "the goalie" open. */
const CONCEDED = /^,?\s+(?:allowed|gave up|conceded)\s+\S+\s+goals?\b/;

/**
 * A paragraph that only credits a photograph: "Neilson Barnard via Getty Images.", "Photo: Jane
 * Roe" (not "testified via video link").
 */
const CREDIT =
  /^(?:[^.]{0,60}\bvia (?:Getty Images|Reuters|AP|AFP|The Associated Press|The Canadian Press|Shutterstock|Unsplash)\b|(?:Photo|Photograph|Credit)s?:)/;

/**
 * An office's title of two, three or four words, then a name: "Inspector-General of Police Tan Sri
 * Khairul Anuar Ismail". Sticky, with each title word's capital captured, so that one pattern
 * serves every acronym (readOffices): a pattern built for each acronym's letters and run over the
 * article cost more to build and run than all the rest of the lookup.
 */
const OFFICE_TITLED = [2, 3, 4].map(
  (n) =>
    new RegExp(
      `\\b(${Array(n).fill('(\\p{Lu})\\p{Ll}+').join('[- ](?:(?:of|for|the) )*')})(?: \\([^)]*\\))?,? ((?:\\p{Lu}[\\p{L}’'-]*\\.? ){0,4}\\p{Lu}[\\p{L}’'-]+)`,
      'uy',
    ),
);

/** How many paragraphs back a description may refer. */
const NEAR = 6;

/** A sentence opening on a name, after at most three capitalised words ("Every Sunday, X", "Captain X"). */
function opensOn(sentence: string, name: string): boolean {
  if (sentence.startsWith(`${name} `) || sentence.startsWith(`${name},`)) return true;
  return new RegExp(`^(?:\\p{Lu}\\S*\\s){1,3}${escapeRegExp(name)}[\\s,’']`, 'u').test(sentence);
}

/** "family of Arthur Penwell", "Aiden Marsh's family", "the Marsh family": whose family. */
const FAMILY_OF =
  /\bfamily of (?!companies|brands|products)(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2})|(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2})['’]s? family\b|\b[Tt]he (\p{Lu}[\p{L}’'-]+) family\b/gu;

/** Two to four capitalised words: a person's name in full. */
const FULL_NAME = "\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){1,3}";

/** "X, known (to everyone) as “N,”", "X, nicknamed “N”", "knows X as “N”": the name and the nickname. */
const NICKNAMED = new RegExp(
  `(${FULL_NAME})(?:,? (?:known|nicknamed|called) (?:to \\p{Ll}+ )?as|,? (?:nicknamed|dubbed)) [“"]([^”"]+?)[,.]?[”"]|\\bknows? (${FULL_NAME}) as [“"]([^”"]+?)[,.]?[”"]`,
  'gu',
);

/**
 * "Riverton Hawks", "Edmonton Oilers": a team's name, two words or more ending on a plural; or a
 * football club's ("Leeds United", "Harrowgate Town", "Bristol Rovers" is plural already).
 */
const isTeamName = (name: string): boolean =>
  /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)* (?:\p{Lu}\p{Ll}+[^s\s]s|United|City|Town|Athletic|Albion|Hotspur|Argyle|FC)$/u.test(
    name,
  );

/**
 * Nouns for someone of a nation whose letters the nation's words do not share, with those words as
 * a description gives them ("New Zealand centre Liam Tuhoe" for "the Kiwi", "Finnish goaltender
 * Mikko Lahtinen" for "the Finn").
 */
const NATIONALITY_FORMS: Record<string, string[]> = {
  kiwi: ['zealand', 'zealander'],
  finn: ['finnish', 'finland'],
  frenchman: ['french', 'france'],
  frenchwoman: ['french', 'france'],
  scot: ['scottish', 'scotland', 'scots'],
  welshman: ['welsh', 'wales'],
  welshwoman: ['welsh', 'wales'],
  irishman: ['irish', 'ireland'],
  irishwoman: ['irish', 'ireland'],
  englishman: ['english', 'england'],
  englishwoman: ['english', 'england'],
  dutchman: ['dutch', 'netherlands'],
  swede: ['swedish', 'sweden'],
  dane: ['danish', 'denmark'],
  pole: ['polish', 'poland'],
  aussie: ['australian', 'australia'],
  brit: ['british', 'britain'],
  glaswegian: ['glasgow'],
  mancunian: ['manchester'],
  liverpudlian: ['liverpool'],
  scouser: ['liverpool'],
  geordie: ['newcastle'],
  brummie: ['birmingham'],
  haligonian: ['halifax'],
};

/** Where one sentence of a paragraph ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?][”"’]?)\s+(?=[“"]?\p{Lu})/u;

/** A sentence opening on "The" and up to three lowercase words or ages: "The veteran guard averaged". */
const RENAMING = /^The ((?:[\p{Ll}\d][\p{Ll}\d-]*)(?: [\p{Ll}\d][\p{Ll}\d-]*){0,2})/u;

const SELF = /^(i|i['’]m|i['’]ve|i['’]d|i['’]ll|we|we['’]re|me|my|us|our)$/i;

/** Capitalised words after a name and "and": the rest of an organisation's name. */
const CAP_WORDS = String.raw`\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*`;

export class ArticleEntities {
  private acronyms: Map<string, string> | null = null;

  constructor(private readonly paragraphs: string[]) {}

  /** The full name an acronym stands for in this article ("IRCC" → Immigration, … Canada). */
  expand(name: string): string | undefined {
    // Most names have a lowercase second letter: no acronym, and no regular expression needed.
    const second = name.charCodeAt(1);
    // "Cosatu", "Unesco": written as a word, when the article spelled it out so.
    // "MoHFW", "DoJ": a small word's letter inside, when the article spelled it out so.
    if (second >= 97 && second <= 122)
      return /^\p{Lu}(?:\p{Ll}{2,7}|\p{Ll}\p{Lu}.*)$/u.test(name)
        ? this.acronymMap().get(name)
        : undefined;
    if (!/^\p{Lu}{2,6}s?$/u.test(name)) return undefined;
    const acronyms = this.acronymMap();
    return acronyms.get(name.replace(/s$/, '')) ?? acronyms.get(name);
  }

  /**
   * The person named after an office whose initials an acronym is: "the IGP" for "Inspector-General
   * of Police Tan Sri Khairul Anuar Ismail", "the DCP" for "Deputy Commissioner of Police
   * (South-East) K. Revathi", in this paragraph or the few before. Null when none is.
   */
  officeHolder(letters: string, paragraph: number): string | null {
    // Not a place's or a body's letters ("UK", "FBI").
    if (!/^\p{Lu}{2,4}$/u.test(letters) || lexiconType(letters)) return null;
    let offices = this.offices.get(letters);
    if (!offices) this.offices.set(letters, (offices = this.readOffices(letters)));
    // The latest office so titled in this paragraph or the few before.
    const found = offices.findLast(
      (o) => o.paragraph <= paragraph && o.paragraph >= paragraph - NEAR,
    );
    if (!found) return null;
    // The longest person the article read in it: "Khairul Anuar Ismail" of "Tan Sri Khairul…".
    const person = this.near(paragraph)
      .filter((e) => mayBePerson(e) && found.name.endsWith(e.name))
      .sort((a, b) => b.name.length - a.name.length)[0];
    return person?.name ?? found.name;
  }

  /** officeHolder's offices by their letters, read once per article. */
  private readonly offices = new Map<string, { paragraph: number; name: string }[]>();

  /** Every name the article writes after an office's title whose initials are `letters`. */
  private readOffices(letters: string): { paragraph: number; name: string }[] {
    // Only letters the article writes after "the", as an office's are ("the IGP told"): most
    // acronyms are bodies' ("NASA said"), and reading every paragraph for each cost a tenth of
    // quote extraction on SQuAD.
    const [the, The] = [`the ${letters}`, `The ${letters}`];
    if (!this.paragraphs.some((text) => text.includes(the) || text.includes(The))) return [];
    const office = OFFICE_TITLED[letters.length - 2]!;
    const out: { paragraph: number; name: string }[] = [];
    this.paragraphs.forEach((text, paragraph) => {
      // Tried only where the first letter is: a title's words whose initials are the letters.
      for (let at = text.indexOf(letters[0]!); at >= 0; at = text.indexOf(letters[0]!, at + 1)) {
        office.lastIndex = at;
        const found = office.exec(text);
        if (!found || found.slice(2, 2 + letters.length).join('') !== letters) continue;
        at = found.index + found[0].length - 1;
        const [words, name] = [found[1]!.split(/[- ]/), found[2 + letters.length]!];
        // An office's title ("Inspector-General of Police", not "United States"), not a lesser
        // office's ("Deputy Chief Minister"), then a person's name of two words or more ("General
        // Electric Company" has none) not opening on a title ("Deputy Attorney General Todd X").
        const lesser = /(?:Deputy|Assistant|Vice|Additional|Joint|Associate)[- ]$/.test(
          text.slice(Math.max(0, found.index - 12), found.index),
        );
        if (lesser || !words.some(isTitle) || !name.includes(' ') || isOrgName(name)) continue;
        if (isTitle(name.slice(0, name.indexOf(' ')))) continue;
        out.push({ paragraph, name });
      }
    });
    return out;
  }

  /**
   * A body's name in full for a name a speaker or spokesperson is given: the name an acronym
   * stands for (bracketed, or spelled by the initials of a name read before), or a longer body's
   * name ending on it ("Exchange Commission"). Undefined when none is.
   */
  bodyInFull(name: string, paragraph: number): string | undefined {
    return (
      this.expand(name) ??
      this.longerBody(name, paragraph) ??
      this.initialled(name) ??
      this.ofForm(name)
    );
  }

  /**
   * The person named in full in the paragraph after `paragraph`, and not before, whom the article
   * titles with `noun` there ("Police Chief Angela Whitfield"); null when none or two are.
   */
  titledNext(noun: string, paragraph: number): string | null {
    if (paragraph + 1 >= this.paragraphs.length) return null;
    const before = new Set(this.near(paragraph).map((e) => e.name));
    const titled = this.namesIn(paragraph + 1).filter(
      (e) =>
        e.name.includes(' ') &&
        mayBePerson(e) &&
        !before.has(e.name) &&
        (e.title === noun || e.roles.has(noun)),
    );
    const one = titled[0];
    return one && titled.every((e) => e.name === one.name) ? one.name : null;
  }

  /**
   * "Gerald Pike and his son, Owen,", "her daughter, Ana Pike": the full name of the child (or,
   * not `younger`, the parent) the article introduced beside someone of this surname, in the
   * paragraphs up to `paragraph`; null when it introduced none or two.
   */
  kinOf(surname: string, younger: boolean, paragraph: number): string | null {
    const children = this.introducedAs('son|daughter', surname, paragraph);
    const parents = this.introducedAs('father|mother|dad|mom|mum', surname, paragraph);
    const [own, other] = younger ? [children, parents] : [parents, children];
    if (own.size === 1) return [...own][0]!;
    // "Ikechukwu Obi has grown cassava… His son, Chinedu Obi,… The elder Obi": the one of that
    // surname named in full who is not the child (or the parent) the article introduced.
    if (own.size > 0 || other.size !== 1) return null;
    const rest = new Set(
      this.near(paragraph)
        .filter((e) => e.name.endsWith(` ${surname}`) && mayBePerson(e) && !other.has(e.name))
        .map((e) => e.name),
    );
    return rest.size === 1 ? [...rest][0]! : null;
  }

  /** The full names of those introduced as someone's `nouns` ("his son, Owen,") with this surname. */
  private introducedAs(nouns: string, surname: string, paragraph: number): Set<string> {
    const introduced = new RegExp(
      `\\b(?:his|her|their) (?:${nouns}),? (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}[\\p{L}’'-]+))?[,.]`,
      'giu',
    );
    const found = new Set<string>();
    this.paragraphs.slice(0, paragraph + 1).forEach((text, p) => {
      if (!text.includes(surname)) return;
      for (const m of text.matchAll(introduced)) {
        // Whose: someone of that surname earlier in the sentence ("Gerald Pike and his son,"), or
        // in the paragraph before one opening on it ("…Ikenna Eze has grown yams. ¶ His son,"),
        // not a neighbour's daughter.
        const lead = text.slice(0, m.index);
        const owner =
          m.index === 0 ? (this.paragraphs[p - 1] ?? '') : lead.slice(lead.search(/[^.!?]*$/));
        if ((!m[2] || m[2] === surname) && owner.includes(surname)) found.add(`${m[1]} ${surname}`);
      }
    });
    return found;
  }

  /**
   * "the Justice Department" after "The Department of Justice sued…": a department's name as the
   * article first gave it, "of" its portfolio; undefined when it gave none so.
   */
  private ofForm(name: string): string | undefined {
    const m = /^(\p{Lu}\p{Ll}+) (Department|Ministry)$/u.exec(name);
    if (!m) return undefined;
    const forms = [`${m[2]} of ${m[1]}`, `${m[2]} of the ${m[1]}`];
    // The whole name: not "Department of State" of "Department of State Health Services".
    const first = (form: string): number => {
      const whole = new RegExp(
        `${escapeRegExp(form)}(?![\\p{L}’'-]|\\s+(?:\\p{Lu}|of\\b|and\\b|for\\b))`,
        'u',
      );
      const at = this.paragraphs.findIndex((text) => text.includes(form) && whole.test(text));
      return at < 0 ? Infinity : at;
    };
    const own = first(name);
    return forms.find((form) => first(form) < own);
  }

  /**
   * "The Canada Mortgage and Housing Corporation said… CMHC said": a body the article named in
   * full, without its acronym in brackets, whose capitalised words' initials spell it. Three
   * letters or more; asked only of a speaker's or a spokesperson's acronym.
   */
  initialled(acronym: string): string | undefined {
    if (acronym.length < 3 || !/^\p{Lu}+$/u.test(acronym)) return undefined;
    // Among the names of the paragraphs read so far (those near the article's quotations; no
    // paragraph is read for this alone), the one whose words' initials spell it; none when two
    // bodies do ("Canadian Bar Association", "Canadian Bankers Association" for "CBA").
    // Signed only when an acronym is first asked about, and then for paragraphs read since.
    for (const [p, list] of this.byParagraph) {
      if (this.signedParagraphs.has(p)) continue;
      this.signedParagraphs.add(p);
      this.sign(list);
    }
    const found = this.signed.get(acronym)?.name;
    if (!found || !isOrgName(found)) return undefined;
    let known = this.initials.get(acronym);
    if (known === undefined) {
      // The name the article mostly uses: "the DNC", written far more often than the Democratic
      // National Committee once, stays as written.
      const text = this.paragraphs.join('\n');
      const uses = (name: string): number =>
        text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))?.length ?? 0;
      known = uses(acronym) <= uses(found) ? found : '';
      this.initials.set(acronym, known);
    }
    return known || undefined;
  }

  /** initialled's answers, by acronym ('' for none), once a name is found for it. */
  private readonly initials = new Map<string, string>();

  /** Names of two words or more by their words' initials, as paragraphs are read ('' when two). */
  private readonly signed = new Map<string, { name: string }>();

  /** The paragraphs whose names `signed` holds. */
  private readonly signedParagraphs = new Set<number>();

  /** Notes a paragraph's names by their capitalised words' initials, for initialled. */
  private sign(list: Entity[]): void {
    for (const e of list) {
      if (!e.name.includes(' ')) continue;
      // "U.S. Securities and Exchange Commission" for "SEC": a country's letters before it.
      const key = initialsOf(e.name.replace(/^(?:U\.S\.|U\.K\.|UK|US) /, ''));
      if (key.length < 3) continue;
      const known = this.signed.get(key);
      if (!known) this.signed.set(key, { name: e.name });
      else if (known.name !== e.name) known.name = '';
    }
  }

  /**
   * Whether a name cannot speak: a place, a time or a first-person word. Only names the lexicon
   * flags are checked against the article's evidence, so most articles are never read for it.
   */
  cannotSpeak(name: string): boolean {
    if (SELF.test(name) || isShouted(name)) return true;
    let known = this.mute.get(name);
    if (known === undefined) {
      const lexical = lexiconType(name);
      // "German", "More", "Afterwards", "Colo.": a nationality, a common word or a state's abbreviation.
      const unnamed =
        !name.includes(' ') &&
        (isPlainWord(name) || PLACES.has(undotted(name)) || this.onlyOpener(name));
      // "marched through Castlebar", "a Kelowna, B.C., winery owner": where the article puts things.
      // Not asked of a name opening on a given name ("Kelly Marsh"): most names the article has.
      const given = name.includes(' ') ? name.slice(0, name.indexOf(' ')) : name;
      const placed =
        !isFirstName(given) &&
        (this.placeEvidence(name, true) || this.townInRegion(name)) &&
        !this.speaksIn(name);
      known =
        (lexical === 'place' || lexical === 'time' || unnamed || placed) &&
        !this.expand(name) &&
        !this.personEvidence(name);
      this.mute.set(name, known);
    }
    return known;
  }

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
        ((isStreet(name) ||
          this.namedAfterThe(name) ||
          (this.ownedWord(name) && typeByWords(name) !== 'person')) &&
          !this.personEvidence(name, true));
      this.noOne.set(name, known);
    }
    return known;
  }

  private readonly noOne = new Map<string, boolean>();

  private readonly noPerson = new Map<string, boolean>();

  /** Whether every time the article writes a name, "the" or a preposition comes right before it. */
  private onlyAfterPreposition(name: string): boolean {
    let seen = false;
    for (const { text, at } of this.wholeWords(name, /[\p{L}-]/u)) {
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
      if (before !== 'the' && !PLACE_PREPOSITIONS.has(before ?? '')) return false;
      seen = true;
    }
    return seen;
  }

  /** The role words the article gave a name near `paragraph` ("French President Emmanuel Macron"). */
  rolesOf(name: string, paragraph: number): string[] {
    return this.near(paragraph).flatMap((e) => (e.name === name ? [...e.roles] : []));
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

  /** Whether any paragraph writes this word, whole ("Dublin", not "Dubliner"). */
  writes(word: string): boolean {
    return !this.wholeWords(word, LETTER).next().done;
  }

  /**
   * Where the paragraphs write `word` whole: no letter right after it, and no character `joined`
   * accepts right before it. Found by indexOf: a pattern asked at every position cost seconds.
   */
  private *wholeWords(
    word: string,
    joined: RegExp,
  ): Generator<{ text: string; at: number; end: number }> {
    for (const text of this.paragraphs) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (LETTER.test(text.charAt(end)) || (at > 0 && joined.test(text.charAt(at - 1)))) continue;
        yield { text, at, end };
      }
    }
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
  private namesADoing(name: string): boolean {
    if (!/^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness)$/u.test(name)) return false;
    const longer = new RegExp(`\\b${name} \\p{Lu}`, 'u');
    return !this.paragraphs.some((text) => text.includes(`${name} `) && longer.test(text));
  }

  /** "Jackson and Josephine counties": a name the article gives a county (not "Orange County", a run of its own). */
  private namesCounty(name: string): boolean {
    let known = this.counties.get(name);
    if (known === undefined) {
      const county = new RegExp(
        `${escapeRegExp(name)}(?: and \\p{Lu}[\\p{L}-]+)? (?:count(?:y|ies)|township|district)s?\\b`,
        'u',
      );
      known = this.paragraphs.some((text) => text.includes(name) && county.test(text));
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
        const before = text.slice(Math.max(0, at - 8), at);
        const after = text.charAt(at + name.length);
        if (preposition.test(before) && !/['’\p{L}]/u.test(after)) {
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
  private unplaced(
    nearest: Entity | undefined,
    speaking: () => Entity | undefined,
  ): Entity | undefined {
    if (!nearest || !this.placeEvidence(nearest.name) || this.speaksIn(nearest.name))
      return nearest;
    return speaking() ?? nearest;
  }

  /** "Brantford, Ont.", "Springfield, Ill.", "Truro, N.S.": a town written with its region's abbreviation. */
  private townInRegion(name: string): boolean {
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
  private speaksIn(name: string): boolean {
    let known = this.speaks.get(name);
    if (known === undefined) this.speaks.set(name, (known = this.readSpeaks(name)));
    return known;
  }

  /** speaksIn's answers: a firm is asked about for every "the company" the article has. */
  private readonly speaks = new Map<string, boolean>();

  private readSpeaks(name: string): boolean {
    const writing = this.paragraphs.filter((text) => text.includes(name));
    if (writing.length === 0) return false;
    const said = new RegExp(
      // Not an object's: "A seafood processor on Newfoundland’s Northern Peninsula says".
      `(?<!\\b(?:on|in|at|of|from|near|for|to|with|by) )\\b${escapeRegExp(name)}(?:['’]s)? (?:said|says|told|added|wrote|stated)\\b|\\b(?:said|says) ${escapeRegExp(name)}\\b`,
      'u',
    );
    return writing.some((text) => said.test(text));
  }

  /**
   * Whether the article sets the name off with what someone owns that is no person: "Brasa, his
   * celebrated wood-fire restaurant," (a head noun no list or lexicon gives a person).
   */
  private thingEvidence(name: string): boolean {
    for (const text of this.paragraphs) {
      const at = text.indexOf(`${name}, `);
      if (at < 0) continue;
      const owned = OWNED.exec(text.slice(at + name.length + 2, at + name.length + 80));
      const head = owned?.[1];
      if (head && !isActorNoun(head) && !ROLES.has(head) && !ROLE_SYNONYMS[head]) return true;
    }
    return false;
  }

  /** cannotSpeak's answers: a place or time name recurs, and each answer reads the article. */
  private readonly mute = new Map<string, boolean>();

  /** An organisation by an acronym the article spells out, or by its name's words. */
  isOrganisation(name: string): boolean {
    return this.expand(name) !== undefined || typeByWords(name) === 'organisation';
  }

  /**
   * Whether the article shows a name to be a person's: after a first name ("John Bolton", so
   * "Bolton" is no town), after an honorific, or before an age or "who"; with `titles`, after an
   * office's title as well.
   */
  private personEvidence(name: string, titles = false): boolean {
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

  /** "Grade 12 guard Maya Boudreau": the one person the article names after that school year. */
  inYear(year: string): string | null {
    // The name right after the year and a noun, ending there: not a list ("Grade 12 students Ella
    // Novak and Priya Shah"), nor a school after it.
    const named = new RegExp(
      `\\b${escapeRegExp(year)}(?: \\p{Ll}+){0,2},? (\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}’'-]+)(?! and \\p{Lu}| \\p{Lu})`,
      'gu',
    );
    const names = new Set(
      this.paragraphs.flatMap((text) => [...text.matchAll(named)].map((m) => m[1]!)),
    );
    return names.size === 1 ? [...names][0]! : null;
  }

  /**
   * "Wolf Lake Anishinaabe Nation", "Attawapiskat First Nation": the latest nation near `paragraph`
   * named by its own name, not by a place ("A northwestern Ontario First Nation").
   */
  nationNear(paragraph: number): string | null {
    const own = (name: string): boolean => {
      const before = name.replace(/\s*(?:First )?Nation$/, '');
      return before !== '' && !before.split(' ').every((w) => lexiconType(w) === 'place');
    };
    const nations = this.near(paragraph).filter((e) => /\sNation$/.test(e.name) && own(e.name));
    // A First Nation before a council of nations ("Nishnawbe Aski Nation, which represents 49").
    const first = nations.find((e) => e.name.endsWith(' First Nation')) ?? nations[0];
    return first?.name ?? null;
  }

  /**
   * "Maya Thompson and her husband, Derek, opened the bakery": the latest person near `paragraph`
   * the article introduced by a kin noun of this gender, named by a given name alone or in full.
   */
  kinOfGender(gender: 'm' | 'f', paragraph: number): string | null {
    // Introduced by someone's kin noun ("her husband, Derek"), not labelled ("Husband and wife
    // Derek Alvarez and Maya Chen"); a grown relative, not "her son, Noah, 4".
    const introduced = (e: Entity, noun: string): boolean => {
      const by = new RegExp(`\\b(?:his|her|their) ${noun},? ${escapeRegExp(e.name)}\\b`);
      return this.paragraphs.some((text) => text.includes(e.name) && by.test(text));
    };
    const kin = this.near(paragraph).find(
      (e) =>
        kind(e) !== 'organisation' &&
        (e.age === undefined || e.age >= 18) &&
        [...e.roles].some((r) => KIN_GENDER[r] === gender && introduced(e, r)),
    );
    return kin?.name ?? null;
  }

  /**
   * "Liberal MP Nathaniel Erskine-Smith… the Toronto MP said": where an office's holder is from need
   * not be written beside the one person the article gave the office, when the article places no
   * holder elsewhere ("Sen. Ana Ruiz of Idaho" is not "the Vermont senator").
   */
  private placedHolder(
    qualifiers: string[],
    holds: (e: Entity) => boolean,
    paragraph: number,
  ): Entity | undefined {
    const place = (w: string): boolean => lexiconType(w) === 'place';
    if (qualifiers.length === 0 || !qualifiers.every(place)) return undefined;
    const holders = this.near(paragraph).filter(holds);
    const holder = holders[0];
    if (!holder || !holders.every((e) => e.name === holder.name)) return undefined;
    // "Labour MP Rachel Ormsby, whose seat is in Leeds": a place written beside the holder.
    const beside = holder.paragraphs.flatMap((p) => {
      const sentence = splitSentences(this.paragraphs[p] ?? '').find((s) =>
        s.text.includes(holder.name),
      );
      return sentence?.text.match(/\p{Lu}\p{Ll}+/gu) ?? [];
    });
    const placed = [...holder.roles, ...beside.map((w) => w.toLowerCase())];
    const elsewhere = placed.some((w) => place(w) && !qualifiers.includes(w));
    return elsewhere ? undefined : holder;
  }

  /**
   * The named entity a description refers back to: "the mayor", "the affable proprietor",
   * "the 39-year-old", "the security firm", "the bureau". Null when the article named none.
   */
  refer(mention: string, paragraph: number): { name: string; org: boolean } | null {
    const found = this.referBack(mention, paragraph);
    // "A Kelowna, B.C., winery owner", "off Cape Hotham": a place the article writes is no one.
    if (!found || this.cannotSpeak(found.name)) return null;
    return !found.org && this.isNoPerson(found.name) ? null : found;
  }

  private referBack(mention: string, paragraph: number): { name: string; org: boolean } | null {
    // Only "the", "this" or a possessive ("her son", "my oncologist") opens a reference back: a
    // first letter other than "t", "h", "m" or "o" settles it.
    const initial = mention.charCodeAt(0) | 32;
    if (initial !== 116 && initial !== 104 && initial !== 109 && initial !== 111) return null;
    const words = kinCounted(mention.toLowerCase()).split(/\s+/);
    if (!/^(the|this|his|her|their|my|our)$/.test(words[0] ?? '')) return null;
    // "the 71-year-old from Ballymena": where someone is from adds nothing to find them by.
    const from = words.indexOf('from', 2);
    if (
      from === 2 &&
      AGE.test(words[1]!) &&
      from >= words.length - 3 &&
      /\s\p{Lu}\S*$/u.test(mention)
    )
      words.length = from;
    // "“We lost 60 percent,” Bill Hendricks said. “…,” his wife added.": whom someone of the
    // possessive's gender named nearby shares a surname with, of the other gender.
    const spouse = words.length === 2 ? SPOUSES[words[1] ?? ''] : undefined;
    if (spouse && words[0] !== 'the' && words[0] !== 'this' && words[0] !== 'their') {
      const near = this.near(paragraph);
      const owner = words[0] === 'his' ? 'm' : 'f';
      for (const e of near) {
        // Its last two words: "May. Bill Hendricks" where a quotation was cut out between them.
        const full = e.name.split(' ').slice(-2).join(' ');
        if (!e.name.includes(' ') || firstNameGender(full) !== owner) continue;
        const surname = e.name.slice(e.name.lastIndexOf(' '));
        // Named together as a couple ("Bill and Carol Hendricks", "Carol and Bill Hendricks"), or
        // given the noun ("his wife, Carol Hendricks"): not "his daughter, Emma Hendricks".
        const given = full.slice(0, full.indexOf(' '));
        // "His wife of 40 years, Marcia Clarke,": the noun and how long before the name.
        const married = (f: Entity): RegExp =>
          new RegExp(
            `\\b${words[0]} ${words[1]} of (?:\\S+ ){1,2}years?, ${escapeRegExp(f.name)}\\b`,
            'i',
          );
        const couple = (f: Entity): boolean =>
          f.roles.has(words[1]!) ||
          this.paragraphs.some(
            (text) =>
              text.includes(`${given} and ${f.name}`) ||
              text.includes(`${f.name.slice(0, f.name.indexOf(' '))} and ${full}`) ||
              married(f).test(text),
          );
        const other = near.find(
          (f) =>
            f !== e && f.name.endsWith(surname) && firstNameGender(f.name) === spouse && couple(f),
        );
        if (other) return { name: other.name, org: false };
        // "Irene Kaminski and her husband, Stan, lost almost everything": his given name, her surname.
        const introduced = new RegExp(
          `${escapeRegExp(full)},? and ${words[0]} ${words[1]}, (\\p{Lu}\\p{Ll}+)[,.]`,
          'u',
        );
        const named = this.paragraphs
          .map((text) => (text.includes(full) ? introduced.exec(text)?.[1] : undefined))
          .find(Boolean);
        // Only for the latest woman (or man) named, and not when the article gives him a
        // surname of his own ("Marc Tremblay grew up…").
        const latest = near.find((f) => f.name.includes(' ') && ofGender(f, owner));
        const own = named && near.some((f) => f.name.startsWith(`${named} `));
        if (named && latest?.name === e.name && !own)
          return { name: `${named}${surname}`, org: false };
      }
    }
    // "Dr. Jane Roe, the city’s medical officer of health, … the city’s medical officer of health
    // said", "Priya Nair, a mother of three, … the mother of three said": the description the
    // article set off after someone's name, word for word but for its article.
    if (
      words.length >= 3 &&
      words[0] === 'the' &&
      this.writtenBefore(mention.slice(mention.indexOf(' ') + 1).toLowerCase(), paragraph)
    ) {
      // Compared word by word: most entities have no such description, or one of another length.
      const given = this.near(paragraph).find((e) => {
        // "Eirlys Pritchard, 76, a grandmother-of-four," as "the grandmother of four".
        const a = e.appositive && kinCounted(e.appositive.join(' ')).split(' ');
        return (
          a?.length === words.length &&
          /^(the|a|an)$/.test(a[0] ?? '') &&
          a.every((w, k) => k === 0 || w === words[k])
        );
      });
      if (given && mayBePerson(given) && kind(given) !== 'organisation')
        return { name: given.name, org: false };
    }
    if (words.length > 5) return null;
    // "Emil Strand made 44 saves… The goaltender was named player of the game.": whom the
    // article renamed so, before any other reading of the noun.
    const last = words[words.length - 1] ?? '';
    const personal = AGE.test(last) || KIN[last] !== undefined || isRoleNoun(last);
    const lower = mention.split(/\s+/).every((w, i) => i === 0 || /^[\p{Ll}\d]/u.test(w));
    const renamed =
      words.length <= 3 && personal && lower ? this.renamed(words.slice(1), paragraph) : null;
    if (renamed) return { name: renamed, org: false };
    // "the 34-year-old mother of three": the noun before a count of children is the head.
    const counted =
      OF_COUNT.test(words[words.length - 1] ?? '') && words[words.length - 2] === 'of';
    const head = words[words.length - (counted ? 3 : 1)] ?? '';
    // Only when nothing else reads the noun ("the company", "the driver" never).
    const lede = (): { name: string; org: boolean } | null => {
      // "the former nurse": a status is no qualifier the lede must have said.
      const plain = words.filter((w, i) => i === 0 || !STATUS.test(w));
      // "the executive director" after a lede opening "The executive director of…" too.
      const opening = this.lede();
      const opened =
        plain.length === 3 &&
        opening[0] === 'the' &&
        opening[1] === plain[1] &&
        opening[2] === plain[2];
      if ((plain.length !== 2 && !opened) || ORG_NOUNS.has(head)) return null;
      const name = this.ledeSubject(head, ROLES.has(head) || isActorNoun(head));
      return name ? { name, org: false } : null;
    };
    // Nobody the article gave the noun: whoever does what it names ("the fisherman"), or the lede's
    // subject. The words qualifying the noun must be said of them too ("the retired grain farmer"
    // after "who farmed grain"; not "the young dairy farmer", nor "the Vermont senator" of someone
    // who served in the Senate), but for a status ("retired", "former") and for the words the lede
    // opened on ("A Labor senator has broken ranks… the Labor senator").
    // "Scotiabank’s Helen Brandt… the Scotiabank analyst", "Saskatchewan’s Brent Laycock… the
    // Saskatchewan skip": the one person the article gave as the capitalised word's, when no one
    // was given the role with it.
    const ownedBy = (): Entity | undefined => {
      const owner =
        words.length === 3 && /^the \p{Lu}\S* \p{Ll}+$/u.test(mention) ? words[1] : null;
      // Not a place's ("Toronto’s William Nylander… the Toronto coach"): a place has offices,
      // teams and players all at once.
      if (!owner || lexiconType(owner) === 'place') return undefined;
      const owned = this.near(paragraph).filter((e) => e.owner === owner && mayBePerson(e));
      const one = owned[0];
      return one && owned.every((e) => e.name === one.name) ? one : undefined;
    };
    const unresolved = (): { name: string; org: boolean } | null => {
      const owned = isRoleNoun(head) || isActorNoun(head) ? ownedBy() : undefined;
      if (owned) return { name: owned.name, org: false };
      // "Jonah Whitfield, 23, scored twice… the 23-year-old forward": a noun no one was given,
      // after an age the article gave someone, is whom the age finds (not whoever was named last
      // when no one was given it; not "the 24-year-old Italian", whom only that age finds).
      const given = AGE.exec(words[1] ?? '')?.[1];
      if (
        words.length === 3 &&
        !counted &&
        given &&
        /\s\p{Ll}\S*$/u.test(mention) &&
        this.near(paragraph).some((e) => e.age === Number(given))
      ) {
        const aged = this.refer(`the ${words[1]}`, paragraph);
        if (aged) return aged;
      }
      // "Mikael Strand made 38 saves… the netminder said": whom the article shows at its work.
      const keeper = KEEPERS.has(head) && words.length === 2 ? this.keeper(paragraph) : null;
      if (keeper) return { name: keeper, org: false };
      const qualifiers = words.slice(1, -1);
      const opened = qualifiers.length > 0 && this.ledeOpensOn(words.slice(1));
      const required = opened ? [] : qualifiers.filter((w) => !STATUS.test(w));
      const doer =
        words.length <= 4
          ? (this.doer(head, paragraph, required) ?? this.kin(head, paragraph, required))
          : null;
      return doer ? { name: doer, org: false } : lede();
    };
    // An age before the noun says whom as well as an age alone does ("the 34-year-old mother").
    // "the 34-year-old Dubliner": the age says whom; the place, found as the age is, seldom does.
    const placed = !counted && words.length === 3 && /\s\p{Lu}\S*$/u.test(mention);
    const aged = counted || placed;
    const age = AGE.exec(head) ?? (aged ? AGE.exec(words[1] ?? '') : null);
    // "the teenager": the one person the article gave an age in the teens.
    if (words.length === 2 && (head === 'teenager' || head === 'teen')) {
      const teens = this.near(paragraph).filter(
        (e) => e.age !== undefined && e.age >= 13 && e.age <= 19 && mayBePerson(e),
      );
      // Not when the article describes a teen it does not name ("A teenage witness").
      const unnamed = this.paragraphs.some((text) => /\b[Aa] teen(?:age|ager)?\b/.test(text));
      if (teens.length === 1 && !unnamed) return { name: teens[0]!.name, org: false };
    }
    // "the economist": any role noun finds whom the article introduced with it, and so does any
    // noun the article introduced someone with ("Dr Sonia Patel, the senior coroner for Derby").
    let synonyms: string[] | undefined =
      ROLE_SYNONYMS[head] ??
      (ROLES.has(head) || isActorNoun(head) || this.introduces(head, paragraph)
        ? [head]
        : undefined);
    // "the alliance" for "the Border Minibus Taxi Alliance": a noun an organisation's name ends in.
    const orgNoun = ORG_NOUNS.has(head) || this.endsName(head, paragraph);
    if (!age && !synonyms && !orgNoun) return unresolved();
    // "the Calgary-based firm": where a body is based is seldom how the article named it.
    const qualifiers = mention
      .split(/\s+/)
      .slice(1, -1)
      .filter((w) => /^\p{Lu}/u.test(w) && !DESCRIBING_SUFFIX.test(w))
      .map((w) => w.toLowerCase());
    // "Sen. Martin Cole of Idaho … the Idaho senator": an office's abbreviated title, only where
    // the mention's place says which ("the longtime senator" after McCain spoke is no "Sen. Roy
    // Blunt (R-Mo.)" named before).
    const abbreviated = qualifiers.length > 0 ? QUALIFIED_SYNONYMS[head] : undefined;
    if (synonyms && abbreviated) synonyms = [...synonyms, abbreviated];
    // Latest mention first, within the last few paragraphs.
    const near = this.near(paragraph).filter((e) => qualifiers.every((q) => e.roles.has(q)));
    const first = (match: (e: Entity) => boolean): Entity | undefined => near.find(match);
    let found: Entity | undefined;
    if (age) {
      // "Mr Patel, 52,": one name is enough when the article shows a person.
      // "the 34-year-old mother of three" is a woman: a kin noun's gender, where the name has one.
      const owner = counted ? KIN[head]?.owner : undefined;
      const gendered = (e: Entity): boolean =>
        !owner || owner === 'any' || firstNameGender(e.name) !== (owner === 'f' ? 'm' : 'f');
      const person = (e: Entity): boolean =>
        mayBePerson(e) &&
        (e.name.includes(' ') || kind(e) === 'person') &&
        gendered(e) &&
        !this.isNoPerson(e.name) &&
        // "Neilson Barnard via Getty Images.": a photographer's credit names no one in the story.
        !e.paragraphs.every((p) => CREDIT.test(this.paragraphs[p] ?? ''));
      // "Boateng is ranked third": a surname alone is a mention of the full name given before.
      const people = near.map((e) => (person(e) ? e : (fullNameOf(e, near, person) ?? e)));
      // An age the article never gave goes to a person it gave no office either: the paramedic's
      // "the 42-year-old", not the fire chief who praised her; someone named in full before
      // someone named by a given name alone ("her sister, Colette").
      const unaged = (e: Entity): boolean =>
        e.age === undefined && isPersonName(e) && !holdsOffice(e);
      const ofAge = (fits: (e: Entity) => boolean): Entity | undefined => {
        const pick = (match: (e: Entity) => boolean): Entity | undefined =>
          people.find((e) => fits(e) && match(e));
        return (
          pick((e) => e.age === Number(age[1])) ??
          pick((e) => unaged(e) && e.name.includes(' ')) ??
          pick(unaged) ??
          pick((e) => e.age === undefined)
        );
      };
      // Someone the article writes doing something before a name it only writes after "the" or
      // a preposition ("a petition at Holmewood Academy", "shortlisted for the Choice Music
      // Prize"): what people are at or win is seldom a person.
      // Someone given this very age, wherever the article named them, first.
      found =
        people.find((e) => person(e) && e.age === Number(age[1])) ??
        // "the 24-year-old Italian": only someone given that age, the place being unread.
        (placed
          ? undefined
          : (ofAge((e) => person(e) && !this.onlyAfterPreposition(e.name)) ?? ofAge(person)));
      // "Okafor, 39, builds boats" after "Daniel Okafor's workshop": the name in full, when the
      // article gives one only ("Grace Okafor" beside "Daniel Okafor" settles nothing).
      if (found && !found.name.includes(' ')) {
        const surname = ` ${found.name}`;
        const fulls = new Set(
          near.filter((f) => person(f) && f.name.endsWith(surname)).map((f) => f.name),
        );
        if (fulls.size === 1) found = near.find((f) => fulls.has(f.name)) ?? found;
      }
    } else if (counted && KIN[head] && this.ledeOpensOn(words.slice(1))) {
      // "A father of three who lost his sight… Niall Ó Riordáin, 44, crossed the line… the father
      // of three said": whom the lede opened on, named later, not the latest man named.
      // Someone given an age ("Niall Ó Riordáin, 44,") before someone given a title ("Race
      // director Jim Aughney").
      // Not of the other gender: not the elderly neighbour she stole from, nor her son.
      const owner = KIN[head]!.owner;
      const other = owner === 'f' ? 'm' : owner === 'm' ? 'f' : null;
      // Nor whom the article introduced as someone's child or spouse ("Her son, Mason Clarke, 9,").
      const fits = (e: Entity): boolean =>
        (!other || firstNameGender(e.name) !== other) && !RELATIVES.some((w) => e.roles.has(w));
      const name =
        this.storySubject((e) => e.age !== undefined && fits(e)) ??
        this.storySubject((e) => !e.title && fits(e));
      return name ? { name, org: false } : null;
    } else if (counted && KIN[head]) {
      // "the mother of two": the latest person named in full whose given name has its gender.
      const owner = KIN[head]!.owner;
      found = first(
        (e) => mayBePerson(e) && e.name.includes(' ') && !holdsOffice(e) && ofGender(e, owner),
      );
    } else if (synonyms) {
      // "Vice President Reed Okafor" is no president: a modifier the mention lacks rules out.
      // Nor is "Former Taoiseach Bertie Ahern" the Taoiseach.
      // Nor is "Health Minister Brent Kozak" the deputy minister the mention asks for.
      const asked = lessers(words);
      // An assistant Crown or district attorney is a prosecutor all the same.
      const lesserOf = (roles: Iterable<string>): Set<string> => {
        const found = lessers(roles);
        if (head === 'prosecutor') found.delete('assistant');
        return found;
      };
      const lesser = (e: Entity): boolean =>
        // "the assistant prosecutor" asks for one still.
        !sameWords(asked.has('assistant') ? lessers(e.roles) : lesserOf(e.roles), asked) ||
        // "Defence lawyer Paul Grady, a former assistant Crown attorney" prosecutes no more.
        (head === 'prosecutor' && e.roles.has('defence')) ||
        (/^(?:Former|Ex)\s/.test(e.name) && !words.includes('former'));
      // "the union leader" is a union's president, not any president: for "leader", which
      // stands for other offices' titles, a lowercase word of the mention must be the person's
      // too ("the affable proprietor", "the province's top doctor" ask no such thing).
      const modifiers =
        head === 'leader'
          ? mention
              .split(/\s+/)
              .slice(1, -1)
              .filter((w) => /^\p{Ll}/u.test(w))
          : [];
      const fits = (e: Entity): boolean =>
        // "the GM" is a general manager, not any manager ("Manager John Schneider"); "the CTO" a
        // chief technology officer, not a technology analyst.
        (head === 'gm' ? e.roles.has('gm') || e.roles.has('general') : true) &&
        (CHIEF_OFFICES.has(head) ? e.roles.has(head) || e.roles.has('chief') : true) &&
        // "the PM" is a prime minister, not any minister ("Prime Minister Anthony Albanese").
        (head === 'pm' ? e.roles.has('pm') || e.roles.has('minister') : true) &&
        // "the defence" is a defence lawyer, not a defence minister.
        (head === 'defence' || head === 'defense'
          ? ['lawyer', 'attorney', 'counsel'].some((w) => e.roles.has(w))
          : true) &&
        (e.roles.has(head) ||
          modifiers.every((w) => e.roles.has(w) || e.name.toLowerCase().includes(w)));
      // Not the office itself as a lede wrote it ("The Tánaiste has said…").
      const holds = (e: Entity): boolean =>
        mayBePerson(e) &&
        e.name.toLowerCase() !== head &&
        synonyms.some((w) => e.roles.has(w)) &&
        !lesser(e) &&
        fits(e);
      found = first(holds);
      // "The Silver Ferns beat England… Shooter Maia Te Rangi… the Silver Ferns shooter said":
      // the team the story is about need not be written beside its one player so described.
      const team = qualifiers.join(' ');
      if (!found && qualifiers.length > 0 && this.namesTeam(team, paragraph)) {
        const all = this.near(paragraph);
        const holders = all.filter(holds);
        // Not someone given the role with another team or body ("England shooter Helen Housby",
        // "Munster coach X"); the team's own acronym ("MMF President David Chartrand") is the team.
        const initials = all
          .filter((e) => kind(e) !== 'person' && e.name.toLowerCase().includes(team))
          .map((e) => initialsOf(e.name).toLowerCase());
        const rival = (w: string): boolean => !qualifiers.includes(w) && !initials.includes(w);
        const holder = holders[0];
        if (
          holder &&
          holders.every((e) => e.name === holder.name) &&
          ![...(holder.sides ?? [])].some(rival)
        )
          found = holder;
      }
      found ??= this.placedHolder(qualifiers, holds, paragraph) ?? ownedBy();
    }
    // "the maker", "the developer": nouns for people and for firms are a firm when no one is so.
    if (!found && !age && orgNoun) {
      const nouns = ORG_SYNONYMS[head] ?? TYPE_SYNONYMS[head] ?? [head];
      const stems = nouns.map(stem);
      // The noun itself may be a role ("the cybersecurity firm X"); its synonyms only name words
      // ("Winnipeg Police Service"), not "Police Chief Thandiwe Mokoena"; the name's last word by
      // stem too, so that "the insurer" finds "Harrowgate Mutual Insurance" (but "the union" no
      // "Federal Reserve", "the company" no "Companies House").
      // "the chipmaker" is a firm named for chips ("Brightline Chips"), before any other maker.
      const made = /^(\p{Ll}{3,})maker$/u.exec(head)?.[1];
      const named = (e: Entity): boolean => {
        // Not the noun itself as a lede wrote it ("The Tánaiste has said…").
        if (e.name.toLowerCase() === head) return false;
        // "the health authority" for "Alberta Health Services", "Island Health".
        if (
          head === 'authority' &&
          words.includes('health') &&
          /\bHealth(?: Services| Authority)?$/.test(e.name) &&
          e.name !== 'Health Canada'
        )
          return true;
        // "the city" is the City of Toronto, not City Hall or City Council.
        if (head === 'city') return e.name.startsWith('City of ');
        // "the Office for Water Standards", "the Office of the Privacy Commissioner": a watchdog
        // by its office's remit (not "the Home Office").
        if (nouns === WATCHDOG_WORDS && WATCHDOG_OFFICE.test(e.name)) return true;
        const own = e.name.toLowerCase().split(/\s+/);
        const last = stem(own[own.length - 1] ?? '');
        if (made && own.some((w) => stem(w) === stem(made))) return true;
        return e.roles.has(head) || nouns.some((n) => own.includes(n)) || stems.includes(last);
      };
      // The noun itself in the name before a synonym ("the agency": the European Medicines
      // Agency before the European Commission), and a synonym only as the name's last word
      // ("the Australian Space Office", not "the Health Service Executive").
      const ownNoun = (e: Entity): boolean => e.name.toLowerCase().split(/\s+/).includes(head);
      // "the American Civil Liberties Union of Texas": the word before where it is of, too.
      const bySynonym = (e: Entity): boolean =>
        !TYPE_SYNONYMS[head] ||
        ownNoun(e) ||
        stems.includes(stem(lastWord(e.name))) ||
        stems.includes(stem(lastWord(e.name.replace(/ of \p{Lu}.*$/u, ''))));
      // A noun for people too ("the producer") stands for any firm only with a word saying what
      // it makes ("the electric-vehicle maker").
      const generic = GENERIC_ORG_NOUNS.has(head) && (!synonyms || words.length > 2);
      // "the company" is no regulator, ministry or court ("the Alberta Energy Regulator").
      const business = !/^(?:department|agency|utility)$/.test(head);
      const publicBody = (e: Entity): boolean => {
        const full = this.expand(e.name) ?? e.name;
        return business && PUBLIC_BODY.test(full.slice(full.lastIndexOf(' ') + 1));
      };
      // Not someone in office ("Energy Minister Walid Farhat"), nor a model ("Airbus A320neo").
      // Nor a language or nationality ("the utility said in French"), nor what a firm owns ("its
      // Kidaclear Night Cough & Cold").
      // Nor a title opening a sentence ("Chief executive Rhys Penhallow flew…"), nor "Calgary-based".
      const firm = (e: Entity): boolean =>
        orgish(e) &&
        !isTitle(e.name) &&
        // "Resident Priya Naidoo": someone a person's noun titles (not "producer", a firm's too),
        // or opens the name with ("Member Kang Min-seo").
        !(e.title && isRoleNoun(e.title) && !ORG_NOUNS.has(e.title)) &&
        !(e.name.includes(' ') && isRoleNoun(e.name.slice(0, e.name.indexOf(' ')).toLowerCase())) &&
        !DESCRIBING_SUFFIX.test(e.name) &&
        !isPlaceLike(e) &&
        !this.namesCounty(e.name) &&
        // "its bakery plant in Brantford, Ont.": a town the article gives its province or state.
        !this.townInRegion(e.name) &&
        // "Residents welcomed the warning": people in the plural, no firm; nor "Production
        // averaged 184,000 barrels", a noun for a doing.
        !isPluralRole(e.name) &&
        !this.namesADoing(e.name) &&
        !holdsOffice(e) &&
        !/\p{L}\d|\d\p{L}/u.test(e.name) &&
        !isPlainWord(e.name) &&
        !e.owned &&
        // "Leo Cormier, a harvester,": someone set off as a person; "Cormier said": their surname.
        !setOffAsPerson(e) &&
        !surnameOf(e, near, this.paragraphs);
      // One the article introduced as a firm ("Sugar producer Inyoni Sugar Holdings") before any
      // other name ("its mill at Mtunzini").
      const introduced = (e: Entity): boolean => [...e.roles].some((r) => GENERIC_ORG_NOUNS.has(r));
      found =
        // One the article gave this very noun (", the regulator announced") before a synonym's.
        first((e) => e.roles.has(head) && orgish(e) && (head !== 'city' || named(e))) ??
        (TYPE_SYNONYMS[head] ? first((e) => ownNoun(e) && orgish(e)) : undefined) ??
        first((e) => named(e) && bySynonym(e) && orgish(e)) ??
        (generic
          ? (first((e) => firm(e) && introduced(e)) ??
            this.unplaced(
              first((e) => firm(e) && !publicBody(e)),
              () => first((e) => firm(e) && !publicBody(e) && this.speaksIn(e.name)),
            ))
          : undefined) ??
        // "The Riverton Hawks paid tribute… the club said": a team's name ends on a plural.
        (head === 'club' || head === 'team'
          ? first((e) => firm(e) && isTeamName(e.name))
          : undefined);
      if (!found) return null;
      // "Hearthline's attorney" after "Hearthline Products Inc.": the name as first given in full.
      const short = found.name;
      const full = near.find((e) => e.name.startsWith(`${short} `) && orgish(e));
      return { name: this.fullName(full?.name ?? short), org: true };
    }
    // "Farrell, who won an Oscar in 2019," after "Colm Farrell": the name in full, when the
    // article gives one only.
    if (found && !found.name.includes(' ') && kind(found) !== 'organisation') {
      const surname = ` ${found.name}`;
      const fulls = new Set(
        this.near(paragraph)
          .filter((f) => mayBePerson(f) && f.name.endsWith(surname))
          .map((f) => f.name),
      );
      if (fulls.size === 1) return { name: [...fulls][0]!, org: false };
    }
    return found ? { name: found.name, org: false } : unresolved();
  }

  /**
   * "Marcus Tolliver, 36, has signed a one-year extension. The veteran guard averaged 11 points…
   * ¶ “…,” the veteran said": a sentence opening on "The" and lowercase words (an age, a role)
   * right after a sentence that opened on a person's name renames that person, and a mention whose
   * words (`described`, without its article) are all among those words is them. Null when no
   * sentence in the three paragraphs before `paragraph` does so.
   */
  private renamed(described: string[], paragraph: number): string | null {
    if (described.length === 0 || !described.every((w) => /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w)))
      return null;
    // Paragraphs before the mention's: "The composer himself said …" is its own clause.
    for (let p = paragraph - 1; p >= 0 && p >= paragraph - 3; p--) {
      const text = this.paragraphs[p] ?? '';
      if (!text.includes('The ')) continue;
      const sentences = text.split(SENTENCE_BREAK);
      for (let s = sentences.length - 1; s >= 0; s--) {
        const opening = RENAMING.exec(sentences[s] ?? '');
        if (!opening || !described.every((w) => opening[1]!.split(' ').includes(w))) continue;
        // Only a description giving an age or a status ("The 24-year-old striker", "The veteran
        // guard"), which says more of someone already named: "The judge", "The driver", "The
        // father" bring in someone else as often as not.
        if (!opening[1]!.split(' ').some((w) => AGE.test(w) || STATUS.test(w))) return null;
        // The sentences before, nearest first, in this paragraph and the one before it: the
        // first that names anyone must open on that person ("Usually that is about 20 people."
        // names no one).
        const earlier = sentences.slice(0, s).map((t) => [t, p] as const);
        const previous = (this.paragraphs[p - 1] ?? '').split(SENTENCE_BREAK);
        if (p > 0) earlier.unshift(...previous.map((t) => [t, p - 1] as const));
        for (const [before, at] of earlier.reverse().slice(0, 2)) {
          // A single word counts only as a person's ("Usually" opening a sentence is no name).
          const names = this.namesIn(at).filter(
            (e) => before.includes(e.name) && (e.name.includes(' ') || kind(e) === 'person'),
          );
          if (names.length === 0) continue;
          const person = (e: Entity): boolean => mayBePerson(e) && kind(e) !== 'organisation';
          const opener = names.find((e) => person(e) && opensOn(before, e.name));
          // "Judge Anne Molloy sentenced Tyler Marsh.": a second person in it may be whom it means.
          const others = names.filter((e) => e !== opener && kind(e) === 'person');
          return opener && others.length === 0 ? opener.name : null;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * "When Marguerite Lavallée-Stone crossed the line, her five grandchildren were waiting. … the
   * grandmother said": the person named in full near `paragraph` whose own sentence, after the
   * name, gives them ("her", "his") the kin this noun has (grandchildren for a grandmother), and
   * says each of the `required` words too. Null when none does.
   */
  /** The person named in full near `paragraph` whose sentence gives them saves; null when none is. */
  private keeper(paragraph: number): string | null {
    const keepers = new Set<string>();
    let saves: string | null = null;
    for (const e of this.near(paragraph)) {
      if (!e.name.includes(' ') || !isPersonName(e) || holdsOffice(e)) continue;
      for (const p of e.paragraphs) {
        const text = this.paragraphs[p] ?? '';
        const at = text.indexOf(e.name);
        const rest = at < 0 ? '' : sentenceRest(text, at + e.name.length);
        if (SAVES.test(rest)) saves ??= e.name;
        if (SAVES.test(rest) || CONCEDED.test(rest)) keepers.add(e.name);
      }
    }
    // Only the one goaltender the article shows at work.
    return keepers.size === 1 ? saves : null;
  }

  private kin(noun: string, paragraph: number, required: string[]): string | null {
    const relation = KIN[noun];
    if (!relation) return null;
    const owner = relation.owner === 'f' ? 'her' : relation.owner === 'm' ? 'his' : '(?:her|his)';
    // "her five grandchildren", "his two sons": a count may come between, no other word.
    const told = new RegExp(`\\b${owner}\\s+(?:${COUNT}\\s+)?(?:${relation.kin})\\b`, 'i');
    for (const e of this.near(paragraph)) {
      // A person whose given name has the noun's gender ("Battle River Paddle" has none).
      if (!ofGender(e, relation.owner) || holdsOffice(e)) continue;
      for (const p of e.paragraphs) {
        const text = this.paragraphs[p] ?? '';
        const at = text.indexOf(e.name);
        const rest = at < 0 ? '' : sentenceRest(text, at + e.name.length);
        if (told.test(rest) && required.every((w) => rest.toLowerCase().includes(w))) return e.name;
      }
    }
    return null;
  }

  /**
   * "Marcus Delgado, 52, has fished these waters for 30 years. … the fisherman said": the person
   * named in full near `paragraph` whose sentence, right after the name, does what the agent noun
   * says (fish for "fisherman", farm for "farmer"), and says each of the `required` words too.
   * Null when none does.
   */
  private doer(noun: string, paragraph: number, required: string[] = []): string | null {
    // Only a noun for a person: "the report" is no one who reported.
    const person = isActorNoun(noun) || ROLES.has(noun) || /\p{Ll}{3}(?:wo)?man$/u.test(noun);
    if (!person) return null;
    const bases = agentBases(noun);
    if (bases.length === 0) return null;
    for (const e of this.near(paragraph)) {
      if (!e.name.includes(' ') || !isPersonName(e) || holdsOffice(e)) continue;
      for (const p of e.paragraphs) {
        const text = this.paragraphs[p] ?? '';
        const at = text.indexOf(e.name);
        if (at < 0) continue;
        const after = sentenceRest(text, at + e.name.length).split(/[^\p{L}]+/u, 10);
        // The verb, not the noun itself ("a fashion designer watched" names another designer),
        // nor a word after a possessive ("his own shop" owns nothing); but the noun's verb right
        // after the name, before its object ("Priya Nair chairs the board").
        const does = (w: string, i: number): boolean => {
          const lower = w.toLowerCase();
          const verb = i === 1 && lower === `${noun}s` && OBJECT_OPENS.test(after[2] ?? '');
          if (
            lower === noun ||
            (lower === `${noun}s` && !verb) ||
            POSSESSIVE.test(after[i - 1] ?? '')
          )
            return false;
          return bases.includes(stem(lower));
        };
        const said = (q: string): boolean => after.some((w) => w.toLowerCase() === q);
        // Up to another name: "the Front Lawn on Friday for Keerthana Subramaniam, whose debut
        // novel" is hers, not the lawn's.
        const other = after.findIndex(
          (w, i) => i > 0 && /^\p{Lu}/u.test(w) && !bases.includes(stem(w.toLowerCase())),
        );
        const own = other > 0 ? after.slice(0, other) : after;
        if (own.some((w, i) => w && does(w, i)) && required.every(said)) return e.name;
      }
    }
    return null;
  }

  /**
   * "A GRANDAD-of-five has become an internet star… the grandad-of-five said": a lede's unnamed
   * subject ("A", a few words, this noun, opening the article) is the person the story names
   * first in full, in its first three paragraphs. So is a `role` the lede opens on and no one was
   * given ("The mayor of Rimouski says… ¶ Guy Bélanger-Roy made the announcement"). Null when the
   * lede says no such thing.
   */
  private ledeSubject(noun: string, role: boolean): string | null {
    if (noun.length < 4 || !/^[\p{L}-]+$/u.test(noun)) return null;
    const words = this.lede();
    const at = words.indexOf(noun);
    // "The mayor of Rimouski says", "The chief executive of…": the office opens the article.
    if (role && words[0] === 'the') return at >= 1 && at <= 2 ? this.delayedName() : null;
    // "A University of Manitoba historian has spent six years…": a role the lede's subject does
    // something as; but "A senior official said…" is a source left unnamed, whom no one later is.
    if (role && (isReportingVerb(words[at + 1] ?? '') || isReportingVerb(words[at + 2] ?? '')))
      return null;
    // "An Ottawa woman who spent 30 years as a nurse is leading…": what a relative clause says the
    // lede's subject is or was ("as a", "is a"), within its first words; not "who attacked a nurse".
    const told =
      at > 5 &&
      words.slice(2, at).includes('who') &&
      /^(a|an)$/.test(words[at - 1] ?? '') &&
      /^(as|is|was|became)$/.test(words[at - 2] ?? '');
    if (!/^(a|an)$/.test(words[0] ?? '') || at < 1 || (at > 5 && !told)) return null;
    // "A spokesman for the health authority…" is the authority's voice, not the story's subject.
    if (!told && /^(for|with|at|of|from|to)$/.test(words[at + 1] ?? '')) return null;
    // As a role, someone the article introduces as a story's subject, with an age or a title
    // ("Raymond Sparvier, 71,", "Professor Alan Reeve"): "Sandra Whitlock drove to the scene"
    // after "A truck driver has been charged" may be anyone.
    // Not someone the article describes otherwise ("Professor Alan Reeve, a hydrologist," is no
    // farmer; "Tony Merchant, 70, a Regina lawyer," no survivor).
    if (role)
      return this.storySubject(
        (e) =>
          (e.age !== undefined || e.title !== undefined) &&
          (!e.appositive || e.appositive.includes(noun)),
        false,
      );
    return this.storySubject(told ? (e) => !e.title : undefined);
  }

  /** Whether a team or body near `paragraph` is named by these words, lowercased ("silver ferns"). */
  private namesTeam(words: string, paragraph: number): boolean {
    return this.near(paragraph).some((e) => {
      const own = e.name.toLowerCase();
      // A team, not a place ("the Florida senator" is no senator the article gives no state).
      return (
        (own === words || own.endsWith(` ${words}`)) &&
        kind(e) !== 'person' &&
        kind(e) !== 'place' &&
        !isPlaceLike(e)
      );
    });
  }

  /** Whether the lede opens on these words after "A" or "An" ("A Labor senator has broken ranks"). */
  private ledeOpensOn(phrase: string[]): boolean {
    const lede = this.lede();
    if (!/^(a|an)$/.test(lede[0] ?? '')) return false;
    // "A Hartlepool mother-of-three has raised…": the description after a place's name too.
    const words = kinCounted(lede.join(' ')).split(' ');
    const opens = (from: number): boolean => phrase.every((w, i) => words[from + i] === w);
    return opens(1) || (/^An?\s+\p{Lu}/u.test(this.ledeText()) && opens(2));
  }

  /**
   * The person the story names first in full, in its first three paragraphs, holding no office,
   * of those that `fits` (e.g. not someone introduced by a title: "Lawyer Sarah Kim filed the
   * claim"; someone given an age: "Niall Regan, 44,").
   */
  private storySubject(fits: (e: Entity) => boolean = () => true, courtesy = true): string | null {
    for (let p = 0; p < 3; p++) {
      const named = this.namesIn(p).find(
        (e) =>
          e.name.includes(' ') &&
          kind(e) === 'person' &&
          // Without `courtesy`, a Dr or a Professor may be the subject ("Professor Alan Reeve and a
          // team of graduate students found…"); with it, they are the experts who comment.
          !holdsOffice(e, courtesy) &&
          !SPOKESPEOPLE.some((w) => e.roles.has(w)) &&
          // "…died in custody in Alice Springs": a place, whatever given name opens it.
          !this.isNoPerson(e.name) &&
          fits(e),
      );
      if (named) return named.name;
    }
    return null;
  }

  /**
   * The name a lede that opened on a role gives next, as delayed identification does: a paragraph
   * after the lede (whose own names are others: "…an award to former employee Lise Gagnon-Roy")
   * opening on what may be a person's name ("Guy Bélanger-Roy made the announcement"), not a
   * place named in passing ("…dumped 250 millimetres of rain on Annapolis Royal").
   */
  private delayedName(): string | null {
    for (let p = 1; p < 3; p++) {
      const named = this.openingName(p);
      if (named) return named;
    }
    return null;
  }

  /** The person a paragraph opens on, named in full (delayedName), or null. */
  openingName(p: number): string | null {
    const text = this.paragraphs[p] ?? '';
    // Or opening on it after a short clause ("Speaking in Cork this afternoon, Eoghan Mac
    // Cárthaigh said…"); "Margaret Thorne, 67, had been walking…" too.
    const opens = (name: string): boolean =>
      text.startsWith(`${name} `) ||
      text.startsWith(`${name},`) ||
      (/^(?:Speaking|Addressing|Appearing)\s/.test(text) &&
        text.indexOf(`, ${name} `) > 2 &&
        text.indexOf(`, ${name} `) <= 60 &&
        !/[,.;:]/.test(text.slice(0, text.indexOf(`, ${name} `))));
    const named = this.namesIn(p).find(
      (e) =>
        opens(e.name) &&
        (kind(e) === 'person' || (isPersonName(e) && !isPlaceLike(e))) &&
        !isOfficial(e),
    );
    return named?.name ?? null;
  }

  /** The lede's first words, lowercased, after a dateline ("HALIFAX — ") if there is one. */
  private lede(): string[] {
    return (this.ledeWords ??= this.ledeText().toLowerCase().split(/\s+/, 16));
  }

  /** The first paragraph's first 200 characters, after its dateline ("WINNIPEG — "). */
  private ledeText(): string {
    return (this.paragraphs[0] ?? '').slice(0, 200).replace(/^[^—–]{0,40}[—–]\s*/u, '');
  }

  /** lede()'s reading of the first paragraph's first words. */
  private ledeWords: string[] | null = null;

  /**
   * "Everyone in the market knows Alfred Mbeki as “Uncle Fred.”", "Alfred Mbeki, known as “Uncle
   * Fred,”": the full name the article gave this nickname in the paragraphs up to `paragraph`, or
   * null.
   */
  nicknamed(nickname: string, paragraph: number): string | null {
    // The article's nicknames are read once, in one pass: a name is asked about very often.
    if (!this.nicknames) {
      this.nicknames = new Map();
      this.paragraphs.forEach((text, p) => {
        if (
          !text.includes(' as “') &&
          !text.includes(' as "') &&
          !text.includes('nicknamed') &&
          !text.includes('dubbed')
        )
          return;
        for (const m of text.matchAll(NICKNAMED)) {
          const nick = m[2] ?? m[4];
          const name = m[1] ?? m[3];
          if (nick && name && !this.nicknames!.has(nick)) this.nicknames!.set(nick, { name, p });
        }
      });
    }
    const found = this.nicknames.get(nickname);
    return found && found.p <= paragraph ? found.name : null;
  }

  /** Nicknames the article gives (nicknamed), with the full name and the paragraph. */
  private nicknames: Map<string, { name: string; p: number }> | null = null;

  /**
   * The person whose family the article names latest in `paragraph` or the three before ("the
   * family of Arthur Penwell", "Aiden Marsh's family", "the Marsh family"), or null.
   */
  familyNear(paragraph: number): string | null {
    for (let p = paragraph; p >= 0 && p >= paragraph - 3; p--) {
      const text = this.paragraphs[p] ?? '';
      if (!/\bfamily\b/i.test(text)) continue;
      // An unnamed family nearer ("a family of four") or two named ones: no telling which.
      if (/\ba family\b/.test(text)) return null;
      const named = new Set(
        [...text.matchAll(FAMILY_OF)].map((m) => (m[1] ?? m[2] ?? m[3])!.replace(/['’]s?$/, '')),
      );
      if (named.size > 1) return null;
      const [found] = named;
      if (found) return found;
    }
    return null;
  }

  /** "Halloran" → "Brock Halloran": the person named in full near `paragraph` by this surname, or the name. */
  inFull(name: string, paragraph: number): string {
    if (name.includes(' ')) return name;
    // The earliest so named nearby: whom the story is about ("Brock Halloran" before "His father,
    // Jim Halloran").
    const person = (e: Entity): boolean => mayBePerson(e) && kind(e) !== 'organisation';
    const near = this.near(paragraph);
    const found = near.findLast((e) => e.name.endsWith(` ${name}`) && person(e));
    if (found) return found.name;
    // "Liam’s family" after "Liam Doherty, from Sunderland,": a given name, one person's nearby.
    // Not "Superintendent Liam Geraghty", who speaks of the boy, not for him.
    const given = new Set(
      near
        .filter((e) => e.name.startsWith(`${name} `) && person(e) && !holdsOffice(e) && !e.title)
        .map((e) => e.name),
    );
    return given.size === 1 && isFirstName(name) ? [...given][0]! : name;
  }

  /** The person named in full near `paragraph` whom the article gave this word ("German Chancellor X"). */
  describedAs(word: string, paragraph: number, reach = NEAR, surnames = false): string | null {
    // "the Texan" for "Former Texas Gov. Rick Perry": the place a nationality is of, by the
    // letters they share ("Canad-ian", "Canad-a"; "Tex-an", "Tex-as").
    const forms = NATIONALITY_FORMS[word];
    const fits = (written: string): boolean => {
      // "Liverpool-born comedian John Bishop", "Poland's Iga Swiatek": the place.
      const role = written.replace(/-(?:born|raised|bred)$|['’]s$/, '');
      if (role === word || forms?.includes(role)) return true;
      let shared = 0;
      while (shared < role.length && role[shared] === word[shared]) shared++;
      return shared >= 4 && shared >= word.length - 3;
    };
    // With `surnames`, a surname alone too ("Beckford, a two-time Olympian,").
    const person = (e: Entity): boolean =>
      e.name.includes(' ')
        ? mayBePerson(e)
        : surnames && kind(e) === 'unknown' && !isPlaceLike(e) && !e.business;
    const found = this.near(paragraph, reach).find((e) => [...e.roles].some(fits) && person(e));
    return found?.name ?? null;
  }

  /**
   * "the First Nation said" after "Migiskan Falls First Nation": the body near `paragraph` whose
   * longer name this one, of two words or more and ending on a body's word, ends; or null.
   */
  longerBody(name: string, paragraph: number): string | null {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    // Not a headline in capitals ("TELLING OF THE REFUGEE CRISIS").
    if (!name.includes(' ') || !isOrgName(last) || !/\p{Ll}/u.test(name)) return null;
    // Only paragraphs that write the name, or spell out an acronym holding it, can hold the body.
    const spelled = this.spelledOut(false);
    const holds = (p: number): boolean =>
      (this.paragraphs[p] ?? '').includes(name) || spelled.includes(name);
    const found = this.findNear(
      paragraph,
      holds,
      (e) =>
        e.name.endsWith(` ${name}`) &&
        orgish(e) &&
        BODY_NAME.test(e.name) &&
        // Not a run over a sentence's end ("Arizona Daily Star. Wick Communications").
        !/\p{Ll}{2,}\.\s\S*$/u.test(e.name.slice(0, -name.length)),
    );
    return found?.name ?? null;
  }

  /**
   * "a Hanul spokesman" after "Hanul Heavy Industries said": the organisation near `paragraph`
   * whose name this one opens, unless this one names a body itself ("Apple", or "Tesla said", not
   * "Apple Vision Pro") or the article shows it to be a person's ("a Trump spokesman" is no voice
   * of the Trump Organization); or null.
   */
  bodyStartingWith(name: string, paragraph: number): string | null {
    if (this.personEvidence(name) || !/\p{Ll}/u.test(name) || isOrgName(name)) return null;
    const found = this.findNear(
      paragraph,
      (p) => (this.paragraphs[p] ?? '').includes(`${name} `),
      (e) => e.name.startsWith(`${name} `) && orgish(e) && BODY_NAME.test(e.name),
    );
    if (!found) return null;
    // Asked only once a longer name is found: most short names have none.
    const speaks = new RegExp(`${escapeRegExp(name)},? (?:said|says|told)\\b`);
    return this.paragraphs.some((text) => text.includes(name) && speaks.test(text))
      ? null
      : found.name;
  }

  /** Whether the article says this person goes by "they" ("Tallcree, who uses they/them pronouns"). */
  usesThey(name: string): boolean {
    this.theyThem ??= this.paragraphs.filter((text) => /\bthey\/them\b/i.test(text));
    if (this.theyThem.length === 0) return false;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    // The name shortly before "they/them", with no other name between: "Rivera-Cho, who uses
    // they/them pronouns," (not the counsellor named later in that sentence).
    const said = new RegExp(
      `(?:^|[^\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])(?:(?!\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)[^.!?]){0,80}\\bthey/them\\b`,
      'u',
    );
    return this.theyThem.some((text) => said.test(text));
  }

  /** The paragraphs that write "they/them" (usesThey), found once. */
  private theyThem: string[] | null = null;

  /** Whether an organisation near `paragraph` has a name ending in this noun ("…Taxi Alliance") or opening on it before "of". */
  private endsName(noun: string, paragraph: number): boolean {
    // The word itself: "the senator" is no "Senate"; "the co-operative" is "…Dairy Co-operative".
    if (!/^\p{Ll}{2,}(?:-\p{Ll}{2,})?$/u.test(noun) || noun.length < 4) return false;
    // Or opens it before "of": "the archdiocese" for "the Archdiocese of Port Mercer".
    const opening = `${noun} of `;
    return this.someNear(paragraph, noun, (e) => {
      // Not the noun itself, as a lede wrote it ("The Tánaiste has said…").
      if (!orgish(e) || !e.name.includes(' ')) return false;
      const space = e.name.lastIndexOf(' ');
      if (
        e.name.length - space - 1 === noun.length &&
        e.name.slice(space + 1).toLowerCase() === noun
      )
        return true;
      return (
        e.name.length > opening.length && e.name.slice(0, opening.length).toLowerCase() === opening
      );
    });
  }

  /** Whether anyone anywhere in the article was introduced with this noun ("Justice X" for "judge"). */
  givesRole(noun: string): boolean {
    const nouns = ROLE_SYNONYMS[noun] ?? [noun];
    return this.near(this.paragraphs.length - 1, Infinity).some(
      (e) => mayBePerson(e) && nouns.some((n) => e.roles.has(n)),
    );
  }

  /**
   * Whether a person near `paragraph` was introduced with this noun: as a title ("Crown prosecutor
   * Alexandra Pappas") or a description set off (", the senior coroner for Derby,").
   */
  private introduces(noun: string, paragraph: number): boolean {
    // "leg-spinner Hasan Rafiq": a hyphenated noun too.
    if (noun.length < 4 || !/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(noun) || NOT_NAME.has(noun))
      return false;
    // "the union", "the board": an organisation's noun never picks a person this way.
    if (ORG_NOUNS.has(noun)) return false;
    // The description's head: its last word, or the one before its first "for", "of"…: "the
    // senior coroner for Derby", not "the union" of "the president of the union", nor "the
    // attendees chanted".
    const heads = (e: Entity): boolean => {
      const words = e.appositive ?? [];
      // "a kaumātua who has lived beside the river": a relative clause ends it too.
      const link = words.findIndex(
        (w, i) => i > 0 && (DESCRIPTION_LINKS.has(w) || /^(?:who|whose|which)$/.test(w)),
      );
      const head = link > 0 ? link - 1 : words.length - 1;
      return head > 0 && words[head] === noun;
    };
    const key = `${paragraph} ${noun}`;
    let known = this.introducedWith.get(key);
    if (known === undefined) {
      known = this.someNear(
        paragraph,
        noun,
        // "warden Alasdair MacLeod", "leg-spinner Imran Qadir": a title before two names is a
        // person's, known given name or not.
        // "Magpies lock Sione Havili-Burke … said the lock": any word written as someone's title.
        (e) =>
          (e.title === noun && mayBePerson(e) && !TITLED_NOUNS.has(noun)) ||
          ((kind(e) === 'person' ||
            (mayBePerson(e) && (isRoleNoun(noun) || isOfficeTitle(noun) || noun.includes('-')))) &&
            (e.title === noun || heads(e))) ||
          // "Hemi Walker, a kaumātua who has lived…": a name no list knows, set off with "a" and
          // a noun no list has, is someone's all the same.
          (mayBePerson(e) && /^an?$/.test(e.appositive?.[0] ?? '') && heads(e)),
      );
      this.introducedWith.set(key, known);
    }
    return known;
  }

  /** introduces' answers by paragraph and noun. */
  private readonly introducedWith = new Map<string, boolean>();

  /**
   * "A spokesman for the Saskatchewan Health Authority said… “Q,” the spokesman said.": the voice
   * the article last gave an organisation, near `paragraph` ("Saskatchewan Health Authority
   * spokesman"), or null.
   */
  spokespersonNear(paragraph: number): string | null {
    for (let p = paragraph; p >= 0 && p >= paragraph - NEAR; p--) {
      const text = this.paragraphs[p] ?? '';
      if (!/spokes|representative/i.test(text)) continue;
      let last: string | null = null;
      for (const m of text.matchAll(SPOKES_FOR)) {
        const org = (m[2] ?? m[3] ?? '').trim();
        const role = (m[1] ?? m[4] ?? '').toLowerCase();
        last = `${this.expand(org) ?? org} ${role}`;
      }
      if (last) return last;
    }
    return null;
  }

  /** Whether the paragraph names an organisation or a document ("memo", "report", "statement"). */
  mentionsSource(paragraph: number): boolean {
    if (SOURCE_NOUNS.test(this.paragraphs[paragraph] ?? '')) return true;
    this.near(paragraph); // reads the paragraph's names once
    return (this.byParagraph.get(paragraph) ?? []).some((e) => kind(e) === 'organisation');
  }

  /**
   * "Social Development Canada", read as a name up to an "and", is the end of the name the article
   * spelled out before an acronym: "Employment and Social Development Canada (ESDC)".
   */
  private fullName(name: string): string {
    let full = this.fullNames.get(name);
    if (full === undefined) this.fullNames.set(name, (full = this.readFullName(name)));
    return full;
  }

  /** fullName's answers: an organisation is referred back to again and again. */
  private readonly fullNames = new Map<string, string>();

  private readFullName(name: string): string {
    // "the department" after "Immigration, Refugees and Citizenship Canada (IRCC)… IRCC said".
    const spelled = this.expand(name);
    if (spelled) return spelled;
    for (const full of this.acronymMap().values()) if (full.endsWith(` and ${name}`)) return full;
    // "The Canadian Radio-television and Telecommunications Commission", read up to its "and".
    // Most articles never write the name before an "and": a plain search settles them before a
    // pattern is built and compiled for the name (3% of extraction time when built every time).
    const joined = `${name} and `;
    let after: RegExp | null = null;
    // "Fisheries and Oceans Canada", "the Australian Competition and Consumer Commission": a
    // body's name read only from its "and" on is read back to its start.
    const tail = ` and ${name}`;
    let before: RegExp | null = null;
    for (const paragraph of this.paragraphs) {
      const at = paragraph.indexOf(tail);
      if (at < 0 || /\p{L}/u.test(paragraph.charAt(at + tail.length))) continue;
      // Only the words just before: a name is short, and a pattern searching a whole long
      // paragraph of capitals backtracks.
      const text = paragraph.slice(Math.max(0, at - 160), at + tail.length);
      before ??= new RegExp(`(?<![\\p{L}’'-])(${CAP_WORDS}) and ${escapeRegExp(name)}$`, 'u');
      const head = before.exec(text)?.[1]?.replace(/^The /, '');
      const words = head?.split(' ') ?? [];
      if (head && !words.some((w) => isTitle(w) || isFirstName(w))) {
        // "Immigration, Refugees and Citizenship Canada": portfolios listed before, with commas.
        const whole = `${head} and ${name}`;
        const listed = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*, )+)${escapeRegExp(whole)}`, 'u');
        return `${listed.exec(text)?.[1] ?? ''}${whole}`;
      }
    }
    for (const text of this.paragraphs) {
      if (!text.includes(joined)) continue;
      after ??= new RegExp(`${escapeRegExp(name)} and (${CAP_WORDS})`, 'u');
      const rest = after.exec(text)?.[1];
      if (rest && isOrgName(rest)) return `${name} and ${rest}`;
      // "the Ministry of Advanced Learning and Skills", "the Department of Fisheries and Oceans":
      // a body named "of" its portfolio goes on over "and" (not "… and Mayor Jo Reed").
      const word = rest && !rest.includes(' ') ? rest : null;
      if (word && / of /.test(name) && !isTitle(word) && !isFirstName(word))
        return `${name} and ${word}`;
    }
    return name;
  }

  /** "Tore Sohlberg and Lehla Abreder": the latest pair or group named together, for "they". */
  group(paragraph: number): string | null {
    for (let p = paragraph; p >= 0 && p >= paragraph - GROUP_LOOKBACK; p--) {
      const text = this.paragraphs[p] ?? '';
      const named = [...text.matchAll(PAIR)]
        .filter((m) => !m[1] || isRoleNoun(m[1].slice(0, -1)))
        .map((m) => ({ at: m.index, pair: pairText(m[2] ?? '') }));
      // "Ravi and Meena Patel": two given names sharing a surname, each named in full.
      const shared = [...text.matchAll(SHARED_SURNAME_PAIR)]
        .filter((m) => isKnownGivenName(m[1]!) && isKnownGivenName(m[2]!))
        .filter((m) => !isKnownGivenName(m[3]!) && !isOrgName(m[3]!))
        // Not a surname the article gives someone ("Abdel Hakim Amer … Amer and Salah Salem").
        .filter((m) => !this.paragraphs.some((t) => writtenAsSurname(t, m[1]!)))
        .map((m) => ({ at: m.index, pair: `${m[1]} ${m[3]} and ${m[2]} ${m[3]}` }));
      const pairs = [...named, ...shared]
        .sort((a, b) => a.at - b.at)
        .map((m) => m.pair)
        .filter((pair) =>
          pair.split(/\s+and\s+/).every((n) => !this.cannotSpeak(n) && !this.isOrganisation(n)),
        );
      const last = pairs[pairs.length - 1];
      if (last) {
        const at = named.concat(shared).reduce((most, m) => Math.max(most, m.at), -1);
        return theyAfter(text, at) ? null : last;
      }
      // "Residents of the quiet street were stunned…": a group the paragraph opens with is whom a
      // later "they" means, not a pair named before it.
      if (p > paragraph - GROUP_LOOKBACK && p < paragraph && PLURAL_OPENER.test(text)) return null;
    }
    return null;
  }

  private byParagraph = new Map<number, Entity[]>();

  /** A paragraph's names, read when first asked for. */
  private namesIn(p: number): Entity[] {
    let list = this.byParagraph.get(p);
    if (!list) {
      list = readParagraph(this.paragraphs[p] ?? '', p, this.acronymMap());
      this.byParagraph.set(p, list);
    }
    return list;
  }

  /** Names in the paragraphs up to `paragraph` and a few before it, latest mention first. */
  private near(paragraph: number, reach = NEAR): Entity[] {
    // A paragraph's names never change once read: the usual reach is worked out once a paragraph.
    const usual = reach === NEAR;
    const known = usual ? this.nearCache.get(paragraph) : undefined;
    if (known) return known;
    const out: Entity[] = [];
    for (let p = paragraph; p >= 0 && p >= paragraph - reach; p--) {
      const list = this.namesIn(p);
      for (let i = list.length - 1; i >= 0; i--) out.push(list[i] as Entity);
    }
    if (usual) this.nearCache.set(paragraph, out);
    return out;
  }

  /**
   * Whether a name near `paragraph` (as `near` has them) passes `test`, which asks about `noun`.
   * Only paragraphs whose text holds the noun are read: a title, a description or a name's last
   * word it can match is that paragraph's words, lowercased. Most "the report" never reach back
   * to a paragraph that names anything with it, and reading a paragraph's names is costly.
   */
  private someNear(paragraph: number, noun: string, test: (e: Entity) => boolean): boolean {
    return this.findNear(paragraph, (p) => this.mayHold(p, noun), test) !== undefined;
  }

  /** The first name near `paragraph` (in `near`'s order) passing `test`, reading only paragraphs that `holds`. */
  private findNear(
    paragraph: number,
    holds: (p: number) => boolean,
    test: (e: Entity) => boolean,
  ): Entity | undefined {
    for (let p = paragraph; p >= 0 && p >= paragraph - NEAR; p--) {
      if (!holds(p)) continue;
      const list = this.namesIn(p);
      for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as Entity)) return list[i];
    }
    return undefined;
  }

  /**
   * Whether the article writes this lowercase word (as text, any case) in the few paragraphs
   * before `paragraph` that a description looks back over, or twice in `paragraph` itself.
   */
  writtenBefore(word: string, paragraph: number): boolean {
    for (let p = paragraph - 1; p >= 0 && p >= paragraph - NEAR; p--) {
      if (this.lowercased(p).includes(word)) return true;
    }
    const own = this.lowercased(paragraph);
    return own.indexOf(word) !== own.lastIndexOf(word);
  }

  /** Paragraph `p` lowercased, made once. */
  private lowercased(p: number): string {
    let lower = this.lowered[p];
    if (lower === undefined) this.lowered[p] = lower = (this.paragraphs[p] ?? '').toLowerCase();
    return lower;
  }

  /** Whether paragraph `p`'s names may hold a lowercase `noun`: false only when none can. */
  private mayHold(p: number, noun: string): boolean {
    // A whole paragraph lowercases as its words do, but for the capital sigma (ς or σ by what
    // follows it): such a noun is always read.
    if (noun.includes('σ') || noun.includes('ς')) return true;
    const lower = this.lowercased(p);
    // An acronym's full name goes with every paragraph writing the acronym, wherever it was spelled out.
    return lower.includes(noun) || this.spelledOut(true).includes(noun);
  }

  /** The acronyms' full names, one a line, as written or lowercased (made once each). */
  private spelledOut(lower: boolean): string {
    this.spelled ??= [...this.acronymMap().values()].join('\n');
    if (!lower) return this.spelled;
    this.spelledLower ??= this.spelled.toLowerCase();
    return this.spelledLower;
  }

  /** Paragraphs lowercased, for `mayHold`. */
  private readonly lowered: string[] = [];

  /** spelledOut's texts. */
  private spelled: string | null = null;
  private spelledLower: string | null = null;

  private readonly nearCache = new Map<number, Entity[]>();

  private acronymMap(): Map<string, string> {
    this.acronyms ??= readAcronyms(this.paragraphs, (word) => ORG_NOUNS.has(word));
    return this.acronyms;
  }
}

// A pair that opens a sentence, as its subject: "Tore Sohlberg and Lehla Abreder opened…".
/**
 * How many paragraphs back "they" and "the couple" look for a pair named together: a feature may
 * set a scene between them ("Sophie Marchetti and Daniel Osei bought…" three paragraphs before
 * "“Q,” they say"). 3 fixed the style set's such cases; 4 changed nothing more on PolNeAR train.
 */
const GROUP_LOOKBACK = 3;

// "EDMONTON — Oksana Kovalenko and her husband, Taras Melnyk, arrived…": after a dateline too, and
// with the relation between the two names, set off or not, and an age after the first ("Owain
// Rees, 66, and his partner Marisol Vega").
// The pair opens a sentence, or follows the plural role that does ("Grade 11 students …", its
// modifiers capitalised or numbers, not "Police arrested teenagers …"): the role's last word
// (group 1) and the pair (group 2).
const PAIR =
  /(?:^|[.!?]\s+|[—–]\s+)(?:(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(\p{Ll}{3,}s)\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}’'-]+)+(?:,\s\d{1,3},)?\s+and\s+(?:(?:her|his|their)\s+(?:husband|wife|partner|fianc[ée]e?|spouse|son|daughter|brother|sister|mother|father),?\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}’'-]+)+)/gu;

/**
 * "Mark Dunn, 52, and his son Tyler Dunn, 24, are charged. Police said they…": whether a sentence
 * after `at` opens on a group said to be "they", whom a later "they" means (not a group that only
 * acts: "Neighbours rushed to help").
 */
function theyAfter(text: string, at: number): boolean {
  const later = text
    .slice(at + 1)
    .split(/(?<=[.!?])\s+/)
    .slice(1);
  return later.some((sentence) => PLURAL_OPENER.test(sentence) && /\bthey\b/.test(sentence));
}

/** Whether two sets hold the same words. */
const sameWords = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && [...a].every((w) => b.has(w));

/** Whether `text` writes `word` as the last of a capitalised run ("Abdel Hakim Amer"). */
function writtenAsSurname(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`); at > 0; at = text.indexOf(` ${word}`, at + 1)) {
    const after = text.charAt(at + word.length + 1);
    if (!/\p{L}/u.test(after) && /\p{Lu}[\p{L}’'-]*$/u.test(text.slice(Math.max(0, at - 30), at)))
      return true;
  }
  return false;
}

/** A sentence opening on two given names and one surname: "Ravi and Meena Patel have run…". */
const SHARED_SURNAME_PAIR =
  /(?:^|[.!?]\s+|[—–]\s+)(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}[\p{L}’'-]*)(?=[\s,.;:])/gu;

/**
 * "FORT PIERCE, Fla. —", "UN: PEACEKEEPERS PAYING…": words all in capitals are a dateline or a
 * headline, not a name; acronyms ("FBI", "AT&T") are single words.
 */
const isShouted = (name: string): boolean =>
  / /.test(name) && !/\p{Ll}/u.test(name) && /\p{Lu}{4}/u.test(name);

/** The full name a lone surname stands for among `near`'s people ("Boateng" → "Ama Boateng"). */
function fullNameOf(e: Entity, near: Entity[], person: (e: Entity) => boolean): Entity | undefined {
  if (e.name.includes(' ')) return undefined;
  return near.find((f) => f !== e && person(f) && f.name.endsWith(` ${e.name}`));
}

/** Typed a person, or capitalised words only that nothing types ("Ama Boateng", not "Meewasin Trail on Sunday"). */
const isPersonName = (e: Entity): boolean =>
  kind(e) === 'person' ||
  (kind(e) === 'unknown' && !e.business && /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(e.name));

/** Introduced with an office or rank ("Fire Chief Yves Pelletier"), not "university student". */
const holdsOffice = (e: Entity, courtesy = true): boolean => {
  const own = e.name.toLowerCase().split(/\s+/);
  for (const role of e.roles)
    if (TITLE_WORDS.has(role) && !own.includes(role) && (courtesy || !COURTESY.has(role)))
      return true;
  return false;
};

/** Titles of courtesy and learning, which say who someone is rather than a post they hold. */
const COURTESY = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lady',
  'lord',
  'professor',
  'prof',
]);

/** "Leo Cormier, a harvester,": a name set off with "a" and a noun for a person. */
function setOffAsPerson(e: Entity): boolean {
  const words = e.appositive;
  // A name of two words or more that names no body: "Canfor, a lumber producer," is a firm.
  if (!words || !/^an?$/.test(words[0] ?? '') || !e.name.includes(' ') || isOrgName(e.name))
    return false;
  // Its noun among its first words: "a harvester from Chéticamp, N.S.".
  return words.slice(1, 4).some((w) => /^\p{Ll}/u.test(w) && (isRoleNoun(w) || isActorNoun(w)));
}

/** Whether a one-word name is the surname of someone in `near` named in full ("Cormier"). */
function surnameOf(e: Entity, near: Entity[], paragraphs: string[]): boolean {
  if (e.name.includes(' ') || !near.some((f) => f.name.endsWith(` ${e.name}`) && mayBePerson(f)))
    return false;
  // Not a family's firm the article writes as one ("McCain says it will cut 90 jobs").
  const firm = new RegExp(`\\b${escapeRegExp(e.name)} (?:says|said) it\\b`);
  return !paragraphs.some((text) => text.includes(e.name) && firm.test(text));
}

/** Typed a person, or a full name nothing types otherwise ("Mark Dunleavy"). */
const mayBePerson = (e: Entity): boolean =>
  kind(e) === 'person' ||
  // "The 34-year-old told The Sun": a name opening on "The" is a paper, a band, a place.
  (kind(e) === 'unknown' && !e.business && e.name.includes(' ') && !e.name.startsWith('The '));

/**
 * The lesser words ("deputy", "vice") role words hold, abbreviated or hyphenated too: "Lt. Gov. Dan
 * Patrick" is the lieutenant governor, "Vice-principal Marco Ruiz" the vice principal.
 */
export function lessers(roles: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const role of roles) {
    const word = role.replace(/\.$/, '');
    for (const lesser of LESSER) {
      if (word === lesser || word === LESSER_ABBREVIATIONS[lesser] || word.startsWith(`${lesser}-`))
        out.add(lesser);
    }
  }
  return out;
}

/** Lesser words as papers abbreviate them before a name. */
const LESSER_ABBREVIATIONS: Record<string, string> = {
  lieutenant: 'lt',
  assistant: 'asst',
  deputy: 'dep',
};

/** "the mother-of-three" as "the mother of three" (lowercase text). */
const kinCounted = (text: string): string =>
  text.replace(/\b(\p{Ll}+)-of-(\p{Ll}+)\b/gu, (w, kin: string, count: string) =>
    KIN[kin] ? `${kin} of ${count}` : w,
  );

/** The pair's names: "Owners Luis Ferrante and Dana Whitlock" → "Luis Ferrante and Dana Whitlock". */
function pairText(match: string): string {
  const text = match
    .replace(/^[.!?—–]?\s*/, '')
    .replace(/,\s\d{1,3},(?=\s+and\s)/u, '')
    .replace(/\sand\s+(?:her|his|their)\s+[\p{L}é]+,?\s+/u, ' and ');
  // A plural role opening the sentence describes them both; "When", "After" open a clause.
  const first = text.slice(0, text.indexOf(' '));
  const opener = (isPluralRole(first) || CLAUSE_CONJUNCTIONS.test(first)) && !isFirstName(first);
  const pair = opener ? text.slice(first.length + 1) : text;
  // "Mayor Theodora Banks-Whitley and County Executive Raymond Cicciarelli": each without the
  // office before the name.
  return untitledPair(pair.split(' and '));
}

/**
 * A pair's names without the titles before them ("City Council President Raymond Tavares" →
 * "Raymond Tavares"). A given name and a surname stay ("Dean Ferris"), and a word opening a name
 * that may be a title or a given name ("Dean Del Mastro") goes only when a title plainly opens
 * another of the names: after other words ("Grand Chief"), or before a known given name.
 */
function untitledPair(names: string[]): string {
  const titled = names.map((name) => {
    const words = name.split(' ');
    let k = words.length - 3;
    while (k >= 0 && !isTitle(words[k]!)) k--;
    return { words, k, plain: k > 0 || (k === 0 && isKnownGivenName(words[1]!)) };
  });
  const sure = titled.some((t) => t.plain);
  return titled
    .map(({ words, k, plain }) =>
      (k >= 0 && (plain || sure) ? words.slice(k + 1) : words).join(' '),
    )
    .join(' and ');
}

const LETTER = /\p{L}/u;

/** The first letters of a name's capitalised words: "CMHC" of "Canada Mortgage and Housing Corporation". */
const initialsOf = (name: string): string =>
  name
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

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

const isPlaceLike = (e: Entity): boolean =>
  typeByWords(e.name) === 'place' || PLACES.has(undotted(e.name));

/**
 * The verb stems an agent noun is named for: "fisherman" fish, "farmer" farm, "baker" bake,
 * "volunteer" volunteer.
 */
function agentBases(noun: string): string[] {
  const root = /^(\p{Ll}{3,}?)(?:wo)?man$/u.exec(noun)?.[1] ?? noun;
  const verb = /^(\p{Ll}{3,}?)(?:er|or|ist)$/u.exec(root)?.[1];
  // "volunteer", "graduate": a noun that is its verb too.
  const own = stem(noun);
  const bases = verb ? [stem(verb), stem(`${verb}e`), own] : [own];
  // "Marjorie Lindqvist taught Grade 2": an irregular past is the verb too.
  const past = verb ? (IRREGULAR_PAST[verb] ?? IRREGULAR_PAST[`${verb}e`]) : undefined;
  return [...new Set(past ? [...bases, ...past.split(' ')] : bases)];
}

/** Irregular past forms of the verbs agent nouns come from ("teacher", "weaver"). */
const IRREGULAR_PAST: Record<string, string> = {
  // Only forms that mean nothing else: "spoke", "wrote", "drove", "grew (up)" or "led" are said of
  // anyone ("Sandra Whitlock drove to the scene" is no driver).
  teach: 'taught',
  dig: 'dug',
  weave: 'wove woven',
  breed: 'bred',
  sew: 'sewn',
};
