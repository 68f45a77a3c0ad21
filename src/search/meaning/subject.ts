// The subject a question asks about when its wording names one: the thing counted in "how many
// soldiers…" or the topic of "what did Putin say about Ukraine's army". A passage that neither
// holds it nor a near word cannot answer, however well it matches the question's other words.
import { tokenSpans } from '../../text/tokenize.js';

// "How many tanks…": one word, the noun counted (a second would often be the verb: "people died").
const COUNTED = /\bhow\s+(?:many|much)\s+([^?!]*)/i;
// "What did X say about Y?": the topic Y. Not the speaker X: the passage holding the quotation
// names the speaker as often as not only by "he added" or "she said".
const TALKED_ABOUT =
  /^\W*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+[^?!]*?\b(?:say|said|think|thought|feel|felt|write|written|speak|spoken|talk|talked)\s+about\s+([^?!]*)/i;

/**
 * The index terms of what `question` asks about, when its wording says (else none). A counted
 * noun that `isCommon` ("how many people", "how much money") names nothing in particular.
 */
export function askedSubject(question: string, isCommon: (term: string) => boolean): string[] {
  const counted = COUNTED.exec(question);
  if (counted) return leadingTerms(counted[1]!, 1, false).filter((t) => !isCommon(t));
  const about = TALKED_ABOUT.exec(question);
  return about ? leadingTerms(about[1]!, 2, true) : [];
}

// Clause punctuation after a term ends the subject ("about the war, and why"); the full stops of
// "U.S." do not, as no term comes before them.
const CLAUSE_BREAK = /[,;:]|[.!?]\s/;

// The first `max` index terms of `text`, up to the first stop word or clause break after a term;
// `skipLeading` passes over the stop words that open it ("about the joint statement"), else one
// ends it ("much did…" names nothing). The question's own tokenizer: the terms are the query's.
function leadingTerms(text: string, max: number, skipLeading: boolean): string[] {
  const out: string[] = [];
  let end = 0; // where the last term ended
  for (const span of tokenSpans(text)) {
    if (span.term === null) {
      if (out.length > 0 || !skipLeading) break;
      continue;
    }
    if (out.length > 0 && CLAUSE_BREAK.test(text.slice(end, span.start))) break;
    out.push(span.term);
    end = span.end;
    if (out.length === max) break;
  }
  return out;
}
