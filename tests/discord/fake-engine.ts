import { checkQuestion } from '../../src/answers/ask.js';
import type { Answer, AnswerResult, QuoteAnswer, QuoteResult } from '../../src/answers/types.js';
import type { ReindexReport, SourceEntry } from '../../src/engine/api.js';
import type { FootnoteEngine } from '../../src/engine/api.js';
import { highlight } from '../../src/search/excerpt.js';
import { terms } from '../../src/text/tokenize.js';

/** A passage the fake engine can return. */
export interface FakePassage {
  title: string;
  text: string;
  url?: string;
  paragraph?: number;
}

/** What a test can inspect after using the fake. */
export interface FakeEngine extends FootnoteEngine {
  calls: { ask: { question: string; k?: number }[]; reindex: number; refresh: number };
}

/**
 * A small in-memory engine for handler tests: word-overlap search over given passages, a quote list
 * per speaker, and a reindex whose duration the test controls.
 */
export function fakeEngine(
  passages: FakePassage[],
  quotes: Record<string, string[]> = {},
  reindexMs = 0,
): FakeEngine {
  const calls: FakeEngine['calls'] = { ask: [], reindex: 0, refresh: 0 };
  let running: Promise<ReindexReport> | null = null;
  const runReindex = async (): Promise<ReindexReport> => {
    calls.reindex += 1;
    await new Promise((r) => setTimeout(r, reindexMs));
    const counts = {
      added: 0,
      updated: 1,
      removed: 0,
      unchanged: passages.length - 1,
      articles: passages.length,
      passages: passages.length,
    };
    return { ...counts, shared: counts, guilds: {}, skipped: [], ms: reindexMs };
  };
  const results = (question: string): AnswerResult[] => {
    const words = question.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    return passages
      .map((p, i) => ({ p, i, hits: words.filter((w) => p.text.toLowerCase().includes(w)) }))
      .filter((x) => x.hits.length > 0)
      .sort((a, b) => b.hits.length - a.hits.length)
      .map(({ p, i, hits }) => ({
        excerpt: p.text.slice(0, 300),
        highlights: highlight(
          p.text.slice(0, 300),
          new Map(hits.flatMap(terms).map((t) => [t, 1])),
        ),
        passage: p.text,
        passageId: `seeds/${i}.txt¶${p.paragraph ?? i + 1}`,
        score: hits.length,
        citation: {
          title: p.title,
          source: p.url ?? `seeds/${i}.txt`,
          url: p.url,
          paragraph: p.paragraph ?? i + 1,
        },
      }));
  };
  return {
    corpusDir: 'seeds',
    calls,
    settle: () => Promise.resolve(),
    ask(question, options = {}): Answer {
      calls.ask.push({ question, k: options.k });
      checkQuestion(question); // refuses what the real engine refuses (blank, too long)
      return { question, results: results(question).slice(0, options.k ?? 3) };
    },
    quote(speaker, options = {}): QuoteAnswer {
      const name =
        Object.keys(quotes).find((n) => n.toLowerCase().includes(speaker.toLowerCase())) ?? null;
      const list: QuoteResult[] = (name ? quotes[name]! : []).map((q, i) => ({
        quote: q,
        speaker: name,
        mention: name,
        descriptor: 'a test speaker',
        kind: 'full',
        citation: { title: 'Quoted article', source: 'seeds/q.txt', paragraph: i + 1 },
      }));
      return {
        query: speaker,
        about: options.about,
        speaker: name,
        quotes: list.slice(0, options.k ?? 5),
        suggestions: name ? [] : Object.keys(quotes).slice(0, 3),
      };
    },
    completeSpeaker(prefix, { limit = 25 } = {}) {
      return Object.keys(quotes)
        .filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase()))
        .slice(0, limit);
    },
    speakers() {
      return Object.entries(quotes).map(([name, qs]) => ({ name, quotes: qs.length, articles: 1 }));
    },
    sources(): SourceEntry[] {
      return passages.map((p, i) => ({
        id: `a${i}`,
        title: p.title,
        source: p.url ?? `seeds/${i}.txt`,
        url: p.url,
        file: `seeds/${i}.txt`,
        paragraphs: 3,
        passages: 2,
        quotes: 1,
      }));
    },
    reindex(): Promise<ReindexReport> {
      // Like the real engine, concurrent calls share the run in progress.
      running ??= runReindex().finally(() => {
        running = null;
      });
      return running;
    },
    async addArticle() {
      throw new Error('the fake engine does not add articles; use a real Engine');
    },
    async removeArticle() {
      throw new Error('the fake engine does not remove articles; use a real Engine');
    },
    additions() {
      return [];
    },
    quota() {
      return { articles: 0, maxArticles: 200, chars: 0, maxChars: 2_000_000 };
    },
    allQuotes() {
      return [];
    },
    skipped() {
      return [];
    },
    async syncGuild() {},
    article() {
      return undefined;
    },
    version() {
      return 'v1';
    },
    async refresh() {
      calls.refresh += 1;
      return false;
    },
    stats() {
      return {
        articles: passages.length,
        passages: passages.length,
        quotes: 0,
        speakers: Object.keys(quotes).length,
        loadMs: 1,
      };
    },
  };
}
