import type { FootnoteEngine } from '../engine/api.js';
import { exampleSubjects } from '../engine/examples.js';

/**
 * /help examples for `guild`'s corpus, by command name (exampleSubjects in slash-command form).
 * Commands missing here keep their own static examples.
 */
export function corpusExamples(
  engine: FootnoteEngine,
  guild: string | undefined,
): Record<string, string[]> {
  const subjects = exampleSubjects(engine, guild);
  if (!subjects) return {};
  const { speaker, topic, question } = subjects;
  const quote = [`/quote speaker: ${speaker}`];
  if (topic) quote.push(`/quote speaker: ${speaker} about: ${topic}`);
  return question ? { quote, ask: [`/ask question: ${question}`] } : { quote };
}
