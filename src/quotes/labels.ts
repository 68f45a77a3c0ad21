/**
 * Who gives a phrase in marks as their name for something: "what the company calls “autonomous
 * checkout”", "an initiative the company code-named “Project Harvest Moon”", "what Clare County
 * Council still describes as a “temporary one-way system”". extract.ts gives the phrase to that
 * namer when no one else is said to speak it.
 */
import { isPossessive } from './attribution.js';
import { nameEndingAt, type Subject } from './subject.js';
import type { Token } from './tokens.js';

/** Verbs that give a phrase as someone's name for a thing: "calls", "code-named", "describes (as)". */
const NAMES_IT =
  /^(?:call|calls|called|calling|describes?|described|describing|dubs?|dubbed|labels?|labell?ed|brands?|branded|terms?|termed|code-?named|bills?|billed)$/;

/**
 * Words between a subject and its verb: "still describes", "has code-named", "has been called",
 * "has taken to calling", "began calling".
 */
const BETWEEN =
  /^(?:still|also|now|has|have|had|is|are|was|were|been|once|often|repeatedly|first|taken|to|began|begun|started)$/;

/** Pronouns a namer may be: "what it called", "They call it". */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * The namer of the phrase in marks right after `lead` (the sentence up to it): the subject of the
 * last naming verb among the last ten words, as a name, a description ("the company") or a pronoun;
 * null when there is no such verb, or it is passive.
 */
export function namerOf(lead: Token[]): Subject | null {
  let v = lead.length - 1;
  while (
    v >= lead.length - 10 &&
    !(lead[v]?.kind === 'word' && NAMES_IT.test(lead[v]!.text.toLowerCase()))
  )
    v--;
  if (v < Math.max(1, lead.length - 10)) return null;
  // One clause between the verb and the phrase: words and commas, no reporting verb ("Premier Doug
  // Ford called Sutcliffe twice, and the city then announced a “temporary pause”"), no "called
  // on" or "calling for".
  const object = lead.slice(v + 1);
  if (object.some((t) => (t.kind !== 'word' && t.text !== ',') || t.verb)) return null;
  if (/^(?:on|for|up|out|off)$/.test(object[0]?.text ?? '')) return null;
  let end = v;
  while (end > 0 && BETWEEN.test(lead[end - 1]!.text)) end--;
  // A passive ("Jane Smith was called “the Iron Lady” by colleagues") names its namer after it if
  // at all.
  const be = lead.slice(end, v).some((t) => /^(?:is|are|was|were|been)$/.test(t.text));
  if (be && !/ing$/.test(lead[v]!.text)) return null;
  // "which the Commissioner for Environment, Mr Tamunoibim Briggs, has code-named": a name set off
  // before an auxiliary.
  if (end < v && lead[end - 1]?.text === ',') end--;
  // "…, calling him a “stiff”", "Bloemfontein, dubbed “the Glass Palace” by residents": a
  // participle after a comma has no subject of its own here.
  const last = lead[end - 1];
  if (last?.kind !== 'word') return null;
  const word = last.text;
  if (PRONOUNS.has(word.toLowerCase()))
    return { kind: 'pronoun', mention: word, name: word.toLowerCase() };
  if (/^\p{Lu}/u.test(word)) return nameEndingAt(lead, end);
  // "what the company calls", "Marangai’s mayor has labelled": a lowercase noun after "the" or
  // a place's possessive.
  const owned = /^the$/i.test(lead[end - 2]?.text ?? '') || isPossessive(lead[end - 2]);
  return owned && /^\p{Ll}+$/u.test(word) ? { kind: 'nominal', mention: `the ${word}` } : null;
}
