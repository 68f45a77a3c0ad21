/**
 * A description resolved to whom the article introduced with it: "the mayor", "the 39-year-old",
 * "the company", "his wife". The top of what one article says about its names, read lazily, in
 * layers, each class extending the one below: entity-reading.ts reads one paragraph's names;
 * article-names.ts keeps them by paragraph; name-evidence.ts says what a name is; bodies.ts finds
 * organisations and offices; described-people.ts, people by their roles, ages and kin.
 */
import { wordTable } from '../text/word-table.js';
import {
  DescribedPeople,
  AGE,
  NUMBERS,
  KIN,
  ofGender,
  isPersonName,
  holdsOffice,
  kinCounted,
  isPlaceLike,
} from './described-people.js';
import {
  ROLE_SYNONYMS,
  SCIENCE_HEADS,
  SCIENCE_ROLE,
  isTeamName,
  NAME_END,
  NAME_START,
  writtenWith,
} from './name-evidence.js';
import { orgish, mayBePerson, initialsOf } from './bodies.js';
import { NEAR, ownsAt } from './article-names.js';
import {
  firstNameGender,
  isDemonym,
  isEnglishWord,
  isGivenNameOfAnyKind,
  isOrgName,
  isTitle,
} from '../text/names.js';
import { stem } from '../text/tokenize.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import {
  KEEPERS,
  KIN_NOUNS,
  LESSER,
  ORG_NOUNS,
  PARTY_ADJECTIVES,
  PAST_STATUS_WORDS,
  ROLES,
  STATUS,
  isFunctionWord,
} from './lexicon.js';
import { isActorNoun, isMostlyVerb, isPlainWord, lexiconType } from './lexicon-types.js';
import { isReportingVerb } from './verbs.js';
import { DESCRIBING_SUFFIX, HONORIFIC_GENDERS, isPluralRole, isRoleNoun } from './subject.js';
import { kind, sentenceRest, type Entity, type NameType } from './entity-reading.js';

export type { NameType };

/** Organisation nouns that may stand for any organisation named before, not only one named so. */
const GENERIC_ORG_NOUNS = new Set(
  (
    'company firm airline carrier department agency retailer business operator manufacturer ' +
    'carmaker automaker maker insurer lender startup miner producer supermarket grocer brewer ' +
    'builder telco chain utility chipmaker drugmaker charity nonprofit organisation organization'
  ).split(' '),
);

/** Words for what a person was, not a body: "the former miner", "the retired builder". */
const PERSONS_PAST = new RegExp(`\\b(?:${PAST_STATUS_WORDS})\\b`, 'i');

/** Last words of a public body's name, which "the company" never means. */
const PUBLIC_BODY =
  /^(?:Regulator|Commission|Authority|Agency|Ministry|Department|Board|Council|Office|Bureau|Tribunal|Ombudsman|Court|Police|Government|Parliament|Senate|Assembly)$/;

/** Nouns for an organisation and the words its name or introduction may use instead. */
const AIRLINE_WORDS = ['airline', 'carrier', 'airlines', 'airways'];
// Not "office" nor "agency": "the Home Office", "the Border Agency" are no watchdogs.
const WATCHDOG_WORDS = ['regulator', 'watchdog', 'authority', 'commission', 'bureau', 'ombudsman'];
/** Words of a police force's name: "Winnipeg Police Service", "Surrey RCMP". */
const POLICE_WORDS = ['force', 'police', 'constabulary', 'rcmp', 'opp'];

const ORG_SYNONYMS = wordTable<string[]>({
  airline: AIRLINE_WORDS,
  carrier: AIRLINE_WORDS,
  // "the force" for "the Winnipeg Police Service", "Surrey RCMP".
  force: POLICE_WORDS,
  // "the detachment" for "Kamloops RCMP", a Mountie post.
  detachment: POLICE_WORDS,
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
  // "the district" for "Spokane Public Schools", a US school district by its schools (only as
  // "the district" or "the school district").
  district: ['district', 'schools'],
});

/**
 * Last words of a body's name a generic noun may stand for, only as the last word: "the agency"
 * for "the Australian Space Office", "the Federal Aviation Administration".
 */
const TYPE_SYNONYMS = wordTable<string[]>({
  agency: ['agency', 'office', 'administration', 'authority', 'service', 'bureau', 'commission'],
  // "the group" for "the American Civil Liberties Union of Texas", an advocacy group by its name;
  // "the Harbourlight Artists Collective", "the Eastbank Residents Forum".
  group: ['group', 'coalition', 'alliance', 'union', 'network', 'collective', 'forum', 'movement'],
  // "the civic body" for "the Brihanmumbai Municipal Corporation", "the governing body" for a
  // federation: a public or governing body by the word its name ends on.
  body: ['corporation', 'council', 'authority', 'commission', 'body'],
  // "the orchestra" for "the Tyneside Philharmonic" (not "the Boston Symphony": "Mahler's
  // Resurrection Symphony" is a work).
  orchestra: ['orchestra', 'philharmonic', 'philharmonia', 'sinfonia'],
});

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Words that stand for a role only where the mention also says which ("the Idaho senator", "the
 * Oscar winner", "the Labour MP"): offices' titles as US papers abbreviate them ("Sen.", "Rep.",
 * "Gov."), what a winner did ("Thorne, who won an Oscar"; not "who won his seat"), and a member
 * of a party or a house for its member's title ("a Labour member of the Commons").
 */
const QUALIFIED_SYNONYMS = wordTable<string>({
  senator: 'sen',
  representative: 'rep',
  congressman: 'rep',
  congresswoman: 'rep',
  governor: 'gov',
  winner: 'won',
});
/**
 * "Former mayor Tom Ellis", "The town's first mayor, Harold Ames,": words giving a role as it was
 * once held, by someone "the mayor" far on does not mean.
 */
const HELD_ONCE = new RegExp(`^(?:${PAST_STATUS_WORDS}|first|late|then)$`);

/** What a firm is written after "in" as: "a stake in Shopify.", "investors in Tesla,". */
const INVESTED_IN =
  /\b(?:stakes?|shares?|investors?|invested|investments?|holdings?|interest|position|stock|bets?)(?: \p{Ll}+)? in $/u;

/**
 * The houses whose member an MP, TD, MLA, MSP or MPP is: "a Labour member of the Commons", not "a
 * Labour member for 40 years", "a member of the House of Lords" nor "of the European Parliament".
 */
const MEMBER_HOUSES = wordTable<string[]>({
  mp: ['commons', 'parliament'],
  td: ['dáil', 'dail'],
  mla: ['assembly', 'legislature', 'stormont'],
  msp: ['holyrood'],
  mpp: ['legislature', 'parliament'],
});

/** "the mother of three": a description ending on a count of children. */
const OF_COUNT = new RegExp(`^(?:${NUMBERS})$`);

/** Words of a company's results: "pre-tax profits rose", "shares fell", "revenue". */
const BUSINESS_COPY = new RegExp(
  `\\b(?:${'profits? revenues? turnover earnings dividends? shareholders pre-tax'.split(' ').join('|')}|shares (?:rose|fell|closed|jumped|slid))\\b`,
  'i',
);

/** Words before "group(s)" that make it people, not a company: "campaign group", "residents’ group". */
const PEOPLES_GROUP_WORDS = (
  'campaign pressure advocacy support lobby lobbying action residents community rights protest ' +
  'parents activist patient interest environmental conservation faith church youth ethnic ' +
  'armed rebel militant terror terrorist extremist jihadist hacker hacking working study focus ' +
  'peer age music rock pop band tour party parliamentary political opposition user voluntary ' +
  'volunteer local farmers industry trade watchdog consumer think-tank justice'
).split(' ');

/**
 * A group of people, not a company: "a group of parents", "campaign group", "the group’s members";
 * not "group of companies".
 */
const PEOPLES_GROUP = new RegExp(
  `\\b(?:groups? of (?!companies)|(?:${PEOPLES_GROUP_WORDS.join('|')})['’]? groups?|group['’]s members|members of the group)\\b`,
  'i',
);

/** Nouns for someone introduced by their relation to another ("her son, X"). */
const RELATIVES = [
  'son',
  'daughter',
  'child',
  'husband',
  'wife',
  'widow',
  'widower',
  'partner',
  'grandson',
  'granddaughter',
];

/** Nouns for someone by their tie to another, as kin nouns are: "her friend Emily Clarke". */
export const COMPANIONS = new Set([
  'friend',
  'neighbour',
  'neighbor',
  'colleague',
  'classmate',
  'teammate',
]);

/** A crime's words in a lede. */
const CRIME =
  /\b(?:attack(?:ed|ing)?|assault(?:ed|ing)?|stabb(?:ed|ing)|robb(?:ed|ery|ing)|kill(?:ed|ing)|murder(?:ed|ing)?|charged|jailed|sentenced|convicted|accused|arrested|guilty|admitted)\b/;

/**
 * "Tom Reed, 71, and his brother Jim Reed", "Vishnu Ramdeen, 45, and his younger brother Suresh
 * Ramdeen": the first sibling's name (its given name opening the run), their possessive, how the
 * second is older or younger if said, the second's noun and name.
 */
const SIBLING_INTRO =
  /(?<![\p{L}] )(\p{Lu}\p{Ll}+ \p{Lu}[\p{L}’'-]+)(?:, \d{1,3},)? and (his|her) (?:(younger|older|elder|big|little|twin|baby) )?(brother|sister),? (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'-]+)?)/gu;

