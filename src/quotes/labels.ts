/**
 * Who gives a phrase in marks as their name for something: "what the company calls “autonomous
 * checkout”", "an initiative the company code-named “Project Harvest Moon”", "what Clare County
 * Council still describes as a “temporary one-way system”". The phrase is that namer's scare quote.
 */
import { readChunk, isCap, type Subject } from './subject.js';
import type { Token } from './tokens.js';

/** Verbs that give a phrase as a name: "calls", "code-named", "describes (as)", "labelled". */
const NAMING =
  /^(?:call|calls|called|calling|describes?|described|describing|dubs?|dubbed|labels?|labell?ed|brands?|branded|terms?|termed|code-?named|bills?|billed)$/;

/** Words between a subject and its verb: "still describes", "has code-named", "is calling". */
const BETWEEN = /^(?:still|also|now|has|have|had|is|are|was|were|once|often|repeatedly|first)$/;

/** Pronouns a namer may be: "what it called", "They call it". */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * The namer of the phrase in marks right after `lead` (the sentence up to it): the subject of the
 * last naming verb among the last ten words, as a name, a description ("the company") or a pronoun;
 * null when there is no such verb.
 */
export function namerOf(lead: Token[]): Subject | null {
  const v = lead.findLastIndex(
    (t, i) => i >= lead.length - 10 && t.kind === 'word' && NAMING.test(t.text.toLowerCase()),
  );
  // Nothing but words and commas between the verb and the phrase: one clause. Not "called on
  // members to be “closely coordinated”", "calling for".
  if (v < 1 || lead.slice(v + 1).some((t) => t.kind !== 'word' && t.text !== ',')) return null;
  if (/^(?:on|for|up|out|off)$/.test(lead[v + 1]?.text ?? '')) return null;
  let end = v;
  while (end > 0 && BETWEEN.test(lead[end - 1]!.text)) end--;
  // A passive ("which in an early review in Time was called “tactile brilliance”") names its namer
  // after it if at all.
  const be = lead.slice(end, v).some((t) => /^(?:is|are|was|were|been)$/.test(t.text));
  if (be && !/ing$/.test(lead[v]!.text)) return null;
  // "which the Commissioner for Environment, Mr Tamunoibim Briggs, has code-named": a name set off
  // before an auxiliary.
  const setOff = end < v && lead[end - 1]?.text === ',';
  if (setOff) end--;
  // "…, calling him a “stiff”", "Bloemfontein, dubbed “the Glass Palace” by residents": a
  // participle after a comma has no subject of its own here.
  const last = lead[end - 1];
  if (last?.kind !== 'word') return null;
  const word = last.text;
  if (PRONOUNS.has(word.toLowerCase()))
    return { kind: 'pronoun', mention: word, name: word.toLowerCase() };
  if (isCap(word)) {
    let start = end - 1;
    while (start > 0 && lead[start - 1]?.kind === 'word' && isCap(lead[start - 1]!.text)) start--;
    const subject = readChunk(lead.slice(start, end).map((t) => t.text));
    return subject?.kind === 'name' ? subject : null;
  }
  // "what the company calls", "Marangai’s mayor has labelled": a lowercase noun after "the" or
  // a place's possessive.
  const before = lead[end - 2]?.text ?? '';
  const owned = /^(?:the|The)$/.test(before) || /^\p{Lu}\p{L}*['’]s$/u.test(before);
  return owned && /^\p{Ll}+$/u.test(word) ? { kind: 'nominal', mention: `the ${word}` } : null;
}
