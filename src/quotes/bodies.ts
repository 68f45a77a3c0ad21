/**
 * Organisations and offices by the names an article gives them: an acronym's or a short name's full
 * name ("IRCC", "Exchange Commission"), the person an office's initials stand for ("the IGP"), and
 * the body a spokesperson speaks for.
 */
import { NameEvidence, isAsciiWordCode } from './name-evidence.js';
import { NEAR, remembered } from './article-names.js';
import {
  isAnyGivenName,
  isDemonym,
  isEnglishWord,
  isFirstName,
  isOrgName,
  isTitle,
  PATRONYMICS,
} from '../text/names.js';
import { isReportingVerb } from './verbs.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { VOICE, VOICE_LINK } from './lexicon.js';
import { lexiconType } from './lexicon-types.js';
import { DOUBLE_QUOTED } from './marks.js';
import { kind, type Entity } from './entity-reading.js';
import { isNationalBody } from './subject.js';

/** Documents and bodies whose words a quotation may be: a paragraph naming one is no narration. */
const SOURCE_NOUNS =
  /\b(?:memo|report|letter|statement|release|post|tweet|email|e-mail|study|survey|filing|ruling|order|document|ad|editorial|website|brief|complaint)s?\b/i;

/** A sentence opening on a document: "The report, which…", "Its latest study". */
const DOCUMENT_OPENS = new RegExp(
  `[.!?]\\s+(?:The|A|An|Its|Her|His|Their)\\s+(?:\\S+\\s+){0,2}?${SOURCE_NOUNS.source}`,
);

/**
 * A reporting verb in the past or present, not in the passive ("Restaurants have been told to
 * check their stock"): someone's words given in a paragraph.
 */
const REPORTED =
  /\b(?<!(?:been|was|were|be|is|are|being) )(?:said|says|told|tells|announced|stated|added|warned|argued|insisted)\b/;

// "a spokesman for the Saskatchewan Health Authority", "a Metrolinx spokesperson".
// Not over a full stop ("Metrolinx. Trains resumed"). Over "and" inside a body's name ("A
// Trinidad and Tobago Police Service spokesman", "a spokesperson for Nunavut's Department of
// Community and Government Services", whose place's possessive is left out: `withoutPlaceOwner`),
// not before a person (`beforeAnd`: "X and Premier Scott Moe").
const ORG_WORDS_RUN = String.raw`\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|for\s+|&\s+|and\s+)?\p{Lu}[\p{L}’'&-]*)*`;
const SPOKES_FOR = new RegExp(
  String.raw`\b(?:[Aa]n?)\s+${VOICE}\s+${VOICE_LINK}\s+(?:the\s+)?(${ORG_WORDS_RUN})|\b(?:[Aa]n?)\s+(${ORG_WORDS_RUN})\s+${VOICE}\b`,
  'gu',
);

/** What a firm's name may end in that a later mention of it leaves out: "Holdings", "Inc.", "Ltd." (one or two of them). */
const LEGAL_ENDINGS = String.raw`Holdings|Group|Inc\.?|Incorporated|Ltd\.?|Limited|[Pp][Ll][Cc]|Corp\.?|Corporation|Company|Co\.|LLC|LLP|AG|S\.A\.|N\.V\.|Pty|Bhd|GmbH`;
const LEGAL_ENDING = new RegExp(`^(?:${LEGAL_ENDINGS})$`);

/** Whether `text` writes `name` with a legal ending after it: found by indexOf, most names have none. */
function writesWithEnding(text: string, name: string): boolean {
  for (let at = text.indexOf(`${name} `); at >= 0; at = text.indexOf(`${name} `, at + 1)) {
    const rest = text.slice(at + name.length + 1, at + name.length + 30);
    if (LEGAL_ENDING.test(/^[\p{L}.]+/u.exec(rest)?.[0] ?? '')) return true;
  }
  return false;
}

/**
 * Whether `text` writes `name` as the subject of a reporting verb: "… (BCCI) said", "…, which
 * said", "… said in a statement".
 */