/** The words SIBLING_INTRO's pairs say who is older by ("his younger brother"). */
const BORN_BEFORE = /^(?:younger|older|elder|big|little)$/;

/** A spouse's noun, and the gender it gives. */
const SPOUSES = wordTable<'f' | 'm'>({ wife: 'f', husband: 'm' });

/** Siblings, by the gender of the noun: named together under one surname ("Emeka and Chidi Okonjo"). */
const SIBLINGS = wordTable<'f' | 'm'>({ brother: 'm', sister: 'f' });

/** Words that make two people named together something other than siblings. */
const RELATION =
  /\b(?:father|mother|son|daughter|husband|wife|married|marriage|couple|spouses?|partners?|parents?|grand(?:father|mother|son|daughter))\b/i;

/** An office that watches over something ("Office for Students", "Office of the Privacy Commissioner"). */
const WATCHDOG_OFFICE =
  /^Office (?:for |of (?:the )?(?:[\p{Lu}][\p{L}-]* (?:and )?)*(?:Commissioner|Ombudsman|Regulator|Inspector|Auditor|Rail|Communications))/u;

/** listedWithPlace's pattern, in parts: before and after a name listed after a place… */
const LISTED_AFTER_PLACE =
  /(?<=\b(?:in|across|from|to|throughout|between|near|of) \p{Lu}[\p{L}.-]* and (?:the )?)/uy;
/** …or before one ending the list. */
const LISTED_BEFORE_PLACE = / and (?:the )?\p{Lu}[\p{L}-]*(?=[,.;:]|$)/uy;

/**
 * Heads whose holder must also have been given one of these words: "the GM" is a general manager,
 * not any manager ("Manager John Schneider"); "the CTO" a chief technology officer, not a
 * technology analyst; "the PM" a prime minister, not any minister; "the defence" a defence lawyer,
 * not a defence minister.
 */
const HEAD_REQUIRES = wordTable<string[]>({
  gm: ['gm', 'general'],
  cao: ['cao', 'chief'],
  cto: ['cto', 'chief'],
  coo: ['coo', 'chief'],
  pm: ['pm', 'minister'],
  defence: ['lawyer', 'attorney', 'counsel'],
  defense: ['lawyer', 'attorney', 'counsel'],
});

/** What a description refers back to: a name, and whether it is an organisation's. */
type Referent = { name: string; org: boolean };

/** A description being resolved (ArticleEntities.refer). */
interface Described {
  /** As written: "the Calgary-based firm". */
  mention: string;
  /** Lowercased, a count of children joined ("mother of three"), a "from" place cut off. */
  words: string[];
  paragraph: number;
  /** It ends on a count of children: "the 34-year-old mother of three". */
  counted: boolean;
  /** Its noun: "firm", "mother". */
  head: string;
}

/**
 * A paragraph that only credits a photograph: "Neilson Barnard via Getty Images.", "Photo: Jane
 * Roe" (not "testified via video link").
 */
const CREDIT =
  /^(?:[^.]{0,60}\bvia (?:Getty Images|Reuters|AP|AFP|The Associated Press|The Canadian Press|Shutterstock|Unsplash)\b|(?:Photo|Photograph|Credit)s?:)/;

/** A verb as a lede's words are read (ledeOpener): "marked", "has", "won", "told". */
const isVerbish = (word: string): boolean =>
  OPENING_VERB.test(word) || /\p{Ll}ed$/u.test(word) || isMostlyVerb(word);

/** What follows a lede's subject besides a verb form the lexicons know: "has been jailed". */
const OPENING_VERB =
  /^(?:has|have|had|is|was|will|would|could|can|may|might|must|says|won|beat|became|made|took|led|hit|set|ran|fell)$/;

export class ArticleEntities extends DescribedPeople {
  /**
   * The named entity a description refers back to: "the mayor", "the affable proprietor",
   * "the 39-year-old", "the security firm", "the bureau". Null when the article named none.
   */
  refer(mention: string, paragraph: number): Referent | null {
    const found = this.referBack(mention, paragraph);
    // "A Kelowna, B.C., winery owner", "off Cape Hotham": a place the article writes is no one.
    if (!found || this.cannotSpeak(found.name)) return null;
    return !found.org && this.isNoPerson(found.name) ? null : found;
  }

  private referBack(mention: string, paragraph: number): Referent | null {
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
    const kin =
      this.spouse(words, paragraph) ??
      this.sibling(words, paragraph) ??
      this.bornBefore(words, paragraph);
    if (kin) return kin;
    const setOff = this.setOffAs(mention, words, paragraph);
    if (setOff) return setOff;
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
    return this.byHead({ mention, words, paragraph, counted, head });
  }

  /**
   * "Vishnu Ramdeen, 45, and his younger brother Suresh Ramdeen, 39,… the older brother said":
   * of two siblings the article named so, the one "the older" or "the younger" means.
   */
  private bornBefore(words: string[], paragraph: number): Referent | null {
    const [the, age, noun] = words;
    if (words.length !== 3 || the !== 'the' || !/^(?:brother|sister)$/.test(noun ?? ''))
      return null;
    const older = /^(?:older|elder|eldest|oldest|big)$/.test(age ?? '');
    if (!older && !/^(?:younger|youngest|little|baby|kid)$/.test(age ?? '')) return null;
    // The latest pair so named up to `paragraph`.
    const found = this.paragraphs
      .slice(0, paragraph + 1)
      .flatMap((text) => [...text.matchAll(SIBLING_INTRO)])
      .filter((m) => BORN_BEFORE.test(m[3] ?? ''))
      .at(-1);
    if (!found) return null;
    const [, first, possessive, said, sibling, second] = found;
    const secondOlder = /^(?:older|elder|big)$/.test(said!);
    const surname = first!.slice(first!.lastIndexOf(' '));
    const relative = second!.includes(' ') ? second! : `${second}${surname}`;
    const isSecond = older === secondOlder;
    // "the older brother" is no woman: "Anna Kowalski and her younger brother Piotr" (the pair's
    // own words say who is which).
    const brother = isSecond ? sibling === 'brother' : possessive === 'his';
    if (brother !== (noun === 'brother')) return null;
    return { name: isSecond ? relative : first!, org: false };
  }

  /**
   * "“We lost 60 percent,” Bill Hendricks said. “…,” his wife added.": whom someone of the
   * possessive's gender named nearby shares a surname with, of the other gender.
   */
  private spouse(words: string[], paragraph: number): Referent | null {
    const spouse = words.length === 2 ? SPOUSES[words[1] ?? ''] : undefined;
    if (!spouse || words[0] === 'the' || words[0] === 'this' || words[0] === 'their') return null;
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
    return null;
  }

  /**
   * "Emeka and Chidi Okonjo have fixed bicycles since 1998. … “…,” Emeka Okonjo says. “…,” his
   * brother adds.": the other of two given names the article writes before one surname, the
   * speaker's, when the words next to them make them no couple and no parent and child ("Father and
   * son Tom and Jack Reilly", "who married in 2009"). A given name no list knows ("Chidi") will do
   * when it is not of the other gender.
   */
  private sibling(words: string[], paragraph: number): Referent | null {
    const owned = words.length === 2 && (words[0] === 'his' || words[0] === 'her');
    const gender = owned ? SIBLINGS[words[1] ?? ''] : undefined;
    if (!gender) return null;
    const owner = words[0] === 'his' ? 'm' : 'f';
    // By a full name: the lists read a given name before a surname.
    const fits = (name: string, wanted: 'f' | 'm'): boolean => {
      const found = firstNameGender(name);
      return found === undefined || found === wanted;
    };
    const introduced = this.introducedSibling(words[1]!, owner, paragraph);
    if (introduced) return introduced;
    for (const e of this.near(paragraph)) {
      const parts = e.name.split(' ');
      const [given, surname] = [parts.at(-2) ?? '', parts.at(-1) ?? ''];
      if (parts.length < 2 || !isPersonName(e) || !fits(`${given} ${surname}`, owner)) continue;
      // The speaker named first or second: "Emeka and Chidi Okonjo".
      const pair = new RegExp(
        `(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) and (\\p{Lu}\\p{Ll}+) ${escapeRegExp(surname)}(?![\\p{L}])`,
        'u',
      );
      for (const text of this.paragraphs) {
        const found = pair.exec(text);
        if (!found || (found[1] !== given && found[2] !== given)) continue;
        // Only the words next to the pair: not "since their father died" further on.
        const end = found.index + found[0].length;
        if (RELATION.test(text.slice(Math.max(0, found.index - 30), end + 25))) continue;
        const other = found[1] === given ? found[2]! : found[1]!;
        if (other !== given && fits(`${other} ${surname}`, gender))
          return { name: `${other} ${surname}`, org: false };
      }
    }
    return null;
  }

