/** Every quoted speaker in the corpus: lookup, completion, listings and /quote answers. */
import type { QuoteAnswer, QuoteResult, SpeakerSummary } from '../answers/types.js';
import type { Article } from '../corpus/types.js';
import { groupSpeakers } from './canonical.js';
import type { ExtractedQuote } from './extract.js';
import { rankByTopic } from './topic.js';
import { SpeakerIndex } from './speaker-index.js';
import { parseRegistryData, type RegistryData } from './registry-data.js';

/** What the registry keeps of one article: just enough for citations. */
interface ArticleRef {
  id: string;
  title: string;
  source: string;
  url?: string;
}

export interface Speaker {
  name: string;
  descriptor?: string;
  quotes: QuoteResult[];
  articles: Set<string>;
}

const DEFAULT_K = 10;

export class SpeakerRegistry {
  private constructor(
    private readonly data: RegistryData,
    private readonly speakers: Speaker[],
    private readonly canonicalNames: Map<string, string>,
    private readonly index: SpeakerIndex,
  ) {}

  /** Builds the registry from each article's extracted quotes; cheap enough to redo after every reindex. */
  static build(entries: { article: Article; quotes: ExtractedQuote[] }[]): SpeakerRegistry {
    const data: RegistryData = {
      version: 1,
      articles: entries.map(({ article, quotes }) => ({
        article: pickRef(article),
        quotes: quotes.map((q) => ({ ...q })),
      })),
    };
    return SpeakerRegistry.fromData(data);
  }

  /** Rebuilds a registry saved with toJSON(); throws on data that is not a saved registry. */
  static fromJSON(data: unknown): SpeakerRegistry {
    return SpeakerRegistry.fromData(parseRegistryData(data));
  }

  private static fromData(data: RegistryData): SpeakerRegistry {
    const counts = new Map<string, number>();
    for (const { quotes } of data.articles) {
      for (const q of quotes)
        if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    }
    const groups = groupSpeakers(counts);
    const byName = new Map<string, Speaker>();
    const canonical = new Map<string, string>();
    for (const { article, quotes } of data.articles) {
      for (const q of quotes) {
        const group = q.speaker ? groups.get(q.speaker) : undefined;
        if (!q.speaker || !group) continue;
        canonical.set(q.speaker, group.name);
        let speaker = byName.get(group.name);
        if (!speaker) {
          speaker = { name: group.name, quotes: [], articles: new Set() };
          byName.set(group.name, speaker);
        }
        speaker.quotes.push(toResult(q, group.name, article));
        speaker.articles.add(article.id);
      }
    }
    for (const speaker of byName.values()) {
      const descriptor = commonDescriptor(speaker.quotes);
      if (descriptor) speaker.descriptor = descriptor;
    }
    const speakers = [...byName.values()].sort(
      (a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name),
    );
    return new SpeakerRegistry(data, speakers, canonical, new SpeakerIndex(speakers));
  }

  /** Plain data for the snapshot: each article's citation fields and extracted quotes. */
  toJSON(): unknown {
    return this.data;
  }

  /** The corpus-wide display name for a speaker name as one article gave it. */
  canonical(name: string | null): string | null {
    return name === null ? null : (this.canonicalNames.get(name) ?? name);
  }

  /** The speaker a user means ("galauskus" → Marcus Galauskas), or null with the nearest names. */
  resolve(query: string): { speaker: string | null; suggestions: string[] } {
    return this.index.resolve(query);
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
      return summary;
    });
  }

  /**
   * A speaker's quotes for /quote. With `about`, only quotes that share words with the topic,
   * best first; without it, full quotations before fragments, in corpus order.
   */
  answer(query: string, options: { about?: string; k?: number } = {}): QuoteAnswer {
    const about = options.about?.trim() || undefined;
    const k = Math.max(1, options.k ?? DEFAULT_K);
    const { speaker, suggestions } = this.resolve(query);
    const found = speaker ? this.speakers.find((s) => s.name === speaker) : undefined;
    const base: QuoteAnswer = { query, speaker: found?.name ?? null, quotes: [], suggestions };
    if (about) base.about = about;
    if (!found) return base;
    const ranked = about
      ? rankByTopic(found.quotes, about)
      : [...found.quotes].sort(
          (a, b) => Number(a.kind === 'partial') - Number(b.kind === 'partial'),
        );
    return { ...base, quotes: ranked.slice(0, k) };
  }

  /** Every quote in the corpus with its canonical speaker, for `footnote quotes --jsonl`. */
  *quotes(): Generator<{ articleId: string; quote: QuoteResult }> {
    for (const { article, quotes } of this.data.articles) {
      for (const q of quotes) {
        yield { articleId: article.id, quote: toResult(q, this.canonical(q.speaker), article) };
      }
    }
  }
}

/** Reads as a role ("a security expert at X", "House Speaker"), not a clause ("speaking to…"). */
function isRole(descriptor: string): boolean {
  const words = descriptor.split(/\s+/);
  const first = words[0] ?? '';
  return (
    words.length <= 14 &&
    !/(ing|ed)$/i.test(first) &&
    !/^(in|on|at|during|after|before|when|while|as|with|for|from|to|by|who|which|that)$/i.test(
      first,
    )
  );
}

/** The role a speaker is most often given, preferring fuller ones; none when no role reads well. */
function commonDescriptor(quotes: QuoteResult[]): string | undefined {
  const counts = new Map<string, number>();
  for (const q of quotes) {
    if (q.descriptor && isRole(q.descriptor))
      counts.set(q.descriptor, (counts.get(q.descriptor) ?? 0) + 1);
  }
  const words = (d: string): number => Math.min(d.split(/\s+/).length, 3);
  return [...counts.entries()].sort(
    (a, b) => b[1] * words(b[0]) - a[1] * words(a[0]) || a[0].localeCompare(b[0]),
  )[0]?.[0];
}

function pickRef(article: Article): ArticleRef {
  const ref: ArticleRef = { id: article.id, title: article.title, source: article.source };
  if (article.url) ref.url = article.url;
  return ref;
}

function toResult(q: ExtractedQuote, speaker: string | null, article: ArticleRef): QuoteResult {
  const result: QuoteResult = {
    quote: q.text,
    speaker,
    mention: q.mention,
    kind: q.kind,
    citation: { title: article.title, source: article.source, paragraph: q.paragraph },
  };
  if (article.url) result.citation.url = article.url;
  if (q.descriptor) result.descriptor = q.descriptor;
  return result;
}