function reportsAfter(text: string, name: string): boolean {
  return occurrences(text, name).some((at) => {
    const verb = AFTER_NAME.exec(text.slice(at + name.length))?.[1];
    return !!verb && isReportingVerb(verb);
  });
}

/** Where `text` writes `word`. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

/** The word after a name, past an acronym in brackets and a "which". */
const AFTER_NAME = /^(?: \([^)]{1,12}\))?,?(?: which| that)? (\p{Ll}+)/u;

/** What goes on after a body's name read short: " of Houston", " for Cricket in India". */
const LONGER_AFTER = /^ (?:of|for|and|in) \p{Lu}/u;

/**
 * A capitalised word that is a common noun in lowercase ("Carmaker", "Retailer", "Chipmaker"):
 * an English word, or a compound on "maker".
 */
const isCommonNoun = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && (isEnglishWord(word) || /.maker$/.test(word));

/** Capitalised words and the words joining them: "Migiskan Falls First Nation", not "The …". */
const BODY_NAME = /^(?!.*\bThe )\p{Lu}\S*(?: (?:of|for|and|\p{Lu}\S*))*$/u;

export const orgish = (e: Entity): boolean => kind(e) === 'organisation' || kind(e) === 'unknown';

/** "bin", "binti": the words joining a Malay name to a father's, as an alternation. */
const PATRONYMIC_WORDS = [...PATRONYMICS].join('|');

/**
 * An office's title of two, three or four words, then a name: "Inspector-General of Police Tan Sri
 * Khairul Anuar Ismail", "Deputy Public Prosecutor Nur Syazwani binti Haji Md Yusof". Sticky, with
 * each title word's capital captured, so that one pattern serves every acronym (readOffices): a
 * pattern built for each acronym's letters and run over the article cost more to build and run
 * than all the rest of the lookup.
 */
const OFFICE_TITLED = [2, 3, 4].map(
  (n) =>
    new RegExp(
      `\\b(${Array(n).fill('(\\p{L})\\p{Ll}+').join('[- ](?:(?:of|for|the) )*')})(?: \\([^)]*\\))?,? ((?:(?:\\p{Lu}[\\p{L}’'-]*\\.?|${PATRONYMIC_WORDS}) ){0,6}\\p{Lu}[\\p{L}’'-]+)`,
      'uy',
    ),
);

/** Capitalised words after a name and "and": the rest of an organisation's name. */
const CAP_WORDS = String.raw`\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*`;

