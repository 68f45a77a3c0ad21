// "Which university…?" wants a name whose head is a university, or near one (Institute, Academy):
// the noun a which/what question asks for, and the heads of the names a passage holds.
import { termOf } from '../../text/tokenize.js';
import { foldText } from '../../text/normalize.js';

// Words after which/what that do not name the kind of answer ("what did…", "what kind of X").
const NOT_A_KIND = new Set(
  'is are was were did does do has have had can could will would should may might kind type sort'.split(
    ' ',
  ),
);

/**
 * The index term of the noun a which/what question asks for, or null ("which university" →
 * univers); null too for a capitalised word, which qualifies a kind rather than names one
 * ("which Soviet ruler"). `misspelt` are words the question wrote for which or what ("wich").
 */
export function askedKind(question: string, misspelt: readonly string[] = []): string | null {
  // A pattern is built only for a question that misspelt which or what (few do).
  const pattern = misspelt.length === 0 ? ASKING : askingPattern(['which', 'what', ...misspelt]);
  const m = pattern.exec(question);
  if (!m || NOT_A_KIND.has(m[1]!.toLowerCase()) || /^[A-Z]/.test(m[1]!)) return null;
  return termOf(foldText(m[1]!));
}

const askingPattern = (words: string[]): RegExp =>
  new RegExp(`\\b(?:${words.join('|')})\\s+(?:(?:kind|type|sort)\\s+of\\s+)?([a-z]+)`, 'i');

const ASKING = askingPattern(['which', 'what']);

// Runs of capitalised words, joined by "of", "for", "and" or "the" (Harbin Institute of Technology).
const NAME = /\b[A-Z][\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|de)\s+)?[A-Z][\p{L}’'.-]*)+/gu;

/** The head word of each name of two words or more in `text`, as index terms. */
export function nameHeads(text: string): string[] {
  const heads: string[] = [];
  for (const [name] of text.matchAll(NAME)) {
    const words = name.split(/\s+/);
    const of = words.indexOf('of');
    const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
    const term = termOf(foldText(head.replace(/[’'.]+$/, '')));
    if (term) heads.push(term);
  }
  return heads;
}
