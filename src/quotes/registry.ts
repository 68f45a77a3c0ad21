/** Every quoted speaker in the corpus: lookup, completion, listings and their quotations. */
import { citationLink } from '../net/links.js';
import type { Article } from '../corpus/types.js';
import { groupSpeakers } from './canonical.js';
import { readsAsRole } from './references.js';
import type { ExtractedQuote, SpeakerType } from './extract.js';
import { SpeakerIndex } from './speaker-index.js';
import { nameTokens } from '../text/names.js';

/** What the registry keeps of one article: just enough for citations. */
export interface ArticleRef {
  id: string;
  title: string;
  source: string;
  url?: string;
}

/** One quotation of a speaker, with the article it is cited from. */
export interface SpeakerQuote {
  quote: ExtractedQuote;
  article: ArticleRef;
}

export interface Speaker {
  name: string;
  descriptor?: string;
  type?: SpeakerType;
  quotes: SpeakerQuote[];
  articles: Set<string>;
  /** The acronyms its articles spell an organisation's name out with ("CWC"), for lookup. */
  acronyms: Set<string>;
}

/** One speaker in the registry, for listings and autocomplete. */
export interface SpeakerSummary {
  name: string;
  descriptor?: string;
  /** A person or an organisation, as most of their quotes' articles present them. */
  type?: SpeakerType;
  quotes: number;
  articles: number;
}

/**
 * Someone the corpus has no quotation by, only words or a title in marks beside their name (scare
 * quotes, whose speaker is the rules' reading): "William Lai" with “motherland”.
 */
export interface InPassing {
  speaker: string;
  /** Those words as written, at most three. */
  phrases: string[];
}

export class SpeakerRegistry {
  private constructor(
    private readonly speakers: Speaker[],
    private readonly canonicalNames: Map<string, string>,
    private readonly index: SpeakerIndex,
    /** Every scare quote's speaker and words, for `inPassing`, which reads them when first asked. */
    private readonly scare: Scare[],
  ) {}

  private passing: { phrases: Map<string, Passing>; index: SpeakerIndex } | null = null;

  /** Builds the registry from each article's extracted quotes; cheap enough to redo after every reindex. */
  static build(entries: { article: Article; quotes: ExtractedQuote[] }[]): SpeakerRegistry {
    const counts = new Map<string, number>();
    for (const { quotes } of entries) {
      for (const q of quotes)
        if (q.speaker && q.kind !== 'scare')
          counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    }
    const groups = groupSpeakers(counts);
    const byName = new Map<string, Speaker>();
    const canonical = new Map<string, string>();
    for (const { article: full, quotes } of entries) {
      const article = pickRef(full);
      for (const q of quotes) {
        // Scare quotes stay in the engine's quotes (the dump) but are nobody's statement to show.
        const group = q.speaker && q.kind !== 'scare' ? groups.get(q.speaker) : undefined;
        if (!q.speaker || !group) continue;
        canonical.set(q.speaker, group.name);
        let speaker = byName.get(group.name);
        if (!speaker) {
          speaker = { name: group.name, quotes: [], articles: new Set(), acronyms: new Set() };
          byName.set(group.name, speaker);
        }
        speaker.quotes.push({ quote: q, article });
        speaker.articles.add(article.id);
        if (q.acronym) speaker.acronyms.add(q.acronym);
      }
    }
    for (const speaker of byName.values()) {
      const descriptor = commonDescriptor(speaker.quotes);
      if (descriptor) speaker.descriptor = descriptor;
      const type = commonType(speaker.quotes);
      if (type) speaker.type = type;
    }
    const speakers = [...byName.values()].sort(
      (a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name),
    );
    const scare: Scare[] = [];
    for (const { quotes } of entries) {
      for (const q of quotes)
        if (q.kind === 'scare' && q.speaker) scare.push(scareOf(q, q.speaker));
    }
    return new SpeakerRegistry(speakers, canonical, new SpeakerIndex(speakers), scare);
  }

  /** The corpus-wide display name for a speaker name as one article gave it. */
  canonical(name: string | null): string | null {
    return name === null ? null : (this.canonicalNames.get(name) ?? name);
  }

  /** The speaker a user means ("galauskus" → Marcus Galauskas), or null with the nearest names. */
  resolve(query: string): { speaker: string | null; suggestions: string[] } {
    return this.index.resolve(query);
  }

  /**
   * Someone `query` names whom the corpus has only scare quotes beside ("William Lai" with
   * “motherland”): for telling a user why /quote shows nothing, rather than suggesting other
   * names. Asked only when no speaker with statements answers the query.
   */
  inPassing(query: string): InPassing | null {
    if (!this.passing) {
      const phrases = inPassingOnly(this.scare, this.speakers);
      const index = new SpeakerIndex(
        [...phrases].map(([name, { phrases: quotes, ...org }]) => ({ name, quotes, ...org })),
      );
      this.passing = { phrases, index };
    }
    const speaker = this.passing.index.find(query);
    const phrases = speaker ? this.passing.phrases.get(speaker)?.phrases : undefined;
    return speaker && phrases ? { speaker, phrases: phrases.slice(0, 3) } : null;
  }