/** NameEvidence with the article's bodies and offices. */
export class ArticleBodies extends NameEvidence {
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
      // Tried only where the first letter is: a title's words whose initials are the letters,
      // capitalised or not ("vice-chancellor Anasuya Bhattacharjee… said the VC").
      for (const first of [letters[0]!, letters[0]!.toLowerCase()]) {
        for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
          // The pattern opens on \b: most places a letter is written are inside a word, and
          // are passed over without running it (the lowercase letter is in most words).
          if (isAsciiWordCode(text.charCodeAt(at - 1)) === isAsciiWordCode(text.charCodeAt(at)))
            continue;
          office.lastIndex = at;
          const found = office.exec(text);
          const initials = found?.slice(2, 2 + letters.length).join('');
          if (!found || initials?.toUpperCase() !== letters) continue;
          at = found.index + found[0].length - 1;
          const [words, name] = [found[1]!.split(/[- ]/), found[2 + letters.length]!];
          // An office's title ("Inspector-General of Police", not "United States"), not a lesser
          // office's ("Deputy Chief Minister"), then a person's name of two words or more ("General
          // Electric Company" has none) not opening on a title ("Deputy Attorney General Todd X").
          const lesser = /(?:Deputy|Assistant|Vice|Additional|Joint|Associate)[- ]$/i.test(
            text.slice(Math.max(0, found.index - 12), found.index),
          );
          if (lesser || !words.some(isTitle) || !name.includes(' ') || isOrgName(name)) continue;
          if (isTitle(name.slice(0, name.indexOf(' ')))) continue;
          out.push({ paragraph, name });
        }
      }
    });
    return out.sort((a, b) => a.paragraph - b.paragraph);
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
      this.withLegalEnding(name, paragraph) ??
      this.initialledNear(name, paragraph) ??
      this.ofForm(name) ??
      this.spelledAround(name, paragraph)
    );
  }

  /**
   * "The West of England Combined Authority (WECA)… said" read as "West", "the Department of
   * Transport and Main Roads (TMR) said" as "Main Roads": the name an acronym spells out that
   * opens or ends on the words read, written with its acronym in this paragraph.
   */
  private spelledAround(name: string, paragraph: number): string | undefined {
    const text = this.paragraphs[paragraph] ?? '';
    if (!text.includes('(')) return undefined;
    for (const [acronym, full] of this.acronymMap()) {
      if (full === name || !text.includes(`${full} (${acronym})`)) continue;
      // A word alone only as the name's first, and no place or people ("China" is no "People's
      // Republic of China", "Indian" no "Indian Police Service").
      const single = !name.includes(' ');
      if (single && (lexiconType(name) === 'place' || isDemonym(name))) continue;
      if ((single || !full.endsWith(` ${name}`)) && !full.startsWith(`${name} `)) continue;
      // Not a body the paragraph names alone as well ("The Home Office said the Home Office Large
      // Major Enquiry System (HOLMES)…", "Rangers said… the Rangers Supporters Association").
      if (text.split(full).join(' ').includes(name)) continue;
      // "Department of Transport and Main Roads (TMR)": a body's noun the letters leave out.
      const head = new RegExp(String.raw`(\p{Lu}\p{Ll}+) (?:of|for) ${escapeRegExp(full)} \(`, 'u');
      const noun = head.exec(text)?.[1];
      return noun && isOrgName(noun)
        ? `${noun} ${text.includes(`${noun} of ${full}`) ? 'of' : 'for'} ${full}`
        : full;
    }
    return undefined;
  }

  /**
   * "Kgalagadi Platinum said" after "Kgalagadi Platinum Holdings said…": the firm near `paragraph`
   * whose name is this one and a legal or group ending, which a later mention drops.
   */
  private withLegalEnding(name: string, paragraph: number): string | undefined {
    if (!name.includes(' ')) return undefined;
    // Only a paragraph that writes the name and more can hold the longer name: most names find
    // none, and are asked nothing else.
    const found = this.findNear(
      paragraph,
      (p) => writesWithEnding(this.paragraphs[p] ?? '', name),
      (e) => {
        const ending = e.name.slice(name.length + 1).split(' ');
        return (
          e.name.startsWith(`${name} `) &&
          orgish(e) &&
          ending.length <= 2 &&
          ending.every((w) => LEGAL_ENDING.test(w))
        );
      },
    );
    // No person's: "Dell said" in an article about Dell Inc. may be Michael Dell, and "Thabo
    // Mokoena said" is the founder of Thabo Mokoena Holdings.
    if (!found || this.personEvidence(name)) return undefined;
    // Nor a body the article names so on its own, not speaking ("Kestrel Air Group owns… Kestrel
    // Air, the regional airline"): the mention is that body.
    const alone = new RegExp(
      `(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}’'-]| (?:${LEGAL_ENDINGS})|,? (?:said|says|told|added|wrote)\\b)`,
      'u',
    );
    const own = this.paragraphs.slice(0, paragraph + 1).some((text) => alone.test(text));
    return own ? undefined : found.name;
  }

  /**
   * initialled, and when the paragraphs read so far hold no body of those initials, again with the
   * paragraphs just before read: "The Canadian Union of Public Employees surveyed… “…,” CUPE said."
   * names the body a paragraph before its letters speak. Not when they hold one already (a nearer
   * "American Medical Association" would leave "the AMA" of an article about the Australian one
   * to no one).
   */
  private initialledNear(name: string, paragraph: number): string | undefined {
    const found = this.initialled(name);
    if (found || this.signed.has(name) || name.length < 3 || name.length > 6) return found;
    if (!/^\p{Lu}+$/u.test(name) || !this.spelledNear(name, paragraph)) return found;
    this.near(paragraph);
    return this.initialled(name);
  }

  /**
   * Whether the paragraphs near `paragraph` write capitalised words whose initials spell the
   * letters ("Canadian Union of Public Employees" for CUPE), found by plain search and one sticky
   * pattern where the first letter is: reading those paragraphs' names for every acronym cost a
   * tenth of quote extraction over SQuAD.
   */
  private spelledNear(letters: string, paragraph: number): boolean {
    const spelled = SPELLED[letters.length - 3]!;
    for (let p = Math.max(0, paragraph - NEAR); p <= paragraph; p++) {
      const text = this.paragraphs[p] ?? '';
      for (let at = text.indexOf(letters[0]!); at >= 0; at = text.indexOf(letters[0]!, at + 1)) {
        spelled.lastIndex = at;
        const m = spelled.exec(text);
        if (m && m.slice(1).join('') === letters) return true;
      }
    }
    return false;
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
  initialled(written: string): string | undefined {
    // "A Defra spokesperson" after "the Department for Environment, Food and Rural Affairs": an
    // acronym said as a word, written so, in no English or given-name list.
    const spoken =
      /^\p{Lu}\p{Ll}{2,5}$/u.test(written) && !isEnglishWord(written) && !isAnyGivenName(written);
    const acronym = spoken ? written.toUpperCase() : written;
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
    if (!found || !(isOrgName(found) || isNationalBody(found))) return undefined;
    let known = this.initials.get(acronym);
    if (known === undefined) {
      // The name the article mostly uses: "the DNC", written far more often than the Democratic
      // National Committee once, stays as written.
      const text = this.paragraphs.join('\n');
      const uses = (name: string): number =>
        text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))?.length ?? 0;
      known = uses(written) <= uses(found) ? found : '';
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
   * "“…,” police said": the one police force the article names near `paragraph` ("Millbrook Police
   * Department", "Thames Valley Police", "Lancashire Constabulary"), or null when it names none or
   * more than one. Not a police union, board or college ("Toronto Police Association"), and only a
   * body, never an officer (review).
   */
  policeForce(paragraph: number): string | null {
    let force: string | null = null;
    for (const e of this.near(paragraph)) {
      if (!orgish(e) || !POLICE_FORCE.test(e.name)) continue;
      if (force && force !== e.name) return null;
      force = e.name;
    }
    // "Toronto police and the OPP": a place's police written in lowercase is a force of its own.
    const words = new Set(force?.split(' '));
    for (let p = Math.max(0, paragraph - NEAR); force && p <= paragraph; p++) {
      for (const m of this.paragraphText(p).matchAll(PLACE_POLICE)) {
        if (!words.has(m[1]!)) return null;
      }
    }
    return force;
  }

  /**
   * The body's whole name where the paragraph writes more of it than a reading of the clause took:
   * "Crime Stoppers of Houston said", "The Board of Control for Cricket in India (BCCI) said",
   * "the Irish Nurses and Midwives Organisation (INMO), which said" (read up to "of", "for" or
   * "and"); "the Department for Environment, Food and Rural Affairs said" (read from its last
   * comma). Not a person's name and place ("Maria Lopez of Houston said"), nor one word ("the
   * Prince of Wales", "Liutprand of Cremona"); or null.
   */
  writtenOn(name: string, paragraph: number): string | null {
    const text = this.paragraphs[paragraph] ?? '';
    const first = name.split(' ')[0]!;
    // Only a paragraph that writes the name on, or after a list's "and", can hold more of it:
    // most names are asked nothing else, and reading a paragraph's names is costly.
    const longer = (at: number): boolean =>
      LONGER_AFTER.test(text.slice(at + name.length, at + name.length + 6));
    // A body's name opens on an English word or a people's ("Crime Stoppers", "Irish Nurses") or
    // holds a body's noun ("Board of Control"); "Tshepo Mokoena of Soweto said" is a person and a
    // place.
    if (
      !name.includes(' ') ||
      !(text.includes(` and ${name}`) || occurrences(text, name).some(longer)) ||
      !(isEnglishWord(first) || isDemonym(first) || name.split(' ').some(isOrgName)) ||
      isAnyGivenName(first) ||
      isTitle(first)
    )
      return null;
    const found = this.namesIn(paragraph).find(
      (e) =>
        orgish(e) &&
        ((e.name.startsWith(name) && LONGER_AFTER.test(e.name.slice(name.length))) ||
          (e.name.endsWith(` and ${name}`) && e.name.includes(', '))) &&
        reportsAfter(text, e.name),
    );
    // Asked last: it reads the whole article.
    return found && !this.personEvidence(name) ? found.name : null;
  }

  /**
   * "a Hanul spokesman" after "Hanul Heavy Industries said": the organisation near `paragraph`
   * whose name this one opens, unless this one names a body itself ("Apple", or "Tesla said", not
   * "Apple Vision Pro") or the article shows it to be a person's ("a Trump spokesman" is no voice
   * of the Trump Organization); or null.
   */
  bodyStartingWith(
    name: string,
    paragraph: number,
    fits: (body: string) => boolean = () => true,
  ): string | null {
    if (this.personEvidence(name) || !/\p{Ll}/u.test(name) || isOrgName(name)) return null;
    // "Carmaker Rheinwerk Automobil AG will cut…": a common noun opening its sentence before it.
    const own = (e: Entity): string => {
      const at = e.name.indexOf(` ${name} `);
      const noun = at > 0 ? e.name.slice(0, at) : '';
      return !noun.includes(' ') && isCommonNoun(noun) ? e.name.slice(at + 1) : e.name;
    };
    const found = this.findNear(
      paragraph,
      (p) => (this.paragraphs[p] ?? '').includes(`${name} `),
      (e) => {
        const body = own(e);
        return body.startsWith(`${name} `) && orgish(e) && BODY_NAME.test(body) && fits(body);
      },
    );
    if (!found) return null;
    // Asked only once a longer name is found: most short names have none. "A spokesperson for Air
    // Canada said" counts too: the short name is the body's own there, whatever longer one the
    // article names ("the Air Canada Pilots Association").
    const speaks = new RegExp(`${escapeRegExp(name)},? (?:said|says|told)\\b`);
    return this.paragraphs.some((text) => text.includes(name) && speaks.test(text))
      ? null
      : own(found);
  }

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
        const org = withoutPlaceOwner(beforeAnd((m[2] ?? m[3] ?? '').trim()));
        const role = (m[1] ?? m[4] ?? '').toLowerCase();
        // "A Harbourline spokesperson" after "grocery chain Harbourline Foods": the body's name.
        last = `${this.expand(org) ?? this.bodyStartingWith(org, p) ?? org} ${role}`;
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
   * Whether the paragraphs after `from` up to `to` name a source other than the body `name`, in
   * their words outside quotation marks: another organisation ("the Continence Foundation, which
   * said…") or a document ("A survey by…", "also issued a statement"). A later "it" or "the
   * statement" may be theirs.
   */
  namesOtherSource(from: number, to: number, name: string): boolean {
    for (let p = from + 1; p <= to; p++) {
      const own = (this.paragraphs[p] ?? '').replace(DOUBLE_QUOTED, ' ');
      // The paragraph of "the statement said" writes its own noun.
      if (p < to && SOURCE_NOUNS.test(own)) return true;
      const other = this.namesIn(p).some(
        (e) =>
          kind(e) === 'organisation' &&
          e.name !== name &&
          !name.includes(e.name) &&
          !e.name.includes(name) &&
          own.includes(e.name) &&
          // Not a plural opening a sentence ("Restaurants have been told…").
          (e.name.includes(' ') || !isEnglishWord(e.name.toLowerCase())),
      );
      if (other) return true;
    }
    return false;
  }

  /**
   * Whether a sentence after the paragraph's last `name` opens on a document ("The report, which
   * runs to 300 pages, recommends…"), outside quotation marks; not "X said in a statement".
   */
  sourceAfter(name: string, paragraph: number): boolean {
    const own = (this.paragraphs[paragraph] ?? '').replace(DOUBLE_QUOTED, ' ');
    const at = own.lastIndexOf(name);
    return at >= 0 && DOCUMENT_OPENS.test(own.slice(at + name.length));
  }

  /** Whether a paragraph after `from` and before `to` reports speech outside quotation marks. */
  reportsBetween(from: number, to: number): boolean {
    for (let p = from + 1; p < to; p++) {
      const own = (this.paragraphs[p] ?? '').replace(DOUBLE_QUOTED, ' ');
      if (REPORTED.test(own)) return true;
    }
    return false;
  }

  /**
   * "Social Development Canada", read as a name up to an "and", is the end of the name the article
   * spelled out before an acronym: "Employment and Social Development Canada (ESDC)".
   */
  protected fullName(name: string): string {
    return remembered(this.fullNames, name, (n) => this.readFullName(n));
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
}

/** Typed a person, or a full name nothing types otherwise ("Mark Dunleavy"). */
export const mayBePerson = (e: Entity): boolean =>
  kind(e) === 'person' ||
  // "The 34-year-old told The Sun": a name opening on "The" is a paper, a band, a place.
  // "In an interview with Vanity Fair": an outlet.
  (kind(e) === 'unknown' &&
    !e.business &&
    !e.outlet &&
    e.name.includes(' ') &&
    !e.name.startsWith('The '));

/**
 * Three to six capitalised words, with up to two words between any two that open on no capital
 * ("of the", "&"), each capital captured: what initialled's names may be, for spelledNear.
 */
const SPELLED = [3, 4, 5, 6].map(
  (n) =>
    new RegExp(
      `(\\p{Lu})\\S*${'(?:\\s+(?:[^\\s\\p{Lu}]\\S*\\s+){0,2}(\\p{Lu})\\S*)'.repeat(n - 1)}`,
      'uy',
    ),
);

/** The first letters of a name's capitalised words: "CMHC" of "Canada Mortgage and Housing Corporation". */
export const initialsOf = (name: string): string =>
  name
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');

/** "Toronto police", "State police": a place's police, in lowercase (not "The police"). */
const PLACE_POLICE = /\b(?!(?:The|A|An)\b)(\p{Lu}[\p{L}.'’-]*) police\b/gu;

/**
 * A police force's own name, by its last words ("… Police Service", "… Constabulary"): not its
 * union's, board's or watchdog's ("Toronto Police Association", "Ottawa Police Services Board",
 * "Military Police Complaints Commission").
 */
export const POLICE_FORCE = /\s(?:Police(?: Service| Services| Department| Force)?|Constabulary)$/;

/**
 * A body's name up to an "and" unless what follows it ends on a body's word ("Trinidad and Tobago
 * Police Service"): not "Saskatchewan Health and Premier Scott Moe", "Manchester City and Erling
 * Haaland", "Chelsea and England defender Reece James".
 */
function beforeAnd(name: string): string {
  const at = name.indexOf(' and ');
  if (at < 0) return name;
  // "the Federal Ministry for Digital and Transport": a ministry's portfolios joined; not "the
  // Department of Justice and Attorney General Pam Bondi".
  const rest = name.slice(at + 5).split(' ');
  if (
    /(?:^|\s)(?:Ministry|Department) (?:of|for) /.test(name.slice(0, at)) &&
    !rest.some((w) => isTitle(w) || isFirstName(w))
  )
    return name;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return isOrgName(last) ? name : name.slice(0, at);
}

/**
 * A body's name without the place's possessive before it ("Nunavut's Department of Community
 * and Government Services"); not a name's own ("Queen's University", "Women's Aid").
 */
function withoutPlaceOwner(name: string): string {
  const owner = /^(\p{Lu}[\p{L}-]*)['’]s\s+(?=\p{Lu})/u.exec(name);
  return owner && lexiconType(owner[1]!) === 'place' ? name.slice(owner[0].length) : name;
}
