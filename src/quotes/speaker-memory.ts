/** What attribution remembers while reading an article: who spoke last, and where (speaker memory). */
import { wordTable } from '../text/word-table.js';
import { lessers, type ArticleEntities } from './entities.js';
import { initialsOf } from './bodies.js';
import { genderOnlyFromList, newPerson, type ArticlePeople, type Person } from './people.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { introducedBy } from './interview-introductions.js';
import { splitSentences } from '../text/sentences.js';
import {
  fold,
  isGivenNameOfAnyKind,
  isEnglishWord,
  isFirstName,
  isOrgName,
  isTitle,
  POSSESSIVE_NAME_WORD,
  stripTitles,
  undotted,
  PATRONYMICS,
} from '../text/names.js';
import {
  AUTHORED_DOCUMENTS,
  DOCUMENT_PARTICIPLES,
  DOCUMENTS,
  describedGender,
  KEEPERS,
  KIN_NOUNS,
  NOT_NAME,
  ORG_NOUNS,
  PAST_STATUS_WORDS,
  POSITIONS,
  PREPOSITIONS,
  ROLES,
  SENT_DOCUMENTS,
  SPOKESPEOPLE,
  STATUS,
  STORY_QUALIFIER,
} from './lexicon.js';
import { isActorNoun, isDemonym, isPlainWord, lexiconType } from './lexicon-types.js';
import { bareSpokesperson, referent, type Referent } from './references.js';
import { isSpeechNoun } from './attribution.js';
import {
  cleanName,
  isOfficeTitle,
  isPair,
  isPersonNoun,
  isPluralRole,
  isRoleNoun,
  PAIR_JOIN,
  type Subject,
} from './subject.js';

const ABBREVIATED = wordTable<string>({
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  pres: 'president',
  gen: 'general',
  sec: 'secretary',
  coun: 'councillor',
  cllr: 'councillor',
  cr: 'councillor',
  sgt: 'sergeant',
  cpl: 'corporal',
  det: 'detective',
  insp: 'inspector',
  supt: 'superintendent',
  capt: 'captain',
});

/** Lowercase role words of mentions and descriptions: "Vermont Sen. X" → vermont, senator, x. */
function roleWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    // "Vice President Joe Biden" is no president: the modifier stays on the role.
    const joined = text.toLowerCase().replace(/\b(vice|deputy|assistant|lieutenant)\s+/g, '$1-');
    for (const w of joined.split(/[\s,]+/)) {
      const word = w.replace(/\.$/, '');
      if (word) words.add(ABBREVIATED[word] ?? word);
    }
  }
  return words;
}

/**
 * "the Town boss", "the Rovers boss": "the", capitalised words, a noun in -ss (read as a name
 * before such nouns were read as descriptions). A lowercase "the" only: at a sentence start
 * ("The Grandad’s Bar boss said") the description was never read as a name.
 */
