/**
 * People by what an article writes around their names: the roles, ages, kin, nicknames and offices
 * it gives them, what they are shown doing, whom its lede is about, and the pairs it names together
 * (for "they").
 */
import { wordTable } from '../text/word-table.js';
import { ArticleBodies, orgish, mayBePerson } from './bodies.js';
import { NEAR } from './article-names.js';
import { ROLE_SYNONYMS } from './name-evidence.js';
import {
  firstNameGender,
  isAnyGivenName,
  isEnglishWord,
  isFirstName,
  isKnownGivenName,
  isOrgName,
  isPlainHonorific,
  isTitle,
  NAME_PARTICLES,
  undotted,
} from '../text/names.js';
import { stem } from '../text/tokenize.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { splitSentences } from '../text/sentences.js';
import {
  describedGender,
  KIN_NOUNS,
  TITLED_NOUNS,
  NOT_NAME,
  ORG_NOUNS,
  PLACES,
  ROLES,
  SPOKESPEOPLE,
  STATUS,
  PLACE_OPENER_WORDS,
} from './lexicon.js';
import { isActorNoun, isPresentVerb, lexiconType } from './lexicon-types.js';
import { isReportingVerb } from './verbs.js';
import { isOfficeTitle, isPluralRole, isRoleNoun } from './subject.js';
import { TITLE_WORDS, kind, sentenceRest, typeByWords, type Entity } from './entity-reading.js';
import { DOUBLE_QUOTED, isTitleCased } from './marks.js';

export const AGE = /^(\d{1,3})-year-old$/;

const POSSESSIVE = /^(?:his|her|their|its|my|our|your)$/i;

/** A count of children, in words or digits: "mother of three", "father of 2". */
export const NUMBERS = 'two|three|four|five|six|seven|eight|nine|ten|\\d+';
const COUNT = `(?:${NUMBERS}|young|adult|grown)`;
const GRANDCHILDREN = 'grandchildren|grandchild|grandkids|grandsons?|granddaughters?';
const CHILDREN = 'children|child|kids|sons?|daughters?';

/** Kin nouns, whose gender owns them, and the kin that makes someone so ("her grandchildren"). */
export const KIN = wordTable<{ owner: 'f' | 'm' | 'any'; kin: string }>({
  grandmother: { owner: 'f', kin: GRANDCHILDREN },
  grandma: { owner: 'f', kin: GRANDCHILDREN },
  // As British papers write them: "the doting gran-of-five", "nan-of-three", "grandad-of-six".
  gran: { owner: 'f', kin: GRANDCHILDREN },
  granny: { owner: 'f', kin: GRANDCHILDREN },
  nan: { owner: 'f', kin: GRANDCHILDREN },
  grandad: { owner: 'm', kin: GRANDCHILDREN },
  granddad: { owner: 'm', kin: GRANDCHILDREN },
  grandfather: { owner: 'm', kin: GRANDCHILDREN },
  grandpa: { owner: 'm', kin: GRANDCHILDREN },
  grandparent: { owner: 'any', kin: GRANDCHILDREN },
  mother: { owner: 'f', kin: CHILDREN },
  mom: { owner: 'f', kin: CHILDREN },
  mum: { owner: 'f', kin: CHILDREN },
  father: { owner: 'm', kin: CHILDREN },
  dad: { owner: 'm', kin: CHILDREN },
  parent: { owner: 'any', kin: CHILDREN },
});

/** Kin nouns that give a gender: "her husband, Derek" is a man. */
const KIN_GENDER = wordTable<'m' | 'f'>({
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
  widow: 'f',
  widower: 'm',
});

/** Whether the name's given name has this gender ('any': some gender, so a person's name). */
export function ofGender(e: Entity, owner: 'f' | 'm' | 'any'): boolean {
  const gender = firstNameGender(e.name);
  return owner === 'any' ? gender !== undefined : gender === owner;
}

/** Words that open a verb's object: "chairs the board", "coaches a team". */
const OBJECT_OPENS = /^(?:the|a|an|his|her|their|its)$/;

/** An official who comments on a story ("Police spokesperson Sarah Jones"), not its subject. */
const isOfficial = (e: Entity): boolean =>
  holdsOffice(e) || SPOKESPEOPLE.some((w) => e.roles.has(w));

/** Words after a description's head noun: "the senior coroner for Derby", "the head of the union". */
const DESCRIPTION_LINKS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on']);

/**
 * "made 38 saves", "stopped 27 of 29 shots", "turned aside all 31 shots": right after a name, a
 * goaltender's night (not a shooter's "had 9 shots").
 */
const SAVES =
  /^,?\s+(?:made\s+\d+\s+saves|(?:stopped|turned aside|kicked out)\s+(?:all\s+)?\d+\s+(?:of\s+\d+\s+)?shots)\b/;

/** "allowed three goals on 27 shots": a goaltender's night too, so two goaltenders leave "the goalie" open. */
const CONCEDED = /^,?\s+(?:allowed|gave up|conceded)\s+\S+\s+goals?\b/;

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
 * A given name, a nickname of up to three capitalised words in quotation marks (or in single
 * marks: `Ramon 'Monching' Alcantara`), a surname. Sticky: run where namesWithNicknames finds a
 * given name can open.
 */