  /**
   * "Margaret Fenwick and her younger sister Ruth Fenwick-Oyelaran… ‘…,’ said Ruth. Her sister was
   * blunter": of the two siblings the article introduced so last, the other one from whom it wrote
   * last, when that one is of the possessive's gender and the other of the noun's.
   */
  private introducedSibling(noun: string, owner: 'm' | 'f', paragraph: number): Referent | null {
    const found = this.paragraphs
      .slice(0, paragraph + 1)
      .flatMap((text) => (text.includes(' and ') ? [...text.matchAll(SIBLING_INTRO)] : []))
      .at(-1);
    if (!found) return null;
    const [, first, possessive, , sibling, second] = found;
    const surname = first!.slice(first!.lastIndexOf(' '));
    const relative = second!.includes(' ') ? second! : `${second}${surname}`;
    // The first is of the possessive's gender, the second of the noun's.
    const sides: [[string, 'm' | 'f'], [string, 'm' | 'f']] = [
      [first!, possessive === 'his' ? 'm' : 'f'],
      [relative, sibling === 'brother' ? 'm' : 'f'],
    ];
    // Whom the possessive means: the one the article wrote last (by given name or in full) before
    // the mention, in its paragraph or those before.
    const own = this.paragraphs[paragraph] ?? '';
    const cut = own.toLowerCase().indexOf(`${owner === 'm' ? 'his' : 'her'} ${noun}`);
    const before = [...this.paragraphs.slice(0, paragraph), own.slice(0, Math.max(cut, 0))].join(
      '\n',
    );
    const lastAt = ([name]: [string, 'm' | 'f']): number =>
      Math.max(before.lastIndexOf(name), before.lastIndexOf(name.split(' ')[0]!));
    const owning = lastAt(sides[0]) > lastAt(sides[1]) ? 0 : 1;
    const [ownerSide, other] = [sides[owning]!, sides[1 - owning]!];
    return ownerSide[1] === owner && other[1] === SIBLINGS[noun]
      ? { name: other[0], org: false }
      : null;
  }

  /**
   * "Dr. Jane Roe, the city’s medical officer of health, … the city’s medical officer of health
   * said", "Priya Nair, a mother of three, … the mother of three said": the description the
   * article set off after someone's name, word for word but for its article.
   */
  private setOffAs(mention: string, words: string[], paragraph: number): Referent | null {
    if (
      words.length < 3 ||
      words[0] !== 'the' ||
      !this.writtenBefore(mention.slice(mention.indexOf(' ') + 1).toLowerCase(), paragraph)
    )
      return null;
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
    return given && mayBePerson(given) && kind(given) !== 'organisation'
      ? { name: given.name, org: false }
      : null;
  }

  /**
   * "said the chief, who was flanked by… the District Chief Executive, Mr Yaw Oppong-Kyei": the
   * relative clause after the description, whose names are others than whom it describes ('' when
   * none follows it).
   */
  private relativeClause(mention: string, paragraph: number): string {
    const at = this.lowercased(paragraph).indexOf(`${mention.toLowerCase()}, who`);
    return at < 0 ? '' : sentenceRest(this.paragraphText(paragraph), at + mention.length + 5);
  }

