import type { FootnoteEngine } from './api.js';

/** Longer words make better topics than "about: said". */
const TOPIC_WORD = /\p{L}{5,}/gu;

/** What a corpus's examples are made of, each tried on the engine; each door writes them its way. */
export interface ExampleSubjects {
  /** Its most-quoted speaker with a full name. */
  speaker: string;
  /** A word `/quote … about` finds that speaker's quotes for. */
  topic?: string;
  /** A question about them the corpus answers. */
  question?: string;
}

/**
 * Examples from `guild`'s corpus: its most-quoted speaker, a topic they spoke on and a question
 * the corpus answers. Undefined for a corpus with no speaker (an empty one has nothing to show).
 */
export function exampleSubjects(
  engine: FootnoteEngine,
  guild: string | undefined,
): ExampleSubjects | undefined {
  const speaker = engine
    .speakers(guild)
    .filter((s) => s.name.includes(' '))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))[0];
  if (!speaker) return undefined;
  const name = speaker.name;
  const topic = topicOf(engine, name, guild);
  const questions = [topic && `What did ${name} say about ${topic}?`, `Who is ${name}?`];
  const question = questions.find((q) => q && answers(engine, q, guild));
  return { speaker: name, ...(topic ? { topic } : {}), ...(question ? { question } : {}) };
}

/**
 * A word that `/quote … about:` finds the speaker's quotes for: from the titles of the articles
 * quoting them first (titles name subjects; quotes are full of "concerned" and "believe").
 */
function topicOf(
  engine: FootnoteEngine,
  name: string,
  guild: string | undefined,
): string | undefined {
  const quotes = engine.quote(name, { guild, k: 5 }).quotes;
  const own = new Set(name.toLowerCase().split(/\s+/));
  const texts = [...quotes.map((q) => q.citation.title), ...quotes.map((q) => q.quote)];
  for (const text of texts) {
    for (const word of text.match(TOPIC_WORD) ?? []) {
      if (own.has(word.toLowerCase())) continue;
      if (engine.quote(name, { guild, about: word, k: 1 }).quotes.length > 0) return word;
    }
  }
  return undefined;
}

function answers(engine: FootnoteEngine, question: string, guild: string | undefined): boolean {
  try {
    return engine.ask(question, { guild, k: 1 }).results.length > 0;
  } catch {
    return false; // a question the engine refuses is no example
  }
}
