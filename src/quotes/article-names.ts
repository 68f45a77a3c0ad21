/**
 * An article's names, paragraph by paragraph, read when first asked (entity-reading.ts reads one
 * paragraph's), and the acronyms it spells out: what the readings layered on it ask (name-evidence.ts,
 * bodies.ts, described-people.ts, entities.ts).
 */
import { escapeRegExp } from '../text/escape-regexp.js';
import { readAcronyms, unspelledAcronym } from './acronyms.js';
import { ORG_NOUNS } from './lexicon.js';
import { lexiconType } from './lexicon-types.js';
import { DOUBLE_QUOTED } from './marks.js';
import { readParagraph, type Entity } from './entity-reading.js';

/** "the thrompon said", "the gup told": a lowercase noun after "the" before a verb of saying. */
const TITLE_IN_USE =
  /\bthe (\p{Ll}{3,}) (?:said|says|told|tells|added|adds|explained|noted|insisted|warned|urged)\b/gu;

/** How many paragraphs back a description may refer. */
export const NEAR = 6;

/** The names of one article's paragraphs, read lazily, and where the article writes a word. */
export class ArticleNames {
  private acronyms: Map<string, string> | null = null;

  constructor(protected readonly paragraphs: string[]) {}

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
    // "SANParks": capitals, then the last word whole.
    if (/^\p{Lu}{3,6}\p{Ll}{2,8}$/u.test(name)) return this.acronymMap().get(name);
    if (!/^\p{Lu}{2,6}s?$/u.test(name)) return undefined;
    const acronyms = this.acronymMap();
    return (
      (acronyms.get(name.replace(/s$/, '')) ??
        acronyms.get(name) ??
        remembered(
          this.unspelled,
          name,
          (acronym) => unspelledAcronym(this.paragraphs, acronym, isOrgNoun) ?? '',
        )) ||
      undefined
    );
  }

  /** The acronyms the article spells `name` out for ("Central Water Commission (CWC)": CWC). */
  acronymsOf(name: string): string[] {
    return [...this.acronymMap()].filter(([, full]) => full === name).map(([acronym]) => acronym);
  }

  /** Acronyms the article never spells out, as asked of `expand`: the body's name, or "". */
  private readonly unspelled = new Map<string, string>();

  /**
   * Where the paragraphs write `word` whole: no letter right after it, and no character `joined`
   * accepts right before it. Found by indexOf: a pattern asked at every position cost seconds.
   */
  protected *wholeWords(
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

  protected byParagraph = new Map<number, Entity[]>();

  /**
   * Words the article writes lowercase after "the" as someone who speaks ("the thrompon said",
   * "the gup told"): titles no list has, which a capital before a name then is ("Thrompon Dil
   * Bahadur Gurung"). Read once an article.
   */
  private titlesInUse(): ReadonlySet<string> {
    if (this.titles) return this.titles;
    const titles = new Set<string>();
    for (const text of this.paragraphs) {
      if (!text.includes('the ')) continue;
      for (const m of text.matchAll(TITLE_IN_USE)) titles.add(m[1]!);
    }
    return (this.titles = titles);
  }

  private titles: ReadonlySet<string> | null = null;

  /** A paragraph's names, read when first asked for. */
  protected namesIn(p: number): Entity[] {
    let list = this.byParagraph.get(p);
    if (!list) {
      list = readParagraph(this.paragraphs[p] ?? '', p, this.acronymMap(), this.titlesInUse());
      this.byParagraph.set(p, list);
    }
    return list;
  }

  /** Names in the paragraphs up to `paragraph` and a few before it, latest mention first. */
  protected near(paragraph: number, reach = NEAR): Entity[] {
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
  protected someNear(paragraph: number, noun: string, test: (e: Entity) => boolean): boolean {
    return this.findNear(paragraph, (p) => this.mayHold(p, noun), test) !== undefined;
  }

  /** The first name near `paragraph` (in `near`'s order) passing `test`, reading only paragraphs that `holds`. */
  protected findNear(
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

  /**
   * Whether the paragraphs up to `paragraph` write another word for someone of the nationality a
   * demonym names, or the demonym itself for others: "one Croatian volunteer", "Spanish crews" before
   * "the Spaniard"; not the country ("Croatia", "Spain"), nor the demonym once in `paragraph` itself
   * (the description).
   */
  writesKinBefore(demonym: string, paragraph: number): boolean {
    const stem = demonym.slice(0, 5);
    let own = 0;
    for (let p = Math.max(0, paragraph - NEAR); p <= paragraph; p++) {
      for (const word of this.lowercased(p).match(WORDS) ?? []) {
        if (!word.startsWith(stem) || lexiconType(word) === 'place') continue;
        if (p < paragraph || (word === demonym && ++own > 1) || word !== demonym) return true;
      }
    }
    return false;
  }

  /**
   * writtenBefore for the whole word only: "the city's traffic engineer" writes "engineer";
   * "musicians", "engineering" do not.
   */
  writtenWholeBefore(word: string, paragraph: number): boolean {
    const whole = (p: number): number => {
      const text = this.lowercased(p);
      let n = 0;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const [before, after] = [text.charAt(at - 1), text.charAt(at + word.length)];
        if (!LETTER.test(after) && (at === 0 || !LETTER.test(before))) n++;
      }
      return n;
    };
    for (let p = paragraph - 1; p >= 0 && p >= paragraph - NEAR; p--) if (whole(p) > 0) return true;
    return whole(paragraph) > 1;
  }

  /**
   * Whether a paragraph before `paragraph`, outside its quotations, introduces someone unnamed by
   * this noun, with "a", "an", "one" or "another" and up to three words qualifying it ("a young
   * dairy farmer", "one Croatian volunteer"; not "a night as the guard the team needed").
   */
  introducesUnnamed(noun: string, paragraph: number): boolean {
    const introduced = new RegExp(
      `\\b(?:an?|one|another) (?:(?!(?:the|and|as|of|to|in|for|with|who|that)\\b)[\\p{L}\\d-]+ ){0,3}${escapeRegExp(noun)}(?![\\p{L}])`,
      'u',
    );
    for (let p = 0; p < paragraph; p++) {
      const text = this.lowercased(p);
      if (text.includes(noun) && introduced.test(text.replace(DOUBLE_QUOTED, ''))) return true;
    }
    return false;
  }

  /** Paragraph `p` as written. */
  paragraphText(p: number): string {
    return this.paragraphs[p] ?? '';
  }

  /** What paragraph `p` holds in quotation marks, joined. */
  quotedIn(p: number): string {
    return ((this.paragraphs[p] ?? '').match(DOUBLE_QUOTED) ?? []).join(' ');
  }

  /** Paragraph `p` lowercased, made once. */
  protected lowercased(p: number): string {
    let lower = this.lowered[p];
    if (lower === undefined) this.lowered[p] = lower = (this.paragraphs[p] ?? '').toLowerCase();
    return lower;
  }

  /** Whether paragraph `p`'s names may hold a lowercase `noun`: false only when none can. */
  protected mayHold(p: number, noun: string): boolean {
    // A whole paragraph lowercases as its words do, but for the capital sigma (ς or σ by what
    // follows it): such a noun is always read.
    if (noun.includes('σ') || noun.includes('ς')) return true;
    const lower = this.lowercased(p);
    // An acronym's full name goes with every paragraph writing the acronym, wherever it was spelled out.
    return lower.includes(noun) || this.spelledOut(true).includes(noun);
  }

  /** The acronyms' full names, one a line, as written or lowercased (made once each). */
  protected spelledOut(lower: boolean): string {
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

  protected acronymMap(): Map<string, string> {
    this.acronyms ??= readAcronyms(this.paragraphs, isOrgNoun);
    return this.acronyms;
  }
}

export const LETTER = /\p{L}/u;

/** A lowercase word organisations are named by ("department", "federation"). */
const isOrgNoun = (word: string): boolean => ORG_NOUNS.has(word);

/** The answer `answers` keeps for `key`, read once with `read`: one article's facts about a name. */
export function remembered<T>(answers: Map<string, T>, key: string, read: (key: string) => T): T {
  let known = answers.get(key);
  if (known === undefined) answers.set(key, (known = read(key)));
  return known;
}

/** Whether the name that ends at `end` of `text` is a possessive ("The RCMP's firearms lab"). */
export const ownsAt = (text: string, end: number): boolean =>
  /^['’]s\s/.test(text.slice(end, end + 3));

/** Words of lowercased text. */
const WORDS = /\p{L}+/gu;