  /** The name right after "<mention> told" in the paragraph ("the 45-year-old told Page Six"). */
  private toldBy(mention: string, paragraph: number): string | undefined {
    // The paragraph lowercased once per article (ArticleNames), not at every description.
    const at = this.lowercased(paragraph).indexOf(`${mention.toLowerCase()} told `);
    if (at < 0) return undefined;
    const after = this.paragraphText(paragraph).slice(at + mention.length + 6);
    return /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)*/u.exec(after)?.[0].replace(/\.$/, '');
  }

  /** A description by its head noun: an age, a kin noun, a role, an organisation's noun. */
  private byHead(d: Described): Referent | null {
    const { mention, words, paragraph, counted, head } = d;
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
      // "A 17-year-old from Tillman has become… ¶ Jaden Ellis finished…": the lede's teen, whom
      // the age finds.
      const [article, ledeAge] = this.lede();
      const teen = /^(1[3-9])-year-old$/.exec(ledeAge ?? '')?.[1];
      if (teens.length === 0 && teen && /^(?:a|an)$/.test(article ?? ''))
        return this.refer(`the ${teen}-year-old`, paragraph);
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
    if (!age && !synonyms && !orgNoun) return this.unresolved(d);
    // "the Calgary-based firm": where a body is based is seldom how the article named it.
    const qualifiers = mention
      .split(/\s+/)
      .slice(1, -1)
      .filter((w) => /^\p{Lu}/u.test(w) && !DESCRIBING_SUFFIX.test(w))
      .map((w) => w.toLowerCase());
    // "Sen. Martin Cole of Idaho … the Idaho senator": an office's abbreviated title, only where
    // the mention's place says which ("the longtime senator" after McCain spoke is no "Sen. Roy
    // Blunt (R-Mo.)" named before).
    // "Rachel Oduya, a Labour member of the Commons… the Labour MP said": a member's title finds
    // a "member" of its house (MEMBER_HOUSES).
    const abbreviated =
      qualifiers.length > 0
        ? (QUALIFIED_SYNONYMS[head] ?? (MEMBER_HOUSES[head] ? 'member' : undefined))
        : undefined;
    if (synonyms && abbreviated) synonyms = [...synonyms, abbreviated];
    // "the Regina mother of three", "the 34-year-old Halifax nurse": a person's town the article
    // writes nowhere before is news about them, not how it named them (an office's is: "the Idaho
    // senator").
    const asked =
      age || counted ? qualifiers.filter((q) => this.writtenBefore(q, paragraph)) : qualifiers;
    // "Highlands and Islands MSP Eilidh Fraser… the Labour MSP said": a party's word is news about
    // a member the article gives no party, not how it named them; a member of another party it
    // rules out ("the Tory MP" is not "Liberal MP Dana Clarke").
    const party = (w: string): boolean =>
      PARTY_ADJECTIVES.test(`${w.charAt(0).toUpperCase()}${w.slice(1)}`);
    // "the Tory MP" of "Conservative MP John Halford", "the Labor MP" of a Labour one.
    const sameParty = (e: Entity, q: string): boolean =>
      [...e.roles].some((r) => party(r) && partyOf(r) === partyOf(q));
    // Someone near given the party is whom it asks for; else anyone given no party. Read once
    // per description, not per person (and not the mention itself read as a name, "Labour MSP").
    const partyGiven = new Set(
      asked
        .filter(party)
        .filter((q) =>
          this.near(paragraph).some((e) => sameParty(e, q) && !e.name.toLowerCase().endsWith(head)),
        ),
    );
    const hasQualifier = (e: Entity, q: string): boolean =>
      e.roles.has(q) ||
      (party(q) && (sameParty(e, q) || (![...e.roles].some(party) && !partyGiven.has(q))));
    // But not someone the article described by another proper name before the same noun ("Kim
    // Lee, a Saskatoon mother of three"): a role word of theirs the article capitalises there.
    const placedElsewhere = (e: Entity): boolean =>
      asked.length < qualifiers.length &&
      [...e.roles].some((r) => {
        if (r.length < 3 || e.name.toLowerCase().split(' ').includes(r)) return false;
        const proper = `${r.charAt(0).toUpperCase()}${r.slice(1)} ${head}`;
        return this.paragraphs.some((text) => text.includes(proper));
      });
    // Latest mention first, within the last few paragraphs; not whom the description's own
    // clause says it told ("“…,” the 45-year-old told Page Six"), nor, for an age, whom the
    // paragraph's quotation names ("“Mia and I are close,” the 45-year-old said" is not Mia
    // Corrigan).
    const told = this.toldBy(mention, paragraph);
    const quoted = age ? this.quotedIn(paragraph) : '';
    const clause = this.relativeClause(mention, paragraph);
    const near = this.near(paragraph).filter(
      (e) =>
        e.name !== told &&
        !clause.includes(e.name) &&
        !namedIn(quoted, e.name) &&
        asked.every((q) => hasQualifier(e, q)) &&
        !placedElsewhere(e),
    );
    let found: Entity | undefined;
    if (age) {
      found = this.ofAge(d, near, age[1]!, placed);
    } else if (counted && KIN[head] && this.ledeOpensOn(words.slice(1))) {
      return this.ledeParent(head);
    } else if (counted && KIN[head]) {
      // "the mother of two": the latest person named in full whose given name has its gender.
      const owner = KIN[head]!.owner;
      // An office, not a courtesy title: "Mrs. Chinwendu Okonkwo-Ibe" may be the mother of three.
      found = near.find(
        (e) =>
          mayBePerson(e) &&
          e.name.includes(' ') &&
          !holdsOffice(e, false) &&
          (ofGender(e, owner) ||
            (firstNameGender(e.name) === undefined && this.honouredAs(e.name, owner))),
      );
    } else if (synonyms) {
      found =
        this.roleHolder(d, synonyms, qualifiers, near) ??
        this.bodysOfficer(d, synonyms, qualifiers, told, clause);
    }
    // "the maker", "the developer": nouns for people and for firms are a firm when no one is so;
    // with a person's past, a person ("A former miner who helped rescue… the former miner said").
    const pastOfPerson = PERSONS_PAST.test(mention) && /(?:er|or)$/.test(head);
    // Still a body the article gave that noun ("Kestrel Resources, the former coal miner").
    const bodyGiven = (): boolean => near.some((e) => e.roles.has(head) && orgish(e));
    if (!found && !age && orgNoun)
      return pastOfPerson && !bodyGiven() ? this.ledeNamed(d) : this.bodyByNoun(d, synonyms, near);
    // "Farrell, who won an Oscar in 2019," after "Colm Farrell": the name in full, when the
    // article gives one only.
    if (found && !found.name.includes(' ') && kind(found) !== 'organisation') {
      const full = soleFullName(found, this.near(paragraph), mayBePerson);
      if (full) return { name: full.name, org: false };
    }
    return found ? { name: found.name, org: false } : this.unresolved(d);
  }

  /**
   * "Rotherfield United manager Gareth Pellow… (ten paragraphs on) the Rotherfield boss added":
   * a body's officer, whom the article named once before the body's words and the role, however
   * far back; the one person given every capitalised word of the mention so, or no one.
   */
  private bodysOfficer(
    d: Described,
    synonyms: string[],
    qualifiers: string[],
    told: string | undefined,
    clause: string,
  ): Entity | undefined {
    if (qualifiers.length === 0) return undefined;
    const before = this.near(d.paragraph, d.paragraph).filter(
      (e) =>
        e.name !== told &&
        !clause.includes(e.name) &&
        mayBePerson(e) &&
        qualifiers.every((q) => e.sides?.has(q) === true),
    );
    const found = this.roleHolder(d, synonyms, qualifiers, before);
    return found && before.every((e) => e.name === found.name || !e.name.includes(' '))
      ? found
      : undefined;
  }

  /** Only when nothing else reads the noun ("the company", "the driver" never): the lede's subject. */
  private ledeNamed({ words, head }: Described): Referent | null {
    // "the former nurse": a status is no qualifier the lede must have said ("the veteran" is a noun).
    const plain = words.filter((w, i) => i === 0 || i === words.length - 1 || !STATUS.test(w));
    // "the executive director" after a lede opening "The executive director of…" too.
    const opening = this.lede();
    // "the Wiradjuri elder" after a lede opening "A Wiradjuri elder has welcomed…" too.
    const opened =
      plain.length === 3 &&
      /^(?:the|an?)$/.test(opening[0] ?? '') &&
      opening[1] === plain[1] &&
      opening[2] === plain[2];
    const firmNoun = ORG_NOUNS.has(head) && !PERSONS_PAST.test(words.join(' '));
    if ((plain.length !== 2 && !opened) || firmNoun) return null;
    const name = this.ledeSubject(head, ROLES.has(head) || isActorNoun(head));
    return name ? { name, org: false } : null;
  }

  /**
   * "Scotiabank’s Helen Brandt… the Scotiabank analyst", "Saskatchewan’s Brent Laycock… the
   * Saskatchewan skip": the one person the article gave as the capitalised word's, when no one
   * was given the role with it.
   */
  private ownedBy({ mention, words, paragraph }: Described): Entity | undefined {
    const owner = words.length === 3 && /^the \p{Lu}\S* \p{Ll}+$/u.test(mention) ? words[1] : null;
    // Not a place's ("Toronto’s William Nylander… the Toronto coach"): a place has offices,
    // teams and players all at once.
    if (!owner || lexiconType(owner) === 'place') return undefined;
    // "Reform UK's Darren Pike… the Reform candidate": the owner's first word will do.
    const owns = (e: Entity): boolean => e.owner === owner || !!e.owner?.startsWith(`${owner} `);
    const owned = this.near(paragraph).filter((e) => owns(e) && mayBePerson(e));
    const one = owned[0];
    return one && owned.every((e) => e.name === one.name) ? one : undefined;
  }

  /**
   * Nobody the article gave the noun: whoever does what it names ("the fisherman"), or the lede's
   * subject. The words qualifying the noun must be said of them too ("the retired grain farmer"
   * after "who farmed grain"; not "the young dairy farmer", nor "the Vermont senator" of someone
   * who served in the Senate), but for a status ("retired", "former") and for the words the lede
   * opened on ("A Labor senator has broken ranks… the Labor senator").
   */
  private unresolved(d: Described): Referent | null {
    const { mention, words, paragraph, counted, head } = d;
    const owned = isRoleNoun(head) || isActorNoun(head) ? this.ownedBy(d) : undefined;
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
    // "Chidinma Okonkwo-Adeyemi’s third novel began… “…,” the author says": whose work it is.
    const maker = words.length === 2 ? this.maker(head, paragraph) : null;
    if (maker) return { name: maker, org: false };
    const qualifiers = words.slice(1, -1);
    const opened = qualifiers.length > 0 && this.ledeOpensOn(words.slice(1));
    const required = opened ? [] : qualifiers.filter((w) => !STATUS.test(w));
    const doer =
      words.length <= 4
        ? (this.doer(head, paragraph, required) ?? this.kin(head, paragraph, required))
        : null;
    return doer ? { name: doer, org: false } : this.ledeNamed(d);
  }

  /**
   * The one person named in full near `paragraph` whose work of the kind a maker's noun makes
   * the article writes with their possessive ("Chidinma Okonkwo-Adeyemi’s third novel" for "the
   * author", "Mara Quist’s new album" for "the singer"), or null.
   */
  private maker(noun: string, paragraph: number): string | null {
    const works = MAKERS[noun];
    if (!works) return null;
    const text = this.paragraphs.slice(0, paragraph + 1).join('\n');
    const makes = (name: string): boolean =>
      new RegExp(`${escapeRegExp(name)}['’]s? (?:[\\p{Ll}-]+ ){0,2}(?:${works})\\b`, 'u').test(
        text,
      );
    const found = new Set(
      this.near(paragraph)
        .filter((e) => e.name.includes(' ') && isPersonName(e) && text.includes(e.name))
        .filter((e) => makes(e.name))
        .map((e) => e.name),
    );
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * Whether a paragraph before gives the age to someone unnamed: "One of the victims, now 39,",
   * "aged 39", "a 39-year-old".
   */
  private agedUnnamed(years: string, paragraph: number): boolean {
    // After a lowercase word ("One of the victims, now 39,"), not a name ("Moreau, now 39,").
    const unnamed = new RegExp(
      `\\b\\p{Ll}+, (?:who is )?(?:now|aged) ${years}\\b|\\b[Aa]n? ${years}-year-old\\b`,
      'u',
    );
    return this.paragraphs
      .slice(0, paragraph)
      .some((text) => text.includes(years) && unnamed.test(text));
  }

  /**
   * Whether the article writes this lowercase word before the person's name, as whose they are or
   * whose side ("Ontario's Rachel Hoang" for "the Ontario skip", "Yankees starter Cody Ahlgren").
   */
  qualifiedBy(name: string, word: string, paragraph: number): boolean {
    return this.someNamed(name, paragraph, (e) => e.owner === word || e.sides?.has(word) === true);
  }

  /**
   * Whether the words around a name show it is no firm "the company" may mean: a person a role
   * introduced, a place listed with another or qualifying its people, a firm only employing
   * people the article quotes. Remembered: each description asks it of every name near.
   */
  private shownNoFirm(e: Entity): boolean {
    let known = this.noFirm.get(e);
    if (known === undefined) {
      known =
        this.roleSetOffBefore(e) ||
        this.listedWithPlace(e) ||
        this.placedOnly(e) ||
        this.employerOnly(e) ||
        this.peoplesPlaceOnly(e);
      this.noFirm.set(e, known);
    }
    return known;
  }

  /** shownNoFirm's answers, by entity (a name read in another paragraph is another entity). */
  private readonly noFirm = new WeakMap<Entity, boolean>();

  /**
   * "Analysts at Pellworth Securities described the update as sobering": a firm the article names
   * only as where people it quotes work, which is no firm the story is about.
   */
  private employerOnly(e: Entity): boolean {
    return this.everyMention(e, (text, at) => {
      // "workers at Norcrest Mining Ltd.'s nickel mill": a name written as what owns something is
      // a firm in its own right, wherever that is.
      if (ownsAt(text, at + e.name.length)) return false;
      const word = /(\p{L}+) (?:at|with|from) $/u.exec(text.slice(Math.max(0, at - 30), at));
      const noun = word?.[1]!.toLowerCase() ?? '';
      return isRoleNoun(noun) || (noun.endsWith('s') && isRoleNoun(noun.slice(0, -1)));
    });
  }

  /** Whether the entity's paragraphs write its name at least once, and `test` holds at every place. */
  private everyMention(e: Entity, test: (text: string, at: number) => boolean): boolean {
    let seen = false;
    for (const p of e.paragraphs) {
      const text = this.paragraphs[p] ?? '';
      for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) {
        if (!test(text, at)) return false;
        seen = true;
      }
    }
    return seen;
  }

  /**
   * "The sawmill in Saint-Félicien, in Lac-Saint-Jean, will close": a name the article writes only
   * after "in", set off by a comma or ending a sentence, is where something is, no firm (not "a
   * stake in Shopify Inc.", "invested in Tesla shares").
   */
  private placedOnly(e: Entity): boolean {
    return this.everyMention(
      e,
      (text, at) =>
        /(?:^|[^\p{L}])in $/u.test(text.slice(Math.max(0, at - 4), at)) &&
        !INVESTED_IN.test(text.slice(Math.max(0, at - 24), at)) &&
        /^(?:[,.;]|$)/.test(text.slice(at + e.name.length, at + e.name.length + 1)),
    );
  }

  /**
   * "across Minnesota and the Dakotas", "in Nairobi and Mombasa": a name listed with a place by
   * "and" (or a pair of names one of which is a place) is a place too, no firm.
   */
  private listedWithPlace(e: Entity): boolean {
    // A pair of names, not a firm's whose name holds "and" ("Hong Kong and Shanghai Banking
    // Corporation").
    const parts = e.name.split(/\s+and\s+/);
    if (parts.length === 2)
      return !isOrgName(e.name) && parts.some((w) => lexiconType(w) === 'place');
    // Only paragraphs writing "and" right before or after the name are asked the pattern.
    const beside = (text: string): boolean =>
      text.includes(`and ${e.name}`) ||
      text.includes(`and the ${e.name}`) ||
      text.includes(`${e.name} and `);
    if (!e.paragraphs.some((p) => beside(this.paragraphs[p] ?? ''))) return false;
    const name = escapeRegExp(e.name);
    // The place after a preposition ("across Minnesota and the Dakotas"), or after the name and
    // ending the list ("in Regina and Moose Jaw."; not "and the Yukon government", "and Ontario
    // signed").
    const listed = new RegExp(
      `\\b(?:in|across|from|to|throughout|between|near|of) (\\p{Lu}[\\p{L}.-]*) and (?:the )?${name}(?![\\p{L}])|(?<![\\p{L}])${name} and (?:the )?(\\p{Lu}[\\p{L}-]*)(?=[,.;:]|$)`,
      'gu',
    );
    return e.paragraphs.some((p) => {
      const text = this.paragraphs[p] ?? '';
      // V8 compiles a pattern when first run, which costs more than asking its parts before and
      // after the name around each mention: only a text where they match can hold a match.
      if (
        !writtenWith(text, e.name, LISTED_AFTER_PLACE, NAME_END) &&
        !writtenWith(text, e.name, NAME_START, LISTED_BEFORE_PLACE)
      )
        return false;
      return [...text.matchAll(listed)].some((m) => lexiconType(m[1] ?? m[2] ?? '') === 'place');
    });
  }

  /**
   * "Wollondilly councillors had raised concerns": a name written only before a place's people
   * in the plural says where they are; it is no firm (not "WestJet pilots", a firm's workers).
   */
  private peoplesPlaceOnly(e: Entity): boolean {
    return this.everyMention(e, (text, at) =>
      PLACES_PEOPLE.test(text.slice(at + e.name.length, at + e.name.length + 30)),
    );
  }

  /** "The chief executive, Oluwaseun Adebayo-Price,": a person's noun set off right before the name. */
  private roleSetOffBefore(e: Entity): boolean {
    // "The building’s owner, Lakeshore Residential Holdings,": a firm by its name's own words.
    if (isOrgName(e.name)) return false;
    return e.paragraphs.some((p) => {
      const text = this.paragraphs[p] ?? '';
      const at = text.indexOf(`, ${e.name}`);
      const noun =
        at > 0 ? /(\p{Ll}+)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] : undefined;
      return !!noun && isRoleNoun(noun) && !ORG_NOUNS.has(noun);
    });
  }

  /**
   * "Thibodeau, who grew up in Chicoutimi,", "McGeady, who joined from Derry City,": the one
   * person near `paragraph` whose words around the name put them in the place (lowercase words,
   * after "in", "from", "of", "near" or "outside", or its possessive before the name: "Flin Flon's
   * Kyle Bissett"), whom "the Chicoutimi native" means; undefined
   * when no one's do, null when two people's do. Not a title's place ("Chicoutimi Mayor Julie
   * Dufour"), nor the place itself ("Winnipeg's St. Boniface").
   */
  placedIn(place: readonly string[], paragraph: number): string | null | undefined {
    const bare = (w: string): string =>
      w
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/\./g, '');
    const where = place.map(bare);
    const puts = (words: readonly string[]): boolean => {
      const list = words.map(bare);
      return list.some(
        (w, i) =>
          /^(?:in|from|of|near|outside)$/.test(w) && where.every((p, k) => list[i + 1 + k] === p),
      );
    };
    let found: string | undefined;
    for (const e of this.near(paragraph)) {
      const own = e.name.split(/\s+/).map(bare);
      if (!mayBePerson(e) || where.every((w) => own.includes(w))) continue;
      // "Flin Flon's Kyle Bissett": a place's possessive before the name puts them there too.
      const owned = e.owner !== undefined && where.join(' ') === bare(e.owner);
      if (!owned && !puts([...e.roles]) && !puts(e.appositive ?? [])) continue;
      // One person named in full and by surname alone; two relatives are two people.
      if (found && !found.endsWith(e.name) && !e.name.endsWith(found)) return null;
      if (!found || e.name.length > found.length) found = e.name;
    }
    return found;
  }

  /**
   * Whether the article writes the surname after an honorific of that gender ("Ms Odhiambo" for
   * Akinyi Odhiambo, whose given name no list genders).
   */
  private honouredAs(name: string, gender: 'f' | 'm' | 'any'): boolean {
    if (gender === 'any') return false;
    const surname = escapeRegExp(name.slice(name.lastIndexOf(' ') + 1));
    // "Mrs. Okonkwo-Ibe", or the name in full after it: "Mrs. Chinwendu Okonkwo-Ibe".
    const honoured = new RegExp(
      `\\b(?:${HONORIFICS_BY_GENDER[gender]})\\.? (?:${surname}|${escapeRegExp(name)})(?![\\p{L}])`,
      'u',
    );
    return this.paragraphs.some((text) => honoured.test(text));
  }

  /** Whether the article gave this person another age than `years` ("Whitaker, 22," is no 64-year-old). */
  agedOtherwise(name: string, years: number, paragraph: number): boolean {
    return this.someNamed(name, paragraph, (e) => e.age !== undefined && e.age !== years);
  }

  /** "the 42-year-old", "the 34-year-old mother of three": the person the age finds. */
  private ofAge(
    { counted, head, paragraph }: Described,
    near: Entity[],
    years: string,
    placed: boolean,
  ): Entity | undefined {
    // "The 61-year-old, who has played barmaid Dot Kettering for 22 years, said": whom the
    // description's own clause names byHead has left out already (relativeClause).
    // "Mr Patel, 52,": one name is enough when the article shows a person.
    // "the 34-year-old mother of three" is a woman: a kin noun's gender, where the name has one.
    const owner = counted ? KIN[head]?.owner : undefined;
    const gendered = (e: Entity): boolean =>
      !owner || owner === 'any' || firstNameGender(e.name) !== (owner === 'f' ? 'm' : 'f');
    const person = (e: Entity): boolean =>
      mayBePerson(e) &&
      (e.name.includes(' ') || kind(e) === 'person') &&
      // "School of Civil and Environmental Engineering": English's words are no one's name.
      !commonWordsOnly(e.name) &&
      gendered(e) &&
      !this.isNoPerson(e.name) &&
      // "Neilson Barnard via Getty Images.": a photographer's credit names no one in the story.
      !e.paragraphs.every((p) => CREDIT.test(this.paragraphs[p] ?? '')) &&
      // "Llanelli Wanderers have secured…": a verb in the plural has a team or a body before it.
      !this.pluralSubject(e.name);
    // "Boateng is ranked third": a surname alone is a mention of the full name given before.
    // So is "Mr Papadakis" after "Georgios Papadakis", given no age: the one full name the
    // article gives.
    const people = near.map((e) =>
      person(e)
        ? ((e.age === undefined ? soleFullName(e, near, person) : undefined) ?? e)
        : (fullNameOf(e, near, person) ?? e),
    );
    // An age the article never gave goes to a person it gave no office either: the paramedic's
    // "the 42-year-old", not the fire chief who praised her; someone named in full before
    // someone named by a given name alone ("her sister, Colette").
    const unaged = (e: Entity): boolean =>
      e.age === undefined && isPersonName(e) && !holdsOffice(e);
    const byAge = (fits: (e: Entity) => boolean): Entity | undefined => {
      const pick = (match: (e: Entity) => boolean): Entity | undefined =>
        people.find((e) => fits(e) && match(e));
      return (
        pick((e) => e.age === Number(years)) ??
        pick((e) => unaged(e) && e.name.includes(' ')) ??
        pick(unaged) ??
        pick((e) => e.age === undefined)
      );
    };
    // Someone given this very age, wherever the article named them, first.
    const given = people.find((e) => person(e) && e.age === Number(years));
    // "One of the victims, now 39, addressed the court… the 39-year-old told Justice X": someone
    // the article gave the age without a name is no one named; but for the lede's ("A
    // 47-year-old fisherman who spent two nights adrift… ¶ Kwashie Dzokoto set out…"), whom the
    // story names next (storyOpener, below).
    // "A Hamilton teenager's invention… ¶ Aroha Ngata-Whitfield… ¶ Her physics teacher, Callum
    // Brierley, said… ¶ the 17-year-old said": an age no one was given, after a lede opening on
    // someone unnamed, is whom the story then names; not after a lede about a crime ("A man who
    // attacked a shopkeeper…"), whose victim or witness may speak instead.
    const unnamedLede = /^(?:a|an)$/.test(this.lede()[0] ?? '') && !this.ledeOfCrime();
    // The age the lede gives its unnamed subject ("A 47-year-old fisherman…"), if any.
    const ledeAge = unnamedLede ? AGE.exec(this.lede()[1] ?? '')?.[1] : undefined;
    const unnamedAge = !given && this.agedUnnamed(years, paragraph);
    if (unnamedAge && ledeAge !== years) return undefined;
    // Of the gender the lede gives its subject ("A 72-year-old man… ¶ Margaret Reed keeps hives
    // with her husband" is no Margaret).
    const ledeGender = unnamedLede ? this.ledeGender() : null;
    const storyFits = (e: Entity): boolean =>
      unaged(e) &&
      person(e) &&
      gendered(e) &&
      (!ledeGender || firstNameGender(e.name) !== (ledeGender === 'f' ? 'm' : 'f')) &&
      !this.tiedToOther(e) &&
      // "at the Ross River ramp", "a Ross River boat ramp": what people are at is seldom a
      // person, nor a name after "a".
      !this.onlyAfterPreposition(e.name) &&
      !this.afterArticle(e.name);
    // "A Canterbury shearer has smashed a world record… ¶ Tipene Marsters beat the previous mark,
    // set by Welsh shearer Owen Pritchard": the name the next paragraph opens on, before any the
    // story names in passing. "Veteran flanker Callum Dryden marked his 150th appearance…": the
    // person a lede opens on is the story's, whoever speaks after.
    // Not when the lede's subject was given another age ("A 23-year-old topped the exam… ¶ His
    // mother, Rosalinda Agustin, said… the 51-year-old said").
    const story =
      given || placed || (ledeAge && ledeAge !== years)
        ? null
        : this.storyOpener(unnamedLede, near, storyFits);
    if (unnamedAge && !story) return undefined;
    // "Doherty, making his 300th appearance, was more contrite. ‘…,’ the 31-year-old told the
    // club's media team": whom the paragraph opens on, when the article gave them no other age,
    // before anyone unaged named earlier (a captain holds an office, but is still a player).
    // Not someone the paragraph sets off with a role ("Tom Harris, the Rovers manager, was full of
    // praise. “…,” the 19-year-old said" is the teenager named before).
    const opener = given || placed ? null : this.openingName(paragraph, (e) => !e.appositive);
    const openedOn = opener
      ? people.find(
          (e) =>
            (e.name === opener || e.name.endsWith(` ${opener}`)) &&
            person(e) &&
            (e.age === undefined || e.age === Number(years)),
        )
      : undefined;
    let found =
      given ??
      openedOn ??
      (story ? people.find((e) => e.name === story) : undefined) ??
      // "the 24-year-old Italian": only someone given that age, the place being unread.
      // Else someone the article writes doing something before a name it only writes after
      // "the" or a preposition ("a petition at Holmewood Academy", "shortlisted for the Choice
      // Music Prize"): what people are at or win is seldom a person.
      (placed
        ? undefined
        : (byAge((e) => person(e) && !this.onlyAfterPreposition(e.name)) ?? byAge(person)));
    // "Okafor, 39, builds boats" after "Daniel Okafor's workshop": the name in full, when the
    // article gives one only ("Grace Okafor" beside "Daniel Okafor" settles nothing).
    if (found && !found.name.includes(' ')) {
      const surname = ` ${found.name}`;
      const fulls = new Set(
        near.filter((f) => person(f) && f.name.endsWith(surname)).map((f) => f.name),
      );
      if (fulls.size === 1) found = near.find((f) => fulls.has(f.name)) ?? found;
    }
    return found;
  }

  /** Whether the article writes the name after "a" or "an" ("a Ross River boat ramp"): no one's. */
  private afterArticle(name: string): boolean {
    const after = new RegExp(`\\b(?:a|an|A|An) ${escapeRegExp(name)}\\b`);
    return this.paragraphs.some((text) => text.includes(name) && after.test(text));
  }

  /**
   * Whom an age no one was given finds as the story's subject: after a lede opening on "A …", the
   * name the next paragraph opens on, then storySubject's; else the person the lede opens on.
   */
  private storyOpener(
    unnamedLede: boolean,
    near: Entity[],
    fits: (e: Entity) => boolean,
  ): string | null {
    if (!unnamedLede) return this.ledeOpener(fits);
    // "A 68-year-old shepherd… ¶ The shepherd, Ghulam Nabi Khatana, lost 40 sheep": the lede's
    // noun, then the name set off after it.
    const setOff = this.setOffLedeNoun();
    if (setOff && near.some((e) => e.name === setOff && fits(e))) return setOff;
    const delayed = this.delayedName();
    const opens = delayed && near.some((e) => e.name === delayed && fits(e));
    return opens ? delayed : this.storySubject(fits);
  }

  /**
   * The person named in full that the lede's first sentence opens on, after up to six words that
   * are no verb ("Veteran flanker Callum Dryden marked…", "When Ashley Teo quit his job…",
   * "Callum Dryden, 34, marked…"), when `fits`. Not a description's name before the person's
   * ("Sierra Leone striker Alhaji Kamara", "Former Gold Coast real estate agent Bradley Coombe"),
   * one of a pair ("Kenya's Faith Kipyegon and Ethiopia's Gudaf Tsegay went…"), nor whom a verb
   * before acts on ("Police have arrested Tom Jones after a pensioner was attacked"), nor anyone
   * in a lede about a crime.
   */
  private ledeOpener(fits: (e: Entity) => boolean): string | null {
    if (this.ledeOfCrime()) return null;
    const text = this.ledeText();
    for (const e of this.namesIn(0)) {
      const at = text.indexOf(e.name);
      if (!e.name.includes(' ') || at < 0) continue;
      const prefix = text.slice(0, at);
      // A verb in the words before (lowercase: "Retired flanker…" opens on an adjective).
      const acts = prefix.split(' ').some((w) => /^\p{Ll}/u.test(w) && isVerbish(w));
      if (!/^(?:[\p{L}'’-]+ ){0,6}$/u.test(prefix) || acts) return null;
      const rest = text.slice(at + e.name.length);
      const word = /^\s+([\p{L}'’-]+)/u.exec(rest)?.[1];
      if (!rest.startsWith(',') && !word) return null;
      if (word === 'and' || word === 'or') return null;
      if (this.pluralSubject(e.name)) return null;
      // "Sierra Leone striker…", "Former Gold Coast real estate agent…": a description before the name.
      if (word && !isVerbish(word) && /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,4}\p{Lu}/u.test(rest))
        continue;
      return fits(e) ? e.name : null;
    }
    return null;
  }

  /**
   * The name a sentence of the paragraphs after the lede sets off after the noun the lede opened
   * on ("A 68-year-old shepherd who…" ¶ "The shepherd, Ghulam Nabi Khatana, lost…"), or null.
   */
  private setOffLedeNoun(): string | null {
    const nouns = this.lede()
      .slice(1, 5)
      .filter((w) => /^\p{Ll}{3,}$/u.test(w) && !isFunctionWord(w));
    for (const noun of nouns) {
      const after = new RegExp(
        `(?:^|[.!?”]\\s+)The ${noun}, (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3}),`,
        'u',
      );
      for (let p = 1; p < Math.min(this.paragraphs.length, 6); p++) {
        const name = after.exec(this.paragraphs[p] ?? '')?.[1];
        if (name)
          return (
            this.namesIn(p).find((e) => e.name === name || name.endsWith(` ${e.name}`))?.name ??
            null
          );
      }
    }
    return null;
  }

  /** Whether the lede tells of a crime: "A man who attacked a shopkeeper…", "A driver was jailed…". */
  ledeOfCrime(): boolean {
    return (this.crimeLede ??= CRIME.test(this.lede().join(' ')));
  }

  /** ledeOfCrime's answer, read once an article. */
  private crimeLede: boolean | undefined;

  /** Whether the article introduced someone by their tie to another ("Her friend Emily Clarke"). */
  private tiedToOther(e: Entity): boolean {
    return [...e.roles].some((r) => KIN_NOUNS.has(r) || COMPANIONS.has(r));
  }

  /**
   * "A father of three who lost his sight… Niall Ó Riordáin, 44, crossed the line… the father of
   * three said": whom the lede opened on, named later, not the latest man named. Someone given an
   * age ("Niall Ó Riordáin, 44,") before someone given a title ("Race director Jim Aughney").
   */
  private ledeParent(head: string): Referent | null {
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
  }

  /** "the mayor", "the Idaho senator": the latest person near given the role or a synonym of it. */
  private roleHolder(
    d: Described,
    synonyms: string[],
    qualifiers: string[],
    near: Entity[],
  ): Entity | undefined {
    const { mention, words, paragraph, head } = d;
    // "Vice President Reed Okafor" is no president: a modifier the mention lacks rules out.
    // Nor is "Former Taoiseach Bertie Ahern" the Taoiseach.
    // Nor is "Health Minister Brent Kozak" the deputy minister the mention asks for.
    const asked = lessers(words);
    // An assistant Crown or district attorney is a prosecutor all the same; an assistant coroner
    // holds the inquest and is "the coroner" ("assistant coroner Rachel Dunphy said… the coroner
    // said").
    const lesserOf = (roles: Iterable<string>): Set<string> => {
      const found = lessers(roles);
      if (head === 'prosecutor' || head === 'coroner') found.delete('assistant');
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
    const required = HEAD_REQUIRES[head];
    const fits = (e: Entity): boolean =>
      (!required || required.some((w) => e.roles.has(w))) &&
      (e.roles.has(head) ||
        modifiers.every((w) => e.roles.has(w) || e.name.toLowerCase().includes(w)));
    // "Epidemiologist Sarah Whitcombe… the researcher": a science's noun is the researcher's,
    // unless the article brought in someone unnamed so ("a researcher who was not involved").
    const unnamed = SCIENCE_HEADS.has(head) ? unnamedOne(head) : null;
    const science =
      !!unnamed &&
      !this.paragraphs
        .slice(0, paragraph + 1)
        .some((text) => text.includes(head) && unnamed.test(text));
    // Not the office itself as a lede wrote it ("The Tánaiste has said…").
    // A member (QUALIFIED_SYNONYMS) of a house only: "a Labour member of the Commons".
    const given = (e: Entity, w: string): boolean =>
      e.roles.has(w) &&
      (w !== 'member' ||
        (!!MEMBER_HOUSES[head]?.some((h) => e.roles.has(h)) &&
          !e.roles.has('lords') &&
          !e.roles.has('european')));
    const holds = (e: Entity): boolean =>
      mayBePerson(e) &&
      e.name.toLowerCase() !== head &&
      (synonyms.some((w) => given(e, w)) ||
        (science && [...e.roles].some((r) => SCIENCE_ROLE.test(r)))) &&
      !lesser(e) &&
      fits(e);
    const found = near.find(holds);
    if (found) return found;
    // "The Silver Ferns beat England… Shooter Maia Te Rangi… the Silver Ferns shooter said":
    // the team the story is about need not be written beside its one player so described.
    const team = qualifiers.join(' ');
    if (qualifiers.length > 0 && this.namesTeam(team, paragraph)) {
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
        return holder;
    }
    return (
      this.placedHolder(qualifiers, holds, paragraph) ??
      this.ownedBy(d) ??
      (qualifiers.length === 0 ? this.holderInView(synonyms, holds, paragraph) : undefined)
    );
  }

  /**
   * "Mayor Daniel Kowalchuk… (ten paragraphs on) Kowalchuk said he plans… ¶ “…,” the mayor said":
   * the one person the article gave the role (`synonyms`) before the last few paragraphs, when
   * those name them again. Not when it gave the role to anyone else, anywhere before.
   */
  private holderInView(
    synonyms: string[],
    holds: (e: Entity) => boolean,
    paragraph: number,
  ): Entity | undefined {
    const holders = new Map<string, Entity>();
    for (let p = paragraph - NEAR - 1; p >= 0; p--) {
      // Only paragraphs writing the role are read: reading a paragraph's names is costly.
      if (!synonyms.some((w) => this.mayHold(p, w))) continue;
      for (const e of this.namesIn(p)) if (holds(e)) holders.set(e.name, e);
    }
    const [holder, ...others] = holders.values();
    if (!holder || others.length > 0 || [...holder.roles].some((r) => HELD_ONCE.test(r)))
      return undefined;
    const surname = holder.name.slice(holder.name.lastIndexOf(' ') + 1);
    const named = this.near(paragraph).some((e) => e.name === holder.name || e.name === surname);
    // Someone the article has speaking ("Kowalchuk said"), not only named: "Ellis's resignation
    // takes effect Friday", "Park, who retired in 2018, was in the front row".
    const speaks = this.speaksIn(holder.name) || this.speaksIn(surname);
    return named && speaks ? holder : undefined;
  }

  /** "the maker", "the developer", "the agency": the organisation a noun finds, named in full. */
  private bodyByNoun(
    { words, head, paragraph }: Described,
    synonyms: string[] | undefined,
    near: Entity[],
  ): Referent | null {
    const first = (match: (e: Entity) => boolean): Entity | undefined => near.find(match);
    // "Parent council chair Morag Ferguson-Ali": someone a title gives the noun, no body of that
    // name; unless the mention has the title's other words ("the parent council", which the
    // article names by its chair only).
    const qualifiers = words.slice(1, -1);
    const bodysHolder = (e: Entity): boolean =>
      titledPerson(e) && !(qualifiers.length > 0 && qualifiers.every((w) => e.roles.has(w)));
    // "the police service", "the provincial police force": a police force, whatever its noun.
    const police = words.includes('police') && (POLICE_WORDS.includes(head) || head === 'service');
    // "the health district", "the fire district": a qualified noun is no school district.
    const qualified = head === 'district' && !/^the (?:school )?district$/.test(words.join(' '));
    const nouns = police
      ? POLICE_WORDS
      : ((qualified ? undefined : ORG_SYNONYMS[head]) ?? TYPE_SYNONYMS[head] ?? [head]);
    const stems = nouns.map(stem);
    // The noun itself may be a role ("the cybersecurity firm X"); its synonyms only name words
    // ("Winnipeg Police Service"), not "Police Chief Thandiwe Mokoena"; the name's last word by
    // stem too, so that "the insurer" finds "Harrowgate Mutual Insurance" (but "the union" no
    // "Federal Reserve", "the company" no "Companies House").
    // "the chipmaker" is a firm named for chips ("Brightline Chips"), before any other maker.
    const made = /^(\p{Ll}{3,})maker$/u.exec(head)?.[1];
    const named = (e: Entity): boolean => {
      // Not the noun itself as a lede wrote it ("The Tánaiste has said…"), nor people by their
      // role ("Inspectors found…" is no inspectorate).
      if (e.name.toLowerCase() === head || (!e.name.includes(' ') && isPluralRole(e.name)))
        return false;
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
      return (
        (e.roles.has(head) && !bodysHolder(e)) ||
        nouns.some((n) => own.includes(n)) ||
        stems.includes(last)
      );
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
    // "The group said" in business copy (profits, shares, revenue) is the company the article
    // named, when it wrote of no group of people ("a group of parents", "campaign groups").
    const group =
      head === 'group' &&
      words.length === 2 &&
      this.paragraphs.some((text, p) => p <= paragraph && BUSINESS_COPY.test(text)) &&
      !this.paragraphs.some((text, p) => p <= paragraph && PEOPLES_GROUP.test(text));
    // A noun for people too ("the producer") stands for any firm only with a word saying what
    // it makes ("the electric-vehicle maker").
    const generic = group || (GENERIC_ORG_NOUNS.has(head) && (!synonyms || words.length > 2));
    // "the company" is no regulator, ministry or court ("the Alberta Energy Regulator").
    const business = !PUBLIC_NOUNS.has(head);
    // "the Minnesota Department of Agriculture" too: the body's noun before what it is of.
    const publicBody = (e: Entity): boolean => {
      const full = this.expand(e.name) ?? e.name;
      const own = full.replace(/ (?:of|for) \p{Lu}.*$/u, '');
      return business && PUBLIC_BODY.test(own.slice(own.lastIndexOf(' ') + 1));
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
      !titledPerson(e) &&
      // "The chief executive, Oluwaseun Adebayo-Price,", "across Minnesota and the Dakotas",
      // "Analysts at Pellworth Securities": what the words around the name show it to be.
      !this.shownNoFirm(e) &&
      // "United Steelworkers Local 2171" bargains with the company; it is none.
      !(business && !CHARITY_NOUNS.has(head) && isUnionName(e.name)) &&
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
      // "concerns raised by the Nisutlin Valley First Nation": no company.
      !NATION.test(e.name) &&
      !holdsOffice(e) &&
      !/\p{L}\d|\d\p{L}/u.test(e.name) &&
      !isPlainWord(e.name) &&
      // "Nordhavn Foods, the Danish confectionery group,": a nationality is no firm.
      !isDemonym(e.name) &&
      // "said in a statement to the Star": the paper it spoke to.
      !e.outlet &&
      !e.owned &&
      // "Leo Cormier, a harvester,": someone set off as a person; "Cormier said": their surname.
      !setOffAsPerson(e) &&
      !surnameOf(e, near, this.paragraphs, (w) => this.givenNameBefore(w));
    // One the article introduced as a firm ("Sugar producer Inyoni Sugar Holdings") before any
    // other name ("its mill at Mtunzini"). Not by its own name's noun ("the Minnesota Department
    // of Agriculture"), nor, for a firm's noun, by a public body's ("The Civil Aviation
    // Authority, the agency that oversees…").
    const introduced = (e: Entity): boolean => {
      const own = e.name.toLowerCase().split(/\s+/);
      // "Nordhavn Foods, the Danish confectionery group,": a group is a firm to a firm's noun.
      // Not "Sugar Watch, the campaign group": a group of people by its kind.
      const firmsGroup = (r: string): boolean =>
        r === 'group' &&
        business &&
        head !== 'group' &&
        !PEOPLES_GROUP_WORDS.some((w) => e.roles.has(w));
      return [...e.roles].some(
        (r) =>
          (GENERIC_ORG_NOUNS.has(r) || firmsGroup(r)) &&
          !own.includes(r) &&
          !(business && PUBLIC_NOUNS.has(r)),
      );
    };
    // A body the noun fits by its name; a firm no public body is.
    const fitsName = (e: Entity): boolean => named(e) && bySynonym(e) && orgish(e);
    // Asked up to three times of each name below: read once.
    const firms = new Map<Entity, boolean>();
    const privateFirm = (e: Entity): boolean => {
      let known = firms.get(e);
      if (known === undefined) firms.set(e, (known = firm(e) && !publicBody(e)));
      return known;
    };
    const found =
      // One the article gave this very noun (", the regulator announced") before a synonym's.
      // Not a person a role titles: "Parent council chair Morag Ferguson-Ali" is no council.
      first(
        (e) => e.roles.has(head) && orgish(e) && !bodysHolder(e) && (head !== 'city' || named(e)),
      ) ??
      (TYPE_SYNONYMS[head] ? first((e) => ownNoun(e) && orgish(e)) : undefined) ??
      // "Halifax Regional Police (HRP) said… The RCMP's firearms lab… the police service said":
      // of the bodies the noun fits, not one written only as what owns something.
      first((e) => fitsName(e) && !this.ownerOnly(e.name)) ??
      first(fitsName) ??
      (generic
        ? (first((e) => introduced(e) && firm(e)) ??
          // "Bluewater Seafoods Ltd., which bought the plant from Comeau Fisheries, cited…":
          // the firm the article has doing things, over one only named beside them.
          first((e) => privateFirm(e) && this.actsIn(e.name)) ??
          this.unplaced(first(privateFirm), () =>
            first((e) => privateFirm(e) && this.speaksIn(e.name)),
          ))
        : undefined) ??
      // "The Riverton Hawks paid tribute… the club said": a team's name ends on a plural.
      (head === 'club' || head === 'team'
        ? first((e) => firm(e) && isTeamName(e.name))
        : undefined);
    if (!found) return this.placedBody(words, paragraph);
    // "Hearthline's attorney" after "Hearthline Products Inc.": the name as first given in full.
    const short = found.name;
    const full = near.find((e) => e.name.startsWith(`${short} `) && orgish(e));
    return { name: this.fullName(full?.name ?? short), org: true };
  }

  /**
   * "The Kettle Creek town council voted… the council said": a body the article named by a
   * place and a common noun, which no capitalised name holds. The latest such naming at or before
   * `paragraph`, with the mention's own words before its noun ("the town council"), if any.
   */
  private placedBody(words: string[], paragraph: number): Referent | null {
    const given = words.slice(1);
    if (given.length > 3 || !PLACED_BODIES.has(given.at(-1) ?? '')) return null;
    const before = given.length > 1 ? '' : `(?:[\\p{Ll}][\\p{Ll}’'-]*\\s){0,2}`;
    const noun = given.map(escapeRegExp).join('\\s');
    const pattern = new RegExp(
      `(?<![\\p{L}’'-])((?:\\p{Lu}[\\p{L}.-]*\\s){1,5})(${before}${noun})(?![\\p{L}])`,
      'gu',
    );
    // "Residents of the association", "A federal agency": words of a phrase, not a body's own;
    // nor a verb ("Mayor Olivia Chow told city council"), a title or "Toronto-area".
    const phrase = (w: string): boolean => isFunctionWord(w.toLowerCase()) || DETERMINER.test(w);
    const verb = (w: string): boolean => /(?:ed|ing)$/.test(w) || isReportingVerb(w);
    for (let p = Math.min(paragraph, this.paragraphs.length - 1); p >= 0; p--) {
      const named = [...(this.paragraphs[p] ?? '').matchAll(pattern)].flatMap((m) => {
        const place = m[1]!.trim().split(/\s+/);
        const article = place[0] === 'The' || place[0] === 'the';
        if (article) place.shift();
        const lower = m[2]!.split(/\s+/).slice(0, -given.length);
        if (place.length === 0 || place.some(phrase) || lower.some(phrase)) return [];
        if (lower.some(verb) || place.some((w) => isTitle(w) || DESCRIBING_SUFFIX.test(w)))
          return [];
        // "Local school board" opening a sentence: a capital that shows no name.
        const opens =
          !article && (m.index === 0 || /[.!?]\s*$/.test(this.paragraphs[p]!.slice(0, m.index)));
        if (opens && place.length === 1 && !lexiconType(place[0]!)) return [];
        return [[...place, ...m[2]!.split(/\s+/)].join(' ')];
      });
      if (named.length > 0) return { name: named[named.length - 1]!, org: true };
    }
    return null;
  }
}

/** Bodies a place and a common noun name ("Kettle Creek town council", "Halton school board"). */
const PLACED_BODIES = new Set([
  'council',
  'board',
  'association',
  'committee',
  'commission',
  'union',
  'society',
  'federation',
  'authority',
  'trust',
]);

/** A determiner or possessive, any case: "A federal agency", "Its board". */
const DETERMINER = /^(?:an?|the|this|that|these|those|its|their|his|her|our|my|your|every|each)$/i;

/** People in the plural whom a place's name qualifies: "Wollondilly councillors", "Regina residents" (not a firm's customers, "Persimmon homeowners"). */
const PLACES_PEOPLE =
  /^ (?:councillors|councilors|residents|voters|locals|ratepayers|villagers|citizens|townspeople)\b/;

/** The honorifics of each gender as a pattern's alternatives, as written: "Ms|Mrs|Miss|Madam". */
const HONORIFICS_BY_GENDER = Object.fromEntries(
  (['m', 'f'] as const).map((gender) => [
    gender,
    Object.keys(HONORIFIC_GENDERS)
      .filter((title) => HONORIFIC_GENDERS[title] === gender)
      .map((title) => title.charAt(0).toUpperCase() + title.slice(1))
      .join('|'),
  ]),
) as Record<'m' | 'f', string>;

/** A workers' union by its name's words: "United Steelworkers Local 2171", "Unifor", "Teamsters". */
const UNION_NAME =
  /\b(?:Unions?|Local \d+|Federation|Guild|Brotherhood|Workers|Steelworkers|Teamsters|Unifor)\b/;

/** Whether a name is a workers' union's: not a credit union's ("Catholic Workers Credit Union"). */
const isUnionName = (name: string): boolean =>
  UNION_NAME.test(name) && !/\bCredit Union\b/.test(name);

/** Nouns for a charity, which a federation or a guild may be. */
const CHARITY_NOUNS = new Set(['charity', 'nonprofit']);

/**
 * Nouns for public bodies and firms alike ("the agency", "the department", "the utility"), and
 * for any body ("the organisation"): none rules out a public body.
 */
const PUBLIC_NOUNS = new Set(['department', 'agency', 'utility', 'organisation', 'organization']);

/** A people's or a government's own name, which no firm's noun stands for: "Nisutlin Valley First Nation". */
const NATION = /\s(?:First Nations?|Nation|Band|Tribe|Government)$/;

/** Whether two sets hold the same words. */
const sameWords = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && [...a].every((w) => b.has(w));

/** fullNameOf when `near` gives that surname only one full name ("Ama Boateng", not also "Kofi Boateng"). */
function soleFullName(
  e: Entity,
  near: Entity[],
  person: (e: Entity) => boolean,
): Entity | undefined {
  const full = fullNameOf(e, near, person);
  const other = near.some(
    (f) => f !== e && f.name !== full?.name && person(f) && f.name.endsWith(` ${e.name}`),
  );
  return other ? undefined : full;
}

/** The full name a lone surname stands for among `near`'s people ("Boateng" → "Ama Boateng"). */
function fullNameOf(e: Entity, near: Entity[], person: (e: Entity) => boolean): Entity | undefined {
  if (e.name.includes(' ')) return undefined;
  return near.find((f) => f !== e && person(f) && f.name.endsWith(` ${e.name}`));
}

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
function surnameOf(
  e: Entity,
  near: Entity[],
  paragraphs: string[],
  givenNameBefore: (word: string) => boolean,
): boolean {
  if (e.name.includes(' ')) return false;
  // Someone named in full near, or anywhere after a given name ("George Zimmerman" in the lede,
  // "pulled Zimmerman's listing" paragraphs later).
  if (
    !near.some((f) => f.name.endsWith(` ${e.name}`) && mayBePerson(f)) &&
    !givenNameBefore(e.name)
  )
    return false;
  // Not a family's firm the article writes as one ("McCain says it will cut 90 jobs").
  const firm = new RegExp(`\\b${escapeRegExp(e.name)} (?:says|said) it\\b`);
  return !paragraphs.some((text) => text.includes(e.name) && firm.test(text));
}

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
const LESSER_ABBREVIATIONS = wordTable<string>({
  lieutenant: 'lt',
  assistant: 'asst',
  deputy: 'dep',
});

/** Whether `text` writes the first or last word of a name of two words or more, whole. */
function namedIn(text: string, name: string): boolean {
  if (!text || !name.includes(' ')) return false;
  const words = name.split(' ');
  return [words[0]!, words[words.length - 1]!].some((w) => {
    if (w.length < 3) return false;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + w.length);
      if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    }
    return false;
  });
}

/**
 * Someone a person's noun titles ("Resident Priya Naidoo", "council chair Morag Ferguson-Ali");
 * not "producer", a firm's noun too.
 */
const titledPerson = (e: Entity): boolean =>
  !!e.title && isRoleNoun(e.title) && !ORG_NOUNS.has(e.title);

/** "a researcher", "another senior scientist", "one researcher": someone unnamed of this noun. */
const unnamedOne = (noun: string): RegExp =>
  new RegExp(`\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, 'u');

/** Makers' nouns and what they make, as a pattern's alternatives (entities.ts maker). */
const MAKERS = wordTable<string>({
  author: 'novel|novels|book|books|memoir|collection|biography|poems',
  novelist: 'novel|novels|book|books',
  writer: 'novel|novels|book|books|memoir|collection|play',
  poet: 'poems|collection|poetry',
  singer: 'album|albums|single|song|songs|record|EP',
  songwriter: 'album|albums|single|song|songs|record|EP',
  filmmaker: 'film|films|documentary|movie',
});

/** A name of two words or more each an English word, the first no given name ("Environmental Engineering"). */
function commonWordsOnly(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && !isGivenNameOfAnyKind(words[0]!) && words.every(isEnglishWord);
}

/** A party's word as one name for it: "tory" is "conservative", "labor" is "labour". */
function partyOf(word: string): string {
  return word === 'tory' ? 'conservative' : word === 'labor' ? 'labour' : word;
}