const IN_NAME =
  /(\p{Lu}\p{Ll}+) (?:[“"](\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})[”"]|['‘](\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})['’]) (\p{Lu}[\p{L}'’-]+)/uy;

/**
 * What every IN_NAME match holds right after its given name: a lowercase letter, a space, an
 * opening mark, a capital. The space and mark are looked for first: asked first, \p{Ll} was tried
 * at every position.
 */
const NICK_OPENS = / [“"'‘](?<=\p{Ll} [“"'‘])\p{Lu}/gu;

/**
 * IN_NAME's matches in `text`, as a global IN_NAME's matchAll finds them. That tried every capital
 * of the paragraph, and asking \p{Lu} at every position made it the costliest part of reading the
 * article's nicknames; each match opens on the given name before one of NICK_OPENS's, which are
 * found first, and a match overlapping the one before is passed over as matchAll would.
 */
function* namesWithNicknames(text: string): Generator<RegExpExecArray> {
  let end = 0;
  for (const core of text.matchAll(NICK_OPENS)) {
    const start = givenNameStart(text, core.index);
    if (start < end) continue;
    IN_NAME.lastIndex = start;
    const m = IN_NAME.exec(text);
    if (!m) continue;
    end = start + m[0].length;
    yield m;
  }
}

/** Where the capital and lowercase letters (\p{Lu}\p{Ll}+) ending at `space` start, or -1. */
function givenNameStart(text: string, space: number): number {
  let at = space;
  for (let c = charBefore(text, at); at > 0 && LOWER.test(c); c = charBefore(text, at))
    at -= c.length;
  if (at === space || at === 0) return -1;
  const first = charBefore(text, at);
  return UPPER.test(first) ? at - first.length : -1;
}

/** The code point ending at `at`, as a string (two units for a surrogate pair). */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? at - 2 : at - 1, at);
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * A paragraph NICKNAMED may match in writes one of these: one pattern, not four searches of
 * every paragraph of the article, which cost twice as much.
 */
const NICKNAMED_CORE = / as [“"]|nicknamed|dubbed/;

/**
 * Nouns for someone of a nation whose letters the nation's words do not share, with those words as
 * a description gives them ("New Zealand centre Liam Tuhoe" for "the Kiwi", "Finnish goaltender
 * Mikko Lahtinen" for "the Finn").
 */
const NATIONALITY_FORMS = wordTable<string[]>({
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
});

/** Where one sentence of a paragraph ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?][”"’]?)\s+(?=[“"]?\p{Lu})/u;

/** A sentence opening on "The" and up to three lowercase words or ages: "The veteran guard averaged". */
const RENAMING = /^The ((?:[\p{Ll}\d][\p{Ll}\d-]*)(?: [\p{Ll}\d][\p{Ll}\d-]*){0,2})/u;

/** ArticleBodies with the article's descriptions of people. */
export class DescribedPeople extends ArticleBodies {
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
      `\\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:${nouns}),? (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}[\\p{L}’'-]+))?[,.]`,
      'gu',
    );
    const found = new Set<string>();
    this.paragraphs.slice(0, paragraph + 1).forEach((text, p) => {
      if (!text.includes(surname)) return;
      for (const m of text.matchAll(introduced)) {
        // Whose: someone of that surname earlier in the sentence ("Gerald Pike and his son,"),
        // earlier in the paragraph for a sentence opening on it ("In Port de Grave, Bernard Hynes
        // has fished crab for 41 years. His son, Kyle Hynes,"), or in the paragraph before one
        // opening on it ("…Ikenna Eze has grown yams. ¶ His son,"); not a neighbour's daughter.
        const lead = text.slice(0, m.index);
        const sentence = lead.slice(
          Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?')) + 1,
        );
        const owner =
          m.index === 0 ? (this.paragraphs[p - 1] ?? '') : sentence.trim() ? sentence : lead;
        if ((!m[2] || m[2] === surname) && owner.includes(surname)) found.add(`${m[1]} ${surname}`);
      }
    });
    return found;
  }

  /**
   * The role words the article gave a name near `paragraph` ("French President Emmanuel Macron"),
   * or `reach` paragraphs back.
   */
  rolesOf(name: string, paragraph: number, reach?: number): string[] {
    return this.near(paragraph, reach).flatMap((e) => (e.name === name ? [...e.roles] : []));
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
    // A grown relative, not "her son, Noah, 4".
    const kin = this.near(paragraph).find(
      (e) =>
        kind(e) !== 'organisation' &&
        (e.age === undefined || e.age >= 18) &&
        [...e.roles].some((r) => KIN_GENDER[r] === gender && this.introducedByKin(e, r)),
    );
    return kin?.name ?? null;
  }

  /** The gender of the kin noun someone was introduced by ("her husband, Harjit": m), or null. */
  kinGender(name: string, paragraph: number): 'm' | 'f' | null {
    // Asked of every candidate for each "he" or "she": read once a name and paragraph.
    const key = `${paragraph} ${name}`;
    let known = this.kinGenders.get(key);
    if (known === undefined) {
      known = this.readKinGender(name, paragraph);
      this.kinGenders.set(key, known);
    }
    return known;
  }

  private readKinGender(name: string, paragraph: number): 'm' | 'f' | null {
    for (const e of this.namedSo(name, paragraph)) {
      for (const r of e.roles) {
        const gender = KIN_GENDER[r];
        if (gender && this.introducedByKin(e, r)) return gender;
      }
    }
    return null;
  }

  /** Whether the article introduced this person as someone's relative ("Her nephew, Andre Guidry"). */
  isKin(name: string, paragraph: number): boolean {
    return this.namedSo(name, paragraph).some((e) => [...e.roles].some((r) => KIN_NOUNS.has(r)));
  }

  /** The names near `paragraph` written exactly so: this person's, not every one ending on their surname. */
  private namedSo(name: string, paragraph: number): Entity[] {
    // Asked of every candidate for each "he" or "she": near's names grouped by name once a paragraph.
    let byName = this.nearByName.get(paragraph);
    if (!byName) {
      byName = new Map();
      for (const e of this.near(paragraph)) {
        const same = byName.get(e.name);
        if (same) same.push(e);
        else byName.set(e.name, [e]);
      }
      this.nearByName.set(paragraph, byName);
    }
    return byName.get(name) ?? [];
  }

  /** namedSo's names near each paragraph, by name, in near's order. */
  private readonly nearByName = new Map<number, Map<string, Entity[]>>();

  /** kinGender's answers by paragraph and name. */
  private readonly kinGenders = new Map<string, 'm' | 'f' | null>();

  /** Introduced by someone's kin noun ("her husband, Derek"), not labelled ("Husband and wife Derek Alvarez and Maya Chen"). */
  private introducedByKin(e: Entity, noun: string): boolean {
    // "Her father, Bandhan Oraon," opening a sentence too.
    const by = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir) ${noun},? ${escapeRegExp(e.name)}\\b`);
    return this.paragraphs.some((text) => text.includes(e.name) && by.test(text));
  }

  /**
   * "Liberal MP Nathaniel Erskine-Smith… the Toronto MP said": where an office's holder is from need
   * not be written beside the one person the article gave the office, when the article places no
   * holder elsewhere ("Sen. Ana Ruiz of Idaho" is not "the Vermont senator").
   */
  protected placedHolder(
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
   * "Marcus Tolliver, 36, has signed a one-year extension. The veteran guard averaged 11 points…
   * ¶ “…,” the veteran said": a sentence opening on "The" and lowercase words (an age, a role)
   * right after a sentence that opened on a person's name renames that person, and a mention whose
   * words (`described`, without its article) are all among those words is them. Null when no
   * sentence in the three paragraphs before `paragraph` does so.
   */
  protected renamed(described: string[], paragraph: number): string | null {
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
          const person = (e: Entity): boolean =>
            mayBePerson(e) && kind(e) !== 'organisation' && !this.pluralSubject(e.name);
          const opener = names.find((e) => person(e) && opensOn(before, e.name));
          // "Judge Anne Molloy sentenced Tyler Marsh.": a second person in it may be whom it means.
          const others = names.filter((e) => e !== opener && kind(e) === 'person');
          if (opener) return others.length === 0 ? opener.name : null;
          // "Llanelli Wanderers have secured the signature of Pontypridd flanker Iestyn ap
          // Gruffydd. ¶ The 22-year-old…": a team or a body acting on the one person it names.
          const body = names.find((e) => opensOn(before, e.name) && this.pluralSubject(e.name));
          // A player by their position's title ("midfielder Rhys Pritchard") before a club or a
          // town also named ("from Carmarthen Town").
          const acted = names.filter((e) => e !== body && person(e) && isPersonName(e));
          const titled = acted.filter((e) => e.title !== undefined || kind(e) === 'person');
          const one = acted.length === 1 ? acted : titled;
          return body && one.length === 1 ? one[0]!.name : null;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the article writes the name, outside quotation marks, as the subject of a verb in the
   * plural ("Llanelli Wanderers have"); not one of two ("Margaret and Tom Reed have").
   */
  protected pluralSubject(name: string): boolean {
    return this.pluralNames().has(name);
  }

  /**
   * The capitalised runs the article writes before "have", "are" or "were", and each run's last
   * words ("Llanelli Wanderers", "Wanderers"): read once an article, not once a name (a long
   * article of many names asked every paragraph for each).
   */
  private pluralNames(): Set<string> {
    if (this.plurals) return this.plurals;
    const found = new Set<string>();
    for (const raw of this.paragraphs) {
      if (!PLURAL_VERB.test(raw)) continue;
      const text = raw.replace(DOUBLE_QUOTED, ' ');
      for (const m of text.matchAll(PLURAL_RUN)) {
        if (/(?:\band|&|,) $/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
        const words = m[1]!.split(' ');
        for (let i = 0; i < words.length; i++) found.add(words.slice(i).join(' '));
      }
    }
    return (this.plurals = found);
  }

  /** pluralNames's answer. */
  private plurals: Set<string> | null = null;

  /** The person named in full near `paragraph` whose sentence gives them saves; null when none is. */
  protected keeper(paragraph: number): string | null {
    const keepers = new Set<string>();
    let saves: string | null = null;
    for (const e of this.near(paragraph)) {
      if (!e.name.includes(' ') || !isPersonName(e) || holdsOffice(e)) continue;
      for (const rest of this.sentencesAfter(e)) {
        if (SAVES.test(rest)) saves ??= e.name;
        if (SAVES.test(rest) || CONCEDED.test(rest)) keepers.add(e.name);
      }
    }
    // Only the one goaltender the article shows at work.
    return keepers.size === 1 ? saves : null;
  }

  /** Whether a sentence near `paragraph` shows this person in goal ("Hellebuyck made 31 saves"). */
  keeps(name: string, paragraph: number): boolean {
    return this.someNamed(name, paragraph, (e) =>
      this.sentencesAfter(e).some((rest) => SAVES.test(rest) || CONCEDED.test(rest)),
    );
  }

  /** Whether a name near `paragraph` ending on this person's surname passes `test`. */
  protected someNamed(name: string, paragraph: number, test: (e: Entity) => boolean): boolean {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    return this.near(paragraph).some((e) => e.name.endsWith(surname) && test(e));
  }

  /** The rest of each sentence where the article names `e`, after the name. */
  private sentencesAfter(e: Entity): string[] {
    return e.paragraphs.map((p) => {
      const text = this.paragraphs[p] ?? '';
      const at = text.indexOf(e.name);
      return at < 0 ? '' : sentenceRest(text, at + e.name.length);
    });
  }

  /**
   * "When Marguerite Lavallée-Stone crossed the line, her five grandchildren were waiting. … the
   * grandmother said": the person named in full near `paragraph` whose own sentence, after the
   * name, gives them ("her", "his") the kin this noun has (grandchildren for a grandmother), and
   * says each of the `required` words too. Null when none does.
   */
  protected kin(noun: string, paragraph: number, required: string[]): string | null {
    const relation = KIN[noun];
    if (!relation) return null;
    const owner = relation.owner === 'f' ? 'her' : relation.owner === 'm' ? 'his' : '(?:her|his)';
    // "her five grandchildren", "his two sons": a count may come between, no other word.
    const told = new RegExp(`\\b${owner}\\s+(?:${COUNT}\\s+)?(?:${relation.kin})\\b`, 'i');
    // "Dorothy Pruitt, 68, was asleep. Her 9-year-old grandson, Marcus, …": for a grandparent,
    // the next sentence opening on the kin, an age between, after a sentence opening on the name
    // (not "his son" there, whose owner may be anyone: "Griffin… His father, now 89,").
    const next = relation.kin === GRANDCHILDREN ? GRANDCHILD_NEXT[relation.owner] : null;
    for (const e of this.near(paragraph)) {
      // A person whose given name has the noun's gender ("Battle River Paddle" has none).
      if (!ofGender(e, relation.owner) || holdsOffice(e)) continue;
      for (const p of e.paragraphs) {
        const text = this.paragraphs[p] ?? '';
        const at = text.indexOf(e.name);
        const rest = at < 0 ? '' : sentenceRest(text, at + e.name.length);
        if (!required.every((w) => rest.toLowerCase().includes(w))) continue;
        if (told.test(rest)) return e.name;
        // Nor when the sentence names another ("Linda Hart pulled Dorothy Pruitt, 68, out…").
        const opens =
          (at === 0 || /[.!?]\s+$/.test(text.slice(Math.max(0, at - 3), at))) &&
          !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}/u.test(rest);
        const end = at + e.name.length + rest.length;
        if (next && at >= 0 && opens && next.test(text.slice(end, end + 60))) return e.name;
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
  protected doer(noun: string, paragraph: number, required: string[] = []): string | null {
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
  protected ledeSubject(noun: string, role: boolean): string | null {
    if (noun.length < 4 || !/^[\p{L}-]+$/u.test(noun)) return null;
    const words = this.lede();
    const at = words.indexOf(noun);
    // "The mayor of Rimouski says", "The chief executive of…": the office opens the article.
    // Not someone the article set off with another office ("The prime minister and the leader of
    // the opposition clashed… ¶ Caroline Mortimer-Hale, the Conservative leader, accused…").
    if (role && words[0] === 'the') {
      return at >= 1 && at <= 2 ? this.delayedName((e) => !otherRole(e, noun, false)) : null;
    }
    // "A University of Manitoba historian has spent six years…": a role the lede's subject does
    // something as; but "A senior official said…" is a source left unnamed, whom no one later is.
    // But "A Newry grandmother says she has waited four years", "A 52-year-old trotro driver says
    // he will not pay": a relative, or whoever a feature's present tense tells of, is the story's.
    const ownStory =
      noun in KIN || (words[at + 1] === 'says' && /^(?:he|she)$/.test(words[at + 2] ?? ''));
    if (
      role &&
      !ownStory &&
      (isReportingVerb(words[at + 1] ?? '') || isReportingVerb(words[at + 2] ?? ''))
    )
      return null;
    // "An Ottawa woman who spent 30 years as a nurse is leading…": what a relative clause says the
    // lede's subject is or was ("as a", "is a"), within its first words; not "who attacked a nurse".
    const told =
      at > 5 &&
      words.slice(2, at).includes('who') &&
      /^(a|an)$/.test(words[at - 1] ?? '') &&
      /^(as|is|was|became)$/.test(words[at - 2] ?? '');
    if (!/^(a|an)$/.test(words[0] ?? '') || at < 1 || (at > 5 && !told)) return null;
    // "A spokesman for the health authority…" is the authority's voice, not the story's subject;
    // "A Vietnam veteran from Amarillo" is where the subject is from.
    const after = words[at + 1] ?? '';
    const from = after === 'from' && this.fromPlace(noun);
    if (!told && !from && /^(for|with|at|of|from|to)$/.test(after)) return null;
    // As a role, someone the article introduces as a story's subject, with an age or a title
    // ("Raymond Sparvier, 71,", "Professor Alan Reeve"): "Sandra Whitlock drove to the scene"
    // after "A truck driver has been charged" may be anyone.
    // Not someone the article describes otherwise ("Professor Alan Reeve, a hydrologist," is no
    // farmer; "Tony Merchant, 70, a Regina lawyer," no survivor). A relative's noun is not
    // another's work ("A Newry grandmother… ¶ Geraldine Quinn, 66, a former classroom assistant,").
    // Not of the other gender ("A Galway widow says…" is no Martin), nor whom the article
    // introduced by a tie to another ("Her son, Martin Fahy,").
    const gender = describedGender(noun) ?? this.ledeGender();
    const other = gender === 'f' ? 'm' : gender === 'm' ? 'f' : null;
    const fits = (e: Entity): boolean =>
      (!other || firstNameGender(e.name) !== other) && ![...e.roles].some((r) => r in KIN_GENDER);
    // Nor someone given another office ("League secretary Paul Grant" is no linesman).
    const described = (e: Entity): boolean =>
      (!e.appositive || e.appositive.includes(noun) || noun in KIN) &&
      fits(e) &&
      (noun in KIN || !otherRole(e, noun, true));
    if (role)
      return (
        this.storySubject(
          (e) => (e.age !== undefined || e.title !== undefined) && described(e),
          false,
        ) ??
        // Or, in a feature's present tense, whom the next paragraph opens on ("A 31-year-old
        // teacher who saved for seven years… says she was gazumped ¶ Priya Vadgama-Lowe had a
        // £28,000 deposit…"); not after "A truck driver has been charged… ¶ Sandra Whitlock
        // drove to the scene".
        (words.includes('says') ? this.openingName(1, described) : null)
      );
    return this.storySubject(told ? (e) => !e.title && fits(e) : fits);
  }

  /** Whether a team or body near `paragraph` is named by these words, lowercased ("silver ferns"). */
  protected namesTeam(words: string, paragraph: number): boolean {
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
  protected ledeOpensOn(phrase: string[]): boolean {
    const lede = this.lede();
    if (!/^(a|an)$/.test(lede[0] ?? '')) return false;
    // "A Hartlepool mother-of-three has raised…": the description after a place's name too.
    const words = kinCounted(lede.join(' ')).split(' ');
    const opens = (from: number): boolean => phrase.every((w, i) => words[from + i] === w);
    return opens(1) || (/^An?\s+\p{Lu}/u.test(this.ledeText()) && opens(2));
  }

  /**
   * The story's subject by name (storySubject), read once an article: named in full in the first
   * three paragraphs and holding no office, which SpeakerState's own storySubject (the first
   * person named, whoever) does not ask.
   */
  storySubjectName(): string | null {
    if (this.subjectName === undefined) this.subjectName = this.storySubject();
    return this.subjectName;
  }

  private subjectName: string | null | undefined;

  /**
   * The person the story names first in full, in its first three paragraphs, holding no office,
   * of those that `fits` (e.g. not someone introduced by a title: "Lawyer Sarah Kim filed the
   * claim"; someone given an age: "Niall Regan, 44,").
   */
  protected storySubject(
    fits: (e: Entity) => boolean = () => true,
    courtesy = true,
  ): string | null {
    for (let p = 0; p < 3; p++) {
      const named = this.namesIn(p).find(
        (e) =>
          e.name.includes(' ') &&
          (kind(e) === 'person' || shownPerson(e, this.paragraphs[p] ?? '')) &&
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
  protected delayedName(fits: (e: Entity) => boolean = () => true): string | null {
    for (let p = 1; p < 3; p++) {
      const named = this.openingName(p, fits);
      if (named) return named;
    }
    return null;
  }

  /** The person a paragraph opens on, named in full (delayedName), or null. */
  openingName(p: number, fits: (e: Entity) => boolean = () => true): string | null {
    // "Mr Kwashie Dzokoto set out…": after a plain honorific too.
    const raw = this.paragraphs[p] ?? '';
    const first = /^(\S+) \p{Lu}/u.exec(raw)?.[1];
    const text = first && isPlainHonorific(first) ? raw.slice(first.length + 1) : raw;
    // Or opening on it after a short clause ("Speaking in Cork this afternoon, Eoghan Mac
    // Cárthaigh said…", "For eleven years, Rumana Chowdhury has run…"); "Margaret Thorne, 67, had
    // been walking…" too.
    const opens = (name: string): boolean =>
      text.startsWith(`${name} `) ||
      text.startsWith(`${name},`) ||
      (/^(?:Speaking|Addressing|Appearing|For|Since|Until|Over|After|Before|These)\s/.test(text) &&
        text.indexOf(`, ${name} `) > 2 &&
        text.indexOf(`, ${name} `) <= 60 &&
        !/[,.;:]/.test(text.slice(0, text.indexOf(`, ${name} `))));
    const named = this.namesIn(p).find(
      (e) =>
        opens(e.name) &&
        (kind(e) === 'person' || (isPersonName(e) && !isPlaceLike(e))) &&
        !isOfficial(e) &&
        fits(e),
    );
    return named?.name ?? null;
  }

  /**
   * The gender the lede gives its subject: by a noun in its first words ("A 72-year-old man"), or
   * by its first pronoun ("A 31-year-old teacher who saved… says she"); null when it gives none.
   */
  protected ledeGender(): 'm' | 'f' | null {
    const words = this.lede();
    const described = describedGender(words.slice(0, 6).join(' '));
    if (described) return described;
    for (const w of words.slice(1)) {
      if (w === 'he' || w === 'his' || w === 'him') return 'm';
      if (w === 'she' || w === 'her' || w === 'hers') return 'f';
    }
    return null;
  }

  /** The lede's first words, lowercased, after a dateline ("HALIFAX — ") if there is one. */
  protected lede(): string[] {
    return (this.ledeWords ??= this.ledeText().toLowerCase().split(/\s+/, 16));
  }

  /**
   * Whether the lede says where the noun's person is from by a place ("A Vietnam veteran from
   * Amarillo"), not a body they work for ("A consultant from Beaumont Hospital", "from the
   * ministry").
   */
  private fromPlace(noun: string): boolean {
    const run = new RegExp(
      `\\b${escapeRegExp(noun)} from ((?:\\p{Lu}[\\p{L}.'’-]*\\s?){1,4})`,
      'iu',
    );
    const place = run.exec(this.ledeText())?.[1]?.trim();
    return !!place && !/^(?:The|A|An)\b/.test(place) && !isOrgName(place);
  }

  /** The first paragraph's first 200 characters, after its dateline ("WINNIPEG — ", "KOCHI: "). */
  protected ledeText(): string {
    return (this.paragraphs[0] ?? '')
      .slice(0, 200)
      .replace(/^[^—–]{0,40}[—–]\s*/u, '')
      .replace(COLON_DATELINE, '');
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
        // `Luis “Big Lou” Carrasco`: a nickname inside the name, closed by a mark and a space.
        if (/[”"'’] /.test(text)) {
          for (const m of namesWithNicknames(text)) {
            const [, given, doubled, single, surname] = m;
            const nick = doubled ?? single;
            if (!doubled && isTitleCased(text)) continue;
            if (isKnownGivenName(given!) && !this.nicknames!.has(nick!))
              this.nicknames!.set(nick!, { name: `${given} ${surname}`, p });
          }
        }
        if (!NICKNAMED_CORE.test(text)) return;
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
  protected endsName(noun: string, paragraph: number): boolean {
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
  protected introduces(noun: string, paragraph: number): boolean {
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
   * Whether a paragraph up to `paragraph` gives the pair's given names ("Mark and Julie") after a
   * kin noun: "Ellie's parents, Mark and Julie Fenwick".
   */
  setOffAsKin(names: readonly string[], paragraph: number): boolean {
    const given = names.map((n) => escapeRegExp(n.split(' ')[0] ?? ''));
    const pair = new RegExp(
      String.raw`\b(?:parents|family|mother|father|son|daughter|husband|wife|grandparents|relatives|siblings|brothers|sisters),?\s+${given[0]} and ${given[1]}\b`,
    );
    for (let p = paragraph; p >= 0 && p >= paragraph - GROUP_LOOKBACK; p--)
      if (pair.test(this.paragraphs[p] ?? '')) return true;
    return false;
  }

  /** "Tore Sohlberg and Lehla Abreder": the latest pair or group named together, for "they". */
  group(paragraph: number): string | null {
    for (let p = paragraph; p >= 0 && p >= paragraph - GROUP_LOOKBACK; p--) {
      const text = this.paragraphs[p] ?? '';
      const found = this.namedTogether(p);
      const pairs = found
        .map((m) => m.pair)
        .filter((pair) =>
          pair.split(/\s+and\s+/).every((n) => !this.cannotSpeak(n) && !this.isOrganisation(n)),
        );
      const last = pairs[pairs.length - 1];
      if (last) {
        const at = found.reduce((most, m) => Math.max(most, m.at), -1);
        return theyAfter(text, at) ? null : last;
      }
      // "Residents of the quiet street were stunned…": a group the paragraph opens with is whom a
      // later "they" means, not a pair named before it.
      if (p > paragraph - GROUP_LOOKBACK && p < paragraph && PLURAL_OPENER.test(text)) return null;
    }
    return null;
  }

  /**
   * "Peter and Grace Okello": the first given name with the surname they share, as two names;
   * not a surname the article gives someone else ("When Kelly and Blake Masters…" after Mark
   * Kelly), nor a word no list has as a given name.
   */
  private sharingOne(pair: string): string {
    const [one, other] = pair.split(' and ');
    if (!one || !other || one.includes(' ') || !other.includes(' ') || !isAnyGivenName(one))
      return pair;
    // "Mark Kelly": a given name the lists know right before it.
    const after = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+) ${escapeRegExp(one)}\b`, 'gu');
    const surname = (t: string): boolean =>
      [...t.matchAll(after)].some((m) => isAnyGivenName(m[1]!));
    if (this.paragraphs.some(surname)) return pair;
    return `${one} ${other.slice(other.lastIndexOf(' ') + 1)} and ${other}`;
  }

  /**
   * The pairs paragraph `p` names together (group), in the order written, with where each match
   * opens. Read once a paragraph: "they" asks the same few paragraphs again and again, and what
   * is asked here is the paragraph's text, the article's and fixed name lists, none of which
   * change while the article is read (group still asks cannotSpeak and isOrganisation each time).
   */
  private namedTogether(p: number): readonly { at: number; pair: string }[] {
    let known = this.pairsIn.get(p);
    if (known) return known;
    const text = this.paragraphs[p] ?? '';
    // The patterns below try every position: only a paragraph writing a pair's core is asked.
    const named = (PAIR_CORE.test(text) ? [...text.matchAll(PAIR)] : [])
      .filter(pairOfPeople)
      .map((m) => ({ at: m.index, pair: this.sharingOne(pairText(m[2] ?? '')) }));
    // "Ravi and Meena Patel": two given names sharing a surname, each named in full.
    const shared = (SHARED_SURNAME_CORE.test(text) ? [...text.matchAll(SHARED_SURNAME_PAIR)] : [])
      // After a plural noun ("Mooroopna retirees Ian and Jenny Featherstone"), not a verb
      // ("thanks Ian and Jenny Reid").
      .filter((m) => !isPresentVerb(/(\p{Ll}+)\s$/u.exec(text.slice(0, m.index))?.[1] ?? ''))
      // Before a possessive, a surname no English word: not "the Jack and Jill Nursery’s branch".
      .filter((m) => !/^['’]s\s/.test(text.slice(m.index + m[0].length)) || !isEnglishWord(m[3]!))
      // Nor a couple a verb acts on ("Detectives arrested Sydney couple Ian and Jenny Reid").
      .filter((m) => !ACTED_ON_COUPLE.test(text.slice(Math.max(0, m.index - 60), m.index)))
      // Both given names, one of them no English word ("Mark and Julie Fenwick").
      .filter(
        (m) =>
          isAnyGivenName(m[1]!) &&
          isAnyGivenName(m[2]!) &&
          (isKnownGivenName(m[1]!) || isKnownGivenName(m[2]!)),
      )
      // Its surname no given name, unless the article writes it as someone's surname too
      // ("Colin Abernathy… his parents, Ken and Louise Abernathy").
      .filter(
        (m) =>
          (!isKnownGivenName(m[3]!) || this.paragraphs.some((t) => writtenAsSurname(t, m[3]!))) &&
          !isOrgName(m[3]!),
      )
      // Not a surname the article gives someone ("Abdel Hakim Amer … Amer and Salah Salem"),
      // nor a given name it gives someone of another surname ("Sarah Clarke… Sarah and Tom
      // Jenkins said" is no Sarah Jenkins).
      .filter((m) => !this.paragraphs.some((t) => writtenAsSurname(t, m[1]!)))
      .filter((m) => !this.paragraphs.some((t) => namedOtherwise(t, m[1]!, m[3]!)))
      .map((m) => ({ at: m.index, pair: `${m[1]} ${m[3]} and ${m[2]} ${m[3]}` }));
    // "Rupert Aldington, the MP for North Wealdshire, and Fiona Mackie-Stuart, who represents
    // Tay Valley, say": two people each set off with a description, saying it together.
    const described = text.includes(', and ')
      ? [...text.matchAll(DESCRIBED_PAIR)]
          // Not the last two of three or more ("Rachel Reeves, the chancellor, Yvette Cooper…").
          .filter((m) => !LISTED_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index)))
          .filter((m) => isAnyGivenName(m[1]!) && isAnyGivenName(m[3]!))
          .map((m) => ({ at: m.index, pair: `${m[1]} ${m[2]} and ${m[3]} ${m[4]}` }))
      : [];
    // "Luis Ortega and his wife, Maribel,": a spouse by a given name alone takes the surname.
    const spouses =
      text.includes(' and his ') || text.includes(' and her ')
        ? [...text.matchAll(SPOUSE_BY_GIVEN_NAME)]
            .filter((m) => isAnyGivenName(m[1]!) && isAnyGivenName(m[3]!) && !isOrgName(m[2]!))
            .map((m) => ({ at: m.index, pair: `${m[1]} ${m[2]} and ${m[3]} ${m[2]}` }))
        : [];
    known = [...named, ...shared, ...described, ...spouses].sort((a, b) => a.at - b.at);
    this.pairsIn.set(p, known);
    return known;
  }

  /** namedTogether's answers by paragraph. */
  private readonly pairsIn = new Map<number, readonly { at: number; pair: string }[]>();
}

/** "Luis Ortega and his wife, Maribel,": a full name, then a spouse by the given name alone. */
const SPOUSE_BY_GIVEN_NAME =
  /\b(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}’'-]+) and (?:his|her) (?:wife|husband|partner|spouse),? (\p{Lu}\p{Ll}+)(?![\p{L}’'-]| \p{Lu})/gu;

/**
 * Typed a person, or capitalised words only that nothing types ("Ama Boateng", not "Meewasin
 * Trail on Sunday"), a name's particles between them ("Iestyn ap Gruffydd", "Pieter de Vries").
 */
export const isPersonName = (e: Entity): boolean =>
  kind(e) === 'person' ||
  (kind(e) === 'unknown' &&
    !e.business &&
    /^\p{Lu}\S*(?: (?:\p{Ll}+ )?\p{Lu}\S*)+$/u.test(e.name) &&
    e.name.split(' ').every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)));

/** Introduced with an office or rank ("Fire Chief Yves Pelletier"), not "university student". */
export const holdsOffice = (e: Entity, courtesy = true): boolean => {
  const own = e.name.toLowerCase().split(/\s+/);
  for (const role of e.roles)
    if (
      TITLE_WORDS.has(role) &&
      !own.includes(role) &&
      // Honorifics anyone may be given ("Mr Kwashie Dzokoto set out…", as Ghanaian, Indian and
      // Singaporean papers name everyone) hold no office.
      !isPlainHonorific(role) &&
      (courtesy || !COURTESY.has(role))
    )
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

/** "the mother-of-three" as "the mother of three" (lowercase text). */
export const kinCounted = (text: string): string =>
  text.replace(/\b(\p{Ll}+)-of-(\p{Ll}+)\b/gu, (w, kin: string, count: string) =>
    KIN[kin] ? `${kin} of ${count}` : w,
  );

export const isPlaceLike = (e: Entity): boolean =>
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
const IRREGULAR_PAST = wordTable<string>({
  // Only forms that mean nothing else: "spoke", "wrote", "drove", "grew (up)" or "led" are said of
  // anyone ("Sandra Whitlock drove to the scene" is no driver).
  teach: 'taught',
  dig: 'dug',
  weave: 'wove woven',
  breed: 'bred',
  sew: 'sewn',
});

/** A paragraph opening on a group: "Residents of…", "Police said…", "Officials with…". */
const PLURAL_OPENER =
  /^\s*(?:The\s+|Many\s+|Some\s+|Other\s+)?(?:Police|\p{Lu}\p{Ll}+(?:ents|ers|ors|ists|ians|als|ees|bours|bors|ives))\b/u;

/**
 * How many paragraphs back "they" and "the couple" look for a pair named together: a feature may
 * set a scene between them ("Sophie Marchetti and Daniel Osei bought…" three paragraphs before
 * "“Q,” they say"). 3 fixed the style set's such cases; 4 changed nothing more on PolNeAR train.
 */
const GROUP_LOOKBACK = 3;

// A pair that opens a sentence, as its subject: "Tore Sohlberg and Lehla Abreder opened…".
// "EDMONTON — Oksana Kovalenko and her husband, Taras Melnyk, arrived…": after a dateline too, and
// with the relation between the two names, set off or not, and an age after the first ("Owain
// Rees, 66, and his partner Marisol Vega").
// The pair opens a sentence, or follows the plural role that does ("Grade 11 students …", its
// modifiers capitalised or numbers, not "Police arrested teenagers …"): the role's last word
// (group 1) and the pair (group 2).
// "Country star Kacey Lyle and her husband, producer Rowan Tate, are…", "Tayla Nguyen, 16, and her
// friend Brodie Carr": a role before the first name, and any person's noun for the relation, with
// a role before the second name (pairOfPeople checks the nouns). After a sentence's opening
// phrase of place set off by a comma, whatever it ends on ("Further along the river at Number
// Seven Village, Naseem Hakim and his wife Bibi Hakim"; not a list's "Tom Reed,", nor "…raised by
// such philosophers as Immanuel Kant, David Hume and Antony Flew").
//
// Each lookbehind comes after a cheap look at what follows it (the comma, or the capital the pair
// opens on): asked first, the lookbehinds ran back over up to 70 characters at every position of
// the paragraph, about a millisecond a paragraph. The same matches, a twentieth of the time.
const PAIR = new RegExp(
  String.raw`(?:^|[.!?]\s+|[—–]\s+|(?=,)(?<=\s\p{Ll}+),\s+|(?=,)(?<=(?:^|[.!?]\s+)(?:${PLACE_OPENER_WORDS})\s[^.,;:!?“”]{0,70}),\s+)(?:(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(\p{Ll}{3,}s)\s+|\p{Lu}\p{Ll}+\s+\p{Ll}{3,}\s+)?((?:\p{Lu}\p{Ll}{1,3}\.\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}’'-]+)+(?:,\s\d{1,3},)?(?:\s\([^()]{1,20}\))?\s+and\s+(?:(?:her|his|their)\s+\p{Ll}+(?:-\p{Ll}+)?,?\s+(?:\p{Ll}{3,}\s+)?)?(?:\p{Lu}\p{Ll}{1,3}\.\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}’'-]+)+)`,
  'gu',
);

/**
 * Two people named in full, each set off with a description of up to a dozen words, then a verb
 * of saying: "Rupert Aldington, the MP for North Wealdshire, and Fiona Mackie-Stuart, who
 * represents Tay Valley, say". Given names and surnames captured apart.
 */
const DESCRIBED_PAIR =
  /(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s((?:\p{Lu}[\p{L}’'-]+\s)*\p{Lu}[\p{L}’'-]+),\s(?:[^\s,.;:“”"]+\s){1,12}[^\s,.;:“”"]+,\s+and\s+(\p{Lu}\p{Ll}+)\s((?:\p{Lu}[\p{L}’'-]+\s)*\p{Lu}[\p{L}’'-]+),\s(?:[^\s,.;:“”"]+\s){1,12}[^\s,.;:“”"]+,\s+(?:say|said|says|write|wrote|writes|argue|argued|argues|told|tell|add|added)\b/gu;

/**
 * A name set off with its description right before, as a list of three or more has it; or a
 * preposition or verb whose object the two are ("sent to Wes Streeting, the health secretary,
 * and…", "addressed to").
 */
const LISTED_BEFORE =
  /\p{Lu}\p{Ll}+ \p{Lu}[\p{L}’'-]+, [^,]{1,80}, $|\b(?:to|from|by|with|for|of|about|against|between|and|or)\s+$/u;

/** The relation's noun and the role before the second name in a PAIR match's pair. */
const RELATION = /\sand\s+(?:her|his|their)\s+(\p{Ll}+(?:-\p{Ll}+)?),?\s+(?:(\p{Ll}{3,})\s+)?/u;

/**
 * Whether a PAIR match names two people by its nouns: the plural role opening it, or the singular
 * one ("Country star"), the relation ("her friend") and the role before the second name
 * ("producer") are each a person's noun.
 */
function pairOfPeople(m: RegExpMatchArray): boolean {
  if (m[1] && !isRoleNoun(m[1].slice(0, -1))) return false;
  const lead = m[0].slice(0, m[0].length - (m[2]?.length ?? 0)).trim();
  const opener = /(\p{Ll}{3,})$/u.exec(lead)?.[1];
  if (!m[1] && opener && !isRoleNoun(opener)) return false;
  const relation = RELATION.exec(m[2] ?? '');
  return !relation || (isRoleNoun(relation[1]) && (!relation[2] || isRoleNoun(relation[2])));
}

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

/** Whether `text` writes `word` as the last of a capitalised run ("Abdel Hakim Amer"). */
function writtenAsSurname(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`); at > 0; at = text.indexOf(` ${word}`, at + 1)) {
    const after = text.charAt(at + word.length + 1);
    if (!/\p{L}/u.test(after) && /\p{Lu}[\p{L}’'-]*$/u.test(text.slice(Math.max(0, at - 30), at)))
      return true;
  }
  return false;
}

/** Whether `text` writes `given` before a surname other than `surname` ("Sarah Clarke"). */
function namedOtherwise(text: string, given: string, surname: string): boolean {
  const full = new RegExp(String.raw`\b${escapeRegExp(given)} (\p{Lu}\p{Ll}[\p{L}’'-]*)`, 'gu');
  for (const m of text.matchAll(full)) if (m[1] !== surname) return true;
  return false;
}

/**
 * A sentence opening on two given names and one surname: "Ravi and Meena Patel have run…"; also
 * after an opener or a noun set off by a comma ("Outside the town hall, Joe and Helen Sutcliffe
 * said", "Abernathy’s parents, Ken and Louise Abernathy, said"), or after a plural noun opening a
 * clause ("Outside court, Mooroopna retirees Ian and Jenny Featherstone", "Filipino couple Jomar and
 * Liza Dela Cruz", a surname's capitalised particle too; not "conned pensioners Ian and Jenny
 * Reid", their object); not after a name ending a list ("Tom Reed, Joe and Helen Sutcliffe").
 */
// As in PAIR, a lookbehind is asked only where the comma is, or where a space and the pair's
// first given name and "and" are (the three lookbehinds after a word share that look).
const SHARED_SURNAME_PAIR =
  /(?:^|[.!?]\s+|[—–]\s+|(?=,)(?<=(?:^|\s)\p{Ll}[\p{L}’'-]*),\s+|(?<=\s)(?=\p{Lu}\p{Ll}+\s+and\s)(?:(?<=(?:^|[,;:]\s+|\p{Lu}[\p{L}’'-]*\s)(?:\p{Ll}{3,}s|couple)\s)|(?<=\s(?:are|were)\s)|(?<=\s\p{Ll}+\s)(?=\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+['’]s\s)))(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+)\s+((?:(?:Dela|De|Del|Della|Di|Da|Dos|Das|Van|Von|Le|La|Du|de|du|van|von|da|di|dos|le|la|del|della)\s)?\p{Lu}\p{Ll}[\p{L}-]*(?:['’](?!s\s)[\p{L}-]+)?(?:\s\p{Lu}\p{Ll}[\p{L}’'-]*(?=[,.;:]|\s\p{Ll}))?)(?=[\s,.;:]|['’]s\s)/gu;

/** What every PAIR match holds: "and", then a name of two capitalised words (PAIR's own ending). */
const PAIR_CORE =
  /\sand\s+(?:(?:her|his|their)\s+\p{Ll}+(?:-\p{Ll}+)?,?\s+(?:\p{Ll}{3,}\s+)?)?(?:\p{Lu}\p{Ll}{1,3}\.\s)?\p{Lu}\p{Ll}+\s\p{Lu}/u;

/** What every SHARED_SURNAME_PAIR match holds: "Ravi and Meena P…". */
const SHARED_SURNAME_CORE = /\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+\p{L}/u;

/** A verb in the past, then a couple it acts on: "arrested Sydney couple ", "questioned the couple ". */
const ACTED_ON_COUPLE = /\b\p{Ll}{3,}ed\s(?:the\s)?(?:\p{Lu}[\p{L}’'-]*\s){0,2}couple\s$/u;

/** The pair's names: "Owners Luis Ferrante and Dana Whitlock" → "Luis Ferrante and Dana Whitlock". */
function pairText(match: string): string {
  const text = match
    .replace(/^[.!?—–,]?\s*/, '')
    // "Chang Ming-che (張明哲)": a name's own writing in parentheses.
    .replace(/\s\([^()]*\)/g, '')
    .replace(/,\s\d{1,3},(?=\s+and\s)/u, '')
    .replace(RELATION, ' and ');
  // A plural role opening the sentence describes them both; "When", "After" open a clause.
  const first = text.slice(0, text.indexOf(' '));
  const opener =
    (isPluralRole(first) || CLAUSE_CONJUNCTIONS.test(first) || PAIR_PREPOSITIONS.test(first)) &&
    !isFirstName(first);
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

/** Prepositions before a pair's names opening a sentence ("For Peter and Grace Okello, who…"). */
const PAIR_PREPOSITIONS = /^(?:For|To|With|Like|Unlike|Among)$/;

/** Conjunctions that open a clause before a pair's names ("When Jordan Ellis and Caitlin Moore…"). */
const CLAUSE_CONJUNCTIONS = /^(?:When|After|Before|Since|While|Once|Until|As|Although|Though)$/;

/**
 * A name nothing types, set off as only a person is: by an age ("Kerensa Pengelly, 24,"), where
 * they are from ("Kerensa Pengelly, from Newquay,") or a "who" clause.
 */
function shownPerson(e: Entity, text: string): boolean {
  if (kind(e) !== 'unknown' || isOrgName(e.name)) return false;
  const at = text.indexOf(`${e.name}, `);
  return (
    at >= 0 && PERSON_SET_OFF.test(text.slice(at + e.name.length + 2, at + e.name.length + 12))
  );
}

/** What sets off a person's name after its comma: "from Newquay", "who became", "24,". */
const PERSON_SET_OFF = /^(?:from \p{Lu}|who |aged |\d{1,3},)/u;

/**
 * A dateline as Indian, Pakistani and West African papers write it, a place and a colon: "KOCHI: ",
 * "Keta: ", "NEW DELHI: " (up to three capitalised words).
 */
const COLON_DATELINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}: (?=\p{Lu})/u;

/** A verb in the plural after a name (pluralNames). */
const PLURAL_VERB = / (?:have|are|were) /;
/** A capitalised run, whole, before a verb in the plural: "Llanelli Wanderers have". */
const PLURAL_RUN =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,5}) (?:have|are|were) /gu;

/**
 * Whether the article gave someone a role other than `noun` or its synonyms ("council leader");
 * with `anyTrade`, not a scholar's or a courtesy title, which any trade may hold ("Professor
 * Miriam Oduya" may be the geologist).
 */
function otherRole(e: Entity, noun: string, anyTrade: boolean): boolean {
  const synonyms = ROLE_SYNONYMS[noun] ?? [noun];
  return [...e.roles].some(
    (r) => r !== noun && !synonyms.includes(r) && !(anyTrade && ANY_TRADE.has(r)) && isRoleNoun(r),
  );
}

/** A sentence opening on a grandchild, by the grandparent's gender: "Her 9-year-old grandson". */
const GRANDCHILD_NEXT = {
  f: new RegExp(`^[.!?]\\s+her\\s+(?:\\d{1,2}-year-old\\s+)?(?:${GRANDCHILDREN})\\b`, 'i'),
  m: new RegExp(`^[.!?]\\s+his\\s+(?:\\d{1,2}-year-old\\s+)?(?:${GRANDCHILDREN})\\b`, 'i'),
  any: new RegExp(
    `^[.!?]\\s+(?:her|his)\\s+(?:\\d{1,2}-year-old\\s+)?(?:${GRANDCHILDREN})\\b`,
    'i',
  ),
};

/** Titles any trade may hold. */
const ANY_TRADE = new Set('professor prof dr doctor sir dame lord lady rev reverend'.split(' '));