  /** Speaker names for autocomplete: prefix matches, then near misses; most-quoted first. */
  complete(prefix: string, limit = 25): string[] {
    return this.index.complete(prefix, Math.max(0, Math.min(limit, 25)));
  }

  /** Every speaker with their quote and article counts, most-quoted first. */
  list(): SpeakerSummary[] {
    return this.speakers.map((s) => {
      const summary: SpeakerSummary = {
        name: s.name,
        quotes: s.quotes.length,
        articles: s.articles.size,
      };
      if (s.descriptor) summary.descriptor = s.descriptor;
      if (s.type) summary.type = s.type;
      return summary;
    });
  }

  /** The speaker with this canonical name, if any. */
  speaker(name: string): Speaker | undefined {
    return this.speakers.find((s) => s.name === name);
  }

  /** The speakers quoted in any of these articles, most-quoted first. */
  quotedIn(articleIds: ReadonlySet<string>): Speaker[] {
    const ids = [...articleIds];
    return this.speakers.filter((s) => ids.some((id) => s.articles.has(id)));
  }
}

/**
 * The speakers of scare quotes who have no statement in the corpus, their forms grouped as
 * speakers' are ("President Lai" with "William Lai"), with their phrases in corpus order (each
 * once, whatever its case or closing mark). A name whose surname is any word of the name of
 * someone given statements is left out ("William Lai" beside "Lai Ching-te" may be them): better
 * no note than a wrong one.
 */
function inPassingOnly(scare: Scare[], stated: Speaker[]): Map<string, Passing> {
  const statedWords = new Set(stated.flatMap((s) => nameTokens(s.name)));
  const counts = new Map<string, number>();
  const ruledOut = new Set<string>();
  for (const { speaker } of scare) {
    if (ruledOut.has(speaker)) continue;
    if (!counts.has(speaker) && statedWords.has(nameTokens(speaker).at(-1) ?? '')) {
      ruledOut.add(speaker);
      continue;
    }
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }
  const groups = groupSpeakers(counts);
  const out = new Map<string, Passing>();
  const seen = new Set<string>();
  for (const { speaker, text, type, acronym } of scare) {
    const group = groups.get(speaker);
    if (!group) continue;
    let passing = out.get(group.name);
    if (!passing) out.set(group.name, (passing = { phrases: [], acronyms: [] }));
    if (type === 'organisation') passing.type = type;
    if (acronym) passing.acronyms.push(acronym);
    const phrase = text.replace(/[\s,.;:!?…]+$/u, '');
    const key = `${group.name}\n${phrase.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    passing.phrases.push(phrase);
  }
  return out;
}

/** A scare quote's speaker and words, with what looking its speaker up needs. */
interface Scare {
  speaker: string;
  text: string;
  type?: SpeakerType;
  acronym?: string;
}

function scareOf(q: ExtractedQuote, speaker: string): Scare {
  const scare: Scare = { speaker, text: q.text };
  if (q.speakerType) scare.type = q.speakerType;
  if (q.acronym) scare.acronym = q.acronym;
  return scare;
}

/** Someone with only scare quotes: their phrases in corpus order, and how to look them up. */
interface Passing {
  phrases: string[];
  type?: SpeakerType;
  acronyms: string[];
}

/** The role a speaker is most often given, preferring fuller ones; none when no role reads well. */
function commonDescriptor(quotes: SpeakerQuote[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { quote: q } of quotes) {
    if (q.descriptor && readsAsRole(q.descriptor, q.speaker))
      counts.set(q.descriptor, (counts.get(q.descriptor) ?? 0) + 1);
  }
  const words = (d: string): number => Math.min(d.split(/\s+/).length, 3);
  return [...counts.entries()].sort(
    (a, b) => b[1] * words(b[0]) - a[1] * words(a[0]) || a[0].localeCompare(b[0]),
  )[0]?.[0];
}

/** The type most of a speaker's quotes give them; a tie reads as a person. */
function commonType(quotes: SpeakerQuote[]): SpeakerType | undefined {
  let org = 0;
  let person = 0;
  for (const { quote: q } of quotes) {
    if (q.speakerType === 'organisation') org++;
    else if (q.speakerType === 'person') person++;
  }
  if (org + person === 0) return undefined;
  return org > person ? 'organisation' : 'person';
}

function pickRef(article: Article): ArticleRef {
  const ref: ArticleRef = { id: article.id, title: article.title, source: article.source };
  const url = citationLink(article.url);
  if (url) ref.url = url;
  return ref;
}