const OWNED_ROLE = /^the ((?:\p{Lu}[\p{L}'’]*\s){1,3})(\p{Ll}+ss)$/u;

/** "the lawmaker", "the legislator": whoever holds a seat in a legislature (SEATS). */
const LAWMAKER = /^(?:lawmaker|legislator|parliamentarian)$/;
/** Seats' titles as roleWords gives them ("Sen." is senator there already). */
const SEATS = new Set(
  (
    'senator congressman congresswoman congressmember representative assemblyman assemblywoman ' +
    'assemblymember mp mpp mla mna msp td mep legislator lawmaker parliamentarian'
  ).split(' '),
);

/** A quotation's source as resolved in this article. */
export interface Source {
  person: Person | null;
  /** As written at the attribution ("he", "Mr. Song", "a spokesman for the campaign"). */
  mention: string | null;
  descriptor?: string;
}

export class SpeakerState {
  /** Named people who spoke or were reported as speaking, most recent first. */
  private recent: Person[] = [];
  /** The source of the last quotation and the paragraph it was in. */
  last: { source: Source; paragraph: number; reported?: boolean; asked?: boolean } | null = null;
  /** Sentences read so far, the current one included: how far back `noteBody` was. */
  sentences = 0;
  /** The body that last spoke or was reported as saying something, and in which sentence. */
  private body: { person: Person; sentence: number } | null = null;
  /** The body the latest sentence without a reported speaker opened on (extract.ts `openingBody`). */
  private acted: { person: Person; sentence: number } | null = null;

  /** Notes the body the current sentence opened on, if it reported no one speaking. */
  noteActed(person: Person | null): void {
    this.acted = person ? { person, sentence: this.sentences } : null;
  }

  /** Notes who spoke or was reported speaking in the current sentence, if a body: a later "it". */
  noteBody(person: Person | null): void {
    if (person && this.isBody(person)) this.body = { person, sentence: this.sentences };
  }

  /** Whether a person is a body, by the name's words or the article's evidence. */
  isBody(person: Person): boolean {
    return person.org || this.entities.isOrganisation(person.name);
  }
  /**
   * Who last sent a document the article names ("In a statement, X said", "a report released by
   * X"), where, and the document's noun when known.
   */
  document: {
    source: Source;
    paragraph: number;
    noun?: string;
    /** Other documents its sentence names ("called the federal letter “insulting”"). */
    others?: readonly string[];
  } | null = null;

  /**
   * "…according to a report released by X. ¶ The report, based on data from 212 sites, found…": a
   * sentence opening on the document's noun keeps it the one a later "the report states" means.
   */
  documentGoesOn(tokens: readonly { text: string }[], paragraph: number): void {
    const document = this.document;
    if (!document?.noun) return;
    // "In 2013, however, a study of mitochondrial DNA by a team…": another of its kind, whose
    // author is not read, is no longer the one noted (not "has not issued a statement").
    const another = tokens.some(
      (t, i) =>
        /^(?:a|an|A|An|another|Another)$/.test(t.text) &&
        tokens
          .slice(i + 1, i + 4)
          .some((u, j) => u.text === document.noun && isNewDocument(tokens[i + j + 2]?.text ?? '')),
    );
    if (another) this.document = null;
    else if (/^(?:The|the)$/.test(tokens[0]?.text ?? '') && tokens[1]?.text === document.noun)
      document.paragraph = paragraph;
  }

  /** A clause ending in a colon ("Caddell continued:") waiting for the next paragraph's quotation. */
  pending: Source | null = null;
  /**
   * The named subject of the last sentence read, when it had no quotation; `closes`: it ended its
   * paragraph; `says`: its first reporting verb is one of saying ("said", "told") or of a stand
   * its subject took ("has rejected calls"; not "was later charged"); `absent`: it says its
   * subject died or could not be reached ("Burke died at the scene").
   */
  subject: {
    source: Source;
    paragraph: number;
    sentence: number;
    closes: boolean;
    says: boolean;
    absent: boolean;
  } | null = null;
  /** The previous paragraph ended inside a quotation, with this source. */
  runOn: Source | null = null;
  /** The previous paragraph was only a question, as an interview's are ("What made you leave?"). */
  afterQuestion = false;
  /**
   * The paragraph that ended on a colon announcing whose words follow, with no speaker found ("The
   * edited footage shows an officer shouting:"): the quotation after it is no more of the speaker
   * before.
   */
  announcedIn = -1;
  /** The paragraph opens on a question its quotation answers, in an interview laid out so. */
  askedInline = false;
  /** Who answered the interview's latest question: whom its next bare answer is from. */
  interviewee: Person | null = null;
  /** The person an interview's introduction last said was asked (`introducedBy`). */
  private asked: Person | null = null;
  /** The paragraph is an interviewer's ("Q: You’ve said…"): its "you" is the person interviewed. */
  asking = false;
  /**
   * The article lays an interview out by topic, two paragraphs or more opening on "On …:" before a
   * quotation: such a label is no attribution, however long; the answer is the interviewee's.
   */
  byTopic = false;
  /**
   * The paragraph where a sentence opened on a source the article will not name ("a senior
   * official, who asked not to be named,"), until someone is named after it: its "he" or "she".
   */
  unnamed: { paragraph: number; gender: 'm' | 'f' | null } | null = null;
  /** The paragraph being read, for pronouns that look back a few paragraphs. */
  private paragraph = 0;

  constructor(
    private readonly people: ArticlePeople,
    private readonly entities: ArticleEntities,
  ) {}

  /**
   * Whom a sentence's "he" or "she" most likely means, without teaching the person a gender (a
   * sentence with no quotation says less about its pronoun than a reporting clause does): only
   * the latest speaker, or anyone before someone has spoken. "He had lived there since 1965" of
   * a man who died carries no quotation past the neighbour quoted before it.
   */
  pronounSubject(pronoun: string, paragraph: number): Source | null {
    this.paragraph = paragraph;
    const person = this.byPronoun(pronoun, false);
    const speaks = this.recent.length === 0 || this.recent[0] === person;
    if (!person || !speaks) return null;
    // "Long before she had a lab, X had a kitchen. ¶ At nine, she was growing mold… ¶ she says":
    // a story told of one person by "she" keeps them in view from paragraph to paragraph.
    this.told = { person, paragraph };
    return { person, mention: pronoun };
  }

  /**
   * Whom a description means by what the article said of someone ("the engineer" after "Wei Zhang,
   * a retired civil engineer"), not by a guess from roles alone; null when it said nothing so.
   */
  described(mention: string, paragraph: number): Person | null {
    const found = referent(mention, paragraph, this.entities);
    if (!found || found.org) return null;
    // "Zhang" is the Wei Zhang the article named in full.
    const name: Subject = { kind: 'name', mention: found.name, name: found.name };
    return this.people.resolve(name, paragraph);
  }

  /** Whether the article writes this lowercase word in the paragraphs before `paragraph`, or twice in it. */
  writtenBefore(word: string, paragraph: number): boolean {
    return this.entities.writtenBefore(word, paragraph);
  }

  /**
   * A capitalised word after "the" or "the elder" that the article gives as a description, not a
   * name: "the Crown" (the Crown attorney named), "the younger Pike" (the son introduced beside
   * that surname; "the elder", the parent), "the Olympian" (whom a description called so: a noun
   * for a person by its ending, "Olympian", "Irishman", "Queenslander", not "Vatican", "Taliban";
   * not a party in the plural, "the Conservatives", nor a body, "the Senate"). Null otherwise.
   */
  private describedName(subject: Subject, name: string, paragraph: number): Source | null {
    if (name === 'Crown' && subject.descriptor === 'the') {
      const prosecutor = this.resolve({ kind: 'nominal', mention: 'the prosecutor' }, paragraph);
      if (prosecutor.person) return { ...prosecutor, mention: 'the Crown' };
    }
    const generation = /^the (younger|elder|older)$/.exec(subject.descriptor ?? '')?.[1];
    const kin =
      generation && !name.includes(' ')
        ? this.entities.kinOf(name, generation === 'younger', paragraph)
        : null;
    if (kin) {
      const found = this.people.resolve({ kind: 'name', mention: kin, name: kin }, paragraph);
      return { person: found, mention: subject.mention };
    }
    if (
      !describedThe(subject) ||
      !(PERSON_NOUN.test(name) || ALL_STAR.test(name)) ||
      isOrgName(name) ||
      this.people.knows(name)
    )
      return null;
    const given = this.entities.describedAs(name.toLowerCase(), paragraph, undefined, true);
    if (!given) return null;
    const described = withoutNoun(given, name);
    const found = this.people.resolve(
      { kind: 'name', mention: described, name: described },
      paragraph,
    );
    return { person: found, mention: `the ${subject.mention}` };
  }

  /**
   * "the Hartwigs", "the Joneses": a surname in the plural stands for the two people the article
   * named in full with it so far, when exactly two were; not a word the article also names
   * someone by, nor a team ("the Wallabies" names no two people).
   */
  private namedFamily(name: string, paragraph: number): Person | null {
    if (name.includes(' ') || !/\p{Ll}s$/u.test(name) || this.people.knows(name)) return null;
    for (const surname of [name.slice(0, -1), name.replace(/es$/, '')]) {
      const sharers = this.people.sharingSurname(surname, paragraph + 1);
      if (sharers.length !== 2) continue;
      // In the order the article first wrote them ("Rob and Jenny Hartwig").
      const [a, b] = sharers as [Person, Person];
      // A family: the two named together or one as the other's kin, not two players a team
      // signed ("The Browns release Tony Brown, sign Marcus Brown… the Browns said").
      if (!this.namedAsFamily(a, b, paragraph)) return null;
      const ordered = this.people.writtenBefore(a, b) ? [a, b] : [b, a];
      return this.standIn(ordered.map((p) => p.name).join(PAIR_JOIN), false, paragraph);
    }
    return null;
  }

  /**
   * "Ramon and Delia Fuentes… “…,” Delia Fuentes says. ¶ “…,” her husband says": the other of the
   * couple whose member spoke last (named together under their surname), when no one was given
   * the noun; a man for "her husband", a woman for "his wife", not one shown to be otherwise.
   */
  private spouseOfLast(mention: string, paragraph: number): Person | null {
    const m = /^(her|his) (husband|wife|partner|spouse)$/i.exec(mention);
    const last = this.last;
    const spoke = last && last.paragraph >= paragraph - 1 ? last.source.person : null;
    if (!m || !spoke || spoke.org || isPair(spoke.name) || spoke.tokens.length < 2) return null;
    const owner = m[1]!.toLowerCase() === 'her' ? 'f' : 'm';
    if (spoke.gender && spoke.gender !== owner) return null;
    const couple = this.people.sharingSurname(spoke.tokens.at(-1)!, paragraph + 1);
    const other = couple.length === 2 ? couple.find((p) => p !== spoke) : undefined;
    if (!other || !couple.includes(spoke) || other.gender === owner) return null;
    // Not after someone else named here, whose husband it may be ("Two doors down, Ann Pike’s car
    // was crushed. “…,” her husband says").
    if (this.people.namesSomeoneIn(paragraph, { fits: (p) => p !== spoke && p !== other }))
      return null;
    return this.namedAsFamily(spoke, other, paragraph, SPOUSE_NOUNS) ? other : null;
  }

  /**
   * Whether the article names two people sharing a surname together ("Rob and Jenny Hartwig",
   * "Rob Hartwig and Jenny Hartwig") or one as kin ("his wife, Jenny": `nouns`, any kin's by
   * default), up to `paragraph`.
   */
  private namedAsFamily(a: Person, b: Person, paragraph: number, nouns = KIN_WORDS): boolean {
    const [ga, gb] = [a, b].map((p) => escapeRegExp(p.name.split(' ')[0]!));
    const together = new RegExp(
      String.raw`\b(?:${ga}(?: \p{Lu}[\p{L}’'-]+)? and ${gb}|${gb}(?: \p{Lu}[\p{L}’'-]+)? and ${ga})\b|\b(?:his|her)\s+(?:\p{Ll}+\s+)?(?:${nouns}),?\s+(?:${ga}|${gb})\b`,
      'u',
    );
    for (let p = 0; p <= paragraph; p++) {
      if (together.test(this.entities.paragraphText(p))) return true;
    }
    return false;
  }

  /**
   * The pair a paragraph's "the couple" or "the sisters" means (byPronoun): two people under one
   * surname, one of them named after a noun of that kinship ("His wife, Mere Parata", "his younger
   * brother Kofi", "Sisters Lorna Chan and Grace Chan"); not two who only share it ("captain Lewis
   * Okafor, who is no relation to the home manager").
   */
  private kinPair(paragraph: number): [Person, Person] | null {
    const text = this.entities.paragraphText(paragraph);
    const noun = PLURAL_KIN.exec(text)?.[1];
    // "The couple, who have not been named": not two the article named.
    if (!noun || /\b(?:not been|cannot be|could not be|can't be) (?:named|identified)\b/.test(text))
      return null;
    const nouns = noun === 'couple' ? SPOUSE_NOUNS : SIBLING_NOUNS;
    const paragraphs = Array.from({ length: paragraph + 1 }, (_, p) =>
      this.entities.paragraphText(p),
    );
    const introduced = (person: Person): boolean => {
      const given = escapeRegExp(person.name.split(' ')[0]!);
      const after = new RegExp(`\\b(?:${nouns}),?\\s+(?:\\p{Ll}+\\s+)?${given}\\b`, 'u');
      return paragraphs.some((text) => after.test(text));
    };
    return this.people.latestSurnamePair(paragraph, KIN_PAIR_LOOKBACK, (pair) =>
      pair.some(introduced),
    );
  }

  /** The person the latest sentence opening on "he" or "she" was about, and where (pronounSubject). */
  private told: { person: Person; paragraph: number } | null = null;

  /**
   * Set while resolving a quotation's "he" or "she" that opens its sentence ("He called…"),
   * follows a quotation opening it ("“…,” he says.") or opens a clause after a dash: the words of
   * the sentence or clause it goes on from, and of its own sentence after it (extract.ts
   * `goesOnFrom`).
   */
  goesOn: {
    before: readonly string[];
    after: readonly string[];
    /** Whether the quotation opens the pronoun's sentence ("“…,” he says"). */
    opens: boolean;
  } | null = null;

  /**
   * "That might sound strange to anyone listening to FBI Director James Comey’s statement. He
   * called it…", "Footage of Al-Awlaki appears. “…,” he says.", "For that she drew Trump’s ire -
   * he called her “weak”": a "he" or "she" going on from the sentence (or clause) before it means
   * the one person of its gender that sentence gave as a source or actor (`actsIn`: whom it opens
   * on, the owner of words or a reaction, whom footage or words are of), though they never spoke;
   * not a speaker of earlier paragraphs this one never names. Never someone the pronoun's own
   * sentence names after it ("He calls Christie’s endorsement…" is not Christie's); nor anyone
   * when a speaker of its gender spoke in this paragraph, or when the sentence before named
   * someone whose gender nothing shows or two people under one surname. Not whom it names
   * otherwise ("Amid Donald Trump’s tariff threats, the mood was grim. “…,” he said.", "Among his
   * questions was whether Premier Scott Moe had been briefed. “…,” he said.").
   */
  private goneOnFrom(
    gender: 'm' | 'f',
    single: (p: Person) => boolean,
    quote: string,
  ): Person | null {
    const goesOn = this.goesOn;
    if (!goesOn) return null;
    // "He watched Donald Trump’s address from the back of the chamber. He called it “…”": a
    // sentence before on the same pronoun goes on with the same person.
    const opener = OPENING_LINK.test(goesOn.before[0] ?? '') ? 1 : 0;
    if (goesOn.before[opener] === (gender === 'm' ? 'He' : 'She')) return null;
    // "“You can hear the panic in his voice,” he said": few speak of themselves so.
    if ((gender === 'm' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i).test(quote)) return null;
    const last = this.last;
    const spoke = last?.paragraph === this.paragraph ? last.source.person : null;
    if (last?.paragraph === this.paragraph && spoke?.gender !== (gender === 'm' ? 'f' : 'm'))
      return null;
    const inWords = (person: Person, words: readonly string[]): boolean =>
      words.some((w) => writesName(w, surnameOf(person)));
    const speaker = this.recent.find((p) => (!p.gender || p.gender === gender) && single(p));
    if (speaker?.seen.includes(this.paragraph) && !inWords(speaker, goesOn.after)) return null;
    // Anyone named in full so far, by the surname the sentence writes ("Al-Awlaki" for the Anwar
    // al-Awlaki named paragraphs before).
    const named = this.people
      .namedBefore(this.paragraph + 1)
      .filter((p) => !this.entities.cannotSpeak(p.name) && inWords(p, goesOn.before));
    const surnames = new Set(named.map((p) => fold(surnameOf(p))));
    if (surnames.size < named.length || named.some((p) => !p.gender || !single(p))) return null;
    const fits = named.filter(
      (p) =>
        p.gender === gender &&
        !inWords(p, goesOn.after) &&
        actsIn(goesOn.before, surnameOf(p), goesOn.opens),
    );
    return fits.length === 1 ? fits[0]! : null;
  }

  /**
   * "Reed did not sound confident when Park asked whether they would hold the House. ¶ “…,” he
   * said": the one asked answers, not the one asking. After a sentence whose clause opening on
   * "when", "after" or "as" has someone ask, the one person of the pronoun's gender its main
   * clause names, when it names them in full or by a surname the article gave in full. A
   * quotation that asks a question is the asker's again ("“Will you answer the question?” he
   * asked").
   */
  private askedBefore(
    gender: 'm' | 'f',
    single: (p: Person) => boolean,
    quote: string,
  ): Person | null {
    if (/\?\P{L}*$/u.test(quote)) return null;
    const words = this.sentenceBefore();
    const ask = words?.findIndex((w) => ASKING.test(w)) ?? -1;
    if (!words || ask < 2) return null;
    // The asker's name between the clause's link and its verb: "when Park asked", "as Jake
    // Tapper pressed".
    let link = ask - 1;
    const named = (w: string): boolean => /^\p{Lu}/u.test(w) && !ASKING_LINK.test(w);
    while (link >= 0 && link >= ask - 3 && named(words[link]!)) link--;
    if (link === ask - 1 || !ASKING_LINK.test(words[link] ?? '')) return null;
    const asker = words.slice(link + 1, ask);
    // The main clause: before the link, or after the comma that ends a clause opening on it.
    const comma = words.indexOf(',', ask);
    const main = link > 0 ? words.slice(0, link) : comma > 0 ? words.slice(comma + 1) : [];
    const inWords = (person: Person, ws: readonly string[]): boolean =>
      ws.some((w) => writesName(w, surnameOf(person)));
    const fits = this.people
      .namedBefore(this.paragraph + 1)
      .filter(
        (p) =>
          p.gender === gender &&
          single(p) &&
          inWords(p, main) &&
          !inWords(p, asker) &&
          !this.entities.cannotSpeak(p.name),
      );
    return fits.length === 1 ? fits[0]! : null;
  }

  /**
   * The words and commas of the sentence a pronoun's quotation goes on from: the one before it in
   * its paragraph (goesOn), or the last of the paragraph before for a quotation opening its own.
   */
  private sentenceBefore(): string[] | null {
    const split = (text: string): string[] => text.match(/[\p{L}\p{N}’'.-]+|,/gu) ?? [];
    const goesOn = this.goesOn;
    if (goesOn) {
      const text = this.entities.paragraphText(this.paragraph);
      const sentence = splitSentences(text).find((x) =>
        goesOn.before.every((w) => x.text.includes(w)),
      );
      return sentence ? split(sentence.text) : null;
    }
    if (this.paragraph === 0 || !/^\s*[“"]/.test(this.entities.paragraphText(this.paragraph)))
      return null;
    const last = splitSentences(this.entities.paragraphText(this.paragraph - 1)).at(-1);
    return last ? split(last.text) : null;
  }

  /**
   * Whom "the Romanian" means when the article gave no one that nationality (spokeHere); not a
   * people ("the French", "the Dutch": an adjective for a people, not one of them), nor after the
   * article wrote the nationality for someone else ("one Croatian volunteer").
   */
  private nationalHere(name: string, paragraph: number): Person | null {
    if (PEOPLES.has(name) || this.entities.writesKinBefore(name.toLowerCase(), paragraph))
      return null;
    return this.spokeHere(paragraph);
  }

  /**
   * "Marinescu, who was playing her third match in as many days, said her legs had “nothing left”.
   * “…,” the Romanian said.": the person named in full whose words this paragraph just gave.
   */
  private spokeHere(paragraph: number): Person | null {
    const last = this.last;
    const person = last?.paragraph === paragraph ? last.source.person : null;
    if (!person || person.org || !person.name.includes(' ') || isPair(person.name)) return null;
    // Only the one person the paragraph names: "Baker… said the relief was “massive”. Villalba was
    // less effusive. “…,” the Argentine said." may be either.
    return this.people.seenIn(paragraph).every((p) => p === person) ? person : null;
  }

  /** Resolves a subject to a source; pronouns take the last named speaker of a fitting kind. */
  resolve(subject: Subject, paragraph: number): Source {
    const { person, mention, descriptor } = this.readSource(subject, paragraph);
    // One shape for every source, whichever reading made it: code asking sources stays optimised
    // (sources of several shapes made V8 recompile noteReported and its like again and again).
    return { person, mention, descriptor };
  }

  /** resolve's reading, whose sources come in several shapes. */
  private readSource(subject: Subject, paragraph: number): Source {
    if (subject.kind === 'name') {
      const name = subject.name ?? subject.mention;
      // "Sanders's said he would stay in": a person the article names, and "has", not a firm.
      const stem = subject.org && POSSESSIVE_NAME_WORD.test(name) ? name.slice(0, -2) : null;
      if (stem && this.people.knows(stem))
        return this.resolve({ kind: 'name', mention: subject.mention, name: stem }, paragraph);
      // "the Hartwigs said": the two people the article named with that surname ("Rob and Jenny
      // Hartwig"), not a person named "Hartwigs".
      const family = subject.descriptor === 'the' ? this.namedFamily(name, paragraph) : null;
      if (family) return { person: family, mention: subject.mention };
      // "her Honour said": the judge or magistrate the article named ("Justice Helen Varga").
      // Not someone the article names so ("Honor Blake, 12, the victim's sister").
      if ((name === 'Honour' || name === 'Honor') && !this.people.knows(name)) {
        for (const bench of ['the judge', 'the magistrate']) {
          const judge = this.resolve({ kind: 'nominal', mention: bench }, paragraph);
          if (judge.person) return { ...judge, mention: subject.mention };
        }
      }
      // "the First Nation said": the nation the article named ("Wolf Lake Anishinaabe Nation"),
      // not the place a lede wrote before the words ("A northwestern Ontario First Nation").
      const nation =
        subject.descriptor === 'the' && name === 'First Nation'
          ? this.entities.nationNear(paragraph)
          : null;
      if (nation)
        return { person: this.standIn(nation, true, paragraph), mention: subject.mention };
      // "the Coalition said", "the Department said": an organisation's noun capitalised as its
      // own name stands for the body the article named with it, as "the coalition" does
      // ("International Coalition for Safe Cookstoves"), when one is and holds the noun.
      const noun = name.toLowerCase();
      if (subject.descriptor === 'the' && ORG_NOUNS.has(noun)) {
        const body = this.resolve({ kind: 'nominal', mention: `the ${noun}` }, paragraph);
        const words = body.person?.org ? body.person.name.toLowerCase().split(/\s+/) : [];
        if (words.includes(noun)) return { ...body, mention: subject.mention };
      }
      // "IRCC said": the organisation the article spelled out with that acronym.
      // "the Irish Nurses and Midwives Organisation (INMO), which said": read as "Irish Nurses",
      // named "Nurses".
      const full =
        this.entities.writtenOn(subject.mention, paragraph) ??
        // Not a name a title opened ("Sen. Hope Brown of Ohio said": a senator and his state).
        (name === subject.mention || isTitle(subject.mention.split(' ')[0]!)
          ? null
          : this.entities.writtenOn(name, paragraph)) ??
        this.entities.bodyInFull(name, paragraph);
      // "Interior Cabinet Secretary (CS) Wycliffe Ochieng… the CS said": an office's letters
      // stand for whoever holds it (not "the Office of the Auditor General (OAG)", a body).
      const office = full?.slice(full.lastIndexOf(' ') + 1).toLowerCase();
      if (
        full &&
        office !== full.toLowerCase() &&
        (isTitle(office!) || isRoleNoun(office)) &&
        !/\s(?:of|for)\s/.test(full) &&
        !isOrgName(full)
      ) {
        const holder = this.resolve(
          { kind: 'nominal', mention: `the ${full.toLowerCase()}` },
          paragraph,
        );
        return { ...holder, mention: subject.mention };
      }
      if (full) return { person: this.standIn(full, true, paragraph), mention: subject.mention };
      // "the IGP told a press conference": the person the article titled with those initials.
      const holder = this.entities.officeHolder(name, paragraph);
      if (holder) {
        const person = this.people.resolve(
          { kind: 'name', mention: holder, name: holder },
          paragraph,
        );
        return { person, mention: subject.mention };
      }
      // Only a word after "the" is asked: most names are none.
      const local =
        subject.descriptor === 'the' &&
        isPlaceDemonym(name, (place) => this.entities.writes(place));
      // "the Scot said", "the German added": someone the article gave that nationality ("German
      // Chancellor Olaf Scholz"), else whom the article was last about (a speaker or a subject).
      if (
        subject.descriptor === 'the' &&
        (local || isNationality(name)) &&
        !this.people.knows(name)
      ) {
        // A nationality only compromise lists ("the American", "the Texan") is whom the article
        // gave it anywhere before ("Former Texas Gov. Rick Perry"), or no one: not whoever spoke
        // last, nor whom the quotation's paragraph opened on ("Roy said Spanish crews arrived…
        // the Spaniard said"); the others ("the Scot") are whom it gave it nearby, else the
        // latest speaker. So is someone of a city ("the Dubliner"): a guess by the article's
        // words is none.
        const only = local || isDemonymOnly(name);
        const described = this.entities.describedAs(
          name.toLowerCase(),
          paragraph,
          only ? paragraph : undefined,
        );
        // "Former Texas Gov. Rick Perry" is Rick Perry; "Olympian Mireille Fontaine" is Mireille Fontaine.
        const bare = described
          ? stripTitles(withoutNoun(described, name).split(' ')).join(' ')
          : null;
        const found = bare
          ? this.people.resolve({ kind: 'name', mention: bare, name: bare }, paragraph)
          : null;
        // Not whom the paragraph's quotation names ("“You drop a player like Aditya on 14,” the
        // Yorkshireman said" after Aditya Venkatesh spoke): the person named before it, then. A
        // pronoun may be anyone's ("“She played braver than me,” the Pole said").
        const guess = only
          ? this.nationalHere(name, paragraph)
          : ([this.recent[0], this.people.lastNamed(paragraph, { gender: 'any' })].find(
              (p) => p && !this.speaksOf(p, paragraph, false),
            ) ?? null);
        return { person: found ?? guess, mention: `the ${subject.mention}` };
      }
      const described = this.describedName(subject, name, paragraph);
      if (described) return described;
      // "the Republican said" with no Republican the article tagged ("Rep. X, R-Texas"): whom the
      // article was last about, as "the Scot" is; never a person named "Republican".
      if (subject.descriptor === 'the' && /^(?:Republican|Democrat)$/.test(name))
        return { person: this.recent[0] ?? null, mention: `the ${subject.mention}` };
      // "says the Orcadian" of no one the article called so: a description, no one's name.
      // Not a body's name of that form ("said the Guardian", "the Observer", "the Inquirer").
      if (
        describedThe(subject) &&
        PERSON_NOUN.test(name) &&
        !this.people.knows(name) &&
        !isOrgName(name)
      )
        return { person: null, mention: `the ${subject.mention}` };
      // Places, months and first-person words are never speakers ("Cambridge", "I’m").
      // "Cuban said" after "Mark Cuban": a word the article gives as part of a full name is a name.
      // "Residents said", "Officials warned": a role in the plural is a group nobody named.
      // "Someone called it…": a common word opening a sentence.
      if (
        !this.people.knows(name) &&
        (this.entities.cannotSpeak(name) || isPluralRole(name) || this.people.isWordNotName(name))
      ) {
        // "Speaking from her home in Woking, Surrey, the mother-of-two said": the place is where,
        // the description set off after it is who.
        const described = subject.descriptor;
        if (described && /^the\s/i.test(described) && lexiconType(name) === 'place')
          return this.resolve({ kind: 'nominal', mention: described }, paragraph);
        return { person: null, mention: subject.mention };
      }
      // "Everyone knows Alfred Mbeki as “Uncle Fred.” … Uncle Fred says": the name it gave him.
      // As written too: "Uncle Fred" is read as a title and a name.
      const written =
        subject.mention !== name ? this.entities.nicknamed(subject.mention, paragraph) : null;
      const known =
        (written !== name ? written : null) ??
        (this.people.knows(name) ? null : this.entities.nicknamed(name, paragraph));
      if (known)
        return this.resolve({ kind: 'name', mention: subject.mention, name: known }, paragraph);
      // "Ministry of Agriculture, Forestry and Fisheries" is one body, not two people; "Mental
      // Health and Addictions Minister Rachel Tenenbaum" one minister of two portfolios.
      if (isPair(name) && !subject.org) {
        const minister = portfolioHolder(subject.mention);
        if (minister) return this.resolve({ ...subject, name: minister }, paragraph);
        return { person: this.pair(name, paragraph), mention: subject.mention };
      }
      const person =
        this.bySharedSurname(this.sharers(name, subject.gender, paragraph), paragraph) ??
        this.people.resolve(subject, paragraph);
      const source: Source = { person, mention: subject.mention };
      const descriptor = withoutNameOpening(subject.descriptor ?? person.descriptor, person.name);
      if (descriptor) source.descriptor = descriptor;
      return source;
    }
    if (subject.kind === 'pronoun') {
      this.paragraph = paragraph;
      const person = subject.passive
        ? null
        : this.byPronoun(subject.name ?? '', true, subject.quote);
      const source: Source = { person, mention: subject.mention };
      if (person?.descriptor) source.descriptor = person.descriptor;
      return source;
    }
    // "“Q,” Israel said." after "Rep. Steve Israel": a place's name the article gives as someone's
    // surname is theirs.
    if (/^\p{Lu}\p{Ll}+$/u.test(subject.mention) && this.people.knows(subject.mention))
      return this.resolve(
        { kind: 'name', mention: subject.mention, name: subject.mention },
        paragraph,
      );
    // "the accused said" in a court report: the one person the article says pleaded, was charged,
    // sentenced or convicted ("Muhammad Amirul Hakim bin Haji Jaludin had earlier pleaded guilty").
    if (/^the (?:accused|defendant)$/i.test(subject.mention)) {
      const accused = this.accusedBy(paragraph);
      if (accused) return { person: accused, mention: subject.mention };
    }
    // "Bogdan Kowalczyk, 81, was testifying… ¶ “No,” the witness replied.": whom the article
    // last said testified.
    if (/^the witness$/i.test(subject.mention)) {
      const witness = this.witnessBy(paragraph);
      if (witness) return { person: witness, mention: subject.mention };
    }
    // "Linda’s husband said" after "Linda Hoffman and her husband, Gary Hoffman": the relative
    // "her husband" finds (the latest such, who may be another woman's: then no one), when the
    // article named the owner in full and shows their gender.
    const kin = OWNED_KIN.exec(subject.mention);
    if (kin && KIN_NOUNS.has(kin[2]!) && this.people.knows(kin[1]!)) {
      const owner = this.people.resolve(
        { kind: 'name', mention: kin[1]!, name: kin[1]! },
        paragraph,
      );
      const pronoun = owner.gender === 'f' ? 'her' : owner.gender === 'm' ? 'his' : null;
      const relative = pronoun
        ? this.resolve({ kind: 'nominal', mention: `${pronoun} ${kin[2]}` }, paragraph).person
        : null;
      // Their relative: the family's name ("Nunez’s husband" is not Gary Hoffman).
      if (relative && relative !== owner && surnameOf(relative) === surnameOf(owner))
        return { person: relative, mention: subject.mention };
    }
    // "the couple", "the pair": the people last named together; else, for "the couple" or "the
    // sisters", the two a kinship noun introduced under one surname (kinPair).
    const together = /^the (couple|pair|duo)$/i.test(subject.mention);
    if (together || PLURAL_KIN_MENTION.test(subject.mention)) {
      const group =
        this.entities.group(paragraph) ??
        (together ? this.withSpouse(paragraph) : null) ??
        this.kinPair(paragraph)
          ?.map((p) => p.name)
          .join(PAIR_JOIN);
      const person = group ? this.standIn(group, false, paragraph) : null;
      if (person || together) return { person, mention: subject.mention };
    }
    // "Ellie's parents, Mark and Julie Fenwick, said… ¶ “…,” the family said": a pair sharing a
    // surname; "Sofia Marchetti and James Whitlock… “…,” the researchers said": any pair. Else as
    // any other description.
    const plural = /^the (family|researchers|authors|scientists|founders|owners|parents)$/i.exec(
      subject.mention,
    )?.[1];
    if (plural) {
      const group = this.entities.group(paragraph);
      const names = group?.split(/\s+and\s+/) ?? [];
      const surname = (n: string): string | undefined => n.split(' ').at(-1);
      // A family by its kin: "Ellie's parents, Mark and Julie Fenwick", not "Her friends, Mark and
      // Julie Watson".
      const family =
        names.length === 2 &&
        surname(names[0]!) === surname(names[1]!) &&
        this.entities.setOffAsKin(names, paragraph);
      if (group && (plural.toLowerCase() !== 'family' || family))
        return { person: this.standIn(group, false, paragraph), mention: subject.mention };
    }
    // "In a statement, the company said it would appeal. “…,” the statement said.": its sender,
    // a paragraph between too ("The council has said the site was picked for its road access.").
    const document = this.document;
    const [article, noun] = subject.mention.toLowerCase().split(/\s+/);
    if (
      document &&
      (document.paragraph >= paragraph - 1 ||
        (document.paragraph === paragraph - 2 &&
          !this.entities.namesOtherSource(
            document.paragraph,
            paragraph,
            document.source.person?.name ?? '',
          ))) &&
      article === 'the' &&
      // The same document: not "In a statement, Premier Smith called the federal letter
      // “insulting.” ¶ “…,” the letter reads." (a statement's release is one).
      (document.noun ? sameDocument(document, noun ?? '') : SENT_DOCUMENTS.has(noun ?? ''))
    ) {
      // "The report, based on data from 212 sites, found… ¶ “…,” the report states.": still it.
      document.paragraph = paragraph;
      return { ...document.source, mention: subject.mention };
    }
    // "Grade 12 guard Maya Boudreau… said the Grade 12 student": the one person in that year.
    // One student: "the Grade 12 students" are several.
    const year = /^the ((?:Grade|Year) \d{1,2}) \p{Ll}+(?<!s)$/u.exec(subject.mention)?.[1];
    const pupil = year ? this.entities.inYear(year) : null;
    if (pupil) return { person: this.standIn(pupil, false, paragraph), mention: subject.mention };
    // Not an office's title read as a name ("the President called it…" finding "President").
    const referred = referent(subject.mention, paragraph, this.entities);
    // Nor a body by such words ("Prime Minister", from "the Prime Minister of Canada").
    // Nor the description itself, as the lede wrote it ("The Tánaiste has said…").
    const own = /^the \S+$/i.test(subject.mention) ? subject.mention.slice(4).toLowerCase() : null;
    const title = (r: { name: string; org: boolean }): boolean =>
      isTitle(r.name) ||
      (r.org && r.name.split(' ').every(isTitle)) ||
      r.name.toLowerCase() === own;
    const found = referred && title(referred) ? null : referred;
    // "the spokesman" is the organisation's voice the article gave last, not whoever had a role;
    // "A spokeswoman added" after "NHS Kent and Medway said…", the voice of the one that just spoke.
    // "“…,” a police spokesman said." after "the Calgary Police Service": the force's voice, as
    // "a Home Office spokesman" is the Home Office's (the one force near; none when two are).
    const police = /^a police (spokes(?:man|woman|person))$/i.exec(subject.mention)?.[1];
    const force = police && !found ? this.entities.policeForce(paragraph) : null;
    if (force)
      return {
        person: this.standIn(`${force} ${police}`, false, paragraph),
        mention: subject.mention,
      };
    const bare = bareSpokesperson(subject.mention);
    const voice =
      bare && bare !== 'representative'
        ? (this.wholeVoice(found, paragraph) ?? found ?? this.voiceOfLast(bare, paragraph))
        : null;
    const person =
      (voice && this.standIn(voice.name, voice.org, paragraph)) ??
      this.sender(subject.mention, paragraph) ??
      this.ownersDocument(subject.mention, paragraph) ??
      this.byRole(subject.mention) ??
      (found && this.referredPerson(found, paragraph)) ??
      (/^the\s/i.test(subject.mention) ? this.personIn(subject.mention, paragraph) : null) ??
      this.author(subject.mention, paragraph) ??
      this.namedNext(subject.mention, paragraph) ??
      this.storyPerson(subject.mention, paragraph) ??
      this.bodyThatSpoke(subject.mention, paragraph) ??
      this.spouseOfLast(subject.mention, paragraph) ??
      null;
    // "said the Rovers boss" with no boss of theirs named (a title holding "Rovers"): the name,
    // read as before ("Wexley Rovers"); not the Sainsbury's boss for "the Tesco boss".
    // A nationality owns no role: "the Norwegian princess" is whom the nominal reading found.
    const match = OWNED_ROLE.exec(subject.mention);
    const owner = match && !isNationality(match[1]!.trim()) ? match : null;
    const owners = owner?.[1]!.trim().toLowerCase().split(' ') ?? [];
    // "the Rotherfield boss" long after "Rotherfield United manager Gareth Pellow": the
    // article's whole text before, as a body's officer is found (bodysOfficer).
    const theirs = (p: Person): boolean => {
      const roles = roleWords([
        ...(p.roleTexts ?? []),
        ...this.entities.rolesOf(p.name, paragraph, paragraph),
      ]);
      return owners.every((w) => roles.has(w));
    };
    if (owner && isRoleNoun(owner[2]!) && !(person && theirs(person))) {
      const name = owner[1]!.trim();
      return this.resolve(
        { kind: 'name', mention: name, name, org: false, descriptor: 'the' },
        paragraph,
      );
    }
    const source: Source = { person, mention: subject.mention };
    if (person?.descriptor) source.descriptor = person.descriptor;
    return source;
  }

  /**
   * "A spokesperson for the Department of Health and Aged Care says… ¶ “…,” the spokesperson
   * says": the voice that just spoke, as it was read whole, where the words found the same body
   * cut short ("Department of Health spokesperson") or none; not another body's voice the words
   * found ("A Home Office spokesperson said… ¶ A spokesperson for the Treasury said…").
   */
  private wholeVoice(found: Referent | null, paragraph: number): Referent | null {
    const last = this.last;
    const spoke = last && last.paragraph >= paragraph - 1 ? last.source.person : null;
    if (!spoke || !isVoice(spoke.name) || (found && !isVoice(found.name))) return null;
    const body = (name: string): string => name.slice(0, name.lastIndexOf(' '));
    if (
      found &&
      (found.name === spoke.name || !body(spoke.name).startsWith(`${body(found.name)} `))
    )
      return null;
    return { name: spoke.name, org: false };
  }

  /**
   * "The RTA said parking would stay free… ¶ The authority also stressed that “…”": a body's noun
   * is the body that spoke in this paragraph or the one before, when its name holds the noun (the
   * Roads and Transport Authority, named far back) and the paragraph names no other before it.
   */
  private bodyThatSpoke(mention: string, paragraph: number): Person | null {
    const noun = /^the (\p{Ll}+)$/iu.exec(mention)?.[1]?.toLowerCase();
    const last = this.last;
    const body = last && last.paragraph >= paragraph - 1 ? last.source.person : null;
    if (!noun || !ORG_NOUNS.has(noun) || !body?.org) return null;
    const own = body.name.toLowerCase().split(/\s+/);
    if (!own.includes(noun)) return null;
    // Not when the paragraph names another body or place before it ("In Leeds, where 300 walked
    // out, the council said", "Kirklees, the neighbouring authority, was also hit. The council…").
    const text = this.entities.paragraphText(paragraph);
    const at = text.toLowerCase().indexOf(mention.toLowerCase());
    const before = text.slice(0, Math.max(0, at)).match(/\p{Lu}[\p{L}’'-]*/gu) ?? [];
    // Its own words and letters ("The NBE defended the measure… the bank said") are no other.
    const letters = initialsOf(body.name);
    const other = before.some(
      (w) => !NOT_NAME.has(w.toLowerCase()) && !own.includes(w.toLowerCase()) && w !== letters,
    );
    return other ? null : body;
  }

  /**
   * "“…,” the chief said. ¶ Police Chief Angela Whitfield said the officer…": a role no one had
   * before, given in the next paragraph to someone named in full there (delayed identification).
   */
  private namedNext(mention: string, paragraph: number): Person | null {
    const noun = /^the (\p{Ll}+)$/u.exec(mention)?.[1];
    // "“…,” says the woman who was first on the scene. ¶ Margaret Thorne, 67, had been walking…":
    // the lede's woman or man is whom the next paragraph names.
    // Only someone the paragraph opens on, not an officer quoted in it ("RCMP Cpl. Jennifer Ng said").
    const gender = paragraph === 0 && noun ? PLAIN_PERSON[noun] : undefined;
    if (gender) {
      const opener = this.entities.openingName(1);
      const person = opener
        ? this.people.resolve({ kind: 'name', mention: opener, name: opener }, 1)
        : null;
      return person && (!person.gender || person.gender === gender) ? person : null;
    }
    if (!noun || !isRoleNoun(noun)) return null;
    const name = this.entities.titledNext(noun, paragraph);
    return name ? this.people.resolve({ kind: 'name', mention: name, name }, paragraph + 1) : null;
  }

  /**
   * "Marcus Adeyemi scored 34 points… ¶ Adeyemi shot 13-for-20… ¶ “…,” the 23-year-old guard
   * said": a player's position no one was given, with what sports copy says of whom a story
   * follows (STORY_QUALIFIER), is the person the lede opened on, when the lede or a paragraph of
   * the two before the quotation's opened on them and no other person is named from the lede on.
   * Not when what is quoted there speaks of them ("I wish her well"), nor when a paragraph opens on
   * someone of theirs ("Okafor’s father…"), nor for someone given a trade ("goaltender Kyle
   * Ashdown" is no winger), nor a noun the article used for someone unnamed ("a rookie winger").
   */
  private storyPerson(mention: string, paragraph: number): Person | null {
    const words = mention.split(' ');
    const head = words[words.length - 1] ?? '';
    if (
      words[0] !== 'the' ||
      words.length < 3 ||
      words.length > 4 ||
      // A player's position: crime, crash and feature copy describe strangers by their trade
      // ("the veteran investigator", "the 45-year-old driver", "the longtime customer").
      !POSITIONS.has(head) ||
      !words.slice(1, -1).every((w) => STORY_QUALIFIER.test(w)) ||
      (this.unnamed && this.unnamed.paragraph >= paragraph - 1) ||
      this.entities.introducesUnnamed(head, paragraph)
    )
      return null;
    const subject = this.people.openedBy(0);
    if (!subject?.gender || this.entities.isNoPerson(subject.name)) return null;
    if (this.entities.isTeam(subject.name) || this.speaksOf(subject, paragraph)) return null;
    // Given no trade ("goaltender Kyle Ashdown" is no winger); whether "Mayor Priya Sandhu" is
    // "the Edmonton mayor" byRole has settled.
    const trades = [...roleWords(subject.roleTexts ?? [])].filter(
      (w) => isRoleNoun(w) && !subject.tokens.includes(w),
    );
    if (trades.length > 0) return null;
    // The lede, or a paragraph of the two before the quotation's, opened on them, none since on
    // someone else ("Connor Hellebuyck made 31 saves" after a lede about another player is no
    // "25-year-old forward") nor on someone of theirs ("Okafor’s father…").
    let from = -1;
    for (let p = paragraph; p >= Math.max(0, paragraph - 2) && from < 0; p--) {
      if (this.people.opensOnPossessive(p)) return null;
      const opener = this.people.openedBy(p);
      if (opener && opener !== subject) return null;
      if (opener) from = p;
    }
    // Nor when any other person is named from the lede on ("Cleveland coach Ray Dunn was
    // ejected… Dunn said…"; also "Goaltender Kyle Ashdown made 38 saves", a recall this gives up):
    // a person, not a team or a body ("the Dominion Fiction Prize").
    if (from < 0) return null;
    const fits = (o: Person): boolean =>
      !this.entities.isNoPerson(o.name) &&
      !this.entities.isTeam(o.name) &&
      !this.entities.isOrganisation(o.name);
    for (let p = 0; p <= paragraph; p++) {
      if (this.people.namesSomeoneIn(p, { except: subject, fits })) return null;
    }
    return subject;
  }

  /**
   * "Brekalo, 36, played the full 90 minutes. “I feel better now than I did at 30,” the Croatian
   * said.", "Lawrie said her eyesight was no longer up to it. “…,” the great-grandmother said.": a
   * description of one person that no one was given, attributing a quotation right after a
   * sentence about whom the story is about (the first person it names, or one a capitalised word
   * of the description qualified: "Ontario's Rachel Hoang… the Ontario skip"), is that person,
   * as copy names its subject, then describes them. What only a person has (an age, a
   * nationality, a player's position) after any such sentence; a role or trade only after one
   * reporting them speaking (not "Brooks, 19, was found dead Sunday. “…,” the veteran
   * investigator said"). Not someone the sentence says died or could not be reached, nor of
   * another gender, age or trade, nor when the paragraph's quotation speaks of them ("Feldstein
   * said he took the blame. “He did the honourable thing,” the party president said"), nor a noun
   * the article used for someone it does not name ("one Croatian volunteer", "the city's traffic
   * engineer").
   */
  describedInView(
    subject: Subject,
    at: { paragraph: number; sentence: number; first: boolean },
    gender: 'm' | 'f' | null,
  ): Person | null {
    const described = describedOne(subject);
    if (!described) return null;
    const placed = described.from ? this.placedIn(described, at.paragraph, gender) : null;
    if (placed) return placed;
    const before = this.subject;
    const person = before ? this.namedJustBefore(before, at) : null;
    const own = person && before ? this.describes(person, before, described, at, gender) : null;
    return own ?? this.storyPast(person, described, at, gender);
  }

  /**
   * "Thibodeau, who grew up in Chicoutimi, said… “…,” the Chicoutimi native added": the one
   * person the article tied to the place near the quotation, if the description may be theirs.
   */
  private placedIn(
    described: DescribedOne,
    paragraph: number,
    gender: 'm' | 'f' | null,
  ): Person | null {
    const name = this.entities.placedIn(described.named, paragraph);
    const person =
      name === undefined
        ? this.storyPlaced(described.named, paragraph)
        : name && this.people.resolve({ kind: 'name', mention: name, name }, paragraph);
    if (!person || !this.mayBeDescribed(person, described, gender, paragraph)) return null;
    // Not when the words just before put someone else there ("Forward Marie Tremblay was born
    // and raised in Chicoutimi. “…,” the Chicoutimi native said.").
    const written = placeWritten(described.named);
    const elsewhere = [paragraph - 1, paragraph].some(
      (p) => p >= 0 && this.placesOther(p, written, person),
    );
    return elsewhere ? null : person;
  }

  /**
   * "The 22-year-old, who grew up in Cowra Junction, replaces the injured Harvey Dunlop. “…,” the
   * Cowra Junction product said": a place written before the name, in words the article does not
   * give that person, is someone else's.
   */
  private placedBeforeName(person: Person, described: DescribedOne, paragraph: number): boolean {
    const text = this.entities.paragraphText(paragraph);
    const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
    const written = placeWritten(described.named);
    const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u');
    // Only a "who" clause before the place, about the sentence's own subject, then the name.
    const otherClause = splitSentences(text).some(({ text: sentence }) => {
      const place = written.exec(sentence)?.index ?? -1;
      return (
        place >= 0 && /\bwho\b/.test(sentence.slice(0, place)) && named.test(sentence.slice(place))
      );
    });
    if (!otherClause) return false;
    const placed = this.entities.placedIn(described.named, paragraph);
    return !placed || !person.name.endsWith(placed);
  }

  /**
   * Whether a sentence of the paragraph that writes the place opens on someone other than
   * `person` ("Defenceman Jordan Kovac was born in Prince George"; not "The 26-year-old… ran a
   * camp in Saskatoon… alongside Anders Lind").
   */
  private placesOther(paragraph: number, written: RegExp, person: Person): boolean {
    // Their own given name is no one else ("Professor Ingrid Flett, who grew up near Stromness").
    const own = new Set(person.tokens);
    return this.entities
      .paragraphText(paragraph)
      .split(/(?<=[.!?”])\s+(?=\p{Lu}|“)/u)
      .some((sentence) => {
        if (!written.test(sentence)) return false;
        const opening = /^[“"]?((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*)/u.exec(sentence)?.[1];
        return (opening ?? '')
          .split(/\s+/)
          .some((w) => this.people.knows(w) && !own.has(fold(cleanName(w))));
      });
  }

  /**
   * "Kaylee Bighetty still remembers… the outdoor rink behind her grandmother's house in Flin
   * Flon. … “…,” says the Flin Flon native.": whom the story opened on, when the article writes
   * the place in a paragraph naming them or right after one ("The 44-year-old took over Ortiz
   * Hardware on Main Street in Tillman"), and named them within the last three paragraphs.
   */
  private storyPlaced(place: readonly string[], paragraph: number): Person | null {
    const story = this.storyInView(paragraph);
    if (!story) return null;
    const written = placeWritten(place);
    const placed = (p: number): boolean =>
      p < paragraph && written.test(this.entities.paragraphText(p));
    // The paragraph after one naming them, unless it puts someone else there.
    const after = (p: number): boolean => placed(p + 1) && !this.placesOther(p + 1, written, story);
    return story.seen.some((p) => placed(p) || after(p)) ? story : null;
  }

  /** The person the description right after a sentence about them is, else null (describedInView). */
  private describes(
    person: Person,
    before: NonNullable<SpeakerState['subject']>,
    described: DescribedOne,
    at: { paragraph: number; sentence: number; first: boolean },
    gender: 'm' | 'f' | null,
  ): Person | null {
    const { paragraph } = at;
    const reported =
      before.says &&
      this.last?.reported === true &&
      this.last.paragraph === before.paragraph &&
      this.last.source.person === person;
    // Only whom the story is about: not the opponent, aide, investor or relative a sentence
    // turned to ("Runner-up Saoirse Ní Bhriain was a second back. “…,” the 24-year-old skater
    // said"; "Don Keyes, who organized the ceremony, said… “…,” the 98-year-old veteran said").
    if (before.absent || !(reported || described.trait)) return null;
    if (described.from && this.placedBeforeName(person, described, before.paragraph)) return null;
    // "Cllr Philip Marchbank defended the plan. “…,” the Tory councillor said": whom the sentence
    // reporting them gave that role, whoever the story is about.
    if (described.held) {
      const given = reported && givenThatRole(person, described);
      return given && this.mayBeDescribed(person, described, gender, paragraph) ? person : null;
    }
    if (!this.inStory(person, described, paragraph)) return null;
    if (!this.mayBeDescribed(person, described, gender, paragraph)) return null;
    return this.givenOtherTrade(person, described, paragraph) ? null : person;
  }

  /**
   * "Bernadette Fontenot is still sleeping under a blue tarp… Her nephew, Andre Guidry, has been
   * patching the ceiling. “…,” the Lake Charles native said": a description of what only a person
   * is (an age, where they are from, a nationality, a player's position; not a relative's noun nor
   * one anyone on the scene may have, "the 29-year-old witness"), right after a sentence about
   * someone it cannot be (the subject's relative; someone of another gender, age or trade), is of
   * whom the story opened on, named in its first two paragraphs and within the last three, unless
   * the article says they died or were hurt. The sentence before must name someone: not
   * "Traffic was directed by Sgt. Tom Walsh… the director said".
   */
  private storyPast(
    near: Person | null,
    described: DescribedOne,
    at: { paragraph: number; sentence: number; first: boolean },
    gender: 'm' | 'f' | null,
  ): Person | null {
    const { paragraph } = at;
    const noun = described.noun;
    if (!described.trait || described.held || ANYONE_ON_SCENE.has(noun) || KIN_NOUNS.has(noun))
      return null;
    // Whom the sentence before is about, or, for a quotation opening its paragraph, someone the
    // paragraph before named ("Her nephew, Andre Guidry, has been patching…").
    const fits = (p: Person): boolean => !this.entities.isNoPerson(p.name);
    const last =
      near ??
      (at.first ? this.people.lastNamed(paragraph - 1, { gender: 'any', fits, back: 0 }) : null);
    if (!last) return null;
    const story = this.storyInView(paragraph);
    if (!story || story === last || !this.cannotBe(last, described, gender, paragraph)) return null;
    if (!this.mayBeDescribed(story, described, gender, paragraph)) return null;
    return this.givenOtherTrade(story, described, paragraph) ? null : story;
  }

  /**
   * Whom the story opened on, if named in its first two paragraphs and within the three before
   * `paragraph`, and not said to have died or been hurt: whom a description may fall back on.
   */
  private storyInView(paragraph: number): Person | null {
    const story = this.storySubject();
    if (!story || (story.seen[0] ?? Infinity) > 1) return null;
    if ((story.seen[story.seen.length - 1] ?? -Infinity) < paragraph - 3) return null;
    return story.seen.some((p) => HURT.test(this.entities.paragraphText(p))) ? null : story;
  }

  /** Whether the description cannot be this person's: a relative's noun, another gender, age or trade. */
  private cannotBe(
    person: Person,
    described: DescribedOne,
    gender: 'm' | 'f' | null,
    paragraph: number,
  ): boolean {
    return (
      this.entities.isKin(person.name, paragraph) ||
      (!!gender && !!person.gender && person.gender !== gender) ||
      (described.age !== undefined &&
        this.entities.agedOtherwise(person.name, described.age, paragraph)) ||
      this.givenOtherTrade(person, described, paragraph)
    );
  }

  /**
   * The person the sentence right before was about: the one before in this paragraph, or the
   * last of the paragraph before when the quotation's sentence opens its own. Only someone shown
   * to be a person, by a given name or a pronoun ("Now he coaches…"): not "Ottawa Charge" read
   * from "The 21-year-old Ottawa Charge forward".
   */
  private namedJustBefore(
    before: NonNullable<SpeakerState['subject']>,
    at: { paragraph: number; sentence: number; first: boolean },
  ): Person | null {
    const adjacent =
      before.paragraph === at.paragraph
        ? before.sentence === at.sentence - 1
        : // "The premier said: “…”" as much as "“…,” the premier said": the sentence opens it.
          (at.first || at.sentence === 0) && before.closes && before.paragraph === at.paragraph - 1;
    const person = adjacent ? before.source.person : null;
    // A given name of either gender shows one as well ("Kelsey Morrow").
    const shown =
      person?.gender ||
      (person && person.name.includes(' ') && isGivenNameOfAnyKind(person.tokens[0] ?? '')) ||
      /^(?:he|she)$/i.test(before.source.mention ?? '');
    return person && shown ? person : null;
  }

  /**
   * Whether what the article shows of a person allows the description: one person, of its gender,
   * age and goaltending or not, not what the paragraph's quotation speaks of, nor a noun or a
   * nationality the article gave someone it does not name.
   */
  private mayBeDescribed(
    person: Person,
    described: DescribedOne,
    gender: 'm' | 'f' | null,
    paragraph: number,
  ): boolean {
    return !(
      person.org ||
      isPair(person.name) ||
      (gender && person.gender !== gender) ||
      this.entities.isNoPerson(person.name) ||
      this.entities.isTeam(person.name) ||
      this.entities.isOrganisation(person.name) ||
      (this.unnamed && this.unnamed.paragraph >= paragraph - 1) ||
      this.entities.introducesUnnamed(described.noun, paragraph) ||
      // "Morin said one Croatian volunteer had driven 2,000 km… the Croatian said", "Spanish crews
      // arrived… the Spaniard said": a nationality the article gave others.
      (described.nationality && this.entities.writesKinBefore(described.noun, paragraph)) ||
      (described.age !== undefined &&
        this.entities.agedOtherwise(person.name, described.age, paragraph)) ||
      // "Hellebuyck made 31 saves… the 25-year-old forward said": a skater is not the goaltender.
      (described.position &&
        KEEPERS.has(described.noun) !== this.entities.keeps(person.name, paragraph)) ||
      this.speaksOf(person, paragraph)
    );
  }

  /**
   * Whether the description's role is another than the person's: "Midfielder Sophie Lanigan" is
   * no striker, nor "Mayor Ann Roy" the lawyer a role the article gave someone else, nor anyone a
   * noun the article wrote before for someone unnamed ("the city's traffic engineer").
   */
  private givenOtherTrade(person: Person, described: DescribedOne, paragraph: number): boolean {
    const given = roleWords(person.roleTexts ?? []);
    if (!isPersonNoun(described.noun) || given.has(described.noun)) return false;
    const trades = [...given].filter((w) => isPersonNoun(w) && !person.tokens.includes(w));
    return (
      trades.length > 0 ||
      this.givesRole(described.noun) ||
      (!described.trait && this.entities.writtenWholeBefore(described.noun, paragraph))
    );
  }

  /**
   * Whether the person is whom the story is about, or whom a capitalised word of the description
   * qualified ("Ontario's Rachel Hoang… the Ontario skip").
   */
  private inStory(person: Person, described: DescribedOne, paragraph: number): boolean {
    if (person === this.storySubject()) return true;
    return described.named.some((w) => this.entities.qualifiedBy(person.name, w, paragraph));
  }

  /** The first person the article names in full, shown a person by a given name: its subject. */
  private storySubject(): Person | null {
    return this.people.firstNamed(
      (p) =>
        (p.gender !== undefined || isGivenNameOfAnyKind(p.tokens[0] ?? '')) &&
        !this.entities.isNoPerson(p.name) &&
        !this.entities.isTeam(p.name) &&
        !this.entities.isOrganisation(p.name),
    );
  }

  /**
   * Whether what the paragraph quotes speaks of this person ("I wish her well", "My client…",
   * their surname or given name; not by a pronoun unless `byPronoun`): someone else says it.
   */
  private speaksOf(person: Person, paragraph: number, byPronoun = true): boolean {
    const quoted = this.entities.quotedIn(paragraph);
    const pronoun =
      person.gender === 'f' ? /\b(?:she|her|hers|herself)\b/i : /\b(?:he|him|his|himself)\b/i;
    // Their surname, or their given name ("Danny has worked harder than anyone").
    const words = person.name.split(' ');
    const names = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
    const named = new RegExp(
      `(?<![\\p{L}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}])`,
      'u',
    );
    return (
      (byPronoun && pronoun.test(quoted)) || /\bmy client\b/i.test(quoted) || named.test(quoted)
    );
  }

  /**
   * "the Clinton campaign": the person a name in a description stands for; not when the
   * description's noun is a person's, whose party, team or town the name is ("the Fine Gael
   * councillor", "the Orient manager", "the Moose Jaw native", "the Flin Flon resident"); nor a
   * team's name for one of its players ("the Oilers captain" is no "Edmonton Oilers"); nor a
   * place the article puts someone in ("the Wagga Wagga product" after "grew up in Wagga Wagga").
   */
  private personIn(mention: string, paragraph: number): Person | null {
    const head = mention.slice(mention.lastIndexOf(' ') + 1).toLowerCase();
    if (isPersonNoun(head) || FROM_NOUNS.test(head)) return null;
    const person = this.people.namedIn(mention, paragraph);
    if (!person || this.entities.isTeam(person.name)) return null;
    return this.entities.cannotSpeak(person.name) ? null : person;
  }

  /**
   * "a fundraising email sent out by Sanders", "Sanders’ fundraising email to his supporters": a
   * document speaks for the person the article names in full who sent it.
   */
  private author(mention: string, paragraph: number): Person | null {
    const words = mention.toLowerCase().split(/\s+/);
    if (!words.some((w) => DOCUMENTS.has(w))) return null;
    return this.people.namedIn(`a ${mention}`, paragraph) ?? null;
  }

  /**
   * "A Police Scotland statement said", "a PRU statement": a body's document speaks for the body,
   * by the name the article spelled out for an acronym.
   */
  private sender(mention: string, paragraph: number): Person | null {
    const m = SENDER.exec(mention);
    const name = m?.[1];
    if (!name || !DOCUMENTS.has(m[2]!.toLowerCase())) return null;
    const full = this.entities.bodyInFull(name, paragraph);
    if (!full && !this.entities.isOrganisation(name)) return null;
    return this.standIn(full ?? name, true, paragraph);
  }

  /**
   * "the institute's report states", "the surgeon's report states": a document speaks for whom the
   * article named with that noun ("The Canadian Institute for Rural Health Policy", "Dr. Anita
   * Rao, a surgeon").
   */
  private ownersDocument(mention: string, paragraph: number): Person | null {
    const m = OWNED_DOCUMENT.exec(mention);
    if (!m || !AUTHORED_DOCUMENTS.has(m[2]!)) return null;
    return this.resolve({ kind: 'nominal', mention: `the ${m[1]}` }, paragraph).person;
  }

  /** The spokesperson of whoever spoke last in this paragraph ("NHS Kent and Medway said…"). */
  private voiceOfLast(role: string, paragraph: number): Referent | null {
    const last = this.last;
    // In the paragraph before, only a body's, and only for a quotation opening its paragraph
    // ("NHS Highland said it was investigating. ¶ “…,” a spokeswoman said"; not "Rival Asda has
    // frozen prices. “…,” a spokeswoman said").
    const body = (p: Person): boolean => p.org || this.entities.isOrganisation(p.name);
    // So does the voice opening its paragraph ("Norfolk County Council said the bridge was
    // unsafe. ¶ A spokesperson said: “…”").
    const opens = /^\s*(?:[“"‘']|(?:A|The) spokes(?:person|man|woman)\b)/.test(
      this.entities.paragraphText(paragraph),
    );
    // Or the body the sentence before opened on, acting ("The operator, Westmarch Rail, has
    // apologised. A spokeswoman said: “…”").
    const acted = this.acted?.sentence === this.sentences - 1 ? this.acted.person : null;
    const person =
      last?.paragraph === paragraph ||
      (opens && last?.paragraph === paragraph - 1 && last.source.person && body(last.source.person))
        ? last.source.person
        : acted;
    // Not a private person's ("“I lost everything,” said resident Tom Reed. A spokeswoman added").
    if (!person || isPair(person.name) || person.gender || isFirstName(person.tokens[0] ?? ''))
      return null;
    return { name: `${person.name} ${role}`, org: false };
  }

  /**
   * Whether the voice that just spoke may go on under a description ("“…,” the dancer added"): not
   * when the quotation names them.
   */
  mayGoOn(person: Person, paragraph: number): boolean {
    return !this.speaksOf(person, paragraph, false);
  }

  /** Whether the article introduced anyone with this role noun. */
  givesRole(noun: string): boolean {
    return this.entities.givesRole(noun);
  }

  /** The one police force the article names near `paragraph` ("“…,” police said"), or null. */
  policeForce(paragraph: number): string | null {
    return this.entities.policeForce(paragraph);
  }

  /** Whether a name read from a sentence start can be a name at all. */
  plausible(subject: Subject): boolean {
    return this.people.plausible(subject);
  }

  /** Whether the article gives this word as part of someone's full name. */
  knowsSurname(word: string): boolean {
    return this.people.knows(word);
  }

  /** Whether the paragraph names a person in full whom a given name or the article shows as one. */
  namesPersonIn(paragraph: number): boolean {
    return this.people.namesSomeoneIn(paragraph, { fits: () => true });
  }

  /** Whether the paragraph names anyone. */
  namedIn(paragraph: number): boolean {
    return this.people.namesSomeoneIn(paragraph);
  }

  /**
   * Whether the paragraph names an organisation or a document that may speak ("A leaked memo
   * from the finance department…"): a quotation after it may be theirs.
   */
  mentionsSource(paragraph: number): boolean {
    return this.entities.mentionsSource(paragraph);
  }

  /** Whether someone spoke in this paragraph or the one before, as a later pronoun would find. */
  spokeJustBefore(paragraph: number): boolean {
    return !!this.last?.source.person && this.last.paragraph >= paragraph - 1;
  }

  /**
   * The person the article spoke of last (as `noteSpeaker` heard them), when the article shows
   * them a person by a gender (a pronoun, an honorific or a given name); else null.
   */
  latestPerson(): Source | null {
    const person = this.recent[0];
    return person?.gender ? { person, mention: null } : null;
  }

  /** Whether the article has yet named anyone a later pronoun could mean. */
  knowsNobody(): boolean {
    return this.recent.length === 0;
  }

  /** Whether the article spoke of the person lately (one of the last eight noted). */
  inView(person: Person): boolean {
    return this.recent.includes(person);
  }

  /** Remembers a named speaker for later pronouns. */
  noteSpeaker(person: Person | null): void {
    // A pair is never "he" or "she": it would only push a person out of the list. A body's voice
    // is one person, whatever "and" its name holds ("Department of Transport and Main Roads
    // spokeswoman").
    // Nor is a place or a thing the sentence opened on ("Great South Road will be reduced…").
    if (!person || person.org || isGroup(person.name) || this.entities.namesNoOne(person.name))
      return;
    this.unnamed = null;
    this.recent = [person, ...this.recent.filter((p) => p !== person)].slice(0, 8);
  }

  /**
   * "the senator", "the Vermont senator": the recent speaker the article gave that role, the one
   * sharing most of the other words when several have it.
   */
  private byRole(mention: string): Person | null {
    const words = mention.split(' ');
    const head = (words[words.length - 1] ?? '').toLowerCase();
    // Role nouns stand for a person already named: "the senator", "the premier".
    const role = ROLES.has(head) || head === 'premier' || isActorNoun(head);
    if (!/^the$/i.test(words[0] ?? '') || words.length > 4 || !role) return null;
    // "the Arkansas governor" must be the one from Arkansas; "the former governor" any governor.
    const qualifiers = words.slice(1, -1);
    const lower = qualifiers.map((w) => w.toLowerCase());
    const required = qualifiers.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
    // Its roles at reporting clauses, and those the article gave where it named them ("French
    // President Emmanuel Macron… Mr Macron said… the President said"); from the latter only
    // with every word of the mention but a status ("the fire chief" is not "Police Chief Anna
    // Ruiz") and none lesser ("Vice President Joe Biden" is no president).
    const rolesOf = (p: Person): Set<string> => {
      const spoken = roleWords(p.roleTexts ?? []);
      const named = this.entities.rolesOf(p.name, this.paragraph);
      const all = roleWords([...(p.roleTexts ?? []), ...named]);
      const asked = lessers(lower);
      const lesser = [...lessers(named)].some((w) => !asked.has(w));
      const unmet = lower.some((w) => !isStatus(w) && !all.has(w));
      return spoken.has(head) || lesser || unmet ? spoken : all;
    };
    let best: Person | null = null;
    let bestShared = -1;
    // "The Ceann Comhairle, Mary Walsh, suspended…" read the office as a name of its own.
    const described = words.slice(1).join(' ');
    for (const p of this.recent) {
      if (p.name === described) continue;
      const roles = rolesOf(p);
      // Not a word of their own name: "Jim Fisherman" is no "the fisherman", "Jim Farmer" no
      // "the farmer".
      const holds =
        roles.has(head) || (LAWMAKER.test(head) && [...roles].some((r) => SEATS.has(r)));
      if (!holds || p.tokens.includes(head) || !required.every((w) => roles.has(w))) continue;
      // "Former Taoiseach Bertie Ahern" is not "the Taoiseach"; the health minister is not "the
      // deputy minister".
      if (FORMER.some((w) => roles.has(w) && !lower.includes(w))) continue;
      const held = lessers(roles);
      if ([...lessers(lower)].some((w) => !held.has(w))) continue;
      const shared = lower.filter((w) => roles.has(w)).length;
      if (shared > bestShared) [best, bestShared] = [p, shared];
    }
    return best;
  }

  /**
   * "John Bolton and Sebastian Gorka": each as the article names them, together as a stand-in, so
   * that "Gorka said" later finds him alone.
   */
  private pair(name: string, paragraph: number): Person {
    const names = name.split(PAIR_JOIN).map((part) => {
      const subject: Subject = { kind: 'name', mention: part, name: part };
      return this.people.resolve(subject, paragraph).name;
    });
    return this.standIn(names.join(PAIR_JOIN), false, paragraph);
  }

  /**
   * The person a description was found to mean: "the 28-year-old" found as "Prosser" (the
   * paragraph's "Prosser, who…") is the Gethin Prosser the lede named in full, however far back,
   * when the article names only one so (not of Daniel and Grace Okafor); any other name stands in
   * as found.
   */
  private referredPerson(found: { name: string; org: boolean }, paragraph: number): Person {
    const name = found.org ? found.name : withoutTitles(found.name);
    const sole = found.org || name.includes(' ') ? undefined : this.people.soleNamedBy(name);
    if (sole)
      return this.people.resolve({ kind: 'name', mention: name, name: sole.name }, paragraph);
    const named = !found.org && name.includes(' ') ? this.people.namedSo(name) : undefined;
    if (!named) return this.standIn(name, found.org, paragraph);
    // "the 44-year-old mother of three" found as "Ait Ouhmad": as named in full.
    this.people.resolve({ kind: 'name', mention: named.name, name: named.name }, paragraph);
    return this.standIn(named.name, false, paragraph);
  }

  /**
   * "The community leader said the village would protest. “…,” Hadjipetrou said." after "Kiti
   * community leader Stelios Hadjipetrou" and his cousin "Christos Hadjipetrou": a surname two
   * people named in full share is the one whose role a sentence of the paragraph opens on ("The
   * principal said", "The ward chair rejected that"), where that is only one's.
   */
  private surnameByRole(sharing: Person[], paragraph: number): Person | null {
    // Sentences before the paragraph's first quotation, outside it: not "“…,” Sato said. The
    // principal has promised…", nor "“The principal has never once walked that road,”".
    const whole = this.entities.paragraphText(paragraph);
    const mark = whole.search(/[“"]/);
    const text = mark < 0 ? whole : whole.slice(0, mark);
    // "The community leader said": the first role noun of up to three words after "the".
    const heads = [...text.matchAll(/(?:^|[.!?]\s+)The((?: \p{Ll}+){1,3})/gu)]
      .map((m) =>
        m[1]!
          .trim()
          .split(' ')
          .find((w) => isRoleNoun(w)),
      )
      .filter((head): head is string => !!head);
    if (heads.length === 0) return null;
    // A description's own noun: "chair" of "chair of the local ward", "cousin" of "a cousin of
    // the community leader", "leader" of "Kiti community leader".
    const nounOf = (text: string): string =>
      text
        .toLowerCase()
        .split(/\s+(?:of|at|for|in|from|with|who|whose|which)\s+|,/)[0]!
        .trim()
        .split(/\s+/)
        .at(-1) ?? '';
    // Not a lesser role of the noun: "assistant principal Ken Sato" is not "the principal".
    const lesser = /\b(?:assistant|vice|deputy|acting|former|ex)\b/i;
    const holding = sharing.filter((p) => {
      const texts = (p.roleTexts ?? []).filter((t) => !lesser.test(t));
      const nouns = new Set(texts.map((t) => nounOf(t.replace(p.name, '').trim())));
      return heads.some((head) => nouns.has(head));
    });
    if (holding.length !== 1) return null;
    const person = holding[0]!;
    this.people.resolve({ kind: 'name', mention: person.name, name: person.name }, paragraph);
    return person;
  }

  /**
   * "She and her husband, Bilal Itani, a taxi driver, have… “…,” the couple said": the woman who
   * spoke last, or was last named, and the spouse named after her, as a pair; null when the
   * paragraph opens no sentence so.
   */
  private withSpouse(paragraph: number): string | null {
    const m = PRONOUN_AND_SPOUSE.exec(this.entities.paragraphText(paragraph));
    if (!m) return null;
    const spouse = this.people.namedSo(m[2]!);
    // "Wang and his wife, Sun Lirong": the one person named in full so ("Wang Dexiang").
    if (m[1] !== 'She' && m[1] !== 'He') {
      // Only a surname one person named in full holds ("Li Ming… Li Qiang… Li and his wife" is
      // either).
      const word = escapeRegExp(m[1]!);
      const full = new RegExp(
        String.raw`\b${word} \p{Lu}\p{Ll}+\b|\b\p{Lu}\p{Ll}+ ${word}\b`,
        'gu',
      );
      const names = new Set<string>();
      for (let p = 0; p <= paragraph; p++)
        for (const f of this.entities.paragraphText(p).matchAll(full)) names.add(f[0]);
      names.delete(m[2]!);
      if (names.size > 1) return null;
      const one = this.people.knows(m[1]!)
        ? this.people.resolve({ kind: 'name', mention: m[1]!, name: m[1]! }, paragraph)
        : null;
      const named = !!one && !one.org && one.name.includes(' ') && one !== spouse;
      return named && spouse ? `${one.name}${PAIR_JOIN}${spouse.name}` : null;
    }
    const gender = m[1] === 'She' ? 'f' : 'm';
    // Someone shown to be a woman (a man), not anyone whose gender nothing shows ("Chen Wei").
    const fits = (p: Person | undefined): p is Person =>
      !!p && !p.org && p.name.includes(' ') && p.gender === gender;
    const one =
      this.recent.find(fits) ?? this.people.lastNamed(paragraph, { gender, back: 3 }) ?? undefined;
    return fits(one) && spouse && spouse !== one ? `${one.name}${PAIR_JOIN}${spouse.name}` : null;
  }

  /**
   * The one person named in full whom a sentence up to `paragraph` says pleaded, was charged,
   * sentenced or convicted: a court report's accused. Null for none or more than one (co-accused;
   * not whoever appeared in court, a relative or a lawyer as often).
   */
  private accusedBy(paragraph: number): Person | null {
    const found = new Set(this.namedByClause(ACCUSED_CLAUSE, paragraph));
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * The people named in full (not bodies) that `clause` captures as its first group in the
   * paragraphs up to `paragraph`, in the article's order (accusedBy, witnessBy).
   */
  private namedByClause(clause: RegExp, paragraph: number): Person[] {
    const found: Person[] = [];
    for (let p = 0; p <= paragraph; p++) {
      for (const m of this.entities.paragraphText(p).matchAll(clause)) {
        const name = m[1]!;
        if (!name.includes(' ') || !this.people.namedInFull(name)) continue;
        const person = this.people.namedSo(name);
        if (person && !person.org) found.push(person);
      }
    }
    return found;
  }

  /**
   * The person named in full whom a sentence up to `paragraph` last says testified, was
   * testifying, took the stand or told the court or the jurors; or null.
   */
  private witnessBy(paragraph: number): Person | null {
    return this.namedByClause(WITNESS_CLAUSE, paragraph).at(-1) ?? null;
  }

  /**
   * A surname alone that two people named in full or more share (sharers, asked once): by the role
   * a sentence opens on (surnameByRole), else the story's subject's (surnameOfSubject).
   */
  private bySharedSurname(sharing: Person[], paragraph: number): Person | null {
    if (sharing.length < 2) return null;
    return this.surnameByRole(sharing, paragraph) ?? this.surnameOfSubject(sharing, paragraph);
  }

  /**
   * The people named in full before or in `paragraph` whose surname is `name`, a surname alone,
   * of the mention's gender ("Mrs Sato said": not the man of that name), who may speak.
   */
  private sharers(name: string, gender: 'm' | 'f' | undefined, paragraph: number): Person[] {
    if (name.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(name)) return [];
    // Most surnames are one person's: settled by the people's index before any text is read.
    return this.people.sharingSurname(name, paragraph + 1).filter(
      (p) =>
        (!gender || !p.gender || p.gender === gender) &&
        !this.entities.cannotSpeak(p.name) &&
        // A person's name, not a run of a thing's words ("Geneva Conference Eisenhower").
        !p.name
          .split(' ')
          .slice(1, -1)
          .some((w) => isEnglishWord(w) && /^\p{Lu}\p{Ll}/u.test(w)),
    );
  }

  /**
   * "Marjorie Trethewey, who ran the store with her husband, Len… Trethewey recalled": a surname
   * two people named in full share is the story's subject's (the person it names first in full)
   * when the other was given as the subject's kin ("her husband, Len", "his son Tom"): the
   * article calls the relative by the given name, the subject by the surname.
   */
  private surnameOfSubject(sharing: Person[], paragraph: number): Person | null {
    if (sharing.length !== 2) return null;
    const story = this.entities.storySubjectName();
    const subject = sharing.find((p) => p.name === story);
    const other = sharing.find((p) => p !== subject);
    // Not while the relative is whom the article is on ("Emeka Okafor, 24, studies… “…,” Okafor
    // said"): the latest subject or speaker.
    if (!subject || !other || this.recent[0] === other) return null;
    const given = escapeRegExp(other.name.split(' ')[0]!);
    const kin = new RegExp(
      String.raw`\b(?:his|her)\s+(?:\p{Ll}+\s+)?(?:${KIN_WORDS}),?\s+${given}\b`,
      'u',
    );
    for (let p = 0; p <= paragraph; p++) {
      if (kin.test(this.entities.paragraphText(p))) return subject;
    }
    return null;
  }

  /** A person the article's people do not list: an organisation, a group, a spokesperson. */
  private standIn(name: string, org: boolean, paragraph: number): Person {
    // Kept out of the article's people: "Sohlberg said" must not find the pair.
    const person = newPerson(name, [], org, [paragraph]);
    // "A spokesman for the Sizzle Street star hit back… But the gran… “…,” she said": a
    // spokesman is no "she", a spokeswoman no "he" (by the voice's own noun, not the body's words).
    if (isVoice(name))
      person.gender = describedGender(name.slice(name.lastIndexOf(' ') + 1)) ?? undefined;
    // "says the 44-year-old" found as "Kirsten Halloran", "the Grade 12 student" as "Maya
    // Boudreau": someone the article names in full so, of the gender it shows, which a later "he"
    // must not overlook ("according to Dr Tomasz Wieczorek… “…,” he says").
    else if (!org && name.includes(' ') && !isPair(name)) {
      const named = this.people.namedSo(name);
      if (named?.gender) [person.gender, person.genderByName] = [named.gender, named.genderByName];
    }
    return person;
  }

  /**
   * "MetService said the rain was driven by a low… “…,” it said.": a one-word name the article
   * shows no person's sign of, whose words this paragraph just gave (byPronoun's "it"); unless a
   * document comes in after it ("Mkhwebane said… The report, which runs to 300 pages, recommends
   * charges. “…,” it said.").
   */
  private oneWordVoice(): Person | null {
    const last = this.last;
    const one = last?.paragraph === this.paragraph ? last.source.person : null;
    return one &&
      !one.name.includes(' ') &&
      !one.gender &&
      !this.entities.sourceAfter(one.name, this.paragraph) &&
      !isFirstName(one.name) &&
      !isEnglishWord(one.name) &&
      lexiconType(one.name) !== 'person' &&
      // Not the surname of someone named in full ("Halil İnalcık… İnalcık argued…").
      !this.people.knows(one.name)
      ? one
      : null;
  }

  /**
   * "“…,” the directorate said. ¶ Shellfish already sold is being recalled. ¶ “…,” it said.": the
   * body whose quoted words the article gave last, a paragraph between, when nothing between names
   * another body or document, nor reports anyone speaking ("The company that runs both farms said
   * it was cooperating fully.") (byPronoun's "it").
   */
  private voiceAcross(body: Person): Person | null {
    const last = this.last;
    return last &&
      !last.reported &&
      last.paragraph >= this.paragraph - 2 &&
      last.source.person === body &&
      !this.entities.namesOtherSource(last.paragraph, this.paragraph, body.name) &&
      !this.entities.reportsBetween(last.paragraph, this.paragraph)
      ? body
      : null;
  }

  /**
   * "“We are horrified,” Adel Nefzi said. He said…": the speaker of the quotation just before in this
   * paragraph, whose gender is only their first name's usual one, over anyone who fits named in
   * earlier paragraphs.
   */
  private weakMatch(gender: 'm' | 'f'): Person | null {
    // Not someone reported asking about another ("Defense attorney Paul Redding asked whether she
    // had performed a sobriety test. “…,” she said."), whose question the pronoun is in.
    const last = this.last;
    // "Suu Kyi… added, “…” ¶ “…,” she said.": the speaker of the paragraph before too, for a
    // quotation opening its own, when only the wider list of names gave their gender and no one
    // named is shown to be of the pronoun's (below).
    const before =
      last?.paragraph === this.paragraph - 1 &&
      !last.reported &&
      !!last.source.person &&
      genderOnlyFromList(last.source.person) &&
      /^\s*[“"]/.test(this.entities.paragraphText(this.paragraph));
    const latest =
      (last?.paragraph === this.paragraph || before) && !last?.asked ? last!.source.person : null;
    if (!latest?.genderByName || latest.gender === gender || isPair(latest.name)) return null;
    const fits = this.recent.find((p) => !p.gender || p.gender === gender);
    const near = (p: Person): boolean =>
      p.seen.includes(this.paragraph) ||
      (before && (!!p.gender || p.seen.includes(this.paragraph - 1)));
    return fits && !near(fits) ? latest : null;
  }

  /**
   * "McDonough was responding to a message from Undersecretary … Wendy Sherman, reporting that…
   * “…,” she wrote.": after a sentence of the paragraph that opened on someone of the other
   * gender, the one person of the pronoun's the paragraph names, not a speaker further back.
   */
  private besideSubject(gender: 'm' | 'f', single: (p: Person) => boolean): Person | null {
    const before = this.subject;
    const subject = before?.paragraph === this.paragraph ? before.source.person : null;
    if (!subject?.gender || subject.gender === gender) return null;
    const named = this.people
      .seenIn(this.paragraph)
      .filter((p) => p !== subject && single(p) && !this.entities.cannotSpeak(p.name));
    const fits = named.filter((p) => p.gender === gender);
    // Only where no one named there is of unknown gender ("Kim Lee").
    return fits.length === 1 && named.every((p) => p.gender) ? fits[0]! : null;
  }

  /**
   * The last person named in full whose gender nothing shows, whom compromise's lexicon knows as a
   * person ("Barack Obama"; not "National Convention").
   */
  private unsexedNamed(): Person | null {
    const known = (p: Person): boolean =>
      lexiconType(p.name) === 'person' && !this.entities.isNoPerson(p.name);
    return this.people.lastNamed(this.paragraph, { fits: known });
  }

  /** "Maya Thompson and her husband, Derek, … he says": a relative the article gave this gender. */
  private relative(gender: 'm' | 'f'): Person | null {
    const name = this.entities.kinOfGender(gender, this.paragraph);
    return name ? this.people.resolve({ kind: 'name', mention: name, name }, this.paragraph) : null;
  }

  /** The person a story has gone on telling of by this pronoun, up to the paragraph before. */
  private toldOf(gender: 'm' | 'f'): Person | null {
    const told = this.told;
    if (!told || told.paragraph < this.paragraph - 1 || this.recent.length > 0) return null;
    return !told.person.gender || told.person.gender === gender ? told.person : null;
  }

  /**
   * Whether, reading `paragraph`, the article has said whom its interview asked (`introducedBy`),
   * or an answer has shown it.
   */
  knowsInterviewee(paragraph: number): boolean {
    return !!(
      this.interviewee ??
      this.asked ??
      introducedBy(paragraph, this.people, this.entities)
    );
  }

  private byPronoun(pronoun: string, learn = true, quote?: string): Person | null {
    // "The company said in a news release… “…,” it said.": the body that spoke in this sentence or
    // the one before; not one further back ("…the Bush administration. A fact-finding team went
    // to China. It wrote…").
    if (pronoun === 'it') {
      const body = this.body;
      if (body && body.sentence >= this.sentences - 1) return body.person;
      return this.oneWordVoice() ?? (body ? this.voiceAcross(body.person) : null);
    }
    // "they said" after "Tore Sohlberg and Lehla Abreder": the pair named together.
    if (pronoun === 'they' || pronoun === 'we') {
      // "“Q,” two analysts, Tom Reed and Ann Park, wrote. “Q,” they added.": the pair who spoke last.
      const last = this.last;
      const latest = last && last.paragraph >= this.paragraph - 1 ? last.source.person : null;
      if (latest && isPair(latest.name)) return latest;
      // "“…,” the team said. “…,” they added.": a body that just spoke in this paragraph, even
      // one the article never named, not a pair named before.
      if (
        last?.paragraph === this.paragraph &&
        (latest?.org || (/^the\s/i.test(last.source.mention ?? '') && !latest))
      )
        return latest;
      // "Ellis, who uses they/them pronouns, said they had almost given up. “…,” they said.":
      // someone the article says is "they" who spoke in this paragraph, before any pair.
      const they = (p: Person | null | undefined): boolean => !!p && this.entities.usesThey(p.name);
      if (last?.paragraph === this.paragraph && they(latest)) return latest;
      const group = this.entities.group(this.paragraph);
      if (group) return newPerson(group, [], false, [this.paragraph]);
      // "The couple said they would… “…,” they said": the two the article named latest under one
      // surname ("Tane Parata… His wife, Mere Parata"), however far back ("Sisters Lorna Chan and
      // Grace Chan" eight paragraphs before "The sisters say").
      const kin = this.kinPair(this.paragraph);
      if (kin) return this.standIn(kin.map((p) => p.name).join(PAIR_JOIN), false, this.paragraph);
      // "Tallcree, who uses they/them pronouns, said… “Q,” they said.": with no group named, the
      // one who just spoke, if the article says they are "they"; else, after a woman or man who
      // cannot be "they", the latest such person named ("Rivera-Cho, who uses they/them
      // pronouns, runs the group… Tallow says she… “…,” they said."), not after a body.
      if (they(latest)) return latest;
      return latest?.gender && !latest.org ? (this.recent.find(they) ?? null) : null;
    }
    // Interview layouts: "A: “…”" answers for the person last introduced, who may not have
    // spoken yet ("Chef Marco Bellini talked to us…").
    // "Q: You’ve said that “…”": an interviewer's "you" is the person interviewed too.
    // Not whom a question named ("Did you try to persuade Sørlie to stay?"): who answered before.
    if (pronoun === 'a:' || (pronoun === 'you' && this.asking)) {
      // "…we asked Kenneth Ip Chun-hei, chairman of…, what is going wrong. ¶ How bad is it? ¶
      // “…”": the person the introduction named, a question between. Whom the introduction says
      // was asked, and still after it is out of reach (remembered only where the reading learns);
      // a name the question writes is what it asks about, not who answers ("Where do you see
      // Class III prices heading?").
      const asked = introducedBy(this.paragraph, this.people, this.entities) ?? this.asked;
      if (learn) this.asked = asked;
      return this.interviewee ?? asked ?? this.recent[0] ?? this.people.lastNamed(this.paragraph);
    }
    const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    if (!gender) return null;
    const unnamed = this.unnamed;
    if (unnamed && unnamed.paragraph >= this.paragraph - 1 && (unnamed.gender ?? gender) === gender)
      return null;
    // "Marty Walz … She said": with no one else fitting, the article's pronoun overrules the name.
    // A pair named together is "they", never "he" or "she"; so is a plural role.
    const single = (p: Person): boolean =>
      !isGroup(p.name) &&
      !isPluralRole(p.name) &&
      !this.entities.isNoPerson(p.name) &&
      // "The Lions lead the CFL… “…,” he said": a team is no "he".
      !this.entities.isTeamWord(p.name) &&
      // "The American Red Cross is helping…": a body is no "she", though its voice may be.
      (isVoice(p.name) || !this.entities.isOrganisation(p.name)) &&
      // "after her husband, Harjit, died": a kin noun shows a gender no list knows.
      (p.gender !== undefined ||
        (this.entities.kinGender(p.name, this.paragraph) ?? gender) === gender);
    // "Residents of Maple Avenue… “…,” she said": a place is no "she", whatever its first word.
    const speaks = (p: Person): boolean => !this.entities.cannotSpeak(p.name);
    const person =
      this.weakMatch(gender) ??
      this.besideSubject(gender, single) ??
      this.askedBefore(gender, single, quote ?? '') ??
      this.goneOnFrom(gender, single, quote ?? '') ??
      this.recent.find((p) => (!p.gender || p.gender === gender) && single(p)) ??
      this.people.lastNamed(this.paragraph, { gender, fits: speaks }) ??
      this.relative(gender) ??
      this.toldOf(gender) ??
      // "President Barack Obama’s speech… He told his audience": no gender shown, no one else.
      (this.recent.length === 0 ? this.unsexedNamed() : null) ??
      // "Marcus Oduya and his business partner, Elena Fogarty, started… ¶ … ¶ “…,” she says":
      // a woman named a few paragraphs back before the man who acted last, when he never spoke
      // (a speaker's quotation going on is theirs, whatever their name suggests).
      (this.recent[0]?.genderByName &&
      this.recent[0].gender !== gender &&
      this.last?.source.person?.name !== this.recent[0].name
        ? this.people.lastNamed(this.paragraph, { gender, back: 3, fits: speaks })
        : null) ??
      (this.recent[0]?.genderByName ? this.recent[0] : null) ??
      // "Kelechi Brandt chaired… Reed Okafor spoke… “…,” she said.": nor need they be the latest.
      this.recent.find((p) => genderOnlyFromList(p) && single(p)) ??
      null;
    // "His assistant, Craig Munro, … Mendoza-Ibarra credits him. “Craig sees things I don’t,” he
    // says": a quotation calling whom the pronoun found by his given name alone is another's of
    // that gender, the latest before him, when the article shows one. Not by a surname or full
    // name, which people say of themselves ("it’s not Bernie Sanders"), nor in a name ("Trump
    // Tower").
    // So is one calling them by a title and surname ("whether Senator Wexler’s message could
    // carry"): how a campaign's staff speak of the candidate, not how the candidate speaks.
    const callsThem = (p: Person): boolean =>
      callsByGivenName(quote ?? '', p) || callsByTitle(quote ?? '', p);
    if (person && quote && callsThem(person)) {
      const instead = this.recent.find(
        (p) => p !== person && p.gender === gender && single(p) && !callsThem(p),
      );
      if (instead) return instead;
    }
    // "Bill Clinton … he said": the pronoun tells a later "she" to look past him.
    if (learn && person && (!person.gender || person.genderByName)) {
      [person.gender, person.genderByName] = [gender, false];
    }
    return person;
  }
}

/** Nouns for a couple or siblings together. */
const KIN_GROUPS = 'couple|sisters|brothers|siblings|twins|cousins';

/** A couple or siblings a paragraph speaks of: "The couple said", "The sisters say", "the two cousins". */
const PLURAL_KIN = new RegExp(
  `(?:^|[.!?]\\s+|,\\s+)[Tt]he (?:two )?(${KIN_GROUPS})\\b(?!\\s+of\\b|[’'])`,
);

/** A mention that is such a noun alone: "The couple", "the two cousins". */
const PLURAL_KIN_MENTION = new RegExp(`^[Tt]he (?:two )?(?:${KIN_GROUPS})$`);

/**
 * "She and her husband, Bilal Itani", "Wang and his wife, Sun Lirong": a sentence opening on a
 * pronoun or a surname alone and a spouse named in full.
 */
const PRONOUN_AND_SPOUSE =
  /(?:^|[.!?]\s+)(She|He|\p{Lu}\p{Ll}+)\s+and\s+(?:her|his)\s+(?:husband|wife|partner|spouse),?\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)/u;

/**
 * A name, set off by a description or not, then what a court report says of the accused: "X had
 * earlier pleaded guilty", "X, 31, was sentenced".
 */
const ACCUSED_CLAUSE = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|${[...PATRONYMICS].join('|')}|al|de|van|von))*)(?:,[^,.;“”]{1,60},)?\s+(?:had\s+|has\s+)?(?:earlier\s+|previously\s+|also\s+)?(?:pleaded|pled|was\s+(?:charged|sentenced|convicted|jailed|found\s+guilty)|is\s+(?:charged|accused))\b`,
  'gu',
);

/** A witness's name and what it did: "Bogdan Kowalczyk, 81, was testifying", "X told jurors". */
const WITNESS_CLAUSE = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|al|de|van|von))*)(?:,[^,.;“”]{1,60},)?\s+(?:was\s+|is\s+|had\s+|has\s+)?(?:testif(?:ying|ied|ies|y)|took\s+the\s+(?:witness\s+)?stand|told\s+(?:the\s+)?(?:court|jury|jurors|inquest|tribunal))\b`,
  'gu',
);

/** Nouns naming someone's spouse or sibling, before the name ("His wife, Mere Parata"). */
const SPOUSE_NOUNS = 'wife|husband|partner|spouse|couple';
/** A relative's nouns: "her husband, Len", "his son Tom", "her late brother, Ed". */
const KIN_WORDS = [...KIN_NOUNS].join('|');
const SIBLING_NOUNS = '[Ss]isters|sister|[Bb]rothers|brother|[Ss]iblings?|[Tt]wins?|[Cc]ousins?';

/** How far back the pair a plural kin noun means may have been named. */
const KIN_PAIR_LOOKBACK = 10;

/**
 * Whether "the <noun>" is the document noted: its noun, or another word for what was sent
 * ("In an emailed statement… ¶ the email said"), unless its sentence named another document so
 * ("In a statement, Premier Smith called the federal letter “insulting.” ¶ the letter reads").
 * Not written findings by one another's nouns: "a review… ¶ the report states" may be a report
 * that came in since.
 */
function sameDocument(
  document: { noun?: string; others?: readonly string[] },
  noun: string,
): boolean {
  if (noun === document.noun) return true;
  return (
    SENT_DOCUMENTS.has(noun) &&
    SENT_DOCUMENTS.has(document.noun ?? '') &&
    !document.others?.includes(noun)
  );
}

/** What follows a new document's noun: "a study by…", "a report released…". */
const isNewDocument = (word: string): boolean =>
  /^(?:by|from|of|on)$/.test(word) || DOCUMENT_PARTICIPLES.has(word);

/** Nouns for a person by gender alone, which a lede may leave for the next paragraph to name. */
const PLAIN_PERSON = wordTable<'m' | 'f'>({ woman: 'f', man: 'm', girl: 'f', boy: 'm' });

/** What a description of one person says: its noun, the age it gives, whether only a person has it. */
interface DescribedOne {
  noun: string;
  age?: number;
  /** An age, a nationality, a birthplace or a player's position: no office a stranger holds. */
  trait: boolean;
  nationality?: boolean;
  position?: boolean;
  /** Its capitalised qualifiers, lowercase, without "-born", "-based" or "-raised": "ontario", "calgary". */
  named: string[];
  /** A role a capitalised word qualifies ("the Tory councillor"): only for whom it was given. */
  held?: boolean;
  /** Where someone is from ("the Chicoutimi native"): `named` is the place. */
  from?: boolean;
}

/**
 * Whether the article titled this person with the described role ("Cllr Philip Marchbank" for
 * "the Tory councillor") and with no party's or place's word other than the description's
 * ("Conservative MP Jane Smith" is no "Labour MP").
 */
function givenThatRole(person: Person, described: DescribedOne): boolean {
  const texts = person.roleTexts ?? [];
  const own = new Set(person.name.split(' '));
  const otherSide = texts
    .flatMap((text) => text.split(/\s+/))
    .some(
      (w) =>
        /^\p{Lu}\p{Ll}/u.test(w) &&
        !own.has(w) &&
        !isTitle(w) &&
        !ABBREVIATED[undotted(w).toLowerCase()] &&
        !described.named.includes(w.toLowerCase()),
    );
  return !otherSide && roleWords(texts).has(described.noun);
}

const AGED = /^(\d{1,3})-year-old$/;

/** Where a text writes a place's words (lowercase, as DescribedOne.named holds them). */
const placeWritten = (place: readonly string[]): RegExp =>
  new RegExp(`\\b${place.map(escapeRegExp).join('\\s+')}(?![\\p{L}])`, 'iu');

/** Nouns that, after a place's name, say where someone is from: "the Moose Jaw native". */
const FROM_NOUNS = /^(?:native|resident|product)$/;

/** Nouns for anyone on the scene, who is a new, unnamed person as often as whom the story is about. */
const ANYONE_ON_SCENE = new Set(
  (
    'man woman boy girl person guy lady kid child teen teenager youngster adult narrator ' +
    'witness driver neighbour neighbor passenger bystander resident onlooker motorist ' +
    'pedestrian customer shopper commuter fan victim survivor'
  ).split(' '),
);

/** What an article says of someone who died or was hurt: no speaker of later words. */
const HURT =
  /\b(?:died|dies|killed|dead|fatally|injured|hurt|struck by|pulled from|taken to (?:the )?hospital|critical condition)\b/;

/**
 * A description of one person: "the 24-year-old guard", "the rookie", "the great-grandmother",
 * "the premier-designate", "the Croatian"; null for others ("the company", "the residents").
 */
function describedOne(subject: Subject): DescribedOne | null {
  if (subject.kind === 'name') {
    const name = subject.name ?? subject.mention;
    const nation = subject.descriptor === 'the' && !isTitle(name) && isDemonymWord(name);
    return nation ? { noun: name.toLowerCase(), trait: true, nationality: true, named: [] } : null;
  }
  // "the 34-year-old skip from St. John's": where someone is from follows the description.
  const all = subject.mention.split(' ');
  const from = all.indexOf('from');
  const words = from > 1 && /^\p{Lu}/u.test(all[from + 1] ?? '') ? all.slice(0, from) : all;
  if (!/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 5) return null;
  const noun = (words[words.length - 1] ?? '')
    .toLowerCase()
    .replace(/^(?:great-)*/, '')
    .replace(/-(?:designate|elect)$/, '');
  const qualifiers = words.slice(1, -1);
  // Words that qualify one person: lowercase ones, a place's or team's name ("the Calgary-born
  // skip", "the Yankees right-hander"); not a clause's ("the man who").
  if (
    !qualifiers.every((w) => /^[\p{L}\d][\p{L}\d-]*$/u.test(w) && !/^(?:who|that|of|and)$/.test(w))
  )
    return null;
  const years = AGED.exec(noun)?.[1] ?? qualifiers.map((w) => AGED.exec(w)?.[1]).find(Boolean);
  const position = POSITIONS.has(noun) || /^(?:right|left)-hander$/.test(noun);
  const capitalised = qualifiers.filter((w) => /^\p{Lu}/u.test(w));
  // "the Quebec City native", "the Flin Flon resident": where someone is from, as a nationality is.
  const native = FROM_NOUNS.test(noun) && capitalised.length > 0;
  // A role with a place's or a party's name ("the Edmonton city councillor", "the Tory
  // councillor") may be another's: only whom the sentence before gave that very role.
  const held = !years && !position && !native && capitalised.length > 0;
  if (!years && !position && !native && !isPersonNoun(noun)) return null;
  // An age alone, or with a person's noun ("the 52-year-old chief executive", "the 31-year-old
  // Swede"), is the person's own; with a relation ("the 66-year-old neighbour") it says what they
  // are to someone, as a role does.
  const last = words[words.length - 1] ?? '';
  const aged =
    years !== undefined &&
    (AGED.test(noun) || position || isPersonNoun(noun) || /^\p{Lu}/u.test(last));
  const found: DescribedOne = {
    noun,
    trait: aged || position || native,
    named: capitalised.map((w) => w.toLowerCase().replace(/-(?:born|based|raised)$/, '')),
  };
  if (held) found.held = true;
  if (native) found.from = true;
  if (years) found.age = Number(years);
  if (position) found.position = true;
  return found;
}

/**
 * "Two-time Olympian Mireille Fontaine": the noun that titled a name is no part of it; but it is
 * of an office's ("Archivist of the United States").
 */
function withoutNoun(described: string, noun: string): string {
  const rest = described.startsWith(`${noun} `) ? described.slice(noun.length + 1) : '';
  return /^\p{Lu}/u.test(rest) ? rest : described;
}

/** "NDP Leader Marit Stiles" → "Marit Stiles": a person's name as the article wrote it, without titles. */
function withoutTitles(name: string): string {
  const words = name.split(' ');
  const rest = stripTitles(words);
  // Only a capitalised title before two capitalised words or more: not "official" of "Chinese
  // official", nor "strategist" of "Florida Republican strategist"; "Secretary of State" too.
  const cut = words.slice(0, words.length - rest.length);
  const titled =
    cut.length > 0 &&
    cut.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|for)$/.test(w))) &&
    isTitle(cut[cut.length - 1]!);
  return titled && rest.length >= 2 && rest.every((w) => /^\p{Lu}/u.test(w))
    ? rest.join(' ')
    : name;
}

/** Words of a description that say what someone was, how old or how placed, not which role. */
const isStatus = (w: string): boolean =>
  STATUS.test(w) || /^(?:then|new|outgoing|embattled)$/.test(w);

/** Words that make a role someone's past one. */
const FORMER = ['former', 'ex', 'retired', 'late'];

/** "the institute's report": a lowercase noun's possessive, then a document's noun. */
const OWNED_DOCUMENT = /^the (\p{Ll}+)['’]s (\p{Ll}+)$/u;

/** "A Police Scotland statement": capitalised words between an article and a document's noun. */
const SENDER =
  /^(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4})\s+(?:news\s+|press\s+)?(\p{Ll}+)$/u;

/** A nationality compromise lists ("American", "Chinese"), not one of NATIONALITY_WORDS ("Scot"). */
function isDemonymOnly(word: string): boolean {
  return !NATIONALITY_WORDS.test(word) && isDemonym(word);
}

/**
 * A word for someone of a nation or region: one compromise lists as no name of its own (its
 * nationalities, "Canadian", "Texan", though adverbs and pronouns too, which never follow "the"
 * as a speaker), the compounds ("Welshman") and the short ones sports pages use ("Scot", "Kiwi");
 * not a plain word.
 */
function isDemonymWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && (NATIONALITY_WORDS.test(word) || isDemonym(word));
}

/**
 * A title without the first word of the name after it: "Minister for Health" of "Minister for
 * Health Ong Kai Wen", where the reading took the surname written first for the title's.
 */
function withoutNameOpening(descriptor: string | undefined, name: string): string | undefined {
  const first = name.slice(0, name.indexOf(' ') + 1);
  return first && descriptor?.endsWith(` ${first.trim()}`)
    ? descriptor.slice(0, -first.length)
    : descriptor;
}

function isNationality(word: string): boolean {
  // "the American", "the Canadian": compromise's demonyms too.
  return isDemonymWord(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && isPlainWord(word));
}

const NATIONALITY_WORDS =
  /^(?:(?:English|Welsh|French|Irish|Scots|Dutch|Yorkshire|Cornish)(?:man|woman)|Scot|Kiwi|Finn|Swede|Dane|Pole|Aussie|Brit|Glaswegian|Mancunian|Liverpudlian|Brummie|Geordie|Scouser|Haligonian)$/;

/**
 * Someone of a city or region by its name and an ending ("Dubliner", "Aucklander", "Torontonian",
 * "Vancouverite", "Parisian", "New Zealander"): a place compromise's lexicon lists, or one the
 * article writes.
 */
function isPlaceDemonym(word: string, writes: (place: string) => boolean): boolean {
  // Not an office or a party's word ("Republican" beside "Czech Republic"); a place of up to three
  // words too ("New Zealander", "South African").
  if (!/^(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}{4,}$/u.test(word) || isTitle(word)) return false;
  // Every ending the word may have: "Bostonian" is Boston's, "Torontonian" Toronto's, "Calgarian"
  // Calgary's, "Victorian" Victoria's (a vowel the ending takes the place of).
  return ['er', 'ite', 'nian', 'ian', 'an'].some((ending) => {
    if (!word.endsWith(ending)) return false;
    const place = word.slice(0, -ending.length);
    return (
      place.length >= 3 &&
      [place, `${place}o`, `${place}a`, `${place}y`, `${place}e`].some(
        (p) => lexiconType(p) === 'place' || writes(p),
      )
    );
  });
}

/**
 * Two people or more ("Tore Sohlberg and Lehla Abreder"), not a body's voice whose name holds
 * "and" ("Department of Transport and Main Roads spokeswoman").
 */
const isGroup = (name: string): boolean => isPair(name) && !isVoice(name);

/**
 * "Mental Health and Addictions Minister Rachel Tenenbaum": the name after an office whose
 * portfolio holds "and" (no given name opens it); null for two people ("Sen. Tom Reed and Rep. Ann
 * Park").
 */
function portfolioHolder(mention: string): string | null {
  const words = mention.split(' ');
  const and = words.indexOf('and');
  const office = words.findIndex((w, i) => i > and && isOfficeTitle(w));
  const before = words.slice(0, Math.max(0, and));
  if (and < 1 || office < 0 || office > and + 3) return null;
  if (before.some((w) => isOfficeTitle(w) || isFirstName(w))) return null;
  const name = words.slice(office + 1);
  return name.length >= 2 && !name.includes('and') ? name.join(' ') : null;
}

/** A capitalised noun for a person by its ending: "Olympian", "Irishman", "Queenslander", "Archivist" (not "Vatican"). */
const PERSON_NOUN = /^(?:\p{Lu}\p{Ll}+(?:man|woman|ian|er|ist|ite)|Republican|Democrat)$/u;

/** "the", or "the former": what someone was is a description too ("the former Olympian"). */
const THE_PAST = new RegExp(`^the (?:${PAST_STATUS_WORDS})$`);
const describedThe = (subject: Subject): boolean =>
  subject.descriptor === 'the' || THE_PAST.test(subject.descriptor ?? '');

/** An honour a player is named for, as a noun for them: "a former All-Star". */
const ALL_STAR = /^All-(?:Star|Ireland|American|Pro)$/;

/** "Canada Post spokesperson": a body's voice, as referent names one. */
const isVoice = (name: string): boolean => SPOKESPEOPLE.some((w) => name.endsWith(` ${w}`));

/** "Linda’s husband": an owner's name (one word) and a relative's noun. */
const OWNED_KIN = /^(\p{Lu}\p{Ll}+)['’]s (\p{Ll}+)$/u;

/** Nationalities whose adjective stands for a people, never one person: "the French said". */
const PEOPLES = new Set(
  'French Dutch English Irish Welsh British Scottish Spanish Polish Danish Finnish Swedish Flemish'.split(
    ' ',
  ),
);

/**
 * Whether a capitalised word writes a surname: itself, or with a possessive's ending ("Comey’s");
 * a surname opening on a lowercase particle capitalised too ("Al-Awlaki" for "al-Awlaki").
 */
function writesName(word: string, surname: string): boolean {
  return /^\p{Lu}/u.test(word) && fold(word) === fold(surname);
}

const surnameOf = (person: Person): string => person.name.split(' ').at(-1)!;

/** Verbs of putting a question to someone ("when Park asked whether…"). */
const ASKING = /^(?:asked|pressed|questioned)$/;

/** Words opening a clause of when something happened ("when", "after", "as"). */
const ASKING_LINK = /^(?:when|When|after|After|as|As)$/;

/** A word linking a sentence to the one before it, which the sentence's subject follows. */
const OPENING_LINK = /^(?:But|And|Yet|So|Then|Still)$/;

const RECORDING_WORDS = 'footage|video|audio|recording|clip|tape';

/** What records someone: "Footage of Al-Awlaki appears. “…,” he says." */
const RECORDINGS = new RegExp(`^(?:${RECORDING_WORDS})$`, 'i');

/** Nouns for what carries someone's words or a reaction of theirs: "Trump’s ire", "footage of X". */
const CARRIES_WORDS = new RegExp(
  `^(?:${RECORDING_WORDS}|article|piece|book|interview|speech|address|testimony|ruling|ire|wrath|scorn|fury|anger|rebuke)$`,
  'i',
);

/**
 * Whether a sentence's words give the person of this surname as a source or actor: it opens on
 * their name ("Tuttle’s article also attacked…", "Christie's been making the case"; not after a
 * preposition, "Amid Donald Trump’s tariff threats"), their possessive owns words or a reaction
 * ("Comey’s statement", "drew Trump’s ire"), or words or footage are of them ("Footage of
 * Al-Awlaki appears", "the very words of Abraham Lincoln").
 */
function actsIn(words: readonly string[], surname: string, recorded: boolean): boolean {
  // After a quotation opening its sentence ("“…,” he said"), only a recording of them: after
  // "Judge Paul Engelmayer’s ruling blocks the evictions", "Tim Cook’s letter to investors",
  // the words are more often another's on it.
  const carries = (w: string | undefined): boolean =>
    !!w &&
    (recorded
      ? RECORDINGS.test(w)
      : isSpeechNoun(w) || DOCUMENTS.has(w.toLowerCase()) || CARRIES_WORDS.test(w));
  let start = OPENING_LINK.test(words[0] ?? '') ? 1 : 0;
  if (recorded || PREPOSITIONS.has(words[start]?.toLowerCase() ?? '')) start = -1;
  for (let i = 0; i < words.length; i++) {
    if (!writesName(words[i]!, surname)) continue;
    // Their possessive owning words or a reaction, wherever it stands ("Tuttle’s article", not
    // "Aidan O’Shea’s free"); else a run of capitalised words from the opening to the name ("FBI
    // Director James Comey").
    if (/['’]s?$/.test(words[i]!)) {
      if (carries(words[i + 1])) return true;
    } else if (start >= 0 && words.slice(start, i).every((w) => /^\p{Lu}/u.test(w))) return true;
    // "Footage of Al-Awlaki", "the words of Abraham Lincoln": the name's run after "of".
    let j = i - 1;
    while (j >= 0 && /^\p{Lu}/u.test(words[j]!)) j--;
    if (words[j] === 'of' && carries(words[j - 1])) return true;
  }
  return false;
}

/** Whether `quote` calls `person` by a title and their surname ("Senator Wexler", "Dr. Park"). */
function callsByTitle(quote: string, person: Person): boolean {
  const surname = person.name.includes(' ') ? surnameOf(person) : '';
  if (surname.length < 2 || person.org) return false;
  let titled = titledPatterns.get(surname);
  if (!titled) {
    if (titledPatterns.size > 10_000) titledPatterns.clear(); // bounded over a large corpus
    titled = new RegExp(`(\\S+)\\s+${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'gu');
    titledPatterns.set(surname, titled);
  }
  return [...quote.matchAll(titled)].some((m) => isTitle(m[1]!));
}

/** callsByTitle's pattern by surname: it is asked of each recent person for each quotation. */
const titledPatterns = new Map<string, RegExp>();

/**
 * Whether a quotation calls a person by their given name alone ("Craig sees things I don’t"): the
 * first of two words or more of their name, not followed by a capitalised word.
 */
function callsByGivenName(quote: string, person: Person): boolean {
  const words = person.name.split(' ');
  const given = words.length > 1 ? words[0] : undefined;
  if (!given || given.length < 2 || person.org) return false;
  for (let at = quote.indexOf(given); at >= 0; at = quote.indexOf(given, at + 1)) {
    const before = quote.charAt(at - 1);
    const after = quote.slice(at + given.length);
    if (at > 0 && /[\p{L}\p{N}’'-]/u.test(before)) continue;
    if (/^[\p{L}\p{N}]/u.test(after) || /^\s+\p{Lu}/u.test(after)) continue;
    return true;
  }
  return false;
}
